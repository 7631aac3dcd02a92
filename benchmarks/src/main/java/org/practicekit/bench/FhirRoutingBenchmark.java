package org.practicekit.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.okhttp.client.OkHttpRestfulClientFactory;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.practicekit.core.model.Address;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ConsentRecord;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.QuestionnaireAnswer;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.EhrReceipt;
import org.practicekit.fhir.FhirEhrAdapter;
import org.practicekit.fhir.FhirIdentifierSystems;
import org.practicekit.fhir.testserver.EmbeddedFhirServer;

/**
 * Intakes routed per second by {@link FhirEhrAdapter} (mapping, transaction, retries wrapper, receipt)
 * against the very same transaction Bundles posted by a plain HAPI generic client, both to one embedded
 * HAPI FHIR JPA server on loopback. The server is emptied before every iteration so both sides always
 * create (never only match) the same records. The server runs in the benchmark's JVM, so before
 * measuring either side the trial warms it (and the JIT) with the same number of intakes through both
 * paths; otherwise whichever side runs first pays for the server's warm-up. The ratio adapter/raw is the
 * SDK's overhead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class FhirRoutingBenchmark {
    private static final FhirIdentifierSystems IDS = FhirIdentifierSystems.under("https://practice.example/fhir/id");
    /** More intakes per iteration than a 5-second iteration can route, so nothing is ever routed twice. */
    private static final int POOL = 600;
    private static final int WARM_UP = 250;

    private EmbeddedFhirServer server;
    private FhirEhrAdapter adapter;
    private IGenericClient raw;
    private final List<EhrIntake> intakes = new ArrayList<>();
    private final List<Bundle> bundles = new ArrayList<>();
    private int iteration;
    private int next;

    @Setup(Level.Trial)
    public void startServer() {
        server = EmbeddedFhirServer.start();
        adapter = FhirEhrAdapter.builder().baseUrl(server.baseUrl()).identifierSystems(IDS).build();
        FhirContext ctx = FhirContext.forR4();
        OkHttpRestfulClientFactory factory = new OkHttpRestfulClientFactory(ctx);
        factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
        ctx.setRestfulClientFactory(factory);
        raw = factory.newGenericClient(server.baseUrl());
        raw.setEncoding(EncodingEnum.JSON);
        raw.setPrettyPrint(false);
        // Warm the server and the JIT identically for both benchmarks, alternating the two paths.
        freshIntakes();
        for (int i = 0; i < WARM_UP; i++) {
            adapterRoutesIntake();
            rawHapiClientPostsSameBundle();
        }
        iteration = 0;
    }

    @Setup(Level.Iteration)
    public void freshIntakes() {
        server.reset();
        iteration++;
        next = 0;
        intakes.clear();
        for (int i = 0; i < POOL; i++) {
            intakes.add(intake(iteration + "-" + i, i));
        }
        bundles.clear();
        bundles.addAll(capturedBundles(intakes));
    }

    @TearDown(Level.Trial)
    public void stopServer() {
        server.close();
    }

    @Benchmark
    public EhrReceipt adapterRoutesIntake() {
        return adapter.routeIntake(intakes.get(next++ % POOL));
    }

    @Benchmark
    public Bundle rawHapiClientPostsSameBundle() {
        return raw.transaction().withBundle(bundles.get(next++ % POOL)).execute();
    }

    /** The Bundles the adapter sends for {@code intakes}, captured on the wire and never delivered. */
    private static List<Bundle> capturedBundles(List<EhrIntake> intakes) {
        List<String> bodies = new ArrayList<>();
        Interceptor capture = chain -> {
            Buffer b = new Buffer();
            if (chain.request().body() != null) {
                chain.request().body().writeTo(b);
            }
            bodies.add(b.readUtf8());
            return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                    .body(ResponseBody.create("{\"resourceType\":\"Bundle\",\"type\":\"transaction-response\"}",
                            MediaType.get("application/fhir+json")))
                    .build();
        };
        FhirEhrAdapter recorder = FhirEhrAdapter.builder().baseUrl("http://127.0.0.1:9/fhir").identifierSystems(IDS)
                .httpClient(new OkHttpClient.Builder().addInterceptor(capture).build()).build();
        intakes.forEach(recorder::routeIntake);
        FhirContext ctx = FhirContext.forR4Cached();
        List<Bundle> out = new ArrayList<>();
        for (String body : bodies) {
            out.add(ctx.newJsonParser().parseResource(Bundle.class, body));
        }
        return out;
    }

    private static EhrIntake intake(String key, int i) {
        Client client = Client.builder().id("bench-" + key).name("Avery", "Lindqvist")
                .birthDate(LocalDate.of(1985, 1 + i % 12, 1 + i % 28)).addContact(ContactPoint.mobile("+13125550100"))
                .addContact(ContactPoint.email("avery@mail.example"))
                .address(Address.us("12 Oak Street", "Springfield", "IL", "62701")).build();
        Instant at = Instant.parse("2026-11-30T14:00:00Z");
        String hash = "0".repeat(64);
        return EhrIntake.builder().idempotencyKey("intake-" + key).questionnaireId("adult-intake-v3").client(client)
                .coverage(Coverage.builder().payerId("60054").payerName("Aetna").payerKind(PayerKind.COMMERCIAL)
                        .memberId("W" + i).groupNumber("G-1").build())
                .addConsent(new ConsentRecord("consent-to-treatment", "2026-01", hash, "Avery Lindqvist", at,
                        ConsentRecord.Method.ELECTRONIC_SIGNATURE))
                .addAnswer(new QuestionnaireAnswer("reason", "What brings you in?", QuestionnaireAnswer.AnswerType.TEXT,
                        "Trouble sleeping"))
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.PHQ9, List.of(1, 1, 1, 1, 1, 0, 0, 0, 0), 5,
                        "mild"))
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.GAD7, List.of(1, 1, 1, 0, 0, 0, 0), 3,
                        "minimal"))
                .submittedAt(at).build();
    }

}
