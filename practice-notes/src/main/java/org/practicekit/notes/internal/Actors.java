package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.practicekit.core.model.ServiceType;
import org.practicekit.notes.ClinicalRiskAssessment;
import org.practicekit.notes.GoalProgress;
import org.practicekit.notes.Intervention;
import org.practicekit.notes.Participant;
import org.practicekit.notes.SessionPrompt;
import org.practicekit.notes.internal.English.Form;

/**
 * Who did or said what in a prompt, and whether a draft gives each deed and report to the same person.
 * Every prompt field speaks for someone: the presenting concerns and the client's response are the
 * client's, an intervention's name and focus are the clinician's and its response the client's, the
 * actions taken the clinician's; a field that names its speaker ("mother reports ...", "per dad") speaks
 * for that person. A draft clause whose subject ("the client's mother", "this clinician") reports what
 * another person said, or does what another person did, is misattributed. Built once per prompt; not
 * thread-safe, like the verification run that owns it.
 */
public final class Actors {
    static final String CLIENT = "client";
    static final String CLINICIAN = "clinician";
    /** Anyone: a group ("the parents", "both partners") or a field any participant may speak for. */
    static final String ANYONE = "*";

    private static final English EN = English.get();
    private static final Set<String> CLIENT_WORDS = Set.of("client", "patient", "pt", "teenager", "teen",
            "adolescent", "youth", "child", "kid");
    private static final Set<String> CLINICIAN_WORDS = Set.of("clinician", "writer", "therapist", "counselor",
            "counsellor", "provider", "i");
    private static final Set<String> GROUP_WORDS = Set.of("parents", "partners", "couple", "family", "both", "we",
            "they", "members", "group", "caregivers", "everyone");
    private static final Map<String, String> ROLE_ALIASES = Map.ofEntries(Map.entry("mom", "mother"),
            Map.entry("mum", "mother"), Map.entry("dad", "father"), Map.entry("husband", "partner"),
            Map.entry("wife", "partner"), Map.entry("spouse", "partner"), Map.entry("boyfriend", "partner"),
            Map.entry("girlfriend", "partner"), Map.entry("fiance", "partner"), Map.entry("fiancee", "partner"));
    /** Verbs whose object is what the subject said: the content after them is bound to the speaker. */
    private static final Set<String> REPORT = Set.of("report", "state", "say", "describe", "share", "endorse", "deny",
            "disclose", "express", "admit", "complain", "mention", "acknowledge", "voice", "verbalize", "recount",
            "relate", "tell", "affirm", "confirm");
    /** What the clinician does to anything the client brings ("explored the client's grief"): never misattributed. */
    private static final Set<String> CLINICIAN_FRAME = Set.of("use", "utilize", "provide", "facilitate", "introduce",
            "guide", "review", "explore", "work", "discuss", "address", "assess", "focus", "target", "teach", "model",
            "validate", "process", "encourage", "coach", "collaborate", "help", "ask", "meet", "continue", "note",
            "observe", "document", "support", "normalize", "reflect", "summarize", "offer", "invite", "prompt",
            "reinforce", "praise", "demonstrate", "develop", "create", "plan", "notice",
            "schedule", "begin", "start", "conduct", "administer", "score", "engage", "join", "check");
    /** "as the mother reported", "per dad": who the rest of the clause is from. */
    private static final Set<String> ATTRIBUTION = Set.of("as", "per");
    /** The clinician's professional acts: anyone else doing them to the intervention is misattributed. */
    private static final Set<String> CLINICIAN_ONLY = Set.of("utilize", "use", "provide", "facilitate", "introduce",
            "administer", "teach", "guide", "conduct", "deliver", "implement", "employ", "refer", "consult", "assess",
            "reassess", "coordinate", "validate", "model", "coach", "psychoeducate");
    /** Prepositions whose object is not who acted ("hiding bottles from husband"); "by" names the doer. */
    private static final Set<String> OBJECT_OF = Set.of("about", "at", "for", "from", "in", "into", "of", "on", "to",
            "toward", "towards", "with", "without", "against", "near", "like", "than", "onto", "upon", "between",
            "around", "behind", "beside", "over", "under");
    private static final Set<String> SUBORDINATORS = Set.of("while", "when", "because", "although", "though", "if",
            "unless", "whether", "where", "once", "whenever", "since", "after", "before", "until");
    private static final Set<String> FUNCTION = Set.of("who", "which", "that", "what", "whom", "whose", "as", "so",
            "is", "was", "are", "were", "has", "had", "have");
    /** The note writer's own acts of record. */
    private static final Set<String> DOCUMENTING = Set.of("document", "chart");
    private static final Set<String> COPULA = Set.of("was", "were", "is", "are", "remained", "remains", "seemed",
            "appeared", "became");
    /** What only the client has: "the clinician's diagnosis" gives it to the wrong person. */
    private static final Set<String> CLIENT_OWNED = Set.of("diagnosis", "diagnoses", "goal", "goals", "homework",
            "symptoms", "ideation", "mood", "sleep", "safety", "life", "history", "medication", "medications");
    private static final Set<String> FAMILY = Set.of("mother", "father", "stepmother", "stepfather", "partner",
            "son", "daughter", "child", "children", "kids", "brother", "sister", "sibling", "siblings", "grandmother",
            "grandfather", "aunt", "uncle", "cousin", "roommate", "parents", "guardian");
    /** Bodies that act as one ("the school will request testing"): an actor like a person, never a person invented. */
    private static final Set<String> INSTITUTIONS = Set.of("school", "court", "agency", "insurer", "police", "cps",
            "dcfs", "dss", "district", "department", "probation", "shelter", "pharmacy", "employer", "university",
            "college", "church");
    private static final Set<String> SKIPPABLE = Set.of("also", "then", "again", "later", "further", "jointly",
            "together", "both", "each", "first", "finally", "initially", "still", "not", "never", "did", "does", "do",
            "had", "has", "have", "was", "were", "is", "will", "would", "could", "can", "should", "might", "may",
            "reportedly", "repeatedly", "readily", "independently", "verbally", "openly", "briefly", "actively");

    /**
     * One stretch of a field: who said it, who did what it tells, and its words. "mother reports hitting his
     * sister" is the mother's to report and the client's deed.
     */
    private record Segment(Set<String> speakers, Set<String> doers, Set<String> words, Set<String> lemmas,
            Set<String> prefixes) {
    }

    /** A field's text and who speaks for it by default, not yet read. */
    private record Pending(String text, Set<String> defaults) {
    }

    private final Map<String, List<Pending>> pending = new HashMap<>();
    /** Plan steps no clinician takes ("start IOP"), with the verb each opens with. */
    private final Map<String, String> clientSteps = new HashMap<>();
    private final Map<String, List<Segment>> fields = new HashMap<>();
    private final Set<String> roles = new HashSet<>();
    /** The participants who are not the client, as "the parents" or "caregivers" in a field name them. */
    private final Set<String> carers = new HashSet<>();
    /**
     * A given or family name of the client or a participant, and who it names ("" when it names two people); then each
     * participant's role word and its everyday forms ("mom" for a mother), as that role.
     */
    private final Map<String, String> names = new HashMap<>();
    private final UnaryOperator<String> normalize;
    private boolean frozen;

    private Actors(UnaryOperator<String> normalize) {
        this.normalize = normalize;
    }

