package org.practicekit.core.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.Problems;
import org.practicekit.core.RetriableException;
import org.practicekit.core.ValidationException;
import org.practicekit.core.VersionConflictException;
import org.practicekit.core.billing.auth.AuthorizationCheck;
import org.practicekit.core.billing.auth.AuthorizationEnforcement;
import org.practicekit.core.billing.auth.AuthorizationGate;
import org.practicekit.core.billing.auth.SessionRequest;
import org.practicekit.core.event.PracticeListener;
import org.practicekit.core.event.PracticeListeners;
import org.practicekit.core.event.WorkflowEvent;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.LocationId;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.model.TimeSlot;
import org.practicekit.core.scheduling.internal.BookEntry;
import org.practicekit.core.scheduling.internal.MessageText;
import org.practicekit.core.scheduling.internal.Outbox;
import org.practicekit.core.scheduling.internal.ReplyPrompts;
import org.practicekit.core.scheduling.internal.StoreIds;
import org.practicekit.core.scheduling.internal.WeekLedger;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.core.spi.EhrAdapter;
import org.practicekit.core.spi.EhrReceipt;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.HumanEscalation;
import org.practicekit.core.spi.MessageChannel;
import org.practicekit.core.spi.OutboundMessage;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.StoredFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The practice's appointment book: open slots from each clinician's {@link AvailabilityRules},
 * booking, confirmation, cancellation (late-cancel window and fee eligibility), no-shows (follow-up
 * message, staff task after repeated no-shows), reschedule offers with held alternatives, recurring
 * series, and reminders. Messages go through the {@link MessageChannel} with deterministic
 * idempotency keys and a stored outbox, so a retry or a restart never sends one twice; each names the
 * practice, greets the client by the name they go by and says how to opt out, and the question it asks
 * (C to confirm, a number, YES) is recorded for {@link AppointmentReplies} before it goes out. With an
 * {@link EhrAdapter}, every change to an appointment is written to the EHR, and retried by
 * {@link #due(Instant)} while the EHR is down. Every change is audited with ids and codes.
 *
 * <p><b>No double booking, ever.</b> Each clinician's ISO week (in the clinician's zone) is one
 * {@link WorkflowStore} record holding every session and hold of that week; every booking is a
 * read-check-write of that record with its optimistic version. Sessions lie within one local day,
 * so any two sessions that could overlap (buffers included) are in the same record, and of two
 * engines racing for overlapping time one always gets a version conflict, re-reads, and sees the
 * other's session. This holds across threads and across engine instances sharing one store.
 *
 * <p>Thread-safe; no threads of its own. Later work (reminders, expiring offers, messages and EHR
 * writes to retry) is done by {@link #due(Instant)}, which the host calls from its scheduler.
 */
public final class AppointmentBook {
    static final String WEEK = "sched-week";
    static final String INDEX = "sched-appt";
    static final String OFFER = "sched-offer";
    static final String NO_SHOWS = "sched-noshow";
    /** Appointments whose latest state the EHR still has to get; one record per appointment id. */
    static final String EHR_OWED = "sched-ehr";
    private static final int MAX_ATTEMPTS = 100;
    private static final String WORKFLOW = "scheduling";
    private static final Logger LOG = LoggerFactory.getLogger(AppointmentBook.class);

    private final WorkflowStore store;
    private final Clock clock;
    private final HumanEscalation escalation;
    private final PracticeListener listener;
    private final AuditLog audit;
    private final String practiceName;
    private final EhrAdapter ehr;
    private final ReplyPrompts prompts;
    private final Map<ClinicianId, AvailabilityRules> rules;
    private final Map<ClinicianId, AvailabilityRules> relaxed;
    private final SlotMatcher matcher;
    private final CancellationPolicy cancellationPolicy;
    private final AppointmentReminderPolicy reminderPolicy;
    private final Duration rescheduleHold;
    private final Duration rescheduleSearch;
    private final Outbox outbox;
    /** The prior-authorization gate bookings are checked against; null when the practice gave none. */
    private final AuthorizationGate authorizations;
    private final AuthorizationEnforcement enforcement;

    /** How strictly a booking is held to the clinician's rules. */
    enum Mode {
        /** Every rule, notice and horizon included. */
        STRICT,
        /** Hours, time off, buffers and caps, but no notice or horizon: refilling freed time, series. */
        RELAXED
    }

    private AppointmentBook(Builder b) {
        this.store = b.store;
        this.clock = b.clock;
        this.escalation = b.escalation;
        this.listener = new PracticeListeners(b.listeners);
        this.audit = b.audit;
        this.practiceName = b.practiceName;
        this.ehr = b.ehr;
        this.prompts = new ReplyPrompts(store);
        this.rules = Map.copyOf(b.rules);
        Map<ClinicianId, AvailabilityRules> r = new HashMap<>();
        for (AvailabilityRules a : b.rules.values()) {
            r.put(a.clinicianId(), a.toBuilder().minimumNotice(Duration.ZERO).bookingHorizon(Duration.ofDays(3660)).build());
        }
        this.relaxed = Map.copyOf(r);
        this.matcher = b.matcher;
        this.cancellationPolicy = b.cancellationPolicy;
        this.reminderPolicy = b.reminderPolicy;
        this.authorizations = b.authorizations;
        this.enforcement = b.enforcement;
        this.rescheduleHold = b.rescheduleHold;
        this.rescheduleSearch = b.rescheduleSearch;
        this.outbox = new Outbox(store, b.channel, listener);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The clinician's rules. */
    public AvailabilityRules rules(ClinicianId clinician) {
        AvailabilityRules r = rules.get(Objects.requireNonNull(clinician, "clinician == null"));
        if (r == null) {
            throw new ValidationException("clinician", List.of(new org.practicekit.core.FieldProblem("clinicianId",
                    "has no availability rules in this book")));
        }
        return r;
    }

    /** Clinicians with rules in this book. */
    public Set<ClinicianId> clinicians() {
        return rules.keySet();
    }

    /** Open slots of one clinician on local dates {@code from}..{@code to}, after everything booked or held. */
    public List<OpenSlot> openSlots(ClinicianId clinician, ServiceType service, LocalDate from, LocalDate to) {
        return openSlots(clinician, service, from, to, Mode.STRICT);
    }

    /** Open slots of every clinician, earliest first. */
    public List<OpenSlot> openSlots(ServiceType service, LocalDate from, LocalDate to) {
        List<OpenSlot> out = new ArrayList<>();
        for (ClinicianId c : rules.keySet()) {
            out.addAll(openSlots(c, service, from, to));
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private List<OpenSlot> openSlots(ClinicianId clinician, ServiceType service, LocalDate from, LocalDate to, Mode mode) {
        AvailabilityRules r = rules(clinician);
        Instant now = clock.instant();
        List<OpenSlot> out = new ArrayList<>();
        LocalDate weekStart = from.with(java.time.DayOfWeek.MONDAY);
        for (LocalDate w = weekStart; !w.isAfter(to); w = w.plusWeeks(1)) {
            List<TimeSlot> taken = new ArrayList<>();
            readWeek(weekId(clinician, w)).occupying(now, e -> false).forEach(e -> taken.add(e.time()));
            LocalDate a = w.isBefore(from) ? from : w;
            LocalDate b = w.plusDays(6).isAfter(to) ? to : w.plusDays(6);
            out.addAll(rulesFor(clinician, mode).openSlots(service, a, b, now, taken));
        }
        return out;
    }

    // ---------------------------------------------------------------- booking

    /**
     * Books one session at an open slot and sends the client a confirmation. When the book has an
     * authorization gate and the request says how the session is billed, the session is checked first:
     * a blocking problem (no units left, expired, code not covered...) refuses the booking unless the
     * request carries a staff override (audited with its reason), or, under
     * {@link AuthorizationEnforcement#WARN}, books it and audits the warning.
     *
     * @throws SlotUnavailableException when the time is not open (nothing is booked)
     * @throws ValidationException when the clinician has no rules here, or the authorization blocks the
     *     session and no staff member overrode (nothing is booked or sent)
     */
    public Appointment book(BookingRequest request) {
        Objects.requireNonNull(request, "request == null");
        AvailabilityRules clinicianRules = rules(request.clinicianId());
        String id = request.appointmentId().map(AppointmentId::value).orElseGet(() -> "appt-" + UUID.randomUUID());
        checkAuthorization(request, id, clinicianRules.zone());
        BookEntry e = bookEntry(request, id, "", Mode.STRICT, "");
        sendBooked(e);
        event(id, e.clientId(), "appointment.booked", "Appointment booked.", Map.of("status", e.status().name()));
        writeToEhr(id);
        return toAppointment(request.clinicianId(), e);
    }

    private void checkAuthorization(BookingRequest request, String appointmentId, ZoneId clinicianZone) {
        if (authorizations == null || request.billedAs().isEmpty()) {
            return;
        }
        BilledService billed = request.billedAs().get();
        SessionRequest session = SessionRequest.of(appointmentId, request.clientId(), request.clinicianId(), billed.payerId(),
                billed.cptCode(), request.start().atZone(clinicianZone).toLocalDate());
        AuthorizationCheck check = authorizations.check(session);
        if (!check.blocksBooking()) {
            return;
        }
        Instant now = clock.instant();
        if (request.authorizationOverride().isPresent()) {
            audit.record(request.authorizationOverride().get().auditEvent(now, session, check));
            return;
        }
        String problems = String.join(",", check.problems().stream().map(Enum::name).toList());
        if (enforcement == AuthorizationEnforcement.WARN) {
            audit.record(new AuditEvent(now, "practicekit", "appointment.authorization-warning", request.clientId().value(),
                    check.authorizationNumber(), Set.of(), Map.of("session", appointmentId, "problems", problems)));
            return;
        }
        throw new ValidationException("booking", List.of(new org.practicekit.core.FieldProblem("authorization",
                "the prior authorization does not cover this session (" + problems + "); staff can override with a reason")));
    }

    private void sendBooked(BookEntry e) {
        boolean confirmed = e.status() == AppointmentStatus.CONFIRMED;
        send(e, "appointment.booked", "booked/" + e.start().getEpochSecond(),
                MessageText.booked(e.start(), e.clientZone(), e.modality(), confirmed), confirmPrompt(e));
    }

    /** The appointment's "Reply C to confirm or X to cancel" question, open until the session starts. */
    private ReplyPrompts.Prompt confirmPrompt(BookEntry e) {
        return new ReplyPrompts.Prompt(ReplyPrompts.Kind.CONFIRM, e.id(), contact(e), clock.instant(), e.start(), 0);
    }

    /**
     * Books a recurring series: the same local time in the clinician's zone every week or every
     * other week, so it keeps its hour across daylight-saving changes. All or nothing: if any
     * occurrence is not open, none is booked and the exception names the occurrence. The booking
     * horizon does not apply to later occurrences. Each occurrence is its own appointment with
     * the series id, and can later be moved or cancelled alone.
     */
    public List<Appointment> bookSeries(BookingRequest first, Recurrence recurrence) {
        Objects.requireNonNull(first, "first == null");
        Objects.requireNonNull(recurrence, "recurrence == null");
        AvailabilityRules r = rules(first.clinicianId());
        // The first occurrence keeps the minimum notice; the horizon does not bind a series.
        if (first.start().isBefore(clock.instant().plus(r.minimumNotice()))) {
            throw new SlotUnavailableException("the first occurrence is sooner than the minimum notice");
        }
        String base = first.appointmentId().map(AppointmentId::value).orElseGet(() -> "appt-" + UUID.randomUUID());
        String seriesId = "series-" + base;
        LocalDateTime local = LocalDateTime.ofInstant(first.start(), r.zone());
        List<BookEntry> booked = new ArrayList<>();
        for (int k = 0; k < recurrence.occurrences(); k++) {
            Instant start = local.plusWeeks((long) k * recurrence.intervalWeeks()).atZone(r.zone()).toInstant();
            BookingRequest occurrence = first.toBuilder().start(start).appointmentId(AppointmentId.of(base + "-" + (k + 1)))
                    .build();
            try {
                booked.add(bookEntry(occurrence, base + "-" + (k + 1), seriesId, Mode.RELAXED, ""));
            } catch (SlotUnavailableException ex) {
                for (BookEntry b : booked) {
                    erase(first.clinicianId(), b);
                }
                throw new SlotUnavailableException("occurrence " + (k + 1) + " of the series is not open; nothing was booked");
            }
        }
        BookEntry head = booked.get(0);
        send(head, "appointment.series-booked", "series/" + seriesId,
                MessageText.seriesBooked(head.start(), head.clientZone(), head.modality(), booked.size()), confirmPrompt(head));
        event(seriesId, head.clientId(), "appointment.series-booked", "Recurring series of " + booked.size() + " booked.",
                Map.of("occurrences", Integer.toString(booked.size())));
        List<Appointment> out = new ArrayList<>();
        for (BookEntry b : booked) {
            writeToEhr(b.id());
            out.add(toAppointment(first.clinicianId(), b));
        }
        return out;
    }

    /** Books into an existing hold of {@code owner} at the request's time (a waitlist or reschedule offer). */
    Appointment bookHeld(String owner, BookingRequest request) {
        String id = request.appointmentId().map(AppointmentId::value).orElseGet(() -> "appt-" + UUID.randomUUID());
        BookEntry e = bookEntry(request, id, "", Mode.RELAXED, owner);
        sendBooked(e);
        event(id, e.clientId(), "appointment.booked", "Appointment booked from an offer.", Map.of("status", e.status().name()));
        writeToEhr(id);
        return toAppointment(request.clinicianId(), e);
    }

    private BookEntry bookEntry(BookingRequest req, String id, String seriesId, Mode mode, String consumeHoldOf) {
        ClinicianId c = req.clinicianId();
        rules(c);
        String week = weekId(c, req.start());
        boolean createdIndex = insertIndex(id, c, week);
        try {
            return mutateWeek(c, week, ledger -> {
                Optional<BookEntry> existing = ledger.find(id);
                if (existing.isPresent()) {
                    return existing.get(); // the same booking again: idempotent
                }
                Instant now = clock.instant();
                ledger.dropExpiredHolds(now);
                OpenSlot slot = requireOpen(ledger, c, req.serviceType(), req.start(), req.newClient(), mode, now,
                        e -> !consumeHoldOf.isEmpty() && e.hold() && e.holdOwner().equals(consumeHoldOf));
                if (!consumeHoldOf.isEmpty()) {
                    ledger.entries().stream().filter(e -> e.hold() && e.holdOwner().equals(consumeHoldOf)
                            && e.start().equals(req.start())).forEach(e -> ledger.remove(e.id()));
                }
                if (clientBusy(req.clientId(), slot.time(), id)) {
                    throw new SlotUnavailableException("the client already has an appointment at that time");
                }
                BookEntry e = new BookEntry(id, false, req.clientId().value(), slot.time().start(), slot.time().end(),
                        slot.serviceType(), slot.modality(), slot.location().map(LocationId::value).orElse(""),
                        req.confirmed() ? AppointmentStatus.CONFIRMED : AppointmentStatus.BOOKED, seriesId,
                        req.payerKind().map(Enum::name).orElse(""), req.contact().kind().name(), req.contact().value(),
                        req.clientZone(), req.newClient(), "", Instant.EPOCH, now, Set.of(), req.preferredName().orElse(""));
                ledger.put(e);
                return e;
            });
        } catch (RuntimeException ex) {
            if (createdIndex) {
                deleteIndex(id);
            }
            throw ex;
        }
    }

    private OpenSlot requireOpen(WeekLedger ledger, ClinicianId c, ServiceType service, Instant start, boolean newClient,
            Mode mode, Instant now, Predicate<BookEntry> ignored) {
        List<TimeSlot> taken = new ArrayList<>();
        ledger.occupying(now, ignored).forEach(e -> taken.add(e.time()));
        Optional<OpenSlot> slot = rulesFor(c, mode).openSlotAt(service, start, now, taken);
        if (slot.isEmpty()) {
            throw new SlotUnavailableException("that time is not open for this clinician");
        }
        if (slot.get().newClientsOnly() && !newClient) {
            throw new SlotUnavailableException("that time is kept for new clients");
        }
        return slot.get();
    }

    // ---------------------------------------------------------------- holds (package-private: offers)

    /** Holds an open slot for {@code owner} until {@code expires}. False when the time is no longer open. */
    boolean hold(OpenSlot slot, String owner, Instant expires, Mode mode) {
        ClinicianId c = slot.clinicianId();
        String holdId = "hold-" + owner + "-" + slot.time().start().getEpochSecond();
        try {
            mutateWeek(c, weekId(c, slot.time().start()), ledger -> {
                if (ledger.find(holdId).isPresent()) {
                    return null;
                }
                Instant now = clock.instant();
                ledger.dropExpiredHolds(now);
                OpenSlot open = requireOpen(ledger, c, slot.serviceType(), slot.time().start(), true, mode, now, e -> false);
                ledger.put(new BookEntry(holdId, true, "", open.time().start(), open.time().end(), open.serviceType(),
                        open.modality(), open.location().map(LocationId::value).orElse(""), AppointmentStatus.BOOKED, "", "",
                        "", "", ZoneId.of("UTC"), open.newClientsOnly(), owner, expires, now, Set.of(), ""));
                return null;
            });
            return true;
        } catch (SlotUnavailableException taken) {
            return false;
        }
    }

    /** Releases every hold of {@code owner} on the given slots. */
    void releaseHolds(String owner, List<OpenSlot> slots) {
        Set<String> weeks = new LinkedHashSet<>();
        for (OpenSlot s : slots) {
            weeks.add(s.clinicianId().value() + "\n" + weekId(s.clinicianId(), s.time().start()));
        }
        for (String w : weeks) {
            String[] parts = w.split("\n", 2);
            mutateWeek(ClinicianId.of(parts[0]), parts[1], ledger -> {
                ledger.entries().stream().filter(e -> e.hold() && e.holdOwner().equals(owner))
                        .forEach(e -> ledger.remove(e.id()));
                return null;
            });
        }
    }

    // ---------------------------------------------------------------- changes to an appointment

    /** Marks a booked appointment confirmed by the client and thanks them. Confirming it again changes nothing. */
    public Appointment confirm(AppointmentId id) {
        Located at = locate(id);
        boolean[] changed = new boolean[1];
        BookEntry e = mutateWeek(at.clinician, at.week, ledger -> {
            BookEntry cur = requireLive(ledger, id);
            changed[0] = cur.status() != AppointmentStatus.CONFIRMED;
            BookEntry next = cur.withStatus(AppointmentStatus.CONFIRMED);
            ledger.put(next);
            return next;
        });
        if (changed[0]) {
            send(e, "appointment.confirmed", "confirmed/" + e.start().getEpochSecond(),
                    MessageText.confirmed(e.start(), e.clientZone()), null);
            event(id.value(), e.clientId(), "appointment.confirmed", "Appointment confirmed by the client.", Map.of());
            writeToEhr(id.value());
        }
        return toAppointment(at.clinician, e);
    }

    /**
     * Cancels an appointment. A client's cancellation inside the late-cancel window is LATE_CANCELLED
     * and flagged fee-eligible when the policy allows it for the client's payer; a practice's
     * cancellation never is. Returns the freed slot, to offer to the waitlist.
     */
    public Cancellation cancel(AppointmentId id, CancelledBy by) {
        Objects.requireNonNull(by, "by == null");
        Located at = locate(id);
        Instant now = clock.instant();
        Object[] out = new Object[3];
        BookEntry e = mutateWeek(at.clinician, at.week, ledger -> {
            BookEntry cur = requireLive(ledger, id);
            boolean late = by == CancelledBy.CLIENT && now.isAfter(cur.start().minus(cancellationPolicy.lateCancelWindow()));
            BookEntry next = cur.withStatus(late ? AppointmentStatus.LATE_CANCELLED : AppointmentStatus.CANCELLED);
            ledger.put(next);
            List<TimeSlot> taken = new ArrayList<>();
            ledger.occupying(now, x -> false).forEach(x -> taken.add(x.time()));
            out[0] = late;
            out[1] = late && cancellationPolicy.feeAllowed(payerKind(cur));
            out[2] = cur.start().isAfter(now)
                    ? rulesFor(at.clinician, Mode.RELAXED).openSlotAt(cur.service(), cur.start(), now, taken)
                    : Optional.empty();
            return next;
        });
        send(e, "appointment.cancelled", "cancelled", MessageText.cancelled(e.start(), e.clientZone()), null);
        prompts.close(ClientId.of(e.clientId()), ReplyPrompts.Kind.CONFIRM, e.id(), now);
        event(id.value(), e.clientId(), "appointment.cancelled", (boolean) out[0] ? "Late cancellation." : "Appointment cancelled.",
                Map.of("late", out[0].toString(), "by", by.name(), "start", e.start().toString()));
        writeToEhr(id.value());
        @SuppressWarnings("unchecked")
        Optional<OpenSlot> freed = (Optional<OpenSlot>) out[2];
        return new Cancellation(toAppointment(at.clinician, e), (boolean) out[0], (boolean) out[1], freed);
    }

    /**
     * Marks a no-show (only once the start has passed), sends the client a follow-up, and raises a
     * staff task through {@link HumanEscalation} when the client reaches the policy's no-show count.
     */
    public NoShow markNoShow(AppointmentId id) {
        Located at = locate(id);
        Instant now = clock.instant();
        BookEntry e = mutateWeek(at.clinician, at.week, ledger -> {
            BookEntry cur = requireLive(ledger, id);
            if (now.isBefore(cur.start())) {
                throw new ValidationException("no-show", List.of(new org.practicekit.core.FieldProblem("appointmentId",
                        "has not started yet")));
            }
            BookEntry next = cur.withStatus(AppointmentStatus.NO_SHOW);
            ledger.put(next);
            return next;
        });
        int count = countNoShow(e.clientId(), id.value());
        boolean task = count >= cancellationPolicy.noShowsBeforeStaffTask();
        send(e, "appointment.no-show", "no-show", MessageText.noShow(e.start(), e.clientZone()), null);
        if (task) {
            escalate(Escalation.builder().idempotencyKey(StoreIds.fit("scheduling.no-shows/" + e.clientId() + "/" + count))
                    .clientId(ClientId.of(e.clientId())).urgency(Escalation.Urgency.ROUTINE).category("scheduling.no-shows")
                    .summary("Client has missed " + count + " appointments; please reach out before booking again.")
                    .addDetail("latest missed appointment: " + id.value()).raisedAt(now).build());
        }
        event(id.value(), e.clientId(), "appointment.no-show", "No-show recorded.", Map.of("count", Integer.toString(count)));
        writeToEhr(id.value());
        return new NoShow(toAppointment(at.clinician, e), cancellationPolicy.feeAllowed(payerKind(e)), count, task);
    }

    /**
     * Moves one appointment to another open time of the same clinician. An occurrence of a series
     * moves alone: the other occurrences and the series are untouched.
     */
    public Appointment move(AppointmentId id, Instant newStart) {
        BookEntry e = moveEntry(id, newStart, Mode.STRICT, "");
        send(e, "appointment.moved", "moved/" + e.start().getEpochSecond(),
                MessageText.moved(e.start(), e.clientZone(), e.modality()), null);
        event(id.value(), e.clientId(), "appointment.moved", "Appointment moved.", Map.of("start", e.start().toString()));
        writeToEhr(id.value());
        return toAppointment(locate(id).clinician, e);
    }

    private BookEntry moveEntry(AppointmentId id, Instant newStart, Mode mode, String consumeHoldOf) {
        Located at = locate(id);
        ClinicianId c = at.clinician;
        String target = weekId(c, newStart);
        BookEntry current = requireLive(readWeek(at.week), id);
        Function<WeekLedger, BookEntry> place = ledger -> {
            Instant now = clock.instant();
            ledger.dropExpiredHolds(now);
            OpenSlot slot = requireOpen(ledger, c, current.service(), newStart, current.newClient(), mode, now,
                    e -> e.id().equals(id.value()) || (!consumeHoldOf.isEmpty() && e.hold()
                            && e.holdOwner().equals(consumeHoldOf)));
            if (!consumeHoldOf.isEmpty()) {
                ledger.entries().stream().filter(e -> e.hold() && e.holdOwner().equals(consumeHoldOf)
                        && e.start().equals(newStart)).forEach(e -> ledger.remove(e.id()));
            }
            BookEntry cur = ledger.find(id.value()).orElse(current);
            if (clientBusy(ClientId.of(cur.clientId()), slot.time(), cur.id())) {
                throw new SlotUnavailableException("the client already has an appointment at that time");
            }
            BookEntry moved = new BookEntry(cur.id(), false, cur.clientId(), slot.time().start(), slot.time().end(),
                    cur.service(), slot.modality(), slot.location().map(LocationId::value).orElse(""),
                    AppointmentStatus.BOOKED, cur.seriesId(), cur.payerKind(), cur.contactKind(), cur.contactValue(),
                    cur.clientZone(), cur.newClient(), "", Instant.EPOCH, now, Set.of(), cur.greeting());
            ledger.put(moved);
            return moved;
        };
        if (target.equals(at.week)) {
            return mutateWeek(c, at.week, ledger -> {
                requireLive(ledger, id);
                return place.apply(ledger);
            });
        }
        // Claim the new time first, then point the index at it, then free the old time: at no moment
        // can anyone else take the new time, and the old one is released only once the move is safe.
        BookEntry moved = mutateWeek(c, target, place);
        updateIndex(id.value(), c, target);
        mutateWeek(c, at.week, ledger -> ledger.remove(id.value()));
        return moved;
    }

    // ---------------------------------------------------------------- reschedule offers

    /**
     * Offers the client the three best open times with the same clinician (ranked by
     * {@link SlotMatcher#rank} for the client's preferences when a matcher is configured, else the
     * soonest), holds them until the offer expires, and messages the client.
     */
    public RescheduleOffer offerReschedule(AppointmentId id, SlotRequest preferences) {
        Objects.requireNonNull(preferences, "preferences == null");
        Located at = locate(id);
        BookEntry e = requireLive(readWeek(at.week), id);
        Instant now = clock.instant();
        AvailabilityRules r = rules(at.clinician);
        List<OpenSlot> open = openSlots(at.clinician, e.service(), r.localDate(now), r.localDate(now.plus(rescheduleSearch)));
        open.removeIf(s -> s.time().start().equals(e.start()) || (s.newClientsOnly() && !e.newClient()));
        List<OpenSlot> ranked = new ArrayList<>();
        if (matcher != null && matcher.clinicians().contains(at.clinician)) {
            matcher.rank(preferences, open, open.size()).forEach(rs -> ranked.add(rs.slot()));
        } else {
            ranked.addAll(open);
        }
        String offerId = StoreIds.fit("resched-" + id.value() + "-" + now.toEpochMilli());
        Instant expires = now.plus(rescheduleHold);
        List<OpenSlot> held = new ArrayList<>();
        for (OpenSlot s : ranked) {
            if (held.size() == 3) {
                break;
            }
            if (hold(s, offerId, expires, Mode.STRICT)) {
                held.add(s);
            }
        }
        if (held.isEmpty()) {
            throw new SlotUnavailableException("no open time to offer in the next " + rescheduleSearch.toDays() + " days");
        }
        StoredFields f = StoredFields.create().put("appointment", id.value()).put("clinician", at.clinician.value())
                .put("status", "OPEN").put("expires", expires.toString()).put("options", held.size());
        for (int i = 0; i < held.size(); i++) {
            writeSlot(f, "o" + i + ".", held.get(i));
        }
        store.insert(OFFER, offerId, f.encode());
        List<Instant> starts = new ArrayList<>();
        List<Modality> modalities = new ArrayList<>();
        held.forEach(s -> {
            starts.add(s.time().start());
            modalities.add(s.modality());
        });
        send(e, "appointment.reschedule-offer", "offer/" + offerId,
                MessageText.rescheduleOffer(e.start(), starts, modalities, expires, e.clientZone()),
                new ReplyPrompts.Prompt(ReplyPrompts.Kind.RESCHEDULE, offerId, contact(e), now, expires, held.size()));
        event(id.value(), e.clientId(), "appointment.reschedule-offered", held.size() + " new times offered and held.",
                Map.of("offerId", offerId, "options", Integer.toString(held.size())));
        return new RescheduleOffer(offerId, id, held, expires);
    }

    /** The client chose option {@code option} (0-based): the appointment moves there, the other holds are released. */
    public Appointment acceptReschedule(String offerId, int option) {
        StoredRecord rec = store.read(OFFER, offerId).orElseThrow(() -> invalid("offerId", "is unknown"));
        StoredFields f = StoredFields.decode(rec.payload());
        Instant now = clock.instant();
        int n = (int) f.requireLong("options");
        Problems p = Problems.of("reschedule acceptance");
        p.require("OPEN".equals(f.require("status")), "offerId", "is no longer open");
        p.require(now.isBefore(Instant.parse(f.require("expires"))), "offerId", "has expired");
        p.require(option >= 0 && option < n, "option", "must be between 0 and " + (n - 1));
        p.throwIfAny();
        List<OpenSlot> options = readSlots(f, n);
        AppointmentId id = AppointmentId.of(f.require("appointment"));
        BookEntry moved = moveEntry(id, options.get(option).time().start(), Mode.RELAXED, offerId);
        releaseHolds(offerId, options);
        store.update(OFFER, offerId, rec.version(), f.put("status", "ACCEPTED").encode());
        ClientId client = ClientId.of(moved.clientId());
        prompts.close(client, ReplyPrompts.Kind.RESCHEDULE, offerId, clock.instant());
        send(moved, "appointment.moved", "moved/" + moved.start().getEpochSecond(),
                MessageText.moved(moved.start(), moved.clientZone(), moved.modality()), null);
        event(id.value(), moved.clientId(), "appointment.rescheduled", "Client chose a new time; other held times released.",
                Map.of("offerId", offerId, "option", Integer.toString(option + 1), "start", moved.start().toString()));
        writeToEhr(id.value());
        return toAppointment(ClinicianId.of(f.require("clinician")), moved);
    }

    /** The client declined every option: the holds are released, the appointment stays, and the client is told. */
    public void declineReschedule(String offerId) {
        if (closeOffer(offerId, "DECLINED")) {
            StoredFields f = StoredFields.decode(store.read(OFFER, offerId).orElseThrow().payload());
            appointment(AppointmentId.of(f.require("appointment"))).ifPresent(a -> {
                Located at = locate(a.id());
                readWeek(at.week).find(a.id().value()).ifPresent(e -> {
                    prompts.close(ClientId.of(e.clientId()), ReplyPrompts.Kind.RESCHEDULE, offerId, clock.instant());
                    send(e, "appointment.reschedule-declined", "offer/" + offerId + "/declined",
                            MessageText.rescheduleDeclined(e.start(), e.clientZone()), null);
                    event(a.id().value(), e.clientId(), "appointment.reschedule-declined",
                            "Client kept the current time; held times released.", Map.of("offerId", offerId));
                });
            });
        }
    }

    private boolean closeOffer(String offerId, String status) {
        StoredRecord rec = store.read(OFFER, offerId).orElseThrow(() -> invalid("offerId", "is unknown"));
        StoredFields f = StoredFields.decode(rec.payload());
        if (!"OPEN".equals(f.require("status"))) {
            return false;
        }
        releaseHolds(offerId, readSlots(f, (int) f.requireLong("options")));
        try {
            store.update(OFFER, offerId, rec.version(), f.put("status", status).encode());
        } catch (VersionConflictException raced) {
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- due work

    /**
     * Does the work that is due at {@code now}: sends reminders (each offset once per appointment
     * time, shifted out of the client's quiet hours), expires reschedule offers and releases their
     * holds, and retries messages whose send failed. Returns what it did, without PHI. Safe to call
     * as often as wanted, from several app instances.
     */
    public List<WorkflowEvent> due(Instant now) {
        Objects.requireNonNull(now, "now == null");
        List<WorkflowEvent> done = new ArrayList<>();
        int retried = outbox.retryPending();
        if (retried > 0) {
            done.add(new WorkflowEvent(now, WORKFLOW, "outbox", "message.retried", retried + " pending messages sent."));
        }
        for (StoredRecord r : store.list(EHR_OWED)) {
            if (flushToEhr(r.id())) {
                done.add(new WorkflowEvent(now, WORKFLOW, r.id(), "appointment.ehr-written",
                        "Appointment written to the EHR after an earlier failure."));
            }
        }
        for (StoredRecord r : store.list(OFFER)) {
            StoredFields f = StoredFields.decode(r.payload());
            if ("OPEN".equals(f.require("status")) && !now.isBefore(Instant.parse(f.require("expires")))
                    && closeOffer(r.id(), "EXPIRED")) {
                done.add(new WorkflowEvent(now, WORKFLOW, f.require("appointment"), "appointment.reschedule-expired",
                        "Reschedule offer expired; held times released."));
            }
        }
        for (StoredRecord r : store.list(WEEK)) {
            WeekLedger ledger = WeekLedger.decode(r.payload());
            for (BookEntry e : ledger.entries()) {
                if (e.hold() || e.status().isTerminal() || !e.start().isAfter(now)) {
                    continue;
                }
                for (Duration offset : reminderPolicy.before()) {
                    String tag = offset.toMinutes() + "@" + e.start().getEpochSecond();
                    Instant sendAt = reminderPolicy.sendAt(e.start(), offset, e.clientZone());
                    if (e.remindersSent().contains(tag) || now.isBefore(sendAt) || sendAt.isBefore(e.bookedAt())) {
                        continue;
                    }
                    boolean confirmed = e.status() == AppointmentStatus.CONFIRMED;
                    send(e, "appointment.reminder", "reminder/" + tag, MessageText.reminder(e.start(), e.clientZone(),
                            e.modality(), confirmed), confirmPrompt(e));
                    mutateWeek(ClinicianId.of(ledger.clinicianId()), r.id(), l -> {
                        l.find(e.id()).ifPresent(cur -> l.put(cur.withReminderSent(tag)));
                        return null;
                    });
                    done.add(new WorkflowEvent(now, WORKFLOW, e.id(), "appointment.reminder-sent",
                            "Reminder sent " + offset.toHours() + " h ahead."));
                }
            }
        }
        done.forEach(listener::onWorkflowEvent);
        return done;
    }

    // ---------------------------------------------------------------- queries

    /** The appointment, if this book has it. */
    public Optional<Appointment> appointment(AppointmentId id) {
        Objects.requireNonNull(id, "id == null");
        Optional<StoredRecord> idx = store.read(INDEX, StoreIds.fit(id.value()));
        if (idx.isEmpty()) {
            return Optional.empty();
        }
        StoredFields f = StoredFields.decode(idx.get().payload());
        ClinicianId c = ClinicianId.of(f.require("clinician"));
        return readWeek(f.require("week")).find(id.value()).filter(e -> !e.hold()).map(e -> toAppointment(c, e));
    }

    /** A clinician's appointments (every status) starting on local dates {@code from}..{@code to}, by start. */
    public List<Appointment> appointments(ClinicianId clinician, LocalDate from, LocalDate to) {
        AvailabilityRules r = rules(clinician);
        List<Appointment> out = new ArrayList<>();
        for (LocalDate w = from.with(java.time.DayOfWeek.MONDAY); !w.isAfter(to); w = w.plusWeeks(1)) {
            for (BookEntry e : readWeek(weekId(clinician, w)).entries()) {
                LocalDate d = r.localDate(e.start());
                if (!e.hold() && !d.isBefore(from) && !d.isAfter(to)) {
                    out.add(toAppointment(clinician, e));
                }
            }
        }
        out.sort(Comparator.comparing((Appointment a) -> a.slot().start()).thenComparing(a -> a.id().value()));
        return out;
    }

    // ---------------------------------------------------------------- plumbing

    private AvailabilityRules rulesFor(ClinicianId c, Mode mode) {
        return mode == Mode.STRICT ? rules(c) : relaxed.get(c);
    }

    private String weekId(ClinicianId c, Instant t) {
        return weekId(c, rules(c).localDate(t));
    }

    private static String weekId(ClinicianId c, LocalDate d) {
        return StoreIds.fit(c.value() + "/" + d.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }

    private WeekLedger readWeek(String weekId) {
        return store.read(WEEK, weekId).map(r -> WeekLedger.decode(r.payload())).orElseGet(() -> WeekLedger.empty(""));
    }

    /** Read, change, write with the record's version; on a conflict, read again and re-apply. */
    private <R> R mutateWeek(ClinicianId c, String weekId, Function<WeekLedger, R> change) {
        for (int attempt = 1; ; attempt++) {
            Optional<StoredRecord> rec = store.read(WEEK, weekId);
            WeekLedger ledger = rec.map(r -> WeekLedger.decode(r.payload())).orElseGet(() -> WeekLedger.empty(c.value()));
            R result = change.apply(ledger);
            try {
                if (rec.isPresent()) {
                    store.update(WEEK, weekId, rec.get().version(), ledger.encode());
                } else {
                    store.insert(WEEK, weekId, ledger.encode());
                }
                return result;
            } catch (VersionConflictException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private boolean insertIndex(String id, ClinicianId c, String week) {
        try {
            store.insert(INDEX, StoreIds.fit(id), StoredFields.create().put("clinician", c.value()).put("week", week).encode());
            return true;
        } catch (VersionConflictException exists) {
            StoredFields f = StoredFields.decode(store.read(INDEX, StoreIds.fit(id)).orElseThrow().payload());
            if (!f.require("week").equals(week) || !f.require("clinician").equals(c.value())) {
                throw invalid("appointmentId", "is already used for another appointment");
            }
            return false;
        }
    }

    private void updateIndex(String id, ClinicianId c, String week) {
        String key = StoreIds.fit(id);
        for (int attempt = 1; ; attempt++) {
            StoredRecord r = store.read(INDEX, key).orElseThrow();
            try {
                store.update(INDEX, key, r.version(), StoredFields.create().put("clinician", c.value()).put("week", week).encode());
                return;
            } catch (VersionConflictException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void deleteIndex(String id) {
        store.read(INDEX, StoreIds.fit(id)).ifPresent(r -> {
            try {
                store.delete(INDEX, r.id(), r.version());
            } catch (VersionConflictException ignored) {
                // changed meanwhile: leave it to whoever changed it
            }
        });
    }

    private void erase(ClinicianId c, BookEntry e) {
        mutateWeek(c, weekId(c, e.start()), ledger -> ledger.remove(e.id()));
        deleteIndex(e.id());
    }

    private int countNoShow(String clientId, String appointmentId) {
        String key = StoreIds.fit(clientId);
        for (int attempt = 1; ; attempt++) {
            Optional<StoredRecord> r = store.read(NO_SHOWS, key);
            List<String> ids = new ArrayList<>(r.map(x -> StoredFields.decode(x.payload()).getList("appointments"))
                    .orElse(List.of()));
            if (ids.contains(appointmentId)) {
                return ids.size();
            }
            ids.add(appointmentId);
            StoredFields f = StoredFields.create().put("appointments.size", ids.size());
            for (int i = 0; i < ids.size(); i++) {
                f.put("appointments." + i, ids.get(i));
            }
            try {
                if (r.isPresent()) {
                    store.update(NO_SHOWS, key, r.get().version(), f.encode());
                } else {
                    store.insert(NO_SHOWS, key, f.encode());
                }
                return ids.size();
            } catch (VersionConflictException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private record Located(ClinicianId clinician, String week) {
    }

    private Located locate(AppointmentId id) {
        Objects.requireNonNull(id, "id == null");
        StoredRecord r = store.read(INDEX, StoreIds.fit(id.value())).orElseThrow(() -> invalid("appointmentId", "is unknown"));
        StoredFields f = StoredFields.decode(r.payload());
        return new Located(ClinicianId.of(f.require("clinician")), f.require("week"));
    }

    private static BookEntry requireLive(WeekLedger ledger, AppointmentId id) {
        BookEntry e = ledger.find(id.value()).filter(x -> !x.hold()).orElseThrow(() -> invalid("appointmentId", "is unknown"));
        if (e.status().isTerminal()) {
            throw invalid("appointmentId", "is already " + e.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        return e;
    }

    private static ValidationException invalid(String field, String message) {
        return new ValidationException("appointment change", List.of(new org.practicekit.core.FieldProblem(field, message)));
    }

    private static Optional<PayerKind> payerKind(BookEntry e) {
        return e.payerKind().isEmpty() ? Optional.empty() : Optional.of(PayerKind.valueOf(e.payerKind()));
    }

    static void writeSlot(StoredFields f, String p, OpenSlot s) {
        f.put(p + "clinician", s.clinicianId().value()).put(p + "start", s.time().start().toString())
                .put(p + "end", s.time().end().toString()).put(p + "service", s.serviceType().name())
                .put(p + "modality", s.modality().name()).put(p + "location", s.location().map(LocationId::value).orElse(""))
                .put(p + "newClients", s.newClientsOnly());
    }

    static OpenSlot readSlot(StoredFields f, String p) {
        String loc = f.require(p + "location");
        return new OpenSlot(ClinicianId.of(f.require(p + "clinician")), new TimeSlot(Instant.parse(f.require(p + "start")),
                Instant.parse(f.require(p + "end"))), ServiceType.valueOf(f.require(p + "service")),
                Modality.valueOf(f.require(p + "modality")), loc.isEmpty() ? Optional.empty() : Optional.of(LocationId.of(loc)),
                f.requireBoolean(p + "newClients"));
    }

    private static List<OpenSlot> readSlots(StoredFields f, int n) {
        List<OpenSlot> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(readSlot(f, "o" + i + "."));
        }
        return out;
    }

    private static Appointment toAppointment(ClinicianId c, BookEntry e) {
        Appointment.Builder b = Appointment.builder().id(AppointmentId.of(e.id())).clientId(ClientId.of(e.clientId()))
                .clinicianId(c).serviceType(e.service()).slot(e.time()).modality(e.modality()).status(e.status());
        e.optionalLocation().ifPresent(l -> b.locationId(LocationId.of(l)));
        if (!e.seriesId().isEmpty()) {
            b.seriesId(e.seriesId());
        }
        return b.build();
    }

    private static ContactPoint contact(BookEntry e) {
        return new ContactPoint(ContactPoint.Kind.valueOf(e.contactKind()), e.contactValue());
    }

    private void send(BookEntry e, String purpose, String what, String body, ReplyPrompts.Prompt prompt) {
        send(e.id(), ClientId.of(e.clientId()), contact(e), e.greeting(), purpose, what, body, prompt);
    }

    /**
     * Frames the text (practice name, greeting, opt-out), records the question it asks if any, and
     * hands it to the outbox. The question is stored before the text leaves, so an answer that comes
     * back at once finds it.
     */
    void send(String recordId, ClientId client, ContactPoint to, String greeting, String purpose, String what, String body,
            ReplyPrompts.Prompt prompt) {
        if (prompt != null) {
            prompts.ask(client, prompt, clock.instant());
        }
        OutboundMessage.Builder m = OutboundMessage.builder().idempotencyKey(StoreIds.fit("sched/" + recordId + "/" + what))
                .clientId(client).to(to).body(MessageText.framed(practiceName, greeting, body, to.kind())).purpose(purpose);
        if (to.kind() == ContactPoint.Kind.EMAIL) {
            m.subject(MessageText.subject(practiceName));
        }
        outbox.deliver(m.build());
    }

    /** Tells listeners and the audit log (ids and codes only, never a name or a time in words). */
    void event(String recordId, String clientId, String type, String description, Map<String, String> details) {
        Map<String, String> d = new HashMap<>(details);
        d.put("record", recordId);
        Instant now = clock.instant();
        audit.record(new AuditEvent(now, "practicekit", type, clientId, "", Set.of(), d));
        listener.onWorkflowEvent(new WorkflowEvent(now, WORKFLOW, recordId, type, description));
    }

    /** Hands a task to a person, then records that it did (a failed hand-over throws and records nothing). */
    void escalate(Escalation e) {
        escalation.escalate(e);
        audit.record(AuditEvent.escalationRaised(clock.instant(), e));
        listener.onEscalation(e);
    }

    ReplyPrompts prompts() {
        return prompts;
    }

    /**
     * True when the client has another live appointment overlapping {@code time} with any clinician of
     * this book (appointment {@code except} left out): one client, one hour.
     */
    boolean clientBusy(ClientId client, TimeSlot time, String except) {
        for (ClinicianId c : rules.keySet()) {
            Set<String> weeks = new LinkedHashSet<>(List.of(weekId(c, time.start()), weekId(c, time.end())));
            for (String w : weeks) {
                for (BookEntry e : readWeek(w).entries()) {
                    if (!e.hold() && e.status().holdsTime() && e.clientId().equals(client.value()) && !e.id().equals(except)
                            && e.time().overlaps(time)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Owes the EHR the appointment's latest state, then tries to pay the debt now. The debt is stored
     * first, so a failure or a crash leaves it for {@link #due(Instant)}; the EHR write is keyed by the
     * appointment id, so writing it twice is harmless.
     */
    private void writeToEhr(String appointmentId) {
        if (ehr == null) {
            return;
        }
        String key = StoreIds.fit(appointmentId);
        try {
            store.insert(EHR_OWED, key, StoredFields.create().put("appointment", appointmentId).encode());
        } catch (VersionConflictException alreadyOwed) {
            // An earlier change is still owed: the write below sends the latest state for both.
        }
        flushToEhr(key);
    }

    /** Writes one owed appointment. True when the EHR took it; a transient failure leaves it owed. */
    private boolean flushToEhr(String key) {
        Optional<StoredRecord> owed = store.read(EHR_OWED, key);
        if (owed.isEmpty()) {
            return false;
        }
        String appointmentId = StoredFields.decode(owed.get().payload()).require("appointment");
        Optional<Appointment> a = appointment(AppointmentId.of(appointmentId));
        Instant now = clock.instant();
        if (a.isPresent()) {
            try {
                EhrReceipt receipt = ehr.writeAppointment(a.get());
                audit.record(new AuditEvent(now, "practicekit", "ehr.appointment.written", a.get().clientId().value(),
                        ehr.system(), Set.of("PERSON", "DATE"), Map.of("appointment", appointmentId,
                                "status", a.get().status().name(), "created", Boolean.toString(receipt.created()))));
            } catch (RetriableException e) {
                LOG.warn("appointment {} not written to the EHR yet ({}); due(now) retries", appointmentId,
                        e.getClass().getSimpleName());
                return false;
            } catch (PracticeKitException e) {
                escalate(Escalation.builder().idempotencyKey(StoreIds.fit("scheduling.ehr-refused/" + appointmentId + "/"
                        + a.get().status().name())).clientId(a.get().clientId()).urgency(Escalation.Urgency.ROUTINE)
                        .category("scheduling.ehr-refused")
                        .summary("The EHR refused appointment " + appointmentId + " (" + a.get().status().name()
                                .toLowerCase(java.util.Locale.ROOT) + "); please enter it by hand or fix the record.")
                        .addDetail("error: " + e.getClass().getSimpleName()).raisedAt(now).build());
            }
        }
        try {
            store.delete(EHR_OWED, key, owed.get().version());
        } catch (VersionConflictException changedAgain) {
            // A newer change was recorded meanwhile; it stays owed and goes out next.
        }
        return a.isPresent();
    }

    Clock clock() {
        return clock;
    }

    WorkflowStore store() {
        return store;
    }

    PracticeListener listener() {
        return listener;
    }

    /**
     * Builds an {@link AppointmentBook}. Required: store, clock, channel, escalation, audit, the
     * practice's name (every text opens with it), and rules for at least one clinician; {@link #build()}
     * names every missing part at once. Optional: the EHR every booked, moved, cancelled or missed
     * appointment is written to. Defaults: {@link CancellationPolicy#defaults()},
     * {@link AppointmentReminderPolicy#defaults()}, reschedule holds of 24 hours over the next 21 days, no
     * matcher (reschedule offers are then the soonest open times).
     */
    public static final class Builder {
        private WorkflowStore store;
        private Clock clock;
        private MessageChannel channel;
        private HumanEscalation escalation;
        private final List<PracticeListener> listeners = new ArrayList<>();
        private AuditLog audit;
        private String practiceName;
        private EhrAdapter ehr;
        private final Map<ClinicianId, AvailabilityRules> rules = new HashMap<>();
        private SlotMatcher matcher;
        private CancellationPolicy cancellationPolicy = CancellationPolicy.defaults();
        private AppointmentReminderPolicy reminderPolicy = AppointmentReminderPolicy.defaults();
        private Duration rescheduleHold = Duration.ofHours(24);
        private Duration rescheduleSearch = Duration.ofDays(21);
        private AuthorizationGate authorizations;
        private AuthorizationEnforcement enforcement = AuthorizationEnforcement.BLOCK;

        private Builder() {
        }

        public Builder store(WorkflowStore store) {
            this.store = Objects.requireNonNull(store, "store == null");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Where texts and emails go (wrap it in {@code ClientOutreach} for quiet hours and opt-outs). */
        public Builder channel(MessageChannel channel) {
            this.channel = Objects.requireNonNull(channel, "channel == null");
            return this;
        }

        /**
         * The old name of {@link #channel(MessageChannel)}.
         *
         * @deprecated use {@link #channel(MessageChannel)}, the name every engine's builder uses
         */
        @Deprecated
        public Builder messages(MessageChannel messages) {
            return channel(messages);
        }

        public Builder escalation(HumanEscalation escalation) {
            this.escalation = Objects.requireNonNull(escalation, "escalation == null");
            return this;
        }

        /** Hears every change to the book; a listener that throws is logged and skipped. */
        public Builder addListener(PracticeListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener == null"));
            return this;
        }

        /**
         * The old name of {@link #addListener(PracticeListener)}.
         *
         * @deprecated use {@link #addListener(PracticeListener)}, the name every engine's builder uses
         */
        @Deprecated
        public Builder listener(PracticeListener listener) {
            return addListener(listener);
        }

        /** Where bookings, changes, offers and escalations are recorded (ids and codes, never names). */
        public Builder audit(AuditLog audit) {
            this.audit = Objects.requireNonNull(audit, "audit == null");
            return this;
        }

        /** The name every text opens with ("Main Street Counseling"). */
        public Builder practiceName(String practiceName) {
            this.practiceName = Objects.requireNonNull(practiceName, "practiceName == null");
            return this;
        }

        /**
         * The EHR that gets every appointment's latest state (booked, confirmed, moved, cancelled, no-show),
         * keyed by appointment id; a transient failure is retried by {@link AppointmentBook#due(Instant)}.
         */
        public Builder ehr(EhrAdapter ehr) {
            this.ehr = Objects.requireNonNull(ehr, "ehr == null");
            return this;
        }

        public Builder addRules(AvailabilityRules clinicianRules) {
            Objects.requireNonNull(clinicianRules, "clinicianRules == null");
            rules.put(clinicianRules.clinicianId(), clinicianRules);
            return this;
        }

        public Builder matcher(SlotMatcher matcher) {
            this.matcher = Objects.requireNonNull(matcher, "matcher == null");
            return this;
        }

        public Builder cancellationPolicy(CancellationPolicy policy) {
            this.cancellationPolicy = Objects.requireNonNull(policy, "policy == null");
            return this;
        }

        public Builder reminderPolicy(AppointmentReminderPolicy policy) {
            this.reminderPolicy = Objects.requireNonNull(policy, "policy == null");
            return this;
        }

        /** How long reschedule options stay held for the client. */
        public Builder rescheduleHold(Duration hold) {
            this.rescheduleHold = Objects.requireNonNull(hold, "hold == null");
            return this;
        }

        /** How far ahead reschedule options are searched. */
        public Builder rescheduleSearch(Duration search) {
            this.rescheduleSearch = Objects.requireNonNull(search, "search == null");
            return this;
        }

        /**
         * Checks every booking that says how it is billed ({@link BookingRequest.Builder#billedAs}) against
         * the practice's prior authorizations (usually {@code BillingOffice.authorizations()}); a blocking
         * problem refuses the booking ({@link AuthorizationEnforcement#BLOCK}) or is audited as a warning
         * ({@link AuthorizationEnforcement#WARN}). A staff override always books and is audited with its reason.
         */
        public Builder authorizationGate(AuthorizationGate gate, AuthorizationEnforcement enforcement) {
            this.authorizations = Objects.requireNonNull(gate, "gate == null");
            this.enforcement = Objects.requireNonNull(enforcement, "enforcement == null");
            return this;
        }

        public AppointmentBook build() {
            Problems p = Problems.of("appointment book");
            p.require(store != null, "store", "is required");
            p.require(clock != null, "clock", "is required");
            p.require(channel != null, "channel", "is required");
            p.require(escalation != null, "escalation", "is required");
            p.require(audit != null, "audit", "is required");
            p.requireText(practiceName, "practiceName");
            p.require(!rules.isEmpty(), "rules", "at least one clinician's rules are required");
            p.require(rescheduleHold != null && !rescheduleHold.isNegative() && !rescheduleHold.isZero(),
                    "rescheduleHold", "must be positive");
            p.throwIfAny();
            return new AppointmentBook(this);
        }
    }
}
