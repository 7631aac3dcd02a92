package org.practicekit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    /** A caller's record with several independently checked fields. */
    record Referral(String clientName, String email, int minutes, String payerId) {
        void validate() {
            Problems p = Problems.of("referral");
            p.requireText(clientName, "clientName");
            p.require(email.contains("@"), "email", "is not an email address");
            p.require(minutes > 0, "minutes", "must be positive");
            p.requireText(payerId, "payerId");
            p.throwIfAny();
        }
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        Referral bad = new Referral(" ", "not-an-email", -5, "");
        assertThatThrownBy(bad::validate)
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::path)
                            .containsExactly("clientName", "email", "minutes", "payerId");
                    assertThat(e.getMessage()).contains("4 problems", "clientName: is required",
                            "email: is not an email address", "minutes: must be positive", "payerId: is required");
                    assertThat(e.hasProblemAt("minutes")).isTrue();
                    assertThat(e.hasProblemAt("unrelated")).isFalse();
                });
    }

    @Test
    void validRecordPasses() {
        new Referral("Ana", "ana@example.org", 53, "60054").validate();
    }

    @Test
    void messagesNeverContainTheRejectedValues() {
        Referral bad = new Referral("", "jane.doe-secret@example", -1, "");
        assertThatThrownBy(bad::validate).satisfies(e -> assertThat(e.getMessage()).doesNotContain("jane.doe-secret"));
    }

    @Test
    void nestedProblemsKeepTheirPrefix() {
        Problems outer = Problems.of("intake");
        outer.addAll("client.", List.of(new FieldProblem("birthDate", "is in the future")));
        assertThatThrownBy(outer::throwIfAny).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).containsExactly(new FieldProblem("client.birthDate", "is in the future")));
    }

    @Test
    void anEmptyProblemListIsNotAnException() {
        assertThatThrownBy(() -> new ValidationException("x", List.of())).isInstanceOf(IllegalArgumentException.class);
        Problems.of("nothing wrong").throwIfAny();
    }

    @Test
    void statusesMapToWhatTheCallerShouldDo() {
        assertThat(StatusFailures.forStatus("ehr", "read", 429, "", null)).isInstanceOf(RetriableException.class);
        assertThat(StatusFailures.forStatus("ehr", "read", 503, "", null)).isInstanceOf(RetriableException.class);
        assertThat(StatusFailures.forStatus("llm", "chat", 529, "", null)).isInstanceOf(RetriableException.class);
        assertThat(StatusFailures.forStatus("ehr", "read", 401, "", null)).isInstanceOf(NonRetriableException.class);
        assertThat(StatusFailures.forStatus("ehr", "read", 422, "", null)).isInstanceOf(NonRetriableException.class);
        PracticeKitException e = StatusFailures.forStatus("fhir:http://x", "routeIntake", 404, "unknown resource", null);
        assertThat(e.getMessage()).isEqualTo("[fhir:http://x routeIntake] HTTP 404 (not found): unknown resource");
        assertThat(e.system()).hasValue("fhir:http://x");
        assertThat(e.operation()).hasValue("routeIntake");
    }
}
