package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.AUX;
import static org.practicekit.llm.phi.internal.Lexicon.CITY;
import static org.practicekit.llm.phi.internal.Lexicon.CLINICAL;
import static org.practicekit.llm.phi.internal.Lexicon.COLLECTIVE;
import static org.practicekit.llm.phi.internal.Lexicon.CONTACT;
import static org.practicekit.llm.phi.internal.Lexicon.FIRST;
import static org.practicekit.llm.phi.internal.Lexicon.HUMAN_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.KIN;
import static org.practicekit.llm.phi.internal.Lexicon.PERSON_NOUN;
import static org.practicekit.llm.phi.internal.Lexicon.SPEECH_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.STATE;
import static org.practicekit.llm.phi.internal.Lexicon.SURNAME;
import static org.practicekit.llm.phi.internal.ResidualCheck.lettersEnd;
import static org.practicekit.llm.phi.internal.ResidualCheck.skipBlanks;
import static org.practicekit.llm.phi.internal.ResidualCheck.wordIs;

import java.util.Locale;
import java.util.Set;
import org.practicekit.core.text.WordList;

/**
 * What the sentence says after a word that only a person can be said to do or be, and the shapes people's names
 * take in notes and messages, for {@link PersonSlots}: the subject of a person's predicate ("Major threatened her",
 * "Summer is the only one who knows", "Patience was late again", "Rose from church checks on me", "Tuesday says
 * hi"), the object of "talked to", a bare initial as a person ("talked to J"), nicknames ("ray ray", "lil mo", "big
 * mike") and a name written surname first in capitals ("PHAM, KHANH"). Each reading is structural: the same words as
 * a season, a month, a virtue or a verb ("winter is the hardest", "I hope", "talked to my boss about April") stay.
 */
final class PersonPredicates {
    /** Verbs a person is the object of through "to": "talked to april", "apologized to will". */
    private static final Set<String> TO_VERBS = WordSet.of("talked", "talk", "talking", "talks", "spoke", "speak",
            "speaking", "apologized", "apologize", "apologised", "lied", "lie", "lying", "listened", "listen", "vented",
            "vent", "venting", "wrote", "write", "writing", "explained", "complained", "opened", "mean", "nice", "rude",
            "engaged", "married", "close", "reached", "reaching", "confessed", "admitted", "introduced", "replied",
            "responded", "yelled", "screamed");
    /** States and moods only a person is in: "Patience was late again", "Grace is pregnant". */
    private static final Set<String> PERSON_STATES = WordSet.of("drunk", "high", "sober", "pregnant", "angry", "mad",
            "upset", "pissed", "jealous", "mean", "rude", "late", "sorry", "scared", "afraid", "proud", "nervous",
            "annoyed", "crying", "furious", "worried", "married", "engaged", "divorced", "arrested", "jailed", "abusive",
            "violent", "hospitalized", "suicidal", "lying", "cheating", "texting", "yelling", "screaming", "supportive",
            "controlling", "sick", "deployed", "incarcerated", "sentenced", "evicted", "fired", "expelled", "released",
            "stationed", "overdosing", "relapsing");
    /** What happens only to a person, said right after them: "Symphony relapsed", "Rebel dropped out". */
    private static final Set<String> PERSON_EVENTS = WordSet.of("relapsed", "overdosed", "od'd", "graduated", "enlisted",
            "died", "proposed", "cheated", "apologized", "testified", "confessed", "snitched", "ghosted", "vaped",
            "deployed", "reenlisted", "eloped", "flaked", "bailed", "texted", "dmed", "facetimed", "babysits", "babysat");
    /** Two-word events: "dropped out", "got out", "moved out", "ran away", "broke up", "passed away", "showed up". */
    private static final Set<String> PERSON_PHRASES = WordSet.of("dropped out", "got out", "moved out", "moved in",
            "ran away", "broke up", "passed away", "came home", "came over", "showed up", "shows up", "got arrested",
            "got locked", "got deployed", "got married", "got pregnant", "got jumped", "got fired", "got evicted",
            "got sober", "got clean", "gave birth", "went missing");
    /** Adverbs between a copula and its adjective: "was so drunk", "is always late". */
    private static final Set<String> DEGREE = WordSet.of("so", "really", "very", "always", "still", "never", "too",
            "super", "being", "getting", "acting", "totally", "kinda", "pretty", "hella", "mad", "not", "also",
            "just", "again", "even", "lowkey", "literally");
    /** What may stand between a copula and a relative "who": "is the only one who", "was the kind of guy who". */
    private static final Set<String> BEFORE_WHO = WordSet.of("the", "a", "an", "only", "one", "person", "first", "last",
            "guy", "girl", "kind", "type", "of");
    private static final Set<String> OBJECT_PRONOUNS = WordSet.of("me", "her", "him", "us", "them", "my", "you", "u");
    /** Words before a clause's subject: "Client reports that Major threatened her", "lol bill said". */
    private static final String[] CLAUSE_OPENERS = {"that", "and", "but", "so", "when", "because", "cuz", "bc", "then",
        "if", "lol", "ok", "said", "says", "think", "thinks", "like", "since", "until", "while"};
    private static final Set<String> CLAUSE_OPENER_WORDS = WordSet.of(CLAUSE_OPENERS);
    /** Words that open a nickname: "lil mo", "big mike". */
    private static final Set<String> NICKNAME_OPENERS = WordSet.of("lil", "lil'", "big", "little");

