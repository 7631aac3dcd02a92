package org.practicekit.core.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;
import org.practicekit.core.VersionConflictException;
import org.practicekit.core.event.WorkflowEvent;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.LocationId;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.scheduling.internal.MessageText;
import org.practicekit.core.scheduling.internal.ReplyPrompts;
import org.practicekit.core.scheduling.internal.StoreIds;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.store.StoredFields;

/**
 * The practice's waitlist, with automatic offers. When a slot frees ({@link #slotFreed}), it is held
 * in the {@link AppointmentBook} and offered to the best-fitting listed client (by
 * {@link SlotMatcher#weight}) with a reply deadline; a decline ({@link #decline}) or an expired
 * deadline (found by {@link #due}) cascades the offer to the next client; an acceptance books it.
 * The cascade stops when the slot is booked, nobody fitting is left, or the slot starts within the
 * minimum lead time, and the hold is then released. {@link #proposeAssignment} pairs many open
 * slots with the whole waitlist at once, optimally.
 *
 * <p>One client, one hour: a client is never offered a slot while they hold an offer for an
 * overlapping one, or already have an appointment then, and an acceptance claims the client's waitlist
 * entry before it books, so two acceptances can never both book the same client.
 *
 * <p>Safety: a client with an acute-risk indicator (flagged, or any positive PHQ-9 item 9) is never
 * listed; they are escalated at once through {@code HumanEscalation}. A moderate PHQ-9 or GAD-7
 * (10 or more) raises the priority one tier, a severe one (20 or more) two tiers.
 *
 * <p>State lives in the book's {@code WorkflowStore} (one record per entry, one per freed slot,
 * with optimistic versions), so several engines can drive the same waitlist. Thread-safe.
 */
public final class Waitlist {
    static final String ENTRY = "sched-waitlist";
    static final String OFFER = "sched-wl-offer";
    private static final int MAX_ATTEMPTS = 100;

    private final AppointmentBook book;
    private final SlotMatcher matcher;
    private final Duration offerHold;
    private final Duration minimumLead;

    private Waitlist(Builder b) {
        this.book = b.book;
        this.matcher = b.matcher;
        this.offerHold = b.offerHold;
        this.minimumLead = b.minimumLead;
    }

    public static Builder builder(AppointmentBook book, SlotMatcher matcher) {
        return new Builder(book, matcher);
    }

    /**
     * Puts a client on the waitlist, or escalates them to a person now when screening shows acute
     * risk. Adding the same entry id again returns the earlier decision.
     */
    public WaitlistDecision add(WaitlistEntry entry) {
        Objects.requireNonNull(entry, "entry == null");
        Instant now = book.clock().instant();
        if (isAcute(entry)) {
            Escalation esc = Escalation.builder().idempotencyKey(StoreIds.fit("waitlist.acute-risk/" + entry.id()))
                    .clientId(entry.request().clientId()).urgency(Escalation.Urgency.IMMEDIATE).category("risk.waitlist")
                    .summary("A client asking for an appointment shows an acute-risk indicator. Contact them now; "
                            + "they were not put on the waitlist.")
                    .addDetail(entry.acuteRisk() ? "flagged as acute risk at intake" : "PHQ-9 item 9 answered above 0")
                    .addDetail("crisis line to share if needed: 988").raisedAt(now).build();
            book.escalate(esc);
            book.event(entry.id(), entry.request().clientId().value(), "waitlist.escalated",
                    "Acute-risk client escalated to staff instead of waitlisted.", Map.of());
            return new WaitlistDecision(entry.id(), WaitlistDecision.Outcome.ESCALATED, entry.request().priority());
        }
        Priority priority = priorityAfterScreening(entry);
        SlotRequest request = entry.request().toBuilder().priority(priority)
                .waitingSince(entry.request().waitingSince().orElse(now)).build();
        StoredFields f = StoredFields.create().put("entry", entry.id()).put("status", "LISTED")
                .put("contactKind", entry.contact().kind().name())
                .put("contact", entry.contact().value()).put("name", entry.preferredName().orElse(""));
        writeRequest(f, request);
        try {
            book.store().insert(ENTRY, StoreIds.fit(entry.id()), f.encode());
        } catch (VersionConflictException exists) {
            return new WaitlistDecision(entry.id(), WaitlistDecision.Outcome.LISTED, readEntry(entry.id()).request().priority());
        }
        book.event(entry.id(), request.clientId().value(), "waitlist.listed",
                "Client added to the waitlist at " + priority + " priority.", Map.of("priority", priority.name()));
        return new WaitlistDecision(entry.id(), WaitlistDecision.Outcome.LISTED, priority);
    }

