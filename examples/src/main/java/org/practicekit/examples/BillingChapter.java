package org.practicekit.examples;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.practicekit.core.billing.CptLine;
import org.practicekit.core.billing.CptSuggester;
import org.practicekit.core.billing.CptSuggestion;
import org.practicekit.core.billing.SessionFacts;
import org.practicekit.core.billing.Telehealth;
import org.practicekit.core.billing.auth.AuthorizationCheck;
import org.practicekit.core.billing.auth.AuthorizationLedger;
import org.practicekit.core.billing.auth.PriorAuthorization;
import org.practicekit.core.billing.auth.SessionRequest;
import org.practicekit.core.billing.claim.BillingProvider;
import org.practicekit.core.billing.claim.Claim;
import org.practicekit.core.billing.claim.ClaimLedger;
import org.practicekit.core.billing.claim.RemittancePosting;
import org.practicekit.core.billing.denial.DenialFlag;
import org.practicekit.x12.ClaimSubmission;
import org.practicekit.x12.ProfessionalClaimWriter;
import org.practicekit.x12.RemittanceReader;
import org.practicekit.core.model.Address;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.Money;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;

/**
 * Billing at the end of the day: a CPT suggestion with its reasons for each session, the claims sent as
 * one 837P, a prior authorization running low, and the payer's remittance with one denial flagged.
 */
final class BillingChapter implements PracticeDay.Chapter {
    private static final Map<String, Money> FEES = Map.of("90837", Money.usd("180.00"), "90834", Money.usd("140.00"),
            "90832", Money.usd("95.00"), "90785", Money.usd("30.00"), "90847", Money.usd("150.00"),
            "90839", Money.usd("210.00"), "90840", Money.usd("105.00"));

    /** One session of the day as the clinician recorded it. */
    private record Session(String id, Clinician clinician, Client client, Coverage coverage, SessionFacts facts,
            String diagnosis) {
    }

    @Override
    public String title() {
        return "Billing: CPT suggestions, claims and denials";
    }

    @Override
    public void run(Practice p) {
        LocalDate today = p.clock.instant().atZone(Practice.ZONE).toLocalDate();
        Coverage lakeshore = Coverage.builder().payerName("Lakeshore Health Plan").payerId("87726")
                .payerKind(PayerKind.COMMERCIAL).memberId("LKS884120033").planName("Lakeshore PPO").build();
        Coverage medicaid = Coverage.builder().payerName("Illinois Medicaid").payerId("MEDICAID-IL")
                .payerKind(PayerKind.MEDICAID).memberId("IL550017732").build();
        Coverage medicare = Coverage.builder().payerName("Medicare Part B").payerId("00952")
                .payerKind(PayerKind.MEDICARE).memberId("1EG4TE5MK73").build();
        List<Session> sessions = List.of(
                session("s1", p.whitfield, client("c-101", "Jordan", "Rivera"), lakeshore, "F411",
                        facts(ServiceType.INDIVIDUAL, 55, lakeshore).build()),
                session("s2", p.whitfield, client("c-102", "Avery", "Chen"), lakeshore.toBuilder().memberId("LKS551900210").build(),
                        "F321", facts(ServiceType.INDIVIDUAL, 45, lakeshore).interactiveComplexity(true)
                                .telehealth(Telehealth.VIDEO).clientAtHome(true).build()),
                session("s3", p.okafor, client("c-103", "Maya", "Okonkwo"), medicaid, "F902",
                        facts(ServiceType.FAMILY_WITH_CLIENT, 50, medicaid).build()),
                session("s4", p.okafor, client("c-104", "Sam", "Lindqvist"), medicare, "F430",
                        facts(ServiceType.CRISIS, 80, medicare).interactiveComplexity(true).build()),
                session("s5", p.whitfield, client("c-105", "Ruth", "Adeyemi"), medicare.toBuilder().memberId("3KW7YH2PQ15").build(),
                        "F331", facts(ServiceType.INDIVIDUAL, 30, medicare).telehealth(Telehealth.AUDIO_ONLY)
                                .clientAtHome(true).build()),
                session("s6", p.okafor, client("c-106", "Lee", "Park"), lakeshore.toBuilder().memberId("LKS220913348").build(),
                        "F410", facts(ServiceType.INDIVIDUAL, 12, lakeshore).build()));

        CptSuggester suggester = CptSuggester.standard();
        ClaimLedger claims = ClaimLedger.builder().clock(p.clock).build();
        List<ClaimSubmission> batch = new ArrayList<>();
        p.log.step("CPT suggestions for today's " + sessions.size() + " sessions (the clinician confirms each one):");
        for (Session s : sessions) {
            CptSuggestion suggestion = suggester.suggest(s.facts());
            p.log.step(s.clinician().name().display() + ", " + describe(s.facts()) + ": "
                    + (suggestion.billable() ? suggestion.lines().stream().map(BillingChapter::line).collect(Collectors.joining(" + "))
                            + " at place of service " + suggestion.placeOfService() : "nothing to bill"));
            suggestion.rationale().forEach(r -> p.log.detail("because: " + r));
            suggestion.warnings().forEach(w -> p.log.detail("check: " + w));
            if (suggestion.billable()) {
                Claim claim = claims.open(Claim.builder().id("MSC" + today.toString().replace("-", "") + s.id())
                        .noteId("note-" + today + "-" + s.id()).clientId(s.client().id())
                        .renderingClinician(s.clinician().id(), s.clinician().npi()).coverage(s.coverage())
                        .serviceDate(today).addDiagnosis(s.diagnosis()).addSuggestion(suggestion, FEES)
                        .createdAt(p.clock.instant()).build());
                batch.add(new ClaimSubmission(claim, s.client(), s.clinician()));
            }
        }

        AuthorizationLedger auths = AuthorizationLedger.builder().clock(p.clock).audit(p.audit).build();
        auths.register(PriorAuthorization.builder().number("IL-PA-2290431").payerId("MEDICAID-IL").clientId(sessions.get(2).client().id())
                .clinicianId(p.okafor.id()).addCode("90847").addCode("90846").approvedUnits(9)
                .dates(today.minusDays(60), today.plusDays(45)).build());
        for (int week = 6; week >= 1; week--) {
            auths.consume(SessionRequest.of("s3-week-" + week, sessions.get(2).client().id(), p.okafor.id(), "MEDICAID-IL",
                    "90847", today.minusWeeks(week)));
        }
        AuthorizationCheck check = auths.consume(SessionRequest.of("s3", sessions.get(2).client().id(), p.okafor.id(),
                "MEDICAID-IL", "90847", today));
        p.log.step("Prior authorization " + check.authorizationNumber() + " covers today's family session; "
                + check.remainingAfter() + " sessions remain.");
        check.alerts().forEach(a -> p.log.detail("alert: " + a.message()));

        BillingProvider practice = new BillingProvider("Main Street Counseling LLC", "1588667638", "371234567", "101YP2500X",
                p.office.address());
        String edi = new ProfessionalClaimWriter(p.clearinghouseParties, practice).write(batch, 1130, p.clock.instant().atZone(Practice.ZONE));
        batch.forEach(c -> claims.submit(c.claim().id()));
        p.log.step("Sent " + batch.size() + " claims to the clearinghouse as one 837P file (" + edi.lines().count()
                + " segments); each claim id comes from its signed note, so a retry cannot bill a session twice.");

        String claimId = batch.get(2).claim().id();
        RemittancePosting posting = claims.post(new RemittanceReader()
                .read(new ByteArrayInputStream(remittance(claimId, today).getBytes(StandardCharsets.UTF_8))));
        p.log.step("Illinois Medicaid's remittance arrived (trace " + posting.traceNumber() + "): "
                + claims.claim(claimId).orElseThrow().status().name().toLowerCase().replace('_', ' ') + ".");
        for (DenialFlag f : posting.denials()) {
            p.log.step("Denial flagged (" + f.category().name().toLowerCase().replace('_', ' ') + "): " + f.adjustment().label()
                    + " on " + f.serviceCode() + ", " + f.amount() + " - " + f.meaning() + ".");
            p.log.detail("next action: " + f.action());
        }
    }