    private final WordTable lex;
    private final WordList english;

    PersonPredicates(WordTable lex, WordList english) {
        this.lex = lex;
        this.english = english;
    }

    /**
     * After the word ending at {@code e}, a predicate only a person takes: a verb of speech or feeling ("says hi"),
     * a person's act on someone ("threatened her"), a relative "who" after a copula ("is the only one who"), a
     * person's state ("was late again", "is so drunk"), or "from" a group or place and a verb ("from church checks
     * on me").
     */
    boolean predicateAfter(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (n == e || ne == n) {
            return false;
        }
        long nf = lex.get(text, n, ne);
        if ((nf & HUMAN_VERB) != 0 && (nf & KIN) == 0) {
            return true;
        }
        String negation = lower(text, n, ne);
        int after = ne;
        if (text.startsWith("'t", ne) || text.startsWith("\u2019t", ne)) {
            negation += "'t";
            after += 2;
        }
        if (NEGATED.contains(negation)) {
            return personVerbAfterNegation(text, after); // "June wont answer my texts", "hunter wont stop calling me"
        }
        if (wordIs(text, n, "is") || wordIs(text, n, "was") || wordIs(text, n, "isnt") || wordIs(text, n, "wasnt")) {
            return copulaPredicate(text, ne);
        }
        if (wordIs(text, n, "from")) {
            return verbAfterGroup(text, ne);
        }
        if (ne - n >= 3 && ne - n <= 10) {
            String w = lower(text, n, ne);
            int m = skipBlanks(text, ne);
            int me = lettersEnd(text, m);
            if (PERSON_EVENTS.contains(w)
                    || m == ne + 1 && me > m && me - m <= 8 && PERSON_PHRASES.contains(w + " " + lower(text, m, me))) {
                return true; // "Symphony relapsed", "Rebel dropped out"
            }
        }
        // any other verb of the person list, on someone: "threatened her", "left me", "checks on me"
        return (nf & SPEECH_VERB) != 0 && (nf & AUX) == 0 && objectPronounWithin(text, ne, 2);
    }

