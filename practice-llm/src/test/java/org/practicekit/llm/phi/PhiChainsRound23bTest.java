package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stores, restaurants, labs and companies read deny by default (issue 13, round 23b): a listed company, a
 * capitalized run ending in a word of a company's name, a listed store in lower case and any store in a sentence of
 * work leave the guard as a placeholder, and go out as written only as the brand of a thing (a product after it, a
 * verb of eating or buying before it) or an app or a service used ("ordered on"). A capitalized store outside a
 * sentence of work keeps round 15's reading. Sentences invented for this test, none from the dev file.
 */
class PhiChainsRound23bTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "she restocks the freezer aisle at safeway three nights a week | safeway",
        "my brother got let go by Walgreens in june | Walgreens",
        "we ate at culver's after the game and he melted down | culver's",
        "her panic started in the parking lot of a hy-vee | hy-vee",
        "he clocked in at Kohls late again and got written up | Kohls",
        "she answers phones for Redfield Logistics downtown | Redfield Logistics",
        "his dad has been a chemist with Amgen for years | Amgen",
        "the lab work went to Silverpine Labs on tuesday | Silverpine Labs",
        "took a job at Marlow Systems Inc and hates the commute | Marlow Systems Inc",
        "I saw her crying outside target yesterday | target",
    })
    void aStoreOrAnEmployerLeavesAsAPlaceholder(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    /** The convention from round 23b on: a capitalized store where someone is, goes, shops or meets is a place. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we met up at Panera before group and she cried | Panera",
        "he drove the twins to IKEA on saturday to look at bunk beds | IKEA",
        "She sat in the Dunkin' parking lot for an hour after the call. | Dunkin'",
        "a quick Walmart run turned into a panic attack at the registers | Walmart",
        "Client went to Trader Joe's with her sister, the first outing since discharge. | Trader Joe's",
        "i'm at Target rn can we push to 4 | Target",
    })
    void aStoreWhereSomeoneIsLeavesAsAPlaceholder(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "she brought a Safeway sheet cake to group",
        "he keeps a Walgreens receipt in his wallet as a reminder",
        "ordered a weighted blanket on Amazon at midnight",
        "paid her back with Venmo so they didnt have to talk",
        "he lives on Culver's burgers when his mom is away",
        "her Amgen stock is all she has saved",
        "he drives a used Audi his uncle sold him",
        "we got Culver's on the way home from group",
        "my target weight is lower than last year",
        "we took the subway to the appointment",
        "Internal Family Systems work helped her with the parts",
    })
    void aBrandOrAWordGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
