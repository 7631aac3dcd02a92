package org.practicekit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicekit.core.RetriableException;
import org.practicekit.core.spi.EhrReceipt;
import org.practicekit.fhir.testserver.EmbeddedFhirServer;
import org.practicekit.fhir.testserver.FhirServerExtension;

/** The connection drops after the real server committed the intake: the retry must not duplicate it. */
@ExtendWith(FhirServerExtension.class)
class DroppedResponseTest {

    @Test
    void aRetryAfterTheAnswerWasLostFindsTheCommittedIntakeInsteadOfDuplicatingIt(EmbeddedFhirServer server)
            throws Exception {
        try (DroppingProxy proxy = new DroppingProxy(URI.create(server.baseUrl()).getPort())) {
            FhirEhrAdapter ehr = FhirEhrAdapter.builder().baseUrl(proxy.url("/fhir"))
                    .identifierSystems(SampleRecords.IDS).backoff(Duration.ofMillis(50), Duration.ofMillis(200))
                    .build();
            proxy.dropNextResponse();

            EhrReceipt receipt = ehr.routeIntake(SampleRecords.intake(5));

            assertThat(proxy.dropped()).isEqualTo(1);
            assertThat(receipt.created()).isFalse(); // the lost first attempt created everything
            assertThat(receipt.recordIds()).containsKeys("Patient", "Coverage", "QuestionnaireResponse", "Flag");
            assertThat(server.count("Patient")).isEqualTo(1);
            assertThat(server.count("Coverage")).isEqualTo(1);
            assertThat(server.count("Organization")).isEqualTo(1);
            assertThat(server.count("Consent")).isEqualTo(2);
            assertThat(server.count("QuestionnaireResponse")).isEqualTo(1);
            assertThat(server.count("Observation")).isEqualTo(3);
            assertThat(server.count("Flag")).isEqualTo(1);
            assertThat(ehr.findClient(SampleRecords.client(5).id())).contains(SampleRecords.client(5));
        }
    }

    @Test
    void withoutRetriesTheCallerSeesARetriableFailureAndTheServerHasCommitted(EmbeddedFhirServer server)
            throws Exception {
        try (DroppingProxy proxy = new DroppingProxy(URI.create(server.baseUrl()).getPort())) {
            FhirEhrAdapter ehr = FhirEhrAdapter.builder().baseUrl(proxy.url("/fhir"))
                    .identifierSystems(SampleRecords.IDS).maxAttempts(1).build();
            proxy.dropNextResponse();

            assertThatThrownBy(() -> ehr.routeIntake(SampleRecords.intake(6))).isInstanceOf(RetriableException.class)
                    .hasMessageContaining("dropped");
            assertThat(server.count("Patient")).isEqualTo(1);

            EhrReceipt retried = ehr.routeIntake(SampleRecords.intake(6)); // the caller's own retry
            assertThat(retried.created()).isFalse();
            assertThat(server.count("Patient")).isEqualTo(1);
            assertThat(server.count("QuestionnaireResponse")).isEqualTo(1);
        }
    }
}