    /**
     * After the word ending at {@code e}, a predicate that leaves no reading but a person even for a word that is no
     * name (round 22b): a copula before a relative "who" ("is the only one who", "was the one who"), or a habit or
     * negation before a verb only a person does ("keeps texting me", "never apologizes"). States ("is so drunk"), a
     * bare verb ("came by") and "from" a setting are left out: an animal, a thing or a team takes those too.
     */
    boolean onlyAPersonAfter(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (n == e || ne == n) {
            return false;
        }
        String w = lower(text, n, ne);
        if (w.equals("is") || w.equals("was")) {
            return relativeWhoAfter(text, ne);
        }
        if (text.startsWith("'t", ne) || text.startsWith("\u2019t", ne)) {
            w += "'t"; // "won't stop calling me"
            ne += 2;
        }
        if (!NEGATED.contains(w)) {
            return false;
        }
        int m = skipBlanks(text, ne);
        int me = lettersEnd(text, m);
        return personVerbAfterNegation(text, ne) || m > ne && me > m && TELLING_HABITS.contains(lower(text, m, me));
    }

    /**
     * What a person keeps doing to someone in words ("keeps telling me", "kept asking for money", "keeps saying I
     * should"): no animal or thing does these; crying, whining and begging are left out, a pet does them too.
     */
    private static final java.util.Set<String> TELLING_HABITS = WordSet.of("telling", "asking", "saying", "promising",
            "apologizing", "yelling", "complaining", "nagging", "threatening", "blaming", "accusing", "lecturing",
            "bragging", "gaslighting", "guilting", "flirting", "venting", "cursing", "swearing", "insisting",
            "demanding", "arguing", "gossiping", "preaching", "joking");

    /** "the only one who", "the person who": articles and person words up to a relative "who". */
    private boolean relativeWhoAfter(String text, int from) {
        int m = skipBlanks(text, from);
        for (int words = 0; words < 6; words++) {
            int me = lettersEnd(text, m);
            if (me == m || m == from) {
                return false;
            }
            String w = lower(text, m, me);
            if (w.equals("who") || w.equals("whom")) {
                return words > 0;
            }
            if (!BEFORE_WHO.contains(w) && !DEGREE.contains(w)) {
                return false;
            }
            from = me;
            m = skipBlanks(text, me);
        }
        return false;
    }

    /** Negations and habits between a subject and its verb: "wont answer", "keeps calling", "never texts". */
    private static final java.util.Set<String> NEGATED = WordSet.of("wont", "won't", "doesnt", "doesn't",
            "didnt", "didn't", "never", "keeps", "kept", "still");

    /** After a negation or a habit: a verb only a person takes, or "stop" before one ("wont stop calling me"). */
    boolean personVerbAfterNegation(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (n == e || ne == n) {
            return false;
        }
        if (wordIs(text, n, "stop") || wordIs(text, n, "quit")) {
            n = skipBlanks(text, ne);
            ne = lettersEnd(text, n);
            if (n == e || ne == n) {
                return false;
            }
        }
        long nf = lex.get(text, n, ne);
        String w = lower(text, n, ne);
        return (nf & KIN) == 0 && ((nf & HUMAN_VERB) != 0 || PERSON_BASE_VERBS.contains(w)
                || (nf & CONTACT) != 0 && w.endsWith("ing")
                || (nf & SPEECH_VERB) != 0 && (nf & AUX) == 0 && objectPronounWithin(text, ne, 2));
    }

    /** Plain forms of what a person does or withholds: "wont answer", "never apologizes", "keeps texting". */
    private static final java.util.Set<String> PERSON_BASE_VERBS = WordSet.of("answer", "reply", "respond",
            "text", "call", "talk", "speak", "listen", "apologize", "visit", "pay", "admit", "tell", "help", "leave",
            "let", "sign", "show", "pick", "drive", "hit", "yell", "lie", "lying", "showing", "texting", "calling");

