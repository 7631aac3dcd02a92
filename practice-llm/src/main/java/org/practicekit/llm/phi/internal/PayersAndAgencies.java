package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.PublicMentions.lower;
import static org.practicekit.llm.phi.internal.PublicMentions.lowerCase;
import static org.practicekit.llm.phi.internal.PublicMentions.sentenceEnd;
import static org.practicekit.llm.phi.internal.PublicMentions.skipBlanks;

import java.util.HashSet;
import org.practicekit.core.text.WordList;
import java.util.Map;
import java.util.Set;

/**
 * A health plan, payer, Medicaid or Medicare plan, government agency, EAP or benefits vendor named by its brand is
 * public (round 21's convention: HIPAA's Safe Harbor list names people, employers, places smaller than a state, dates
 * and numbers, not these). Read by {@link PublicReading} for a span no earlier reading released.
 *
 * <p>Deny by default: the brand must be listed ({@code payers-agencies.txt}, the states' Medicaid and regional plans
 * of {@code health-plans-by-state.txt} by their full brand, the payer sections of
 * {@code public-names.txt}, the agencies of {@code organizations.txt}) and the sentence must name coverage, a claim,
 * a program or the agency acting ("Aetna denied the claim", "she is on Medicaid", "CPS opened a case", "a letter from
 * SSA"). It stays replaced as the client's or a relative's employer (a word of work in the sentence, or "at" before
 * it: "he has been at Cigna for eleven years"), as a person (a relation before it, an apposition after it), as a
 * place of care ("took him to Kaiser for the eval") and as a local office with its town ("the Dayton CPS office":
 * the town is the identifier, and the office stays with it).
 */
final class PayersAndAgencies {
    private static final Set<String> LISTED = listed();
    private static final WordList ENGLISH = WordList.english();
    /** Nouns of coverage and of an agency's case, beside the billing and care classes: "her plan is", "the caseworker". */
    private static final Set<String> COVERAGE_NOUNS = WordSet.of("insurance", "insured", "insurer", "plan", "plans",
            "coverage", "member", "policy", "ppo", "hmo", "epo", "pos", "network", "in-network", "card", "eap", "seguro",
            "case", "caseworker", "investigation", "voucher", "letter", "hearing", "unemployment", "custody", "license",
            "benefits", "enrolled", "eligible", "secondary", "primary", "autorización", "sesiones", "cubre");
    /** Words right before the brand that make it the coverage or the agency dealt with: "on Medicaid", "through Lyra". */
    private static final Set<String> DEALT_WITH = WordSet.of("on", "through", "thru", "via", "by", "with", "has", "have",
            "had", "is", "switched", "billed", "bill", "called", "call", "calling", "from", "to", "es", "tiene", "el",
            "su", "de");
    /** Places of care after "to": "took him to Kaiser for the eval" puts him at a hospital the plan runs. */
    private static final Set<String> VISITS = WordSet.of("eval", "evaluation", "intake", "appointment", "appt", "er",
            "ed", "icu", "admitted", "took", "drove", "brought", "ambulance", "checkup", "labs", "surgery");
    /** Nouns of a local office that a town may name: "the Social Security office in Elgin", "the VA clinic in Hines". */
    private static final Set<String> OFFICES = WordSet.of("office", "offices", "clinic", "branch", "building",
            "center", "hospital", "field", "unit", "oficina");
    private static final Set<String> ARTICLES = WordSet.of("the", "el", "la", "a", "an", "my", "her", "his", "our",
            "their", "your");

    private final WordTable lex;
    private final Set<String> employment;
    private final Set<String> coverageWords;
    private final Set<String> acts;
    private final Set<String> payerActs;

    PayersAndAgencies(WordTable lex, Map<String, Set<String>> classes) {
        this.lex = lex;
        this.employment = classes.get("EMPLOYMENT");
        Set<String> words = new HashSet<>(COVERAGE_NOUNS);
        words.addAll(classes.get("BILLING_CUE"));
        words.addAll(classes.get("CARE_COVERED"));
        words.addAll(classes.get("COVERAGE_VERB"));
        words.addAll(classes.get("PAYER_ROLE"));
        this.coverageWords = WordSet.copyOf(words);
        Set<String> verbs = new HashSet<>(classes.get("COVERAGE_VERB"));
        verbs.addAll(SentenceSlots.INSTITUTION_ACTS);
        this.acts = WordSet.copyOf(verbs);
        Set<String> own = new HashSet<>(classes.get("COVERAGE_VERB"));
        own.addAll(WordSet.of("dropped", "terminated", "cancelled", "canceled", "reprocessed", "audited"));
        this.payerActs = WordSet.copyOf(own);
    }

