package org.practicekit.core.billing;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.practicekit.core.model.PayerKind;

/**
 * A payer's own telehealth billing rules layered over the standard ones, e.g. a commercial plan that
 * wants GT instead of 95, or POS 11 for video. Packs are tried in the order they were added to the
 * {@link CptSuggester}; the first that matches the session's payer applies and the suggestion's rationale
 * names it. A pack matches when the payer kind is one of its kinds (any, when none given) and the payer id
 * is one of its ids (any, when none given). Immutable and thread-safe.
 */
public final class PayerRulePack {
    private final String name;
    private final Set<PayerKind> payerKinds;
    private final Set<String> payerIds;
    private final String videoModifier;
    private final String audioOnlyModifier;
    private final String videoAtHomePos;
    private final String videoElsewherePos;
    private final String audioOnlyAtHomePos;
    private final String audioOnlyElsewherePos;
    private final TelehealthPolicy.AudioOnly audioOnlyAtHome;
    private final TelehealthPolicy.AudioOnly audioOnlyElsewhere;

    private PayerRulePack(Builder b) {
        this.name = b.name;
        this.payerKinds = b.payerKinds.isEmpty() ? Set.of() : Set.copyOf(b.payerKinds);
        this.payerIds = Set.copyOf(b.payerIds);
        this.videoModifier = b.videoModifier;
        this.audioOnlyModifier = b.audioOnlyModifier;
        this.videoAtHomePos = b.videoAtHomePos;
        this.videoElsewherePos = b.videoElsewherePos;
        this.audioOnlyAtHomePos = b.audioOnlyAtHomePos;
        this.audioOnlyElsewherePos = b.audioOnlyElsewherePos;
        this.audioOnlyAtHome = b.audioOnlyAtHome;
        this.audioOnlyElsewhere = b.audioOnlyElsewhere;
    }

    /** Starts a pack; {@code name} appears in the rationale of every suggestion it shapes. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Medicare audio-only behavioral telehealth from a rural health clinic or FQHC: modifier FQ in place
     * of 93. Add it only when the practice bills as an RHC or FQHC.
     */
    public static PayerRulePack ruralHealthClinicAudioOnly() {
        return builder("RHC/FQHC audio-only (Medicare)").forPayerKind(PayerKind.MEDICARE).audioOnlyModifier("FQ").build();
    }

    public String name() {
        return name;
    }

    public Set<PayerKind> payerKinds() {
        return payerKinds;
    }

    public Set<String> payerIds() {
        return payerIds;
    }

    /** True when this pack applies to a session with these facts. */
    public boolean matches(SessionFacts facts) {
        return matches(facts.payer(), facts.payerId().orElse(null));
    }

    boolean matches(PayerKind kind, String payerId) {
        return (payerKinds.isEmpty() || payerKinds.contains(kind))
                && (payerIds.isEmpty() || (payerId != null && payerIds.contains(payerId)));
    }

    /** The standard policy with this pack's overrides applied. */
    public TelehealthPolicy applyTo(TelehealthPolicy standard) {
        Objects.requireNonNull(standard, "standard == null");
        return new TelehealthPolicy(or(videoModifier, standard.videoModifier()),
                or(audioOnlyModifier, standard.audioOnlyModifier()), or(videoAtHomePos, standard.videoAtHomePos()),
                or(videoElsewherePos, standard.videoElsewherePos()), or(audioOnlyAtHomePos, standard.audioOnlyAtHomePos()),
                or(audioOnlyElsewherePos, standard.audioOnlyElsewherePos()),
                audioOnlyAtHome != null ? audioOnlyAtHome : standard.audioOnlyAtHome(),
                audioOnlyElsewhere != null ? audioOnlyElsewhere : standard.audioOnlyElsewhere(), standard.caution());
    }

    private static String or(String override, String standard) {
        return override != null ? override : standard;
    }

    @Override
    public String toString() {
        return "PayerRulePack[" + name + "]";
    }

    /** Builds a {@link PayerRulePack}; only the rules set here override the standard ones. */
    public static final class Builder {
        private final String name;
        private final Set<PayerKind> payerKinds = EnumSet.noneOf(PayerKind.class);
        private final Set<String> payerIds = new LinkedHashSet<>();
        private String videoModifier;
        private String audioOnlyModifier;
        private String videoAtHomePos;
        private String videoElsewherePos;
        private String audioOnlyAtHomePos;
        private String audioOnlyElsewherePos;
        private TelehealthPolicy.AudioOnly audioOnlyAtHome;
        private TelehealthPolicy.AudioOnly audioOnlyElsewhere;

        private Builder(String name) {
            Objects.requireNonNull(name, "name == null");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name is blank");
            }
            this.name = name.strip();
        }

        /** Restricts the pack to a payer kind (may be called for several). */
        public Builder forPayerKind(PayerKind kind) {
            payerKinds.add(Objects.requireNonNull(kind, "kind == null"));
            return this;
        }

        /** Restricts the pack to a payer's electronic id (may be called for several). */
        public Builder forPayerId(String payerId) {
            Objects.requireNonNull(payerId, "payerId == null");
            if (payerId.isBlank()) {
                throw new IllegalArgumentException("payerId is blank");
            }
            payerIds.add(payerId.strip());
            return this;
        }

        /** Video modifier, e.g. "GT"; "" for none. */
        public Builder videoModifier(String modifier) {
            TelehealthPolicy.requireModifier(modifier, "videoModifier");
            this.videoModifier = modifier;
            return this;
        }

        /** Audio-only modifier, e.g. "FQ"; "" for none. */
        public Builder audioOnlyModifier(String modifier) {
            TelehealthPolicy.requireModifier(modifier, "audioOnlyModifier");
            this.audioOnlyModifier = modifier;
            return this;
        }

        /** Place of service for video sessions, at home and elsewhere (e.g. "11" for plans that want office). */
        public Builder videoPlaceOfService(String atHome, String elsewhere) {
            TelehealthPolicy.requirePos(atHome, "atHome");
            TelehealthPolicy.requirePos(elsewhere, "elsewhere");
            this.videoAtHomePos = atHome;
            this.videoElsewherePos = elsewhere;
            return this;
        }

        /** Place of service for audio-only sessions, at home and elsewhere. */
        public Builder audioOnlyPlaceOfService(String atHome, String elsewhere) {
            TelehealthPolicy.requirePos(atHome, "atHome");
            TelehealthPolicy.requirePos(elsewhere, "elsewhere");
            this.audioOnlyAtHomePos = atHome;
            this.audioOnlyElsewherePos = elsewhere;
            return this;
        }

        /** Whether the plan pays audio-only sessions, at home and elsewhere. */
        public Builder audioOnly(TelehealthPolicy.AudioOnly atHome, TelehealthPolicy.AudioOnly elsewhere) {
            this.audioOnlyAtHome = Objects.requireNonNull(atHome, "atHome == null");
            this.audioOnlyElsewhere = Objects.requireNonNull(elsewhere, "elsewhere == null");
            return this;
        }

        public PayerRulePack build() {
            return new PayerRulePack(this);
        }
    }
}
