package org.practicekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.spi.DeliveryReceipt;
import org.practicekit.core.spi.MessageChannel;
import org.practicekit.core.spi.OutboundMessage;

/**
 * The contract every {@link MessageChannel} must pass: one delivery per idempotency key. Extend it,
 * return a fresh channel from {@link #newChannel()}, and report what it delivered from
 * {@link #deliveredCount(MessageChannel)}.
 */
public abstract class MessageChannelContract {
    protected abstract MessageChannel newChannel();

    /** How many distinct messages the channel actually delivered. */
    protected abstract int deliveredCount(MessageChannel channel);

    private MessageChannel channel;

    @BeforeEach
    void createChannel() {
        channel = newChannel();
    }

    private static OutboundMessage message(String key) {
        return OutboundMessage.builder().idempotencyKey(key).clientId(ClientId.of("c-1"))
                .to(ContactPoint.mobile("+13125550148")).body("Your intake forms are ready: https://portal.example/t/abc")
                .purpose("intake.packet").build();
    }

    @Test
    void aNewKeyIsDelivered() {
        DeliveryReceipt receipt = channel.send(message("k-1"));
        assertThat(receipt.duplicate()).isFalse();
        assertThat(receipt.idempotencyKey()).isEqualTo("k-1");
        assertThat(deliveredCount(channel)).isEqualTo(1);
    }

    @Test
    void theSameKeyIsDeliveredOnceAndReportedAsDuplicate() {
        DeliveryReceipt first = channel.send(message("k-1"));
        DeliveryReceipt second = channel.send(message("k-1"));
        assertThat(second.duplicate()).isTrue();
        assertThat(second.providerMessageId()).isEqualTo(first.providerMessageId());
        assertThat(deliveredCount(channel)).isEqualTo(1);
    }

    @Test
    void differentKeysAreDifferentMessages() {
        channel.send(message("k-1"));
        channel.send(message("k-2"));
        assertThat(deliveredCount(channel)).isEqualTo(2);
    }
}
