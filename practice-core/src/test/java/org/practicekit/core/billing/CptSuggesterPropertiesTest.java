package org.practicekit.core.billing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;

class CptSuggesterPropertiesTest {
    private final CptSuggester suggester = CptSuggester.standard();

    @Property
    void individualPsychotherapyIsOneCodeByTotalTime(@ForAll @IntRange(min = 0, max = 600) int minutes,
            @ForAll boolean withEm, @ForAll Telehealth telehealth, @ForAll boolean home, @ForAll PayerKind payer) {
        CptSuggestion s = suggester.suggest(SessionFacts.builder().serviceType(ServiceType.INDIVIDUAL).minutes(minutes)
                .withEvaluationAndManagement(withEm).telehealth(telehealth).clientAtHome(home).payer(payer).build());
        boolean audioNotCovered = payer == PayerKind.MEDICARE && telehealth == Telehealth.AUDIO_ONLY && !home;
        assertThat(s.billable()).isEqualTo(minutes >= 16 && !audioNotCovered);
        assertThat(s.lines()).hasSizeLessThanOrEqualTo(1);
        s.lines().forEach(l -> assertThat(l.units()).isEqualTo(1));
        assertThat(s.placeOfService()).matches("[0-9]{2}");
    }

    @Property
    void crisisUnitsFollowTheFormula(@ForAll @IntRange(min = 30, max = 600) int minutes) {
        CptSuggestion s = suggester.suggest(SessionFacts.builder().serviceType(ServiceType.CRISIS).minutes(minutes)
                .payer(PayerKind.COMMERCIAL).build());
        assertThat(s.lines().get(0).code()).isEqualTo("90839");
        int additional = minutes < 75 ? 0 : (minutes - 75) / 30 + 1;
        assertThat(s.line("90840").map(CptLine::units).orElse(0)).isEqualTo(additional);
    }

    @Property
    void everyValidSessionGetsAnAnswerWithAReason(@ForAll ServiceType type, @ForAll @IntRange(min = 0, max = 1440) int minutes,
            @ForAll boolean withEm, @ForAll boolean complexity, @ForAll Telehealth telehealth, @ForAll boolean home,
            @ForAll PayerKind payer) {
        CptSuggestion s = suggester.suggest(SessionFacts.builder().serviceType(type).minutes(minutes).withEvaluationAndManagement(withEm)
                .interactiveComplexity(complexity).telehealth(telehealth).clientAtHome(home).payer(payer).build());
        assertThat(s.rationale()).isNotEmpty();
        assertThat(s.codes()).doesNotHaveDuplicates();
        if (complexity && !s.codes().contains("90785")) {
            // Either the add-on was dropped with a warning, or the whole session is not covered and says so.
            assertThat(s.warnings().stream().anyMatch(w -> w.contains("90785 dropped"))
                    || s.rationale().stream().anyMatch(r -> r.contains("not covered"))).isTrue();
        }
        if (s.codes().contains("90785")) {
            assertThat(s.codes().get(0)).isNotIn("90839", "90846", "90847", "90849");
        }
    }
}