    /**
     * After a word shaped like a nickname ("ray ray", "lil mo"), any verb a person may be the subject of: the shape
     * is most of the evidence, so "got locked up" and "came by" do.
     */
    boolean shapedNameAfter(String text, int e) {
        if (predicateAfter(text, e)) {
            return true;
        }
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (n == e || ne == n) {
            return false;
        }
        long nf = lex.get(text, n, ne);
        return (nf & (SPEECH_VERB | HUMAN_VERB)) != 0 && (nf & KIN) == 0
                || ne - n >= 4 && text.regionMatches(true, ne - 2, "ed", 0, 2) && english.isCommonWord(text, n, ne);
    }

    /** Whether the predicate after {@code e} is a verb of speech: "says hi", "texted me" (a day or a month can). */
    boolean speechAfter(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        return n > e && ne > n && (lex.get(text, n, ne) & HUMAN_VERB) != 0;
    }

    private boolean copulaPredicate(String text, int from) {
        int m = skipBlanks(text, from);
        for (int words = 0; words < 6; words++) {
            int me = lettersEnd(text, m);
            if (me == m || m == from) {
                return false; // punctuation ends the clause
            }
            String w = lower(text, m, me);
            if (w.equals("who") || w.equals("whom")) {
                return words > 0; // "is the only one who", "was the person who"
            }
            if (words < 3 && PERSON_STATES.contains(w)) {
                // "was late again", "is so drunk"; a season is late "this year", a person "again" or "to" something
                return !w.equals("late") || lateForSomething(text, me);
            }
            if (!DEGREE.contains(w) && !BEFORE_WHO.contains(w)) {
                return false;
            }
            from = me;
            m = skipBlanks(text, me);
        }
        return false;
    }

    private static boolean lateForSomething(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        return n == e || ne == n || wordIs(text, n, "again") || wordIs(text, n, "to") || wordIs(text, n, "for")
                || wordIs(text, n, "picking");
    }

    /** "Rose from church checks on me", "Bishop from my unit said": one to three words, then a person's verb. */
    private boolean verbAfterGroup(String text, int from) {
        int m = skipBlanks(text, from);
        for (int words = 0; words < 3; words++) {
            int me = lettersEnd(text, m);
            int next = skipBlanks(text, me);
            if (me == m || next == me) {
                return false;
            }
            int ve = lettersEnd(text, next);
            if (ve == next) {
                return false;
            }
            long vf = lex.get(text, next, ve);
            String v = lower(text, next, ve);
            if ((vf & HUMAN_VERB) != 0 || (vf & SPEECH_VERB) != 0 && (vf & AUX) == 0 && objectPronounWithin(text, ve, 2)
                    || v.length() > 3 && (v.endsWith("s") || v.endsWith("ed")) && objectPronounWithin(text, ve, 2)
                            && (vf & (KIN | COLLECTIVE | PERSON_NOUN)) == 0) {
                return words > 0 || !wordIs(text, m, "the"); // "from the lab called": at least one word of the group
            }
            m = next;
        }
        return false;
    }

    private boolean objectPronounWithin(String text, int from, int words) {
        int m = skipBlanks(text, from);
        for (int k = 0; k < words; k++) {
            int me = lettersEnd(text, m);
            if (me == m || m == from && k > 0) {
                return false;
            }
            if (WordSet.containsLower(OBJECT_PRONOUNS, text, m, me)) {
                return true;
            }
            int next = skipBlanks(text, me);
            if (next == me) {
                return false;
            }
            m = next;
        }
        return false;
    }

    /** "talked to X", "apologized to X": {@code ps} is "to", the word before it a verb that reaches someone. */
    boolean toVerbBefore(String text, int ps, int pe) {
        if (pe - ps != 2 || !wordIs(text, ps, "to")) {
            return false;
        }
        int p = prevWord(text, ps);
        if (p < 0) {
            return false;
        }
        String v = lower(text, p, lettersEnd(text, p));
        if (v.equals("out") || v.equals("up")) {
            // "reached out to", "opened up to", "went up to": the verb before the particle
            int q = prevWord(text, p);
            return q >= 0 && WordSet.containsLower(TO_VERBS, text, q, lettersEnd(text, q)) || q >= 0 && wordIs(text, q, "went");
        }
        return TO_VERBS.contains(v);
    }

