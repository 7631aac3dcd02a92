package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 37 (whose number, whose date): the release of an office's line reads who owns the number. A number
 * the office acts on (the desk is to call, text or fax it, a voicemail was left at it, records went to it) is someone
 * else's and is replaced, whatever office words stand before it; the practice's own line, where the practice is its
 * possessor by its own noun ("the office's fax is"), goes out. "our fax" and "call us" are the writer's, and a caller's
 * or a lawyer's are theirs: replaced. A fixed holiday the office
 * closes for is released written day first too ("closed 25 December"), and a range written day first is one date
 * ("from 2 to 9 March", "away 2-9 June"). Sentences written for this test, none from a dev or blind file; the dev file
 * is corpora/phi/dev-owners-r37.txt.
 */
class PhiOwnersRound37Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "front desk to call (253) 555-0168 tomorrow about her refill | 555-0168",
        "Reception please text (971) 555-0142 the new room number | 555-0142",
        "the billing office will call him at (402) 555-0119 on Monday | 555-0119",
        "main office left a voicemail at 314-555-0186, no callback | 555-0186",
        "the front desk faxed the letter to (248) 555-0177 for her lawyer | 555-0177",
        "scheduling line to ring (862) 555-0135 if the slot frees up | 555-0135",
        "front desk number she gave us is (385) 555-0129, update her chart | 555-0129",
        "Front desk: try (410) 555-0153 again after lunch | 555-0153",
        "hi, Dana at Lakeside Family Law returning your call, our fax is (440) 555-0123 | 555-0123",
        "front desk, can someone call us at (505) 555-0148, my wife is not doing well | 555-0148",
        "we mailed the invoice to Suite 8C at her lawyer's building | 8C",
        "from 4 to 11 May she stayed with her aunt | 4 to",
        "between 20 and 27 July he was on the ward | 20 and",
        "he was away 3-10 October with his father | 3-10",
        "she is 94 and still walks to the market | 94",
        "at 91 he still drives to see her every Sunday | 91",
        "her grandmother, 96, moved in after the fall | 96",
        "on 3 June her brother was arrested | 3 June",
        "el 3 de junio se fue de la casa | 3 de junio",
    })
    void aNumberADateOrAnAgeThatIsSomeonesIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).as(text).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The office's fax is (312) 555-0199.",
        "The practice's main number is (971) 555-0101.",
        "The front desk fax is (919) 555-0105 for records requests.",
        "Our main line is (720) 555-0170, press 1 for scheduling.",
        "The practice is closed 25 December and 1 January.",
        "Office closed 4 July, no sessions that day.",
        "Our office is in Suite 210 on the second floor.",
        "Sertraline 100 mg at night, PHQ-9 was 12.",
        "The group meets in Room 96 on Thursdays.",
        "she slept 2 to 3 hours a night all week",
    })
    void thePracticesOwnLineClosureOrANumberThatIsNoIdentifierGoesOut(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void theRoundsDevFileHoldsItsFigures() {
        PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("dev-owners-r37",
                PhiCorpus.corpus("dev-owners-r37.txt"));
        // round 36's code: recall 0.821, 14 on the wire, 14 of 48 snippets with a hard negative replaced (29.2 %)
        e.assertHolds(0.99, 0, 0, 0.21); // round 37: 1.000, 0 on the wire, 10 of 48 (20.8 %): "our"/"us" lines replaced
    }
}
