package org.practicekit.llm.phi.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Names and places that stand without the cues the scanner reads, found by structure: organizations by their
 * shape ("New Hope Baptist", "Dr. Osei's office", "DCFS Region 9", a practice in capitals, "Iowa State" after a
 * school verb, a capitalized run after an employment verb), nicknames and handles used as names ("Big Lou",
 * "Ms. K", "Coach Ruiz", "goes by Ghost"), words in a script other than Latin that no bundled list knows (deny by
 * default: an unknown word in Cyrillic, Arabic, Hebrew, Devanagari, Han... is taken for a name), mountains and
 * roads abroad ("Mt. Rainier", "calle 14", "Madero y Juárez"), and ages over 89 in Spanish and Portuguese ("tiene
 * 92 años"). Each rule runs only when a cheap trigger is in the text, so the detector keeps its speed.
 */
public final class UncuedNames {
    private static final String CAP = "[A-Z][\\p{L}'’-]*";
    private static final String CAPW = "[A-Z][\\p{L}'’-]+";

    // -- organizations
    private static final Pattern DENOMINATION = Pattern.compile("(?<![\\p{L}.])((?:(?:St\\.|Mt\\.|" + CAPW
            + ")\\s){1,4})(Baptist|Lutheran|Methodist|Presbyterian|Episcopal|Pentecostal|Orthodox|Adventist|Apostolic"
            + "|Evangelical|Tabernacle|Ministries|Cathedral|Congregational|Nazarene|Reformed|Covenant)(?![\\p{L}])");
    /** Words that make a faith's name, not a congregation's: "Southern Baptist", "Greek Orthodox". */
    private static final Set<String> FAITH_WORDS = WordSet.of("the", "a", "an", "our", "my", "his", "her", "their", "your",
            "roman", "greek", "russian", "serbian", "armenian", "coptic", "ethiopian", "eastern", "oriental",
            "antiochian", "ukrainian", "romanian", "southern", "american", "national", "united", "free", "will",
            "missionary", "independent", "primitive", "evangelical", "reformed", "orthodox", "catholic", "baptist",
            "lutheran", "methodist", "presbyterian", "episcopal", "pentecostal", "adventist", "apostolic", "african",
            "seventh-day", "christian", "protestant", "anglican", "church", "of", "and", "former", "strict", "devout",
            "mom", "dad", "mother", "father", "she", "he", "they", "we", "i", "raised", "was", "is", "grew", "up",
            "ex", "ex-", "lapsed", "conservative", "liberal", "traditional", "born", "again", "new");
    private static final Pattern DOCTOR_OFFICE = Pattern.compile("\\b(?:Dr|Doctor)\\.?\\s+" + CAPW
            + "(?:'s|’s|s'|s’)\\s+(?:office|clinic|practice|group|staff|team)\\b");
    private static final Pattern AGENCY_UNIT = Pattern.compile("\\b(?:[A-Z]{2,6}|Probation|Parole|Police|Sheriff|"
            + "Social Security|Child Support|Housing Authority)\\s+(?:Field\\s+)?(?:Region|Unit|District|Office|Area|"
            + "Division|Branch|Precinct|Station|Sector|Zone|Team)\\s+(?:No\\.?\\s*|#\\s*)?\\d{1,4}[A-Z]?\\b");
    private static final Pattern CAPS_RUN = Pattern.compile("\\b(?:[A-Z][A-Z'’&.-]+\\s+){1,4}(?:PSYCHIATRY|"
            + "PSYCHOLOGY|PSYCH|ASSOCIATES|COUNSELING|COUNSELLING|THERAPY|THERAPIES|WELLNESS|HEALTH|MEDICINE|MEDICAL|"
            + "CLINIC|CENTER|CENTRE|GROUP|PARTNERS|SERVICES|PEDIATRICS|HOSPITAL|INSTITUTE|PRACTICE|LLC|PLLC|INC|PC)\\b");
    private static final Set<String> GENERIC_CAPS = WordSet.of("FAMILY", "BEHAVIORAL", "BEHAVIOURAL", "MENTAL", "HEALTH",
            "CHILD", "CHILDREN'S", "ADOLESCENT", "ADULT", "COMMUNITY", "INTEGRATED", "PSYCH", "PSYCHIATRY",
            "PSYCHOLOGY", "ASSOCIATES", "COUNSELING", "COUNSELLING", "THERAPY", "THERAPIES", "WELLNESS", "MEDICINE",
            "MEDICAL", "CLINIC", "CENTER", "CENTRE", "GROUP", "PARTNERS", "SERVICES", "PEDIATRICS", "HOSPITAL",
            "INSTITUTE", "PRACTICE", "LLC", "PLLC", "INC", "PC", "AND", "&", "OF", "THE", "FOR", "OUTPATIENT",
            "INPATIENT", "INTENSIVE", "PARTIAL", "CRISIS", "SUBSTANCE", "USE", "ADDICTION", "RECOVERY", "TREATMENT",
            "PRIMARY", "CARE", "URGENT", "EMERGENCY", "SOCIAL", "HUMAN", "PUBLIC", "STATE", "COUNTY", "CITY",
            "PLAN", "SAFETY", "SKILLS", "DBT", "CBT", "EMDR", "TRAUMA", "GRIEF", "COUPLES", "MARRIAGE", "EATING",
            "DISORDERS", "DISORDER", "ANXIETY", "DEPRESSION", "SLEEP", "PAIN", "WOMEN'S", "MEN'S", "VETERANS",
            "INTAKE", "NOTE", "NOTES", "PROGRESS", "ASSESSMENT", "SUMMARY", "REFERRAL", "RECORDS", "RELEASE");
    /** A school by its short form after a verb that puts someone there ("a junior at Iowa State"). */
    private static final Pattern SCHOOL = Pattern.compile("\\b(?:goes to|go to|going to|went to|attends|attend|"
            + "attended|attending|graduated from|graduate of|grad from|transferred to|transfers to|transfer to|"
            + "accepted (?:to|at|into)|admitted to|got into|enrolled (?:at|in)|dropped out of|(?:freshman|sophomore|"
            + "junior|senior|student|teacher|teaches|taught|coaches|plays|played|works|studies|studying) at|"
            + "started at|starts at|at|from)\\s+(?:the\\s+)?((?:" + CAPW + "\\s){1,2}(?:State|Tech|Poly|Prep|Latin)"
            + "|(?:" + CAPW + "\\s){1,2}(?:East|West|North|South|Central)(?=\\s+(?:and|but|in|for|where|since|"
            + "last|this|next|now|because|after|before|until|with|to)\\b|[.,;!?)]|$)"
            + "|(?:east|west|north|south|central|East|West|North|South|Central) [Hh]igh)(?![\\p{L}])");
    /** A saint's name where someone goes: a parish, a school or a hospital ("went to St. Agnes"); not a prayer. */
    private static final Pattern SAINT = Pattern.compile("\\b(?:at|from|back to|went to|goes to|go to|going to|"
            + "attends|attended|attend|graduated from|transferred to|enrolled at|married at|buried at|works at)\\s+"
            + "((?:St\\.?|Saint|San|Santa)\\s+" + CAPW + ")");
    /** Colleges known by a short name that is an everyday word or a public name, read only after a school verb. */
    private static final Pattern SCHOOL_BY_NAME = Pattern.compile("\\b(?:goes to|go to|going to|went to|attends|"
            + "attend|attended|attending|graduated from|graduate of|transferred to|transfer to|accepted (?:to|at|into)|"
            + "admitted to|got into|enrolled at|dropped out of|(?:freshman|sophomore|junior|senior|student|professor|"
            + "teaches|taught) at)\\s+(Duke|Rice|Brown|Temple|Auburn|Howard|Emory|Butler|Drake|Loyola|Vanderbilt|"
            + "Stanford|Harvard|Yale|Princeton|Columbia|Cornell|Northwestern|Georgetown|Wake Forest|Notre Dame|Penn|"
            + "Pitt|Tulane|Baylor|Villanova|Marquette|Purdue|Clemson|Gonzaga|Xavier|Creighton|Fordham|Rutgers|Tufts|"
            + "Wellesley|Spelman|Morehouse|Hampton|Oberlin|Vassar|Amherst|Williams|Bowdoin|Colby|Bates|Carleton|"
            + "Grinnell|Macalester|Kenyon|Denison|Wabash|DePaul|DePauw|Bradley|Millikin|Augustana|Wheaton|Elmhurst|"
            + "Dominican|Concordia|Trinity|Lehigh|Bucknell|Lafayette|Colgate|Hamilton|Skidmore|Barnard|Smith|"
            + "Mercer|Furman|Davidson|Elon|Citadel|Liberty|Regent|Pepperdine|Chapman|Berkeley|Madison|Harper|"
            + "Triton|Oakton|Moraine Valley|Wright|Truman|Malcolm X|Kennedy-King|Olive-Harvey|Daley|Joliet Junior)"
            + "(?![\\p{L}])");
    /** After a school name, these say it is a team, a style or a study, not where someone is. */
    private static final Pattern NOT_A_PLACE_AFTER = Pattern.compile("\\s+(?:game|games|football|basketball|"
            + "baseball|fans?|jersey|shirt|hoodie|sweatshirt|style|model|study|studies|team|colors|mascot)\\b");
    private static final Pattern EMPLOYER = Pattern.compile("\\b(?:laid off from|let go from|fired from|hired (?:at|by)"
            + "|started at|starts at|start at|starting at|transferred to|job at|shift at|shifts at|works? (?:at|for)|"
            + "worked (?:at|for)|working (?:at|for)|employed (?:at|by)|interns? at|interning at|retired from)\\s+"
            + "(?:the\\s+)?(" + CAP + "(?:\\s+(?:&\\s+)?" + CAP + "){0,3})(?:\\s+(?:DC|HQ|plant|warehouse|factory|mill"
            + "|hub|office|store|distribution center|fulfillment center))?");

    // -- nicknames and handles
    private static final Pattern SIZE_NICKNAME = Pattern.compile("\\b(?:[Bb]ig|[Ll]il'?|[Ll]ittle|[Yy]oung|[Oo]l'|"
            + "[Oo]ld)\\s+([A-Z](?:[\\p{L}'’-]+)?)(?![\\p{L}.])");
    private static final Pattern TITLE_INITIAL = Pattern.compile("\\b(?:Mr|Ms|Mrs|Mx|Miss|Dr|Coach|Officer|Pastor)"
            + "\\.?\\s+([A-Z])(?![\\p{L}\\d&'’]|\\.\\s?[A-Z]\\b)");
    private static final Pattern COACH = Pattern.compile("\\b[Cc]oach\\s+(" + CAPW + ")");
    private static final Pattern KIN_NICKNAME = Pattern.compile("\\b(?:Nana|Nanna|Mama|Papa|Papi|Mami|Uncle|Unc|Auntie|"
            + "Aunty|Tia|Tía|Tio|Tío|Abuela|Abuelo|Grandma|Grandpa|Granny|Gramma|Grampa|Pops|Cousin|Cuz|Deacon|"
            + "Pastor|Sarge|Bro|Sis|Hyung|Oppa|Unnie|Noona)\\s+(" + CAPW + ")");
    private static final Pattern CALLED = Pattern.compile("\\b(?:goes by|go by|went by|going by|calls? (?:him|her|"
            + "them|me|himself|herself|themselves|myself)|called (?:him|her|them|me|himself|herself)|nicknamed|known "
            + "as|answers to)\\s+(" + CAPW + ")");
    private static final Pattern WHAT_THEY_CALL = Pattern.compile("(?:^|[.!?]\\s+|\\n)(" + CAPW + ") is what "
            + "(?:[\\w']+\\s){1,5}(?:calls?|called)\\b");
    private static final Pattern CONTACT = Pattern.compile("\\b(?:told|texted|tell|asked|ask|messaged|blocked|hugged|"
            + "met|missed|saw|dm'?d|called|call|text)\\s+(" + CAPW + ")(?![\\p{L}])");
    private static final Pattern FROM_GROUP = Pattern.compile("(?:^|[.!?]\\s+|\\n)(" + CAPW + ") from (?:the|my|his|"
            + "her|our|their) (?:meetings?|group|program|shelter|shop|unit|block|church|gym|team|crew|job|work|class|"
            + "halfway house|rooms|building|dorm|neighborhood|hood|squad|platoon|garage)\\b");

    // -- places
    private static final Pattern MOUNT = Pattern.compile("\\b(?:Mt\\.?|Mount)\\s+(" + CAPW + ")");
    private static final Pattern ROAD_NUMBER = Pattern.compile("(?i)\\b(?:carretera|calle|rua|avenida|avda\\.?|av\\.|"
            + "camino|estrada|rodovia|travessa|alameda|callej[oó]n|rue|calzada|periférico|periferico)\\s+"
            + "(?:n[°ºo]\\.?\\s*|#\\s*)?\\d{1,4}[a-z]?\\b");
    private static final Pattern ROAD_NAME = Pattern.compile("\\b(?:Calle|Rua|Avenida|Av\\.|Avda\\.|Carretera|Camino|"
            + "Estrada|Travessa|Alameda|Rue|Callejón|Calzada|Paseo|Praça|Rodovia)\\s+(?:(?:de la|de los|de las|de|del|da"
            + "|do|dos|das|la|las|los)\\s+)?" + CAPW + "(?:\\s+" + CAPW + ")?");
    private static final Pattern CORNER = Pattern.compile("\\b(?:at|near|on|by|off|corner of|esquina(?: de)?|entre|en|"
            + "em|na|no)\\s+(?:the\\s+)?(" + CAPW + "(?:\\s" + CAPW + ")?)\\s+(?:y|e)\\s+(" + CAPW + "(?:\\s" + CAPW
            + ")?)");

    // -- ages over 89
    private static final Pattern AGE_YEARS = Pattern.compile("(?i)\\b(?:(hace|há|ha|durante|por|desde|en|em|dentro de|"
            + "después de|depois de|hasta|até|more than|over|for|in|ago)\\s+)?(9\\d|1[01]\\d|12[0-5])\\s+(?:años|anos)"
            + "(?![\\p{L}])");
    private static final Pattern HAS_YEARS = Pattern.compile("\\b(?:has|have|had|aged|aged about)\\s+(9\\d|1[01]\\d|"
            + "12[0-5])\\b(?:\\s+years\\b(?!\\s+(?:of|in|at|ago|since|clean|sober|experience)))?");

    private static final Set<String> OTHER_SCRIPT_WORDS = Lexicon.words("other-scripts.txt");
    private static final List<String> HANGUL_PARTICLES = List.of("에서", "에게", "한테", "께서", "하고", "이랑", "이가",
            "은", "는", "이", "가", "을", "를", "에", "의", "도", "와", "과", "랑", "요");
    private static final List<String> ARABIC_PREFIXES = List.of("وال", "بال", "لل", "ال", "و", "ب", "ل", "ف");
    private static final List<String> HEBREW_PREFIXES = List.of("וה", "שה", "מה", "ו", "ה", "ב", "ל", "מ", "ש", "כ");

    private UncuedNames() {
    }

    /** The detector's additions: every rule of this class. */
    public static List<PhiSpan> find(String text) {
        List<PhiSpan> out = new ArrayList<>();
        Triggers t = Triggers.of(text);
        if (t.any != 0) {
            WordTable lex = Lexicon.table();
            organizations(text, t, lex, out);
            nicknames(text, t, lex, out);
            places(text, t, lex, out);
            ages(text, t, out);
        }
        otherScripts(text, out);
        return out;
    }

    /**
     * Words in a script other than Latin that no bundled list knows: the residual check denies them by default,
     * as it does capitalized unknown Latin words.
     */
    public static List<PhiSpan> otherScripts(String text) {
        List<PhiSpan> out = new ArrayList<>();
        otherScripts(text, out);
        return out;
    }

    /**
     * {@code found} with {@code added} joined in: an added span that overlaps found ones takes their union, so a
     * rule that sees more of a name ("Dr. Osei's office" over "Osei") widens the span; sorted by start.
     */
    public static List<PhiSpan> merge(String text, List<PhiSpan> found, List<PhiSpan> added) {
        List<PhiSpan> all = new ArrayList<>(found);
        all.removeIf(s -> insideListedOtherScript(text, s));
        if (added.isEmpty()) {
            return all.size() == found.size() ? found : all;
        }
        for (PhiSpan a : added) {
            int s = a.start();
            int e = a.end();
            boolean overlaps = false;
            String type = a.type();
            for (int k = all.size() - 1; k >= 0; k--) {
                PhiSpan f = all.get(k);
                if (f.start() < e && s < f.end()) {
                    overlaps = true;
                    if (!f.type().equals(PhiCategory.PERSON) && !f.type().equals(PhiCategory.LOCATION)) {
                        type = f.type(); // a date or number the rules read keeps its kind over an unknown word in it
                    }
                    if (f.start() >= s && f.end() <= e) {
                        all.remove(k); // inside the added span
                    } else {
                        s = Math.min(s, f.start());
                        e = Math.max(e, f.end());
                        all.remove(k);
                    }
                }
            }
            all.add(overlaps ? new PhiSpan(s, e, type, a.score()) : a);
        }
        all.sort(Comparator.comparingInt(PhiSpan::start).thenComparingInt(PhiSpan::end));
        // joined spans may now overlap one another
        List<PhiSpan> out = new ArrayList<>(all.size());
        for (PhiSpan p : all) {
            PhiSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && p.start() < last.end()) {
                out.set(out.size() - 1, new PhiSpan(last.start(), Math.max(last.end(), p.end()), last.type(),
                        Math.max(last.score(), p.score())));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static void organizations(String text, Triggers t, WordTable lex, List<PhiSpan> out) {
        if (t.has(DENOM_RULE)) {
            for (MatchResult m : t.hits(DENOMINATION, DENOM_RULE, 120, 0)) {
                int s = m.start(1);
                // the congregation's own name: a word that is no faith, people or modifier word, or two words
                // that are no faith words ("Holy Family", "Sacred Heart")
                boolean own = false;
                int notFaith = 0;
                int k = s;
                for (String w : m.group(1).trim().split("\\s+")) {
                    int ws = text.indexOf(w, k);
                    k = ws + w.length();
                    if (!FAITH_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                        notFaith++;
                        own |= notFaith >= 2 || (lex.get(text, ws, k) & (Lexicon.PUBLIC | Lexicon.STATE)) == 0;
                    } else if (notFaith == 0) {
                        s = k + 1; // the faith words before the name stay
                    }
                }
                if (own && s < m.end()) {
                    out.add(new PhiSpan(s, m.end(), PhiCategory.LOCATION, 0.7));
                }
            }
        }
        if (t.has(DOCTOR_RULE)) {
            add(t.hits(DOCTOR_OFFICE, DOCTOR_RULE, 0, 60), 0, PhiCategory.LOCATION, out);
        }
        if (t.has(AGENCY_RULE)) {
            add(t.hits(AGENCY_UNIT, AGENCY_RULE, 60, 16), 0, PhiCategory.LOCATION, out);
        }
        if (t.has(CAPS_RULE)) {
            for (MatchResult m : t.hits(CAPS_RUN, CAPS_RULE, 120, 0)) {
                int s = m.start();
                boolean own = false;
                for (String w : m.group().split("\\s+")) {
                    int ws = text.indexOf(w, s);
                    if (!GENERIC_CAPS.contains(w) && w.length() >= 3
                            && (lex.get(text, ws, ws + w.length()) & Lexicon.VOCABULARY) == 0) {
                        own = true;
                    }
                }
                if (own) {
                    out.add(new PhiSpan(m.start(), m.end(), PhiCategory.LOCATION, 0.7));
                }
            }
        }
        if (t.has(SCHOOL_RULE)) {
            for (MatchResult m : t.hits(SCHOOL, SCHOOL_RULE, 90, 40)) {
                if (NOT_A_PLACE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                    continue;
                }
                int s = m.start(1);
                if ((lex.get(text, s, wordEnd(text, s)) & (Lexicon.MONTH | Lexicon.WEEKDAY)) != 0) {
                    continue;
                }
                out.add(new PhiSpan(s, m.end(1), PhiCategory.LOCATION, 0.7));
            }
        }
        if (t.has(SAINT_RULE)) {
            add(t.hits(SAINT, SAINT_RULE, 40, 40), 1, PhiCategory.LOCATION, out);
        }
        if (t.has(SCHOOL_VERB_RULE)) {
            for (MatchResult m : t.hits(SCHOOL_BY_NAME, SCHOOL_VERB_RULE, 0, 60)) {
                if (!NOT_A_PLACE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                    out.add(new PhiSpan(m.start(1), m.end(1), PhiCategory.LOCATION, 0.7));
                }
            }
        }
        if (t.has(EMPLOYER_RULE)) {
            for (MatchResult m : t.hits(EMPLOYER, EMPLOYER_RULE, 0, 100)) {
                int s = m.start(1);
                int e = m.end(1);
                int firstEnd = wordEnd(text, s);
                long f = lex.get(text, s, firstEnd);
                if (firstEnd == e && (f & (Lexicon.STATE | Lexicon.MONTH | Lexicon.WEEKDAY | Lexicon.KIN)) != 0
                        || (f & (Lexicon.MONTH | Lexicon.WEEKDAY | Lexicon.STOP)) != 0 || e - s < 2) {
                    continue;
                }
                out.add(new PhiSpan(s, m.end(), PhiCategory.LOCATION, 0.7));
            }
        }
    }

    private static void nicknames(String text, Triggers t, WordTable lex, List<PhiSpan> out) {
        if (t.has(SIZE_RULE)) {
            for (MatchResult m : t.hits(SIZE_NICKNAME, SIZE_RULE, 0, 30)) {
                int s = m.start(1);
                int e = m.end(1);
                long f = lex.get(text, s, e);
                if (e - s == 1 || (f & Lexicon.FIRST) != 0 && (f & (Lexicon.VOCABULARY | Lexicon.STORE)) == 0
                        || (f & (Lexicon.VOCABULARY | Lexicon.STORE | Lexicon.CITY | Lexicon.KIN)) == 0
                        && !ordinary(text, s, e)) {
                    out.add(new PhiSpan(m.start(), e, PhiCategory.PERSON, 0.7));
                }
            }
        }
        if (t.has(TITLE_RULE)) {
            add(t.hits(TITLE_INITIAL, TITLE_RULE, 0, 12), 1, PhiCategory.PERSON, out); // the title stays, as for names
        }
        if (t.has(COACH_RULE)) {
            for (MatchResult m : t.hits(COACH, COACH_RULE, 0, 30)) {
                if (nameLike(text, lex, m.start(1), m.end(1))) {
                    out.add(new PhiSpan(m.start(1), m.end(1), PhiCategory.PERSON, 0.7));
                }
            }
        }
        for (MatchResult m : t.hits(KIN_NICKNAME, KIN_RULE, 0, 30)) {
            long f = lex.get(text, m.start(1), m.end(1));
            if ((f & (Lexicon.VOCABULARY | Lexicon.STORE | Lexicon.STOP | Lexicon.KIN)) == 0) {
                out.add(new PhiSpan(m.start(1), m.end(1), PhiCategory.PERSON, 0.7));
            }
        }
        if (t.has(CALLED_RULE)) {
            for (MatchResult m : t.hits(CALLED, CALLED_RULE, 0, 40)) {
                long f = lex.get(text, m.start(1), m.end(1));
                if ((f & (Lexicon.VOCABULARY | Lexicon.STOP | Lexicon.KIN)) == 0) {
                    out.add(new PhiSpan(m.start(1), m.end(1), PhiCategory.PERSON, 0.7));
                }
            }
        }
        if (t.has(WHAT_RULE)) {
            add(t.hits(WHAT_THEY_CALL, WHAT_RULE, 40, 60), 1, PhiCategory.PERSON, out);
        }
        for (MatchResult m : t.hits(CONTACT, CONTACT_RULE, 0, 30)) {
            int s = m.start(1);
            int e = m.end(1);
            long f = lex.get(text, s, e);
            if ((f & (Lexicon.VOCABULARY | Lexicon.STOP | Lexicon.KIN | Lexicon.TITLE | Lexicon.STORE | Lexicon.EMPLOYER
                    | Lexicon.TEAM | Lexicon.CITY)) == 0 && ((f & Lexicon.FIRST) != 0 || !ordinary(text, s, e)
                    || addresseeAfter(text, e))) {
                out.add(new PhiSpan(s, e, PhiCategory.PERSON, 0.7));
            }
        }
        if (t.has(FROM_RULE)) {
            for (MatchResult m : t.hits(FROM_GROUP, FROM_RULE, 40, 40)) {
                long f = lex.get(text, m.start(1), m.end(1));
                if ((f & (Lexicon.VOCABULARY | Lexicon.STOP | Lexicon.KIN | Lexicon.TITLE | Lexicon.PERSON_NOUN)) == 0) {
                    out.add(new PhiSpan(m.start(1), m.end(1), PhiCategory.PERSON, 0.7));
                }
            }
        }
    }

    /** "told Mo I need space", "texted Bear that...": a pronoun, "that" or a stop after the word makes it whom. */
    private static boolean addresseeAfter(String text, int e) {
        if (e == text.length() || text.charAt(e) == '.' || text.charAt(e) == ',' || text.charAt(e) == '!'
                || text.charAt(e) == '?') {
            return true;
        }
        int k = e;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        String w = text.substring(k, wordEnd(text, k));
        return WordSet.of("I", "i", "that", "he", "she", "we", "they", "about", "how", "what", "why", "im", "I'm",
                "it", "you").contains(w);
    }

    private static boolean nameLike(String text, WordTable lex, int s, int e) {
        long f = lex.get(text, s, e);
        return (f & (Lexicon.VOCABULARY | Lexicon.STORE | Lexicon.STOP)) == 0 && ((f & (Lexicon.FIRST
                | Lexicon.SURNAME)) != 0 || !ordinary(text, s, e));
    }

    private static boolean ordinary(String text, int s, int e) {
        String w = text.substring(s, e).toLowerCase(Locale.ROOT);
        return EnglishHolder.WORDS.isOrdinary(w, 0, w.length());
    }

    private static void places(String text, Triggers t, WordTable lex, List<PhiSpan> out) {
        if (t.has(MOUNT_RULE)) {
            add(t.hits(MOUNT, MOUNT_RULE, 0, 40), 0, PhiCategory.LOCATION, out);
        }
        if (t.has(ROAD_RULE)) {
            add(t.hits(ROAD_NUMBER, ROAD_RULE, 0, 20), 0, PhiCategory.ADDRESS, out);
            add(t.hits(ROAD_NAME, ROAD_RULE, 0, 60), 0, PhiCategory.ADDRESS, out);
        }
        if (t.has(CORNER_RULE)) {
            for (MatchResult m : t.hits(CORNER, CORNER_RULE, 50, 50)) {
                long a = lex.get(text, m.start(1), wordEnd(text, m.start(1)));
                long b = lex.get(text, m.start(2), wordEnd(text, m.start(2)));
                if (((a | b) & (Lexicon.STATE | Lexicon.MONTH | Lexicon.WEEKDAY)) == 0
                        && (a & b & (Lexicon.PUBLIC | Lexicon.CLINICAL)) == 0) {
                    out.add(new PhiSpan(m.start(1), m.end(2), PhiCategory.ADDRESS, 0.7));
                }
            }
        }
    }

    private static void ages(String text, Triggers t, List<PhiSpan> out) {
        if (t.has(AGE_RULE)) {
            for (MatchResult m : t.hits(AGE_YEARS, AGE_RULE, 40, 0)) {
                if (m.group(1) == null) {
                    out.add(new PhiSpan(m.start(2), m.end(2), PhiCategory.AGE, 0.8));
                }
            }
        }
        if (t.has(HAS_RULE)) {
            for (MatchResult m : t.hits(HAS_YEARS, HAS_RULE, 0, 30)) {
                boolean aged = text.startsWith("aged", m.start());
                if (aged ? !unitAfter(text, m.end(1)) : m.end() > m.end(1)) {
                    out.add(new PhiSpan(m.start(1), m.end(1), PhiCategory.AGE, 0.8));
                }
            }
        }
    }

    private static boolean unitAfter(String text, int e) {
        int k = e;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k < text.length() && (text.charAt(k) == '%' || text.charAt(k) == '/')) {
            return true;
        }
        int we = wordEnd(text, k);
        String w = text.substring(k, we).toLowerCase(Locale.ROOT);
        return WordSet.of("mg", "minutes", "min", "mins", "points", "lbs", "pounds", "kg", "degrees", "miles", "days",
                "percent", "hours", "units", "times", "seconds", "months", "weeks").contains(w);
    }

    // -- other scripts

    private static void otherScripts(String text, List<PhiSpan> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x370 || !Character.isLetter(c) && !Character.isSurrogate(c)) {
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON
                    || script == Character.UnicodeScript.INHERITED || !Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            int e = wordEndInScript(text, i, script);
            if (!known(text.substring(s, e), script, !digitBeside(text, s, e))) {
                out.add(new PhiSpan(s, e, PhiCategory.PERSON, 0.6));
            }
            i = e;
        }
    }

    /** The end of a word in one script: its letters and combining marks (Devanagari vowel signs, Arabic harakat). */
    private static int wordEndInScript(String text, int i, Character.UnicodeScript script) {
        int n = text.length();
        int k = i;
        while (k < n) {
            int cp = text.codePointAt(k);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || cp == 0x200C || cp == 0x200D;
            if (!mark && !(Character.isLetter(cp) && sameScript(Character.UnicodeScript.of(cp), script))) {
                break;
            }
            k += Character.charCount(cp);
        }
        return k;
    }

    private static boolean sameScript(Character.UnicodeScript a, Character.UnicodeScript b) {
        return a == b || cjk(a) && cjk(b);
    }

    private static boolean cjk(Character.UnicodeScript s) {
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /** A listed word; Han and kana, written without spaces, when listed words cover the whole run. */
    private static boolean known(String word, Character.UnicodeScript script, boolean calendar) {
        String w = word.toLowerCase(Locale.ROOT);
        if (OTHER_SCRIPT_WORDS.contains(w) || calendar && CalendarNames.anyLocaleCalendarName(w)) {
            return true; // a common word, or a month or a weekday of the language: a word of the calendar, no name
        }
        if (script == Character.UnicodeScript.HANGUL) {
            // a particle written onto the word ("엄마가", "병원에서")
            for (String p : HANGUL_PARTICLES) {
                if (w.length() > p.length() && w.endsWith(p)
                        && (OTHER_SCRIPT_WORDS.contains(w.substring(0, w.length() - p.length()))
                        || calendar && CalendarNames.anyLocaleCalendarName(w.substring(0, w.length() - p.length())))) {
                    return true;
                }
            }
            return false;
        }
        if (script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW) {
            // a conjunction, preposition or article written onto the word ("والدي", "וסבתא")
            for (String p : script == Character.UnicodeScript.ARABIC ? ARABIC_PREFIXES : HEBREW_PREFIXES) {
                String rest = w.substring(Math.min(p.length(), w.length()));
                if (w.length() > p.length() + 1 && w.startsWith(p) && (OTHER_SCRIPT_WORDS.contains(rest)
                        || calendar && CalendarNames.anyLocaleCalendarName(rest))) {
                    return true;
                }
            }
            return false;
        }
        if (!cjk(script) && script != Character.UnicodeScript.THAI) {
            return false;
        }
        // cover the run with listed words of up to four characters
        int n = w.length();
        boolean[] ok = new boolean[n + 1];
        ok[0] = true;
        for (int a = 0; a < n; a++) {
            if (!ok[a]) {
                continue;
            }
            for (int b = a + 1; b <= Math.min(n, a + 6); b++) {
                if (OTHER_SCRIPT_WORDS.contains(w.substring(a, b))) {
                    ok[b] = true;
                }
            }
        }
        return ok[n];
    }

    /**
     * A digit in the word before or after {@code [s, e)} (any script's digits: "١٢ مايو"): a month or a weekday there is
     * part of a date, which stays replaced; read over blanks and a date's marks only, a few chars either way.
     */
    private static boolean digitBeside(String text, int s, int e) {
        int k = s - 1;
        while (k >= 0 && s - k < 4 && dateJoint(text.charAt(k))) {
            k--;
        }
        if (k >= 0 && k < s - 1 && Character.isDigit(text.charAt(k))) {
            return true;
        }
        k = e;
        while (k < text.length() && k - e < 3 && dateJoint(text.charAt(k))) {
            k++;
        }
        return k > e && k < text.length() && Character.isDigit(text.charAt(k));
    }

    /** A blank or a mark written between a date's parts; a placeholder's bracket is none ("[PERSON_3] الجمعة"). */
    private static boolean dateJoint(char c) {
        return Character.isWhitespace(c) || c == ',' || c == '،' || c == '-' || c == '/' || c == '.';
    }

    /** A span the scanner found inside words of another script that the bundled lists know ("спасибо"). */
    private static boolean insideListedOtherScript(String text, PhiSpan span) {
        int s = span.start();
        char c = text.charAt(s);
        if (c < 0x370) {
            return false;
        }
        int k = s;
        while (k > 0 && Character.isLetter(text.charAt(k - 1)) && text.charAt(k - 1) >= 0x370) {
            k--;
        }
        int end = span.end();
        while (k < end) {
            int cp = text.codePointAt(k);
            if (!Character.isLetter(cp)) {
                k += Character.charCount(cp);
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON) {
                return false;
            }
            int e = wordEndInScript(text, k, script);
            if (!known(text.substring(k, e), script, !digitBeside(text, k, e))) {
                return false;
            }
            k = e;
        }
        return true;
    }


    // -- trigger words: each rule's pattern runs only in a window around a word that can start or end a match,
    // found in one pass over the text, so the cost does not grow with the number of rules

    private static final int DENOM_RULE = 1 << 0;
    private static final int DOCTOR_RULE = 1 << 1;
    private static final int AGENCY_RULE = 1 << 2;
    private static final int CAPS_RULE = 1 << 3;
    private static final int SCHOOL_RULE = 1 << 4;
    private static final int SAINT_RULE = 1 << 5;
    private static final int SCHOOL_VERB_RULE = 1 << 6;
    private static final int EMPLOYER_RULE = 1 << 7;
    private static final int SIZE_RULE = 1 << 8;
    private static final int TITLE_RULE = 1 << 9;
    private static final int COACH_RULE = 1 << 10;
    private static final int KIN_RULE = 1 << 11;
    private static final int CALLED_RULE = 1 << 12;
    private static final int WHAT_RULE = 1 << 13;
    private static final int CONTACT_RULE = 1 << 14;
    private static final int FROM_RULE = 1 << 15;
    private static final int MOUNT_RULE = 1 << 16;
    private static final int ROAD_RULE = 1 << 17;
    private static final int CORNER_RULE = 1 << 18;
    private static final int AGE_RULE = 1 << 19;
    private static final int HAS_RULE = 1 << 20;
    private static final Map<String, Integer> TRIGGERS = new HashMap<>();
    /**
     * A bit per String hash of the trigger words: most words of a text are none, and the filter says so without
     * a String and a map lookup per word.
     */
    private static final long[] TRIGGER_HASHES = new long[256];

    static {
        var k = TRIGGERS;
        key(k, DENOM_RULE, "baptist lutheran methodist presbyterian episcopal pentecostal orthodox adventist apostolic evangelical tabernacle ministries cathedral congregational nazarene reformed covenant");
        key(k, DOCTOR_RULE, "dr doctor");
        key(k, AGENCY_RULE, "region unit district office area division branch precinct station sector zone team");
        key(k, CAPS_RULE, "psychiatry psychology psych associates counseling counselling therapy therapies wellness health medicine medical clinic center centre group partners services pediatrics hospital institute practice llc pllc inc pc");
        key(k, SCHOOL_RULE, "state tech poly prep latin east west north south central high");
        key(k, SAINT_RULE, "st saint san santa");
        key(k, SCHOOL_VERB_RULE, "goes go going went attends attend attended attending graduated graduate transferred transfer accepted admitted got enrolled dropped freshman sophomore junior senior student professor teaches taught");
        key(k, EMPLOYER_RULE, "laid let fired hired started starts start starting transferred job shift shifts works work worked working employed intern interns interning retired");
        key(k, SIZE_RULE, "big lil little young ol old");
        key(k, TITLE_RULE, "mr ms mrs mx miss dr coach officer pastor");
        key(k, COACH_RULE, "coach");
        key(k, KIN_RULE, "nana nanna mama papa papi mami uncle unc auntie aunty tia tía tio tío abuela abuelo grandma grandpa granny gramma grampa pops cousin cuz deacon pastor sarge bro sis hyung oppa unnie noona");
        key(k, CALLED_RULE, "goes go went going calls call called nicknamed known answers");
        key(k, WHAT_RULE, "what");
        key(k, CONTACT_RULE, "told texted tell asked ask messaged blocked hugged met missed saw dm dmd called call text");
        key(k, FROM_RULE, "from");
        key(k, MOUNT_RULE, "mt mount");
        key(k, ROAD_RULE, "carretera calle rua avenida avda av camino estrada rodovia travessa alameda callejón callejon rue calzada periférico periferico paseo praça");
        key(k, CORNER_RULE, "y e");
        key(k, AGE_RULE, "años anos");
        key(k, HAS_RULE, "has have had aged");
        for (String word : k.keySet()) {
            int h = word.hashCode();
            TRIGGER_HASHES[(h >>> 6) & (TRIGGER_HASHES.length - 1)] |= 1L << h;
        }
    }

    private static void key(Map<String, Integer> map, int rule, String words) {
        for (String w : words.split(" ")) {
            map.merge(w, rule, (x, y) -> x | y);
        }
    }

    /** The trigger words of one text: their positions and the rules they wake. */
    private static final class Triggers {
        final String text;
        final int[] starts;
        final int[] ends;
        final int[] rules;
        final int count;
        final int any;

        private Triggers(String text, int[] starts, int[] ends, int[] rules, int count, int any) {
            this.text = text;
            this.starts = starts;
            this.ends = ends;
            this.rules = rules;
            this.count = count;
            this.any = any;
        }

        static Triggers of(String text) {
            int n = text.length();
            int[] starts = new int[16];
            int[] ends = new int[16];
            int[] rules = new int[16];
            int count = 0;
            int any = 0;
            char[] buf = new char[16];
            int i = 0;
            while (i < n) {
                char first = text.charAt(i);
                if (first < 128 ? !(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')
                        : !Character.isLetter(first)) {
                    i++;
                    continue;
                }
                // one walk over the word: its end, its folded chars and their String.hashCode()
                int s = i;
                int h = 0;
                while (i < n) {
                    char c = text.charAt(i);
                    if (c < 128) {
                        if (c >= 'A' && c <= 'Z') {
                            c += 32;
                        } else if (!(c >= 'a' && c <= 'z')) {
                            break;
                        }
                    } else if (Character.isLetter(c)) {
                        c = Character.toLowerCase(c);
                    } else {
                        break;
                    }
                    if (i - s < buf.length) {
                        buf[i - s] = c;
                    }
                    h = 31 * h + c;
                    i++;
                }
                int len = i - s;
                if (len > 14) {
                    continue; // no trigger word is longer
                }
                if ((TRIGGER_HASHES[(h >>> 6) & (TRIGGER_HASHES.length - 1)] & (1L << h)) == 0) {
                    continue;
                }
                Integer r = TRIGGERS.get(new String(buf, 0, len));
                if (r != null) {
                    if (count == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, count * 2);
                        ends = java.util.Arrays.copyOf(ends, count * 2);
                        rules = java.util.Arrays.copyOf(rules, count * 2);
                    }
                    starts[count] = s;
                    ends[count] = i;
                    rules[count] = r;
                    count++;
                    any |= r;
                }
            }
            return new Triggers(text, starts, ends, rules, count, any);
        }

        boolean has(int rule) {
            return (any & rule) != 0;
        }

        /** The matches of {@code p} in a window around each trigger word of {@code rule}, each once. */
        List<MatchResult> hits(Pattern p, int rule, int before, int after) {
            if ((any & rule) == 0) {
                return List.of();
            }
            List<MatchResult> out = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            Matcher m = p.matcher(text);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            for (int k = 0; k < count; k++) {
                if ((rules[k] & rule) == 0) {
                    continue;
                }
                m.region(Math.max(0, starts[k] - before), Math.min(text.length(), ends[k] + after));
                if (before == 0) {
                    // the trigger is the match's first word: one anchored try
                    if (m.lookingAt() && seen.add(((long) m.start() << 32) | m.end())) {
                        out.add(m.toMatchResult());
                    }
                    continue;
                }
                while (m.find()) {
                    if (seen.add(((long) m.start() << 32) | m.end())) {
                        out.add(m.toMatchResult());
                    }
                }
            }
            return out;
        }
    }

    // -- helpers

    private static void add(List<MatchResult> hits, int group, String type, List<PhiSpan> out) {
        for (MatchResult m : hits) {
            out.add(new PhiSpan(m.start(group), m.end(group), type, 0.7));
        }
    }

    private static int wordEnd(String text, int s) {
        int k = s;
        while (k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '\'')) {
            k++;
        }
        return k;
    }

    /** The English word list, loaded once, when a rule first asks. */
    private static final class EnglishHolder {
        static final EnglishWords WORDS = new EnglishWords();
    }
}
