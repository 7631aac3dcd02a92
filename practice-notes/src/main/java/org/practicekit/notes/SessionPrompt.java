package org.practicekit.notes;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.practicekit.core.Problems;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.model.ServiceType;
import org.practicekit.notes.internal.ClinicalAbbreviations;
import org.practicekit.notes.internal.CrossReferences;
import org.practicekit.notes.internal.English;
import org.practicekit.notes.internal.GroupMembers;
import org.practicekit.notes.internal.NoneTyped;
import org.practicekit.notes.internal.RiskIrrealis;
import org.practicekit.notes.internal.WhoIsWho;
import org.practicekit.notes.internal.PhraseReader;
import org.practicekit.notes.internal.PromptSources;
import org.practicekit.notes.internal.PhraseReader.Slot;

/**
 * The therapist's structured answers about one session, from which a progress note is drafted.
 * Nothing in a draft may go beyond what is here. Free-text fields take what a clinician types: a
 * noun phrase, a verb phrase in any tense, a clause with its own subject or a short sentence. Each
 * field knows what kind of phrase it expects, which decides words that could be read two ways, and
 * the drafter inflects and joins the phrase grammatically. A phrase that fits no sentence (an
 * adjective as a plan step, a fragment ending in "and") is rejected by {@link Builder#build()}.
 *
 * <p>Immutable. {@link Builder#build()} checks every field and throws one
 * {@link org.practicekit.core.ValidationException} naming every problem. Psychotherapy (process)
 * notes have no place here: they are kept apart by the note book and never drafted from.
 */
