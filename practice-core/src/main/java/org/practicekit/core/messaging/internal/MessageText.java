package org.practicekit.core.messaging.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a client's message into a canonical form the phrase rules read: lower case, no accents,
 * contractions and slang expanded, common misspellings of risk words corrected, tokens separated by
 * one space and clause boundaries written as {@code "|"}.
 */
public final class MessageText {
    /** Written where punctuation ends a clause; negation never reaches across it. */
    public static final String BOUNDARY = "|";

    private static final Pattern OVERDOSED = Pattern.compile("\\bo\\.?d(?:'?d|'?ed|ing)\\b");
    private static final Pattern OVERDOSE = Pattern.compile("\\bo\\.d\\.?(?=\\s|$)|\\bod\\b");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LAUGHTER_EMOJI = Pattern.compile("[\\x{1F602}\\x{1F923}\\x{1F606}\\x{1F605}\\x{1F639}]");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?;,:()\\[\\]\"\\u201C\\u201D\\u2026\\n\\r\\u2013\\u2014]+|\\s-+\\s");
    private static final Pattern APOSTROPHE_S = Pattern.compile("\\b(it|he|she|that|what|there|who|everything|nothing|life)'s\\b");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9|' ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Map<String, String> REPLACEMENTS = replacements();

    /** Words the typo correction aims at: the words risk phrases hinge on. */
    private static final List<String> RISK_WORDS = List.of("suicide", "suicidal", "myself", "overdose", "overdosed",
            "hopeless", "worthless", "killing", "goodbye", "cutting", "pointless", "anymore", "stockpiling", "stashing",
            "saving", "sleeping", "without", "everyone", "everybody", "nobody", "burden", "better", "living", "alive",
            "voices", "relapsed", "drinking", "disappear", "forever", "hurting", "yourself", "himself", "herself",
            "themselves", "tonight", "suicidarme", "matarme", "morirme", "pastillas", "despedida", "letters");

    /**
     * Ordinary words one or two letters away from a risk word, which must never be "corrected"
     * into one ("billing" is not "killing").
     */
    private static final Set<String> KNOWN_WORDS = Set.copyOf(List.of("billing", "filling", "willing", "filing", "milling",
            "ceiling", "selling", "telling", "yelling", "spelling", "smelling", "calling", "falling", "kidding",
            "saying", "having", "paving", "waving", "raving", "craving", "shaving", "caving", "moving", "loving",
            "giving", "diving", "driving", "leaving", "living", "lining", "liking", "hiking", "sitting", "getting",
            "putting", "cutting", "hitting", "setting", "betting", "letter", "latter", "bitter", "butter", "batter",
            "better", "matter", "hoping", "helpless", "homeless", "harmless", "careless", "useless", "sleepless",
            "timeless", "seeping", "keeping", "weeping", "peeping", "sleeping", "beeping", "yourself", "ourselves",
            "himself", "herself", "itself", "myself", "drawing", "driving", "thinking", "drinking", "shrinking",
            "blinking", "linking", "sinking", "winking", "alive", "alike", "alien", "aligned", "forever", "fever",
            "clever", "whenever", "tonight", "tonights", "tomorrow", "everyone", "everybody", "nobody", "somebody",
            "anybody", "voice", "voices", "choices", "invoices", "invoice", "vices", "burden", "garden", "warden",
            "harden", "saving", "savings", "having", "without", "within", "anymore", "hurting", "hunting", "hurling",
            "stashing", "smashing", "slashing", "splashing", "stacking", "stocking", "overdue", "overdone", "pointers",
            "goodbye", "goodbyes", "letters", "settlers", "killing", "suicide", "suicidal", "relapsed", "relapse",
            "disappear", "despedida", "pastillas", "hopeless", "worthless", "pointless", "overdose", "overdosed",
            "cuttings", "matarme", "morirme", "suicidarme", "themselves", "relaxed", "collapsed", "released",
            "disappears", "disappoint", "appear", "leaving", "nothing", "something", "anything", "everything",
            "another", "either", "neither", "whether", "weather", "feather", "leather", "rather", "mother", "father",
            "brother", "bother", "voiced", "chilling", "sweeping", "slipping", "drifting", "printing", "thoughts", "bought", "brought", "fought", "sought", "taught", "caught", "thought"));

    private MessageText() {
    }

    /** The canonical form of {@code raw}. */
    public static String normalize(String raw) {
        String s = raw.toLowerCase(Locale.ROOT);
        boolean ascii = isAscii(s);
        // The regex passes below are skipped when they cannot apply: most messages are short ASCII.
        if (!ascii) {
            s = s.replace('\u2019', '\'').replace('\u2018', '\'');
            s = LAUGHTER_EMOJI.matcher(s).replaceAll(" lol ");
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        s = s.replace('`', '\'');
        if (s.contains("od") || s.contains("o.d")) {
            s = OVERDOSED.matcher(s).replaceAll(" overdosed ");
            s = OVERDOSE.matcher(s).replaceAll(" overdose ");
        }
        if (s.indexOf('\'') >= 0) {
            s = s.replace("n't", " not").replace("'m ", " am ").replace("'re ", " are ").replace("'ve ", " have ")
                    .replace("'ll ", " will ").replace("'d ", " would ");
            s = APOSTROPHE_S.matcher(s).replaceAll("$1 is");
        }
        s = CLAUSE_END.matcher(s).replaceAll(" | ");
        s = s.replace("'", "").replace('/', ' ').replace('-', ' ').replace('_', ' ');
        s = OTHER.matcher(s).replaceAll(" ");
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (String token : SPACES.split(s.strip())) {
            if (token.isEmpty()) {
                continue;
            }
            String word = canonicalWord(token);
            if (word.equals(BOUNDARY) && (out.length() == 0 || endsWithBoundary(out))) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithBoundary(StringBuilder out) {
        return out.length() > 0 && out.charAt(out.length() - 1) == '|';
    }

    private static String canonicalWord(String token) {
        String replaced = REPLACEMENTS.get(token);
        if (replaced != null) {
            return replaced;
        }
        String word = token;
        if (hasLetter(word) && hasDigit(word)) {
            word = unLeet(word);
            replaced = REPLACEMENTS.get(word);
            if (replaced != null) {
                return replaced;
            }
        }
        word = squeezeRepeats(word);
        replaced = REPLACEMENTS.get(word);
        if (replaced != null) {
            return replaced;
        }
        return correctTypo(word);
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String unLeet(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '0': sb.append('o'); break;
                case '1': sb.append('i'); break;
                case '3': sb.append('e'); break;
                case '4': sb.append('a'); break;
                case '5': sb.append('s'); break;
                case '7': sb.append('t'); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    /** "sooooo" to "soo", "diiiie" to "diie": three or more of a letter become two. */
    private static String squeezeRepeats(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            if (i >= 2 && s.charAt(i) == s.charAt(i - 1) && s.charAt(i) == s.charAt(i - 2)) {
                if (sb == null) {
                    sb = new StringBuilder(s.substring(0, i));
                }
                continue;
            }
            if (sb != null) {
                sb.append(s.charAt(i));
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * Corrects a token within one edit (six to eight letters) or two edits (nine or more) of a risk
     * word with the same first letter, unless it is an ordinary word. Short words are left alone:
     * too many neighbours.
     */
    static String correctTypo(String token) {
        int n = token.length();
        if (n < 6 || KNOWN_WORDS.contains(token) || !hasLetter(token)) {
            return token;
        }
        String best = token;
        int bestDistance = Integer.MAX_VALUE;
        for (String word : RISK_WORDS) {
            int allowed = word.length() >= 9 ? 2 : 1;
            if (word.length() < 6 || word.charAt(0) != token.charAt(0) || Math.abs(word.length() - n) > allowed) {
                continue;
            }
            int d = EditDistance.within(token, word, allowed);
            if (d >= 0 && d < bestDistance) {
                best = word;
                bestDistance = d;
            }
        }
        return best;
    }

    private static Map<String, String> replacements() {
        Map<String, String> m = new HashMap<>();
        String[][] pairs = {
            // negations written without an apostrophe
            {"dont", "do not"}, {"cant", "can not"}, {"cannot", "can not"}, {"wont", "will not"},
            {"isnt", "is not"}, {"arent", "are not"}, {"wasnt", "was not"}, {"werent", "were not"},
            {"didnt", "did not"}, {"doesnt", "does not"}, {"wouldnt", "would not"}, {"couldnt", "could not"},
            {"shouldnt", "should not"}, {"havent", "have not"}, {"hasnt", "has not"}, {"aint", "is not"},
            {"2", "to"}, {"4", "for"}, {"ca", "can"}, {"wo", "will"}, {"im", "i am"}, {"ive", "i have"}, {"youre", "you are"},
            {"theyre", "they are"}, {"thats", "that is"}, {"whats", "what is"}, {"theres", "there is"},
            {"itll", "it will"}, {"noone", "no one"},
            // texting shorthand
            {"u", "you"}, {"ur", "your"}, {"r", "are"}, {"ya", "you"}, {"wanna", "want to"}, {"gonna", "going to"},
            {"tryna", "trying to"}, {"gotta", "got to"}, {"rn", "right now"}, {"tn", "tonight"},
            {"tonite", "tonight"}, {"2nite", "tonight"}, {"2night", "tonight"}, {"2day", "today"},
            {"2morrow", "tomorrow"}, {"tmrw", "tomorrow"}, {"tmr", "tomorrow"}, {"tomorow", "tomorrow"},
            {"pls", "please"}, {"plz", "please"}, {"bc", "because"}, {"cuz", "because"}, {"coz", "because"},
            {"abt", "about"}, {"ppl", "people"}, {"some1", "someone"}, {"any1", "anyone"}, {"every1", "everyone"},
            {"no1", "no one"}, {"idk", "i do not know"}, {"thx", "thanks"}, {"appt", "appointment"},
            {"appts", "appointments"}, {"resched", "reschedule"}, {"w", "with"}, {"beter", "better"}, {"bettr", "better"},
            {"anymor", "anymore"}, {"nomore", "no more"}, {"meds", "medication"}, {"pils", "pills"},
            // crisis slang
            {"kms", "kill myself"}, {"kys", "kill yourself"}, {"ctb", "kill myself"}, {"unalive", "kill"},
            {"unalived", "killed"}, {"unaliving", "killing"}, {"sewerslide", "suicide"}, {"suicde", "suicide"},
            {"sucide", "suicide"}, {"suiside", "suicide"}, {"sh", "self harm"}, {"selfharm", "self harm"},
            {"selfharming", "self harming"}, {"selfdelete", "kill myself"}, {"sui", "suicide"},
            {"tbh", "to be honest"}, {"ngl", "not going to lie"}, {"lmao", "lol"}, {"lmfao", "lol"}, {"rofl", "lol"},
            {"haha", "lol"}, {"hahaha", "lol"}, {"jk", "lol"}, {"jaja", "lol"}, {"jajaja", "lol"},
        };
        for (String[] p : pairs) {
            m.put(p[0], p[1]);
        }
        return Map.copyOf(m);
    }
}
