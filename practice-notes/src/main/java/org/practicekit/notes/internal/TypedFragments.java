package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A typed chart fragment read for what it says about its person, rewritten into the words the phrase reader already
 * composes: the client's own name for the subject dropped where the field is already about the client ("pt tearful"
 * in a response), "c/o" dropped where the field is already the client's report ("c/o fatigue" among the concerns: the
 * report verb is the field's), a duration or an amount spelled the way the reader reads one ("x2wk" to "x2 weeks",
 * "5h" to "5 hours"), a verb typed as a noun before an amount of time ("sleep 5 hours": "sleeping 5 hours") and a noun
 * with how it was ("appetite down": "appetite was down"). Deny by default: a piece that is none of these comes back
 * as typed, and the caller keeps the clinician's words where the rewritten piece does not compose. Stateless.
 */
public final class TypedFragments {
    private static final English EN = English.get();

    /** The client named as the subject at a piece's start: "pt", "clt", "client", "the patient". */
    private static final Pattern CLIENT_OPENS = Pattern.compile(
            "(?i)^(?:the )?(?:pt|clt|client|patient) ([a-z][a-z-]*)");
    /** "c/o", "pt c/o": complains of, what the client reported. */
    private static final Pattern COMPLAINS_OF = Pattern.compile(
            "(?i)^(?:(?:the )?(?:pt|clt|client|patient) )?(?:also )?c/o (?=\\S)");
    /** How long, typed with the chart's multiplication sign: "x2wk", "x 3 wks", "x4days". */
    private static final Pattern DURATION = Pattern.compile("(?i)(?<![\\w/])x ?(\\d{1,3}) ?(wks?|weeks?|d|days?|mos?"
            + "|months?|yrs?|years?)(?![\\w/])");
    /** An amount of hours typed as a unit letter: "5h", "4.5h". */
    private static final Pattern HOURS = Pattern.compile("(?<![\\w/.])(\\d{1,2}(?:\\.\\d)?) ?(?:h|hrs?)(?![\\w/])");
    /** A verb typed as its noun before an amount of time: "sleep 5 hours", "sleep 4-5 hours a night". */
    private static final Pattern VERB_AMOUNT = Pattern.compile("(?i)^([a-z]+) (\\d{1,2}(?:[.-]\\d{1,2})? hours?\\b.*)");
    /** A noun and how it was, the copula left out: "appetite down", "energy low", "sleep poor". */
    private static final Pattern NOUN_STATE = Pattern.compile("(?i)^([a-z]+) (down|up|low|poor|decreased|increased"
            + "|reduced|worse|better|improved|disrupted|fair)$");
    /** Verbs whose noun clinicians type for the deed ("sleep 5h"): a closed class, since most nouns are no verb. */
    private static final Set<String> DEED_NOUNS = Set.of("sleep", "nap", "exercise", "work", "walk", "study");

    private TypedFragments() {
    }

    /**
     * One concern item as the reader reads it: "c/o fatigue x2wk" to "fatigue x2 weeks", "sleep 5h" to "sleeping 5
     * hours", "appetite down" to "appetite was down". The item as typed is what a labelled line keeps.
     */
    public static String concern(String item) {
        String out = item.strip();
        out = COMPLAINS_OF.matcher(out).replaceFirst("");
        out = withoutWhat(out);
        out = dated(deedFirst(amounts(out)));
        Matcher deed = VERB_AMOUNT.matcher(out);
        if (deed.matches() && DEED_NOUNS.contains(deed.group(1).toLowerCase(Locale.ROOT))) {
            out = EN.gerund(deed.group(1).toLowerCase(Locale.ROOT)) + " " + deed.group(2);
        }
        Matcher state = NOUN_STATE.matcher(out);
        // Round 23: a verb's -ing form first ("feeling better", "doing worse") is the client's own state after
        // "reported", as typed; "feeling was better" made the gerund a noun.
        if (state.matches() && EN.mostlyNoun(state.group(1).toLowerCase(Locale.ROOT))
                && !EN.is(state.group(1).toLowerCase(Locale.ROOT), English.Form.GERUND)
                && !PhraseReader.isPersonNoun(state.group(1).toLowerCase(Locale.ROOT))) {
            out = state.group(1) + " was " + state.group(2);
        }
        return out;
    }

