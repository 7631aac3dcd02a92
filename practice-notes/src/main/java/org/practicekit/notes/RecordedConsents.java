package org.practicekit.notes;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ConsentRecord;

/** In-memory {@link DocumentationConsents}: consents recorded and withdrawn by the host. Thread-safe. */
public final class RecordedConsents implements DocumentationConsents {
    private final Map<ClientId, ConsentRecord> consents = new ConcurrentHashMap<>();

    /** Records the client's consent to AI-assisted documentation. */
    public RecordedConsents record(ClientId client, ConsentRecord consent) {
        consents.put(Objects.requireNonNull(client, "client == null"), Objects.requireNonNull(consent, "consent == null"));
        return this;
    }

    /** The client withdrew consent: drafts for them are offline from now on. */
    public RecordedConsents withdraw(ClientId client) {
        consents.remove(Objects.requireNonNull(client, "client == null"));
        return this;
    }

    @Override
    public Optional<ConsentRecord> aiAssistedDocumentation(ClientId client) {
        return Optional.ofNullable(consents.get(client));
    }
}
