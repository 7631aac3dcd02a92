package org.practicekit.bench.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.scheduling.SlotRequest;

/**
 * The baseline a front desk would write: take the fitting pairs from best to worst and keep each
 * pair whose client and slot are both still free. It finds the fitting pairs the same way the
 * matcher does (clinician constraints first, then each slot of a fitting clinician) on primitive
 * arrays. Fast, but myopic: it can strand a client whose only fitting slot went to someone who
 * had other options.
 */
public final class GreedyWaitlist {
    private GreedyWaitlist() {
    }

    /** Total weight of the greedy assignment; {@code slotOf} receives each client's slot or -1. */
    public static long assign(WaitlistInstance instance, int[] slotOf) {
        long[] pairs = fittingPairs(instance);
        return assignPairs(pairs, pairs.length, instance.slots.size(), slotOf);
    }

    /** Every fitting pair packed as weight << 40 | client << 20 | slot (unsorted). */
    public static long[] fittingPairs(WaitlistInstance instance) {
        Map<ClinicianId, List<Integer>> byClinician = new HashMap<>();
        for (int j = 0; j < instance.slots.size(); j++) {
            byClinician.computeIfAbsent(instance.slots.get(j).clinicianId(), k -> new ArrayList<>()).add(j);
        }
        // Each fitting pair packed as weight << 40 | client << 20 | slot, so one primitive sort orders them.
        long[] pairs = new long[1 << 16];
        int n = 0;
        for (int i = 0; i < instance.requests.size(); i++) {
            SlotRequest r = instance.requests.get(i);
            for (Map.Entry<ClinicianId, List<Integer>> e : byClinician.entrySet()) {
                if (!instance.matcher.fitsClinician(r, e.getKey())) {
                    continue;
                }
                for (int j : e.getValue()) {
                    Optional<Long> w = instance.matcher.weight(r, instance.slots.get(j));
                    if (w.isPresent()) {
                        if (n == pairs.length) {
                            pairs = Arrays.copyOf(pairs, n * 2);
                        }
                        pairs[n++] = (w.get() << 40) | ((long) i << 20) | j;
                    }
                }
            }
        }
        return Arrays.copyOf(pairs, n);
    }

    /** The greedy pass alone over packed pairs (sorts a copy; {@code pairs} is left as it was). */
    public static long assignPairs(long[] packed, int n, int slots, int[] slotOf) {
        long[] pairs = Arrays.copyOf(packed, n);
        Arrays.sort(pairs);
        Arrays.fill(slotOf, -1);
        boolean[] used = new boolean[slots];
        long total = 0;
        for (int k = n - 1; k >= 0; k--) {
            int i = (int) ((pairs[k] >>> 20) & 0xFFFFF);
            int j = (int) (pairs[k] & 0xFFFFF);
            if (slotOf[i] < 0 && !used[j]) {
                slotOf[i] = j;
                used[j] = true;
                total += pairs[k] >>> 40;
            }
        }
        return total;
    }
}
