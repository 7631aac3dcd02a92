package org.practicekit.core.spi;

import java.util.Map;
import java.util.Objects;

/**
 * What an EHR write produced: the EHR's ids of the records written, keyed by record type
 * ("Patient" → "Patient/123"; several of a type get suffixed keys "Consent#1"), and whether the
 * write created anything new or found everything already there (a retried write).
 *
 * @param system which EHR
 * @param idempotencyKey the key the write carried
 * @param recordIds the EHR's ids of what was written or found
 * @param created true when this call created at least one record
 */
public record EhrReceipt(String system, String idempotencyKey, Map<String, String> recordIds, boolean created) {
    public EhrReceipt {
        Objects.requireNonNull(system, "system == null");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
        recordIds = Map.copyOf(recordIds);
    }
}
