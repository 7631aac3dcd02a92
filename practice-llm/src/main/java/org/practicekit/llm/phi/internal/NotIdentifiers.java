package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.CONTACT;
import static org.practicekit.llm.phi.internal.Lexicon.FIRST;
import static org.practicekit.llm.phi.internal.Lexicon.KIN;
import static org.practicekit.llm.phi.internal.Lexicon.NAMING;
import static org.practicekit.llm.phi.internal.Lexicon.PET;
import static org.practicekit.llm.phi.internal.Lexicon.SURNAME;
import static org.practicekit.llm.phi.internal.Lexicon.TITLE;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Slots in which the guard's residual check reads a span as "not an identifier": a state, a province or a country
 * in the client's language, a family word of another language, a pet's name, a brand or a payer before a product or
 * plan noun, a figure compared to or a role played ("the Cinderella of her family"), a billed HCPCS or CPT code, a
 * masked number. Read only by the guard ({@link ResidualCheck#withoutPublicVocabulary}); the classes' words are in
 * {@code not-identifiers.txt}, apart from the detector's word table. Every slot is narrow: a person cue before the
 * span keeps it replaced, so the check still denies by default.
 */
final class NotIdentifiers {
    static final Map<String, Set<String>> CLASSES = load("not-identifiers.txt");
    static final Set<String> STATE_LEVEL = CLASSES.get("STATE_LEVEL");
    private static final Set<String> FAMILY = CLASSES.get("FAMILY");
    /** Values, feelings and habits spoken of as a person ("Grief is the one who", "Hope keeps telling me"). */
    private static final Set<String> VIRTUE = CLASSES.get("VIRTUE");
    private static final Set<String> PERSONIFIED = CLASSES.get("PERSONIFIED");
    private static final Set<String> DEPARTMENT = CLASSES.get("DEPARTMENT");
    private static final Set<String> PET_WORDS = CLASSES.get("PET");
    private static final Set<String> PRODUCT_NOUN = CLASSES.get("PRODUCT_NOUN");
    private static final Set<String> ROLE_GROUP = CLASSES.get("ROLE_GROUP");
    private static final Set<String> FUNCTION_WORD = CLASSES.get("FUNCTION_WORD");

    private static final Set<String> POSSESSIVES = WordSet.of("my", "his", "her", "our", "their", "your", "the", "a", "an",
            "mi", "mis", "tu", "su", "sus", "nuestra", "nuestro", "la", "el", "los", "las", "meu", "minha", "seu", "sua",
            "o", "nossa", "nosso", "ang", "this", "that", "new", "old", "dear", "sweet");
    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("to", "in", "from", "en", "de", "em", "para", "desde",
            "do", "da", "del", "back", "into", "across", "near");
    private static final Set<String> PET_NAMING = WordSet.of("named", "called", "call", "llamado", "llamada", "chamado",
            "chamada", "llama", "chama", "nombre", "nome");
    private static final Set<String> PET_TITLES = WordSet.of("mr", "mrs", "miss", "ms", "captain", "sir", "lady", "princess",
            "prince", "king", "queen", "señor", "senor", "don", "doña", "professor", "general", "sergeant", "major");
    /** A program's own last word: "the Pell Grant", "a Section 8 voucher" (not "Day Program": a place). */
    private static final Set<String> PROGRAM_NOUN = WordSet.of("grant", "grants", "scholarship", "scholarships", "voucher",
            "vouchers", "waiver", "waivers");
    private static final Set<String> JOINS = WordSet.of("and", "y", "e", "&");
    private static final Set<String> COMPARE = WordSet.of("compare", "compares", "compared", "comparing", "likens", "likened");
    /** Words right before a code that make it a number of the client's ("auth # H2019", "member ID 90837"). */
    private static final Set<String> ID_CUES = WordSet.of("#", "no", "number", "num", "id", "ref", "reference", "member",
            "policy", "account", "acct", "group", "claim", "case", "mrn", "chart");

    // Compiled once: the residual check asks stateLevel() of every name and place span it reads.
    private static final Pattern POSSESSIVE = Pattern.compile(".*['\u2019][sS]");
    private static final Pattern STATE_LIST_SEPARATOR = Pattern.compile("\\s*(,|&|\\band\\b|\\by\\b|\\be\\b)\\s*");
    private static final Pattern STATE_WORD_BEFORE =
            Pattern.compile("(?s).*\\b(state|estado|province|provincia|província|territory)\\s+(of|de|do)\\s+$");
    /** A HCPCS Level II code or a CPT code, with up to four two-character modifiers; a CPT code needs a modifier. */
    private static final Pattern BILLING_CODE = Pattern.compile(
            "[A-V][0-9]{4}(-[A-Z0-9]{2}){0,4}|[0-9]{5}(-[A-Z0-9]{2}){1,4}");
    /**
     * Hours of a shift or a visit, from and to, the last with its half of the day: "7p-7a", "3-11p", "7am–3:30pm".
     * A time of day is no identifier under Safe Harbor (a date is); the half-day letter is what a code never has.
     */
    private static final Pattern SHIFT_HOURS = Pattern.compile(
            "(?i)(1[0-2]|0?[1-9])(:[0-5][0-9])?\\s?([ap]\\.?m?\\.?)?\\s?(-|\u2013|to)\\s?(1[0-2]|0?[1-9])(:[0-5][0-9])?\\s?[ap]\\.?m?\\.?");
    /** An IPv4 address with at least two octets masked: "10.0.x.x", "10.*.*.*". */
    private static final Pattern MASKED_IP = Pattern.compile("([0-9]{1,3}|[xX]{1,3}|\\*{1,3})(\\.([0-9]{1,3}|[xX]{1,3}"
            + "|\\*{1,3})){3}");
    /** A template or a fully masked value: no digit at all ("(xxx) xxx-xxxx", "XXXXXXX", "MM/DD/YYYY"). */
    private static final Pattern FULLY_MASKED = Pattern.compile("[(\\[]?([xX*#•]+|MM|DD|YY|YYYY)[)\\]]?([ ./-]"
            + "[(\\[]?([xX*#•]+|MM|DD|YY|YYYY)[)\\]]?)*");

    private final WordTable lex;
    private final PersonSlots slots;
    private final PublicMentions mentions;
    private final PublicReading reading;

    NotIdentifiers(WordTable lex, PersonSlots slots) {
        this.lex = lex;
        this.slots = slots;
        this.mentions = new PublicMentions(lex, CLASSES);
        this.reading = new PublicReading(lex, CLASSES);
    }

    /** Whether {@code span} of {@code text} stands in a slot that says it is no identifier. */
    boolean reads(String text, PhiSpan span) {
        int s = span.start();
        int e = span.end();
        if (e - s <= 9 && extensionWord(text, s, e)) {
            return true; // "the front desk at x204", "at ext 2215": an extension or its word, read as a place or a name
        }
        switch (span.type()) {
            case PhiCategory.PERSON:
            case PhiCategory.NAME:
            case PhiCategory.LOCATION:
            case PhiCategory.USERNAME:
                // deny by default: a slot never releases what reads as someone's full name ("the Rosa Quintana
                // scholarship", "compares him to Marcus Bell"); a public brand or program so named is on the lists
                if (mentions.reads(text, s, e, false)
                        || !span.type().equals(PhiCategory.USERNAME) && reading.reads(text, s, e)) {
                    // a listed public name in a public slot, or a work, a figure, a trip or news by the sentence's
                    // reading ("Educated by Tara Westover"), read before the full-name rule below
                    return true;
                }
                if (adjustmentGroup(text, s, e)) {
                    return true; // "Denied CO-197": a claim adjustment's group code, not Colorado
                }
                if (twoWordWeekday(text, s, e)) {
                    return true; // "thứ Hai", "Chủ Nhật": Monday and Sunday, whatever else "Hai" is (round 32)
                }
                if (PERSONIFIED.contains(text.substring(s, e).toLowerCase(Locale.ROOT))
                        && (Lexicon.table().get(text, s, e) & (Lexicon.FIRST | Lexicon.SURNAME)) == 0) {
                    return true; // a feeling spoken of as a person ("Stress keeps telling me"), no given name: round 22b's
                                 // policy, held for the token model's spans too
                }
                int person = readsAsPerson(text, s, e);
                if (person == FULL_NAME) {
                    return false;
                }
                return petName(text, s, e) || person == NONE && (stateLevel(text, s, e) || familyWord(text, s, e)
                        || beforeProductNoun(text, s, e) || roleOrComparison(text, s, e) || wordUse(text, s, e));
            case PhiCategory.ID:
            case PhiCategory.HEALTH_PLAN:
            case PhiCategory.ACCOUNT:
            case PhiCategory.MRN:
            case PhiCategory.IP:
                return billingCode(text, s, e) || masked(text, s, e) || shiftHours(text, s, e)
                        || extensionAlone(text, s, e);
            case PhiCategory.PHONE:
            case PhiCategory.FAX:
                return tollFreeLine(text, s, e) || extensionAlone(text, s, e);
            case PhiCategory.DATE:
                return reading.occasion(text, s, e) || shiftHours(text, s, e); // "before Diwali family gatherings"
            default:
                return false;
        }
    }

    /**
     * {@code spans} less the names and places that {@link PublicMentions} or {@link PublicReading} reads as public, and
     * the holidays the slots dated that name an occasion ("before Diwali family gatherings"): the sentence slots place
     * a word after "at" or "went to", but a national chain there is still no one's place ("went to Target").
     */
    java.util.List<PhiSpan> withoutPublicMentions(String text, java.util.List<PhiSpan> spans) {
        java.util.List<PhiSpan> out = new java.util.ArrayList<>(spans.size());
        for (PhiSpan span : spans) {
            boolean name = span.type().equals(PhiCategory.PERSON) || span.type().equals(PhiCategory.NAME)
                    || span.type().equals(PhiCategory.LOCATION);
            boolean occasion = span.type().equals(PhiCategory.DATE) && reading.occasion(text, span.start(), span.end())
                    || span.end() - span.start() <= 9 && extensionWord(text, span.start(), span.end()); // "at x204"
            if (!occasion && !(name && (mentions.reads(text, span.start(), span.end(), true)
                    || reading.reads(text, span.start(), span.end()) || wordUse(text, span.start(), span.end())))) {
                out.add(span);
            }
        }
        return out.size() == spans.size() ? spans : out;
    }

    /** A route or a word spoken of as a word in a slot the sentence readers placed ("takes the N train"); round 40. */
    private boolean wordUse(String text, int s, int e) {
        if (readsAsPerson(text, s, e) != NONE) {
            return false;
        }
        // the call's verb is itself a contact cue, so the payer reading is asked before the person cue
        if (WordUses.organizationCalled(text, s, e)) {
            return true;
        }
        if (!personCueBefore(text, s)) {
            return WordUses.reads(text, s, e);
        }
        // "identifies with Meredith", "obsessed with Elsa from Frozen": the preposition the character reading reads
        // itself is no companion's cue there; a relative's or a title's cue still keeps the name (round 41)
        String before = prevWord(text, s);
        return (before.equals("with") || before.equals("to")) && WordUses.characterOfWork(text, s, e);
    }

    // ---------------------------------------------------------------- a person's name, in any slot

    private static final int NONE = 0;
    private static final int FULL_NAME = 1;
    private static final int TITLED = 2;
    private static final Set<String> PERSON_TITLES = WordSet.of("mr", "mrs", "ms", "miss", "dr", "mx");

    /**
     * Whether the capitalized run around {@code [s, e)} reads as a person: a given name followed by another
     * capitalized word ({@link #FULL_NAME}: "Rosa Quintana", "Marcus Bell"), or a title or an initial beside a
     * capitalized word ({@link #TITLED}: "Mr. Ortega", "J. Ortega"; a pet may be titled, "the cat, Mr. Whiskers").
     * A run that is a state or a province is none ("San Luis Potosí").
     */
    private boolean surnameAfterGivenName(String text, int ws, int we, int ns, int ne, int runStart) {
        if (we - ws < 2 || (lex.get(text, ns, ne) & SURNAME) == 0) {
            return false;
        }
        long f = lex.get(text, ws, we);
        if ((f & FIRST) == 0 && !slots.givenName(text, ws, we, f)) {
            return false;
        }
        String before = prevWord(text, runStart);
        return !before.equals("the") && !before.equals("a") && !before.equals("an");
    }

    private int readsAsPerson(String text, int s, int e) {
        java.util.List<int[]> run = new java.util.ArrayList<>();
        int k = s;
        for (int words = 0; words < 3; words++) {
            int p = ProperNounContext.prevWordStart(text, k, false);
            if (p < 0 || !Character.isUpperCase(text.charAt(p)) || !spaceOrDotBetween(text, ProperNounContext.wordEnd(text, p), k)) {
                break;
            }
            k = p;
        }
        while (k < text.length() && run.size() < 6) {
            int we = ProperNounContext.wordEnd(text, k);
            if (we == k || !Character.isUpperCase(text.charAt(k))) {
                break;
            }
            run.add(new int[] {k, we});
            int n = we < text.length() && text.charAt(we) == '.' ? we + 1 : we;
            if (n >= text.length() || text.charAt(n) != ' ') {
                break;
            }
            k = n + 1;
        }
        if (run.size() < 2 || STATE_LEVEL.contains(text.substring(run.get(0)[0], run.get(run.size() - 1)[1])
                .toLowerCase(Locale.ROOT))) {
            return NONE;
        }
        int result = NONE;
        for (int i = 0; i + 1 < run.size(); i++) {
            int ws = run.get(i)[0];
            int we = run.get(i)[1];
            int ns = run.get(i + 1)[0];
            int ne = run.get(i + 1)[1];
            String next = text.substring(ns, ne).toLowerCase(Locale.ROOT);
            String w = text.substring(ws, we).toLowerCase(Locale.ROOT);
            if (FUNCTION_WORD.contains(next) || ne - ns == 1) {
                continue;
            }
            if (PRODUCT_NOUN.contains(next) || PROGRAM_NOUN.contains(next)) {
                // round 25b: a listed given name and a listed surname are a full name whatever the surname means
                // as a word ("Phillip Grant", "Derek Banks"); the exception is the program or product so named after
                // an article ("the Hope Grant"), and a listed public name is read before this rule
                if (!surnameAfterGivenName(text, ws, we, ns, ne, run.get(0)[0])) {
                    continue;
                }
                return FULL_NAME;
            }
            if (PERSON_TITLES.contains(w) || we - ws == 1 && we < text.length() && text.charAt(we) == '.') {
                result = TITLED; // "Mr. Ortega", "J. Ortega"
                continue;
            }
            long f = lex.get(text, ws, we);
            if (we - ws >= 2 && ((f & FIRST) != 0 || slots.givenName(text, ws, we, f))
                    && (lex.get(text, ns, ne) & (KIN | PET)) == 0) {
                return FULL_NAME;
            }
        }
        return result;
    }

    private static boolean spaceOrDotBetween(String text, int from, int to) {
        String gap = text.substring(from, to);
        return gap.equals(" ") || gap.equals(". ");
    }

    // ---------------------------------------------------------------- places no smaller than a state

    /** "Jalisco", "Nova Scotia", "Jalisco and Michoacán", "o Brasil": every part a state, a province or a country. */
    /**
     * Whether {@code [s, e)} is one word of a weekday written in two words, read with the word beside it ("thứ Hai":
     * the number word after "thứ" is a day, not a name, whatever its capital; round 32), or the pair itself.
     */
    private static boolean twoWordWeekday(String text, int s, int e) {
        int space = text.indexOf(' ', s);
        if (space > s && space < e) {
            return CalendarNames.mayOpenTwoWordWeekday(text, s, space)
                    && CalendarNames.twoWordWeekday(text.substring(s, space), text.substring(space + 1, e).trim());
        }
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p >= 0 && ProperNounContext.wordEnd(text, p) == s - 1 && text.charAt(s - 1) == ' '
                && CalendarNames.mayOpenTwoWordWeekday(text, p, s - 1)) {
            return CalendarNames.twoWordWeekday(text.substring(p, s - 1), text.substring(s, e));
        }
        int n = e + 1;
        if (n < text.length() && text.charAt(e) == ' ' && CalendarNames.mayOpenTwoWordWeekday(text, s, e)) {
            int ne = ProperNounContext.wordEnd(text, n);
            return ne > n && CalendarNames.twoWordWeekday(text.substring(s, e), text.substring(n, ne));
        }
        return false;
    }

    private boolean stateLevel(String text, int s, int e) {
        // the capitalized run around a word the residual check asks of ("Estados" in "Estados Unidos")
        int n = skipBlanks(text, e);
        int ne = ProperNounContext.wordEnd(text, n);
        if (n > e && ne > n && Character.isUpperCase(text.charAt(n)) && Character.isUpperCase(text.charAt(s))
                && STATE_LEVEL.contains(text.substring(s, ne).toLowerCase(Locale.ROOT))) {
            e = ne;
        }
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p >= 0 && Character.isUpperCase(text.charAt(p)) && Character.isUpperCase(text.charAt(s))
                && STATE_LEVEL.contains(text.substring(p, e).toLowerCase(Locale.ROOT))) {
            s = p;
        }
        if (oneAsciiWord(text, s, e) && !WordSet.containsLower(STATE_LEVEL, text, s, e)) {
            // most spans asked about: one word of ASCII letters that names no state. Below, its one part would be
            // looked up and fail (or a quote after it return false first), so the answer is false without the copies
            // and the possessive's regular expression; "and", "y" and "e" split to no part and go the long way.
            return false;
        }
        if (e < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019')
                || POSSESSIVE.matcher(text.substring(s, e)).matches()) {
            return false; // "Georgia's place": someone's
        }
        String span = text.substring(s, e).toLowerCase(Locale.ROOT);
        boolean needsPreposition = false;
        boolean city = false;
        int parts = 0;
        // one word of ASCII letters holds no separator (most spans asked about): no regular expression for it
        String[] list = asciiLetters(span) && !(span.equals("and") || span.equals("y") || span.equals("e"))
                ? new String[] {span} : STATE_LIST_SEPARATOR.split(span);
        for (String part : list) {
            if (part.isEmpty()) {
                continue;
            }
            if (!STATE_LEVEL.contains(part)) {
                return false;
            }
            parts++;
            long f = lex.get(part, 0, part.length());
            needsPreposition |= part.indexOf(' ') < 0 && (f & (FIRST | SURNAME)) != 0;
            city |= (f & Lexicon.CITY) != 0;
        }
        if (parts == 0 || city && !stateWordBefore(text, s)) {
            return false; // "Puebla", "Quebec": the city as well; only "el estado de Puebla" names the state
        }
        int after = skipBlanks(text, e);
        if (after < text.length() && text.charAt(after) == ',') {
            int c = skipBlanks(text, after + 1);
            if (c + 2 <= text.length() && Character.isUpperCase(text.charAt(c)) && Character.isUpperCase(text.charAt(c + 1))
                    && (c + 2 == text.length() || !Character.isLetter(text.charAt(c + 2)))) {
                return false; // "Ontario, CA": the city
            }
        }
        return !needsPreposition || PLACE_PREPOSITIONS.contains(prevWord(text, s));
    }

    /** {@code asciiLetters(lower(text, s, e))} in place, and not one of the joints the state list splits on. */
    private static boolean oneAsciiWord(String text, int s, int e) {
        if (s < 0 || e > text.length() || s >= e) {
            return false;
        }
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        int n = e - s;
        return !(n == 3 && text.regionMatches(true, s, "and", 0, 3)
                || n == 1 && (Character.toLowerCase(text.charAt(s)) == 'y' || Character.toLowerCase(text.charAt(s)) == 'e'));
    }

    private static boolean asciiLetters(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** "the state of", "el estado de", "la provincia de", "the province of" right before {@code s}. */
    private static boolean stateWordBefore(String text, int s) {
        String before = text.substring(Math.max(0, s - 24), s).toLowerCase(Locale.ROOT);
        return STATE_WORD_BEFORE.matcher(before).matches() || townAndComma(text, s);
    }

    /**
     * A capitalized town and a comma right before the name: "Tlaxiaco, Oaxaca" gives the town its state, as "Salem,
     * Oregon" does (round 32); the town stays a place of its own.
     */
    private static boolean townAndComma(String text, int s) {
        int k = s - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 1 || text.charAt(k) != ',') {
            return false;
        }
        int p = ProperNounContext.prevWordStart(text, k, false);
        return p >= 0 && Character.isUpperCase(text.charAt(p)) && ProperNounContext.wordEnd(text, p) == k;
    }

    // ---------------------------------------------------------------- family words

    /** "mi mami", "meu vovô", "Bubbe", "his Nana": a relation in the client's language, not a name. */
    private boolean familyWord(String text, int s, int e) {
        String w = text.substring(s, e).toLowerCase(Locale.ROOT);
        long f = lex.get(text, s, e);
        boolean given = (f & (FIRST | SURNAME)) != 0 || slots.givenName(text, s, e, f);
        if (FUNCTION_WORD.contains(w) && !given) {
            return true; // "Nuestra perrita", "Minha irmã"
        }
        if (!FAMILY.contains(w)) {
            return false; // the word after "mi tía" may be her name whether a list has it or not ("my tia amtor")
        }
        // "my lola", "his Zayde", "mami no sabe"; not "Lola called", nor a nickname: "whether Nene disclosed"
        return POSSESSIVES.contains(prevWord(text, s)) || !given && Character.isLowerCase(text.charAt(s));
    }

    // ---------------------------------------------------------------- pets

    /**
     * A pet's name in the slots the shared pet rule does not read: after an animal word of another language or a
     * breed ("nuestro perro Canelo", "a pit mix called Tank"), after a naming word with an animal earlier in the
     * sentence ("adopted a puppy, his name is Waffles", "a rabbit named Thumper"), the second of a pair after an
     * animal word ("our dogs Bailey and Cooper"), and after a title ("the cat, Mr. Whiskers").
     */
    private boolean petName(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (!Character.isLetter(c) && c != ' ' && c != '.') {
                return false;
            }
        }
        int before = ProperNounContext.prevWordStart(text, s, true);
        if (e - s >= 2 && animalAfter(text, e) && (before < 0 || !TWO_OBJECT_VERBS.contains(word(text, before)))) {
            return true; // "Cookie the hamster", "Bear, our lab," (round 22b): the apposition names the animal
        }
        int p = ProperNounContext.prevWordStart(text, s, true);
        if (p < 0) {
            int d = s - 1;
            while (d > 0 && text.charAt(d) == ' ') {
                d--;
            }
            p = d > 0 && text.charAt(d) == '.' ? prevStartBeforeDot(text, d) : -1; // "Mr. Whiskers"
            if (p < 0) {
                return false;
            }
        }
        if (e - s < 2 || !Character.isLetter(text.charAt(s + 1))) {
            return false; // an initial is no pet's name: "a dog ms K at school"
        }
        String prev = word(text, p);
        if (PET_TITLES.contains(prev) && Character.isUpperCase(text.charAt(p))) { // "Mr. Whiskers"
            p = ProperNounContext.prevWordStart(text, p, true);
            if (p < 0) {
                return false;
            }
            prev = word(text, p);
        }
        if (animal(text, p)) {
            return true;
        }
        if (JOINS.contains(prev)) { // "our dogs Bailey and Cooper"
            int q = ProperNounContext.prevWordStart(text, p, false);
            int r = q < 0 ? -1 : ProperNounContext.prevWordStart(text, q, true);
            return q >= 0 && Character.isUpperCase(text.charAt(q)) && r >= 0 && animal(text, r);
        }
        boolean naming = PET_NAMING.contains(prev) || prev.equals("is") && nameBefore(text, p)
                || prev.equals("it") && p > 0 && word(text, Math.max(0, ProperNounContext.prevWordStart(text, p, false)))
                        .equals("call");
        return naming && animalWithin(text, p, 90);
    }

    /** Owners and articles of an animal in apposition after its name: "Cookie the hamster", "Bear, our lab". */
    private static final Set<String> PET_APPOSITION = WordSet.of("the", "our", "my", "his", "her", "their", "your");
    /** Adjuncts that may follow such an apposition: "hugged Cookie the hamster goodbye", "walked Bear the lab twice". */
    private static final Set<String> AFTER_PET_APPOSITION = WordSet.of("goodbye", "to", "at", "for", "again", "in",
            "on", "with", "from", "when", "because", "before", "after", "every", "all", "today", "yesterday", "last",
            "this", "out", "up", "off", "back", "home", "twice", "once", "around", "outside", "inside");
    /** Verbs with two objects: after them "X the dog" is a person and what is given or told ("gave Ana the dog"). */
    private static final Set<String> TWO_OBJECT_VERBS = WordSet.of("told", "tell", "tells", "asked", "ask", "gave",
            "give", "gives", "sent", "send", "showed", "show", "brought", "bring", "lent", "lend", "handed", "bought",
            "left", "leave", "offered", "promised", "sold", "taught", "texted", "owe", "owes", "owed", "got", "get");

    /** Right after {@code e}: an optional comma, an article or owner, and an animal word in lower case. */
    private boolean animalAfter(String text, int e) {
        int k = e;
        if (k < text.length() && text.charAt(k) == ',') {
            k++;
        }
        int a = skipBlanks(text, k);
        int ae = ProperNounContext.wordEnd(text, a);
        if (a == k || ae == a || !PET_APPOSITION.contains(word(text, a))) {
            return false;
        }
        int n = skipBlanks(text, ae);
        if (n == ae || n >= text.length() || !Character.isLetter(text.charAt(n)) || !animal(text, n)) {
            return false;
        }
        // the animal ends the apposition: "Bear the dog trainer" is a person, "told Ana the dog was sick" tells her
        int m = skipBlanks(text, ProperNounContext.wordEnd(text, n));
        if (m < text.length() && Character.isLetter(text.charAt(m))) {
            return AFTER_PET_APPOSITION.contains(word(text, m));
        }
        return true;
    }

    /** The start of the word that ends right before the dot at {@code dot} ("Mr" in "Mr."), or -1. */
    private static int prevStartBeforeDot(String text, int dot) {
        int k = dot;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return k < dot ? k : -1;
    }

    private boolean nameBefore(String text, int p) {
        int q = ProperNounContext.prevWordStart(text, p, false);
        return q >= 0 && (word(text, q).equals("name") || word(text, q).equals("nombre") || word(text, q).equals("nome"));
    }

    private boolean animal(String text, int p) {
        if (!Character.isLowerCase(text.charAt(p))) {
            return false; // "White Rabbit, Oak Manor": a capitalized animal is part of a name
        }
        int pe = ProperNounContext.wordEnd(text, p);
        return (lex.get(text, p, pe) & PET) != 0 || PET_WORDS.contains(text.substring(p, pe).toLowerCase(Locale.ROOT));
    }

    /** An animal word among the words in the {@code chars} characters before {@code p}. */
    private boolean animalWithin(String text, int p, int chars) {
        int from = Math.max(0, p - chars);
        int k = p;
        while (k > from) {
            int q = ProperNounContext.prevWordStart(text, k, true);
            if (q < 0) {
                // punctuation between words ("puppy!! his"): step over it
                int j = k - 1;
                while (j > from && !Character.isLetterOrDigit(text.charAt(j))) {
                    j--;
                }
                if (j <= from) {
                    break;
                }
                k = j + 1;
                continue;
            }
            if (q < from) {
                break;
            }
            if (animal(text, q)) {
                return true;
            }
            k = q;
        }
        return false;
    }

    // ---------------------------------------------------------------- brands, payers and works before a noun

    /** Titles of kin that open a run of a relative's name ("Uncle Callum", "Brother Callum", "Tía Rosa"). */
    private static final Set<String> FAMILY_TITLES = WordSet.of("uncle", "aunt", "auntie", "brother", "sister",
            "cousin", "grandma", "grandpa", "granny", "nana", "papa", "mama", "tia", "tía", "tio", "tío");

    /** "a Canon camera", "his Hugo Boss suit", "Elvis records", "the Pell Grant": a product, a work, a program. */
    private boolean beforeProductNoun(String text, int s, int e) {
        // the whole capitalized run: the residual check asks of "Hugo" in "Hugo Boss suit"
        for (int runs = 0; runs < 3; runs++) {
            int n = skipBlanks(text, e);
            int ne = ProperNounContext.wordEnd(text, n);
            if (n == e || ne == n || !Character.isUpperCase(text.charAt(n))) {
                break;
            }
            e = ne;
        }
        for (int runs = 0; runs < 3; runs++) {
            int p = ProperNounContext.prevWordStart(text, s, false);
            if (p < 0 || !Character.isUpperCase(text.charAt(p)) || s - ProperNounContext.wordEnd(text, p) != 1) {
                break;
            }
            s = p;
        }
        if (e < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019')) {
            return false; // "Keisha's car"
        }
        boolean inside = blankAfterFirstChar(text, s, e)
                && PROGRAM_NOUN.contains(lastWord(text, s, e)) && Character.isUpperCase(text.charAt(s));
        if (PLACE_PREPOSITIONS.contains(prevWord(text, s)) || prevWord(text, s).equals("at")) {
            return false; // "at Muddy Wagon", "to the Bridges Day Program": where the note puts someone
        }
        int n = skipBlanks(text, e);
        int ne = ProperNounContext.wordEnd(text, n);
        if (!inside && (n == e || ne == n || !PRODUCT_NOUN.contains(text.substring(n, ne).toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (personCueBefore(text, s)) {
            return false; // "her brother Marco car"
        }
        int fe = ProperNounContext.wordEnd(text, s);
        if (fe < e && (FAMILY_TITLES.contains(text.substring(s, fe).toLowerCase(Locale.ROOT))
                || (lex.get(text, s, fe) & Lexicon.KIN) != 0)) {
            return false; // "Uncle Callum watches TV": a relative's name before a verb that is also a noun
        }
        boolean multiWord = blankAfterFirstChar(text, s, e);
        long f = lex.get(text, s, e);
        boolean given = !multiWord && ((f & FIRST) != 0 || slots.givenName(text, s, e, f));
        return !given || POSSESSIVES.contains(prevWord(text, s)); // "Jordan shoes" only as "a Jordan shoe" or "his"
    }

    // ---------------------------------------------------------------- roles and figures

    /** Whether {@code [s, e)} holds two spaces or more; counted in place, asked once per span read. */
    private static boolean moreThanOneBlank(String text, int s, int e) {
        int blanks = 0;
        for (int i = s; i < e; i++) {
            if (text.charAt(i) == ' ' && ++blanks > 1) {
                return true;
            }
        }
        return false;
    }

    /** {@code text.substring(s, e).indexOf(' ') > 0} without the copy: a space in {@code (s, e)}. */
    private static boolean blankAfterFirstChar(String text, int s, int e) {
        for (int i = s + 1; i < e; i++) {
            if (text.charAt(i) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** "the Cinderella of her family", "compares her father to Napoleon": a figure, not someone in the note. */
    private boolean roleOrComparison(String text, int s, int e) {
        if (moreThanOneBlank(text, s, e) || personCueBefore(text, s)) {
            return false;
        }
        String prev = prevWord(text, s);
        if (prev.equals("the")) {
            int n = skipBlanks(text, e);
            int ne = ProperNounContext.wordEnd(text, n);
            if (ne > n && text.substring(n, ne).equalsIgnoreCase("of")) {
                int o = skipBlanks(text, ne);
                int oe = ProperNounContext.wordEnd(text, o);
                int g = skipBlanks(text, oe);
                int ge = ProperNounContext.wordEnd(text, g);
                return oe > o && POSSESSIVES.contains(text.substring(o, oe).toLowerCase(Locale.ROOT))
                        && ge > g && ROLE_GROUP.contains(text.substring(g, ge).toLowerCase(Locale.ROOT));
            }
            return false;
        }
        if (!prev.equals("to")) {
            return false;
        }
        int k = s;
        for (int words = 0; words < 6; words++) {
            int p = ProperNounContext.prevWordStart(text, k, false);
            if (p < 0) {
                return false;
            }
            if (COMPARE.contains(word(text, p))) {
                return true;
            }
            k = p;
        }
        return false;
    }

    // ---------------------------------------------------------------- codes and masked numbers

    /** "H2019", "T1017", "90837-95": a billed procedure, the same for every client, unless an ID cue stands before. */
    private static boolean billingCode(String text, int s, int e) {
        if (!BILLING_CODE.matcher(text.substring(s, e)).matches()) {
            return false;
        }
        int k = s - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == ':')) {
            k--;
        }
        if (k >= 0 && text.charAt(k) == '#') {
            return false;
        }
        return !ID_CUES.contains(prevWord(text, s).replace(".", ""));
    }

    /** "10.0.x.x", "(xxx) xxx-xxxx": a value masked so that nothing of it is left to identify anyone. */
    private static boolean shiftHours(String text, int s, int e) {
        return SHIFT_HOURS.matcher(text.subSequence(s, e)).matches();
    }

    private static boolean masked(String text, int s, int e) {
        String t = text.substring(s, e);
        if (MASKED_IP.matcher(t).matches()) {
            int maskedGroups = 0;
            for (String g : t.split("\\.")) {
                maskedGroups += Character.isDigit(g.charAt(0)) ? 0 : 1;
            }
            return maskedGroups >= 2;
        }
        return FULLY_MASKED.matcher(t).matches();
    }

    // ---------------------------------------------------------------- an organization's lines, a claim's adjustment codes

    /** Toll-free area codes (NANP): a number in one is an organization's line, never a person's own phone. */
    private static final Set<Integer> TOLL_FREE = Set.of(800, 833, 844, 855, 866, 877, 888);
    private static final Set<String> PUBLIC_LINE = CLASSES.get("PUBLIC_LINE");
    private static final Set<String> PERSONAL_LINE = WordSet.of("direct", "personal", "private", "cell", "mobile", "my",
            "her", "his", "their", "own", "adjuster", "adjuster's", "manager", "manager's", "worker", "coordinator");
    private static final Set<String> EXTENSION = WordSet.of("ext", "x", "extension");
    /** Nouns of an office's telephone line, after its kind ("main office", "billing line", "front desk number"). */
    private static final Set<String> OFFICE_LINE_NOUN = WordSet.of("line", "office", "number", "desk", "department",
            "phone", "switchboard");
    /** The kinds of an office's line that everyone calls: the main one, billing, scheduling, the front desk. */
    private static final Set<String> OFFICE_LINE_KIND = WordSet.of("main", "billing", "scheduling", "front",
            "reception", "general", "appointment", "appointments");
    /** Claim adjustment group codes (X12 CARC groups): "CO-197", "PR-1", "OA-23", "PI-45", "CR-A1". */
    private static final Set<String> ADJUSTMENT_GROUPS = Set.of("CO", "PR", "OA", "PI", "CR");

    /**
     * A number in a toll-free area code named as a line ("the member services line at 1-800-...", "Poison Control:
     * 1-800-...", "provider line is (888) ..."): an organization's, which anyone may call. Deny by default: a toll-free
     * number with no line word before it ("call back 855-...", "please call 800-... opt 3") may be a person's direct
     * number at a payer, and a client's own phone is never in a toll-free code.
     */
    private static boolean tollFreeLine(String text, int s, int e) {
        StringBuilder digits = new StringBuilder(11);
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (Character.isLetter(c)) {
                return false;
            }
        }
        int from = digits.length() == 11 && digits.charAt(0) == '1' ? 1 : 0;
        if (digits.length() - from != 10) {
            return false;
        }
        // a direct line or an extension reaches one person at the organization ("her direct line 800-...", "ext 12")
        int line = TOLL_FREE.contains(Integer.parseInt(digits, from, from + 3, 10))
                ? wordStartBefore(text, s, 5, PUBLIC_LINE) : officeLine(text, s);
        if (line < 0) {
            line = practiceOwned(text, s); // "the office's fax is"
        }
        return line >= 0 && !personalLine(text, line, s) && !actedOn(text, line, s)
                && !EXTENSION.contains(nextWord(text, e));
    }

    /**
     * Verbs whose object is a number the office does something to: the number is someone else's ("front desk to call
     * ...", "the office will text ...", "we faxed the records to ...", "left a voicemail at ..."). Round 37.
     */
    private static final Set<String> ACTION_ON_NUMBER = WordSet.of("call", "calls", "called", "calling", "text",
            "texts", "texted", "texting", "faxed", "faxing", "phoned", "phoning", "ring", "rang", "ringing", "dial",
            "dials", "dialed", "dialled", "dialing", "try", "tried", "trying", "reach", "reached", "reaching", "contact",
            "contacted", "contacting", "leave", "left", "leaving", "send", "sent", "sending", "mail", "mailed",
            "email", "emailed", "message", "messaged", "confirm", "confirmed", "update", "updated", "forward",
            "forwarded", "llamar", "llamó", "ligar", "ligou", "appeler");
    /** "fax" and "phone" are the line's own noun after its owner ("the front desk fax is"), a verb elsewhere. */
    private static final Set<String> NOUN_OR_ACTION = WordSet.of("fax", "faxes", "phone", "phones");
    /** Words after a verb form that make it the number's description, not an act on it ("the number to call is"). */
    private static final Set<String> DESCRIBED = WordSet.of("is", "are", "was", "number", "line", "no");
    /** A person named between the line and the number: the number is theirs ("the front desk number she gave us"). */
    private static final Set<String> PERSON_BETWEEN = WordSet.of("she", "he", "they", "herself", "himself",
            "themselves", "client", "client's", "pt", "pt's", "patient", "patient's", "mom", "mom's", "dad", "dad's",
            "mother", "father", "guardian", "sister", "brother", "wife", "husband", "son", "daughter", "parent",
            "parents", "caller", "him", "them");
    /**
     * Who owns a line when they possess it: the practice named by its own noun ("the office's fax is"). "our" and "us"
     * are left out on purpose: they are the writer's, and a caller's voicemail or a lawyer's letter says "our fax is"
     * and "call us at" of its own number (the independent dev files hold several); only where the practice is known
     * to be the writer would they be its own.
     */
    private static final Set<String> PRACTICE_POSSESSOR = WordSet.of("office's", "practice's", "clinic's",
            "center's", "centre's");
    private static final Set<String> OWNED_LINE_NOUN = WordSet.of("line", "number", "phone", "fax", "desk",
            "office", "switchboard", "voicemail");

    /**
     * Where the practice's own line is named with the practice as its possessor ("the office's fax is", "the
     * practice's main number"), or -1. A person's possessive is no practice ("his office number is"), and a name's
     * ("Dr. Patel's office line", "Reception's phone") is left out too: the name is pseudonymized before the residual
     * check reads the sentence again, and the release would then make the guard block the call.
     */
    private static int practiceOwned(String text, int s) {
        int noun = wordStartBefore(text, s, 4, OWNED_LINE_NOUN);
        return noun < 0 ? -1 : wordStartBefore(text, noun, 2, PRACTICE_POSSESSOR);
    }

    /**
     * Whether the words from the line's kind to the number make the office the actor on it (a verb of calling,
     * texting, faxing, leaving a message or sending between them, or "to" right before the number) or name a person
     * the number belongs to: the office's own line is the subject or possessor, never the object. Deny by default:
     * such a number stays replaced. Round 37.
     */
    private static boolean actedOn(String text, int line, int number) {
        int last = -1;
        for (int k = line; k < number; ) {
            if (!Character.isLetterOrDigit(text.charAt(k))) {
                k++;
                continue;
            }
            int we = k;
            while (we < number && (Character.isLetterOrDigit(text.charAt(we)) || text.charAt(we) == '\'')) {
                we++;
            }
            String w = text.substring(k, we).toLowerCase(Locale.ROOT);
            boolean described = DESCRIBED.contains(nextWord(text, we));
            String before = last < 0 ? "" : text.substring(last, wordEndAt(text, last)).toLowerCase(Locale.ROOT);
            boolean nounOfLine = OWNED_LINE_NOUN.contains(before) || PRACTICE_POSSESSOR.contains(before)
                    || OFFICE_LINE_KIND.contains(before) || ARTICLES.contains(before); // "the front desk fax is"
            if (PERSON_BETWEEN.contains(w) || ACTION_ON_NUMBER.contains(w) && !described
                    || NOUN_OR_ACTION.contains(w) && last >= 0 && !nounOfLine && !described) {
                return true;
            }
            last = k;
            k = we;
        }
        return last >= 0 && "to".equals(text.substring(last, wordEndAt(text, last)).toLowerCase(Locale.ROOT))
                && wordEndAt(text, last) > line; // "faxed the release to (818) ...": where it went
    }

    private static final Set<String> ARTICLES = WordSet.of("the", "a", "an", "your", "their", "our", "this", "that");

    private static int wordEndAt(String text, int k) {
        int e = k;
        while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '\'')) {
            e++;
        }
        return e;
    }

    /**
     * An extension with no number of its own before it: "ext 4471", "IP phone ext 2207", "the front desk at x204". An
     * extension reaches a desk inside an organization and, with no outside number, reaches nobody from outside; one
     * after a number stays with that number ("555-0131, ext 208" is read whole as the phone). Round 32.
     */
    /** An extension alone ({@link #extensionAlone}) or the word before its digits ("ext" of "at ext 2215"). Round 32. */
    private static boolean extensionWord(String text, int s, int e) {
        return (e - s <= 6 && extensionAlone(text, s, e)
                || EXTENSION.contains(text.substring(s, e).toLowerCase(Locale.ROOT)) && digitsAfter(text, e));
    }

    /** Whether one to five digits follow {@code e} over a dot or blanks ("ext. 12", "x 204"). */
    private static boolean digitsAfter(String text, int e) {
        int k = e;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '.')) {
            k++;
        }
        int d = k;
        while (d < text.length() && Character.isDigit(text.charAt(d))) {
            d++;
        }
        return d > k && d - k <= 5 && (d == text.length() || !Character.isLetterOrDigit(text.charAt(d)));
    }

    static boolean extensionAlone(String text, int s, int e) {
        int d = s;
        if (d < e && (text.charAt(d) == 'x' || text.charAt(d) == 'X')) {
            d++; // "x204"
        }
        if (e - d < 1 || e - d > 5) {
            return false;
        }
        for (int k = d; k < e; k++) {
            if (text.charAt(k) < '0' || text.charAt(k) > '9') {
                return false;
            }
        }
        int cueEnd = s;
        if (d == s) {
            // the cue word before the digits: "ext", "ext.", "extension", "x"
            int k = s - 1;
            while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '.' || text.charAt(k) == '#')) {
                k--;
            }
            int we = k + 1;
            while (k >= 0 && Character.isLetter(text.charAt(k))) {
                k--;
            }
            if (!EXTENSION.contains(text.substring(k + 1, we).toLowerCase(Locale.ROOT))) {
                return false;
            }
            cueEnd = k + 1;
        }
        // no phone number (nor a phone's placeholder) right before the cue
        int k = cueEnd - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == ',')) {
            k--;
        }
        if (k >= 0 && text.charAt(k) == ']') {
            int open = text.lastIndexOf('[', k);
            return open < 0 || !(text.startsWith("[PHONE_", open) || text.startsWith("[FAX_", open));
        }
        return k < 0 || !(Character.isDigit(text.charAt(k)) || text.charAt(k) == ')');
    }

    /**
     * An office's general line in any area code, named by its kind before a line noun ("our main office at (503) ...",
     * "the billing line is ...", "front desk number"): where everyone calls, not one person. An office alone is a
     * person's too ("his office number is ..."), and a kind without its line noun ("for scheduling and (773) ...") may
     * only say what the number is for. Returns where the kind starts, or -1.
     */
    private static int officeLine(String text, int s) {
        int noun = wordStartBefore(text, s, 5, OFFICE_LINE_NOUN);
        if (noun < 0) {
            return -1;
        }
        return wordStartBefore(text, noun, 2, OFFICE_LINE_KIND); // "billing office number"
    }

    /**
     * Whether the line named at {@code line} is one person's: a personal word in its own phrase, the two words before
     * the line noun ("his direct line", "my cell line") or between it and the number ("line to her cell"). A word
     * further back belongs to another phrase: "gave her the poison control number 1-800-..." is no one's line.
     */
    private static boolean personalLine(String text, int line, int number) {
        return wordBefore(text, number, wordsBetween(text, line, number) + 2, PERSONAL_LINE);
    }

    /** The number of words from {@code from} up to {@code to}: the words a backward walk from {@code to} passes. */
    private static int wordsBetween(String text, int from, int to) {
        int n = 0;
        for (int k = from; k < to; ) {
            if (!Character.isLetterOrDigit(text.charAt(k))) {
                k++;
                continue;
            }
            n++;
            while (k < to && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '\'')) {
                k++;
            }
        }
        return n;
    }

    private static String nextWord(String text, int e) {
        int k = e;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == ',')) {
            k++;
        }
        int we = k;
        while (we < text.length() && Character.isLetter(text.charAt(we))) {
            we++;
        }
        return text.substring(k, we).toLowerCase(Locale.ROOT);
    }

    /**
     * Asked by the residual check of a digit group it would count as an identifier: an organization's toll-free line,
     * read as {@link #reads} reads the detector's spans, so the guard does not block on the number it lets through.
     * "(888) 555-0142" reaches here as "555-0142": its area code is read back.
     */
    static boolean organizationLine(String text, int s, int e) {
        return tollFreeLine(text, areaCodeStart(text, s), e);
    }

    /** Where "(888) ", "888-" or "1 (888) " before a seven-digit group starts, or {@code s} if none is there. */
    private static int areaCodeStart(String text, int s) {
        int k = s;
        if (k > 0 && " -.".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        boolean paren = k > 0 && text.charAt(k - 1) == ')';
        k -= paren ? 1 : 0;
        if (k < 3 || !Character.isDigit(text.charAt(k - 1)) || !Character.isDigit(text.charAt(k - 2))
                || !Character.isDigit(text.charAt(k - 3)) || k > 3 && Character.isDigit(text.charAt(k - 4))) {
            return s;
        }
        k -= 3;
        if (paren) {
            if (k == 0 || text.charAt(k - 1) != '(') {
                return s;
            }
            k--;
        }
        if (k >= 2 && " -.".indexOf(text.charAt(k - 1)) >= 0 && text.charAt(k - 2) == '1'
                && (k == 2 || !Character.isLetterOrDigit(text.charAt(k - 3)))) {
            k -= 2;
        }
        return k;
    }

    /** A group code of a claim adjustment at the span's end, a dash and a reason right after ("CO-197", "PR-1"). */
    private static boolean adjustmentGroup(String text, int s, int e) {
        if (e - s < 2 || e + 2 > text.length() || text.charAt(e) != '-' || e - s > 2 && text.charAt(e - 3) != ' ') {
            return false;
        }
        char r = text.charAt(e + 1);
        return ADJUSTMENT_GROUPS.contains(text.substring(e - 2, e))
                && (Character.isDigit(r) || Character.isUpperCase(r) && e + 2 < text.length()
                && Character.isDigit(text.charAt(e + 2)));
    }

    /** One of {@code words} among the {@code n} words before {@code s} in its sentence, over marks ("Control: 1-800"). */
    private static boolean wordBefore(String text, int s, int n, Set<String> words) {
        return wordStartBefore(text, s, n, words) >= 0;
    }

    /** Where the nearest of {@code words} among the {@code n} words before {@code s} starts, or -1. */
    private static int wordStartBefore(String text, int s, int n, Set<String> words) {
        int from = PublicMentions.sentenceStart(text, s);
        int k = s;
        for (int i = 0; i < n; i++) {
            while (k > from && !Character.isLetterOrDigit(text.charAt(k - 1))) {
                k--;
            }
            int we = k;
            while (k > from && (Character.isLetterOrDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '\'')) {
                k--;
            }
            if (we == k) {
                return -1;
            }
            if (words.contains(text.substring(k, we).toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- helpers

    /** A relation, a title, a contact or naming verb right before the span, or a possessive name before it. */
    private boolean personCueBefore(String text, int s) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p < 0) {
            return false;
        }
        int pe = ProperNounContext.wordEnd(text, p);
        return (lex.get(text, p, pe) & (KIN | TITLE | CONTACT | NAMING)) != 0 && !PET_NAMING.contains(word(text, p));
    }

    private static String prevWord(String text, int s) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        return p < 0 ? "" : word(text, p);
    }

    private static String word(String text, int p) {
        return text.substring(p, ProperNounContext.wordEnd(text, p)).toLowerCase(Locale.ROOT);
    }

    /** Whether the lower-case word names an animal kept as a pet ("dog", "cat", "puppy"): its sentence's "he" may be it. */
    static boolean petWord(String lower) {
        return PET_WORDS.contains(lower);
    }

    /**
     * Whether the lower-case word is a value, a feeling, a mood or a habit that a client may speak of as a person
     * ("Stress keeps calling me back"): such a word before a person's predicate is no nickname (round 22b).
     */
    static boolean feelingOrValue(String lower) {
        return VIRTUE.contains(lower) || PERSONIFIED.contains(lower);
    }

    /** Whether the lower-case word names an office or a department ("Billing keeps calling me"): no nickname. */
    static boolean department(String lower) {
        return DEPARTMENT.contains(lower);
    }

    private static String lastWord(String text, int s, int e) {
        int k = e;
        while (k > s && text.charAt(k - 1) != ' ') {
            k--;
        }
        return text.substring(k, e).toLowerCase(Locale.ROOT);
    }

    private static int skipBlanks(String text, int k) {
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    private static Map<String, Set<String>> load(String name) {
        Map<String, Set<String>> out = new HashMap<>();
        try (BufferedReader r = Lexicon.open(name)) {
            Set<String> current = null;
            String line;
            while ((line = r.readLine()) != null) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[")) {
                    current = out.computeIfAbsent(l.substring(1, l.indexOf(']')), k -> new HashSet<>());
                    continue;
                }
                for (String entry : l.split(",")) {
                    String e = entry.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                    if (!e.isEmpty() && current != null) {
                        current.add(e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.replaceAll((k, v) -> WordSet.copyOf(v));
        return Map.copyOf(out);
    }
}