    /** The word is a nickname after "lil" or "big" at a clause's start: "lil mo got locked up", "big mike gave me". */
    boolean nicknameAfterOpener(String text, int ps, int pe) {
        // asked of every word the person slots read: the first letter and the length first, nothing allocated
        if (ps < 0 || pe - ps < 3 || pe - ps > 6) {
            return false;
        }
        char c = (char) (text.charAt(ps) | 0x20);
        return (c == 'l' || c == 'b') && WordSet.containsLower(NICKNAME_OPENERS, text, ps, pe) && startOfClause(text, ps);
    }

    /** The word after the opener is no everyday word ("lil tay") or a given name ("big mike"), never "big deal". */
    boolean nickname(String text, int s, int e, boolean givenName) {
        return givenName || !english.isCommonWord(text, s, e);
    }

    /** "ray ray came by": a given name said twice at a clause's start, the way nicknames are made. */
    boolean doubled(String text, int s, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (n == e + 1 && ne - n == e - s && text.regionMatches(true, s, text, n, e - s)) {
            return startOfClause(text, s) && shapedNameAfter(text, ne);
        }
        int p = prevWord(text, s);
        return p >= 0 && p + (e - s) + 1 == s && text.regionMatches(true, p, text, s, e - s) && startOfClause(text, p)
                && shapedNameAfter(text, e);
    }

    /**
     * A word of a name written surname first in capitals, as forms and lists print it: "PHAM, KHANH", "GARCIA, MARIA
     * L", "NGUYEN, THI HOA". The surname and the first given name are no everyday English word (so "DISORDER,
     * RECURRENT" stays), neither is a state ("DALLAS, TEXAS"), and one of them is on a name list or neither is a
     * word at all.
     */
    boolean surnameFirst(String text, int s, int e) {
        return surnameStart(text, s, e) >= 0;
    }

