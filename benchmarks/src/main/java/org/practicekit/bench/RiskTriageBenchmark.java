package org.practicekit.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.practicekit.core.messaging.ClientMessage;
import org.practicekit.core.messaging.ClientMessageDesk;
import org.practicekit.core.messaging.MessageIntent;
import org.practicekit.core.messaging.RiskAssessment;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.core.messaging.TriageOutcome;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.core.spi.DeliveryReceipt;

/**
 * Client messages triaged per second on one thread: {@code RiskClassifier.standard()} (phrase rules,
 * lexical model, language check) on a mixed set and on routine traffic, and the whole desk (triage,
 * escalation or routing, audit) on no-op ports, against lower-casing the same message as the
 * baseline (the least any text triage must do). The combined classifier with the semantic layer is
 * measured per message in {@link CombinedTriageBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RiskTriageBenchmark {
    static final List<String> MESSAGES = List.of(
            "Can I reschedule my appointment on Tuesday? Something came up at work and I can't make the 3pm.",
            "I've been saving up my pills and I don't think I can keep going",
            "This traffic is killing me, running 10 minutes late!",
            "My insurance changed last month, I have a new card. Do you need a photo of the front and back?",
            "honestly everyone would be better off without me",
            "I killed it at my interview today!! Thank you so much for helping me prepare, the breathing really worked.",
            "I'm not suicidal, just really tired this week. Work has been a lot and my sleep is off.",
            "Me quiero morir",
            "The consent form link isn't working, it says the page expired",
            "kms",
            "I relapsed and I feel hopeless, what's the point of any of this",
            "My daughter said she wants to kill herself and locked herself in her room",
            "Thank you for today. I read the book you recommended and started the worksheet. See you next week.",
            "Why was I charged a late cancellation fee? I called the day before to cancel.",
            "My husband hit me again last night and I'm afraid to go home",
            "ngl the journaling thing is kinda helping, had a decent week");

    /** What most of a practice's inbox is: confirmations, keywords, scheduling, billing, forms. */
    static final List<String> ROUTINE = List.of(
            "C", "YES", "Confirmed, see you Thursday!", "running 5 min late sorry", "STOP",
            "Can I move my 3pm to Friday afternoon?", "Is my copay still $30 this year?",
            "The intake link says expired, can you resend it?", "Do you have anything earlier next week?",
            "thanks so much, that helped", "Can I get a superbill for October and November?",
            "My new insurance card came, it's Aetna now", "2", "Is parking validated at the new office?",
            "Could you send the worksheet again? I lost it", "ok see u then");

    private String[] routine;
    private int nextRoutine;
    /** A practice's inbox: four routine messages to every crisis message of the mixed set. */
    private String[] inbox;
    private int nextInbox;

    private ClientMessage[] messages;
    private RiskClassifier rules;
    private ClientMessageDesk desk;
    private int next;

    @Setup
    public void setUp() {
        rules = RiskClassifier.standard();
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T15:00:00Z"), ZoneOffset.UTC);
        AuditLog noAudit = new AuditLog() {
            @Override
            public void record(AuditEvent event) {
            }

            @Override
            public List<AuditEvent> find(Instant from, Instant to) {
                return List.of();
            }
        };
        desk = ClientMessageDesk.builder().clock(clock).audit(noAudit).escalation(e -> { })
                .channel(m -> new DeliveryReceipt(m.idempotencyKey(), "bench", false, clock.instant()))
                .inbox(MessageIntent.SCHEDULING, m -> { }).inbox(MessageIntent.INTAKE, m -> { })
                .inbox(MessageIntent.BILLING, m -> { }).staffInbox(m -> { }).build();
        routine = ROUTINE.toArray(new String[0]);
        int[] crisis = {1, 4, 11, 14}; // saved pills, better off without me, a daughter at risk, hit at home
        List<String> mix = new java.util.ArrayList<>();
        for (int i = 0; i < ROUTINE.size(); i++) {
            mix.add(ROUTINE.get(i));
            if (i % 4 == 3) {
                mix.add(MESSAGES.get(crisis[i / 4]));
            }
        }
        inbox = mix.toArray(new String[0]);
        messages = new ClientMessage[MESSAGES.size()];
        for (int i = 0; i < messages.length; i++) {
            messages[i] = ClientMessage.builder().id("bench-" + i).clientId(ClientId.of("c-" + i)).text(MESSAGES.get(i))
                    .receivedAt(clock.instant()).from(ContactPoint.mobile("+1555123" + String.format("%04d", i))).build();
        }
    }

    private ClientMessage nextMessage() {
        ClientMessage m = messages[next];
        next = (next + 1) % messages.length;
        return m;
    }

    @Benchmark
    public String baselineLowerCase() {
        return nextMessage().text().toLowerCase(Locale.ROOT);
    }

    /** {@code RiskClassifier.standard()} over the mixed set: half crisis, half ordinary. */
    @Benchmark
    public RiskAssessment rulesAssess() {
        return rules.assess(nextMessage().text());
    }

    /** {@code RiskClassifier.standard()} over an inbox-like mix: four routine messages to one crisis message. */
    @Benchmark
    public RiskAssessment rulesAssessInbox() {
        String m = inbox[nextInbox];
        nextInbox = (nextInbox + 1) % inbox.length;
        return rules.assess(m);
    }

    /** {@code RiskClassifier.standard()} over routine traffic, what an inbox mostly holds. */
    @Benchmark
    public RiskAssessment rulesAssessRoutine() {
        String m = routine[nextRoutine];
        nextRoutine = (nextRoutine + 1) % routine.length;
        return rules.assess(m);
    }

    @Benchmark
    public TriageOutcome deskReceive() {
        return desk.receive(nextMessage());
    }
}
