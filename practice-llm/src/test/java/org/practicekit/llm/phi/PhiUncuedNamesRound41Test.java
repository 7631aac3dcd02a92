package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 41 (issue 13): given names with no cue that are also English or Spanish words, lower-case names in texts,
 * short nicknames, and the same words used as words, from the round's dev file
 * corpora/phi/dev-uncued-names-r41.txt (written before any change). Left out because
 * the code at f2480c58 still misses them (docs/phi-detection.md, round 41): on the wire "Paz llamó anoche", "honestly dot
 * is the only friend who checks on me", "Rip got out of county", "Guy is the name of her new probation officer", "ngl
 * rich has been acting weird"; replaced though a word: "wade" in "The kids wade in the creek" (a lower-case word
 * after a plural noun read as a name), "Forecast" and "Apaga" (a capitalized sentence start before "says" / a
 * Spanish imperative read as a name; their snippets' word names stay).
 */
class PhiUncuedNamesRound41Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Rocky slammed the door when I asked about the report card. | Rocky",
        "Misty doesn't answer my calls anymore and I think she blocked me. | Misty",
        "Honestly Ginger is the only one at work I trust. | Ginger",
        "Rusty wanted to borrow money again and I said no for once. | Rusty",
        "Dusty and I split the rent but he never pays on time. | Dusty",
        "Sunny came over after school and they played video games all evening. | Sunny",
        "Crystal keeps posting about me online. | Crystal",
        "i asked cruz to pick up the kids and he forgot again | cruz",
        "Dolores no quiere venir a la sesión de familia. | Dolores",
        "Rosario cuida a los niños los martes. | Rosario",
        "Amparo says the landlord is threatening to evict them. | Amparo",
        "Luz stopped taking her meds because they made her gain weight. | Luz",
        "Sol is moving back in with her dad next month. | Sol",
        "Buck said the divorce papers are coming Monday. | Buck",
        "Penny is staying with us until her lease starts. | Penny",
        "Ruby cried at drop-off and wouldn't let go of my leg. | Ruby",
        "Pearl is turning ninety and the family is fighting over who hosts. | Pearl",
        "Amber left the group chat after the argument. | Amber",
        "Jade and Olive are both starting daycare in the fall. | Jade",
        "Jade and Olive are both starting daycare in the fall. | Olive",
        "Forrest won't let anyone else drive his truck. | Forrest",
        "Heath called the school pretending to be her father. | Heath",
        "Cliff lost his job at the plant and hasn't told his wife. | Cliff",
        "Brook is the one who found him on the bathroom floor. | Brook",
        "my cousin and skye are driving down friday | skye",
        "Lane has been sleeping in his car since March. | Lane",
        "Drew got into a fight at the game and has a court date. | Drew",
        "Wade keeps asking to move in with her. | Wade",
        "Chip brought her flowers after the fight like nothing happened. | Chip",
        "Mercedes finally agreed to come to couples counseling. | Mercedes"
    })
    void theNameIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).as(text).doesNotContainPattern("\\b" + value + "\\b");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The hike got rocky near the top and she had a panic attack halfway up.",
        "It was misty on the drive in, so I was late and anxious the whole way.",
        "She drinks ginger tea before bed to settle her stomach.",
        "The gate is rusty and squeaks every time he comes home late.",
        "Client says the basement is dusty and triggers his asthma.",
        "She found a crystal at the beach and keeps it in her pocket as a grounding object.",
        "the cross on her necklace was her grandmother's",
        "Lo que más quiere es paz en la casa, sin gritos.",
        "Tiene dolores de cabeza casi todos los días desde el accidente.",
        "Her grandmother prays the rosario every night before dinner.",
        "She sat in the sol del patio for an hour and felt calmer.",
        "put a dot on the calendar for each day without a drink",
        "She tried to rip up the letter but kept it in the end.",
        "He owes me a buck from the vending machine, he joked.",
        "Not one penny of child support this year, client reports.",
        "The ruby ring was her mother's and she pawned it during her relapse.",
        "She wore the pearl earrings to court for luck.",
        "Client noticed an amber alert on his phone and it brought up memories of his brother.",
        "We talked about olive oil and cooking as a way to plan meals on a budget.",
        "They walked in the forest behind the clinic during session.",
        "He stood at the edge of the cliff and thought about jumping but stepped back.",
        "They sat by the brook and practiced paced breathing.",
        "the sky was so dark yesterday i couldnt get out of bed",
        "Some guy at the bus stop yelled at her and she froze.",
        "She merged into the wrong lane and had a panic attack on the freeway.",
        "He drew a picture of his family without his father in it.",
        "He has a chip on his shoulder about the promotion he didn't get.",
        "the soil there is rich and she loves gardening, it calms her"
    })
    void theSameWordAsAWordGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void theRoundsDevFileHoldsItsFigures() {
        PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("dev-uncued-names-r41",
                PhiCorpus.corpus("dev-uncued-names-r41.txt"));
        e.assertHolds(0.85, 5, 0, 0.04); // round 40's code: recall 0.857, 5 of 35 on the wire, 1 of 31 (3.2 %)
    }
}
