package org.practicekit.llm.phi;

import java.util.Map;
import java.util.TreeMap;
import org.practicekit.core.NonRetriableException;

/**
 * The PHI guard refused to send a prompt: the endpoint has no BAA and the residual check still found
 * an identifier-shaped number after pseudonymization. Nothing was sent. The message names the
 * endpoint and the categories with their counts, never the PHI.
 */
public final class PhiBlockedException extends NonRetriableException {
    private static final long serialVersionUID = 1L;

    private final Map<String, Integer> remaining;

    public PhiBlockedException(String endpoint, Map<String, Integer> remaining) {
        super("possible PHI still present after pseudonymization for an endpoint without a BAA " + new TreeMap<>(remaining)
                + "; nothing was sent", endpoint, "phi guard", null);
        this.remaining = Map.copyOf(remaining);
    }

    /** Category to count of what was still detected. */
    public Map<String, Integer> remaining() {
        return remaining;
    }
}
