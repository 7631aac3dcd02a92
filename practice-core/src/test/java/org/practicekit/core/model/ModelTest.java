package org.practicekit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void phonesNormalizeToE164() {
        assertThat(ContactPoint.normalizePhone("(555) 234-5678")).isEqualTo("+15552345678");
        assertThat(ContactPoint.normalizePhone("1 555 234 5678")).isEqualTo("+15552345678");
        assertThat(ContactPoint.normalizePhone("+44 20 7946 0958")).isEqualTo("+442079460958");
        assertThat(ContactPoint.normalizePhone("555-0100")).isEmpty();
        assertThat(ContactPoint.normalizePhone("call me")).isEmpty();
    }

    @Test
    void contactPointsRejectMalformedValues() {
        assertThatThrownBy(() -> ContactPoint.mobile("5552345678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactPoint.email("ana@")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ContactPoint.email("ana@example.org").value()).isEqualTo("ana@example.org");
    }

    @Test
    void phiDoesNotLeakThroughToString() {
        Client client = Client.builder().id("c-17").name("Keisha", "Marlowe").birthDate(LocalDate.of(1988, 4, 2))
                .addContact(ContactPoint.mobile("+15552345678")).build();
        assertThat(client.toString()).doesNotContain("Keisha", "Marlowe", "1988", "5552345678");
        assertThat(client.name().toString()).doesNotContain("Keisha");
        assertThat(client.contacts().get(0).toString()).doesNotContain("55523456");
    }

    @Test
    void buildersCopyAndDeriveWithoutSharingState() {
        Client a = Client.builder().id("c-1").name("Ana", "Ruiz").addContact(ContactPoint.email("ana@example.org")).build();
        Client b = a.toBuilder().addContact(ContactPoint.mobile("+15552345678")).build();
        assertThat(a.contacts()).hasSize(1);
        assertThat(b.contacts()).hasSize(2);
        assertThat(a).isEqualTo(a.toBuilder().build());
        assertThatThrownBy(() -> a.contacts().add(ContactPoint.email("x@example.org")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void timeSlotsOverlapOnlyWhenTheyShareTime() {
        Instant nine = Instant.parse("2026-03-09T13:00:00Z");
        TimeSlot first = TimeSlot.of(nine, Duration.ofMinutes(53));
        TimeSlot touching = TimeSlot.of(first.end(), Duration.ofMinutes(53));
        TimeSlot inside = TimeSlot.of(nine.plus(Duration.ofMinutes(30)), Duration.ofMinutes(10));
        assertThat(first.overlaps(touching)).isFalse();
        assertThat(first.overlaps(inside)).isTrue();
        assertThat(first.widen(Duration.ZERO, Duration.ofMinutes(7)).overlaps(touching)).isTrue();
        assertThatThrownBy(() -> new TimeSlot(nine, nine)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moneyIsExact() {
        assertThat(Money.usd("25.10").plus(Money.usd("0.20"))).isEqualTo(Money.usd("25.30"));
        assertThat(Money.usd("100.00").minus(Money.usd("100.01")).isNegative()).isTrue();
        assertThatThrownBy(() -> Money.usd("1.005")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void screeningScoresMustAddUp() {
        ScreeningScore phq = new ScreeningScore(ScreeningScore.Instrument.PHQ9, java.util.List.of(1, 1, 1, 1, 1, 1, 1, 1, 0), 8, "mild");
        assertThat(phq.total()).isEqualTo(8);
        assertThatThrownBy(() -> new ScreeningScore(ScreeningScore.Instrument.GAD7, java.util.List.of(1, 1), 2, "minimal"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inPersonAppointmentsNeedALocation() {
        assertThatThrownBy(() -> Appointment.builder().id(AppointmentId.of("a1")).clientId(ClientId.of("c1"))
                .clinicianId(ClinicianId.of("d1")).serviceType(ServiceType.INDIVIDUAL)
                .slot(TimeSlot.of(Instant.EPOCH, Duration.ofMinutes(53))).modality(Modality.IN_PERSON).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("location");
    }
}
