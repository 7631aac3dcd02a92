package org.practicekit.core.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.RetriableException;
import org.practicekit.core.ValidationException;
import org.practicekit.core.event.PracticeListener;
import org.practicekit.core.event.WorkflowEvent;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.inmemory.OutboxMessageChannel;
import org.practicekit.core.inmemory.StaffQueueEscalation;
import org.practicekit.core.messaging.LabelledMessages.Labelled;
import org.practicekit.core.messaging.outreach.ContactKeyword;
import org.practicekit.core.messaging.outreach.ContactPreferences;
import org.practicekit.core.messaging.outreach.DeliveryPolicy;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.MessageChannel;
import org.practicekit.core.store.InMemoryWorkflowStore;
import org.practicekit.core.testsupport.SteppingClock;

class ClientMessageDeskTest {
    private static final ClientId CLIENT = ClientId.of("c-17");
    private static final ContactPoint PHONE = ContactPoint.mobile("+15551230017");
    private static final String CRISIS = "I've been saving up my pills and I want to die";

    private final SteppingClock clock = SteppingClock.at("2026-11-30T15:00:00Z");
    private final StaffQueueEscalation staff = new StaffQueueEscalation();
    private final OutboxMessageChannel outbox = new OutboxMessageChannel(clock);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryInbox scheduling = new InMemoryInbox();
    private final InMemoryInbox billing = new InMemoryInbox();
    private final InMemoryInbox staffInbox = new InMemoryInbox();

    private ClientMessageDesk.Builder desk() {
        return ClientMessageDesk.builder().escalation(staff).channel(outbox).audit(audit).clock(clock)
                .inbox(MessageIntent.SCHEDULING, scheduling).inbox(MessageIntent.BILLING, billing).staffInbox(staffInbox);
    }

    private ClientMessage message(String id, String text) {
        return ClientMessage.builder().id(id).clientId(CLIENT).text(text).receivedAt(clock.instant()).from(PHONE).build();
    }