    /**
     * The actors of every field of {@code p}, keyed like {@link PromptSources}; {@code normalize} turns a
     * field's text into the lower-case words the verifier reads (shorthand written out).
     */
    public static Actors of(SessionPrompt p, UnaryOperator<String> normalize) {
        Actors a = new Actors(normalize);
        for (Participant who : p.participants()) {
            List<String> role = ClinicalLexicon.words(who.role().toLowerCase(Locale.ROOT));
            for (String w : role) {
                if (!English.CONJUNCTIONS.contains(w) && !English.PREPOSITIONS.contains(w)
                        && !English.DETERMINERS.contains(w)) {
                    a.roles.add(role(w));
                }
            }
            if (!role.isEmpty()) {
                a.name(who.name(), role(role.get(role.size() - 1)));
                a.carers.add(role(role.get(role.size() - 1)));
            }
        }
        p.clientName().ifPresent(n -> {
            a.name(n.given(), CLIENT);
            a.name(n.family(), CLIENT);
        });
        // A name goes first: a role word read as a name keeps the name's reading.
        for (String r : a.roles) {
            a.names.putIfAbsent(r, r);
        }
        ROLE_ALIASES.forEach((word, r) -> {
            if (a.roles.contains(r)) {
                a.names.putIfAbsent(word, r);
            }
        });
        // Without the client in the room, what happens in the session is the participants' to say and do; with
        // the client present, a participant speaks where a field says so ("mother reports ...").
        Set<String> clientSide = new HashSet<>(Set.of(CLIENT));
        if (p.serviceType() == ServiceType.FAMILY_WITHOUT_CLIENT) {
            clientSide.addAll(a.roles);
        }
        Set<String> clinician = Set.of(CLINICIAN);
        Set<String> shared = new HashSet<>(clientSide);
        shared.add(CLINICIAN);
        Set<String> attending = new HashSet<>(a.roles);
        attending.add(CLIENT);
        a.put("session", (p.location()), attending);
        List<Participant> participants = p.participants();
        for (int i = 0; i < participants.size(); i++) {
            a.put("participants[" + i + "]", participants.get(i).role().toLowerCase(Locale.ROOT),
                    Set.of(role(participants.get(i).role().toLowerCase(Locale.ROOT))));
        }
        a.indexed("presentingConcerns", p.presentingConcerns(), clientSide);
        a.indexed("medications", p.medications(), shared);
        a.indexed("mentalStatus", p.mentalStatus(), shared);
        List<Intervention> interventions = p.interventions();
        for (int i = 0; i < interventions.size(); i++) {
            Intervention in = interventions.get(i);
            String key = "interventions[" + i + "]";
            a.put(key, (in.name() + "; " + String.join("; ", in.type().terms()) + "; " + in.focus()),
                    clinician);
            a.add(key, (in.response()), clientSide);
        }
        if (!p.clientResponse().isEmpty()) {
            a.put("clientResponse", (p.clientResponse()), clientSide);
        }
        ClinicalRiskAssessment r = p.risk();
        a.put("risk.ideation", (r.ideation()), clientSide);
        a.put("risk.intent", (r.intent()), clientSide);
        a.put("risk.plan", (r.plan()), clientSide);
        a.put("risk.means", (r.means()), clientSide);
        a.put("risk.safetyPlan", (r.safetyPlan()), shared);
        a.put("risk.followUp", (r.followUp()), shared);
        a.indexed("risk.riskFactors", r.riskFactors(), shared);
        a.indexed("risk.protectiveFactors", r.protectiveFactors(), shared);
        a.indexed("risk.actionsTaken", r.actionsTaken(), shared);
        List<GoalProgress> goals = p.goals();
        for (int i = 0; i < goals.size(); i++) {
            a.put("goals[" + i + "]", (goals.get(i).goal() + "; " + goals.get(i).evidence()), clientSide);
            // The rating ("made steady progress") is said of the goal's owner, whoever the evidence names.
            a.add("goals[" + i + "]", goals.get(i).rating().predicate(), a.owner(goals.get(i).goal(), clientSide));
        }
        // Round 34: an outreach is the clinician's, but a piece of it that only the one reached gives ("answered",
        // "offered a walk-in slot; declined", "agreed to come Thursday") is the client's too, read as the composer
        // reads it (Whose).
        for (int i = 0; i < p.outreach().size(); i++) {
            String item = p.outreach().get(i);
            a.put("outreach[" + i + "]", item, Whose.holdsClientAct(item) ? shared : clinician);
        }
        // A young child's homework is the caregivers' who came to carry out (Caregivers), as the composer writes it.
        Set<String> homeworkSide = clientSide;
        if (Caregivers.ofYoungChild(p).isPresent()) {
            homeworkSide = new HashSet<>(clientSide);
            homeworkSide.addAll(a.roles);
        }
        a.indexed("homework", p.homework(), homeworkSide);
        List<String> plan = p.plan();
        for (int i = 0; i < plan.size(); i++) {
            // "refer to the psychiatrist" is the clinician's step, "attend AA" the client's; the rest either's.
            List<String> first = ClinicalLexicon.words(plan.get(i).toLowerCase(Locale.ROOT));
            String verb = first.isEmpty() ? "" : EN.baseOf(first.get(0));
            a.put("plan[" + i + "]", plan.get(i), EN.isClinicianVerb(verb) && !EN.isClientVerb(verb) ? clinician
                    : shared);
            if (!EN.isClinicianVerb(verb) && first.stream().noneMatch(CLINICIAN_WORDS::contains) && ofCare(first)) {
                // "start IOP", "restart the antipsychotic": a level of care or a medicine no clinician is named to act
                // on is the client's to take.
                a.clientSteps.put("plan[" + i + "]", verb);
            }
        }
        return a;
    }

    /**
     * Whose a goal is: the client's side, and the person the goal opens with when it says what they are to do or do
     * ("mom to use praise daily", "Son enters treatment", "Parents consistent").
     */
    private Set<String> owner(String goal, Set<String> clientSide) {
        List<String> words = ClinicalLexicon.words(goal.toLowerCase(Locale.ROOT));
        int k = !words.isEmpty() && (English.DETERMINERS.contains(words.get(0)) || English.POSSESSIVES.contains(
                words.get(0))) ? 1 : 0;
        String who = k < words.size() ? reporterAt(words, k) : null;
        if (who == null || !(k + 2 < words.size() && words.get(k + 1).equals("to") && EN.is(words.get(k + 2), Form.BASE)
                || verbAfter(words, k) >= 0 || state(words, null, k + 1))) {
            return clientSide;
        }
        Set<String> out = new HashSet<>(clientSide);
        out.addAll(people(words.get(k), who));
        return out;
    }

    /**
     * Files each part of {@code name} as naming {@code who}: "Mateo drafted a list" is the deed of whoever Mateo is.
     * A part that is also an English word ("Hope", "Will") or names two people (a shared family name) names no one.
     */
    private void name(String name, String who) {
        for (String part : name.toLowerCase(Locale.ROOT).split("[^a-z'-]+")) {
            if (part.length() < 3 || EN.isKnownWord(part) || Lexicon.PEOPLE.contains(part)) {
                continue;
            }
            String before = names.putIfAbsent(part, who);
            if (before != null && !before.equals(who)) {
                names.put(part, "");
            }
        }
    }

