package org.practicekit.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.practicekit.core.eligibility.internal.StoredEligibility;
import org.practicekit.core.model.Money;
import org.practicekit.core.spi.CostShare;
import org.practicekit.core.spi.EligibilityRejection;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.core.spi.VisitLimit;
import org.practicekit.core.store.StoredFields;

class StoredEligibilityTest {
    @Test
    void everyPartOfThePayersAnswerSurvivesTheStore() {
        EligibilityResult full = EligibilityResult.builder().status(EligibilityResult.Status.ACTIVE)
                .mentalHealthBenefit(EligibilityResult.MentalHealthBenefit.COVERED).priorAuthorizationRequired(true)
                .inNetwork(CostShare.unknown().withCopay(Money.usd("30.00")).withCoinsurancePercent(new BigDecimal("20"))
                        .withDeductible(Money.usd("500.00")).withDeductibleRemaining(Money.usd("125.50")))
                .outOfNetwork(CostShare.unknown().withCoinsurancePercent(new BigDecimal("40")))
                .visitLimit(VisitLimit.of(20, 8)).coverageEnds(LocalDate.of(2026, 12, 31))
                .rejection(new EligibilityRejection("42", "unable to respond", EligibilityRejection.FollowUp.RETRY_LATER))
                .payerReference("93175-012547").note("from the 271").checkedAt(Instant.parse("2026-11-02T15:00:00Z"))
                .build();
        StoredFields f = StoredFields.create();
        StoredEligibility.put(f, "eligibility.", full);

        EligibilityResult back = StoredEligibility.get(StoredFields.decode(f.encode()), "eligibility.").orElseThrow();

        assertThat(back).isEqualTo(full);
        assertThat(back.visitLimit().orElseThrow().used()).hasValue(8);
        assertThat(StoredEligibility.get(StoredFields.create(), "eligibility.")).isEmpty();
    }
}
