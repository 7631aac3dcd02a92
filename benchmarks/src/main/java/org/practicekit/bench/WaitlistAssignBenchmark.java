package org.practicekit.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.practicekit.bench.scheduling.GreedyWaitlist;
import org.practicekit.bench.scheduling.TimefoldWaitlist;
import org.practicekit.bench.scheduling.WaitlistInstance;
import org.practicekit.core.scheduling.Assignment;

/**
 * {@code SlotMatcher.assign} on a 5,000-client waitlist and 5,000 open slots with sparse, realistic
 * compatibility, against two baselines in the same run: the greedy best-pair-first assignment
 * (time and objective) and Timefold Solver given the same wall time as the exact assignment took.
 * Objectives are printed at setup ("objective:" lines) and after every Timefold iteration. Times
 * include building the compatibility graph for PracticeKit and greedy; Timefold gets its value
 * ranges prepared outside the timed region.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class WaitlistAssignBenchmark {
    private WaitlistInstance instance;
    private Duration timefoldLimit;
    private TimefoldWaitlist.Plan lastTimefold;
    private long[] fittingPairs;

    @Setup(Level.Trial)
    public void setUp() {
        instance = WaitlistInstance.generate(42, 5_000, 5_000, 150);
        long edges = instance.fitGraph().edges().size();
        fittingPairs = GreedyWaitlist.fittingPairs(instance);
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        long optimal = 0;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 5; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Assignment a = instance.matcher.assign(instance.requests, instance.slots);
            best = Math.min(best, System.nanoTime() - t0);
            bestCpu = Math.min(bestCpu, cpu.getCurrentThreadCpuTime() - c0);
            optimal = a.totalWeight();
        }
        timefoldLimit = Duration.ofMillis(Math.max(1, Math.round(best / 1e6))); // Timefold takes whole milliseconds
        long greedy = GreedyWaitlist.assign(instance, new int[instance.requests.size()]);
        int matched = instance.matcher.assign(instance.requests, instance.slots).matches().size();
        TimefoldWaitlist.Plan tf = TimefoldWaitlist.solve(TimefoldWaitlist.problem(instance), timefoldLimit);
        long tfObjective = TimefoldWaitlist.feasibleObjective(tf);
        System.out.printf("%ninstance: %d clients x %d slots, %d fitting pairs (%.2f%% dense)%n",
                instance.requests.size(), instance.slots.size(), edges,
                100.0 * edges / ((double) instance.requests.size() * instance.slots.size()));
        System.out.printf("setup: exact assign best of 5: %d ms wall, %d ms CPU%n", best / 1_000_000, bestCpu / 1_000_000);
        System.out.printf("objective: optimal=%d (%d matched) greedy=%d (%.4f of optimal) timefold@%dms=%d (%.4f of optimal, score %s)%n",
                optimal, matched, greedy, (double) greedy / optimal, timefoldLimit.toMillis(), tfObjective,
                (double) tfObjective / optimal, tf.getScore());
        TimefoldWaitlist.Plan tf10 = TimefoldWaitlist.solve(TimefoldWaitlist.problem(instance), timefoldLimit.multipliedBy(10));
        System.out.printf("objective: timefold@%dms (10x the time)=%d (%.4f of optimal, score %s)%n",
                timefoldLimit.toMillis() * 10, TimefoldWaitlist.feasibleObjective(tf10),
                (double) TimefoldWaitlist.feasibleObjective(tf10) / optimal, tf10.getScore());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public Assignment slotMatcherAssign() {
        return instance.matcher.assign(instance.requests, instance.slots);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public long greedyAssign() {
        return GreedyWaitlist.assign(instance, new int[instance.requests.size()]);
    }

    /** The greedy pass alone, given the fitting pairs already built (a lower bound on any greedy's time). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public long greedyPassOnly() {
        return GreedyWaitlist.assignPairs(fittingPairs, fittingPairs.length, instance.slots.size(),
                new int[instance.requests.size()]);
    }

    /** A fresh, unsolved Timefold problem per invocation, prepared outside the timed region. */
    @State(Scope.Thread)
    public static class TimefoldProblem {
        TimefoldWaitlist.Plan plan;

        @Setup(Level.Invocation)
        public void prepare(WaitlistAssignBenchmark bench) {
            plan = TimefoldWaitlist.problem(bench.instance);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public TimefoldWaitlist.Plan timefoldSameWallTime(TimefoldProblem problem) {
        lastTimefold = TimefoldWaitlist.solve(problem.plan, timefoldLimit);
        return lastTimefold;
    }

    @TearDown(Level.Iteration)
    public void printTimefoldObjective() {
        if (lastTimefold != null) {
            System.out.printf("%nobjective: timefold iteration=%d score %s%n",
                    TimefoldWaitlist.feasibleObjective(lastTimefold), lastTimefold.getScore());
            lastTimefold = null;
        }
    }
}
