package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What still reached the wire (issue 13, round 20), read by the slot: a road by its class and number after a word of
 * travel, a congregation by its head word or its opener after a preposition of place, the company named after the
 * word "employer", a lower-case district where the client lives, the name a caller gives themselves, a month tied to
 * a year, a ring road in lower case on a drive, and a word-name "from the office" before a person's verb. The same
 * words as a plain word, a month, a city in the news, a benefit or a kind of church go out as written. Sentences
 * invented for this test, none from the dev file.
 */
class PhiLeaksRound20Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my trailer is right off Route 31 past the feed store | Route 31",
        "the tire blew near exit 44 so I will be late | exit 44",
        "she rents a room on County Rd 12 from her aunt | County Rd 12",
        "he pulled over at mile marker 61 and called me | mile marker 61",
        "we usually take US 41 home after group | US 41",
        "she plays piano at bethel fellowship on sundays | bethel fellowship",
        "his bar mitzvah was at Temple Sinai | Temple Sinai",
        "la señora que conozco de la iglesia San Rafael me vio | iglesia San Rafael",
        "Her employer, Pinnacle, denied the leave request | Pinnacle",
        "Intake form lists employer as Wegmans (cashier) | Wegmans",
        "they moved to the north side after the eviction | north side",
        "my apartment in the flats has mold again | flats",
        "Hi, it's Juniper, returning your call from this morning | Juniper",
        "VM: \"Hello, this is August from the pharmacy about a refill.\" | August",
        "sorry for the long text. my name is tobias and my wife made me write | tobias",
        "her brother died october of last year and she froze | october",
        "stuck in traffic on the beltway, running 10 min late | beltway",
        "gail from the office called me about my bill | gail",
    })
    void theSlotKeepsTheValueOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my trailer is right off Route 31 past the feed store | LOCATION:Route 31",
        "she sings in the choir at hope fellowship | LOCATION:hope fellowship",
        "Her employer, Pinnacle, denied the leave request | LOCATION:Pinnacle",
        // The whole-spans reading joins a district with its article for callers of detect().
        "they moved to the north side after the eviction | LOCATION:the north side",
        "her brother died october of last year and she froze | DATE:october",
    })
    void theDetectorFindsTheSpanAndItsType(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the detour took us 2 hours out of the way",
        "we talked about exit strategies for the safety plan",
        "she scored 12 on the intake and 9 at follow-up",
        "he goes to mass at the catholic church by the school",
        "she keeps a picture of Our Lady of Guadalupe by the bed",
        "we talked at church about forgiveness",
        "My employer EAP gave me six free sessions",
        "the employer portal would not let her upload the note",
        "she likes the south side of the room, near the window",
        "the heights of the shelves at work make her dizzy",
        "Hi, it's May already and I still haven't sent the forms.",
        "it's sunny here so we are walking outside today",
        "Hi, this is mom, call me when you get this",
        "the march of time scares him, he says",
        "there is a beltway around every big city, he said",
        "Summer at the office is always slow",
    })
    void theSameWordAsAWordMonthOrKindOfPlaceGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
