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
 *   <li>{@link Shape#STATE} (round 33): the client's state with no subject typed, a participle alone or before a
 *   preposition ("widowed in May", "isolated since winter", "divorced"), or an adjective before a preposition ("late to
 *   everything"): "being" and the piece;</li>
 *   <li>{@link Shape#DOING} (round 33): the client's act with no subject typed, a gerund first ("losing things",
 *   "crying daily"): the piece as the report's object.</li>
 *   <li>{@link Shape#HAVING} (round 33): a number and people of the client's household ("2 kids", "3 children"):
 *   "having" and the piece, the number kept as digits.</li>
 * </ul>
 */
public final class ConcernClauses {
    private ConcernClauses() {
    }

    public enum Shape { CLAUSE, HELD, QUOTED, STATE, DOING, HAVING }

    /** One piece read: its shape and the typed words the sentence keeps after its frame. */
    public record Reading(Shape shape, String words) {
    }

    private static final English EN = English.get();

    private static final Pattern HELD = Pattern.compile("(?:pt|clt|client|patient) (\\d{1,3} (?:days?|weeks?|months?"
            + "|years?) ([a-z]+)(?: (?:from|off|since) [a-z]+(?: [a-z]+)?)?)");
    private static final Pattern QUOTED = Pattern.compile("(?i)(?:pt|clt|client|patient)(?::| stated:?| said:?) "
            + "(\"[^\"]{2,}\"|'[^\"]{2,}[^\\s]')");
    // Round 33: a single-quoted quotation holds no quotation mark of its own: an apostrophe only inside a word.
    private static final Pattern LONE_QUOTE = Pattern.compile("(?:^|\\s)'|'(?:\\s|$)");
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
        String habit = notDoing(t);
        if (!habit.isEmpty()) {
            return predicate(habit);
        }
        Matcher q = QUOTED.matcher(t);
        if (q.matches() && (q.group(1).charAt(0) == '"'
                || !LONE_QUOTE.matcher(q.group(1).substring(1, q.group(1).length() - 1)).find())) {
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
        Optional<Reading> c = clause(t).map(x -> new Reading(Shape.CLAUSE, x));
        return c.isPresent() ? c : predicate(t);
    }

    /**
     * The pieces of a field typed with semicolons or (round 33) commas, each read; empty unless every piece reads. A
     * comma inside a quotation is the quotation's, so a quoted item is read whole.
     */
    public static List<Reading> readAll(String typed) {
        List<Reading> out = new ArrayList<>();
        boolean quoted = typed.indexOf('"') >= 0 || typed.indexOf('\'') >= 0 && !POSSESSIVE.matcher(typed).find();
        for (String piece : pieces(typed, quoted ? ";" : ";,")) {
            Optional<Reading> r = read(piece);
            if (r.isEmpty()) {
                return List.of();
            }
            out.add(r.get());
        }
        return out;
    }

    private static final Set<String> DO_NOT = Set.of("doesn't", "does not", "don't", "do not");

    /**
     * Round 37: "doesn't eat breakfast": the client's habit denied by "do", said as round 35 says "not eating lunch"
     * (the verb's -ing form after "not"); "" for anything else. Only a plain verb after the negation: "won't" (a
     * refusal), "can't" (an inability) and "never" say more than "not", and keep their readings.
     */
    private static String notDoing(String t) {
        for (String no : DO_NOT) {
            if (t.regionMatches(true, 0, no + " ", 0, no.length() + 1)) {
                String rest = t.substring(no.length() + 1);
                int sp = rest.indexOf(' ');
                String verb = sp < 0 ? rest : rest.substring(0, sp);
                if (sp < 0 || !EN.is(verb, English.Form.BASE) || EN.isAux(verb) || !verb.equals(verb.toLowerCase(
                        Locale.ROOT)) || verb.equals("have") || verb.equals("do")) {
                    return "";
                }
                return "not " + EN.gerund(verb) + rest.substring(sp);
            }
        }
        return "";
    }

    /** The text cut at any of {@code marks}, by a scan (no pattern on the draft path). */
    public static List<String> pieces(String typed, String marks) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= typed.length(); i++) {
            if (i == typed.length() || marks.indexOf(typed.charAt(i)) >= 0) {
                out.add(typed.substring(from, i));
                from = i + 1;
            }
        }
        return out;
    }

    private static final Pattern COUNT = Pattern.compile("[1-9]\\d?");
    // Why: the client's own children, counted; a closed class, since "2 friends" or "3 coworkers" may be the concern's
    // actors rather than the client's household.
    private static final Set<String> HOUSEHOLD = Set.of("kids", "children", "sons", "daughters", "grandchildren",
            "stepchildren", "stepkids");
    private static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday");

    /**
     * Round 33: a piece with no subject typed that is the client's state ({@link Shape#STATE}) or act ({@link
     * Shape#DOING}). Deny by default: a person, a negation, a list word, a hedge or risk anywhere keeps the piece; a
     * participle followed by anything but a preposition may be an active verb with its object ("stopped driving",
     * "missed deadlines") and is kept; "being" and "having" first are kept ("being yelled at" says whose act it was
     * only in the clinician's words).
     */
    private static Optional<Reading> predicate(String t) {
        if (t.startsWith("not ") && t.indexOf(' ', 4) > 0) {
            // Round 35: "not eating lunch": the client's act said with its negation kept before it ("The client
            // reported not eating lunch."); only where the act alone reads as one, and never a second negation.
            Optional<Reading> act = predicate(t.substring(4));
            return act.isPresent() && act.get().shape() == Shape.DOING
                    ? Optional.of(new Reading(Shape.DOING, t)) : Optional.empty();
        }
        String[] w = t.split(" ");
        if (w.length > 10 || RISK.matcher(t).find()) {
            return Optional.empty();
        }
        for (String x : w) {
            String lw = x.toLowerCase(Locale.ROOT);
            if (x.isEmpty() || REFUSED.contains(lw) || lw.endsWith("n't") || CLIENT.contains(lw)
                    || POSSESSIVE.matcher(lw).find() || English.POSSESSIVES.contains(lw)
                    || !x.equals(lw) && !Character.isDigit(x.charAt(0)) && !CALENDAR.contains(x)) {
                return Optional.empty();
            }
        }
        if (w.length == 2 && COUNT.matcher(w[0]).matches() && HOUSEHOLD.contains(w[1])) {
            return Optional.of(new Reading(Shape.HAVING, t));
        }
        for (String x : w) {
            String lw = x.toLowerCase(Locale.ROOT);
            if (PhraseReader.isPersonNoun(lw) || Reporters.role(lw).isPresent() || ACTORS.contains(lw)) {
                return Optional.empty();
            }
        }
        String first = w[0];
        if (!WORD.matcher(first).matches()) {
            return Optional.empty();
        }
        String next = w.length > 1 ? w[1] : "";
        // "drinking more since": a preposition last points at a piece before it; "planned to skip party": "to" after a
        // participle is a verb's infinitive, not a state's preposition.
        if (English.PREPOSITIONS.contains(w[w.length - 1]) || next.equals("to") && !EN.isAdjective(first)) {
            return Optional.empty();
        }
        boolean prepNext = next.isEmpty() || English.PREPOSITIONS.contains(next);
        // "spending under control": a gerund before a preposition may be a noun with its state, so it is kept.
        if (EN.is(first, English.Form.GERUND) && w.length >= 2 && !prepNext && !first.equals("being")
                && !first.equals("having") && !EN.isAux(EN.baseOf(first))) {
            return Optional.of(new Reading(Shape.DOING, t));
        }
        boolean participle = EN.is(first, English.Form.PARTICIPLE) && first.endsWith("ed") && !EN.mostlyNoun(first);
        boolean adjective = EN.isAdjective(first) && !EN.mostlyNoun(first) && w.length > 1;
        // Not "on disability"/"off meds": the verifier reads a preposition as framing, so "on" changed to "off" would
        // pass it; such a piece is kept as typed.
        if ((participle || adjective) && prepNext) {
            return Optional.of(new Reading(Shape.STATE, t));
        }
        return Optional.empty();
    }

    /**
     * Verbs of change a thing undergoes by itself ("sleep improved", "fatigue persists", "worry returns"): a closed
     * class, since a noun before any other verb may be its object in a passive the clinician shortened ("eviction
     * notice received", "session added") and a plural noun reads as a verb ("relapse triggers", "mood swings").
     */
    static final Set<String> CHANGES = Set.of("improve", "worsen", "increase", "decrease", "persist", "continue",
            "return", "resolve", "recur", "resume", "subside", "ease", "lessen", "escalate", "fluctuate", "stabilize",
            "intensify", "diminish", "decline", "rise", "fall", "drop", "spike", "peak", "start", "stop", "begin",
            "end", "linger", "emerge", "slip", "climb", "slide", "plummet", "dip");
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
            if (EN.is(x, English.Form.GERUND) && CHANGES.contains(EN.baseOf(x)) && !EN.mostlyNoun(x)) {
                // Round 35: "grades dropping", "sleep worsening since May": a thing and its change typed without a
                // verb of its own; the present "is"/"are" the -ing form already says ("that grades are dropping").
                String head = w[v - 1];
                String one = EN.dictionaryForm(head);
                boolean plural = head.endsWith("s") && !one.equals(head) && head.startsWith(one);
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < w.length; k++) {
                    b.append(k == 0 ? "" : " ").append(k == v ? (plural ? "are " : "is ") : "").append(w[k]);
                }
                return Optional.of(b.toString());
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
