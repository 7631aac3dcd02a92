package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 32: how a concern the phrase reader could not compose is said as a sentence with the client as its subject,
 * the typed words kept in their order. Deny by default: a piece of any other shape reads as nothing, and the composer
 * keeps it on the concerns' line as typed.
 *
 * <ul>
 *   <li>{@link Shape#CLAUSE}: a clause with a subject of its own that is a thing, not a person ("fatigue persists",
 *   "worry about diabetes returns at night", "sleep improved since last session"): "that" and the clause;</li>
 *   <li>{@link Shape#HELD}: the client and a state held over a span ("pt 45 days sober", "pt 3 weeks postpartum",
 *   "pt 20 days clean from meth"): "being" and the span with its state;</li>
 *   <li>{@link Shape#QUOTED}: the client's colon or verb of saying and one quotation ("pt: "nothing helps
 *   anymore""): "stated," and the quotation verbatim.</li>
 * </ul>
 */
public final class ConcernClauses {
    private ConcernClauses() {
    }

    public enum Shape { CLAUSE, HELD, QUOTED }

    /** One piece read: its shape and the typed words the sentence keeps after its frame. */
    public record Reading(Shape shape, String words) {
    }

    private static final English EN = English.get();

    private static final Pattern HELD = Pattern.compile("(?:pt|clt|client|patient) (\\d{1,3} (?:days?|weeks?|months?"
            + "|years?) ([a-z]+)(?: (?:from|off|since) [a-z]+(?: [a-z]+)?)?)");
    private static final Pattern QUOTED = Pattern.compile("(?i)(?:pt|clt|client|patient)(?::| stated:?| said:?) "
            + "(\"[^\"]{2,}\")");
    private static final Pattern POSSESSIVE = Pattern.compile("[a-z]'s\\b");
    private static final Pattern MARKS = Pattern.compile("[;:,()=+/<>\\[\\]]");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]*");
    // Why: a negation, a list or a hedge inside the clause changes what the frame would assert; such a piece is kept.
    private static final Set<String> REFUSED = Set.of("not", "no", "never", "nothing", "none", "denies", "denied",
            "and", "or", "but", "if", "maybe", "possibly", "per", "vs", "w", "wo");
    private static final Set<String> CLIENT = Set.of("pt", "clt", "client", "patient", "i", "he", "she", "they", "we",
            "you", "it", "this", "that", "there", "here");

    /**
     * The piece's reading, or empty. {@code typed} is one piece of the field as typed (no semicolon in it); its case,
     * numbers and quotation are kept.
     */
    public static Optional<Reading> read(String typed) {
        String t = Phrases.bare(typed.strip());
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher q = QUOTED.matcher(t);
        if (q.matches()) {
            return Optional.of(new Reading(Shape.QUOTED, q.group(1)));
        }
        if (t.indexOf('"') >= 0 || t.indexOf('\'') >= 0 && !POSSESSIVE.matcher(t).find() || MARKS.matcher(t).find()
                || t.contains(" - ") || t.contains("->") || t.contains("\u2192")) {
            return Optional.empty();
        }
        Matcher h = HELD.matcher(t);
        if (h.matches() && EN.isAdjective(h.group(2)) && !REFUSED.contains(h.group(2))) {
            return Optional.of(new Reading(Shape.HELD, h.group(1)));
        }
        return clause(t).map(c -> new Reading(Shape.CLAUSE, c));
    }

    /** The pieces of a field typed with semicolons, each read; empty unless every piece reads. */
    public static List<Reading> readAll(String typed) {
        List<Reading> out = new ArrayList<>();
        for (String piece : typed.split(";")) {
            Optional<Reading> r = read(piece);
            if (r.isEmpty()) {
                return List.of();
            }
            out.add(r.get());
        }
        return out;
    }

    /**
     * Verbs of change a thing undergoes by itself ("sleep improved", "fatigue persists", "worry returns"): a closed
     * class, since a noun before any other verb may be its object in a passive the clinician shortened ("eviction
     * notice received", "session added") and a plural noun reads as a verb ("relapse triggers", "mood swings").
     */
    static final Set<String> CHANGES = Set.of("improve", "worsen", "increase", "decrease", "persist", "continue",
            "return", "resolve", "recur", "resume", "subside", "ease", "lessen", "escalate", "fluctuate", "stabilize",
            "intensify", "diminish", "decline", "rise", "fall", "drop", "spike", "peak", "start", "stop", "begin",
            "end", "linger", "emerge");
    // Why: risk typed among the concerns is the risk part's (round 14); such a clause is never said as a report here.
    private static final Pattern RISK = Pattern.compile("(?i)\\b(?:si|hi|suicid\\w*|self-harm|harm|risk|kill\\w*|"
            + "overdos\\w*|cutting|weapon|gun|firearm\\w*|intent|plan)\\b");

    /** A clause with a thing as its subject and a verb of change after at most four words; the clause as typed. */
    private static Optional<String> clause(String t) {
        String[] w = t.split(" ");
        if (w.length < 2 || w.length > 12 || RISK.matcher(t).find()) {
            return Optional.empty();
        }
        for (String x : w) {
            String lw = x.toLowerCase(Locale.ROOT);
            // A person anywhere (an actor, a pronoun, a short role such as "ex" or "gf") makes whose act it is the
            // clinician's to say.
            if (REFUSED.contains(lw) || lw.endsWith("n't") || CLIENT.contains(lw) || PhraseReader.isPersonNoun(lw)
                    || Reporters.role(lw).isPresent() || ACTORS.contains(lw)
                    || !x.equals(lw) && !Character.isDigit(x.charAt(0))) {
                return Optional.empty();
            }
        }
        String first = w[0];
        if (!WORD.matcher(first).matches() || first.length() < 3 || English.DETERMINERS.contains(first)
                || English.POSSESSIVES.contains(first) || English.PREPOSITIONS.contains(first)
                || !(EN.isNounFirst(first) || EN.mostlyNoun(first))
                || EN.is(first, English.Form.PAST) || EN.is(first, English.Form.GERUND)) {
            return Optional.empty();
        }
        for (int v = 1; v < Math.min(w.length, 5); v++) {
            String x = w[v];
            if (!WORD.matcher(x).matches()) {
                return Optional.empty();
            }
            boolean finite = (EN.is(x, English.Form.THIRD) || EN.is(x, English.Form.PAST))
                    && CHANGES.contains(EN.baseOf(x));
            if (finite) {
                return Optional.of(t);
            }
            // Words before the verb belong to the subject: nouns, adjectives, prepositions, never another verb.
            if (EN.is(x, English.Form.GERUND) || EN.is(x, English.Form.THIRD) && !EN.mostlyNoun(x)
                    || EN.is(x, English.Form.PAST)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
    private static final Set<String> ACTORS = Set.of("clinician", "writer", "therapist", "counselor", "school",
            "teacher", "ex", "gf", "bf", "mom", "dad", "staff", "team", "provider", "prescriber", "pcp", "doctor");
}
