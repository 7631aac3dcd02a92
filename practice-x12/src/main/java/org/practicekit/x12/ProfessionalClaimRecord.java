package org.practicekit.x12;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.practicekit.core.billing.claim.ClaimFrequency;
import org.practicekit.core.model.Money;

/**
 * One claim as read from an 837P: the values a clearinghouse sees, for checking an outgoing file or
 * reconciling with a claim acknowledgment.
 *
 * @param claimId CLM01
 * @param totalCharge CLM02
 * @param placeOfService CLM05-1
 * @param frequency CLM05-3
 * @param priorAuthorization 2300 REF*G1, "" when absent
 * @param originalPayerClaimNumber 2300 REF*F8, "" when absent
 * @param diagnosisCodes HI, primary first
 * @param memberId 2010BA NM109
 * @param payerId 2010BB NM109
 * @param billingNpi 2010AA NM109
 * @param renderingNpi 2310B NM109, "" when absent
 * @param lines the service lines
 */
public record ProfessionalClaimRecord(String claimId, Money totalCharge, String placeOfService, ClaimFrequency frequency,
        String priorAuthorization, String originalPayerClaimNumber, List<String> diagnosisCodes, String memberId,
        String payerId, String billingNpi, String renderingNpi, List<Line> lines) {
    public ProfessionalClaimRecord {
        Objects.requireNonNull(claimId, "claimId == null");
        Objects.requireNonNull(totalCharge, "totalCharge == null");
        Objects.requireNonNull(frequency, "frequency == null");
        diagnosisCodes = List.copyOf(diagnosisCodes);
        lines = List.copyOf(lines);
    }

    /** The member id is PHI: left out so a stray log line leaks nothing. */
    @Override
    public String toString() {
        return "ProfessionalClaimRecord[" + claimId + ", " + totalCharge + ", POS " + placeOfService + ", " + lines.size()
                + " lines]";
    }

    /**
     * One SV1 service line with its DTP*472 date.
     *
     * @param code the CPT code
     * @param modifiers modifiers in order
     * @param charge SV102
     * @param units SV104
     * @param diagnosisPointers SV107
     * @param serviceDate DTP*472
     */
    public record Line(String code, List<String> modifiers, Money charge, int units, List<Integer> diagnosisPointers,
            LocalDate serviceDate) {
        public Line {
            modifiers = List.copyOf(modifiers);
            diagnosisPointers = List.copyOf(diagnosisPointers);
        }
    }
}
