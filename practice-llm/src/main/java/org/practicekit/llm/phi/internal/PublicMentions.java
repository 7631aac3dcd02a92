package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.CONTACT;
import static org.practicekit.llm.phi.internal.Lexicon.FIRST;
import static org.practicekit.llm.phi.internal.Lexicon.KIN;
import static org.practicekit.llm.phi.internal.Lexicon.NAMING;
import static org.practicekit.llm.phi.internal.Lexicon.SURNAME;
import static org.practicekit.llm.phi.internal.Lexicon.TITLE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.practicekit.core.text.WordList;

/**
 * Known public names that the sentence itself treats as public: a national chain named as a brand, not as a place
 * ("grabbed McDonald's"; "at Target" is a place the slots keep), a bank named as a brand ("a Wells Fargo card", "called Bank of America"), a work,
 * performer or politician next to a word of its medium ("watched Fargo", "an old Robin Williams movie", "voted for
 * Biden", "Obama-era"), a city or a public figure one compares oneself to ("feels like Detroit in 2009"). Read only
 * by the guard's public-vocabulary check (through {@link NotIdentifiers}), so the detector's rules and model are
 * unchanged. Deny by default: the name must be on a list and the slot must fit; a person cue before it ("my neighbour
 * Michelle"), a place after a chain ("the Walmart on Route 9") or a job in the sentence ("works at Walmart") keeps it.
 */
