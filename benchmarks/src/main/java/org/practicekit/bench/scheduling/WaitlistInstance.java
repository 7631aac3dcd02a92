package org.practicekit.bench.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.LocationId;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.scheduling.AvailabilityRules;
import org.practicekit.core.scheduling.OpenSlot;
import org.practicekit.core.scheduling.Priority;
import org.practicekit.core.scheduling.SlotMatcher;
import org.practicekit.core.scheduling.SlotRequest;
import org.practicekit.core.scheduling.TimeWindow;
import org.practicekit.core.scheduling.WeeklyBlock;

/**
 * A realistic group practice with a long waitlist: clinicians on a few of many payer panels, with a
 * few specialties each, weekly hours in their zones (some in person at one of three offices, some
 * kept for new clients), and clients with payers, required specialties, accepted modalities,
 * preferred days and hours in their own zones, priority tiers and time waited. Compatibility is
 * sparse (a client fits a few percent of the slots). Deterministic for a seed.
 */
public final class WaitlistInstance {
    public static final Instant NOW = Instant.parse("2026-12-01T14:00:00Z");
    private static final ZoneId[] ZONES = {ZoneId.of("America/New_York"), ZoneId.of("America/Chicago"),
            ZoneId.of("America/Denver"), ZoneId.of("America/Phoenix"), ZoneId.of("America/Los_Angeles")};
    private static final LocationId[] OFFICES = {LocationId.of("north"), LocationId.of("downtown"), LocationId.of("east")};
    private static final String[] SPECIALTIES = {"anxiety", "depression", "trauma", "adolescents", "couples",
            "eating", "ocd", "grief", "substance-use", "perinatal", "lgbtq", "adhd"};

    public final SlotMatcher matcher;
    public final List<SlotRequest> requests;
    public final List<OpenSlot> slots;

    private WaitlistInstance(SlotMatcher matcher, List<SlotRequest> requests, List<OpenSlot> slots) {
        this.matcher = matcher;
        this.requests = requests;
        this.slots = slots;
    }

