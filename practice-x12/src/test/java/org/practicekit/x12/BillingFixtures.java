package org.practicekit.x12;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.practicekit.core.billing.CptLine;
import org.practicekit.core.billing.CptSuggester;
import org.practicekit.core.billing.CptSuggestion;
import org.practicekit.core.billing.SessionFacts;
import org.practicekit.core.billing.Telehealth;
import org.practicekit.core.billing.claim.BillingProvider;
import org.practicekit.core.billing.claim.Claim;
import org.practicekit.core.billing.claim.ClaimSubmission;
import org.practicekit.core.billing.claim.ClaimFrequency;
import org.practicekit.core.billing.claim.ClaimLine;
import org.practicekit.core.model.Address;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.Money;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.model.ServiceType;

/** A small practice's realistic billing data, shared by the billing tests. All people are invented. */
public final class BillingFixtures {
    public static final Instant CREATED = Instant.parse("2026-12-01T14:00:00Z");
    public static final Map<String, Money> FEES = Map.of("90837", Money.usd("180.00"), "90834", Money.usd("140.00"),
            "90832", Money.usd("95.00"), "90785", Money.usd("30.00"), "90791", Money.usd("200.00"), "90847",
            Money.usd("150.00"), "90839", Money.usd("210.00"), "90840", Money.usd("105.00"));

    public static final BillingProvider PRACTICE = new BillingProvider("Main Street Counseling LLC", "1588667638", "371234567",
            "101YP2500X", Address.us("120 Main Street, Suite 4", "Springfield", "IL", "62701"));
    public static final InterchangeParties PARTIES = new InterchangeParties("MAINSTCOUNSEL", "CLEARHOUSE01",
            "Main Street Counseling LLC", "MSC0042", "Billing Office", "2175550188", "Prairie Clearinghouse", false);

    public static final Clinician WHITFIELD = Clinician.builder().id("dr-whitfield").name("Dana", "Whitfield")
            .credentials("LCSW").npi("1234567893").build();
    public static final Clinician OKAFOR = Clinician.builder().id("dr-okafor").name("Emeka", "Okafor")
            .credentials("PhD, LP").npi("1245319599").build();

    public static final Client RIVERA = client("c-rivera", "Jordan", "Rivera", LocalDate.of(1988, 4, 12)).toBuilder()
            .sex(org.practicekit.core.model.AdministrativeSex.FEMALE).build();
    public static final Client CHEN = client("c-chen", "Avery", "Chen", LocalDate.of(1994, 9, 3));
    public static final Client OKONKWO = client("c-okonkwo", "Maya", "Okonkwo", LocalDate.of(2011, 2, 20));
    public static final Client LINDQVIST = client("c-lindqvist", "Sam", "Lindqvist", LocalDate.of(1951, 7, 30));

    public static final Coverage LAKESHORE_RIVERA = Coverage.builder().payerName("Lakeshore Health Plan").payerId("LKS01")
            .payerKind(PayerKind.COMMERCIAL).memberId("LKS884120033").groupNumber("GRP7781").planName("Lakeshore PPO").build();
    public static final Coverage LAKESHORE_CHEN = LAKESHORE_RIVERA.toBuilder().memberId("LKS551900210").build();
    public static final Coverage LAKESHORE_OKONKWO = LAKESHORE_RIVERA.toBuilder().memberId("LKS330187745")
            .subscriber(PersonName.of("Grace", "Okonkwo"), Coverage.Relationship.CHILD).build();
    public static final Coverage MEDICARE_LINDQVIST = Coverage.builder().payerName("Medicare Part B").payerId("00952")
            .payerKind(PayerKind.MEDICARE).memberId("1EG4TE5MK73").build();

    private BillingFixtures() {
    }

    private static Client client(String id, String given, String family, LocalDate birth) {
        return Client.builder().id(id).name(given, family).birthDate(birth)
                .address(Address.us("48 Elm Court", "Springfield", "IL", "62704")).build();
    }

    /** Individual 53 minutes in the office, with a prior authorization. */
    public static Claim riveraClaim() {
        CptSuggestion s = CptSuggester.standard().suggest(SessionFacts.builder().serviceType(ServiceType.INDIVIDUAL)
                .minutes(55).payer(PayerKind.COMMERCIAL).build());
        return Claim.builder().id("PK1001").noteId("note-rivera-1130").clientId(RIVERA.id())
                .renderingClinician(WHITFIELD.id(), WHITFIELD.npi()).coverage(LAKESHORE_RIVERA)
                .serviceDate(LocalDate.of(2026, 11, 30)).addDiagnosis("F41.1").addSuggestion(s, FEES)
                .priorAuthorization("AUTH-5521-A").createdAt(CREATED).build();
    }

    /** Video to the home with interactive complexity: two lines with modifier 95, two diagnoses. */
    public static Claim chenClaim() {
        CptSuggestion s = CptSuggester.standard().suggest(SessionFacts.builder().serviceType(ServiceType.INDIVIDUAL)
                .minutes(45).interactiveComplexity(true).telehealth(Telehealth.VIDEO).clientAtHome(true)
                .payer(PayerKind.COMMERCIAL).build());
        Claim.Builder b = Claim.builder().id("PK1002").noteId("note-chen-1130").clientId(CHEN.id())
                .renderingClinician(WHITFIELD.id(), WHITFIELD.npi()).coverage(LAKESHORE_CHEN)
                .serviceDate(LocalDate.of(2026, 11, 30)).addDiagnosis("F32.1").addDiagnosis("Z63.0")
                .placeOfService(s.placeOfService()).createdAt(CREATED);
        for (CptLine l : s.lines()) {
            b.addLine(new ClaimLine(l, FEES.get(l.code()), List.of(1, 2)));
        }
        return b.build();
    }

    /** A dependent child on a parent's plan: family psychotherapy, a replacement of an earlier claim. */
    public static Claim okonkwoClaim() {
        return Claim.builder().id("PK1003").noteId("note-okonkwo-1201").clientId(OKONKWO.id())
                .renderingClinician(OKAFOR.id(), OKAFOR.npi()).coverage(LAKESHORE_OKONKWO)
                .serviceDate(LocalDate.of(2026, 12, 1)).placeOfService("11").addDiagnosis("F90.2")
                .addLine(ClaimLine.of(CptLine.of("90847"), FEES.get("90847")))
                .replaces(ClaimFrequency.REPLACEMENT, "LKS26340009876").createdAt(CREATED).build();
    }

    /** Medicare crisis psychotherapy, 110 minutes: 90839 and two units of 90840. */
    public static Claim lindqvistClaim() {
        CptSuggestion s = CptSuggester.standard().suggest(SessionFacts.builder().serviceType(ServiceType.CRISIS)
                .minutes(110).payer(PayerKind.MEDICARE).build());
        return Claim.builder().id("PK1004").noteId("note-lindqvist-1202").clientId(LINDQVIST.id())
                .renderingClinician(OKAFOR.id(), OKAFOR.npi()).coverage(MEDICARE_LINDQVIST)
                .serviceDate(LocalDate.of(2026, 12, 2)).addDiagnosis("F43.0").addDiagnosis("R45.851")
                .addSuggestion(s, FEES).createdAt(CREATED).build();
    }

    public static List<ClaimSubmission> submissions() {
        return List.of(new ClaimSubmission(riveraClaim(), RIVERA, WHITFIELD), new ClaimSubmission(chenClaim(), CHEN, WHITFIELD),
                new ClaimSubmission(okonkwoClaim(), OKONKWO, OKAFOR),
                new ClaimSubmission(lindqvistClaim(), LINDQVIST, OKAFOR));
    }
}
