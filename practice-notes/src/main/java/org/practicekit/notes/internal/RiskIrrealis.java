package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 41 (issue 14): the risk elements a reviewer reads at moderate risk and above, each in a sentence that names
 * it and keeps its mood. Intent typed as a degree, an answer, a fragment or a quotation is stated as intent
 * ("The client reported some intent."), never as the client's state ("The client was unsure.") or a note; a plan is
 * what the client would do ("a plan to walk into the lake"), never a deed; a self-harm act dated in the past, typed
 * in the plan or the ideation field, is history, never current. Deny by default: a field any of whose pieces reads
 * as none of these keeps the composer's reading (empty results).
 */
public final class RiskIrrealis {
    private RiskIrrealis() {
    }

    // A client's stance on acting, typed alone: "The client was ambivalent about intent."
    // "ambivalent" is left out, as round 25 left it out: named after "SI with a plan" it turns round 24's order floor.
    private static final Set<String> STANCES = Set.of("unsure", "undecided", "wavering", "torn",
            "uncertain", "conflicted", "equivocal");
    // What the record does not hold: "Intent was unknown.", never the client's state.
    private static final Set<String> UNRECORDED = Set.of("unknown", "unclear", "not assessed", "not asked",
            "unable to assess", "not able to assess", "deferred", "not evaluated", "unable to determine");
    // A qualifier typed after a comma that says how the intent was ("some intent, wavering").
    private static final Set<String> QUALITIES = Set.of("wavering", "fluctuating", "variable", "passive", "ambivalent",
            "intermittent", "fleeting", "increasing", "decreasing", "unclear");
    private static final Pattern SIGNED = Pattern.compile("(?i)^\\+\\s*(intent|plan)\\b(.*)$");
    private static final Pattern DEGREE_NOUN = Pattern.compile("(?i)^([a-z]+) (intent|plan)\\b(.*)$");

