package org.practicekit.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.practicekit.core.ValidationException;

class SubmissionReviewPropertiesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final IntakePacket PACKET = IntakePacket.standard();

    @Provide
    Arbitrary<String> itemIds() {
        return Arbitraries.of(PACKET.items().stream().map(IntakeItem::id).toList());
    }

    @Property(tries = 400)
    void anyTextForAnyItemIsEitherCanonicalOrAValidationProblemAtThatItem(@ForAll("itemIds") String itemId,
            @ForAll String raw) {
        IntakeSubmission s = IntakeSubmission.builder().answer(InsuranceField.SELF_PAY_ITEM, "false")
                .answer(itemId, raw).build();
        try {
            IntakeReview r = PACKET.review(s, Map.of(), Set.of(), TODAY);
            String canonical = r.answers().get(itemId);
            // A canonical answer is accepted again unchanged.
            IntakeReview again = PACKET.review(IntakeSubmission.builder().answer(itemId, canonical).build(),
                    r.answers(), Set.of(), TODAY);
            assertThat(again.answers().get(itemId)).isEqualTo(canonical);
        } catch (ValidationException e) {
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).isEqualTo("answers[" + itemId + "]"));
            if (raw.strip().length() > 12) { // shorter text could be a word of the message itself
                assertThat(e.getMessage()).doesNotContain(raw.strip());
            }
        }
    }
}
