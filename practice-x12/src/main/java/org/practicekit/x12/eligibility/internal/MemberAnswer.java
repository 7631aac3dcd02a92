package org.practicekit.x12.eligibility.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.practicekit.core.model.Money;
import org.practicekit.core.spi.CostShare;
import org.practicekit.core.spi.EligibilityRejection;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.core.spi.VisitLimit;

/**
 * What a 271 says about one subscriber (2000C) or dependent (2000D), gathered segment by segment, and
 * how it becomes an {@link EligibilityResult}. Benefits are read from the most specific service type the
 * payer answered for outpatient mental health: A8 (psychiatric outpatient) or CF (mental-health provider,
 * outpatient), then MH or CH (mental-health facility, outpatient), A6 (psychotherapy),
 * A4 (psychiatric), then 98 (office visit), then the plan as a whole (30, or no service type).
 */
public final class MemberAnswer {
    /** Service types in the order a therapy practice trusts them for outpatient mental health. */
    private static final List<List<String>> SPECIFICITY = List.of(List.of("A8", "CF"), List.of("MH", "CH"), List.of("A6"),
            List.of("A4"), List.of("98"), List.of("30", ""));
    private static final int MENTAL_HEALTH_GROUPS = 4;

    public final boolean dependent;
    public String inquiryTrace = "";
    public String payerTrace = "";
    public LocalDate begins;
    public LocalDate ends;
    public LocalDate inquiryDate;
    public final List<EligibilityRejection> rejections = new ArrayList<>();
    public final List<Benefit> benefits = new ArrayList<>();

    public MemberAnswer(boolean dependent) {
        this.dependent = dependent;
    }

    /**
     * The result as of {@code asOf} (the service date): coverage that ends before it or begins after it
     * is inactive, whatever the status code says.
     */
    public EligibilityResult result(LocalDate asOf, Instant checkedAt, List<EligibilityRejection> sourceRejections) {
        EligibilityResult.Builder r = EligibilityResult.builder().checkedAt(checkedAt)
                .payerReference(!payerTrace.isEmpty() ? payerTrace : inquiryTrace);
        List<String> notes = new ArrayList<>();
        Optional<EligibilityRejection> rejection = rejections.stream().findFirst()
                .or(() -> benefits.isEmpty() ? sourceRejections.stream().findFirst() : Optional.empty());
        if (ends != null) {
            r.coverageEnds(ends);
        }
        if (benefits.isEmpty() || benefits.stream().noneMatch(Benefit::isStatus) && rejection.isPresent()) {
            rejection.ifPresent(j -> {
                r.rejection(j);
                notes.add(j.forStaff());
            });
            if (rejection.isEmpty()) {
                notes.add("the payer sent no coverage status; verify by phone or portal");
            }
            return r.status(EligibilityResult.Status.UNKNOWN).note(String.join("; ", notes)).build();
        }
        EligibilityResult.Status stated = status(notes);
        EligibilityResult.Status status = stated;
        if (stated == EligibilityResult.Status.ACTIVE && ends != null && ends.isBefore(asOf)) {
            status = EligibilityResult.Status.INACTIVE;
            notes.add("coverage ended " + ends);
        } else if (stated == EligibilityResult.Status.ACTIVE && begins != null && begins.isAfter(asOf)) {
            status = EligibilityResult.Status.INACTIVE;
            notes.add("coverage begins " + begins);
        }
        r.status(status);
        int group = mentalHealthGroup();
        r.mentalHealthBenefit(benefit(group, notes));
        if (group == SPECIFICITY.size() - 1 || group < 0) {
            if (benefits.stream().anyMatch(b -> b.code().length() == 1 && "ABCF".contains(b.code()))) {
                notes.add("cost sharing is stated for the plan as a whole, not for mental health");
            }
        }
        r.inNetwork(costShare(true)).outOfNetwork(costShare(false));
        visitLimit(notes).ifPresent(r::visitLimit);
        int scope = group >= 0 && group < MENTAL_HEALTH_GROUPS ? MENTAL_HEALTH_GROUPS : SPECIFICITY.size();
        r.priorAuthorizationRequired(benefits.stream().filter(b -> groupOf(b) < scope)
                .anyMatch(b -> b.authorizationRequired().equals("Y")));
        rejection.filter(j -> stated != EligibilityResult.Status.ACTIVE).ifPresent(j -> {
            r.rejection(j);
            notes.add(j.forStaff());
        });
        return r.note(String.join("; ", notes)).build();
    }

    /** The plan's status (30 or no service type) when stated, else the mental-health benefits' status. */
    private EligibilityResult.Status status(List<String> notes) {
        List<Benefit> plan = benefits.stream().filter(Benefit::isStatus).filter(b -> groupOf(b) == SPECIFICITY.size() - 1)
                .toList();
        List<Benefit> any = plan.isEmpty() ? benefits.stream().filter(Benefit::isStatus).toList() : plan;
        if (any.stream().anyMatch(Benefit::isActive)) {
            return EligibilityResult.Status.ACTIVE;
        }
        if (any.stream().anyMatch(Benefit::isInactive)) {
            return EligibilityResult.Status.INACTIVE;
        }
        notes.add("the payer could not state a coverage status; verify by phone or portal");
        return EligibilityResult.Status.UNKNOWN;
    }

    /** The most specific mental-health group the payer answered (0 = A8/CF .. 3 = A4), else the fallback group, else -1. */
    private int mentalHealthGroup() {
        return benefits.stream().mapToInt(MemberAnswer::groupOf).filter(g -> g < SPECIFICITY.size()).min().orElse(-1);
    }

