package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.PublicMentions.lower;
import static org.practicekit.llm.phi.internal.PublicMentions.lowerCase;
import static org.practicekit.llm.phi.internal.PublicMentions.sentenceEnd;
import static org.practicekit.llm.phi.internal.PublicMentions.skipBlanks;

import java.util.Map;
import java.util.Set;

/**
 * What a listed public name does in its sentence: a team is watched, cheered, wins or loses, has games, fans and
 * parades ("more on Cowboys game days", "when the Lakers lost"); a payer covers, denies, approves or pays in a
 * sentence about a claim or care ("MassHealth approved the prior auth", "does Tricare pay for telehealth"); a brand
 * is counted as it is drunk ("6 Miller Lites") or bought, used, ordered or downloaded ("orders DoorDash every
 * night"). Read by {@link PublicReading} for a span no list released, after its person cues.
 *
 * <p>Deny by default: the name must be on a list (teams, payers and public programs, brands) and the sentence must
 * say what it does; a word of work in the sentence keeps it the client's employer ("works concessions at the Lakers
 * arena", "works in claims at Aetna"), a game the client went to places the client ("Went to the Bulls game with his
 * dad"), and a place noun right after it keeps it a place ("Eagles bar on Main").
 */
final class PublicRoles {
    /** Teams by nickname and full name ({@code teams.txt}, both parts), lower case. */
    private static final Set<String> TEAMS = lowerCase("teams.txt");
    /** Payers, public programs, EAP vendors ({@code public-names.txt}), lower case. */
    private static final Set<String> PAYERS = lowerCase("public-names.txt");
    /** Each listed payer's first word, for its short name before its role ("Lyra" of "Lyra Health" "for EAP"). */
    private static final Set<String> PAYER_SHORT = shortNames(PAYERS);
    /** Words between a payer and its role: "Sedgwick is the TPA", "Lyra as their EAP", "Transworld for collection". */
    private static final Set<String> BEFORE_ROLE = WordSet.of("is", "was", "the", "a", "an", "as", "for", "our", "their",
            "its", "her", "his", "my", "your", "new", "now", "still");
    /** Food, drink and app brands ({@code brands.txt}), lower case. */
    private static final Set<String> BRANDS = lowerCase("brands.txt");
    /** Counting words before a brand: "two Red Bulls", "a few Bud Lights". */
    private static final Set<String> COUNTS = WordSet.of("a", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "twelve", "few", "couple", "several", "some", "more", "many", "dos", "tres");
    /** An insurer's own last word: "Hartford Insurance", "Lincoln Financial", "Guardian Life". */
    private static final Set<String> INSURER_WORDS = WordSet.of("insurance", "assurance", "mutual", "financial", "life",
            "casualty", "indemnity");
    /** Verbs of going to an event before a team: where the client was, a place as round 16 reads a chain visited. */
    // Words a verb of use may have between it and the brand: "orders the DoorDash", "buys more Red Bull".
    private static final Set<String> BEFORE_USED = WordSet.of("the", "a", "some", "on", "from", "more", "his", "her", "my");
    private static final Set<String> ATTENDED = WordSet.of("went", "took", "attended", "drove", "flew", "fuimos", "fue");
    /** What a payer does as a sender: "Aetna says", "Lincoln Financial calling", "Evernorth requested records". */
    private static final Set<String> SPEAKS = WordSet.of("says", "said", "calling", "called", "calls", "sent", "sends",
            "mailed", "faxed", "wrote", "emailed", "requested", "requests", "asked", "asks", "wants", "needs", "notified");
    /** Negations and auxiliaries between a payer and its verb: "Blue Cross won't cover", "Aetna still has not paid". */
    private static final Set<String> AUXILIARIES = WordSet.of("won't", "wont", "will", "would", "doesn't", "doesnt", "does",
            "didn't", "didnt", "did", "finally", "still", "only", "just", "never", "now", "also", "already", "has",
            "have", "had", "not", "no", "is", "was", "can't", "cant", "can", "should", "might", "may", "apparently");

