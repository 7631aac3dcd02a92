package org.practicekit.core.scheduling;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.ClientId;

/**
 * The result of {@link SlotMatcher#assign}: which client gets which slot. Every client and every
 * slot appears at most once; clients without a fitting slot are simply absent.
 *
 * @param matches the pairs, in the order of the requests given
 * @param totalWeight the sum of the pairs' weights, the objective the assignment maximizes
 */
public record Assignment(List<Match> matches, long totalWeight) {
    public Assignment {
        matches = List.copyOf(matches);
    }

    /** The slot assigned to a client, if any. */
    public Optional<OpenSlot> slotFor(ClientId clientId) {
        Objects.requireNonNull(clientId, "clientId == null");
        return matches.stream().filter(m -> m.request().clientId().equals(clientId)).map(Match::slot).findFirst();
    }
}
