package org.practicekit.core.billing;

import java.util.Objects;

/**
 * How one payer (kind) wants telehealth billed: the modifier for video and for audio-only, the place of
 * service for each case, whether audio-only is covered, and a caution shown on every telehealth
 * suggestion. An empty modifier means none. {@link CptRules} holds one per {@code PayerKind};
 * {@link PayerRulePack}s override parts of it for a plan.
 *
 * @param videoModifier modifier for video sessions, e.g. "95", "GT" or "" for none
 * @param audioOnlyModifier modifier for audio-only sessions, e.g. "93" or "FQ"
 * @param videoAtHomePos place of service for video with the client at home
 * @param videoElsewherePos place of service for video with the client elsewhere
 * @param audioOnlyAtHomePos place of service for audio-only with the client at home
 * @param audioOnlyElsewherePos place of service for audio-only with the client elsewhere
 * @param audioOnlyAtHome coverage of audio-only with the client at home
 * @param audioOnlyElsewhere coverage of audio-only with the client elsewhere
 * @param caution text warned on every telehealth suggestion, or ""
 */
public record TelehealthPolicy(String videoModifier, String audioOnlyModifier, String videoAtHomePos,
        String videoElsewherePos, String audioOnlyAtHomePos, String audioOnlyElsewherePos, AudioOnly audioOnlyAtHome,
        AudioOnly audioOnlyElsewhere, String caution) {

    /** Whether a payer pays for audio-only sessions in a setting. */
    public enum AudioOnly {
        /** Paid. */
        COVERED,
        /** Paid by some plans: billable, with a warning to confirm the plan covers it. */
        PLAN_SPECIFIC,
        /** Not paid: the suggestion is not billable. */
        NOT_COVERED
    }

    public TelehealthPolicy {
        requireModifier(videoModifier, "videoModifier");
        requireModifier(audioOnlyModifier, "audioOnlyModifier");
        requirePos(videoAtHomePos, "videoAtHomePos");
        requirePos(videoElsewherePos, "videoElsewherePos");
        requirePos(audioOnlyAtHomePos, "audioOnlyAtHomePos");
        requirePos(audioOnlyElsewherePos, "audioOnlyElsewherePos");
        Objects.requireNonNull(audioOnlyAtHome, "audioOnlyAtHome == null");
        Objects.requireNonNull(audioOnlyElsewhere, "audioOnlyElsewhere == null");
        Objects.requireNonNull(caution, "caution == null");
    }

    static void requireModifier(String modifier, String name) {
        Objects.requireNonNull(modifier, name + " == null");
        if (!modifier.isEmpty() && !modifier.matches("[0-9A-Z]{2}")) {
            throw new IllegalArgumentException(name + " must be empty or two letters or digits");
        }
    }

    static void requirePos(String pos, String name) {
        Objects.requireNonNull(pos, name + " == null");
        if (!pos.matches("[0-9]{2}")) {
            throw new IllegalArgumentException(name + " must be a two-digit place-of-service code");
        }
    }
}
