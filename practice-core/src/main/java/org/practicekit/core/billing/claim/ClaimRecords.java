package org.practicekit.core.billing.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.practicekit.core.billing.CptLine;
import org.practicekit.core.billing.denial.Adjustment;
import org.practicekit.core.billing.denial.AdjustmentGroup;
import org.practicekit.core.billing.denial.DenialCategory;
import org.practicekit.core.billing.denial.DenialFlag;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.Money;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.store.StoredFields;

/**
 * How a claim is written to the workflow store and read back, with the remittance traces already
 * applied to it, so a posting that is repeated after a crash never adds a payment twice.
 */
final class ClaimRecords {
    /** A claim as stored: the claim and the remittance keys whose amounts it already carries. */
    record Stored(Claim claim, List<String> appliedRemittances) {
        Stored {
            appliedRemittances = List.copyOf(appliedRemittances);
        }
    }

    private ClaimRecords() {
    }

    static String encode(Claim c, List<String> appliedRemittances) {
        StoredFields f = StoredFields.create();
        f.put("id", c.id()).put("noteId", c.noteId()).put("clientId", c.clientId().value())
                .put("clinicianId", c.renderingClinician().value()).put("npi", c.renderingNpi());
        Coverage cov = c.coverage();
        f.put("coverage.payerName", cov.payerName()).put("coverage.payerId", cov.payerId())
                .put("coverage.payerKind", cov.payerKind().name()).put("coverage.memberId", cov.memberId())
                .put("coverage.relationship", cov.relationship().name());
        f.putOptional("coverage.groupNumber", cov.groupNumber()).putOptional("coverage.planName", cov.planName());
        cov.subscriber().ifPresent(s -> f.put("coverage.subscriber.given", s.given()).put("coverage.subscriber.family", s.family()));
        f.put("serviceDate", c.serviceDate().toString()).put("pos", c.placeOfService());
        f.putList("dx", c.diagnosisCodes());
        f.put("lines.size", c.lines().size());
        for (int i = 0; i < c.lines().size(); i++) {
            ClaimLine l = c.lines().get(i);
            String k = "lines." + i + ".";
            f.put(k + "code", l.code()).put(k + "units", l.service().units())
                    .put(k + "modifiers", String.join(",", l.service().modifiers())).put(k + "charge", money(l.charge()))
                    .put(k + "pointers", String.join(",", l.diagnosisPointers().stream().map(String::valueOf).toList()));
        }
        f.putOptional("priorAuthorization", c.priorAuthorization());
        f.put("frequency", c.frequency().name());
        f.putOptional("originalPayerClaimNumber", c.originalPayerClaimNumber());
        f.put("status", c.status().name()).put("createdAt", c.createdAt().toString());
        f.putOptional("firstSubmittedAt", c.firstSubmittedAt());
        f.put("history.size", c.history().size());
        for (int i = 0; i < c.history().size(); i++) {
            StatusChange h = c.history().get(i);
            String k = "history." + i + ".";
            f.put(k + "from", h.from().name()).put(k + "to", h.to().name()).put(k + "at", h.at().toString())
                    .put(k + "reason", h.reason());
        }
        f.put("paid", money(c.paid())).put("patient", money(c.patientResponsibility()))
                .put("writtenOff", money(c.writtenOff()));
        f.putOptional("payerClaimNumber", c.payerClaimNumber());
        f.put("flags.size", c.flags().size());
        for (int i = 0; i < c.flags().size(); i++) {
            DenialFlag d = c.flags().get(i);
            Adjustment a = d.adjustment();
            String k = "flags." + i + ".";
            f.put(k + "service", d.serviceCode()).put(k + "group", a.group().name()).put(k + "reason", a.reasonCode())
                    .put(k + "amount", money(a.amount())).put(k + "remarks", String.join(",", a.remarkCodes()))
                    .put(k + "category", d.category().name()).put(k + "meaning", d.meaning()).put(k + "action", d.action());
        }
        f.putList("applied", appliedRemittances);
        return f.encode();
    }

