package org.practicekit.core.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.practicekit.core.eligibility.internal.StoredEligibility;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.ConsentRecord;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.screening.ScreeningScorer;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.core.store.StoredFields;

/** The mutable working copy of one intake case and its {@link StoredFields} codec. Not thread-safe: one per call. */
final class CaseState {
    String caseId;
    ClientId clientId;
    PersonName name;
    ContactPoint contact;
    ClinicianId clinicianId;
    Instant firstAppointment;
    /** The random id the current link's token is derived from (with the practice secret); null before migration. */
    String linkId;
    /** A plain token stored by an earlier version; kept only until the case is given a derived link. */
    String legacyToken;
    /** How many links the case has had; numbers the message that sends a new one. */
    int linkIssue;
    Instant linkExpiresAt;
    int linkFailures;
    boolean linkLocked;
    String packetId;
    String packetVersion;
    IntakeStatus status;
    Instant startedAt;
    Instant submittedAt;
    Map<String, String> answers = new LinkedHashMap<>();
    List<ConsentRecord> consents = new ArrayList<>();
    List<ScreeningScore> screenings = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    boolean riskFlagged;
    boolean textRiskFlagged;
    int reminders;
    int followUps;
    boolean staffEscalated;
    EligibilityResult eligibility;
    Map<String, String> ehrRecordIds = new LinkedHashMap<>();
    AppointmentId appointmentId;
    Instant appointmentStart;
    List<IntakeEvent> events = new ArrayList<>();
    List<Effect> pending = new ArrayList<>();
    long version;
    /** Events added by the current change, published to listeners once it is stored. */
    final List<IntakeEvent> fresh = new ArrayList<>();

    void event(Instant at, String type, String description) {
        IntakeEvent e = new IntakeEvent(at, type, description);
        events.add(e);
        fresh.add(e);
    }

    Set<String> signedConsentIds() {
        return consents.stream().map(ConsentRecord::documentId).collect(Collectors.toSet());
    }