    /** Takes a client off the waitlist. False when not listed. */
    public boolean remove(String entryId) {
        return setStatus(entryId, "LISTED", "REMOVED");
    }

    /** Clients currently listed, by id. */
    public List<WaitlistEntry> entries() {
        List<WaitlistEntry> out = new ArrayList<>();
        for (StoredRecord r : book.store().list(ENTRY)) {
            StoredFields f = StoredFields.decode(r.payload());
            if ("LISTED".equals(f.require("status"))) {
                out.add(entryFrom(f));
            }
        }
        out.sort(Comparator.comparing(WaitlistEntry::id));
        return out;
    }

    /** The optimal pairing of the listed clients with these open slots (see {@link SlotMatcher#assign}). */
    public Assignment proposeAssignment(List<OpenSlot> slots) {
        return matcher.assign(entries().stream().map(WaitlistEntry::request).collect(Collectors.toList()), slots);
    }

    /**
     * A slot has freed (e.g. from {@link Cancellation#freedSlot()}): hold it and offer it to the best
     * fitting listed client. Idempotent per slot. Empty when the slot is too close to fill or no
     * longer open; otherwise the offer's state (which may already be UNFILLED when nobody fits).
     */
    public Optional<WaitlistOffer> slotFreed(OpenSlot slot) {
        Objects.requireNonNull(slot, "slot == null");
        Instant now = book.clock().instant();
        String offerId = StoreIds.fit("wl-" + slot.key());
        Optional<StoredRecord> existing = book.store().read(OFFER, offerId);
        if (existing.isPresent() && "OFFERED".equals(StoredFields.decode(existing.get().payload()).require("status"))) {
            return offer(offerId);
        }
        if (tooClose(slot, now)) {
            return Optional.empty();
        }
        if (!book.hold(slot, offerId, slot.time().start(), AppointmentBook.Mode.RELAXED)) {
            return Optional.empty();
        }
        StoredFields f = StoredFields.create().put("status", "OFFERED").put("current", "").put("expires", "")
                .put("appointment", "").put("declined.size", 0).put("expired.size", 0).put("freedAt", now.toString());
        AppointmentBook.writeSlot(f, "slot.", slot);
        try {
            if (existing.isPresent()) {
                book.store().update(OFFER, offerId, existing.get().version(), f.encode());
            } else {
                book.store().insert(OFFER, offerId, f.encode());
            }
        } catch (VersionConflictException anotherEngine) {
            return offer(offerId);
        }
        cascade(offerId, now);
        return offer(offerId);
    }

    /** The current state of an offer. */
    public Optional<WaitlistOffer> offer(String offerId) {
        return book.store().read(OFFER, offerId).map(r -> toOffer(offerId, StoredFields.decode(r.payload())));
    }