    /**
     * "ETOH 5 wks without", "gambling: 2 mos without": a count of time without the thing named first, written "5 wks
     * without ETOH". Only a noun is moved ("sober 5 wks without" stays as typed); each comma-separated piece alone.
     */
    static String withoutWhat(String item) {
        if (!item.endsWith("without") && !item.contains("without,")) {
            return item;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (from <= item.length()) {
            int comma = item.indexOf(", ", from);
            int end = comma < 0 ? item.length() : comma;
            out.append(from == 0 ? "" : ", ").append(movedWithout(item.substring(from, end)));
            if (comma < 0) {
                break;
            }
            from = comma + 2;
        }
        return out.toString();
    }

    private static String movedWithout(String piece) {
        String[] w = piece.strip().split(" ");
        int n = w.length;
        if (n < 4 || !w[n - 1].equals("without") || !Units.isSpanOfTime(w[n - 2].toLowerCase(Locale.ROOT))
                || !Character.isDigit(w[n - 3].charAt(0)) || n - 3 > 3) {
            return piece;
        }
        String topic = String.join(" ", java.util.Arrays.copyOf(w, n - 3));
        while (topic.endsWith(":") || topic.endsWith(" -")) {
            topic = topic.substring(0, topic.length() - 1).strip();
        }
        String last = topic.substring(topic.lastIndexOf(' ') + 1);
        String lower = last.toLowerCase(Locale.ROOT);
        // An acronym ("ETOH", "THC") names a thing; otherwise the dictionary says whether the word is a noun.
        boolean acronym = last.length() > 1 && last.equals(last.toUpperCase(Locale.ROOT))
                && Character.isLetter(last.charAt(0));
        boolean noun = acronym || ClinicalAbbreviations.isNoun(last) || !EN.mostlyAdjective(lower) && (EN.mostlyNoun(lower)
                || lower.endsWith("ing") && EN.is(lower, English.Form.GERUND));
        if (topic.isEmpty() || !noun || PhraseReader.isPersonNoun(lower)) {
            return piece;
        }
        return w[n - 3] + " " + w[n - 2] + " without " + topic;
    }

    /**
     * One piece of a response or goal evidence as the reader reads it: "pt tearful" to "tearful", "pt shared openly"
     * to "shared openly"; the subject is dropped only before a word that says how the client was or what the client
     * did (an adjective, a participle, a past verb), never before "and", "to" or an auxiliary.
     */
    public static String aboutTheClient(String piece) {
        String out = piece.strip();
        Matcher m = CLIENT_OPENS.matcher(out);
        if (m.find()) {
            String next = m.group(1).toLowerCase(Locale.ROOT);
            boolean says = EN.isAdjective(next) || EN.isParticipialAdjective(next)
                    || EN.is(next, English.Form.PAST) && !EN.isAux(next) && !EN.mostlyNoun(next);
            if (says) {
                out = out.substring(m.start(1));
            }
        }
        Matcher with = WITH_BARE.matcher(out);
        if (with.find()) {
            String noun = with.group(2).toLowerCase(Locale.ROOT);
            String before = out.substring(0, with.start()).strip();
            String verb = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            // "engaged w/ reframe", "shared openly w/ group": the one thing of this session the client worked with
            // is definite; a mass or abstract noun ("with ease", "with support") is no count noun and stays bare.
            boolean deed = EN.is(verb, English.Form.PAST) || English.isLyAdverb(verb)
                    || EN.isParticipialAdjective(verb);
            if (deed && EN.isCountNoun(noun) && !EN.isAdjective(noun) && !EN.is(noun, English.Form.GERUND)
                    && !noun.endsWith("s")) {
                out = out.substring(0, with.start()) + with.group(1) + " the " + with.group(2);
            }
        }
        return amounts(out);
    }

    /** "w/ reframe" or "with handout" closing a piece: a preposition and a bare noun. */
    private static final Pattern WITH_BARE = Pattern.compile("(?i)(?<![\\w/])(w/|with) ([a-z]+)$");

    /**
     * "stockpiled pills, gave to sister": a verb of handing over whose object the piece before it names, joined to it
     * with that object as a pronoun ("stockpiled pills and gave them to sister"), so the second verb keeps the
     * subject and the object the clinician left to the first; the text as typed otherwise.
     */
    static String sharedObject(String text) {
        if (text.indexOf(',') < 0 || text.indexOf(" to ") < 0) {
            return text;
        }
        Matcher m = HANDED_ON.matcher(text);
        if (!m.matches()) {
            return text;
        }
        String thing = m.group(2).toLowerCase(Locale.ROOT);
        if (!EN.mostlyNoun(thing) && !EN.isCountNoun(thing)) {
            return text; // "drank heavily, gave to ...": no thing to hand over
        }
        boolean plural = thing.endsWith("s") && !thing.endsWith("ss") || thing.equals("meds");
        return m.group(1) + " and " + m.group(3) + (plural ? " them " : " it ") + m.group(4);
    }

    private static final Pattern HANDED_ON = Pattern.compile("(?i)([^,;]*\\b([a-z]{3,})), (gave|handed|sent|returned"
            + "|brought|passed|surrendered|mailed) (to [^,;]+)");

    /** A duration and an amount of hours spelled as the reader reads them; the rest as typed. */
    static String amounts(String text) {
        String out = text;
        if (!hasDigit(out)) {
            return out;
        }
        if (followedByDigit(out, 'x') || followedByDigit(out, 'X')) {
            out = DURATION.matcher(out).replaceAll(m -> {
                int n = Integer.parseInt(m.group(1));
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                String word = unit.startsWith("w") ? "week" : unit.startsWith("d") ? "day" : unit.startsWith("m")
                        ? "month" : "year";
                return "x" + n + " " + word + (n == 1 ? "" : "s");
            });
        }
        if (followedByDigit(out, 'x') || followedByDigit(out, 'X') || digitBefore(out, 'x') || digitBefore(out, 'X')
                || digitThenTimes(out)) {
            // "cut 2x last week", "SI x1 this week", "binged 1 times": a count with its plural, "1 time", "2 times".
            out = COUNT.matcher(out).replaceAll(m -> {
                String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                return n + (n.equals("1") ? " time" : " times");
            });
        }
        if (!digitThen(out, 'h')) {
            return out;
        }
        return HOURS.matcher(out).replaceAll(m -> m.group(1) + (m.group(1).equals("1") ? " hour" : " hours"));
    }

    /**
     * A count typed "2x" (not a rate, "2x/week", which {@link Shorthand#rates} reads), "x1" before when it was ("x1
     * this week"; "oriented x3" has none), or "1 times".
     */
    private static final Pattern COUNT = Pattern.compile("(?<![\\w/.])(?:(\\d{1,2})[xX](?=$|[\\s,;.)])"
            + "|[xX] ?(\\d{1,2})(?= (?:this|last|past|in the past|since|today|yesterday|per)\\b)"
            + "|(\\d{1,2}) times\\b)");

    // Why the two gates: "x" and "h" are in most words ("anxiety", "the"), the patterns' search is not cheap, and
    // each needs a digit beside its letter, directly or one space away.
    private static boolean followedByDigit(String text, char c) {
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            if (digitAt(text, i + 1) || i + 1 < text.length() && text.charAt(i + 1) == ' ' && digitAt(text, i + 2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean digitBefore(String text, char c) {
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            if (digitAt(text, i - 1) || i >= 1 && text.charAt(i - 1) == ' ' && digitAt(text, i - 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #digitBefore} read from the digits: "h" is in most words ("the", "with") and a text's digits are few, so
     * each digit's next two characters are looked at rather than each "h"'s last two.
     */
    private static boolean digitThen(String text, char c) {
        int n = text.length();
        for (int i = 0; i < n - 1; i++) {
            char d = text.charAt(i);
            if (d >= '0' && d <= '9') {
                char next = text.charAt(i + 1);
                if (next == c || next == ' ' && i + 2 < n && text.charAt(i + 2) == c) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether "times" stands one space after a digit, as {@link #COUNT} reads "1 times". Why: "times" alone ("at times",
     * "sometimes") sent a text with any number through the pattern for nothing.
     */
    private static boolean digitThenTimes(String text) {
        for (int i = text.indexOf("times"); i >= 0; i = text.indexOf("times", i + 1)) {
            if (i >= 2 && text.charAt(i - 1) == ' ' && digitAt(text, i - 2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean digitAt(String text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A date ("2/28", "3/15/25") or a year closing a piece, after a word of letters. */
    private static final Pattern DATED = Pattern.compile("(?i)^(.*?([a-z']+)) ((?:\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)|(?:19|20)\\d{2})$");

    /**
     * A noun phrase with its date or year typed after it, the preposition left out: "DUI arrest 2/28" to "DUI arrest
     * on 2/28", "prior attempt 2019" to "prior attempt in 2019". Left as typed where a preposition is already there
     * ("since 10/15"), where the piece is one name alone ("Iraq 2007": what happened there in that year the clinician
     * did not type), and where the word before is no noun the lexicon knows.
     */
    public static String dated(String text) {
        if (!hasDigit(text) || text.indexOf(' ') < 0) {
            return text;
        }
        Matcher m = DATED.matcher(text.strip());
        if (!m.matches()) {
            return text;
        }
        String before = m.group(1);
        String last = m.group(2).toLowerCase(Locale.ROOT);
        boolean oneName = before.indexOf(' ') < 0 && Character.isUpperCase(before.charAt(0))
                && !before.equals(before.toUpperCase(Locale.ROOT));
        if (oneName || English.PREPOSITIONS.contains(last) || English.DETERMINERS.contains(last)
                || EN.tagged(last, English.WordClass.NOUN) <= 0 && !Character.isUpperCase(m.group(2).charAt(0))) {
            return text;
        }
        String date = m.group(3);
        return before + (date.indexOf('/') > 0 ? " on " : " in ") + date;
    }

    /**
     * A verb typed without its subject opening a piece, read as the deed: "checks ex's social media daily" to
     * "checking ex's social media daily" (a third-person verb before its object), "isolate in room" to "isolating in
     * room" (a bare verb that is no noun, before a preposition). Deny by default: "urges to drink", "panic attacks
     * before meetings" are nouns and stay as typed.
     */
    static String deedFirst(String text) {
        int space = text.indexOf(' ');
        if (space <= 0) {
            return text;
        }
        String w = text.substring(0, space).toLowerCase(Locale.ROOT);
        int end = text.indexOf(' ', space + 1);
        String next = text.substring(space + 1, end < 0 ? text.length() : end).toLowerCase(Locale.ROOT);
        boolean object = English.DETERMINERS.contains(next) || English.POSSESSIVES.contains(next)
                || next.endsWith("'s") && next.length() > 2;
        boolean preposition = English.PREPOSITIONS.contains(next) || next.equals("w/");
        String base = EN.baseOf(w);
        if (base.isEmpty() || !EN.isVerb(base) || EN.isAux(w) || EN.isAdjective(w)) {
            return text;
        }
        boolean third = EN.is(w, English.Form.THIRD) && !w.equals(base) && object;
        // A bare verb the lexicon never tags as a noun ("isolate", "argue"); "fight", "fear", "worry" are nouns too.
        boolean bare = w.equals(base) && EN.tagged(w, English.WordClass.NOUN) <= 0 && EN.listed(w)
                && (object || preposition);
        return third || bare ? EN.gerund(base) + text.substring(space) : text;
    }

    /** "appetite was down" as {@link #concern} reads "appetite down": a noun, "was" and how it was. */
    static boolean nounState(Phrase one) {
        return one.size() == 3 && one.word(1).equals("was") && NOUN_STATE.matcher(one.word(0) + " " + one.word(2))
                .matches() && EN.mostlyNoun(one.word(0)) && !PhraseReader.isPersonNoun(one.word(0));
    }

    /** "engaged ok": a rating word a signed sentence would not hold, and no other word says for it. */
    static boolean rated(String text) {
        return OK.matcher(text).find();
    }

    private static final Pattern OK = Pattern.compile("(?i)(?<![\\w'])(?:ok|okay|so-so)(?![\\w'])");

    /** Small words a title leaves in lower case ("Return to Work"): they never make a title of a phrase on their own. */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for",
            "with", "w/", "and", "or", "by", "from", "re", "about", "per", "into", "vs");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /**
     * A goal's or a focus's title typed with its capitals ("Abstinence", "Improve Mood", "Financial worry") in the
     * lower case a sentence gives it: the opening word, and every word where the whole phrase is typed as a title.
     * Only a word the lexicon lists in lower case loses its capital; a name of the prompt's ({@code names}), a day or a
     * month, an acronym ("ERP", "CBT-I") and a word the lexicon does not know keep theirs. The text otherwise as typed.
     */
    public static String lowerTitleCapitals(String text, Set<String> names) {
        String[] words = text.split(" ", -1);
        int content = 0;
        int capitals = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !TITLE_SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                content++;
                capitals += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        boolean title = content >= 2 && capitals == content;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String next = i + 1 < words.length ? words[i + 1] : "";
            out.append(i > 0 ? " " : "").append(i == 0 || title ? lowered(w, next, names, title) : w);
        }
        return out.toString();
    }

    /** Endings only common nouns take ("Abstinence", "Adjustment", "Connection"): no given name ends so. */
    private static final Pattern NOUN_ENDING = Pattern.compile("[a-z]{3,}(?:ness|tion|sion|ment|ity|ence|ance|ism"
            + "|ship|ogy|ency|ancy|ery|ing)");
    /** Endings of the words English always capitalizes: peoples, languages, faiths ("Spanish", "Korean", "Christian"). */
    private static final Pattern PROPER_ENDING = Pattern.compile("[a-z]+(?:ish|ese|ian|ean|can|ino|ina)");
    /** Faiths and peoples whose words keep their capital and have no telling ending. */
    private static final Set<String> PROPER_WORDS = Set.of("catholic", "muslim", "jewish", "islamic", "hispanic",
            "latinx", "black", "native", "indigenous", "asian", "arab", "god", "bible", "quran", "torah");

    /**
     * "Mood", "High-Risk", "Sobriety,": a capital on a common word, never on a name of the prompt's, a month, an
     * acronym or a word English always capitalizes. Inside a title every other word is common ("Improve Mood"); at a
     * field's start, a word the lexicon knows, a noun's ending, a number word, or a word before a word typed in lower
     * case or in capitals ("Stove hierarchy", "Zero NSSI acts": the field's own capital, as a phone or a form gives it).
     */
    private static boolean titleCapital(String w, String next, Set<String> names, boolean title) {
        int end = 0;
        while (end < w.length() && Character.isLetter(w.charAt(end))) {
            end++;
        }
        if (end < 2 || !Character.isUpperCase(w.charAt(0)) || end < w.length() && w.charAt(end) == '\'') {
            return false;
        }
        for (int i = 1; i < end; i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        String bare = w.substring(0, end);
        String lower = bare.toLowerCase(Locale.ROOT);
        if (names.contains(bare) || CALENDAR.contains(lower) || PROPER_WORDS.contains(lower)
                || PROPER_ENDING.matcher(lower).matches()) {
            return false;
        }
        boolean beforeLower = !next.isEmpty() && Character.isLowerCase(next.charAt(0));
        // "Zero NSSI acts": a word before an acronym is the field's capital too, as is a number word.
        boolean beforeAcronym = next.length() >= 2 && next.chars().allMatch(c -> c >= 'A' && c <= 'Z');
        return title || beforeLower || beforeAcronym || EN.isKnownWord(lower) || NOUN_ENDING.matcher(lower).matches()
                || Lexicon.NUMBER_WORDS.containsKey(lower) || lower.equals("zero");
    }

    /** "Self-Harm" to "self-harm": each capitalized part of a hyphenated word, as {@link #titleCapital} reads it. */
    private static String lowered(String w, String next, Set<String> names, boolean title) {
        if (w.indexOf('-') < 0) {
            return titleCapital(w, next, names, title) ? Character.toLowerCase(w.charAt(0)) + w.substring(1) : w;
        }
        String[] parts = w.split("-", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean lower = !part.isEmpty() && titleCapital(part, "x", names, true);
            b.append(i > 0 ? "-" : "").append(lower ? Character.toLowerCase(part.charAt(0)) + part.substring(1) : part);
        }
        return b.toString();
    }

    /** Words that open no noun phrase: an evidence typed "not yet", "still pending" is no thing progress is shown by. */
    private static final Set<String> NOT_A_THING = Set.of("not", "yet", "still", "n/a", "pending", "partly", "partially",
            "already", "almost", "nearly", "never", "now", "just");

    /**
     * A typed piece the reader took for a noun phrase that is none: a negation or an adverb opening it ("not yet",
     * "still pending") or a noun and its state with the copula left out ("interview complete", "sleep better"). Such
     * a piece never follows "as evidenced by"; the caller keeps it in the clinician's words.
     */
    public static boolean notANounPhrase(Phrase one) {
        if (one.kind() != Phrase.Kind.NOUN || one.size() < 2) {
            return false;
        }
        String first = one.word(0);
        String last = one.word(one.size() - 1);
        if (NOT_A_THING.contains(first)) {
            return true;
        }
        return !English.DETERMINERS.contains(first) && !English.POSSESSIVES.contains(first)
                && (EN.mostlyAdjective(last) || EN.isParticipialAdjective(last) || EN.listed(last)
                && EN.tagged(last, English.WordClass.ADJECTIVE) >= 0) && EN.tagged(last, English.WordClass.NOUN) < 0;
    }
}
