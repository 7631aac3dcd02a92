package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.practicekit.notes.internal.English.Form;

/**
 * One phrase a clinician typed, read for what it is (a noun phrase, a predicate in some tense, a
 * clause with its own subject...) so the composer can inflect and join it into a grammatical
 * sentence. Made by {@link PhraseReader}; immutable.
 */
public final class Phrase {
    /** What kind of phrase the clinician typed. */
    public enum Kind {
        /** "panic attacks while driving", "a sleep diary", "no SI/HI". */
        NOUN,
        /** "tearful and dysphoric", "calmer by the end". */
        ADJECTIVE,
        /** "feeling unheard", "avoiding the commute". */
        GERUND,
        /** A verb phrase without a subject: "identified two alternatives", "practice breathing". */
        PREDICATE,
        /** A clause with its own subject: "her mother yells at her", "the client agreed to it". */
        CLAUSE,
        /** A noun phrase with a trailing participle: "safety plan completed", "no safety concerns reported". */
        PASSIVE,
        /** Words in quotation marks: the client's own words. */
        QUOTE
    }

    private static final English EN = English.get();
    /** Past forms that, typed without a subject, say what was done to the client ("laid off", "diagnosed"). */
    static final java.util.Set<String> DONE_TO = java.util.Set.of("diagnosed", "laid", "fired", "hospitalized",
            "admitted", "discharged", "referred", "suspended", "expelled", "arrested", "charged", "evicted",
            "assaulted", "attacked", "abused", "bullied", "injured", "prescribed", "transferred", "excluded", "raped",
            "robbed", "mugged", "sentenced", "detained", "sued", "dumped", "betrayed", "demoted", "transported",
            "investigated", "ticketed", "stalked", "harassed", "bitten", "evaluated", "incarcerated", "jailed",
            "deployed", "readmitted");
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("tomorrow", "tonight", "today",
            "yesterday", "weekly", "daily", "nightly", "monthly", "biweekly", "morning", "evening", "afternoon",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "regarding", "including",
            "re", "concerning", "next", "this", "each", "every");

    final Kind kind;
    /** The words and punctuation, as typed (first word lower-cased unless a name or acronym). */
    final List<String> tokens;
    /** True where a space comes before the token. */
    final List<Boolean> spaces;
    /** For PREDICATE and CLAUSE: index of the first finite or head verb; for PASSIVE: the participle. */
    final int head;
    /** For PREDICATE and CLAUSE: the head verb's form as typed (null when led by an auxiliary or modal). */
    final Form form;
    /** For CLAUSE: the subject is the client ("Client reports..."), so it can be re-worded. */
    final boolean clientSubject;
    /** The joined text, built on first use: the composer asks a phrase for its text many times in one draft. */
    private String text;
    /**
     * {@link PhraseReader#composable} per slot, asked on first use (0 not yet, 1 no, 2 yes): the composer asks the
     * same phrase the same question from several places in one draft. Racing writers write the same answer.
     */
    final byte[] composableBySlot = new byte[PhraseReader.Slot.values().length];

    Phrase(Kind kind, List<String> tokens, List<Boolean> spaces, int head, Form form, boolean clientSubject) {
        this.kind = kind;
        this.tokens = List.copyOf(tokens);
        this.spaces = List.copyOf(spaces);
        this.head = head;
        this.form = form;
        this.clientSubject = clientSubject;
    }

    public Kind kind() {
        return kind;
    }

    /** The phrase as typed (normalized spacing, no trailing period). */
    public String text() {
        String joined = text;
        if (joined == null) {
            joined = join(tokens, 0, tokens.size());
            text = joined;
        }
        return joined;
    }

    /** The lower-case head verb's base, or "" when there is none. */
    public String headVerb() {
        if (head < 0 || head >= tokens.size()) {
            return "";
        }
        return EN.baseOf(tokens.get(head).toLowerCase(Locale.ROOT));
    }

    /** For a clause: its predicate (from the verb on) read as a phrase without a subject. */
    public Phrase predicate() {
        if (kind != Kind.CLAUSE || head < 0) {
            return this;
        }
        return new Phrase(Kind.PREDICATE, tokens.subList(head, tokens.size()), spaces.subList(head, spaces.size()), 0,
                form, false);
    }

    /** For a clause: its subject as typed ("her mother"). */
    public String subject() {
        return kind == Kind.CLAUSE && head > 0 ? join(tokens, 0, head) : "";
    }

