package org.practicekit.bench.scheduling;

import java.util.Arrays;
import java.util.List;

/**
 * The baseline a front desk would write: take the fitting pairs from best to worst and keep each
 * pair whose client and slot are both still free. Fast, but myopic: it can strand a client whose
 * only fitting slot went to someone who had other options.
 */
public final class GreedyWaitlist {
    private GreedyWaitlist() {
    }

    /** Total weight of the greedy assignment; {@code slotOf} receives each client's slot or -1. */
    public static long assign(WaitlistInstance instance, int[] slotOf) {
        WaitlistInstance.FitGraph g = instance.fitGraph();
        int m = g.edges().size();
        Integer[] order = new Integer[m];
        for (int e = 0; e < m; e++) {
            order[e] = e;
        }
        List<Long> w = g.weights();
        Arrays.sort(order, (a, b) -> Long.compare(w.get(b), w.get(a)));
        Arrays.fill(slotOf, -1);
        boolean[] used = new boolean[instance.slots.size()];
        long total = 0;
        for (int e : order) {
            int[] pair = g.edges().get(e);
            if (slotOf[pair[0]] < 0 && !used[pair[1]]) {
                slotOf[pair[0]] = pair[1];
                used[pair[1]] = true;
                total += w.get(e);
            }
        }
        return total;
    }
}
