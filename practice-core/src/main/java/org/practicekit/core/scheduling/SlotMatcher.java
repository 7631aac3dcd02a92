package org.practicekit.core.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.practicekit.core.Problems;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.Modality;
import org.practicekit.core.scheduling.internal.MaxWeightMatching;

/**
 * Matches clients to open slots: {@link #rank} finds the best few slots for one client, and
 * {@link #assign} pairs a whole waitlist with a set of slots so that the total fit is as large as
 * possible. Immutable and thread-safe; "now" (for days waited and how soon a slot is) comes from
 * the injected clock.
 *
 * <p>A client and a slot fit only when every hard constraint holds: the service matches, the
 * modality (and, in person, the office) is one the client accepts, the clinician is on the
 * client's payer panel (self-pay always fits), has every required specialty, sees clients of that
 * age, is allowed by the request, and a new-client block goes only to a new client. Slots given to
 * the matcher are taken as open (not already booked). The weight of a fitting pair is
 * <pre>
 *   1000                                   (any fitting pair is worth making)
 * + priority bonus                          (ROUTINE 0, ELEVATED 2000, URGENT 5000)
 * + 10 per day waited, up to a year
 * + 300 when the day is a preferred day     (in the client's zone)
 * + 400 when the session lies in a preferred window (in the client's zone)
 * + 500 for a preferred clinician, 200 for the preferred modality
 * + soonness: (28 - days until the slot, at least 0) x 40 urgent / 15 elevated / 5 routine
 * </pre>
 */
public final class SlotMatcher {
    private static final long DAY_SECONDS = 86_400;

    private final Clock clock;
    private final Map<ClinicianId, Clinician> clinicians;
    private final Map<ClinicianId, int[]> agesServed;

    private SlotMatcher(Builder b) {
        this.clock = b.clock;
        this.clinicians = Map.copyOf(b.clinicians);
        this.agesServed = Map.copyOf(b.agesServed);
    }

    public static Builder builder(Clock clock) {
        return new Builder(clock);
    }

    /** The clinicians this matcher knows. */
    public Set<ClinicianId> clinicians() {
        return clinicians.keySet();
    }

    /** True when every hard constraint holds for this client and slot. */
    public boolean fits(SlotRequest request, OpenSlot slot) {
        Clinician c = clinicians.get(slot.clinicianId());
        return c != null && clinicianFits(request, c) && slotFits(request, slot);
    }

    /**
     * True when the clinician-level hard constraints hold (allowed clinician, payer panel,
     * specialties, ages served), whatever the slot; false for a clinician this matcher does not know.
     */
    public boolean fitsClinician(SlotRequest request, ClinicianId clinicianId) {
        Clinician c = clinicians.get(clinicianId);
        return c != null && clinicianFits(request, c);
    }

