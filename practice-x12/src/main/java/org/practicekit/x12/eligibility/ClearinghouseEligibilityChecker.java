package org.practicekit.x12.eligibility;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.ValidationException;
import org.practicekit.x12.InterchangeParties;
import org.practicekit.core.spi.EligibilityChecker;
import org.practicekit.core.spi.EligibilityRequest;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.x12.eligibility.internal.AnswerCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real-time eligibility through a clearinghouse: each question becomes an X12 270, goes out through an
 * {@link X12Transport} (raw X12 over HTTPS by default) and comes back as a 271 read by
 * {@link EligibilityResponseReader}. The SDK owns what every clearinghouse needs:
 *
 * <ul>
 *   <li><b>Time limit.</b> CAQH CORE real-time rule: a payer answers within 20 s or the question is
 *       asked again later. Each call gives up after {@code answerTimeout} (20 s at most, the
 *       default) across all attempts and throws a {@link RetriableException}.</li>
 *   <li><b>Retries.</b> Timeouts, dropped connections, 408/429/5xx are retried while time is left,
 *       waiting what the server asked (Retry-After) or a short backoff, re-sending the same interchange
 *       (same trace and control number), so a retry never asks a second question. Authentication and
 *       other refusals ({@link NonRetriableException}) are not retried.</li>
 *   <li><b>Cache.</b> Answers are kept per member and service date ({@code cacheFor}, 12 h by default),
 *       except "ask again later" answers (AAA 42) and anything that could not be read: a malformed 271
 *       is a {@link ValidationException} and nothing is cached.</li>
 *   <li><b>No PHI in logs.</b> Log lines carry the trace number, payer id, status and timing; never the
 *       member id, name, date of birth or X12 text.</li>
 * </ul>
 *
 * <p>Thread-safe; no threads of its own (waits between attempts happen on the calling thread).
 */
public final class ClearinghouseEligibilityChecker implements EligibilityChecker {
    /** The CAQH CORE real-time response limit. */
    public static final Duration CORE_REAL_TIME_LIMIT = Duration.ofSeconds(20);

    /** Waits on the calling thread; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ClearinghouseEligibilityChecker.class);

    private final X12Transport transport;
    private final EligibilityInquiryWriter writer;
    private final EligibilityResponseReader reader;
    private final List<String> serviceTypeCodes;
    private final Map<String, List<String>> serviceTypeCodesByPayer;
    private final Duration answerTimeout;
    private final int maxRetries;
    private final Duration retryDelay;
    private final Sleeper sleeper;
    private final Clock clock;
    private final AnswerCache cache;
    private final SecureRandom random = new SecureRandom();

    private ClearinghouseEligibilityChecker(Builder b) {
        this.transport = Objects.requireNonNull(b.transport, "transport == null");
        this.writer = new EligibilityInquiryWriter(Objects.requireNonNull(b.parties, "parties == null"),
                Objects.requireNonNull(b.provider, "provider == null"));
        this.clock = b.clock;
        this.reader = new EligibilityResponseReader(b.clock);
        this.serviceTypeCodes = b.serviceTypeCodes;
        this.serviceTypeCodesByPayer = Map.copyOf(b.serviceTypeCodesByPayer);
        this.answerTimeout = b.answerTimeout;
        this.maxRetries = b.maxRetries;
        this.retryDelay = b.retryDelay;
        this.sleeper = b.sleeper;
        this.cache = new AnswerCache(b.cacheFor, b.cacheSize);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Asks the payer about the request's member and service date, from the cache when asked before.
     *
     * @throws ValidationException when the request cannot be asked (nothing is sent) or the 271 cannot be read
     * @throws RetriableException when no answer came within the time limit; ask again later
     * @throws NonRetriableException when the clearinghouse refused the request (authentication, configuration)
     */
    @Override
    public EligibilityResult check(EligibilityRequest request) {
        Objects.requireNonNull(request, "request == null");
        List<String> codes = serviceTypeCodesByPayer.getOrDefault(request.coverage().payerId(), serviceTypeCodes);
        String key = AnswerCache.key(request, String.join(",", codes));
        Instant now = clock.instant();
        Optional<EligibilityResult> cached = cache.get(key, now);
        if (cached.isPresent()) {
            LOG.debug("eligibility for payer {} answered from the cache", request.coverage().payerId());
            return cached.get();
        }
        String trace = Long.toString(1_000_000_000L + Math.floorMod(random.nextLong(), 8_999_999_999L));
        int control = 1 + random.nextInt(999_999_998);
        byte[] inquiry = writer.write(request, trace, control, codes, now.atZone(clock.getZone()))
                .getBytes(StandardCharsets.UTF_8);
        byte[] answer = exchange(inquiry, trace, request.coverage().payerId());
        EligibilityResponse response = pick(reader.readResponses(new ByteArrayInputStream(answer),
                Optional.of(request.serviceDate())), trace, request);
        EligibilityResult result = response.result();
        if (!result.retryLater()) {
            cache.put(key, result, clock.instant());
        }
        LOG.debug("eligibility trace {} payer {}: {}{}", trace, request.coverage().payerId(), result.status(),
                result.rejection().map(j -> " (AAA " + j.code() + ")").orElse(""));
        return result;
    }