    /** The start of the surname of {@link #surnameFirst}'s name holding {@code text[s, e)}, or −1. */
    int surnameStart(String text, int s, int e) {
        // the comma after the surname: right after this word, or before up to two given names on this side
        int comma = e < text.length() && text.charAt(e) == ',' ? e : -1;
        int k = s;
        for (int words = 0; words < 3 && comma < 0; words++) {
            if (k < 3 || text.charAt(k - 1) != ' ') {
                return -1;
            }
            if (text.charAt(k - 2) == ',') {
                comma = k - 2;
            } else if (text.charAt(k - 2) == ']') {
                k = text.lastIndexOf('[', k - 2); // a given name the guard already replaced
            } else {
                int q = prevWord(text, k);
                if (q < 0 || q + 1 >= k || text.charAt(k - 2) == ' ' || !allCaps(text, q, lettersEnd(text, q))) {
                    return -1; // one blank between a name's words: "KHANH  DOB" is a field after it
                }
                k = q;
            }
            if (k < 0) {
                return -1;
            }
        }
        if (comma < 2) {
            return -1;
        }
        int ss = comma;
        while (ss > 0 && Character.isLetter(text.charAt(ss - 1))) {
            ss--;
        }
        if (comma - ss < 2 || !allCaps(text, ss, comma) || ss > 0 && !Character.isWhitespace(text.charAt(ss - 1))
                && ":(".indexOf(text.charAt(ss - 1)) < 0) {
            return -1;
        }
        if (!hasVowel(text, ss, comma) || ss >= 3 && text.charAt(ss - 2) == ',' && text.charAt(ss - 3) == ']') {
            return -1; // a credential after a name: "[PERSON_1], LCSW, ..."
        }
        long sf = lex.get(text, ss, comma);
        if ((sf & (STATE | KIN | CLINICAL | PERSON_NOUN | COLLECTIVE)) != 0) {
            return -1; // "TEXAS, USA", "DEPRESSION, MAJOR"
        }
        // a surname that is a word ("DOE, JANE", "WOLF, ANNA") needs a listed given name; "DISORDER, RECURRENT" has none
        boolean wordSurname = english.isCommonWord(text, ss, comma) && (sf & SURNAME) == 0;
        boolean givenListed = false;
        // the given names: capitalized words or the guard's placeholders, one blank apart, up to three
        boolean evidence = (sf & (SURNAME | FIRST)) != 0;
        boolean given = false;
        boolean first = true;
        int m = comma + 1;
        for (int words = 0; words < 3 && m < text.length() && text.charAt(m) == ' '; words++) {
            m++;
            if (text.startsWith("[PERSON_", m) || text.startsWith("[NAME_", m)) {
                evidence = given = true;
                givenListed |= first;
                m = text.indexOf(']', m) + 1;
                first = false;
                continue;
            }
            int me = lettersEnd(text, m);
            if (me == m || !allCaps(text, m, me)) {
                break;
            }
            long gf = lex.get(text, m, me);
            boolean word = english.isCommonWord(text, m, me) || english.isProperNoun(text.substring(m, me));
            if (word && (gf & FIRST) == 0 && me - m > 3) {
                break; // "SMITH, JOHN REPORTS": a word ends the name; a short one may be a part of it ("VAN", "THI")
            }
            if ((gf & (STATE | KIN | CLINICAL | PERSON_NOUN | COLLECTIVE)) != 0
                    || first && (me - m < 2 || (sf & CITY) != 0 && (gf & FIRST) == 0)) {
                return -1; // "DALLAS, TEXAS"
            }
            evidence |= (gf & FIRST) != 0 || me - m > 1 && !word;
            givenListed |= first && (gf & FIRST) != 0;
            given = true;
            first = false;
            m = me;
        }
        boolean inside = s >= ss && e <= m;
        return given && evidence && inside && (!wordSurname || givenListed) && !(english.isProperNoun(text.substring(ss, comma)) && (sf & SURNAME) == 0)
                ? ss : -1;
    }

    /** A clause opens at {@code s}: the text's or a sentence's start, or a conjunction or comma before. */
    static boolean startOfClause(String text, int s) {
        int p = s - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        if (p < 0 || ".!?\n\r:;\"\u201c(-\u2013\u2014,".indexOf(text.charAt(p)) >= 0) {
            return true;
        }
        int q = prevWord(text, s);
        if (q < 0) {
            return false;
        }
        int qe = ResidualCheck.lettersEnd(text, q);
        if (asciiRun(text, q, qe)) {
            // asked of most capitalized words: wordIs(opener) for an ASCII word is its lower case being the
            // opener, so one probe answers for all twenty, in place
            return WordSet.containsLower(CLAUSE_OPENER_WORDS, text, q, qe);
        }
        for (String opener : CLAUSE_OPENERS) {
            if (wordIs(text, q, opener)) {
                return true; // a word with other chars: the JDK's case folding, opener by opener
            }
        }
        return false;
    }

    private static boolean asciiRun(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (text.charAt(k) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasVowel(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if ("AEIOUYaeiouy".indexOf(text.charAt(i)) >= 0 || text.charAt(i) >= 128) {
                return true;
            }
        }
        return false;
    }

    static boolean allCaps(String text, int s, int e) {
        boolean letter = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** The start of the word before {@code s} over blanks only, or −1 at punctuation or the text's start. */
    static int prevWord(String text, int s) {
        int p = s - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        if (p < 0 || !Character.isLetter(text.charAt(p)) && text.charAt(p) != '\'') {
            return -1;
        }
        while (p > 0 && (Character.isLetter(text.charAt(p - 1)) || text.charAt(p - 1) == '\'')) {
            p--;
        }
        return p;
    }

    private static String lower(String text, int s, int e) {
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }
}
