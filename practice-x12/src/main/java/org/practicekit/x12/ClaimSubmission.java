package org.practicekit.x12;

import java.util.Objects;
import org.practicekit.core.billing.claim.Claim;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.Clinician;

/** One claim ready for an 837P, with the client and the rendering clinician it names. */
public record ClaimSubmission(Claim claim, Client client, Clinician rendering) {
    public ClaimSubmission {
        Objects.requireNonNull(claim, "claim == null");
        Objects.requireNonNull(client, "client == null");
        Objects.requireNonNull(rendering, "rendering == null");
    }
}
