package org.practicekit.llm.phi.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.practicekit.core.text.WordList;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Stores, restaurants, labs and companies, read deny by default for the guard's residual check: a name on
 * {@code stores.txt} or {@code companies.txt}, in any case, with or without its apostrophe, and a capitalized run
 * ending in a word of a company's name ({@code [COMPANY_SUFFIX]}: "Harlow Foods Inc", "Northwind Diagnostics") is
 * where someone works, shops, eats or was, which with a town can locate them, so it is replaced. It stays only where
 * the sentence makes it the brand of a thing: a product after it ({@code [BRAND_NOUN]}, {@code [PRODUCT_NOUN]}: "a
 * Starbucks latte", "the Target gift card", "Boeing stock") or an app or a service used ("ordered on Amazon", "paid
 * with Venmo"). Banks and payers keep their own readings ({@link PublicMentions}, {@link PayersAndAgencies}), and a
 * therapy named after a system ("Internal Family Systems") stays public.
 */
final class ChainMentions {
    private static final Set<String> NAMES = names("stores.txt", "companies.txt");
    private static final Set<String> STORES = names("stores.txt");
    /**
     * Every prefix of every listed name, as bits of its string hash: a clear bit proves no name (nor its possessive
     * or apostrophe-less form, which differ only in the last two chars) opens with those chars, so a run of words is
     * dismissed without building, lower-casing and probing three strings per run (most runs of a note).
     */
    private static final long[] PREFIXES = prefixes(NAMES);
    private static final int PREFIX_BITS = 1 << 18;
    private static final int LONGEST = 4;
    /** Prepositions after which a listed name is an app or a service one uses: "on Amazon", "via Instacart". */
    private static final Set<String> SERVICE_PREPS = WordSet.of("on", "via", "through", "using", "thru");
    /** Verbs of eating, drinking and buying right before a name: its food or goods, not where one was. */
    private static final Set<String> CONSUMING = WordSet.of("ate", "eat", "eats", "eating", "had", "grabbed", "grab",
            "grabs", "ordered", "order", "orders", "drank", "drink", "drinks", "craving", "craves", "crave", "bought",
            "buy", "buys", "buying", "afford", "got", "get", "gets", "getting");
    /**
     * Verbs of calling or reaching a company right before its name, and "calling from" after them: the company dealt
     * with as a service ("trying to reach Comcast", "on hold with Verizon", "calling from Comcast"), not where anyone is.
     */
    private static final Set<String> CALLING = WordSet.of("call", "called", "calling", "calls", "reach", "reached",
            "reaching", "contact", "contacted", "contacting", "phoned", "emailed", "texted", "dialed");
    /** Verbs of ordering or buying right before "from": "ordered from Target", "bought from Costco". */
    private static final Set<String> ORDERING = WordSet.of("ordered", "order", "orders", "ordering", "bought", "buy",
            "buys", "buying");
    /** Verbs of paying before "with": "paid with Venmo". */
    private static final Set<String> PAY_VERBS = WordSet.of("paid", "pay", "pays", "paying", "sent", "send", "sends");
    /** Words after which a lower-case listed name that is also a word is the store ("at target", "outside subway"). */
    private static final Set<String> PLACE_WORDS = WordSet.of("at", "in", "outside", "inside", "near", "behind", "from");
    /** Words that open the rest of a sentence, not a product's name: "at Costco for bread", "at Target and shoes". */
    private static final Set<String> FUNCTION = WordSet.of("for", "and", "or", "but", "to", "with", "on", "in", "at",
            "the", "a", "an", "my", "his", "her", "their", "our", "some", "new", "just", "again", "last", "every", "then",
            "after", "before", "when", "while", "until", "during", "since", "because", "so", "by", "near", "from", "off");
    /** Time words that close a place phrase: "outside target yesterday". */
    private static final Set<String> WHEN = WordSet.of("yesterday", "today", "tonight", "again", "this", "last",
            "earlier", "once", "twice", "alone", "tomorrow");
    private static final WordList ENGLISH = WordList.english();
    private static final TreatmentsAndLaws TREATMENTS = new TreatmentsAndLaws();
    private final Set<String> brandNouns;
    private final Set<String> suffixes;
    private final Set<String> coverageVerbs;
    private final Set<String> exempt;
    private final WordTable lex;

    ChainMentions(WordTable lex, Map<String, Set<String>> classes) {
        this.lex = lex;
        Set<String> nouns = new HashSet<>(classes.get("BRAND_NOUN"));
        nouns.addAll(classes.get("PRODUCT_NOUN"));
        this.brandNouns = WordSet.copyOf(nouns);
        this.suffixes = classes.get("COMPANY_SUFFIX");
        this.coverageVerbs = classes.get("COVERAGE_VERB");
        Set<String> kept = new HashSet<>(classes.get("BANK"));
        kept.addAll(PublicMentions.lowerCase("payers-agencies.txt"));
        this.exempt = WordSet.copyOf(kept);
    }

    /** The listed stores and companies and the company-shaped runs of {@code text} the sentence does not make a brand. */
    List<PhiSpan> spans(String text) {
        List<PhiSpan> out = new ArrayList<>();
        List<int[]> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            int[] end = listed(text, words, i);
            if (end == null) {
                end = companyShaped(text, words, i);
            }
            if (end == null) {
                continue;
            }
            int s = words.get(i)[0];
            int e = end[0];
            if (!brand(text, words, i, end[1], e)) {
                out.add(new PhiSpan(s, e, PhiCategory.LOCATION, 0.6));
            }
            i = end[1];
        }
        return out;
    }

    /**
     * Whether a listed chain at {@code [s, e)} is the brand of a thing or a service used, read by the sentence. Asked
     * once per chain mention, so it reads the words around the mention, not the whole text (which made a note with
     * many chains quadratic): {@link #brand} looks at most two words before the name and two after it, and a word
     * boundary at a blank is the same whether the text is read from its start or from that blank, so the words of a
     * window that holds two words either side (or reaches the text's edge) are the whole text's words there.
     */
    boolean brandAt(String text, int s, int e) {
        int from = windowStart(text, s);
        if (from < 0) {
            return brandAtInWholeText(text, s, e);
        }
        List<int[]> words = new ArrayList<>();
        int first = -1;
        int after = 0; // words read past the mention: brand() asks for two
        int n = text.length();
        int i = from;
        while (i < n && after < 3) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int[] w = word(text, i);
            i = w[2];
            words.add(new int[] {w[0], w[1]});
            if (first < 0 && w[0] == s) {
                first = words.size() - 1;
            } else if (first < 0 && w[0] > s) {
                return false; // no word opens at s, as in the whole text
            } else if (first >= 0 && w[1] > e) {
                after++;
            }
        }
        if (first < 0) {
            return false;
        }
        if (from > 0 && first < 2) {
            return brandAtInWholeText(text, s, e); // the window holds fewer than two words before the name
        }
        return brandIn(text, words, first, e);
    }

    /**
     * A blank before {@code s} with three runs of non-blanks between it and the run holding {@code s} (a window to
     * read from), 0 when the text starts first, -1 when none lies within 200 chars (a long run: read the whole text).
     */
    private static int windowStart(String text, int s) {
        int runs = 0;
        for (int k = s - 1; k >= 0; k--) {
            if (s - k > 200) {
                return -1;
            }
            if (Character.isWhitespace(text.charAt(k)) && k + 1 < s && !Character.isWhitespace(text.charAt(k + 1))
                    && ++runs == 4) {
                return k;
            }
        }
        return 0;
    }

    /** {@link #brandAt} on the words of the whole text: its reference, and its way when no short window serves. */
    boolean brandAtInWholeText(String text, int s, int e) {
        List<int[]> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i)[0] == s) {
                return brandIn(text, words, i, e);
            }
        }
        return false;
    }

    /** {@link #brand} of the name opening at word {@code first} and ending at {@code e}. */
    private boolean brandIn(String text, List<int[]> words, int first, int e) {
        int last = first;
        while (last + 1 < words.size() && words.get(last + 1)[1] <= e) {
            last++;
        }
        return brand(text, words, first, last, e);
    }

    /** {@code {end, last word}} of the longest listed name opening at word {@code i}, or null. */
    private int[] listed(String text, List<int[]> words, int i) {
        int most = Math.min(LONGEST, words.size() - i);
        // the run of words joined by single spaces is read once: singleSpaced(i, n) holds exactly for n up to it
        int spaced = 1;
        while (spaced < most && singleSpaced(text, words, i + spaced - 1, 2)) {
            spaced++;
        }
        for (int n = most; n >= 1; n--) {
            int s = words.get(i)[0];
            int e = words.get(i + n - 1)[1];
            if (n > spaced || !mayOpenAName(text, s, e)) {
                continue;
            }
            if (plainAscii(text, s, e) && !WordSet.containsLower(NAMES, text, s, e)
                    && !(Character.toLowerCase(text.charAt(e - 1)) == 's'
                            && WordSet.containsLowerThen(NAMES, text, s, e - 1, "'s"))) {
                continue; // the test below without its copies: with no apostrophe only two forms can be listed
            }
            String name = text.substring(s, e).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            // the possessive goes with the name ("Kroger's", "Dunkin'"), and an apostrophe may be left out ("lowes")
            boolean known = NAMES.contains(name)
                    || (name.endsWith("'s") || name.endsWith("'")) && NAMES.contains(name.substring(0, name.lastIndexOf('\'')))
                    || name.endsWith("s") && !name.endsWith("'s") && NAMES.contains(name.substring(0, name.length() - 1) + "'s");
            if (!known) {
                continue;
            }
            String bare = name.endsWith("'s") ? name.substring(0, name.length() - 2) : name;
            if (exempt.contains(name) || exempt.contains(bare)) {
                return null;
            }
            // a store in any case and any sentence is where someone is, goes, shops or meets (the convention from
            // round 23b on); only brand() below releases it, as the brand of a thing or a service used
            if (n == 1 && !STORES.contains(bare) && !STORES.contains(name) && (partOfLongerName(text, words, i)
                    || (lex.get(bare, 0, bare.length()) & (Lexicon.CITY | Lexicon.STATE)) != 0)) {
                return null; // the company list's one word inside another name or a town: "Montreal Cognitive Assessment"
            }
            if (n == 1 && wordLike(text, s, e, bare) && !(storeBeforeIt(text, words, i) && closes(text, words, i))) {
                return null; // "my target weight", "Sonic the hedgehog", "Ross said": a word or a name, not a store
            }
            return new int[] {e, i + n - 1};
        }
        return null;
    }

    /**
     * A one-word listed name that is also a word, a given name, a surname or a town ("target", "subway", "ross"):
     * taken in lower case only after a place word, capitalized only inside a sentence.
     */
    private boolean wordLike(String text, int s, int e, String bare) {
        long f = lex.get(bare, 0, bare.length());
        boolean word = ENGLISH.isCommonWord(bare, 0, bare.length())
                || (f & (Lexicon.FIRST | Lexicon.SURNAME | Lexicon.CITY)) != 0;
        if (!word) {
            return false;
        }
        boolean upper = Character.isUpperCase(text.charAt(s));
        return !upper || PublicMentions.opensSentence(text, s)
                || text.substring(PublicMentions.sentenceStart(text, s), s).isBlank();
    }

    /** Whether a capitalized word adjoins word {@code i} inside its sentence ("Nova Scotia", "Montreal Cognitive"). */
    private static boolean partOfLongerName(String text, List<int[]> words, int i) {
        boolean before = i > 0 && upperAt(text, words, i - 1) && (singleSpaced(text, words, i - 1, 2)
                || text.substring(words.get(i - 1)[1], words.get(i)[0]).equals(" & ")) // "Ben & Jerry's"
                && !PublicMentions.opensSentence(text, words.get(i)[0]);
        return before || i + 1 < words.size() && upperAt(text, words, i + 1) && singleSpaced(text, words, i, 2);
    }

    /** Whether the word after word {@code i} ends its phrase: "at target yesterday", not "at target practice". */
    private static boolean closes(String text, List<int[]> words, int i) {
        if (i + 1 >= words.size() || !singleSpaced(text, words, i, 2)) {
            return true;
        }
        String next = text.substring(words.get(i + 1)[0], words.get(i + 1)[1]).toLowerCase(Locale.ROOT);
        return FUNCTION.contains(next) || WHEN.contains(next);
    }

    private boolean storeBeforeIt(String text, List<int[]> words, int i) {
        if (i == 0) {
            return false;
        }
        int[] p = words.get(i - 1);
        String prev = text.substring(p[0], p[1]).toLowerCase(Locale.ROOT);
        if (prev.equals("the") && i >= 2) {
            int[] q = words.get(i - 2);
            prev = text.substring(q[0], q[1]).toLowerCase(Locale.ROOT);
        }
        return PLACE_WORDS.contains(prev);
    }

    /**
     * {@code {end, last word}} of a capitalized run of one to three words closed by a word of a company's name
     * ("Pinecrest Technologies", "Harlow Foods Inc"), or null. A run of common words only counts with a legal form
     * ("Inc", "LLC"), and a listed therapy ("Internal Family Systems") is none.
     */
    private int[] companyShaped(String text, List<int[]> words, int i) {
        if (!upperAt(text, words, i) || suffix(text, words, i) || PublicMentions.opensSentence(text, words.get(i)[0])
                && ENGLISH.isCommonWord(text, words.get(i)[0], words.get(i)[1])) {
            return null;
        }
        int k = i;
        boolean common = true;
        while (k < words.size() && k - i < 3 && upperAt(text, words, k) && !suffix(text, words, k)
                && singleSpaced(text, words, k, 1 + (k + 1 < words.size() ? 1 : 0))) {
            common &= ENGLISH.isCommonWord(text, words.get(k)[0], words.get(k)[1]);
            k++;
        }
        if (k == i || k >= words.size() || !upperAt(text, words, k) || !suffix(text, words, k)) {
            return null;
        }
        int last = k;
        while (last + 1 < words.size() && last - k < 2 && upperAt(text, words, last + 1) && suffix(text, words, last + 1)
                && singleSpaced(text, words, last, 2)) {
            last++; // "Foods Inc"
        }
        boolean legal = false;
        for (int j = k; j <= last; j++) {
            String w = text.substring(words.get(j)[0], words.get(j)[1]).toLowerCase(Locale.ROOT);
            legal |= w.startsWith("inc") || w.startsWith("corp") || w.startsWith("llc") || w.startsWith("ltd");
        }
        int s = words.get(i)[0];
        int e = words.get(last)[1];
        if (common && !legal || TREATMENTS.reads(text, s, e)) {
            return null;
        }
        return new int[] {e, last};
    }

    private boolean brand(String text, List<int[]> words, int first, int last, int e) {
        // a product after the name, also after its possessive: "a Starbucks latte", "Amazon's return policy"
        if (last + 1 < words.size()) {
            int[] n = words.get(last + 1);
            String next = text.substring(n[0], n[1]).toLowerCase(Locale.ROOT);
            if (coverageVerbs.contains(next)) {
                return true; // a benefits manager acting as the payer: "Caremark denied the brand"
            }
            if (n[0] - e <= 2 && brandNouns.contains(next)) {
                return true;
            }
            // or one word of the product before it ("a Safeway sheet cake", "Kroger rotisserie chicken"), not a verb
            // or a word of the sentence ("at Costco buying shoes", "at Aldi for bread")
            if (n[0] - e <= 2 && last + 2 < words.size() && !next.endsWith("ing") && next.chars().allMatch(Character::isLowerCase)
                    && !FUNCTION.contains(next) && singleSpaced(text, words, last + 1, 2)) {
                int[] m = words.get(last + 2);
                String product = text.substring(m[0], m[1]);
                if (product.chars().allMatch(Character::isLowerCase) && brandNouns.contains(product)) {
                    return true;
                }
                // else only a verb of calling before the name makes it a service ("reach Comcast about the bill")
                return first > 0 && CALLING.contains(text.substring(words.get(first - 1)[0], words.get(first - 1)[1])
                        .toLowerCase(Locale.ROOT));
            }
        }
        String name = text.substring(words.get(first)[0], e).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (!STORES.contains(name) && indefiniteBefore(text, words, first)) {
            return true; // a company's product, counted: "drives a black Audi" (a store so counted is a branch)
        }
        if (first > 0) {
            int[] p = words.get(first - 1);
            String prev = text.substring(p[0], p[1]).toLowerCase(Locale.ROOT);
            if (CONSUMING.contains(prev)) {
                return true; // what one eats, drinks or buys is the chain's food: "grabbed McDonald's", "ate chipotle"
            }
            if (SERVICE_PREPS.contains(prev)) {
                return true; // "ordered on Amazon", "through DoorDash"
            }
            if (CALLING.contains(prev)) {
                return true; // "called Comcast about the bill": a service dealt with (round 32)
            }
            if ((prev.equals("from") || prev.equals("with")) && first > 1) {
                int[] q = words.get(first - 2);
                String verb = text.substring(q[0], q[1]).toLowerCase(Locale.ROOT);
                if (prev.equals("from") ? verb.equals("calling") || verb.equals("call") : verb.equals("hold")) {
                    return true; // "calling from Comcast" (the caller's company), "on hold with Verizon"
                }
                if (prev.equals("from") && ORDERING.contains(verb)) {
                    return true; // "ordered from Target": the seller of goods, not where anyone is (round 33b)
                }
                if (prev.equals("from") && orderedObjectBefore(text, q[0])) {
                    return true; // "ordered a new phone from Amazon": the seller, over the thing bought (round 37)
                }
            }
            if (prev.equals("with") && first > 1) {
                int[] q = words.get(first - 2);
                return PAY_VERBS.contains(text.substring(q[0], q[1]).toLowerCase(Locale.ROOT)); // "paid with Venmo"
            }
        }
        return false;
    }

    /**
     * A verb of ordering or buying before the thing bought that ends at {@code k}: up to four lower-case words,
     * single-spaced, between the verb and "from" ("ordered a new phone from", "bought her shoes from"); a comma or a
     * sentence's end between breaks the slot ("ordered pizza, then drove from Target").
     */
    private static boolean orderedObjectBefore(String text, int k) {
        int end = ProperNounContext.wordEnd(text, k);
        for (int words = 0; words < 5; words++) {
            if (k <= 0) {
                return false;
            }
            String w = text.substring(k, end);
            if (words > 0 && ORDERING.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!w.chars().allMatch(Character::isLowerCase) || text.charAt(k - 1) != ' ') {
                return false;
            }
            int p = ProperNounContext.prevWordStart(text, k, false);
            if (p < 0) {
                return false;
            }
            int pe = ProperNounContext.wordEnd(text, p);
            if (pe != k - 1) {
                return false; // a mark between the words
            }
            k = p;
            end = pe;
        }
        return false;
    }

    /** "a" or "an" right before word {@code i}, or before one lower-case word before it ("a used Audi"). */
    private static boolean indefiniteBefore(String text, List<int[]> words, int i) {
        for (int back = 1; back <= 2 && i - back >= 0; back++) {
            int[] p = words.get(i - back);
            String w = text.substring(p[0], p[1]);
            if (w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an")) {
                return singleSpaced(text, words, i - back, back + 1);
            }
            if (!w.chars().allMatch(Character::isLowerCase) || FUNCTION.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private boolean suffix(String text, List<int[]> words, int k) {
        int[] w = words.get(k);
        // asked of every capitalized word in a run: looked up in place, the same answer as its lower-case copy
        return WordSet.containsLower(suffixes, text, w[0], w[1]);
    }

    private static boolean upperAt(String text, List<int[]> words, int k) {
        return Character.isUpperCase(text.charAt(words.get(k)[0]));
    }

    /** Whether words {@code i .. i+n-1} are joined by single spaces (a name does not run over a comma). */
    private static boolean singleSpaced(String text, List<int[]> words, int i, int n) {
        for (int k = i; k < i + n - 1 && k + 1 < words.size(); k++) {
            if (words.get(k + 1)[0] - words.get(k)[1] != 1 || text.charAt(words.get(k)[1]) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Words as {start, end}: letters and digits with the marks names hold inside ("7-eleven", "h&m", "t.j.", "lowe's"). */
    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int[] w = word(text, i);
            out.add(new int[] {w[0], w[1]});
            i = w[2];
        }
        return out;
    }

    /** {@code {start, end, where reading goes on}} of the word opening at {@code s}. */
    private static int[] word(String text, int s) {
        int n = text.length();
        int i = s;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || inner(text, i))) {
            i++;
        }
        int e = i;
        while (e > s && (text.charAt(e - 1) == '-' || text.charAt(e - 1) == '&')) { // an apostrophe stays: "Dunkin'"
            e--;
        }
        return new int[] {s, e, i};
    }

    private static boolean inner(String text, int i) {
        char c = text.charAt(i);
        return c == '\'' || c == '\u2019' || c == '-' || c == '&' || c == '.' && i + 1 < text.length()
                && Character.isLetter(text.charAt(i + 1)) && i > 0 && Character.isLetter(text.charAt(i - 1));
    }

    private static long[] prefixes(Set<String> names) {
        long[] bits = new long[PREFIX_BITS >>> 6];
        for (String name : names) {
            int h = 0;
            set(bits, h);
            for (int k = 0; k < name.length(); k++) {
                h = 31 * h + name.charAt(k);
                set(bits, h);
            }
        }
        return bits;
    }

    private static void set(long[] bits, int h) {
        int b = (h ^ (h >>> 16)) & (PREFIX_BITS - 1);
        bits[b >>> 6] |= 1L << b;
    }

    /**
     * Whether a listed name may be the run {@code text[s, e)} as {@link #listed} folds it (lower case, a right quote as
     * an apostrophe), or its form with or without an apostrophe: one of them opens with all of the run but its last two
     * chars. True for a run with other non-ASCII chars, whose lower case may change its length.
     */
    /** ASCII with no apostrophe, so lower-casing is per char and no possessive form applies. */
    private static boolean plainAscii(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c >= 128 || c == '\'') {
                return false;
            }
        }
        return true;
    }

    private static boolean mayOpenAName(String text, int s, int e) {
        int h = 0;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c == '\u2019') {
                c = '\'';
            } else if (c >= 128) {
                return true;
            } else if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            if (k < e - 2) {
                h = 31 * h + c;
            }
        }
        int b = (h ^ (h >>> 16)) & (PREFIX_BITS - 1);
        return (PREFIXES[b >>> 6] & (1L << b)) != 0;
    }

    private static Set<String> names(String... lists) {
        Set<String> out = new HashSet<>();
        for (String list : lists) {
            for (String entry : Lexicon.entries(list)) {
                out.add(entry.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            }
        }
        return WordSet.copyOf(out);
    }
}