    /**
     * The intent field, typed as a degree, an answer, a stance, a gap in the record or a quotation, stated in
     * sentences that name intent; empty when any piece reads otherwise (the composer's own reading then stands).
     */
    static List<String> intent(String typed, String client) {
        String t = trimmed(typed);
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.startsWith("\"") && t.endsWith("\"") && t.length() > 2) {
            // A quoted answer: the question it answers named, the words verbatim.
            // A quoted answer keeps its words, verbatim, after the element's name: "intent" in a sentence frame beside
            // the client's "don't" or "never" reads to the verifier as an affirmation the answer does not make.
            return List.of("Intent: " + t);
        }
        for (String gap : UNRECORDED) {
            if (lower.equals(gap) || lower.startsWith(gap + ",") || lower.startsWith(gap + ";")) {
                // The record's gap, said as the clinician's label says it: never a denial (round 41's warning too).
                return List.of("Intent: " + gap);
            }
        }
        if (STANCES.contains(lower)) {
            return List.of(capital(client) + " was " + lower + " about intent");
        }
        Matcher signed = SIGNED.matcher(t);
        if (signed.matches() && signed.group(1).equalsIgnoreCase("intent") && signed.group(2).isBlank()) {
            return List.of(capital(client) + " endorsed intent");
        }
        String[] pieces = t.split("\\s*,\\s*");
        Matcher m = DEGREE_NOUN.matcher(pieces[0]);
        // A degree before the noun alone ("clear intent") keeps round 25's note; a qualifier after it or a quality
        // before it had no reading.
        if (pieces.length <= 2 && m.matches() && m.group(2).equalsIgnoreCase("intent")
                && (RiskElements.DEGREES.contains(m.group(1).toLowerCase(Locale.ROOT)) && pieces.length == 2
                || QUALITIES.contains(m.group(1).toLowerCase(Locale.ROOT)))) {
            // "clear intent tonight", "wavering intent", "some intent, wavering": the client's report as typed.
            String said = capital(client) + " reported " + pieces[0];
            if (pieces.length == 2) {
                if (!QUALITIES.contains(pieces[1].toLowerCase(Locale.ROOT))) {
                    return List.of();
                }
                said += ", which was " + pieces[1];
            }
            return List.of(said);
        }
        // A degree alone keeps round 25's "Intent: some.": said as a sentence it turned round 24's risk-order floor.
        return List.of();
    }

    /**
     * Whether a risk element's field says it was not recorded ("not assessed", "unknown", "unable to assess, client
     * left"): neither an affirmation nor a denial, and at moderate risk and above a gap the clinician should see.
     */
    public static boolean unrecorded(String typed) {
        String lower = trimmed(typed).toLowerCase(Locale.ROOT);
        for (String gap : UNRECORDED) {
            if (lower.equals(gap) || lower.startsWith(gap + ",") || lower.startsWith(gap + ";")
                    || lower.startsWith(gap + " (")) {
                return true;
            }
        }
        return false;
    }

    /** What follows in the record typed in the intent field ("not assessed, client left early"), or "". */
    static String afterGap(String typed) {
        String t = trimmed(typed);
        for (String gap : UNRECORDED) {
            if (t.toLowerCase(Locale.ROOT).startsWith(gap + ",") || t.toLowerCase(Locale.ROOT).startsWith(gap + ";")) {
                return t.substring(gap.length() + 1).strip();
            }
        }
        return "";
    }

    /**
     * The plan field typed as a signed or graded plan ("+plan to OD", "vague plan to take pills") or a bare verb
     * phrase of a method ("walk into the lake"): what the client would do, "a plan to ...". Empty otherwise.
     */
    static Optional<String> plan(String typed, String client) {
        String t = trimmed(typed);
        if (t.contains(",") || t.contains(";") || t.contains("\"") || Phrases.negated(t)) {
            return Optional.empty();
        }
        Matcher signed = SIGNED.matcher(t);
        if (signed.matches() && signed.group(1).equalsIgnoreCase("plan") && signed.group(2).matches(" (?:to|involving) \\S.*")) {
            return Optional.of(capital(client) + " endorsed a plan" + signed.group(2));
        }
        Matcher graded = DEGREE_NOUN.matcher(t);
        if (graded.matches() && graded.group(2).equalsIgnoreCase("plan")
                && RiskElements.DEGREES.contains(graded.group(1).toLowerCase(Locale.ROOT))
                && graded.group(3).matches(" (?:to|involving) \\S.*")) {
            return Optional.of(capital(client) + " described " + article(graded.group(1).toLowerCase(Locale.ROOT))
                    + " " + t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1));
        }
        String[] w = t.toLowerCase(Locale.ROOT).split("\\s+");
        if (w.length >= 3 && w.length <= 8 && METHOD_VERBS.contains(w[0])
                && (English.PREPOSITIONS.contains(w[1]) || English.DETERMINERS.contains(w[1]) || w[1].endsWith("self"))) {
            // "walk into the lake", "jump off the overpass": a base form the note frame read as a noun.
            return Optional.of(capital(client) + " described a plan to " + t);
        }
        return Optional.empty();
    }

    // Base forms of suicide methods a clinician types as the plan (the verb is the method).
    private static final Set<String> METHOD_VERBS = Set.of("walk", "jump", "drive", "hang", "shoot", "drown", "cut",
            "crash", "step", "run", "swallow", "overdose", "stab", "suffocate", "poison", "burn", "stop");

    // Self-harm and suicide deeds in the past (irregular and regular forms).
    private static final Set<String> PAST_DEEDS = Set.of("cut", "took", "swallowed", "overdosed", "hanged", "hung",
            "burned", "burnt", "shot", "jumped", "stabbed", "scratched", "attempted", "od'd", "ingested");
    private static final Pattern DATED = Pattern.compile("(?i)\\b(?:(?:19|20)\\d\\d|yesterday|last (?:night|week"
            + "|month|year|weekend|spring|summer|fall|winter)|ago|in (?:january|february|march|april|may|june|july"
            + "|august|september|october|november|december)|as a (?:teen|child|kid)|prior|previously)\\b");

    /**
     * A piece that states a self-harm or suicidal act the client did, dated in the past ("cut with razor 2022",
     * "took extra pills last night", "cut arms last month"): history, never a plan or a current thought.
     */
    public static boolean pastDeed(String piece) {
        String lower = trimmed(piece).toLowerCase(Locale.ROOT);
        if (Phrases.negated(lower) || !DATED.matcher(lower).find()) {
            return false;
        }
        String[] w = lower.split("[^a-z0-9']+");
        for (int i = 0; i < Math.min(w.length, 3); i++) {
            if (PAST_DEEDS.contains(w[i])) {
                // "cut" is the same in the present: only as the piece's first word, or after the client.
                return i == 0 || w[i - 1].matches("client|pt|patient|she|he|they");
            }
        }
        return false;
    }

    /**
     * The ideation field's pieces apart from the past acts typed among them ("current SI, attempted OD in 2021"): the
     * current pieces and the past ones, or empty when there is no past piece or nothing current is left.
     */
    static Optional<List<List<String>>> ideationApart(String typed) {
        List<String> now = new ArrayList<>();
        List<String> past = new ArrayList<>();
        for (String piece : trimmed(typed).split("\\s*[,;]\\s*")) {
            if (piece.isBlank()) {
                continue;
            }
            (pastDeed(piece) || pastAttempt(piece) ? past : now).add(piece);
        }
        return past.isEmpty() || now.isEmpty() ? Optional.empty() : Optional.of(List.of(now, past));
    }

    private static boolean pastAttempt(String piece) {
        String lower = piece.toLowerCase(Locale.ROOT);
        return lower.matches(".*\\b(?:attempted|attempt|od|overdose)\\b.*") && DATED.matcher(lower).find()
                && !Phrases.negated(lower);
    }

    private static String trimmed(String typed) {
        String t = typed.strip();
        return t.endsWith(".") && !t.endsWith("\".") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
