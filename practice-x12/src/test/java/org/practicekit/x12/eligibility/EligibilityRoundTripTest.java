package org.practicekit.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.model.AdministrativeSex;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.Money;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.spi.EligibilityRejection;
import org.practicekit.core.spi.EligibilityRequest;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.core.spi.VisitLimit;
import org.practicekit.testing.TestClock;
import org.practicekit.testing.eligibility.Recorded271;

/**
 * The 270 the writer produces passes StAEDI's validation against the 270 structure, and every recorded
 * 271 shape maps onto the result a practice expects, through the public {@code read(InputStream)}.
 */
class EligibilityRoundTripTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneId.of("America/Chicago"));
    private final EligibilityInquiryWriter writer = new EligibilityInquiryWriter(
            ClearinghouseEligibilityCheckerContractTest.PARTIES, ClearinghouseEligibilityCheckerContractTest.PROVIDER);
    private final EligibilityResponseReader reader = new EligibilityResponseReader(TestClock.at("2026-11-02T15:00:00Z"));

    // ---- 270 ----------------------------------------------------------------------------------

    /** Every StAEDI error the 270 schema finds, by segment; empty when the interchange is valid. */
    static List<String> validationErrors(String x12) throws Exception {
        Schema schema;
        try (InputStream in = EligibilityRoundTripTest.class.getResourceAsStream("/x12/270-005010X279A1.xml")) {
            schema = SchemaFactory.newFactory().createSchema(in);
        }
        List<String> errors = new ArrayList<>();
        boolean sawTransaction = false;
        try (EDIStreamReader r = EDIInputFactory.newFactory()
                .createEDIStreamReader(new ByteArrayInputStream(x12.getBytes(StandardCharsets.UTF_8)))) {
            while (r.hasNext()) {
                EDIStreamEvent event = r.next();
                if (event == EDIStreamEvent.START_TRANSACTION) {
                    r.setTransactionSchema(schema);
                    sawTransaction = true;
                } else if (event == EDIStreamEvent.SEGMENT_ERROR || event == EDIStreamEvent.ELEMENT_DATA_ERROR
                        || event == EDIStreamEvent.ELEMENT_OCCURRENCE_ERROR) {
                    errors.add(r.getLocation().getSegmentTag() + " " + r.getLocation().getElementPosition() + ": "
                            + r.getErrorType());
                }
            }
        }
        if (!sawTransaction) {
            errors.add("no transaction");
        }
        return errors;
    }

    @Provide
    Arbitrary<EligibilityRequest> requests() {
        Arbitrary<String> names = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'-*~:^ ")
                .ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank() && s.strip().chars().anyMatch(Character::isLetter));
        Arbitrary<String> members = Arbitraries.strings().withChars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-")
                .ofMinLength(2).ofMaxLength(30);
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
        Arbitrary<Coverage.Relationship> relationships = Arbitraries.of(Coverage.Relationship.class);
        Arbitrary<AdministrativeSex> sexes = Arbitraries.of(AdministrativeSex.class);
        return Combinators.combine(names, names, members, dates, relationships, names, sexes).as((given, family, member, date,
                rel, subscriberName, sex) -> {
            Client client = Client.builder().id("c-1").name(given, family).birthDate(LocalDate.of(1990, 5, 17))
                    .sex(sex).zone(ZoneId.of("America/Chicago")).build();
            Coverage.Builder cov = Coverage.builder().payerName("Lakeshore Health Plan").payerId("LKS01")
                    .payerKind(PayerKind.COMMERCIAL).memberId(member);
            if (rel != Coverage.Relationship.SELF) {
                cov.subscriber(PersonName.of(subscriberName, family), rel);
            }
            return EligibilityRequest.builder().client(client).coverage(cov.build()).serviceDate(date).build();
        });
    }

    @Provide
    Arbitrary<List<String>> serviceTypes() {
        return Arbitraries.of("30", "MH", "A8", "98", "A6", "A4").list().ofMinSize(1).ofMaxSize(4).uniqueElements();
    }

    @Property(tries = 200)
    void every270PassesStaediValidation(@ForAll("requests") EligibilityRequest request,
            @ForAll("serviceTypes") List<String> codes) throws Exception {
        String x12 = writer.write(request, "4417203391", 4217, codes, NOW);
        assertThat(validationErrors(x12)).isEmpty();
        assertThat(x12).contains("EQ*" + codes.get(0) + "~");
        assertThat(x12).contains("DTP*291*D8*" + request.serviceDate().toString().replace("-", ""));
        String sex = request.client().sex().x12Code();
        assertThat(x12).as("the client's sex helps the payer match; the 270 has no code for unknown")
                .contains(sex.equals("U") ? "DMG*D8*19900517~" : "DMG*D8*19900517*" + sex + "~");
    }

    @Test
    void theSchemaCatchesABroken270() throws Exception {
        String x12 = writer.write(ClearinghouseContractRequests.ana(), "4417203391", 4217, List.of("MH"), NOW);
        assertThat(validationErrors(x12.replace("EQ*MH~", "EQ*ZZ~"))).isNotEmpty();
        assertThat(validationErrors(x12.replaceFirst("HL\\*2\\*1\\*21\\*1~", "HL*2*1*29*1~"))).isNotEmpty();
    }

    @Test
    void aDependentIsAskedAboutUnderTheSubscriber() throws Exception {
        EligibilityRequest leo = ClearinghouseContractRequests.leo();
        String x12 = writer.write(leo, "4417203391", 4217, List.of("MH", "A8"), NOW);
        assertThat(validationErrors(x12)).isEmpty();
        assertThat(x12).contains("HL*3*2*22*1~", "NM1*IL*1*RUIZ*MARTA****MI*LKS55102266~", "HL*4*3*23*0~",
                "NM1*03*1*RUIZ*LEO~", "DMG*D8*20110220~", "EQ*MH~", "EQ*A8~");
    }

    @Test
    void aRequestThatCannotBeAskedListsEveryProblemAndWritesNothing() {
        EligibilityRequest bad = ClearinghouseContractRequests.ana().toBuilder().coverage(Coverage.builder()
                .payerName("Lakeshore").payerId("L").payerKind(PayerKind.COMMERCIAL).memberId("LKS 8812").build()).build();
        ValidationException e = catchThrowableOfType(() -> writer.write(bad, "trace with spaces", 0, List.of("ZZ"), NOW),
                ValidationException.class);
        assertThat(e.problems()).extracting(p -> p.path()).containsExactlyInAnyOrder("traceNumber", "controlNumber",
                "serviceTypeCodes[0]", "coverage.memberId", "coverage.payerId");
        assertThat(e.getMessage()).doesNotContain("LKS 8812");
    }

    // ---- 271 ----------------------------------------------------------------------------------

    private EligibilityResult only(Recorded271 shape) {
        List<EligibilityResult> results = reader.read(new ByteArrayInputStream(shape.text().getBytes(StandardCharsets.UTF_8)));
        assertThat(results).as(shape.fileName()).hasSize(1);
        return results.get(0);
    }

    @Test
    void activeWithMentalHealthCopayCoinsuranceAndDeductible() {
        EligibilityResult r = only(Recorded271.ACTIVE_MH_COPAY_COINSURANCE_DEDUCTIBLE);
        assertThat(r.status()).isEqualTo(EligibilityResult.Status.ACTIVE);
        assertThat(r.mentalHealthBenefit()).isEqualTo(EligibilityResult.MentalHealthBenefit.COVERED);
        assertThat(r.inNetwork()).isEqualTo(new org.practicekit.core.spi.CostShare(Optional.of(Money.usd("30.00")),
                Optional.of(new BigDecimal("20")), Optional.of(Money.usd("500.00")), Optional.of(Money.usd("125.50"))));
        assertThat(r.outOfNetwork().copay()).hasValue(Money.usd("75.00"));
        assertThat(r.outOfNetwork().deductible()).hasValue(Money.usd("1000.00"));
        assertThat(r.coverageEnds()).hasValue(LocalDate.of(2026, 12, 31));
        assertThat(r.payerReference()).isEqualTo("LKS-20261102-0001");
        assertThat(r.needsStaffReview()).isFalse();
        assertThat(r.checkedAt()).isEqualTo(Instant.parse("2026-11-02T15:00:00Z"));
    }

    @Test
    void inactive() {
        EligibilityResult r = only(Recorded271.INACTIVE);
        assertThat(r.status()).isEqualTo(EligibilityResult.Status.INACTIVE);
        assertThat(r.coverageEnds()).hasValue(LocalDate.of(2026, 9, 30));
    }

    @Test
    void activeCodeButCoverageEndedBeforeTheServiceDateIsInactive() {
        String ended = Recorded271.ACTIVE_MH_COPAY_COINSURANCE_DEDUCTIBLE.text().replace("DTP*347*D8*20261231", "DTP*347*D8*20261031");
        EligibilityResult r = reader.readResponses(new ByteArrayInputStream(ended.getBytes(StandardCharsets.UTF_8)),
                Optional.of(LocalDate.of(2026, 11, 5))).get(0).result();
        assertThat(r.status()).isEqualTo(EligibilityResult.Status.INACTIVE);
        assertThat(r.note()).contains("coverage ended 2026-10-31");
    }

    @Test
    void dependent() {
        List<EligibilityResponse> responses = reader.readResponses(new ByteArrayInputStream(
                Recorded271.DEPENDENT.text().getBytes(StandardCharsets.UTF_8)), Optional.empty());
        assertThat(responses).singleElement().satisfies(d -> {
            assertThat(d.dependent()).isTrue();
            assertThat(d.inquiryTrace()).isEqualTo(Recorded271.TRACE);
            assertThat(d.result().status()).isEqualTo(EligibilityResult.Status.ACTIVE);
            assertThat(d.result().copay()).hasValue(Money.usd("20.00"));
            assertThat(d.result().mentalHealthBenefit()).isEqualTo(EligibilityResult.MentalHealthBenefit.COVERED);
        });
        String unlinked = Recorded271.DEPENDENT.text().replace("HL*4*3*23*0", "HL*4*9*23*0");
        assertThat(reader.read(new ByteArrayInputStream(unlinked.getBytes(StandardCharsets.UTF_8))))
                .as("a dependent whose HL parent number is off is still the only answer").singleElement()
                .satisfies(r -> assertThat(r.copay()).hasValue(Money.usd("20.00")));
    }

    @Test
    void visitLimits() {
        assertThat(only(Recorded271.VISIT_LIMIT).visitLimit()).hasValue(new VisitLimit(12, OptionalInt.of(30)));
        EligibilityResult reached = only(Recorded271.VISIT_LIMIT_REACHED);
        assertThat(reached.visitLimit()).hasValue(VisitLimit.of(20, 20));
        assertThat(reached.needsStaffReview()).isTrue();
    }

    @Test
    void priorAuthorizationRequired() {
        EligibilityResult r = only(Recorded271.PRIOR_AUTH_REQUIRED);
        assertThat(r.priorAuthorizationRequired()).isTrue();
        assertThat(r.copay()).hasValue(Money.usd("40.00"));
        assertThat(only(Recorded271.VISIT_LIMIT).priorAuthorizationRequired()).isFalse();
    }

    @Test
    void rejectionsSayWhoActs() {
        EligibilityResult invalidId = only(Recorded271.AAA_72_INVALID_MEMBER_ID);
        EligibilityResult notFound = only(Recorded271.AAA_75_SUBSCRIBER_NOT_FOUND);
        EligibilityResult busy = only(Recorded271.AAA_42_UNABLE_TO_RESPOND);
        assertThat(List.of(invalidId, notFound, busy)).extracting(EligibilityResult::status)
                .containsOnly(EligibilityResult.Status.UNKNOWN);
        assertThat(invalidId.rejection()).hasValue(new EligibilityRejection("72", "invalid or missing member id",
                EligibilityRejection.FollowUp.CORRECT_CLIENT_DATA));
        assertThat(notFound.rejection().orElseThrow().followUp()).isEqualTo(EligibilityRejection.FollowUp.CORRECT_CLIENT_DATA);
        assertThat(busy.rejection().orElseThrow().code()).isEqualTo("42");
        assertThat(busy.retryLater()).isTrue();
        assertThat(invalidId.retryLater()).isFalse();
        assertThat(invalidId.note()).contains("check the insurance card with the client");
    }

    @Test
    void benefitsUnderThePlanOnly() {
        EligibilityResult r = only(Recorded271.BENEFITS_UNDER_30_ONLY);
        assertThat(r.status()).isEqualTo(EligibilityResult.Status.ACTIVE);
        assertThat(r.mentalHealthBenefit()).isEqualTo(EligibilityResult.MentalHealthBenefit.UNKNOWN);
        assertThat(r.copay()).hasValue(Money.usd("35.00"));
        assertThat(r.deductibleRemaining()).hasValue(Money.usd("1800.00"));
        assertThat(r.note()).contains("plan as a whole");
    }

    @Test
    void anotherPayersStyleWithPipesRepeatedServiceTypesAndA8Loops() {
        EligibilityResult r = only(Recorded271.A8_REPEATED_SERVICE_TYPES);
        assertThat(r.status()).isEqualTo(EligibilityResult.Status.ACTIVE);
        assertThat(r.mentalHealthBenefit()).isEqualTo(EligibilityResult.MentalHealthBenefit.COVERED);
        assertThat(r.copay()).hasValue(Money.usd("15.00"));
        assertThat(r.inNetwork().coinsurancePercent()).isEmpty();
        assertThat(r.outOfNetwork().coinsurancePercent()).hasValue(new BigDecimal("25"));
        assertThat(r.inNetwork().deductible()).hasValue(Money.usd("250.00"));
        assertThat(r.outOfNetwork().deductibleRemaining()).hasValue(Money.usd("0.00"));
        assertThat(r.visitLimit()).hasValue(new VisitLimit(33, OptionalInt.of(40)));
        assertThat(r.coverageEnds()).hasValue(LocalDate.of(2026, 12, 31));
    }

    @Test
    void mentalHealthNotCoveredAndCarvedOut() {
        EligibilityResult none = only(Recorded271.MENTAL_HEALTH_NOT_COVERED);
        assertThat(none.status()).isEqualTo(EligibilityResult.Status.ACTIVE);
        assertThat(none.mentalHealthBenefit()).isEqualTo(EligibilityResult.MentalHealthBenefit.NOT_COVERED);
        assertThat(none.needsStaffReview()).isTrue();
        EligibilityResult carved = only(Recorded271.BEHAVIORAL_HEALTH_CARVE_OUT);
        assertThat(carved.mentalHealthBenefit()).isEqualTo(EligibilityResult.MentalHealthBenefit.UNKNOWN);
        assertThat(carved.note()).contains("behavioral-health plan");
    }

    @Test
    void aMalformed271ListsItsProblemsWithoutTheData() {
        ValidationException broken = catchThrowableOfType(() -> only(Recorded271.MALFORMED_CONTROL_COUNT),
                ValidationException.class);
        assertThat(broken.problems()).isNotEmpty();

        String badAmounts = Recorded271.ACTIVE_MH_COPAY_COINSURANCE_DEDUCTIBLE.text()
                .replace("EB*B*IND*MH*PR**27*30*****Y", "EB*B*IND*MH*PR**27*THIRTY*****Y")
                .replace("EB*A*IND*MH*PR**27**.2****Y", "EB*A*IND*MH*PR**27**X2****Y");
        ValidationException values = catchThrowableOfType(() -> reader.read(new ByteArrayInputStream(
                badAmounts.getBytes(StandardCharsets.UTF_8))), ValidationException.class);
        assertThat(values.problems()).hasSize(2);
        assertThat(values.getMessage()).contains("(EB)").doesNotContain("RUIZ", "LKS88120034", "THIRTY");

        String active = Recorded271.ACTIVE_MH_COPAY_COINSURANCE_DEDUCTIBLE.text();
        for (String envelope : List.of(active.replace("IEA*1*000000101", "IEA*1*000000999"),
                active.replace("GE*1*101", "GE*2*101"), active.replace("SE*", "XE*"), active.substring(0, active.indexOf("GE*")))) {
            assertThat(catchThrowableOfType(() -> reader.read(new ByteArrayInputStream(envelope.getBytes(
                    StandardCharsets.UTF_8))), ValidationException.class)).as(envelope.substring(envelope.length() - 40))
                    .isNotNull();
        }
        assertThat(catchThrowableOfType(() -> reader.read(new ByteArrayInputStream("not x12 at all".getBytes(
                StandardCharsets.UTF_8))), ValidationException.class)).isNotNull();
        String a270 = writer.write(ClearinghouseContractRequests.ana(), "4417203391", 4217, List.of("MH"), NOW);
        assertThat(catchThrowableOfType(() -> reader.read(new ByteArrayInputStream(a270.getBytes(StandardCharsets.UTF_8))),
                ValidationException.class).getMessage()).contains("is not a 271 transaction");
    }
}
