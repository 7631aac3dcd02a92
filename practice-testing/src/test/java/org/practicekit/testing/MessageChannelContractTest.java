package org.practicekit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.inmemory.OutboxMessageChannel;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.spi.MessageChannel;
import org.practicekit.core.spi.OutboundMessage;

class MessageChannelContractTest {
    private static final TestClock CLOCK = TestClock.at(Instant.parse("2026-11-30T12:00:00Z"));

    @Nested
    class Outbox extends MessageChannelContract {
        @Override
        protected MessageChannel newChannel() {
            return new OutboxMessageChannel(CLOCK);
        }

        @Override
        protected int deliveredCount(MessageChannel channel) {
            return ((OutboxMessageChannel) channel).messages().size();
        }
    }

    @Nested
    class Recording extends MessageChannelContract {
        @Override
        protected MessageChannel newChannel() {
            return RecordingMessageChannel.create(CLOCK);
        }

        @Override
        protected int deliveredCount(MessageChannel channel) {
            return ((RecordingMessageChannel) channel).delivered().size();
        }
    }

    @Test
    void scriptedFailuresDeliverNothingThenRecover() {
        RecordingMessageChannel channel = RecordingMessageChannel.create(CLOCK).failNext(1);
        OutboundMessage m = OutboundMessage.builder().idempotencyKey("k").clientId(ClientId.of("c-1"))
                .to(ContactPoint.mobile("+13125550148")).body("Reminder: appointment tomorrow at 10:00 AM")
                .purpose("appointment.reminder").build();
        assertThatThrownBy(() -> channel.send(m)).isInstanceOf(RetriableException.class);
        assertThat(channel.delivered()).isEmpty();
        channel.send(m);
        assertThat(channel.delivered()).hasSize(1);
        assertThat(channel.attempts()).hasSize(2);
        channel.failWhen(x -> true);
        assertThatThrownBy(() -> channel.send(m.toBuilder().idempotencyKey("k2").build()))
                .isInstanceOf(NonRetriableException.class);
    }
}
