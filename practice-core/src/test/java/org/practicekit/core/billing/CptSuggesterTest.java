package org.practicekit.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;

class CptSuggesterTest {
    private final CptSuggester suggester = CptSuggester.standard();

    private static SessionFacts.Builder individual(int minutes) {
        return SessionFacts.builder().serviceType(ServiceType.INDIVIDUAL).minutes(minutes).payer(PayerKind.COMMERCIAL);
    }

    @Test
    void invalidFactsNameEveryProblemAtOnce() {
        assertThatThrownBy(() -> SessionFacts.builder().minutes(-5).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.hasProblemAt("serviceType")).isTrue();
                    assertThat(e.hasProblemAt("payer")).isTrue();
                    assertThat(e.hasProblemAt("minutes")).isTrue();
                    assertThat(e.problems()).hasSize(3);
                });
    }

    @Test
    void endBeforeStartIsRejected() {
        Instant start = Instant.parse("2026-11-30T15:00:00Z");
        assertThatThrownBy(() -> SessionFacts.builder().serviceType(ServiceType.INDIVIDUAL).payer(PayerKind.MEDICARE)
                .times(start, start.minusSeconds(600)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasProblemAt("end")).isTrue());
    }

    @Test
    void timedServicesNeedMinutesButGroupsDoNot() {
        assertThatThrownBy(() -> SessionFacts.builder().serviceType(ServiceType.CRISIS).payer(PayerKind.MEDICARE).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasProblemAt("minutes")).isTrue());
        SessionFacts group = SessionFacts.builder().serviceType(ServiceType.GROUP).payer(PayerKind.MEDICAID).build();
        assertThat(group.minutes()).isEmpty();
        assertThat(suggester.suggest(group).codes()).containsExactly("90853");
    }

    @Test
    void minutesComeFromStartAndEndTimes() {
        Instant start = Instant.parse("2026-11-30T15:00:00Z");
        SessionFacts facts = SessionFacts.builder().serviceType(ServiceType.INDIVIDUAL).payer(PayerKind.COMMERCIAL)
                .times(start, start.plusSeconds(53 * 60)).build();
        assertThat(facts.minutes()).hasValue(53);
        assertThat(suggester.suggest(facts).codes()).containsExactly("90837");
    }

    @Test
    void minutesThatDisagreeWithTheTimesAreRejected() {
        Instant start = Instant.parse("2026-11-30T15:00:00Z");
        assertThatThrownBy(() -> individual(45).times(start, start.plusSeconds(30 * 60)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasProblemAt("minutes")).isTrue());
    }

    @Test
    void theRationaleExplainsTheThresholdAndThePlace() {
        CptSuggestion s = suggester.suggest(individual(52).build());
        assertThat(s.rationale().get(0)).contains("52 minutes", "38-52", "90834");
        assertThat(s.rationale().get(1)).contains("POS 11");
    }

    @Test
    void theEmCodeIsNeverSuggested() {
        CptSuggestion s = suggester.suggest(individual(40).withEvaluationAndManagement(true).build());
        assertThat(s.codes()).containsExactly("90836");
        assertThat(s.rationale().get(0)).contains("listed after the E/M code the clinician chooses");
    }

    @Test
    void aPayerRulePackOverridesTheModifierAndPlaceForItsPlanOnly() {
        CptSuggester withPack = CptSuggester.builder()
                .addRulePack(PayerRulePack.builder("Lakeshore PPO").forPayerId("LKS01").videoModifier("GT")
                        .videoPlaceOfService("11", "11").build())
                .build();
        SessionFacts lakeshore = individual(53).telehealth(Telehealth.VIDEO).clientAtHome(true).payerId("LKS01").build();
        CptSuggestion s = withPack.suggest(lakeshore);
        assertThat(s.lines().get(0).modifiers()).containsExactly("GT");
        assertThat(s.placeOfService()).isEqualTo("11");
        assertThat(s.rationale()).anyMatch(r -> r.contains("Lakeshore PPO"));

        CptSuggestion other = withPack.suggest(lakeshore.toBuilder().payerId("OTHER").build());
        assertThat(other.lines().get(0).modifiers()).containsExactly("95");
        assertThat(other.placeOfService()).isEqualTo("10");
    }

    @Test
    void theFirstMatchingPackWins() {
        CptSuggester s = CptSuggester.builder()
                .addRulePack(PayerRulePack.builder("first").forPayerKind(PayerKind.COMMERCIAL).videoModifier("GT").build())
                .addRulePack(PayerRulePack.builder("second").forPayerKind(PayerKind.COMMERCIAL).videoModifier("").build())
                .build();
        assertThat(s.suggest(individual(45).telehealth(Telehealth.VIDEO).build()).lines().get(0).modifiers())
                .containsExactly("GT");
    }

    @Test
    void ruralHealthClinicsUseFqForMedicareAudioOnly() {
        CptSuggester clinic = CptSuggester.builder().addRulePack(PayerRulePack.ruralHealthClinicAudioOnly()).build();
        SessionFacts facts = individual(45).payer(PayerKind.MEDICARE).telehealth(Telehealth.AUDIO_ONLY).clientAtHome(true).build();
        assertThat(clinic.suggest(facts).lines().get(0).modifiers()).containsExactly("FQ");
        assertThat(clinic.suggest(facts.toBuilder().payer(PayerKind.COMMERCIAL).build()).lines().get(0).modifiers())
                .containsExactly("93");
    }

    @Test
    void aPlanThatDoesNotCoverAudioOnlyMakesItNotBillable() {
        CptSuggester s = CptSuggester.builder().addRulePack(PayerRulePack.builder("no audio").forPayerId("NOAUD")
                .audioOnly(TelehealthPolicy.AudioOnly.NOT_COVERED, TelehealthPolicy.AudioOnly.NOT_COVERED).build()).build();
        CptSuggestion out = s.suggest(individual(45).telehealth(Telehealth.AUDIO_ONLY).clientAtHome(true).payerId("NOAUD").build());
        assertThat(out.billable()).isFalse();
        assertThat(out.rationale()).anyMatch(r -> r.contains("not covered"));
    }

    @Test
    void theCrisisBoundaryIsASetting() {
        CptSuggester strict = CptSuggester.builder().rules(CptRules.standard().withCrisisFirstUnitMinutes(31)).build();
        SessionFacts thirty = SessionFacts.builder().serviceType(ServiceType.CRISIS).minutes(30).payer(PayerKind.COMMERCIAL).build();
        assertThat(strict.suggest(thirty).codes()).containsExactly("90832");
        assertThat(suggester.suggest(thirty).codes()).containsExactly("90839");
        assertThat(strict.suggest(thirty.toBuilder().minutes(31).build()).codes()).containsExactly("90839");
    }

    @Test
    void medicareTelehealthDatesComeFromTheRules() {
        SessionFacts facts = individual(45).payer(PayerKind.MEDICARE).telehealth(Telehealth.VIDEO).clientAtHome(false)
                .serviceDate(LocalDate.of(2028, 3, 1)).build();
        CptSuggestion s = suggester.suggest(facts);
        assertThat(s.warnings()).anyMatch(w -> w.contains("flexibilities ended on 2027-12-31"))
                .anyMatch(w -> w.contains("in-person visit"));
        CptSuggestion before = suggester.suggest(facts.toBuilder().serviceDate(LocalDate.of(2026, 11, 30)).build());
        assertThat(before.warnings()).isEmpty();
    }

    @Test
    void brokenRuleDataNamesEveryBadEntry() throws IOException {
        Properties p = new Properties();
        try (var in = CptRules.class.getResourceAsStream("cpt-rules.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        p.setProperty("individual.standalone", "38:90834:45,16:90832:30");
        p.setProperty("group", "9085");
        p.remove("pos.office");
        assertThatThrownBy(() -> CptRules.fromProperties(p)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.hasProblemAt("individual.standalone")).isTrue();
            assertThat(e.hasProblemAt("group")).isTrue();
            assertThat(e.hasProblemAt("pos.office")).isTrue();
        });
    }

    @Test
    void aPracticeCanLoadItsOwnRuleData() throws IOException {
        StringBuilder text = new StringBuilder();
        try (var in = CptRules.class.getResourceAsStream("cpt-rules.properties")) {
            text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        String edited = text.toString().replace("edition=CPT 2026", "edition=CPT 2027")
                .replace("individual.standalone=16:90832:30,38:90834:45,53:90837:60",
                        "individual.standalone=16:90832:30,38:90834:45,55:90837:60");
        CptRules rules = CptRules.load(new StringReader(edited));
        assertThat(rules.edition()).isEqualTo("CPT 2027");
        CptSuggester s = CptSuggester.builder().rules(rules).build();
        assertThat(s.suggest(individual(54).build()).codes()).containsExactly("90834");
    }
}
