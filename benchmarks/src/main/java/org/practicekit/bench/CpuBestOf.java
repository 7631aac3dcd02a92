package org.practicekit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The quick check behind a benchmark's {@code main}: thread CPU time per call, best of the last two thirds of the
 * rounds, for each operation in turn. Why: on a loaded machine wall clock says little, while a thread's CPU time stays
 * comparable between two codes run one after the other; JMH's figures in RESULTS.md remain the record.
 */
final class CpuBestOf {
    private final Map<String, Supplier<Object>> operations = new LinkedHashMap<>();

    CpuBestOf add(String name, Supplier<Object> operation) {
        operations.put(name, operation);
        return this;
    }

    /** Nanoseconds of thread CPU time per call, best round after the first third, in the order operations were added. */
    Map<String, Long> run(int rounds, int callsPerRound) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, Long> best = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Supplier<Object>> op : operations.entrySet()) {
                long c0 = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < callsPerRound; i++) {
                    op.getValue().get();
                }
                long perCall = (cpu.getCurrentThreadCpuTime() - c0) / callsPerRound;
                if (r >= rounds / 3) {
                    best.merge(op.getKey(), perCall, Math::min);
                }
            }
        }
        return best;
    }

    static int rounds(String[] args) {
        return args.length > 0 ? Integer.parseInt(args[0]) : 30;
    }
}
