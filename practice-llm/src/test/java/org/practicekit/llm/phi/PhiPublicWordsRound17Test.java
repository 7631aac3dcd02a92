package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 17: a public word stays public when the sentence says what it is: a work after a verb of its
 * medium, in quotation marks or before "by" and its author; a figure with a role of public life; a place named as a
 * trip or as news; a holiday as an occasion or an observance; a practice, a device brand or a billing vendor. The same
 * words where the client lives, works or is cared for, or as someone the client knows, are still replaced. Sentences
 * invented for this test, none from the dev file.
 */
class PhiPublicWordsRound17Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "We read Charlotte's Web by E. B. White together in session and she cried at the end.",
        "he keeps humming \"Delilah\" on repeat when he is anxious",
        "Dad finished Hold Me Tight by Sue Johnson and wants to try the exercises.",
                        "Her favorite singer is Chavela Vargas and she plays her at night.",
        "We read a poem by Wendell Berry about rest.",
        "he watched a documentary about Amado Carrillo and asked what a cartel boss earns",
        "Client fears El Cucuy since her brother told her the story.",
        "She dreams of going to Lisbon someday, just her and a notebook.",
        "he could not stop watching the news about the flooding in Valencia",
        "Anniversary reaction expected around her mother's yartzeit.",
        "She dreads the Pesach dinner with her in-laws.",
        "She started Qigong with her sister and sleeps better.",
        "my new Signia hearing aids are so much better in group",
        "Claim status checked in Availity: rejected for a missing NPI.",
    })
    void aPublicWordGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Her sister Chavela drove her to the appointment. | Chavela",
        "my friend Wendell from work said i should come | Wendell",
        "We moved here from Lisbon after the divorce and I have no friends yet. | Lisbon",
        "she lives in Valencia now and the commute is long | Valencia",
        "Her coworker Sue Johnson covered the shift. | Sue Johnson",
        "He works the night shift at Availity processing claims. | Availity",
        // a name after a verb alone is still someone; a holiday that dates an event is still a date
        "she keeps listening to Rosalind talk about her ex | Rosalind",
        "He texted Marisol Vega after the session. | Marisol Vega",
        "She relapsed on Pesach last year. | Pesach",
        "Sober since Christmas Eve 2021, he says. | Christmas Eve 2021",
    })
    void theSameWordInTheClientsLifeIsReplaced(String text, String identifier) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(identifier);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Recommended The Body Keeps the Score by Bessel van der Kolk to the client. | Bessel van der Kolk",
        "Her favourite poet is Mary Oliver and she reads her before bed. | Mary Oliver",
    })
    void theDetectorReportsNoAuthorOrFigure(String text, String figure) {
        assertThat(PatternPhiDetector.builder().build().detect(text)).noneSatisfy(s -> assertThat(figure)
                .contains(s.textOf(text)));
    }
}
