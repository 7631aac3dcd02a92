package org.practicekit.core.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.practicekit.core.model.QuestionnaireAnswer.AnswerType;

/**
 * What a packet asks about insurance: nothing (a self-pay-only practice), or the
 * {@link InsuranceField}s a client with insurance must give, with or without the option to pay for
 * sessions themselves. Payer name, payer id, plan kind and member id are always required when
 * insurance is collected, because a coverage cannot be verified or billed without them.
 *
 * @param collected whether insurance is asked for at all
 * @param selfPayAllowed whether a client may choose to pay for sessions themselves
 * @param required the fields a client with insurance must give
 */
public record InsuranceRequirement(boolean collected, boolean selfPayAllowed, Set<InsuranceField> required) {
    private static final Set<InsuranceField> ALWAYS = EnumSet.of(InsuranceField.PAYER_NAME, InsuranceField.PAYER_ID,
            InsuranceField.PLAN_KIND, InsuranceField.MEMBER_ID);

    public InsuranceRequirement {
        required = Set.copyOf(required);
        if (collected && !required.containsAll(ALWAYS)) {
            throw new IllegalArgumentException("payer name, payer id, plan kind and member id are always required");
        }
        if (!collected && (!required.isEmpty() || !selfPayAllowed)) {
            throw new IllegalArgumentException("a self-pay-only practice requires no insurance fields");
        }
    }

    /** The practice takes no insurance: no insurance form. */
    public static InsuranceRequirement selfPayOnly() {
        return new InsuranceRequirement(false, true, Set.of());
    }

    /** Insurance with the always-required fields plus {@code alsoRequired}; self-pay allowed or not. */
    public static InsuranceRequirement insurance(boolean selfPayAllowed, InsuranceField... alsoRequired) {
        Set<InsuranceField> fields = EnumSet.copyOf(ALWAYS);
        fields.addAll(List.of(alsoRequired));
        return new InsuranceRequirement(true, selfPayAllowed, fields);
    }

    /** The insurance form's items: the self-pay question, then every field (required or optional). */
    List<IntakeItem> items() {
        List<IntakeItem> items = new ArrayList<>();
        if (!collected) {
            return items;
        }
        if (selfPayAllowed) {
            items.add(IntakeItem.builder(InsuranceField.SELF_PAY_ITEM,
                    "Will you pay for sessions yourself instead of using insurance?", AnswerType.BOOLEAN)
                    .label("whether you will use insurance or pay yourself").required().build());
        }
        for (InsuranceField f : InsuranceField.values()) {
            items.add(f.item(required.contains(f), selfPayAllowed));
        }
        return items;
    }
}
