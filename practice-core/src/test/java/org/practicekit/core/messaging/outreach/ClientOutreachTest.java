package org.practicekit.core.messaging.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.ValidationException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.inmemory.StaffQueueEscalation;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.spi.DeliveryReceipt;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.OutboundMessage;
import org.practicekit.core.store.InMemoryWorkflowStore;
import org.practicekit.core.testsupport.SteppingClock;

class ClientOutreachTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ClientId EAST = ClientId.of("c-east");
    private static final ClientId WEST = ClientId.of("c-west");

    // 09:00 in New York, 06:00 in Los Angeles.
    private final SteppingClock clock = SteppingClock.at("2026-11-30T14:00:00Z");
    private final InMemoryWorkflowStore store = new InMemoryWorkflowStore(clock);
    private final ScriptedChannel channel = new ScriptedChannel(clock);
    private final StaffQueueEscalation staff = new StaffQueueEscalation();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final ClientZones zones = ClientZones.of(Map.of(EAST, NEW_YORK, WEST, LOS_ANGELES), NEW_YORK);

    private ClientOutreach outreach() {
        return ClientOutreach.builder().channel(channel).store(store).clock(clock).zones(zones).escalation(staff).audit(audit)
                .build();
    }

    private static OutboundMessage reminder(ClientId client, String key) {
        return OutboundMessage.builder().idempotencyKey(key).clientId(client)
                .to(ContactPoint.mobile(client == EAST ? "+15551230001" : "+15551230002"))
                .body("Reminder from Main Street Counseling: your check-in form is ready in the portal.")
                .purpose("checkin.reminder").build();
    }

    @Test
    void quietHoursAreTheClientsOwnNightNotThePractices() {
        ClientOutreach outreach = outreach();
        DeliveryReceipt east = outreach.send(reminder(EAST, "k-east"));
        DeliveryReceipt west = outreach.send(reminder(WEST, "k-west"));

        assertThat(east.providerMessageId()).startsWith("outbox-");
        assertThat(west.providerMessageId()).isEqualTo("queued");
        assertThat(channel.delivered()).extracting(OutboundMessage::idempotencyKey).containsExactly("k-east");

        clock.set(Instant.parse("2026-11-30T15:59:00Z")); // 07:59 in Los Angeles
        assertThat(outreach.due(clock.instant())).isEmpty();
        clock.set(Instant.parse("2026-11-30T16:00:00Z")); // 08:00 in Los Angeles
        assertThat(outreach.due(clock.instant())).extracting(DeliveryOutcome::status)
                .containsExactly(DeliveryOutcome.Status.SENT);
        assertThat(outreach.due(clock.instant().plus(Duration.ofHours(1)))).isEmpty();
        assertThat(channel.delivered()).extracting(OutboundMessage::idempotencyKey).containsExactly("k-east", "k-west");
    }

    @Test
    void quietHoursEndAtEightLocalTimeOnTheDayTheClocksSpringForward() {
        DeliveryPolicy policy = DeliveryPolicy.standard();
        Instant oneAmEst = Instant.parse("2026-03-08T06:00:00Z");
        assertThat(policy.isQuiet(oneAmEst, NEW_YORK)).isTrue();
        // 08:00 EDT (UTC-4) on the change day, not 08:00 EST.
        assertThat(policy.nextAllowed(oneAmEst, NEW_YORK)).isEqualTo(Instant.parse("2026-03-08T12:00:00Z"));
        Instant tenPm = Instant.parse("2026-11-01T02:00:00Z"); // 22:00 EDT the evening before clocks fall back
        assertThat(policy.nextAllowed(tenPm, NEW_YORK)).isEqualTo(Instant.parse("2026-11-01T13:00:00Z"));
    }

    @Test
    void anOptOutIsHonouredAtOnceAndStartResumes() {
        ClientOutreach outreach = outreach();
        outreach.preferences().optOut(EAST, ContactPoint.Kind.MOBILE);
        assertThatThrownBy(() -> outreach.send(reminder(EAST, "k-1"))).isInstanceOf(NonRetriableException.class)
                .hasMessageContaining("opted out");
        assertThat(channel.delivered()).isEmpty();

        outreach.preferences().applyKeyword(EAST, java.util.Optional.of(ContactPoint.mobile("+15551230001")), "START");
        outreach.send(reminder(EAST, "k-1"));
        assertThat(channel.delivered()).hasSize(1);
    }

    @Test
    void aMessageHeldForTheNightIsDroppedIfTheClientOptsOutBeforeMorning() {
        ClientOutreach outreach = outreach();
        outreach.send(reminder(WEST, "k-west"));
        outreach.preferences().applyKeyword(WEST, java.util.Optional.empty(), "UNSUBSCRIBE");
        clock.set(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(outreach.due(clock.instant())).extracting(DeliveryOutcome::status)
                .containsExactly(DeliveryOutcome.Status.SUPPRESSED);
        assertThat(outreach.due(clock.instant().plus(Duration.ofDays(1)))).isEmpty();
        assertThat(channel.delivered()).isEmpty();
    }

    @Test
    void clinicalContentIsRefusedBeforeAnythingIsStoredOrSent() {
        OutboundMessage clinical = reminder(EAST, "k-2").toBuilder()
                .body("Your PHQ-9 showed depression; please complete the follow-up form.").build();
        assertThatThrownBy(() -> outreach().send(clinical)).isInstanceOfSatisfying(ValidationException.class, v -> {
            assertThat(v.problems()).hasSize(2);
            assertThat(v.getMessage()).contains("phq-9").contains("depression");
        });
        assertThat(store.list(ClientOutreach.KIND)).isEmpty();
        assertThat(channel.delivered()).isEmpty();
    }

    @Test
    void theCrisisResourcesReplyGoesEvenAtNightAndAfterAnOptOut() {
        ClientOutreach outreach = outreach();
        outreach.preferences().optOut(WEST, ContactPoint.Kind.MOBILE);
        OutboundMessage crisis = reminder(WEST, "crisis-reply:m-1").toBuilder().purpose(DeliveryPolicy.CRISIS_RESOURCES)
                .body("If you are thinking about suicide, call or text 988. In danger, call 911.").build();
        assertThat(outreach.send(crisis).providerMessageId()).startsWith("outbox-");
        assertThat(channel.delivered()).hasSize(1);
    }

    @Test
    void aRestartedOutreachOverTheSameStoreSendsNeitherTwiceNorNever() {
        ClientOutreach before = outreach();
        before.send(reminder(EAST, "k-sent"));
        before.send(reminder(WEST, "k-held"));

        ClientOutreach after = outreach(); // new engine, same store and gateway
        assertThat(after.send(reminder(EAST, "k-sent")).duplicate()).isTrue();
        assertThat(after.send(reminder(WEST, "k-held")).duplicate()).isTrue();
        clock.set(Instant.parse("2026-11-30T16:00:00Z"));
        after.due(clock.instant());
        after.due(clock.instant());
        outreach().due(clock.instant());
        assertThat(channel.delivered()).extracting(OutboundMessage::idempotencyKey).containsExactly("k-sent", "k-held");
    }

    @Test
    void aLostGatewayResponseIsRetriedWithTheSameKeyAndDeliversOnce() {
        channel.loseNextResponse();
        ClientOutreach outreach = outreach();
        assertThat(outreach.send(reminder(EAST, "k-3")).providerMessageId()).isEqualTo("queued");
        clock.advance(Duration.ofMinutes(5));
        assertThat(outreach.due(clock.instant())).extracting(DeliveryOutcome::status)
                .containsExactly(DeliveryOutcome.Status.SENT);
        assertThat(channel.calls).isEqualTo(2);
        assertThat(channel.delivered()).hasSize(1);
    }

    @Test
    void failuresAreRetriedWithBackoffThenEscalatedToStaffOnce() {
        channel.failNext(10, () -> new RetriableException("gateway 503"));
        ClientOutreach outreach = outreach();
        outreach.send(reminder(EAST, "k-4"));
        assertThat(channel.calls).isEqualTo(1);

        clock.advance(Duration.ofMinutes(4));
        assertThat(outreach.due(clock.instant())).isEmpty(); // backoff not over
        clock.advance(Duration.ofMinutes(1));
        assertThat(outreach.due(clock.instant())).extracting(DeliveryOutcome::status)
                .containsExactly(DeliveryOutcome.Status.RETRY_SCHEDULED);
        clock.advance(Duration.ofMinutes(30));
        outreach.due(clock.instant());
        clock.advance(Duration.ofHours(2));
        assertThat(outreach.due(clock.instant())).extracting(DeliveryOutcome::status, DeliveryOutcome::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DeliveryOutcome.Status.FAILED, 4));
        assertThat(channel.calls).isEqualTo(4);
        assertThat(staff.pending()).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo("messaging.delivery-failed");
            assertThat(e.urgency()).isEqualTo(Escalation.Urgency.ROUTINE);
            assertThat(e.summary()).doesNotContain("check-in form is ready");
        });
        clock.advance(Duration.ofDays(1));
        assertThat(outreach.due(clock.instant())).isEmpty();
        assertThat(channel.calls).isEqualTo(4);
    }

    @Test
    void aPermanentRefusalIsEscalatedAtOnceAndReportedToTheSender() {
        channel.failNext(1, () -> new NonRetriableException("unknown number"));
        assertThatThrownBy(() -> outreach().send(reminder(EAST, "k-5"))).isInstanceOf(NonRetriableException.class);
        assertThat(staff.pending()).hasSize(1);
        assertThat(outreach().send(reminder(EAST, "k-5")).duplicate()).isTrue();
        assertThat(channel.calls).isEqualTo(1);
    }

    @Test
    void twoInstancesWorkingTheSameQueueSendEachMessageOnce() throws Exception {
        ClientOutreach first = outreach();
        for (int i = 0; i < 30; i++) {
            first.send(reminder(WEST, "k-night-" + i)); // held: still night in Los Angeles
        }
        ClientOutreach second = outreach();
        Instant morning = Instant.parse("2026-11-30T16:00:00Z");
        clock.set(morning);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<java.util.List<DeliveryOutcome>> a = pool.submit(() -> first.due(morning));
            java.util.concurrent.Future<java.util.List<DeliveryOutcome>> b = pool.submit(() -> second.due(morning));
            assertThat(a.get().size() + b.get().size()).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }
        assertThat(channel.calls).isEqualTo(30);
        assertThat(channel.delivered()).hasSize(30);
    }

    private static OutboundMessage formsReady(String key) {
        return OutboundMessage.builder().idempotencyKey(key).clientId(EAST).to(ContactPoint.mobile("+15551230001"))
                .body("Main Street Counseling: your forms are ready here: {{portal-link:ab12}} Reply STOP to opt out.")
                .purpose("forms.ready").build();
    }

    @Test
    void aLinkWrittenInAtSendTimeIsNeverStoredAndReadsTheSameOnEveryAttempt() {
        java.util.List<String> handedToGateway = new java.util.ArrayList<>();
        ClientOutreach outreach = ClientOutreach.builder().channel(m -> {
            handedToGateway.add(m.body());
            return channel.send(m);
        }).store(store).clock(clock).zones(zones).escalation(staff).audit(audit).build();
        outreach.fillAtSend("portal-link", (m, id) -> "https://portal.example/f/" + id + "-" + m.idempotencyKey());
        channel.failNext(1, () -> new RetriableException("gateway 503"));

        assertThat(outreach.send(formsReady("k-link")).providerMessageId()).isEqualTo("queued");
        String waiting = store.read(ClientOutreach.KIND, "k-link").orElseThrow().payload();
        assertThat(waiting).contains("{{portal-link:ab12}}").doesNotContain("https://portal.example/f/");

        clock.advance(Duration.ofMinutes(5));
        assertThat(outreach.due(clock.instant())).extracting(DeliveryOutcome::status)
                .containsExactly(DeliveryOutcome.Status.SENT);
        String read = "Main Street Counseling: your forms are ready here: https://portal.example/f/ab12-k-link"
                + " Reply STOP to opt out.";
        assertThat(handedToGateway).containsExactly(read, read);
        assertThat(channel.delivered()).extracting(OutboundMessage::body).containsExactly(read);
        assertThat(store.read(ClientOutreach.KIND, "k-link").orElseThrow().payload()).doesNotContain("portal.example");
    }

    @Test
    void aPlaceholderNoOneFillsInIsNotSentUntilItsTextIsRegistered() {
        ClientOutreach outreach = outreach();
        assertThat(outreach.send(formsReady("k-unfilled")).providerMessageId()).isEqualTo("queued");
        assertThat(channel.calls).isZero();

        // A restarted instance registers the text before its first due pass.
        ClientOutreach restarted = outreach();
        restarted.fillAtSend("portal-link", (m, id) -> "https://portal.example/f/" + id);
        clock.advance(Duration.ofMinutes(5));
        assertThat(restarted.due(clock.instant())).extracting(DeliveryOutcome::status)
                .containsExactly(DeliveryOutcome.Status.SENT);
        assertThat(channel.delivered()).singleElement().extracting(OutboundMessage::body).asString()
                .contains("here: https://portal.example/f/ab12 Reply").doesNotContain("{{");
        assertThatThrownBy(() -> restarted.fillAtSend("Portal Link", (m, id) -> id))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPolicyWithoutQuietHoursOrWithBadDelaysIsRejectedWithEveryProblem() {
        assertThatThrownBy(() -> DeliveryPolicy.builder().quietHours(java.time.LocalTime.NOON, java.time.LocalTime.NOON)
                .retryDelays(java.util.List.of(Duration.ZERO, Duration.ofMinutes(-1))).build())
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.problems()).hasSize(3));
    }

    @Test
    void theMinimumNecessaryCheckFindsDiagnosesAndCodes() {
        MinimumNecessary check = MinimumNecessary.standard().withTerms("Bright Path Eating Recovery");
        assertThat(check.findings("Your appointment is Tuesday at 3:00 PM. Reply C to confirm.")).isEmpty();
        assertThat(check.findings("Dx F32.1 noted")).contains("an ICD-10 F code");
        assertThat(check.findings("See you at Bright Path Eating Recovery")).contains("Bright Path Eating Recovery");
    }
}