    private void indexed(String field, List<String> values, Set<String> actors) {
        for (int i = 0; i < values.size(); i++) {
            put(field + "[" + i + "]", (values.get(i)), actors);
        }
    }

    private void put(String key, String text, Set<String> defaults) {
        pending.put(key, new ArrayList<>());
        add(key, text, defaults);
    }

    private void add(String key, String text, Set<String> defaults) {
        pending.computeIfAbsent(key, k -> new ArrayList<>()).add(new Pending(text, defaults));
    }

    /**
     * Reads every field now. Afterwards nothing changes, so one reading may be shared by verifications on several
     * threads.
     */
    public void readAll() {
        for (String key : pending.keySet()) {
            segments(key);
        }
        frozen = true;
    }

    /** A field's stretches, read on the first sentence that cites it (or all at once by {@link #readAll()}). */
    private List<Segment> segments(String key) {
        List<Segment> list = fields.get(key);
        if (list == null) {
            list = new ArrayList<>();
            for (Pending f : pending.getOrDefault(key, List.of())) {
                read(list, normalize.apply(f.text()), f.defaults());
            }
            if (!frozen) {
                fields.put(key, list);
            }
        }
        return list;
    }

    /** Splits {@code text} where it names its speaker ("mother reports ...") and files each stretch. */
    private void read(List<Segment> list, String text, Set<String> defaults) {
        boolean quoting = text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0;
        List<Boolean> bounds = new ArrayList<>();
        List<Boolean> commas = new ArrayList<>();
        List<String> words = ClinicalLexicon.words(text.toLowerCase(Locale.ROOT), bounds, commas);
        int from = 0;
        for (int i = 0; i <= words.size(); i++) {
            if (i < words.size() && !bounds.get(i) || i == from) {
                continue;
            }
            clause(list, words.subList(from, i), commas.subList(from, i), defaults, quoting);
            from = i;
        }
    }

    /**
     * Files one clause of a field. A clause that says who reports it ("mother reports ...", "... per dad") is
     * that person's to report and mostly the client's deed; one that names who did it ("mother agreed to ...")
     * is that person's deed; everyone a clause names may do what it tells ("son to remove the revolver").
     */
    private void clause(List<Segment> list, List<String> words, List<Boolean> commas, Set<String> defaults,
            boolean quoting) {
        Set<String> speakers = new HashSet<>(defaults);
        Set<String> doers = new HashSet<>(defaults);
        int from = 0;
        for (int i = 1; i < words.size(); i++) {
            if (!source(words, i) || i + 1 >= words.size() || reporterAt(words, i + 1) == null) {
                continue;
            }
            // Why: in a typed list ("poor appetite, lost 10 lbs per mother, missed work") "per X" closing one item
            // names the source of that item only; the items around it keep their own sources.
            int start = itemBefore(words, commas, i);
            int end = i + 2;
            while (end < words.size() && !commas.get(end)) {
                end++;
            }
            if (start > 0 || end < words.size()) {
                if (start > 0) {
                    clause(list, words.subList(0, start), commas.subList(0, start), defaults, quoting);
                }
                clause(list, words.subList(start, end), listStart(commas.subList(start, end)), defaults, quoting);
                if (end < words.size()) {
                    clause(list, words.subList(end, words.size()), listStart(commas.subList(end, words.size())),
                            defaults, quoting);
                }
                return;
            }
            break;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (source(words, i) && i + 1 < words.size() && reporterAt(words, i + 1) != null) {
                speakers = new HashSet<>(Set.of(reporterAt(words, i + 1)));
                doers.add(reporterAt(words, i + 1));
                // "per RN and pt": every source named is a speaker.
                for (int k = i + 2; k + 1 < words.size() && words.get(k).equals("and")
                        && reporterAt(words, k + 1) != null; k += 2) {
                    speakers.add(reporterAt(words, k + 1));
                    doers.add(reporterAt(words, k + 1));
                }
                from = -1;
                break;
            }
        }
        boolean reported = false;
        // A person who opens a subordinate clause ("tearful when mom mentioned, no panic") is that clause's subject
        // only: at the comma that closes it the clause before it goes on, with the speakers and doers it had.
        Set<String> mainSpeakers = null;
        Set<String> mainDoers = null;
        boolean mainReported = false;
        for (int i = 0; i < words.size() && from >= 0; i++) {
            if (mainSpeakers != null && i > from && commas.get(i)) {
                list.add(segment(speakers, doers, words.subList(from, i)));
                from = i;
                speakers = mainSpeakers;
                doers = mainDoers;
                reported = mainReported;
                mainSpeakers = null;
            }
            String agent = infinitiveSubject(words, commas, i);
            if (agent != null) {
                // "gave pill bottle to sister to hold": the sister holds, as a draft sentence reads it (innerVerb);
                // what comes before "to hold" stays with who gave.
                list.add(segment(speakers, doers, words.subList(from, i + 1)));
                from = i + 1;
                doers = new HashSet<>(Set.of(agent));
                i++;
                continue;
            }
            String named = speaker(words, i, quoting);
            if (named == null || i + 1 < words.size() && commas.get(i + 1)) {
                // "staying with sister, has not returned home": the verb after the comma is not the sister's.
                continue;
            }
            Set<String> who = people(source(words, i) ? words.get(i + 1) : words.get(i), named);
            if (i > from) {
                list.add(segment(speakers, doers, words.subList(from, i)));
            }
            from = i;
            if (i > 0 && SUBORDINATORS.contains(words.get(i - 1)) && !source(words, i)) {
                mainSpeakers = new HashSet<>(speakers);
                mainDoers = new HashSet<>(doers);
                mainReported = reported;
            }
            if (reported) {
                // "mother reports the client stopped eating": still the mother's report, the client's deed.
                doers.addAll(who);
                continue;
            }
            if (reports(words, i)) {
                speakers = new HashSet<>(who);
                doers = new HashSet<>(defaults);
                reported = true;
            } else {
                speakers = new HashSet<>(defaults);
                doers = new HashSet<>();
            }
            doers.addAll(who);
            speakers.addAll(who);
        }
        List<String> rest = words.subList(Math.max(from, 0), words.size());
        if (!rest.isEmpty()) {
            list.add(segment(speakers, doers, rest));
        }
    }

    /**
     * Who {@code named} (read from {@code word}) is: "parents" and "caregivers" in a field are the participants who came,
     * never the client ("parents agreed on a morning plan"); another group word may be anyone.
     */
    private Set<String> people(String word, String named) {
        return named.equals(ANYONE) && CARERS.contains(word) && !carers.isEmpty() ? carers : Set.of(named);
    }

    private static final Set<String> CARERS = Set.of("parents", "caregivers", "grandparents");