    Optional<Effect> pendingEffect(String key) {
        return pending.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    String encode() {
        StoredFields f = StoredFields.create();
        f.put("format", "intake-case/1");
        f.put("caseId", caseId).put("clientId", clientId.value()).put("name.given", name.given())
                .put("name.family", name.family()).put("contact.kind", contact.kind().name())
                .put("contact.value", contact.value()).put("packet.id", packetId)
                .put("packet.version", packetVersion).put("status", status.name()).put("startedAt", startedAt.toString());
        f.putOptional("link.id", Optional.ofNullable(linkId));
        f.putOptional("token", Optional.ofNullable(legacyToken));
        f.putOptional("link.expiresAt", Optional.ofNullable(linkExpiresAt));
        f.put("link.issue", linkIssue).put("link.failures", linkFailures).put("link.locked", linkLocked);
        f.putOptional("clinicianId", Optional.ofNullable(clinicianId).map(ClinicianId::value));
        f.putOptional("firstAppointment", Optional.ofNullable(firstAppointment));
        f.putOptional("submittedAt", Optional.ofNullable(submittedAt));
        f.putList("answer.ids", new ArrayList<>(answers.keySet()));
        f.putList("answer.values", new ArrayList<>(answers.values()));
        f.put("consent.size", consents.size());
        for (int i = 0; i < consents.size(); i++) {
            ConsentRecord c = consents.get(i);
            String p = "consent." + i + ".";
            f.put(p + "doc", c.documentId()).put(p + "version", c.version()).put(p + "hash", c.contentSha256())
                    .put(p + "by", c.signedBy()).put(p + "at", c.signedAt().toString()).put(p + "method", c.method().name());
        }
        f.put("screening.size", screenings.size());
        for (int i = 0; i < screenings.size(); i++) {
            ScreeningScore s = screenings.get(i);
            f.put("screening." + i + ".instrument", s.instrument().name()).put("screening." + i + ".items",
                    s.itemScores().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        f.putList("missing", missing);
        f.put("riskFlagged", riskFlagged).put("textRiskFlagged", textRiskFlagged).put("reminders", reminders).put("followUps", followUps)
                .put("staffEscalated", staffEscalated);
        if (eligibility != null) {
            StoredEligibility.put(f, "eligibility.", eligibility);
        }
        f.putList("ehr.types", new ArrayList<>(ehrRecordIds.keySet()));
        f.putList("ehr.ids", new ArrayList<>(ehrRecordIds.values()));
        f.putOptional("appointment.id", Optional.ofNullable(appointmentId).map(AppointmentId::value));
        f.putOptional("appointment.start", Optional.ofNullable(appointmentStart));
        f.put("event.size", events.size());
        for (int i = 0; i < events.size(); i++) {
            IntakeEvent e = events.get(i);
            f.put("event." + i + ".at", e.at().toString()).put("event." + i + ".type", e.type())
                    .put("event." + i + ".text", e.description());
        }
        f.put("effect.size", pending.size());
        for (int i = 0; i < pending.size(); i++) {
            Effect e = pending.get(i);
            f.put("effect." + i + ".kind", e.kind().name()).put("effect." + i + ".key", e.key())
                    .put("effect." + i + ".code", e.code()).putList("effect." + i + ".params", e.params());
        }
        return f.encode();
    }

    /**
     * True when a stored case can have no due work: it owes no side effect and is not waiting for
     * the client. Read from the encoded text without decoding it, since {@code due} scans every case.
     */
    static boolean settled(String payload) {
        if (!payload.contains("\neffect.size=0\n")) {
            return false;
        }
        for (IntakeStatus st : IntakeStatus.values()) {
            if (st.awaitingClient() && payload.contains("\nstatus=" + st.name() + "\n")) {
                return false;
            }
        }
        return true;
    }

    static CaseState decode(String payload, long version) {
        StoredFields f = StoredFields.decode(payload);
        if (!f.require("format").equals("intake-case/1")) {
            throw new IllegalStateException("unknown intake case format");
        }
        CaseState s = new CaseState();
        s.version = version;
        s.caseId = f.require("caseId");
        s.clientId = ClientId.of(f.require("clientId"));
        s.name = PersonName.of(f.require("name.given"), f.require("name.family"));
        s.contact = new ContactPoint(ContactPoint.Kind.valueOf(f.require("contact.kind")), f.require("contact.value"));
        // Cases stored before derived links hold a plain "token" and no link id until they are migrated.
        s.linkId = f.get("link.id").orElse(null);
        s.legacyToken = f.get("token").orElse(null);
        s.linkExpiresAt = f.get("link.expiresAt").map(Instant::parse).orElse(null);
        s.linkIssue = (int) f.get("link.issue").map(Long::parseLong).orElse(0L).longValue();
        s.linkFailures = (int) f.get("link.failures").map(Long::parseLong).orElse(0L).longValue();
        s.linkLocked = f.get("link.locked").map(Boolean::parseBoolean).orElse(false);
        s.packetId = f.require("packet.id");
        s.packetVersion = f.require("packet.version");
        s.status = IntakeStatus.valueOf(f.require("status"));
        s.startedAt = Instant.parse(f.require("startedAt"));
        s.clinicianId = f.get("clinicianId").map(ClinicianId::of).orElse(null);
        s.firstAppointment = f.get("firstAppointment").map(Instant::parse).orElse(null);
        s.submittedAt = f.get("submittedAt").map(Instant::parse).orElse(null);
        List<String> ids = f.getList("answer.ids");
        List<String> values = f.getList("answer.values");
        for (int i = 0; i < ids.size(); i++) {
            s.answers.put(ids.get(i), values.get(i));
        }
        int consents = (int) f.requireLong("consent.size");
        for (int i = 0; i < consents; i++) {
            String p = "consent." + i + ".";
            s.consents.add(new ConsentRecord(f.require(p + "doc"), f.require(p + "version"), f.require(p + "hash"),
                    f.require(p + "by"), Instant.parse(f.require(p + "at")),
                    ConsentRecord.Method.valueOf(f.require(p + "method"))));
        }
        int screenings = (int) f.requireLong("screening.size");
        for (int i = 0; i < screenings; i++) {
            List<Integer> items = Arrays.stream(f.require("screening." + i + ".items").split(","))
                    .map(Integer::valueOf).collect(Collectors.toList());
            s.screenings.add(ScreeningScorer.score(
                    ScreeningScore.Instrument.valueOf(f.require("screening." + i + ".instrument")), items));
        }
        s.missing.addAll(f.getList("missing"));
        s.riskFlagged = f.requireBoolean("riskFlagged");
        // Absent in cases stored before free-text triage existed.
        s.textRiskFlagged = f.get("textRiskFlagged").map(Boolean::parseBoolean).orElse(false);
        s.reminders = (int) f.requireLong("reminders");
        s.followUps = (int) f.requireLong("followUps");
        s.staffEscalated = f.requireBoolean("staffEscalated");
        s.eligibility = StoredEligibility.get(f, "eligibility.").orElse(null);
        List<String> types = f.getList("ehr.types");
        List<String> recordIds = f.getList("ehr.ids");
        for (int i = 0; i < types.size(); i++) {
            s.ehrRecordIds.put(types.get(i), recordIds.get(i));
        }
        s.appointmentId = f.get("appointment.id").map(AppointmentId::of).orElse(null);
        s.appointmentStart = f.get("appointment.start").map(Instant::parse).orElse(null);
        int events = (int) f.requireLong("event.size");
        for (int i = 0; i < events; i++) {
            s.events.add(new IntakeEvent(Instant.parse(f.require("event." + i + ".at")), f.require("event." + i + ".type"),
                    f.require("event." + i + ".text")));
        }
        int effects = (int) f.requireLong("effect.size");
        for (int i = 0; i < effects; i++) {
            s.pending.add(new Effect(Effect.Kind.valueOf(f.require("effect." + i + ".kind")),
                    f.require("effect." + i + ".key"), f.require("effect." + i + ".code"),
                    f.getList("effect." + i + ".params")));
        }
        return s;
    }
}
