package org.practicekit.core.messaging.outreach;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.spi.EhrAdapter;

/** Where a client lives in time, so quiet hours are the client's night, not the practice's. Thread-safe. */
@FunctionalInterface
public interface ClientZones {
    /** The client's zone; implementations fall back to the practice's zone when unknown. */
    ZoneId zoneOf(ClientId clientId);

    /** Every client in one zone. */
    static ClientZones fixed(ZoneId zone) {
        Objects.requireNonNull(zone, "zone == null");
        return id -> zone;
    }

    /** Zones from a map, {@code fallback} for anyone else. */
    static ClientZones of(Map<ClientId, ZoneId> zones, ZoneId fallback) {
        Map<ClientId, ZoneId> copy = Map.copyOf(zones);
        Objects.requireNonNull(fallback, "fallback == null");
        return id -> copy.getOrDefault(id, fallback);
    }

    /** The zone on the client's record in the EHR ({@link Client#zone()}), {@code fallback} when not found. */
    static ClientZones fromEhr(EhrAdapter ehr, ZoneId fallback) {
        Objects.requireNonNull(ehr, "ehr == null");
        Objects.requireNonNull(fallback, "fallback == null");
        return id -> ehr.findClient(id).map(Client::zone).orElse(fallback);
    }
}
