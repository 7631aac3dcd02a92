package org.practicekit.core.messaging.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.inmemory.StaffQueueEscalation;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.OutboundMessage;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.InMemoryWorkflowStore;
import org.practicekit.core.testsupport.SteppingClock;

class ClientFollowUpsTest {
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private final SteppingClock clock = SteppingClock.at("2026-11-30T17:00:00Z");
    private final InMemoryWorkflowStore store = new InMemoryWorkflowStore(clock);
    private final ScriptedChannel channel = new ScriptedChannel(clock);
    private final StaffQueueEscalation staff = new StaffQueueEscalation();
    private final MessageTemplates templates = MessageTemplates.builder().practiceName("Main Street Counseling")
            .practicePhone("(555) 010-2000").build();

    private final Client west = Client.builder().id("c-west").name("Rosa", "Diaz").zone(LOS_ANGELES)
            .addContact(ContactPoint.mobile("+15551230002")).addContact(ContactPoint.email("rosa@example.org")).build();
    private final Client east = Client.builder().id("c-east").name("Sam", "Lee").zone(NEW_YORK)
            .addContact(ContactPoint.mobile("+15551230001")).build();

    private ClientFollowUps followUps(WorkflowStore s) {
        return ClientFollowUps.builder().store(s).channel(channel).clock(clock).templates(templates).escalation(staff)
                .build();
    }

    private ClientFollowUps followUps() {
        return followUps(store);
    }

    private HomeworkAssignment homework(Client c, String id) {
        return HomeworkAssignment.builder().id(id).client(c).assignedOn(MONDAY).dueOn(MONDAY.plusDays(7))
                .link("https://portal.example/hw/" + id).build();
    }

    @Test
    void homeworkRemindersGoAtTenInTheClientsOwnZone() {
        ClientFollowUps f = followUps();
        f.assignHomework(homework(west, "hw-1"));
        f.assignHomework(homework(east, "hw-2"));

        assertThat(f.due(Instant.parse("2026-12-02T14:59:00Z"))).isEmpty();
        assertThat(f.due(Instant.parse("2026-12-02T15:00:00Z"))).extracting(FollowUpSent::followUpId)
                .containsExactly("homework:hw-2"); // 10:00 in New York
        assertThat(f.due(Instant.parse("2026-12-02T17:59:00Z"))).isEmpty();
        assertThat(f.due(Instant.parse("2026-12-02T18:00:00Z"))).extracting(FollowUpSent::followUpId)
                .containsExactly("homework:hw-1"); // 10:00 in Los Angeles
        assertThat(channel.delivered()).extracting(m -> m.to().kind()).containsOnly(ContactPoint.Kind.MOBILE);
        assertThat(channel.delivered().get(0).body()).contains("Main Street Counseling")
                .contains("https://portal.example/hw/hw-2").endsWith(" Reply STOP to opt out.");
    }

    @Test
    void completingHomeworkStopsItsReminders() {
        ClientFollowUps f = followUps();
        f.assignHomework(homework(east, "hw-3"));
        f.due(Instant.parse("2026-12-02T15:00:00Z"));
        assertThat(f.completeHomework("hw-3")).isTrue();
        assertThat(f.due(Instant.parse("2026-12-10T15:00:00Z"))).isEmpty();
        assertThat(channel.delivered()).hasSize(1);
    }

    @Test
    void aRestartedEngineOverTheSameStoreRepeatsNothingAndLosesNothing() {
        followUps().assignHomework(homework(east, "hw-4"));
        followUps().due(Instant.parse("2026-12-02T15:00:00Z"));

        ClientFollowUps restarted = followUps();
        assertThat(restarted.assignHomework(homework(east, "hw-4"))).isFalse();
        assertThat(restarted.due(Instant.parse("2026-12-02T15:30:00Z"))).isEmpty();
        assertThat(restarted.due(Instant.parse("2026-12-04T15:00:00Z"))).extracting(FollowUpSent::occurrence)
                .containsExactly(1);
        assertThat(channel.delivered()).extracting(OutboundMessage::idempotencyKey)
                .containsExactly("followup:homework:hw-4:0", "followup:homework:hw-4:1");
    }

