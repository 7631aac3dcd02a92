package org.practicekit.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicekit.core.scheduling.BookFixture.NEW_YORK;
import static org.practicekit.core.scheduling.BookFixture.RIVERA;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.ServiceType;

class NoDoubleBookingTest {

    @Test
    void twoEnginesOverOneStoreNeverDoubleBookUnderConcurrentRequests() throws Exception {
        BookFixture f = new BookFixture("2026-12-01T14:00:00Z");
        AppointmentBook[] engines = {f.book, f.newEngine()};
        LocalDate monday = LocalDate.of(2026, 12, 7);
        List<Instant> starts = new ArrayList<>();
        for (OpenSlot s : f.book.openSlots(RIVERA, ServiceType.INDIVIDUAL, monday, monday.plusDays(1))) {
            starts.add(s.time().start());
        }
        // Evaluations start on a different grid, so they race the individual sessions for overlapping time.
        List<Instant> evaluations = new ArrayList<>();
        for (OpenSlot s : f.book.openSlots(RIVERA, ServiceType.DIAGNOSTIC_EVALUATION, monday, monday.plusDays(1))) {
            evaluations.add(s.time().start());
        }
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        ConcurrentLinkedQueue<Appointment> booked = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            pool.submit(() -> {
                Random rnd = new Random(id);
                List<Instant> mine = new ArrayList<>(starts);
                Collections.shuffle(mine, rnd);
                try {
                    go.await();
                    for (int k = 0; k < mine.size(); k++) {
                        AppointmentBook engine = engines[(id + k) % 2];
                        BookingRequest r = k % 3 == 0
                                ? BookFixture.request("t" + id + "-e" + k, evaluations.get(rnd.nextInt(evaluations.size())))
                                        .toBuilder().serviceType(ServiceType.DIAGNOSTIC_EVALUATION).build()
                                : BookFixture.request("t" + id + "-" + k, mine.get(k));
                        try {
                            booked.add(engine.book(r));
                        } catch (SlotUnavailableException expected) {
                            // someone else got there first
                        }
                    }
                } catch (Throwable e) {
                    unexpected.add(e);
                }
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(unexpected).isEmpty();
        List<Appointment> inBook = f.book.appointments(RIVERA, monday, monday.plusDays(1));
        assertThat(inBook).hasSameSizeAs(booked).isNotEmpty();
        assertNoOverlapWithBuffers(f.rules, inBook);
    }

    /** Random bookings, moves and cancellations of every service never leave two sessions closer than the buffer. */
    @Property(tries = 20)
    void noTwoAppointmentsOfOneClinicianOverlapBuffersIncluded(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 20) int bufferMinutes, @ForAll @IntRange(min = 5, max = 30) int alignment) {
        Random rnd = new Random(seed);
        AvailabilityRules rules = AvailabilityRules.builder(RIVERA, NEW_YORK)
                .telehealth("08:00", "18:00", DayOfWeek.MONDAY, DayOfWeek.TUESDAY)
                .addBlock(WeeklyBlock.inPerson(DayOfWeek.WEDNESDAY, "07:30", "12:00", BookFixture.OFFICE))
                .addBlock(WeeklyBlock.telehealth(DayOfWeek.WEDNESDAY, "12:15", "19:00").forNewClients())
                .buffer(Duration.ofMinutes(bufferMinutes)).alignment(Duration.ofMinutes(alignment)).build();
        BookFixture f = new BookFixture("2026-12-01T14:00:00Z", rules);
        LocalDate monday = LocalDate.of(2026, 12, 7);
        ServiceType[] services = {ServiceType.INDIVIDUAL, ServiceType.DIAGNOSTIC_EVALUATION, ServiceType.CRISIS,
                ServiceType.FAMILY_WITH_CLIENT};
        List<Appointment> live = new ArrayList<>();
        int refusals = 0;
        for (int step = 0; step < 40; step++) {
            ServiceType service = services[rnd.nextInt(services.length)];
            LocalDate day = monday.plusDays(rnd.nextInt(3));
            // Any start on a 5-minute grid, open or not: the book must refuse what does not fit.
            Instant start = day.atTime(7, 0).atZone(NEW_YORK).toInstant().plus(Duration.ofMinutes(5L * rnd.nextInt(150)));
            List<OpenSlot> open = f.book.openSlots(RIVERA, service, day, day);
            if (rnd.nextBoolean() && !open.isEmpty()) {
                start = open.get(rnd.nextInt(open.size())).time().start(); // mostly real slots, so the book fills up
            }
            try {
                int action = rnd.nextInt(10);
                if (action < 7 || live.isEmpty()) {
                    live.add(f.book.book(BookFixture.request("c" + step, start).toBuilder().serviceType(service)
                            .newClient(rnd.nextBoolean()).build()));
                } else if (action < 9) {
                    Appointment a = live.remove(rnd.nextInt(live.size()));
                    live.add(f.book.move(a.id(), start));
                } else {
                    f.book.cancel(live.remove(rnd.nextInt(live.size())).id(), CancelledBy.PRACTICE);
                }
            } catch (SlotUnavailableException refused) {
                refusals++;
                // fine: the property is about what got booked
            }
        }
        List<Appointment> inBook = f.book.appointments(RIVERA, monday, monday.plusDays(2)).stream()
                .filter(a -> a.status().holdsTime()).toList();
        assertThat(inBook.size() + refusals).as("the run did something").isGreaterThan(10);
        assertThat(inBook).isNotEmpty();
        assertNoOverlapWithBuffers(rules, inBook);
    }

    static void assertNoOverlapWithBuffers(AvailabilityRules rules, List<Appointment> appointments) {
        for (int i = 0; i < appointments.size(); i++) {
            for (int j = i + 1; j < appointments.size(); j++) {
                assertThat(rules.conflicts(appointments.get(i).slot(), appointments.get(j).slot()))
                        .as("%s and %s", appointments.get(i), appointments.get(j)).isFalse();
            }
        }
    }
}
