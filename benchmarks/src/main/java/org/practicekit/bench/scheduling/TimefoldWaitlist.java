package org.practicekit.bench.scheduling;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same waitlist assignment as a Timefold Solver model: one planning entity per client whose
 * variable is a fitting slot or unassigned; a hard constraint that a slot is used once, and a soft
 * reward of the pair's weight. Solved with Timefold's default phases under a wall-time limit.
 */
public final class TimefoldWaitlist {
    private TimefoldWaitlist() {
    }

    /** A slot as a Timefold value. */
    public static final class SlotRef {
        @PlanningId
        private Integer id;

        public SlotRef() {
        }

        SlotRef(int id) {
            this.id = id;
        }

        public Integer getId() {
            return id;
        }
    }

    /** A client as a Timefold planning entity. */
    @PlanningEntity
    public static final class Seat {
        @PlanningId
        private Integer id;
        private List<SlotRef> options = new ArrayList<>();
        private Map<SlotRef, Long> weights = new HashMap<>();
        @PlanningVariable(valueRangeProviderRefs = "options", allowsUnassigned = true)
        private SlotRef slot;

        public Seat() {
        }

        Seat(int id) {
            this.id = id;
        }

        public Integer getId() {
            return id;
        }

        @ValueRangeProvider(id = "options")
        public List<SlotRef> getOptions() {
            return options;
        }

        public SlotRef getSlot() {
            return slot;
        }

        public void setSlot(SlotRef slot) {
            this.slot = slot;
        }

        public long weight() {
            return slot == null ? 0 : weights.get(slot);
        }
    }

    /** The Timefold planning solution. */
    @PlanningSolution
    public static final class Plan {
        @ProblemFactCollectionProperty
        private List<SlotRef> slots;
        @PlanningEntityCollectionProperty
        private List<Seat> seats;
        @PlanningScore
        private HardSoftLongScore score;

        public Plan() {
        }

        Plan(List<SlotRef> slots, List<Seat> seats) {
            this.slots = slots;
            this.seats = seats;
        }

        public List<SlotRef> getSlots() {
            return slots;
        }

        public List<Seat> getSeats() {
            return seats;
        }

        public HardSoftLongScore getScore() {
            return score;
        }

        public void setScore(HardSoftLongScore score) {
            this.score = score;
        }
    }

    /** Constraints: a slot once (hard), maximize fit (soft). */
    public static final class Constraints implements ConstraintProvider {
        @Override
        public Constraint[] defineConstraints(ConstraintFactory f) {
            return new Constraint[] {
                f.forEachUniquePair(Seat.class, Joiners.equal(Seat::getSlot))
                        .penalize(HardSoftLongScore.ONE_HARD).asConstraint("slot used once"),
                f.forEach(Seat.class).rewardLong(HardSoftLongScore.ONE_SOFT, Seat::weight).asConstraint("fit"),
            };
        }
    }

    /** The problem for one instance (all seats unassigned). */
    public static Plan problem(WaitlistInstance instance) {
        List<SlotRef> refs = new ArrayList<>();
        for (int j = 0; j < instance.slots.size(); j++) {
            refs.add(new SlotRef(j));
        }
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < instance.requests.size(); i++) {
            seats.add(new Seat(i));
        }
        WaitlistInstance.FitGraph g = instance.fitGraph();
        for (int e = 0; e < g.edges().size(); e++) {
            int[] pair = g.edges().get(e);
            Seat s = seats.get(pair[0]);
            s.options.add(refs.get(pair[1]));
            s.weights.put(refs.get(pair[1]), g.weights().get(e));
        }
        return new Plan(refs, seats);
    }

    /** Solves under a wall-time limit and returns the best plan found. */
    public static Plan solve(Plan problem, Duration limit) {
        // NO_ASSERT: Timefold's fastest mode, so the baseline is not slowed by its own checks.
        SolverConfig config = new SolverConfig().withSolutionClass(Plan.class).withEntityClasses(Seat.class)
                .withConstraintProviderClass(Constraints.class).withTerminationSpentLimit(limit)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT);
        return SolverFactory.<Plan>create(config).buildSolver().solve(problem);
    }

    /** The plan's objective counting each slot once (the best of any clients sharing it), so it is feasible. */
    public static long feasibleObjective(Plan plan) {
        Map<SlotRef, Long> best = new HashMap<>();
        for (Seat s : plan.getSeats()) {
            if (s.getSlot() != null) {
                best.merge(s.getSlot(), s.weight(), Math::max);
            }
        }
        return best.values().stream().mapToLong(Long::longValue).sum();
    }
}
