package org.practicekit.llm.phi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.practicekit.core.text.WordList;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Where someone works or studies, read from the nouns around a capitalized name rather than from the name (issue 13,
 * round 31): a public company or university is PHI as an employer or a school, and the public lists release it
 * everywhere else. The slots, each read from a word class of {@code not-identifiers.txt} or a few nouns here:
 * <ul>
 *   <li>the name used attributively after a possessive, before a person one has through it ({@code [AFFILIATION_NOUN]}:
 *   "my Duke roommate", "her Amazon coworker"), or after "a", "an" or a possessive before a noun of membership
 *   ({@code [MEMBER_NOUN]}: "a Boeing employee", "(3M employee)");</li>
 *   <li>the name beside the noun "employer": "employer Adidas", "Humana, her employer", "Aetna (my employer)",
 *   "Employer changed from Providence to OHSU", and
 *   after a noun of leaving and "from": "his retirement from 3M";</li>
 *   <li>the name after "chez" (French: at someone's house or business, "travaille chez Bombardier") or after a noun of
 *   a school that Romance languages write before its name ("la escuela Benito Juárez"), whatever else it is.</li>
 *   <li>a facility after a word of care ({@code [CARE_WORD]}) and "at", "to" or "from" (round 31b): "dr appt at
 *   kaiser", "transferred him to swedish", a health system of {@code [CARE_SYSTEM]} or {@code organizations.txt} in any
 *   case, or a capitalized organization; a payer's or a faith's noun after it keeps it public ("Kaiser insurance").</li>
 * </ul>
 * A name that is a school subject, a language, a credential, a clinical word, a month or a weekday is a class, a
 * degree or a program, never an organization ("my English teacher", "a PhD student", "my IOP classmates", "my Sunday
 * school teacher"), and a run of everyday capitalized words no list holds is a job title ("my Night Shift manager").
 */
final class AffiliationSlots {
    private static final Set<String> HELD = NotIdentifiers.CLASSES.get("AFFILIATION_NOUN");
    private static final Set<String> MEMBER = NotIdentifiers.CLASSES.get("MEMBER_NOUN");
    private static final Set<String> SUBJECTS = NotIdentifiers.CLASSES.get("SCHOOL_SUBJECT");
    private static final Set<String> CARE = NotIdentifiers.CLASSES.get("CARE_WORD");
    private static final Set<String> CARE_SYSTEMS = NotIdentifiers.CLASSES.get("CARE_SYSTEM");
    private static final Set<String> NOT_FACILITY = NotIdentifiers.CLASSES.get("CARE_NAME_NOT_FACILITY");
    /** The prepositions between a word of care and the facility: "appt at", "transferred to", "discharged from". */
    private static final Set<String> CARE_PREPOSITIONS = WordSet.of("at", "to", "from");
    private static final Set<String> POSSESSIVE = WordSet.of("my", "his", "her", "their", "our", "your", "mi", "su");
    /** Contractions that end like a possessive and are none: "he's a Google employee" is read by "a". */
    private static final Set<String> NOT_POSSESSIVE = WordSet.of("it's", "he's", "she's", "that's", "what's",
            "there's", "here's", "who's", "let's", "where's", "one's");
    private static final Set<String> EMPLOYER_NOUNS = WordSet.of("employer", "workplace");
    /** Nouns of leaving a job or a school, before "from" and the organization left: "his retirement from 3M". */
    private static final Set<String> LEAVING_NOUNS = WordSet.of("retirement", "resignation", "graduation",
            "termination", "layoff", "dismissal", "expulsion", "suspension", "separation", "furlough", "discharge");
    /**
     * Nouns of a school that Spanish, French, Portuguese and Italian put before its name ("la escuela Benito Juárez",
     * "l'école Jean Moulin"): the name after one is the school, even when it is a public figure's.
     */
    private static final Set<String> SCHOOL_BEFORE = WordSet.of("escuela", "colegio", "universidad", "secundaria",
            "primaria", "preparatoria", "prepa", "école", "ecole", "collège", "lycée", "université",
            "escola", "colégio", "faculdade", "universidade", "scuola", "liceo");
    /**
     * Nouns of a company's work site after its name (round 33b): "the FedEx hub", "the Costco warehouse", "the Amazon
     * fulfillment center", "the Target DC". A site is where someone works; a brand before a thing ("the Amazon box")
     * or a shop ("ordered from Target") reads no slot here.
     */
    private static final Set<String> WORK_SITES = WordSet.of("hub", "warehouse", "fulfillment", "distribution",
            "plant", "factory", "dc", "mill", "depot");
    /** What may open a work site's phrase before the company: "the", a possessive, or a preposition of place. */
    private static final Set<String> SITE_OPENERS = WordSet.of("the", "at", "to", "from", "near", "outside", "inside",
            "since", "after", "before"); // "since Ford plant layoff": a time's preposition opens it too (round 40)
    /**
     * What an employer does to its worker (round 40), with the worker right after: "Rivian cut my hours", "Amazon laid
     * him off", "Lockheed hired her". The subject of such a verb is the worker's employer.
     */
    private static final Set<String> EMPLOYER_ACTS = WordSet.of("hired", "fired", "laid", "promoted", "demoted",
            "rehired", "furloughed", "terminated", "cut", "reduced", "docked", "let");
    /** The worker after an employer's act: a pronoun or a possessive before what was cut ("cut my hours"). */
    private static final Set<String> WORKER = WordSet.of("me", "him", "her", "them", "us", "you", "my", "his", "their",
            "our", "your");
    /** What an employer cuts of a worker's: "cut my hours", "reduced her shifts". */
    private static final Set<String> WORKERS_SHARE = WordSet.of("hours", "shifts", "pay", "schedule", "position",
            "job", "wages", "overtime");
    /**
     * Nouns of work before a parenthesis naming the organization (round 40): "at work (Lockheed)", "Employer: self
     * (Uber)", "her job (Costco)": a chart's aside that names whom the client works for.
     */
    /** What puts "work" as a job before such an aside: "at work", "from work", "my work". */
    private static final Set<String> WORK_PLACED = WordSet.of("at", "from", "to", "after", "before", "my", "his", "her",
            "their", "our", "your");
    private static final Set<String> WORK_ASIDE = WordSet.of("work", "job", "jobs", "self", "self-employed",
            "employed", "shift", "shifts", "gig", "gigs", "employment");
    private static final int LONGEST_RUN = 3;
    /** Every word that opens a slot above, for the pass that skips a text holding none. */
    private static final Set<String> TRIGGERS = triggers();
    /** Words that say a capitalized word is something a public list names, not an everyday title word. */
    private static final long LISTED = Lexicon.PUBLIC | Lexicon.STORE | Lexicon.CITY | Lexicon.TEAM | Lexicon.SURNAME
            | Lexicon.FIRST;
    /** A clinical word a public or payer list holds too is a company's name ("Amazon", "Humana"). */
    private static final long ALSO_A_NAME = Lexicon.PUBLIC | Lexicon.STORE | Lexicon.CTX_PLAN;
    /** A word of the run that makes it no organization: a day, a relation, a title, a state. */
    private static final long NOT_ORGANIZATION = Lexicon.MONTH | Lexicon.WEEKDAY | Lexicon.HOLIDAY
            | Lexicon.KIN | Lexicon.TITLE | Lexicon.STATE;
    private final WordTable lex;
    private final WordList english;

    AffiliationSlots(WordTable lex, WordList english) {
        this.lex = lex;
        this.english = english;
    }

    /** The organizations of {@code text} in an affiliation slot, as place spans (ordered). */
    List<PhiSpan> spans(String text) {
        if (!anyTrigger(text)) {
            return List.of(); // most texts hold none of the nouns: no word list is built for them
        }
        List<int[]> words = words(text);
        List<PhiSpan> out = List.of();
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            int len = w[1] - w[0];
            if (len >= 2 && len <= 13 && WordSet.containsLower(CARE, text, w[0], w[1])) {
                out = careFacility(text, words, i, out); // "ER", "PCP", "Dr": care words come in capitals too
                continue;
            }
            if (len == 2 && text.charAt(w[0]) == 'D' && text.charAt(w[0] + 1) == 'C') {
                out = workSite(text, words, i, out); // "the Target DC": a distribution center
                continue;
            }
            if (len < 3 || len > 13 || !Character.isLowerCase(text.charAt(w[0])) && !EMPLOYER_NOUNS.contains(low(text, w))) {
                continue; // the nouns are written in lower case; "Employer" may open a line
            }
            String lw = low(text, w);
            int[] run = null;
            boolean named = false; // the slot alone names an organization, whatever its words mean
            if (WORK_SITES.contains(lw)) {
                out = workSite(text, words, i, out);
                continue;
            }
            if (EMPLOYER_ACTS.contains(lw)) {
                out = employerActing(text, words, i, out);
                continue;
            }
            if (WORK_ASIDE.contains(lw)) {
                out = workAside(text, words, i, out);
                continue;
            }
            if (HELD.contains(lw) || MEMBER.contains(lw)) {
                run = runBefore(text, words, i, MEMBER.contains(lw));
            } else if (LEAVING_NOUNS.contains(lw) && i + 1 < words.size() && low(text, words.get(i + 1)).equals("from")
                    && adjacent(text, w, words.get(i + 1))) {
                run = runAfter(text, words, i + 1); // "his retirement from 3M"
            } else if (lw.equals("chez") || SCHOOL_BEFORE.contains(elided(lw))) {
                run = runAfter(text, words, i);
                named = true;
            } else if (EMPLOYER_NOUNS.contains(lw)) {
                run = runAfterEmployer(text, words, i);
                if (run == null) {
                    run = runBeforeEmployer(text, words, i);
                }
                if (run == null) {
                    out = changedEmployers(text, words, i, out); // "Employer changed from Providence to OHSU"
                }
            }
            int from = run == null ? -1 : words.get(run[0])[0];
            if (run != null && (out.isEmpty() || out.get(out.size() - 1).end() <= from)
                    && organization(text, words, run[0], run[1], named)) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                // ordered and apart: "employer Adidas employee" reads the one name twice
                out.add(new PhiSpan(from, words.get(run[1] - 1)[1], PhiCategory.LOCATION, 0.6));
            }
        }
        return out;
    }

    /** Whether a word of {@code text} opens one of the slots: one pass, no allocation. */
    private static boolean anyTrigger(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '\'')) {
                i++;
            }
            if (i - s >= 2 && i - s <= 13 && (WordSet.containsLower(TRIGGERS, text, s, i)
                    || text.charAt(s + 1) == '\'' && WordSet.containsLower(TRIGGERS, text, s + 2, i))) {
                return true;
            }
        }
        return false;
    }

    /** The capitalized run (word indices, end exclusive) right before the noun at {@code i}, after its determiner. */
    private int[] runBefore(String text, List<int[]> words, int i, boolean member) {
        int start = i;
        while (start > 0 && i - start < LONGEST_RUN && capitalized(text, words.get(start - 1))
                && adjacent(text, words.get(start - 1), words.get(start))) {
            start--;
        }
        if (start == i) {
            return null;
        }
        int at = words.get(start)[0];
        if (member && at > 0 && text.charAt(at - 1) == '(') {
            return new int[] {start, i}; // "(3M employee)", a note's aside
        }
        if (start == 0 || !adjacent(text, words.get(start - 1), words.get(start))) {
            return null;
        }
        int[] d = words.get(start - 1);
        String det = low(text, d);
        boolean possessive = POSSESSIVE.contains(det) || det.length() > 2 && det.endsWith("'s")
                && !NOT_POSSESSIVE.contains(det);
        boolean article = member && (det.equals("a") || det.equals("an") || det.equals("former"));
        return possessive || article ? new int[] {start, i} : null;
    }

    /**
     * A company before a noun of its work site, after "the", a possessive or a preposition of place ("the FedEx hub",
     * "at the Costco warehouse", "his UPS hub"), added to {@code out} (returned, a new list when it was empty).
     */
    private List<PhiSpan> workSite(String text, List<int[]> words, int i, List<PhiSpan> out) {
        int start = i;
        while (start > 0 && i - start < LONGEST_RUN && capitalized(text, words.get(start - 1))
                && adjacent(text, words.get(start - 1), words.get(start))) {
            start--;
        }
        if (start == i || start == 0 || !adjacent(text, words.get(start - 1), words.get(start))) {
            return out;
        }
        String det = low(text, words.get(start - 1));
        boolean opened = SITE_OPENERS.contains(det) || POSSESSIVE.contains(det)
                || det.length() > 2 && det.endsWith("'s") && !NOT_POSSESSIVE.contains(det);
        int from = words.get(start)[0];
        if (!opened || !out.isEmpty() && out.get(out.size() - 1).end() > from
                || !organization(text, words, start, i, false)) {
            return out;
        }
        List<PhiSpan> spans = out.isEmpty() ? new ArrayList<>(2) : out;
        spans.add(new PhiSpan(from, words.get(i - 1)[1], PhiCategory.LOCATION, 0.6));
        return spans;
    }

    /**
     * The employer as the subject of an act on its worker at word {@code i} (round 40): "Rivian cut my hours", "since
     * Amazon laid him off", "Lockheed hired her"; the capitalized run right before the verb, added to {@code out}
     * (returned, a new list when it was empty). "Dad cut my hours" is no organization (a kin word).
     */
    private List<PhiSpan> employerActing(String text, List<int[]> words, int i, List<PhiSpan> out) {
        if (i == 0 || i + 1 >= words.size() || !adjacent(text, words.get(i), words.get(i + 1))
                || !adjacent(text, words.get(i - 1), words.get(i))) {
            return out;
        }
        String object = low(text, words.get(i + 1));
        String verb = low(text, words.get(i));
        boolean onWorker = WORKER.contains(object);
        if (!verb.equals("cut") && !verb.equals("reduced") && !verb.equals("docked") && onWorker) {
            // the worker is the act's object, not a possessive: "Aetna terminated her coverage" is a payer's act
            onWorker = !POSSESSIVE.contains(object) || object.equals("her") && !nounAfter(text, words, i + 1);
        }
        if (verb.equals("cut") || verb.equals("reduced") || verb.equals("docked")) {
            // "cut my hours"; "cut her off" is no employer's act
            onWorker &= i + 2 < words.size() && adjacent(text, words.get(i + 1), words.get(i + 2))
                    && WORKERS_SHARE.contains(low(text, words.get(i + 2)));
        } else if (verb.equals("laid") || verb.equals("let")) {
            // "laid him off", "laid off my husband", "let her go"; "laid off 300 people" is news, not the worker's
            String particle = verb.equals("laid") ? "off" : "go";
            String third = i + 2 < words.size() && adjacent(text, words.get(i + 1), words.get(i + 2))
                    ? low(text, words.get(i + 2)) : "";
            onWorker = onWorker && third.equals(particle) || verb.equals("laid") && object.equals("off")
                    && WORKER.contains(third);
        }
        if (!onWorker) {
            return out;
        }
        int start = i;
        while (start > 0 && i - start < LONGEST_RUN && capitalized(text, words.get(start - 1))
                && adjacent(text, words.get(start - 1), words.get(start))) {
            start--;
        }
        while (start < i - 1 && (lex.get(text, words.get(start)[0], words.get(start)[1]) & Lexicon.STOP) != 0) {
            start++; // "Since Amazon laid him off": a sentence's first word is no part of the name
        }
        if (start == i || (lex.get(text, words.get(start)[0], words.get(start)[1]) & Lexicon.STOP) != 0
                || !out.isEmpty() && out.get(out.size() - 1).end() > words.get(start)[0]
                || !organization(text, words, start, i, false)) {
            return out;
        }
        List<PhiSpan> spans = out.isEmpty() ? new ArrayList<>(2) : out;
        spans.add(new PhiSpan(words.get(start)[0], words.get(i - 1)[1], PhiCategory.LOCATION, 0.6));
        return spans;
    }

    /** Whether a word right after word {@code k} is no function word: "her coverage", not "her last week". */
    private boolean nounAfter(String text, List<int[]> words, int k) {
        return k + 1 < words.size() && adjacent(text, words.get(k), words.get(k + 1))
                && (lex.get(text, words.get(k + 1)[0], words.get(k + 1)[1]) & Lexicon.STOP) == 0
                && !low(text, words.get(k + 1)).equals("off")
                && !low(text, words.get(k + 1)).equals("go");
    }

    /**
     * An organization in a parenthesis right after a noun of work at word {@code i} (round 40): "at work (Lockheed)",
     * "Employer: self (Uber)", closed by the parenthesis or a comma; added to {@code out} (returned, a new list when it
     * was empty).
     */
    private List<PhiSpan> workAside(String text, List<int[]> words, int i, List<PhiSpan> out) {
        if (low(text, words.get(i)).equals("work") && (i == 0 || !WORK_PLACED.contains(low(text, words.get(i - 1))))) {
            return out; // "chair work (Gestalt)" is a technique; "at work (Lockheed)" a job
        }
        int p = words.get(i)[1];
        if (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        if (p >= text.length() || text.charAt(p) != '(' || i + 1 >= words.size() || words.get(i + 1)[0] != p + 1
                || !capitalized(text, words.get(i + 1))) {
            return out;
        }
        int end = i + 2;
        while (end < words.size() && end - i - 1 < LONGEST_RUN && capitalized(text, words.get(end))
                && adjacent(text, words.get(end - 1), words.get(end))) {
            end++;
        }
        int close = words.get(end - 1)[1];
        if (close >= text.length() || text.charAt(close) != ')' && text.charAt(close) != ','
                || !out.isEmpty() && out.get(out.size() - 1).end() > words.get(i + 1)[0]
                || !organization(text, words, i + 1, end, false)) {
            return out;
        }
        List<PhiSpan> spans = out.isEmpty() ? new ArrayList<>(2) : out;
        spans.add(new PhiSpan(words.get(i + 1)[0], close, PhiCategory.LOCATION, 0.6));
        return spans;
    }

    /** "chez Bombardier", "la escuela Benito Juárez": the run right after the word, any public name it is. */
    private static int[] runAfter(String text, List<int[]> words, int i) {
        return capitalizedRun(text, words, i + 1);
    }

    /** The capitalized words from {@code k}, joined to the word before it and to each other; null when none. */
    private static int[] capitalizedRun(String text, List<int[]> words, int k) {
        if (k >= words.size() || !adjacent(text, words.get(k - 1), words.get(k)) || !capitalized(text, words.get(k))) {
            return null;
        }
        int end = k + 1;
        while (end < words.size() && end - k < LONGEST_RUN && capitalized(text, words.get(end))
                && adjacent(text, words.get(end - 1), words.get(end))) {
            end++;
        }
        return new int[] {k, end};
    }

    /**
     * A facility after a word of care and "at", "to" or "from", one word at most between them ("dr appt at kaiser",
     * "transferred him to swedish", "in the hospital at methodist"), added to {@code out} (returned, a new list when
     * it was empty). The name is a health system of {@code [CARE_SYSTEM]} or an organization listed alone, in any
     * case, or a capitalized run that names an organization; never one a payer's or a faith's noun follows ("Kaiser
     * insurance", "a Methodist church").
     */
    private List<PhiSpan> careFacility(String text, List<int[]> words, int i, List<PhiSpan> out) {
        for (int k = i + 1; k < Math.min(words.size() - 1, i + 3); k++) {
            if (!adjacent(text, words.get(k - 1), words.get(k))) {
                return out; // the clause ends
            }
            String lk = low(text, words.get(k));
            if (CARE.contains(lk)) {
                return out; // "dr appt at": the next word of care reads its own slot
            }
            if (!CARE_PREPOSITIONS.contains(lk)) {
                continue;
            }
            int n = k + 1;
            boolean article = low(text, words.get(n)).equals("the");
            if (article && n + 1 < words.size()
                    && adjacent(text, words.get(n), words.get(n + 1))) {
                n++; // "the ER at the Methodist": the article is no part of the name
            }
            if (!adjacent(text, words.get(n - 1), words.get(n))) {
                return out;
            }
            // after "the" or "to" a lower-case everyday word is the word: "from the rush", "to advocate for her"
            int end = facilityEnd(text, words, n, article || lk.equals("to"));
            if (end < 0 || end < words.size() && adjacent(text, words.get(end - 1), words.get(end))
                    && NOT_FACILITY.contains(low(text, words.get(end)))
                    || !out.isEmpty() && out.get(out.size() - 1).end() > words.get(n)[0]) {
                return out;
            }
            List<PhiSpan> spans = out.isEmpty() ? new ArrayList<>(2) : out;
            spans.add(new PhiSpan(words.get(n)[0], words.get(end - 1)[1], PhiCategory.LOCATION, 0.6));
            return spans;
        }
        return out;
    }

    /**
     * The end (word index, exclusive) of a facility's name at word {@code n}, or -1 when none starts there; with
     * {@code wordFirst} an organization of {@code organizations.txt} that English has as a word counts only capitalized.
     */
    private int facilityEnd(String text, List<int[]> words, int n, boolean wordFirst) {
        for (int len = Math.min(3, words.size() - n); len >= 1; len--) {
            int last = n + len - 1;
            if (len > 1 && !adjacent(text, words.get(last - 1), words.get(last))
                    && !text.startsWith(". ", words.get(last - 1)[1])) {
                continue; // "st. luke's" reads across its period
            }
            String phrase = text.substring(words.get(n)[0], words.get(last)[1]).toLowerCase(java.util.Locale.ROOT)
                    .replace('\u2019', '\'');
            if (CARE_SYSTEMS.contains(phrase) || SentenceSlots.ORGANIZATIONS.contains(phrase)
                    && !SentenceSlots.AGENCIES.contains(phrase) && !(wordFirst && len == 1
                    && Character.isLowerCase(text.charAt(words.get(n)[0]))
                    && english.isCommonWord(text, words.get(n)[0], words.get(n)[1]))) {
                return last + 1;
            }
        }
        if (saintly(text, words, n)) {
            return n + 2;
        }
        int[] run = capitalized(text, words.get(n)) ? runAfter(text, words, n - 1) : null;
        return run != null && organization(text, words, run[0], run[1], false) ? run[1] : -1;
    }

    /**
     * "St." or "Saint" and a capitalized name at word {@code n} (round 37): in the slot of care, a hospital named for a
     * saint ("admitted to St. Jude's", "discharged from Saint Agnes") is the facility whatever saint it names, as
     * {@code [CARE_SYSTEM]}'s few listed ones are; "prays to St. Jude" has no word of care and reads no slot.
     */
    private static boolean saintly(String text, List<int[]> words, int n) {
        if (n + 1 >= words.size() || !capitalized(text, words.get(n)) || !capitalized(text, words.get(n + 1))) {
            return false;
        }
        String first = low(text, words.get(n));
        boolean joined = adjacent(text, words.get(n), words.get(n + 1))
                || first.equals("st") && text.startsWith(". ", words.get(n)[1])
                        && words.get(n)[1] + 2 == words.get(n + 1)[0];
        return joined && (first.equals("st") || first.equals("saint"));
    }

    /** "l'école" as "école": the elided article of French and Italian. */
    private static String elided(String lw) {
        return lw.length() > 2 && lw.charAt(1) == '\'' ? lw.substring(2) : lw;
    }

    /** "employer Adidas", "employer is Adidas": the run right after the noun. */
    private int[] runAfterEmployer(String text, List<int[]> words, int i) {
        int k = i + 1;
        if (k < words.size() && low(text, words.get(k)).equals("is") && adjacent(text, words.get(i), words.get(k))) {
            k++;
        }
        return capitalizedRun(text, words, k);
    }

    /**
     * "Employer changed from Providence to OHSU": the runs after "from" and "to" within the next six words of the
     * clause after the noun, added to {@code out} (returned, a new list when it was empty).
     */
    private List<PhiSpan> changedEmployers(String text, List<int[]> words, int i, List<PhiSpan> out) {
        List<PhiSpan> spans = out;
        for (int k = i + 1; k < Math.min(words.size() - 1, i + 7); k++) {
            if (!adjacent(text, words.get(k - 1), words.get(k)) && !text.startsWith(", ", words.get(k - 1)[1])) {
                break; // the clause ends
            }
            String lk = low(text, words.get(k));
            if (!lk.equals("from") && !lk.equals("to")) {
                continue;
            }
            int[] run = runAfter(text, words, k);
            if (run != null && (spans.isEmpty() || spans.get(spans.size() - 1).end() <= words.get(run[0])[0])
                    && organization(text, words, run[0], run[1], false)) {
                if (spans.isEmpty()) {
                    spans = new ArrayList<>(2);
                }
                spans.add(new PhiSpan(words.get(run[0])[0], words.get(run[1] - 1)[1], PhiCategory.LOCATION, 0.6));
                k = run[1] - 1;
            }
        }
        return spans;
    }

    /** "Humana, her employer", "Aetna (my employer)": the run before a possessive and the noun. */
    private int[] runBeforeEmployer(String text, List<int[]> words, int i) {
        if (i < 2 || !POSSESSIVE.contains(low(text, words.get(i - 1)))) {
            return null;
        }
        int p = words.get(i - 1)[0] - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        if (p < 0 || text.charAt(p) != ',' && text.charAt(p) != '(') {
            return null;
        }
        int end = i - 1;
        int[] last = words.get(end - 1);
        if (last[1] > p || !capitalized(text, last)) {
            return null;
        }
        int start = end - 1;
        while (start > 0 && end - start < LONGEST_RUN && capitalized(text, words.get(start - 1))
                && adjacent(text, words.get(start - 1), words.get(start))) {
            start--;
        }
        return new int[] {start, end};
    }

    /**
     * A run that names an organization: no class, program, day or title word, and one word a list holds or none knows,
     * or the run an organization listed alone ("Intel", "Northwestern": everyday words in lower case). A clinical
     * word counts only when a public list holds it too ("Amazon" is listed as an app; "IOP" is a program of care).
     */
    private boolean organization(String text, List<int[]> words, int from, int to, boolean slotNames) {
        String phrase = text.substring(words.get(from)[0], words.get(to - 1)[1]).toLowerCase(java.util.Locale.ROOT);
        boolean listed = SentenceSlots.ORGANIZATIONS.contains(phrase);
        boolean named = listed || slotNames;
        for (int k = from; k < to; k++) {
            int[] w = words.get(k);
            long f = lex.get(text, w[0], w[1]);
            if ((f & NOT_ORGANIZATION) != 0 || (f & Lexicon.CLINICAL) != 0 && (f & ALSO_A_NAME) == 0 && !listed
                    || SUBJECTS.contains(low(text, w)) || PublicNamesByKind.languageName(text, w[0], w[1])
                    || WordMentions.credential(text, w[0], w[1])) { // "a PhD student" studies for a degree
                return false;
            }
            named |= (f & LISTED) != 0 || !english.isCommonWord(text, w[0], w[1]);
        }
        return named;
    }

    private static Set<String> triggers() {
        java.util.Set<String> all = new java.util.HashSet<>(HELD);
        all.addAll(MEMBER);
        all.addAll(EMPLOYER_NOUNS);
        all.addAll(LEAVING_NOUNS);
        all.addAll(SCHOOL_BEFORE);
        all.add("chez");
        all.addAll(CARE);
        all.addAll(WORK_SITES);
        all.addAll(EMPLOYER_ACTS);
        all.addAll(WORK_ASIDE);
        return WordSet.copyOf(all);
    }

    private static boolean capitalized(String text, int[] w) {
        char c = text.charAt(w[0]);
        // "3M", "7-Eleven": a digit and a capital open a company's name too
        return Character.isUpperCase(c) || Character.isDigit(c) && w[1] - w[0] >= 2
                && Character.isUpperCase(text.charAt(w[0] + 1));
    }

    /** Two words joined by one space, nothing else. */
    private static boolean adjacent(String text, int[] a, int[] b) {
        return b[0] == a[1] + 1 && text.charAt(a[1]) == ' ';
    }

    private static String low(String text, int[] w) {
        return text.substring(w[0], w[1]).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    }

    private static List<int[]> words(String text) {
        return WordSpans.of(text, WordSpans.APOSTROPHE_HYPHEN_AMPERSAND);
    }
}
