package org.practicekit.core.intake;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ConsentRecord;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.spi.EligibilityResult;

/**
 * A snapshot of one intake case as stored: its status, the canonical answers and consents held so
 * far, screening scores, eligibility, EHR record ids, the first appointment and the full event
 * history. Immutable; the answers are PHI, so {@link #toString()} shows the case id and status only.
 */
public final class IntakeCase {
    private final String caseId;
    private final ClientId clientId;
    private final IntakeStatus status;
    private final long version;
    private final Instant linkExpiresAt;
    private final boolean linkLocked;
    private final Instant startedAt;
    private final Instant submittedAt;
    private final Map<String, String> answers;
    private final List<ConsentRecord> consents;
    private final List<ScreeningScore> screenings;
    private final List<String> missingItems;
    private final boolean riskFlagged;
    private final int remindersSent;
    private final int followUpsSent;
    private final boolean staffEscalated;
    private final EligibilityResult eligibility;
    private final Map<String, String> ehrRecordIds;
    private final AppointmentId firstAppointmentId;
    private final Instant firstAppointmentStart;
    private final List<IntakeEvent> events;
    private final int pendingSideEffects;

    IntakeCase(CaseState s) {
        this.caseId = s.caseId;
        this.clientId = s.clientId;
        this.status = s.status;
        this.version = s.version;
        this.linkExpiresAt = s.linkExpiresAt;
        this.linkLocked = s.linkLocked;
        this.startedAt = s.startedAt;
        this.submittedAt = s.submittedAt;
        this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(s.answers));
        this.consents = List.copyOf(s.consents);
        this.screenings = List.copyOf(s.screenings);
        this.missingItems = List.copyOf(s.missing);
        this.riskFlagged = s.riskFlagged || s.textRiskFlagged;
        this.remindersSent = s.reminders;
        this.followUpsSent = s.followUps;
        this.staffEscalated = s.staffEscalated;
        this.eligibility = s.eligibility;
        this.ehrRecordIds = Collections.unmodifiableMap(new LinkedHashMap<>(s.ehrRecordIds));
        this.firstAppointmentId = s.appointmentId;
        this.firstAppointmentStart = s.appointmentStart;
        this.events = List.copyOf(s.events);
        this.pendingSideEffects = s.pending.size();
    }

    public String caseId() {
        return caseId;
    }

    public ClientId clientId() {
        return clientId;
    }

    public IntakeStatus status() {
        return status;
    }

    /** The stored record's version. */
    public long version() {
        return version;
    }

    /**
     * When the client's link stops opening the case (each message to the client extends it); empty for a
     * case stored before links expired, until it is given a new link. The token itself is never kept.
     */
    public Optional<Instant> linkExpiresAt() {
        return Optional.ofNullable(linkExpiresAt);
    }

    /** True when the link locked after too many wrong identity answers; staff send a new one. */
    public boolean linkLocked() {
        return linkLocked;
    }

    /** When the inquiry was taken and the packet sent. */
    public Instant startedAt() {
        return startedAt;
    }

    /** When the client's complete submission arrived. */
    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    /** Canonical answers by item id, in packet order (answers to hidden items are never held). */
    public Map<String, String> answers() {
        return answers;
    }

    public List<ConsentRecord> consents() {
        return consents;
    }

    public List<ScreeningScore> screenings() {
        return screenings;
    }

    public Optional<ScreeningScore> screening(ScreeningScore.Instrument instrument) {
        return screenings.stream().filter(s -> s.instrument() == instrument).findFirst();
    }

    /** Item ids (and consent document ids) still missing after the client's last submit. */
    public List<String> missingItems() {
        return missingItems;
    }

    /** True when an answer carried a risk indicator and a clinician was notified. */
    public boolean riskFlagged() {
        return riskFlagged;
    }

    public int remindersSent() {
        return remindersSent;
    }

    public int followUpsSent() {
        return followUpsSent;
    }

    /** True when staff were asked to step in because the client had not finished in time. */
    public boolean staffEscalated() {
        return staffEscalated;
    }

    public Optional<EligibilityResult> eligibility() {
        return Optional.ofNullable(eligibility);
    }

    /** The EHR's ids of what the intake wrote; empty until routed. */
    public Map<String, String> ehrRecordIds() {
        return ehrRecordIds;
    }

    public Optional<AppointmentId> firstAppointmentId() {
        return Optional.ofNullable(firstAppointmentId);
    }

    public Optional<Instant> firstAppointmentStart() {
        return Optional.ofNullable(firstAppointmentStart);
    }

    /** Every event of the case, oldest first. */
    public List<IntakeEvent> events() {
        return events;
    }

    /** Side effects stored as owed but not yet carried out (retried by {@link IntakeWorkflow#due}). */
    public int pendingSideEffects() {
        return pendingSideEffects;
    }

    @Override
    public String toString() {
        return "IntakeCase[" + caseId + ", " + status + ", v" + version + "]";
    }
}