    /** Whether {@code text[s, e)} is a listed payer or agency that its sentence makes coverage, a claim or an actor. */
    boolean reads(String text, int s, int e) {
        String name = lower(text, s, e).replace('\u2019', '\'');
        for (String article : new String[] {"the ", "el ", "la "}) {
            if (name.startsWith(article) && !LISTED.contains(name)) {
                name = name.substring(article.length()); // "The DMV suspended", "El IMSS le negó"
                s += article.length();
            }
        }
        if (name.endsWith("'s")) {
            name = name.substring(0, name.length() - 2);
        }
        if (!LISTED.contains(name) && !bodyByItsName(name) || apposition(text, e) || townBeside(text, s, e)) {
            return false;
        }
        if (name.indexOf(' ') < 0 && !Character.isUpperCase(text.charAt(s)) && ENGLISH.isCommonWord(name)) {
            return false; // an everyday word in lower case ("a husky", "the anthem") is the word
        }
        // a brand that is also a given name, a surname or a town ("Molina", "Oscar", "Meridian") needs the claim
        // or the coverage as well as its slot: "the Molina family next door" names people
        boolean personal = name.indexOf(' ') < 0
                && (lex.get(text, s, e) & (Lexicon.FIRST | Lexicon.SURNAME | Lexicon.CITY)) != 0;
        int p = ProperNounContext.prevWordStart(text, s, false);
        String before = p < 0 ? "" : lower(text, p, ProperNounContext.wordEnd(text, p));
        if (ARTICLES.contains(before) && p > 0) {
            int q = ProperNounContext.prevWordStart(text, p, false);
            before = q < 0 ? before : lower(text, q, ProperNounContext.wordEnd(text, q));
        }
        boolean at = before.equals("at");
        if (at && !(p > 0 && payersOwn(text, p))) {
            return false; // "a caseworker at DCFS", "been at Cigna for years": where someone works or is
        }
        boolean covered = false;
        boolean visit = false;
        for (int[] word : PublicMentions.sentenceWords(text, s)) {
            String w = lower(text, word[0], word[1]);
            boolean placeholder = word[0] > 0 && text.charAt(word[0] - 1) == '[';
            // the payer's own department after its name is no one's job: "at Regence provider relations"
            boolean department = at && word[0] >= e && word[0] - e <= 24 && !sentenceBreak(text, e, word[0]);
            if (employment.contains(w) && !department
                    || at && !placeholder && (lex.get(text, word[0], word[1]) & Lexicon.KIN) != 0) {
                // the employer: "works in claims at Aetna", "mi esposo trabaja en Humana", "my sister Ana at Aetna"
                return false;
            }
            if (word[0] < s || word[0] >= e) {
                covered |= coverageWords.contains(w);
                visit |= VISITS.contains(w);
            }
        }
        if (at) {
            return covered; // "this is Kendra at UnitedHealthcare, the claim was denied": the payer's own caller
        }
        if (before.equals("to") && visit) {
            return false; // "drove her to Kaiser for the crisis evaluation": a hospital
        }
        boolean acting = actsAfter(text, e, acts);
        boolean dealt = DEALT_WITH.contains(before);
        if (personal) {
            // "Molina dropped her", "Kaiser denied the stay": a payer's own act needs nothing more
            return covered && (acting || dealt) || actsAfter(text, e, payerActs) && !offAfter(text, e);
        }
        return covered || acting || dealt;
    }

    /** Nouns of a payer's own staff: "the adjuster at Travelers", "a rep at Optum". */
    private static final Set<String> PAYER_STAFF = WordSet.of("adjuster", "adjustor", "rep", "reps", "representative",
            "reviewer", "agent", "specialist", "examiner", "auditor", "analyst",
            // round 40: an unnamed person at the payer, asked only with the claim or coverage in the sentence
            "someone", "somebody", "anyone", "nobody", "supervisor", "operator");

