package org.practicekit.x12;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;
import org.practicekit.core.billing.claim.ClaimPayment;
import org.practicekit.core.billing.claim.ProviderAdjustment;
import org.practicekit.core.billing.claim.Remittance;
import org.practicekit.core.billing.claim.ServicePayment;
import org.practicekit.core.billing.denial.Adjustment;
import org.practicekit.core.billing.denial.AdjustmentGroup;
import org.practicekit.x12.internal.Segment;
import org.practicekit.x12.internal.SegmentReader;
import org.practicekit.core.model.Money;

/**
 * Reads an X12 835 remittance (005010X221A1) into a {@link Remittance}: BPR payment, TRN trace, payer,
 * each CLP claim with its CAS adjustments and MOA remarks, each SVC line with DTM*472, CAS and LQ*HE
 * remark codes, and PLB provider adjustments. Remark codes are attached to the adjustments they explain
 * (the non-patient-responsibility ones of the same claim or line). Stateless and thread-safe.
 */
public final class RemittanceReader {
    public RemittanceReader() {
    }

    /**
     * Reads an interchange that carries one 835 transaction.
     *
     * @throws ValidationException listing every structural or value problem (by segment position), or
     *     when the interchange carries more than one transaction (read those with {@link #readAll})
     */
    public Remittance read(InputStream in) {
        List<Remittance> all = readAll(in);
        if (all.size() != 1) {
            // Returning only the first would silently drop a payer's payment.
            throw new ValidationException("835 remittance", List.of(new org.practicekit.core.FieldProblem("ST",
                    "the interchange carries " + all.size() + " transactions; read them one by one with readAll")));
        }
        return all.get(0);
    }

    /**
     * Reads every 835 transaction (ST to SE) of the interchange, in file order, each into its own
     * {@link Remittance} with its own payment (BPR), trace (TRN), payer and claims.
     *
     * @throws ValidationException listing every structural or value problem (by segment position) of every
     *     transaction; nothing is returned then
     */
    public List<Remittance> readAll(InputStream in) {
        Objects.requireNonNull(in, "in == null");
        List<Segment> segments = SegmentReader.read(in, "835 remittance");
        Problems problems = Problems.of("835 remittance");
        List<Remittance> out = new ArrayList<>();
        List<Segment> transaction = null;
        for (Segment s : segments) {
            if (s.tag().equals("ST")) {
                if (transaction != null) {
                    problems.add("segment " + s.position() + " (ST)", "starts a transaction before the previous one ended (SE)");
                }
                transaction = new ArrayList<>();
            }
            if (transaction != null) {
                transaction.add(s);
            }
            if (s.tag().equals("SE") && transaction != null) {
                transaction(transaction, problems).ifPresent(out::add);
                transaction = null;
            }
        }
        if (transaction != null) {
            problems.add("segment " + transaction.get(0).position() + " (ST)", "starts a transaction that never ends (SE)");
        }
        problems.require(!out.isEmpty() || !problems.isEmpty(), "ST", "no 835 transaction in the interchange");
        problems.throwIfAny();
        return List.copyOf(out);
    }

