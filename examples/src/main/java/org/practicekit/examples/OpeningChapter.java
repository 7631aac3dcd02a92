package org.practicekit.examples;

import org.practicekit.core.model.Clinician;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.store.StoredFields;

/** Opens the practice: who works today, and where PracticeKit keeps the day's state. */
final class OpeningChapter implements PracticeDay.Chapter {
    @Override
    public String title() {
        return "Opening the practice";
    }

    @Override
    public void run(Practice p) {
        for (Clinician c : java.util.List.of(p.whitfield, p.okafor)) {
            p.log.step(c.name().display() + ", " + c.credentials() + ": specialties " + String.join(", ", c.specialties())
                    + "; on " + c.payerPanels().size() + " payer panels.");
        }
        StoredRecord day = p.store.insert("practice-day", p.clock.instant().atZone(Practice.ZONE).toLocalDate().toString(),
                StoredFields.create().put("office", p.office.id().value()).put("opened", p.clock.instant().toString()).encode());
        p.log.step("Workflow state is kept in the " + p.store.getClass().getSimpleName()
                + " (record " + day.kind() + "/" + day.id() + ", version " + day.version() + ").");
        p.audit.record(AuditEvent.of(p.clock.instant(), "front-desk", "practice.opened", "", ""));
        p.log.step("EHR connection: " + p.ehr.system() + ". Eligibility: real-time X12 270/271 over HTTP to a clearinghouse"
                + " stand-in on 127.0.0.1 that answers with recorded 271s.");
    }
}