    public static WaitlistInstance generate(long seed, int nRequests, int nSlots, int nClinicians) {
        Random rnd = new Random(seed);
        int nPayers = 20;
        SlotMatcher.Builder mb = SlotMatcher.builder(Clock.fixed(NOW, ZoneOffset.UTC));
        List<AvailabilityRules> rules = new ArrayList<>();
        for (int c = 0; c < nClinicians; c++) {
            ZoneId zone = ZONES[rnd.nextInt(ZONES.length)];
            Clinician.Builder cb = Clinician.builder().id("clin-" + c).name("Clinician", "No" + c).zone(zone);
            int panels = 3 + rnd.nextInt(3);
            for (int k = 0; k < panels; k++) {
                cb.addPayerPanel(payer(rnd.nextInt(nPayers)));
            }
            int specialties = 2 + rnd.nextInt(2);
            for (int k = 0; k < specialties; k++) {
                cb.addSpecialty(SPECIALTIES[rnd.nextInt(SPECIALTIES.length)]);
            }
            Clinician clinician = cb.build();
            mb.addClinician(clinician);
            if (clinician.specialties().contains("adolescents")) {
                mb.agesServed(clinician.id(), 12, 25);
            } else if (rnd.nextInt(4) > 0) {
                mb.agesServed(clinician.id(), 18, 99);
            }
            AvailabilityRules.Builder rb = AvailabilityRules.builder(clinician.id(), zone)
                    .bookingHorizon(Duration.ofDays(60)).minimumNotice(Duration.ofHours(24));
            LocationId office = OFFICES[rnd.nextInt(OFFICES.length)];
            for (DayOfWeek d : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
                if (rnd.nextInt(5) == 0) {
                    continue;
                }
                int startHour = 8 + rnd.nextInt(4);
                int hours = 4 + rnd.nextInt(5);
                String from = String.format("%02d:00", startHour);
                String to = String.format("%02d:00", Math.min(21, startHour + hours));
                WeeklyBlock block = rnd.nextInt(10) < 3 ? WeeklyBlock.inPerson(d, from, to, office)
                        : WeeklyBlock.telehealth(d, from, to);
                rb.addBlock(rnd.nextInt(7) == 0 ? block.forNewClients() : block);
            }
            rules.add(rb.build());
        }
        // Open slots: what the practice has free over the next four weeks, most of it already booked.
        List<OpenSlot> all = new ArrayList<>();
        LocalDate from = LocalDate.of(2026, 12, 3);
        for (AvailabilityRules r : rules) {
            all.addAll(r.openSlots(ServiceType.INDIVIDUAL, from, from.plusDays(27), NOW, List.of()));
            all.addAll(r.openSlots(ServiceType.DIAGNOSTIC_EVALUATION, from, from.plusDays(27), NOW, List.of()));
        }
        java.util.Collections.shuffle(all, rnd);
        Map<String, OpenSlot> unique = new HashMap<>();
        List<OpenSlot> slots = new ArrayList<>();
        for (OpenSlot s : all) {
            String hour = s.clinicianId().value() + "@" + s.time().start();
            if (slots.size() < nSlots && unique.putIfAbsent(hour, s) == null) {
                slots.add(s);
            }
        }
        List<ClinicianId> ids = new ArrayList<>(mb.build().clinicians());
        ids.sort(java.util.Comparator.comparing(ClinicianId::value));
        List<SlotRequest> requests = new ArrayList<>();
        for (int i = 0; i < nRequests; i++) {
            ZoneId zone = ZONES[rnd.nextInt(ZONES.length)];
            SlotRequest.Builder b = SlotRequest.builder(ClientId.of("client-" + i)).zone(zone);
            b.serviceType(rnd.nextInt(5) == 0 ? ServiceType.DIAGNOSTIC_EVALUATION : ServiceType.INDIVIDUAL);
            if (rnd.nextInt(10) > 0) {
                // A few large payers cover most clients.
                int p = Math.min(nPayers - 1, (int) Math.floor(Math.abs(rnd.nextGaussian()) * 5));
                b.payer(payer(p), p % 7 == 3 ? PayerKind.MEDICAID : p % 7 == 5 ? PayerKind.MEDICARE : PayerKind.COMMERCIAL);
            }
            if (rnd.nextInt(10) < 6) {
                b.requireSpecialty(SPECIALTIES[rnd.nextInt(SPECIALTIES.length)]);
            }
            int m = rnd.nextInt(10);
            if (m < 5) {
                b.modalities(EnumSet.of(Modality.TELEHEALTH_VIDEO, Modality.TELEHEALTH_AUDIO));
            } else if (m < 7) {
                b.modalities(EnumSet.of(Modality.IN_PERSON)).addLocation(OFFICES[rnd.nextInt(OFFICES.length)]);
            } else {
                b.addLocation(OFFICES[rnd.nextInt(OFFICES.length)]).preferredModality(Modality.IN_PERSON);
            }
            b.newClient(rnd.nextInt(10) < 7).age(13 + rnd.nextInt(65));
            b.preferDays(DayOfWeek.of(1 + rnd.nextInt(5)), DayOfWeek.of(1 + rnd.nextInt(5)));
            b.preferWindow(rnd.nextBoolean() ? TimeWindow.of("07:00", "12:00") : TimeWindow.of("15:00", "20:00"));
            if (rnd.nextInt(8) == 0) {
                b.preferClinician(ids.get(rnd.nextInt(ids.size())));
            }
            int pr = rnd.nextInt(100);
            b.priority(pr < 70 ? Priority.ROUTINE : pr < 95 ? Priority.ELEVATED : Priority.URGENT);
            b.waitingSince(NOW.minus(Duration.ofDays(rnd.nextInt(180))));
            requests.add(b.build());
        }
        return new WaitlistInstance(mb.build(), List.copyOf(requests), List.copyOf(slots));
    }

    private static String payer(int p) {
        return "payer-" + p;
    }

    /** Fitting pairs as parallel arrays, built the way the matcher builds them (clinician first, then slot). */
    public FitGraph fitGraph() {
        Map<ClinicianId, List<Integer>> byClinician = new HashMap<>();
        for (int j = 0; j < slots.size(); j++) {
            byClinician.computeIfAbsent(slots.get(j).clinicianId(), k -> new ArrayList<>()).add(j);
        }
        List<int[]> edges = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            SlotRequest r = requests.get(i);
            for (Map.Entry<ClinicianId, List<Integer>> e : byClinician.entrySet()) {
                if (!matcher.fitsClinician(r, e.getKey())) {
                    continue;
                }
                for (int j : e.getValue()) {
                    var w = matcher.weight(r, slots.get(j));
                    if (w.isPresent()) {
                        edges.add(new int[] {i, j});
                        weights.add(w.get());
                    }
                }
            }
        }
        return new FitGraph(edges, weights);
    }

    /** Fitting (request, slot) pairs and their weights. */
    public record FitGraph(List<int[]> edges, List<Long> weights) {
    }
}
