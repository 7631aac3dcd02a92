package org.practicekit.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicekit.core.model.Money;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.testing.TestClock;
import org.practicekit.testing.eligibility.Recorded271;

/**
 * The same 271 written the ways payers and clearinghouses write it reads to the same answers: line
 * breaks after segments or none, other delimiters, a byte-order mark or blank lines around the
 * interchange, an ISA without its padding, an odd date the mapping does not read, several subscribers in one transaction, several transactions or interchanges in one file.
 */
class PayerStylesTest {
    private static final String ACTIVE = Recorded271.ACTIVE_MH_COPAY_COINSURANCE_DEDUCTIBLE.text();
    private final EligibilityResponseReader reader = new EligibilityResponseReader(TestClock.at("2026-11-02T15:00:00Z"));

    private List<EligibilityResult> read(String x12) {
        return reader.read(new ByteArrayInputStream(x12.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every segment on one line: {@code ~} only. */
    private static String oneLine(String x12) {
        return x12.replace("\r", "").replace("\n", "");
    }

    /** Swaps the delimiters of an interchange (element, repetition, component, segment) for others. */
    private static String delimiters(String x12, char element, char repetition, char component, String segment) {
        String flat = oneLine(x12);
        char oldElement = flat.charAt(3);
        char oldRepetition = flat.charAt(82);
        char oldComponent = flat.charAt(104);
        char oldSegment = flat.charAt(105);
        StringBuilder out = new StringBuilder();
        for (char c : flat.toCharArray()) {
            if (c == oldElement) {
                out.append(element);
            } else if (c == oldRepetition) {
                out.append(repetition);
            } else if (c == oldComponent) {
                out.append(component);
            } else if (c == oldSegment) {
                out.append(segment);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static List<Arguments> styles() {
        return List.of(
                Arguments.of("one line", oneLine(ACTIVE)),
                Arguments.of("CRLF after each segment", oneLine(ACTIVE).replace("~", "~\r\n")),
                Arguments.of("LF after each segment", oneLine(ACTIVE).replace("~", "~\n")),
                Arguments.of("pipes, carets and a newline terminator", delimiters(ACTIVE, '|', '{', '>', "\n")),
                Arguments.of("exclamation marks and apostrophes", delimiters(ACTIVE, '!', '^', '\\', "'")),
                Arguments.of("byte-order mark and blank lines around", "\uFEFF\r\n  " + ACTIVE + "\r\n\r\n"),
                Arguments.of("trailing spaces after the last segment", ACTIVE.strip() + "   "),
                Arguments.of("ISA fields not padded, control number without zeros, no terminator after IEA",
                        ACTIVE.replace("*          *", "**").replace("CLEARHOUSE01   *", "CLEARHOUSE01*")
                                .replace("MAINSTCOUNSEL  *", "MAINSTCOUNSEL*").replace("000000101", "101").strip()
                                .replaceAll("~$", "")),
                Arguments.of("a date the mapping does not use in a shape it cannot read",
                        ACTIVE.replace("DTP*346*D8*20260101", "DTP*102*D8*2026-01")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void theSameAnswerWhateverTheStyle(String style, String x12) {
        List<EligibilityResult> results = read(x12);
        assertThat(results).as(style).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(EligibilityResult.Status.ACTIVE);
            assertThat(r.mentalHealthBenefit()).isEqualTo(EligibilityResult.MentalHealthBenefit.COVERED);
            assertThat(r.copay()).hasValue(Money.usd("30.00"));
            assertThat(r.deductibleRemaining()).hasValue(Money.usd("125.50"));
        });
    }

    @Test
    void severalSubscribersInOneTransactionEachGetTheirOwnAnswer() {
        String inactive = Recorded271.INACTIVE.text();
        String second = inactive.substring(inactive.indexOf("HL*3*"), inactive.indexOf("SE*")).replace("HL*3*2*22", "HL*4*2*22");
        String both = ACTIVE.replace("MSG*DEDUCTIBLE APPLIES BEFORE COINSURANCE~\n", "MSG*DEDUCTIBLE APPLIES BEFORE COINSURANCE~\n" + second);
        int segments = (int) both.substring(both.indexOf("ST*"), both.indexOf("SE*")).chars().filter(c -> c == '~').count() + 1;
        both = both.replace("SE*27*0001", "SE*" + segments + "*0001");
        assertThat(read(both)).extracting(EligibilityResult::status)
                .containsExactly(EligibilityResult.Status.ACTIVE, EligibilityResult.Status.INACTIVE);
    }

    @Test
    void severalTransactionsAndInterchangesInOneFile() {
        String active = oneLine(ACTIVE);
        String inactive = oneLine(Recorded271.INACTIVE.text());
        String transaction = inactive.substring(inactive.indexOf("ST*"), inactive.indexOf("GE*")).replace("ST*271*0001", "ST*271*0002")
                .replace("*0001~", "*0002~");
        String twoTransactions = active.replace("GE*1*101~", transaction + "GE*2*101~");
        assertThat(read(twoTransactions)).extracting(EligibilityResult::status)
                .containsExactly(EligibilityResult.Status.ACTIVE, EligibilityResult.Status.INACTIVE);
        assertThat(read(active + "\n" + inactive)).extracting(EligibilityResult::status)
                .containsExactly(EligibilityResult.Status.ACTIVE, EligibilityResult.Status.INACTIVE);
    }

    @Test
    void benefitsForAMentalHealthProviderOutpatientReadLikeMentalHealthAndInpatientCostsAreNotTaken() {
        EligibilityResult cf = read(ACTIVE.replace("*MH*", "*CF*").replace("*MH~", "*CF~")).get(0);
        assertThat(cf.mentalHealthBenefit()).isEqualTo(EligibilityResult.MentalHealthBenefit.COVERED);
        assertThat(cf.copay()).hasValue(Money.usd("30.00"));
        String withInpatient = ACTIVE.replace("EB*1*IND*MH~\n", "EB*1*IND*MH~\nEB*B*IND*A7*PR**27*500*****Y~\n")
                .replace("SE*27*0001", "SE*28*0001");
        assertThat(read(withInpatient).get(0).copay()).as("an inpatient psychiatric copay is not the therapy copay")
                .hasValue(Money.usd("30.00"));
    }

    @Test
    void aRejectedDependentAndAnotherSubscribersEndedCoverageInOneFile() {
        // Another clearinghouse's style: the first subscriber loop only carries a dependent the payer
        // cannot find (AAA 67); the second subscriber's eligibility ended, given as a 307 range.
        String x12 = String.join("~\n", "ISA*00*          *00*          *ZZ*PAYER          *ZZ*PROVIDER       "
                + "*250310*0930*^*00501*000000777*0*P*:", "GS*HB*PAYER*PROVIDER*20250310*0930*777*X*005010X279A1",
                "ST*271*1001*005010X279A1", "BHT*0022*11*ABC123*20250310*0930", "HL*1**20*1",
                "NM1*PR*2*BLUE CROSS*****PI*00123", "HL*2*1*21*1", "NM1*1P*2*CALM MINDS THERAPY*****XX*1999999984",
                "HL*3*2*22*1", "NM1*IL*1*PARK*MINJI****MI*XYZ998877", "HL*4*3*23*0", "TRN*2*ABC123-1*1999999984",
                "NM1*03*1*PARK*JOON", "AAA*Y**67*C", "HL*5*2*22*0", "TRN*2*ABC123-2*1999999984",
                "NM1*IL*1*LOPEZ*MARIA****MI*LPZ000111", "DMG*D8*19751230*F", "DTP*307*RD8*20240101-20241231",
                "EB*6**30", "MSG*COVERAGE TERMINATED", "SE*20*1001", "GE*1*777", "IEA*1*000000777~");
        List<EligibilityResult> results = read(x12);
        assertThat(results).hasSize(2);
        assertThat(results.get(0).status()).isEqualTo(EligibilityResult.Status.UNKNOWN);
        assertThat(results.get(0).rejection()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("67"));
        assertThat(results.get(0).payerReference()).isEqualTo("ABC123-1");
        assertThat(results.get(1).status()).isEqualTo(EligibilityResult.Status.INACTIVE);
        assertThat(results.get(1).coverageEnds()).hasValue(java.time.LocalDate.of(2024, 12, 31));
    }
}
