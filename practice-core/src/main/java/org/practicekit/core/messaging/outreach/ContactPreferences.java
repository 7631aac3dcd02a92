package org.practicekit.core.messaging.outreach;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.practicekit.core.VersionConflictException;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.StoredFields;

/**
 * Each client's opt-outs and preferred channel, kept in the {@link WorkflowStore} so every app
 * instance honours a STOP the moment it is stored. An opt-out is per kind of contact point: STOP by
 * SMS stops SMS, UNSUBSCRIBE by email stops email. Thread-safe.
 */
public final class ContactPreferences {
    static final String KIND = "contact-preferences";

    private final WorkflowStore store;

    public ContactPreferences(WorkflowStore store) {
        this.store = Objects.requireNonNull(store, "store == null");
    }

    /** Stops messages of this kind to the client, at once. */
    public void optOut(ClientId client, ContactPoint.Kind kind) {
        change(client, f -> f.put("optout." + kind, true));
    }

    /** Resumes messages of this kind. */
    public void optIn(ClientId client, ContactPoint.Kind kind) {
        change(client, f -> f.put("optout." + kind, false));
    }

    public boolean isOptedOut(ClientId client, ContactPoint.Kind kind) {
        return read(client).flatMap(f -> f.get("optout." + kind)).map(Boolean::parseBoolean).orElse(false);
    }

    /** The kinds the client has opted out of. */
    public Set<ContactPoint.Kind> optedOut(ClientId client) {
        Set<ContactPoint.Kind> out = EnumSet.noneOf(ContactPoint.Kind.class);
        for (ContactPoint.Kind k : ContactPoint.Kind.values()) {
            if (isOptedOut(client, k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Records the client's preferred kind of contact for reminders and follow-ups. */
    public void prefer(ClientId client, ContactPoint.Kind kind) {
        change(client, f -> f.put("preferred", kind.name()));
    }

    public Optional<ContactPoint.Kind> preferred(ClientId client) {
        return read(client).flatMap(f -> f.get("preferred")).map(ContactPoint.Kind::valueOf);
    }

    /**
     * Where a text message to the client goes: the preferred kind if the client has one and has not
     * opted out of it, otherwise the client's contact points in their own order. Voice-only phones
     * take no text. Empty when the client cannot be reached by text.
     */
    public Optional<ContactPoint> choose(Client client) {
        return choose(client.id(), client.contacts());
    }

    /** As {@link #choose(Client)}, for a client known only by id and contact points (in the client's order). */
    public Optional<ContactPoint> choose(ClientId client, List<ContactPoint> contacts) {
        Set<ContactPoint.Kind> out = optedOut(client);
        Optional<ContactPoint.Kind> preferred = preferred(client);
        if (preferred.isPresent() && !out.contains(preferred.get()) && preferred.get() != ContactPoint.Kind.PHONE) {
            Optional<ContactPoint> p = contacts.stream().filter(c -> c.kind() == preferred.get()).findFirst();
            if (p.isPresent()) {
                return p;
            }
        }
        return contacts.stream().filter(c -> c.kind() != ContactPoint.Kind.PHONE && !out.contains(c.kind())).findFirst();
    }

    /**
     * Applies a STOP or START keyword the client sent: for the kind it came by, or for every kind when
     * that is unknown. Returns the keyword when {@code text} was one, and changes nothing otherwise.
     */
    public Optional<ContactKeyword> applyKeyword(ClientId client, Optional<ContactPoint> via, String text) {
        Optional<ContactKeyword> keyword = ContactKeyword.of(text);
        keyword.ifPresent(k -> {
            Set<ContactPoint.Kind> kinds = via.map(c -> EnumSet.of(c.kind() == ContactPoint.Kind.PHONE
                    ? ContactPoint.Kind.MOBILE : c.kind())).orElse(EnumSet.allOf(ContactPoint.Kind.class));
            change(client, f -> {
                for (ContactPoint.Kind kind : kinds) {
                    f.put("optout." + kind, k == ContactKeyword.STOP);
                }
                return f;
            });
        });
        return keyword;
    }

    private Optional<StoredFields> read(ClientId client) {
        return store.read(KIND, client.value()).map(r -> StoredFields.decode(r.payload()));
    }

    private void change(ClientId client, UnaryOperator<StoredFields> edit) {
        Objects.requireNonNull(client, "client == null");
        for (int attempt = 0; ; attempt++) {
            Optional<StoredRecord> current = store.read(KIND, client.value());
            try {
                if (current.isEmpty()) {
                    store.insert(KIND, client.value(), edit.apply(StoredFields.create()).encode());
                } else {
                    StoredFields f = StoredFields.decode(current.get().payload());
                    store.update(KIND, client.value(), current.get().version(), edit.apply(f).encode());
                }
                return;
            } catch (VersionConflictException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }
}