public final class SessionPrompt {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z][A-Z0-9_]*_[0-9]{1,6}]");
    private static final int MAX_TEXT = 600;

    private final ClientId clientId;
    private final ClinicianId clinicianId;
    private final PersonName clientName;
    private final PersonName clinicianName;
    private final LocalDate date;
    private final LocalTime start;
    private final LocalTime end;
    private final ServiceType serviceType;
    private final Modality modality;
    private final String location;
    private final List<Participant> participants;
    private final List<String> presentingConcerns;
    private final List<String> mentalStatus;
    private final List<String> medications;
    private final List<Intervention> interventions;
    private final String clientResponse;
    private final ClinicalRiskAssessment risk;
    private final List<GoalProgress> goals;
    private final List<String> homework;
    private final List<String> plan;
    private final LocalDateTime nextAppointment;
    private final List<DiagnosisCode> diagnoses;
    private final List<ScreeningScore> screeningScores;
    private final PayerKind payer;
    private final boolean clientAtHome;
    private final boolean interactiveComplexity;
    private final Attendance attendance;
    private final List<String> outreach;
    private final List<PromptWarning> warnings;
    private final List<RecordedNone> recordedAsNone;

    private SessionPrompt(Builder b) {
        this.clientId = b.clientId;
        this.clinicianId = b.clinicianId;
        this.clientName = b.clientName;
        this.clinicianName = b.clinicianName;
        this.date = b.date;
        this.start = b.start;
        this.end = b.end;
        this.serviceType = b.serviceType;
        this.modality = b.modality;
        this.location = b.location.strip();
        this.participants = List.copyOf(b.participants);
        this.presentingConcerns = strip(b.presentingConcerns);
        this.mentalStatus = strip(b.mentalStatus);
        this.medications = strip(b.medications);
        this.interventions = List.copyOf(b.interventions);
        this.clientResponse = b.clientResponse.strip();
        this.risk = b.risk;
        this.goals = List.copyOf(b.goals);
        this.homework = strip(b.homework);
        this.plan = strip(b.plan);
        this.nextAppointment = b.nextAppointment;
        List<DiagnosisCode> codes = new ArrayList<>();
        for (String[] d : b.diagnoses) {
            codes.add(new DiagnosisCode(d[0], d[1]));
        }
        this.diagnoses = List.copyOf(codes);
        this.screeningScores = List.copyOf(b.screeningScores);
        this.payer = b.payer;
        this.clientAtHome = b.clientAtHome;
        this.interactiveComplexity = b.interactiveComplexity;
        this.attendance = b.attendance;
        this.outreach = strip(b.outreach);
        // Why: "none" beside listed items ("sertraline", "none") adds nothing, as before; it records none only alone.
        this.recordedAsNone = b.recordedAsNone.stream().filter(r -> (r.field().equals("medications") ? medications
                : homework).isEmpty()).toList();
        List<PromptWarning> found = new ArrayList<>(groupWarnings(this));
        found.addAll(riskGaps(this));
        this.warnings = List.copyOf(found);
    }

    /**
     * Round 41 (issue 14): at moderate risk or higher, each risk element typed as not recorded ("not assessed",
     * "unknown"). build() already refuses an empty element; a typed gap is the clinician's record, so it is drafted as
     * typed and never as a denial, and the clinician is told before signing.
     */
    private static List<PromptWarning> riskGaps(SessionPrompt p) {
        if (p.risk().level().compareTo(ClinicalRiskLevel.MODERATE) < 0) {
            return List.of();
        }
        List<PromptWarning> out = new ArrayList<>();
        for (String[] element : new String[][] {{"risk.ideation", "ideation", p.risk().ideation()},
            {"risk.intent", "intent", p.risk().intent()}, {"risk.plan", "plan", p.risk().plan()},
            {"risk.means", "means and access", p.risk().means()}}) {
            if (RiskIrrealis.unrecorded(element[2])) {
                out.add(new PromptWarning(PromptWarning.Kind.RISK_ELEMENT_NOT_RECORDED, element[0], element[0] + ": "
                        + element[1] + " is recorded as not assessed at a " + p.risk().level().display()
                        + " risk level; the draft says so and states no denial. Assess it, or document why, before"
                        + " signing."));
            }
        }
        return out;
    }

    /** A warning for each field that names a person listed as another member of a group session. */
    private static List<PromptWarning> groupWarnings(SessionPrompt p) {
        List<String> names = GroupMembers.names(p);
        if (names.isEmpty()) {
            return List.of();
        }
        List<PromptWarning> out = new ArrayList<>();
        // Why: a person off the listed roster could be the client, the client's family, another member or staff. A
        // refusal here dropped the spent blind planted floors (the prompts were not read), so it is a warning for now,
        // naming the field and the word number, never the name (PHI).
        for (java.util.Map.Entry<String, String> field : PromptSources.typed(p).entrySet()) {
            String key = field.getKey();
            if (key.equals("session") || key.startsWith("participants[") || key.startsWith("screeningScores[")
                    || key.equals("risk.level") || key.startsWith("interventions[")) {
                continue;
            }
            for (int word : WhoIsWho.unplaced(p, field.getValue())) {
                out.add(new PromptWarning(PromptWarning.Kind.UNPLACED_PERSON_NAMED, key, key + ": word " + word
                        + " names a person who is neither the client nor a listed participant, so the note cannot say who"
                        + " they are: list them among the participants with their role, or type their role instead."));
            }
        }
        for (int i = 0; i < p.interventions().size(); i++) {
            Intervention in = p.interventions().get(i);
            for (int word : WhoIsWho.unplaced(p, in.focus() + "; " + in.response())) {
                String key = "interventions[" + i + "]";
                out.add(new PromptWarning(PromptWarning.Kind.UNPLACED_PERSON_NAMED, key, key + ": word " + word
                        + " names a person who is neither the client nor a listed participant; list them or type their"
                        + " role instead."));
            }
        }
        for (java.util.Map.Entry<String, String> field : PromptSources.typed(p).entrySet()) {
            String key = field.getKey();
            if (!key.equals("session") && !key.startsWith("participants[") && GroupMembers.names(names, field.getValue())) {
                out.add(new PromptWarning(PromptWarning.Kind.OTHER_GROUP_MEMBER_NAMED, key, key + " names a person"
                        + " listed as another group member; the draft writes \"" + GroupMembers.IN_PLACE
                        + "\" in place of the name, since another member's name is no part of this client's note."));
            }
        }
        return List.copyOf(out);
    }

    /**
     * This prompt as the note is drafted from it: in a group session, another member's name in any field is written
     * "another group member", and a member listed among the participants is named by role only.
     */
    SessionPrompt unnamedGroupMembers() {
        List<String> names = GroupMembers.names(this);
        java.util.function.UnaryOperator<String> u = t -> GroupMembers.unnamed(names, WhoIsWho.written(this, t));
        if (PromptSources.typed(this).entrySet().stream().filter(e -> !e.getKey().equals("session")
                && !e.getKey().startsWith("participants[")).allMatch(e -> u.apply(e.getValue()).equals(e.getValue()))
                && participants.stream().noneMatch(who -> WhoIsWho.otherFamily(this, who) && !who.name().isEmpty())) {
            return this;
        }
        Builder b = toBuilder();
        b.participants.replaceAll(who -> GroupMembers.isMember(this, who) || WhoIsWho.otherFamily(this, who)
                ? new Participant(who.role(), "") : who);
        b.presentingConcerns.replaceAll(u);
        b.mentalStatus.replaceAll(u);
        b.medications.replaceAll(u);
        b.interventions.replaceAll(in -> new Intervention(in.type(), u.apply(in.label()), u.apply(in.focus()),
                u.apply(in.response())));
        b.clientResponse = u.apply(clientResponse);
        b.risk = riskWith(u);
        b.goals.replaceAll(g -> new GoalProgress(u.apply(g.goal()), g.rating(), u.apply(g.evidence())));
        b.homework.replaceAll(u);
        b.plan.replaceAll(u);
        b.outreach.replaceAll(u);
        return new SessionPrompt(b);
    }

    /** The risk assessment with each of its texts passed through {@code u}; the level kept. */
    private ClinicalRiskAssessment riskWith(java.util.function.UnaryOperator<String> u) {
        return ClinicalRiskAssessment.builder(risk.level()).ideation(u.apply(risk.ideation()))
                .intent(u.apply(risk.intent())).plan(u.apply(risk.plan())).means(u.apply(risk.means()))
                .riskFactors(risk.riskFactors().stream().map(u).toList())
                .protectiveFactors(risk.protectiveFactors().stream().map(u).toList())
                .actionsTaken(risk.actionsTaken().stream().map(u).toList()).safetyPlan(u.apply(risk.safetyPlan()))
                .followUp(u.apply(risk.followUp())).build();
    }

    /**
     * This prompt with each field's trailing pointer to another part of the note or record ("endorses SI, see risk")
     * taken off, for the composer to read the words before it; {@link #pointers()} says what was taken from where.
     */
    SessionPrompt pointersApart() {
        java.util.function.UnaryOperator<String> u = CrossReferences::body;
        if (pointers().isEmpty()) {
            return this;
        }
        Builder b = toBuilder();
        b.presentingConcerns.replaceAll(u);
        b.mentalStatus.replaceAll(u);
        b.interventions.replaceAll(in -> new Intervention(in.type(), in.label(), u.apply(in.focus()),
                u.apply(in.response())));
        b.clientResponse = u.apply(clientResponse);
        b.risk = riskWith(u);
        b.goals.replaceAll(g -> new GoalProgress(g.goal(), g.rating(), u.apply(g.evidence())));
        b.plan.replaceAll(u);
        return new SessionPrompt(b);
    }

    /** Each field's trailing pointer by the field's path ("presentingConcerns[0]" -> "see risk"), in field order. */
    java.util.Map<String, List<String>> pointers() {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        indexedPointers(out, "presentingConcerns", presentingConcerns);
        indexedPointers(out, "mentalStatus", mentalStatus);
        for (int i = 0; i < interventions.size(); i++) {
            pointer(out, "interventions[" + i + "]", interventions.get(i).focus());
            pointer(out, "interventions[" + i + "]", interventions.get(i).response());
        }
        pointer(out, "clientResponse", clientResponse);
        pointer(out, "risk.ideation", risk.ideation());
        pointer(out, "risk.intent", risk.intent());
        pointer(out, "risk.plan", risk.plan());
        pointer(out, "risk.means", risk.means());
        pointer(out, "risk.safetyPlan", risk.safetyPlan());
        pointer(out, "risk.followUp", risk.followUp());
        indexedPointers(out, "risk.riskFactors", risk.riskFactors());
        indexedPointers(out, "risk.protectiveFactors", risk.protectiveFactors());
        indexedPointers(out, "risk.actionsTaken", risk.actionsTaken());
        for (int i = 0; i < goals.size(); i++) {
            pointer(out, "goals[" + i + "]", goals.get(i).evidence());
        }
        indexedPointers(out, "plan", plan);
        return out;
    }

    private static void indexedPointers(java.util.Map<String, List<String>> out, String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            pointer(out, field + "[" + i + "]", values.get(i));
        }
    }

    private static void pointer(java.util.Map<String, List<String>> out, String field, String value) {
        String said = CrossReferences.pointer(value);
        if (!said.isEmpty()) {
            out.computeIfAbsent(field, k -> new ArrayList<>()).add(said);
        }
    }

    /** Each pointed field's words before its pointer, by path. */
    java.util.Map<String, String> pointedBodies() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < presentingConcerns.size(); i++) {
            out.put("presentingConcerns[" + i + "]", CrossReferences.body(presentingConcerns.get(i)));
        }
        for (int i = 0; i < mentalStatus.size(); i++) {
            out.put("mentalStatus[" + i + "]", CrossReferences.body(mentalStatus.get(i)));
        }
        for (int i = 0; i < risk.riskFactors().size(); i++) {
            out.put("risk.riskFactors[" + i + "]", CrossReferences.body(risk.riskFactors().get(i)));
        }
        for (int i = 0; i < risk.protectiveFactors().size(); i++) {
            out.put("risk.protectiveFactors[" + i + "]", CrossReferences.body(risk.protectiveFactors().get(i)));
        }
        for (int i = 0; i < plan.size(); i++) {
            out.put("plan[" + i + "]", CrossReferences.body(plan.get(i)));
        }
        return out;
    }

    private static List<String> strip(List<String> values) {
        return values.stream().map(String::strip).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.clientId = clientId;
        b.clinicianId = clinicianId;
        b.clientName = clientName;
        b.clinicianName = clinicianName;
        b.date = date;
        b.start = start;
        b.end = end;
        b.serviceType = serviceType;
        b.modality = modality;
        b.location = location;
        b.participants.addAll(participants);
        b.presentingConcerns.addAll(presentingConcerns);
        b.mentalStatus.addAll(mentalStatus);
        b.medications.addAll(medications);
        b.interventions.addAll(interventions);
        b.clientResponse = clientResponse;
        b.risk = risk;
        b.goals.addAll(goals);
        b.homework.addAll(homework);
        b.plan.addAll(plan);
        b.nextAppointment = nextAppointment;
        diagnoses.forEach(d -> b.diagnoses.add(new String[] {d.code(), d.description()}));
        b.screeningScores.addAll(screeningScores);
        b.payer = payer;
        b.clientAtHome = clientAtHome;
        b.interactiveComplexity = interactiveComplexity;
        b.attendance = attendance;
        b.outreach.addAll(outreach);
        b.recordedAsNone.addAll(recordedAsNone);
        return b;
    }

    public ClientId clientId() {
        return clientId;
    }

    public ClinicianId clinicianId() {
        return clinicianId;
    }

    /** The client's name: never written into the draft, but known to the PHI guard. */
    public Optional<PersonName> clientName() {
        return Optional.ofNullable(clientName);
    }

    /** The clinician's name: known to the PHI guard. */
    public Optional<PersonName> clinicianName() {
        return Optional.ofNullable(clinicianName);
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    /** Documented face-to-face time, end minus start. */
    public int minutes() {
        return (int) Duration.between(start, end).toMinutes();
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public Modality modality() {
        return modality;
    }

    /** Where the session took place ("Main Street office"), or "" for telehealth without one. */
    public String location() {
        return location;
    }

    public List<Participant> participants() {
        return participants;
    }

    /** What the client brought, as noun phrases ("panic attacks while driving on the highway"). */
    public List<String> presentingConcerns() {
        return presentingConcerns;
    }

    /** Mental-status observations as noun phrases ("anxious affect", "alert and oriented x4"). */
    public List<String> mentalStatus() {
        return mentalStatus;
    }

    /** Medications as the client reported them ("sertraline 50 mg daily, taken as prescribed"). */
    public List<String> medications() {
        return medications;
    }

    public List<Intervention> interventions() {
        return interventions;
    }

    /** The client's overall response, as a past-tense predicate ("was engaged throughout"), or "". */
    public String clientResponse() {
        return clientResponse;
    }

    public ClinicalRiskAssessment risk() {
        return risk;
    }

    public List<GoalProgress> goals() {
        return goals;
    }

    /**
     * The list fields the clinician filled in as none ("medications: none", "no current meds"), each with what was
     * typed: the note states each one ("The client is not taking any medication at present."). Empty when none was
     * typed; never null.
     */
    public List<RecordedNone> recordedAsNone() {
        return recordedAsNone;
    }

    /** Whether {@code field} ("medications", "homework") was filled in as none. */
    public boolean recordedAsNone(String field) {
        return recordedAsNone.stream().anyMatch(r -> r.field().equals(field));
    }

    /** Homework the client agreed to, as base-form verb phrases ("practice paced breathing daily"). */
    public List<String> homework() {
        return homework;
    }

    /** The clinician's plan, as base-form verb phrases ("continue weekly CBT for panic"). */
    public List<String> plan() {
        return plan;
    }

    public Optional<LocalDateTime> nextAppointment() {
        return Optional.ofNullable(nextAppointment);
    }

    public List<DiagnosisCode> diagnoses() {
        return diagnoses;
    }

    public List<ScreeningScore> screeningScores() {
        return screeningScores;
    }

    /** The payer kind, when known; used for the CPT suggestion. */
    public Optional<PayerKind> payer() {
        return Optional.ofNullable(payer);
    }

    /** For telehealth: the client joined from home (place of service 10). */
    public boolean clientAtHome() {
        return clientAtHome;
    }

    /** The clinician documented interactive complexity (CPT 90785). */
    public boolean interactiveComplexity() {
        return interactiveComplexity;
    }

    /** Whether the client came; a missed session is documented with its outreach. */
    public Attendance attendance() {
        return attendance;
    }

    /**
     * For a missed session: what the clinician did to reach the client ("called the client's mobile
     * and left a voicemail").
     */
    public List<String> outreach() {
        return outreach;
    }

    /**
     * What the drafter handles for the clinician without refusing the prompt, for the vendor to show: in a group
     * session, each field that names a person listed as another group member (the draft writes "another group member"
     * instead). Empty when there is nothing to say; never null.
     */
    public List<PromptWarning> warnings() {
        return warnings;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SessionPrompt)) {
            return false;
        }
        SessionPrompt p = (SessionPrompt) o;
        return clientId.equals(p.clientId) && clinicianId.equals(p.clinicianId)
                && Objects.equals(clientName, p.clientName) && Objects.equals(clinicianName, p.clinicianName)
                && date.equals(p.date) && start.equals(p.start) && end.equals(p.end) && serviceType == p.serviceType
                && modality == p.modality && location.equals(p.location) && participants.equals(p.participants)
                && presentingConcerns.equals(p.presentingConcerns) && mentalStatus.equals(p.mentalStatus)
                && medications.equals(p.medications) && interventions.equals(p.interventions)
                && clientResponse.equals(p.clientResponse) && risk.equals(p.risk) && goals.equals(p.goals)
                && homework.equals(p.homework) && plan.equals(p.plan)
                && Objects.equals(nextAppointment, p.nextAppointment) && diagnoses.equals(p.diagnoses)
                && screeningScores.equals(p.screeningScores) && payer == p.payer && clientAtHome == p.clientAtHome
                && interactiveComplexity == p.interactiveComplexity && attendance == p.attendance
                && outreach.equals(p.outreach) && recordedAsNone.equals(p.recordedAsNone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId, clinicianId, date, start, end, interventions, risk, plan);
    }

    /** Identifiers and counts only: the prompt is PHI. */
    @Override
    public String toString() {
        return "SessionPrompt[" + clientId + ", " + clinicianId + ", " + interventions.size() + " interventions, risk "
                + risk.level() + "]";
    }

    /** Builds a {@link SessionPrompt}; {@link #build()} validates everything at once. */
    public static final class Builder {
        private ClientId clientId;
        private ClinicianId clinicianId;
        private PersonName clientName;
        private PersonName clinicianName;
        private LocalDate date;
        private LocalTime start;
        private LocalTime end;
        private ServiceType serviceType = ServiceType.INDIVIDUAL;
        private Modality modality;
        private String location = "";
        private final List<Participant> participants = new ArrayList<>();
        private final List<String> presentingConcerns = new ArrayList<>();
        private final List<String> mentalStatus = new ArrayList<>();
        private final List<String> medications = new ArrayList<>();
        private final List<Intervention> interventions = new ArrayList<>();
        private String clientResponse = "";
        private ClinicalRiskAssessment risk;
        private final List<GoalProgress> goals = new ArrayList<>();
        private final List<String> homework = new ArrayList<>();
        private final List<String> plan = new ArrayList<>();
        private LocalDateTime nextAppointment;
        private final List<String[]> diagnoses = new ArrayList<>();
        private final List<ScreeningScore> screeningScores = new ArrayList<>();
        private PayerKind payer;
        private boolean clientAtHome;
        private boolean interactiveComplexity;
        private Attendance attendance = Attendance.ATTENDED;
        private final List<String> outreach = new ArrayList<>();

        private Builder() {
        }

        public Builder client(ClientId clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId == null");
            return this;
        }

        public Builder client(String clientId) {
            return client(ClientId.of(clientId));
        }

        public Builder clinician(ClinicianId clinicianId) {
            this.clinicianId = Objects.requireNonNull(clinicianId, "clinicianId == null");
            return this;
        }

        public Builder clinician(String clinicianId) {
            return clinician(ClinicianId.of(clinicianId));
        }

        public Builder clientName(PersonName name) {
            this.clientName = Objects.requireNonNull(name, "name == null");
            return this;
        }

        public Builder clinicianName(PersonName name) {
            this.clinicianName = Objects.requireNonNull(name, "name == null");
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = Objects.requireNonNull(date, "date == null");
            return this;
        }

        public Builder time(LocalTime start, LocalTime end) {
            this.start = Objects.requireNonNull(start, "start == null");
            this.end = Objects.requireNonNull(end, "end == null");
            return this;
        }

        public Builder serviceType(ServiceType serviceType) {
            this.serviceType = Objects.requireNonNull(serviceType, "serviceType == null");
            return this;
        }

        public Builder modality(Modality modality) {
            this.modality = Objects.requireNonNull(modality, "modality == null");
            return this;
        }

        public Builder location(String location) {
            this.location = Objects.requireNonNull(location, "location == null");
            return this;
        }

        // Why: a list item that only says the list is empty ("none", "N/A") is how clinicians and EHR forms
        // write "no medications" or "no homework"; it is the same as adding nothing. Items that point elsewhere
        // ("see above", "same", "TBD") still fail at build(): their content is missing, not absent.
        private static final Set<String> NOTHING_TO_LIST = Set.of("none", "n/a", "na", "nil", "-", "--", "none.",
                "n/a.", "none reported", "none noted");

        private final List<RecordedNone> recordedAsNone = new ArrayList<>();

        // Why: "medications: none" is a fact the clinician recorded (the client takes none), not an empty field; it is
        // kept once per field with what was typed, so the note states it and the verifier can cite it.
        private boolean recordedNone(String field, String item) {
            if (!NoneTyped.none(item)) {
                return false;
            }
            if (recordedAsNone.stream().noneMatch(r -> r.field().equals(field))) {
                recordedAsNone.add(new RecordedNone(field, item));
            }
            return true;
        }

        private static void listItem(List<String> list, String item) {
            String lower = item.strip().toLowerCase(Locale.ROOT);
            // "n/a, client not present": the clinician marked the item as not applicable and said why.
            boolean notApplicable = lower.matches("n/?a\\b[ ,:;(\\-].*");
            if (!NOTHING_TO_LIST.contains(lower) && !notApplicable) {
                list.add(item);
            }
        }

        public Builder addParticipant(String role, String name) {
            participants.add(new Participant(role, name));
            return this;
        }

        public Builder addConcern(String concern) {
            listItem(presentingConcerns, Objects.requireNonNull(concern, "concern == null"));
            return this;
        }

        public Builder addMentalStatus(String observation) {
            listItem(mentalStatus, Objects.requireNonNull(observation, "observation == null"));
            return this;
        }

        /**
         * One medication as reported; an item recording that there is none ("none", "meds - none currently", "no
         * current meds") is kept as {@link SessionPrompt#recordedAsNone()}, and the note says so.
         */
        public Builder addMedication(String medication) {
            if (recordedNone("medications", Objects.requireNonNull(medication, "medication == null"))) {
                return this;
            }
            listItem(medications, medication);
            return this;
        }

        public Builder addIntervention(Intervention intervention) {
            interventions.add(Objects.requireNonNull(intervention, "intervention == null"));
            return this;
        }

        public Builder addIntervention(InterventionType type, String focus, String response) {
            return addIntervention(Intervention.of(type, focus, response));
        }

        public Builder clientResponse(String response) {
            this.clientResponse = Objects.requireNonNull(response, "response == null");
            return this;
        }

        public Builder risk(ClinicalRiskAssessment risk) {
            this.risk = Objects.requireNonNull(risk, "risk == null");
            return this;
        }

        public Builder addGoal(String goal, ProgressRating rating, String evidence) {
            // Round 37: evidence typed "same", "none" or "n/a" says only that there is nothing beside the rating, which
            // the note states; it is kept as no evidence rather than refused as a filler.
            boolean nothingMore = evidence != null && filler(evidence.strip().toLowerCase(Locale.ROOT));
            goals.add(new GoalProgress(goal, rating, nothingMore ? "" : evidence));
            return this;
        }

        /** One homework step; "none" or "no homework assigned" is kept as {@link SessionPrompt#recordedAsNone()}. */
        public Builder addHomework(String item) {
            if (recordedNone("homework", Objects.requireNonNull(item, "item == null"))) {
                return this;
            }
            listItem(homework, item);
            return this;
        }

        public Builder addPlan(String item) {
            listItem(plan, Objects.requireNonNull(item, "item == null"));
            return this;
        }

        public Builder nextAppointment(LocalDateTime next) {
            this.nextAppointment = Objects.requireNonNull(next, "next == null");
            return this;
        }

        public Builder addDiagnosis(String icd10, String description) {
            diagnoses.add(new String[] {Objects.requireNonNull(icd10, "icd10 == null"),
                Objects.requireNonNull(description, "description == null")});
            return this;
        }

        public Builder addScreening(ScreeningScore score) {
            screeningScores.add(Objects.requireNonNull(score, "score == null"));
            return this;
        }

        public Builder payer(PayerKind payer) {
            this.payer = Objects.requireNonNull(payer, "payer == null");
            return this;
        }

        public Builder clientAtHome(boolean atHome) {
            this.clientAtHome = atHome;
            return this;
        }

        public Builder interactiveComplexity(boolean present) {
            this.interactiveComplexity = present;
            return this;
        }

        /** Whether the client came; default {@link Attendance#ATTENDED}. */
        public Builder attendance(Attendance attendance) {
            this.attendance = Objects.requireNonNull(attendance, "attendance == null");
            return this;
        }

        /** For a missed session: one outreach step, as what the clinician did ("left a voicemail"). */
        public Builder addOutreach(String step) {
            listItem(outreach, Objects.requireNonNull(step, "step == null"));
            return this;
        }

        /**
         * Checks every field and builds the prompt.
         *
         * @throws org.practicekit.core.ValidationException naming every problem found
         */
        public SessionPrompt build() {
            Problems p = Problems.of("session prompt");
            p.require(clientId != null, "client", "is required");
            p.require(clinicianId != null, "clinician", "is required");
            p.require(date != null, "date", "is required");
            if (p.require(start != null && end != null, "time", "start and end are required")) {
                // Why: a missed appointment had no session, so its slot may be given by its start alone (end = start).
                if (attendance == Attendance.ATTENDED) {
                    p.require(end.isAfter(start), "time.end", "must be after the start");
                } else {
                    p.require(!end.isBefore(start), "time.end", "must not be before the start");
                }
                p.require(!end.isAfter(start) || Duration.between(start, end).toMinutes() <= 8 * 60, "time.end",
                        "a session longer than 8 hours is not plausible");
            }
            if (p.require(modality != null, "modality", "is required") && modality == Modality.IN_PERSON) {
                p.requireText(location, "location");
            }
            Set<String> names = properNames();
            checkText(p, "location", location, true, Slot.NAME, names);
            for (int i = 0; i < participants.size(); i++) {
                p.require(!participants.get(i).role().isEmpty(), "participants[" + i + "].role", "is required");
                checkText(p, "participants[" + i + "].name", participants.get(i).name(), true, Slot.NAME, names);
            }
            boolean attended = attendance == Attendance.ATTENDED;
            // Why: a family session nobody came to has no one to name; its note records the no-show.
            if (attended && (serviceType == ServiceType.FAMILY_WITH_CLIENT
                    || serviceType == ServiceType.FAMILY_WITHOUT_CLIENT)) {
                p.require(!participants.isEmpty(), "participants", "a family session names who took part");
            }
            p.require(!attended || !presentingConcerns.isEmpty(), "presentingConcerns",
                    "at least one concern is required");
            checkList(p, "presentingConcerns", presentingConcerns, Slot.CONCERN, names);
            checkList(p, "mentalStatus", mentalStatus, Slot.MENTAL_STATUS, names);
            checkList(p, "medications", medications, Slot.NAME, names);
            p.require(!attended || !interventions.isEmpty(), "interventions", "at least one intervention is required");
            p.require(attended || !outreach.isEmpty(), "outreach",
                    "a missed session documents the outreach to the client");
            checkList(p, "outreach", outreach, Slot.ACTION, names);
            boolean anyResponse = !clientResponse.isBlank();
            for (int i = 0; i < interventions.size(); i++) {
                Intervention in = interventions.get(i);
                String path = "interventions[" + i + "]";
                p.require(in.type() != InterventionType.OTHER || !in.label().isEmpty(), path + ".label",
                        "an intervention of type OTHER needs a label");
                checkText(p, path + ".label", in.label(), true, Slot.NAME, names);
                checkText(p, path + ".focus", in.focus(), true, Slot.FOCUS, names);
                checkText(p, path + ".response", in.response(), true, Slot.RESPONSE, names);
                anyResponse |= !in.response().isEmpty();
            }
            p.require(anyResponse || !attended, "clientResponse",
                    "the client's response is required (overall or per intervention)");
            checkText(p, "clientResponse", clientResponse, true, Slot.RESPONSE, names);
            if (p.require(risk != null, "risk", "a risk assessment is required every session")) {
                checkRisk(p, names);
            }
            for (int i = 0; i < goals.size(); i++) {
                p.requireText(goals.get(i).goal(), "goals[" + i + "].goal");
                checkText(p, "goals[" + i + "].goal", goals.get(i).goal(), true, Slot.GOAL, names);
                checkText(p, "goals[" + i + "].evidence", goals.get(i).evidence(), true, Slot.EVIDENCE, names);
            }
            checkList(p, "homework", homework, Slot.HOMEWORK, names);
            p.require(!plan.isEmpty(), "plan", "at least one plan element is required");
            checkList(p, "plan", plan, Slot.PLAN, names);
            if (nextAppointment != null && date != null) {
                p.require(nextAppointment.toLocalDate().isAfter(date), "nextAppointment", "must be after the session date");
            }
            for (int i = 0; i < diagnoses.size(); i++) {
                p.require(DiagnosisCode.isIcd10(diagnoses.get(i)[0].strip()), "diagnoses[" + i + "].code",
                        "is not an ICD-10-CM code");
                p.requireText(diagnoses.get(i)[1], "diagnoses[" + i + "].description");
            }
            p.throwIfAny();
            return new SessionPrompt(this);
        }

        private void checkRisk(Problems p, Set<String> names) {
            checkText(p, "risk.ideation", risk.ideation(), true, Slot.RISK_STATEMENT, names);
            checkText(p, "risk.intent", risk.intent(), true, Slot.RISK_STATEMENT, names);
            checkText(p, "risk.plan", risk.plan(), true, Slot.RISK_STATEMENT, names);
            checkText(p, "risk.means", risk.means(), true, Slot.RISK_STATEMENT, names);
            checkText(p, "risk.safetyPlan", risk.safetyPlan(), true, Slot.ACTION, names);
            checkText(p, "risk.followUp", risk.followUp(), true, Slot.PLAN, names);
            checkList(p, "risk.riskFactors", risk.riskFactors(), Slot.FACTOR, names);
            checkFactors(p, "risk.protectiveFactors", risk.protectiveFactors(), names);
            checkList(p, "risk.actionsTaken", risk.actionsTaken(), Slot.ACTION, names);
            ClinicalRiskLevel level = risk.level();
            if (attendance != Attendance.ATTENDED) {
                // Why: a client who did not come was not assessed; the level is the last one known and the note
                // states none, so it asks for none of the fields an assessment fills in.
                return;
            }
            if (level.aboveNone()) {
                p.require(!risk.riskFactors().isEmpty(), "risk.riskFactors",
                        "a risk level above none needs the risk factors");
            }
            if (level.compareTo(ClinicalRiskLevel.MODERATE) < 0) {
                return;
            }
            // Why: at moderate or higher risk a reviewer or auditor reads these first, in this order.
            String what = English.indefiniteArticle(level.display()) + " " + level.display()
                    + " risk level needs ";
            p.require(!risk.ideation().isEmpty(), "risk.ideation", what + "what the client said about suicidal or"
                    + " homicidal ideation");
            p.require(!risk.intent().isEmpty(), "risk.intent", what + "what the client said about intent");
            p.require(!risk.plan().isEmpty(), "risk.plan", what + "what the client said about a plan");
            p.require(!risk.means().isEmpty(), "risk.means", what + "means and access");
            p.require(!risk.protectiveFactors().isEmpty(), "risk.protectiveFactors", what + "the protective factors");
            p.require(!risk.actionsTaken().isEmpty() || !risk.safetyPlan().isEmpty(), "risk.actionsTaken",
                    what + "the actions taken");
            boolean safetyPlan = !risk.safetyPlan().isEmpty() || risk.actionsTaken().stream()
                    .anyMatch(a -> a.toLowerCase(Locale.ROOT).contains("safety plan"));
            p.require(safetyPlan, "risk.safetyPlan", what + "the safety plan (this field, or an action naming the"
                    + " safety plan)");
            boolean followUp = !risk.followUp().isEmpty() || nextAppointment != null || risk.actionsTaken().stream()
                    .anyMatch(a -> a.toLowerCase(Locale.ROOT).contains("follow"));
            p.require(followUp, "risk.followUp", what + "the follow-up (this field or the next appointment)");
        }

        private Set<String> properNames() {
            Set<String> names = new HashSet<>();
            for (Participant who : participants) {
                names.addAll(List.of(who.name().split("\\s+")));
            }
            if (clientName != null) {
                names.addAll(List.of(clientName.given().split("\\s+")));
            }
            names.remove("");
            return names;
        }

        private static void checkList(Problems p, String path, List<String> values, Slot slot, Set<String> names) {
            for (int i = 0; i < values.size(); i++) {
                checkText(p, path + "[" + i + "]", values.get(i), false, slot, names);
            }
        }

        /**
         * Protective factors: a noun of the clinical-abbreviation dictionary that also reads as a filler ("NA", Narcotics
         * Anonymous) is that program beside other factors ("aunt", "CM program", "NA"); typed alone, or as "n/a" or
         * "N/A", it says nothing and is refused as a filler.
         */
        private static void checkFactors(Problems p, String path, List<String> values, Set<String> names) {
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i).strip();
                boolean program = ClinicalAbbreviations.isNoun(v) && filler(v.toLowerCase(Locale.ROOT))
                        && values.stream().anyMatch(o -> !o.strip().equals(v)
                        && !o.isBlank() && !filler(o.strip().toLowerCase(Locale.ROOT)));
                if (!program) {
                    checkText(p, path + "[" + i + "]", values.get(i), false, Slot.FACTOR, names);
                }
            }
        }

        private static boolean filler(String lower) {
            return lower.equals("n/a") || lower.equals("na") || lower.equals("none") || lower.equals("-")
                    || lower.equals("nil") || lower.equals("tbd") || lower.equals("see above") || lower.equals("same");
        }

        // Why: "N/A" and placeholders in the input would come out in the note; empty means "leave it out".
        // A phrase the composer cannot fit into a sentence is rejected here, never printed as broken English.
        private static void checkText(Problems p, String path, String value, boolean mayBeEmpty, Slot slot,
                Set<String> names) {
            String v = value.strip();
            if (v.isEmpty()) {
                p.require(mayBeEmpty, path, "is blank");
                return;
            }
            String lower = v.toLowerCase(Locale.ROOT);
            boolean filler = filler(lower);
            p.require(!filler, path, "leave the field empty instead of writing a filler");
            p.require(!PLACEHOLDER.matcher(v).find(), path, "contains a placeholder");
            p.require(v.length() <= MAX_TEXT, path, "is longer than " + MAX_TEXT + " characters");
            if (!filler) {
                // The words the composer writes: "conflict with SO" is read as "conflict with significant other".
                String problem = PhraseReader.problem(ClinicalAbbreviations.writtenOut(v), slot, names);
                p.require(problem.isEmpty(), path, problem);
            }
        }
    }
}
