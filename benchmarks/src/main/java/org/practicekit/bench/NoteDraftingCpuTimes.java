package org.practicekit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Round 36: {@link NoteDraftingBenchmark}'s CPU-time harness for its five draft and verify operations only, so base and
 * branch can run side by side under the same load: {@code java -cp <jar> org.practicekit.bench.NoteDraftingCpuTimes
 * <warm-up rounds> <calls>}.
 */
public final class NoteDraftingCpuTimes {
    private NoteDraftingCpuTimes() {
    }

    public static void main(String[] args) throws Exception {
        int warm = Integer.parseInt(args[0]);
        int n = Integer.parseInt(args[1]);
        NoteDraftingBenchmark b = new NoteDraftingBenchmark();
        b.setUp();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        ops.put("offline draft, a new corpus prompt each call", b::offlineDraftNewPromptLatency);
        ops.put("offline draft, panic note", b::offlineDraftLatency);
        ops.put("verify, a new corpus prompt each call", b::verifyNewCorpusPromptLatency);
        ops.put("verify, crisis note", b::verifyCrisisLatency);
        ops.put("verify, panic note", b::verifyLatency);
        for (int i = 0; i < warm; i++) {
            for (Supplier<Object> op : ops.values()) {
                op.get();
            }
        }
        for (Map.Entry<String, Supplier<Object>> op : ops.entrySet()) {
            long[] t = new long[n];
            for (int i = 0; i < n; i++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                op.getValue().get();
                t[i] = cpu.getCurrentThreadCpuTime() - c0;
            }
            Arrays.sort(t);
            System.out.printf("%-46s p50 %.3f  p90 %.3f  p99 %.3f  mean %.3f ms (n=%d)%n", op.getKey(), t[n / 2] / 1e6,
                    t[n * 9 / 10] / 1e6, t[n * 99 / 100] / 1e6, Arrays.stream(t).average().orElse(0) / 1e6, n);
        }
        b.tearDown();
    }
}
