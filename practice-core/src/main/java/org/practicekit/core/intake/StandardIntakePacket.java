package org.practicekit.core.intake;

import java.util.ArrayList;
import java.util.List;
import org.practicekit.core.model.AdministrativeSex;
import org.practicekit.core.model.GenderIdentity;
import org.practicekit.core.model.QuestionnaireAnswer.AnswerType;
import org.practicekit.core.model.ScreeningScore.Instrument;

/**
 * The packet PracticeKit ships. Screening items are worded as short topics; a practice that uses
 * the instruments' published wording substitutes it with {@link IntakePacket#toBuilder()}.
 */
final class StandardIntakePacket {
    private static final String SCALE = " (0 = not at all, 1 = several days, 2 = more than half the days,"
            + " 3 = nearly every day)";

    static final IntakePacket PACKET = build();

    private StandardIntakePacket() {
    }

    private static IntakePacket build() {
        return IntakePacket.builder().id("standard-intake").version("2026-01")
                .addForm(IntakeForm.of("demographics", "About you", List.of(
                        text(IntakeFields.GIVEN_NAME, "First name", "first name", true, 80),
                        text(IntakeFields.FAMILY_NAME, "Last name", "last name", true, 80),
                        IntakeItem.builder(IntakeFields.BIRTH_DATE, "Date of birth", AnswerType.DATE).label("date of birth")
                                .required().pastDate(true).build(),
                        IntakeItem.builder(IntakeFields.MOBILE, "Mobile phone", AnswerType.PHONE).label("mobile phone number")
                                .required().build(),
                        IntakeItem.builder(IntakeFields.EMAIL, "Email", AnswerType.EMAIL).label("email address").build(),
                        IntakeItem.builder(IntakeFields.ADDRESS, "Home address", AnswerType.ADDRESS).label("home address")
                                .required().maxLength(300).build(),
                        IntakeItem.builder(IntakeFields.LANGUAGE, "Preferred language", AnswerType.CHOICE)
                                .label("preferred language").choice("en", "English").choice("es", "Spanish").build(),
                        text(IntakeFields.PREFERRED_NAME, "The name you go by, if it is not your first name",
                                "the name you go by", false, 60),
                        text(IntakeFields.PRONOUNS, "Your pronouns (for example she/her, he/him, they/them)", "pronouns",
                                false, 40),
                        sexItem(), genderIdentityItem())))
                .addForm(IntakeForm.of("emergency-contact", "Emergency contact", List.of(
                        text(IntakeFields.EMERGENCY_NAME, "Emergency contact's full name", "emergency contact's name", true, 120),
                        text(IntakeFields.EMERGENCY_RELATIONSHIP, "How is this person related to you?",
                                "emergency contact's relationship to you", true, 60),
                        IntakeItem.builder(IntakeFields.EMERGENCY_PHONE, "Emergency contact's phone", AnswerType.PHONE)
                                .label("emergency contact's phone number").required().build())))
                .addForm(IntakeForm.of("presenting-concerns", "What brings you in", List.of(
                        text(IntakeFields.PRESENTING_CONCERNS, "In your own words, what brings you to therapy now?",
                                "what brings you to therapy", true, IntakeItem.DEFAULT_MAX_LENGTH),
                        text(IntakeFields.GOALS, "What would you like to be different after therapy?", "goals for therapy",
                                false, IntakeItem.DEFAULT_MAX_LENGTH),
                        IntakeItem.builder(IntakeFields.PRIOR_THERAPY, "Have you been in therapy before?", AnswerType.BOOLEAN)
                                .label("whether you have been in therapy before").build())))
                .addForm(IntakeForm.screening(Instrument.PHQ9, "phq9", "Over the last 2 weeks, how often have you been"
                        + " bothered by the following?", screening("phq9", List.of(
                                "Little interest or enjoyment in doing things",
                                "Feeling low, depressed or hopeless",
                                "Trouble falling or staying asleep, or sleeping too much",
                                "Feeling tired or having little energy",
                                "Poor appetite or overeating",
                                "Feeling bad about yourself, or that you have let yourself or others down",
                                "Trouble concentrating on things such as reading or watching television",
                                "Moving or speaking noticeably slowly, or being unusually restless",
                                "Thoughts of death or of hurting yourself in some way"))))
                .addForm(IntakeForm.screening(Instrument.GAD7, "gad7", "Over the last 2 weeks, how often have you been"
                        + " bothered by the following?", screening("gad7", List.of(
                                "Feeling nervous, anxious or on edge",
                                "Not being able to stop or control worrying",
                                "Worrying too much about different things",
                                "Trouble relaxing",
                                "Being so restless that it is hard to sit still",
                                "Becoming easily annoyed or irritable",
                                "Feeling afraid as if something awful might happen"))))
                .addConsent(ConsentDocument.of("consent-to-treatment", "2026-01", "Consent to treatment",
                        "I agree to receive outpatient psychotherapy from this practice. I understand that therapy has"
                                + " benefits and risks, that I may stop at any time, and that my therapist will discuss"
                                + " the plan of care with me."))
                .addConsent(ConsentDocument.of("notice-of-privacy-practices", "2026-01", "Notice of privacy practices",
                        "I acknowledge that I received the practice's notice describing how my health information may"
                                + " be used and disclosed and how I can get access to it."))
                .addConsent(ConsentDocument.of("telehealth-consent", "2026-01", "Consent to telehealth",
                        "I agree that some sessions may take place by secure video or telephone. I understand the"
                                + " limits of technology, and that I should be in a private place during the session."))
                .addConsent(ConsentDocument.optional("ai-documentation-consent", "2026-01",
                        "Consent to AI-assisted documentation",
                        "I agree that my therapist may use an AI-assisted tool, under an agreement that protects my"
                                + " health information, to draft session notes that my therapist reviews and signs."
                                + " I may decline or withdraw this consent without any effect on my care."))
                .addConsent(ConsentDocument.of("cancellation-policy", "2026-01", "Cancellation policy",
                        "I understand that appointments cancelled with less than 24 hours' notice, or missed, may be"
                                + " charged a fee as described in the practice's fee schedule."))
                .build();
    }