    /**
     * {@code client} takes the slot they were offered: it is booked for them, they leave the waitlist, and
     * the booking text answers them.
     *
     * @throws ValidationException when the offer is closed or expired, is held by another client (a late
     *     "yes" after the offer moved on), or the client is no longer on the waitlist (already booked)
     */
    public WaitlistOffer accept(String offerId, ClientId client) {
        Objects.requireNonNull(client, "client == null");
        Instant now = book.clock().instant();
        StoredRecord rec = book.store().read(OFFER, offerId).orElseThrow(() -> invalid("offerId", "is unknown"));
        StoredFields f = StoredFields.decode(rec.payload());
        String entryId = f.require("current");
        Problems p = Problems.of("waitlist offer acceptance");
        p.require("OFFERED".equals(f.require("status")), "offerId", "is no longer open");
        p.require(!f.require("expires").isEmpty() && now.isBefore(Instant.parse(f.require("expires"))), "offerId",
                "has expired");
        if (!entryId.isEmpty()) {
            p.require(readEntry(entryId).request().clientId().equals(client), "client",
                    "does not hold this offer (it was offered to another client)");
        }
        p.throwIfAny();
        WaitlistEntry entry = readEntry(entryId);
        OpenSlot slot = AppointmentBook.readSlot(f, "slot.");
        // Claim the offer first, so a concurrent expiry or a second acceptance cannot also act on it.
        f.put("status", "FILLED");
        StoredRecord claimed;
        try {
            claimed = book.store().update(OFFER, offerId, rec.version(), f.encode());
        } catch (VersionConflictException raced) {
            throw invalid("offerId", "changed while accepting; read it again");
        }
        // Then claim the client: of two offers a client could accept at once, only one gets past here.
        if (!setStatus(entryId, "LISTED", "BOOKED")) {
            book.store().update(OFFER, offerId, claimed.version(), f.put("status", "OFFERED").encode());
            throw invalid("client", "is no longer on the waitlist (already booked)");
        }
        Appointment a;
        try {
            BookingRequest.Builder request = BookingRequest.forSlot(slot, entry.request(), entry.contact())
                    .appointmentId(AppointmentId.of(StoreIds.fit("appt-" + offerId + "-" + entryId)));
            entry.preferredName().ifPresent(request::preferredName);
            a = book.bookHeld(offerId, request.build());
        } catch (RuntimeException failed) {
            setStatus(entryId, "BOOKED", "LISTED");
            book.store().update(OFFER, offerId, claimed.version(), f.put("status", "OFFERED").encode());
            throw failed;
        }
        book.store().update(OFFER, offerId, claimed.version(), f.put("appointment", a.id().value()).encode());
        book.prompts().close(client, ReplyPrompts.Kind.OFFER, offerId, book.clock().instant());
        long empty = f.get("freedAt").map(t -> Duration.between(Instant.parse(t), now).toMinutes()).orElse(0L);
        book.event(offerId, client.value(), "waitlist.filled", "Freed slot booked from the waitlist.",
                Map.of("appointment", a.id().value(), "emptyMinutes", Long.toString(empty)));
        return offer(offerId).orElseThrow();
    }

    /**
     * The client holding the offer takes the slot.
     *
     * @deprecated use {@link #accept(String, ClientId)}, which checks that the client who answered is
     *     the one holding the offer (a late "yes" from the previous client would otherwise book the
     *     wrong person)
     */
    @Deprecated
    public WaitlistOffer accept(String offerId) {
        WaitlistOffer o = offer(offerId).orElseThrow(() -> invalid("offerId", "is unknown"));
        String holder = o.offeredTo().orElseThrow(() -> invalid("offerId", "is no longer open"));
        return accept(offerId, readEntry(holder).request().clientId());
    }

    /**
     * The client holding the offer said no (or staff answered for them): the slot goes to the next client
     * and the client is told they stay on the waitlist.
     */
    public WaitlistOffer decline(String offerId) {
        StoredRecord rec = book.store().read(OFFER, offerId).orElseThrow(() -> invalid("offerId", "is unknown"));
        StoredFields f = StoredFields.decode(rec.payload());
        if (!"OFFERED".equals(f.require("status")) || f.require("current").isEmpty()) {
            throw invalid("offerId", "is no longer open");
        }
        WaitlistEntry entry = readEntry(f.require("current"));
        if (passOn(offerId, rec, f, "declined")) {
            ClientId client = entry.request().clientId();
            book.prompts().close(client, ReplyPrompts.Kind.OFFER, offerId, book.clock().instant());
            book.send(offerId, client, entry.contact(), entry.preferredName().orElse(""), "waitlist.declined",
                    "declined/" + entry.id(), MessageText.waitlistDeclined(), null);
            book.event(offerId, client.value(), "waitlist.declined", "Offer declined; moving to the next client.", Map.of());
            cascade(offerId, book.clock().instant());
        }
        return offer(offerId).orElseThrow();
    }

    /**
     * {@code client} said no to the offer they hold.
     *
     * @throws ValidationException when the offer is closed or held by another client
     */
    public WaitlistOffer decline(String offerId, ClientId client) {
        Objects.requireNonNull(client, "client == null");
        WaitlistOffer o = offer(offerId).orElseThrow(() -> invalid("offerId", "is unknown"));
        String holder = o.offeredTo().orElseThrow(() -> invalid("offerId", "is no longer open"));
        if (!readEntry(holder).request().clientId().equals(client)) {
            throw invalid("client", "does not hold this offer (it was offered to another client)");
        }
        return decline(offerId);
    }

