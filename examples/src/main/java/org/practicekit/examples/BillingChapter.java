package org.practicekit.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.practicekit.core.billing.BillingOffice;
import org.practicekit.core.billing.CptLine;
import org.practicekit.core.billing.CptSuggestion;
import org.practicekit.core.billing.SessionFacts;
import org.practicekit.core.billing.Telehealth;
import org.practicekit.core.billing.auth.PriorAuthorization;
import org.practicekit.core.billing.auth.SessionRequest;
import org.practicekit.core.billing.claim.Claim;
import org.practicekit.core.billing.claim.RemittancePosting;
import org.practicekit.core.billing.denial.DenialFlag;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.notes.lifecycle.NoteBook;

/**
 * Billing at the end of the day: CPT suggestions with their reasons, a prior authorization running low,
 * a claim opened from each signed note, the claims sent as one 837P, and the payers' remittances posted,
 * one paid and one denial flagged with its next action.
 */
final class BillingChapter implements PracticeDay.Chapter {
    @Override
    public String title() {
        return "Billing: CPT suggestions, claims and denials";
    }

    @Override
    public void run(DemoPractice p) {
        LocalDate today = p.clock.instant().atZone(DemoPractice.ZONE).toLocalDate();
        BillingOffice billing = p.practice.billing();
        List<SessionFacts> kinds = List.of(
                facts(ServiceType.INDIVIDUAL, 55, PayerKind.COMMERCIAL).build(),
                facts(ServiceType.INDIVIDUAL, 45, PayerKind.COMMERCIAL).interactiveComplexity(true)
                        .telehealth(Telehealth.VIDEO).clientAtHome(true).build(),
                facts(ServiceType.FAMILY_WITH_CLIENT, 50, PayerKind.MEDICAID).build(),
                facts(ServiceType.CRISIS, 80, PayerKind.MEDICARE).interactiveComplexity(true).build(),
                facts(ServiceType.INDIVIDUAL, 30, PayerKind.MEDICARE).telehealth(Telehealth.AUDIO_ONLY).clientAtHome(true)
                        .build(),
                facts(ServiceType.INDIVIDUAL, 12, PayerKind.COMMERCIAL).build());
        p.log.step("CPT suggestions for this week's " + kinds.size() + " kinds of session (the clinician confirms each one):");
        for (SessionFacts f : kinds) {
            CptSuggestion s = p.practice.cptSuggester().suggest(f);
            p.log.step(describe(f) + ": " + (s.billable() ? s.lines().stream().map(BillingChapter::line)
                    .collect(Collectors.joining(" + ")) + " at place of service " + s.placeOfService() : "nothing to bill"));
            s.rationale().forEach(r -> p.log.detail("because: " + r));
            s.warnings().forEach(w -> p.log.detail("check: " + w));
        }

        ClientId maya = ClientId.of(EhrChapter.MAYA);
        billing.authorizations().register(PriorAuthorization.builder().number("IL-PA-2290431").payerId("MEDICAID-IL")
                .clientId(maya).clinicianId(p.okafor.id()).addCode("90847").addCode("90846").approvedUnits(9)
                .dates(today.minusDays(60), today.plusDays(45)).build());
        for (int week = 6; week >= 1; week--) {
            billing.authorizations().consume(SessionRequest.of("maya-week-" + week, maya, p.okafor.id(), "MEDICAID-IL",
                    "90847", today.minusWeeks(week)));
        }

        NoteBook notes = NoteBook.of(p.practice);
        List<Claim> claims = new ArrayList<>();
        for (AuditEvent signed : p.audit.all()) {
            if (signed.action().equals("note.signed")) {
                claims.add(billing.claimFor(notes.billableSession(signed.details().get("noteId"))));
            }
        }
        p.log.step("A claim is opened from each signed note, with the codes the clinician confirmed:");
        for (Claim c : claims) {
            p.log.detail(c.id() + ": " + c.lines().stream().map(l -> l.code()).collect(Collectors.joining(" + ")) + ", $"
                    + c.totalCharge().amount() + ", place of service " + c.placeOfService() + ", " + c.coverage().payerName()
                    + c.priorAuthorization().map(a -> ", prior authorization " + a).orElse("") + ".");
        }
        billing.authorizationAlerts(p.clock.instant()).forEach(a -> p.log.detail("alert: " + a.message()));

        BillingOffice.ClaimBatch batch = billing.submitDrafts(1130).orElseThrow();
        p.log.step("Sent " + batch.claimIds().size() + " claims to the clearinghouse as one 837P file ("
                + batch.x12().lines().count() + " segments); each claim id comes from its signed note, so a retry cannot"
                + " bill a session twice.");

        Claim riley = claims.get(0);
        Claim family = claims.get(1);
        RemittancePosting aetna = billing.post(remittance("AETNA", "60054", "AE" + today.toString().replace("-", ""),
                riley, "150", "CAS*CO*45*30", ""));
        p.log.step("Aetna's remittance arrived (trace " + aetna.traceNumber() + "): "
                + status(billing, riley) + ", $150.00 paid and $30.00 written off under the contract.");
        RemittancePosting medicaid = billing.post(remittance("ILLINOIS MEDICAID", "MEDICAID-IL",
                "IL" + today.toString().replace("-", "") + "0007", family, "0", "CAS*CO*197*150", "LQ*HE*M62"));
        p.log.step("Illinois Medicaid's remittance arrived (trace " + medicaid.traceNumber() + "): "
                + status(billing, family) + ".");
        for (DenialFlag f : medicaid.denials()) {
            p.log.step("Denial flagged (" + f.category().name().toLowerCase().replace('_', ' ') + "): " + f.adjustment().label()
                    + " on " + f.serviceCode() + ", " + f.amount() + " - " + f.meaning() + ".");
            p.log.detail("next action: " + f.action());
        }
    }