    private EligibilityResult.MentalHealthBenefit benefit(int group, List<String> notes) {
        if (group < 0 || group >= MENTAL_HEALTH_GROUPS) {
            return EligibilityResult.MentalHealthBenefit.UNKNOWN;
        }
        List<Benefit> mh = benefits.stream().filter(b -> groupOf(b) < MENTAL_HEALTH_GROUPS).toList();
        boolean covered = mh.stream().anyMatch(b -> b.isActive() || (b.code().length() == 1 && "ABCFG".contains(b.code())));
        if (covered) {
            return EligibilityResult.MentalHealthBenefit.COVERED;
        }
        if (mh.stream().anyMatch(b -> b.code().equals("I") || b.isInactive())) {
            return EligibilityResult.MentalHealthBenefit.NOT_COVERED;
        }
        if (mh.stream().anyMatch(b -> b.code().equals("U"))) {
            notes.add("the payer names another entity for mental-health benefits (a behavioral-health plan); verify with it");
        }
        return EligibilityResult.MentalHealthBenefit.UNKNOWN;
    }

    private CostShare costShare(boolean inNetwork) {
        CostShare c = CostShare.unknown();
        Optional<Benefit> copay = best(b -> b.code().equals("B") && b.amount().isPresent(), inNetwork);
        Optional<Benefit> coinsurance = best(b -> b.code().equals("A") && b.percent().isPresent(), inNetwork);
        Optional<Benefit> deductible = best(b -> b.code().equals("C") && b.amount().isPresent() && !b.isRemaining(),
                inNetwork);
        Optional<Benefit> remaining = best(b -> b.code().equals("C") && b.amount().isPresent() && b.isRemaining(),
                inNetwork);
        if (copay.isPresent()) {
            c = c.withCopay(copay.get().amount().orElseThrow());
        }
        if (coinsurance.isPresent()) {
            BigDecimal p = coinsurance.get().percent().orElseThrow();
            BigDecimal percent = (p.compareTo(BigDecimal.ONE) <= 0 ? p.movePointRight(2) : p).stripTrailingZeros();
            c = c.withCoinsurancePercent(percent.scale() < 0 ? percent.setScale(0) : percent);
        }
        if (deductible.isPresent()) {
            c = c.withDeductible(deductible.get().amount().orElseThrow());
        }
        if (remaining.isPresent()) {
            c = c.withDeductibleRemaining(remaining.get().amount().orElseThrow());
        }
        return c;
    }

    /** The benefit matching {@code p} in the most specific group, the individual's before the family's. */
    private Optional<Benefit> best(Predicate<Benefit> p, boolean inNetwork) {
        return benefits.stream().filter(p).filter(b -> b.appliesTo(inNetwork) && groupOf(b) < SPECIFICITY.size())
                .min(Comparator.comparingInt(MemberAnswer::groupOf)
                        .thenComparingInt(b -> b.coverageLevel().equals("IND") || b.coverageLevel().isEmpty() ? 0 : 1));
    }

    private Optional<VisitLimit> visitLimit(List<String> notes) {
        Predicate<Benefit> visits = b -> b.code().equals("F") && b.quantityQualifier().equals("VS") && b.quantity().isPresent();
        Optional<Integer> left = best(visits.and(Benefit::isRemaining), true).map(MemberAnswer::count);
        Optional<Integer> used = best(visits.and(b -> b.period().equals("24")), true).map(MemberAnswer::count);
        Optional<Integer> allowed = best(visits.and(b -> !b.isRemaining() && !b.period().equals("24")
                && !b.period().equals("30")), true).map(MemberAnswer::count);
        if (best(visits.and(b -> b.period().equals("30")), true).isPresent()) {
            left = Optional.of(0);
        }
        if (left.isPresent()) {
            int remaining = left.get();
            OptionalInt max = allowed.filter(a -> a >= remaining).map(OptionalInt::of).orElse(OptionalInt.empty());
            return Optional.of(new VisitLimit(remaining, max));
        }
        if (allowed.isPresent() && used.isPresent()) {
            return Optional.of(VisitLimit.of(allowed.get(), used.get()));
        }
        if (allowed.isPresent()) {
            notes.add("visit limit " + allowed.get() + "; visits used not stated");
            return Optional.of(new VisitLimit(allowed.get(), OptionalInt.of(allowed.get())));
        }
        return Optional.empty();
    }

    private static int count(Benefit b) {
        return b.quantity().orElseThrow().intValue();
    }

    /** The specificity group of a benefit: its most specific service type. */
    private static int groupOf(Benefit b) {
        List<String> types = b.serviceTypes().isEmpty() ? List.of("") : b.serviceTypes();
        int best = Integer.MAX_VALUE;
        for (String t : types) {
            for (int g = 0; g < SPECIFICITY.size(); g++) {
                if (SPECIFICITY.get(g).contains(t)) {
                    best = Math.min(best, g);
                }
            }
        }
        return best;
    }

    /** Parses an EB07 amount; empty when absent. */
    public static Optional<Money> amount(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(Money.usd(new BigDecimal(value).setScale(2,
                java.math.RoundingMode.HALF_UP).toPlainString()));
    }

    /** Parses an EB08 percent or EB10 quantity; empty when absent. */
    public static Optional<BigDecimal> decimal(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(value));
    }
}
