package org.practicekit.core.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practicekit.core.eligibility.internal.StoredEligibility;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.store.StoredFields;

/** The stored state of one watched coverage. Mutable; one instance per read. */
final class WatchState {
    /** A staff item owed: stored before it is handed over, struck off after. */
    record Owed(String key, String category, Escalation.Urgency urgency, String summary) {
    }

    Client client;
    Coverage coverage;
    EligibilityResult last;
    boolean checkedByWatch;
    int failures;
    Instant retryAt;
    final Map<AppointmentId, Instant> sessions = new LinkedHashMap<>();
    final List<String> open = new ArrayList<>();
    final Map<String, Integer> raised = new LinkedHashMap<>();
    final List<Owed> owed = new ArrayList<>();
    long version;

    ClientId clientId() {
        return client.id();
    }

    /** Sessions still ahead of {@code now}, earliest first. */
    List<Map.Entry<AppointmentId, Instant>> upcoming(Instant now) {
        return sessions.entrySet().stream().filter(e -> e.getValue().isAfter(now))
                .sorted(Map.Entry.comparingByValue()).toList();
    }

    String encode() {
        StoredFields f = StoredFields.create();
        f.put("client.id", client.id().value()).put("client.given", client.name().given())
                .put("client.family", client.name().family()).put("client.zone", client.zone().getId());
        f.putOptional("client.birthDate", client.birthDate());
        f.put("coverage.payerName", coverage.payerName()).put("coverage.payerId", coverage.payerId())
                .put("coverage.payerKind", coverage.payerKind().name()).put("coverage.memberId", coverage.memberId())
                .put("coverage.relationship", coverage.relationship().name());
        f.putOptional("coverage.group", coverage.groupNumber()).putOptional("coverage.plan", coverage.planName());
        coverage.subscriber().ifPresent(s -> f.put("coverage.subscriber.given", s.given())
                .put("coverage.subscriber.family", s.family()));
        if (last != null) {
            StoredEligibility.put(f, "last.", last);
        }
        f.put("checkedByWatch", checkedByWatch).put("failures", failures);
        f.putOptional("retryAt", Optional.ofNullable(retryAt));
        f.putList("session.ids", sessions.keySet().stream().map(AppointmentId::value).toList());
        f.putList("session.starts", sessions.values().stream().map(Instant::toString).toList());
        f.putList("open", open);
        f.putList("raised.codes", new ArrayList<>(raised.keySet()));
        f.putList("raised.counts", raised.values().stream().map(String::valueOf).toList());
        f.put("owed.size", owed.size());
        for (int i = 0; i < owed.size(); i++) {
            Owed o = owed.get(i);
            f.put("owed." + i + ".key", o.key()).put("owed." + i + ".category", o.category())
                    .put("owed." + i + ".urgency", o.urgency().name()).put("owed." + i + ".summary", o.summary());
        }
        return f.encode();
    }

    static WatchState decode(String payload, long version) {
        StoredFields f = StoredFields.decode(payload);
        WatchState s = new WatchState();
        Client.Builder c = Client.builder().id(f.require("client.id"))
                .name(PersonName.of(f.require("client.given"), f.require("client.family")))
                .zone(ZoneId.of(f.require("client.zone")));
        f.get("client.birthDate").ifPresent(d -> c.birthDate(LocalDate.parse(d)));
        s.client = c.build();
        Coverage.Builder cov = Coverage.builder().payerName(f.require("coverage.payerName"))
                .payerId(f.require("coverage.payerId")).payerKind(PayerKind.valueOf(f.require("coverage.payerKind")))
                .memberId(f.require("coverage.memberId"));
        f.get("coverage.group").ifPresent(cov::groupNumber);
        f.get("coverage.plan").ifPresent(cov::planName);
        f.get("coverage.subscriber.given").ifPresent(given -> cov.subscriber(PersonName.of(given,
                f.require("coverage.subscriber.family")), Coverage.Relationship.valueOf(f.require("coverage.relationship"))));
        s.coverage = cov.build();
        s.last = StoredEligibility.get(f, "last.").orElse(null);
        s.checkedByWatch = f.requireBoolean("checkedByWatch");
        s.failures = (int) f.requireLong("failures");
        s.retryAt = f.get("retryAt").map(Instant::parse).orElse(null);
        List<String> ids = f.getList("session.ids");
        List<String> starts = f.getList("session.starts");
        for (int i = 0; i < ids.size(); i++) {
            s.sessions.put(AppointmentId.of(ids.get(i)), Instant.parse(starts.get(i)));
        }
        s.open.addAll(f.getList("open"));
        List<String> codes = f.getList("raised.codes");
        List<String> counts = f.getList("raised.counts");
        for (int i = 0; i < codes.size(); i++) {
            s.raised.put(codes.get(i), Integer.parseInt(counts.get(i)));
        }
        int owed = (int) f.requireLong("owed.size");
        for (int i = 0; i < owed; i++) {
            s.owed.add(new Owed(f.require("owed." + i + ".key"), f.require("owed." + i + ".category"),
                    Escalation.Urgency.valueOf(f.require("owed." + i + ".urgency")), f.require("owed." + i + ".summary")));
        }
        s.version = version;
        return s;
    }
}
