package org.practicekit.core.scheduling;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.LocationId;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.model.TimeSlot;

class AvailabilityRulesTest {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    static AvailabilityRules weekdays(ZoneId zone) {
        return AvailabilityRules.builder(ClinicianId.of("c1"), zone).telehealth("09:00", "17:00", MONDAY, TUESDAY,
                WEDNESDAY, THURSDAY, FRIDAY).bookingHorizon(Duration.ofDays(400)).build();
    }

    /** Local start times per local date, in the given zone. */
    static Map<LocalDate, List<LocalTime>> startsByDay(List<OpenSlot> slots, ZoneId zone) {
        return slots.stream().collect(Collectors.groupingBy(s -> s.startIn(zone).toLocalDate(), TreeMap::new,
                Collectors.mapping(s -> s.startIn(zone).toLocalTime(), Collectors.toList())));
    }

    static List<LocalTime> hourly(int from, int to) {
        List<LocalTime> out = new ArrayList<>();
        for (int h = from; h <= to; h++) {
            out.add(LocalTime.of(h, 0));
        }
        return out;
    }

    @Test
    void newYorkDayStaysNineToFiveAcrossTheMarchChangeAndPhoenixSeesTheShift() {
        AvailabilityRules rules = weekdays(NEW_YORK);
        List<OpenSlot> slots = rules.openSlots(ServiceType.INDIVIDUAL, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13),
                LONG_AGO, List.of());

        Map<LocalDate, List<LocalTime>> clinicianView = startsByDay(slots, NEW_YORK);
        assertThat(clinicianView).hasSize(10);
        clinicianView.values().forEach(starts -> assertThat(starts).isEqualTo(hourly(9, 16)));
        assertThat(slots).allSatisfy(s -> assertThat(s.time().duration()).isEqualTo(Duration.ofMinutes(53)));

