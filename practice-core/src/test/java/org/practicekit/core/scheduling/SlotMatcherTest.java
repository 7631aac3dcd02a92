package org.practicekit.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.LocationId;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.model.TimeSlot;

class SlotMatcherTest {

    @Property(tries = 40)
    void assignNeverUsesASlotOrAClientTwiceAndOnlyMakesFittingPairs(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 60) int requests, @ForAll @IntRange(min = 0, max = 60) int slots,
            @ForAll @IntRange(min = 1, max = 8) int clinicians) {
        MatchingInstance in = MatchingInstance.random(seed, requests, slots, clinicians);
        Assignment a = in.matcher().assign(in.requests(), in.slots());
        Set<ClientId> clients = new HashSet<>();
        Set<String> used = new HashSet<>();
        long total = 0;
        for (Match m : a.matches()) {
            assertThat(clients.add(m.request().clientId())).as("client used twice").isTrue();
            assertThat(used.add(m.slot().key())).as("slot used twice").isTrue();
            assertThat(in.meetsHardConstraints(m.request(), m.slot())).isTrue();
            total += m.weight();
        }
        assertThat(a.totalWeight()).isEqualTo(total);
    }

    @Property(tries = 40)
    void everyRankedSlotMeetsEveryHardConstraint(@ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int slots,
            @ForAll @IntRange(min = 0, max = 6) int k) {
        MatchingInstance in = MatchingInstance.random(seed, 5, slots, 4);
        for (SlotRequest r : in.requests()) {
            List<RankedSlot> ranked = in.matcher().rank(r, in.slots(), k);
            long fitting = in.slots().stream().filter(s -> in.meetsHardConstraints(r, s)).count();
            assertThat(ranked).hasSize((int) Math.min(k, fitting));
            for (int i = 0; i < ranked.size(); i++) {
                assertThat(in.meetsHardConstraints(r, ranked.get(i).slot())).isTrue();
                if (i > 0) {
                    assertThat(ranked.get(i).score()).isLessThanOrEqualTo(ranked.get(i - 1).score());
                }
            }
        }
    }

    @Test
    void assignEqualsKuhnMunkresOptimumOnRandomInstancesUpTo200By200() {
        int[][] sizes = {{1, 1}, {5, 3}, {3, 5}, {20, 20}, {40, 15}, {15, 40}, {80, 80}, {120, 90}, {200, 200}, {200, 200}};
        for (int t = 0; t < sizes.length; t++) {
            MatchingInstance in = MatchingInstance.random(1_000 + t, sizes[t][0], sizes[t][1], 3 + t);
            long ours = in.matcher().assign(in.requests(), in.slots()).totalWeight();
            assertThat(ours).as("instance %s", t).isEqualTo(kuhnMunkresOptimum(in));
        }
    }

    @Test
    void assignEqualsBruteForceOnSmallInstances() {
        for (int t = 0; t < 200; t++) {
            MatchingInstance in = MatchingInstance.random(t, 1 + t % 6, 1 + (t / 6) % 6, 1 + t % 3);
            long ours = in.matcher().assign(in.requests(), in.slots()).totalWeight();
            assertThat(ours).as("instance %s", t).isEqualTo(bruteForce(in, 0, new boolean[in.slots().size()]));
        }
    }

    @Test
    void assignBeatsGreedyWhereGreedyIsMyopic() {
        // Client A fits both slots and slightly prefers slot 1; client B fits only slot 1. Greedy gives
        // slot 1 to A and strands B; the optimum seats both.
        Clinician c = Clinician.builder().id("c0").name("A", "B").addPayerPanel("p1").build();
        SlotMatcher m = SlotMatcher.builder(Clock.fixed(MatchingInstance.NOW, ZoneOffset.UTC)).addClinician(c).build();
        Instant t1 = MatchingInstance.NOW.plus(Duration.ofDays(2));
        OpenSlot video = new OpenSlot(c.id(), TimeSlot.of(t1, Duration.ofMinutes(53)), ServiceType.INDIVIDUAL,
                Modality.TELEHEALTH_VIDEO, Optional.empty(), false);
        OpenSlot office = new OpenSlot(c.id(), TimeSlot.of(t1.plus(Duration.ofHours(1)), Duration.ofMinutes(53)),
                ServiceType.INDIVIDUAL, Modality.IN_PERSON, Optional.of(LocationId.of("main")), false);
        SlotRequest a = SlotRequest.builder(ClientId.of("a")).preferredModality(Modality.TELEHEALTH_VIDEO).build();
        SlotRequest b = SlotRequest.builder(ClientId.of("b")).modalities(EnumSet.of(Modality.TELEHEALTH_VIDEO)).build();

        Assignment result = m.assign(List.of(a, b), List.of(video, office));

        assertThat(result.matches()).hasSize(2);
        assertThat(result.slotFor(a.clientId())).contains(office);
        assertThat(result.slotFor(b.clientId())).contains(video);
    }

    @Test
    void rankPutsTheClientsOwnDaysAndHoursFirstReadInTheClientsZone() {
        Clinician c = Clinician.builder().id("c0").name("A", "B").zone(ZoneId.of("America/New_York")).build();
        Instant now = Instant.parse("2026-12-01T14:00:00Z");
        SlotMatcher m = SlotMatcher.builder(Clock.fixed(now, ZoneOffset.UTC)).addClinician(c).build();
        AvailabilityRules rules = AvailabilityRules.builder(c.id(), c.zone())
                .telehealth("09:00", "17:00", DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY).build();
        List<OpenSlot> slots = rules.openSlots(ServiceType.INDIVIDUAL, java.time.LocalDate.of(2026, 12, 7),
                java.time.LocalDate.of(2026, 12, 9), now, List.of());
        // A client in Phoenix who wants Tuesday mornings 07:00-09:00 her time (09:00-11:00 in New York).
        SlotRequest r = SlotRequest.builder(ClientId.of("x")).zone(ZoneId.of("America/Phoenix"))
                .preferDays(DayOfWeek.TUESDAY).preferWindow(TimeWindow.of("07:00", "09:00")).build();

        List<RankedSlot> top = m.rank(r, slots, 3);

        assertThat(top).hasSize(3);
        assertThat(top.get(0).slot().startIn(r.zone()).toLocalTime()).hasToString("07:00");
        assertThat(top.get(0).slot().startIn(r.zone()).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(top.get(1).slot().startIn(r.zone()).toLocalTime()).hasToString("08:00");
        // A time in her window on another day outranks another hour on her day.
        assertThat(top.get(2).slot().startIn(r.zone()).toLocalTime()).hasToString("07:00");
        assertThat(top.get(2).slot().startIn(r.zone()).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void payerPanelAndAgeAreHardConstraints() {
        Clinician adults = Clinician.builder().id("adults").name("A", "B").addPayerPanel("60054").build();
        SlotMatcher m = SlotMatcher.builder(Clock.fixed(MatchingInstance.NOW, ZoneOffset.UTC)).addClinician(adults)
                .agesServed(adults.id(), 18, 99).build();
        OpenSlot s = new OpenSlot(adults.id(), TimeSlot.of(MatchingInstance.NOW.plus(Duration.ofDays(3)),
                Duration.ofMinutes(53)), ServiceType.INDIVIDUAL, Modality.TELEHEALTH_VIDEO, Optional.empty(), false);
        assertThat(m.fits(SlotRequest.builder(ClientId.of("a")).payer("60054", PayerKind.COMMERCIAL).age(30).build(), s))
                .isTrue();
        assertThat(m.fits(SlotRequest.builder(ClientId.of("a")).payer("99999", PayerKind.COMMERCIAL).build(), s)).isFalse();
        assertThat(m.fits(SlotRequest.builder(ClientId.of("a")).age(15).build(), s)).isFalse();
        assertThat(m.weight(SlotRequest.builder(ClientId.of("a")).age(15).build(), s)).isEmpty();
    }

    @Test
    void duplicateClientsOrSlotsAreRejectedTogether() {
        MatchingInstance in = MatchingInstance.random(7, 3, 3, 2);
        List<SlotRequest> reqs = new ArrayList<>(in.requests());
        reqs.add(in.requests().get(0));
        List<OpenSlot> slots = new ArrayList<>(in.slots());
        slots.add(in.slots().get(1));
        assertThatThrownBy(() -> in.matcher().assign(reqs, slots))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    /** The optimum by JGraphT's Kuhn-Munkres on a square complete graph; non-fitting pairs weigh 0 (= unassigned). */
    static long kuhnMunkresOptimum(MatchingInstance in) {
        int n = Math.max(in.requests().size(), in.slots().size());
        long[][] w = new long[n][n];
        long max = 1;
        for (int i = 0; i < in.requests().size(); i++) {
            for (int j = 0; j < in.slots().size(); j++) {
                if (in.meetsHardConstraints(in.requests().get(i), in.slots().get(j))) {
                    w[i][j] = in.matcher().weight(in.requests().get(i), in.slots().get(j)).orElseThrow();
                    max = Math.max(max, w[i][j]);
                }
            }
        }
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Integer> left = new HashSet<>();
        Set<Integer> right = new HashSet<>();
        for (int i = 0; i < n; i++) {
            g.addVertex(i);
            left.add(i);
            g.addVertex(n + i);
            right.add(n + i);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                g.setEdgeWeight(g.addEdge(i, n + j), (double) (max - w[i][j]));
            }
        }
        double minCost = new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(g, left, right).getMatching().getWeight();
        return n * max - Math.round(minCost);
    }

    static long bruteForce(MatchingInstance in, int i, boolean[] used) {
        if (i == in.requests().size()) {
            return 0;
        }
        long best = bruteForce(in, i + 1, used);
        for (int j = 0; j < in.slots().size(); j++) {
            if (!used[j] && in.meetsHardConstraints(in.requests().get(i), in.slots().get(j))) {
                used[j] = true;
                long w = in.matcher().weight(in.requests().get(i), in.slots().get(j)).orElseThrow();
                best = Math.max(best, w + bruteForce(in, i + 1, used));
                used[j] = false;
            }
        }
        return best;
    }
}
