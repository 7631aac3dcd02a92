package org.practicekit.x12.eligibility;

import java.time.LocalDate;
import java.time.ZoneId;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.spi.EligibilityRequest;

/** The questions the module's own tests ask: Ana as subscriber, Leo as his mother's dependent. */
final class ClearinghouseContractRequests {
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");

    private ClearinghouseContractRequests() {
    }

    static EligibilityRequest ana() {
        Client ana = Client.builder().id("c-1042").name("Ana", "Ruiz").birthDate(LocalDate.of(1990, 5, 17)).zone(ZONE).build();
        return EligibilityRequest.builder().client(ana).coverage(Coverage.builder().payerName("Lakeshore Health Plan")
                .payerId("LKS01").payerKind(PayerKind.COMMERCIAL).memberId("LKS88120034").build())
                .serviceDate(LocalDate.of(2026, 11, 5)).build();
    }

    static EligibilityRequest leo() {
        Client leo = Client.builder().id("c-2077").name("Leo", "Ruiz").birthDate(LocalDate.of(2011, 2, 20)).zone(ZONE).build();
        return EligibilityRequest.builder().client(leo).coverage(Coverage.builder().payerName("Lakeshore Health Plan")
                .payerId("LKS01").payerKind(PayerKind.COMMERCIAL).memberId("LKS55102266")
                .subscriber(PersonName.of("Marta", "Ruiz"), Coverage.Relationship.CHILD).build())
                .serviceDate(LocalDate.of(2026, 11, 5)).build();
    }
}