    @Test
    void aCrisisMessageReachesAPersonNowAndGetsOnlyTheCrisisResourcesReply() {
        TriageOutcome outcome = desk().build().receive(message("m-1", CRISIS));

        assertThat(outcome.escalated()).isTrue();
        assertThat(outcome.assessment().level()).isEqualTo(RiskLevel.IMMINENT);
        Escalation e = staff.pending().get(0);
        assertThat(e.urgency()).isEqualTo(Escalation.Urgency.IMMEDIATE);
        assertThat(e.category()).isEqualTo("risk.message");
        assertThat(e.clientId()).contains(CLIENT);
        assertThat(e.details()).anyMatch(d -> d.contains(CRISIS)).anyMatch(d -> d.contains("means or preparations"));

        assertThat(outbox.messages()).singleElement().satisfies(m -> {
            assertThat(m.purpose()).isEqualTo(DeliveryPolicy.CRISIS_RESOURCES);
            assertThat(m.body()).contains("988").contains("911");
            assertThat(m.to()).isEqualTo(PHONE);
        });
        assertThat(scheduling.waiting()).isEmpty();
        assertThat(staffInbox.waiting()).isEmpty();
        assertThat(outcome.routedTo()).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"I don't see the point of going on anymore",
        "honestly i dont see the point in going on", "I can't see any reason to keep going anymore",
        "What's the point of carrying on, really"})
    void noPointGoingOnReachesAPersonNowWithOnlyTheCrisisReply(String text) {
        TriageOutcome outcome = desk().build().receive(message("m-np", text));

        assertThat(outcome.escalated()).as(text).isTrue();
        assertThat(staff.pending()).singleElement().satisfies(e ->
                assertThat(e.urgency()).isEqualTo(Escalation.Urgency.IMMEDIATE));
        assertThat(outbox.messages()).singleElement().satisfies(m ->
                assertThat(m.purpose()).isEqualTo(DeliveryPolicy.CRISIS_RESOURCES));
        assertThat(staffInbox.waiting()).isEmpty();
        assertThat(outcome.routedTo()).isEmpty();
    }

    @Test
    void theAuditRecordsTheEscalationWithoutTheMessageText() {
        desk().build().receive(message("m-1", CRISIS));
        List<AuditEvent> events = audit.all();
        assertThat(events).extracting(AuditEvent::action).contains("message.risk-escalated");
        for (AuditEvent ev : events) {
            assertThat(ev.toString()).doesNotContain("pills").doesNotContain("want to die");
        }
        assertThat(events.get(0).details()).containsEntry("level", "IMMINENT");
    }

    @Test
    void theEscalationIsDeliveredBeforeTheReplyIsSent() {
        List<String> order = new ArrayList<>();
        MessageChannel channel = m -> {
            order.add("reply; escalations so far " + staff.pending().size());
            return outbox.send(m);
        };
        desk().channel(channel).build().receive(message("m-1", CRISIS));
        assertThat(order).containsExactly("reply; escalations so far 1");
    }

    @Test
    void whenTheRouterTheChannelTheInboxesAndTheListenerAllThrowTheEscalationIsStillDelivered() {
        IntentRouter router = text -> {
            throw new IllegalStateException("router down");
        };
        MessageChannel channel = m -> {
            throw new RetriableException("sms gateway down");
        };
        MessageInbox broken = m -> {
            throw new IllegalStateException("inbox down");
        };
        PracticeListener listener = new PracticeListener() {
            @Override
            public void onEscalation(Escalation escalation) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void onWorkflowEvent(WorkflowEvent event) {
                throw new IllegalStateException("listener bug");
            }
        };
        RiskClassifier failingExtra = text -> {
            throw new IllegalStateException("model not loaded");
        };
        ClientMessageDesk desk = desk().router(router).channel(channel).inbox(MessageIntent.SCHEDULING, broken)
                .staffInbox(broken).addListener(listener)
                .classifier(RiskClassifier.combined(RiskClassifier.standard(), failingExtra)).build();

        TriageOutcome outcome = desk.receive(message("m-2", "can i cancel my appointment? i don't want to be here anymore"));

        assertThat(outcome.escalated()).isTrue();
        assertThat(staff.pending()).singleElement().satisfies(e ->
                assertThat(e.idempotencyKey()).isEqualTo("message-risk:m-2"));
        assertThat(outcome.crisisReplySent()).isFalse();
        assertThat(outcome.problems()).anyMatch(p -> p.contains("crisis-resources reply not sent"));
    }

    @Test
    void ifTheHandOverToAPersonFailsNothingElseHappensAndTheCallerIsTold() {
        ClientMessageDesk desk = desk().escalation(e -> {
            throw new RetriableException("pager down");
        }).build();
        assertThatThrownBy(() -> desk.receive(message("m-3", CRISIS))).isInstanceOf(RetriableException.class);
        assertThat(outbox.messages()).isEmpty();
        assertThat(scheduling.waiting()).isEmpty();
        assertThat(staffInbox.waiting()).isEmpty();
    }

    @Test
    void aClassifierThatFailsSendsTheMessageToAPersonInsteadOfRoutingIt() {
        ClientMessageDesk desk = desk().classifier(text -> {
            throw new IllegalStateException("broken");
        }).build();
        TriageOutcome outcome = desk.receive(message("m-4", "can I reschedule tuesday"));
        assertThat(outcome.escalated()).isTrue();
        assertThat(outcome.assessment().categories()).containsExactly(RiskCategory.NOT_ASSESSED);
        assertThat(staff.pending().get(0).urgency()).isEqualTo(Escalation.Urgency.SAME_DAY);
        assertThat(scheduling.waiting()).isEmpty();
    }

    @Test
    void receivingTheSameMessageTwiceEscalatesAndRepliesOnce() {
        ClientMessageDesk desk = desk().build();
        desk.receive(message("m-5", CRISIS));
        desk.receive(message("m-5", CRISIS));
        assertThat(staff.pending()).hasSize(1);
        assertThat(outbox.messages()).hasSize(1);
    }

    @Test
    void messagesWithoutRiskGoToTheirQueueAndAreNeverAnsweredAutomatically() {
        ClientMessageDesk desk = desk().build();
        assertThat(desk.receive(message("m-6", "Can I reschedule my appointment on Tuesday?")).routedTo())
                .contains(MessageIntent.SCHEDULING);
        assertThat(desk.receive(message("m-7", "Why was I charged a late cancellation fee?")).routedTo())
                .contains(MessageIntent.BILLING);
        assertThat(desk.receive(message("m-8", "The consent form link isn't working")).routedTo())
                .contains(MessageIntent.INTAKE);
        assertThat(desk.receive(message("m-9", "I started the new medication, feeling a bit nauseous")).routedTo())
                .contains(MessageIntent.STAFF);
        assertThat(scheduling.waiting()).extracting(r -> r.message().id()).containsExactly("m-6");
        assertThat(billing.waiting()).extracting(r -> r.message().id()).containsExactly("m-7");
        // No intake inbox configured: intake and clinical messages wait for staff.
        assertThat(staffInbox.waiting()).extracting(r -> r.message().id()).containsExactly("m-8", "m-9");
        assertThat(outbox.messages()).isEmpty();
        assertThat(staff.pending()).isEmpty();
    }

    @Test
    void aFailingRouterOrInboxLeavesTheMessageWithStaff() {
        ClientMessageDesk desk = desk().inbox(MessageIntent.SCHEDULING, m -> {
            throw new IllegalStateException("scheduling engine down");
        }).build();
        TriageOutcome outcome = desk.receive(message("m-10", "need to cancel tomorrow"));
        assertThat(staffInbox.waiting()).extracting(r -> r.message().id()).containsExactly("m-10");
        assertThat(outcome.problems()).anyMatch(p -> p.contains("scheduling inbox failed"));

        ClientMessageDesk noRouter = desk().router(t -> {
            throw new IllegalStateException("x");
        }).build();
        assertThat(noRouter.receive(message("m-11", "need to cancel tomorrow")).routedTo()).contains(MessageIntent.STAFF);
    }

    @Test
    void stopAndStartChangeTheClientsPreferencesAtOnce() {
        ContactPreferences prefs = new ContactPreferences(new InMemoryWorkflowStore(clock));
        ClientMessageDesk desk = desk().preferences(prefs).build();
        assertThat(desk.receive(message("m-12", "STOP")).keyword()).contains(ContactKeyword.STOP);
        assertThat(prefs.isOptedOut(CLIENT, ContactPoint.Kind.MOBILE)).isTrue();
        assertThat(prefs.isOptedOut(CLIENT, ContactPoint.Kind.EMAIL)).isFalse();
        desk.receive(message("m-13", "start"));
        assertThat(prefs.isOptedOut(CLIENT, ContactPoint.Kind.MOBILE)).isFalse();
        desk.receive(message("m-14", "Cancelar"));
        assertThat(prefs.isOptedOut(CLIENT, ContactPoint.Kind.MOBILE)).isTrue();
        assertThat(staffInbox.waiting()).isEmpty();
        // A sentence that mentions stopping is read by a person, not applied.
        desk.receive(message("m-15", "please stop sending forms to my old email"));
        assertThat(staffInbox.waiting()).hasSize(1);
    }

    @Test
    void onTheLabelledSetEveryRiskMessageIsEscalatedAndNineInTenOthersReachTheirQueue() {
        ClientMessageDesk desk = desk().inbox(MessageIntent.INTAKE, new InMemoryInbox()).build();
        int routedRight = 0;
        int others = 0;
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (Labelled l : LabelledMessages.load()) {
            TriageOutcome outcome = desk.receive(message("l-" + n++, l.text()));
            if (l.risk()) {
                assertThat(outcome.escalated()).as(l.text()).isTrue();
            } else {
                others++;
                if (outcome.routedTo().map(Enum::name).orElse("ESCALATED").equals(l.label())) {
                    routedRight++;
                } else {
                    wrong.add(l.label() + " <- " + l.text() + " -> " + outcome.routedTo());
                }
            }
        }
        assertThat(routedRight / (double) others).as("routing accuracy; wrong: %s", wrong).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aCrisisReplyMustNameACrisisLine() {
        assertThatThrownBy(() -> ClientMessageDesk.builder().crisisReply("Thanks, we will get back to you."))
                .isInstanceOf(ValidationException.class).hasMessageContaining("988 or 911");
        assertThatThrownBy(() -> ClientMessage.builder().id("").text(" ").build())
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.problems()).hasSize(4));
    }

    @Test
    void withoutAReplyAddressTheEscalationStandsAndTheOutcomeSaysNoReply() {
        ClientMessage noFrom = ClientMessage.builder().id("m-16").clientId(CLIENT).text(CRISIS).receivedAt(clock.instant())
                .build();
        TriageOutcome outcome = desk().build().receive(noFrom);
        assertThat(outcome.escalated()).isTrue();
        assertThat(outcome.problems()).containsExactly("crisis-resources reply not sent: no reply address");
    }
}
