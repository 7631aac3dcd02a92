package org.practicekit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.spi.EhrReceipt;
import org.practicekit.fhir.auth.BearerTokenAuth;
import org.practicekit.fhir.auth.FhirAuth;

/** How the adapter treats failing EHRs: what it retries, what it never retries, and what it says. */
class FhirEhrAdapterFailuresTest {
    private static final String FHIR_JSON = "application/fhir+json";
    private static final String APPOINTMENT_CREATED = "{\"resourceType\":\"Bundle\",\"type\":\"transaction-response\","
            + "\"entry\":[{\"response\":{\"status\":\"201 Created\",\"location\":\"Appointment/77/_history/1\"}}]}";

    private final MockWebServer ehrServer = new MockWebServer();
    private final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        ehrServer.start();
    }

    @AfterEach
    void stop() throws IOException {
        ehrServer.shutdown();
    }

    private FhirEhrAdapter.Builder adapter() {
        return FhirEhrAdapter.builder().baseUrl(ehrServer.url("/fhir").toString())
                .identifierSystems(SampleRecords.IDS).readTimeout(Duration.ofMillis(500)).sleeper(waits::add);
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", FHIR_JSON).setBody(body);
    }

    private static String outcome(String code, String expression, String diagnostics) {
        return "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"" + code + "\","
                + "\"diagnostics\":\"" + diagnostics + "\",\"expression\":[\"" + expression + "\"]}]}";
    }

    @Test
    void serverErrorsAreRetriedWithGrowingJitteredBackoffUntilTheWriteSucceeds() throws Exception {
        ehrServer.enqueue(json(503, outcome("transient", "Bundle", "busy")));
        ehrServer.enqueue(json(500, outcome("exception", "Bundle", "boom")));
        ehrServer.enqueue(json(200, APPOINTMENT_CREATED));
        FhirEhrAdapter ehr = adapter().backoff(Duration.ofMillis(100), Duration.ofSeconds(5)).build();

        EhrReceipt receipt = ehr.writeAppointment(SampleRecords.appointment(1, 1, AppointmentStatus.BOOKED));

        assertThat(receipt.recordIds()).containsEntry("Appointment", "Appointment/77");
        assertThat(receipt.created()).isTrue();
        assertThat(ehrServer.getRequestCount()).isEqualTo(3);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        RecordedRequest first = ehrServer.takeRequest();
        ehrServer.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest third = ehrServer.takeRequest(1, TimeUnit.SECONDS);
        assertThat(third.getBody().readUtf8()).isEqualTo(first.getBody().readUtf8()); // the same idempotent write
    }

    @Test
    void serverErrorsStopAfterTheLastAttemptAsRetriable() {
        for (int i = 0; i < 3; i++) {
            ehrServer.enqueue(json(503, outcome("transient", "Bundle", "busy")));
        }
        FhirEhrAdapter ehr = adapter().maxAttempts(3).build();

        assertThatThrownBy(() -> ehr.routeIntake(SampleRecords.intake(7)))
                .isInstanceOf(RetriableException.class)
                .hasMessageContaining("routeIntake").hasMessageContaining("HTTP 503");
        assertThat(ehrServer.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aRejectedWriteIsNeverRetriedAndSaysWhichResourceAndElementWithoutPhi() {
        ehrServer.enqueue(json(422, outcome("invariant", "Bundle.entry[0].resource.birthDate",
                "Patient Avery7 Lindqvist born 1987-08-08 fails rule")));
        FhirEhrAdapter ehr = adapter().build();

        assertThatThrownBy(() -> ehr.routeIntake(SampleRecords.intake(7)))
                .isInstanceOf(NonRetriableException.class)
                .hasMessageContaining("HTTP 422")
                .hasMessageContaining("Patient.birthDate: validation rule")
                .hasMessageContaining("error")
                .hasMessageNotContaining("Avery").hasMessageNotContaining("Lindqvist").hasMessageNotContaining("1987")
                .hasNoCause();
        assertThat(ehrServer.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aServerErrorAskingForALongerWaitThanTheBackoffLimitIsLeftToTheCallerWithItsRetryAfter() {
        ehrServer.enqueue(json(503, outcome("transient", "Bundle", "maintenance")).setHeader("Retry-After", "30"));
        FhirEhrAdapter ehr = adapter().backoff(Duration.ofMillis(100), Duration.ofSeconds(4)).build();

        assertThatThrownBy(() -> ehr.writeAppointment(SampleRecords.appointment(1, 1, AppointmentStatus.BOOKED)))
                .isInstanceOfSatisfying(RetriableException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));
        assertThat(ehrServer.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aServerErrorAskingForAShortWaitIsRetriedAfterThatWait() {
        ehrServer.enqueue(json(503, outcome("transient", "Bundle", "busy")).setHeader("Retry-After", "2"));
        ehrServer.enqueue(json(200, APPOINTMENT_CREATED));
        FhirEhrAdapter ehr = adapter().backoff(Duration.ofMillis(100), Duration.ofSeconds(4)).build();

        ehr.writeAppointment(SampleRecords.appointment(1, 1, AppointmentStatus.BOOKED));
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aRateLimitIsLeftToTheCallerWithTheServersRetryAfter() {
        ehrServer.enqueue(json(429, outcome("throttled", "Bundle", "slow down")).setHeader("Retry-After", "7"));
        FhirEhrAdapter ehr = adapter().build();

        assertThatThrownBy(() -> ehr.writeAppointment(SampleRecords.appointment(1, 1, AppointmentStatus.BOOKED)))
                .isInstanceOfSatisfying(RetriableException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
        assertThat(ehrServer.getRequestCount()).isEqualTo(1);
    }

    @Test
    void timeoutsAndDroppedConnectionsAreRetried() {
        ehrServer.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        ehrServer.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        ehrServer.enqueue(json(200, APPOINTMENT_CREATED));
        FhirEhrAdapter ehr = adapter().build();

        EhrReceipt receipt = ehr.writeAppointment(SampleRecords.appointment(1, 1, AppointmentStatus.BOOKED));

        assertThat(receipt.recordIds()).containsEntry("Appointment", "Appointment/77");
        assertThat(ehrServer.getRequestCount()).isEqualTo(3);
        assertThat(waits).hasSize(2);
    }

    @Test
    void aTimeoutOnEveryAttemptIsRetriableAndNamesNoUrl() {
        for (int i = 0; i < 2; i++) {
            ehrServer.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        FhirEhrAdapter ehr = adapter().maxAttempts(2).build();

        assertThatThrownBy(() -> ehr.findClient(org.practicekit.core.model.ClientId.of("client-7")))
                .isInstanceOf(RetriableException.class)
                .hasMessageContaining("findClient").hasMessageContaining("timed out")
                .hasMessageNotContaining("client-7");
    }

    @Test
    void everyRequestCarriesTheBearerToken() throws Exception {
        ehrServer.enqueue(json(200, APPOINTMENT_CREATED));
        FhirEhrAdapter ehr = adapter().auth(BearerTokenAuth.of("s3cr3t-token")).build();

        ehr.writeAppointment(SampleRecords.appointment(1, 1, AppointmentStatus.BOOKED));

        RecordedRequest request = ehrServer.takeRequest();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer s3cr3t-token");
        assertThat(request.getHeader("User-Agent")).containsIgnoringCase("okhttp");
        assertThat(request.getPath()).startsWith("/fhir");
        assertThat(ehr.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void aRefusedCredentialIsDroppedAndNotRetried() {
        ehrServer.enqueue(json(401, outcome("login", "Bundle", "expired")));
        AtomicInteger rejected = new AtomicInteger();
        FhirAuth auth = new FhirAuth() {
            @Override
            public Optional<String> authorization() {
                return Optional.of("Bearer old");
            }

            @Override
            public void rejected() {
                rejected.incrementAndGet();
            }
        };
        FhirEhrAdapter ehr = adapter().auth(auth).build();

        assertThatThrownBy(() -> ehr.writeAppointment(SampleRecords.appointment(1, 1, AppointmentStatus.BOOKED)))
                .isInstanceOf(NonRetriableException.class).hasMessageContaining("HTTP 401");
        assertThat(rejected).hasValue(1);
        assertThat(ehrServer.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aBadConfigurationNamesEveryProblem() {
        assertThatThrownBy(() -> FhirEhrAdapter.builder().baseUrl("not a url").maxAttempts(0).build())
                .isInstanceOfSatisfying(org.practicekit.core.ValidationException.class, e -> {
                    assertThat(e.hasProblemAt("baseUrl")).isTrue();
                    assertThat(e.hasProblemAt("identifierSystems")).isTrue();
                    assertThat(e.hasProblemAt("maxAttempts")).isTrue();
                });
    }
}