    private final Set<String> sportCues;
    private final Set<String> sportNouns;
    private final Set<String> coverageVerbs;
    private final Set<String> placeNouns;
    private final Set<String> employment;
    private final Set<String> billing;
    private final Set<String> careCovered;
    private final Set<String> useVerbs;
    private final Set<String> payerRoles;

    private final WordTable lex;

    PublicRoles(WordTable lex, Map<String, Set<String>> classes) {
        this.lex = lex;
        this.sportCues = classes.get("SPORT_CUE");
        this.sportNouns = classes.get("SPORT_NOUN");
        this.coverageVerbs = classes.get("COVERAGE_VERB");
        this.placeNouns = classes.get("PLACE_AFTER");
        this.employment = classes.get("EMPLOYMENT");
        this.billing = classes.get("BILLING_CUE");
        this.careCovered = classes.get("CARE_COVERED");
        this.useVerbs = classes.get("USE_VERB");
        this.payerRoles = classes.get("PAYER_ROLE");
    }

    /** Whether the listed name {@code text[s, e)} is, by what it does in its sentence, a team, a payer or a brand. */
    boolean reads(String text, int s, int e) {
        String name = lower(text, s, e).replace('\u2019', '\'');
        int from = s;
        if (name.startsWith("the ")) {
            name = name.substring(4); // "The Chiefs lost again": the article a sentence's start capitalizes
            from = s + 4;
        }
        int n = skipBlanks(text, e);
        String next = lower(text, n, ProperNounContext.wordEnd(text, n));
        if (placeNouns.contains(next)) {
            return false;
        }
        boolean team = listed(TEAMS, name);
        // a listed payer, or its short name, followed by what it is to the practice: "Sedgwick is the TPA", "Lyra for EAP"
        boolean role = (PAYERS.contains(name) || PAYER_SHORT.contains(name)) && roleAfter(text, e);
        boolean payer = role || PAYERS.contains(name) || insurer(name);
        boolean brand = listed(BRANDS, name);
        if (!team && !payer && !brand || !role && name.indexOf(' ') < 0
                && (lex.get(text, from, e) & (Lexicon.FIRST | Lexicon.SURNAME | Lexicon.CITY)) != 0) {
            return false; // one word that is also a given name, a surname or a city: "Jordan said he would come"
        }
        if (brand && countedBefore(text, s)) {
            return true; // "6 Miller Lites", "two Red Bulls": a drink counted, no one's name
        }
        boolean used = brand && usedBefore(text, s);
        boolean sport = team && (sportNouns.contains(next) || cheered(text, s, e));
        boolean covers = payer && payerActs(text, e);
        // a payer that speaks or writes about a claim: "This is Lincoln Financial calling ... regarding a disability claim"
        boolean says = payer && SPEAKS.contains(next);
        boolean claim = false;
        int to = sentenceEnd(text, e);
        for (int k = PublicMentions.sentenceStart(text, s); k < to; ) {
            if (!Character.isLetterOrDigit(text.charAt(k))) {
                k++;
                continue;
            }
            int we = ProperNounContext.wordEnd(text, k);
            String w = lower(text, k, Math.max(we, k + 1));
            if (employment.contains(w)) {
                return false; // the client's employer: "works in claims at Aetna", "security at the Eagles stadium"
            }
            if (team && k < s && ATTENDED.contains(w)) {
                return false; // a game the client went to puts the client at its venue: "went to the Bulls game"
            }
            sport |= team && (k < s || k >= e) && sportCues.contains(w);
            claim |= billing.contains(w) || careCovered.contains(w);
            k = Math.max(we, k + 1);
        }
        // a program that acts on something else ("HUD approved the voucher") is left to the slots: only care or a claim
        return sport || used || role || (covers || says) && claim;
    }

