package org.practicekit.core.spi;

import java.util.Objects;

/**
 * Why a payer or clearinghouse could not answer an eligibility question (an X12 AAA segment), and
 * what a person should do about it. PHI-free: codes and reasons, never the data that was rejected.
 *
 * @param code the payer's reject reason code ("72", "75", "42")
 * @param reason what the code means, for staff ("invalid or missing member id")
 * @param followUp what to do next
 */
public record EligibilityRejection(String code, String reason, FollowUp followUp) {
    /** What has to happen before the question can be answered. */
    public enum FollowUp {
        /** The client's data (member id, name, date of birth) is wrong: a person corrects it with the client. */
        CORRECT_CLIENT_DATA,
        /** The practice's setup (NPI, enrollment, payer id) is wrong: a person fixes the practice's data. */
        CORRECT_PRACTICE_DATA,
        /** The payer could not answer now: ask again later; the answer is unknown until then. */
        RETRY_LATER,
        /** Only the payer can say: call the payer or use its portal. */
        CONTACT_PAYER
    }

    public EligibilityRejection {
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(reason, "reason == null");
        Objects.requireNonNull(followUp, "followUp == null");
        if (code.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("code and reason must not be blank");
        }
    }

    /** One line for a staff item: the reason and what to do. */
    public String forStaff() {
        String todo = switch (followUp) {
            case CORRECT_CLIENT_DATA -> "check the insurance card with the client, correct the coverage and check again";
            case CORRECT_PRACTICE_DATA -> "check the practice's NPI, payer enrollment and payer id, then check again";
            case RETRY_LATER -> "PracticeKit asks again later; no action unless it stays unanswered";
            case CONTACT_PAYER -> "verify coverage with the payer by phone or portal";
        };
        return "payer rejected the check (AAA " + code + ": " + reason + "); " + todo;
    }
}
