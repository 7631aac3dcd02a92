package org.practicekit.llm.phi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.llm.LlmClient;
import org.practicekit.llm.LlmEndpoint;
import org.practicekit.llm.LlmMessage;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;
import org.practicekit.llm.phi.internal.NameRemainders;
import org.practicekit.llm.phi.internal.Pseudonymizer;
import org.practicekit.llm.phi.internal.ResidualCheck;
import org.practicekit.llm.phi.internal.WholeTokens;

/**
 * The gate every prompt that may hold PHI passes through on its way to a model.
 *
 * <ol>
 *   <li>Every message is pseudonymized: each value the detector or the client's known identifiers
 *       find becomes a placeholder that is stable for the request ({@code [PERSON_1]},
 *       {@code [DATE_1]}); the same value always gets the same placeholder. What the detector took for a
 *       person or place but is public vocabulary written out in full (a public figure, a work, a team, an
 *       organisation or service, a drug class, a public health site) stays readable unless a cue makes it
 *       the client's ("her neighbor ...", "works for ..."); the client's known identifiers are always replaced.
 *       A {@link PatternPhiDetector} is asked for its rules and model only: its deny-by-default reading is what the
 *       residual check below does, so it is not done twice, and for an endpoint with a BAA the guard replaces what
 *       it replaced before round 14.</li>
 *   <li>For an endpoint without a BAA a residual check that does not trust the detector reads the
 *       pseudonymized prompt and denies by default: capitalized words that are no known English word
 *       and no clinical or public vocabulary, words after relation and contact cues ("her son
 *       Autumn", "texted jenny"), lowercase given names, and identifier-shaped tokens (addresses,
 *       handles, letter-digit codes) become placeholders too ({@code [NAME_1]}); a digit run of four
 *       or more that is no allowed clinical number (year, CPT code, dose, money, clock time, NDC code,
 *       crisis line) fails the call closed with {@link PhiBlockedException}, naming the category,
 *       never the value, and nothing is sent.</li>
 *   <li>The disclosure is written to the {@link AuditLog} before anything is sent (endpoint,
 *       categories, counts, a SHA-256 of what was sent; never the PHI). A failing audit write
 *       stops the call.</li>
 *   <li>{@link LlmClient#complete(LlmRequest)} runs (with its own retries), and the placeholders in
 *       the answer are put back; in a JSON answer the restored values are JSON-escaped.</li>
 * </ol>
 *
 * <p>The guard remembers what its readings found in texts it has read before, by exact text (a drafter's fixed
 * instructions come with every call): at most {@link Builder#scanMemory(int)} characters of text for each reading,
 * least recently used out first. The built-in {@link PatternPhiDetector} and the residual check read the text alone, so
 * what is sent, audited and restored is the same with or without the memory; another detector is asked every time.
 *
 * <p>Thread-safe; holds no per-request state.
 */
public final class PhiGuard {
    /** Audit action of a prompt sent to a model. */
    public static final String DISCLOSURE = "llm.disclosure";
    /** Audit action of a prompt the guard refused to send. */
    public static final String BLOCKED = "llm.disclosure.blocked";

    private static final ResidualCheck RESIDUAL = new ResidualCheck();

    private final PhiDetector detector;
    /** What pseudonymizes: the default detector without its deny-by-default reading, which the residual check does. */
    private final PhiDetector finder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String actor;
    /** The detector's findings less public vocabulary, by message text: the built-in detector's only. */
    private final ScannedTexts<List<PhiSpan>> detected;
    /** The residual check's names, grown to whole mentions, by pseudonymized message text. */
    private final ScannedTexts<List<PhiSpan>> residualNames;
    /** The residual check's identifier-shaped numbers by category, by the text as it would be sent. */
    private final ScannedTexts<Map<String, Integer>> identifierNumbers;

