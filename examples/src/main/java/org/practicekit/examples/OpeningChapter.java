package org.practicekit.examples;

import java.util.List;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.practice.Practice;
import org.practicekit.core.spi.EhrIntake;

/** Opens the practice: who works today, how the practice is wired, and the clients the EHR already holds. */
final class OpeningChapter implements PracticeDay.Chapter {
    /** Clients of earlier weeks on today's book and waitlist: id, given and family name, mobile. */
    static final List<String[]> KNOWN_CLIENTS = List.of(
            new String[] {"client-taylor", "Taylor", "Brooks", "+12175551001"},
            new String[] {"client-sam", "Sam", "Lindqvist", "+12175551002"},
            new String[] {"client-priya", "Priya", "Raman", "+12175551003"},
            new String[] {"client-marcus", "Marcus", "Hale", "+12175551004"},
            new String[] {"client-ava", "Ava", "Moreno", "+12175551005"},
            new String[] {"client-lena", "Lena", "Fischer", "+12175551006"},
            new String[] {"client-tom", "Tom", "Nakamura", "+12175551007"});

    @Override
    public String title() {
        return "Opening the practice";
    }

    @Override
    public void run(DemoPractice p) {
        Practice practice = p.practice;
        for (Clinician c : practice.clinicians()) {
            p.log.step(c.name().display() + ", " + c.credentials() + ": specialties " + String.join(", ", c.specialties())
                    + "; on " + c.payerPanels().size() + " payer panels.");
        }
        p.log.step("One Practice object wires every engine to the same ports: workflow state in the "
                + practice.store().getClass().getSimpleName() + ", the EHR (" + practice.ehr().system()
                + "), texts through the delivery policy to the SMS gateway, escalations to the staff queue,"
                + " one audit log.");
        // Clients from earlier weeks: their records are in the EHR, so their appointments can be written there.
        for (String[] c : KNOWN_CLIENTS) {
            Client client = Client.builder().id(c[0]).name(c[1], c[2]).addContact(ContactPoint.mobile(c[3]))
                    .zone(c[0].equals("client-sam") ? SchedulingChapter.PHOENIX : DemoPractice.ZONE).build();
            practice.ehr().routeIntake(EhrIntake.builder().idempotencyKey("earlier-intake/" + c[0])
                    .questionnaireId("standard-intake/2025-06").client(client).submittedAt(p.clock.instant()).build());
        }
        p.log.step("The EHR already holds the records of " + KNOWN_CLIENTS.size() + " clients on today's book and"
                + " waitlist. Eligibility: real-time X12 270/271 over HTTP to a clearinghouse stand-in on 127.0.0.1"
                + " that answers with recorded 271s.");
    }
}