final class PublicMentions {
    private static final Set<String> CHAINS = lowerCase("stores.txt");
    private static final Set<String> PUBLIC = lowerCase("public-names.txt", "fiction.txt");
    /** The clinical list's phrases of two words or more, lower case: "treatment plan", "good faith estimate". */
    private static final Set<String> PRACTICE_TERMS = lowerCase("clinical-terms.txt").stream()
            .filter(t -> t.indexOf(' ') > 0).collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), WordSet::copyOf));
    private static final Set<String> JOINS = WordSet.of("of", "the", "and");
    private static final Set<String> SALUTATIONS = WordSet.of("dear", "hi", "hey", "hello", "hola", "querida", "querido",
            "oi", "olá", "ola", "thanks", "thank", "bye", "attn", "attention", "cc");
    private static final Set<String> POSSESSIVES = WordSet.of("my", "his", "her", "our", "their", "your", "the");
    private static final WordList ENGLISH = WordList.english();
    private final Set<String> banks;
    private final Set<String> mediaVerbs;
    private final Set<String> mediaNouns;
    private final Set<String> employment;
    private final Set<String> forms;
    private final Set<String> surnames;
    private final WordTable lex;
    private final ChainMentions chains;

    PublicMentions(WordTable lex, Map<String, Set<String>> classes) {
        this.lex = lex;
        this.banks = classes.get("BANK");
        this.mediaVerbs = classes.get("MEDIA_VERB");
        this.mediaNouns = classes.get("MEDIA_NOUN");
        this.employment = classes.get("EMPLOYMENT");
        this.forms = classes.get("PRACTICE_FORM");
        this.surnames = publicSurnames(lex);
        this.chains = new ChainMentions(lex, classes);
    }

    /**
     * Whether {@code text[s, e)}, a name or place span, is a public name the sentence treats as public. A span the
     * sentence slots placed ({@code placed}: an actor, a place after a preposition) is released only as a chain, a
     * bank or a work beside its medium, never for being listed alone ("Amazon let him go").
     */
    boolean reads(String text, int s, int e, boolean placed) {
        int[] run = capitalizedRun(text, s, e);
        if (run == null) {
            return false;
        }
        int before = wordsBefore(text, run[0]);
        for (int k = before; k <= run[0]; k = nextWord(text, k, run[0] + 1)) {
            if (practiceTitle(text, k, s, e)) {
                return true; // "Faith Estimate" of "Good Faith Estimate"
            }
        }
        // the span may hold part of a listed name ("Fargo" of "Wells Fargo", "Phil" of "Dr. Phil")
        return before < run[0] && readsName(text, before, run[1], placed) || readsName(text, run[0], run[1], placed);
    }

    private boolean readsName(String text, int cs, int ce, boolean placed) {
        boolean era = false;
        int hyphen = ce - 1; // within the span: lastIndexOf would read back to the text's start
        while (hyphen > cs && text.charAt(hyphen) != '-') {
            hyphen--;
        }
        if (hyphen > cs && WordSet.containsLowerOrEmpty(mediaNouns, text, hyphen + 1, ce)) {
            ce = hyphen; // "Obama-era": the suffix is the medium
            era = true;
        }
        if (ce - cs > 2 && (text.charAt(ce - 2) == '\'' || text.charAt(ce - 2) == '\u2019')
                && (text.charAt(ce - 1) == 's' || text.charAt(ce - 1) == 'S')
                && !WordSet.containsLowerOrEmpty(CHAINS, text, cs, ce)) {
            ce -= 2; // "Taylor Swift's", but "McDonald's" is the chain's own name
        }
        String name = lower(text, cs, ce);
        long f = lex.get(name, 0, name.length());
        // a relation or a title always makes a person; a contact word or a salutation too, except before a chain or a
        // bank written out ("called Bank of America"); a verb of liking is no contact before a listed work ("the
        // kids love Frozen"), but is before a name people have ("loves Bella")
        boolean business = name.indexOf(' ') > 0 && (CHAINS.contains(name) || banks.contains(name));
        boolean named = (f & (FIRST | SURNAME)) != 0;
        boolean work = !named && PUBLIC.contains(name);
        boolean contact = !business && !(work && mediaNounAfter(text, ce, true)); // "saw Dr. Phil on tv"
        // a public figure's full name is liked and shown as a work is ("loved Angelina Jolie in Maleficent"); a name
        // alone is not ("loves Bella")
        int space = name.indexOf(' ');
        boolean figure = space > 0 && !business && PUBLIC.contains(name) && (lex.get(name, 0, space) & FIRST) != 0;
        if (personCueBefore(text, cs, contact, work || figure) || personAfter(text, ce) || titleWithDotBefore(text, cs)) {
            return false;
        }
        boolean trade = CHAINS.contains(name) || banks.contains(name) || (f & Lexicon.STORE) != 0
                || Lexicon.isAcronym(text.substring(cs, ce));
        if (employed(text, cs) || placedAfter(text, ce) && !figure || trade && actorOfSentence(text, cs, ce)) {
            return false; // the client's employer, one branch of a chain, or one that acts ("Amazon let him go")
        }
        if (CHAINS.contains(name)) {
            // deny by default: a chain the sentence slots placed is where something happened to the client ("panic in
            // the Kroger line", "kicked out of Equinox"), which with a town can locate them; only an unplaced mention
            // is the brand ("got Wendy's"), and so is a placed one before a product ("signed up for a Costco membership");
            // the residual check's ChainMentions replaces every other mention the sentence does not make a brand
            return !placed || chains.brandAt(text, cs, ce);
        }
        if (banks.contains(name)) {
            return bankAsBrand(text, cs, ce, name);
        }
        boolean listed = PUBLIC.contains(name) || surnames.contains(name);
        boolean medium = era || mediaNounNear(text, cs, ce);
        if (listed) {
            // a full public name or a surname no private person is likely to share needs no more; a given name does
            // an acronym is read the same way: "SVU" is a show and a university ("dropped out of SVU")
            boolean common = (f & (FIRST | SURNAME | Lexicon.CITY)) != 0 && name.indexOf(' ') < 0
                    || Lexicon.isAcronym(text.substring(cs, ce));
            return !common && !placed || medium || mediaVerbBefore(text, cs) || comparedTo(text, cs);
        }
        if ((f & Lexicon.CITY) != 0 && name.indexOf(' ') < 0 && (f & FIRST) == 0) {
            // a film, a show or a musical titled after a place: only with a word of its medium
            return medium || mediaVerbBefore(text, cs) || comparedTo(text, cs);
        }
        return (f & FIRST) != 0 && mediaNounAfter(text, ce, false); // "the Selena movie": a work, not the person
    }

    /**
     * A form, plan or role of the practice in Title Case ("Treatment Plan", "Good Faith Estimate", "Care
     * Coordinator"), also after one word the detector took along that opens the sentence or is a possessive
     * ("Completed Treatment Plan", "Her Care Coordinator"), or a phrase of the clinical list; the span must lie
     * inside it.
     */
    private boolean practiceTitle(String text, int rs, int s, int e) {
        List<int[]> words = new ArrayList<>();
        int k = rs;
        while (k < text.length() && words.size() < 6) {
            int we = ProperNounContext.wordEnd(text, k);
            if (we == k || !Character.isUpperCase(text.charAt(k)) && !(words.size() > 0 && WordSet.containsLowerOrEmpty(JOINS, text, k, we))) {
                break;
            }
            words.add(new int[] {k, we});
            if (we >= text.length() || text.charAt(we) != ' ') {
                break;
            }
            k = we + 1;
        }
        for (int i = 0; i < Math.min(2, words.size()); i++) {
            if (i == 1) {
                // the word before the form opens the sentence or is a possessive ("Completed Treatment Plan", "Her
                // Care Coordinator"); a word inside a sentence names the place ("at Pine Urgent Care")
                String first = lower(text, words.get(0)[0], words.get(0)[1]);
                boolean opens = opensSentence(text, words.get(0)[0])
                        || text.substring(sentenceStart(text, words.get(0)[0]), words.get(0)[0]).isBlank();
                boolean possessive = POSSESSIVES.contains(first);
                if ((lex.get(first, 0, first.length()) & (FIRST | SURNAME)) != 0 || !(possessive
                        || opens && ENGLISH.isCommonWord(first, 0, first.length()))) {
                    return false;
                }
            }
            for (int j = words.size(); j >= i + 2; j--) {
                String phrase = lower(text, words.get(i)[0], words.get(j - 1)[1]);
                if (e <= words.get(j - 1)[1] && (forms.contains(phrase) || i == 0 && PRACTICE_TERMS.contains(phrase))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The start of the capitalized words right before {@code s} ("Wells", "Trader", "Dr." with its dot). */
    private int wordsBefore(String text, int s) {
        int start = s;
        for (int words = 0; words < 3; words++) {
            int k = start - 1;
            if (k < 0 || text.charAt(k) != ' ') {
                return start;
            }
            k--;
            boolean dot = k >= 0 && text.charAt(k) == '.';
            int p = ProperNounContext.prevWordStart(text, dot ? k : k + 1, false);
            String w = lower(text, p, start - 1);
            if (p < 0 || !Character.isUpperCase(text.charAt(p)) && !(w.equals("of") || w.equals("and"))) {
                return start;
            }
            if (dot && (lex.get(text, p, k) & TITLE) == 0) {
                return start; // a sentence's end, not "Dr."
            }
            start = p;
        }
        return start;
    }

    /** The capitalized words the span covers, less lower-case words the detector took along ("old Robin"). */
    private static int[] capitalizedRun(String text, int s, int e) {
        int k = s;
        while (k < e && !Character.isUpperCase(text.charAt(k))) {
            k = nextWord(text, k, e);
        }
        if (k >= e) {
            return null;
        }
        int start = k;
        int end = ProperNounContext.wordEnd(text, k);
        while (end < text.length()) {
            int n = end;
            if (n < text.length() && text.charAt(n) == ' ') {
                n++;
            }
            int we = n < text.length() ? ProperNounContext.wordEnd(text, n) : n;
            String w = lower(text, n, we);
            int after = we < text.length() && text.charAt(we) == ' ' ? we + 1 : we;
            boolean joins = (w.equals("of") || w.equals("the") || w.equals("and")) && after < text.length()
                    && Character.isUpperCase(text.charAt(after)); // "Bank of America"
            if (n == end || we == n || !(Character.isUpperCase(text.charAt(n)) || joins)) {
                break;
            }
            end = we;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '\'') {
            end--;
        }
        return new int[] {start, end};
    }

    private static int nextWord(String text, int k, int e) {
        while (k < e && !Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        while (k < e && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    /** A relation or title word up to three words before, over possessives and commas; a contact or naming word too. */
    private boolean personCueBefore(String text, int s, boolean contact, boolean liked) {
        int k = s;
        for (int words = 0; words < 3; words++) {
            int p = ProperNounContext.prevWordStart(text, k, true);
            if (p < 0) {
                return false;
            }
            int pe = ProperNounContext.wordEnd(text, p);
            long f = lex.get(text, p, pe);
            String w = lower(text, p, pe);
            if (SALUTATIONS.contains(w)) {
                return true; // "Dear Bird,": a letter's addressee
            }
            // "with" before a listed work or a public figure's full name relates to it ("obsessed with", "identifies
            // with"), unless a word of contact comes before it ("met with", round 33)
            boolean liking = liked && (w.startsWith("love") || w.startsWith("adore")
                    || words == 0 && (w.equals("with") || w.equals("w/")) && !contactBefore(text, p));
            if ((f & (KIN | TITLE)) != 0 || contact && !liking && (f & (CONTACT | NAMING)) != 0) {
                return true;
            }
            if (!(w.equals("my") || w.equals("his") || w.equals("her") || w.equals("our") || w.equals("their")
                    || w.equals("your") || w.equals("new") || w.equals("old") || w.equals("best") || w.equals("the"))) {
                return false;
            }
            k = p;
        }
        return false;
    }

    /** A word of contact, a relation or a title right before the word at {@code p}: "met with", "my sister with". */
    private boolean contactBefore(String text, int p) {
        int q = ProperNounContext.prevWordStart(text, p, true);
        return q >= 0 && (lex.get(text, q, ProperNounContext.wordEnd(text, q)) & (CONTACT | NAMING | KIN | TITLE)) != 0;
    }

    /**
     * "Ms. Jolie", "Dr. Lincoln": a surname after a courtesy title is a private person's; a public figure known by
     * title and name ("Dr. Phil") is read whole before this, from the public list.
     */
    private boolean titleWithDotBefore(String text, int s) {
        int k = s - 1;
        if (k < 2 || text.charAt(k) != ' ' || text.charAt(k - 1) != '.') {
            return false;
        }
        int p = k - 1;
        while (p > 0 && Character.isLetter(text.charAt(p - 1))) {
            p--;
        }
        return p < k - 1 && (lex.get(text, p, k - 1) & TITLE) != 0;
    }

    /** "Adele from church", "Brooklyn (my niece)", "Selena, my cousin": the word after says it is a person. */
    private boolean personAfter(String text, int e) {
        int k = skipBlanks(text, e);
        if (k < text.length() && (text.charAt(k) == '(' || text.charAt(k) == ',')) {
            int n = skipBlanks(text, k + 1);
            int ne = ProperNounContext.wordEnd(text, n);
            String w = lower(text, n, ne);
            if (w.equals("my") || w.equals("his") || w.equals("her") || w.equals("our") || w.equals("their")) {
                int m = skipBlanks(text, ne);
                return (lex.get(text, m, ProperNounContext.wordEnd(text, m)) & (KIN | CONTACT)) != 0;
            }
            return false;
        }
        int we = ProperNounContext.wordEnd(text, k);
        return lower(text, k, we).equals("from") && !mediaNounNear(text, k, we);
    }

    /**
     * The name opens its sentence and a lower-case word follows: the subject of a verb ("Amazon let him go", "HUD
     * approved the voucher"): a business or an office that acted on the client, which the sentence slots keep as a
     * place.
     */
    private static boolean actorOfSentence(String text, int s, int e) {
        int k = s;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '"' || text.charAt(k - 1) == '\u201c')) {
            k--;
        }
        if (k > 0 && ".!?;\n".indexOf(text.charAt(k - 1)) < 0) {
            return false;
        }
        int n = skipBlanks(text, e);
        return n > e && n < text.length() && Character.isLowerCase(text.charAt(n));
    }

    /** A word of work anywhere in the sentence before or after: the client's employer is the client's place. */
    private boolean employed(String text, int s) {
        int from = sentenceStart(text, s);
        int to = sentenceEnd(text, s);
        int k = from;
        while (k < to) {
            if (!Character.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int we = ProperNounContext.wordEnd(text, k);
            if (WordSet.containsLowerOrEmpty(employment, text, k, we)) {
                return true;
            }
            k = Math.max(we, k + 1);
        }
        return false;
    }

    /** A branch named after the chain: a preposition and a capitalized word, a number or a street ("on Route 9"). */
    private boolean placedAfter(String text, int e) {
        int k = skipBlanks(text, e);
        if (k < text.length() && text.charAt(k) == ',') {
            int n = skipBlanks(text, k + 1);
            return n < text.length() && Character.isUpperCase(text.charAt(n))
                    && (lex.get(text, n, ProperNounContext.wordEnd(text, n)) & Lexicon.CITY) != 0;
        }
        int we = ProperNounContext.wordEnd(text, k);
        String w = lower(text, k, we);
        if (!(w.equals("on") || w.equals("at") || w.equals("in") || w.equals("near") || w.equals("off")
                || w.equals("by") || w.equals("across") || w.equals("en") || w.equals("em") || w.equals("de"))) {
            return (lex.get(text, k, we) & (Lexicon.STREET | Lexicon.DIRECTION | Lexicon.CITY)) != 0;
        }
        int n = skipBlanks(text, we);
        int ne = ProperNounContext.wordEnd(text, n);
        if (lower(text, n, ne).equals("the")) {
            n = skipBlanks(text, ne);
            ne = ProperNounContext.wordEnd(text, n);
        }
        boolean number = n < text.length() && Character.isDigit(text.charAt(n)) && !(w.equals("in") && ne - n == 4);
        return n < text.length() && (Character.isUpperCase(text.charAt(n)) || number
                || (lex.get(text, n, ne) & (Lexicon.STREET | Lexicon.CITY | Lexicon.DIRECTION)) != 0);
    }

    /**
     * A bank as a brand: before a product noun ("a Wells Fargo card"), or after a service verb or preposition
     * ("called Bank of America", "autopay through Capital One"); a bank named by a given name ("Chase") only
     * before a product noun.
     */
    private boolean bankAsBrand(String text, int s, int e, String name) {
        int k = skipBlanks(text, e);
        String next = lower(text, k, ProperNounContext.wordEnd(text, k));
        if (mediaNouns.contains(next) || WordSet.of("card", "account", "app", "credit", "debit", "checking", "savings",
                "loan", "mortgage", "statement", "autopay", "cuenta", "tarjeta", "conta", "cartão").contains(next)) {
            return true;
        }
        if ((lex.get(name, 0, name.length()) & FIRST) != 0) {
            return false;
        }
        int p = ProperNounContext.prevWordStart(text, s, false);
        String prev = p < 0 ? "" : lower(text, p, ProperNounContext.wordEnd(text, p));
        return WordSet.of("called", "call", "calling", "through", "with", "via", "from", "to", "a", "my", "her", "his",
                "their", "our", "con", "por", "com", "pelo", "banked").contains(prev);
    }

    /** A word of the medium right after or before the name: "the Selena movie", "Chicago the musical", "-era". */
    private boolean mediaNounNear(String text, int s, int e) {
        if (mediaNounAfter(text, e, true)) {
            return true;
        }
        int p = ProperNounContext.prevWordStart(text, s, false);
        return p >= 0 && WordSet.containsLowerOrEmpty(mediaNouns, text, p, ProperNounContext.wordEnd(text, p));
    }

    /** A word of the medium in the next two words, over "the" (and "on" when {@code on}: "Dr. Phil on tv"). */
    private boolean mediaNounAfter(String text, int e, boolean on) {
        int k = skipBlanks(text, e);
        for (int words = 0; words < 2 && k < text.length(); words++) {
            int we = ProperNounContext.wordEnd(text, k);
            String w = lower(text, k, we);
            if (mediaNouns.contains(w)) {
                return true;
            }
            if (!(w.equals("the") || on && w.equals("on"))) {
                return false;
            }
            k = skipBlanks(text, we);
        }
        return false;
    }

    /** A verb of watching, reading, listening, quoting or voting before the name, over an article and "to". */
    private boolean mediaVerbBefore(String text, int s) {
        int k = s;
        for (int words = 0; words < 4; words++) {
            int p = ProperNounContext.prevWordStart(text, k, false);
            if (p < 0) {
                return false;
            }
            String w = lower(text, p, ProperNounContext.wordEnd(text, p));
            if (mediaVerbs.contains(w) || words > 0 && mediaNouns.contains(w)) {
                return true; // "watched Fargo", "his favorite film is Philadelphia"
            }
            if (!(w.equals("the") || w.equals("a") || w.equals("an") || w.equals("to") || w.equals("for")
                    || w.equals("old") || w.equals("new") || w.equals("some") || w.equals("of") || w.equals("more")
                    || w.equals("is") || w.equals("was") || w.equals("favorite") || w.equals("favourite")
                    || mediaNouns.contains(w))) {
                return false;
            }
            k = p;
        }
        return false;
    }

    /** "feels like Detroit", "looked like Eeyore": a comparison names no one of the note. */
    private boolean comparedTo(String text, int s) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p < 0 || !lower(text, p, ProperNounContext.wordEnd(text, p)).equals("like")) {
            return false;
        }
        int q = ProperNounContext.prevWordStart(text, p, false);
        if (q < 0) {
            return false;
        }
        String w = lower(text, q, ProperNounContext.wordEnd(text, q));
        return w.startsWith("feel") || w.equals("felt") || w.startsWith("look") || w.startsWith("sound")
                || w.startsWith("act") || w.equals("just") || w.equals("exactly");
    }

    /** Last words of the lists' public people ("joe biden" gives "biden"), none a given name or a common word. */
    private static Set<String> publicSurnames(WordTable lex) {
        Set<String> out = new HashSet<>();
        // round 33's figures are read by their full names only: many of their surnames are the client's people's too
        // ("Ruiz", "Ortiz", "Santos"), which a surname alone would release
        Set<String> fullOnly = SentenceSlots.section("public-names.txt", "# round 33: public figures", "# mental-health");
        for (String entry : Lexicon.entries("public-names.txt")) {
            if (fullOnly.contains(entry.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String[] w = entry.toLowerCase(Locale.ROOT).split(" ");
            if (w.length == 2 && (lex.get(w[0], 0, w[0].length()) & FIRST) != 0
                    && (lex.get(w[1], 0, w[1].length()) & (FIRST | Lexicon.CITY)) == 0 && w[1].length() > 3
                    && !ENGLISH.isCommonWord(w[1], 0, w[1].length())) { // "larry bird" gives no "bird"
                out.add(w[1]);
            }
        }
        return WordSet.copyOf(out);
    }

    /**
     * A word the public list names alone ("Availity", "Labcorp"), or an organization the sentence slots read alone
     * ("Xfinity"): round 39's capital rule leaves it to the readers of those lists.
     */
    static boolean listedAlone(String text, int s, int e) {
        String name = text.substring(s, e).toLowerCase(Locale.ROOT);
        return PUBLIC.contains(name) || SentenceSlots.ORGANIZATIONS.contains(name);
    }

    static Set<String> lowerCase(String... lists) {
        Set<String> out = new HashSet<>();
        for (String list : lists) {
            for (String entry : Lexicon.entries(list)) {
                out.add(entry.toLowerCase(Locale.ROOT));
            }
        }
        return WordSet.copyOf(out);
    }

    /** The words of the sentence around {@code s}, each as its start and end: the walk the sentence readings share. */
    static java.util.List<int[]> sentenceWords(String text, int s) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int to = sentenceEnd(text, s);
        for (int k = sentenceStart(text, s); k < to; ) {
            if (!Character.isLetterOrDigit(text.charAt(k))) {
                k++;
                continue;
            }
            int we = Math.max(ProperNounContext.wordEnd(text, k), k + 1);
            out.add(new int[] {k, we});
            k = we;
        }
        return out;
    }

    /**
     * {@code sentenceStart(text, s) == s} without the walk back to the sentence's start: nothing but a sentence mark
     * (or the text's start) stands right before {@code s}. Asked of every capitalized word by the chain readers.
     */
    static boolean opensSentence(String text, int s) {
        return s == 0 || ".!?;\n".indexOf(text.charAt(s - 1)) >= 0;
    }

    static int sentenceStart(String text, int s) {
        int k = s;
        while (k > 0 && ".!?;\n".indexOf(text.charAt(k - 1)) < 0) {
            k--;
        }
        return k;
    }

    static int sentenceEnd(String text, int s) {
        int k = s;
        while (k < text.length() && ".!?;\n".indexOf(text.charAt(k)) < 0) {
            k++;
        }
        return k;
    }

    static int skipBlanks(String text, int k) {
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    static String lower(String text, int s, int e) {
        return s >= e || s < 0 ? "" : text.substring(s, Math.min(e, text.length())).toLowerCase(Locale.ROOT);
    }
}