    /** Whether the list item {@code words[from, to)} says who it is from ("attending school daily per PO"). */
    private boolean sourcedItem(List<String> words, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (source(words, k) && reporterAt(words, k + 1) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the list item that "per X" at {@code per} closes begins: back to the comma before it, or, when "per X"
     * stands alone after a comma ("sertraline 50 mg (stopped 11/20, per PCP)"), back to the comma before the item it
     * follows, which is what X reported.
     */
    private static int itemBefore(List<String> words, List<Boolean> commas, int per) {
        int start = per;
        while (start > 0 && !commas.get(start)) {
            start--;
        }
        if (start == per && start > 0 && standsAlone(words, commas, per)) {
            start--;
            while (start > 0 && !commas.get(start)) {
                start--;
            }
        }
        return start;
    }

    /**
     * Round 27: whether "per X" at {@code per} stands alone in its item ("..., per PCP") and so sources the item before
     * it. Read by structure, not by the source's words: a source followed by its own finite verb ("..., per roommate
     * took pills") opens a clause of its own, X's report of what follows, and leaves the item before it with its own
     * speaker.
     */
    public static boolean standsAlone(List<String> words, List<Boolean> commas, int per) {
        int end = per + 2;
        while (end < words.size() && !commas.get(end)) {
            end++;
        }
        int verb = per + 1 < words.size() ? verbAfter(words, per + 1) : -1;
        return verb < 0 || verb >= end;
    }

    /** The comma marks of a piece cut from a clause: its first word follows no comma of its own. */
    private static List<Boolean> listStart(List<Boolean> commas) {
        List<Boolean> out = new ArrayList<>(commas);
        out.set(0, false);
        return out;
    }

    /**
     * The person a field names as who said or did what follows ("mother reports", "per dad"), or null; {@code quoting}
     * when the field quotes someone, whose "I" is then not read as the clinician.
     */
    private String speaker(List<String> words, int i, boolean quoting) {
        String w = words.get(i);
        if (source(words, i) && i + 1 < words.size()) {
            return reporterAt(words, i + 1);
        }
        String who = reporterAt(words, i);
        if (who == null || who.equals(CLINICIAN) && w.equals("i") && (quoting || i + 1 >= words.size()
                || !EN.is(words.get(i + 1), Form.PAST))) {
            // "I" opening a deed outside quotation marks ("I called ahead to the ER") is the clinician writing, as the
            // composer reads it; in a field that quotes, "I" may be the client's own words.
            return null;
        }
        int j = verbAfter(words, i);
        if (j < 0 && i + 2 < words.size() && !who.equals(CLIENT) && !who.equals(CLINICIAN)
                && !English.PREPOSITIONS.contains(words.get(i + 1)) && !English.CONJUNCTIONS.contains(words.get(i + 1))
                && !English.DETERMINERS.contains(words.get(i + 1)) && !FUNCTION.contains(words.get(i + 1))
                && !EN.is(words.get(i + 1), Form.PAST) && !EN.is(words.get(i + 1), Form.THIRD)
                && EN.is(words.get(i + 2), Form.PAST)) {
            // "friend group excluded her": the person with the noun that names them is who acted.
            j = i + 2;
        }
        if (j < 0 && i + 1 < words.size() && words.get(i + 1).endsWith("ing") && EN.is(words.get(i + 1), Form.GERUND)
                && (i == 0 || !OBJECT_OF.contains(words.get(i - 1)) && !English.PREPOSITIONS.contains(words.get(i - 1)))) {
            // "mom noticing better mood": the gerund's subject is who did it.
            j = i + 1;
        }
        if (j < 0 && clauseSubject(words, i) && i + 2 < words.size() && words.get(i + 1).equals("to")
                && EN.is(words.get(i + 2), Form.BASE)) {
            // "mom to use sticker chart nightly", "Luis to lock razors": a step the person opening it is to take.
            j = i + 2;
        }
        if (j < 0 && clauseSubject(words, i) && state(words, null, i + 1)) {
            // "mother anxious about grades": the state, its copula dropped, is the person's.
            j = i + 1;
        }
        return j >= 0 ? who : null;
    }

    /**
     * As {@link #verbAfter(List, int)}; with {@code gerund}, also a gerund ("reported husband hiding bottles"), which
     * after a report verb is the reported deed.
     */
    private static int verbAfter(List<String> words, int i, boolean gerund) {
        int j = verbAfter(words, i);
        if (j >= 0 || !gerund) {
            return j;
        }
        j = i + 1;
        while (j < words.size() && SKIPPABLE.contains(words.get(j))) {
            j++;
        }
        return j < words.size() && words.get(j).endsWith("ing") && EN.is(words.get(j), Form.GERUND) ? j : -1;
    }

    /**
     * True when the word at {@code i} opens what a report verb reports: "reported (that) the wife ...", "reported pt
     * agreed", "stated that he ...", skipping a determiner.
     */
    private static boolean complementStart(List<String> words, int i) {
        int k = i - 1;
        if (k >= 0 && English.DETERMINERS.contains(words.get(k)) && !words.get(k).equals("that")) {
            k--;
        }
        if (k >= 0 && words.get(k).equals("that")) {
            k--;
        }
        return k >= 0 && k < i && REPORT.contains(lemma(words.get(k)));
    }

    /** "the client mother", "patient ex-boyfriend": the client's word used as a possessive before a person. */
    private boolean adjunct(String before) {
        return CLIENT_WORDS.contains(before) && !before.equals("child") && !before.equals("kid");
    }

    /** The finite verb (or the verb after a modal) that follows the subject at {@code i}, or -1. */
    private static int verbAfter(List<String> words, int i) {
        int j = i + 1;
        while (j < words.size() && SKIPPABLE.contains(words.get(j))) {
            j++;
        }
        if (j >= words.size()) {
            return -1;
        }
        String w = words.get(j);
        // Right after a subject a past form is the verb, even one that can be an adjective ("shared"), and a regular
        // past of a verb the verb list lacks ("drafted").
        return EN.is(w, Form.PAST) || finite(w) || English.MODALS.contains(words.get(j - 1)) && EN.is(w, Form.BASE)
                || w.length() > 4 && w.endsWith("ed") && EN.baseOf(w).isEmpty() && EN.canBeVerb(w) ? j : -1;
    }

    /** True when the speaker named at {@code i} reports ("mother reports", "per dad"). */
    private static boolean reports(List<String> words, int i) {
        if (source(words, i)) {
            return true;
        }
        int j = verbAfter(words, i);
        return j >= 0 && REPORT.contains(lemma(words.get(j)));
    }

    private Segment segment(Set<String> speakers, Set<String> doers, List<String> words) {
        Set<String> w = new HashSet<>();
        Set<String> lemmas = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        speakers = new HashSet<>(speakers);
        doers = new HashSet<>(doers);
        for (int k = 0; k < words.size(); k++) {
            String s = words.get(k);
            // A person named as an owner or after a preposition ("block ex-boyfriend's number", "hiding bottles from
            // husband") is not who did it.
            boolean object = s.endsWith("'s") || k > 0 && OBJECT_OF.contains(words.get(k - 1))
                    || described(words, k);
            String named = object ? null : actorWord(s);
            if (named != null && !named.equals(CLIENT) && !named.equals(CLINICIAN) && !named.equals(ANYONE)) {
                speakers.add(named);
                doers.add(named);
            } else if (named != null && !named.equals(ANYONE) && k + 1 < words.size() && (words.get(k + 1).equals("to")
                    && k + 2 < words.size() && EN.is(words.get(k + 2), Form.BASE)
                    || words.get(k + 1).endsWith("ing") && EN.is(words.get(k + 1), Form.GERUND))) {
                // "allowed clinician to sit with her", "keeping the client talking": the deed inside is theirs.
                doers.add(named);
            } else if (named != null && !named.equals(ANYONE) && passiveAgent(words, k)) {
                // "redirected by writer 2x": a participle's agent did it; the field's subject had it done to them.
                doers.add(named);
            }
            w.add(s);
            lemmas.add(lemma(s));
            if (s.length() >= 5) {
                prefixes.add(s.substring(0, 5));
            }
        }
        return new Segment(Set.copyOf(speakers), Set.copyOf(doers), w, lemmas, prefixes);
    }

    /** Whether the word at {@code k} is the agent of a passive: "redirected by (this) writer". */
    private static boolean passiveAgent(List<String> words, int k) {
        int by = k - 1;
        while (by > 0 && English.DETERMINERS.contains(words.get(by))) {
            by--;
        }
        if (by < 1 || !words.get(by).equals("by")) {
            return false;
        }
        String w = words.get(by - 1);
        return EN.is(w, Form.PARTICIPLE) || EN.is(w, Form.PAST) || w.length() > 4 && w.endsWith("ed");
    }

    /** "sister as contact": the person at {@code k} is given a part ("as" and a noun), not doing anything. */
    private static boolean described(List<String> words, int k) {
        return k + 2 < words.size() && words.get(k + 1).equals("as") && !EN.is(words.get(k + 2), Form.PAST)
                && !REPORT.contains(lemma(words.get(k + 2)));
    }

    /**
     * The words of a draft sentence given to someone who did not say or do them in the fields it cites,
     * as "clinician: identified" entries; empty when every subject agrees with its field.
     * {@code content} says which words carry meaning (not function or frame words).
     */
    public List<String> misattributed(List<String> words, List<Boolean> bounds, List<Boolean> commas,
            List<String> cited, java.util.function.Predicate<String> content) {
        return misattributed(words, bounds, commas, cited, content, true);
    }

    /**
     * As {@link #misattributed(List, List, List, List, java.util.function.Predicate)}; {@code planSteps} also reads
     * a client's plan step of care or medicine given to the clinician ("This clinician will start IOP").
     */
    public List<String> misattributed(List<String> words, List<Boolean> bounds, List<Boolean> commas,
            List<String> cited, java.util.function.Predicate<String> content, boolean planSteps) {
        List<String> out = new ArrayList<>();
        int n = words.size();
        Set<String> lastSubject = null;
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            if (w.endsWith("'s")) {
                String owner = actorWord(w.substring(0, w.length() - 2));
                if (CLINICIAN.equals(owner) && i + 1 < n && ownedByClient(words, i + 1)) {
                    out.add(CLINICIAN + ": " + w + " " + words.get(i + 1));
                }
                continue;
            }
            String who = reporterAt(words, i);
            if (who == null && i > 0 && (w.equals("he") || w.equals("she")) && lastSubject != null
                    && complementStart(words, i)) {
                // "The client reported that he threatened to leave": the reporter's own deed, read against the field.
                // What the clinician reports "she" did is the client's.
                Set<String> reporter = lastSubject.contains(CLINICIAN) ? Set.of(CLIENT) : lastSubject;
                int v = verbAfter(words, i, true);
                if (v >= 0 && !bounded(bounds, i + 1, v)) {
                    check(words, v, v + 1, reporter, false, cited, content, out);
                }
                continue;
            }
            if (who == null || who.equals(ANYONE)) {
                continue;
            }
            if (inRole(words, bounds, i)) {
                // "role-played a party with another member playing the host": the partner stands in a role of the
                // client's practice, not as an actor of the clause; the practice itself is still the subject's.
                continue;
            }
            int inner = innerVerb(words, bounds, commas, i);
            if (inner >= 0) {
                // Inside a phrase the person is still who acts: "agreed for her mother to lock the cabinet", "included brother
                // noticing ...".
                if (!(who.equals(CLINICIAN) && CLINICIAN_FRAME.contains(lemma(words.get(inner))))) {
                    check(words, inner, inner + 1, Set.of(who), false, cited, content, out);
                }
                continue;
            }
            if (i > 0 && !subjectPosition(words.get(i - 1)) && !(complementStart(words, i) && !who.equals(CLINICIAN))
                    && !(adjunct(words.get(i - 1)) && !who.equals(CLIENT) && !who.equals(CLINICIAN))) {
                continue;
            }
            Set<String> subject = new HashSet<>(Set.of(who));
            int j = i + 1;
            // "This clinician and the client completed ...": a compound subject shares the deed.
            while (j + 1 < n && words.get(j).equals("and")) {
                int k = j + 1;
                while (k < n && (English.DETERMINERS.contains(words.get(k)) || English.POSSESSIVES.contains(words.get(k))
                        || words.get(k).endsWith("'s"))) {
                    k++;
                }
                String other = k < n ? actorWord(words.get(k)) : null;
                if (other == null) {
                    break;
                }
                subject.add(other);
                j = k + 1;
            }
            if (subject.contains(ANYONE)) {
                continue;
            }
            lastSubject = subject;
            int lead = i - 1;
            while (lead >= 0 && (English.DETERMINERS.contains(words.get(lead)) || English.POSSESSIVES.contains(
                    words.get(lead)) || words.get(lead).endsWith("'s"))) {
                lead--;
            }
            boolean attribution = lead >= 0 && ATTRIBUTION.contains(words.get(lead))
                    || lead > 0 && words.get(lead).equals("to") && words.get(lead - 1).equals("according");
            if (lead >= 0 && words.get(lead).equals("as")) {
                // "as the mother reported" attributes; "as a father" only describes.
                int v = verbAfter(words, i);
                attribution = v >= 0 && REPORT.contains(lemma(words.get(v)));
            }
            int participle = lead > 0 && words.get(lead).equals("by") ? participleBefore(words, bounds, lead) : -1;
            if (participle >= 0) {
                // "was completed by this clinician", "reported by the mother": the passive's doer or speaker.
                String passive = lemma(words.get(participle));
                if (REPORT.contains(passive)) {
                    check(words, clauseStart(bounds, i), participle, subject, true, cited, content, out);
                } else if (!(subject.contains(CLINICIAN) && CLINICIAN_FRAME.contains(passive))) {
                    check(words, participle, participle + 1, subject, false, cited, content, out);
                }
                i = j - 1;
                continue;
            }
            if (!attribution && lead >= 0 && lead < i - 1 && (English.PREPOSITIONS.contains(words.get(lead))
                    || words.get(lead).equals("as")) && !(SUBORDINATORS.contains(words.get(lead))
                    && verbAfter(words, j - 1) >= 0)) {
                // "with the client" is an object; "since the client died" opens a clause of its own.
                continue;
            }
            int last = j - 1;
            int verbAt = verbAfter(words, last, complementStart(words, i));
            if (verbAt < 0 || bounded(bounds, last + 1, verbAt)) {
                if (attribution && !words.get(lead).equals("as")) {
                    // "... 5 of 7 days per father": the words just before are his.
                    // Read as in the field (itemBefore): the item "per X" closes, or the one before ", per X".
                    int start = Math.max(clauseStart(bounds, i), lead - 6);
                    for (int k = lead - 1; k > start; k--) {
                        if (words.get(k).equals("as") || words.get(k).equals("by") || words.get(k).equals("and")
                                || commas.get(k)) {
                            start = k;
                            break;
                        }
                    }
                    for (int k = lead - 1; k > start; k--) {
                        if (COPULA.contains(words.get(k)) && inCited(words, k + 1, lead, cited, content)) {
                            // "Sertraline 50 mg daily was stopped 11/20, per PCP": what X reports is what the clause
                            // says of its subject; the subject is only what it is about. A predicate the fields never
                            // give ("were reported") says nothing of its own, and the subject is what X reported.
                            start = k;
                            break;
                        }
                    }
                    check(words, start, lead, subject, true, cited, content, out);
                } else if (!bounded(bounds, last + 1, last + 1) && last + 1 < n && COPULA.contains(words.get(last + 1))) {
                    // "the clinician was unable to commit to safety": the state is the subject's.
                    int stateEnd = clauseEnd(words, bounds, last + 2, false);
                    check(words, last + 2, stateEnd, subject, false, cited, content, out);
                    if (subject.equals(Set.of(CLINICIAN))) {
                        clientState(words, last + 2, stateEnd, cited, content, out);
                    }
                } else if (i > 0 && words.get(i - 1).equals("and") && state(words, bounds, last + 1)) {
                    // "..., and pt worried about the move": shorthand drops the copula; the state is the subject's.
                    check(words, last + 1, last + 2, subject, false, cited, content, out);
                }
                i = last;
                continue;
            }
            j = verbAt;
            i = last;
            String base = lemma(words.get(j));
            if (attribution && REPORT.contains(base)) {
                // "..., as this clinician reported": the report is what came before.
                check(words, clauseStart(bounds, i), i, subject, true, cited, content, out);
                continue;
            }
            if (REPORT.contains(base)) {
                // What was said runs on through "that she ...": it is all the speaker's, but for an item of it closed
                // by "per X", which is X's report (checked where "per X" is read).
                int end = clauseEnd(words, bounds, j + 1, false);
                for (int a = j + 1; a < end; ) {
                    int b = a + 1;
                    while (b < end && !commas.get(b)) {
                        b++;
                    }
                    if (!sourcedItem(words, a, b) && !(b + 1 < end && source(words, b)
                            && reporterAt(words, b + 1) != null && standsAlone(words, commas, b))) {
                        check(words, a, b, subject, true, cited, content, out);
                    }
                    a = b;
                }
                continue;
            }
            int end = clauseEnd(words, bounds, j + 1, true);
            if (subject.equals(Set.of(CLINICIAN)) && j > 0 && COPULA.contains(words.get(j - 1))) {
                // "This clinician was engaged": a participle after "was" is a state, the client's where a field says so.
                clientState(words, j, end, cited, content, out);
            }
            for (int k = j + 1; k + 1 < end; k++) {
                // "The client worked on safety planning with the client": one side of the work took the other's place.
                int at = English.DETERMINERS.contains(words.get(k + 1)) ? k + 2 : k + 1;
                if (words.get(k).equals("with") && at < n && subject.contains(String.valueOf(actorWord(words.get(at))))
                        && subject.size() == 1) {
                    out.add(words.get(at) + ": with the " + words.get(at));
                }
            }
            if (!subject.contains(CLINICIAN) && DOCUMENTING.contains(base) && !inCited(words.get(j), cited)) {
                // "The client documented the following ...": only the note's writer documents what no field says
                // anyone documented.
                out.add(String.join(" and ", subject) + ": " + words.get(j));
            }
            if (!subject.contains(CLINICIAN) && CLINICIAN_ONLY.contains(base)) {
                // "The client utilized cognitive restructuring": the clinician's act, given to someone else.
                check(words, j + 1, end, subject, false, cited, content, out);
            }
            if (!(subject.contains(CLINICIAN) && (CLINICIAN_FRAME.contains(base) || EN.isClinicianVerb(base)))) {
                check(words, j, j + 1, subject, false, cited, content, out);
            }
            if (j + 2 < end && words.get(j + 1).equals("to") && EN.is(words.get(j + 2), Form.BASE)) {
                // "the father agreed to use the skill": with no one between, who agrees (tries, plans) is who uses it.
                String then = lemma(words.get(j + 2));
                if (!(subject.contains(CLINICIAN) && (CLINICIAN_FRAME.contains(then) || EN.isClinicianVerb(then)))) {
                    check(words, j + 2, j + 3, subject, false, cited, content, out);
                }
            }
            // "... read the account aloud and rated distress": verbs joined to the first share its subject.
            for (int k = j + 2; k < end; k++) {
                if (words.get(k - 1).equals("and") && EN.is(words.get(k), Form.PAST) && !EN.isParticipialAdjective(
                        words.get(k)) && !(subject.contains(CLINICIAN) && CLINICIAN_FRAME.contains(lemma(words.get(k))))) {
                    check(words, k, k + 1, subject, false, cited, content, out);
                }
            }
        }
        if (planSteps) {
            stepsMoved(words, bounds, commas, cited, out);
        }
        return out;
    }

    /**
     * "This clinician will start IOP" where the plan step "start IOP" names no clinician: the client's step given to
     * the clinician. A verb only a clinician does ("refer", "schedule", "review"), and carrying on with the sessions
     * ("continue", "meet", "see"), stay the clinician's.
     */
    private void stepsMoved(List<String> words, List<Boolean> bounds, List<Boolean> commas, List<String> cited,
            List<String> out) {
        List<String> steps = null;
        for (String key : cited) {
            if (clientSteps.containsKey(key)) {
                steps = steps == null ? new ArrayList<>() : steps;
                steps.add(key);
            }
        }
        if (steps == null) {
            return;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!CLINICIAN.equals(actorWord(words.get(i))) || words.get(i).endsWith("'s")
                    || i > 0 && !subjectPosition(words.get(i - 1)) && !bounds.get(i) && !commas.get(i)) {
                continue;
            }
            int k = i + 1;
            boolean modal = false;
            while (k < words.size() && (SKIPPABLE.contains(words.get(k)) || words.get(k).equals("plans")
                    || words.get(k).equals("to"))) {
                modal |= English.MODALS.contains(words.get(k)) || words.get(k).equals("to");
                k++;
            }
            if (!modal || k >= words.size() || bounded(bounds, i + 1, k)) {
                continue;
            }
            String base = EN.baseOf(words.get(k));
            base = base.isEmpty() ? words.get(k) : base;
            if (EN.isClinicianVerb(base) || CLINICIAN_ONLY.contains(base) || CLINICIAN_STEPS.contains(base)
                    || CLINICIAN_FRAME.contains(base) && !base.equals("start") && !base.equals("begin")) {
                continue;
            }
            for (String key : steps) {
                if (base.equals(clientSteps.get(key)) || inCited(words.get(k), List.of(key))) {
                    out.add(CLINICIAN + ": " + words.get(k));
                    break;
                }
            }
        }
    }

