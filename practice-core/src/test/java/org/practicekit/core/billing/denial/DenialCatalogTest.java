package org.practicekit.core.billing.denial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.practicekit.core.model.Money;

class DenialCatalogTest {
    private final DenialCatalog catalog = DenialCatalog.standard();

    @Test
    void everyCodeInTheBehavioralHealthTableIsKnown() {
        List<String> carcs = List.of("1", "2", "3", "4", "11", "15", "16", "18", "22", "26", "27", "29", "50", "96", "97",
                "109", "119", "151", "197", "198", "204", "242", "243", "284", "296", "B7", "185", "300", "301");
        List<String> rarcs = List.of("M51", "M62", "M76", "M77", "N54", "N95", "N122", "N20", "N130", "N362", "MA04");
        assertThat(carcs).allMatch(catalog::knowsReason);
        assertThat(rarcs).allMatch(catalog::knowsRemark);
    }

    @ParameterizedTest(name = "{0}-{1} is {2}")
    @CsvSource({"PR,1,PATIENT_RESPONSIBILITY,false", "PR,2,PATIENT_RESPONSIBILITY,false", "PR,3,PATIENT_RESPONSIBILITY,false",
            "CO,45,CONTRACTUAL,false", "CO,4,CODING,true", "CO,11,CODING,true", "CO,15,AUTHORIZATION,true",
            "OA,18,DUPLICATE,true", "CO,22,COORDINATION_OF_BENEFITS,true", "CO,26,ELIGIBILITY,true",
            "CO,27,ELIGIBILITY,true", "CO,29,TIMELY_FILING,true", "CO,50,DOCUMENTATION,true", "CO,96,NON_COVERED,true",
            "CO,97,CODING,true", "CO,109,ELIGIBILITY,true", "CO,119,NON_COVERED,true", "CO,151,DOCUMENTATION,true",
            "CO,197,AUTHORIZATION,true", "CO,198,AUTHORIZATION,true", "PR,204,NON_COVERED,true", "CO,242,ELIGIBILITY,true",
            "CO,243,AUTHORIZATION,true", "CO,284,AUTHORIZATION,true", "CO,296,AUTHORIZATION,true", "CO,B7,ELIGIBILITY,true",
            "CO,185,ELIGIBILITY,true", "CO,300,COORDINATION_OF_BENEFITS,true", "CO,301,COORDINATION_OF_BENEFITS,true"})
    void eachReasonCodeHasItsCategoryAndAnAction(AdjustmentGroup group, String carc, DenialCategory category, boolean denial) {
        DenialFlag flag = catalog.flag("PK1", "90837", Adjustment.of(group, carc, Money.usd("10.00")));
        assertThat(flag.category()).isEqualTo(category);
        assertThat(flag.isDenial()).isEqualTo(denial);
        assertThat(flag.action()).isNotBlank();
        assertThat(flag.summary()).startsWith(group + "-" + carc + " on 90837");
    }

    @Test
    void theGroupCodeSaysWhetherTheClientMayBeBilled() {
        Money m = Money.usd("50.00");
        assertThat(catalog.flag("PK1", "", Adjustment.of(AdjustmentGroup.CO, "204", m)).action()).contains("Do not bill the client");
        assertThat(catalog.flag("PK1", "", Adjustment.of(AdjustmentGroup.PR, "204", m)).action()).contains("assigned this amount to the client");
    }

    @Test
    void aRemarkCodeSharpensAGenericReason() {
        DenialFlag flag = catalog.flag("PK1", "90834",
                new Adjustment(AdjustmentGroup.CO, "16", Money.usd("140.00"), List.of("M62")));
        assertThat(flag.category()).isEqualTo(DenialCategory.AUTHORIZATION);
        assertThat(flag.action()).contains("REF*G1");
    }

    @Test
    void anUnknownCodeIsFlaggedForReviewNotIgnored() {
        DenialFlag flag = catalog.flag("PK1", "", Adjustment.of(AdjustmentGroup.OA, "A1", Money.usd("5.00")));
        assertThat(flag.category()).isEqualTo(DenialCategory.OTHER);
        assertThat(flag.isDenial()).isTrue();
        assertThat(flag.action()).contains("review");
    }
}
