package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 33 (public people, works and programs left alone): a public figure or a work by its full listed name
 * (writers, psychologists, musicians, athletes, titles of books, songs, shows and podcasts), a full public name after
 * "with" that someone relates to ("obsessed with", "identifies with"), a chain's word inside a figure's full name
 * ("Bob Ross videos"), a full name's possessive before a published work ("Matt Haig's book"), a staging eponym with
 * its grade ("Tanner stage 2") and a researcher's study ("the Felitti study") go out as written; the same names as a
 * relative, a friend, a coach, a roommate, someone met with, or a friend's own show are still replaced.
 * Sentences written for this test, none from a dev or blind file (the round's dev file is
 * corpora/phi/dev-public-people-r33.txt). Still missed and left out here: an EAP vendor that is also a given name in a
 * sentence with a word of work ("Lyra sessions through work": the employer reading wins), a store after "at" where the
 * client shopped ("bought clothes at Old Navy": round 23b's convention), and a public figure not on the lists and in no
 * slot ("she's into Mitski's ex now" reads by the list only).
 */
class PhiPublicPeopleRound33Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "she has been rereading Anne Lamott and it helps her write again",
        "He is obsessed with Noah Kahan right now, every song is about his hometown.",
        "Client related strongly to Matt Haig's book about depression.",
        "He falls asleep to Bob Ross videos most nights.",
        "Pediatric note lists Tanner stage 2; she is worried about being first in her class.",
        "She identifies with Esther Perel on the affair question.",
        "We listened to Simon & Garfunkel in the car after the funeral.",
        "She cried at a Lewis Capaldi song in the grocery store.",
        "Pt finished Jennette McCurdy's memoir in two days.",
        "We went over the Felitti study after her ACE score came back.",
    })
    void aPublicPersonOrWorkGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my cousin Noah Kahan came to stay with us | Kahan",
        "he met with Noah Kahan after school | Kahan",
        "Coach Tanner said he can play again next week. | Tanner",
        "her friend Bob Ross owes her money | Ross",
        "Ana Ruiz's show was amazing and she felt jealous. | Ruiz",
        "my brother Matt Haig's book report is due | Haig",
        "He is obsessed with Dana Whitfield and texts her constantly. | Whitfield",
        "my roommate Kessler's study guide got wet | Kessler",
    })
    void theSameKindOfNameAsSomeoneInTheClientsLifeIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }
}
