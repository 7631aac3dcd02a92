package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts of the record typed among the concerns, each written from its source, never as the client's report: a
 * measured result ("A1c 7.2", "uds positive for thc", "GAD-7 = 11", "bp 150/95 at pcp", "labs: lithium level 0.9"),
 * a prescriber's change ("psychiatrist increased sertraline to 100 mg last wk"), and a report typed with its source
 * first ("per school, 3 detentions this month", "PO reports negative UDS"). Deny by default: an item is read only when
 * all of it has one of these shapes, and the test's name comes from a closed class of tests, scales and vital signs.
 */
final class RecordFacts {
    /** Tests and vital signs by how they are typed (lower case) to how a note names them. */
    private static final Map<String, String> TESTS = Map.ofEntries(Map.entry("a1c", "A1c"), Map.entry("hba1c", "HbA1c"),
            Map.entry("tsh", "TSH"), Map.entry("free t4", "free T4"), Map.entry("t4", "T4"), Map.entry("cbc", "CBC"),
            Map.entry("cmp", "CMP"), Map.entry("bmp", "BMP"), Map.entry("lfts", "LFTs"), 
            Map.entry("lithium level", "lithium level"), Map.entry("valproate level", "valproate level"), Map.entry("depakote level", "Depakote level"),
            Map.entry("vitamin d", "vitamin D"), Map.entry("b12", "B12"),
            Map.entry("glucose", "glucose"), Map.entry("ldl", "LDL"), Map.entry("cholesterol", "cholesterol"),
            Map.entry("uds", "UDS"), Map.entry("urine drug screen", "urine drug screen"),
            Map.entry("ua", "UA"), Map.entry("bac", "BAC"), Map.entry("breathalyzer", "breathalyzer"),
            Map.entry("bp", "BP"), Map.entry("blood pressure", "blood pressure"), Map.entry("hr", "HR"),
            Map.entry("heart rate", "heart rate"), Map.entry("pulse", "pulse"), Map.entry("weight", "weight"),
            Map.entry("bmi", "BMI"), Map.entry("qtc", "QTc"), Map.entry("ekg", "EKG"), Map.entry("ecg", "ECG"));
    /** Rating scales typed in any case, to their names: a score. */
    private static final Map<String, String> SCALES = Map.ofEntries(Map.entry("phq-9", "PHQ-9"), Map.entry("phq9", "PHQ-9"),
            Map.entry("phq-2", "PHQ-2"), Map.entry("phq-a", "PHQ-A"), Map.entry("gad-7", "GAD-7"), Map.entry("gad7", "GAD-7"),
            Map.entry("gad-2", "GAD-2"), Map.entry("pcl-5", "PCL-5"), Map.entry("pcl5", "PCL-5"), Map.entry("audit", "AUDIT"),
            Map.entry("audit-c", "AUDIT-C"), Map.entry("dast-10", "DAST-10"), Map.entry("epds", "EPDS"),
            Map.entry("moca", "MoCA"), Map.entry("mmse", "MMSE"), Map.entry("bdi-ii", "BDI-II"), Map.entry("bai", "BAI"),
            Map.entry("isi", "ISI"), Map.entry("y-bocs", "Y-BOCS"), Map.entry("ybocs", "Y-BOCS"), Map.entry("k10", "K10"));
    /** Short substance names after "positive for", as a note writes them. */
    private static final Map<String, String> SUBSTANCES = Map.of("thc", "THC", "etoh", "alcohol", "bzd", "benzodiazepines",
            "benzos", "benzodiazepines", "coc", "cocaine", "amp", "amphetamines", "opi", "opiates");
    private static final Set<String> SCREENS = Set.of("UDS", "urine drug screen", "UA", "BAC",
            "breathalyzer");

    private static final String NAMES;

    static {
        StringBuilder b = new StringBuilder();
        java.util.stream.Stream.concat(TESTS.keySet().stream(), SCALES.keySet().stream())
                .sorted((x, y) -> y.length() - x.length()).forEach(n -> b.append(b.length() == 0 ? "" : "|")
                        .append(Pattern.quote(n)));
        NAMES = b.toString();
    }

