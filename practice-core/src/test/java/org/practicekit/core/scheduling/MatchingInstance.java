package org.practicekit.core.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.LocationId;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.model.TimeSlot;

/** A random waitlist-and-slots instance for matcher tests, plus an independent check of the hard constraints. */
record MatchingInstance(SlotMatcher matcher, List<Clinician> clinicians, List<int[]> ages, List<SlotRequest> requests,
        List<OpenSlot> slots) {
    static final Instant NOW = Instant.parse("2026-12-01T14:00:00Z");
    static final String[] PAYERS = {"60054", "87726", "62308", "MEDICAID-IL", "MEDICARE"};
    static final String[] SPECIALTIES = {"anxiety", "trauma", "adolescents", "couples", "eating"};
    static final ZoneId[] ZONES = {ZoneId.of("America/New_York"), ZoneId.of("America/Phoenix"),
            ZoneId.of("America/Los_Angeles"), ZoneId.of("Europe/London")};
    static final LocationId OFFICE = LocationId.of("main-st");

    static MatchingInstance random(long seed, int nRequests, int nSlots, int nClinicians) {
        Random rnd = new Random(seed);
        SlotMatcher.Builder mb = SlotMatcher.builder(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
        List<Clinician> clinicians = new ArrayList<>();
        List<int[]> ages = new ArrayList<>();
        for (int c = 0; c < nClinicians; c++) {
            Clinician.Builder cb = Clinician.builder().id("c" + c).name("Clin", "Ician" + c);
            for (String p : PAYERS) {
                if (rnd.nextInt(3) == 0) {
                    cb.addPayerPanel(p);
                }
            }
            for (String s : SPECIALTIES) {
                if (rnd.nextInt(3) == 0) {
                    cb.addSpecialty(s);
                }
            }
            Clinician clinician = cb.build();
            clinicians.add(clinician);
            mb.addClinician(clinician);
            int[] a = rnd.nextBoolean() ? new int[] {0, 130} : new int[] {18, 130};
            ages.add(a);
            mb.agesServed(clinician.id(), a[0], a[1]);
        }
        List<OpenSlot> slots = new ArrayList<>();
        for (int j = 0; j < nSlots; j++) {
            int c = rnd.nextInt(nClinicians);
            Instant start = NOW.plus(Duration.ofHours(24 + 24L * rnd.nextInt(30) + rnd.nextInt(10)))
                    .plusSeconds(60L * j % 3600);
            boolean inPerson = rnd.nextInt(3) == 0;
            ServiceType service = rnd.nextInt(4) == 0 ? ServiceType.DIAGNOSTIC_EVALUATION : ServiceType.INDIVIDUAL;
            slots.add(new OpenSlot(clinicians.get(c).id(), new TimeSlot(start, start.plus(Duration.ofMinutes(53 + j % 7))),
                    service, inPerson ? Modality.IN_PERSON : Modality.TELEHEALTH_VIDEO,
                    inPerson ? Optional.of(OFFICE) : Optional.empty(), rnd.nextInt(5) == 0));
        }
        List<SlotRequest> requests = new ArrayList<>();
        for (int i = 0; i < nRequests; i++) {
            SlotRequest.Builder rb = SlotRequest.builder(ClientId.of("client-" + i)).zone(ZONES[rnd.nextInt(ZONES.length)])
                    .serviceType(rnd.nextInt(4) == 0 ? ServiceType.DIAGNOSTIC_EVALUATION : ServiceType.INDIVIDUAL)
                    .priority(Priority.values()[rnd.nextInt(3)]).newClient(rnd.nextBoolean())
                    .waitingSince(NOW.minus(Duration.ofDays(rnd.nextInt(120)))).age(12 + rnd.nextInt(60));
            if (rnd.nextInt(4) != 0) {
                rb.payer(PAYERS[rnd.nextInt(PAYERS.length)], PayerKind.COMMERCIAL);
            }
            if (rnd.nextInt(3) == 0) {
                rb.modalities(EnumSet.of(Modality.TELEHEALTH_VIDEO));
            } else if (rnd.nextInt(3) == 0) {
                rb.modalities(EnumSet.of(Modality.IN_PERSON));
            }
            if (rnd.nextInt(3) == 0) {
                rb.requireSpecialty(SPECIALTIES[rnd.nextInt(SPECIALTIES.length)]);
            }
            if (rnd.nextBoolean()) {
                rb.preferDays(DayOfWeek.of(1 + rnd.nextInt(7)), DayOfWeek.of(1 + rnd.nextInt(7)));
            }
            if (rnd.nextBoolean()) {
                rb.preferWindow(rnd.nextBoolean() ? TimeWindow.of("08:00", "12:00") : TimeWindow.of("16:00", "21:00"));
            }
            if (rnd.nextInt(4) == 0) {
                rb.preferClinician(clinicians.get(rnd.nextInt(nClinicians)).id());
            }
            if (rnd.nextInt(4) == 0) {
                rb.preferredModality(Modality.TELEHEALTH_VIDEO);
            }
            requests.add(rb.build());
        }
        return new MatchingInstance(mb.build(), clinicians, ages, requests, slots);
    }

    /** Every hard constraint, written out again independently of the matcher. */
    boolean meetsHardConstraints(SlotRequest r, OpenSlot s) {
        int c = Integer.parseInt(s.clinicianId().value().substring(1));
        Clinician clinician = clinicians.get(c);
        boolean payer = r.payerId().map(clinician.payerPanels()::contains).orElse(true);
        boolean specialty = clinician.specialties().containsAll(r.requiredSpecialties());
        boolean age = r.age().map(a -> a >= ages.get(c)[0] && a <= ages.get(c)[1]).orElse(true);
        boolean allowed = r.allowedClinicians().isEmpty() || r.allowedClinicians().contains(clinician.id());
        boolean modality = r.modalities().contains(s.modality());
        boolean location = s.location().map(l -> r.locations().isEmpty() || r.locations().contains(l)).orElse(true);
        boolean newClient = !s.newClientsOnly() || r.newClient();
        return payer && specialty && age && allowed && modality && location && newClient
                && s.serviceType() == r.serviceType();
    }

    Set<ClinicianId> clinicianIds() {
        Set<ClinicianId> ids = new java.util.HashSet<>();
        clinicians.forEach(c -> ids.add(c.id()));
        return ids;
    }
}
