package org.practicekit.core.billing;

import java.io.InputStream;
import java.time.ZonedDateTime;
import java.util.List;
import org.practicekit.core.ValidationException;
import org.practicekit.core.billing.claim.ClaimSubmission;
import org.practicekit.core.billing.claim.Remittance;

/**
 * How the billing office's claims leave as a file and a payer's remittance comes back: the X12 837P and
 * 835 ({@code org.practicekit.x12.X12ClaimFiles} in practice-x12, where the X12 library stays), or a
 * host's own clearinghouse format. Implementations hold no state between calls and are thread-safe.
 */
public interface ClaimFiles {
    /**
     * One file carrying every claim of {@code batch}, under interchange control number {@code controlNumber}
     * (the same number for a file sent again).
     *
     * @throws ValidationException naming every claim field the format cannot carry; nothing is written then
     */
    String write(List<ClaimSubmission> batch, int controlNumber, ZonedDateTime createdAt);

    /**
     * A payer's remittance file carrying one remittance, read into what was paid, adjusted and denied.
     *
     * @throws ValidationException listing every problem, never the data, or when the file carries more
     *     than one remittance (read those with {@link #readAll})
     */
    Remittance read(InputStream remittance);

    /**
     * Every remittance a file carries (an X12 interchange may hold several 835 transactions, each with its
     * own payment and trace), in file order. The default is for formats with one remittance per file.
     *
     * @throws ValidationException listing every problem of every remittance, never the data; none is returned then
     */
    default List<Remittance> readAll(InputStream remittance) {
        return List.of(read(remittance));
    }
}