    /** Whether a plan step names a level of care or a medicine: what the client enters, leaves or takes. */
    private static boolean ofCare(List<String> words) {
        for (String w : words) {
            if (CARE_WORDS.contains(w)) {
                return true;
            }
        }
        for (ClinicalLexicon.Mention m : ClinicalLexicon.standard().find(words)) {
            if (m.category() == ClinicalLexicon.Category.LEVEL_OF_CARE
                    || m.category() == ClinicalLexicon.Category.MEDICATION) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CARE_WORDS = Set.of("op", "outpatient", "meds", "med", "medication",
            "medications", "dose", "prescription");
    /** Steps only a clinician takes, that weigh a step rather than take it, or that carry on the sessions. */
    private static final Set<String> CLINICIAN_STEPS = Set.of("call", "send", "review", "schedule", "continue", "meet",
            "see", "follow", "check", "offer", "revisit", "discuss", "plan", "reevaluate", "re-evaluate", "phone",
            "consider", "ask", "recommend", "suggest", "request", "evaluate", "explore", "assess", "monitor");

    /**
     * The verb a person at {@code i} is the subject of inside a phrase, or -1: an infinitive ("mother to lock") or a
     * gerund ("client noticing", "brother helping") right after them, in the same clause.
     */
    private static int innerVerb(List<String> words, List<Boolean> bounds, List<Boolean> commas, int i) {
        int j = i + 1;
        int lead = i - 1;
        while (lead >= 0 && (English.DETERMINERS.contains(words.get(lead)) || English.POSSESSIVES.contains(
                words.get(lead)) || words.get(lead).endsWith("'s"))) {
            lead--;
        }
        // "with father to bring", "letter to PCP recommending": a person after a preposition is its object; "for
        // her mother to lock" names who locks.
        String before = lead >= 0 ? words.get(lead) : "";
        boolean object = OBJECT_OF.contains(before) || English.PREPOSITIONS.contains(before);
        if (j + 1 < words.size() && words.get(j).equals("to") && !bounds.get(j) && !bounds.get(j + 1)
                && !commas.get(j) && EN.is(words.get(j + 1), Form.BASE)
                && (!object || before.equals("for") || before.equals("to"))) {
            return j + 1;
        }
        return !object && j < words.size() && !bounds.get(j) && !commas.get(j) && words.get(j).endsWith("ing")
                && EN.is(words.get(j), Form.GERUND) ? j : -1;
    }

    /**
     * The person at {@code i} when they are the object of "to" or "for" and the subject of the infinitive right after
     * ("to roommate to dispense", "for her mother to lock"), else null: the same reading as {@link #innerVerb} gives a
     * draft sentence.
     */
    private String infinitiveSubject(List<String> words, List<Boolean> commas, int i) {
        if (i == 0 || i + 2 >= words.size() || !words.get(i + 1).equals("to") || commas.get(i + 1) || commas.get(i + 2)
                || !EN.is(words.get(i + 2), Form.BASE)) {
            return null;
        }
        int lead = i - 1;
        while (lead >= 0 && (English.DETERMINERS.contains(words.get(lead)) || English.POSSESSIVES.contains(
                words.get(lead)) || words.get(lead).endsWith("'s"))) {
            lead--;
        }
        if (lead < 0 || !(words.get(lead).equals("to") || words.get(lead).equals("for"))) {
            return null;
        }
        String who = reporterAt(words, i);
        return who == null || who.equals(ANYONE) ? null : who;
    }

    /** The participle a "by" phrase completes ("given to her roommate by ..."), a few words back, or -1. */
    private static int participleBefore(List<String> words, List<Boolean> bounds, int by) {
        for (int k = by - 1; k >= Math.max(0, by - 6); k--) {
            String w = words.get(k);
            if (EN.is(w, Form.PARTICIPLE) || EN.is(w, Form.PAST) || k == by - 1 && w.length() > 4 && w.endsWith("ed")) {
                // "as evidenced by a boyfriend": a participle right before "by" is the one it completes, in the
                // dictionary or not.
                return k;
            }
            if (bounds.get(k)) {
                break;
            }
        }
        return -1;
    }

    /**
     * A person who opens a clause ("mother ...", "and her dad ..."), not one inside a phrase ("with case manager
     * present": the state there describes the scene).
     */
    private static boolean clauseSubject(List<String> words, int i) {
        int k = i - 1;
        if (k >= 0 && (English.DETERMINERS.contains(words.get(k)) || English.POSSESSIVES.contains(words.get(k)))) {
            k--;
        }
        return k < 0 || OPENS_CLAUSE.contains(words.get(k));
    }

    private static final Set<String> OPENS_CLAUSE = Set.of("and", "but", "then", "while", "when");

    /** A state after a person with its copula dropped: "mother worried", "pt anxious". */
    private static boolean state(List<String> words, List<Boolean> bounds, int at) {
        if (at >= words.size() || bounds != null && bounded(bounds, at, at)) {
            return false;
        }
        String w = words.get(at);
        // The state ends its clause or takes its object ("worried about", "upset with"): "still texting" is no state.
        String next = at + 1 < words.size() && !(bounds != null && bounded(bounds, at + 1, at + 1))
                ? words.get(at + 1) : null;
        return (EN.isParticipialAdjective(w) || EN.isAdjective(w))
                && (next == null || STATE_OBJECT.contains(next));
    }

    private static final Set<String> STATE_OBJECT = Set.of("about", "of", "with", "over", "that", "for", "by", "at",
            "and");

    private static boolean subjectPosition(String before) {
        return English.DETERMINERS.contains(before) || English.POSSESSIVES.contains(before) || before.endsWith("'s")
                || before.equals("and") || ATTRIBUTION.contains(before) || before.equals("then")
                || before.equals("that") || before.equals("while") || before.equals("when") || before.equals("after");
    }

    private static boolean ownedByClient(List<String> words, int at) {
        String w = words.get(at);
        if (w.equals("current") && at + 1 < words.size()) {
            w = words.get(at + 1);
            return w.equals("risk") || CLIENT_OWNED.contains(w);
        }
        if (w.equals("risk")) {
            return !(at + 1 < words.size() && words.get(at + 1).startsWith("assess"));
        }
        // Family, not colleagues: a clinician has a supervisor, not the client's mother.
        return CLIENT_OWNED.contains(w) || FAMILY.contains(role(w));
    }

    /**
     * Whether the person at {@code i} is a practice partner in a role: followed by "playing", "as", "acting" or "in the
     * role of", after a practice verb earlier in the same clause ("practiced with dad playing the teacher",
     * "rehearsed with mom as the boss"). Only the words of the practice class open it; any other verb keeps the person
     * an actor.
     */
    boolean inRole(List<String> words, List<Boolean> bounds, int i) {
        int next = i + 1;
        // A person named in two words ("group member") is read at its first.
        if (next + 1 < words.size() && !bounds.get(next) && actorWord(words.get(next)) != null) {
            next++;
        }
        if (next >= words.size() || bounds.get(next)) {
            return false;
        }
        String w = words.get(next);
        boolean role = w.equals("playing") || w.equals("as") || w.equals("acting")
                || w.equals("in") && next + 2 < words.size() && words.get(next + 1).equals("the")
                && words.get(next + 2).equals("role");
        if (!role) {
            return false;
        }
        for (int k = i - 1; k >= clauseStart(bounds, i); k--) {
            String v = words.get(k);
            if (v.startsWith("role-play") || v.startsWith("roleplay") || v.equals("rp")
                    || v.equals("role") && k + 1 < i && words.get(k + 1).startsWith("play")
                    || PRACTICE.contains(lemma(v))) {
                return true;
            }
        }
        return false;
    }

    /** The verbs of rehearsal: a partner named with them may stand in a role ("with mom as the boss"). */
    private static final Set<String> PRACTICE = Set.of("practice", "rehearse", "enact", "simulate", "model");

    private static int clauseStart(List<Boolean> bounds, int i) {
        int s = i;
        while (s > 0 && !bounds.get(s)) {
            s--;
        }
        return s;
    }

    /**
     * The clause ends at a boundary or where a new subject takes over ("..., and the mother agreed");
     * with {@code pronouns}, also at "that" or a pronoun subject.
     */
    private int clauseEnd(List<String> words, List<Boolean> bounds, int from, boolean pronouns) {
        for (int k = from; k < words.size(); k++) {
            String w = words.get(k);
            if (bounds.get(k) || actorWord(w) != null && !w.endsWith("'s") && verbAfter(words, k) >= 0
                    || pronouns && (w.equals("that") || w.equals("she") || w.equals("he") || w.equals("they"))) {
                return k;
            }
        }
        return words.size();
    }

    private static boolean bounded(List<Boolean> bounds, int from, int to) {
        for (int k = from; k <= to && k < bounds.size(); k++) {
            if (bounds.get(k)) {
                return true;
            }
        }
        return false;
    }

    /** True when a cited field holds {@code w} or a word of its lemma or first five letters. */
    private boolean inCited(String w, List<String> cited) {
        String l = lemma(w);
        String prefix = w.length() >= 5 ? w.substring(0, 5) : null;
        for (String key : cited) {
            for (Segment s : segments(key)) {
                if (s.words().contains(w) || s.lemmas().contains(l) || prefix != null && s.prefixes().contains(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Flags the words from {@code from} to {@code to} that the fields give to someone outside {@code subject}. */
    private void check(List<String> words, int from, int to, Set<String> subject, boolean speech, List<String> cited,
            java.util.function.Predicate<String> content, List<String> out) {
        for (int k = from; k < to; k++) {
            String w = words.get(k);
            if (!content.test(w) || actorWord(w) != null) {
                continue;
            }
            String l = lemma(w);
            String prefix = w.length() >= 5 ? w.substring(0, 5) : null;
            boolean found = false;
            boolean allowed = false;
            for (String key : cited) {
                for (Segment s : segments(key)) {
                    if (s.words().contains(w) || s.lemmas().contains(l) || prefix != null && s.prefixes().contains(prefix)) {
                        found = true;
                        Set<String> actors = speech ? s.speakers() : s.doers();
                        for (String a : subject) {
                            allowed |= actors.contains(a);
                        }
                        allowed |= actors.contains(ANYONE);
                    }
                }
            }
            if (found && !allowed) {
                out.add(String.join(" and ", subject) + ": " + w);
            }
        }
    }

    /** Whether a content word of {@code words[from, to)} stands in a cited field. */
    private boolean inCited(List<String> words, int from, int to, List<String> cited,
            java.util.function.Predicate<String> content) {
        for (int k = from; k < to; k++) {
            String w = words.get(k);
            if (content.test(w) && actorWord(w) == null && inCited(w, cited)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "This clinician was tearful": a state a cited field gives the client (an observation the clinician shares, a
     * response) is the client's, never the clinician's own.
     */
    private void clientState(List<String> words, int from, int to, List<String> cited,
            java.util.function.Predicate<String> content, List<String> out) {
        for (int k = from; k < to; k++) {
            String w = words.get(k);
            if (!content.test(w) || actorWord(w) != null) {
                continue;
            }
            for (String key : cited) {
                for (Segment s : segments(key)) {
                    if (s.words().contains(w) && s.doers().contains(CLIENT)) {
                        out.add(CLINICIAN + ": " + w);
                        return;
                    }
                }
            }
        }
    }

    /**
     * "per X" or "collateral from X": who the rest of the clause is from. One vocabulary of reporters
     * ({@link Reporters}) with the composer, so "per RN", "CM states" and "collateral from spouse" name the same
     * person in a prompt field and in a draft.
     */
    private static boolean source(List<String> words, int i) {
        String w = words.get(i);
        return w.equals("per") || w.equals("from") && i > 0 && words.get(i - 1).equals("collateral");
    }

    /**
     * As {@link #actorWord(String)} for the word at {@code i}, and a reporter's short form where it reports ("per
     * RN", "PO reports"): "po" elsewhere is "by mouth".
     */
    private String reporterAt(List<String> words, int i) {
        String w = words.get(i);
        String who = actorWord(w);
        if (who != null) {
            return who;
        }
        return Reporters.shortForm(w).isPresent() ? Reporters.at(words, i).map(Actors::role).orElse(null) : null;
    }

    /** client, clinician, a role ("mother", "partner"), ANYONE for a group, or null when {@code w} names no one. */
    private String actorWord(String w) {
        if (w.startsWith("ex-") && w.length() > 4) {
            // "ex-boyfriend", "ex-wife": still a person the prompt names by the relationship.
            String r = actorWord(w.substring(3));
            return r == null || r.equals(CLIENT) || r.equals(CLINICIAN) || r.equals(ANYONE) ? null : r;
        }
        String fixed = ACTOR_FILTER.mayHold(w) ? ACTOR_WORDS.get(w) : null;
        if (fixed != null) {
            return fixed;
        }
        String named = names.get(w);
        return named == null || named.isEmpty() ? null : named;
    }

    /**
     * The client's, the clinician's and the group words, then the people words as their role: one lookup for the
     * words every prompt shares (names are never among them: a name is no English or people word).
     */
    private static final Map<String, String> ACTOR_WORDS;
    private static final WordFilter ACTOR_FILTER;

    static {
        Map<String, String> m = new HashMap<>();
        CLIENT_WORDS.forEach(w -> m.putIfAbsent(w, CLIENT));
        CLINICIAN_WORDS.forEach(w -> m.putIfAbsent(w, CLINICIAN));
        GROUP_WORDS.forEach(w -> m.putIfAbsent(w, ANYONE));
        Lexicon.PEOPLE.forEach(w -> m.putIfAbsent(w, role(w)));
        Reporters.words().forEach(w -> m.putIfAbsent(w, role(w)));
        INSTITUTIONS.forEach(w -> m.putIfAbsent(w, w));
        // A hash map, not Map.copyOf: asked of every word a clause reads, and it compares hashes before strings.
        ACTOR_WORDS = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(m));
        ACTOR_FILTER = WordFilter.of(ACTOR_WORDS.keySet());
    }

    /** Whether {@code w} is a word for the client, the clinician, a group or a person's role. */
    public static boolean isActorWord(String w) {
        return ACTOR_FILTER.mayHold(w) && ACTOR_WORDS.containsKey(w);
    }

    /**
     * One id per person whatever word names them ("mom", "mother"; "RN", "nurse"; "CM", "case manager"): a role of
     * several words is known by its last word, as a draft's words are read one at a time.
     */
    private static String role(String w) {
        String alias = ROLE_ALIASES.get(w);
        if (alias != null) {
            return alias;
        }
        String r = Reporters.role(w).orElse(w);
        int space = r.lastIndexOf(' ');
        if (space >= 0) {
            String head = r.substring(space + 1);
            r = Reporters.role(head).orElse(head);
        }
        return r;
    }

    private static boolean finite(String w) {
        return EN.is(w, Form.PAST) && !EN.isParticipialAdjective(w) || EN.is(w, Form.THIRD) && !EN.is(w, Form.BASE)
                || w.equals("will") || w.equals("would");
    }

    /** A word's dictionary form ("threatened" to "threaten", "attacks" to "attack"). */
    static String lemma(String w) {
        return EN.dictionaryForm(w);
    }
}
