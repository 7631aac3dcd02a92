package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Places named without a cue (issue 13, round 22), read by their shape in the slot: a street named after its street
 * word in Spanish, Portuguese or French ("la calle Allende"), a saint's parish or hospital typed in lower case ("in
 * st francis"), a field office by its number or its area ("Region 9", "the Westside office"), a neighbourhood or a
 * shelter by one capitalized word where the client lives or stays ("in the Patch"), a care site by its street. The
 * same shapes as a generic street, a verb, a holiday, an agency's office, a kind of place or a prayer go out as
 * written. Sentences invented for this test, none from the dev file.
 */
class PhiPlacesRound22Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mis papás viven en la calle Allende desde los noventa | Allende",
        "el taller queda en la avenida Insurgentes | Insurgentes",
        "a loja dela fica na Rua Oscar Freire | Oscar Freire",
        "they took her to st francis after the seizure | francis",
        "she was admitted to san rafael over the weekend | rafael",
        "his probation moved him to Region 9 last month | Region 9",
        "the caseworker at the Westside office lost the forms | Westside",
        "my cousin grew up in the Patch and still lives there | Patch",
        "he has been staying at the Anchorage since the eviction | Anchorage",
        "they stitched him up at the hospital on Cermak | Cermak",
    })
    void theShapeKeepsTheValueOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mis papás viven en la calle Allende desde los noventa | LOCATION:la calle Allende",
        "they took her to st francis after the seizure | LOCATION:st francis",
        "his probation moved him to Region 9 last month | LOCATION:Region 9",
        "the caseworker at the Westside office lost the forms | LOCATION:the Westside office",
        "my cousin grew up in the Patch and still lives there | LOCATION:the Patch",
    })
    void theDetectorFindsTheWholePlace(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "you will rue the day you quit therapy, he joked",
        "she lights a candle for saint jude every night",
        "he went to the Social Security office about his check",
        "she waited at the DMV office all morning",
        "he stayed in the hospital for a week after the fall",
        "he stayed at the Shelter for two nights before the bed opened",
        "we spent St. Patrick's Day at home this year",
    })
    void theSameShapeAsAPublicWordGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "su hermano duerme en la calle desde marzo",
        "dice que la calle donde vive es muy ruidosa",
    })
    void theStreetWordWithoutANameStaysAsWritten(String text) {
        // "en la calle" is being homeless or out, "la calle donde" a street nobody named
        assertThat(probe.sentThroughGuard(text)).contains(text.substring(text.indexOf("la calle"),
                text.indexOf("la calle") + 14));
    }
}