    private static final Pattern RESULT = Pattern.compile("(?i)(?:labs?:? )?(" + NAMES + ")(?: ?[:=] ?| of | was | is | )"
            + "(\\d+(?:\\.\\d+)?(?:/\\d+)?(?: ?(?:%|mg/dl|ng/ml|mmol/l|lbs?|kg|bpm|ms))?"
            + "|wnl|within normal limits|normal|abnormal|elevated|low|high|positive|negative)"
            + "(?: for ([a-z0-9 \\-]{2,30}?))?((?: (?:at|on|in|this|last|today|yesterday|since|during) [a-z0-9 \\-/]{1,30})?)");

    private static final Pattern RESULT_FIRST = Pattern.compile("(?i)(positive|negative|pos|neg) (uds|ua|bac|urine drug screen"
            + "|breathalyzer)((?: for [a-z0-9 \\-]{2,30})?)");
    /** "... per PCP": what another reported, then who; the composer's reading of a report typed with its source. */
    static final Pattern PER_LAST = Pattern.compile("(?i)(.+?),? per ((?:the )?[a-z][a-z'\\- ]{1,24})");

    /**
     * "TSH wnl per PCP", "negative UDS per PO": a result with its source, "Per the PCP, the TSH was wnl", "The PO
     * reported a negative UDS"; "" when the words before "per" are no result or the source is no person or institution the reporter
     * vocabulary knows.
     */
    static String resultPer(String typed) {
        Matcher m = PER_LAST.matcher(Phrases.bare(typed.strip()));
        if (!m.matches()) {
            return "";
        }
        Matcher first = RESULT_FIRST.matcher(m.group(1).strip());
        String said = first.matches() ? "" : result(m.group(1));
        String who = m.group(2).strip().replaceFirst("(?i)^the ", "");
        String lower = who.toLowerCase(Locale.ROOT);
        java.util.Optional<String> role = Reporters.role(lower).or(() -> Reporters.shortForm(lower));
        if (role.isEmpty() && lower.indexOf(' ') > 0) {
            String[] two = lower.split(" ");
            role = two.length == 2 ? Reporters.role(two[0], two[1]) : java.util.Optional.empty();
        }
        if (said.isEmpty() && !first.matches() || role.isEmpty() && !institution(lower)) {
            return "";
        }
        // A short form stays as typed ("the PCP", "the PO"): the verifier reads it as typed.
        String name = who.equals(who.toUpperCase(Locale.ROOT)) ? who : lower;
        if (first.matches()) {
            // "negative UDS per PO": the value keeps its place before the test, where the verifier reads its polarity.
            String what = m.group(1).strip();
            return "The " + name + " reported " + English.indefiniteArticle(what) + " " + what;
        }
        return "Per the " + name + ", t" + said.substring(1);
    }

