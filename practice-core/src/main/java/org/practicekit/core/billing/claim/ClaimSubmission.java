package org.practicekit.core.billing.claim;

import java.util.Objects;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.Clinician;

/** One claim ready to be sent (as an 837P by practice-x12), with the client and the rendering clinician it names. */
public record ClaimSubmission(Claim claim, Client client, Clinician rendering) {
    public ClaimSubmission {
        Objects.requireNonNull(claim, "claim == null");
        Objects.requireNonNull(client, "client == null");
        Objects.requireNonNull(rendering, "rendering == null");
    }
}
