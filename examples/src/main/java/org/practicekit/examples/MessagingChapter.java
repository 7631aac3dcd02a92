package org.practicekit.examples;

import java.util.stream.Collectors;
import org.practicekit.core.messaging.ClientMessage;
import org.practicekit.core.messaging.ClientMessageDesk;
import org.practicekit.core.messaging.RiskCategory;
import org.practicekit.core.messaging.TriageOutcome;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.spi.Escalation;

/** Client texts arrive: each is checked for risk first; a crisis reaches a person at once, the rest is routed. */
final class MessagingChapter implements PracticeDay.Chapter {
    private java.time.Instant received = java.time.Instant.EPOCH;

    @Override
    public String title() {
        return "Client messages";
    }

    @Override
    public void run(DemoPractice p) {
        ClientMessageDesk desk = p.practice.messages();
        int sentBefore = p.outbox.messages().size();
        received = p.clock.instant();

        p.log.step("A client texts: \"Hi, can I move my Thursday appointment to Friday afternoon?\"");
        TriageOutcome reschedule = desk.receive(text("sms-2001", "c-1042", "+15555550142",
                "Hi, can I move my Thursday appointment to Friday afternoon?"));
        p.log.detail("No risk found. Routed to the " + queue(reschedule) + " queue for the front desk; "
                + "no automatic answer was sent.");

        p.log.step("Another client texts: \"This traffic is killing me, running 10 minutes late!\"");
        TriageOutcome late = desk.receive(text("sms-2002", "c-1043", "+15555550143",
                "This traffic is killing me, running 10 minutes late!"));
        p.log.detail("Read as a figure of speech, not a risk. Routed to the " + queue(late) + " queue.");

        p.log.step("A third client texts something that worries us (the words stay between the client and the clinician).");
        TriageOutcome crisis = desk.receive(text("sms-2003", "c-1044", "+15555550144",
                "I can't do this anymore. Everyone would be better off without me."));
        Escalation e = p.staff.pending().stream().filter(x -> x.idempotencyKey().equals("message-risk:sms-2003"))
                .findFirst().orElseThrow();
        p.log.detail("Risk level " + crisis.assessment().level() + " (" + crisis.assessment().categories().stream()
                .map(RiskCategory::description).collect(Collectors.joining(", ")) + ").");
        p.log.detail("Escalated to a person at once, before anything else: urgency " + e.urgency()
                + ", waiting in the staff queue for the on-call clinician.");
        p.log.detail(crisis.crisisReplySent()
                ? "The only automatic reply the client got is the crisis-resources message (988, 911)."
                : "No automatic reply could be sent; staff were told anyway.");
        p.log.detail("The message was not routed to any other queue, and the audit log records the escalation"
                + " without the message text.");

        p.log.step("A fourth client texts something no phrase rule names (again, the words stay with the clinician).");
        TriageOutcome unnamed = desk.receive(text("sms-2005", "c-1046", "+15555550146",
                "I'm tired of being the reason everyone worries. Soon they won't have to."));
        boolean ruleNamed = unnamed.assessment().indicators().stream().anyMatch(i -> !isModel(i.rule()));
        p.log.detail("Phrase rules: " + (ruleNamed ? "matched" : "nothing matched") + ". The trained models read it as "
                + unnamed.assessment().level() + ": " + unnamed.assessment().indicators().stream()
                        .map(i -> i.rule().startsWith("embedding") ? "semantic layer (" + i.rule() + ")" : "wording model ("
                                + i.rule() + ")")
                        .collect(Collectors.joining(", ")) + ".");
        p.log.detail("Escalated to a person at once: urgency " + unnamed.assessment().level().urgency() + ".");

        p.log.step("A client texts STOP.");
        desk.receive(text("sms-2004", "c-1045", "+15555550145", "STOP"));
        p.log.detail("Text reminders to that client stop at once: opted out of SMS = "
                + p.practice.outreach().preferences().isOptedOut(ClientId.of("c-1045"), ContactPoint.Kind.MOBILE) + ".");

        p.log.step("Scheduling queue: " + p.schedulingQueue.waiting().size() + " requests; messages PracticeKit sent to clients"
                + " in this chapter: " + (p.outbox.messages().size() - sentBefore) + ".");
    }

    private static boolean isModel(String rule) {
        return rule.startsWith("embedding") || rule.startsWith("lexical-model");
    }

    private static String queue(TriageOutcome outcome) {
        return outcome.routedTo().map(i -> i.name().toLowerCase(java.util.Locale.ROOT)).orElse("staff");
    }

    private ClientMessage text(String id, String client, String phone, String body) {
        return ClientMessage.builder().id(id).clientId(ClientId.of(client)).text(body)
                .receivedAt(received).from(ContactPoint.mobile(phone)).build();
    }
}
