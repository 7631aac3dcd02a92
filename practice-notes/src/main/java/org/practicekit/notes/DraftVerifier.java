package org.practicekit.notes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.notes.internal.Actors;
import org.practicekit.notes.internal.ClockTimes;
import org.practicekit.notes.internal.ChartWording;
import org.practicekit.notes.internal.RiskIrrealis;
import org.practicekit.notes.internal.Results;
import org.practicekit.notes.internal.Ages;
import org.practicekit.notes.internal.AnswerWords;
import org.practicekit.notes.internal.Certainty;
import org.practicekit.notes.internal.ClinicalLexicon;
import org.practicekit.notes.internal.CrisisLines;
import org.practicekit.notes.internal.Demographics;
import org.practicekit.notes.internal.ClinicalLexicon.Category;
import org.practicekit.notes.internal.ClinicalLexicon.Mention;
import org.practicekit.notes.internal.English;
import org.practicekit.notes.internal.Lexicon;
import org.practicekit.notes.internal.Meaning;
import org.practicekit.notes.internal.WhoFoundIt;
import org.practicekit.notes.internal.FocusShapes;
import org.practicekit.notes.internal.Whose;
import org.practicekit.notes.internal.Meaning.RiskStatement;
import org.practicekit.notes.internal.MonthNumbers;
import org.practicekit.notes.internal.PromptReading;
import org.practicekit.notes.internal.PromptSources;
import org.practicekit.notes.internal.Reporters;
import org.practicekit.notes.internal.Quantities;
import org.practicekit.notes.internal.Quantities.Quantity;
import org.practicekit.notes.internal.Phrases;
import org.practicekit.notes.internal.Shorthand;
import org.practicekit.notes.internal.Units;
import org.practicekit.notes.internal.GoalActions;
import org.practicekit.notes.internal.HandOvers;
import org.practicekit.notes.internal.InterventionSentences;
import org.practicekit.notes.internal.HandedItems;
import org.practicekit.notes.internal.WovenItems;

/**
 * Checks a draft against the prompt it was written from, for meaning rather than word overlap:
 * <ul>
 * <li>nothing dropped: every intervention, risk statement and action, homework item and plan element;</li>
 * <li>every clause traced to the prompt fields its sentence cites, word by word, with the same
 *     polarity ("completed" in the prompt never becomes "did not complete");</li>
 * <li>every statement about suicidal or homicidal ideation, intent, plan, means, self-harm or safety
 *     agrees with the prompt's risk fields, whatever field the sentence cites, and the risk level is the
 *     clinician's;</li>
 * <li>numbers bound to their field: a screening score only from that screening, minutes only from
 *     the session, times and dates only from the session and the next appointment, other numbers
 *     only from the cited fields, beside the same words;</li>
 * <li>quotations verbatim from the prompt;</li>
 * <li>no clinical entity the prompt lacks: medications, levels of care and hospitalization, legal and
 *     police events, substances, diagnoses (name or ICD-10 code), major life events, interventions,
 *     people and names.</li>
 * </ul>
 * Findings are written for the reviewing clinician.
 *
 * <p>Immutable and thread-safe. A practice extends the lexicon with {@link Builder#addMedication(String)}
 * and the other builder methods.
 */
