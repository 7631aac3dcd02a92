package org.practicekit.notes;

import java.util.Optional;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ConsentRecord;

/**
 * Where the drafter looks up a client's consent to AI-assisted documentation. Without a record
 * here, no language model drafts that client's notes. Implementations are thread-safe; the host
 * backs this with its consent store. {@link RecordedConsents} is the in-memory default.
 */
public interface DocumentationConsents {
    /** The client's current consent to AI-assisted documentation, if one is on record and not withdrawn. */
    Optional<ConsentRecord> aiAssistedDocumentation(ClientId client);

    /** No client has consented: every draft is written offline. */
    static DocumentationConsents none() {
        return client -> Optional.empty();
    }
}
