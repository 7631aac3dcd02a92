package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 38 (issue 13): numbers written with letters or in groups (a one- or two-letter prefix, a state code, a check
 * letter after the digits, groups apart), streets written short in lower case, expressways by their initials where
 * someone drives, a department with its number, a day's ordinal with its month after "of" in lower case and after
 * "the night of"; the dev file is corpora/phi/dev-dates-places-r38.txt (written before any change). Left out because
 * the code still misses them (docs/phi-detection.md, round 38): an ordinal day in words with no cue before it ("was
 * buried the eleventh"), brand employers outside "works at" ("since Rivian cut my hours"), and "first of March
 * Madness", a rank read as a date (round 37's code did so too).
 */
class PhiDatesNumbersStreetsRound38Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Her insurance card shows member # NJ 30219874X for the new plan. | HEALTH_PLAN:NJ 30219874X",
        "Pt's operator license is T 330-918-442 per the DMV letter. | LICENSE:T 330-918-442",
        "The MRN at the old hospital was 51 730 926 and records are pending. | MRN:51 730 926",
        "Medicare number 4TR7 PW2 HK19 on the red card. | HEALTH_PLAN:4TR7 PW2 HK19",
        "docket no. CV 2023 11482 for the custody case | ID:CV 2023 11482",
    })
    void aNumberIsFoundWithItsLettersAndGroups(String text, String span) {
        assertThat(probe.found(text)).as(text).contains(span);
        String value = span.substring(span.indexOf(':') + 1);
        assertThat(probe.sentThroughGuard(text)).as(text).doesNotContain(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "she used to live off 9th ave by the park | 9th ave",
        "my cousin stays on dunmore blvd with his girlfriend | dunmore blvd",
        "his car broke down on the BQE and he had a panic attack | BQE",
        "stuck in traffic on the FDR again, sorry im late | FDR",
        "she commutes I-76 every day and hates it | I-76",
        "please mail the form to Dept. 31 at the county office | Dept. 31",
        "my father was buried on the eleventh of may and i still dream of him | the eleventh of may",
        "the twenty third of june is when the lease ends | the twenty third of june",
        "she keeps replaying the night of the 9th when he left | the 9th",
    })
    void aPlaceOrDateWrittenShortIsFound(String text, String value) {
        assertThat(probe.found(text).stream().anyMatch(f -> f.endsWith(":" + value) || f.contains(value)))
                .as(text + " " + probe.found(text)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "she used to live off 9th ave by the park | 9th ave",
        "my cousin stays on dunmore blvd with his girlfriend | dunmore",
        "his car broke down on the BQE and he had a panic attack | BQE",
        "please mail the form to Dept. 31 at the county office | Dept. 31",
        "my father was buried on the eleventh of may and i still dream of him | may",
    })
    void theGuardSendsNoneOfIt(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).as(text).doesNotContain(value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "We reviewed the PHQ and GAD scores and started CBT skills.",
        "She took the SAT twice and passed the second time.",
        "Client took lorazepam 1 mg 2x daily for a week.",
        "this was the 4th session and she talked more",
        "we talked about the day of the 3rd session again",
        "the third session of may is canceled for the holiday",
        "Billed 90834 with F43.10; PCL-5 at 38.",
        "we were on the SAME page for once",
    })
    void aClinicalWordACountOrASaintGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void theRoundsDevFileHoldsItsFigures() {
        PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("dev-dates-places-r38",
                PhiCorpus.corpus("dev-dates-places-r38.txt"));
        e.assertHolds(0.85, 0, 0, 0.05); // round 37's code: recall 0.723, 4 on the wire, 1 of 21 (4.8 %)
    }
}