    private static IntakeItem sexItem() {
        IntakeItem.Builder b = IntakeItem.builder(IntakeFields.SEX, "Sex as your insurance records it", AnswerType.CHOICE)
                .label("sex as your insurance records it");
        for (AdministrativeSex s : AdministrativeSex.values()) {
            b.choice(s.code(), s == AdministrativeSex.UNKNOWN ? "I prefer not to say" : s.code().substring(0, 1)
                    .toUpperCase(java.util.Locale.ROOT) + s.code().substring(1));
        }
        return b.build();
    }

    private static IntakeItem genderIdentityItem() {
        IntakeItem.Builder b = IntakeItem.builder(IntakeFields.GENDER_IDENTITY, "Your gender identity", AnswerType.CHOICE)
                .label("gender identity");
        for (GenderIdentity g : GenderIdentity.values()) {
            b.choice(g.code(), g.display().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + g.display().substring(1));
        }
        return b.build();
    }

    private static IntakeItem text(String id, String text, String label, boolean required, int maxLength) {
        return IntakeItem.builder(id, text, AnswerType.TEXT).label(label).required(required).maxLength(maxLength).build();
    }

    private static List<IntakeItem> screening(String prefix, List<String> topics) {
        List<IntakeItem> items = new ArrayList<>();
        String name = prefix.equals("phq9") ? "first health questionnaire" : "second health questionnaire";
        for (int i = 0; i < topics.size(); i++) {
            items.add(IntakeItem.builder(prefix + "." + (i + 1), topics.get(i) + SCALE, AnswerType.INTEGER)
                    .label(name + ", question " + (i + 1)).required().range(0, 3).build());
        }
        return items;
    }
}