    /** The payer's role within three words after it, over "is the", "as", "for": "is the TPA", "for collection". */
    private boolean roleAfter(String text, int e) {
        return wordAfterOver(text, e, 3, payerRoles, BEFORE_ROLE);
    }

    /**
     * One of {@code wanted} among the {@code n} words after {@code e}, over blanks, commas, slashes and words of
     * {@code over} only: "is the TPA", "Patience, Justice".
     */
    static boolean wordAfterOver(String text, int e, int n, Set<String> wanted, Set<String> over) {
        int k = e;
        for (int words = 0; words < n; words++) {
            while (k < text.length() && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == ','
                    || text.charAt(k) == '/')) {
                k++;
            }
            int we = ProperNounContext.wordEnd(text, k);
            if (we == k) {
                return false;
            }
            if (WordSet.containsLowerOrEmpty(wanted, text, k, we)) {
                return true;
            }
            if (!WordSet.containsLowerOrEmpty(over, text, k, we)) {
                return false;
            }
            k = we;
        }
        return false;
    }

    private static Set<String> shortNames(Set<String> names) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String n : names) {
            int space = n.indexOf(' ');
            if (space > 2) {
                out.add(n.substring(0, space));
            }
        }
        return WordSet.copyOf(out);
    }

    /** "Go Eagles!!", "go brewers": a cheer, "go" right before the team and nothing but marks or the end after it. */
    private static boolean cheered(String text, int s, int e) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p < 0 || !lower(text, p, ProperNounContext.wordEnd(text, p)).equals("go")) {
            return false;
        }
        for (int k = e; k < text.length() && text.charAt(k) != '\n'; k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A coverage verb right after the payer, over auxiliaries and negations ("Tricare pay", "Blue Cross won't cover"). */
    private boolean payerActs(String text, int e) {
        int k = skipBlanks(text, e);
        for (int words = 0; words < 4 && k < text.length(); words++) {
            int we = ProperNounContext.wordEnd(text, k);
            if (we == k) {
                return false;
            }
            String w = lower(text, k, we).replace('\u2019', '\'');
            if (coverageVerbs.contains(w)) {
                return true;
            }
            if (!AUXILIARIES.contains(w)) {
                return false;
            }
            k = skipBlanks(text, we);
        }
        return false;
    }

    /** A verb of buying, using or consuming right before, over one article: "orders DoorDash", "downloaded the Calm". */
    private boolean usedBefore(String text, int s) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p >= 0 && BEFORE_USED.contains(
                lower(text, p, ProperNounContext.wordEnd(text, p)))) {
            p = ProperNounContext.prevWordStart(text, p, false);
        }
        return p >= 0 && WordSet.containsLowerOrEmpty(useVerbs, text, p, ProperNounContext.wordEnd(text, p));
    }

    /**
     * An insurer by its own last word ("Hartford Insurance", "Lincoln Financial"), read as a payer only when it acts
     * on a claim or on care like one: a town or a surname before "Insurance" names the company, not the client's place.
     */
    private static boolean insurer(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && INSURER_WORDS.contains(name.substring(space + 1));
    }

    /** A number or a counting word right before: "6 Miller Lites", "a couple Coronas". */
    private static boolean countedBefore(String text, int s) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p < 0) {
            return false;
        }
        String w = lower(text, p, ProperNounContext.wordEnd(text, p));
        return COUNTS.contains(w) || !w.isEmpty() && w.chars().allMatch(Character::isDigit) && w.length() <= 2;
    }

    /** The name as listed, or its plural or possessive ("Miller Lites", "Lakers'"). */
    private static boolean listed(Set<String> list, String name) {
        return list.contains(name) || name.endsWith("s") && list.contains(name.substring(0, name.length() - 1))
                || name.endsWith("'s") && list.contains(name.substring(0, name.length() - 2))
                || name.endsWith("'") && list.contains(name.substring(0, name.length() - 1));
    }
}