    /**
     * Whether the word before "at" (starting {@code at}) is someone of the payer who writes or calls the practice:
     * a person's placeholder or a capitalized name ("this is Kendra at Magellan", "adjuster Holly Strand at SAIF"), or
     * a noun of a payer's staff ("the adjuster at Travelers"), the name introduced as the caller ("this is", "it's") or
     * as staff ("adjuster Holly Strand").
     * Round 32: asked only with the payer's claim, coverage or billing words in the sentence and no relation in it.
     */
    private boolean payersOwn(String text, int at) {
        int p = ProperNounContext.prevWordStart(text, at, false);
        if (p < 0) {
            // a placeholder of the detector: "[PERSON_1] at Magellan"
            int k = at - 1;
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
            int open = k > 0 && text.charAt(k) == ']' ? text.lastIndexOf('[', k) : -1;
            if (open < 0 || !(text.startsWith("[PERSON_", open) || text.startsWith("[NAME_", open))) {
                return false;
            }
            int q = ProperNounContext.prevWordStart(text, open, false);
            return q >= 0 && introducedAsCaller(text, q);
        }
        String w = lower(text, p, ProperNounContext.wordEnd(text, p));
        if (PAYER_STAFF.contains(w)) {
            return true;
        }
        long f = lex.get(text, p, p + w.length());
        if (!Character.isUpperCase(text.charAt(p)) || PublicMentions.opensSentence(text, p) && (f & Lexicon.FIRST) == 0
                || ENGLISH.isCommonWord(w) && (f & (Lexicon.FIRST | Lexicon.SURNAME)) == 0) {
            return false;
        }
        int q = ProperNounContext.prevWordStart(text, p, false);
        if (q >= 0 && Character.isUpperCase(text.charAt(q)) && !PublicMentions.opensSentence(text, q)) {
            q = ProperNounContext.prevWordStart(text, q, false); // a full name: "Holly Strand"
        }
        return q >= 0 && introducedAsCaller(text, q);
    }

    /** Whether the word at {@code q} introduces the caller or names a payer's staff: "this is", "it's", "adjuster". */
    private static boolean introducedAsCaller(String text, int q) {
        String w = lower(text, q, ProperNounContext.wordEnd(text, q)).replace('\u2019', '\'');
        if (PAYER_STAFF.contains(w) || w.equals("it's") || w.equals("i'm") || w.equals("im")) {
            return true;
        }
        int r = ProperNounContext.prevWordStart(text, q, false);
        return w.equals("is") && r >= 0 && lower(text, r, ProperNounContext.wordEnd(text, r)).equals("this");
    }

