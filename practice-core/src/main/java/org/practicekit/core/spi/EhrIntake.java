package org.practicekit.core.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ConsentRecord;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.QuestionnaireAnswer;
import org.practicekit.core.model.ScreeningScore;

/**
 * Everything a completed intake puts into the EHR, routed in one idempotent write: the client,
 * coverage (absent for self-pay), signed consents, the questionnaire answers, screening scores and
 * a risk flag when one was raised. The EHR never needs anyone to re-type it.
 */
public final class EhrIntake {
    private final String idempotencyKey;
    private final String questionnaireId;
    private final Client client;
    private final Coverage coverage;
    private final List<ConsentRecord> consents;
    private final List<QuestionnaireAnswer> answers;
    private final List<ScreeningScore> screenings;
    private final String riskFlag;
    private final Instant submittedAt;

    private EhrIntake(Builder b) {
        this.idempotencyKey = Objects.requireNonNull(b.idempotencyKey, "idempotencyKey == null");
        this.questionnaireId = Objects.requireNonNull(b.questionnaireId, "questionnaireId == null");
        this.client = Objects.requireNonNull(b.client, "client == null");
        this.coverage = b.coverage;
        this.consents = List.copyOf(b.consents);
        this.answers = List.copyOf(b.answers);
        this.screenings = List.copyOf(b.screenings);
        this.riskFlag = b.riskFlag;
        this.submittedAt = Objects.requireNonNull(b.submittedAt, "submittedAt == null");
        if (idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("idempotencyKey is blank");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.idempotencyKey = idempotencyKey;
        b.questionnaireId = questionnaireId;
        b.client = client;
        b.coverage = coverage;
        b.consents.addAll(consents);
        b.answers.addAll(answers);
        b.screenings.addAll(screenings);
        b.riskFlag = riskFlag;
        b.submittedAt = submittedAt;
        return b;
    }

    /** Deterministic per intake case: routing the same case twice writes nothing new. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** The id of the intake questionnaire the answers belong to. */
    public String questionnaireId() {
        return questionnaireId;
    }

    public Client client() {
        return client;
    }

    /** Absent for a self-pay client. */
    public Optional<Coverage> coverage() {
        return Optional.ofNullable(coverage);
    }

    public List<ConsentRecord> consents() {
        return consents;
    }

    public List<QuestionnaireAnswer> answers() {
        return answers;
    }

    public List<ScreeningScore> screenings() {
        return screenings;
    }

    /** A staff-facing reason when intake raised a risk flag (e.g. "PHQ-9 item 9 positive"). */
    public Optional<String> riskFlag() {
        return Optional.ofNullable(riskFlag);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EhrIntake)) {
            return false;
        }
        EhrIntake e = (EhrIntake) o;
        return idempotencyKey.equals(e.idempotencyKey) && questionnaireId.equals(e.questionnaireId)
                && client.equals(e.client) && Objects.equals(coverage, e.coverage) && consents.equals(e.consents)
                && answers.equals(e.answers) && screenings.equals(e.screenings) && Objects.equals(riskFlag, e.riskFlag)
                && submittedAt.equals(e.submittedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(idempotencyKey, questionnaireId, client, coverage, consents, answers, screenings, riskFlag,
                submittedAt);
    }

    @Override
    public String toString() {
        return "EhrIntake[" + client.id() + ", key=" + idempotencyKey + "]";
    }

    /** Builds an {@link EhrIntake}. Required: idempotencyKey, questionnaireId, client, submittedAt. */
    public static final class Builder {
        private String idempotencyKey;
        private String questionnaireId;
        private Client client;
        private Coverage coverage;
        private final List<ConsentRecord> consents = new ArrayList<>();
        private final List<QuestionnaireAnswer> answers = new ArrayList<>();
        private final List<ScreeningScore> screenings = new ArrayList<>();
        private String riskFlag;
        private Instant submittedAt;

        private Builder() {
        }

        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
            return this;
        }

        public Builder questionnaireId(String questionnaireId) {
            this.questionnaireId = Objects.requireNonNull(questionnaireId, "questionnaireId == null");
            return this;
        }

        public Builder client(Client client) {
            this.client = Objects.requireNonNull(client, "client == null");
            return this;
        }

        public Builder coverage(Coverage coverage) {
            this.coverage = Objects.requireNonNull(coverage, "coverage == null");
            return this;
        }

        public Builder addConsent(ConsentRecord consent) {
            consents.add(Objects.requireNonNull(consent, "consent == null"));
            return this;
        }

        public Builder addAnswer(QuestionnaireAnswer answer) {
            answers.add(Objects.requireNonNull(answer, "answer == null"));
            return this;
        }

        public Builder addScreening(ScreeningScore score) {
            screenings.add(Objects.requireNonNull(score, "score == null"));
            return this;
        }

        public Builder riskFlag(String reason) {
            this.riskFlag = Objects.requireNonNull(reason, "reason == null");
            return this;
        }

        public Builder submittedAt(Instant submittedAt) {
            this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt == null");
            return this;
        }

        public EhrIntake build() {
            return new EhrIntake(this);
        }
    }
}