    /**
     * Expires unanswered offers and cascades them to the next client, and closes offers whose slot
     * is now too close to fill. Returns what it did, without PHI.
     */
    public List<WorkflowEvent> due(Instant now) {
        Objects.requireNonNull(now, "now == null");
        List<WorkflowEvent> done = new ArrayList<>();
        for (StoredRecord r : book.store().list(OFFER)) {
            StoredFields f = StoredFields.decode(r.payload());
            if (!"OFFERED".equals(f.require("status")) || f.require("expires").isEmpty()
                    || now.isBefore(Instant.parse(f.require("expires")))) {
                continue;
            }
            if (passOn(r.id(), r, f, "expired")) {
                done.add(new WorkflowEvent(now, "scheduling", r.id(), "waitlist.offer-expired",
                        "Offer expired unanswered; moving to the next client."));
                cascade(r.id(), now).ifPresent(done::add);
            }
        }
        done.forEach(book.listener()::onWorkflowEvent);
        return done;
    }

    /** Records the current client as declined/expired. False when someone else changed the offer first. */
    private boolean passOn(String offerId, StoredRecord rec, StoredFields f, String list) {
        List<String> ids = new ArrayList<>(f.getList(list));
        ids.add(f.require("current"));
        putList(f, list, ids);
        f.put("current", "").put("expires", "");
        try {
            book.store().update(OFFER, offerId, rec.version(), f.encode());
            return true;
        } catch (VersionConflictException raced) {
            return false;
        }
    }

