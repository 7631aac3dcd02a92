package org.practicekit.core.intake;

import java.util.LinkedHashMap;
import java.util.Map;

/** A complete, valid set of answers to the standard packet, and the signatures it needs. */
final class SampleAnswers {
    private SampleAnswers() {
    }

    static Map<String, String> complete() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put(IntakeFields.GIVEN_NAME, "Jordan");
        a.put(IntakeFields.FAMILY_NAME, "Ellery");
        a.put(IntakeFields.BIRTH_DATE, "1991-04-09");
        a.put(IntakeFields.MOBILE, "(217) 555-0142");
        a.put(IntakeFields.EMAIL, "jordan.ellery@example.com");
        a.put(IntakeFields.ADDRESS, "42 Elm Street\nSpringfield\nIL\n62704");
        a.put(IntakeFields.LANGUAGE, "en");
        a.put(IntakeFields.EMERGENCY_NAME, "Casey Ellery");
        a.put(IntakeFields.EMERGENCY_RELATIONSHIP, "sibling");
        a.put(IntakeFields.EMERGENCY_PHONE, "217-555-0199");
        a.put(InsuranceField.SELF_PAY_ITEM, "false");
        a.put(InsuranceField.PAYER_NAME.itemId(), "Prairie Health Plan");
        a.put(InsuranceField.PAYER_ID.itemId(), "60054");
        a.put(InsuranceField.PLAN_KIND.itemId(), "commercial");
        a.put(InsuranceField.MEMBER_ID.itemId(), "PHP123456789");
        a.put(InsuranceField.GROUP_NUMBER.itemId(), "GRP-778");
        a.put(IntakeFields.PRESENTING_CONCERNS, "Trouble sleeping and constant worry since a job change.");
        a.put(IntakeFields.GOALS, "Sleep better and worry less.");
        a.put(IntakeFields.PRIOR_THERAPY, "no");
        int[] phq = {1, 2, 2, 1, 1, 1, 2, 0, 0};
        for (int i = 0; i < phq.length; i++) {
            a.put("phq9." + (i + 1), Integer.toString(phq[i]));
        }
        int[] gad = {2, 2, 3, 2, 1, 2, 1};
        for (int i = 0; i < gad.length; i++) {
            a.put("gad7." + (i + 1), Integer.toString(gad[i]));
        }
        return a;
    }

    static Map<String, String> without(String... itemIds) {
        Map<String, String> a = complete();
        for (String id : itemIds) {
            a.remove(id);
        }
        return a;
    }

    static IntakeSubmission.Builder withConsents(IntakeSubmission.Builder b) {
        for (ConsentDocument doc : IntakePacket.standard().consents()) {
            b.consent(ConsentSignature.signed(doc.id(), doc.version(), "Jordan Ellery"));
        }
        return b;
    }

    static IntakeSubmission completeSubmission() {
        return withConsents(IntakeSubmission.builder().answers(complete())).build();
    }
}