public final class DraftVerifier {
    private static final Pattern ICD10 = Pattern.compile("\\b[A-TV-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{1,4})?\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z][A-Z0-9_]*_[0-9]{1,6}]");
    private static final Pattern MONTH_DATE = Pattern.compile("\\b(January|February|March|April|May|June|July|August"
            + "|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+"
            + "(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?,?\\s+\\d{4}\\b");
    /** A month and day, perhaps a year; never part of a longer slash list ("email at 9/1/4" gives three hours). */
    private static final Pattern SLASH_DATE = Pattern.compile(
            "(?<![\\d/])\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?\\b(?!/\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern TIME = Pattern.compile("\\b(\\d{1,2}):(\\d{2})(?:\\s*([AaPp])\\.?[Mm]\\.?)?");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday)\\b");
    private static final Pattern INSTRUMENT = Pattern.compile("(?i)\\b(PHQ|GAD)-?\\s?(9|7)\\b");
    // "30-45 minutes" is one span: both ends are checked as the range it is written in.
    private static final Pattern MINUTES = Pattern.compile("(?i)\\b(\\d+)(?:\\s*(?:-|–|to)\\s*(\\d+))?(?:-|\\s)"
            + "(?:minute|minutes|min)\\b");
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9.])\\d+(?:\\.\\d+)?%?");
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]{2,})\"|“([^”]{2,})”|(?<![A-Za-z])'([^']{3,})'(?![A-Za-z])");
    private static final Pattern LEVEL = Pattern.compile("(?i)\\b(?:(no|low|minimal|mild|moderate|elevated|high"
            + "|severe|significant|imminent|acute)\\s+(?:current\\s+|acute\\s+)?risk\\b(?!\\s*(?:indicator|factor))|risk\\b[^.;]{0,50}?\\b(?:as|was"
            + "|is|remains|remained|at)\\s+(?:a\\s+)?(low|minimal|mild|moderate|elevated|high|severe|significant"
            + "|imminent|acute|none)\\b)");
    private static final Pattern RISK_OF = Pattern.compile("\\s+(?:for|of)\\s+(?:a\\s+|an\\s+|the\\s+)?([a-z-]+)");
    /** What a risk level is a risk of: harm to self or others. */
    private static final Set<String> HARM_WORDS = Set.of("suicide", "suicidal", "self-harm", "harm", "harming", "hurting",
            "self-injury", "violence", "homicide", "homicidal", "overdose", "death", "dying", "danger", "imminent",
            "serious", "further", "future", "lethal", "attempt", "acting", "killing", "injury");
    // In order: "SI/HI" before "SI".
    private static final List<Map.Entry<Pattern, String>> EXPANSIONS = List.of(
            Map.entry(Pattern.compile("\\bSI/HI\\b"), "suicidal and homicidal ideation"),
            Map.entry(Pattern.compile("\\bSI\\b"), "suicidal ideation"),
            Map.entry(Pattern.compile("\\bHI\\b"), "homicidal ideation"),
            Map.entry(Pattern.compile("\\bMSE\\b"), "mental status"),
            Map.entry(Pattern.compile("\\bHW\\b"), "homework"),
            Map.entry(Pattern.compile("(?<![A-Za-z])[fF]/u\\b"), "follow-up"),
            Map.entry(Pattern.compile("\\btx\\b"), "treatment"));
    private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "with", "that", "this", "from", "into",
            "about", "over", "under", "their", "they", "them", "there", "were", "was", "been", "being", "have", "has",
            "had", "will", "would", "could", "should", "which", "while", "when", "then", "than", "also", "each", "both",
            "such", "some", "more", "most", "very", "only", "other", "after", "before", "during", "again", "further",
            "once", "here", "what", "who", "whom", "whose", "its", "it's", "his", "her", "hers", "him", "she", "he",
            "our", "your", "you", "are", "not", "but", "any", "all", "own", "same", "too", "can", "did", "does",
            "doing", "per", "via", "upon", "within", "without", "toward", "towards", "between", "through", "across",
            "a", "an", "of", "to", "in", "on", "at", "by", "as", "is", "be", "or", "it", "no", "so", "up", "if", "do",
            "i", "my", "me", "we", "us", "one", "these", "those", "just", "because", "since", "until", "where", "how",
            "why", "whether", "though", "although", "nor", "yet", "out", "off", "down", "back", "am", "let", "well");
    // Words the drafters use to frame a sentence; they assert nothing by themselves.
    /** Frame words of what was examined: typed negated ("not assessed"), the field records an absence. */
    private static final Set<String> NOT_DONE = Set.of("assessed", "evaluated", "examined", "observed", "tested");
    // Words of the session frame ("attended a 50-minute group psychotherapy session by secure video"): they
    // frame only a sentence that cites the session or its participants.
    private static final Set<String> SESSION_FRAME = Set.of("attended", "attend", "minute", "minutes", "individual",
            "psychotherapy", "couples", "conjoint", "family", "group", "crisis", "diagnostic", "evaluation", "secure", "video",
            "telephone", "audio", "person", "joining", "home", "joined", "took", "part", "telehealth", "office",
            "present", "in-person", "modality", "cancelled", "late", "reschedule", "attending", "held", "location",
            "verified");
    private static final Set<String> FRAME_WORDS = Set.of("client", "patient", "clinician", "writer", "therapist",
            "session", "sessions", "reported", "described", "noted", "endorsed", "stated",
            "shared", "taking", "mental", "status", "notable", "observations", "included", "include", "includes",
            "total", "score", "range", "used", "utilized", "facilitated", "introduced", "provided", "guided", "focused",
            "centered", "address", "addressed", "targeting", "targeted", "next", "later", "addition", "response",
            "following", "work", "overall", "treatment-plan", "treatment", "goal", "goals", "toward", "evidenced",
            "made", "shown", "progress", "steady", "significant", "minimal", "showed", "measurable", "change", "regression",
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "risk",
            "assessment", "assessed", "identified", "current", "harm", "self", "others", "factors", "factor",
            "protective", "diagnosis", "diagnoses", "homework", "agreed", "scheduled", "going", "forward", "plan",
            "plans", "today", "ideation", "couple", "parents", "grandparents", "caregivers", "examination", "asked",
            "safety", "report", "met", "also", "further", "feeling", "having", "wanting", "another",
            "additional", "actions", "action", "risk-related", "planning", "produced", "set", "follow-up", "outreach",
            "day", "during", "presented", "presentation",
            "appeared", "demonstrated", "displayed", "exhibited", "observed", "indicated", "expressed", "discussed",
            "reviewed", "explored", "worked", "clinical", "documented",
            "documentation", "noting", "note", "found", "assess", "level", "levels", "remained", "remains", "continued",
            "continues", "clinician's", "client's", "patient's", "writer's", "therapist's", "session's", "both",
            "partners", "member", "members", "medication", "medications", "presenting", "concerns",
            "focus", "evidence", "baseline", "taken", "based", "rated", "family's", "couple's", "parents'",
            "evaluation", "together", "involved", "history",
            // Round 28b: a goal typed as a measure with its limit is composed as one kept to it ("the goal of keeping
            // screen time under 2 hours").
            "keeping");
    // Words of the homework frame ("The client will complete a thought log."): the verb a task noun's head gives
    // (internal/HomeworkTasks); they frame only a sentence that cites nothing but homework.
    private static final Set<String> HOMEWORK_FRAME = Set.of("complete", "practice", "use");
    // Words a risk-level sentence may use for what the risk is of; the risk-consistency rule checks them.
    private static final Set<String> LEVEL_FRAME = Set.of("suicide", "self-harm", "others", "harm", "without");
    // Words a risk sentence's frame may add (they are checked by the risk-consistency rule instead).
    private static final Set<String> NUMBER_UNITS = Set.of("mg", "mcg", "ml", "g", "%", "times", "days", "day", "weeks",
            "week", "months", "month", "years", "year", "hours", "hour", "nights", "night", "drinks", "drink", "pills",
            "minutes", "minute", "sessions", "session", "attacks", "attack", "out");

    private static final int BOUND = 0;
    private static final int UNBOUND = 1;
    private static final int UNANCHORED = 2;
    private static final int AFFIRMED = 1;
    private static final int NEGATED = 2;

    private final ClinicalLexicon lexicon;
    /** Readings of the prompts read last, newest first, at most {@code remembered}; guarded by itself. */
    private final ArrayDeque<PromptVerifier> recent = new ArrayDeque<>();
    private final int remembered;

    private DraftVerifier(Builder b) {
        this.lexicon = ClinicalLexicon.standard().with(b.extra);
        this.remembered = b.rememberPrompts;
    }

    /** The verifier with PracticeKit's built-in lexicon. */
    public static DraftVerifier standard() {
        return STANDARD;
    }

    private static final DraftVerifier STANDARD = new Builder().build();

    /** Starts from the built-in lexicon. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies {@code draft} against the prompt it carries. Nothing is kept after the call: the prompt is read afresh
     * every time, so one client's text never outlives its verification or meets another's. To verify several drafts
     * of one prompt (a model's draft and its offline fallback) on one reading, use {@link #forPrompt(SessionPrompt)}.
     */
    public Verification verify(NoteDraft draft) {
        Objects.requireNonNull(draft, "draft == null");
        try (English.DraftScope words = English.draftScope()) {
            return new Run(draft, new Run(draft.prompt())).findings();
        }
    }

    /**
     * The reading of {@code prompt}, for verifying several of its drafts: an explicit cache the caller holds for as
     * long as it needs it and drops after (the drafter holds one for a model's draft and its fallback). A verifier
     * built with {@link Builder#rememberPrompts(int)} gives the reading it holds for this same prompt object, if any.
     */
    public PromptVerifier forPrompt(SessionPrompt prompt) {
        Objects.requireNonNull(prompt, "prompt == null");
        if (remembered == 0) {
            return read(prompt);
        }
        synchronized (recent) {
            for (PromptVerifier held : recent) {
                if (held.reading.p == prompt) {
                    return held;
                }
            }
        }
        // Why outside the lock: a reading takes milliseconds; two threads reading one prompt at once both read it.
        PromptVerifier fresh = read(prompt);
        synchronized (recent) {
            recent.addFirst(fresh);
            while (recent.size() > remembered) {
                recent.removeLast();
            }
        }
        return fresh;
    }

    private PromptVerifier read(SessionPrompt prompt) {
        try (English.DraftScope words = English.draftScope()) {
            return new PromptVerifier(new Run(prompt));
        }
    }

    /**
     * One prompt read once: its fields' words, polarity, numbers, risks, entities and actors, read in full when it is
     * made and never changed after, so it may be shared between threads. It holds that prompt's text until dropped.
     */
    public final class PromptVerifier {
        private final Run reading;

        private PromptVerifier(Run reading) {
            this.reading = reading;
        }

        /** The prompt this reading is of. */
        public SessionPrompt prompt() {
            return reading.p;
        }

        /**
         * Verifies {@code draft}, on this reading when the draft is of this prompt, on a fresh one otherwise (a draft of
         * another prompt is never checked against this prompt's text).
         */
        public Verification verify(NoteDraft draft) {
            Objects.requireNonNull(draft, "draft == null");
            try (English.DraftScope words = English.draftScope()) {
                Run r = draft.prompt() == reading.p ? reading : new Run(draft.prompt());
                return new Run(draft, r).findings();
            }
        }
    }

    /**
     * One field's words, lemmas and five-letter prefixes with their polarity bits: three maps rather than
     * one keyed by a tagged string, so a lookup builds no key.
     */
    private static final class FieldIndex {
        final Map<String, Integer> words = new HashMap<>();
        final Map<String, Integer> lemmas = new HashMap<>();
        final Map<String, Integer> prefixes = new HashMap<>();
    }

    /**
     * One verification: the prompt's reading, then every sentence, then coverage. A run built from a prompt alone is
     * that prompt's reading (its fields' words, polarity, numbers, risks, entities and actors), read in full once and
     * never changed after, so every later run on a draft of the same prompt shares it.
     */
    /** A sentence where it stands: its section's key and the sentence (text and sources). */
    private record SentenceAt(String section, DraftSentence sentence) {
    }

    /** A sentence's findings, those before the repeat check and those after, in the order the checks add them. */
    private record SentenceFindings(List<Finding> opening, List<Finding> body) {
    }

    private final class Run {
        private final NoteDraft draft;
        private final SessionPrompt p;
        private final Map<String, String> sources;
        private final Map<String, String> lowerSources;
        private final Map<String, List<String>> sourceWords;
        private final Map<String, boolean[]> sourceNegated;
        private final Map<String, List<String>> sourceLemmas;
        private final Map<String, List<Boolean>> sourceBounds;
        private final Map<String, List<Boolean>> sourceCommas;
        private final Map<String, FieldIndex> sourceIndex;
        private final Map<String, List<Quantity>> sourceQuantities;
        private final String promptLower;
        private final Set<String> promptEntities;
        private final Set<String> promptRisks;
        /** Each symptom the prompt names, with whether it is affirmed, denied or both there. */
        private final Map<String, Integer> promptSymptoms;
        /** Each medication the prompt names, with whether it is taken, stopped or both there. */
        private final Map<String, Integer> promptMedications;
        private final List<LocalDate> knownDates;
        private final List<LocalTime> knownTimes;
        /** Each result the prompt reports (a screen, a test, a lab value), with its polarity and what it is of. */
        private final List<Results.Result> promptResults;
        /** The times the prompt's own fields type (a homework's "at 9:30 pm"), by field. */
        private final Map<String, List<LocalTime>> fieldTimes;
        private final List<Finding> findings = new ArrayList<>();
        private final StringBuilder draftLower = new StringBuilder();
        /**
         * Every field as a quotation is compared with it, read on the first sentence that quotes: most drafts quote
         * nothing. Runs on the same prompt share it; two threads reading it at once compute the same list.
         */
        private final AtomicReference<List<String>> normalizedFields;
        /** Every word of every field, for names: a capitalized word is looked up rather than searched for. */
        private final Set<String> promptWords;
        /** Each risk field, action, homework item, plan step and intervention label: the words coverage looks for. */
        private final Map<String, String[]> coverageWords;
        /** The participants' roles ("mother", "foster father"): in a family session they are who speaks and acts. */
        private final Set<String> roles;
        /** Words naming a person: after "and" one starts a clause a negation does not reach. */
        private final Set<String> people;
        /** Who said or did what in each field. */
        private Actors actors;
        /** The sentence being checked: which of its words a negation reaches (null until a check asks). */
        private boolean[] sentenceNegation;
        /**
         * What each sentence checked on this prompt's reading was found to hold, by section and sentence: a sentence's
         * findings are a function of the reading, its section, its text and its sources (no check reads another
         * sentence; a repeat is counted per draft, outside this). The drafts of one prompt share most sentences (a
         * model's draft and its fallback, several formats, the planted-error runs), so each is checked once. Shared
         * by the runs of one reading, which may be on several threads.
         */
        private final Map<SentenceAt, SentenceFindings> sentenceMemo;

        /** A verification of {@code draft} on the reading of its prompt. */
        Run(NoteDraft draft, Run reading) {
            this.draft = draft;
            this.p = reading.p;
            this.sources = reading.sources;
            this.lowerSources = reading.lowerSources;
            this.sourceWords = reading.sourceWords;
            this.sourceNegated = reading.sourceNegated;
            this.sourceLemmas = reading.sourceLemmas;
            this.sourceBounds = reading.sourceBounds;
            this.sourceCommas = reading.sourceCommas;
            this.sourceIndex = reading.sourceIndex;
            this.sourceQuantities = reading.sourceQuantities;
            this.promptLower = reading.promptLower;
            this.promptEntities = reading.promptEntities;
            this.promptRisks = reading.promptRisks;
            this.promptSymptoms = reading.promptSymptoms;
            this.promptMedications = reading.promptMedications;
            this.knownDates = reading.knownDates;
            this.knownTimes = reading.knownTimes;
            this.promptResults = reading.promptResults;
            this.fieldTimes = reading.fieldTimes;
            this.normalizedFields = reading.normalizedFields;
            this.coverageWords = reading.coverageWords;
            this.promptWords = reading.promptWords;
            this.roles = reading.roles;
            this.people = reading.people;
            this.actors = reading.actors;
            this.sentenceMemo = reading.sentenceMemo;
        }

        /** The reading of {@code prompt}: every field read in full, for runs to share. */
        Run(SessionPrompt prompt) {
            this.draft = null;
            this.p = prompt;
            this.sentenceMemo = new ConcurrentHashMap<>();
            this.lowerSources = new LinkedHashMap<>();
            this.sourceWords = new HashMap<>();
            this.sourceNegated = new HashMap<>();
            this.sourceLemmas = new HashMap<>();
            this.sourceBounds = new HashMap<>();
            this.sourceCommas = new HashMap<>();
            this.sourceIndex = new HashMap<>();
            this.sourceQuantities = new HashMap<>();
            this.promptRisks = new HashSet<>();
            this.promptSymptoms = new HashMap<>();
            this.promptMedications = new HashMap<>();
            this.knownDates = new ArrayList<>();
            this.knownTimes = new ArrayList<>();
            this.promptResults = new ArrayList<>();
            this.fieldTimes = new HashMap<>();
            this.normalizedFields = new AtomicReference<>();
            this.coverageWords = new HashMap<>();
            this.promptWords = new HashSet<>();
            this.roles = new HashSet<>();
            this.people = new HashSet<>();
            people.addAll(Lexicon.PEOPLE);
            for (Participant who : p.participants()) {
                people.addAll(ClinicalLexicon.words(who.role().toLowerCase(Locale.ROOT)));
            }
            this.sources = PromptSources.of(p);
            StringBuilder all = new StringBuilder();
            // A field's text written out once: the actors' reading below reads the same texts.
            Map<String, String> normalized = new HashMap<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                String lower = normalized.computeIfAbsent(e.getValue(), v -> expand(v).toLowerCase(Locale.ROOT));
                lowerSources.put(e.getKey(), lower);
                all.append(lower).append(" \n ");
                if (!e.getKey().equals("session") && !e.getKey().equals("risk.level")) {
                    List<String> words = wordsOf(e.getKey());
                    // The field's negation is already read (wordsOf, with the same bounds, commas and people).
                    List<RiskStatement> found = Meaning.mayStateRisk(words) ? Meaning.risksNegatedAs(words,
                            sourceNegated.get(e.getKey()), e.getKey().startsWith("risk.")) : List.of();
                    for (RiskStatement r : found) {
                        promptRisks.add(r.key());
                    }
                    // A risk field speaks for its topic even without naming it ("shoot herself with a handgun").
                    Meaning.Risk topic = e.getKey().equals("risk.intent") ? Meaning.Risk.INTENT
                            : e.getKey().equals("risk.plan") ? Meaning.Risk.PLAN
                            : e.getKey().equals("risk.means") ? Meaning.Risk.MEANS : null;
                    if (topic == Meaning.Risk.PLAN) {
                        topicByPiece(topic, words, sourceBounds.get(e.getKey()), sourceCommas.get(e.getKey()));
                    } else if (topic != null && found.stream().noneMatch(r -> r.risk() == topic)
                            && !RiskIrrealis.unrecorded(e.getValue())) {
                        // Round 41: "not assessed" or "unknown" is no denial: a draft that says the client denied
                        // intent where it was not recorded invents the denial.
                        boolean denied = words.stream().anyMatch(DraftVerifier::isNegator);
                        promptRisks.add(topic + (denied ? ":-" : ":+"));
                    }
                }
            }
            if (p.risk().level() == ClinicalRiskLevel.NONE) {
                promptRisks.add(Meaning.Risk.SAFETY + ":-");
            }
            this.promptLower = all.toString();
            this.promptEntities = new HashSet<>();
            for (String key : lowerSources.keySet()) {
                for (Mention m : lexicon.find(wordsOf(key))) {
                    promptEntities.add(m.category() + ":" + m.id());
                    if (m.category() == Category.SYMPTOM) {
                        promptSymptoms.merge(m.id(), sourceNegated.get(key)[m.at()] ? NEGATED : AFFIRMED, (x, y) -> x | y);
                    }
                    if (m.category() == Category.MEDICATION) {
                        promptMedications.merge(m.id(), stopped(wordsOf(key), m.at(), 5) ? STOPPED : TAKEN,
                                (x, y) -> x | y);
                    }
                }
            }
            for (String key : lowerSources.keySet()) {
                List<String> determined = placesDetermined(key, wordsOf(key));
                if (determined != null) {
                    for (Mention m : lexicon.find(determined)) {
                        promptEntities.add(m.category() + ":" + m.id());
                    }
                }
            }
            for (DiagnosisCode d : p.diagnoses()) {
                promptEntities.addAll(lexicon.ids(d.description()));
            }
            for (Participant who : p.participants()) {
                for (String w : who.role().toLowerCase(Locale.ROOT).split("[^a-z']+")) {
                    roles.add(w);
                    roles.add(w + "'s");
                }
            }
            knownDates.add(p.date());
            p.nextAppointment().ifPresent(next -> knownDates.add(next.toLocalDate()));
            knownTimes.add(p.start());
            knownTimes.add(p.end());
            p.nextAppointment().ifPresent(next -> knownTimes.add(next.toLocalTime()));
            for (String key : lowerSources.keySet()) {
                if (key.equals("session") || key.equals("risk.level") || key.equals("nextAppointment")) {
                    continue;
                }
                List<String> words = wordsOf(key);
                promptResults.addAll(Results.read(words, sourceBounds.get(key), sourceCommas.get(key),
                        substancesIn(words)));
                List<LocalTime> typed = ClockTimes.in(sources.get(key));
                if (!typed.isEmpty()) {
                    fieldTimes.put(key, typed);
                }
            }
            // Everything a sentence may look up, read now: afterwards the reading is only read.
            for (String key : lowerSources.keySet()) {
                polarityBits(key, "", "", null);
                quantitiesOf(key);
                promptWords.addAll(wordsOf(key));
            }
            ClinicalRiskAssessment r = p.risk();
            List<String> items = new ArrayList<>(List.of(r.ideation(), r.intent(), r.plan(), r.means(), r.safetyPlan(),
                    r.followUp()));
            items.addAll(r.actionsTaken());
            items.addAll(p.homework());
            items.addAll(p.plan());
            p.interventions().forEach(in -> items.add(in.label()));
            items.forEach(item -> coverageWords.put(item, coverageWordsOf(item)));
            actors = Actors.of(p, text -> {
                String lower = normalized.get(text);
                return lower != null ? lower : expand(text).toLowerCase(Locale.ROOT);
            });
            actors.readAll();
        }

        /**
         * A place typed as a bare noun phrase ("ED, Mercy Hospital" as the location, "seen at ER") is the place a draft
         * writes with its article ("at the ED, Mercy Hospital"): the field's words with "the" before the location and
         * before a noun after a place preposition, or null when there is none to add.
         */
        private List<String> placesDetermined(String key, List<String> words) {
            List<String> out = null;
            for (int k = 0; k < words.size(); k++) {
                boolean place = k == 0 ? key.equals("session")
                        : PLACE_PREPOSITIONS.contains(words.get(k - 1)) || words.get(k - 1).equals("to")
                        || words.get(k - 1).equals("from");
                if (place && lexicon.namedAfterThe(words.get(k))) {
                    if (out == null) {
                        out = new ArrayList<>(words.subList(0, k));
                    }
                    out.add("the");
                }
                if (out != null) {
                    out.add(words.get(k));
                }
            }
            return out;
        }

        /**
         * A plan field speaks for its topic piece by piece: "overdosed on her pills Friday; no current plan" holds a
         * past plan and a denial of a current one, so a sentence may state either. (Intent and means are read whole:
         * "pills flushed" beside "no access" is no access.)
         */
        private void topicByPiece(Meaning.Risk topic, List<String> words, List<Boolean> bounds, List<Boolean> commas) {
            int from = 0;
            for (int i = 1; i <= words.size(); i++) {
                if (i < words.size() && !bounds.get(i) && !commas.get(i)) {
                    continue;
                }
                List<String> piece = words.subList(from, i);
                boolean named = false;
                for (RiskStatement r : Meaning.risks(piece, bounds.subList(from, i), commas.subList(from, i), true,
                        people)) {
                    named |= r.risk() == topic;
                }
                if (!named) {
                    boolean denied = false;
                    for (String w : piece) {
                        denied |= isNegator(w);
                    }
                    promptRisks.add(topic + (denied ? ":-" : ":+"));
                }
                from = i;
            }
        }

        Verification findings() {
            structure();
            Set<String> seen = new HashSet<>();
            for (DraftSection section : draft.sections()) {
                for (DraftSentence sentence : section.sentences()) {
                    String expanded = expand(sentence.text());
                    String lower = expanded.toLowerCase(Locale.ROOT);
                    draftLower.append(lower).append(" \n ");
                    sentence(section.key(), sentence, expanded, lower, seen);
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

        /** The frame round 31 writes before a focus typed as a quotation, up to the opening mark. */
        private static final Pattern TARGETED_THOUGHT = Pattern.compile(
                "\\btargeting the thought (?=[\"\u201c'\u2018])");

        /** Round 32: the composer's noun after a diagnosis typed as its adjective (ProseComposer.ownedFactor). */
        private static final Pattern ADJECTIVE_DX_SAID = Pattern.compile("\\b(bipolar|schizoaffective) disorder\\b");
        private static final Pattern ADJECTIVE_DX_TYPED = Pattern.compile("(?i)bipolar|schizoaffective");

        /**
         * Round 33: a rating change said with its direction ("SUDS decreased from 70 to 40", "mood rose from 3 to 6",
         * "pain stayed at 6", ProseComposer via RatingChanges) over a field's arrowed pair ("SUDS 70 -> 40").
         */
        private static final Pattern CHANGE_SAID = Pattern.compile(
                "\\b(decreased|rose|stayed) (?:from (\\d{1,3}(?:/10|/100)?) to (\\d{1,3}(?:/10|/100)?)|at (\\d{1,3}(?:/10|/100)?))\\b");
        private static final Pattern PAIR_TYPED = Pattern.compile(
                "(\\d{1,3}(?:/10|/100)?) ?-+> ?(\\d{1,3}(?:/10|/100)?)");

        private static final Pattern NONE_SAID = Pattern.compile("\\b(?:not|no|none|never|without)\\b|n't\\b");

        private void sentence(String section, DraftSentence sentence, String text, String lower, Set<String> seen) {
            String normalized = lower.strip();
            boolean repeated = !normalized.isEmpty() && !seen.add(normalized);
            SentenceAt at = new SentenceAt(section, sentence);
            SentenceFindings found = sentenceMemo.get(at);
            if (found == null) {
                int start = findings.size();
                sentenceOpening(section, sentence, text, lower);
                int opened = findings.size();
                sentenceBody(section, sentence, text, lower);
                found = new SentenceFindings(List.copyOf(findings.subList(start, opened)),
                        List.copyOf(findings.subList(opened, findings.size())));
                findings.subList(start, findings.size()).clear();
                sentenceMemo.putIfAbsent(at, found);
            }
            findings.addAll(found.opening());
            if (repeated) {
                add(FindingKind.REPEATED_SENTENCE, section, "The sentence \"" + sentence.text() + "\" appears twice.");
            }
            findings.addAll(found.body());
        }

        /** The checks before the repeat: a placeholder left in, filler. */
        private void sentenceOpening(String section, DraftSentence sentence, String text, String lower) {
            String quoted = "\"" + sentence.text() + "\"";
            if (text.indexOf('[') >= 0 && PLACEHOLDER.matcher(text).find()) {
                add(FindingKind.LEFTOVER_PLACEHOLDER, section, "The sentence " + quoted
                        + " still contains a pseudonym placeholder.");
            }
            if (filler(lower) && !typedWithReason(lower, sentence.sources())) {
                add(FindingKind.FILLER_TEXT, section, "The sentence " + quoted + " contains filler instead of content.");
            }
        }

        /** Every check after the repeat: sources, labelled lines, meaning, risk, entities, numbers and names. */
        private void sentenceBody(String section, DraftSentence sentence, String text, String lower) {
            sentenceNegation = null;
            String quoted = "\"" + sentence.text() + "\"";
            List<String> cited = cited(section, sentence, quoted);
            if (cited != null) {
                for (String field : cited) {
                    // Why: a field typed as none is a recorded fact; a sentence citing it that says no "no" or "not"
                    // turns it into its opposite ("The client is taking medication at present.").
                    if (p.recordedAsNone(field) && !NONE_SAID.matcher(lower).find()) {
                        add(FindingKind.NEGATION_MISMATCH, section, "The sentence " + quoted + " cites " + field
                                + ", which the prompt records as none, but does not say none.");
                    }
                }
            }
            int before = findings.size();
            if (cited != null && labelledLine(section, sentence, cited, quoted)) {
                // The clinician's own words under a plain label, copied exactly: nothing in them is the draft's.
                return;
            }
            boolean handed = cited != null && findings.size() == before && handedOver(section, sentence, cited, quoted);
            if (cited != null && findings.size() == before && !handed) {
                woven(section, sentence, cited, quoted);
            }
            String raw = sentence.text();
            Optional<HandOvers.At> handedAt = handed && findings.size() == before ? HandOvers.find(text)
                    : Optional.empty();
            if (handedAt.isPresent() && HandOvers.find(raw).isPresent()) {
                // Why: the item after a reserved hand-over was just found to be its field's words exactly, as a
                // labelled line's value is; like that value it is the clinician's, not the draft's, so the rules
                // below read only the composer's words before it ("made steady progress ..., as shown by 3 of 5
                // days attended, per mom" does not give the mother's report to the client).
                text = HandOvers.before(text, handedAt.get()) + ".";
                lower = text.toLowerCase(Locale.ROOT);
                raw = HandOvers.before(raw, HandOvers.find(raw).get()) + ".";
            }
            if (cited != null && !cited.isEmpty() && cited.stream().allMatch(k -> k.startsWith("interventions["))) {
                // Round 31: "targeting the thought "..."" names what the typed quotation is; "thought" there is the
                // composer's frame only, read nowhere else (the quotation itself is checked word for word).
                lower = TARGETED_THOUGHT.matcher(lower).replaceAll("targeting the ");
            }
            if (cited != null && lower.contains(" disorder") && ADJECTIVE_DX_SAID.matcher(lower).find()
                    && cited.stream().anyMatch(k -> k.startsWith("risk.") && verbatimTexts(k).stream()
                            .anyMatch(v -> ADJECTIVE_DX_TYPED.matcher(v.strip()).matches()))) {
                // Round 32: a diagnosis typed as its adjective alone ("bipolar") is said with its noun in a list of
                // factors; "disorder" there is the composer's word only, the adjective itself still read.
                lower = ADJECTIVE_DX_SAID.matcher(lower).replaceAll("$1");
            }
            if (cited != null && (lower.contains(" from ") || lower.contains(" stayed at "))
                    && (lower.contains("decreased") || lower.contains("rose") || lower.contains("stayed"))) {
                lower = changesSaid(lower, cited);
                // The number check reads the sentence as written; the change words are lower case there too.
                text = changesSaid(text, cited);
            }
            List<Boolean> bounds = new ArrayList<>();
            List<Boolean> commas = new ArrayList<>();
            // Why: a label ("Means and access:", "Plan:") names what follows and asserts nothing itself; a label that
            // names an intervention ("Response to exposure therapy:") asserts that intervention, which is read too.
            int label = Phrases.labelLength(lower);
            if (label > 0 && lower.startsWith("response to ")) {
                label = "response to ".length();
            } else if (label > 0 && lower.startsWith("focus of ")) {
                label = "focus of ".length();
            }
            List<String> words = ClinicalLexicon.words(label > 0 ? lower.substring(label) : lower, bounds, commas);
            if (cited != null) {
                traced(section, sentence, words, bounds, commas, cited, quoted);
                if (lower.indexOf('"') >= 0 || lower.indexOf('\u201c') >= 0) {
                    // Why: the words inside quotation marks are the speaker's own ("I was going to do it after I
                    // talked to someone"); their "I" is not the clinician. Who said them is read from the frame.
                    List<Boolean> qBounds = new ArrayList<>();
                    List<Boolean> qCommas = new ArrayList<>();
                    List<String> unquoted = ClinicalLexicon.words(withoutQuotations(label > 0 ? lower.substring(label)
                            : lower), qBounds, qCommas);
                    actors(section, unquoted, qBounds, qCommas, cited, quoted);
                } else {
                    actors(section, words, bounds, commas, cited, quoted);
                }
                whoAnswered(section, label > 0 ? lower.substring(label) : lower, cited, quoted);
                directions(section, words, bounds, commas, cited, quoted);
                events(section, words, bounds, commas, cited, quoted);
                pastActsDated(section, words, bounds, commas, cited, quoted);
                tenses(section, words, bounds, commas, cited, quoted);
                intervals(section, words, cited, quoted);
                quantifiers(section, words, cited, quoted);
                days(section, words, cited, quoted);
            }
            risk(section, sentence, words, bounds, commas, label > 0 ? lower.substring(label) : lower, quoted);
            quotes(section, raw, quoted);
            entities(section, words, bounds, commas, quoted);
            results(section, words, bounds, commas, quoted);
            numbers(section, text, words, cited == null ? List.of() : cited, quoted);
            names(section, text, quoted);
        }

        /**
         * A labelled line ("Homework: sleep diary; walk 20 min daily"): a plain label, then the cited fields' own text,
         * several items of one list joined by "; ". True when the value is that text exactly (only a final period and
         * surrounding spaces aside) under a plain label: the line is the clinician's words and passes as such. A value
         * that copies the cited fields but changes them (a word replaced, a clause added, a number or a negation
         * changed) is a misquote of the field, whatever the other rules say; the line is then read as prose too.
         */
        private boolean labelledLine(String section, DraftSentence sentence, List<String> cited, String quoted) {
            String text = sentence.text().strip();
            int colon = text.indexOf(": ");
            if (colon <= 0 || colon > 60 || !Character.isLetter(text.charAt(0))) {
                return false;
            }
            String label = text.substring(0, colon);
            if (label.indexOf('"') >= 0 || label.indexOf('\u201C') >= 0 || label.indexOf('(') >= 0
                    || label.split(" ").length > 6) {
                return false;
            }
            String value = finalPeriodOff(text.substring(colon + 2).strip());
            if (value.isEmpty()) {
                return false;
            }
            if (label.equalsIgnoreCase("plan") && cited.stream().anyMatch(k -> k.startsWith("risk."))
                    && RiskIrrealis.pastDeed(value) && YEAR_IN_TEXT.matcher(value).find()) {
                // Round 41: a self-harm act the clinician dated in the past ("cut with razor 2022") is history;
                // under "Plan:" it reads as what the client would do.
                add(FindingKind.NEGATION_MISMATCH, section, "The line " + quoted + " gives a past act as the plan;"
                        + " the prompt dates it as done.");
                return true;
            }
            for (String key : cited) {
                String typedLabel = label.toLowerCase(Locale.ROOT) + ": ";
                if (typedColon(text, colon, key) && verbatimTexts(key).stream()
                        .noneMatch(own -> own.toLowerCase(Locale.ROOT).contains(typedLabel))) {
                    // Round 28b: the colon is the typed item's own and the composer's words stand before its label
                    // ("In response to CBT-E: regular eating, ..."), so the sentence is prose around a copied item,
                    // not a line of the clinician's words. An item under its own typed label ("Stuck point: it was my
                    // fault.") is still such a line, checked word for word.
                    return false;
                }
            }
            List<List<String>> candidates = new ArrayList<>();
            for (String key : cited) {
                List<String> own = verbatimTexts(key);
                if (own.isEmpty()) {
                    // A field the prompt writes itself (the session, a score): no clinician's words to compare with.
                    return false;
                }
                candidates.add(own);
            }
            if (copiedExactly(value, candidates, 0, 0)) {
                return plainLabel(label, cited);
            }
            if (candidates.size() == 1 && cited.stream().allMatch(k -> k.equals("clientResponse")
                    || k.startsWith("interventions[") || k.startsWith("goals["))
                    && candidates.get(0).stream().anyMatch(own -> lineWords(value).equals(lineWords(
                            finalPeriodOff(own))))) {
                // Round 39: a response or evidence line the composer wrote out (ChartWording): the field's words
                // with shorthand written out, "pt" as the client, "mom" as "the client's mother", "a" before a
                // friend. Any word, number, negation or person changed still differs, and is read as a misquote.
                return plainLabel(label, cited);
            }
            int written = concernLineWrittenOut(label, value, candidates, cited);
            if (written > 0) {
                // Round 40: a concern line the composer wrote out as it writes a response line (its items the
                // field's own, in order, with "due to" for "d/t", a relation named as the note names it, an article
                // before a bare count noun). Any word, number, negation or person changed still differs. "Other"
                // there is the composer's word for the concerns after the first, read as the field's label.
                return true;
            }
            if (written < 0) {
                // A written-out concern line that does not read as its field: compared as written out, so a word put
                // after "the client's" ("called the client's client") is a change, not the composer's person.
                int before = findings.size();
                misquoted(section, value, candidates, cited, quoted, true);
                if (findings.size() > before) {
                    return false;
                }
            }
            misquoted(section, value, candidates, cited, quoted);
            return false;
        }

        /**
         * Round 40: whether {@code value}, under a "Presenting concerns" or "Other concerns" label citing concern items
         * only, is the cited items' typed pieces as the composer writes a line out: read as {@link #lineWords} reads it,
         * every word of the line stands in the field in order, and every piece the line keeps (what the field
         * separates with a comma or a semicolon) is kept whole: 1. 0 for a line that is no concern line or has no change
         * to write out (read as it was before this round); -1 for a written-out line with anything added, replaced or
         * left out inside a piece.
         */
        private int concernLineWrittenOut(String label, String value, List<List<String>> candidates,
                List<String> cited) {
            if (!(label.equals("Presenting concerns") || label.equals("Other concerns"))
                    || !cited.stream().allMatch(k -> k.startsWith("presentingConcerns"))
                    || value.indexOf('"') >= 0 || value.indexOf('\u201C') >= 0) {
                return 0;
            }
            List<String> line = lineWords(value);
            List<String> field = new ArrayList<>();
            List<Integer> pieces = new ArrayList<>();
            int piece = 0;
            boolean changed = false;
            for (String item : value.split("; ")) {
                // A line of the typed pieces as typed is read as before this round; only a written-out one here.
                String piece0 = finalPeriodOff(item.strip()).toLowerCase(Locale.ROOT);
                changed |= candidates.stream().flatMap(List::stream)
                        .noneMatch(t -> t.toLowerCase(Locale.ROOT).contains(piece0));
            }
            for (List<String> own : candidates) {
                // The field read whole, as the line is, its pieces marked where a comma or a semicolon stood.
                List<Boolean> bounds = new ArrayList<>();
                List<Boolean> commas = new ArrayList<>();
                List<String> words = lineWords(Phrases.SPACED_PLUS.matcher(own.get(0)).replaceAll(", "), bounds, commas);
                for (int k = 0; k < words.size(); k++) {
                    if (k == 0 || bounds.get(k) || commas.get(k)) {
                        piece++;
                    }
                    field.add(words.get(k));
                    pieces.add(piece);
                }
            }
            if (!changed || line.size() < 1 || field.isEmpty()) {
                return 0;
            }
            int[] matched = WovenItems.lcs(line, field);
            Set<Integer> kept = new HashSet<>();
            for (int m : matched) {
                if (m < 0) {
                    return -1;
                }
                kept.add(pieces.get(m));
            }
            Set<Integer> inLine = new HashSet<>();
            for (int m : matched) {
                inLine.add(m);
            }
            for (int k = 0; k < field.size(); k++) {
                if (kept.contains(pieces.get(k)) && !inLine.contains(k)) {
                    return -1;
                }
            }
            return 1;
        }

        /**
         * A sentence that weaves a cited field's words into its own ("The clinician used cognitive restructuring for the
         * client's catastrophizing about work"): inside the copied run, a word replaced, a negation or a quantity put
         * in, or the closing word swapped is a misquote of the field, as it is in a labelled line.
         */
        private void woven(String section, DraftSentence sentence, List<String> cited, String quoted) {
            String text = sentence.text();
            for (String key : cited) {
                int from = wovenFrom(text, key);
                if (from < 0) {
                    continue;
                }
                List<Boolean> bounds = new ArrayList<>();
                List<String> words = copyWords(text.substring(from), bounds, null);
                List<String> texts = verbatimTexts(key);
                // A part of the field copied whole (the goal's evidence) is not a changed copy of another part (the
                // goal); the part copied whole is still read for what was put inside it ("did not not go").
                List<String> whole = texts.size() > 1
                        ? texts.stream().filter(t -> WovenItems.copiesWhole(words, fieldCopyWords(t))).toList()
                        : List.of();
                for (String own : texts) {
                    if (!whole.isEmpty() && !whole.contains(own)) {
                        continue;
                    }
                    for (WovenItems.Change c : WovenItems.changes(words, bounds, fieldCopyWords(own))) {
                        String change = c.dropped().isEmpty() ? "adds \"" + String.join(" ", c.added()) + "\""
                                : "replaces \"" + String.join(" ", c.dropped()) + "\" with \""
                                + String.join(" ", c.added()) + "\"";
                        add(FindingKind.MISQUOTED_FIELD, section, "The sentence " + quoted + " copies " + key
                                + " but " + change + ".");
                        return;
                    }
                }
            }
        }

        /**
         * A sentence that hands over with one of the composer's reserved hand-overs ({@link HandOvers}): the words from
         * it to the sentence's end are the clinician's item (a focus, a goal's evidence, a concern), compared with it as
         * a labelled line's value is, with the composer's normalizations only (shorthand written out, one word for the
         * client). True when the sentence held such a hand-over for a field it cites (read here, not by the woven
         * reading); a copy with anything added, left out or replaced is a misquote.
         */
        private boolean handedOver(String section, DraftSentence sentence, List<String> cited, String quoted) {
            String text = sentence.text();
            Optional<HandOvers.At> at = HandOvers.find(text);
            if (at.isEmpty()) {
                return false;
            }
            String key = null;
            for (String k : cited) {
                if (k.startsWith(at.get().fieldPrefix())) {
                    key = key == null ? k : "";
                }
            }
            // One field of the kind handed over to, whose own words do not hold the hand-over ("centered on mom").
            if (key == null || key.isEmpty() || verbatimTexts(key).stream().anyMatch(HandOvers::typedIn)) {
                return false;
            }
            String item = handedItem(key);
            String value = finalPeriodOff(text.substring(at.get().from()).strip());
            if (item.isEmpty() || copyWords(value).equals(copyWords(finalPeriodOff(item)))) {
                return true;
            }
            // Round 21: the item composed into a noun phrase by its shape (HandedItems), the same function of the same
            // field, so its words are composition; any number, earlier score or item changed is still a misquote.
            String composed = key.startsWith("goals[") ? HandedItems.evidence(finalPeriodOff(item))
                    : key.startsWith("interventions[") ? HandedItems.focus(finalPeriodOff(item)) : "";
            if (!composed.isEmpty() && copyWords(value).equals(copyWords(composed))) {
                return true;
            }
            // Round 41: a focus typed as the client's act, said with the note's subject (the composer's same function
            // of the same field: its one added word is the subject's article; any other change is a misquote).
            String act = at.get().handOver().equals(HandOvers.FOCUS_SENTENCE)
                    ? InterventionSentences.focusSentence(item, "the client") : "";
            if (!act.isEmpty() && copyWords(value).equals(copyWords(act))) {
                return true;
            }
            // Round 24: a bare count given the noun its own goal counts, the composer's same function of both fields.
            String counted = key.startsWith("goals[") ? HandedItems.counted(finalPeriodOff(item),
                    p.goals().get(Integer.parseInt(key, key.indexOf('[') + 1, key.length() - 1, 10)).goal()) : "";
            if (!counted.isEmpty() && copyWords(value).equals(copyWords(counted))) {
                return true;
            }
            // Round 24b: the evidence in the frame of its phrase type, the composer's same function of the field.
            String framed = key.startsWith("goals[") ? HandedItems.framed(finalPeriodOff(item)) : "";
            if (!framed.isEmpty() && copyWords(value).equals(copyWords(framed))) {
                return true;
            }
            // Round 31: a bare count said with its goal's action, the composer's same function of both fields; the
            // frame words ("the client", the gerund, "on", "in") are framing only, so any changed count or word is not.
            String action = key.startsWith("goals[") ? GoalActions.counted(finalPeriodOff(item), p.goals().get(
                    Integer.parseInt(key, key.indexOf('[') + 1, key.length() - 1, 10)).goal(), "client") : "";
            if (!action.isEmpty() && copyWords(value).equals(copyWords(action))) {
                return true;
            }
            int before = findings.size();
            misquoted(section, value, List.of(List.of(item)), List.of(key), quoted);
            if (findings.size() == before) {
                add(FindingKind.MISQUOTED_FIELD, section, "The sentence " + quoted + " hands over to " + key
                        + " as the clinician's words but does not copy them.");
            }
            return true;
        }

        /** The typed part a reserved hand-over copies: an intervention's focus, a goal's evidence, a concern. */
        private String handedItem(String key) {
            int i = Integer.parseInt(key, key.indexOf('[') + 1, key.length() - 1, 10);
            if (key.startsWith("interventions[")) {
                return unnamed(nonEmpty(p.interventions().get(i).focus())).stream().findFirst().orElse("");
            }
            if (key.startsWith("goals[")) {
                return unnamed(nonEmpty(p.goals().get(i).evidence())).stream().findFirst().orElse("");
            }
            List<String> own = verbatimTexts(key);
            return own.size() == 1 ? own.get(0) : "";
        }

        /**
         * Where a sentence hands over to the clinician's typed words for field {@code key}: after a colon inside it
         * ("Progress toward reducing panic attacks: two attacks this week"), after "focused on" or "included"; for an
         * intervention also after the preposition that takes its focus ("with a focus on", "targeting", "for", "on")
         * or the lead of its response ("In response, "); for a goal after "as evidenced by" or "with". -1 when it does
         * not. The composer words the rest of a sentence its own way, which the other rules read.
         */
        private int wovenFrom(String text, String key) {
            int colon = text.indexOf(": ");
            // Round 28b: a colon the clinician typed inside the item ("CBT-E: regular eating", "Seeking Safety:
            // 'Setting Boundaries'") splits a label from its content; it is part of the copy, not the composer's
            // hand-over, which is then found as in a sentence without one.
            while (colon > 0 && typedColon(text, colon, key)) {
                colon = text.indexOf(": ", colon + 2);
            }
            if (colon > 0) {
                return colon + 2;
            }
            int at = leadEnd(text, WOVEN_LEADS);
            if (at >= 0) {
                return at;
            }
            if (key.startsWith("interventions[")) {
                if (text.startsWith("In response") || text.startsWith("During ")) {
                    int comma = text.indexOf(", ");
                    return comma < 0 ? -1 : comma + 2;
                }
                return leadEnd(text, FOCUS_LEADS);
            }
            return key.startsWith("goals[") ? leadEnd(text, EVIDENCE_LEADS) : -1;
        }

        /**
         * Whether the colon at {@code colon} stands in the field's own text between the same two words: the label of a
         * typed "label: content" item, copied with its item.
         */
        private boolean typedColon(String text, int colon, String key) {
            String lower = text.toLowerCase(Locale.ROOT);
            int from = lower.lastIndexOf(' ', colon - 1) + 1;
            int to = lower.indexOf(' ', colon + 2);
            String around = lower.substring(from, to < 0 ? lower.length() : to);
            for (String own : verbatimTexts(key)) {
                if (own.toLowerCase(Locale.ROOT).contains(around.endsWith(",") ? around.substring(0,
                        around.length() - 1) : around)) {
                    return true;
                }
            }
            return false;
        }

        /** The end of the first of {@code leads} found in {@code text}, or -1. */
        private static int leadEnd(String text, List<String> leads) {
            for (String lead : leads) {
                int at = text.indexOf(lead);
                if (at >= 0) {
                    return at + lead.length();
                }
            }
            return -1;
        }

        /** The clinician's own texts a field holds: the field as typed, or an intervention's or goal's parts. */
        private List<String> verbatimTexts(String key) {
            int open = key.indexOf('[');
            if (key.startsWith("interventions[")) {
                Intervention in = p.interventions().get(Integer.parseInt(key, open + 1, key.length() - 1, 10));
                return unnamed(nonEmpty(in.name(), in.label(), in.focus(), in.response()));
            }
            if (key.startsWith("goals[")) {
                GoalProgress g = p.goals().get(Integer.parseInt(key, open + 1, key.length() - 1, 10));
                return unnamed(nonEmpty(g.goal(), g.evidence()));
            }
            if (key.equals("session") || key.equals("risk.level") || key.equals("nextAppointment")
                    || key.startsWith("participants[") || key.startsWith("screeningScores[")
                    || key.startsWith("diagnoses[")) {
                return List.of();
            }
            String own = sources.get(key);
            if (key.equals("risk.safetyPlan") && own != null && !own.isBlank()) {
                // Round 21b: the composer writes the plan's content without the field's own name typed in front
                // ("safety plan; call sister" under "Safety plan:"); both are the clinician's words.
                String content = Phrases.safetyPlanContent(own);
                return content.isEmpty() || content.equals(own.strip()) ? List.of(own.strip())
                        : List.of(own.strip(), content);
            }
            return own == null || own.isBlank() ? List.of() : List.of(own.strip());
        }

        /** The texts as the note is drafted from them: another group member's name reads "another group member". */
        private List<String> unnamed(List<String> texts) {
            List<String> names = org.practicekit.notes.internal.GroupMembers.names(p);
            return texts.stream().map(t -> org.practicekit.notes.internal.GroupMembers.unnamed(names,
                    org.practicekit.notes.internal.WhoIsWho.written(p, t))).toList();
        }

        /** Whether {@code value} from {@code at} is one text of each field from {@code field} on, joined by "; ". */
        private boolean copiedExactly(String value, List<List<String>> candidates, int field, int at) {
            if (field == candidates.size()) {
                return at == value.length();
            }
            for (String c : candidates.get(field)) {
                String own = finalPeriodOff(c);
                if (!value.startsWith(own, at)) {
                    continue;
                }
                int end = at + own.length();
                if (end < value.length() && value.charAt(end) == '.') {
                    end++;
                }
                if (field + 1 == candidates.size() ? end == value.length()
                        : value.startsWith("; ", end) && copiedExactly(value, candidates, field + 1, end + 2)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A label that asserts nothing: no clinical entity, number, person, negation or risk word, unless the risk or
         * entity word names the very field the line cites ("Safety plan:" over the safety plan).
         */
        private boolean plainLabel(String label, List<String> cited) {
            String lower = label.toLowerCase(Locale.ROOT);
            if (tiedLabel(lower, cited)) {
                return true;
            }
            List<String> fields = FIELD_LABELS.get(lower);
            if (fields != null && cited.stream().allMatch(k -> fields.stream().anyMatch(k::startsWith))) {
                return true;
            }
            List<String> words = ClinicalLexicon.words(lower);
            for (String w : words) {
                // Deny by default: a name, a day or a word no dictionary or field holds may assert who or when.
                if (hasDigit(w) || isNegator(w) || namesSomeone(w) || Actors.isActorWord(w)
                        || !EN.isKnownWord(w) && !promptWords.contains(w)
                        || CALENDAR.contains(Character.toUpperCase(w.charAt(0)) + w.substring(1))) {
                    return false;
                }
            }
            return !Meaning.mayStateRisk(words) && lexicon.find(words).isEmpty() && !words.contains("risk");
        }

        /**
         * A line's label that names what it belongs to ("Response to exposure therapy", "Focus of cognitive
         * restructuring", "Evidence for the second goal"): plain only when it names the very intervention or goal the
         * line cites, so a label changed to another intervention or goal is read as prose, not passed as a quotation.
         */
        private boolean tiedLabel(String lower, List<String> cited) {
            if (cited.size() != 1 || cited.get(0).indexOf('[') < 0) {
                return false;
            }
            String key = cited.get(0);
            int i = Integer.parseInt(key, key.indexOf('[') + 1, key.length() - 1, 10);
            if (key.startsWith("interventions[")) {
                String named = lower.startsWith("response to ") ? lower.substring("response to ".length())
                        : lower.startsWith("focus of ") ? lower.substring("focus of ".length()) : "";
                Intervention in = p.interventions().get(i);
                return !named.isEmpty() && (named.equals(in.name().toLowerCase(Locale.ROOT))
                        || named.equals(in.label().strip().toLowerCase(Locale.ROOT)));
            }
            if (key.startsWith("goals[")) {
                List<String> ordinals = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                        "eighth", "ninth", "tenth");
                return lower.equals(p.goals().size() == 1 ? "evidence for the goal"
                        : "evidence for the " + ordinals.get(Math.min(i, 9)) + " goal");
            }
            return false;
        }

        /**
         * A value that copies its cited fields with a change: the words the line adds or replaces, and the words it
         * drops from inside a piece it keeps (a piece is what the field separates with a comma or semicolon; leaving
         * out a whole piece is not a change of what the rest says).
         */
        private void misquoted(String section, String value, List<List<String>> candidates, List<String> cited,
                String quoted) {
            misquoted(section, value, candidates, cited, quoted, false);
        }

        /** As above; {@code written}: the line and the field compared as a written-out line ({@link #lineWords}). */
        private void misquoted(String section, String value, List<List<String>> candidates, List<String> cited,
                String quoted, boolean written) {
            List<String> line = written ? lineWords(value) : copyWords(value);
            if (line.size() < 2) {
                return;
            }
            List<String> field = new ArrayList<>();
            List<Integer> pieces = new ArrayList<>();
            int piece = 0;
            for (List<String> own : candidates) {
                String best = own.get(0);
                int bestShared = -1;
                for (String typed : own) {
                    // "38 y/o M from Ukraine, ...": the identification a field opens with is a piece of its own, which
                    // the composer lifts into the client's description; the line may copy the field without it (read
                    // first, so a line that keeps the identification still matches the whole field better).
                    Optional<Demographics.Lead> lead = Demographics.lead(typed);
                    for (String c : lead.isPresent() ? List.of(lead.get().rest(), typed) : List.of(typed)) {
                        int shared = 0;
                        for (int m : WovenItems.lcs(line, fieldCopyWords(c))) {
                            shared += m >= 0 ? 1 : 0;
                        }
                        if (shared > bestShared) {
                            best = c;
                            bestShared = shared;
                        }
                    }
                }
                List<Boolean> bounds = new ArrayList<>();
                List<Boolean> commas = new ArrayList<>();
                // "defiance + lying": the composer may split a field at a spaced plus as at a comma (ProseComposer
                // .plusAsAnd), so a piece ends there too; and between bullets typed on one line ("- a - b").
                String pieced = Phrases.SPACED_PLUS.matcher(best).replaceAll(", ");
                List<String> bullets = Phrases.inlineBullets(pieced);
                String joined = bullets.isEmpty() ? pieced : String.join(", ", bullets);
                List<String> words = written ? lineWords(joined, bounds, commas) : copyWords(joined, bounds, commas);
                for (int k = 0; k < words.size(); k++) {
                    if (k == 0 || bounds.get(k) || commas.get(k)) {
                        piece++;
                    }
                    field.add(words.get(k));
                    pieces.add(piece);
                }
            }
            if (line.equals(field)) {
                return;
            }
            int[] matchedLine = WovenItems.lcs(line, field);
            boolean[] inLine = new boolean[line.size()];
            boolean[] inField = new boolean[field.size()];
            int shared = 0;
            for (int k = 0; k < matchedLine.length; k++) {
                if (matchedLine[k] >= 0) {
                    inLine[k] = true;
                    inField[matchedLine[k]] = true;
                    shared++;
                }
            }
            // Not a copy (most of the line or of the field in common): prose that words the field its own way is read by
            // the other rules.
            if (shared < 2 || shared * 3 < line.size() * 2 && shared * 3 < field.size() * 2) {
                return;
            }
            Set<Integer> kept = new HashSet<>();
            for (int k = 0; k < field.size(); k++) {
                if (inField[k]) {
                    kept.add(pieces.get(k));
                }
            }
            List<String> added = new ArrayList<>();
            for (int k = 0; k < line.size(); k++) {
                if (!inLine[k] && !JOINING.contains(line.get(k))) {
                    added.add(line.get(k));
                }
            }
            List<String> dropped = new ArrayList<>();
            for (int k = 0; k < field.size(); k++) {
                if (!inField[k] && kept.contains(pieces.get(k)) && !JOINING.contains(field.get(k))) {
                    dropped.add(field.get(k));
                }
            }
            if (added.isEmpty() && dropped.isEmpty()) {
                return;
            }
            String change = !added.isEmpty() && !dropped.isEmpty() ? "replaces \"" + String.join(" ", dropped)
                    + "\" with \"" + String.join(" ", added) + "\""
                    : !added.isEmpty() ? "adds \"" + String.join(" ", added) + "\""
                    : "leaves out \"" + String.join(" ", dropped) + "\"";
            add(FindingKind.MISQUOTED_FIELD, section, "The line " + quoted + " gives " + String.join(", ", cited)
                    + " as the clinician's words but " + change + ".");
        }

        /**
         * A field's words as compared for a copy, from the prompt's reading: read once per draft, not again for each
         * sentence that weaves or lines that copy it. A draft's own text is always read afresh ({@link #copyWords}).
         */
        private List<String> fieldCopyWords(String fieldText) {
            return PromptReading.ofPrompt(p, "copy words", fieldText, t -> List.copyOf(copyWords(t)));
        }

        /** The words of a line or field as compared for a copy: shorthand written out, one word for the client. */
        private List<String> copyWords(String text) {
            return copyWords(text, null, null);
        }

        private List<String> copyWords(String text, List<Boolean> bounds, List<Boolean> commas) {
            List<String> words = ClinicalLexicon.words(expand(text).toLowerCase(Locale.ROOT), bounds, commas);
            for (int k = 0; k < words.size(); k++) {
                // One word for the client and one for the clinician ("I called" is "this writer called"); a
                // multiplier is its number ("x3 weeks" is "for 3 weeks").
                String w = words.get(k);
                if (CLIENT_WORDS.contains(w)) {
                    words.set(k, "client");
                } else if (w.equals("client's") || w.equals("patient's") || w.equals("pt's")) {
                    words.set(k, "client's");
                } else if (WRITER_WORDS.contains(w)) {
                    words.set(k, "clinician");
                } else if (w.equals("my")) {
                    words.set(k, "clinician's");
                } else if (w.length() > 1 && w.charAt(0) == 'x' && Character.isDigit(w.charAt(1))
                        && hasDigit(w) && w.chars().skip(1).allMatch(Character::isDigit)) {
                    words.set(k, w.substring(1));
                }
            }
            return words;
        }

        /**
         * Round 39: a line's words compared as {@link #copyWords} compares them, with each relation named as the note
         * names it ("mom" as "mother"), articles left out, and "the client's" before a relation taken as the
         * composer's (the relation typed bare is the client's only where the composer could say so).
         */
        private List<String> lineWords(String text) {
            return lineWords(text, new ArrayList<>(), new ArrayList<>());
        }

        /** As {@link #lineWords(String)}, with each kept word's sentence bound and comma before it. */
        private List<String> lineWords(String text, List<Boolean> bounds, List<Boolean> commas) {
            // Round 40: "d/t" and "re" between words are the concern line's "due to" and "regarding", on both sides.
            List<Boolean> allBounds = new ArrayList<>();
            List<Boolean> allCommas = new ArrayList<>();
            List<String> words = copyWords(ChartWording.symbolsSaid(text), allBounds, allCommas);
            List<String> out = new ArrayList<>();
            boolean bound = false;
            boolean comma = false;
            for (int k = 0; k < words.size(); k++) {
                String w = ChartWording.relation(words.get(k));
                bound |= allBounds.get(k);
                comma |= allCommas.get(k);
                if (w.equals("the") || w.equals("a") || w.equals("an")) {
                    continue;
                }
                if (w.equals("client's") && k + 1 < words.size() && ChartWording.isRelation(words.get(k + 1))) {
                    continue;
                }
                out.add(w);
                bounds.add(bound);
                commas.add(comma);
                bound = false;
                comma = false;
            }
            return out;
        }

        /** The current sentence's negation, read once for the checks that need it. */
        private boolean[] negation(List<String> words, List<Boolean> bounds, List<Boolean> commas) {
            if (sentenceNegation == null) {
                sentenceNegation = Meaning.negated(words, bounds, commas, people);
            }
            return sentenceNegation;
        }

        /** The cited fields' texts, or null when the sentence cites nothing or a field the prompt lacks. */
        /**
         * "Safety plan: N/A - emergency; medical transport.": a "not applicable" the clinician typed with its reason,
         * copied with that reason, is the clinician's statement, not filler. A bare filler, or one no cited field
         * holds, still is ({@code SessionPrompt} refuses a field that is only a filler).
         */
        private boolean typedWithReason(String lower, List<String> sources) {
            for (String f : FILLERS) {
                int at = lower.indexOf(f);
                if (at < 0) {
                    continue;
                }
                // "etiology TBD" in a diagnosis: a filler that qualifies the word typed before it, copied with that
                // word from a cited field, is the clinician's qualifier, not a blank left open.
                if (qualifiedAsTyped(lower, at, f, sources, lowerSources)) {
                    continue;
                }
                if (!reasonAfter(lower, at + f.length())) {
                    return false;
                }
                boolean typed = false;
                for (String id : sources) {
                    String field = lowerSources.get(id);
                    int there = field == null ? -1 : field.indexOf(f);
                    typed |= there >= 0 && reasonAfter(field, there + f.length());
                }
                if (!typed) {
                    return false;
                }
            }
            return true;
        }

        private List<String> cited(String section, DraftSentence sentence, String quoted) {
            if (sentence.sources().isEmpty()) {
                add(FindingKind.UNSOURCED_SENTENCE, section, "The sentence " + quoted + " cites no prompt field.");
                return null;
            }
            List<String> cited = new ArrayList<>();
            for (String id : sentence.sources()) {
                int before = cited.size();
                if (lowerSources.containsKey(id) && !lowerSources.containsKey(id + "[0]")) {
                    cited.add(id);
                    continue;
                }
                for (Map.Entry<String, String> e : lowerSources.entrySet()) {
                    String key = e.getKey();
                    if (key.startsWith(id) && (key.length() == id.length() || key.charAt(id.length()) == '['
                            || key.charAt(id.length()) == '.')) {
                        cited.add(key);
                    }
                }
                if (cited.size() == before) {
                    add(FindingKind.UNSOURCED_SENTENCE, section, "The sentence " + quoted + " cites \"" + id
                            + "\", which the prompt does not have.");
                    return null;
                }
            }
            return cited;
        }

        /**
         * Round 33: the direction word of a rating change is the composer's only where a cited field types that very
         * pair with its arrow ("70 -> 40") and the word is the one its numbers give: "decreased" for a fall, "rose" for a
         * rise, "stayed at N" for "N -> N". Such a change is read as the pair alone ("from 70 to 40", the earlier and
         * later values as round 32 reads them); any other direction word is left in, unsourced, so a "decreased" where
         * the numbers rise, or a pair the field does not type, is flagged.
         */
        private String changesSaid(String lower, List<String> cited) {
            Matcher m = CHANGE_SAID.matcher(lower);
            StringBuilder out = null;
            int last = 0;
            while (m.find()) {
                String from = m.group(2) != null ? m.group(2) : m.group(4);
                String to = m.group(3) != null ? m.group(3) : m.group(4);
                int a = Integer.parseInt(beforeSlash(from));
                int b = Integer.parseInt(beforeSlash(to));
                String verb = m.group(1);
                boolean fits = verb.equals("stayed") ? m.group(4) != null : m.group(4) == null
                        && (verb.equals("decreased") ? a > b : a < b);
                if (!fits || !pairTyped(cited, from, to)) {
                    continue;
                }
                out = out == null ? new StringBuilder(lower.length()) : out;
                out.append(lower, last, m.start()).append("from ").append(from).append(" to ").append(to);
                last = m.end();
            }
            return out == null ? lower : out.append(lower, last, lower.length()).toString();
        }

        private static String beforeSlash(String n) {
            int slash = n.indexOf('/');
            return slash < 0 ? n : n.substring(0, slash);
        }

        /** Whether a cited field types {@code from} and {@code to} as one arrowed pair, in that order. */
        private boolean pairTyped(List<String> cited, String from, String to) {
            for (String key : cited) {
                String field = lowerSources.get(key);
                if (field == null || field.indexOf('>') < 0) {
                    continue;
                }
                Matcher p = PAIR_TYPED.matcher(field);
                while (p.find()) {
                    if (p.group(1).equals(from) && p.group(2).equals(to)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private List<String> wordsOf(String key) {
            List<String> words = sourceWords.get(key);
            if (words == null) {
                List<Boolean> bounds = new ArrayList<>();
                List<Boolean> commas = new ArrayList<>();
                words = ClinicalLexicon.words(lowerSources.get(key), bounds, commas);
                sourceWords.put(key, words);
                sourceBounds.put(key, bounds);
                sourceCommas.put(key, commas);
                sourceNegated.put(key, Meaning.negated(words, bounds, commas, people));
                List<String> lemmas = new ArrayList<>(words.size());
                for (String w : words) {
                    lemmas.add(lemma(w));
                }
                sourceLemmas.put(key, lemmas);
            }
            return words;
        }

        /**
         * Every content word of every clause comes from a cited field, and keeps the polarity it has
         * there: a clause added to a sourced sentence, or a word swapped for another, is found.
         */
        private void traced(String section, DraftSentence sentence, List<String> words, List<Boolean> bounds,
                List<Boolean> commas, List<String> cited, String quoted) {
            boolean[] negated = negation(words, bounds, commas);
            boolean framed = false;
            for (String x : sentence.sources()) {
                framed |= x.equals("session") || x.startsWith("participants");
            }
            boolean levelFramed = sentence.sources().contains("risk.level");
            boolean meansCited = sentence.sources().contains("risk.means");
            // Round 41: a sentence citing only the intent field may name its element ("The client's intent was low.").
            boolean intentCited = sentence.sources().equals(List.of("risk.intent"));
            boolean familySession = p.serviceType() == org.practicekit.core.model.ServiceType.FAMILY_WITH_CLIENT
                    || p.serviceType() == org.practicekit.core.model.ServiceType.FAMILY_WITHOUT_CLIENT;
            List<String> unmatched = new ArrayList<>();
            List<String> flipped = new ArrayList<>();
            boolean homeworkOnly = !sentence.sources().isEmpty()
                    && sentence.sources().stream().allMatch(x -> x.startsWith("homework["));
            int skipped = STOPWORD | FRAME | NOT_A_NAME | (framed ? OF_SESSION_FRAME : 0)
                    | (levelFramed ? OF_LEVEL_FRAME : 0) | (homeworkOnly ? OF_HOMEWORK_FRAME : 0);
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (!negated[i] && NOT_DONE.contains(w)) {
                    // "not assessed (audio only)" is an absence: a draft that says it was assessed reverses it, though
                    // "assessed" alone only frames a sentence.
                    int bits = 0;
                    for (String key : cited) {
                        bits |= polarityBits(key, w, lemma(w), null);
                    }
                    if (bits == NEGATED) {
                        flipped.add(w);
                        continue;
                    }
                }
                if (!negated[i] && i > 0 && (WORD_CLASSES.getOrDefault(w, 0) & FRAME) != 0
                        && (WORD_CLASSES.getOrDefault(words.get(i - 1), 0) & STOPWORD) == 0
                        && !English.PREPOSITIONS.contains(words.get(i - 1))
                        && deniedPhrase(cited, words.get(i - 1), w)) {
                    // A frame word ("concerns", "safety") is no content word of its own, but "current safety
                    // concerns" affirmed where every cited "safety concerns" is denied turns the field around.
                    flipped.add(w);
                    continue;
                }
                // A number, in digits or in words ("three" for "3x"), is the number check's: it binds each to its
                // unit and the word it counts in the cited fields.
                if (w.length() < 3 || Character.isDigit(w.charAt(0))
                        // "the 988 crisis line" over "988 reviewed": the words that name a line a cited field numbers.
                        || CrisisLines.mayName(w) && crisisLineNamed(w, cited)
                        || !w.equals("one") && Quantities.value(w) != null
                        || (w.equals("twice") || w.equals("once")) && timesInCited(w.equals("twice") ? "2" : "1", cited)
                        || (WORD_CLASSES.getOrDefault(w, 0) & skipped) != 0
                        || familySession && (w.equals("family") || w.equals("family's") || roles.contains(w))
                        // The field's own name: "reported access to ..." cites "means and access".
                        || meansCited && w.equals("access") || intentCited && w.equals("intent")) {
                    continue;
                }
                if (w.equals("unable") && negatedAbilityCited(cited)) {
                    // Round 24: "being unable to focus" says the typed "can't focus": the same negation, a word apart.
                    continue;
                }
                String lemma = lemma(w);
                String prefix = w.length() >= 5 && !isNegator(w) ? w.substring(0, 5) : null;
                int bits = 0;
                for (String key : cited) {
                    bits |= polarityBits(key, w, lemma, prefix);
                }
                if (bits == 0) {
                    if (!isNegator(w)) {
                        unmatched.add(w);
                    } else {
                        flipped.add(w);
                    }
                    continue;
                }
                // Who reported a denial, or whom it is about, is not what is denied: "No SI was reported per the
                // child and mother" and "The parents reported no safety concerns for the child" keep the prompt's
                // denial whether or not the negation reaches the person; the words denied carry the polarity.
                if (!hasDigit(w) && (bits & (negated[i] ? NEGATED : AFFIRMED)) == 0 && !namesSomeone(w)
                        && !placeOrTime(words, i) && !inSourcePhrase(words, bounds, commas, i)) {
                    flipped.add(w);
                }
            }
            if (!unmatched.isEmpty()) {
                add(FindingKind.UNSOURCED_SENTENCE, section, "The sentence " + quoted + " says more than the prompt"
                        + " fields it cites (" + String.join(", ", sentence.sources()) + "): "
                        + String.join(", ", unmatched) + ".");
            }
            if (!flipped.isEmpty()) {
                add(FindingKind.NEGATION_MISMATCH, section, "The sentence " + quoted + " turns a statement of the"
                        + " prompt into its opposite (" + String.join(", ", flipped) + ").");
            }
        }

        /**
         * A word of direction ("more", "down", "worsened") keeps the direction its field gives beside the same words:
         * "more nightmares" where the field says "fewer nightmares" reverses it without any negation.
         */
        private void directions(String section, List<String> words, List<Boolean> bounds, List<Boolean> commas,
                List<String> cited, String quoted) {
            List<String> reversed = null;
            for (int i = 0; i < words.size(); i++) {
                Integer d = Lexicon.DIRECTIONS.get(words.get(i));
                if (d == null && sameness(words, i)) {
                    d = 0;
                }
                if (d == null || particle(words, i)) {
                    continue;
                }
                boolean kept = false;
                boolean opposed = false;
                for (String key : cited) {
                    List<String> field = wordsOf(key);
                    for (int k = 0; k < field.size() && !kept; k++) {
                        Integer f = Lexicon.DIRECTIONS.get(field.get(k));
                        if (f == null && sameness(field, k)) {
                            f = 0;
                        }
                        // A change on another axis says nothing of this one; sameness is the opposite of any change.
                        if (f == null || f != 0 && d != 0 && Math.abs(f) != Math.abs(d) || particle(field, k)
                                || !shareNeighbour(words, bounds, commas, i, field, sourceBounds.get(key),
                                        sourceCommas.get(key), k)) {
                            continue;
                        }
                        kept |= f.equals(d);
                        opposed |= !f.equals(d);
                    }
                }
                if (opposed && !kept) {
                    reversed = reversed == null ? new ArrayList<>() : reversed;
                    reversed.add(words.get(i));
                }
            }
            if (reversed != null) {
                add(FindingKind.NEGATION_MISMATCH, section, "The sentence " + quoted + " reverses the direction of a"
                        + " change the prompt fields it cites describe (" + String.join(", ", reversed) + ").");
            }
        }

        /**
         * A verb keeps the tense and certainty its cited field gives it: an act the fields hold only as planned,
         * intended, recommended, conditional or denied ("will start", "considering leaving", "referral recommended")
         * is not stated as done ("started", "left", "was referred"), and an act they give only as done ("started
         * sertraline") is not stated as a plan ("will start"). Read from each verb's form and the words that govern
         * it ({@link Certainty}), matched by lemma; flagged only where no cited occurrence agrees with the sentence.
         */
        private void tenses(String section, List<String> words, List<Boolean> bounds, List<Boolean> commas,
                List<String> cited, String quoted) {
            boolean[] negated = null;
            // A loop, not a stream: asked once per draft sentence.
            boolean futureCited = false;
            for (String c : cited) {
                futureCited |= futureField(c);
            }
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                // The draft's own frame after the clinician ("This clinician used", "I provided") and verbs of saying
                // assert the session, not a typed act.
                boolean frame = (WORD_CLASSES.getOrDefault(w, 0) & FRAME) != 0;
                if (w.length() < 3 || (WORD_CLASSES.getOrDefault(w, 0) & STOPWORD) != 0
                        || frame && clinicianBefore(words, i) || EN.isSpeechVerb(lemma(w))) {
                    continue;
                }
                String verb = Certainty.verb(w);
                if (verb.isEmpty()) {
                    continue;
                }
                Certainty.Status s = Certainty.inSentence(words, bounds, i);
                boolean future = s == Certainty.Status.PLANNED && !futureCited && Certainty.firmFuture(words, bounds, i);
                if (s != Certainty.Status.DONE && !future) {
                    continue;
                }
                negated = negated == null ? negation(words, bounds, commas) : negated;
                if (negated[i]) {
                    continue;
                }
                int planned = 0;
                int done = 0;
                int other = 0;
                for (String key : cited) {
                    List<String> field = wordsOf(key);
                    boolean[] fieldNegated = sourceNegated.get(key);
                    for (int k = 0; k < field.size(); k++) {
                        String f = field.get(k);
                        if (!verb.equals(Certainty.verb(f))) {
                            // "referral to psychiatry recommended": the noun of a proposed act.
                            planned += verb.equals(Certainty.proposedVerb(field, sourceBounds.get(key), k)) ? 1 : 0;
                            continue;
                        }
                        if (fieldNegated[k]) {
                            // A denial restated as done is the polarity check's (it knows who reported what).
                            other++;
                            continue;
                        }
                        // Round 41: the risk plan's bare verbs are what the client would do ("hang self in the
                        // garage"), as a plan step's are; its past forms ("took pills last night") stay done.
                        Certainty.Status fs = Certainty.inField(field, sourceBounds.get(key), sourceCommas.get(key), k,
                                futureField(key) || key.equals("risk.plan")
                                        && field.stream().noneMatch(DraftVerifier::dating));
                        planned += fs == Certainty.Status.PLANNED ? 1 : 0;
                        done += fs == Certainty.Status.DONE ? 1 : 0;
                        other += fs == Certainty.Status.NEITHER ? 1 : 0;
                    }
                }
                if (s == Certainty.Status.DONE && planned > 0 && done == 0 && other == 0) {
                    add(FindingKind.NEGATION_MISMATCH, section, "The sentence " + quoted + " states \"" + w
                            + "\" as done; the prompt fields it cites hold it as planned, intended, recommended,"
                            + " conditional or denied.");
                    return;
                }
                if (future && done > 0 && planned == 0 && other == 0) {
                    add(FindingKind.NEGATION_MISMATCH, section, "The sentence " + quoted + " states \"" + w
                            + "\" as still to come; the prompt fields it cites say it was done.");
                    return;
                }
            }
        }

        /** Whether a cited field holds the act {@code w} after "plan" itself ("plan to cut"). */
        private boolean citedAsPlan(String w, List<String> cited) {
            for (String key : cited) {
                List<String> field = wordsOf(key);
                for (int k = 0; k < field.size(); k++) {
                    if (field.get(k).equals(w) && planBefore(field, sourceBounds.get(key), k)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Round 41 (issue 14): a past act that every cited field dates ("attempted OD in 2021") said without its date
         * ("Plan: OD.", "a current suicide attempt") reads as current: the date is what keeps it history.
         */
        private void pastActsDated(String section, List<String> words, List<Boolean> bounds, List<Boolean> commas,
                List<String> cited, String quoted) {
            boolean[] negated = null;
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (DATED_ACTS.contains(w) && datedNear(words, bounds, i) && planBefore(words, bounds, i)
                        && !citedAsPlan(w, cited)) {
                    // "Plan: cut with razor 2022" for the typed history: a dated act is no plan.
                    add(FindingKind.NEGATION_MISMATCH, section, "The sentence " + quoted + " states the past act \""
                            + w + "\" as a plan; the prompt fields it cites give it as done.");
                    return;
                }
                if (!DATED_ACTS.contains(w) || datedNear(words, bounds, i)) {
                    continue;
                }
                negated = negated == null ? negation(words, bounds, commas) : negated;
                if (negated[i]) {
                    continue;
                }
                boolean dated = false;
                boolean undated = false;
                String lemma = lemma(w);
                for (String key : cited) {
                    List<String> field = wordsOf(key);
                    for (int k = 0; k < field.size(); k++) {
                        String f = field.get(k);
                        if (DATED_ACTS.contains(f) && (f.equals(w) || lemma(f).equals(lemma) || sameAct(f, w))) {
                            if (datedNear(field, sourceBounds.get(key), k)) {
                                dated = true;
                            } else {
                                undated = true;
                            }
                        }
                    }
                }
                if (dated && !undated) {
                    add(FindingKind.NEGATION_MISMATCH, section, "The sentence " + quoted + " states \"" + w + "\" without"
                            + " the date the prompt fields it cites give it, so a past act reads as current.");
                    return;
                }
            }
        }

        /**
         * A verb of harm or of an event ("hung", "overdosed", "was arrested") states that it happened: a cited field
         * must say it happened too, not hold it as a thought, urge or plan, and what the clause tells of it (where,
         * with what) must come from that same field, not from another one the sentence cites.
         */
        private void events(String section, List<String> words, List<Boolean> bounds, List<Boolean> commas,
                List<String> cited, String quoted) {
            for (int i = 0; i < words.size(); i++) {
                String event = eventOf(words.get(i));
                if (event == null || unrealized(words, bounds, i) || negation(words, bounds, commas)[i]) {
                    continue;
                }
                String happened = null;
                boolean named = false;
                for (String key : cited) {
                    List<String> field = wordsOf(key);
                    boolean[] negated = sourceNegated.get(key);
                    for (int k = 0; k < field.size() && happened == null; k++) {
                        if (!event.equals(eventOf(field.get(k)))) {
                            continue;
                        }
                        named = true;
                        if (!negated[k] && (!unrealized(field, sourceBounds.get(key), k)
                                && !heldAsPlan(key, field, sourceBounds.get(key), sourceCommas.get(key), k)
                                || realizedNear(field, sourceBounds.get(key), k))) {
                            happened = key;
                        }
                    }
                }
                if (!named) {
                    continue;
                }
                if (happened == null) {
                    add(FindingKind.UNSOURCED_SENTENCE, section, "The sentence " + quoted + " states that \""
                            + words.get(i) + "\" happened; the prompt fields it cites hold it only as a thought, urge,"
                            + " plan or denial.");
                    return;
                }
                List<String> elsewhere = new ArrayList<>();
                for (int k = i + 1; k < words.size() && !bounds.get(k) && !commas.get(k) && !CLAUSE_JOINS.contains(
                        words.get(k)); k++) {
                    String w = words.get(k);
                    if (w.length() < 3 || Character.isDigit(w.charAt(0))
                            || (WORD_CLASSES.getOrDefault(w, 0) & (STOPWORD | FRAME)) != 0 || namesSomeone(w)) {
                        continue;
                    }
                    String prefix = w.length() >= 5 ? w.substring(0, 5) : null;
                    if (polarityBits(happened, w, lemma(w), prefix) == 0) {
                        elsewhere.add(w);
                    }
                }
                if (!elsewhere.isEmpty()) {
                    add(FindingKind.UNSOURCED_SENTENCE, section, "The sentence " + quoted + " joins \"" + words.get(i)
                            + "\" from " + happened + " to words the prompt gives elsewhere (" + String.join(", ",
                            elsewhere) + "): an event the prompt does not state.");
                    return;
                }
            }
        }

        /**
         * "call back next week" where the cited field says "within 2 days": an interval from the draft's own
         * calendar word rather than the field's number.
         */
        private void intervals(String section, List<String> words, List<String> cited, String quoted) {
            for (int i = 0; i + 1 < words.size(); i++) {
                if (!RELATIVE.contains(words.get(i)) || !TIME_UNITS.contains(words.get(i + 1))
                        || cited.contains("session") || cited.contains("nextAppointment")) {
                    continue;
                }
                String unit = lemma(words.get(i + 1));
                boolean same = false;
                boolean other = false;
                for (String key : cited) {
                    List<String> field = wordsOf(key);
                    for (int k = 0; k < field.size(); k++) {
                        String f = field.get(k);
                        other |= WHEN.contains(f);
                        if (k + 1 == field.size() || !TIME_UNITS.contains(field.get(k + 1))) {
                            continue;
                        }
                        boolean oneOf = RELATIVE.contains(f) || f.equals("a") || f.equals("one") || f.equals("1");
                        same |= oneOf && lemma(field.get(k + 1)).equals(unit);
                        other |= !oneOf && (Character.isDigit(f.charAt(0)) || Lexicon.NUMBER_WORDS.containsKey(f)
                                || f.equals("few") || f.equals("couple") || f.equals("this") || f.equals("same")
                                || f.equals("every") || f.equals("each") || f.equals("other"));
                    }
                }
                if (!same && other) {
                    add(FindingKind.INVENTED_NUMBER, section, "The sentence " + quoted + " gives the interval \""
                            + words.get(i) + " " + words.get(i + 1) + "\", which is not the one the fields it cites"
                            + " give.");
                }
            }
        }

        /**
         * A word of how much, how often or how sure ("some", "daily", "never", "once", "did") where its cited field
         * says another beside the same words: swapping "no" for "some", "twice" for "once" or "will" for "did" changes
         * a finding while every content word still traces to the field. A quantifier no field contradicts is left to
         * the other rules: the composer and a model may add one a field implies.
         */
        private void quantifiers(String section, List<String> words, List<String> cited, String quoted) {
            boolean screening = false;
            for (String c : cited) {
                screening |= c.startsWith("screening");
            }
            if (screening) {
                // An item's answer is the instrument's own scale ("several days", "nearly every day"), not a field's.
                return;
            }
            for (int i = 0; i < words.size(); i++) {
                String q = words.get(i);
                if (!QUANTIFIERS.contains(q)) {
                    continue;
                }
                String next = i + 1 < words.size() ? words.get(i + 1) : "";
                if (q.equals("did") && (next.isEmpty() || next.equals("not") || !EN.is(next, English.Form.BASE))) {
                    // Only the emphatic "did <verb>" states a deed done; "did not" is the polarity rule's.
                    continue;
                }
                String before = neighbour(words, i, -1);
                String after = neighbour(words, i, 1);
                boolean anywhere = before.isEmpty() && after.isEmpty();
                boolean beside = false;
                String other = null;
                for (String key : cited) {
                    List<String> field = wordsOf(key);
                    for (int k = 0; k < field.size() && !beside; k++) {
                        String f = field.get(k);
                        boolean same = sameQuantifier(f, q);
                        if (!same && !(q.equals("did") ? INTENDED : CONTRASTS).contains(f)) {
                            continue;
                        }
                        boolean there = anywhere || near(field, k, before) || near(field, k, after);
                        if (same) {
                            beside = there;
                        } else if (there) {
                            other = f;
                        }
                    }
                }
                if (!beside && other != null) {
                    add(FindingKind.NEGATION_MISMATCH, section, "The sentence " + quoted + " says \"" + q
                            + (after.isEmpty() ? "" : " " + after) + "\" where the fields it cites say \"" + other
                            + "\".");
                }
            }
        }

        /** The nearest word on one side of {@code at} that says what a quantifier is about, or "". */
        private String neighbour(List<String> words, int at, int step) {
            for (int i = at + step, n = 0; i >= 0 && i < words.size() && n < 3; i += step, n++) {
                String w = words.get(i);
                if (w.length() >= 3 && !STOPWORDS.contains(w) && !QUANTIFIERS.contains(w)
                        && (WORD_CLASSES.getOrDefault(w, 0) & FRAME) == 0) {
                    return w;
                }
            }
            return "";
        }

        /** Whether {@code w} (by lemma) stands within four words of position {@code at} of {@code field}. */
        private boolean near(List<String> field, int at, String w) {
            if (w.isEmpty()) {
                return false;
            }
            String lemma = lemma(w);
            for (int k = Math.max(0, at - 4); k < Math.min(field.size(), at + 5); k++) {
                if (k != at && (field.get(k).equals(w) || lemma(field.get(k)).equals(lemma))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A day word ("today", "tonight", "tomorrow", "yesterday") or "this/next/last week" the cited fields do not use,
         * where they use another: the call "tomorrow" written "today", the check-in "this week" written "next week".
         */
        private void days(String section, List<String> words, List<String> cited, String quoted) {
            if (cited.contains("nextAppointment") || cited.contains("session")) {
                return;
            }
            for (int i = 0; i < words.size(); i++) {
                String d = dayWord(words, i);
                if (d == null) {
                    continue;
                }
                boolean same = false;
                String other = null;
                for (String key : cited) {
                    List<String> field = wordsOf(key);
                    for (int k = 0; k < field.size(); k++) {
                        String f = dayWord(field, k);
                        if (f != null) {
                            same |= f.equals(d);
                            other = f.equals(d) ? other : f;
                        }
                    }
                }
                if (!same && other != null) {
                    add(FindingKind.INVENTED_DATE, section, "The sentence " + quoted + " says \"" + d + "\" where the"
                            + " fields it cite say \"" + other + "\".");
                }
            }
        }

        // Round 33: who answered, who stopped, and what is current, read from the sentence's own frame.
        // Round 34: the words of an answer are AnswerWords', one list with the composer's. A reply the clinician also
        // gives ("answered questions") is not read; "could not" / "was unable to" before a try to reach someone is the
        // clinician's own.
        private static final String ANSWER_WORDS = AnswerWords.alternation(List.of(AnswerWords.alternation(
                AnswerWords.REFUSALS, AnswerWords.STATES), AnswerWords.alternation(AnswerWords.INABILITIES,
                AnswerWords.AGREEMENTS), "denied|endorsed|admitted"));
        private static final String CLINICIAN_LEAD = "(?:^|[^a-z])(?:this (?:clinician|writer|therapist|counselor|"
                + "provider)|the (?:clinician|writer|therapist|counselor)|i)(?: (?:also|then|initially|again|ultimately"
                + "|further))?";
        private static final Pattern CLINICIAN_ANSWERED = Pattern.compile(CLINICIAN_LEAD + " ((?:was )?(?:"
                + ANSWER_WORDS + "))(?![\\w'])(?! (?:to )?(?:reach|contact|locate|leave|get through|connect)\\b)");
        private static final Pattern TYPED_BY_CLINICIAN = Pattern.compile("(?:^|[^a-z])(?:clinician|writer|therapist|"
                + "counselor|provider|i|cl|th)(?: \\w+)? (?:was )?(?:" + ANSWER_WORDS + "|will)(?![\\w'])");
        private static final Pattern ANSWER_TYPED = Pattern.compile("\\b(?:" + ANSWER_WORDS
                + "|declines|refuses|denies|agrees)(?![\\w'])");
        // "This clinician will call her brother" where the safety plan types "will call her brother": the client's step.
        private static final Pattern CLINICIAN_STEP = Pattern.compile(CLINICIAN_LEAD + " will (?:not )?(?:also )?"
                + "([a-z]+)\\b");
        // "was self-discontinued" names its actor inside the word; only a stop that names no one is read.
        private static final Pattern STOP_PASSIVE = Pattern.compile("\\b(?:was|were|had been|has been|have been)"
                + " (?:\\w+ )?(stopped|discontinued|d/c'?d|dc'?d|tapered off|quit)\\b(?! by\\b)");
        private static final Pattern STOP_WITH_ACTOR = Pattern.compile("\\b(?:pt|client|patient|he|she|they|mom|"
                + "mother|dad|father|parents?|grandmother|grandfather|caregivers?|partner|wife|husband|self)"
                + "(?: \\w+)? (?:stopped|discontinued|d/c'?d|dc'?d|quit|self-discontinued|self-d/c'?d)\\b"
                + "|\\bself[- ](?:discontinued|d/c'?d|dc'?d|stopped)\\b|\\bon (?:own|(?:his|her|their) own)\\b"
                + "|\\b(?:quit|stopped) taking\\b");
        private static final Pattern CURRENT_FRAME = Pattern.compile("\\b(?:current(?:ly)? (?:medications?|taking|"
                + "prescribed|on)|medications? (?:include|included|includes|are|were|was|is)|is taking|was taking|takes|"
                + "remains on|continues on|continued on|is prescribed|is on|was on)\\b");
        // Round 34: one list with the composer's (this copy had drifted: it lacked eval* and referr*).
        private static final Pattern NOT_YET_CURRENT = AnswerWords.NOT_YET_CURRENT;

        /**
         * Round 33: a client's answer given to the clinician ("This writer declined the referral." where the field
         * types "pt declined"), a stop the field gives its actor said in the passive without that actor ("Sertraline
         * was stopped." where the field says "self-discontinued"), and a medication only considered said as a current
         * one ("Current medications were naltrexone." where the field says "considering naltrexone").
         */
        private void whoAnswered(String section, String lower, List<String> cited, String quoted) {
            // Round 36: each pattern below needs a word most sentences lack (the clinician named, a stop, a current
            // medication), so those words are looked for first and the cited fields lower-cased only where a pattern
            // may match: the patterns and the fields' copy were about a tenth of a verification. Same findings.
            boolean anyCited = false;
            for (String key : cited) {
                anyCited |= sources.get(key) != null;
            }
            if (!anyCited) {
                return;
            }
            ownerlessFeeling(section, lower, cited, quoted);
            boolean clinician = namesClinician(lower);
            boolean stop = mayStop(lower);
            boolean current = mayBeCurrent(lower);
            if (!clinician && !stop && !current) {
                return;
            }
            String fields = clinician || stop ? citedLower(cited) : "";
            Matcher answered = clinician ? CLINICIAN_ANSWERED.matcher(lower) : null;
            if (answered != null && answered.find() && ANSWER_TYPED.matcher(fields).find()
                    && fields.contains(answerStem(answered.group(1))) && !TYPED_BY_CLINICIAN.matcher(fields).find()) {
                add(FindingKind.WRONG_ACTOR, section, "The sentence " + quoted + " gives the clinician an answer the"
                        + " prompt fields it cites give the client.");
            }
            Matcher step = clinician ? CLINICIAN_STEP.matcher(lower) : null;
            String plan = cited.contains("risk.safetyPlan") ? sources.get("risk.safetyPlan") : null;
            if (step != null && step.find() && plan != null && !Whose.planWork(step.group(1))
                    && plan.toLowerCase(Locale.ROOT).contains(step.group(1))
                    && !TYPED_BY_CLINICIAN.matcher(plan.toLowerCase(Locale.ROOT)).find()) {
                // Round 34: a safety plan's step typed with no subject is the client's (Whose).
                add(FindingKind.WRONG_ACTOR, section, "The sentence " + quoted + " gives the clinician a step of the"
                        + " safety plan the prompt gives the client.");
            }
            if (stop && STOP_PASSIVE.matcher(lower).find() && STOP_WITH_ACTOR.matcher(fields).find()) {
                add(FindingKind.WRONG_ACTOR, section, "The sentence " + quoted + " says a stop in the passive,"
                        + " without the person the prompt fields it cites say stopped it.");
            }
            if (current && CURRENT_FRAME.matcher(lower).find() && !NOT_YET_CURRENT.matcher(lower).find()) {
                for (String key : cited) {
                    String own = sources.get(key);
                    if (own == null || !key.startsWith("medications") || !NOT_YET_CURRENT.matcher(own.toLowerCase(
                            Locale.ROOT)).find()) {
                        continue;
                    }
                    for (Mention m : lexicon.find(ClinicalLexicon.words(own.toLowerCase(Locale.ROOT)))) {
                        if (m.category() == ClinicalLexicon.Category.MEDICATION && lower.contains(m.surface())) {
                            add(FindingKind.NEGATION_MISMATCH, section, "The sentence " + quoted + " gives \""
                                    + m.surface() + "\" as a current medication; the prompt only considers it.");
                            return;
                        }
                    }
                }
            }
        }

        /** The cited fields' texts, lower-cased, each followed by a break no pattern reads across. */
        private String citedLower(List<String> cited) {
            StringBuilder typed = new StringBuilder();
            for (String key : cited) {
                String own = sources.get(key);
                if (own != null) {
                    typed.append(own.toLowerCase(Locale.ROOT)).append(" \n ");
                }
            }
            return typed.toString();
        }

        /**
         * Whether the clinician may lead the sentence as {@link #CLINICIAN_LEAD} reads it: one of its nouns, or "i" as a
         * word before a space. A necessary condition only; the pattern decides.
         */
        private static boolean namesClinician(String lower) {
            if (lower.contains("clinician") || lower.contains("writer") || lower.contains("therapist")
                    || lower.contains("counselor") || lower.contains("provider")) {
                return true;
            }
            for (int i = lower.indexOf("i "); i >= 0; i = lower.indexOf("i ", i + 1)) {
                char before = i == 0 ? ' ' : lower.charAt(i - 1);
                if (before < 'a' || before > 'z') {
                    return true;
                }
            }
            return false;
        }

        /** Whether the sentence holds a word {@link #STOP_PASSIVE} needs (a necessary condition only). */
        private static boolean mayStop(String lower) {
            return lower.contains("stopped") || lower.contains("discontinued") || lower.contains("d/c")
                    || lower.contains("dc") || lower.contains("tapered off") || lower.contains("quit");
        }

        /** Whether the sentence holds a word {@link #CURRENT_FRAME} needs (a necessary condition only). */
        private static boolean mayBeCurrent(String lower) {
            return lower.contains("current") || lower.contains("medication") || lower.contains("taking")
                    || lower.contains("takes") || lower.contains("remains on") || lower.contains("continue")
                    || lower.contains("prescribed") || lower.contains("is on") || lower.contains("was on");
        }

        /** Words that may stand before a feeling the focus types with no owner: the frame's, or the client's own. */
        private static final Set<String> BEFORE_OWNERLESS_FEELING = Set.of("on", "of", "about", "with", "and", "or",
                "client's", "patient's", "member's", "client", "patient", "member", "was", "were", "is", "are", "been",
                "targeting", "addressing", "explored", "discussed", "processed", "reviewed", "including", "while",
                "when", "not", "still", "also");

        /**
         * Round 36: a focus typed as a feeling with no one's name ("nervous about returning to school") is composed as no
         * one's ("focused on feeling nervous ..."); a person written before the feeling ("the mother feeling nervous",
         * "the wife's feeling resentful") gives it to someone the field does not name. Deny by default: any word before
         * the feeling but the frame's and the client's is WRONG_ACTOR.
         */
        private void ownerlessFeeling(String section, String lower, List<String> cited, String quoted) {
            if (lower.indexOf(" feeling ") < 0) {
                return;
            }
            for (String key : cited) {
                int close = key.indexOf(']');
                if (!key.startsWith("interventions[") || close < 0 || close + 1 != key.length()) {
                    continue;
                }
                int i;
                try {
                    i = Integer.parseInt(key.substring("interventions[".length(), close));
                } catch (NumberFormatException notAnIndex) {
                    continue;
                }
                if (i >= p.interventions().size()) {
                    continue;
                }
                String feeling = FocusShapes.feeling(p.interventions().get(i).focus()).toLowerCase(Locale.ROOT);
                if (feeling.isEmpty()) {
                    continue;
                }
                int space = feeling.indexOf(' ', "feeling ".length());
                String said = " " + (space < 0 ? feeling : feeling.substring(0, space));
                for (int at = lower.indexOf(said); at >= 0; at = lower.indexOf(said, at + 1)) {
                    int start = lower.lastIndexOf(' ', at - 1) + 1;
                    String before = lower.substring(start, at).replace('\u2019', '\'');
                    if (!before.isEmpty() && !BEFORE_OWNERLESS_FEELING.contains(before)) {
                        add(FindingKind.WRONG_ACTOR, section, "The sentence " + quoted + " gives a feeling the prompt"
                                + " types with no owner to someone (\"" + before + "\").");
                        return;
                    }
                }
            }
        }

        /** The part of an answer word a field types in any tense: "declin" for "declined", "could not" whole. */
        private static String answerStem(String said) {
            String w = said.startsWith("was ") ? said.substring(4) : said;
            return w.indexOf(' ') < 0 && w.indexOf('\'') < 0 && w.length() > 5 ? w.substring(0, 5) : w;
        }

        /** Each clause's subject is the one its cited field says did or said the thing. */
        private void actors(String section, List<String> words, List<Boolean> bounds, List<Boolean> commas,
                List<String> cited, String quoted) {
            if (actors == null) {
                actors = Actors.of(p, text -> expand(text).toLowerCase(Locale.ROOT));
            }
            List<String> wrong = actors.misattributed(words, bounds, commas, cited, DraftVerifier::meaningful, true);
            if (!wrong.isEmpty()) {
                add(FindingKind.WRONG_ACTOR, section, "The sentence " + quoted + " gives to someone else what the"
                        + " prompt fields it cites say another person said or did (" + String.join("; ", wrong) + ").");
            }
        }

        /**
         * How {@code w} (or a word of the same lemma or first five letters) occurs in a field: AFFIRMED,
         * NEGATED, both, or 0 when it does not.
         */
        /** Whether {@code prev} then {@code w} stands in a cited field, and only where a negation covers it. */
        private boolean deniedPhrase(List<String> cited, String prev, String w) {
            boolean denied = false;
            for (String key : cited) {
                List<String> words = wordsOf(key);
                boolean[] neg = sourceNegated.get(key);
                for (int k = 1; k < words.size(); k++) {
                    if (words.get(k).equals(w) && words.get(k - 1).equals(prev)) {
                        if (!neg[k]) {
                            return false;
                        }
                        denied = true;
                    }
                }
            }
            return denied;
        }

        /** Whether a cited field types a negated ability ("can't", "cannot", "couldn't"), which "unable" says. */
        private boolean negatedAbilityCited(List<String> cited) {
            for (String key : cited) {
                for (String modal : NEGATED_ABILITY) {
                    if (polarityBits(key, modal, modal, null) != 0) {
                        return true;
                    }
                }
            }
            return false;
        }

        private int polarityBits(String key, String w, String lemma, String prefix) {
            FieldIndex index = sourceIndex.get(key);
            if (index == null) {
                List<String> words = wordsOf(key);
                List<String> lemmas = sourceLemmas.get(key);
                boolean[] neg = sourceNegated.get(key);
                index = new FieldIndex();
                for (int k = 0; k < words.size(); k++) {
                    int bit = neg[k] ? NEGATED : AFFIRMED;
                    String s = words.get(k);
                    index.words.merge(s, bit, (x, y) -> x | y);
                    if (s.length() >= 3) {
                        index.lemmas.merge(lemmas.get(k), bit, (x, y) -> x | y);
                    }
                    if (s.length() >= 5 && !isNegator(s)) {
                        index.prefixes.merge(s.substring(0, 5), bit, (x, y) -> x | y);
                    }
                    // "mom" in a field is the "mother" a sentence writes: the role the word names.
                    String role = Reporters.role(s).orElse("");
                    if (!role.isEmpty() && role.indexOf(' ') < 0) {
                        index.words.merge(role, bit, (x, y) -> x | y);
                    }
                }
                sourceIndex.put(key, index);
            }
            int bits = index.words.getOrDefault(w, 0);
            if (w.length() >= 3) {
                bits |= index.lemmas.getOrDefault(lemma, 0);
            }
            if (prefix != null) {
                bits |= index.prefixes.getOrDefault(prefix, 0);
            }
            return bits;
        }

        /** Risk statements agree with the prompt's risk fields, and the level is the clinician's. */
        private void risk(String section, DraftSentence sentence, List<String> words, List<Boolean> bounds,
                List<Boolean> commas, String lower, String quoted) {
            boolean riskContext = sentence.sources().stream().anyMatch(s -> s.startsWith("risk."));
            List<RiskStatement> stated = Meaning.mayStateRisk(words)
                    ? Meaning.risksNegatedAs(words, negation(words, bounds, commas), riskContext) : List.of();
            for (RiskStatement r : stated) {
                if (promptRisks.contains(r.key())) {
                    continue;
                }
                String opposite = r.risk() + (r.denied() ? ":+" : ":-");
                String what = r.risk().name().toLowerCase(Locale.ROOT).replace('_', ' ');
                add(FindingKind.RISK_CONTRADICTION, section, "The sentence " + quoted + (promptRisks.contains(opposite)
                        ? " contradicts the prompt on " + what + "." : " states " + (r.denied() ? "a denial" : "an "
                        + "affirmation") + " about " + what + " that no prompt field supports."));
            }
            if (p.serviceType() == org.practicekit.core.model.ServiceType.FAMILY_WITHOUT_CLIENT) {
                // Why: a client who was not in the session was assessed by no one and reported nothing; the note may
                // say what those present reported ("The parents reported no SI"), never that the client is clear.
                for (RiskStatement r : stated) {
                    int at = words.indexOf(r.word());
                    if (r.denied() && at >= 0 && WhoFoundIt.notFromThosePresent(words, bounds, commas, at)) {
                        add(FindingKind.RISK_CONTRADICTION, section, "The sentence " + quoted + " states that the"
                                + " client, who was not in the session, has no " + r.risk().name().toLowerCase(Locale.ROOT)
                                .replace('_', ' ') + "; only what those present reported can be written.");
                        break;
                    }
                }
            }
            if (lower.contains("risk")) {
                Matcher m = LEVEL.matcher(lower);
                while (m.find()) {
                    String level = m.group(1) != null ? m.group(1) : m.group(2);
                    if (m.group(1) != null && (riskOfCondition(lower, m.end()) || saidOfAThing(lower, m.start()))) {
                        continue;
                    }
                    if (!levelAgrees(level) && !levelOfAnotherTime(lower, m.start(), m.end(), level, sentence)) {
                        add(FindingKind.RISK_CONTRADICTION, section, "The sentence " + quoted + " gives a risk level ("
                                + level + ") that is not the clinician's (" + p.risk().level().display() + ").");
                    }
                }
            }
        }

        /**
         * "high risk for psychosis", "at risk of relapse": a risk of a condition, not the clinician's level of
         * risk of harm.
         */
        private boolean riskOfCondition(String lower, int end) {
            Matcher m = RISK_OF.matcher(lower).region(end, lower.length());
            return m.lookingAt() && !HARM_WORDS.contains(m.group(1));
        }

        /**
         * "named weekends as high risk": a level said of a time, place or trigger ("X as high risk" where X is no
         * person and no verb) rates the situation, not the client's risk of harm; "assessed him as high risk" does.
         */
        private boolean saidOfAThing(String lower, int level) {
            List<String> before = ClinicalLexicon.words(lower.substring(0, level));
            int k = before.size() - 1;
            if (k >= 0 && (before.get(k).equals("a") || before.get(k).equals("at"))) {
                k--;
            }
            if (k < 1 || !before.get(k).equals("as")) {
                return false;
            }
            String thing = before.get(k - 1);
            return !namesSomeone(thing) && !Actors.isActorWord(thing) && !PERSON_PRONOUNS.contains(thing)
                    && !EN.is(thing, English.Form.PAST);
        }

        /**
         * A level the sentence says of another time or another rating ("last week's HIGH risk assessment", "was rated
         * MODERATE risk at intake", "LOW RISK per screen"), as a cited field other than the risk level says it in the
         * same word, in any case: the field's rating restated, not the clinician's level for this session. Said with no
         * such time or source ("The client is at HIGH risk"), or in another word, it is still the note's level.
         */
        private boolean levelOfAnotherTime(String lower, int start, int end, String level, DraftSentence sentence) {
            boolean anotherTime = false;
            int from = Math.max(0, lower.lastIndexOf(';', start) + 1);
            int to = lower.indexOf(';', end);
            for (String w : ClinicalLexicon.words(lower.substring(from, to < 0 ? lower.length() : to))) {
                String stem = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
                anotherTime |= REALIZED.contains(stem) || OTHER_RATING.contains(stem) || EN.is(w, English.Form.PAST)
                        || WEEK_WORDS.contains(stem) && w.endsWith("'s");
            }
            if (!anotherTime) {
                return false;
            }
            for (String key : sentence.sources()) {
                String field = lowerSources.get(key);
                if (key.equals("risk.level") || field == null || !field.contains("risk")) {
                    continue;
                }
                Matcher f = LEVEL.matcher(field);
                while (f.find()) {
                    if (level.equals(f.group(1) != null ? f.group(1) : f.group(2))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean levelAgrees(String word) {
            switch (p.risk().level()) {
                case NONE:
                    return word.equals("no") || word.equals("none");
                case LOW:
                    return word.equals("low") || word.equals("minimal") || word.equals("mild");
                case MODERATE:
                    return word.equals("moderate") || word.equals("elevated");
                case HIGH:
                    return word.equals("high") || word.equals("elevated") || word.equals("severe")
                            || word.equals("significant");
                default:
                    return word.equals("imminent") || word.equals("acute") || word.equals("high");
            }
        }

        private List<String> quotable() {
            List<String> fields = normalizedFields.get();
            if (fields == null) {
                List<String> read = new ArrayList<>();
                sources.values().forEach(v -> read.add(normalizeQuote(v)));
                fields = List.copyOf(read);
                normalizedFields.set(fields);
            }
            return fields;
        }

        /** Quotations are verbatim from the prompt. */
        private void quotes(String section, String text, String quoted) {
            if (text.indexOf('"') < 0 && text.indexOf('“') < 0 && text.indexOf('\'') < 0) {
                return;
            }
            Matcher m = QUOTE.matcher(text);
            while (m.find()) {
                String q = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                String norm = normalizeQuote(q);
                if (norm.isEmpty()) {
                    continue;
                }
                boolean found = false;
                for (String f : quotable()) {
                    if (f.contains(norm)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    add(FindingKind.INVENTED_QUOTE, section, "The sentence " + quoted + " quotes \"" + q
                            + "\", which is not in the prompt word for word.");
                }
            }
        }

        /** Clinical entities the prompt does not name. */
        /** The substances and medications {@code words} name, by the index of their first word. */
        private Map<Integer, String> substancesIn(List<String> words) {
            Map<Integer, String> out = new HashMap<>();
            for (Mention m : lexicon.find(words)) {
                if (m.category() == Category.SUBSTANCE || m.category() == Category.MEDICATION) {
                    out.put(m.at(), m.id());
                }
            }
            return out;
        }

        /**
         * Round 37: a result is read with what it is the result of. "Positive for fentanyl" over a prompt that types
         * "UDS negative for fentanyl" turns the result into its opposite, though "positive" may be elsewhere in the
         * prompt ("positive feedback"); a result the prompt gives both ways, or not at all, is left to other checks.
         */
        private void results(String section, List<String> words, List<Boolean> bounds, List<Boolean> commas,
                String quoted) {
            if (promptResults.isEmpty()) {
                return;
            }
            for (Results.Result r : Results.read(words, bounds, commas, substancesIn(words))) {
                boolean same = false;
                boolean opposite = false;
                for (Results.Result q : promptResults) {
                    if (r.sameSubject(q)) {
                        same |= q.positive() == r.positive();
                        opposite |= q.positive() != r.positive();
                    }
                }
                if (opposite && !same) {
                    add(FindingKind.NEGATION_MISMATCH, section, "The sentence " + quoted + " gives a result as \""
                            + words.get(r.at()) + "\"; the prompt records the same test's result the other way.");
                }
            }
        }

        private void entities(String section, List<String> words, List<Boolean> bounds, List<Boolean> commas,
                String quoted) {
            boolean[] negated = null;
            for (Mention m : lexicon.find(words)) {
                if (m.category() == Category.SYMPTOM && promptSymptoms.containsKey(m.id())) {
                    // A symptom the prompt only denies ("denies VH") may be written denied, never affirmed.
                    negated = negated != null ? negated : negation(words, bounds, commas);
                    if (!negated[m.at()] && promptSymptoms.get(m.id()) == NEGATED) {
                        add(FindingKind.INVENTED_SYMPTOM, section, "The sentence " + quoted + " affirms \"" + m.surface()
                                + "\", which the prompt mentions only as denied or absent.");
                    }
                    continue;
                }
                if (m.category() == Category.MEDICATION && promptMedications.getOrDefault(m.id(), 0) == STOPPED
                        && !stopped(words, m.at(), 8) && !negation(words, bounds, commas)[m.at()]) {
                    // "stopped sertraline 2 weeks ago" written as "Current medications: sertraline".
                    add(FindingKind.NEGATION_MISMATCH, section, "The sentence " + quoted + " gives \"" + m.surface()
                            + "\" as a current medication; the prompt says it was stopped.");
                    continue;
                }
                if (promptEntities.contains(m.category() + ":" + m.id())) {
                    continue;
                }
                if (m.category() == Category.PERSON && mentionsPerson(m.id())) {
                    continue;
                }
                // Why: a medication field typed as none is the clinician's record; the finding cites it.
                boolean none = m.category() == Category.MEDICATION && p.recordedAsNone("medications");
                add(kindOf(m.category()), section, "The sentence " + quoted + " names " + describe(m.category())
                        + " \"" + m.surface() + "\", which the prompt does not mention" + (none
                        ? "; the prompt records the medications as none (medications)." : "."));
            }
        }

        /** Whether {@code w} names a person: a relation or role ("mother"), or a given or family name in the prompt. */
        private boolean namesSomeone(String w) {
            if (people.contains(w) || roles.contains(w)) {
                return true;
            }
            List<String> names = new ArrayList<>();
            p.clientName().ifPresent(n -> {
                names.add(n.given());
                names.add(n.family());
            });
            p.participants().forEach(who -> names.add(who.name()));
            // A name the clinician wrote into a field ("Tyler's parents reported ..."), not a day, month or chart word.
            for (String text : sources.values()) {
                for (String word : capitalized(text)) {
                    if (!CALENDAR.contains(word) && !Lexicon.NOT_NAMES.contains(word)) {
                        names.add(word);
                    }
                }
            }
            for (String name : names) {
                for (String part : name.toLowerCase(Locale.ROOT).split("[^a-z'-]+")) {
                    if (part.equals(w) || (part + "'s").equals(w)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean mentionsPerson(String w) {
            return containsPhrase(promptLower, w) || containsPhrase(promptLower, w + "s")
                    || (w.endsWith("s") && containsPhrase(promptLower, w.substring(0, w.length() - 1)))
                    || namedByRole(w) || participantsTogether(w);
        }

        /**
         * Round 23b: the drafter names two or more caregivers who came together by what they are ("grandparents",
         * "caregivers"); the word is the participants', named when each of them is one (Caregivers.together).
         */
        private boolean participantsTogether(String w) {
            String one = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            List<org.practicekit.notes.Participant> people = p.participants();
            if (people.size() < 2) {
                return false;
            }
            if (one.equals("grandparent")) {
                return people.stream().allMatch(x -> x.role().toLowerCase(Locale.ROOT).strip().startsWith("grand"));
            }
            return one.equals("caregiver");
        }

        private boolean crisisLineNamed(String w, List<String> cited) {
            for (String key : cited) {
                if (CrisisLines.names(w, wordsOf(key))) {
                    return true;
                }
            }
            return false;
        }

        /** A cited field counts {@code n} times ("2x", "2 times"): what "twice" or "once" says. */
        private boolean timesInCited(String n, List<String> cited) {
            for (String key : cited) {
                List<String> field = wordsOf(key);
                for (int k = 0; k + 1 < field.size(); k++) {
                    if (field.get(k).equals(n) && field.get(k + 1).startsWith("time")) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A word of the prompt names the role {@code w}: "mom" typed, "mother" written. */
        private boolean namedByRole(String w) {
            if (Reporters.role(w).filter(w::equals).isEmpty()) {
                return false;
            }
            for (String typed : ClinicalLexicon.words(promptLower)) {
                if (!typed.equals(w) && Reporters.role(typed).filter(w::equals).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        /** Numbers bound to their field: scores, minutes, times, dates, and the rest beside the same words. */
        private void numbers(String section, String text, List<String> sentenceWords, List<String> cited,
                String quoted) {
            if (!hasDigit(text) && !hasNumberWord(sentenceWords)) {
                dates(section, text, quoted);
                return;
            }
            StringBuilder masked = new StringBuilder(text);
            // Codes carry digits that are not quantities.
            if (hasCodeShape(text)) {
                mask(masked, ICD10, section, quoted, true);
            }
            dates(section, masked.toString(), quoted);
            if (calendar(text) && MonthNumbers.monthBeforeNumber(masked)) {
                // "March 2024": the year is a date part, never a count.
                blankAll(masked, MONTH_YEAR);
                blankAll(masked, MONTH_DATE);
            }
            if (text.indexOf('/') >= 0) {
                blankDates(masked);
            }
            if (isoShaped(text)) {
                blankAll(masked, ISO_DATE);
            }
            Matcher t = TIME.matcher(text.indexOf(':') >= 0 ? masked : "");
            boolean citesSession = cited.contains("session");
            boolean citesNext = cited.contains("nextAppointment");
            List<LocalTime> ownTimes = new ArrayList<>();
            List<String> ownCited = new ArrayList<>();
            for (String key : cited) {
                if (!key.equals("session") && !key.equals("nextAppointment")) {
                    ownTimes.addAll(fieldTimes.getOrDefault(key, List.of()));
                    ownCited.add(key);
                }
            }
            while (t.find()) {
                int h = Integer.parseInt(t.group(1));
                int mnt = Integer.parseInt(t.group(2));
                String ampm = t.group(3);
                boolean ok = false;
                // Round 37: a time is checked against its event's time. A next appointment moved to the session's
                // start, or a homework's evening hour moved to the session's end, is a time of the prompt still.
                ClockTimes.Role role = ClockTimes.role(text, t.start(), citesSession, citesNext, !ownTimes.isEmpty());
                List<LocalTime> candidates = new ArrayList<>(ownTimes);
                List<String> literalIn = cited;
                if (role == ClockTimes.Role.NEXT_APPOINTMENT && p.nextAppointment().isPresent()) {
                    candidates.add(p.nextAppointment().get().toLocalTime());
                    literalIn = new ArrayList<>(ownCited);
                    literalIn.add("nextAppointment");
                } else if (role == ClockTimes.Role.SESSION) {
                    candidates.add(p.start());
                    candidates.add(p.end());
                    literalIn = new ArrayList<>(ownCited);
                    literalIn.add("session");
                } else if (role == ClockTimes.Role.OWN) {
                    literalIn = ownCited;
                } else {
                    candidates.addAll(knownTimes);
                }
                for (LocalTime k : candidates) {
                    int kh = k.getHour();
                    // "09:00", "21:00" and "00:30" are the 24-hour clock: the hour as written, not modulo 12.
                    boolean clock24 = ampm == null
                            && (h == 0 || h > 12 || t.group(1).length() == 2 && h < 10);
                    boolean hourOk = ampm == null ? kh == h || !clock24 && kh % 12 == h % 12
                            : (ampm.equalsIgnoreCase("p") ? (kh >= 12) : (kh < 12)) && kh % 12 == h % 12;
                    ok |= hourOk && k.getMinute() == mnt;
                }
                String literal = t.group().toLowerCase(Locale.ROOT);
                ok |= literalInCited(literal.endsWith(".") ? literal.substring(0, literal.length() - 1) : literal,
                        literalIn);
                if (!ok) {
                    add(FindingKind.INVENTED_NUMBER, section, "The sentence " + quoted + " gives the time " + t.group()
                            + ", which is not the time of " + (role == ClockTimes.Role.NEXT_APPOINTMENT
                            ? "the next appointment" : role == ClockTimes.Role.SESSION ? "the session"
                            : role == ClockTimes.Role.OWN ? "what the cited field sets it for"
                            : "the session or the next appointment") + ".");
                }
            }
            if (text.indexOf(':') >= 0) {
                blankAll(masked, TIME);
            }
            boolean minutes = minutesShaped(text);
            Matcher min = MINUTES.matcher(minutes ? masked : "");
            while (min.find()) {
                int value = Integer.parseInt(min.group(1));
                // "25-minute" over a typed "25-min" (read "25 minutes"): the same length of time.
                if (value != p.minutes() && !literalInCited(min.group().toLowerCase(Locale.ROOT), cited)
                        && cited.stream().noneMatch(key -> containsPhrase(lowerSources.get(key),
                                value + (value == 1 ? " minute" : " minutes")))) {
                    add(FindingKind.INVENTED_NUMBER, section, "The sentence " + quoted + " gives " + value
                            + " minutes; the session lasted " + p.minutes() + ".");
                }
            }
            if (minutes) {
                blankAll(masked, MINUTES);
            }
            String left = masked.toString();
            if (!hasDigit(left) && !hasNumberWord(sentenceWords)) {
                return;
            }
            List<Boolean> bounds = new ArrayList<>();
            List<Boolean> commas = new ArrayList<>();
            List<String> words = ClinicalLexicon.words(left.toLowerCase(Locale.ROOT), bounds, commas);
            // Each number of a cited field stands for one number of the sentence: "worry 7/10 from 7/10" uses the
            // field's one 7/10 twice.
            List<Quantity> used = new ArrayList<>();
            List<Quantity> quantities = Quantities.read(words, bounds, commas);
            Set<String> values = new HashSet<>();
            quantities.forEach(q -> values.add(q.value()));
            for (Quantity q : quantities) {
                int i = q.at();
                String w = words.get(i);
                if (w.equals("one") && !isQuantity(words, i)) {
                    continue;
                }
                String before = i > 0 ? words.get(i - 1) : "";
                String right = i + 1 < words.size() ? words.get(i + 1) : "";
                if ((before.equals("phq") || before.equals("gad")) && (w.equals("9") || w.equals("7"))) {
                    continue;
                }
                String instrument = instrument(q.anchor());
                int bound = CrisisLines.isLine(w) ? UNANCHORED : boundToAnchor(q, cited, used, values);
                boolean ok;
                if (CrisisLines.isLine(w)) {
                    // A line's number names the line: the same number in a cited field, wherever it stands there.
                    ok = nearWordInCited(w, cited);
                } else if (bound != UNANCHORED) {
                    ok = bound == BOUND;
                } else if (instrument != null) {
                    // A score after an instrument no cited field scores: that screening's total.
                    ok = false;
                    for (ScreeningScore s : p.screeningScores()) {
                        ok |= s.instrument().name().startsWith(instrument) && q.value().equals(
                                String.valueOf(s.total()));
                    }
                    ok |= scoreInCited(q.value(), instrument, cited)
                            && !cited.stream().allMatch(c -> c.startsWith("screening"));
                } else {
                    ok = boundInCited(w, q.value(), before, right, cited, values);
                }
                if (!ok && w.endsWith("-year-old")) {
                    // "The client, 42," (read "42-year-old") over a concern typed "42": the bare age of the field.
                    String bare = w.substring(0, w.length() - "-year-old".length());
                    ok = boundInCited(bare, bare, before, right, cited, values)
                            || ageAfterRole(bare, words, i, cited);
                }
                if (!ok && CLIENT_WORDS.contains(before)) {
                    // "the patient 13" over a concern typed "client 13": the number the field gives the client.
                    ok = clientsNumberInCited(w, cited);
                }
                if (!ok && Units.isHour(w)) {
                    // "from 10pm to 7am" over "no screens 10pm-7am": an hour of the day is a time, not a count.
                    ok = nearWordInCited(w, cited);
                }
                if (!ok) {
                    add(FindingKind.INVENTED_NUMBER, section, instrument != null ? "The sentence " + quoted
                            + " gives a " + instrument + " score of " + q.value() + ", which is not the prompt's."
                            : "The sentence " + quoted + " states the number \"" + w + "\", which the fields it cites"
                            + " do not give " + (q.anchor().isEmpty() ? "there" : "for " + q.anchor()) + ".");
                }
            }
        }

        /**
         * Round 33: "a 52-year-old mechanic" over a concern typed "mechanic, 52": the field types the bare number right
         * after the role's last word, and that word is among the four the sentence writes after the age.
         */
        private boolean ageAfterRole(String number, List<String> words, int at, List<String> cited) {
            for (String key : cited) {
                List<String> source = wordsOf(key);
                for (int k = 1; k < source.size(); k++) {
                    if (!number.equals(source.get(k))) {
                        continue;
                    }
                    for (int j = at + 1; j < Math.min(words.size(), at + 5); j++) {
                        if (words.get(j).equals(source.get(k - 1))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** Whether a cited field types {@code number} right after a word for the client ("client 76", "pt 9"). */
        private boolean clientsNumberInCited(String number, List<String> cited) {
            for (String key : cited) {
                List<String> field = wordsOf(key);
                for (int k = 1; k < field.size(); k++) {
                    if (field.get(k).equals(number) && CLIENT_WORDS.contains(field.get(k - 1))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether a cited field gives the number what the sentence makes it a number of: BOUND when one does (and
         * marks that number used), UNBOUND when the cited fields give that scale, drug or count only other numbers,
         * UNANCHORED when they give it none or the sentence names nothing it is of.
         */
        private int boundToAnchor(Quantity q, List<String> cited, List<Quantity> used, Set<String> values) {
            if (q.anchor().isEmpty()) {
                return UNANCHORED;
            }
            boolean anchored = false;
            for (String key : cited) {
                for (Quantity f : quantitiesOf(key)) {
                    if (!f.anchor().equals(q.anchor())) {
                        continue;
                    }
                    anchored = true;
                    if (f.value().equals(q.value()) && (f.relation() == q.relation() || earlierOfPair(q, f, key))
                            && !usedAlready(used, f)) {
                        used.add(f);
                        return BOUND;
                    }
                    if (listed(f.value(), q.value(), values)) {
                        return BOUND;
                    }
                }
            }
            return anchored ? UNBOUND : UNANCHORED;
        }

        /**
         * Round 32: "from 8" in the sentence over a field's rating change typed with an arrow ("urge 8 -> 3", the arrow
         * no word): the field's number is the earlier value when the very next word is another number (that one may
         * take a word after it as its anchor: "panic 9 -> 4 during exposure"). The later one stays plain, so a
         * swapped pair ("from 3 to 8") is still unbound.
         */
        private boolean earlierOfPair(Quantity q, Quantity f, String key) {
            if (q.relation() != Quantities.EARLIER || f.relation() != Quantities.PLAIN) {
                return false;
            }
            for (Quantity next : quantitiesOf(key)) {
                if (next.at() == f.at() + 1) {
                    return true;
                }
            }
            return false;
        }

        /** A field's numbers, read once; a screening's field also gives its instrument its total. */
        private List<Quantity> quantitiesOf(String key) {
            List<Quantity> q = sourceQuantities.get(key);
            if (q == null) {
                wordsOf(key);
                q = new ArrayList<>(Quantities.read(sourceWords.get(key), sourceBounds.get(key),
                        sourceCommas.get(key)));
                if (key.startsWith("screeningScores[")) {
                    ScreeningScore s = p.screeningScores().get(Integer.parseInt(key, 16, key.length() - 1, 10));
                    q.add(new Quantity(-1, String.valueOf(s.total()), Quantities.normal(
                            s.instrument().display().toLowerCase(Locale.ROOT)), Quantities.PLAIN));
                }
                sourceQuantities.put(key, q);
            }
            return q;
        }

        /** A slash pair read as a date ("3/16", "3/16/2026") is blanked; a rating ("6/10", "24/30") stays a number. */
        private void blankDates(StringBuilder text) {
            Matcher m = SLASH_DATE.matcher(text);
            List<int[]> spans = new ArrayList<>();
            while (m.find()) {
                if (m.group(3) != null || !Quantities.isRating(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)))) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
            for (int[] s : spans) {
                blank(text, s[0], s[1]);
            }
        }

        private boolean isQuantity(List<String> words, int i) {
            String right = i + 1 < words.size() ? words.get(i + 1) : "";
            return NUMBER_UNITS.contains(right) || right.endsWith("s") && !right.equals("was") && !right.equals("is");
        }

        /**
         * A number of a typed slash list ("email at 9/1/4", "5/7 days"; not a rating or a date) written out in words
         * ("at 9, 1 and 4", "five days of seven"): one of its parts, where the sentence gives every part.
         */
        private static boolean listed(String typed, String value, Set<String> values) {
            if (typed.indexOf('/') <= 0 || Quantities.isRating(typed)) {
                return false;
            }
            boolean part = false;
            for (String each : typed.split("/")) {
                if (each.isEmpty() || !digits(each, 0, each.length()) || !values.contains(each)) {
                    return false;
                }
                part |= each.equals(value);
            }
            return part;
        }

        private boolean boundInCited(String w, String value, String left, String right, List<String> cited,
                Set<String> values) {
            for (String key : cited) {
                List<String> source = wordsOf(key);
                for (int k = 0; k < source.size(); k++) {
                    String s = source.get(k);
                    String sv = Quantities.value(s);
                    if (sv != null && listed(sv, value, values)) {
                        return true;
                    }
                    if (sv == null || !sv.equals(value)) {
                        continue;
                    }
                    String sl = k > 0 ? source.get(k - 1) : "";
                    String sr = k + 1 < source.size() ? source.get(k + 1) : "";
                    // A compound ("5-4-3-2-1", "4-4-4-4", "2x/day") is a name or a rate, not a count to rebind.
                    boolean compound = s.equals(w) && (w.indexOf('-') > 0 || w.indexOf('/') > 0 || w.indexOf('x') > 0)
                            && !Quantities.isRating(w);
                    if (compound || left.equals(sl) || right.equals(sr) || sl.isEmpty() && sr.isEmpty()
                            || right.isEmpty() && sr.isEmpty() || left.isEmpty() && sl.isEmpty()
                            || !left.isEmpty() && lemma(left).equals(lemma(sl))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean literalInCited(String literal, List<String> cited) {
            for (String key : cited) {
                if (lowerSources.get(key).contains(literal)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A score written after an instrument's name in a cited field: where the field names the instrument,
         * only the number it gives that instrument there ("PHQ-9 10, down from 15" scores 10, not 15).
         */
        private boolean scoreInCited(String value, String instrument, List<String> cited) {
            for (String key : cited) {
                if (key.equals("session")) {
                    continue;
                }
                String field = lowerSources.get(key);
                Matcher inst = INSTRUMENT.matcher(field);
                boolean named = false;
                while (inst.find()) {
                    if (!inst.group(1).equalsIgnoreCase(instrument)) {
                        continue;
                    }
                    named = true;
                    Matcher num = NUMBER.matcher(field).region(inst.end(), Math.min(field.length(), inst.end() + 40));
                    if (num.find() && num.group().equals(value)) {
                        return true;
                    }
                }
                if (!named && nearWordInCited(value, List.of(key))) {
                    return true;
                }
            }
            return false;
        }

        private boolean nearWordInCited(String value, List<String> cited) {
            for (String key : cited) {
                if (key.equals("session")) {
                    continue;
                }
                for (String s : wordsOf(key)) {
                    if (s.equals(value)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void mask(StringBuilder text, Pattern pattern, String section, String quoted, boolean codes) {
            Matcher m = pattern.matcher(text);
            List<int[]> spans = new ArrayList<>();
            while (m.find()) {
                if (codes && hasDigit(m.group())) {
                    boolean known = p.diagnoses().stream().anyMatch(d -> d.code().equals(m.group()));
                    if (!known && m.group().length() >= 3 && Character.isUpperCase(m.group().charAt(0))
                            && citesDiagnosis(text, m.start(), m.group())) {
                        add(FindingKind.INVENTED_DIAGNOSIS, section, "The sentence " + quoted + " cites the code "
                                + m.group() + ", which is not among the prompt's diagnoses.");
                    }
                    if (known && m.start() > 0 && text.charAt(m.start() - 1) == '(') {
                        nameOfCode(section, quoted, text, m.start() - 1, m.group());
                    }
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
            for (int[] s : spans) {
                blank(text, s[0], s[1]);
            }
        }

        /**
         * The name written before a prompt's code in parentheses is that code's diagnosis: "acute stress disorder
         * (F43.10)" where the prompt gives F43.10 as post-traumatic stress disorder names another diagnosis.
         */
        private void nameOfCode(String section, String quoted, CharSequence text, int open, String code) {
            List<String> name = new ArrayList<>();
            int end = open;
            for (int k = open - 1; k >= -1; k--) {
                char c = k >= 0 ? text.charAt(k) : ' ';
                if (Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’' || c == '/') {
                    continue;
                }
                if (k + 1 < end) {
                    String w = text.subSequence(k + 1, end).toString().toLowerCase(Locale.ROOT);
                    // "type II diabetes", "bipolar II disorder": a type's Roman numeral is part of the name, not the pronoun.
                    boolean numeral = w.equals("i") || w.equals("ii") || w.equals("iii") || w.equals("iv");
                    if (!numeral && (w.endsWith("'s") || w.endsWith("’s") || w.equals("dx")
                            || (WORD_CLASSES.getOrDefault(w, 0) & (STOPWORD | FRAME)) != 0)) {
                        break;
                    }
                    name.addAll(List.of(w.split("/")));
                }
                if (c != ' ' || name.size() > 8) {
                    break;
                }
                end = k;
            }
            for (DiagnosisCode d : p.diagnoses()) {
                if (!d.code().equals(code)) {
                    continue;
                }
                List<String> described = List.of(d.description().toLowerCase(Locale.ROOT).split("[^a-z0-9'-]+"));
                for (String w : name) {
                    boolean found = false;
                    for (String g : described) {
                        found |= g.equals(w) || w.length() >= 5 && g.length() >= 5 && g.regionMatches(0, w, 0, 5);
                    }
                    if (!found) {
                        add(FindingKind.INVENTED_DIAGNOSIS, section, "The sentence " + quoted + " gives the code "
                                + code + " to another diagnosis than the prompt's (" + d.description() + ").");
                        return;
                    }
                }
            }
        }

        /**
         * A code-shaped word read as a diagnosis code: with a dot, in the chapters a behavioral health note
         * cites (F, Z), in parentheses, or in a sentence about diagnoses; "B12 labs" is a lab.
         */
        private boolean citesDiagnosis(CharSequence text, int at, String code) {
            String lower = text.toString().toLowerCase(Locale.ROOT);
            return code.indexOf('.') > 0 || code.charAt(0) == 'F' || code.charAt(0) == 'Z'
                    || at > 0 && text.charAt(at - 1) == '(' || lower.contains("diagnos") || lower.contains("icd")
                    || lower.contains("code") || lower.contains("disorder");
        }

        private void blankAll(StringBuilder text, Pattern pattern) {
            Matcher m = pattern.matcher(text);
            List<int[]> spans = new ArrayList<>();
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            for (int[] s : spans) {
                blank(text, s[0], s[1]);
            }
        }

        private void names(String section, String text, String quoted) {
            List<String> capitalized = capitalized(text);
            for (String word : capitalized) {
                if (Lexicon.NOT_NAMES.contains(word)) {
                    continue;
                }
                String lw = word.toLowerCase(Locale.ROOT);
                if (!FRAME_WORDS.contains(lw) && !STOPWORDS.contains(lw) && !promptWords.contains(lw)
                        && !containsPhrase(promptLower, lw)) {
                    add(FindingKind.INVENTED_PERSON, section, "The sentence " + quoted + " names \"" + word
                            + "\", who is not in the prompt.");
                }
            }
        }

        private void dates(String section, String text, String quoted) {
            boolean calendar = calendar(text);
            boolean slash = hasDigit(text) && text.indexOf('/') >= 0;
            boolean dash = isoShaped(text);
            if (!calendar && !slash && !dash) {
                return;
            }
            Matcher m = MONTH_DATE.matcher(calendar && MonthNumbers.monthBeforeNumber(text) ? text : "");
            while (m.find()) {
                Integer month = month(m.group(1));
                if (month == null) {
                    continue;
                }
                int day = Integer.parseInt(m.group(2));
                Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
                checkDate(section, quoted, m.group(), month, day, year);
            }
            Matcher s = SLASH_DATE.matcher(slash ? text : "");
            while (s.find()) {
                Integer year = s.group(3) == null ? null : Integer.valueOf(s.group(3));
                if (year != null && year < 100) {
                    year += 2000;
                }
                if (s.group(3) == null && !promptLower.contains(s.group())) {
                    // "3/10" may be a rating; it is checked as numbers unless it reads as a date.
                    int a = Integer.parseInt(s.group(1));
                    int b = Integer.parseInt(s.group(2));
                    if (Quantities.isRating(a, b)) {
                        continue;
                    }
                }
                checkDate(section, quoted, s.group(), Integer.parseInt(s.group(1)), Integer.parseInt(s.group(2)), year);
            }
            Matcher iso = ISO_DATE.matcher(dash ? text : "");
            while (iso.find()) {
                checkDate(section, quoted, iso.group(), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)),
                        Integer.valueOf(iso.group(1)));
            }
            Matcher w = WEEKDAY.matcher(calendar ? text : "");
            while (w.find()) {
                DayOfWeek day = DayOfWeek.valueOf(w.group().toUpperCase(Locale.ROOT));
                boolean ok = knownDates.stream().anyMatch(d -> d.getDayOfWeek() == day)
                        || promptLower.contains(w.group().toLowerCase(Locale.ROOT));
                if (!ok) {
                    add(FindingKind.INVENTED_DATE, section, "The sentence " + quoted + " names " + w.group()
                            + ", which is neither the session day nor the next appointment's.");
                }
            }
        }

        private void checkDate(String section, String quoted, String written, int month, int day, Integer year) {
            boolean ok = knownDates.stream().anyMatch(d -> d.getMonthValue() == month && d.getDayOfMonth() == day
                    && (year == null || d.getYear() == year))
                    || promptLower.contains(written.toLowerCase(Locale.ROOT));
            if (!ok) {
                add(FindingKind.INVENTED_DATE, section, "The sentence " + quoted + " gives the date \"" + written
                        + "\", which the prompt does not contain.");
            }
        }

        private void coverage() {
            String text = draftLower.toString();
            for (int i = 0; i < p.interventions().size(); i++) {
                Intervention in = p.interventions().get(i);
                boolean named = containsPhrase(text, in.name().toLowerCase(Locale.ROOT))
                        || in.type().terms().stream().anyMatch(term -> containsPhrase(text, term))
                        || (in.type() == InterventionType.OTHER && covered(text, in.label()));
                if (!named) {
                    add(FindingKind.MISSING_INTERVENTION, "", "Intervention " + (i + 1) + " (" + in.name()
                            + ") does not appear in the draft.");
                }
            }
            ClinicalRiskAssessment r = p.risk();
            // A client who did not attend was not assessed: the draft gives no level, and none is required.
            if (r.level().aboveNone() && p.attendance() == Attendance.ATTENDED) {
                boolean stated = false;
                // The sentences are joined by " \n "; each is read in place rather than split out by a pattern.
                for (int from = 0; from <= text.length() && !stated; ) {
                    int to = text.indexOf(" \n ", from);
                    String line = text.substring(from, to < 0 ? text.length() : to);
                    stated = line.contains("risk") && containsPhrase(line, r.level().display());
                    from = to < 0 ? text.length() + 1 : to + 3;
                }
                if (!stated) {
                    add(FindingKind.MISSING_RISK_STATEMENT, "", "The risk level is " + r.level().display()
                            + ", but no sentence states the risk assessment.");
                }
            }
            for (String[] field : new String[][] {{"ideation", r.ideation()}, {"intent", r.intent()},
                {"plan", r.plan()}, {"means and access", r.means()}, {"safety plan", r.safetyPlan()},
                {"follow-up", r.followUp()}}) {
                if (!field[1].isEmpty() && !covered(text, field[1])) {
                    add(FindingKind.MISSING_RISK_STATEMENT, "", "What the prompt says about " + field[0]
                            + " does not appear in the draft.");
                }
            }
            itemCoverage(text, r.actionsTaken(), FindingKind.MISSING_RISK_ACTION, "Risk action");
            itemCoverage(text, p.homework(), FindingKind.MISSING_HOMEWORK, "Homework item");
            itemCoverage(text, p.plan(), FindingKind.MISSING_PLAN_ELEMENT, "Plan element");
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

        private void itemCoverage(String text, List<String> items, FindingKind kind, String label) {
            for (int i = 0; i < items.size(); i++) {
                if (!covered(text, items.get(i))) {
                    add(kind, "", label + " " + (i + 1) + " (\"" + items.get(i) + "\") does not appear in the draft.");
                }
            }
        }

        private boolean covered(String text, String item) {
            String[] needed = coverageWords.get(item);
            if (needed == null) {
                needed = coverageWordsOf(item);
            }
            int found = 0;
            for (int k = 0; k < needed.length; k += 2) {
                if (startsWord(text, needed[k]) || startsWord(text, needed[k + 1])) {
                    found++;
                }
            }
            int words = needed.length / 2;
            return words == 0 || found * 10 >= words * 6;
        }
    }

    /** Words that end the clause an event verb opens. */
    private static final Set<String> PERSON_PRONOUNS = Set.of("him", "her", "them", "himself", "herself",
            "themselves", "me", "myself", "us", "she", "he", "they", "i", "we", "you");
    private static final Set<String> CLAUSE_JOINS = Set.of("and", "but", "while", "after", "before", "because", "when",
            "then", "so", "although", "though", "until", "since", "which", "who", "that");
    /** Words that mark an event as past and done even after a word of thought or plan ("history of overdose"). */
    private static final Set<String> REALIZED = Set.of("ago", "last", "yesterday", "prior", "previous", "history",
            "past", "recently", "attempted", "attempt", "earlier", "twice", "once");
    /** Words of how much, how often or how sure that change a finding's truth while its content words stay. */
    private static final Set<String> QUANTIFIERS = Set.of("some", "several", "few", "many", "most", "all", "every",
            "little", "much", "occasional", "occasionally", "frequent", "frequently", "daily", "weekly", "nightly",
            "monthly", "once", "twice", "never", "sometimes", "rarely", "seldom", "often", "always", "hardly", "barely",
            "still", "already", "usually", "constantly", "did");
    /** Field words that say how much or how often otherwise than a sentence's quantifier may. */
    private static final Set<String> CONTRASTS = Set.of("no", "none", "not", "never", "any", "some", "several", "few",
            "many", "most", "all", "every", "each", "little", "much", "occasional", "occasionally", "frequent",
            "frequently", "daily", "weekly", "nightly", "monthly", "once", "twice", "sometimes", "rarely", "seldom",
            "often", "always", "hardly", "barely", "still", "already", "usually", "constantly", "bid", "tid", "qid",
            "2x", "3x", "x2", "x3");
    /** Field words that hold a deed as intended, not done: "did" is not theirs. */
    private static final Set<String> INTENDED = Set.of("will", "would", "may", "might", "plans", "planning", "wants",
            "considering", "going", "intends", "hopes", "could", "should");
    /** Words that put a risk rating at another time or with another rater: "at intake", "per screen", "was". */
    private static final Set<String> OTHER_RATING = Set.of("was", "were", "intake", "per", "from", "previously",
            "initially", "then", "screen", "screened", "rated", "assessment", "admission", "discharge");
    private static final Set<String> DAY_WORDS = Set.of("today", "tonight", "tomorrow", "yesterday");
    private static final Set<String> WEEK_WORDS = Set.of("week", "weekend", "month");

    /**
     * The field words that say what a quantifier says: its other forms, the chart's sig shorthand ("bid", "qAM", "2x")
     * and the unit a frequency counts ("every week" is "weekly"). "no" is never "some", "week" never "daily".
     */
    private static final Map<String, Set<String>> SAME_AMOUNT = Map.ofEntries(
            Map.entry("every", Set.of("every", "each", "all", "per", "daily", "nightly", "weekly", "monthly", "qd", "qam",
                    "qpm", "qhs", "qday", "qweek", "qwk", "wkly", "always")),
            Map.entry("all", Set.of("all", "every", "each", "entire", "whole", "both")),
            Map.entry("daily", Set.of("daily", "day", "days", "qd", "qam", "qpm", "qday", "/day", "am", "pm", "morning",
                    "mornings", "evening", "evenings")),
            Map.entry("nightly", Set.of("nightly", "night", "nights", "qhs", "qpm", "bedtime", "evening", "evenings")),
            Map.entry("weekly", Set.of("weekly", "wkly", "week", "weeks", "wk", "wks", "qweek", "qwk", "/wk", "/week")),
            Map.entry("monthly", Set.of("monthly", "month", "months", "mo", "qmonth")),
            Map.entry("once", Set.of("once", "1x", "x1", "one", "1", "daily", "nightly", "weekly", "monthly", "qd",
                    "qam", "qpm", "qhs", "qday", "qweek", "qwk", "wkly")),
            Map.entry("twice", Set.of("twice", "2x", "x2", "bid", "two", "2")),
            Map.entry("always", Set.of("always", "every", "constantly", "constant", "consistently", "all")),
            Map.entry("constantly", Set.of("constantly", "constant", "always", "all")),
            Map.entry("few", Set.of("few", "couple", "several", "some")),
            Map.entry("several", Set.of("several", "few", "some", "multiple", "many", "numerous")),
            Map.entry("some", Set.of("some", "few", "several", "partial", "partially", "occasional", "occasionally",
                    "sometimes", "part", "parts", "intermittent", "intermittently")),
            Map.entry("most", Set.of("most", "majority", "mostly")),
            Map.entry("many", Set.of("many", "several", "multiple", "numerous", "lots", "lot")),
            Map.entry("sometimes", Set.of("sometimes", "occasionally", "occasional", "intermittent", "intermittently",
                    "some", "times")),
            Map.entry("occasional", Set.of("occasional", "occasionally", "sometimes", "intermittent", "intermittently")),
            Map.entry("occasionally", Set.of("occasional", "occasionally", "sometimes", "intermittent", "intermittently")),
            Map.entry("often", Set.of("often", "frequently", "frequent", "many", "most")),
            Map.entry("frequent", Set.of("frequent", "frequently", "often")),
            Map.entry("frequently", Set.of("frequent", "frequently", "often")),
            Map.entry("rarely", Set.of("rarely", "seldom", "hardly", "barely")),
            Map.entry("seldom", Set.of("rarely", "seldom", "hardly", "barely")),
            Map.entry("hardly", Set.of("rarely", "seldom", "hardly", "barely", "little", "minimal")),
            Map.entry("barely", Set.of("rarely", "seldom", "hardly", "barely", "little", "minimal")),
            Map.entry("never", Set.of("never", "no", "not", "none", "denies", "denied", "deny", "without")),
            Map.entry("still", Set.of("still", "continues", "continue", "continued", "continuing", "ongoing", "persists",
                    "persistent", "remains", "remained", "cont")),
            Map.entry("already", Set.of("already", "previously")),
            Map.entry("usually", Set.of("usually", "typically", "generally", "mostly", "most")),
            Map.entry("little", Set.of("little", "minimal", "hardly", "barely")),
            Map.entry("much", Set.of("much", "lot", "lots")),
            Map.entry("did", Set.of("did", "do", "does", "done")));

    /** Whether a field's word says what the sentence's quantifier {@code q} says. */
    private static boolean sameQuantifier(String field, String q) {
        Set<String> same = SAME_AMOUNT.get(q);
        return field.equals(q) || same != null && same.contains(field);
    }

    /** "today" and its kin, or "this week", "next weekend", "last month" at {@code i}; null if none starts there. */
    private static String dayWord(List<String> words, int i) {
        String w = words.get(i);
        if (DAY_WORDS.contains(w)) {
            return w;
        }
        if ((w.equals("this") || w.equals("next") || w.equals("last")) && i + 1 < words.size()
                && WEEK_WORDS.contains(words.get(i + 1))) {
            return w + " " + words.get(i + 1);
        }
        return null;
    }

    private static final Set<String> RELATIVE = Set.of("next", "following", "coming");
    /** When a field sets a step without a unit: "tomorrow", "asap", a weekday. */
    private static final Set<String> WHEN = Set.of("tomorrow", "today", "tonight", "asap", "immediately", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> TIME_UNITS = Set.of("day", "days", "week", "weeks", "wk", "wks", "month", "months",
            "mo", "mos", "hour", "hours", "hr", "hrs", "year", "years", "weekend");

    /** "up" or "down" as a verb's particle ("follow up", "calmed down"): no direction. */
    /**
     * A statement of sameness: "unchanged", "stable", "flat", "no change", "no difference", "not changed", "same as".
     * Where a field reports a change it reverses it, as a change reverses a field's sameness.
     */
    private static boolean sameness(List<String> words, int i) {
        String w = words.get(i);
        if (Lexicon.UNCHANGED.contains(w)) {
            return true;
        }
        String before = i > 0 ? words.get(i - 1) : "";
        return (w.equals("change") || w.equals("changes") || w.equals("changed") || w.equals("difference"))
                && (before.equals("no") || before.equals("not"))
                || w.equals("same") && i + 1 < words.size() && words.get(i + 1).equals("as");
    }

    /**
     * Where or when a statement holds ("no yelling at home", "in the car", "during the week") is not what it affirms
     * or denies: a denial's reach over its place is no reversal, the thing denied carries the polarity.
     */
    /**
     * Whether word {@code i} stands in a "per X" or "according to X" phrase of its clause: the phrase names where a
     * statement comes from (the client, a test, a record), never what is stated, so a negation before it does not deny
     * it ("no alcohol for 30 days per the client and UDS", "denied self-harm per ER record").
     */
    static boolean inSourcePhrase(List<String> words, List<Boolean> bounds, List<Boolean> commas, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            if (bounds.get(k + 1) || commas.get(k + 1)) {
                return false;
            }
            String w = words.get(k);
            if (w.equals("per") || w.equals("to") && k > 0 && words.get(k - 1).equals("according")) {
                return true;
            }
        }
        return false;
    }

    private static boolean placeOrTime(List<String> words, int i) {
        int j = i - 1;
        while (j >= 0 && DETERMINERS.contains(words.get(j))) {
            j--;
        }
        // "did not attend the diagnostic evaluation scheduled for November 30": the drafter's frame of a missed
        // appointment gives when it was to be; the date is not what is denied.
        return j >= 0 && j < i && (PLACE_PREPOSITIONS.contains(words.get(j))
                || j > 0 && words.get(j).equals("for") && words.get(j - 1).equals("scheduled"));
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "her", "his", "their", "my", "our", "this",
            "that");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "during", "across", "around",
            "throughout", "inside", "outside", "near");

    private static boolean particle(List<String> words, int i) {
        String w = words.get(i);
        return (w.equals("up") || w.equals("down")) && i > 0 && Lexicon.PHRASAL.contains(lemma(words.get(i - 1)));
    }

    /** Whether the words around {@code i} and around {@code k} of a field share a content word, clause by clause. */
    private static boolean shareNeighbour(List<String> words, List<Boolean> bounds, List<Boolean> commas, int i,
            List<String> field, List<Boolean> fieldBounds, List<Boolean> fieldCommas, int k) {
        for (int a = Math.max(0, i - 3); a <= Math.min(words.size() - 1, i + 3); a++) {
            if (a == i || !anchor(words.get(a)) || apart(bounds, commas, a, i)) {
                continue;
            }
            String la = lemma(words.get(a));
            for (int b = Math.max(0, k - 3); b <= Math.min(field.size() - 1, k + 3); b++) {
                if (b != k && anchor(field.get(b)) && !apart(fieldBounds, fieldCommas, b, k)
                        && (field.get(b).equals(words.get(a)) || lemma(field.get(b)).equals(la))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word that says what changed: a content word, or a unit ("kg", "lb") beside a number. */
    private static boolean anchor(String w) {
        return w.length() >= 2 && !Character.isDigit(w.charAt(0)) && !STOPWORDS.contains(w)
                && !Lexicon.DIRECTIONS.containsKey(w) && !Lexicon.UNCHANGED.contains(w);
    }

    /** True when a clause or comma boundary stands between two word positions. */
    private static boolean apart(List<Boolean> bounds, List<Boolean> commas, int a, int b) {
        for (int x = Math.min(a, b) + 1; x <= Math.max(a, b); x++) {
            if (bounds.get(x) || commas.get(x)) {
                return true;
            }
        }
        return false;
    }

    /** The first two letters of every event verb's forms: most words are no event and skip the lemma. */
    private static final boolean[] EVENT_STARTS = new boolean[26 * 26];

    static {
        for (String e : Lexicon.EVENTS) {
            EVENT_STARTS[(e.charAt(0) - 'a') * 26 + (e.charAt(1) - 'a')] = true;
        }
    }

    /** The event verb {@code w} is a form of ("hung" and "hanging" of "hang"), or null. */
    /**
     * A field of things still to be done: the plan, the homework and the risk follow-up. Not the safety plan: "review
     * safety plan" there is often what was done in the session.
     */
    /** The clinician as the subject within two words before {@code i}: "This clinician used", "I also provided". */
    private static boolean clinicianBefore(List<String> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            String w = words.get(k);
            if (w.equals("clinician") || w.equals("writer") || w.equals("therapist") || w.equals("i") || w.equals("we")) {
                return true;
            }
        }
        return false;
    }

    private static boolean futureField(String key) {
        return key.startsWith("plan") || key.startsWith("homework") || key.startsWith("risk.followUp");
    }

    // Round 41: acts a risk field dates in the past, and the words that date them.
    // Attempts and overdoses only: "took", "cut" are said of too much else ("The partner took the dog.").
    private static final Set<String> DATED_ACTS = Set.of("attempt", "attempted", "attempts", "overdose", "overdosed",
            "od", "od'd");
    private static final Set<String> DATING = Set.of("ago", "last", "yesterday", "prior", "previous", "previously",
            "history", "hx", "past", "earlier", "before", "age", "teen", "child");

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    private static boolean dating(String w) {
        return DATING.contains(w) || YEAR.matcher(w).matches() || MonthNumbers.isMonthName(w);
    }

    /** Whether a word within four of {@code k} in its clause dates it ("attempted OD in 2021", "cut arms last month"). */
    private static boolean datedNear(List<String> words, List<Boolean> bounds, int k) {
        for (int x = Math.max(0, k - 4); x <= Math.min(words.size() - 1, k + 4); x++) {
            if (dating(words.get(x)) && !apart(bounds, bounds, x, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "plan" stands within four words before {@code i} in its clause ("Plan: cut ...", "a plan to cut"). */
    private static boolean planBefore(List<String> words, List<Boolean> bounds, int i) {
        for (int x = i - 1; x >= Math.max(0, i - 4); x--) {
            if (words.get(x).startsWith("plan")) {
                return true;
            }
            if (bounds.get(x + 1)) {
                return false;
            }
        }
        return false;
    }

    private static boolean sameAct(String a, String b) {
        return (a.startsWith("attempt") && b.startsWith("attempt")) || (a.startsWith("od") || a.startsWith("overdos"))
                && (b.startsWith("od") || b.startsWith("overdos"));
    }

    /**
     * Round 41: a plan step the risk plan field opens with a bare verb ("hang self in the garage") is what the client
     * would do; a past form, an -ing form, a noun inside the piece or a year ("cut with razor 2022") is not read so.
     */
    private static boolean heldAsPlan(String key, List<String> field, List<Boolean> bounds, List<Boolean> commas,
            int k) {
        String w = field.get(k);
        if (!key.equals("risk.plan") || k != 0 || w.endsWith("ing")
                || w.endsWith("ed") || w.equals("hung") || w.equals("shot") || w.equals("took")) {
            return false;
        }
        for (int x = k + 1; x < Math.min(field.size(), k + 6); x++) {
            if (YEAR.matcher(field.get(x)).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String eventOf(String w) {
        char a = w.length() >= 2 ? w.charAt(0) : 0;
        char b = w.length() >= 2 ? w.charAt(1) : 0;
        if (a < 'a' || a > 'z' || b < 'a' || b > 'z' || !EVENT_STARTS[(a - 'a') * 26 + (b - 'a')]) {
            return null;
        }
        String l = lemma(w);
        if (Lexicon.EVENTS.contains(l)) {
            return l.equals("hanged") ? "hang" : l;
        }
        if (w.equals("hung")) {
            return "hang";
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            String[] stems = {w.substring(0, w.length() - 1), w.substring(0, w.length() - 2),
                w.substring(0, w.length() - 3)};
            for (String stem : stems) {
                if (Lexicon.EVENTS.contains(stem)) {
                    return stem;
                }
            }
        }
        return w.length() > 5 && w.endsWith("ing") && Lexicon.EVENTS.contains(w.substring(0, w.length() - 3) + "e")
                ? w.substring(0, w.length() - 3) + "e" : null;
    }

    /** A word of thought, urge or plan a few words before {@code i} in its clause: the event is not stated as done. */
    private static boolean unrealized(List<String> words, List<Boolean> bounds, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3) && !bounds.get(k + 1); k--) {
            if (Lexicon.UNREALIZED.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A word that dates the event or says it was done ("last week", "history of", "attempted") near {@code k}. */
    private static boolean realizedNear(List<String> words, List<Boolean> bounds, int k) {
        for (int x = Math.max(0, k - 4); x <= Math.min(words.size() - 1, k + 4); x++) {
            if (REALIZED.contains(words.get(x)) && !apart(bounds, bounds, x, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean usedAlready(List<Quantity> used, Quantity q) {
        for (Quantity u : used) {
            if (u == q) {
                return true;
            }
        }
        return false;
    }

    /** "PHQ" or "GAD" when {@code anchor} is that screening's name, else null. */
    private static String instrument(String anchor) {
        return anchor.startsWith("phq") ? "PHQ" : anchor.startsWith("gad") ? "GAD" : null;
    }

    /** The words an item needs in the draft, each as its first five letters and its lemma, in pairs. */
    private static String[] coverageWordsOf(String item) {
        List<String> out = new ArrayList<>();
        for (String w : ClinicalLexicon.words(expand(item).toLowerCase(Locale.ROOT))) {
            if (w.length() < 3 || STOPWORDS.contains(w) || w.equals("client") || w.equals("patient")) {
                continue;
            }
            out.add(stem(w));
            out.add(lemma(w));
        }
        return out.toArray(new String[0]);
    }

    private static Integer month(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return m.getValue();
            }
        }
        return null;
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }

    private static FindingKind kindOf(Category category) {
        switch (category) {
            case MEDICATION:
                return FindingKind.INVENTED_MEDICATION;
            case DIAGNOSIS:
                return FindingKind.INVENTED_DIAGNOSIS;
            case INTERVENTION:
                return FindingKind.INVENTED_INTERVENTION;
            case PERSON:
                return FindingKind.INVENTED_PERSON;
            case LEVEL_OF_CARE:
                return FindingKind.INVENTED_LEVEL_OF_CARE;
            case LEGAL:
                return FindingKind.INVENTED_LEGAL_EVENT;
            case SUBSTANCE:
                return FindingKind.INVENTED_SUBSTANCE;
            case SYMPTOM:
                return FindingKind.INVENTED_SYMPTOM;
            default:
                return FindingKind.INVENTED_LIFE_EVENT;
        }
    }

    private static String describe(Category category) {
        switch (category) {
            case MEDICATION:
                return "the medication";
            case DIAGNOSIS:
                return "the diagnosis";
            case INTERVENTION:
                return "the intervention";
            case PERSON:
                return "a";
            case LEVEL_OF_CARE:
                return "the level of care";
            case LEGAL:
                return "the legal or police event";
            case SUBSTANCE:
                return "the substance";
            case SYMPTOM:
                return "the symptom";
            default:
                return "the life event";
        }
    }

    /**
     * The all-capital entries of {@link Lexicon#NOT_NAMES} ("PHQ", "SI", "AM") in lower case: a word of a sentence is
     * looked up without upper-casing it.
     */
    private static final Set<String> NOT_NAMES_LOWER;

    static {
        Set<String> lower = new HashSet<>();
        Lexicon.NOT_NAMES.stream().filter(w -> w.equals(w.toUpperCase(Locale.ROOT)))
                .forEach(w -> lower.add(w.toLowerCase(Locale.ROOT)));
        NOT_NAMES_LOWER = Set.copyOf(lower);
    }

    // The word classes a traced word may belong to, as bits of one table: one lookup per word instead of five.
    private static final int STOPWORD = 1;
    private static final int FRAME = 2;
    private static final int OF_SESSION_FRAME = 4;
    private static final int OF_LEVEL_FRAME = 8;
    private static final int NOT_A_NAME = 16;
    private static final int OF_HOMEWORK_FRAME = 32;
    private static final Map<String, Integer> WORD_CLASSES;

    static {
        Map<String, Integer> classes = new HashMap<>();
        STOPWORDS.forEach(w -> classes.merge(w, STOPWORD, (x, y) -> x | y));
        FRAME_WORDS.forEach(w -> classes.merge(w, FRAME, (x, y) -> x | y));
        SESSION_FRAME.forEach(w -> classes.merge(w, OF_SESSION_FRAME, (x, y) -> x | y));
        LEVEL_FRAME.forEach(w -> classes.merge(w, OF_LEVEL_FRAME, (x, y) -> x | y));
        HOMEWORK_FRAME.forEach(w -> classes.merge(w, OF_HOMEWORK_FRAME, (x, y) -> x | y));
        NOT_NAMES_LOWER.forEach(w -> classes.merge(w, NOT_A_NAME, (x, y) -> x | y));
        // A hash map, not Map.copyOf: looked up several times for every word of every sentence, and the immutable
        // map's probing compares strings where the hash map first compares their hashes (about a third faster here).
        WORD_CLASSES = java.util.Collections.unmodifiableMap(classes);
    }

    private static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private static final String CALENDAR_INITIALS = "JFMASONDTW";

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
                boolean afterQuote = start > 0 && (text.charAt(start - 1) == '"' || text.charAt(start - 1) == '“');
                if (!first && !afterWordChar && !afterQuote && i - start >= 3 && c >= 'A' && c <= 'Z') {
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

    private static final List<String> ABBREVIATION_HINTS = List.of("SI", "HI", "MSE", "HW", "f/u", "F/u", "tx");
    private static final List<String> FILLERS = List.of("n/a", "not applicable", "___", "[]", "[ ]", "tbd", "lorem");

    private static String expand(String text) {
        return PromptReading.writtenOut(text, DraftVerifier::expandOnce);
    }

    private static String expandOnce(String text) {
        text = Units.written(Demographics.written(Ages.written(Shorthand.expand(Shorthand.rates(text), false))));
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

    private static String normalizeQuote(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c == '’') {
                c = '\'';
            }
            if (Character.isLetterOrDigit(c) || c == '\'') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The word before the filler at {@code at}, with the filler, as a cited field holds them ("etiology tbd"). */
    private static boolean qualifiedAsTyped(String lower, int at, String filler, List<String> sources,
            Map<String, String> lowerSources) {
        int end = at;
        while (end > 0 && lower.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(lower.charAt(start - 1))) {
            start--;
        }
        if (start == end || end == at) {
            return false;
        }
        String phrase = lower.substring(start, end) + " " + filler;
        for (String id : sources) {
            String field = lowerSources.get(id);
            if (field != null && containsPhrase(field, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word follows {@code from} in {@code text}: a reason after a "not applicable". */
    private static boolean reasonAfter(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} without what lies inside its quotation marks (the marks kept, empty). */
    private static String withoutQuotations(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean mark = c == '"' || c == '\u201c' || c == '\u201d';
            if (mark) {
                in = c == '"' ? !in : c == '\u201c';
                out.append(c);
            } else if (!in) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean filler(String lower) {
        for (String f : FILLERS) {
            int at = lower.indexOf(f);
            if (at >= 0 && (!Character.isLetter(f.charAt(0)) || containsPhrase(lower, f))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A digit, then a dash or a space, then "min" in any case: what {@code MINUTES} needs before it runs ("minimal" and
     * "reminders" are no minutes).
     */
    private static boolean minutesShaped(String text) {
        for (int j = 2; j + 3 <= text.length(); j++) {
            char c = text.charAt(j);
            if ((c == 'm' || c == 'M') && text.regionMatches(true, j, "min", 0, 3)) {
                char before = text.charAt(j - 1);
                if ((before == '-' || Character.isWhitespace(before)) && Character.isDigit(text.charAt(j - 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Four digits, a dash, two digits, a dash, two digits somewhere: what an ISO date needs before its pattern runs. */
    private static boolean isoShaped(String text) {
        for (int i = text.indexOf('-', 4); i >= 0 && i + 6 <= text.length(); i = text.indexOf('-', i + 1)) {
            if (digits(text, i - 4, i) && digits(text, i + 1, i + 3) && text.charAt(i + 3) == '-'
                    && digits(text, i + 4, i + 6)) {
                return true;
            }
        }
        return false;
    }

    private static boolean digits(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A capital letter followed by a digit somewhere: the shape of an ICD-10 code. */
    private static boolean hasCodeShape(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        return Units.hasDigit(text);
    }

    /** A number word ("two", "thirty") or a multiplier ("x2") among a sentence's lower-case words. */
    private static boolean hasNumberWord(List<String> words) {
        for (String w : words) {
            if (Lexicon.NUMBER_WORDS.containsKey(w) || w.length() > 1 && w.charAt(0) == 'x'
                    && Character.isDigit(w.charAt(1))) {
                return true;
            }
        }
        return false;
    }

    /** A month or weekday name in {@code text}: a capital letter starting one of them, before any pattern runs. */
    private static boolean calendar(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Every month and weekday starts with one of these letters: "The" or "Client" is not looked up.
            if (c >= 'A' && c <= 'Z' && CALENDAR_INITIALS.indexOf(c) >= 0
                    && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                int end = i + 1;
                while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
                    end++;
                }
                if (end - i >= 3 && CALENDAR.contains(text.substring(i, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word that carries meaning: not a function word, a number or a word of the note's frame. */
    private static boolean meaningful(String w) {
        return w.length() >= 3 && !STOPWORDS.contains(w) && !Character.isDigit(w.charAt(0)) && !w.equals("session")
                && !w.equals("sessions");
    }

    /** What a label names when it names a field: a risk or entity word in it then asserts nothing. */
    private static final Map<String, List<String>> FIELD_LABELS = Map.ofEntries(
            Map.entry("ideation", List.of("risk.ideation")), Map.entry("intent", List.of("risk.intent")),
            Map.entry("plan", List.of("risk.plan", "plan")), Map.entry("means", List.of("risk.means")),
            Map.entry("means and access", List.of("risk.means")), Map.entry("access to means", List.of("risk.means")),
            Map.entry("safety plan", List.of("risk.safetyPlan")), Map.entry("follow-up", List.of("risk.followUp")),
            Map.entry("risk factors", List.of("risk.riskFactors")),
            Map.entry("protective factors", List.of("risk.protectiveFactors")),
            Map.entry("actions taken", List.of("risk.actionsTaken")), Map.entry("risk actions",
                    List.of("risk.actionsTaken")), Map.entry("medications", List.of("medications")),
            Map.entry("current medications", List.of("medications")), Map.entry("medication", List.of("medications")),
            Map.entry("concerns", List.of("presentingConcerns")), Map.entry("presenting concerns",
                    List.of("presentingConcerns")), Map.entry("concerns discussed", List.of("presentingConcerns")),
            Map.entry("treatment plan", List.of("plan")),
            // The drafter's own label for a missed session's outreach steps, copied as typed (round 23's blind set).
            Map.entry("outreach", List.of("outreach")));
    /** Words after which a sentence gives a field's typed words as they were typed: the focus, the concerns. */
    private static final List<String> WOVEN_LEADS = List.of(" focused on ", " included ");
    /** Where an intervention's sentence hands over to its typed focus, the likeliest first. */
    private static final List<String> FOCUS_LEADS = List.of(" with a focus on ", " targeting ", " for ", " on ");
    /** Where a progress sentence hands over to its goal's typed evidence. */
    private static final List<String> EVIDENCE_LEADS = List.of(" as evidenced by ", " with ");
    /** Words a copy of a field may add or leave out where a list is joined: "a, b, and c". */
    private static final Set<String> JOINING = Set.of("and", "the", "a", "an", "this", "for");
    private static final Set<String> WRITER_WORDS = Set.of("i", "me", "clinician", "writer", "therapist");
    private static final Set<String> CLIENT_WORDS = Set.of("client", "patient", "pt");

    /** "x." to "x", "x.\"" to "x\"": the final period a sentence adds. */
    private static String finalPeriodOff(String text) {
        String s = text.strip();
        if (s.endsWith(".\"") || s.endsWith(".\u201D")) {
            return s.substring(0, s.length() - 2) + s.charAt(s.length() - 1);
        }
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** The field values of a list, without the empty ones. */
    private static List<String> nonEmpty(String... texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            if (t != null && !t.isBlank() && !out.contains(t.strip())) {
                out.add(t.strip());
            }
        }
        return out;
    }

    private static final int TAKEN = 1;
    private static final int STOPPED = 2;
    /** Words that say a medication was stopped, or is past: "stopped", "d/c'd", "off", "no longer", "previously". */
    private static final Set<String> STOP_WORDS = Set.of("stopped", "stop", "stops", "stopping", "discontinued",
            "discontinue", "d/c", "d/c'd", "dc'd", "dced", "off", "quit", "ceased", "tapered", "longer", "previously",
            "formerly", "former", "past", "prior", "history", "tried", "trialed", "failed", "held", "ran", "self-discontinued",
            "self-d/c'd", "was", "were", "used");
    /** Words that say it is taken now: the nearest of these or a stop word decides. */
    private static final Set<String> TAKE_WORDS = Set.of("started", "start", "restarted", "restart", "resumed",
            "resume", "began", "begin", "taking", "takes", "take", "on", "continues", "continue", "continued",
            "current", "currently", "now", "switched", "to", "prescribed", "increased", "decreased", "added");

    /**
     * Whether the medication at {@code at} is said to be stopped or past: the nearest marker a few words before it in its
     * clause, else one a few words after it ("sertraline, stopped 2 weeks ago"), before another medication.
     */
    /** Whether a stop word reaches the medication at {@code at}: before it, or within {@code reach} words after. */
    private static boolean stopped(List<String> words, int at, int reach) {
        for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
            String w = words.get(k);
            if (STOP_WORDS.contains(w)) {
                return true;
            }
            if (TAKE_WORDS.contains(w)) {
                return false;
            }
        }
        // Why: in a draft, a dose and its frequency may stand between the name and what became of it ("Propranolol 10
        // mg prn was stopped."); a prompt field is read as before, so a stop word later in it reaches no medication.
        for (int k = at + 1; k < Math.min(words.size(), at + reach); k++) {
            String w = words.get(k);
            if (reach > 5 && w.equals("and")) {
                break;
            }
            if (STOP_WORDS.contains(w) && !w.equals("was") && !w.equals("were") && !w.equals("used")) {
                return true;
            }
            if (TAKE_WORDS.contains(w) && !w.equals("on") && !w.equals("to")) {
                return false;
            }
        }
        return false;
    }

    private static final List<String> NEGATED_ABILITY = List.of("can't", "can\u2019t", "cannot", "couldn't");

    private static boolean isNegator(String w) {
        return w.equals("not") || w.equals("no") || w.equals("never") || w.startsWith("denie") || w.equals("deny")
                || w.equals("without") || w.startsWith("refus") || w.startsWith("declin") || w.endsWith("n't")
                || w.equals("cannot") || w.equals("unable") || w.equals("none") || w.equals("nor");
    }

    private static final English EN = English.get();

    /** A word's dictionary form: "identified" to "identify", "attacks" to "attack". */
    static String lemma(String w) {
        // "couldn't sleep" reports the typed "can't sleep" in the past: a modal's past matches its present.
        String present = MODAL_PRESENT.get(w);
        if (present != null) {
            return present;
        }
        // The British "judgement", "acknowledgement" are the "judgment" a draft writes: "-dgement" drops its "e".
        int at = w.indexOf("dgement");
        if (at > 0) {
            w = w.substring(0, at) + "dgment" + w.substring(at + 7);
        }
        return EN.dictionaryForm(w);
    }

    /** A modal's past tense to its present ("couldn't" to "can't", "would" to "will"), from the lexicon's pairs. */
    private static final Map<String, String> MODAL_PRESENT = EN.modalPresents();

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
        private final List<String[]> extra = new ArrayList<>();
        private int rememberPrompts;

        private Builder() {
        }

        private Builder add(Category category, String word) {
            String w = Objects.requireNonNull(word, "word == null").toLowerCase(Locale.ROOT).strip();
            extra.add(new String[] {category.name(), w, w});
            return this;
        }

        /** A medication name (generic or brand) the draft may only name when the prompt does. */
        public Builder addMedication(String name) {
            return add(Category.MEDICATION, name);
        }

        /** A diagnosis name the draft may only name when the prompt does. */
        public Builder addDiagnosis(String name) {
            return add(Category.DIAGNOSIS, name);
        }

        /** An intervention name the draft may only name when the prompt does. */
        public Builder addIntervention(String name) {
            return add(Category.INTERVENTION, name);
        }

        /** A relationship or role ("godmother") the draft may only mention when the prompt does. */
        public Builder addPerson(String word) {
            return add(Category.PERSON, word);
        }

        /** A level of care ("crisis respite") the draft may only name when the prompt does. */
        public Builder addLevelOfCare(String words) {
            return add(Category.LEVEL_OF_CARE, words);
        }

        /** A legal or police event ("juvenile court") the draft may only name when the prompt does. */
        public Builder addLegalEvent(String words) {
            return add(Category.LEGAL, words);
        }

        /** A substance ("xylazine") the draft may only name when the prompt does. */
        public Builder addSubstance(String words) {
            return add(Category.SUBSTANCE, words);
        }

        /** A major life event ("foster placement") the draft may only name when the prompt does. */
        public Builder addLifeEvent(String words) {
            return add(Category.LIFE_EVENT, words);
        }

        /**
         * How many prompts' readings {@link DraftVerifier#forPrompt} keeps, the most recently read first, so that a
         * prompt drafted again (another format, a retry, a model's draft in a later call) is not read again. Default 0:
         * nothing outlives a verification. A kept reading holds its prompt's text, PHI included, until a newer prompt
         * pushes it out; keep the count small and the verifier no longer than the prompts it serves. A prompt is
         * recognised by identity (the same {@link SessionPrompt} object), never by equal text, so a reading is never
         * given to another prompt.
         */
        public Builder rememberPrompts(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("rememberPrompts must be 0 or more, was " + count);
            }
            this.rememberPrompts = count;
            return this;
        }

        public DraftVerifier build() {
            return new DraftVerifier(this);
        }
    }
}
