package org.practicekit.x12;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;
import org.practicekit.core.billing.claim.ClaimFrequency;
import org.practicekit.x12.internal.Segment;
import org.practicekit.x12.internal.SegmentReader;
import org.practicekit.core.model.Money;

/**
 * Reads the claims of an 837P interchange (005010X222A1) into {@link ProfessionalClaimRecord}s. StAEDI
 * checks the envelope and control counts; the loops are mapped here. Stateless and thread-safe.
 */
public final class ProfessionalClaimReader {
    public ProfessionalClaimReader() {
    }

    /**
     * Reads every claim in the interchange.
     *
     * @throws ValidationException listing every structural or value problem (by segment position)
     */
    public List<ProfessionalClaimRecord> read(InputStream in) {
        Objects.requireNonNull(in, "in == null");
        List<Segment> segments = SegmentReader.read(in, "837P interchange");
        Problems problems = Problems.of("837P interchange");
        List<ProfessionalClaimRecord> out = new ArrayList<>();
        String billingNpi = "";
        String memberId = "";
        String payerId = "";
        ClaimBuilder claim = null;
        LineBuilder line = null;
        for (Segment s : segments) {
            String at = "segment " + s.position() + " (" + s.tag() + ")";
            try {
                switch (s.tag()) {
                    case "ST" -> problems.require(s.el(1).equals("837"), at, "is not an 837 transaction");
                    case "NM1" -> {
                        switch (s.el(1)) {
                            case "85" -> billingNpi = s.el(9);
                            case "IL" -> memberId = s.el(9);
                            case "PR" -> payerId = s.el(9);
                            case "82" -> {
                                if (claim != null) {
                                    claim.renderingNpi = s.el(9);
                                }
                            }
                            default -> {
                            }
                        }
                    }
                    case "HL", "SE" -> {
                        line = null;
                        if (claim != null) {
                            out.add(claim.build(billingNpi));
                            claim = null;
                        }
                    }
                    case "CLM" -> {
                        if (claim != null) {
                            out.add(claim.build(billingNpi));
                        }
                        line = null;
                        claim = new ClaimBuilder(s.el(1), Money.usd(s.el(2)), s.component(5, 1),
                                ClaimFrequency.ofCode(s.component(5, 3)), memberId, payerId);
                    }
                    case "REF" -> {
                        if (claim != null && line == null) {
                            if (s.el(1).equals("G1")) {
                                claim.priorAuthorization = s.el(2);
                            } else if (s.el(1).equals("F8")) {
                                claim.original = s.el(2);
                            }
                        }
                    }
                    case "HI" -> {
                        if (claim != null) {
                            for (int i = 1; i <= s.elements().size(); i++) {
                                claim.diagnoses.add(s.component(i, 2));
                            }
                        }
                    }
                    case "LX" -> {
                        if (claim != null) {
                            line = new LineBuilder();
                            claim.lines.add(line);
                        }
                    }
                    case "SV1" -> {
                        if (line != null) {
                            List<String> proc = s.components(1);
                            line.code = s.component(1, 2);
                            line.modifiers = proc.size() > 2 ? proc.subList(2, proc.size()) : List.of();
                            line.charge = Money.usd(s.el(2));
                            line.units = s.el(4).isEmpty() ? 1 : (int) Double.parseDouble(s.el(4));
                            line.pointers = s.components(7).stream().map(Integer::parseInt).toList();
                        }
                    }
                    case "DTP" -> {
                        if (line != null && s.el(1).equals("472")) {
                            line.date = ProfessionalClaimWriter.date(s.el(3));
                        }
                    }
                    default -> {
                    }
                }
            } catch (RuntimeException e) {
                problems.add(at, "has a value that cannot be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        problems.throwIfAny();
        return out;
    }

    private static final class ClaimBuilder {
        final String id;
        final Money total;
        final String pos;
        final ClaimFrequency frequency;
        final String memberId;
        final String payerId;
        String priorAuthorization = "";
        String original = "";
        String renderingNpi = "";
        final List<String> diagnoses = new ArrayList<>();
        final List<LineBuilder> lines = new ArrayList<>();

        ClaimBuilder(String id, Money total, String pos, ClaimFrequency frequency, String memberId, String payerId) {
            this.id = id;
            this.total = total;
            this.pos = pos;
            this.frequency = frequency;
            this.memberId = memberId;
            this.payerId = payerId;
        }

        ProfessionalClaimRecord build(String billingNpi) {
            return new ProfessionalClaimRecord(id, total, pos, frequency, priorAuthorization, original, diagnoses, memberId,
                    payerId, billingNpi, renderingNpi, lines.stream().map(LineBuilder::build).toList());
        }
    }

    private static final class LineBuilder {
        String code = "";
        List<String> modifiers = List.of();
        Money charge = Money.zero();
        int units = 1;
        List<Integer> pointers = List.of();
        LocalDate date = LocalDate.MIN;

        ProfessionalClaimRecord.Line build() {
            return new ProfessionalClaimRecord.Line(code, modifiers, charge, units, pointers, date);
        }
    }
}