    /** Offers the slot to the best fitting client not yet asked, or closes the offer. */
    private Optional<WorkflowEvent> cascade(String offerId, Instant now) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            StoredRecord rec = book.store().read(OFFER, offerId).orElseThrow();
            StoredFields f = StoredFields.decode(rec.payload());
            if (!"OFFERED".equals(f.require("status")) || !f.require("current").isEmpty()) {
                return Optional.empty();
            }
            OpenSlot slot = AppointmentBook.readSlot(f, "slot.");
            Set<String> asked = new java.util.HashSet<>(f.getList("declined"));
            asked.addAll(f.getList("expired"));
            Optional<WaitlistEntry> next = tooClose(slot, now) ? Optional.empty() : bestFor(offerId, slot, asked);
            if (next.isEmpty()) {
                f.put("status", "UNFILLED");
                try {
                    book.store().update(OFFER, offerId, rec.version(), f.encode());
                } catch (VersionConflictException raced) {
                    continue;
                }
                book.releaseHolds(offerId, List.of(slot));
                book.event(offerId, "", "waitlist.unfilled", "Freed slot could not be filled from the waitlist.", Map.of());
                return Optional.of(new WorkflowEvent(now, "scheduling", offerId, "waitlist.unfilled",
                        "Freed slot could not be filled from the waitlist."));
            }
            WaitlistEntry e = next.get();
            Instant lastCall = slot.time().start().minus(minimumLead);
            Instant expires = now.plus(offerHold).isBefore(lastCall) ? now.plus(offerHold) : lastCall;
            f.put("current", e.id()).put("expires", expires.toString());
            try {
                book.store().update(OFFER, offerId, rec.version(), f.encode());
            } catch (VersionConflictException raced) {
                continue;
            }
            book.send(offerId, e.request().clientId(), e.contact(), e.preferredName().orElse(""), "waitlist.offer",
                    "offer/" + e.id(), MessageText.waitlistOffer(slot.time().start(), e.request().zone(), slot.modality(),
                            expires),
                    new ReplyPrompts.Prompt(ReplyPrompts.Kind.OFFER, offerId, e.contact(), now, expires, 0));
            book.event(offerId, e.request().clientId().value(), "waitlist.offered",
                    "Freed slot offered to the next client on the waitlist.", Map.of("expires", expires.toString()));
            return Optional.of(new WorkflowEvent(now, "scheduling", offerId, "waitlist.offered",
                    "Freed slot offered to the next client on the waitlist."));
        }
        throw new IllegalStateException("offer kept changing under concurrent updates");
    }

    /**
     * The listed client with the highest fit for the slot; ties go to the longest waiting, then the id.
     * Clients holding an offer for an overlapping slot, or booked at that time, are passed over.
     */
    private Optional<WaitlistEntry> bestFor(String offerId, OpenSlot slot, Set<String> asked) {
        Set<String> holdingOverlap = new java.util.HashSet<>();
        for (StoredRecord r : book.store().list(OFFER)) {
            StoredFields f = StoredFields.decode(r.payload());
            if (!r.id().equals(offerId) && "OFFERED".equals(f.require("status")) && !f.require("current").isEmpty()
                    && AppointmentBook.readSlot(f, "slot.").time().overlaps(slot.time())) {
                holdingOverlap.add(f.require("current"));
            }
        }
        WaitlistEntry best = null;
        long bestWeight = Long.MIN_VALUE;
        for (WaitlistEntry e : entries()) {
            if (asked.contains(e.id()) || holdingOverlap.contains(e.id())
                    || book.clientBusy(e.request().clientId(), slot.time(), "")) {
                continue;
            }
            Optional<Long> w = matcher.weight(e.request(), slot);
            if (w.isEmpty()) {
                continue;
            }
            if (best == null || w.get() > bestWeight || (w.get() == bestWeight && waited(e).isBefore(waited(best)))) {
                best = e;
                bestWeight = w.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Instant waited(WaitlistEntry e) {
        return e.request().waitingSince().orElse(Instant.MAX);
    }

    private boolean tooClose(OpenSlot slot, Instant now) {
        return !now.isBefore(slot.time().start().minus(minimumLead));
    }

    private static boolean isAcute(WaitlistEntry e) {
        if (e.acuteRisk()) {
            return true;
        }
        for (ScreeningScore s : e.screening()) {
            if (s.instrument() == ScreeningScore.Instrument.PHQ9 && s.itemScores().get(8) > 0) {
                return true;
            }
        }
        return false;
    }

    private static Priority priorityAfterScreening(WaitlistEntry e) {
        Priority p = e.request().priority();
        int highest = 0;
        for (ScreeningScore s : e.screening()) {
            highest = Math.max(highest, s.total());
        }
        if (highest >= 10) {
            p = p.raised();
        }
        if (highest >= 20) {
            p = p.raised();
        }
        return p;
    }

    private boolean setStatus(String entryId, String from, String status) {
        String key = StoreIds.fit(entryId);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<StoredRecord> r = book.store().read(ENTRY, key);
            if (r.isEmpty()) {
                return false;
            }
            StoredFields f = StoredFields.decode(r.get().payload());
            if (!from.equals(f.require("status"))) {
                return false;
            }
            try {
                book.store().update(ENTRY, key, r.get().version(), f.put("status", status).encode());
                return true;
            } catch (VersionConflictException raced) {
                // read again
            }
        }
        return false;
    }

    private WaitlistEntry readEntry(String entryId) {
        return book.store().read(ENTRY, StoreIds.fit(entryId)).map(r -> entryFrom(StoredFields.decode(r.payload())))
                .orElseThrow(() -> invalid("entryId", "is unknown"));
    }

    private static WaitlistEntry entryFrom(StoredFields f) {
        return WaitlistEntry.builder(f.require("entry"), readRequest(f),
                new ContactPoint(ContactPoint.Kind.valueOf(f.require("contactKind")), f.require("contact")))
                .preferredName(f.get("name").orElse("")).build();
    }

    private static WaitlistOffer toOffer(String id, StoredFields f) {
        String current = f.require("current");
        String expires = f.require("expires");
        String appt = f.require("appointment");
        return new WaitlistOffer(id, AppointmentBook.readSlot(f, "slot."), WaitlistOffer.Status.valueOf(f.require("status")),
                current.isEmpty() ? Optional.empty() : Optional.of(current),
                expires.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(expires)), f.getList("declined"),
                f.getList("expired"), appt.isEmpty() ? Optional.empty() : Optional.of(AppointmentId.of(appt)));
    }

    private static void putList(StoredFields f, String key, List<String> values) {
        f.put(key + ".size", values.size());
        for (int i = 0; i < values.size(); i++) {
            f.put(key + "." + i, values.get(i));
        }
    }

    private static void writeRequest(StoredFields f, SlotRequest r) {
        f.put("client", r.clientId().value()).put("zone", r.zone().getId())
                .put("service", r.serviceType().name()).put("payerId", r.payerId().orElse(""))
                .put("payerKind", r.payerKind().map(Enum::name).orElse("")).put("priority", r.priority().name())
                .put("newClient", r.newClient()).put("age", r.age().map(String::valueOf).orElse(""))
                .put("preferredModality", r.preferredModality().map(Enum::name).orElse(""))
                .put("waitingSince", r.waitingSince().map(Instant::toString).orElse(""));
        putList(f, "modalities", r.modalities().stream().map(Enum::name).sorted().collect(Collectors.toList()));
        putList(f, "locations", r.locations().stream().map(LocationId::value).sorted().collect(Collectors.toList()));
        putList(f, "allowed", r.allowedClinicians().stream().map(ClinicianId::value).sorted().collect(Collectors.toList()));
        putList(f, "preferred", r.preferredClinicians().stream().map(ClinicianId::value).sorted()
                .collect(Collectors.toList()));
        putList(f, "specialties", r.requiredSpecialties().stream().sorted().collect(Collectors.toList()));
        putList(f, "days", r.preferredDays().stream().map(Enum::name).sorted().collect(Collectors.toList()));
        List<String> windows = new ArrayList<>();
        r.preferredWindows().forEach(w -> windows.add(w.start() + "-" + w.end()));
        putList(f, "windows", windows);
    }

    private static SlotRequest readRequest(StoredFields f) {
        SlotRequest.Builder b = SlotRequest.builder(ClientId.of(f.require("client"))).zone(ZoneId.of(f.require("zone")))
                .serviceType(ServiceType.valueOf(f.require("service"))).priority(Priority.valueOf(f.require("priority")))
                .newClient(f.requireBoolean("newClient"));
        if (!f.require("payerId").isEmpty()) {
            b.payer(f.require("payerId"), PayerKind.valueOf(f.require("payerKind")));
        }
        if (!f.require("age").isEmpty()) {
            b.age(Integer.parseInt(f.require("age")));
        }
        if (!f.require("preferredModality").isEmpty()) {
            b.preferredModality(Modality.valueOf(f.require("preferredModality")));
        }
        if (!f.require("waitingSince").isEmpty()) {
            b.waitingSince(Instant.parse(f.require("waitingSince")));
        }
        Set<Modality> modalities = EnumSet.noneOf(Modality.class);
        f.getList("modalities").forEach(m -> modalities.add(Modality.valueOf(m)));
        b.modalities(modalities);
        f.getList("locations").forEach(l -> b.addLocation(LocationId.of(l)));
        f.getList("allowed").forEach(c -> b.allowClinician(ClinicianId.of(c)));
        f.getList("preferred").forEach(c -> b.preferClinician(ClinicianId.of(c)));
        f.getList("specialties").forEach(b::requireSpecialty);
        f.getList("days").forEach(d -> b.preferDays(DayOfWeek.valueOf(d)));
        for (String w : f.getList("windows")) {
            String[] parts = w.split("-");
            b.preferWindow(new TimeWindow(LocalTime.parse(parts[0]), LocalTime.parse(parts[1])));
        }
        return b.build();
    }

    private static ValidationException invalid(String field, String message) {
        return new ValidationException("waitlist", List.of(new org.practicekit.core.FieldProblem(field, message)));
    }

    /**
     * Builds a {@link Waitlist} on an appointment book and a matcher. Defaults: offers held 2 hours,
     * no offers (and no cascading) within 2 hours of the slot's start.
     */
    public static final class Builder {
        private final AppointmentBook book;
        private final SlotMatcher matcher;
        private Duration offerHold = Duration.ofHours(2);
        private Duration minimumLead = Duration.ofHours(2);

        private Builder(AppointmentBook book, SlotMatcher matcher) {
            this.book = Objects.requireNonNull(book, "book == null");
            this.matcher = Objects.requireNonNull(matcher, "matcher == null");
        }

        /** How long one client has to answer an offer. */
        public Builder offerHold(Duration offerHold) {
            this.offerHold = Objects.requireNonNull(offerHold, "offerHold == null");
            return this;
        }

        /** No offer goes out (and the cascade stops) once the slot starts within this. */
        public Builder minimumLead(Duration minimumLead) {
            this.minimumLead = Objects.requireNonNull(minimumLead, "minimumLead == null");
            return this;
        }

        public Waitlist build() {
            Problems p = Problems.of("waitlist");
            p.require(!offerHold.isNegative() && !offerHold.isZero(), "offerHold", "must be positive");
            p.require(!minimumLead.isNegative(), "minimumLead", "must not be negative");
            p.throwIfAny();
            return new Waitlist(this);
        }
    }
}
