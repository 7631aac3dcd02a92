package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The token model in the register clients and front desks write (round 6): names in the slots a text message
 * makes for them, places without a place word, and the same register's ordinary words left readable. The
 * sentences are written for this test; none comes from a corpus.
 */
class NameTokenModelRegisterTest {
    private static final PatternPhiDetector DETECTOR = PatternPhiDetector.builder().build();

    private static List<String> found(String text) {
        return DETECTOR.detect(text).stream().map(s -> s.textOf(text)).toList();
    }

    @Test
    void aNameInTheSlotsATextMessageMakesIsFound() {
        assertThat(found("yaretzi here, running late sorry")).contains("yaretzi");
        assertThat(found("this is keziah's mom, she has a fever")).contains("keziah");
        assertThat(found("my friend eliud did it not me lol")).contains("eliud");
        assertThat(found("zyaire (my roommate) said i should text u")).contains("zyaire");
        assertThat(found("it's jaylani lol new phone")).contains("jaylani");
    }

    @Test
    void initialsAndNicknamesArePeople() {
        assertThat(found("everyone calls him \"TK\" at school")).contains("TK");
        assertThat(found("Dr. M said to call before the refill.")).contains("Dr. M"); // the span starts at the title
        assertThat(found("Boyfriend K.D. drove her; she waited in the car.")).contains("K.D.");
    }

    @Test
    void placesWithoutAPlaceWordAreFound() {
        assertThat(found("took the teal line and it stopped for an hour")).contains("the teal line"); // read with its article since round 20
        assertThat(found("meet me at the walmart on 71st after work")).anyMatch(s -> s.contains("71st"));
    }

    @Test
    void theSameRegistersOrdinaryWordsStayReadable() {
        for (String text : List.of("will do, see u friday", "i have hope again tbh", "the dodgers lost again lol",
                "my dog noodle ate my charger", "Records requested by the school; sent Monday.",
                "plan B is to stay at my moms", "took vitamin D like u said")) {
            assertThat(DETECTOR.detect(text)).as(text).isEmpty();
        }
    }
}