    private static String upperShort(String where) {
        Matcher m = Pattern.compile("(?i)(?<=the )(pcp|ed|er)\\b").matcher(where);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, m.group(1).toUpperCase(Locale.ROOT));
        }
        return m.appendTail(b).toString();
    }

    private static final Pattern PRESCRIBER = Pattern.compile("(?i)(?:the )?(psychiatrist|prescriber|pcp|np|nurse practitioner"
            + "|psych np|doctor|physician|pediatrician)\\s+(increased|decreased|raised|lowered|started|added|stopped"
            + "|discontinued|switched|changed|titrated|tapered|prescribed|held|restarted|resumed|reduced|adjusted|dx'd"
            + "|diagnosed)\\s+([^,;:()\"]+)");
    private static final Map<String, String> PRESCRIBERS = Map.of("pcp", "the PCP", "np", "the NP", "psych np",
            "the psychiatric NP");

    private static final Pattern SOURCE_FIRST = Pattern.compile("(?i)\\(?per ((?:the )?[a-z][a-z'\\- ]{1,24}?)\\)?,\\s*(.+)");

    private static final ClinicalLexicon LEXICON = ClinicalLexicon.standard();

    private RecordFacts() {
    }

    /**
     * "The A1c was 7.2", "The GAD-7 score was 11", "The UDS was positive for THC", "The blood pressure was 150/95 at
     * pcp": a result as the record's, or "" when the item is not a test, a scale or a vital sign and its value alone.
     */
    static String result(String typed) {
        Matcher m = RESULT.matcher(Phrases.bare(typed.strip()));
        if (!m.matches()) {
            return "";
        }
        String key = m.group(1).toLowerCase(Locale.ROOT);
        String value = m.group(2).toLowerCase(Locale.ROOT);
        String scale = SCALES.get(key);
        boolean number = Character.isDigit(value.charAt(0));
        if (scale != null && !number || scale == null && TESTS.get(key) == null) {
            return "";
        }
        String name = scale != null ? scale : TESTS.get(key);
        value = number ? m.group(2) : value;
        if (m.group(3) != null) {
            if (!value.equals("positive") && !value.equals("negative")) {
                return "";
            }
            String what = m.group(3).strip();
            value += " for " + SUBSTANCES.getOrDefault(what.toLowerCase(Locale.ROOT), what);
        }
        if (!number && !SCREENS.contains(name) && (value.equals("positive") || value.equals("negative"))) {
            return ""; // "TSH positive": no reading a clinician would sign
        }
        // "at pcp": a provider's short form, as a note writes it ("at the PCP").
        String where = upperShort(m.group(4).replaceAll("(?i)\\b(at|from|per) (pcp|ed|er)\\b", "$1 the $2"));
        return "The " + name + (scale != null ? " score" : "") + " was " + value + where;
    }

    /**
     * "The psychiatrist increased sertraline to 100 mg last wk": a prescriber's change as the record's, where the words
     * after the verb open with a medication the lexicon knows (or a diagnosis after "dx'd"); "" otherwise.
     */
    static String prescriberDeed(String typed) {
        Matcher m = PRESCRIBER.matcher(Phrases.bare(typed.strip()));
        if (!m.matches()) {
            return "";
        }
        String who = m.group(1).toLowerCase(Locale.ROOT);
        String verb = m.group(2).toLowerCase(Locale.ROOT);
        String rest = m.group(3).strip();
        boolean diagnosis = verb.equals("dx'd") || verb.equals("diagnosed");
        ClinicalLexicon.Category wanted = diagnosis ? ClinicalLexicon.Category.DIAGNOSIS : ClinicalLexicon.Category.MEDICATION;
        boolean opens = LEXICON.find(ClinicalLexicon.words(rest.toLowerCase(Locale.ROOT))).stream()
                .anyMatch(x -> x.category() == wanted && x.at() == 0);
        if (!opens) {
            return "";
        }
        return "The " + PRESCRIBERS.getOrDefault(who, who).replaceFirst("^the ", "") + " "
                + (verb.equals("dx'd") ? "diagnosed" : verb) + " " + rest;
    }

    private static final Pattern SHORT_SAYS = Pattern.compile("(?i)([a-z]{2,3}) (?:reports|reported|states|stated|says|said)"
            + " (?!that )([^,;\"]+)");

    /**
     * "per school, 3 detentions this month" and "PO reports negative UDS" as "3 detentions this month per school" and
     * "negative UDS per PO", the shape the composer reads as another's report; other text as typed.
     */
    static String sourceLast(String typed) {
        String bare = Phrases.bare(typed.strip());
        Matcher m = SOURCE_FIRST.matcher(bare);
        if (m.matches() && m.group(2).indexOf(',') < 0 && m.group(2).indexOf(';') < 0) {
            return m.group(2).strip() + " per " + m.group(1).strip();
        }
        Matcher says = SHORT_SAYS.matcher(bare);
        if (says.matches() && Reporters.shortForm(says.group(1).toLowerCase(Locale.ROOT)).isPresent()
                && says.group(1).equals(says.group(1).toUpperCase(Locale.ROOT))) {
            return says.group(2).strip() + " per " + says.group(1);
        }
        return typed;
    }

    /** Sources that are not persons but report ("per school", "per the court"): an institution or the record. */
    static boolean institution(String word) {
        return INSTITUTIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> INSTITUTIONS = Set.of("school", "court", "daycare", "program", "agency", "hospital",
            "shelter", "employer");
}