    private static String status(BillingOffice billing, Claim c) {
        return billing.claims().claim(c.id()).orElseThrow().status().name().toLowerCase().replace('_', ' ');
    }

    private static SessionFacts.Builder facts(ServiceType type, int minutes, PayerKind payer) {
        return SessionFacts.builder().serviceType(type).minutes(minutes).payer(payer);
    }

    private static String describe(SessionFacts f) {
        String type = f.serviceType().name().toLowerCase().replace('_', ' ');
        String how = switch (f.telehealth()) {
            case NONE -> f.clientAtHome() ? "home visit" : "in the office";
            case VIDEO -> "video" + (f.clientAtHome() ? " to the client's home" : "");
            case AUDIO_ONLY -> "audio-only" + (f.clientAtHome() ? " to the client's home" : "");
        };
        return type + ", " + f.minutes().orElse(0) + " minutes, " + how + ", " + f.payer().name().toLowerCase();
    }

    private static String line(CptLine l) {
        return l.code() + (l.modifiers().isEmpty() ? "" : "-" + String.join("-", l.modifiers()))
                + (l.units() > 1 ? " x" + l.units() : "");
    }

    /** A payer's 835 for one claim: what it paid and, when given ("" otherwise), one adjustment and a remark code. */
    static String remittance(String payer, String payerId, String trace, Claim claim, String paid, String cas,
            String remark) {
        String d8 = claim.serviceDate().toString().replace("-", "");
        String charge = claim.totalCharge().amount().stripTrailingZeros().toPlainString();
        boolean denied = paid.equals("0");
        List<String> body = new ArrayList<>(List.of("ST*835*0001",
                "BPR*" + (denied ? "H*0*C*NON" : "I*" + paid + "*C*ACH") + "************" + d8, "TRN*1*" + trace + "*1366000001",
                "N1*PR*" + payer + "*XV*" + payerId, "N1*PE*MAIN STREET COUNSELING LLC*XX*1588667638", "LX*1",
                "CLP*" + claim.id() + "*" + (denied ? "4" : "1") + "*" + charge + "*" + paid + "*0*"
                        + (denied ? "MC" : "12") + "*" + trace + "55*11*1",
                "SVC*HC:" + claim.lines().get(0).code() + "*" + charge + "*" + paid + "**1", "DTM*472*" + d8));
        for (String segment : List.of(cas, remark)) {
            if (!segment.isEmpty()) {
                body.add(segment);
            }
        }
        StringBuilder out = new StringBuilder(String.format("ISA*00*          *00*          *ZZ*%-15s*ZZ*MAINSTCOUNSEL  *",
                payerId) + d8.substring(2) + "*1700*^*00501*000000007*0*P*:~\nGS*HP*" + payerId + "*MAINSTCOUNSEL*" + d8
                + "*1700*7*X*005010X221A1~\n");
        body.forEach(s -> out.append(s).append("~\n"));
        return out.append("SE*").append(body.size() + 1).append("*0001~\nGE*1*7~\nIEA*1*000000007~\n").toString();
    }
}