    static Stored decode(String payload) {
        StoredFields f = StoredFields.decode(payload);
        Coverage.Builder cov = Coverage.builder().payerName(f.require("coverage.payerName"))
                .payerId(f.require("coverage.payerId")).payerKind(PayerKind.valueOf(f.require("coverage.payerKind")))
                .memberId(f.require("coverage.memberId"));
        f.get("coverage.groupNumber").ifPresent(cov::groupNumber);
        f.get("coverage.planName").ifPresent(cov::planName);
        Optional<String> given = f.get("coverage.subscriber.given");
        if (given.isPresent()) {
            cov.subscriber(PersonName.of(given.get(), f.require("coverage.subscriber.family")),
                    Coverage.Relationship.valueOf(f.require("coverage.relationship")));
        }
        Claim.Builder b = Claim.builder().id(f.require("id")).noteId(f.require("noteId"))
                .clientId(ClientId.of(f.require("clientId")))
                .renderingClinician(ClinicianId.of(f.require("clinicianId")), f.require("npi")).coverage(cov.build())
                .serviceDate(LocalDate.parse(f.require("serviceDate"))).placeOfService(f.require("pos"))
                .createdAt(Instant.parse(f.require("createdAt")));
        f.getList("dx").forEach(b::addDiagnosis);
        int lines = (int) f.requireLong("lines.size");
        for (int i = 0; i < lines; i++) {
            String k = "lines." + i + ".";
            CptLine service = new CptLine(f.require(k + "code"), (int) f.requireLong(k + "units"), split(f.require(k + "modifiers")));
            List<Integer> pointers = split(f.require(k + "pointers")).stream().map(Integer::valueOf).toList();
            b.addLine(new ClaimLine(service, money(f.require(k + "charge")), pointers));
        }
        f.get("priorAuthorization").ifPresent(b::priorAuthorization);
        ClaimFrequency frequency = ClaimFrequency.valueOf(f.require("frequency"));
        f.get("originalPayerClaimNumber").ifPresent(n -> b.replaces(frequency, n));
        List<StatusChange> history = new ArrayList<>();
        int changes = (int) f.requireLong("history.size");
        for (int i = 0; i < changes; i++) {
            String k = "history." + i + ".";
            history.add(new StatusChange(ClaimStatus.valueOf(f.require(k + "from")), ClaimStatus.valueOf(f.require(k + "to")),
                    Instant.parse(f.require(k + "at")), f.require(k + "reason")));
        }
        String id = f.require("id");
        List<DenialFlag> flags = new ArrayList<>();
        int flagCount = (int) f.requireLong("flags.size");
        for (int i = 0; i < flagCount; i++) {
            String k = "flags." + i + ".";
            Adjustment a = new Adjustment(AdjustmentGroup.valueOf(f.require(k + "group")), f.require(k + "reason"),
                    money(f.require(k + "amount")), split(f.require(k + "remarks")));
            flags.add(new DenialFlag(id, f.require(k + "service"), a, DenialCategory.valueOf(f.require(k + "category")),
                    f.require(k + "meaning"), f.require(k + "action")));
        }
        Claim claim = Claim.restored(b, ClaimStatus.valueOf(f.require("status")), history,
                f.get("firstSubmittedAt").map(Instant::parse).orElse(null), money(f.require("paid")),
                money(f.require("patient")), money(f.require("writtenOff")), f.get("payerClaimNumber").orElse(null), flags);
        return new Stored(claim, f.getList("applied"));
    }

    private static String money(Money m) {
        return m.minorUnits() + " " + m.currency().getCurrencyCode();
    }

    private static Money money(String s) {
        int space = s.indexOf(' ');
        return new Money(Long.parseLong(s.substring(0, space)), Currency.getInstance(s.substring(space + 1)));
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
