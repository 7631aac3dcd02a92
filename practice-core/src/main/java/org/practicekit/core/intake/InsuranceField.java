package org.practicekit.core.intake;

import org.practicekit.core.model.QuestionnaireAnswer.AnswerType;

/**
 * The insurance details an intake can ask for. Each becomes an item of the packet's insurance form
 * (id {@code insurance.<name>}), mapped onto {@link org.practicekit.core.model.Coverage}.
 */
public enum InsuranceField {
    /** The insurance company's name as printed on the card. */
    PAYER_NAME("insurance.payer-name", "Insurance company name (as printed on your card)", "insurance company name",
            AnswerType.TEXT),
    /** The payer id printed on the back of the card, used for claims and eligibility checks. */
    PAYER_ID("insurance.payer-id", "Payer ID (printed on the back of your card, for claims)", "insurance payer ID",
            AnswerType.TEXT),
    /** Commercial, Medicare or Medicaid. */
    PLAN_KIND("insurance.plan-kind", "Kind of plan", "kind of insurance plan", AnswerType.CHOICE),
    /** The member id. */
    MEMBER_ID("insurance.member-id", "Member ID", "insurance member ID", AnswerType.TEXT),
    /** The group number, when the plan has one. */
    GROUP_NUMBER("insurance.group-number", "Group number", "insurance group number", AnswerType.TEXT),
    /** The plan's name. */
    PLAN_NAME("insurance.plan-name", "Plan name", "insurance plan name", AnswerType.TEXT);

    /** Id of the item answering whether the client pays for sessions themselves. */
    public static final String SELF_PAY_ITEM = "insurance.self-pay";

    private final String itemId;
    private final String text;
    private final String label;
    private final AnswerType type;

    InsuranceField(String itemId, String text, String label, AnswerType type) {
        this.itemId = itemId;
        this.text = text;
        this.label = label;
        this.type = type;
    }

    /** The id of the item that asks for this field. */
    public String itemId() {
        return itemId;
    }

    IntakeItem item(boolean required, boolean selfPayAllowed) {
        IntakeItem.Builder b = IntakeItem.builder(itemId, text, type).label(label).required(required).maxLength(80);
        if (this == PLAN_KIND) {
            b.choice("commercial", "Commercial (employer or marketplace)").choice("medicare", "Medicare")
                    .choice("medicaid", "Medicaid");
        }
        if (selfPayAllowed) {
            b.enableWhen(EnableWhen.answered(SELF_PAY_ITEM, "false"));
        }
        return b.build();
    }
}