    @Test
    void afterADowntimeOnlyTheLatestDueReminderGoes() {
        ClientFollowUps f = followUps();
        f.assignHomework(homework(east, "hw-5"));
        List<FollowUpSent> sent = f.due(Instant.parse("2026-12-06T16:00:00Z"));
        assertThat(sent).extracting(FollowUpSent::occurrence, FollowUpSent::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, FollowUpSent.Status.SKIPPED_STALE),
                org.assertj.core.groups.Tuple.tuple(1, FollowUpSent.Status.SKIPPED_STALE),
                org.assertj.core.groups.Tuple.tuple(2, FollowUpSent.Status.SENT));
        assertThat(channel.delivered()).hasSize(1);
    }

    @Test
    void aCrashBetweenSendingAndRecordingItSendsTheReminderOnce() {
        AtomicBoolean failNextUpdate = new AtomicBoolean(true);
        WorkflowStore crashing = new WorkflowStore() {
            @Override
            public Optional<StoredRecord> read(String kind, String id) {
                return store.read(kind, id);
            }

            @Override
            public StoredRecord insert(String kind, String id, String payload) {
                return store.insert(kind, id, payload);
            }

            @Override
            public StoredRecord update(String kind, String id, long expectedVersion, String payload) {
                if (failNextUpdate.getAndSet(false)) {
                    throw new IllegalStateException("process died");
                }
                return store.update(kind, id, expectedVersion, payload);
            }

            @Override
            public boolean delete(String kind, String id, long expectedVersion) {
                return store.delete(kind, id, expectedVersion);
            }

            @Override
            public List<StoredRecord> list(String kind) {
                return store.list(kind);
            }
        };
        followUps(crashing).assignHomework(homework(east, "hw-6"));
        assertThat(followUps(crashing).due(Instant.parse("2026-12-02T15:00:00Z"))).isEmpty(); // died after sending
        assertThat(followUps().due(Instant.parse("2026-12-02T15:01:00Z"))).hasSize(1); // restart: sent again, same key
        assertThat(channel.calls).isEqualTo(2);
        assertThat(channel.delivered()).hasSize(1);
    }

    @Test
    void aCheckInFormGetsOneReminderUnlessItWasCompleted() {
        ClientFollowUps f = followUps();
        f.scheduleCheckIn(CheckInForm.builder().id("ci-1").client(east).sendOn(MONDAY).link("https://portal.example/ci/1").build());
        f.scheduleCheckIn(CheckInForm.builder().id("ci-2").client(east).sendOn(MONDAY).link("https://portal.example/ci/2").build());
        f.due(Instant.parse("2026-11-30T15:00:00Z"));
        f.completeCheckIn("ci-1");
        f.due(Instant.parse("2026-12-01T15:00:00Z"));
        assertThat(channel.delivered()).extracting(OutboundMessage::purpose).containsExactly(MessageTemplates.CHECK_IN_FORM,
                MessageTemplates.CHECK_IN_FORM, MessageTemplates.CHECK_IN_REMINDER);
        assertThat(channel.delivered().get(2).body()).contains("/ci/2");
    }

    @Test
    void aNoShowGivesStaffATaskAndTheClientAMessageInTheirLanguageAndPreferredChannel() {
        Client spanish = west.toBuilder().language("es").build();
        ClientFollowUps f = followUps();
        f.preferences().prefer(spanish.id(), ContactPoint.Kind.EMAIL);
        Instant missed = Instant.parse("2026-11-30T17:00:00Z");
        f.recordNoShow(AppointmentId.of("appt-9"), spanish, missed);
        f.recordNoShow(AppointmentId.of("appt-9"), spanish, missed);

        assertThat(staff.pending()).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo("messaging.no-show");
            assertThat(e.urgency()).isEqualTo(Escalation.Urgency.SAME_DAY);
        });
        assertThat(f.due(missed.plusSeconds(3599))).isEmpty();
        assertThat(f.due(missed.plusSeconds(3600))).hasSize(1);
        OutboundMessage m = channel.delivered().get(0);
        assertThat(m.to().kind()).isEqualTo(ContactPoint.Kind.EMAIL);
        assertThat(m.subject()).contains("A message from Main Street Counseling");
        assertThat(m.body()).contains("hoy le echamos de menos").contains("(555) 010-2000")
                .endsWith(" Responda BAJA para no recibir más correos.");
    }

    @Test
    void aClientWhoOptedOutOfEverythingIsMarkedUnreachable() {
        ClientFollowUps f = followUps();
        f.preferences().applyKeyword(east.id(), Optional.empty(), "STOP");
        f.assignHomework(homework(east, "hw-7"));
        assertThat(f.due(Instant.parse("2026-12-02T15:00:00Z"))).extracting(FollowUpSent::status)
                .containsExactly(FollowUpSent.Status.UNREACHABLE);
        assertThat(channel.delivered()).isEmpty();
    }

    @Test
    void throughOutreachANoShowMessageLateInTheEveningWaitsForTheMorning() {
        ClientOutreach outreach = ClientOutreach.builder().channel(channel).store(store).clock(clock)
                .zones(ClientZones.fixed(NEW_YORK)).escalation(staff).audit(new InMemoryAuditLog()).build();
        ClientFollowUps f = ClientFollowUps.builder().store(store).channel(outreach).clock(clock).templates(templates)
                .escalation(staff).build();
        Instant missed = Instant.parse("2026-12-01T01:00:00Z"); // 20:00 in New York
        clock.set(missed);
        f.recordNoShow(AppointmentId.of("appt-10"), east, missed);
        clock.set(missed.plusSeconds(3600)); // 21:00: quiet
        assertThat(f.due(clock.instant())).extracting(FollowUpSent::status).containsExactly(FollowUpSent.Status.SENT);
        assertThat(channel.delivered()).isEmpty();
        clock.set(Instant.parse("2026-12-01T13:00:00Z")); // 08:00 in New York
        outreach.due(clock.instant());
        assertThat(channel.delivered()).hasSize(1);
    }

    @Test
    void templatesWithClinicalContentOrUnknownPlaceholdersAreRejected() {
        assertThatThrownBy(() -> MessageTemplates.builder().practiceName("Main Street").practicePhone("555")
                .template(MessageTemplates.CHECK_IN_FORM, "en", "Your anxiety check-in for {name}: {link}").build())
                .isInstanceOfSatisfying(ValidationException.class, v -> {
                    assertThat(v.problems()).hasSize(2);
                    assertThat(v.getMessage()).contains("anxiety").contains("{name}");
                });
    }
}
