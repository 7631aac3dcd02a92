package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.AUX;
import static org.practicekit.llm.phi.internal.Lexicon.CLINICAL;
import static org.practicekit.llm.phi.internal.Lexicon.COLLECTIVE;
import static org.practicekit.llm.phi.internal.Lexicon.CONTACT;
import static org.practicekit.llm.phi.internal.Lexicon.HOLIDAY;
import static org.practicekit.llm.phi.internal.Lexicon.KIN;
import static org.practicekit.llm.phi.internal.Lexicon.MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.NAMING;
import static org.practicekit.llm.phi.internal.Lexicon.NUMBER_WORD;
import static org.practicekit.llm.phi.internal.Lexicon.PERSON_NOUN;
import static org.practicekit.llm.phi.internal.Lexicon.PET;
import static org.practicekit.llm.phi.internal.Lexicon.SLANG;
import static org.practicekit.llm.phi.internal.Lexicon.SPEECH_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.STATE;
import static org.practicekit.llm.phi.internal.Lexicon.STOP;
import static org.practicekit.llm.phi.internal.Lexicon.TITLE;
import static org.practicekit.llm.phi.internal.Lexicon.UNIT_OF_MEASURE;
import static org.practicekit.llm.phi.internal.Lexicon.WEEKDAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.practicekit.core.text.WordList;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * People introduced by a cue that is no relation before the name (round 35): the speaker naming themself ("this is
 * Marisol, returning your call", "it's coco btw", "soy Fer", "em là Trâm"), a sign-off at a message's end
 * ("- Pascal", "atte chayo", "see you then, Hunter"), an age or pronouns right after the name ("Angel, 7, and her
 * sister", "Destiny (15)", "River (they/them)"), the value of a field whose label names a person's role ("guardian -
 * Destiny W.", "Caller: Crystal, sister"), a kin word or title of address in the clients' languages ("Kuya Jun",
 * "Babcia Halina"; the title stays), the associative plural of speech ("Tank and them"), a doubled nickname
 * ("Man-man got suspended") and a title with its period before a name in lower case ("ms. patterson"). Each slot is
 * one only a person fills, so what it finds is joined in last, past the public readings (a film's "Coco", a
 * mathematician's "Pascal", a drug's "Yasmin"); the word itself must still read as a name: a given name of the SSA
 * files (in the weaker slots one English does not mostly speak as a word), or a word no dictionary knows, never a
 * function word, a relation, a role, a day, a holiday or clinical vocabulary. Stateless and thread-safe.
 */
final class PeopleCues {
    /** Never the name in these slots: function words, relations and roles, days and measures, shorthand, verbs. */
    private static final long NEVER = STOP | KIN | PERSON_NOUN | COLLECTIVE | PET | WEEKDAY | HOLIDAY | STATE | CLINICAL
            | UNIT_OF_MEASURE | SLANG | NUMBER_WORD | TITLE | NAMING | CONTACT | SPEECH_VERB;

    /** What opens a message before the speaker names themself: greetings, hesitations, an apology. */
    private static final Set<String> GREETINGS = WordSet.of("hi", "hey", "hello", "hiya", "heya", "yo", "ok", "okay",
            "sorry", "so", "um", "uh", "oh", "morning", "afternoon", "evening", "hola", "buenas", "buenos", "dias",
            "días", "oye", "ay", "again", "yes", "yeah", "ya", "hii", "heyy", "hiii", "heyyy");
    /** Words after the speaker's name that keep it the speaker: where they call from, why, that it is them again. */
    private static final Set<String> SPEAKER_TAIL = WordSet.of("from", "here", "again", "btw", "calling", "returning",
            "speaking", "lol", "lmao", "haha", "checking", "with", "el", "la", "del", "de");
    /** The tail that leaves no doubt even for a month's name: "it's April from the front desk". */
    private static final Set<String> CALLER_TAIL = WordSet.of("from", "here", "calling", "returning", "speaking",
            "checking", "with");
    /** Words that close a message before the writer's name. */
    private static final Set<String> SIGN_OFFS = WordSet.of("thanks", "thank", "thx", "ty", "tysm", "love", "xoxo",
            "xo", "cheers", "best", "sincerely", "warmly", "regards", "respectfully", "atte", "att", "atentamente",
            "saludos", "gracias", "besos", "hugs", "blessings", "bendiciones", "peace", "later", "bye", "cordially",
            "gratefully", "obrigada", "obrigado", "merci");
    /** Words of speech that stand where a name would and are none: address, oaths, chat shorthand. */
    private static final Set<String> NOT_NAMES = WordSet.of("doc", "sir", "babe", "bae", "madam", "maam", "boss",
            "chief", "hun", "hon", "dear", "darling", "sweetie", "kiddo", "buddy", "pal", "mister", "team", "everyone",
            "all", "guys", "yall", "jesus", "christ", "god", "lord", "gosh", "geez", "jeez", "man", "dude", "bro",
            "girl", "boy", "lol", "lmao", "haha", "omg", "idk", "tho", "btw", "pls", "plz", "ok", "okay", "k", "sm",
            "rn", "ur", "u", "ya", "yo", "hi", "hey", "bye", "xo", "xoxo", "me", "mi", "ni", "amen", "anon",
            "anonymous", "staff", "admin", "intake", "reception", "frontdesk", "billing", "office", "unknown", "none",
            "self", "na", "tbd", "pending", "declined", "deceased", "same", "yes", "no", "uh", "um", "thanks", "thx",
            "ty", "love");
    /** Labels of a field whose value is a person (a relation's word is one too: "Mother: ..."). */
    private static final Set<String> PERSON_FIELDS = WordSet.of("contact", "caller", "guardian", "collateral",
            "informant", "sponsor", "supervisor", "manager", "worker", "caseworker", "therapist", "psychiatrist",
            "prescriber", "pcp", "poa", "attorney", "officer", "po", "teacher", "counselor", "by", "referral", "source",
            "attendees", "present", "interpreter", "advocate", "mentor", "provider", "clinician", "parents", "parent",
            "spouse", "partner", "emergency", "kin", "witness", "name");
    /** The pronoun sets written after a name: "(they/them)", "(she/her)". */
    private static final Set<String> PRONOUNS = WordSet.of("she", "he", "they", "xe", "ze", "her", "him", "them",
            "hers", "his", "theirs", "it", "any", "xem", "zir", "ey", "em");
    /** Vietnamese words before "là" when the writer gives their own name: "em là Trâm", "tên tôi là ...". */
    private static final Set<String> VIETNAMESE_SELF = WordSet.of("em", "con", "tôi", "toi", "mình", "minh", "cháu",
            "chau", "anh", "chị", "chi", "tên", "ten");

    /**
     * Kin words and titles of address, in the clients' languages too, that stand before a name as part of how a
     * person is called ("Kuya Jun", "Babcia Halina", "Auntie Abena", "Deacon Rich"): the title stays, the name goes.
     */
    private static final Set<String> HONORIFICS = WordSet.of("kuya", "ate", "tita", "tito", "lola", "lolo", "manang",
            "manong", "tía", "tia", "tío", "tio", "abuela", "abuelo", "abuelita", "abuelito", "nonna", "nonno",
            "babcia", "dziadek", "ciocia", "wujek", "baba", "bibi", "nani", "nana", "dadi", "dada", "chacha", "chachi",
            "mama", "papa", "mami", "papi", "tata", "yaya", "auntie", "aunty", "aunt", "uncle", "unc", "granny",
            "grandma", "grandpa", "nan", "gran", "pop", "pops", "oma", "opa", "bubbe", "zayde", "ammi", "amma", "appa",
            "halmoni", "bà", "ông", "cô", "chú", "dì", "pastor", "deacon", "elder", "bishop", "sensei", "imam", "rabbi",
            "coach", "sheikh", "reverend", "minister", "apostle", "prophet", "evangelist", "prophetess", "ustadh",
            "ustaz", "hajji", "hajja");
    /** Words of size before a nickname ("Big Lonzo", "Lil Dre"): only a name that is no everyday word follows them. */
    private static final Set<String> SIZE_WORDS = WordSet.of("big", "lil", "little", "young", "old");

    private final WordTable lex;
    private final WordList english;

    PeopleCues(WordTable lex, WordList english) {
        this.lex = lex;
        this.english = english;
    }

    /** NAME spans of {@code text} that these slots make a person (ordered, non-overlapping). */
    List<PhiSpan> spans(String text) {
        int n = text.length();
        if (n < 4) {
            return List.of();
        }
        int[] ws = new int[16];
        int[] we = new int[16];
        int count = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = text.indexOf(']', i);
                if (close > i && close - i < 24) {
                    // a placeholder is a word of its own that is never a name here
                    if (count == ws.length) {
                        ws = java.util.Arrays.copyOf(ws, count * 2);
                        we = java.util.Arrays.copyOf(we, count * 2);
                    }
                    ws[count] = i;
                    we[count] = close + 1;
                    count++;
                    i = close + 1;
                    continue;
                }
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < n) {
                char d = text.charAt(e);
                if (Character.isLetterOrDigit(d) || (d == '\'' || d == '\u2019' || d == '-') && e + 1 < n
                        && Character.isLetter(text.charAt(e + 1))) {
                    e++;
                } else {
                    break;
                }
            }
            if (count == ws.length) {
                ws = java.util.Arrays.copyOf(ws, count * 2);
                we = java.util.Arrays.copyOf(we, count * 2);
            }
            ws[count] = i;
            we[count] = e;
            count++;
            i = e;
        }
        List<PhiSpan> out = new ArrayList<>(0);
        for (int t = 0; t < count; t++) {
            int s = ws[t];
            int e = we[t];
            char c = text.charAt(s);
            if (c == '[') {
                continue;
            }
            int name = -1;
            if (c == 'i' || c == 'I' || c == 't' || c == 'T' || c == 'n' || c == 'N' || c == 's' || c == 'S'
                    || c == 'l' || c == 'L' || c == 'm' || c == 'M') {
                name = speaker(text, ws, we, count, t);
            }
            if (name < 0 && c == 'l' && e - s == 2 && text.startsWith("là", s) && t > 0 && t + 1 < count
                    && WordSet.containsLower(VIETNAMESE_SELF, text, ws[t - 1], we[t - 1])
                    && Character.isUpperCase(text.charAt(ws[t + 1])) && only(text, e, ws[t + 1], ' ')) {
                name = t + 1; // "em là Trâm": the writer's own name in Vietnamese
            }
            if (name < 0 && Character.isUpperCase(c) && t + 1 < count) {
                name = apposition(text, ws, we, count, t) ? t : -1;
            }
            if (name < 0 && t + 2 < count && wordIs(text, ws[t + 2], we[t + 2], "them", "dem")
                    && (wordIs(text, ws[t + 1], we[t + 1], "and", "n", "an"))) {
                name = associativePlural(text, ws, we, t) ? t : -1;
            }
            if (name < 0 && t + 1 < count && e < n && text.charAt(e) == '.' && e - s <= 3
                    && wordIs(text, s, e, "mr", "mrs", "ms", "mx") && only(text, e + 1, ws[t + 1], ' ')
                    && e + 1 < ws[t + 1] && Character.isLowerCase(text.charAt(ws[t + 1]))
                    && lowerSurname(text, ws[t + 1], we[t + 1])) {
                name = t + 1; // "ms. patterson says": a title with its period always stands before a name
            }
            if (name < 0 && Character.isUpperCase(c) && t + 1 < count && only(text, e, ws[t + 1], ' ') && e < ws[t + 1]
                    && Character.isUpperCase(text.charAt(ws[t + 1])) && honoredName(text, ws, we, t)) {
                name = t + 1; // "Kuya Jun", "Babcia Halina": the title stays, the name goes
            }
            if (name < 0 && Character.isUpperCase(c) && reduplicated(text, s, e) && t + 1 < count
                    && opensMessage(text, ws, we, t) && (lex.get(text, ws[t + 1], we[t + 1]) & SPEECH_VERB) != 0) {
                name = t; // "Man-man got suspended": a doubled word is what a family calls a child
            }
            if (name < 0 && Character.isUpperCase(c) && field(text, ws, we, count, t)) {
                name = t;
            }
            if (name >= 0) {
                add(out, text, ws, we, count, name);
                t = Math.max(t, name);
            }
        }
        int last = signOff(text, ws, we, count);
        if (last >= 0 && (out.isEmpty() || out.get(out.size() - 1).end() <= ws[last])) {
            add(out, text, ws, we, count, last);
        }
        return out;
    }

    /** The name at word {@code t} and a surname or an initial after it ("Dagny Solberg", "Destiny W."). */
    private void add(List<PhiSpan> out, String text, int[] ws, int[] we, int count, int t) {
        int end = we[t];
        if (Character.isUpperCase(text.charAt(ws[t])) && t + 1 < count && only(text, we[t], ws[t + 1], ' ')
                && we[t] < ws[t + 1] && Character.isUpperCase(text.charAt(ws[t + 1]))) {
            int s2 = ws[t + 1];
            int e2 = we[t + 1];
            if (e2 - s2 == 1 && e2 < text.length() && text.charAt(e2) == '.') {
                end = e2 + 1; // an initial: "Destiny W."
            } else if (e2 - s2 >= 2 && !allCaps(text, s2, e2) && (lex.get(text, s2, e2) & NEVER) == 0
                    && !english.isCommonWord(text, s2, e2)) {
                end = e2;
            }
        }
        if (out.isEmpty() || out.get(out.size() - 1).end() <= ws[t]) {
            out.add(new PhiSpan(ws[t], end, PhiCategory.NAME, 0.6));
        }
    }

    /**
     * "this is Marisol", "it's coco btw", "i'm june lol", "my name's thuy", "soy Fer": the speaker's own name after a
     * frame that opens the message, a sentence or a greeting. Returns the name's word index or -1.
     */
    private int speaker(String text, int[] ws, int[] we, int count, int t) {
        int s = ws[t];
        int e = we[t];
        int next; // index of the word after the frame
        int frameStart = t;
        boolean strong; // a frame only a name completes: "my name is", "soy", "me llamo"
        boolean firstPerson;
        if (wordIs(text, s, e, "it's", "its", "it\u2019s", "im", "i'm", "i\u2019m")) {
            next = t + 1;
            strong = false;
            firstPerson = wordIs(text, s, e, "im", "i'm", "i\u2019m");
        } else if (t + 1 < count && wordIs(text, s, e, "this", "it") && wordIs(text, ws[t + 1], we[t + 1], "is")) {
            next = t + 2;
            strong = false;
            firstPerson = false;
        } else if (t + 1 < count && wordIs(text, s, e, "i") && wordIs(text, ws[t + 1], we[t + 1], "am")) {
            next = t + 2;
            strong = false;
            firstPerson = true;
        } else if (t > 0 && wordIs(text, s, e, "name's", "names", "name\u2019s")
                && wordIs(text, ws[t - 1], we[t - 1], "my")) {
            next = t + 1;
            strong = true;
            firstPerson = true;
            frameStart = t - 1;
        } else if (t > 0 && t + 1 < count && wordIs(text, s, e, "name") && wordIs(text, ws[t - 1], we[t - 1], "my")
                && wordIs(text, ws[t + 1], we[t + 1], "is")) {
            next = t + 2;
            strong = true;
            firstPerson = true;
            frameStart = t - 1;
        } else if (wordIs(text, s, e, "soy") || t > 0 && wordIs(text, s, e, "llamo")
                && wordIs(text, ws[t - 1], we[t - 1], "me")) {
            next = t + 1;
            strong = true;
            firstPerson = true;
            frameStart = wordIs(text, s, e, "soy") ? t : t - 1;
        } else {
            return -1;
        }
        if (!opensMessage(text, ws, we, frameStart)) {
            return -1;
        }
        // a hesitation between the frame and the name: "hey its uh sky"
        while (next < count && wordIs(text, ws[next], we[next], "uh", "um", "umm", "er")) {
            next++;
        }
        if (next >= count || text.charAt(ws[next]) == '[') {
            return -1;
        }
        int prevEnd = next == t + 1 ? we[t] : we[next - 1];
        if (!only(text, prevEnd, ws[next], ' ') || ws[next] == prevEnd) {
            return -1;
        }
        int ns = ws[next];
        int ne = we[next];
        boolean upper = Character.isUpperCase(text.charAt(ns));
        int tailStart = next + 1;
        if (upper && tailStart < count && Character.isUpperCase(text.charAt(ws[tailStart]))
                && only(text, ne, ws[tailStart], ' ')) {
            long sf = lex.get(text, ws[tailStart], we[tailStart]);
            if ((sf & Lexicon.SURNAME) == 0 && (english.isCommonWord(text, ws[tailStart], we[tailStart])
                    || (sf & (Lexicon.PUBLIC | Lexicon.ORG_SUFFIX | Lexicon.EMPLOYER | Lexicon.STORE)) != 0)) {
                return -1; // "This is Lincoln Financial calling": a company speaks, not a person
            }
            tailStart++; // a surname after the given name: "Dagny Solberg, please leave"
        }
        int tailFrom = tailStart == next + 1 ? ne : we[tailStart - 1];
        boolean ends = endsHere(text, tailFrom);
        boolean tailWord = tailStart < count && only(text, tailFrom, ws[tailStart], ' ')
                && WordSet.containsLower(SPEAKER_TAIL, text, ws[tailStart], we[tailStart]);
        boolean callerTail = tailStart < count && only(text, tailFrom, ws[tailStart], ' ')
                && WordSet.containsLower(CALLER_TAIL, text, ws[tailStart], we[tailStart]);
        long f = lex.get(text, ns, ne);
        if ((f & MONTH) != 0 && !(callerTail || firstPerson && !wordIs(text, ns, ne, "may", "march"))) {
            return -1; // "it's April, and I still haven't filed": the month, unless the speaker calls from somewhere
        }
        f &= ~MONTH; // "i'm june lol": past that test a month's name is the speaker's
        if (strong) {
            // "my name's thuy", "soy Fer": the frame says a name follows; Spanish adjectives after "soy" are words
            boolean spanishWord = wordIs(text, s, e, "soy", "llamo") && WordList.spanish().isCommonWord(text, ns, ne);
            if (upper && wordIs(text, s, e, "soy", "llamo") && (f & NEVER & ~STOP) == 0 && !allCaps(text, ns, ne)) {
                return next; // "soy Fer": Spanish writes its adjectives and nationalities in lower case
            }
            return !spanishWord && nameWord(text, ns, ne, f, true, false) ? next : -1;
        }
        if (upper) {
            return (ends || tailWord || text.charAt(tailFrom) == ' ' && firstPerson)
                    && nameWord(text, ns, ne, f, false, false) ? next : -1;
        }
        // in lower case only a given name, and only where the words after keep it the speaker
        return (ends || tailWord) && NameTokens.givenNameAnywhere(text, ns, ne)
                && nameWord(text, ns, ne, f, false, false) ? next : -1;
    }

    /** The frame at word {@code t} opens the message or a sentence, or follows a greeting ("hey hey it's ..."). */
    private static boolean opensMessage(String text, int[] ws, int[] we, int t) {
        int p = t;
        while (true) {
            int before = ws[p] - 1;
            while (before >= 0 && text.charAt(before) == ' ') {
                before--;
            }
            if (before < 0) {
                return true;
            }
            char b = text.charAt(before);
            if (b == '.' || b == '!' || b == '?' || b == ':' || b == '"' || b == '\u201c' || b == '\n' || b == ';'
                    || b == '(' || b == '\u2014' || b == '\u2013') {
                return true;
            }
            if (p == 0 || !(b == ',' || Character.isLetter(b)) || !WordSet.containsLower(GREETINGS, text, ws[p - 1],
                    we[p - 1])) {
                return false;
            }
            p--;
        }
    }

    /**
     * The writer's name at the message's end: after a dash ("- Pascal"), a word of closing ("thx, Sunniva", "atte
     * chayo"), a comma of address ("see you next week, Hunter"), or alone after the last sentence ("can we shift?
     * Saga"). Returns the name's first word index or -1.
     */
    private int signOff(String text, int[] ws, int[] we, int count) {
        if (count < 2) {
            return -1;
        }
        int t = count - 1;
        if (!endsHere(text, we[t])) {
            return -1;
        }
        if (t >= 1 && Character.isUpperCase(text.charAt(ws[t])) && Character.isUpperCase(text.charAt(ws[t - 1]))
                && only(text, we[t - 1], ws[t], ' ') && we[t - 1] < ws[t]) {
            t--; // a given name and a surname: "Wojciech Nowak"
        }
        if (t < 1 || text.charAt(ws[t]) == '[') {
            return -1;
        }
        int s = ws[t];
        int e = we[t];
        long f = lex.get(text, s, e);
        if ((f & MONTH) != 0) {
            return -1;
        }
        boolean upper = Character.isUpperCase(text.charAt(s));
        // what stands between the word before and the name
        int gapStart = we[t - 1];
        boolean dash = false;
        boolean comma = false;
        boolean stop = false;
        for (int k = gapStart; k < s; k++) {
            char g = text.charAt(k);
            if (g == '-' || g == '\u2013' || g == '\u2014' || g == '~') {
                dash = true;
            } else if (g == ',') {
                comma = true;
            } else if (g == '.' || g == '!' || g == '?') {
                stop = true;
            } else if (g != ' ' && g != '\n' && !Character.isSurrogate(g) && Character.isLetterOrDigit(g)) {
                return -1;
            }
        }
        boolean closing = WordSet.containsLower(SIGN_OFFS, text, ws[t - 1], we[t - 1]);
        if (dash && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '-') && gapStart < s - 1
                || closing && (comma || stop || text.charAt(gapStart) == ' ')) {
            if (upper) {
                return nameWord(text, s, e, f, false, true) ? t : -1;
            }
            // "atte chayo", "ty!! kalani": a lower-case word no dictionary knows, or a given name
            return e - s >= 3 && nameWord(text, s, e, f, true, false) ? t : -1;
        }
        if (closedInBracket(text, we[count - 1]) || allCaps(text, ws[t - 1], we[t - 1])
                || wordIs(text, ws[t - 1], we[t - 1], "dr", "mr", "mrs", "ms", "mx", "st", "jr", "sr", "vs", "prof")
                || (lex.get(text, ws[t - 1], we[t - 1]) & TITLE) != 0) {
            return -1; // "([[EFT]], Sue Johnson)", "like Dr. Phil.": a citation or a title, not a message's close
        }
        if (upper && comma && NameTokens.givenNameAnywhere(text, s, e) && nameWord(text, s, e, f, false, true)) {
            return t; // "see you next week, Hunter": the person addressed as the message closes
        }
        if (upper && stop && !comma && t == count - 1 && NameTokens.givenNameAnywhere(text, s, e)
                && (f & (Lexicon.PUBLIC | Lexicon.EPONYM)) == 0 && nameWord(text, s, e, f, false, false)) {
            return t; // "can we shift? Saga": a given name alone after the last sentence
        }
        return -1;
    }

    /** A closing bracket or quote after the text's last word: the last words are inside something, not a close. */
    private static boolean closedInBracket(String text, int k) {
        for (int j = k; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == ')' || c == ']' || c == '"' || c == '\u201d') {
                return true;
            }
        }
        return false;
    }

    /** "Angel, 7, and", "Destiny (15)", "River (they/them)", "Bear (her ex)": an age, pronouns or a relation after. */
    private boolean apposition(String text, int[] ws, int[] we, int count, int t) {
        int s = ws[t];
        int e = we[t];
        int n = text.length();
        if (e >= n || e - s < 2 || allCaps(text, s, e) || t > 0 && determiner(text, ws[t - 1], we[t - 1])) {
            return false;
        }
        int k = e;
        boolean paren;
        if (text.startsWith(" (", k)) {
            paren = true;
            k += 2;
        } else if (text.startsWith(", ", k)) {
            paren = false;
            k += 2;
        } else {
            return false;
        }
        int d = k;
        while (d < n && Character.isDigit(text.charAt(d))) {
            d++;
        }
        boolean fits;
        if (d > k) {
            // an age: one or two digits, then the bracket's or the apposition's close
            fits = d - k <= 2 && d < n && (paren ? text.charAt(d) == ')' || text.charAt(d) == ','
                    : text.charAt(d) == ',' || text.startsWith(" and ", d) || text.startsWith(" y ", d));
        } else if (paren) {
            int w = t + 1;
            if (w >= count || ws[w] != k) {
                return false;
            }
            int a = ws[w];
            int b = we[w];
            if (WordSet.containsLower(PRONOUNS, text, a, b) && b < n && text.charAt(b) == '/') {
                fits = true; // "(they/them)", "(she/her)"
            } else {
                if (wordIs(text, a, b, "my", "her", "his", "their", "client's", "pt's") && w + 1 < count) {
                    w++;
                    a = ws[w];
                    b = we[w];
                }
                fits = (lex.get(text, a, b) & KIN) != 0 && b < n && (text.charAt(b) == ')' || text.charAt(b) == ',');
            }
        } else {
            fits = text.startsWith("age ", k) && k + 4 < n && Character.isDigit(text.charAt(k + 4));
        }
        if (!fits) {
            return false;
        }
        long f = lex.get(text, s, e);
        // a given name here even if English also speaks it as a word: no thing has an age or pronouns
        return nameWord(text, s, e, f, false, true);
    }

    /** "Tank and them were", "pookie n them": the associative plural of speech names its first member. */
    private boolean associativePlural(String text, int[] ws, int[] we, int t) {
        int s = ws[t];
        int e = we[t];
        if (e - s < 2 || allCaps(text, s, e) || t > 0 && determiner(text, ws[t - 1], we[t - 1])
                || !only(text, e, ws[t + 1], ' ') || !only(text, we[t + 1], ws[t + 2], ' ')) {
            return false;
        }
        long f = lex.get(text, s, e);
        if ((f & (NEVER | MONTH | AUX)) != 0 || WordSet.containsLower(NOT_NAMES, text, s, e)) {
            return false;
        }
        return Character.isUpperCase(text.charAt(s)) ? !allCaps(text, s, e)
                : NameTokens.givenNameAnywhere(text, s, e) || !english.isCommonWord(text, s, e);
    }

    /** The word after the kin word or title at {@code t} is a name, and the two are no public phrase ("Uncle Sam"). */
    private boolean honoredName(String text, int[] ws, int[] we, int t) {
        boolean size = WordSet.containsLower(SIZE_WORDS, text, ws[t], we[t]);
        if (!size && !WordSet.containsLower(HONORIFICS, text, ws[t], we[t])) {
            return false;
        }
        int s = ws[t + 1];
        int e = we[t + 1];
        if ((lex.get(text, ws[t], e) & (Lexicon.VOCABULARY | Lexicon.STORE | Lexicon.TEAM)) != 0) {
            return false; // "Uncle Sam", "Big Ben", "Lil Wayne": a listed phrase
        }
        long f = lex.get(text, s, e) & ~MONTH; // "Kuya Jun": no month follows a title
        return nameWord(text, s, e, f, false, !size);
    }

    /** "Man-man", "Boo-Boo": one word written twice with a hyphen. */
    private static boolean reduplicated(String text, int s, int e) {
        int len = e - s;
        if (len < 5 || len % 2 == 0 || text.charAt(s + len / 2) != '-') {
            return false;
        }
        int half = len / 2;
        if (!text.regionMatches(true, s, text, s + half + 1, half)) {
            return false;
        }
        String w = text.substring(s, s + half).toLowerCase(java.util.Locale.ROOT);
        return !w.equals("bye") && !w.equals("night") && !w.equals("knock") && !w.equals("ha") && !w.equals("so")
                && !w.equals("yo") && !w.equals("choo") && !w.equals("hush") && !w.equals("tut");
    }

    /** A lower-case word after "ms." that reads as a surname: a listed name or a word English does not know. */
    private boolean lowerSurname(String text, int s, int e) {
        long f = lex.get(text, s, e);
        if (e - s < 2 || (f & (NEVER | MONTH | AUX)) != 0 && (f & (Lexicon.SURNAME | Lexicon.FIRST)) == 0) {
            return false;
        }
        return (f & (Lexicon.SURNAME | Lexicon.FIRST)) != 0 || !english.isCommonWord(text, s, e);
    }

    /**
     * "guardian - Destiny W.", "Caller: Crystal, sister", "Referred by: Ms. Goodwin": the value of a field whose
     * label names a person's role or relation, read up to the next punctuation.
     */
    private boolean field(String text, int[] ws, int[] we, int count, int t) {
        if (t == 0) {
            return false;
        }
        int s = ws[t];
        int e = we[t];
        int p = t - 1;
        // a title between the label and the name: "Referred by: Ms. Goodwin" (the title stays)
        if (we[p] + 2 == s && text.charAt(we[p]) == '.' && text.charAt(we[p] + 1) == ' ' && p > 0
                && wordIs(text, ws[p], we[p], "dr", "mr", "mrs", "ms", "mx")) {
            p--;
            s = ws[p + 1];
        }
        // the separator: a colon, an equals sign or a dash with a blank before it, and blanks around
        int k = we[p];
        boolean blankBefore = k < s && text.charAt(k) == ' ';
        while (k < s && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= s) {
            return false;
        }
        char sep = text.charAt(k);
        if (!(sep == ':' || sep == '=' || sep == '\u2013' || sep == '\u2014' || sep == '-' && blankBefore)
                || !only(text, k + 1, s, ' ')) {
            return false;
        }
        s = ws[t];
        long lf = lex.get(text, ws[p], we[p]);
        if ((lf & KIN) == 0 && !WordSet.containsLower(PERSON_FIELDS, text, ws[p], we[p])) {
            return false;
        }
        if (wordIs(text, ws[p], we[p], "by") && !(p > 0 && wordIs(text, ws[p - 1], we[p - 1], "referred"))) {
            return false;
        }
        if (e - s < 2 || allCaps(text, s, e)) {
            return false;
        }
        long f = lex.get(text, s, e);
        if ((f & MONTH) != 0) {
            return false;
        }
        return nameWord(text, s, e, f, false, true);
    }

    /**
     * The word reads as a name: a given name English does not mostly speak as a word (with {@code anyGiven}, any given
     * name: the slot leaves no other reading), a capitalized word no dictionary knows, or (with {@code unknownLower}) a
     * lower-case word that neither English nor Spanish knows. A given name's other readings as a drug or a common
     * word do not count here ("this is yasmin"); a relation, a role, a day or a month's name always does.
     */
    private boolean nameWord(String text, int s, int e, long f, boolean unknownLower, boolean anyGiven) {
        if (e - s < 2 || allCaps(text, s, e) || WordSet.containsLower(NOT_NAMES, text, s, e)) {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        if (NameTokens.givenNameAnywhere(text, s, e)) {
            return (f & (NEVER | AUX | MONTH) & ~(STOP | CLINICAL | STATE)) == 0
                    && (anyGiven || GivenWordUse.rareAsWord(text, s, e, english));
        }
        if ((f & NEVER) != 0) {
            return false;
        }
        if (Character.isUpperCase(text.charAt(s))) {
            return !english.isCommonWord(text, s, e) && (f & (Lexicon.PUBLIC | Lexicon.EPONYM)) == 0;
        }
        return unknownLower && e - s >= 3 && !english.isCommonWord(text, s, e)
                && !WordList.spanish().isCommonWord(text, s, e) && (f & (Lexicon.PUBLIC | Lexicon.EPONYM)) == 0;
    }

    /** Nothing but closing marks, emoji or blanks from {@code k} to the text's end, or a clause's punctuation next. */
    private static boolean endsHere(String text, int k) {
        int n = text.length();
        if (k >= n) {
            return true;
        }
        char c = text.charAt(k);
        if (c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ')' || c == '\u2014' || c == '\u2013'
                || c == '"' || c == '\u201d') {
            return true;
        }
        for (int j = k; j < n; j++) {
            char d = text.charAt(j);
            if (Character.isLetterOrDigit(d)) {
                return false;
            }
        }
        return true;
    }

    private static boolean only(String text, int from, int to, char c) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != c) {
                return false;
            }
        }
        return true;
    }

    private static boolean determiner(String text, int s, int e) {
        return wordIs(text, s, e, "a", "an", "the", "this", "that", "my", "your", "our", "his", "her", "their", "no",
                "any", "some", "every", "each");
    }

    private static boolean allCaps(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordIs(String text, int s, int e, String... words) {
        for (String w : words) {
            if (w.length() == e - s && text.regionMatches(true, s, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }
}
