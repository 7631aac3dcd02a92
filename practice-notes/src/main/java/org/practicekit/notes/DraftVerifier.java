package org.practicekit.notes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.notes.internal.Lexicon;
import org.practicekit.notes.internal.PromptSources;

/**
 * Checks a draft against the prompt it was written from: nothing dropped (every intervention, risk
 * statement and action, homework item and plan element appears), nothing added (no medication,
 * diagnosis, intervention, number, date or person the prompt lacks), an explicit risk statement
 * whenever the risk level is above none, and every sentence traced to the prompt fields it cites
 * ("no source, no assertion"). Findings are written for the reviewing clinician.
 *
 * <p>Immutable and thread-safe. A practice extends the lexicon with
 * {@link Builder#addMedication(String)} and friends.
 */
public final class DraftVerifier {
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9.\\-/])\\d+(?:[.:]\\d+)*");
    private static final Pattern ANY_NUMBER = Pattern.compile("\\d+(?:[.:]\\d+)*");
    private static final Pattern ICD10 = Pattern.compile("\\b[A-TV-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{1,4})?\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z][A-Z0-9_]*_[0-9]{1,6}]");
    private static final Pattern MONTH_DATE = Pattern.compile("\\b(January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");
    private static final Pattern SLASH_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday)\\b");
    // In order: "SI/HI" before "SI".
    private static final List<Map.Entry<Pattern, String>> EXPANSIONS = List.of(
            Map.entry(Pattern.compile("\\bSI/HI\\b"), "suicidal and homicidal ideation"),
            Map.entry(Pattern.compile("\\bSI\\b"), "suicidal ideation"),
            Map.entry(Pattern.compile("\\bHI\\b"), "homicidal ideation"),
            Map.entry(Pattern.compile("\\bMSE\\b"), "mental status"),
            Map.entry(Pattern.compile("\\bHW\\b"), "homework"),
            Map.entry(Pattern.compile("(?<![A-Za-z])f/u\\b"), "follow-up"),
            Map.entry(Pattern.compile("\\btx\\b"), "treatment"));
    private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "with", "that", "this", "from", "into",
            "about", "over", "under", "their", "they", "them", "there", "were", "was", "been", "being", "have", "has",
            "had", "will", "would", "could", "should", "which", "while", "when", "then", "than", "also", "each", "both",
            "such", "some", "more", "most", "very", "only", "other", "after", "before", "during", "again", "further",
            "once", "here", "what", "who", "whom", "whose", "its", "it's", "his", "her", "hers", "him", "she", "he",
            "our", "your", "you", "are", "not", "but", "any", "all", "own", "same", "too", "can", "did", "does",
            "doing", "per", "via", "upon", "within", "without", "toward", "towards", "between", "through", "across");
    // Words the drafters use to frame a sentence; they assert nothing by themselves.
    private static final Set<String> FRAME_WORDS = Set.of("client", "client's", "patient", "patient's", "clinician",
            "clinician's", "writer", "writer's", "therapist", "therapist's", "session", "sessions", "attended",
            "minute", "minutes", "individual", "psychotherapy", "couples", "family", "group", "crisis", "diagnostic",
            "evaluation", "secure", "video", "telephone", "audio", "person", "joining", "home", "joined", "took",
            "part", "reported", "described", "noted", "endorsed", "stated", "shared", "taking", "mental", "status",
            "notable", "observations", "included", "total", "score", "range", "used", "utilized", "facilitated",
            "introduced", "provided", "guided", "focused", "address", "addressed", "targeting", "targeted", "next",
            "later", "addition", "response", "following", "work", "overall", "treatment-plan", "treatment", "goal",
            "goals", "toward", "evidenced", "made", "progress", "steady", "significant", "minimal", "showed",
            "measurable", "change", "some", "regression", "first", "second", "third", "fourth", "fifth", "risk",
            "assessment", "assessed", "identified", "current", "harm", "self", "others", "factors", "protective",
            "diagnosis", "diagnoses", "homework", "agreed", "scheduled", "going", "forward", "plan", "plans",
            "today", "today's", "session's", "telehealth", "office", "present", "goal's", "ideation", "couple", "parents",
            "examination", "asked", "safety", "medication", "medications", "report");

    private final Set<String> medications;
    private final Set<String> people;
    // Phrase lexicons indexed by their first word, so a sentence is checked word by word, not phrase by phrase.
    private final Map<String, List<String>> medicationPhrases;
    private final Map<String, List<String>> diagnoses;
    private final Map<String, List<String>> interventions;

    private DraftVerifier(Builder b) {
        this.medications = Set.copyOf(b.medications);
        this.people = Set.copyOf(b.people);
        this.medicationPhrases = byFirstWord(b.medications.stream().filter(m -> m.indexOf(' ') > 0).toList());
        this.diagnoses = byFirstWord(b.diagnoses);
        this.interventions = byFirstWord(b.interventions);
    }

    private static Map<String, List<String>> byFirstWord(List<String> phrases) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (String phrase : phrases) {
            List<String> words = tokens(phrase);
            if (!words.isEmpty()) {
                out.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(phrase);
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    /** The verifier with PracticeKit's built-in lexicon. */
    public static DraftVerifier standard() {
        return builder().build();
    }

    /** Starts from the built-in lexicon. */
    public static Builder builder() {
        return new Builder();
    }

    /** Verifies {@code draft} against the prompt it carries. */
    public Verification verify(NoteDraft draft) {
        Objects.requireNonNull(draft, "draft == null");
        return new Run(draft).findings();
    }

    /** One verification: the prompt's vocabulary, then every sentence, then coverage. */
    private final class Run {
        private final NoteDraft draft;
        private final SessionPrompt p;
        private final Map<String, String> sources;
        private final String promptLower;
        private final Set<String> allowedNumbers = new HashSet<>();
        private final Set<String> codes = new HashSet<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<LocalDate> knownDates = new ArrayList<>();
        private final Map<String, String> lowerSources = new java.util.LinkedHashMap<>();
        private final StringBuilder draftLower = new StringBuilder();
        private String draftText = "";

        Run(NoteDraft draft) {
            this.draft = draft;
            this.p = draft.prompt();
            this.sources = PromptSources.of(p);
            StringBuilder all = new StringBuilder();
            for (String s : sources.values()) {
                all.append(s).append(" \n ");
            }
            all.append(p.start()).append(' ').append(p.end());
            p.nextAppointment().ifPresent(n -> all.append(' ').append(n.toLocalTime()).append(' ')
                    .append(n.toLocalDate()));
            all.append(' ').append(p.date());
            String promptText = all.toString();
            this.promptLower = promptText.toLowerCase(Locale.ROOT);
            sources.forEach((k, v) -> lowerSources.put(k, v.toLowerCase(Locale.ROOT)));
            Matcher n = ANY_NUMBER.matcher(promptText);
            while (n.find()) {
                allowedNumbers.add(n.group());
                for (String part : n.group().split("[.:]")) {
                    allowedNumbers.add(part);
                    allowedNumbers.add(String.valueOf(Integer.parseInt(part.length() > 9 ? "0" : part)));
                }
            }
            p.diagnoses().forEach(d -> codes.add(d.code()));
            knownDates.add(p.date());
            p.nextAppointment().ifPresent(next -> knownDates.add(next.toLocalDate()));
        }

        Verification findings() {
            structure();
            Set<String> seen = new HashSet<>();
            for (DraftSection section : draft.sections()) {
                for (DraftSentence sentence : section.sentences()) {
                    String expanded = expand(sentence.text());
                    String lower = expanded.toLowerCase(Locale.ROOT);
                    draftLower.append(lower).append(" \n ");
                    List<String> tokens = tokens(lower);
                    sentence(section.key(), sentence, expanded, lower, tokens, seen);
                }
            }
            coverage();
            return new Verification(findings);
        }

        private void add(FindingKind kind, String section, String message) {
            findings.add(new Finding(kind, section, message));
        }

        private void structure() {
            for (SectionContent required : List.of(SectionContent.INTERVENTIONS, SectionContent.RISK,
                    SectionContent.PLAN)) {
                draft.format().sectionHolding(required).ifPresent(s -> {
                    if (draft.section(s.key()).map(d -> d.sentences().isEmpty()).orElse(true)) {
                        add(FindingKind.MISSING_SECTION, s.key(), "The " + s.heading() + " section is missing.");
                    }
                });
            }
            for (DraftSection s : draft.sections()) {
                if (s.sentences().isEmpty()) {
                    add(FindingKind.FILLER_TEXT, s.key(), "The " + s.heading() + " heading has no text under it.");
                }
            }
        }

        private void sentence(String section, DraftSentence sentence, String text, String lower, List<String> tokens,
                Set<String> seen) {
            String quoted = "\"" + sentence.text() + "\"";
            if (text.indexOf('[') >= 0 && PLACEHOLDER.matcher(text).find()) {
                add(FindingKind.LEFTOVER_PLACEHOLDER, section, "The sentence " + quoted
                        + " still contains a pseudonym placeholder.");
            }
            if (filler(lower)) {
                add(FindingKind.FILLER_TEXT, section, "The sentence " + quoted + " contains filler instead of content.");
            }
            String normalized = lower.strip();
            if (!normalized.isEmpty() && !seen.add(normalized)) {
                add(FindingKind.REPEATED_SENTENCE, section, "The sentence " + quoted + " appears twice.");
            }
            traced(section, sentence, tokens, quoted);
            entities(section, text, lower, tokens, quoted);
        }

        private void traced(String section, DraftSentence sentence, List<String> tokens, String quoted) {
            if (sentence.sources().isEmpty()) {
                add(FindingKind.UNSOURCED_SENTENCE, section, "The sentence " + quoted + " cites no prompt field.");
                return;
            }
            List<String> cited = new ArrayList<>();
            for (String id : sentence.sources()) {
                int before = cited.size();
                for (Map.Entry<String, String> e : lowerSources.entrySet()) {
                    String key = e.getKey();
                    if (key.startsWith(id) && (key.length() == id.length() || key.charAt(id.length()) == '['
                            || key.charAt(id.length()) == '.')) {
                        cited.add(e.getValue());
                    }
                }
                if (cited.size() == before) {
                    add(FindingKind.UNSOURCED_SENTENCE, section, "The sentence " + quoted + " cites \"" + id
                            + "\", which the prompt does not have.");
                    return;
                }
            }
            int content = 0;
            List<String> unmatched = new ArrayList<>();
            for (String w : tokens) {
                if (w.length() < 4 || STOPWORDS.contains(w) || FRAME_WORDS.contains(w)) {
                    continue;
                }
                content++;
                String st = stem(w);
                boolean found = false;
                for (String c : cited) {
                    if (startsWord(c, st)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    unmatched.add(w);
                }
            }
            // Why half: paraphrase is allowed, new assertions are not.
            if (content > 0 && unmatched.size() * 2 > content) {
                add(FindingKind.UNSOURCED_SENTENCE, section, "The sentence " + quoted + " says more than the prompt"
                        + " fields it cites (" + String.join(", ", sentence.sources()) + "): "
                        + String.join(", ", unmatched) + ".");
            }
        }

        private void entities(String section, String text, String lower, List<String> tokens, String quoted) {
            for (String w : tokens) {
                if (medications.contains(w) && !inPrompt(w)) {
                    add(FindingKind.INVENTED_MEDICATION, section, "The sentence " + quoted + " names the medication \""
                            + w + "\", which the prompt does not mention.");
                }
                if (people.contains(w) && !mentionsPerson(w)) {
                    add(FindingKind.INVENTED_PERSON, section, "The sentence " + quoted + " mentions a " + w
                            + ", who is not in the prompt.");
                }
                String digit = Lexicon.NUMBER_WORDS.get(w);
                if (digit != null && !allowedNumbers.contains(digit) && !inPrompt(w)) {
                    add(FindingKind.INVENTED_NUMBER, section, "The sentence " + quoted + " states the number \"" + w
                            + "\", which the prompt does not contain.");
                }
            }
            List<String> firstWords = new ArrayList<>(2);
            for (String w : tokens) {
                if ((medicationPhrases.containsKey(w) || diagnoses.containsKey(w) || interventions.containsKey(w))
                        && !firstWords.contains(w)) {
                    firstWords.add(w);
                }
            }
            for (String first : firstWords) {
                for (String phrase : medicationPhrases.getOrDefault(first, List.of())) {
                    if (containsPhrase(lower, phrase) && !containsPhrase(promptLower, phrase)) {
                        add(FindingKind.INVENTED_MEDICATION, section, "The sentence " + quoted + " names \"" + phrase
                                + "\", which the prompt does not mention.");
                    }
                }
                for (String dx : diagnoses.getOrDefault(first, List.of())) {
                    if (containsPhrase(lower, dx) && !containsPhrase(promptLower, dx)) {
                        add(FindingKind.INVENTED_DIAGNOSIS, section, "The sentence " + quoted + " names the diagnosis \""
                                + dx + "\", which the prompt does not contain.");
                    }
                }
                for (String in : interventions.getOrDefault(first, List.of())) {
                    if (containsPhrase(lower, in) && !containsPhrase(promptLower, in)) {
                        add(FindingKind.INVENTED_INTERVENTION, section, "The sentence " + quoted + " names the"
                                + " intervention \"" + in + "\", which the prompt does not list.");
                    }
                }
            }
            boolean digits = hasDigit(text);
            Matcher icd = ICD10.matcher(digits ? text : "");
            while (icd.find()) {
                if (!codes.contains(icd.group())) {
                    add(FindingKind.INVENTED_DIAGNOSIS, section, "The sentence " + quoted + " cites the code "
                            + icd.group() + ", which is not among the prompt's diagnoses.");
                }
            }
            Matcher n = NUMBER.matcher(digits ? text : "");
            while (n.find()) {
                if (!allowedNumbers.contains(n.group())) {
                    add(FindingKind.INVENTED_NUMBER, section, "The sentence " + quoted + " states the number "
                            + n.group() + ", which the prompt does not contain.");
                }
            }
            List<String> capitalized = capitalized(text);
            boolean calendar = false;
            for (String word : capitalized) {
                calendar |= CALENDAR.contains(word);
            }
            for (String word : CALENDAR) {
                calendar |= text.startsWith(word);
            }
            boolean slash = digits && text.indexOf('/') >= 0;
            boolean dash = digits && text.indexOf('-') >= 0;
            if (calendar || slash || dash) {
                dates(section, text, quoted, calendar, slash, dash);
            }
            for (String word : capitalized) {
                if (Lexicon.NOT_NAMES.contains(word)) {
                    continue;
                }
                String lw = word.toLowerCase(Locale.ROOT);
                if (!FRAME_WORDS.contains(lw) && !STOPWORDS.contains(lw) && !inPrompt(lw)) {
                    add(FindingKind.INVENTED_PERSON, section, "The sentence " + quoted + " names \"" + word
                            + "\", who is not in the prompt.");
                }
            }
        }

        private boolean mentionsPerson(String w) {
            return inPrompt(w) || inPrompt(w + "s") || (w.endsWith("s") && inPrompt(w.substring(0, w.length() - 1)));
        }

        private boolean inPrompt(String word) {
            return containsPhrase(promptLower, word);
        }

        private void dates(String section, String text, String quoted, boolean calendar, boolean slash,
                boolean dash) {
            List<LocalDate> known = knownDates;
            Matcher m = MONTH_DATE.matcher(calendar ? text : "");
            while (m.find()) {
                Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                int day = Integer.parseInt(m.group(2));
                Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
                checkDate(section, quoted, m.group(), month.getValue(), day, year, known);
            }
            Matcher s = SLASH_DATE.matcher(slash ? text : "");
            while (s.find()) {
                Integer year = s.group(3) == null ? null : Integer.valueOf(s.group(3));
                if (year != null && year < 100) {
                    year += 2000;
                }
                checkDate(section, quoted, s.group(), Integer.parseInt(s.group(1)), Integer.parseInt(s.group(2)), year,
                        known);
            }
            Matcher iso = ISO_DATE.matcher(dash ? text : "");
            while (iso.find()) {
                checkDate(section, quoted, iso.group(), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)),
                        Integer.valueOf(iso.group(1)), known);
            }
            Matcher w = WEEKDAY.matcher(calendar ? text : "");
            while (w.find()) {
                DayOfWeek day = DayOfWeek.valueOf(w.group().toUpperCase(Locale.ROOT));
                boolean ok = known.stream().anyMatch(d -> d.getDayOfWeek() == day)
                        || promptLower.contains(w.group().toLowerCase(Locale.ROOT));
                if (!ok) {
                    add(FindingKind.INVENTED_DATE, section, "The sentence " + quoted + " names " + w.group()
                            + ", which is neither the session day nor the next appointment's.");
                }
            }
        }

        private void checkDate(String section, String quoted, String written, int month, int day, Integer year,
                List<LocalDate> known) {
            boolean ok = known.stream().anyMatch(d -> d.getMonthValue() == month && d.getDayOfMonth() == day
                    && (year == null || d.getYear() == year))
                    || promptLower.contains(written.toLowerCase(Locale.ROOT));
            if (!ok) {
                add(FindingKind.INVENTED_DATE, section, "The sentence " + quoted + " gives the date \"" + written
                        + "\", which the prompt does not contain.");
            }
        }

        private void coverage() {
            String text = draftLower.toString();
            draftText = text;
            for (int i = 0; i < p.interventions().size(); i++) {
                Intervention in = p.interventions().get(i);
                boolean named = containsPhrase(text, in.name().toLowerCase(Locale.ROOT))
                        || in.type().terms().stream().anyMatch(term -> containsPhrase(text, term))
                        || (in.type() == InterventionType.OTHER && covered(in.label()));
                if (!named) {
                    add(FindingKind.MISSING_INTERVENTION, "", "Intervention " + (i + 1) + " (" + in.name()
                            + ") does not appear in the draft.");
                }
            }
            ClinicalRiskAssessment r = p.risk();
            if (r.level().aboveNone()) {
                boolean stated = false;
                for (String line : text.split(" \n ")) {
                    if (line.contains("risk") && containsPhrase(line, r.level().display())) {
                        stated = true;
                        break;
                    }
                }
                if (!stated) {
                    add(FindingKind.MISSING_RISK_STATEMENT, "", "The risk level is " + r.level().display()
                            + ", but no sentence states the risk assessment.");
                }
            }
            itemCoverage(r.actionsTaken(), FindingKind.MISSING_RISK_ACTION, "Risk action");
            itemCoverage(p.homework(), FindingKind.MISSING_HOMEWORK, "Homework item");
            itemCoverage(p.plan(), FindingKind.MISSING_PLAN_ELEMENT, "Plan element");
            p.nextAppointment().ifPresent(next -> {
                LocalDate d = next.toLocalDate();
                String day = d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.US)
                        .toLowerCase(Locale.ROOT) + " " + d.getDayOfMonth();
                boolean named = containsPhrase(text, day) || text.contains(d.toString())
                        || text.contains(String.format(Locale.ROOT, "%02d/%02d/", d.getMonthValue(), d.getDayOfMonth()))
                        || text.contains(d.getMonthValue() + "/" + d.getDayOfMonth() + "/");
                if (!named) {
                    add(FindingKind.MISSING_NEXT_APPOINTMENT, "", "The next appointment is not in the draft.");
                }
            });
        }

        private void itemCoverage(List<String> items, FindingKind kind, String label) {
            for (int i = 0; i < items.size(); i++) {
                if (!covered(items.get(i))) {
                    add(kind, "", label + " " + (i + 1) + " (\"" + items.get(i) + "\") does not appear in the draft.");
                }
            }
        }

        private boolean covered(String item) {
            int words = 0;
            int found = 0;
            for (String w : tokens(item.toLowerCase(Locale.ROOT))) {
                if (w.length() < 3 || STOPWORDS.contains(w)) {
                    continue;
                }
                words++;
                if (startsWord(draftText, stem(w))) {
                    found++;
                }
            }
            return words == 0 || found * 10 >= words * 6;
        }
    }

    private static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday");

    /** Capitalized words of three or more letters, except the first word of the sentence. */
    private static List<String> capitalized(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean first = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                boolean afterWordChar = start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)));
                if (!first && !afterWordChar && i - start >= 3 && c >= 'A' && c <= 'Z') {
                    boolean rest = true;
                    for (int k = start + 1; k < i; k++) {
                        char d = text.charAt(k);
                        rest &= d >= 'a' && d <= 'z';
                    }
                    if (rest) {
                        out.add(text.substring(start, i));
                    }
                }
                first = false;
            } else {
                i++;
            }
        }
        return out;
    }

    private static final List<String> ABBREVIATION_HINTS = List.of("SI", "HI", "MSE", "HW", "f/u", "tx");
    private static final List<String> FILLERS = List.of("n/a", "not applicable", "none reported", "___", "[]", "[ ]",
            "tbd", "lorem");

    private static String expand(String text) {
        boolean any = false;
        for (String hint : ABBREVIATION_HINTS) {
            any |= text.contains(hint);
        }
        if (!any) {
            return text;
        }
        String out = text;
        for (Map.Entry<Pattern, String> e : EXPANSIONS) {
            out = e.getKey().matcher(out).replaceAll(e.getValue());
        }
        return out;
    }

    private static boolean filler(String lower) {
        for (String f : FILLERS) {
            int at = lower.indexOf(f);
            if (at >= 0 && (Character.isLetter(f.charAt(0)) ? containsPhrase(lower, f) : true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words (letters, apostrophes, hyphens), possessives and trailing marks removed. */
    static List<String> tokens(String lower) {
        List<String> out = new ArrayList<>();
        int n = lower.length();
        int i = 0;
        while (i < n) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                int start = i;
                i++;
                while (i < n) {
                    char d = lower.charAt(i);
                    if ((d >= 'a' && d <= 'z') || d == '\'' || d == '-') {
                        i++;
                    } else {
                        break;
                    }
                }
                String w = plain(lower.substring(start, i));
                if (!w.isEmpty()) {
                    out.add(w);
                }
            } else {
                i++;
            }
        }
        return out;
    }

    private static String plain(String token) {
        String w = token;
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        while (w.endsWith("-") || w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String stem(String word) {
        return word.length() <= 5 ? word : word.substring(0, 5);
    }

    /** True when some word of {@code text} starts with {@code prefix}. */
    static boolean startsWord(String text, String prefix) {
        int from = 0;
        while (true) {
            int at = text.indexOf(prefix, from);
            if (at < 0) {
                return false;
            }
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
            from = at + 1;
        }
    }

    static boolean containsPhrase(String text, String phrase) {
        int from = 0;
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            int end = at + phrase.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end >= text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    /** Builds a {@link DraftVerifier} on the built-in lexicon plus the practice's own words. */
    public static final class Builder {
        private final Set<String> medications = new LinkedHashSet<>(Lexicon.MEDICATIONS);
        private final List<String> diagnoses = new ArrayList<>(Lexicon.DIAGNOSES);
        private final List<String> interventions = new ArrayList<>(Lexicon.INTERVENTIONS);
        private final Set<String> people = new LinkedHashSet<>(Lexicon.PEOPLE);

        private Builder() {
        }

        /** A medication name (generic or brand) the draft may only name when the prompt does. */
        public Builder addMedication(String name) {
            medications.add(Objects.requireNonNull(name, "name == null").toLowerCase(Locale.ROOT));
            return this;
        }

        /** A diagnosis name the draft may only name when the prompt does. */
        public Builder addDiagnosis(String name) {
            diagnoses.add(Objects.requireNonNull(name, "name == null").toLowerCase(Locale.ROOT));
            return this;
        }

        /** An intervention name the draft may only name when the prompt does. */
        public Builder addIntervention(String name) {
            interventions.add(Objects.requireNonNull(name, "name == null").toLowerCase(Locale.ROOT));
            return this;
        }

        /** A relationship or role ("godmother") the draft may only mention when the prompt does. */
        public Builder addPerson(String word) {
            people.add(Objects.requireNonNull(word, "word == null").toLowerCase(Locale.ROOT));
            return this;
        }

        public DraftVerifier build() {
            return new DraftVerifier(this);
        }
    }
}