    /** One ST..SE transaction; its problems are added under its segment positions. */
    private static Optional<Remittance> transaction(List<Segment> segments, Problems problems) {
        int before = problems.list().size();
        Money payment = null;
        String method = "";
        LocalDate paymentDate = null;
        String trace = "";
        String payerName = "";
        String payerId = "";
        List<ClaimPayment> claims = new ArrayList<>();
        List<ProviderAdjustment> plb = new ArrayList<>();
        ClaimParts claim = null;
        LineParts line = null;
        for (Segment s : segments) {
            String at = "segment " + s.position() + " (" + s.tag() + ")";
            try {
                switch (s.tag()) {
                    case "ST" -> problems.require(s.el(1).equals("835"), at, "is not an 835 transaction");
                    case "BPR" -> {
                        payment = Money.usd(s.el(2));
                        method = s.el(4);
                        paymentDate = ProfessionalClaimWriter.date(s.el(16));
                    }
                    case "TRN" -> {
                        trace = s.el(2);
                        if (payerId.isEmpty()) {
                            payerId = s.el(3);
                        }
                    }
                    case "N1" -> {
                        if (s.el(1).equals("PR")) {
                            payerName = s.el(2);
                            if (!s.el(4).isEmpty()) {
                                payerId = s.el(4);
                            }
                        }
                    }
                    case "CLP" -> {
                        if (claim != null) {
                            claims.add(claim.build(line));
                        }
                        line = null;
                        claim = new ClaimParts(s.el(1), s.el(2), Money.usd(s.el(3)), Money.usd(orZero(s.el(4))),
                                Money.usd(orZero(s.el(5))), s.el(7));
                    }
                    case "CAS" -> {
                        if (claim != null) {
                            (line != null ? line.adjustments : claim.adjustments).addAll(adjustments(s));
                        }
                    }
                    case "MOA", "MIA" -> {
                        if (claim != null) {
                            int from = s.tag().equals("MOA") ? 3 : 20;
                            for (int i = from; i <= Math.min(s.elements().size(), from + 4); i++) {
                                if (!s.el(i).isEmpty() && s.el(i).matches("[A-Z]{1,2}[0-9]{1,3}")) {
                                    claim.remarks.add(s.el(i));
                                }
                            }
                        }
                    }
                    case "SVC" -> {
                        if (claim != null) {
                            if (line != null) {
                                claim.services.add(line.build());
                            }
                            List<String> proc = s.components(1);
                            line = new LineParts(s.component(1, 2), proc.size() > 2 ? proc.subList(2, proc.size()) : List.of(),
                                    Money.usd(s.el(2)), Money.usd(orZero(s.el(3))),
                                    s.el(5).isEmpty() ? 1 : (int) Double.parseDouble(s.el(5)));
                        }
                    }
                    case "DTM" -> {
                        if (line != null && s.el(1).equals("472")) {
                            line.date = ProfessionalClaimWriter.date(s.el(2));
                        }
                    }
                    case "LQ" -> {
                        if (line != null && s.el(1).equals("HE")) {
                            line.remarks.add(s.el(2));
                        }
                    }
                    case "PLB" -> {
                        for (int i = 3; i + 1 <= s.elements().size(); i += 2) {
                            if (!s.el(i).isEmpty()) {
                                plb.add(new ProviderAdjustment(s.component(i, 1), s.component(i, 2), Money.usd(s.el(i + 1))));
                            }
                        }
                    }
                    case "SE" -> {
                        if (claim != null) {
                            claims.add(claim.build(line));
                            claim = null;
                            line = null;
                        }
                    }
                    default -> {
                    }
                }
            } catch (RuntimeException e) {
                problems.add(at, "has a value that cannot be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        String st = "segment " + segments.get(0).position() + " (ST)";
        problems.require(payment != null, st, "transaction has no BPR payment");
        problems.require(!trace.isEmpty(), st, "transaction has no TRN trace");
        if (problems.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Remittance(payerName, payerId, payment, method, paymentDate, trace, claims, plb));
    }

    private static String orZero(String amount) {
        return amount.isEmpty() ? "0" : amount;
    }

    /** CAS: group, then up to six reason/amount/quantity triplets. */
    private static List<Adjustment> adjustments(Segment s) {
        AdjustmentGroup group = AdjustmentGroup.valueOf(s.el(1));
        List<Adjustment> out = new ArrayList<>();
        for (int i = 2; i <= s.elements().size(); i += 3) {
            if (!s.el(i).isEmpty()) {
                out.add(Adjustment.of(group, s.el(i), Money.usd(orZero(s.el(i + 1)))));
            }
        }
        return out;
    }

    /** Attaches remark codes to the adjustments they explain: the non-PR ones, or all when every one is PR. */
    private static List<Adjustment> withRemarks(List<Adjustment> adjustments, List<String> remarks) {
        if (remarks.isEmpty()) {
            return adjustments;
        }
        boolean anyNonPatient = adjustments.stream().anyMatch(a -> a.group() != AdjustmentGroup.PR);
        return adjustments.stream()
                .map(a -> !anyNonPatient || a.group() != AdjustmentGroup.PR
                        ? new Adjustment(a.group(), a.reasonCode(), a.amount(), remarks) : a)
                .toList();
    }

    private static final class ClaimParts {
        final String id;
        final String status;
        final Money charge;
        final Money paid;
        final Money patient;
        final String payerClaimNumber;
        final List<Adjustment> adjustments = new ArrayList<>();
        final List<String> remarks = new ArrayList<>();
        final List<ServicePayment> services = new ArrayList<>();

        ClaimParts(String id, String status, Money charge, Money paid, Money patient, String payerClaimNumber) {
            this.id = id;
            this.status = status;
            this.charge = charge;
            this.paid = paid;
            this.patient = patient;
            this.payerClaimNumber = payerClaimNumber;
        }

        ClaimPayment build(LineParts open) {
            if (open != null) {
                services.add(open.build());
            }
            return new ClaimPayment(id, status, charge, paid, patient, payerClaimNumber, withRemarks(adjustments, remarks),
                    services);
        }
    }

    private static final class LineParts {
        final String code;
        final List<String> modifiers;
        final Money charge;
        final Money paid;
        final int units;
        LocalDate date;
        final List<Adjustment> adjustments = new ArrayList<>();
        final List<String> remarks = new ArrayList<>();

        LineParts(String code, List<String> modifiers, Money charge, Money paid, int units) {
            this.code = code;
            this.modifiers = modifiers;
            this.charge = charge;
            this.paid = paid;
            this.units = units;
        }

        ServicePayment build() {
            return new ServicePayment(code, modifiers, charge, paid, units, Optional.ofNullable(date),
                    withRemarks(adjustments, remarks));
        }
    }
}
