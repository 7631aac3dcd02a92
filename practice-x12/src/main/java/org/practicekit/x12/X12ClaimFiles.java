package org.practicekit.x12;

import java.io.InputStream;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.practicekit.core.billing.ClaimFiles;
import org.practicekit.core.billing.claim.BillingProvider;
import org.practicekit.core.billing.claim.ClaimSubmission;
import org.practicekit.core.billing.claim.Remittance;

/**
 * Claims as an X12 837P (005010X222A1) and remittances from an X12 835 (005010X221A1): what a
 * clearinghouse takes and returns. Give it to {@code Practice.builder().billing(files, fees)} or
 * {@code BillingOffice.builder().files(files)}. Stateless and thread-safe.
 */
public final class X12ClaimFiles implements ClaimFiles {
    private final ProfessionalClaimWriter writer;
    private final RemittanceReader reader = new RemittanceReader();

    /**
     * @param parties who sends and receives the interchange (ISA/GS ids, submitter, receiver)
     * @param provider the billing provider the 837P names (loop 2010AA)
     */
    public X12ClaimFiles(InterchangeParties parties, BillingProvider provider) {
        this.writer = new ProfessionalClaimWriter(Objects.requireNonNull(parties, "parties == null"),
                Objects.requireNonNull(provider, "provider == null"));
    }

    @Override
    public String write(List<ClaimSubmission> batch, int controlNumber, ZonedDateTime createdAt) {
        return writer.write(batch, controlNumber, createdAt);
    }

    @Override
    public Remittance read(InputStream remittance) {
        return reader.read(remittance);
    }

    /** Every 835 transaction of the interchange, each on its own. */
    @Override
    public List<Remittance> readAll(InputStream remittance) {
        return reader.readAll(remittance);
    }
}
