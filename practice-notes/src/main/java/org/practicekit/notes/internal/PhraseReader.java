package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.practicekit.notes.internal.English.Form;
import org.practicekit.notes.internal.Phrase.Kind;

/**
 * Reads what a clinician typed into one prompt field: which kind of phrase it is, where its verb
 * is and in which form. Where a word could be read two ways ("worry", "practice"), the slot's
 * preference decides. {@link #problem} says, in words a clinician understands, why a phrase cannot
 * be composed into a sentence. Stateless and thread-safe.
 */
public final class PhraseReader {
    private static final English EN = English.get();
    static final Set<String> CLIENT_WORDS = Set.of("client", "patient", "pt", "clt", "cl");
    private static final Set<String> PERSON_NOUNS = Set.of("mother", "father", "mom", "dad", "parent", "parents",
            "partner", "husband", "wife", "spouse", "son", "daughter", "child", "children", "sister", "brother",
            "roommate", "friend", "boss", "teacher", "boyfriend", "girlfriend", "grandmother", "grandfather",
            "family", "couple", "partners", "stepmother", "stepfather", "guardian", "members", "member", "group",
            "aunt", "uncle", "sibling", "siblings", "coworker", "supervisor", "caregiver", "foster", "teenager", "teen",
            "kid", "kids", "baby", "toddler", "student", "boy", "girl", "neighbor", "landlord", "manager", "sponsor",
            "pastor", "coach", "counselor", "therapist", "psychiatrist", "doctor", "wives", "husbands", "daughters",
            "sons", "sisters", "brothers", "friends", "grandparents", "grandma", "grandpa", "nephew", "niece", "cousin",
            "fiance", "fiancee", "roommates", "peers", "peer", "classmates", "coworkers", "spouses");
    private static final Set<String> PASSIVE_TAIL = Set.of("reported", "denied", "endorsed", "noted", "observed",
            "completed", "provided", "discussed", "reviewed", "given", "made", "done", "assigned", "scheduled",
            "updated", "offered", "declined", "refused", "signed", "obtained", "sent", "contacted", "called",
            "initiated", "started", "established", "developed", "created", "written", "shared", "placed",
            "arranged", "confirmed", "removed", "secured", "explained", "taught", "practiced", "introduced",
            "identified", "addressed", "left", "notified", "consulted");

    private static final Set<String> DANGLING = Set.of("about", "at", "by", "for", "from", "into", "of", "to",
            "toward", "towards", "with", "without", "between", "like", "than", "upon", "via", "per", "despite",
            "during", "because", "although", "if", "unless", "whether", "while", "when", "the", "a", "an");

    /**
     * Prepositions a goal typed as a state opens with ("on time to work", "in bed by 11", "off opioids", "out of the
     * hospital"): the goal is composed as a state the client will be in, never refused for its first word.
     */
    public static final Set<String> STATE_PREPOSITIONS = Set.of("in", "on", "off", "out", "at", "within", "without",
            "under", "below", "above", "over");
    /** Words a goal typed as a limit on a count opens with ("fewer than 2 binges per week", "no more than 2 drinks"). */
    public static final Set<String> LIMITS = Set.of("fewer", "less", "more", "no", "under", "below", "above", "over",
            "at", "within");
    /** The comparisons a measure is kept to ("screen time under 2 hrs", "GAD-7 below 10", "weight above 110 lbs"). */
    private static final Set<String> LIMIT_WORDS = Set.of("under", "below", "above", "over", "within", "less",
            "fewer", "more", "<", ">", "<=", ">=");

    private static final Set<String> PLURAL_PEOPLE = Set.of("parents", "partners", "both", "they", "we", "children",
            "kids", "siblings", "members", "family", "couple");
    private static final Set<String> WH = Set.of("how", "what", "why", "when", "where", "whether", "which", "who");
    private static final Set<String> INTRANSITIVE = Set.of("improve", "increase", "decrease", "worsen", "change",
            "happen", "occur", "continue", "start", "begin", "end", "stop", "escalate", "persist", "resolve", "fall",
            "rise", "drop", "go", "come", "stay", "remain", "return", "get", "feel", "seem", "appear", "sleep",
            "decline", "fluctuate", "emerge", "subside", "ease", "lessen", "settle", "shift", "spike", "grow",
            "lift", "break", "die", "pass", "arise", "recur", "develop", "last", "help", "work");

    /** What a slot expects, which decides ambiguous words. */
    public enum Slot {
        /** What the client brought (noun phrases, clauses, short sentences). */
        CONCERN(true),
        /** A mental-status observation. */
        MENTAL_STATUS(true),
        /** What an intervention focused on. */
        FOCUS(true),
        /** How the client responded. */
        RESPONSE(false),
        /** What the client said about suicidal or homicidal thoughts, intent, plan or means. */
        RISK_STATEMENT(false),
        /** A risk or protective factor. */
        FACTOR(true),
        /** What the clinician did (risk actions, outreach, the safety plan, follow-up). */
        ACTION(false),
        /** A treatment-plan goal. */
        GOAL(false),
        /** What shows progress toward a goal. */
        EVIDENCE(true),
        /** Homework the client agreed to. */
        HOMEWORK(false),
        /** A plan element. */
        PLAN(false),
        /** A name or label used as it is (medication, diagnosis, location). */
        NAME(true);

        final boolean prefersNoun;

        Slot(boolean prefersNoun) {
            this.prefersNoun = prefersNoun;
        }
    }

    private PhraseReader() {
    }

    // Verbs a plan step or homework opens with that also read as nouns ("review", "contact", "screen").
    /**
     * A response typed as nothing but a grade of how it went ("ok", "minimal", "fine"): no sentence can say it of the
     * client without inventing what it meant ("the client was minimal").
     */
    private static final Set<String> GRADES = Set.of("ok", "okay", "k", "fine", "good", "fair", "poor", "minimal",
            "so-so", "well", "adequate", "wnl", "unremarkable", "average", "normal", "nl", "limited", "some", "mixed",
            "variable", "ok-ish", "alright", "decent");

    /** Verbs of thought that take a clause as their object, beside the dictionary's verbs of speech. */
    private static final Set<String> THINKING = Set.of("decide", "feel", "think", "believe", "realize", "recognize",
            "notice", "learn", "understand", "insist", "suggest", "hope", "wish", "expect", "fear", "worry", "remember",
            "concede", "accept", "agree");

    /**
     * A past tense of a verb of speech or thought, which takes a clause as its object: "agreed (that) partner keeps
     * meds", "said (that) mom yells".
     */
    public static boolean takesClause(String w) {
        if (!EN.is(w, Form.PAST) || EN.is(w, Form.BASE)) {
            return false;
        }
        String base = EN.baseOf(w);
        return EN.isSpeechVerb(base) || THINKING.contains(base);
    }

    private static final Set<String> STEP_VERBS = Set.of("review", "contact", "screen", "process", "monitor",
            "schedule", "request", "release", "update", "revisit", "reassess", "assess", "explore", "practice",
            "complete", "continue", "coordinate", "consult", "refer", "start", "begin", "obtain", "track", "record",
            "plan", "check", "call", "text", "email", "journal", "log", "chart", "increase", "decrease", "reduce",
            "limit", "attend", "discuss", "address", "target", "share", "present", "draft", "return", "resume",
            "follow", "titrate", "administer", "readminister", "re-administer", "re-assess", "consider");

    private static final Set<String> ASKING = Set.of("ask", "tell", "remind", "invite", "encourage", "help", "have",
            "let", "get", "text", "email", "message", "urge");
    private static final Set<String> SUBORDINATORS = Set.of("if", "unless", "once", "until", "whenever", "because",
            "although", "though");