        Map<LocalDate, List<LocalTime>> phoenixView = startsByDay(slots, PHOENIX);
        assertThat(phoenixView.get(LocalDate.of(2026, 3, 6))).isEqualTo(hourly(7, 14));
        assertThat(phoenixView.get(LocalDate.of(2026, 3, 9))).isEqualTo(hourly(6, 13));
    }

    @Test
    void newYorkDayStaysNineToFiveAcrossTheNovemberChangeAndPhoenixSeesTheShift() {
        AvailabilityRules rules = weekdays(NEW_YORK);
        List<OpenSlot> slots = rules.openSlots(ServiceType.INDIVIDUAL, LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 6),
                LONG_AGO, List.of());

        Map<LocalDate, List<LocalTime>> clinicianView = startsByDay(slots, NEW_YORK);
        assertThat(clinicianView).hasSize(10);
        clinicianView.values().forEach(starts -> assertThat(starts).isEqualTo(hourly(9, 16)));
        Map<LocalDate, List<LocalTime>> phoenixView = startsByDay(slots, PHOENIX);
        assertThat(phoenixView.get(LocalDate.of(2026, 10, 30))).isEqualTo(hourly(6, 13));
        assertThat(phoenixView.get(LocalDate.of(2026, 11, 2))).isEqualTo(hourly(7, 14));
    }

    @Test
    void skippedHourLosesOnlyTheStartThatDoesNotExist() {
        AvailabilityRules rules = AvailabilityRules.builder(ClinicianId.of("c1"), NEW_YORK)
                .addBlock(WeeklyBlock.telehealth(SUNDAY, "00:00", "06:00")).bookingHorizon(Duration.ofDays(400)).build();
        LocalDate springForward = LocalDate.of(2026, 3, 8);

        List<OpenSlot> slots = rules.openSlots(ServiceType.INDIVIDUAL, springForward, springForward, LONG_AGO, List.of());

        assertThat(startsByDay(slots, NEW_YORK).get(springForward)).containsExactly(LocalTime.of(0, 0),
                LocalTime.of(1, 0), LocalTime.of(3, 0), LocalTime.of(4, 0), LocalTime.of(5, 0));
        assertNoTwoConflict(rules, slots);
    }

    @Test
    void repeatedHourOffersEachLocalStartOnce() {
        AvailabilityRules rules = AvailabilityRules.builder(ClinicianId.of("c1"), NEW_YORK)
                .addBlock(WeeklyBlock.telehealth(SUNDAY, "00:00", "04:00")).bookingHorizon(Duration.ofDays(400)).build();
        LocalDate fallBack = LocalDate.of(2026, 11, 1);

        List<OpenSlot> slots = rules.openSlots(ServiceType.INDIVIDUAL, fallBack, fallBack, LONG_AGO, List.of());

        assertThat(startsByDay(slots, NEW_YORK).get(fallBack)).containsExactly(LocalTime.of(0, 0), LocalTime.of(1, 0),
                LocalTime.of(2, 0), LocalTime.of(3, 0));
        Set<Instant> starts = new HashSet<>();
        slots.forEach(s -> assertThat(starts.add(s.time().start())).isTrue());
        assertNoTwoConflict(rules, slots);
    }

    @Test
    void londonClinicianKeepsLocalHoursWhileLosAngelesClientSeesTheGapWeeks() {
        AvailabilityRules rules = weekdays(LONDON);
        List<OpenSlot> march = rules.openSlots(ServiceType.INDIVIDUAL, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 3),
                LONG_AGO, List.of());
        startsByDay(march, LONDON).values().forEach(starts -> assertThat(starts).isEqualTo(hourly(9, 16)));

        Map<LocalDate, List<LocalTime>> la = startsByDay(march, LOS_ANGELES);
        // Both on standard time: London 09:00 GMT is 01:00 PST.
        assertThat(la.get(LocalDate.of(2026, 3, 6)).get(0)).isEqualTo(LocalTime.of(1, 0));
        // Los Angeles moved on 8 March, London not until 29 March: 09:00 GMT is 02:00 PDT.
        assertThat(la.get(LocalDate.of(2026, 3, 9)).get(0)).isEqualTo(LocalTime.of(2, 0));
        assertThat(la.get(LocalDate.of(2026, 3, 27)).get(0)).isEqualTo(LocalTime.of(2, 0));
        // Both on summer time: 09:00 BST is 01:00 PDT.
        assertThat(la.get(LocalDate.of(2026, 3, 30)).get(0)).isEqualTo(LocalTime.of(1, 0));

        List<OpenSlot> autumn = rules.openSlots(ServiceType.INDIVIDUAL, LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 6),
                LONG_AGO, List.of());
        startsByDay(autumn, LONDON).values().forEach(starts -> assertThat(starts).isEqualTo(hourly(9, 16)));
        Map<LocalDate, List<LocalTime>> laAutumn = startsByDay(autumn, LOS_ANGELES);
        assertThat(laAutumn.get(LocalDate.of(2026, 10, 23)).get(0)).isEqualTo(LocalTime.of(1, 0));
        assertThat(laAutumn.get(LocalDate.of(2026, 10, 26)).get(0)).isEqualTo(LocalTime.of(2, 0));
        assertThat(laAutumn.get(LocalDate.of(2026, 11, 2)).get(0)).isEqualTo(LocalTime.of(1, 0));
    }

    @Test
    void sessionLengthAndBufferSetTheGrid() {
        AvailabilityRules rules = weekdays(NEW_YORK);
        LocalDate monday = LocalDate.of(2026, 12, 7);
        List<OpenSlot> evaluations = rules.openSlots(ServiceType.DIAGNOSTIC_EVALUATION, monday, monday, LONG_AGO, List.of());
        // 90 minutes + 7 buffer, aligned to 15 minutes: starts every 105 minutes, last one ends by 17:00.
        assertThat(startsByDay(evaluations, NEW_YORK).get(monday)).containsExactly(LocalTime.of(9, 0),
                LocalTime.of(10, 45), LocalTime.of(12, 30), LocalTime.of(14, 15));
        assertThat(evaluations.get(0).time().duration()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void takenSessionsBlockTheirTimeAndBuffer() {
        AvailabilityRules rules = AvailabilityRules.builder(ClinicianId.of("c1"), NEW_YORK)
                .telehealth("09:00", "17:00", MONDAY).buffer(Duration.ofMinutes(15)).alignment(Duration.ofMinutes(30))
                .bookingHorizon(Duration.ofDays(400)).build();
        LocalDate monday = LocalDate.of(2026, 12, 7);
        // An irregular 10:30-11:30 session booked by staff: the 10:00 slot would run into it and the
        // 11:30 slot starts inside its buffer.
        TimeSlot taken = new TimeSlot(at(monday, "10:30"), at(monday, "11:30"));
        List<OpenSlot> slots = rules.openSlots(ServiceType.INDIVIDUAL, monday, monday, LONG_AGO, List.of(taken));
        assertThat(startsByDay(slots, NEW_YORK).get(monday)).containsExactly(LocalTime.of(9, 0), LocalTime.of(12, 0),
                LocalTime.of(13, 30), LocalTime.of(15, 0));
        slots.forEach(s -> assertThat(rules.conflicts(s.time(), taken)).isFalse());
    }

    @Test
    void timeOffCapsNoticeAndHorizonRemoveSlots() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        AvailabilityRules rules = AvailabilityRules.builder(ClinicianId.of("c1"), NEW_YORK)
                .telehealth("09:00", "17:00", MONDAY, TUESDAY, WEDNESDAY).addTimeOff(TimeOff.allDay(monday.plusDays(1)))
                .addTimeOff(TimeOff.hours(monday.plusDays(2), "12:00", "17:00")).maxPerDay(3).maxPerWeek(5)
                .minimumNotice(Duration.ofHours(24)).bookingHorizon(Duration.ofDays(9)).build();
        Instant now = at(monday.minusDays(1), "10:30");

        List<OpenSlot> slots = rules.openSlots(ServiceType.INDIVIDUAL, monday, monday.plusDays(14), now, List.of());
        Map<LocalDate, List<LocalTime>> byDay = startsByDay(slots, NEW_YORK);
        assertThat(byDay.get(monday)).isEqualTo(hourly(11, 16)); // 24 h notice from Sunday 10:30
        assertThat(byDay).doesNotContainKey(monday.plusDays(1));
        assertThat(byDay.get(monday.plusDays(2))).isEqualTo(hourly(9, 11));
        assertThat(byDay.keySet()).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(LocalDate.of(2026, 12, 15)));

        rules = rules.toBuilder().bookingHorizon(Duration.ofDays(400)).build();
        List<TimeSlot> threeOnMonday = List.of(TimeSlot.of(at(monday, "09:00"), Duration.ofMinutes(53)),
                TimeSlot.of(at(monday, "10:00"), Duration.ofMinutes(53)),
                TimeSlot.of(at(monday, "11:00"), Duration.ofMinutes(53)));
        Map<LocalDate, List<LocalTime>> capped = startsByDay(rules.openSlots(ServiceType.INDIVIDUAL, monday,
                monday.plusDays(2), LONG_AGO, threeOnMonday), NEW_YORK);
        assertThat(capped).doesNotContainKey(monday);
        List<TimeSlot> fiveThisWeek = new ArrayList<>(threeOnMonday);
        fiveThisWeek.add(TimeSlot.of(at(monday.plusDays(2), "09:00"), Duration.ofMinutes(53)));
        fiveThisWeek.add(TimeSlot.of(at(monday.plusDays(2), "10:00"), Duration.ofMinutes(53)));
        assertThat(rules.openSlots(ServiceType.INDIVIDUAL, monday, monday.plusDays(6), LONG_AGO, fiveThisWeek)).isEmpty();
        assertThat(rules.openSlots(ServiceType.INDIVIDUAL, monday.plusDays(7), monday.plusDays(7), LONG_AGO, fiveThisWeek))
                .isNotEmpty();
    }

    @Test
    void blocksCarryModalityLocationAndNewClientReservation() {
        LocationId office = LocationId.of("main-st");
        AvailabilityRules rules = AvailabilityRules.builder(ClinicianId.of("c1"), NEW_YORK)
                .addBlock(WeeklyBlock.inPerson(MONDAY, "09:00", "12:00", office))
                .addBlock(WeeklyBlock.telehealth(MONDAY, "13:00", "15:00").forNewClients())
                .bookingHorizon(Duration.ofDays(400)).build();
        LocalDate monday = LocalDate.of(2026, 12, 7);
        List<OpenSlot> slots = rules.openSlots(ServiceType.INDIVIDUAL, monday, monday, LONG_AGO, List.of());
        assertThat(slots).hasSize(5);
        assertThat(slots.subList(0, 3)).allSatisfy(s -> {
            assertThat(s.modality()).isEqualTo(Modality.IN_PERSON);
            assertThat(s.location()).contains(office);
            assertThat(s.newClientsOnly()).isFalse();
        });
        assertThat(slots.subList(3, 5)).allSatisfy(s -> {
            assertThat(s.modality()).isEqualTo(Modality.TELEHEALTH_VIDEO);
            assertThat(s.newClientsOnly()).isTrue();
        });
    }

    @Test
    void badRulesListEveryProblem() {
        assertThatThrownBy(() -> AvailabilityRules.builder(ClinicianId.of("c1"), NEW_YORK)
                .telehealth("09:00", "12:00", MONDAY).telehealth("11:00", "14:00", MONDAY)
                .buffer(Duration.ofMinutes(-1)).maxPerDay(0).sessionLength(ServiceType.INDIVIDUAL, Duration.ZERO).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).hasSize(4));
    }

    static Instant at(LocalDate date, String time) {
        return LocalDateTime.of(date, LocalTime.parse(time)).atZone(NEW_YORK).toInstant();
    }

    static void assertNoTwoConflict(AvailabilityRules rules, List<OpenSlot> slots) {
        for (int i = 0; i < slots.size(); i++) {
            for (int j = i + 1; j < slots.size(); j++) {
                assertThat(rules.conflicts(slots.get(i).time(), slots.get(j).time())).isFalse();
            }
        }
    }
}