    private PhiGuard(Builder b) {
        this.detector = b.detector == null ? PatternPhiDetector.builder().build() : b.detector;
        this.finder = detector instanceof PatternPhiDetector pattern ? pattern.rulesAndModel() : detector;
        this.auditLog = Objects.requireNonNull(b.auditLog, "auditLog == null");
        this.clock = b.clock;
        this.actor = b.actor;
        // another detector may read more than the text (a service, a model that learns): asked every time
        this.detected = new ScannedTexts<>(finder instanceof PatternPhiDetector ? b.scanMemory : 0);
        this.residualNames = new ScannedTexts<>(b.scanMemory);
        this.identifierNumbers = new ScannedTexts<>(b.scanMemory);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The detector in use. */
    public PhiDetector detector() {
        return detector;
    }

    /**
     * Pseudonymizes {@code request}, runs the residual check for an endpoint without a BAA, audits
     * the disclosure, sends it through {@code client} and restores the placeholders in the answer.
     *
     * @param known the client's own identifiers, matched exactly in addition to the detector
     * @param subject whose record this is (a client id) for the audit record; "" when none
     * @throws PhiBlockedException when the endpoint has no BAA and an identifier-shaped number remains
     */
    public LlmResponse complete(LlmClient client, LlmRequest request, KnownIdentifiers known, String subject) {
        Objects.requireNonNull(client, "client == null");
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(known, "known == null");
        Objects.requireNonNull(subject, "subject == null");
        LlmEndpoint endpoint = client.endpoint();

        List<String> texts = new ArrayList<>();
        request.messages().forEach(m -> texts.add(m.text()));
        Pseudonymizer pseudonymizer = new Pseudonymizer(texts);
        List<LlmMessage> sent = new ArrayList<>(request.messages().size());
        for (LlmMessage m : request.messages()) {
            sent.add(new LlmMessage(m.role(), pseudonymizer.apply(m.text(), find(m.text(), known))));
        }

        if (!endpoint.baaCovered()) {
            // The second check does not trust the detector: unknown names become placeholders too, and
            // an identifier-shaped number that is still there stops the call.
            Map<String, Integer> remaining = new TreeMap<>();
            for (int i = 0; i < sent.size(); i++) {
                LlmMessage m = sent.get(i);
                String text = pseudonymizer.apply(m.text(), residualNames.read(m.text(),
                        t -> List.copyOf(NameRemainders.whole(t, RESIDUAL.namesToReplace(t)))));
                // the last step before sending: a piece of a replaced value still joined to its placeholder is
                // replaced with it, or the call is refused when that would swallow another placeholder
                text = pseudonymizer.apply(text, WholeTokens.placeholderPieces(text, pseudonymizer::isOwn,
                        remaining));
                identifierNumbers.read(text, t -> Map.copyOf(RESIDUAL.identifierNumbers(t)))
                        .forEach((k, v) -> remaining.merge(k, v, Integer::sum));
                sent.set(i, new LlmMessage(m.role(), text));
            }
            if (!remaining.isEmpty()) {
                Map<String, String> details = new LinkedHashMap<>();
                details.put("baaCovered", "false");
                remaining.forEach((k, v) -> details.put("remaining." + k, String.valueOf(v)));
                auditLog.record(new AuditEvent(clock.instant(), actor, BLOCKED, subject, endpoint.name(),
                        new HashSet<>(remaining.keySet()), details));
                throw new PhiBlockedException(endpoint.describe(), remaining);
            }
        }

        LlmRequest pseudonymized = request.withMessages(sent);
        Map<String, Integer> occurrences = pseudonymizer.occurrences();
        Map<String, String> details = new HashMap<>();
        details.put("endpoint", endpoint.describe());
        details.put("baaCovered", String.valueOf(endpoint.baaCovered()));
        details.put("requestSha256", sha256(sent));
        details.put("messages", String.valueOf(sent.size()));
        details.put("placeholders", String.valueOf(pseudonymizer.distinctValues()));
        request.model().ifPresent(model -> details.put("model", model));
        occurrences.forEach((k, v) -> details.put("count." + k, String.valueOf(v)));
        auditLog.record(new AuditEvent(clock.instant(), actor, DISCLOSURE, subject, endpoint.name(),
                new HashSet<>(occurrences.keySet()), details));

        LlmResponse response = client.complete(pseudonymized);
        String restored = pseudonymizer.restore(response.text(), request.jsonSchema().isPresent());
        return response.toBuilder().text(restored).build();
    }

    private List<PhiSpan> find(String text, KnownIdentifiers known) {
        // public figures, works, teams and services the detector took for the client's people and places stay
        // readable; the client's own identifiers are added after, so none of them is ever let through
        List<PhiSpan> spans = new ArrayList<>(detected.read(text,
                t -> List.copyOf(RESIDUAL.withoutPublicVocabulary(t, finder.detect(t)))));
        spans.addAll(known.findIn(text));
        // a replaced name takes its whole mention: the rest of it beside the placeholder would be a leak
        return NameRemainders.whole(text, spans);
    }

    private static String sha256(List<LlmMessage> messages) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (LlmMessage m : messages) {
                digest.update(m.role().name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(m.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest.digest()) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Builds a {@link PhiGuard}. Required: audit. Defaults: {@link PatternPhiDetector}, UTC system clock, actor "practicekit". */
    public static final class Builder {
        /** The default of {@link #scanMemory(int)}: characters of text per reading. */
        public static final int DEFAULT_SCAN_MEMORY = 128 * 1024;
        private PhiDetector detector;
        private AuditLog auditLog;
        private Clock clock = Clock.systemUTC();
        private String actor = "practicekit";
        private int scanMemory = DEFAULT_SCAN_MEMORY;

        private Builder() {
        }

        public Builder detector(PhiDetector detector) {
            this.detector = Objects.requireNonNull(detector, "detector == null");
            return this;
        }

        public Builder audit(AuditLog audit) {
            this.auditLog = Objects.requireNonNull(audit, "audit == null");
            return this;
        }

        /**
         * The old name of {@link #audit(AuditLog)}.
         *
         * @deprecated use {@link #audit(AuditLog)}, the name every engine's builder uses
         */
        @Deprecated
        public Builder auditLog(AuditLog auditLog) {
            return audit(auditLog);
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Who acts in the audit record (a user id, or "practicekit"). */
        public Builder actor(String actor) {
            this.actor = Objects.requireNonNull(actor, "actor == null");
            return this;
        }

        /**
         * How many characters of text the guard remembers its findings for, for each of its three readings (the
         * detector's, the residual check's names and its numbers), least recently used out first; default
         * {@value #DEFAULT_SCAN_MEMORY}, some forty drafter instructions and prompts. The texts are held in the
         * process as long as they are remembered; 0 remembers nothing.
         */
        public Builder scanMemory(int characters) {
            if (characters < 0) {
                throw new IllegalArgumentException("characters < 0: " + characters);
            }
            this.scanMemory = characters;
            return this;
        }

        public PhiGuard build() {
            return new PhiGuard(this);
        }
    }
}
