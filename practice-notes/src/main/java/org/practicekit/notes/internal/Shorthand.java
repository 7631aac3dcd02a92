package org.practicekit.notes.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clinician shorthand written out in full: "f/u" as "follow-up" (or "follow up" where a verb is
 * meant), "w/" as "with", "re:" as "regarding", "hx" as "history". The composer writes the words out
 * before it reads a phrase, so a shorthand is never inflected ("f/ued"); the verifier writes them out
 * in the prompt and in the draft alike, so either spelling traces to the other. Stateless and
 * thread-safe.
 */
public final class Shorthand {
    private static final List<String[]> WORDS = withChartForms(List.of(
            new String[] {"w/o", "without"}, new String[] {"w/", "with"}, new String[] {"b/c", "because"},
            new String[] {"re:", "regarding"}, new String[] {"hx", "history"}, new String[] {"dx", "diagnosis"},
            new String[] {"sx", "symptoms"}, new String[] {"appt", "appointment"}, new String[] {"appts", "appointments"},
            new String[] {"approx", "approximately"}, new String[] {"abt", "about"}, new String[] {"wk", "week"},
            new String[] {"wks", "weeks"}, new String[] {"hrs", "hours"}, new String[] {"hr", "hour"},
            new String[] {"mins", "minutes"}, new String[] {"yo", "year-old"}, new String[] {"y/o", "year-old"}, new String[] {"nl", "normal"},
            new String[] {"&", "and"}, new String[] {"tx", "treatment"}, new String[] {"pts", "clients"},
            new String[] {"cont", "continue"}, new String[] {"incl", "including"}, new String[] {"thurs", "Thursday"},
            new String[] {"tues", "Tuesday"}, new String[] {"wed", "Wednesday"}, new String[] {"fri", "Friday"},
            new String[] {"mon", "Monday"}, new String[] {"thu", "Thursday"}, new String[] {"thur", "Thursday"},
            new String[] {"tue", "Tuesday"}, new String[] {"sat", "Saturday"}, new String[] {"sun", "Sunday"},
            new String[] {"eval", "evaluation"}, new String[] {"evals", "evaluations"},
            // Chart words a signed narrative spells out.
            new String[] {"meds", "medications"}, new String[] {"med", "medication"}, new String[] {"info", "information"},
            new String[] {"msg", "message"}, new String[] {"qd", "daily"}, new String[] {"qhs", "at bedtime"},
            new String[] {"wkly", "weekly"},
            // Round 29: mental-status shorthand a signed note spells out.
            new String[] {"approp", "appropriate"}, new String[] {"constr", "constricted"}));
    private static final Pattern FOLLOW_UP = Pattern.compile("(?<![A-Za-z])([Ff])/[Uu](?![A-Za-z])");
    private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9])(w/o|w/|b/c|re:|y/o|&|[A-Za-z]+)(?![A-Za-z0-9])(\\.?)");
    private static final Pattern PREPOSITION_NEXT = Pattern.compile("(with|on|in|about|regarding|re|by|after|at|to"
            + "|tomorrow|tonight|next|this|within|weekly|daily)\\b.*");
    private static final Pattern TO_OR_WILL_BEFORE = Pattern.compile(".*\\b(to|will) $");
    /** A quotation: double or curly marks, or single marks that are not an apostrophe inside a word. */
    private static final Pattern QUOTATION = Pattern.compile("\"[^\"]*\"|\u201C[^\u201D]*\u201D"
            + "|(?<![A-Za-z])['\u2018].*?['\u2019](?![A-Za-z])");
    private static final Pattern AGE = Pattern.compile("\\b(\\d{1,3}) year-old\\b");

    /** A rate typed with a slash: "6-8 drinks/night", "30-40x/day", "4 nights/wk". */
    private static final Pattern RATE = Pattern.compile("(?<![\\w/])(\\d+(?:-\\d+)?\\+?)(x| ?[A-Za-z]{1,12})?/(day|night|wk|week"
            + "|month|mo|yr|year|hr|hour)(?![\\w/])");

    private Shorthand() {
    }

    private static final String CHART_FORMS = "/org/practicekit/notes/internal/chart-short-forms.txt";

    /**
     * Round 39: the list above, then the words a chart cuts short ("mtg", "rm", "ctr", "bf") from {@code
     * chart-short-forms.txt}: a dictionary, so a cut word is written out wherever it is typed, by the composer and the
     * verifier alike. A form the list above already has keeps the list's full form.
     */
    private static List<String[]> withChartForms(List<String[]> listed) {
        List<String[]> all = new java.util.ArrayList<>(listed);
        try (java.io.InputStream in = java.util.Objects.requireNonNull(Shorthand.class.getResourceAsStream(CHART_FORMS),
                CHART_FORMS + " missing");
                java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in,
                        java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|");
                if (f.length != 2 || !f[0].strip().matches("[a-z]+")) {
                    throw new IllegalStateException("malformed line in " + CHART_FORMS + ": " + line);
                }
                all.add(new String[] {f[0].strip(), f[1].strip()});
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.copyOf(all);
    }

    /**
     * A rate typed with a slash written as English ("6-8 drinks/night" to "6-8 drinks a night", "30-40x/day" to "30-40
     * times a day"), and a duration or hours typed short ("x2wk", "5h") as the reader reads them. The composer and the
     * verifier read a field the same way.
     */
    public static String rates(String text) {
        // "x2wk", "5h": a duration and an amount of hours as the composer writes them (TypedFragments.amounts).
        String spelled = TypedFragments.amounts(text);
        if (spelled.indexOf('/') < 0) {
            return spelled;
        }
        return TypedFragments.amounts(RATE.matcher(spelled).replaceAll(m -> {
            String unit = m.group(2) == null ? "" : m.group(2).equals("x") ? " times" : m.group(2);
            String period = switch (m.group(3)) {
                case "wk" -> "week";
                case "mo" -> "month";
                case "yr" -> "year";
                case "hr" -> "hour";
                default -> m.group(3);
            };
            return Matcher.quoteReplacement(m.group(1) + unit + " " + English.indefiniteArticle(period) + " " + period);
        }));
    }

    /**
     * Symbols clinicians type for words, by what stands on either side (round 22): "+" between two words or items
     * ("pros + cons", "3 meals + 2 snacks") is "and", but never a count's "or more" ("6+ drinks"); "~" before a number
     * is "about"; "->" between two numbers is "to" ("80 -> 40"), between words it is left (a sequence or a cause, which
     * no one word writes); "x" before a count and a unit of time is "for" ("x3 weeks", after {@link #rates}); "x" with a
     * count after a word ("UDS x4", "TIPP x2") is that many times ("oriented x3" is the orientation convention and kept).
     */
    public static String symbols(String text) {
        if (text.indexOf('+') < 0 && text.indexOf('~') < 0 && text.indexOf('>') < 0 && text.indexOf('x') < 0
                && !text.contains("mo")) {
            return text;
        }
        String plus = PLUS.matcher(text).replaceAll(" and ");
        String about = ABOUT.matcher(plus).replaceAll("about $1");
        String month = MONTHS.matcher(about).replaceAll(m -> m.group(1) + " " + (m.group(2).equals("mo") ? "month"
                : "months"));
        String out = FOR_TIME.matcher(NUMBER_ARROW.matcher(month).replaceAll("$1 to $2")).replaceAll("for $1 $2");
        return TIMES_AFTER_WORD.matcher(out).replaceAll(m -> {
            String before = out.substring(0, m.start());
            // "oriented x3": orientation to person, place, time (and situation), written as charted.
            if (before.matches("(?s).*\\boriented$")) {
                return Matcher.quoteReplacement(m.group());
            }
            return " " + m.group(1) + (m.group(1).equals("1") ? " time" : " times");
        });
    }

    private static final Pattern PLUS = Pattern.compile("(?<=[A-Za-z0-9)])(?: \\+ |(?<=[A-Za-z])\\+(?=[A-Za-z]))(?=[A-Za-z0-9(])");
    /** "mo" is a month only after a number or a word that counts time ("this mo", "3 mos"); alone it may be a name. */
    private static final Pattern MONTHS = Pattern.compile("\\b(this|last|next|per|a|each|\\d+) (mos?)\\b");
    private static final Pattern ABOUT = Pattern.compile("(?<![\\w~])~\\s?(\\d)");
    private static final Pattern NUMBER_ARROW = Pattern.compile("(\\d)\\s*-+>\\s*(\\d)");
    private static final Pattern FOR_TIME = Pattern.compile("(?<![\\w/])[xX] ?(\\d+) (days?|weeks?|months?|years?)\\b");
    private static final Pattern ALERT_ORIENTED = Pattern.compile("(?<![A-Za-z])A ?& ?O(?: ?[xX] ?([1-4]))?(?![A-Za-z0-9])");
    private static final Pattern TIMES_AFTER_WORD = Pattern.compile("(?<=[A-Za-z]) [xX](\\d+)(?![\\w/])");

    /** {@code text} with its shorthand written out; {@code verbFirst} reads an opening "f/u" as a verb. */
    public static String expand(String text, boolean verbFirst) {
        // The composer and the verifier write out the same fields within one draft; most have nothing to write out,
        // and that answer is kept too, so a field read again skips the scan.
        return PromptReading.expanded(text, verbFirst,
                t -> couldChange(t) && (hasShorthand(t) || ClinicalAbbreviations.writesOut(t)) ? written(t, verbFirst) : t);
    }

    private static String written(String typed, boolean verbFirst) {
        // Words inside quotation marks are someone's own words: a quotation is copied as typed ("tired of meds"), so
        // only the text between quotations is written out.
        // Every quotation opens with one of four marks; most texts hold none and skip the pattern's search.
        Matcher q = mayQuote(typed) ? QUOTATION.matcher(typed) : null;
        if (q != null && q.find()) {
            StringBuilder b = new StringBuilder();
            int at = 0;
            do {
                b.append(outsideQuotes(typed.substring(at, q.start()), verbFirst && at == 0)).append(q.group());
                at = q.end();
            } while (q.find());
            return b.append(outsideQuotes(typed.substring(at), false)).toString();
        }
        return outsideQuotes(typed, verbFirst);
    }

    /** Whether {@code text} holds a mark {@link #QUOTATION} opens with: a straight or curly double or single quote. */
    private static boolean mayQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '\u201C' || c == '\u2018') {
                return true;
            }
        }
        return false;
    }

    private static String outsideQuotes(String typed, boolean verbFirst) {
        if (typed.isBlank()) {
            return typed;
        }
        // A clinical abbreviation that spells a word ("SO", "AN") is written out first, from the one dictionary.
        String text = hxOf(ClinicalAbbreviations.writtenOut(typed));
        if (text.indexOf('&') >= 0) {
            // Round 29: "A&Ox3" is "alert and oriented x3", the count kept as charted.
            text = ALERT_ORIENTED.matcher(text).replaceAll(m -> "alert and oriented"
                    + (m.group(1) == null ? "" : " x" + m.group(1)));
        }
        String out = text;
        Matcher m = WORD.matcher(out);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String w = m.group(1);
            String written = full(w);
            String full = written == null || isVerbOrNoun(w, out, m.start()) ? null : written;
            if (full == null) {
                // A word kept as typed is copied with the text around it by the next replacement or the tail.
                continue;
            }
            // "incl." and "approx." lose their abbreviation point with their abbreviation.
            boolean point = !m.group(2).isEmpty() && m.end() < out.length()
                    && out.charAt(m.end()) == ' ' && m.end() + 1 < out.length()
                    && Character.isLowerCase(out.charAt(m.end() + 1));
            m.appendReplacement(b, Matcher.quoteReplacement(full + (point ? "" : m.group(2))));
        }
        m.appendTail(b);
        out = b.toString();
        // Each pattern only where its fixed part stands: most texts hold neither, and a scan per text costs more.
        if (out.contains(" year-old")) {
            out = AGE.matcher(out).replaceAll("$1-year-old");
        }
        if (out.indexOf('/') < 0) {
            return out;
        }
        Matcher f = FOLLOW_UP.matcher(out);
        b = new StringBuilder();
        while (f.find()) {
            String after = out.substring(f.end()).strip().toLowerCase(Locale.ROOT);
            boolean prepositionNext = PREPOSITION_NEXT.matcher(after).matches() || after.isEmpty();
            boolean verb = verbFirst && out.substring(0, f.start()).isBlank() && prepositionNext
                    || f.start() >= 3 && TO_OR_WILL_BEFORE.matcher(
                            out.substring(Math.max(0, f.start() - 4), f.start()).toLowerCase(Locale.ROOT)).matches();
            f.appendReplacement(b, f.group(1) + (verb ? "ollow up" : "ollow-up"));
        }
        f.appendTail(b);
        return b.toString();
    }

    /** "hx" typed before what the history is of: "hx DV arrest" is "history of DV arrest". */
    private static final Pattern HX_BEFORE = Pattern.compile("(?i)(?<![A-Za-z])(hx) (?!of\\b|and\\b|or\\b|with\\b|"
            + "in\\b|since\\b|from\\b|at\\b|to\\b|for\\b|includes?\\b|significant\\b|notable\\b|negative\\b"
            + "|positive\\b|unknown\\b|unremarkable\\b|not\\b|is\\b|was\\b|per\\b|by\\b|as\\b|on\\b|re\\b"
            + "|reviewed\\b|obtained\\b|taken\\b|deferred\\b|limited\\b|noted\\b)(?=[A-Za-z0-9])");
    /** "hx" typed after it: "self-harm hx" is "history of self-harm" (a short item of its own). */
    private static final Pattern HX_AFTER = Pattern.compile("(?i)([A-Za-z][A-Za-z/-]*(?: [A-Za-z][A-Za-z/-]*)?) (hx)");

    /** "family hx", "psych hx": the kind of history, never what it is of. */
    private static final java.util.Set<String> KINDS_OF_HISTORY = java.util.Set.of("family", "fam", "med", "medical",
            "psych", "psychiatric", "social", "legal", "developmental", "treatment", "tx", "work", "employment",
            "educational", "school", "sexual", "relationship", "past", "prior", "personal", "military", "surgical",
            "drug", "substance", "sud", "health", "mental", "trauma", "abuse", "use");

    /**
     * A typed "hx" with the "of" a sentence needs ("a history DV arrest" was a fragment), before it is written out; a
     * typed "history" is left as typed, since "history class" is a noun of its own.
     */
    private static String hxOf(String typed) {
        if (typed.toLowerCase(Locale.ROOT).indexOf("hx") < 0) {
            return typed;
        }
        Matcher after = HX_AFTER.matcher(typed.strip());
        if (after.matches() && !KINDS_OF_HISTORY.contains(after.group(1).toLowerCase(Locale.ROOT)
                .substring(after.group(1).lastIndexOf(' ') + 1)) && !English.get().canBeVerb(
                after.group(1).toLowerCase(Locale.ROOT).split(" ")[0])) {
            return after.group(2) + " of " + after.group(1);
        }
        return HX_BEFORE.matcher(typed).replaceAll("$1 of ");
    }

    /**
     * Round 16: "Sat" and "Sun" are days only where they cannot be the verb or the noun: typed with a capital and not
     * opening a sentence ("phone check Sat", "after using Sat"); "sat with her", "Sat in car." and "sun" keep their
     * words.
     */
    private static boolean isVerbOrNoun(String w, String text, int at) {
        if (!w.equalsIgnoreCase("sat") && !w.equalsIgnoreCase("sun")) {
            return false;
        }
        if (!Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(1))) {
            return true;
        }
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return (i < 0 || ".!?;:-".indexOf(text.charAt(i)) >= 0) && !dayBeforeActivity(w, text, at + w.length());
    }

    private static final Pattern NEXT_WORD = Pattern.compile(" +([A-Za-z]+)");
    private static final java.util.Set<String> TIMES_OF_DAY = java.util.Set.of("am", "pm", "night", "morning",
            "afternoon", "evening", "nite");

    /**
     * Round 24: a weekday abbreviation before an activity is the day ("Sat run w/ friend", "Sat game"). The verb "sat" is
     * followed by where or how ("Sat in car", "Sat down", "Sat quietly", "Sat alone"): a preposition, an adverb or an
     * adjective, never a bare noun. "Sun" before a noun is a compound ("Sun exposure"), so it is the day only before a
     * time of day.
     */
    private static boolean dayBeforeActivity(String w, String text, int end) {
        Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
        if (!next.lookingAt()) {
            return false;
        }
        String n = next.group(1).toLowerCase(Locale.ROOT);
        if (TIMES_OF_DAY.contains(n)) {
            return true;
        }
        if (!w.equalsIgnoreCase("sat")) {
            return false;
        }
        English e = English.get();
        return !English.PREPOSITIONS.contains(n) && !English.DETERMINERS.contains(n) && !English.PRONOUNS.contains(n)
                && !English.OBJECT_PRONOUNS.contains(n) && e.tagged(n, English.WordClass.NOUN) >= 0
                && e.tagged(n, English.WordClass.ADVERB) <= 0 && !e.isAdjective(n);
    }

    private static String full(String w) {
        // Every word of a text comes here: a letter run that is no short form by its shape is answered without
        // lower-casing it or walking the list (the words of a sentence almost never are short forms).
        if (isLetters(w) && !isShortForm(w, 0, w.length())) {
            return null;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        String form = FULL_FORMS.get(lower);
        if (form != null && (w.equals(lower) || w.length() > 1 && !w.equals(w.toUpperCase(Locale.ROOT)))) {
            return Character.isUpperCase(w.charAt(0)) ? Character.toUpperCase(form.charAt(0)) + form.substring(1)
                    : form;
        }
        return null;
    }

    /** Each short form's full form, the first in {@link #WORDS} where a form is listed twice (as the list was read). */
    private static final Map<String, String> FULL_FORMS;

    static {
        Map<String, String> forms = new java.util.HashMap<>();
        for (String[] s : WORDS) {
            forms.putIfAbsent(s[0], s[1]);
        }
        FULL_FORMS = Map.copyOf(forms);
    }

    /**
     * The gate that decides which texts are written out at all (a text it passes over, such as "14
     * year-old" alone, is kept as written). It passes nearly every phrase, since short forms like
     * "mon" or "hr" sit inside everyday words, so {@link #couldChange} runs first.
     */
    private static boolean hasShorthand(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '&' || c == ':') {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String[] s : WORDS) {
            if (lower.contains(s[0])) {
                return true;
            }
        }
        return false;
    }

    /**
     * False only when the patterns of {@link #expand} would leave {@code text} as it is. Exact, not a guess:
     * '&', "year-old", or a slash or colon right after a letter goes to the patterns; otherwise only
     * a whole word (a letter run with no letter or digit on either side, as {@code WORD} reads it)
     * that has a full form changes.
     */
    private static boolean couldChange(String text) {
        // One pass over the text: '&', "year-old" and a letter run followed by '/' or ':' are all seen from the scan.
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c)) {
                if (c == '&') {
                    return true;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && isAsciiLetter(text.charAt(i))) {
                i++;
            }
            if (i < n) {
                char after = text.charAt(i);
                // "w/", "b/c", "y/o", "f/u" and "re:" all put a letter right before their mark; a label's colon
                // ("Plan:") or a longer word's slash ("and/or") changes nothing, so only those letters go on.
                if (after == '/' && i - start == 1 || after == ':' && i - start == 2 && text.startsWith("re", start)) {
                    return true;
                }
                // Every "year-old" ends a letter run with "year" right before "-old".
                if (after == '-' && i - start >= 4 && text.startsWith("year-old", i - 4)) {
                    return true;
                }
            }
            boolean whole = (start == 0 || !isAsciiDigit(text.charAt(start - 1)))
                    && (i == n || !isAsciiDigit(text.charAt(i)));
            if (whole && isShortForm(text, start, i - start) && full(text.substring(start, i)) != null) {
                return true;
            }
            // "SO", "AN", "DID": two to five capitals may be a clinical abbreviation with written-out words.
            if (i - start >= 2 && i - start <= 5 && Character.isUpperCase(text.charAt(start))
                    && Character.isUpperCase(text.charAt(start + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the letters at {@code start} spell a short form in any case, without a substring per word. */
    private static boolean isShortForm(String text, int start, int length) {
        if (length > LONGEST) {
            return false;
        }
        // Most words find no candidate for their (length, first letter) and never reach a comparison.
        String[] candidates = SHORT_FORMS_BY_SHAPE[length * 26 + ((text.charAt(start) | 0x20) - 'a')];
        if (candidates == null) {
            return false;
        }
        for (String form : candidates) {
            if (text.regionMatches(true, start, form, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static final int LONGEST = WORDS.stream().mapToInt(s -> s[0].length()).max().orElse(0);
    /**
     * The letters-only short forms by (length, first letter); a letter run can only ever match one of these, never
     * "w/o" or "re:".
     */
    private static final String[][] SHORT_FORMS_BY_SHAPE = new String[(LONGEST + 1) * 26][];

    static {
        for (String[] s : WORDS) {
            String form = s[0];
            if (form.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                int slot = form.length() * 26 + (form.charAt(0) - 'a');
                String[] was = SHORT_FORMS_BY_SHAPE[slot];
                String[] now = was == null ? new String[1] : java.util.Arrays.copyOf(was, was.length + 1);
                now[now.length - 1] = form;
                SHORT_FORMS_BY_SHAPE[slot] = now;
            }
        }
    }

    /** Whether {@code w} is a letter run only ("w/o", "b/c", "re:" and "&" are not: they are looked up as typed). */
    private static boolean isLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!isAsciiLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