    /** Whether a comma, a semicolon or a sentence's end stands between {@code from} and {@code to}. */
    private static boolean sentenceBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ',' || c == ';' || c == '.' || c == '(') {
                return true;
            }
        }
        return false;
    }

    /** Heads of a public body's full name: "Board of Nursing", "Department of Children and Family Services". */
    private static final Set<String> BODY_HEADS = WordSet.of("board", "commission", "department", "bureau", "division",
            "council", "administration", "agency", "authority", "office");
    /** Words a body's full name may open with: its state, or its level ("State", "National", "Federal"). */
    private static final Set<String> BODY_LEVELS = WordSet.of("state", "national", "federal", "us", "u.s.", "united",
            "states", "american");
    private static final Set<String> BODY_JOINS = WordSet.of("and", "of", "the", "&", "for", "on");

    /**
     * A state's or the nation's board, commission or department by its full name, read from its shape when no list
     * holds it: a level or a state, the head, "of" / "on" / "for", then everyday words only ("the Oregon State Board of
     * Nursing", "the Board of Pardons and Parole"). A county's or a city's office has a place word and stays.
     */
    private boolean bodyByItsName(String name) {
        String[] words = name.split(" ");
        int i = 0;
        StringBuilder state = new StringBuilder();
        while (i < words.length && !BODY_HEADS.contains(words[i])) {
            if (!BODY_LEVELS.contains(words[i])) {
                state.append(state.length() > 0 ? " " : "").append(words[i]);
            }
            i++;
        }
        if (state.length() > 0 && !NotIdentifiers.STATE_LEVEL.contains(state.toString())
                && (lex.get(state, 0, state.length()) & Lexicon.STATE) == 0) {
            return false; // "the Multnomah County Department of ...": a county's office, which places someone
        }
        if (i + 2 >= words.length || !WordSet.of("of", "on", "for").contains(words[i + 1])) {
            return false;
        }
        boolean content = false;
        for (int k = i + 2; k < words.length; k++) {
            String w = words[k];
            if (BODY_JOINS.contains(w)) {
                continue;
            }
            if (!ENGLISH.isCommonWord(w) || (lex.get(w, 0, w.length()) & (Lexicon.FIRST | Lexicon.SURNAME
                    | Lexicon.CITY)) != 0 && !ENGLISH.isCommonWord(w)) {
                return false;
            }
            content = true;
        }
        return content;
    }

    /** A verb of acting right after the brand, over a negation or an adverb: "CPS opened", "Aetna still has not paid". */
    private static boolean actsAfter(String text, int e, Set<String> acts) {
        int k = skipBlanks(text, e);
        for (int words = 0; words < 3 && k < text.length(); words++) {
            int we = ProperNounContext.wordEnd(text, k);
            if (we == k) {
                return false;
            }
            String w = lower(text, k, we).replace('\u2019', '\'');
            if (acts.contains(w) && !w.equals("is") && !w.equals("was") && !w.equals("has") && !w.equals("had")
                    || acts.contains("opened") && w.length() >= 5 && w.endsWith("ed")) {
                return true;
            }
            if (!WordSet.of("still", "finally", "just", "never", "already", "also", "won't", "wont", "doesn't",
                    "doesnt", "didn't", "didnt", "has", "have", "had", "not", "keeps", "only", "will").contains(w)) {
                return false;
            }
            k = skipBlanks(text, we);
        }
        return false;
    }

    /** "dropped her off", "picked them up": a person's errand, not a payer's act. */
    private static boolean offAfter(String text, int e) {
        int to = Math.min(sentenceEnd(text, e), e + 30);
        for (int k = skipBlanks(text, e); k < to; k = skipBlanks(text, Math.max(ProperNounContext.wordEnd(text, k), k + 1))) {
            String w = lower(text, k, ProperNounContext.wordEnd(text, k));
            if (w.equals("off") || w.equals("up")) {
                return true;
            }
        }
        return false;
    }

    /** ", her caseworker", "(my cousin)": the brand as someone's name, told by what follows it. */
    private boolean apposition(String text, int e) {
        int k = skipBlanks(text, e);
        if (k >= text.length() || text.charAt(k) != ',' && text.charAt(k) != '(') {
            return false;
        }
        int n = skipBlanks(text, k + 1);
        String w = lower(text, n, ProperNounContext.wordEnd(text, n));
        return WordSet.of("my", "his", "her", "our", "their", "the", "your").contains(w);
    }

    /**
     * A town beside the brand: a listed city right before it ("the Dayton CPS office") or after an office noun and
     * "in" ("the Social Security office in Elgin", "the VA in Hines"): a local office, kept with its town.
     */
    private boolean townBeside(String text, int s, int e) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p >= 0 && Character.isUpperCase(text.charAt(p))
                && (lex.get(text, p, ProperNounContext.wordEnd(text, p)) & Lexicon.CITY) != 0) {
            return true;
        }
        int k = skipBlanks(text, e);
        int we = ProperNounContext.wordEnd(text, k);
        if (we > k && OFFICES.contains(lower(text, k, we))) {
            k = skipBlanks(text, we);
            we = ProperNounContext.wordEnd(text, k);
        }
        if (we > k && WordSet.of("in", "on", "en").contains(lower(text, k, we))) {
            int n = skipBlanks(text, we);
            // a month or a weekday is when, not where: "switched to Moda in January"
            return n < text.length() && Character.isUpperCase(text.charAt(n))
                    && (lex.get(text, n, ProperNounContext.wordEnd(text, n)) & (Lexicon.MONTH | Lexicon.WEEKDAY)) == 0;
        }
        return false;
    }

    /** Whether {@code lower} (lower case) is a listed payer, benefit program or agency. */
    static boolean listed(String lower) {
        return LISTED.contains(lower);
    }

    private static Set<String> listed() {
        Set<String> out = new HashSet<>(lowerCase("payers-agencies.txt", "health-plans-by-state.txt"));
        out.addAll(SentenceSlots.section("public-names.txt", "# US health payers", "# public benefit"));
        out.addAll(SentenceSlots.section("public-names.txt", "# public benefit and service programs", "# public programs known"));
        out.addAll(SentenceSlots.AGENCIES);
        return WordSet.copyOf(out);
    }
}