    /** The phrase with "the" before an opening bare noun for people ("mother reports" to "the mother reports"). */
    public String withThe() {
        String first = word(0);
        if (!tokens.isEmpty() && PhraseReader.isPersonNoun(first) && !first.equals("both") && !first.equals("family")
                || first.equals("child") || first.equals("teenager")) {
            return "the " + text();
        }
        return text();
    }

    /**
     * Where the description starts in "affect constricted", "both parents tired but engaged": the first
     * adjective after an opening noun phrase; -1 when the phrase is not such a small clause.
     */
    public int smallClauseAt() {
        for (int i = 1; i < tokens.size(); i++) {
            String w = word(i);
            if (EN.isAdjective(w) && !EN.isCountNoun(w) || EN.isParticipialAdjective(w) && i + 1 >= tokens.size()
                    || w.equals("within") || w.equals("wnl")) {
                String first = word(0);
                boolean nounStart = !EN.isAdjective(first) && !EN.isParticipialAdjective(first)
                        && !English.isLyAdverb(first) && !English.PREPOSITIONS.contains(first)
                        && (!English.DETERMINERS.contains(first) || first.equals("both") || first.equals("the"));
                int at = i;
                while (at > 1 && English.isLyAdverb(word(at - 1))) {
                    // "cognition grossly intact": the adverb goes with how it was ("was grossly intact").
                    at--;
                }
                return nounStart ? at : -1;
            }
            if (!Character.isLetter(tokens.get(i).charAt(0)) || English.PREPOSITIONS.contains(w)
                    || !EN.baseOf(w).isEmpty() && !EN.isNounFirst(w) && !EN.isCountNoun(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** For a passive phrase: the noun phrase before the participle, as a phrase. */
    public Phrase passiveNoun() {
        if (kind != Kind.PASSIVE || head <= 0) {
            return this;
        }
        return new Phrase(Kind.NOUN, tokens.subList(0, head), spaces.subList(0, head), -1, null, false);
    }

    /** For a passive phrase: the participle and what follows it ("completed with the client"). */
    public String passiveTail() {
        return kind == Kind.PASSIVE && head > 0 ? from(head) : "";
    }

    /** True when the noun phrase reads as plural ("panic attacks", "warning signs and coping steps"). */
    public boolean plural() {
        int headAt = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).toLowerCase(Locale.ROOT);
            if (t.equals("and")) {
                return true;
            }
            int term = English.PREPOSITIONS.contains(t) ? English.fixedTermEnd(tokens, i) : -1;
            if (term > 0) {
                // "reasons for living list": a noun after a fixed term heads it; the term alone is headed by its
                // first word ("reasons for living" were), never by the nearest noun.
                headAt = i - 1;
                i = term - 1;
                continue;
            }
            if (!Character.isLetterOrDigit(t.charAt(0)) || English.PREPOSITIONS.contains(t)) {
                break;
            }
            headAt = i;
        }
        if (headAt < 0) {
            return false;
        }
        String h = tokens.get(headAt).toLowerCase(Locale.ROOT);
        return h.endsWith("s") && !h.endsWith("ss") && !h.endsWith("is") && !h.endsWith("us") && h.length() > 3;
    }

    /** The number of words. */
    public int size() {
        return tokens.size();
    }

    /** The lower-case word at {@code i}, or "". */
    public String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).toLowerCase(Locale.ROOT) : "";
    }

    /** The words from {@code from} on (for a clause: the predicate after the subject). */
    String from(int from) {
        return join(tokens, from, tokens.size());
    }

