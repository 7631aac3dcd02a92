package org.practicekit.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.okhttp.client.OkHttpRestfulClientFactory;
import ca.uhn.fhir.rest.api.CacheControlDirective;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.gclient.IQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.practicekit.core.Problems;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.spi.EhrAdapter;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.EhrNote;
import org.practicekit.core.spi.EhrReceipt;
import org.practicekit.fhir.auth.FhirAuth;
import org.practicekit.fhir.internal.AppointmentMapper;
import org.practicekit.fhir.internal.AuthorizationInterceptor;
import org.practicekit.fhir.internal.Codes;
import org.practicekit.fhir.internal.CoverageMapper;
import org.practicekit.fhir.internal.DocumentReferenceMapper;
import org.practicekit.fhir.internal.FhirCalls;
import org.practicekit.fhir.internal.IntakeBundle;
import org.practicekit.fhir.internal.PatientMapper;
import org.practicekit.fhir.internal.RetryAfterCapture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link EhrAdapter} on any FHIR R4 server, through HAPI FHIR's generic client over OkHttp.
 *
 * <ul>
 *   <li>{@link #routeIntake} sends one transaction Bundle: Patient, payer Organization and Coverage,
 *       one Consent per signed consent, the QuestionnaireResponse, Observations for the PHQ-9 and GAD-7
 *       totals and PHQ-9 item 9, and a Flag when intake raised a risk. Every entry is a conditional create
 *       on the practice's identifier, so routing the same intake again writes nothing new.</li>
 *   <li>{@link #writeAppointment} is a conditional update on the appointment id: the first call creates
 *       the Appointment, later ones change its status.</li>
 *   <li>{@link #exportNote} writes a final DocumentReference, conditional on the note id. Psychotherapy
 *       notes reach this method only when the clinician chose to export one, and are labelled PSYTHPN.</li>
 * </ul>
 *
 * <p>Failures: 5xx answers, timeouts and dropped connections are retried here, a bounded number of
 * times with jittered backoff (safe, because every write is conditional); 4xx answers are never
 * retried. What remains is thrown as {@link org.practicekit.core.RetriableException} or
 * {@link org.practicekit.core.NonRetriableException}, whose message names the resource, element and
 * kind of each OperationOutcome issue and never carries PHI. Thread-safe; holds no threads of its own
 * beyond OkHttp's connection pool.
 *
 * <p>Claims are not written: {@code EhrAdapter} has no claim operation yet.
 */
public final class FhirEhrAdapter implements EhrAdapter {
    /**
     * Searches ask for fresh results: a server that reuses a cached search (HAPI does for a minute by
     * default) would otherwise answer "no such client" right after the intake that wrote the client.
     */
    private static final CacheControlDirective FRESH = new CacheControlDirective().setNoCache(true);

    private static final Logger LOG = LoggerFactory.getLogger(FhirEhrAdapter.class);
    private static final int PAGE_LIMIT = 100;

    private final String baseUrl;
    private final String system;
    private final FhirIdentifierSystems ids;
    private final IGenericClient client;
    private final FhirCalls calls;
    private final IntakeBundle intakes;
    private final PatientMapper patients;
    private final CoverageMapper coverages;
    private final AppointmentMapper appointments;
    private final DocumentReferenceMapper notes;

    private FhirEhrAdapter(Builder b) {
        Problems problems = Problems.of("FHIR adapter configuration");
        problems.require(b.baseUrl != null && HttpUrl.parse(b.baseUrl) != null, "baseUrl", "must be an http(s) URL");
        problems.require(b.identifierSystems != null, "identifierSystems", "is required");
        problems.require(b.maxAttempts >= 1 && b.maxAttempts <= 10, "maxAttempts", "must be 1 to 10");
        problems.throwIfAny();
        this.baseUrl = b.baseUrl.endsWith("/") ? b.baseUrl.substring(0, b.baseUrl.length() - 1) : b.baseUrl;
        this.system = "fhir:" + baseUrl;
        this.ids = b.identifierSystems;

        RetryAfterCapture retryAfter = new RetryAfterCapture();
        OkHttpClient.Builder http = (b.httpClient != null ? b.httpClient.newBuilder() : new OkHttpClient.Builder())
                .connectTimeout(b.connectTimeout).readTimeout(b.readTimeout).writeTimeout(b.readTimeout)
                // Retries belong to this adapter: bounded, logged and with backoff, never OkHttp's silent ones.
                .retryOnConnectionFailure(false)
                .addInterceptor(new AuthorizationInterceptor(b.auth))
                .addInterceptor(retryAfter);
        // HAPI's generic client takes its HTTP client from the FhirContext's factory on every call, so each
        // adapter owns a context: adapters with different servers, auth or timeouts never share a client.
        FhirContext context = FhirContext.forR4();
        OkHttpRestfulClientFactory factory = new OkHttpRestfulClientFactory(context);
        factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
        factory.setHttpClient(http.build());
        context.setRestfulClientFactory(factory);
        this.client = factory.newGenericClient(baseUrl);
        client.setEncoding(EncodingEnum.JSON);
        client.setPrettyPrint(false);

        this.calls = new FhirCalls(system, b.maxAttempts, b.initialBackoff, b.maxBackoff, b.sleeper,
                retryAfter::take);
        this.intakes = new IntakeBundle(ids, b.consentScopes);
        this.patients = new PatientMapper(ids);
        this.coverages = new CoverageMapper(ids);
        this.appointments = new AppointmentMapper(ids);
        this.notes = new DocumentReferenceMapper(ids);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String system() {
        return system;
    }

    /** The identifier systems this adapter writes and searches under. */
    public FhirIdentifierSystems identifierSystems() {
        return ids;
    }

    @Override
    public EhrReceipt routeIntake(EhrIntake intake) {
        Objects.requireNonNull(intake, "intake == null");
        IntakeBundle.Built built = intakes.build(intake);
        Bundle response = calls.run("routeIntake", built.bundle(),
                () -> client.transaction().withBundle(built.bundle()).execute());
        EhrReceipt receipt = receipt(intake.idempotencyKey(), built.receiptKeys(), response);
        LOG.debug("{} routeIntake: {} records, created={}", system, receipt.recordIds().size(), receipt.created());
        return receipt;
    }

    @Override
    public EhrReceipt writeAppointment(Appointment appointment) {
        Objects.requireNonNull(appointment, "appointment == null");
        String patientRef = Codes.match("Patient", ids.client(), appointment.clientId().value());
        Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        tx.addEntry().setResource(appointments.toFhir(appointment, patientRef)).getRequest()
                .setMethod(Bundle.HTTPVerb.PUT)
                .setUrl(Codes.match("Appointment", ids.appointment(), appointment.id().value()));
        Bundle response = calls.run("writeAppointment", tx, () -> client.transaction().withBundle(tx).execute());
        return receipt(appointment.id().value(), List.of("Appointment"), response);
    }

    @Override
    public EhrReceipt exportNote(EhrNote note) {
        Objects.requireNonNull(note, "note == null");
        Problems problems = Problems.of("note export");
        problems.require(DocumentReferenceMapper.sha256Hex(note.content()).equals(note.contentSha256()),
                "contentSha256", "does not match the note's content: the note changed after it was signed");
        problems.throwIfAny();
        String patientRef = Codes.match("Patient", ids.client(), note.clientId().value());
        Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        tx.addEntry().setFullUrl("urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
                        ("note|" + note.noteId()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .setResource(notes.toFhir(note, patientRef)).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("DocumentReference")
                .setIfNoneExist(Codes.identifierParam(ids.note(), note.noteId()));
        Bundle response = calls.run("exportNote", tx, () -> client.transaction().withBundle(tx).execute());
        return receipt(note.noteId(), List.of("DocumentReference"), response);
    }

    @Override
    public Optional<Client> findClient(ClientId clientId) {
        Objects.requireNonNull(clientId, "clientId == null");
        return findPatient(clientId, "findClient").flatMap(patients::fromFhir);
    }

    @Override
    public Optional<Coverage> readCoverage(ClientId clientId) {
        Objects.requireNonNull(clientId, "clientId == null");
        Optional<Patient> patient = findPatient(clientId, "readCoverage");
        if (patient.isEmpty()) {
            return Optional.empty();
        }
        String patientId = patient.get().getIdElement().toUnqualifiedVersionless().getValue();
        Bundle found = calls.run("readCoverage", null, () -> client.search()
                .forResource(org.hl7.fhir.r4.model.Coverage.class)
                .where(org.hl7.fhir.r4.model.Coverage.BENEFICIARY.hasId(patientId))
                .and(org.hl7.fhir.r4.model.Coverage.STATUS.exactly().code("active"))
                .include(org.hl7.fhir.r4.model.Coverage.INCLUDE_PAYOR)
                .sort(new SortSpec("_lastUpdated", ca.uhn.fhir.rest.api.SortOrderEnum.DESC))
                .cacheControl(FRESH).returnBundle(Bundle.class).execute());
        Map<String, Organization> payers = new HashMap<>();
        List<org.hl7.fhir.r4.model.Coverage> candidates = new ArrayList<>();
        for (Bundle.BundleEntryComponent e : found.getEntry()) {
            Resource r = e.getResource();
            if (r instanceof Organization) {
                payers.put(r.getIdElement().toUnqualifiedVersionless().getValue(), (Organization) r);
            } else if (r instanceof org.hl7.fhir.r4.model.Coverage) {
                candidates.add((org.hl7.fhir.r4.model.Coverage) r);
            }
        }
        // The practice's own coverage records first, then whatever else the EHR holds.
        candidates.sort(Comparator.comparing((org.hl7.fhir.r4.model.Coverage c) -> c.getIdentifier().stream()
                .noneMatch(i -> ids.coverage().equals(i.getSystem()))));
        for (org.hl7.fhir.r4.model.Coverage c : candidates) {
            Organization payer = payers.get(new IdType(c.getPayorFirstRep().getReference()).toUnqualifiedVersionless()
                    .getValue());
            Optional<Coverage> mapped = coverages.fromFhir(c, payer);
            if (mapped.isPresent()) {
                return mapped;
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Appointment> appointments(Instant from, Instant to) {
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
        if (!to.isAfter(from)) {
            return List.of();
        }
        List<Appointment> out = new ArrayList<>();
        Bundle page = calls.run("appointments", null, () -> client.search()
                .forResource(org.hl7.fhir.r4.model.Appointment.class)
                .where(org.hl7.fhir.r4.model.Appointment.DATE.afterOrEquals().millis(Date.from(from)))
                .and(org.hl7.fhir.r4.model.Appointment.DATE.before().millis(Date.from(to)))
                .and(org.hl7.fhir.r4.model.Appointment.IDENTIFIER.hasSystemWithAnyCode(ids.appointment()))
                .count(PAGE_LIMIT).cacheControl(FRESH)
                .returnBundle(Bundle.class).execute());
        while (true) {
            for (Bundle.BundleEntryComponent e : page.getEntry()) {
                if (e.getResource() instanceof org.hl7.fhir.r4.model.Appointment) {
                    appointments.fromFhir((org.hl7.fhir.r4.model.Appointment) e.getResource())
                            .filter(a -> !a.slot().start().isBefore(from) && a.slot().start().isBefore(to))
                            .ifPresent(out::add);
                }
            }
            if (page.getLink(Bundle.LINK_NEXT) == null) {
                break;
            }
            Bundle current = page;
            page = calls.run("appointments", null, () -> client.loadPage().next(current).execute());
        }
        out.sort(Comparator.comparing((Appointment a) -> a.slot().start()).thenComparing(a -> a.id().value()));
        return out;
    }

    private Optional<Patient> findPatient(ClientId clientId, String operation) {
        IQuery<Bundle> query = client.search().forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndIdentifier(ids.client(), clientId.value()))
                .cacheControl(FRESH).returnBundle(Bundle.class);
        Bundle found = calls.run(operation, null, query::execute);
        return found.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance).map(Patient.class::cast).findFirst();
    }

    private EhrReceipt receipt(String key, List<String> keys, Bundle response) {
        Map<String, String> ids = new LinkedHashMap<>();
        boolean created = false;
        List<Bundle.BundleEntryComponent> entries = response.getEntry();
        for (int i = 0; i < entries.size() && i < keys.size(); i++) {
            Bundle.BundleEntryResponseComponent r = entries.get(i).getResponse();
            if (r.hasLocation()) {
                ids.put(keys.get(i), new IdType(r.getLocation()).toUnqualifiedVersionless().getValue());
            }
            created |= r.hasStatus() && r.getStatus().startsWith("201");
        }
        return new EhrReceipt(system, key, ids, created);
    }

    /** Shows the server only; never credentials. */
    @Override
    public String toString() {
        return "FhirEhrAdapter[" + baseUrl + "]";
    }

    /**
     * Builds a {@link FhirEhrAdapter}. Required: baseUrl and identifierSystems. Defaults: no auth,
     * 10 s connect and 60 s read timeouts, 3 attempts with backoff from 250 ms up to 4 s, every consent
     * document scoped {@link ConsentScope#TREATMENT}.
     */
    public static final class Builder {
        private String baseUrl;
        private FhirIdentifierSystems identifierSystems;
        private FhirAuth auth = FhirAuth.none();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(250);
        private Duration maxBackoff = Duration.ofSeconds(4);
        private OkHttpClient httpClient;
        private final Map<String, ConsentScope> consentScopes = new HashMap<>();
        private FhirCalls.Sleeper sleeper = d -> Thread.sleep(d.toMillis());

        private Builder() {
        }

        /** The FHIR R4 base URL, e.g. {@code https://ehr.example/fhir/r4}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
            return this;
        }

        /** The practice's identifier systems (see {@link FhirIdentifierSystems}). */
        public Builder identifierSystems(FhirIdentifierSystems identifierSystems) {
            this.identifierSystems = Objects.requireNonNull(identifierSystems, "identifierSystems == null");
            return this;
        }

        /** How requests authenticate; default none. */
        public Builder auth(FhirAuth auth) {
            this.auth = Objects.requireNonNull(auth, "auth == null");
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** How long to wait for each answer (and to send each request). */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /** Attempts per call for server errors, timeouts and dropped connections (1 = no retry). */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * First backoff step; it doubles per attempt up to {@code maxBackoff}, jittered. A server's
         * {@code Retry-After} longer than {@code maxBackoff} is not shortened: the call fails at once with a
         * {@link org.practicekit.core.RetriableException} carrying it, for the caller to schedule.
         */
        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = positive(initial, "initial");
            this.maxBackoff = positive(max, "max");
            if (max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("max backoff is shorter than the initial backoff");
            }
            return this;
        }

        /** A base OkHttp client (pool, proxy, TLS); the adapter derives its own from it. */
        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
            return this;
        }

        /** The FHIR {@code Consent.scope} of one of the practice's consent documents. */
        public Builder consentScope(String documentId, ConsentScope scope) {
            consentScopes.put(Objects.requireNonNull(documentId, "documentId == null"),
                    Objects.requireNonNull(scope, "scope == null"));
            return this;
        }

        /** Replaces the wait between attempts (tests). */
        Builder sleeper(FhirCalls.Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name + " == null");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }

        /** @throws org.practicekit.core.ValidationException listing every missing or invalid setting */
        public FhirEhrAdapter build() {
            return new FhirEhrAdapter(this);
        }
    }

}