    private static boolean acronym(String word) {
        return word.length() > 1 && Character.isLetter(word.charAt(0)) && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** A word for a person or people ("mother", "parents", "teenager"). */
    public static boolean isPersonNoun(String w) {
        // Why: who reported an item is read from one vocabulary with the verifier (nurse, caseworker, interpreter...).
        return PERSON_NOUNS.contains(w) || Reporters.role(w).isPresent();
    }

    /** Splits {@code text} into sentences and reads each; never empty for non-blank text. */
    private static final Set<String> MEETINGS = Set.of("session", "sessions", "visit", "visits", "meeting", "meetings");

    public static List<Phrase> read(String text, Slot slot, Set<String> properNames) {
        List<Phrase> out = new ArrayList<>();
        for (String part : sentences(Shorthand.expand(text, verbSlot(slot)))) {
            out.add(readOne(part, slot, properNames));
        }
        return out;
    }

    private static boolean verbSlot(Slot slot) {
        return slot == Slot.PLAN || slot == Slot.HOMEWORK || slot == Slot.ACTION || slot == Slot.GOAL;
    }

    /** Splits at ". " / "; " followed by a capital letter; keeps decimal points and abbreviations. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        String s = text.strip();
        int start = 0;
        // Why: the client's own words are one quotation however many sentences they hold ("I've decided. I just
        // wanted someone to know."); cut inside, their "I" would read as the clinician's.
        boolean quoted = false;
        int curly = 0;
        for (int i = 0; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            quoted ^= c == '"';
            curly += c == '\u201c' ? 1 : c == '\u201d' && curly > 0 ? -1 : 0;
            if (quoted || curly > 0) {
                continue;
            }
            boolean stop = (c == '.' || c == '!') && Character.isUpperCase(s.charAt(i + 2)) && !abbreviationBefore(s, i);
            if ((stop || c == ';') && s.charAt(i + 1) == ' ') {
                out.add(s.substring(start, c == ';' ? i : i + 1));
                start = i + 2;
            }
        }
        out.add(s.substring(start));
        out.replaceAll(Phrases::bare);
        out.removeIf(String::isEmpty);
        return out;
    }

    private static boolean abbreviationBefore(String s, int dot) {
        int b = dot;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
            b--;
        }
        String w = s.substring(b, dot).toLowerCase(Locale.ROOT);
        return w.equals("dr") || w.equals("mr") || w.equals("mrs") || w.equals("ms") || w.equals("e.g")
                || w.equals("i.e") || w.equals("vs") || w.equals("st") || w.length() == 1;
    }

    /** Tokens: words (letters, digits, ' - / . % : inside) and single punctuation marks. */
    static void tokenize(String text, List<String> tokens, List<Boolean> spaces) {
        int n = text.length();
        int i = 0;
        boolean space = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c) || c == '$' || c == '#' || c == '~' || c == '<' || c == '>'
                    || c == '+' || c == '&') {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    boolean inner = (d == '\'' || d == '’' || d == '-' || d == '/' || d == '.' || d == ':'
                            || d == '%' || d == '+') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
                    if (Character.isLetterOrDigit(d) || inner || d == '%') {
                        i++;
                    } else {
                        break;
                    }
                }
            } else {
                i++;
            }
            tokens.add(text.substring(start, i).replace('’', '\''));
            spaces.add(space);
            space = false;
        }
    }

    private static Phrase readOne(String raw, Slot slot, Set<String> properNames) {
        List<String> t = new ArrayList<>();
        List<Boolean> sp = new ArrayList<>();
        tokenize(raw, t, sp);
        if (t.isEmpty()) {
            return new Phrase(Kind.NOUN, t, sp, -1, null, false);
        }
        String first = t.get(0);
        if ((first.equals("\"") || first.equals("“")) && raw.endsWith("\"") || raw.endsWith("”")
                && first.equals("“")) {
            return new Phrase(Kind.QUOTE, t, sp, -1, null, false);
        }
        // Round 23b: a name opening the piece is its subject ("Rob working nights", "Will refusing school"), never the
        // verb or modal spelled the same; read as a person below, and never read as a deed.
        boolean nameFirst = GivenNames.opensAsSubject(t, properNames);
        if (nameFirst && !properNames.contains(first)) {
            properNames = new java.util.HashSet<>(properNames);
            properNames.add(first);
        }
        // Lower-case the opening word unless it is a name, an acronym or "I".
        if (first.length() > 1 && Character.isUpperCase(first.charAt(0)) && Character.isLowerCase(first.charAt(1))
                && !properNames.contains(first) && EN.isKnownWord(first.toLowerCase(Locale.ROOT))) {
            t.set(0, Character.toLowerCase(first.charAt(0)) + first.substring(1));
        }
        List<String> l = new ArrayList<>(t.size());
        for (String w : t) {
            l.add(w.toLowerCase(Locale.ROOT));
        }
        // "both paraphrased accurately", "each named a strength": the people in the room as the subject.
        if ((l.get(0).equals("both") || l.get(0).equals("each") || l.get(0).equals("all")) && l.size() > 2
                && (EN.is(l.get(1), Form.PAST) || EN.is(l.get(1), Form.THIRD) && !EN.is(l.get(1), Form.BASE))) {
            return new Phrase(Kind.CLAUSE, t, sp, 1, EN.is(l.get(1), Form.PAST) ? Form.PAST : Form.THIRD, false);
        }
        // "both deny SI/HI": a plural subject takes the base form.
        if ((l.get(0).equals("both") || l.get(0).equals("all")) && l.size() > 2 && EN.is(l.get(1), Form.BASE)
                && !EN.mostlyNoun(l.get(1)) && (slot == Slot.RISK_STATEMENT || slot == Slot.RESPONSE)) {
            return new Phrase(Kind.CLAUSE, t, sp, 1, Form.BASE, false);
        }
        // A clause with its own subject.
        int verbAt = subjectEnd(l, t, properNames);
        if (verbAt > 0) {
            boolean client = isClientSubject(l, verbAt);
            String v = l.get(verbAt);
            Form form = EN.isAux(v) || EN.MODALS.contains(v) || v.equals("to") ? null : formOf(v);
            return new Phrase(Kind.CLAUSE, t, sp, verbAt, form, client);
        }
        // Passive: "no safety concerns reported", "SI/HI denied", "emergency contact not called because...".
        int participle = passiveAt(l, slot);
        if (participle > 0) {
            return new Phrase(Kind.PASSIVE, t, sp, participle, Form.PARTICIPLE, false);
        }
        if (nameFirst && l.get(1).endsWith("ing")) {
            // "Rob working nights since Oct": the person and what they do, kept as typed (with a past or third-person
            // verb the name is the subject of the clause read above or below).
            return new Phrase(Kind.NOUN, t, sp, -1, null, false);
        }
        // "with good eye contact": the noun phrase.
        // Not "with consent, called the office": there "with" belongs to what follows the comma.
        if (l.get(0).equals("with") && l.size() > 1 && !l.contains(",")) {
            t.remove(0);
            sp.remove(0);
            return new Phrase(Kind.NOUN, t, sp, -1, null, false);
        }
        int at = 0;
        while (at < l.size() - 1 && EN.ADVERBS.contains(l.get(at)) && !l.get(at).equals("not")
                && !isVerbWord(l.get(at))) {
            at++;
        }
        String w = l.get(at);
        String next = at + 1 < l.size() ? l.get(at + 1) : "";
        String typed = t.get(at);
        if (w.endsWith("-in") || w.endsWith("-up") && !w.equals("follow-up") || w.endsWith("-out") || w.endsWith("-off")
                || w.equals("follow-up")) {
            // "check-in by phone", "work-up", "time-out": hyphenated nouns, never verbs.
            return new Phrase(Kind.NOUN, t, sp, -1, null, false);
        }
        if (allCaps(typed)) {
            // "STOP skill", "TIPP for urges", "PMR": an acronym names a thing; it is never inflected.
            return new Phrase(Kind.NOUN, t, sp, -1, null, false);
        }
        if (w.equals("to") && at + 1 < l.size() && !EN.baseOf(next).isEmpty()) {
            return new Phrase(Kind.PREDICATE, t, sp, at, null, false);
        }
        if (EN.MODALS.contains(w) || EN.isAux(w) && !w.equals("will") || w.equals("will")) {
            if (at + 1 < l.size()) {
                return new Phrase(Kind.PREDICATE, t, sp, at, null, false);
            }
        }
        if (allAdjectival(l, at)) {
            return new Phrase(Kind.ADJECTIVE, t, sp, -1, null, false);
        }
        if ((slot == Slot.FACTOR || slot == Slot.CONCERN) && at == 0 && state(w, next)) {
            // "employed", "married", "court-ordered", "employed full time": a state the client is in ("being
            // employed"), never a deed with its object missing ("having employed").
            return new Phrase(Kind.ADJECTIVE, t, sp, -1, null, false);
        }
        if (EN.isParticipialAdjective(w) && startsNoun(next) && (slot.prefersNoun || EN.baseOf(w).isEmpty())) {
            return new Phrase(Kind.NOUN, t, sp, -1, null, false);
        }
        if (slot.prefersNoun && w.endsWith("ed") && nounLike(next) && !English.DETERMINERS.contains(next)) {
            // "involved parents", "missed doses": a participle before a noun.
            return new Phrase(Kind.NOUN, t, sp, -1, null, false);
        }
        if (slot.prefersNoun && (EN.isAdjective(w) && !EN.is(w, Form.PAST)
                || !EN.baseOf(w).isEmpty() && w.equals(EN.baseOf(w)) && English.PREPOSITIONS.contains(next)
                && !next.equals("to") && !next.equals("up") && !next.equals("out") && !next.equals("off"))) {
            // "calm and engaged presentation", "close relationship with her sister", "access to pills".
            return new Phrase(Kind.NOUN, t, sp, -1, null, false);
        }
        if (at == 0 && MEETINGS.contains(next) && (EN.mostlyNoun(w) || EN.isNounFirst(w)) && !STEP_VERBS.contains(w)) {
            // "coach session with dad present", "booster session in May": the kind of meeting, a noun, never an act.
            return new Phrase(Kind.NOUN, t, sp, -1, null, false);
        }
        if (at == 0 && (slot == Slot.ACTION || slot == Slot.PLAN) && NounCompounds.opensWithBase(l, at)) {
            return new Phrase(Kind.NOUN, t, sp, -1, null, false);
        }
        if ((slot == Slot.PLAN || slot == Slot.HOMEWORK) && STEP_VERBS.contains(w) && at == 0 && l.size() > 1
                && !next.equals("of") && !next.equals("time") && !next.equals("and")) {
            // "review safety plan next session", "screen for alcohol use": a step to take, never a noun.
            return new Phrase(Kind.PREDICATE, t, sp, at, Form.BASE, false);
        }
        if (slot == Slot.HOMEWORK && at == 0 && EN.is(w, Form.PAST) && EN.isParticipialAdjective(w) && startsNoun(next)) {
            // "paced breathing before the bus": homework is to come, so a participle before a noun names it.
            return new Phrase(Kind.NOUN, t, sp, -1, null, false);
        }
        if (slot == Slot.CONCERN && at == 0 && subjectlessClause(w, next)) {
            // "hates mornings", "picks fights when tired", "cries before meets": the client's own clause with its
            // subject left out, never a plural noun after "reported" ("reported hates mornings").
            return new Phrase(Kind.PREDICATE, t, sp, at, Form.THIRD, false);
        }
        String base = EN.baseOf(w);
        if (!slot.prefersNoun && !base.isEmpty() && w.equals(base) && PERSON_NOUNS.contains(next)) {
            // "text sister each morning", "call mom": a verb and the person it is done to.
            return new Phrase(Kind.PREDICATE, t, sp, at, Form.BASE, false);
        }
        if (!base.isEmpty() && !English.DETERMINERS.contains(w)) {
            if (EN.isNounFirst(w) && EN.isAdjective(next) && w.equals(base)) {
                // "voice steady", "speech pressured": a noun and how it was.
                return new Phrase(Kind.NOUN, t, sp, -1, null, false);
            }
            if (w.equals("plan") && next.equals("to") && slot != Slot.HOMEWORK && slot != Slot.PLAN) {
                return new Phrase(Kind.NOUN, t, sp, -1, null, false);
            }
            boolean verbish = startsObject(next) || next.isEmpty() || EN.ADVERBS.contains(next)
                    || English.PREPOSITIONS.contains(next) && !slot.prefersNoun;
            boolean toVerb = next.equals("to") && at + 2 < l.size() && !EN.baseOf(l.get(at + 2)).isEmpty();
            boolean compound = EN.isNounFirst(w) && (startsNoun(next) && !English.DETERMINERS.contains(next)
                    && !English.POSSESSIVES.contains(next) && (slot.prefersNoun || nounLike(next)))
                    || namedTask(l, at, slot);
            if (w.endsWith("ing") && !w.equals(base) && w.length() > 4) {
                if (compound || EN.isNounFirst(w) && startsNoun(next)) {
                    return new Phrase(Kind.NOUN, t, sp, -1, null, false);
                }
                return new Phrase(Kind.GERUND, t, sp, at, Form.GERUND, false);
            }
            if (!compound) {
                boolean baseToo = w.equals(base) && (slot == Slot.HOMEWORK || slot == Slot.PLAN || slot == Slot.GOAL);
                if (slot == Slot.RESPONSE && at == 0 && EN.isAdjective(w) && (next.equals("but") || next.equals(",")
                        || next.equals("and"))) {
                    // "guarded but stayed for the full session": how the client was, then what the client did.
                    return new Phrase(Kind.ADJECTIVE, t, sp, -1, null, false);
                }
                if (!baseToo && (EN.is(w, Form.PAST) || EN.is(w, Form.PARTICIPLE) && w.endsWith("ed"))) {
                    return new Phrase(Kind.PREDICATE, t, sp, at, Form.PAST, false);
                }
                boolean third = EN.is(w, Form.THIRD) && !w.equals(base);
                if (third && at == 0 && (slot == Slot.ACTION || slot == Slot.FOCUS || slot == Slot.PLAN)
                        && NounCompounds.opens(l, at, base)) {
                    // Round 20: "means restriction counseling", "needs assessment done": the clinician's compound,
                    // never "meant restriction counseling".
                    return new Phrase(Kind.NOUN, t, sp, -1, null, false);
                }
                if (third && at == 0 && slot == Slot.ACTION && NounCompounds.passiveSubject(l, at, base)) {
                    return new Phrase(Kind.PASSIVE, t, sp, at + 1, Form.PARTICIPLE, false);
                }
                boolean pluralNoun = EN.isCountNoun(base) || EN.isNounFirst(base);
                if (third && !EN.isSpeechVerb(base) && (slot.prefersNoun || slot == Slot.RISK_STATEMENT) && (next.equals("of") || next.equals("to")
                        && (EN.tagged(base, English.WordClass.NOUN) > EN.tagged(base, English.WordClass.VERB)
                        || base.equals("urge") || base.equals("need")) || EN.mostlyNoun(w) && !startsObject(next)
                        && !acronym(at + 1 < t.size() ? t.get(at + 1) : ""))) {
                    // "waves of sadness", "steps to take when anger spikes", "limits on spending": plural nouns.
                    return new Phrase(Kind.NOUN, t, sp, -1, null, false);
                }
                if (third && pluralNoun && at > 0 && (slot == Slot.HOMEWORK || slot == Slot.PLAN) && !toVerb
                        && !startsObject(next) && l.subList(0, at).stream().allMatch(x -> x.equals("daily")
                        || x.equals("nightly") || x.equals("weekly") || x.equals("morning") || x.equals("evening"))) {
                    // "daily walks", "nightly check-ins": how often, then the plural thing to do, never "to daily walk".
                    return new Phrase(Kind.NOUN, t, sp, -1, null, false);
                }
                if (third && (!slot.prefersNoun || toVerb || !pluralNoun
                        || verbish && !English.PREPOSITIONS.contains(next))) {
                    return new Phrase(Kind.PREDICATE, t, sp, at, Form.THIRD, false);
                }
                if (w.equals(base) && !third) {
                    boolean nounReading = slot.prefersNoun && (EN.isNounFirst(w) || EN.isCountNoun(w))
                            || English.DETERMINERS.contains(next) && next.equals("of");
                    if (!nounReading || verbish && !slot.prefersNoun) {
                        return new Phrase(Kind.PREDICATE, t, sp, at, Form.BASE, false);
                    }
                    if (slot.prefersNoun && !EN.isNounFirst(w) && !EN.isCountNoun(w) && startsObject(next)) {
                        return new Phrase(Kind.PREDICATE, t, sp, at, Form.BASE, false);
                    }
                }
            }
        } else if (w.endsWith("ed") && w.length() > 4 && !EN.isAdjective(w) && startsObject(next)
                && !slot.prefersNoun) {
            return new Phrase(Kind.PREDICATE, t, sp, at, Form.PAST, false);
        }
        return new Phrase(Kind.NOUN, t, sp, -1, null, false);
    }

    /**
     * "urge surfing practice", "relapse prevention plan": in a step's field, a word that also opens compounds, then a
     * run of bare nouns ending in a task noun ({@link HomeworkTasks}), names the task; read as a verb it would be
     * "urge surfing practice" urged.
     */
    private static boolean namedTask(List<String> l, int at, Slot slot) {
        if (slot != Slot.HOMEWORK && slot != Slot.PLAN || at != 0 || l.size() < 2 || !EN.isNounFirst(l.get(0))
                || STEP_VERBS.contains(l.get(0)) || !HomeworkTasks.isTask(l)) {
            return false;
        }
        int run = 0;
        for (int i = 1; i < l.size(); i++) {
            String w = l.get(i);
            if (!startsNoun(w) || EN.isAdjective(w) && !w.endsWith("ing")) {
                break;
            }
            run++;
        }
        // The word after it must read as a noun made from a verb ("surfing", "prevention"): "change bedtime routine",
        // "check mood chart" are a verb and its object.
        return run >= 1 && l.get(1).matches("[a-z]{3,}(?:ing|tion|sion|ment|ance|ence)");
    }

    /** Where the participle of a passive phrase is, or -1: a run of nouns, then (not) a participle. */
    private static int passiveAt(List<String> l, Slot slot) {
        if (startsWithVerb(l, slot) || English.PRONOUNS.contains(l.get(0))) {
            return -1;
        }
        for (int i = 1; i < l.size(); i++) {
            String w = l.get(i);
            boolean tail = PASSIVE_TAIL.contains(w) && (i == l.size() - 1 || l.get(i - 1).equals("not")
                    || !EN.isParticipialAdjective(w) && (i + 1 >= l.size() || English.PREPOSITIONS.contains(l.get(i + 1))
                    || l.get(i + 1).equals(","))
                    || coordinatedParticiple(l, i + 1));
            if (tail) {
                return l.get(i - 1).equals("not") ? (i - 1 > 0 ? i - 1 : -1) : i;
            }
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                return -1;
            }
            int b = EN.bits(w);
            if ((b & (English.AUX | English.MODAL)) != 0
                    || (b & THIRD) != 0 && (b & BASE) == 0 && !w.endsWith("ss") && !nounLike(w)
                    || (b & English.CONJUNCTION) != 0 && !w.equals("and") || w.equals("that")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "safety plan reviewed and updated": the first participle is where the passive starts, so the two share the
     * noun before them as their subject ("The safety plan was reviewed and updated.", never "... reviewed and were").
     */
    private static boolean coordinatedParticiple(List<String> l, int at) {
        return at + 1 < l.size() && (l.get(at).equals("and") || l.get(at).equals("or"))
                && PASSIVE_TAIL.contains(l.get(at + 1));
    }

    /**
     * A participle the dictionary also lists as an adjective it tagged ("employed", "married", "divorced"), with no
     * object after it: nothing, a preposition, or how long or how much ("full time", "part-time").
     */
    private static boolean state(String w, String next) {
        // A hyphenated participle ("court-ordered", "self-employed") is listed untagged: listing it is enough.
        int adjective = EN.tagged(w, English.WordClass.ADJECTIVE);
        return w.endsWith("ed") && (adjective > 0 || adjective == 0 && w.indexOf('-') > 0)
                && adjective >= EN.tagged(w, English.WordClass.NOUN)
                && (next.isEmpty() || English.PREPOSITIONS.contains(next) && !next.equals("to") && !PARTICLES.contains(next)
                || next.equals("full")
                || next.equals("part") || next.equals("part-time") || next.equals("full-time"));
    }

    /** Words that make a phrasal verb with the participle before them ("saved up a bottle", "moved in with"). */
    private static final Set<String> PARTICLES = Set.of("up", "out", "off", "down", "back", "away", "over", "in", "on");

    private static boolean isVerbWord(String w) {
        String base = EN.baseOf(w);
        return !base.isEmpty() && EN.isVerb(base) && !w.equals("well");
    }

    private static Form formOf(String w) {
        if (EN.is(w, Form.PAST)) {
            return Form.PAST;
        }
        if (EN.is(w, Form.THIRD)) {
            return Form.THIRD;
        }
        if (EN.is(w, Form.GERUND)) {
            return Form.GERUND;
        }
        return Form.BASE;
    }

    private static boolean startsWithVerb(List<String> l, Slot slot) {
        String w = l.get(0);
        String base = EN.baseOf(w);
        if (base.isEmpty() || EN.isParticipialAdjective(w) || EN.isNounFirst(w)) {
            return false;
        }
        return EN.is(w, Form.PAST) || EN.is(w, Form.THIRD) && !slot.prefersNoun || w.equals(base) && !slot.prefersNoun;
    }

    /** Words that open a clause of time or condition after a verb: "cries before meets", "drinks when alone". */
    private static final Set<String> CLAUSE_OF_TIME = Set.of("when", "whenever", "before", "after", "if", "until",
            "while");

    /**
     * A concern opening with a verb's "-s" form that WordNet tags at least as often as a verb as a noun, followed by
     * a bare noun, a number or a clause of time ("hates mornings", "drinks 6 beers", "cries before meets"): a clause
     * whose subject, the client, was left out. A noun followed by a preposition ("worries about money", "cuts on
     * arm", "urges to use") or mostly a noun ("uses", "attacks") keeps its noun reading.
     */
    private static boolean subjectlessClause(String w, String next) {
        String lemma = EN.lemmaForClasses(w);
        if (!w.endsWith("s") || w.endsWith("ss") || lemma.equals(w) || !EN.isVerb(lemma) || next.isEmpty()) {
            return false;
        }
        int verb = EN.tagged(lemma, English.WordClass.VERB);
        if (verb <= 0 || verb < EN.tagged(lemma, English.WordClass.NOUN)) {
            return false;
        }
        return CLAUSE_OF_TIME.contains(next) || Character.isDigit(next.charAt(0))
                || nounLike(next) && !English.DETERMINERS.contains(next) && !English.PREPOSITIONS.contains(next)
                && !English.CONJUNCTIONS.contains(next) && !next.equals("to") && !EN.isAdjective(next);
    }

    /** Words that can open a verb's object: determiners, pronouns, numbers, "to" + verb. */
    private static boolean startsObject(String next) {
        return (EN.bits(next) & (English.DETERMINER | English.POSSESSIVE | English.OBJECT_PRONOUN | English.PRONOUN)) != 0
                || next.equals("to") || next.equals("up")
                || next.equals("out") || next.equals("off") || next.equals("down") || next.equals("back")
                || (!next.isEmpty() && Character.isDigit(next.charAt(0))) || next.equals("that")
                || next.equals("how") || next.equals("what") || next.equals("when") || next.equals("not");
    }

    /** A word that reads as a noun: a count noun, a plural, or a word that starts compounds. */
    /**
     * Round 32c: whether {@code w}, right after an -ing word, makes that word read as a modifier of a noun ("sleeping
     * pills", "hunting rifle"): a bare content word, with no determiner, pronoun or preposition between them that
     * would make the -ing word a verb taking an object ("cleaning the gun", "thinking about pills"). Telegraphic
     * "hoarding pills" reads so too; its caller keeps such a piece as typed, which loses nothing.
     */
    static boolean nounAfterGerund(String w) {
        String word = w.toLowerCase(java.util.Locale.ROOT);
        if (word.isEmpty() || !Character.isLetter(word.charAt(0)) || word.endsWith("ly")) {
            return false;
        }
        int b = EN.bits(word);
        return (b & FUNCTION_WORD) == 0 && !English.DETERMINERS.contains(word) && !English.POSSESSIVES.contains(word)
                && !English.PREPOSITIONS.contains(word);
    }

    private static final int FUNCTION_WORD = English.DETERMINER | English.POSSESSIVE | English.PRONOUN
            | English.OBJECT_PRONOUN | English.PREPOSITION | English.CONJUNCTION | English.MODAL | English.AUX
            | English.ADVERB | English.LY_ADVERB;

    private static boolean nounLike(String w) {
        if (w.isEmpty()) {
            return false;
        }
        int b = EN.bits(w);
        if ((b & (English.ADJECTIVE | English.ADVERB)) != 0) {
            return false;
        }
        if ((b & (English.COUNT | English.NOUN_FIRST)) != 0) {
            return true;
        }
        boolean plural = w.endsWith("s");
        if (plural && w.length() > 3
                && (EN.bits(w.substring(0, w.length() - 1)) & (English.COUNT | English.NOUN_FIRST)) != 0) {
            return true;
        }
        return plural && !w.endsWith("ss") && (b & English.HAS_BASE) == 0;
    }

    private static final int NOT_NOUN_START = English.ADVERB | English.PREPOSITION | English.CONJUNCTION
            | English.DETERMINER | English.POSSESSIVE | English.OBJECT_PRONOUN | English.AUX | English.MODAL;
    private static final int PAST = 1 << Form.PAST.ordinal();
    private static final int THIRD = 1 << Form.THIRD.ordinal();
    private static final int BASE = 1 << Form.BASE.ordinal();
    private static final int GERUND = 1 << Form.GERUND.ordinal();

    private static boolean startsNoun(String next) {
        if (next.isEmpty() || next.endsWith("ly") || !Character.isLetter(next.charAt(0))) {
            return false;
        }
        int b = EN.bits(next);
        if ((b & NOT_NOUN_START) != 0) {
            return false;
        }
        return (b & PAST) == 0 || (b & (English.PARTICIPIAL | English.NOUN_FIRST)) != 0;
    }

    private static boolean allAdjectival(List<String> l, int from) {
        boolean any = false;
        int before = from > 0 ? EN.bits(l.get(from - 1)) : 0;
        for (int i = from; i < l.size(); i++) {
            String w = l.get(i);
            int b = EN.bits(w);
            boolean afterAdverb = i > 0 && (before & (English.LY_ADVERB | English.ADVERB)) != 0;
            before = b;
            if ((b & English.ADJECTIVE) != 0 || (b & English.PARTICIPIAL) != 0 && i > from
                    || afterAdverb && ((b & PAST) != 0 || w.endsWith("ed"))) {
                any = true;
                continue;
            }
            if (w.equals(",") || w.equals("and") || w.equals("but") || w.equals("or") || w.equals("yet")
                    || (b & English.ADVERB) != 0 && !w.equals("daily") || (b & English.LY_ADVERB) != 0) {
                continue;
            }
            if (any && ((b & English.PREPOSITION) != 0 || w.startsWith("x") && w.length() <= 3)) {
                // "calmer by the end", "alert and oriented x4": the adjective carries the phrase.
                return true;
            }
            if (w.equals("oriented") || w.equals("goal-directed") || w.equals("groomed") || w.equals("dressed")) {
                any = true;
                continue;
            }
            return false;
        }
        return any;
    }

    /**
     * Where the verb after an opening subject is ("her mother yells", "client reports", "sleep is
     * poor"), or -1 when the phrase does not open with a subject.
     */
    private static int subjectEnd(List<String> l, List<String> t, Set<String> properNames) {
        String w = l.get(0);
        if (WH.contains(w)) {
            // "how checking keeps doubt going" is a noun clause: what something focused on.
            return -1;
        }
        int i;
        if (English.PRONOUNS.contains(w) && !w.equals("it") && !w.equals("you")) {
            i = 1;
        } else if (w.equals("it") && l.size() > 1 && (EN.isAux(l.get(1)) || EN.is(l.get(1), Form.PAST))) {
            i = 1;
        } else {
            i = 0;
            if (English.DETERMINERS.contains(w) || English.POSSESSIVES.contains(w) || w.endsWith("'s")) {
                if (w.equals("no") || w.equals("more") || w.equals("less") || w.equals("fewer")) {
                    return -1;
                }
                i = 1;
            }
            int nounStart = i;
            boolean person = false;
            while (i < l.size() && i < nounStart + 4) {
                String x = l.get(i);
                if (!Character.isLetter(x.charAt(0))) {
                    break;
                }
                int b = EN.bits(x);
                if ((b & (English.PREPOSITION | English.AUX | English.MODAL)) != 0 || WH.contains(x)
                        || x.equals("that") && i > nounStart
                        || (b & English.CONJUNCTION) != 0 && !(x.equals("and") && person)) {
                    break;
                }
                boolean isPerson = PERSON_NOUNS.contains(x) || CLIENT_WORDS.contains(x) || properNames.contains(t.get(i))
                        || x.endsWith("'s") && PERSON_NOUNS.contains(x.substring(0, x.length() - 2));
                if (i > nounStart && person && !x.equals("and") && ((b & (THIRD | PAST)) != 0
                        || (b & BASE) != 0 && PLURAL_PEOPLE.contains(l.get(i - 1)))) {
                    break;
                }
                if (i > nounStart && !person && (b & THIRD) != 0 && (b & BASE) == 0 && i + 1 < l.size()
                        && (startsObject(l.get(i + 1)) || EN.ADVERBS.contains(l.get(i + 1)))) {
                    break;
                }
                if (i > nounStart && !person && (b & PAST) != 0 && (b & English.NOUN_FIRST) == 0
                        && !((b & English.PARTICIPIAL) != 0 && i + 1 < l.size() && startsNoun(l.get(i + 1)))) {
                    break;
                }
                person = isPerson || x.equals("and") && person;
                i++;
            }
            if (i == nounStart || i >= l.size()) {
                return -1;
            }
            if (nounStart == 0 && i > 1 && takesClause(w)) {
                // "agreed partner keeps meds", "said mom yells": a deed whose object is a clause, never "agreed partner"
                // as a subject.
                return -1;
            }
            if (nounStart == 0 && i > 1 && (STEP_VERBS.contains(w) || ASKING.contains(w)
                    || EN.is(w, Form.PAST) && ASKING.contains(EN.baseOf(w)))) {
                // "call daughter to arrange ride", "ask her manager to rank...": a step, not "daughter" as subject;
                // "asked father to lock handgun" is the deed done, never "the asked father".
                return -1;
            }
            if (nounStart == 0 && !person && (EN.is(w, Form.PAST) || EN.is(w, Form.THIRD)
                    || EN.is(w, Form.GERUND) || EN.isParticipialAdjective(w) || EN.isAdjective(w)
                    || English.ADVERBS.contains(w) || w.equals(EN.baseOf(w)) && !EN.isNounFirst(w)
                    && !EN.isCountNoun(w))) {
                return -1;
            }
        }
        if (i >= l.size()) {
            return -1;
        }
        int v = i;
        while (v < l.size() - 1 && EN.ADVERBS.contains(l.get(v)) && !EN.isAux(l.get(v))) {
            v++;
        }
        String x = l.get(v);
        if (EN.isAdjective(x) && !EN.isAux(x) && (v + 1 >= l.size() || !startsObject(l.get(v + 1)))) {
            // "both parents tired but engaged": a person and how they were, not a clause.
            return -1;
        }
        boolean personSubject = English.PRONOUNS.contains(w) || isPersonAt(l, t, v - 1, properNames);
        if (!personSubject && EN.is(x, Form.PAST) && !EN.isAux(x) && !INTRANSITIVE.contains(EN.baseOf(x))) {
            // "one planned activity completed this week": a noun phrase with a participle, not a clause.
            return -1;
        }
        boolean finite = EN.isAux(x) || EN.MODALS.contains(x) || EN.is(x, Form.PAST) && !followedByBy(l, v)
                || EN.is(x, Form.THIRD) || x.equals("to") && i > 0 && (isClientSubject(l, i) || personSubject)
                && v + 1 < l.size() && !EN.baseOf(l.get(v + 1)).isEmpty()
                || (English.PRONOUNS.contains(w) || CLIENT_WORDS.contains(l.get(i - 1)) && !w.endsWith("'s")
                || PLURAL_PEOPLE.contains(l.get(i - 1)) && !nounEnding(l, v)) && EN.is(x, Form.BASE);
        return finite ? v : -1;
    }

    /**
     * Round 19: "family support", "peer conflict": a word that is mostly a noun, ending the phrase after a group word,
     * is the head of a noun phrase, never the group's verb with nothing to act on.
     */
    private static boolean nounEnding(List<String> l, int v) {
        return v == l.size() - 1 && (EN.isNounFirst(l.get(v)) || EN.mostlyNoun(l.get(v)));
    }

    private static boolean isPersonAt(List<String> l, List<String> t, int i, Set<String> properNames) {
        if (i < 0) {
            return false;
        }
        String x = l.get(i);
        return PERSON_NOUNS.contains(x) || CLIENT_WORDS.contains(x) || properNames.contains(t.get(i))
                || English.PRONOUNS.contains(x);
    }

    private static boolean followedByBy(List<String> l, int v) {
        return v + 1 < l.size() && l.get(v + 1).equals("by");
    }

    private static boolean isClientSubject(List<String> l, int verbAt) {
        // Only "client ..." or "the client ...": "last session the client denied" keeps its opening words.
        int i = l.get(0).equals("the") ? 1 : 0;
        if (i >= verbAt || !CLIENT_WORDS.contains(l.get(i))) {
            return false;
        }
        for (int k = i + 1; k < verbAt; k++) {
            if (!EN.ADVERBS.contains(l.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a noun phrase a client can be said to have shown ("good insight", "some relief"). */
    private static final Set<String> SHOWN = Set.of("good", "fair", "poor", "improved", "increased", "decreased",
            "some", "no", "limited", "little", "full", "better", "reduced", "greater", "more", "less", "clear", "strong",
            "mild", "moderate", "significant", "minimal", "appropriate", "insight", "understanding", "interest",
            "motivation", "engagement", "relief", "humor", "ambivalence", "resistance", "progress", "readiness");
    /** Intransitive verbs of duration and frequency whose -ing form qualifies the noun before it. */
    private static final Set<String> SPAN_PARTICIPLES = Set.of("lasting", "occurring", "recurring", "happening",
            "persisting");

    private static final Set<String> GERUND_NOUNS = Set.of("trouble", "difficulty", "difficulties", "problems",
            "problem", "time", "fear", "fears", "worry", "worries", "history", "pattern", "thoughts", "urges", "urge",
            "risk", "avoidance", "discomfort", "anxiety", "guilt", "shame", "pain",
            // The first part of a compound behaviour named by its gerund ("skin picking"); not "body": "no body
            // checking" reads as "nobody".
            "skin", "hair", "nail", "binge", "reassurance", "head");

    /**
     * True when the composer can write {@code ph} into a prose frame for {@code slot} and be sure of the
     * grammar; false for shapes it cannot read with confidence (a label and a colon, symbols, words
     * joined by a slash, comma fragments that are not a plain list, a verb after a bare noun as in
     * "skin cracked and bleeding"). Those are written as the clinician's words after a label.
     */
    // Verbs of a task or a skill: a reader asks "what?" when a note gives them in the past without their object.
    private static final Set<String> NEEDS_OBJECT = Set.of("complete", "practice", "review", "finish", "identify",
            "rehearse", "discuss", "demonstrate", "use", "apply", "generate", "process", "explore", "fill", "write",
            "attempt", "learn", "create", "develop", "choose", "select", "verbalize", "utilize", "describe",
            "implement", "challenge");
    private static final Set<String> BESIDE_VERB = Set.of("and", "both", "all", "each", "also", "then", "well",
            "fully", "partially", "successfully", "independently", "together", "briefly", "quickly", "easily");

    /**
     * Whether the words are only past verbs that need an object (with "and", "both" or an adverb of manner), none
     * given: "completed", "reviewed and practiced", "both practiced".
     */
    public static boolean objectLeftOut(List<String> lower) {
        boolean verb = false;
        for (String w : lower) {
            if (BESIDE_VERB.contains(w) || English.ADVERBS.contains(w)) {
                continue;
            }
            if (!EN.is(w, Form.PAST) || !NEEDS_OBJECT.contains(EN.baseOf(w))) {
                return false;
            }
            verb = true;
        }
        return verb;
    }

    public static boolean composable(Phrase ph, Slot slot) {
        byte known = ph.composableBySlot[slot.ordinal()];
        if (known != 0) {
            return known == 2;
        }
        boolean composable = readComposable(ph, slot);
        ph.composableBySlot[slot.ordinal()] = composable ? (byte) 2 : (byte) 1;
        return composable;
    }

    private static boolean readComposable(Phrase ph, Slot slot) {
        List<String> t = ph.tokens;
        if (ph.kind == Kind.QUOTE) {
            return true;
        }
        if (t.isEmpty()) {
            return false;
        }
        // "see above", "refer to safety plan": a pointer to another part of the record is no deed of anyone's.
        if (CrossReferences.opensWithPointer(ph.text())) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i);
            char c = w.charAt(0);
            if (c == ':' || c == '=' || c == '~' || c == '<' || c == '>' || c == '@' || c == '[' || c == '*'
                    || c == '#' || c == '+' || c == '(' || c == '"' || c == '“' || c == '\'' || c == '-' && i == 0) {
                return false;
            }
            if (w.indexOf('/') > 0 && !w.equalsIgnoreCase("SI/HI") && !w.equalsIgnoreCase("AH/VH")
                    && !Character.isDigit(c)) {
                return false;
            }
            if (w.indexOf(':') > 0 && !Character.isDigit(c)) {
                return false;
            }
        }
        if (ph.text().indexOf(',') >= 0 && !plainList(ph)) {
            return false;
        }
        if (SUBORDINATORS.contains(t.get(0).toLowerCase(Locale.ROOT))) {
            // "if no contact in 1 week send letter": a condition and its step are the clinician's own words.
            return false;
        }
        List<String> l = new ArrayList<>(t.size());
        for (String w : t) {
            l.add(w.toLowerCase(Locale.ROOT));
        }
        if (slot == Slot.RESPONSE && objectLeftOut(l)) {
            // Round 33: "completed", "practiced", "reviewed and practiced": a verb whose object the note needs, typed
            // without it (read as a verb or as an adjective); "The client completed." says nothing of what. Kept as
            // typed on its label.
            return false;
        }
        switch (ph.kind) {
            case NOUN: {
                if (slot == Slot.RESPONSE && !SHOWN.contains(l.get(0)) && ph.smallClauseAt() != 1) {
                    // "showed active participant": a response as a noun reads only as a quality shown.
                    return false;
                }
                int first = 0;
                while (first < l.size() - 1 && (English.DETERMINERS.contains(l.get(first))
                        || English.POSSESSIVES.contains(l.get(first)))) {
                    first++;
                }
                String w = l.get(first);
                int b = EN.bits(w);
                if (((b & THIRD) != 0 && (b & BASE) == 0 && noNoun(EN.lemmaForClasses(w))
                        || (b & PAST) != 0 && (b & English.MOSTLY_NOUN) == 0
                        // "thought log": a past form that also opens compounds names the thing, in a step's field
                        && !((slot == Slot.HOMEWORK || slot == Slot.PLAN) && (b & English.NOUN_FIRST) != 0
                                && first + 1 < l.size() && HomeworkTasks.isTask(l.subList(first, l.size()))))
                        && (b & (English.PARTICIPIAL | English.ADJECTIVE)) == 0) {
                    return false;
                }
                return !verbAfterBareNoun(l, t, first + 1);
            }
            case PREDICATE: {
                String head = ph.head >= 0 && ph.head < l.size() ? l.get(ph.head) : "";
                if (head.endsWith("n't") || head.equals("not")) {
                    return false;
                }
                boolean narrative = slot != Slot.PLAN && slot != Slot.HOMEWORK && slot != Slot.GOAL;
                if (narrative && ph.form == Form.BASE && EN.mostlyNoun(head)) {
                    return false;
                }
                return !verbAfterBareNoun(l, t, ph.head + 1);
            }
            case CLAUSE: {
                String v = ph.head >= 0 && ph.head < l.size() ? l.get(ph.head) : "";
                return !(EN.isParticipialAdjective(v) || EN.isAdjective(v)) || EN.isAux(v);
            }
            case ADJECTIVE:
            case GERUND:
            case PASSIVE:
            default:
                return true;
        }
    }

    /** WordNet never tagged the lemma as a noun and tagged it as a verb. */
    private static boolean noNoun(String lemma) {
        return EN.tagged(lemma, English.WordClass.NOUN) <= 0 && EN.tagged(lemma, English.WordClass.VERB) > 0;
    }

    /** "a, b, and c" or "a, b and c": short items, none opening with a verb form unless all do. */
    private static boolean plainList(Phrase ph) {
        List<String> t = ph.tokens;
        int items = 1;
        int words = 0;
        boolean and = false;
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).toLowerCase(Locale.ROOT);
            if (w.equals(",")) {
                // The first item may carry what leads into the list ("completed a plan with warning signs, ...").
                if (words == 0 || words > 5 && items > 1) {
                    return false;
                }
                items++;
                words = 0;
                continue;
            }
            if ((w.equals("and") || w.equals("or")) && items > 1) {
                and = true;
            }
            words++;
        }
        return and && words <= 6;
    }

    private static final int NOT_AFTER_BARE_NOUN = English.DETERMINER | English.PREPOSITION | English.CONJUNCTION
            | English.POSSESSIVE | English.AUX | English.MODAL | English.ADVERB | English.LY_ADVERB | English.PRONOUN
            | English.ADJECTIVE;

    /** An acronym as typed ("SUDS", "HALT"): more than one character, the first a letter, none lower case. */
    private static boolean allCaps(String w) {
        if (w.length() < 2 || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 128) {
                return w.equals(w.toUpperCase(Locale.ROOT)); // outside ASCII: as upper-casing reads it
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "since", "because", "after", "before", "when",
            "while", "until");

    /** A finite verb or a participle right after a bare noun: "skin cracked", "SUDS peaked", "husband doing". */
    private static boolean verbAfterBareNoun(List<String> l, List<String> t, int from) {
        int start = Math.max(1, from);
        if (start >= l.size()) {
            return false;
        }
        int prevBits = EN.bits(l.get(start - 1));
        for (int i = start; i < l.size(); i++) {
            String w = l.get(i);
            String prev = l.get(i - 1);
            if (prev.equals("that") || CLAUSE_OPENERS.contains(prev) && (w.equals("the")
                    || English.PRONOUNS.contains(w) || English.POSSESSIVES.contains(w))) {
                // "felt relieved that the thoughts are common", "low mood since the baby was born": a clause with
                // its own subject and verb.
                return false;
            }
            int pb = prevBits;
            int b = EN.bits(w);
            prevBits = b;
            boolean capsBefore = allCaps(t.get(i - 1));
            if (!Character.isLetter(prev.charAt(0)) || (pb & NOT_AFTER_BARE_NOUN) != 0 || prev.equals("to")
                    || prev.equals("not") || prev.equals("that") || prev.equals("who") || prev.equals("which")
                    || (pb & English.HAS_BASE) != 0 && (pb & English.MOSTLY_NOUN) == 0) {
                if (!capsBefore) {
                    continue;
                }
            }
            if (capsBefore && w.endsWith("s") && (b & English.AUX) == 0) {
                // "HALT triggers", "SUDS ratings": a compound noun after an acronym.
                continue;
            }
            boolean finite = ((b & PAST) != 0 || (b & THIRD) != 0 && (b & BASE) == 0)
                    && (b & (English.PARTICIPIAL | English.MOSTLY_NOUN | English.ADJECTIVE)) == 0
                    || (b & English.MODAL) != 0 || (b & English.AUX) != 0 && !w.equals("had");
            boolean gerund = w.endsWith("ing") && (b & GERUND) != 0 && (b & English.MOSTLY_NOUN) == 0
                    && !GERUND_NOUNS.contains(prev)
                    // Round 37: "meltdowns lasting up to an hour", "fights happening daily": an intransitive verb of
                    // how long or how often, after a noun, says when the noun's thing happens (a relative clause
                    // with its "that are" left out), never the noun's act on an object.
                    && !(SPAN_PARTICIPLES.contains(w) && (pb & English.MOSTLY_NOUN) != 0 && i + 1 < l.size());
            if (finite || gerund) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many straight double quotes in {@code s} are inch marks of a height in feet and inches ("5'5\"", "6' 1\""):
     * a digit, a foot mark, digits, then the mark. Such a mark opens no quotation.
     */
    public static int inchMarks(String s) {
        int marks = 0;
        for (int i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) {
            int k = i - 1;
            while (k >= 0 && Character.isDigit(s.charAt(k))) {
                k--;
            }
            if (k == i - 1 || k - 1 < 0) {
                continue;
            }
            if (s.charAt(k) == ' ' && k - 1 >= 0) {
                k--;
            }
            if ((s.charAt(k) == '\'' || s.charAt(k) == '’') && k > 0 && Character.isDigit(s.charAt(k - 1))) {
                marks++;
            }
        }
        return marks;
    }

    /**
     * Why {@code phrase} cannot be written into a sentence for {@code slot}, or "" when it can. The
     * message tells the clinician what to type instead.
     */
    public static String problem(String text, Slot slot, Set<String> properNames) {
        String s = text.strip();
        if (s.isEmpty()) {
            return "";
        }
        if (count(s, '(') != count(s, ')')) {
            return "has an unmatched parenthesis";
        }
        if (((count(s, '"') - inchMarks(s)) % 2) != 0 || count(s, '“') != count(s, '”')) {
            return "has an unmatched quotation mark";
        }
        // Round 36: a focus typed as a question a question word opens is the clause it asks, composed without the mark.
        String asked = slot == Slot.FOCUS ? FocusShapes.asked(s) : "";
        if (!asked.isEmpty()) {
            s = asked;
        }
        if (s.endsWith("?")) {
            return "is a question; write what was found or done";
        }
        if (slot == Slot.RESPONSE && GRADES.contains(s.replaceAll("[.!]+$", "").toLowerCase(Locale.ROOT))) {
            return "grades the session without saying who responded or how; write what the client did or said, or how "
                    + "the client was (\"engaged, asked about side effects\")";
        }
        for (String part : sentences(s)) {
            List<String> t = new ArrayList<>();
            List<Boolean> sp = new ArrayList<>();
            tokenize(part, t, sp);
            if (t.isEmpty()) {
                continue;
            }
            String first = t.get(0).toLowerCase(Locale.ROOT);
            String last = t.get(t.size() - 1).toLowerCase(Locale.ROOT);
            if (first.equals("and") || first.equals("but") || first.equals("or") || first.equals("so")
                    || first.equals(",")) {
                return "starts with \"" + t.get(0) + "\"; write the phrase without the joining word";
            }
            // A clinical abbreviation that is a noun ("relapse prevention for AN") closes its phrase.
            boolean stranded = DANGLING.contains(last) && (ClinicalAbbreviations.isNoun(t.get(t.size() - 1))
                    || strandedOk(t));
            // Why: a last "yet" after a negation is the adverb ("no words at school yet"), not a joining word.
            boolean stillYet = last.equals("yet") && t.stream().map(x -> x.toLowerCase(Locale.ROOT)).anyMatch(
                    x -> x.equals("no") || x.equals("not") || x.endsWith("n't") || x.equals("never") || x.equals("none")
                            || x.equals("unable") || x.equals("without") || x.equals("nothing"));
            // Why: in a name field a last capital letter is an initial ("A.", "Mr. A."), not the article "a".
            boolean initial = slot == Slot.NAME && t.get(t.size() - 1).length() == 1
                    && Character.isUpperCase(t.get(t.size() - 1).charAt(0));
            if (English.CONJUNCTIONS.contains(last) && !last.equals("then") && !stillYet || last.equals("every")
                    || last.equals(",") || last.equals(":") || DANGLING.contains(last) && !stranded && !initial) {
                return "ends unfinished (\"" + t.get(t.size() - 1) + "\"); finish the phrase";
            }
            Phrase p = readOne(part, slot, properNames);
            // "ODD", "SAD": a noun of the clinical-abbreviation dictionary is never read as the adjective it spells;
            // "WNL" alone is a modifier, never what was focused on or what is to be done.
            boolean noun = t.stream().anyMatch(ClinicalAbbreviations::isNoun);
            boolean modifier = t.size() == 1 && ClinicalAbbreviations.isModifier(t.get(0));
            String why = noun && p.kind == Kind.ADJECTIVE ? "" : modifier && (slot == Slot.FOCUS || slot == Slot.GOAL
                    || slot == Slot.HOMEWORK) ? "is an adjective or adverb (\"" + t.get(0) + "\"); write what it"
                    + " describes" : fit(p, slot);
            if (!why.isEmpty() && namesOnly(t, properNames)) {
                // "Earnest", "Frank" alone: the client's or a participant's name is refused as saying nothing to do, never
                // as "an adjective", and never quoted back in a message that may be logged.
                return slot == Slot.FOCUS ? "names only a person; write what the intervention focused on, for example"
                        + " \"catastrophic predictions about work\"" : "names only a person; write what is to be done,"
                        + " for example \"practice paced breathing daily\"";
            }
            if (!why.isEmpty()) {
                return why;
            }
        }
        return "";
    }

    /**
     * A measure typed with its limit ("screen time under 2 hrs", "A1c under 7", "GAD-7 below 10"): a noun before a
     * comparison and a number after it. Composed as a measure kept to its limit ("keeping screen time under 2 hours").
     */
    public static boolean measureWithLimit(List<String> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            String w = tokens.get(i).toLowerCase(Locale.ROOT);
            if (!LIMIT_WORDS.contains(w)) {
                continue;
            }
            int k = i + 1;
            if (k < tokens.size() && tokens.get(k).equalsIgnoreCase("than")) {
                k++;
            }
            String before = tokens.get(i - 1).toLowerCase(Locale.ROOT);
            return k < tokens.size() && Character.isDigit(tokens.get(k).charAt(0)) && !before.isEmpty()
                    && Character.isLetterOrDigit(before.charAt(0)) && !English.PREPOSITIONS.contains(before)
                    && !English.DETERMINERS.contains(before) && !English.get().is(before, English.Form.PAST);
        }
        return false;
    }

    /** Every word of {@code t} is a name the prompt gives a person (any case), and there is at least one. */
    private static boolean namesOnly(List<String> t, Set<String> properNames) {
        boolean any = false;
        for (String w : t) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (properNames.stream().noneMatch(n -> n.equalsIgnoreCase(w))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * A last word that only looks unfinished: a preposition stranded by "what", "who" or "which" ("what a
     * future without children could look like"), "without" after a span of time ("3 weeks without"), or a
     * letter naming something ("Group Room A", "plan B").
     */
    /** Verbs after which "by" is the adverb of a short visit ("stop by", "come by", "swing by"). */
    private static final Set<String> VISITS_BY = Set.of("stop", "come", "drop", "swing", "pop", "pass", "stand",
            "walk", "drive", "go");
    /** Words a "when" closes by leaving its question out ("say when", "know when", "unsure when"). */
    private static final Set<String> ASKS_WHEN = Set.of("say", "know", "ask", "decide", "tell", "remember",
            "wonder", "sure", "unsure", "certain", "uncertain", "idea", "clear", "specify", "commit");

    private static boolean strandedOk(List<String> t) {
        String last = t.get(t.size() - 1);
        String before = t.size() > 1 ? t.get(t.size() - 2).toLowerCase(Locale.ROOT) : "";
        if (last.length() == 1 && Character.isUpperCase(last.charAt(0))) {
            // Why: "suite A", "classroom A", "wing B": a capital letter after a noun names the place; after a
            // preposition, article or verb it would be the start of something unfinished.
            return t.size() > 1 && (Character.isUpperCase(t.get(t.size() - 2).charAt(0)) || before.equals("plan")
                    || before.equals("room") || before.equals("group") || before.equals("type")
                    || before.matches("[a-z]+") && !English.PREPOSITIONS.contains(before)
                    && !English.DETERMINERS.contains(before) && !English.CONJUNCTIONS.contains(before)
                    && !English.get().is(before, English.Form.PAST) && !English.MODALS.contains(before));
        }
        String l = last.toLowerCase(Locale.ROOT);
        if (StrandedPrepositions.finished(t)) {
            return true;
        }
        String beforeBase = English.get().baseOf(before).isEmpty() ? before : English.get().baseOf(before);
        if (l.equals("by") && VISITS_BY.contains(beforeBase)) {
            // Round 37: "agreed to ask her to stop by", "mom will come by": "by" there is the visit's adverb, finished.
            return true;
        }
        if (l.equals("when") && (ASKS_WHEN.contains(beforeBase) || ASKS_WHEN.contains(before))) {
            // Round 37: "would not say when", "will let me know when", "unsure when": the question's clause is left
            // out as it is in speech; the phrase is finished.
            return true;
        }
        if (l.equals("of") && (before.endsWith("ed") || before.equals("rid") || before.equals("care")
                || before.equals("taken") || before.equals("gotten"))) {
            // "old meds disposed of", "guns gotten rid of": a verb and its particle, finished.
            return true;
        }
        if (l.equals("without") || l.equals("since")) {
            // "3 weeks without", "5 wks without": a count of time, its short forms read as Units reads them.
            return Units.isSpanOfTime(before);
        }
        for (String w : t) {
            String x = w.toLowerCase(Locale.ROOT);
            if (x.equals("what") || x.equals("who") || x.equals("which") || x.equals("whom") || x.equals("something")
                    || x.equals("someone") || x.equals("nothing") || x.equals("anything") || x.equals("she")
                    || x.equals("he") || x.equals("they") || x.equals("we") || x.equals("you")) {
                return !l.equals("the") && !l.equals("a") && !l.equals("an");
            }
        }
        return false;
    }

    private static String fit(Phrase p, Slot slot) {
        String first = p.tokens.isEmpty() ? "" : p.tokens.get(0).toLowerCase(Locale.ROOT);
        if (p.kind == Kind.CLAUSE && (first.equals("i") || first.equals("we"))
                && (slot == Slot.CONCERN || slot == Slot.MENTAL_STATUS || slot == Slot.EVIDENCE)) {
            return "reads as the clinician speaking (\"" + p.tokens.get(0) + "\"); put the client's own words in"
                    + " quotation marks";
        }
        // Why: a phrase opening with a preposition ("on camera from the kitchen", "per parents, ...", "about 40
        // pills") is written as a state or after a label; only a plan step must say what is to be done.
        boolean prepositional = English.PREPOSITIONS.contains(first) && !first.equals("with") && p.kind == Kind.NOUN
                && (slot == Slot.HOMEWORK || slot == Slot.GOAL) && !first.equals("in") && !first.equals("at")
                && !first.equals("by") && !first.equals("before") && !first.equals("after") && !first.equals("every")
                && !(first.equals("out") || first.equals("off"))
                && !(slot == Slot.GOAL && STATE_PREPOSITIONS.contains(first));
        switch (slot) {
            case HOMEWORK:
            case PLAN:
            case GOAL:
                // Why: a goal typed as a state ("sober", "asleep by midnight", "calm at bedtime") is composed as
                // the state the client will reach ("the goal of being sober"); only a step to do must not be one.
                if (p.kind == Kind.ADJECTIVE && slot != Slot.PLAN && slot != Slot.GOAL) {
                    return "is an adjective; write what is to be done, for example \"practice paced breathing daily\"";
                }
                if (prepositional) {
                    return "starts with \"" + p.tokens.get(0) + "\"; write what is to be done, for example"
                            + " \"return in two weeks\"";
                }
                return "";
            case FOCUS:
                // Round 36: a feeling ("ashamed about the lapse") is composed as the feeling the work focused on.
                if (p.kind == Kind.ADJECTIVE && FocusShapes.feeling(p.text()).isEmpty()) {
                    return "is an adjective; write what the intervention focused on, for example \"catastrophic"
                            + " predictions about work\"";
                }
                return prepositional ? "starts with \"" + p.tokens.get(0) + "\"; write what the intervention focused"
                        + " on as a noun phrase" : "";
            case NAME:
                return "";
            default:
                return prepositional && slot != Slot.EVIDENCE && slot != Slot.CONCERN ? "starts with \""
                        + p.tokens.get(0) + "\"; start with what was reported, observed or done" : "";
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