    /** The weight of a fitting pair, or empty when some hard constraint fails. */
    public Optional<Long> weight(SlotRequest request, OpenSlot slot) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(slot, "slot == null");
        if (!fits(request, slot)) {
            return Optional.empty();
        }
        return Optional.of(weightOfFitting(request, slot, clock.instant().getEpochSecond()));
    }

    /**
     * The best {@code k} slots for one client, best first (ties: earlier first). Only slots meeting
     * every hard constraint are returned. O(S log S) for S slots.
     */
    public List<RankedSlot> rank(SlotRequest request, List<OpenSlot> slots, int k) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(slots, "slots == null");
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative");
        }
        long now = clock.instant().getEpochSecond();
        List<RankedSlot> ranked = new ArrayList<>();
        for (OpenSlot s : slots) {
            if (fits(request, s)) {
                ranked.add(new RankedSlot(s, weightOfFitting(request, s, now)));
            }
        }
        ranked.sort(Comparator.comparingLong(RankedSlot::score).reversed().thenComparing(RankedSlot::slot));
        return List.copyOf(ranked.subList(0, Math.min(k, ranked.size())));
    }

    /**
     * A globally optimal assignment of clients to slots: among all ways to give each client at most
     * one fitting slot and each slot to at most one client, one with the largest total weight.
     *
     * <p>Exact: the fitting pairs form a sparse bipartite graph, solved by successive shortest
     * augmenting paths with dual potentials (a sparse Hungarian method; see
     * {@code MaxWeightMatching}). With R requests, S slots and E fitting pairs, building the graph
     * costs O(R · C + E) for C clinicians (hard constraints are checked per clinician first, then
     * per slot of a fitting clinician), and solving costs O(R · (E + V log V)) in the worst case
     * and close to O(E log V) on realistic sparse instances; memory is O(R + S + E).
     *
     * @throws org.practicekit.core.ValidationException when a client appears twice, a slot appears
     *     twice, or a slot's clinician is unknown to this matcher
     */
    public Assignment assign(List<SlotRequest> requests, List<OpenSlot> slots) {
        Objects.requireNonNull(requests, "requests == null");
        Objects.requireNonNull(slots, "slots == null");
        Problems p = Problems.of("assignment");
        Set<Object> clients = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            p.require(clients.add(requests.get(i).clientId()), "requests[" + i + "]", "client appears twice");
        }
        Set<String> keys = new HashSet<>();
        Map<ClinicianId, List<Integer>> slotsByClinician = new LinkedHashMap<>();
        for (int j = 0; j < slots.size(); j++) {
            OpenSlot s = slots.get(j);
            p.require(keys.add(s.key()), "slots[" + j + "]", "slot appears twice");
            p.require(clinicians.containsKey(s.clinicianId()), "slots[" + j + "]", "unknown clinician");
            slotsByClinician.computeIfAbsent(s.clinicianId(), c -> new ArrayList<>()).add(j);
        }
        p.throwIfAny();

        long now = clock.instant().getEpochSecond();
        List<Clinician> cs = new ArrayList<>();
        List<int[]> csSlots = new ArrayList<>();
        for (Map.Entry<ClinicianId, List<Integer>> e : slotsByClinician.entrySet()) {
            cs.add(clinicians.get(e.getKey()));
            csSlots.add(e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
        // Slot starts as local seconds in each client zone, computed once per zone and slot.
        Map<java.time.ZoneId, long[]> localStarts = new HashMap<>();
        for (SlotRequest r : requests) {
            localStarts.computeIfAbsent(r.zone(), z -> {
                long[] local = new long[slots.size()];
                for (int j = 0; j < local.length; j++) {
                    Instant t = slots.get(j).time().start();
                    local[j] = t.getEpochSecond() + z.getRules().getOffset(t).getTotalSeconds();
                }
                return local;
            });
        }
        int n = requests.size();
        int[] rowStart = new int[n + 1];
        int[] cols = new int[Math.max(16, n * 4)];
        long[] ws = new long[cols.length];
        int edges = 0;
        for (int i = 0; i < n; i++) {
            SlotRequest r = requests.get(i);
            long[] local = localStarts.get(r.zone());
            int[] windows = windowsOf(r);
            for (int c = 0; c < cs.size(); c++) {
                if (!clinicianFits(r, cs.get(c))) {
                    continue;
                }
                for (int j : csSlots.get(c)) {
                    OpenSlot s = slots.get(j);
                    if (!slotFits(r, s)) {
                        continue;
                    }
                    if (edges == cols.length) {
                        cols = java.util.Arrays.copyOf(cols, edges * 2);
                        ws = java.util.Arrays.copyOf(ws, edges * 2);
                    }
                    cols[edges] = j;
                    ws[edges] = weightOfFitting(r, s, now, local[j], windows);
                    edges++;
                }
            }
            rowStart[i + 1] = edges;
        }
        int[] match = new MaxWeightMatching(n, slots.size(), rowStart, java.util.Arrays.copyOf(cols, edges),
                java.util.Arrays.copyOf(ws, edges)).solve();
        List<Match> matches = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < n; i++) {
            if (match[i] >= 0) {
                long w = edgeWeight(rowStart, cols, ws, i, match[i]);
                matches.add(new Match(requests.get(i), slots.get(match[i]), w));
                total += w;
            }
        }
        return new Assignment(matches, total);
    }

    private static long edgeWeight(int[] rowStart, int[] cols, long[] ws, int row, int col) {
        for (int e = rowStart[row]; e < rowStart[row + 1]; e++) {
            if (cols[e] == col) {
                return ws[e];
            }
        }
        throw new IllegalStateException("matched a pair that does not fit");
    }

    private boolean clinicianFits(SlotRequest r, Clinician c) {
        if (!r.allowedClinicians().isEmpty() && !r.allowedClinicians().contains(c.id())) {
            return false;
        }
        if (r.payerId().isPresent() && !c.acceptsPayer(r.payerId().get())) {
            return false;
        }
        if (!c.specialties().containsAll(r.requiredSpecialties())) {
            return false;
        }
        int[] ages = agesServed.get(c.id());
        return ages == null || r.age().isEmpty() || (r.age().get() >= ages[0] && r.age().get() <= ages[1]);
    }

    private static boolean slotFits(SlotRequest r, OpenSlot s) {
        if (s.serviceType() != r.serviceType() || !r.modalities().contains(s.modality())) {
            return false;
        }
        if (s.newClientsOnly() && !r.newClient()) {
            return false;
        }
        return s.modality() != Modality.IN_PERSON || r.locations().isEmpty()
                || r.locations().contains(s.location().orElseThrow());
    }

    private long weightOfFitting(SlotRequest r, OpenSlot s, long nowSeconds) {
        Instant start = s.time().start();
        long local = start.getEpochSecond() + r.zone().getRules().getOffset(start).getTotalSeconds();
        return weightOfFitting(r, s, nowSeconds, local, windowsOf(r));
    }

    /** Preferred windows as [start, end) seconds of the day, so the hot loop does no object work. */
    private static int[] windowsOf(SlotRequest r) {
        int[] w = new int[r.preferredWindows().size() * 2];
        for (int k = 0; k < r.preferredWindows().size(); k++) {
            w[2 * k] = r.preferredWindows().get(k).start().toSecondOfDay();
            w[2 * k + 1] = r.preferredWindows().get(k).end().toSecondOfDay();
        }
        return w;
    }

    /**
     * The weight of a fitting pair, given the slot start as local epoch seconds in the client's
     * zone (computed once per zone and slot by {@link #assign}).
     */
    private static long weightOfFitting(SlotRequest r, OpenSlot s, long nowSeconds, long local, int[] windows) {
        long w = 1_000 + r.priority().bonus();
        if (r.waitingSince().isPresent()) {
            long days = Math.max(0, (nowSeconds - r.waitingSince().get().getEpochSecond()) / DAY_SECONDS);
            w += 10 * Math.min(days, 365);
        }
        long startSeconds = s.time().start().getEpochSecond();
        long dayNumber = Math.floorDiv(local, DAY_SECONDS);
        if (!r.preferredDays().isEmpty()
                && r.preferredDays().contains(DayOfWeek.of((int) Math.floorMod(dayNumber + 3, 7) + 1))) {
            w += 300;
        }
        if (windows.length > 0) {
            long endLocal = local + (s.time().end().getEpochSecond() - startSeconds);
            if (Math.floorDiv(endLocal, DAY_SECONDS) == dayNumber || Math.floorMod(endLocal, DAY_SECONDS) == 0) {
                long from = Math.floorMod(local, DAY_SECONDS);
                long to = endLocal - dayNumber * DAY_SECONDS;
                for (int k = 0; k < windows.length; k += 2) {
                    if (from >= windows[k] && to <= windows[k + 1]) {
                        w += 400;
                        break;
                    }
                }
            }
        }
        if (r.preferredClinicians().contains(s.clinicianId())) {
            w += 500;
        }
        if (r.preferredModality().isPresent() && r.preferredModality().get() == s.modality()) {
            w += 200;
        }
        long daysUntil = Math.max(0, (startSeconds - nowSeconds) / DAY_SECONDS);
        long perDay = r.priority() == Priority.URGENT ? 40 : r.priority() == Priority.ELEVATED ? 15 : 5;
        w += Math.max(0, 28 - daysUntil) * perDay;
        return w;
    }

    /** Builds a {@link SlotMatcher} over the practice's clinicians. */
    public static final class Builder {
        private final Clock clock;
        private final Map<ClinicianId, Clinician> clinicians = new HashMap<>();
        private final Map<ClinicianId, int[]> agesServed = new HashMap<>();

        private Builder(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
        }

        public Builder addClinician(Clinician clinician) {
            Objects.requireNonNull(clinician, "clinician == null");
            clinicians.put(clinician.id(), clinician);
            return this;
        }

        public Builder addClinicians(List<Clinician> list) {
            list.forEach(this::addClinician);
            return this;
        }

        /** The ages (inclusive, in years) a clinician sees; without it, any age. */
        public Builder agesServed(ClinicianId clinician, int minAge, int maxAge) {
            Objects.requireNonNull(clinician, "clinician == null");
            if (minAge < 0 || maxAge < minAge) {
                throw new IllegalArgumentException("ages served must be 0 <= min <= max");
            }
            agesServed.put(clinician, new int[] {minAge, maxAge});
            return this;
        }

        public SlotMatcher build() {
            return new SlotMatcher(this);
        }
    }
}
