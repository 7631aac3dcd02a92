package org.practicekit.core.eligibility.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalInt;
import org.practicekit.core.model.Money;
import org.practicekit.core.spi.CostShare;
import org.practicekit.core.spi.EligibilityRejection;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.core.store.StoredFields;

/**
 * Stores an {@link EligibilityResult} in a workflow record's fields under a prefix, and reads it back.
 * Shared by the intake case and the eligibility watch so both keep every part of the payer's answer.
 * The in-network copay and remaining deductible keep the keys intake cases were first stored with.
 */
public final class StoredEligibility {
    private StoredEligibility() {
    }

    /** Writes {@code r} under {@code prefix} ("eligibility."). */
    public static void put(StoredFields f, String prefix, EligibilityResult r) {
        f.put(prefix + "status", r.status().name()).put(prefix + "benefit", r.mentalHealthBenefit().name())
                .put(prefix + "priorAuth", r.priorAuthorizationRequired())
                .put(prefix + "reference", r.payerReference()).put(prefix + "note", r.note())
                .put(prefix + "checkedAt", r.checkedAt().toString());
        costShare(f, prefix, "", r.inNetwork());
        costShare(f, prefix, "oon.", r.outOfNetwork());
        r.visitLimit().ifPresent(v -> {
            f.put(prefix + "visits.remaining", v.remaining());
            v.allowed().ifPresent(a -> f.put(prefix + "visits.allowed", a));
        });
        f.putOptional(prefix + "ends", r.coverageEnds());
        r.rejection().ifPresent(j -> f.put(prefix + "rejection.code", j.code()).put(prefix + "rejection.reason", j.reason())
                .put(prefix + "rejection.followUp", j.followUp().name()));
    }

    /** Reads what {@link #put} wrote under {@code prefix}; empty when nothing was stored. */
    public static Optional<EligibilityResult> get(StoredFields f, String prefix) {
        if (f.get(prefix + "status").isEmpty()) {
            return Optional.empty();
        }
        EligibilityResult.Builder e = EligibilityResult.builder()
                .status(EligibilityResult.Status.valueOf(f.require(prefix + "status")))
                .mentalHealthBenefit(EligibilityResult.MentalHealthBenefit.valueOf(f.require(prefix + "benefit")))
                .priorAuthorizationRequired(f.requireBoolean(prefix + "priorAuth"))
                .payerReference(f.require(prefix + "reference")).note(f.require(prefix + "note"))
                .checkedAt(Instant.parse(f.require(prefix + "checkedAt")))
                .inNetwork(costShare(f, prefix, "")).outOfNetwork(costShare(f, prefix, "oon."));
        f.get(prefix + "visits.remaining").ifPresent(v -> e.visitLimit(new org.practicekit.core.spi.VisitLimit(
                Integer.parseInt(v), f.get(prefix + "visits.allowed").map(a -> OptionalInt.of(Integer.parseInt(a)))
                        .orElse(OptionalInt.empty()))));
        f.get(prefix + "ends").ifPresent(d -> e.coverageEnds(LocalDate.parse(d)));
        f.get(prefix + "rejection.code").ifPresent(code -> e.rejection(new EligibilityRejection(code,
                f.require(prefix + "rejection.reason"),
                EligibilityRejection.FollowUp.valueOf(f.require(prefix + "rejection.followUp")))));
        return Optional.of(e.build());
    }

    private static void costShare(StoredFields f, String prefix, String tier, CostShare c) {
        String copayKey = tier.isEmpty() ? "copay" : tier + "copay";
        String remainingKey = tier.isEmpty() ? "deductible" : tier + "deductibleRemaining";
        c.copay().ifPresent(m -> f.put(prefix + copayKey, money(m)));
        c.deductibleRemaining().ifPresent(m -> f.put(prefix + remainingKey, money(m)));
        c.deductible().ifPresent(m -> f.put(prefix + tier + "deductibleTotal", money(m)));
        c.coinsurancePercent().ifPresent(p -> f.put(prefix + tier + "coinsurance", p.toPlainString()));
    }

    private static CostShare costShare(StoredFields f, String prefix, String tier) {
        String copayKey = tier.isEmpty() ? "copay" : tier + "copay";
        String remainingKey = tier.isEmpty() ? "deductible" : tier + "deductibleRemaining";
        CostShare c = CostShare.unknown();
        Optional<String> copay = f.get(prefix + copayKey);
        Optional<String> remaining = f.get(prefix + remainingKey);
        Optional<String> total = f.get(prefix + tier + "deductibleTotal");
        Optional<String> coinsurance = f.get(prefix + tier + "coinsurance");
        if (copay.isPresent()) {
            c = c.withCopay(money(copay.get()));
        }
        if (remaining.isPresent()) {
            c = c.withDeductibleRemaining(money(remaining.get()));
        }
        if (total.isPresent()) {
            c = c.withDeductible(money(total.get()));
        }
        if (coinsurance.isPresent()) {
            c = c.withCoinsurancePercent(new BigDecimal(coinsurance.get()));
        }
        return c;
    }

    private static String money(Money m) {
        return m.minorUnits() + " " + m.currency().getCurrencyCode();
    }

    private static Money money(String stored) {
        String[] p = stored.split(" ");
        return new Money(Long.parseLong(p[0]), Currency.getInstance(p[1]));
    }
}