    /** Sends the same interchange until an answer comes, retrying what may succeed while time is left. */
    private byte[] exchange(byte[] inquiry, String trace, String payerId) {
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            Duration left = answerTimeout.minusNanos(System.nanoTime() - started);
            if (left.isNegative() || left.isZero()) {
                throw new RetriableException("no answer within " + answerTimeout.toSeconds()
                        + " s (CAQH CORE real-time limit); ask again later", transport.system(), "eligibility", null);
            }
            try {
                return transport.exchange(inquiry, left);
            } catch (RetriableException e) {
                Duration wait = e.retryAfter().orElse(retryDelay.multipliedBy(1L << Math.min(attempt - 1, 4)));
                Duration leftAfterWait = answerTimeout.minusNanos(System.nanoTime() - started).minus(wait);
                LOG.debug("eligibility trace {} payer {}: attempt {} failed ({})", trace, payerId, attempt, e.getMessage());
                if (attempt > maxRetries || leftAfterWait.compareTo(Duration.ofMillis(100)) < 0) {
                    throw e;
                }
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            } catch (PracticeKitException e) {
                LOG.debug("eligibility trace {} payer {}: refused ({})", trace, payerId, e.getMessage());
                throw e;
            }
        }
    }

    /**
     * The answer to this 270: the one echoing its trace, else the only one (not every payer echoes).
     * A 271 that answers another question is refused rather than mapped onto this client.
     */
    private EligibilityResponse pick(List<EligibilityResponse> responses, String trace, EligibilityRequest request) {
        boolean dependent = request.coverage().relationship() != org.practicekit.core.model.Coverage.Relationship.SELF;
        for (EligibilityResponse r : responses) {
            if (r.inquiryTrace().equals(trace) && r.dependent() == dependent) {
                return r;
            }
        }
        for (EligibilityResponse r : responses) {
            if (r.inquiryTrace().equals(trace)) {
                return r;
            }
        }
        if (responses.size() == 1 && responses.get(0).inquiryTrace().isEmpty()) {
            return responses.get(0);
        }
        throw new NonRetriableException("the 271 does not answer this inquiry (trace " + trace + ")", transport.system(),
                "eligibility", null);
    }

    @Override
    public String toString() {
        return "ClearinghouseEligibilityChecker[" + transport.system() + "]";
    }

    /**
     * Builds a {@link ClearinghouseEligibilityChecker}. Required: transport, parties, provider.
     * Defaults: service type MH, answer timeout 20 s, 2 retries from 500 ms, answers cached 12 h for
     * up to 10,000 questions, the system UTC clock.
     */
    public static final class Builder {
        private X12Transport transport;
        private InterchangeParties parties;
        private InquiringProvider provider;
        private List<String> serviceTypeCodes = List.of("MH");
        private final Map<String, List<String>> serviceTypeCodesByPayer = new HashMap<>();
        private Duration answerTimeout = CORE_REAL_TIME_LIMIT;
        private int maxRetries = 2;
        private Duration retryDelay = Duration.ofMillis(500);
        private Sleeper sleeper = d -> Thread.sleep(d.toMillis());
        private Duration cacheFor = Duration.ofHours(12);
        private int cacheSize = 10_000;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** How 270s travel (e.g. {@link HttpsX12Transport}). */
        public Builder transport(X12Transport transport) {
            this.transport = Objects.requireNonNull(transport, "transport == null");
            return this;
        }

        /** The ISA/GS sender and receiver ids the clearinghouse assigned, and test or production. */
        public Builder parties(InterchangeParties parties) {
            this.parties = Objects.requireNonNull(parties, "parties == null");
            return this;
        }

        /** The practice asking (NPI, tax id). */
        public Builder provider(InquiringProvider provider) {
            this.provider = Objects.requireNonNull(provider, "provider == null");
            return this;
        }

        /** The service types asked about, one EQ each (default {@code MH}; e.g. {@code 30, MH, A8, 98}). */
        public Builder serviceTypeCodes(List<String> codes) {
            this.serviceTypeCodes = List.copyOf(codes);
            return this;
        }

        /** The service types for one payer, e.g. a payer that wants a single {@code A8}. */
        public Builder serviceTypeCodesFor(String payerId, List<String> codes) {
            serviceTypeCodesByPayer.put(Objects.requireNonNull(payerId, "payerId == null"), List.copyOf(codes));
            return this;
        }

        /** How long one check may take across all attempts: 20 s at most (CAQH CORE real-time rule). */
        public Builder answerTimeout(Duration answerTimeout) {
            Objects.requireNonNull(answerTimeout, "answerTimeout == null");
            if (answerTimeout.isNegative() || answerTimeout.isZero() || answerTimeout.compareTo(CORE_REAL_TIME_LIMIT) > 0) {
                throw new IllegalArgumentException("answerTimeout must be positive and at most 20 s (CAQH CORE)");
            }
            this.answerTimeout = answerTimeout;
            return this;
        }

        /** Retries after the first attempt (0 to 5), each waiting Retry-After or a doubling backoff. */
        public Builder retries(int maxRetries, Duration firstDelay) {
            if (maxRetries < 0 || maxRetries > 5) {
                throw new IllegalArgumentException("maxRetries must be 0-5");
            }
            this.maxRetries = maxRetries;
            this.retryDelay = Objects.requireNonNull(firstDelay, "firstDelay == null");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /** How long an answer is reused for the same member and date; zero turns the cache off. */
        public Builder cacheFor(Duration cacheFor, int maxQuestions) {
            Objects.requireNonNull(cacheFor, "cacheFor == null");
            if (cacheFor.isNegative() || maxQuestions < 1) {
                throw new IllegalArgumentException("cacheFor must not be negative and maxQuestions positive");
            }
            this.cacheFor = cacheFor;
            this.cacheSize = maxQuestions;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        public ClearinghouseEligibilityChecker build() {
            return new ClearinghouseEligibilityChecker(this);
        }
    }
}