    String join(List<String> words, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (out.length() > 0 && spaces.get(i)) {
                out.append(' ');
            }
            out.append(words.get(i));
        }
        return out.toString();
    }

    // ---- inflection -------------------------------------------------------------------------------

    /** A predicate or clause with its head verb (and verbs coordinated with it) in the past tense. */
    public String past() {
        return inflect(Target.PAST);
    }

    /**
     * The past tense with "a" or "an" before a bare singular count noun right after the verb, when the
     * object ends the phrase or a preposition follows it: "completed safety plan" to "completed a safety plan".
     */
    public String pastWithArticle() {
        return withArticle(true, w -> false);
    }

    /**
     * {@link #pastWithArticle()}, also after "agreed to remove", and with "the" where {@code introduced} says the prompt
     * has already named the noun ("access to a rope in the garage", then "agreed to remove the rope").
     */
    public String pastWithArticle(java.util.function.Predicate<String> introduced) {
        return withArticle(true, introduced);
    }

    /**
     * The base form with "a" or "an" before a bare singular count noun right after the verb, on the same terms as
     * {@link #pastWithArticle()}: "use coping card daily" to "use a coping card daily".
     */
    public String baseWithArticle() {
        return withArticle(false, w -> false);
    }

    /** {@link #baseWithArticle()} with "the" where {@code introduced} says the note has already named the noun. */
    public String baseWithArticle(java.util.function.Predicate<String> introduced) {
        return withArticle(false, introduced);
    }

    private String withArticle(boolean inPast, java.util.function.Predicate<String> introduced) {
        String past = inPast ? past() : base();
        boolean infinitive = form == null && head >= 0 && head + 1 < tokens.size()
                && tokens.get(head).equalsIgnoreCase("to") && EN.is(tokens.get(head + 1).toLowerCase(Locale.ROOT), Form.BASE);
        if (kind != Kind.PREDICATE || head < 0 || form == null && !infinitive) {
            return past;
        }
        // "to use reward chart": the object follows the infinitive's verb.
        int obj = head + (infinitive ? 2 : 1);
        if (obj + 1 < tokens.size() && tokens.get(obj).equalsIgnoreCase("to") && head == 0
                && EN.is(tokens.get(obj + 1).toLowerCase(Locale.ROOT), Form.BASE)
                && !EN.mostlyNoun(tokens.get(obj + 1).toLowerCase(Locale.ROOT))) {
            // "agreed to remove rope": the article goes before the infinitive's object.
            obj += 2;
        }
        if (obj >= tokens.size()) {
            return past;
        }
        String first = tokens.get(obj).toLowerCase(Locale.ROOT);
        if (English.DETERMINERS.contains(first) || English.POSSESSIVES.contains(first)
                || English.PREPOSITIONS.contains(first) || EN.ADVERBS.contains(first) || !Character.isLetter(first.charAt(0))
                || (EN.isAdjective(first) && !EN.isCountNoun(first) || !EN.baseOf(first).isEmpty() && !EN.isNounFirst(first)
                && !EN.isCountNoun(first)) && !modifiedCountNoun(obj)) {
            return past;
        }
        int end = obj;
        while (end + 1 < tokens.size() && Character.isLetter(tokens.get(end + 1).charAt(0))
                && !English.PREPOSITIONS.contains(tokens.get(end + 1).toLowerCase(Locale.ROOT))
                && !English.CONJUNCTIONS.contains(tokens.get(end + 1).toLowerCase(Locale.ROOT))
                && !EN.ADVERBS.contains(tokens.get(end + 1).toLowerCase(Locale.ROOT))
                && !TIME_WORDS.contains(tokens.get(end + 1).toLowerCase(Locale.ROOT))
                && !English.DETERMINERS.contains(tokens.get(end + 1).toLowerCase(Locale.ROOT))) {
            // A determiner starts a second object ("give wife the credit card"): the first one ends before it.
            end++;
        }
        String nextAfter = end + 1 < tokens.size() ? tokens.get(end + 1).toLowerCase(Locale.ROOT) : "";
        String headNoun = tokens.get(end).toLowerCase(Locale.ROOT);
        // Round 28: "chose Sunday evening": a time named by its day is that time, so the word class adds no "a" there.
        boolean namedTime = TIME_WORDS.contains(first) && !EN.isCountNoun(headNoun);
        if (namedTime || !NounKinds.takesArticle(headNoun) || !(nextAfter.isEmpty() || English.PREPOSITIONS.contains(nextAfter)
                || TIME_WORDS.contains(nextAfter))) {
            return past;
        }
        if ((!inPast || obj > head + 1) && PhraseReader.isPersonNoun(headNoun)) {
            // "text sister each morning": the client's own sister, never "a sister"; left as typed.
            return past;
        }
        Phrase verb = new Phrase(kind, tokens.subList(0, obj), spaces.subList(0, obj), head, form, clientSubject);
        String verbPast = inPast ? verb.past() : verb.base();
        return verbPast + " " + (introduced.test(headNoun) ? "the" : English.indefiniteArticle(tokens.get(obj))) + " "
                + join(tokens, obj, tokens.size());
    }

    /**
     * Round 32: an adjective or a participle then a singular count noun that ends the object ("wrote balanced thought",
     * "identified new trigger"): the pair takes the article the noun would take alone ("a balanced thought"). Only two
     * words (after a modifier the second is the noun, though the dictionary also files "thought" and "log" as verb
     * forms), and nothing but the end or a preposition after them.
     */
    private boolean modifiedCountNoun(int obj) {
        if (obj + 1 >= tokens.size()) {
            return false;
        }
        String first = tokens.get(obj).toLowerCase(Locale.ROOT);
        String noun = tokens.get(obj + 1).toLowerCase(Locale.ROOT);
        String after = obj + 2 < tokens.size() ? tokens.get(obj + 2).toLowerCase(Locale.ROOT) : "";
        boolean modifier = EN.isAdjective(first) || first.endsWith("ed") && EN.is(first, Form.PAST);
        return modifier && !EN.ADVERBS.contains(first) && Character.isLetter(noun.charAt(0)) && EN.isCountNoun(noun)
                && NounKinds.takesArticle(noun) && !noun.endsWith("s") && !PhraseReader.isPersonNoun(noun)
                && (after.isEmpty() || English.PREPOSITIONS.contains(after));
    }

    /** A predicate with its head verb in the base form ("practices" to "practice"; "to practice" to "practice"). */
    public String base() {
        return inflect(Target.BASE);
    }

    /** A predicate as a gerund phrase: "lives alone" to "living alone", "lost her job" to "having lost her job". */
    public String gerund() {
        return inflect(Target.GERUND);
    }

    private enum Target { PAST, BASE, GERUND }

    private String inflect(Target target) {
        if (kind == Kind.ADJECTIVE) {
            return (target == Target.GERUND ? "being " : "") + text();
        }
        if (head < 0) {
            return text();
        }
        if (target == Target.PAST && (kind == Kind.PREDICATE || kind == Kind.CLAUSE || kind == Kind.GERUND)) {
            // "plans to quit", "going to overdose": an intention stays one in the session's past (never "went to").
            String kept = Intention.pastKeepingIntent(this);
            if (kept != null) {
                return kept;
            }
        }
        List<String> out = new ArrayList<>(tokens);
        int start = head;
        String h = tokens.get(head);
        String lower = h.toLowerCase(Locale.ROOT);
        // A leading "to" (infinitive) or "will" (future) drops for the base and gerund forms.
        if (form == null) {
            String aux = EN.auxPast(lower);
            if (lower.equals("to")) {
                if (target == Target.PAST && head + 1 < out.size()) {
                    // Round 19: "to send ROI", "pt to bring her plan": a step still to happen, never written as done.
                    out.set(head, matchCase(h, "will"));
                    return inflectVerbAt(out, head + 1, Form.BASE, Target.BASE);
                }
                out.set(head, "");
                start = head + 1;
                return inflectVerbAt(out, start, Form.BASE, target);
            }
            if (EN.MODALS.contains(lower) || lower.equals("will")) {
                if (target == Target.PAST) {
                    // Why: "will try" is a commitment made in the session; "would try" reads as a conditional.
                    out.set(head, aux.isEmpty() || lower.equals("will") || lower.equals("won't") ? h : aux);
                    return rebuild(out);
                }
                if (lower.equals("will") || lower.equals("shall")) {
                    out.set(head, "");
                    return inflectVerbAt(out, head + 1, Form.BASE, target);
                }
                return rebuild(out);
            }
            // An auxiliary: "is sleeping", "has access", "did not complete", "was tearful".
            String base = EN.baseOf(lower);
            if (target == Target.PAST) {
                out.set(head, matchCase(h, aux.isEmpty() ? h : aux));
                return rebuild(out);
            }
            if (target == Target.GERUND) {
                boolean pastAux = lower.equals("was") || lower.equals("were") || lower.equals("had")
                        || lower.equals("did") || lower.startsWith("didn") || lower.startsWith("wasn")
                        || lower.startsWith("weren") || lower.startsWith("hadn");
                if (base.equals("do")) {
                    // "did not complete" -> "not having completed"; "does not sleep" -> "not sleeping".
                    boolean negated = lower.endsWith("n't") || (head + 1 < out.size()
                            && out.get(head + 1).equalsIgnoreCase("not"));
                    out.set(head, negated ? "not" : "");
                    if (lower.endsWith("n't") || negated) {
                        if (!lower.endsWith("n't")) {
                            out.set(head + 1, "");
                        }
                    }
                    int v = nextWord(out, head + 1);
                    if (v >= 0) {
                        String vb = EN.baseOf(out.get(v).toLowerCase(Locale.ROOT));
                        if (!vb.isEmpty()) {
                            out.set(v, pastAux ? "having " + EN.participle(vb) : EN.gerund(vb));
                        }
                    }
                    return rebuild(out);
                }
                String neg = lower.endsWith("n't") ? "not " : "";
                String verb = base.equals("be") ? "being" : base.equals("have") ? "having" : h;
                out.set(head, neg + (pastAux ? "having " + (base.equals("be") ? "been" : base.equals("have") ? "had"
                        : verb) : verb));
                return rebuild(out);
            }
            // BASE of an auxiliary phrase: "is sleeping" -> "be sleeping" is rare; keep as typed.
            if (base.equals("have") || base.equals("be")) {
                out.set(head, base);
            }
            return rebuild(out);
        }
        return inflectVerbAt(out, start, form, target);
    }

    private String inflectVerbAt(List<String> out, int at, Form original, Target target) {
        int v = nextWord(out, at);
        if (v < 0) {
            return rebuild(out);
        }
        convert(out, v, target, original);
        int lastComma = -1;
        int coordinated = 0;
        // Coordinated verbs in the same form: "identify triggers and plan responses".
        for (int i = v + 1; i < out.size(); i++) {
            String t = out.get(i).toLowerCase(Locale.ROOT);
            if (!(t.equals("and") || t.equals("or") || t.equals("then") || t.equals(","))) {
                continue;
            }
            int next = nextWord(out, i + 1);
            if (next < 0) {
                break;
            }
            String w = out.get(next).toLowerCase(Locale.ROOT);
            if (EN.ADVERBS.contains(w) && !w.equals("not")) {
                next = nextWord(out, next + 1);
                if (next < 0) {
                    break;
                }
                w = out.get(next).toLowerCase(Locale.ROOT);
            }
            if (isCoordinatedVerb(out, next, w, original)) {
                convert(out, next, target, original);
                lastComma = t.equals(",") ? i : -1;
                coordinated++;
                i = next;
            }
        }
        if (lastComma > 0 && coordinated == 1) {
            // "endorses X, denies Y" reads as "endorsed X and denied Y".
            out.set(lastComma, " and");
        }
        return rebuild(out);
    }

    private boolean isCoordinatedVerb(List<String> out, int at, String w, Form original) {
        String base = EN.baseOf(w);
        if (base.isEmpty() || EN.isParticipialAdjective(w) && original != Form.PAST) {
            return false;
        }
        if (original == Form.BASE && !w.equals(base)) {
            return false;
        }
        if (original != Form.BASE && !EN.is(w, original)) {
            return false;
        }
        if (!EN.isVerb(base)) {
            return false;
        }
        // "a walk and exercise" are nouns after a determiner; a noun-first word followed by a noun is a compound.
        int next = nextWord(out, at + 1);
        return !(EN.isNounFirst(w) && original == Form.BASE && next >= 0
                && EN.isCountNoun(out.get(next).toLowerCase(Locale.ROOT)));
    }

    private void convert(List<String> out, int v, Target target, Form original) {
        String word = out.get(v);
        String lower = word.toLowerCase(Locale.ROOT);
        String base = EN.baseOf(lower);
        if (base.isEmpty()) {
            if (original == Form.PAST && target == Target.GERUND) {
                out.set(v, "having " + word);
            }
            return;
        }
        String result;
        switch (target) {
            case PAST:
                result = original == Form.PAST || original == Form.PARTICIPLE ? word : EN.past(base);
                break;
            case BASE:
                result = base;
                break;
            default:
                // Why: "diagnosed with MS" happened to the client; "having diagnosed" would make the client the actor.
                result = original == Form.PAST ? (DONE_TO.contains(lower) || byAgent(out, v) ? "having been "
                        : "having ") + EN.participle(base) : EN.gerund(base);
                break;
        }
        out.set(v, matchCase(word, result));
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("in", "up", "out", "off", "back", "over",
            "down", "away", "home");

    /** "brought in by police", "seen by PCP": a participle with its agent after "by" was done to the client. */
    private static boolean byAgent(List<String> out, int v) {
        int next = nextWord(out, v + 1);
        if (next >= 0 && PARTICLES.contains(out.get(next).toLowerCase(Locale.ROOT))) {
            next = nextWord(out, next + 1);
        }
        if (next < 0 || !out.get(next).equalsIgnoreCase("by")) {
            return false;
        }
        // "left by 5", "finished by Friday", "by the end": "by" a time is when, never who.
        int agent = nextWord(out, next + 1);
        String a = agent < 0 ? "" : out.get(agent).toLowerCase(Locale.ROOT);
        if (a.equals("the") || a.equals("this") || a.equals("next")) {
            agent = nextWord(out, agent + 1);
            a = agent < 0 ? "" : out.get(agent).toLowerCase(Locale.ROOT);
        }
        return !a.isEmpty() && !Character.isDigit(a.charAt(0)) && !TIME_WORDS.contains(a) && !BY_WHEN.contains(a);
    }

    private static final java.util.Set<String> BY_WHEN = java.util.Set.of("then", "noon", "midnight", "morning",
            "evening", "night", "bedtime", "end", "time", "week", "weekend", "session", "friday", "monday", "tuesday", "wednesday",
            "thursday", "saturday", "sunday", "phone", "text", "email", "video", "mail", "car", "bus", "foot", "hand",
            "herself", "himself", "themselves", "myself", "accident", "mistake", "choice");

    private static String matchCase(String original, String replacement) {
        if (!original.isEmpty() && Character.isUpperCase(original.charAt(0)) && !replacement.isEmpty()) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }

    private static int nextWord(List<String> out, int from) {
        for (int i = from; i < out.size(); i++) {
            String t = out.get(i);
            if (!t.isEmpty() && Character.isLetterOrDigit(t.charAt(0))) {
                return i;
            }
        }
        return -1;
    }

    private String rebuild(List<String> out) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < out.size(); i++) {
            String t = out.get(i);
            if (t.isEmpty()) {
                continue;
            }
            if (s.length() > 0 && spaces.get(i)) {
                s.append(' ');
            }
            s.append(t);
        }
        return s.toString().replace("  ", " ");
    }

    /**
     * The noun phrase with "a" or "an" added when the clinician left it out before a singular count
     * noun ("sleep diary for 7 nights" to "a sleep diary for 7 nights").
     */
    public String withArticle() {
        return nounWithArticle(true);
    }

    /**
     * {@link #withArticle()} as {@code english.txt}'s list alone reads it: where a plan item goes and how items are
     * split is decided on this, so an article the word class adds never moves an item (round 28).
     */
    public String withListedArticle() {
        return nounWithArticle(false);
    }

    private String nounWithArticle(boolean byClass) {
        if (kind != Kind.NOUN || tokens.isEmpty()) {
            return text();
        }
        String first = tokens.get(0).toLowerCase(Locale.ROOT);
        if (English.DETERMINERS.contains(first) || English.POSSESSIVES.contains(first)
                || Character.isDigit(first.charAt(0)) || first.endsWith("'s") || isName(tokens.get(0))) {
            return text();
        }
        // The head: the last word of the opening run of adjectives and nouns.
        int headAt = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).toLowerCase(Locale.ROOT);
            // Round 20: "follow up call": an opening verb and its particle that hyphenated make a noun are inside it.
            boolean particle = i == 1 && (t.equals("up") || t.equals("in"))
                    && EN.isNounFirst(tokens.get(i - 1).toLowerCase(Locale.ROOT) + "-" + t);
            if (particle) {
                headAt = i;
                continue;
            }
            // "x1 week" after a noun is how long ("cravings x1 week"), never part of the noun.
            if (!Character.isLetter(t.charAt(0)) || t.length() > 1 && t.charAt(0) == 'x' && Character.isDigit(t.charAt(1))
                    || English.PREPOSITIONS.contains(t)
                    || English.CONJUNCTIONS.contains(t) || t.equals("that") || t.equals("who")
                    // Round 38: "job he likes": a subject pronoun opens a clause about the noun ("that" left out),
                    // so the head is the noun before it, never the clause's verb.
                    || i > 0 && English.PRONOUNS.contains(t)
                    || i > 0 && (English.ADVERBS.contains(t) || English.isLyAdverb(t) || TIME_WORDS.contains(t))) {
                break;
            }
            headAt = i;
        }
        if (headAt < 0) {
            return text();
        }
        String headWord = tokens.get(headAt).toLowerCase(Locale.ROOT);
        // "a history of DV arrest": history with what it is of is one history, a count noun there only.
        boolean historyOf = headWord.equals("history") && word(headAt + 1).equals("of");
        boolean namedTime = TIME_WORDS.contains(first) && !EN.isCountNoun(headWord);
        if (!(byClass ? NounKinds.takesArticle(headWord) && !namedTime : EN.isCountNoun(headWord)) && !historyOf) {
            return text();
        }
        return English.indefiniteArticle(tokens.get(0)) + " " + text();
    }

    static boolean isName(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0))
                && !EN.isKnownWord(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return kind + "[" + text() + "]";
    }
}