    private static Session session(String id, Clinician clinician, Client client, Coverage coverage, String diagnosis,
            SessionFacts facts) {
        return new Session(id, clinician, client, coverage, facts, diagnosis);
    }

    private static SessionFacts.Builder facts(ServiceType type, int minutes, Coverage coverage) {
        return SessionFacts.builder().serviceType(type).minutes(minutes).payer(coverage.payerKind()).payerId(coverage.payerId());
    }

    private static Client client(String id, String given, String family) {
        return Client.builder().id(id).name(given, family).birthDate(LocalDate.of(1980, 1, 15))
                .address(Address.us("48 Elm Court", "Springfield", "IL", "62704")).build();
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

    /** The payer's 835 for the family session: denied, no authorization number on the claim. */
    private static String remittance(String claimId, LocalDate today) {
        String d8 = today.toString().replace("-", "");
        String[] body = {
            "ST*835*0001",
            "BPR*H*0*C*NON************" + d8,
            "TRN*1*IL" + d8 + "0007*1366000001",
            "N1*PR*ILLINOIS MEDICAID*XV*MEDICAID-IL",
            "N1*PE*MAIN STREET COUNSELING LLC*XX*1588667638",
            "LX*1",
            "CLP*" + claimId + "*4*150*0*0*MC*IL" + d8 + "55*11*1",
            "SVC*HC:90847*150*0**1",
            "DTM*472*" + d8,
            "CAS*CO*197*150",
            "LQ*HE*M62",
        };
        StringBuilder out = new StringBuilder("ISA*00*          *00*          *ZZ*ILMEDICAID     *ZZ*MAINSTCOUNSEL  *"
                + d8.substring(2) + "*1700*^*00501*000000007*0*P*:~\n" + "GS*HP*ILMEDICAID*MAINSTCOUNSEL*" + d8 + "*1700*7*X*005010X221A1~\n");
        for (String s : body) {
            out.append(s).append("~\n");
        }
        return out.append("SE*").append(body.length + 1).append("*0001~\nGE*1*7~\nIEA*1*000000007~\n").toString();
    }
}
