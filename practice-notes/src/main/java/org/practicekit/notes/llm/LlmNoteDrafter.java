package org.practicekit.notes.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.practicekit.core.RetriableException;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.llm.FinishReason;
import org.practicekit.llm.LlmClient;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;
import org.practicekit.llm.phi.KnownIdentifiers;
import org.practicekit.llm.phi.PhiBlockedException;
import org.practicekit.llm.phi.PhiGuard;
import org.practicekit.notes.DocumentationConsents;
import org.practicekit.notes.DraftFailedException;
import org.practicekit.notes.DraftSection;
import org.practicekit.notes.DraftSentence;
import org.practicekit.notes.DrafterKind;
import org.practicekit.notes.DraftVerifier;
import org.practicekit.notes.NoteDraft;
import org.practicekit.notes.NoteDrafter;
import org.practicekit.notes.NoteFormat;
import org.practicekit.notes.NoteSection;
import org.practicekit.notes.Participant;
import org.practicekit.notes.SessionPrompt;
import org.practicekit.notes.StyleProfile;
import org.jspecify.annotations.Nullable;

/**
 * Drafts a note with a language model. The request is built from the format (each section's key,
 * heading and content), the prompt (one line per field, each with the id a sentence must cite) and
 * the clinician's style profile; it goes through {@link PhiGuard} (pseudonymized, audited, refused
 * for an endpoint without a BAA when PHI remains) and asks for JSON: for each section, sentences
 * with their sources. The answer is verified against the prompt by {@link NoteDrafter#draft}.
 *
 * <p>Any failure (timeout, refusal, cut-short or invalid JSON, a leftover placeholder, the PHI
 * guard refusing, failed verification) yields the offline draft with the reason recorded. Runs
 * only for clients whose consent to AI-assisted documentation is on record. Thread-safe.
 */
public final class LlmNoteDrafter extends NoteDrafter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z][A-Z0-9_]*_[0-9]{1,6}]");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    static final String SCHEMA = "{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"sections\"],"
            + "\"properties\":{\"sections\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
            + "\"additionalProperties\":false,\"required\":[\"key\",\"sentences\"],\"properties\":{"
            + "\"key\":{\"type\":\"string\"},\"sentences\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
            + "\"additionalProperties\":false,\"required\":[\"text\",\"sources\"],\"properties\":{"
            + "\"text\":{\"type\":\"string\"},\"sources\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}}}}}}}";

    private final LlmClient client;
    private final PhiGuard guard;
    private final @Nullable String model;
    private final Duration timeout;
    private final int maxTokens;

    private LlmNoteDrafter(Builder b) {
        super(b.clock, b.auditLog, b.consents, b.verifier);
        this.client = b.client;
        this.guard = b.guard;
        this.model = b.model;
        this.timeout = b.timeout;
        this.maxTokens = b.maxTokens;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return "llm:" + client.endpoint().name();
    }

    @Override
    protected boolean disclosesToModel() {
        return true;
    }

    @Override
    protected NoteDraft doDraft(SessionPrompt prompt, NoteFormat format, StyleProfile style) {
        LlmRequest request = request(prompt, format, style);
        LlmResponse response;
        try {
            response = guard.complete(client, request, known(prompt), prompt.clientId().value());
        } catch (PhiBlockedException e) {
            throw new DraftFailedException("the PHI guard refused to send the prompt to an endpoint without a BAA", e);
        } catch (RetriableException e) {
            String what = e.getMessage() != null && e.getMessage().contains("timed out") ? "model timed out"
                    : "model unavailable";
            throw new DraftFailedException(what, e);
        }
        if (response.finishReason() == FinishReason.CONTENT_FILTER) {
            throw new DraftFailedException("model refused to draft");
        }
        if (response.finishReason() == FinishReason.LENGTH) {
            throw new DraftFailedException("model answer was cut short");
        }
        if (PLACEHOLDER.matcher(response.text()).find()) {
            throw new DraftFailedException("model answer left a pseudonym placeholder");
        }
        List<DraftSection> sections = parse(response.text(), format, style);
        return NoteDraft.unverified(prompt, format, sections, DrafterKind.LLM,
                "llm:" + client.endpoint().name() + "/" + response.model());
    }

    /** The request sent for {@code prompt} (before the PHI guard pseudonymizes it). */
    public LlmRequest request(SessionPrompt prompt, NoteFormat format, StyleProfile style) {
        LlmRequest.Builder b = LlmRequest.builder().system(instructions(format, style)).user(fields(prompt))
                .jsonSchema(SCHEMA).maxTokens(maxTokens).timeout(timeout).temperature(0.2);
        if (model != null) {
            b.model(model);
        }
        return b.build();
    }

    private static String instructions(NoteFormat format, StyleProfile style) {
        StringBuilder s = new StringBuilder();
        s.append("You draft a psychotherapy progress note for a licensed clinician, who will review and sign it.\n")
                .append("Write only what the session fields say. Never add a medication, diagnosis, intervention, ")
                .append("number, date or person that the fields do not contain. Every intervention, risk statement, ")
                .append("homework item and plan element must appear. When the risk level is above none, state the ")
                .append("risk level explicitly in a sentence containing the word \"risk\".\n")
                .append("Each sentence lists in \"sources\" the ids of the fields it came from (the text before the ")
                .append("colon on each field line). Keep placeholders such as [PERSON_1] exactly as written.\n")
                .append("Write full sentences in clinical prose: the session in the past tense, the plan in the future ")
                .append("tense. No headings inside sentences, no lists, no \"N/A\".\n")
                .append("Format ").append(format.name()).append(", sections in this order:\n");
        for (NoteSection section : format.sections()) {
            s.append("- key \"").append(section.key()).append("\" (").append(section.heading()).append("): ");
            List<String> contents = new ArrayList<>();
            section.contents().forEach(c -> contents.add(c.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            s.append(String.join(", ", contents)).append('\n');
        }
        s.append("Style: call the person in care \"the ").append(style.term().word()).append("\"; ")
                .append(style.person() == StyleProfile.Person.FIRST ? "write in the first person (\"I\")"
                        : "refer to the clinician as \"" + style.thirdPersonPhrase() + "\"")
                .append("; about ").append(style.sentenceWords()).append(" words per sentence; prefer \"")
                .append(style.reportVerb()).append("\" for what the client said and \"").append(style.interventionVerb())
                .append("\" for what the clinician did");
        if (!style.abbreviations().isEmpty()) {
            s.append("; use the abbreviations ").append(String.join(", ", style.abbreviations()));
        }
        s.append(".\nAnswer with JSON only: {\"sections\":[{\"key\":...,\"sentences\":[{\"text\":...,\"sources\":[...]}]}]}.");
        return s.toString();
    }

    private static String fields(SessionPrompt p) {
        StringBuilder s = new StringBuilder("Session fields:\n");
        // A missed appointment given by its start alone has no length: the model is told when it was to start.
        boolean slotOnly = p.minutes() == 0;
        line(s, "session", (slotOnly ? "" : p.minutes() + "-minute ")
                + p.serviceType().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " session, " + p.modality().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (p.location().isEmpty() ? "" : " at " + p.location()) + (p.clientAtHome() ? ", client at home" : "")
                + ", on " + US_DATE.format(p.date()) + (slotOnly ? " at " + TIME.format(p.start())
                : " from " + TIME.format(p.start()) + " to " + TIME.format(p.end())));
        for (int i = 0; i < p.participants().size(); i++) {
            Participant who = p.participants().get(i);
            line(s, "participants[" + i + "]", who.role() + (who.name().isEmpty() ? "" : " " + who.name()));
        }
        list(s, "presentingConcerns", p.presentingConcerns());
        list(s, "medications", p.medications());
        list(s, "mentalStatus", p.mentalStatus());
        for (int i = 0; i < p.screeningScores().size(); i++) {
            var score = p.screeningScores().get(i);
            line(s, "screeningScores[" + i + "]", score.instrument().display() + " total " + score.total() + ", "
                    + score.band() + " range");
        }
        for (int i = 0; i < p.interventions().size(); i++) {
            var in = p.interventions().get(i);
            line(s, "interventions[" + i + "]", in.name() + (in.focus().isEmpty() ? "" : "; focus: " + in.focus())
                    + (in.response().isEmpty() ? "" : "; client response: " + in.response()));
        }
        if (!p.clientResponse().isEmpty()) {
            line(s, "clientResponse", p.clientResponse());
        }
        line(s, "risk.level", p.risk().level().display() + " risk");
        if (!p.risk().ideation().isEmpty()) {
            line(s, "risk.ideation", p.risk().ideation());
        }
        list(s, "risk.riskFactors", p.risk().riskFactors());
        list(s, "risk.protectiveFactors", p.risk().protectiveFactors());
        list(s, "risk.actionsTaken", p.risk().actionsTaken());
        for (int i = 0; i < p.goals().size(); i++) {
            var g = p.goals().get(i);
            line(s, "goals[" + i + "]", g.goal() + "; progress: " + g.rating().predicate()
                    + (g.evidence().isEmpty() ? "" : "; evidence: " + g.evidence()));
        }
        list(s, "homework", p.homework());
        list(s, "plan", p.plan());
        p.nextAppointment().ifPresent(n -> line(s, "nextAppointment", US_DATE.format(n.toLocalDate()) + " at "
                + TIME.format(n.toLocalTime())));
        for (int i = 0; i < p.diagnoses().size(); i++) {
            line(s, "diagnoses[" + i + "]", p.diagnoses().get(i).code() + " " + p.diagnoses().get(i).description());
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String id, String text) {
        s.append(id).append(": ").append(text.replace('\n', ' ')).append('\n');
    }

    private static void list(StringBuilder s, String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            line(s, field + "[" + i + "]", values.get(i));
        }
    }

    private static KnownIdentifiers known(SessionPrompt p) {
        KnownIdentifiers.Builder k = KnownIdentifiers.builder();
        p.clientName().ifPresent(k::addName);
        p.clinicianName().ifPresent(k::addName);
        for (Participant who : p.participants()) {
            if (!who.name().isEmpty()) {
                k.addName(who.name());
            }
        }
        k.addDate(p.date());
        p.nextAppointment().ifPresent(n -> k.addDate(n.toLocalDate()));
        return k.build();
    }

    private static List<DraftSection> parse(String text, NoteFormat format, StyleProfile style) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new DraftFailedException("model answer was not valid JSON");
        }
        JsonNode sections = root == null ? null : root.get("sections");
        if (sections == null || !sections.isArray()) {
            throw new DraftFailedException("model answer did not follow the schema (no sections)");
        }
        List<DraftSection> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode section : sections) {
            String key = section.path("key").asText("");
            NoteSection def = format.section(key).orElseThrow(
                    () -> new DraftFailedException("model answer did not follow the schema (unknown section)"));
            if (!keys.add(key)) {
                throw new DraftFailedException("model answer did not follow the schema (section repeated)");
            }
            JsonNode sentences = section.get("sentences");
            if (sentences == null || !sentences.isArray()) {
                throw new DraftFailedException("model answer did not follow the schema (no sentences)");
            }
            List<DraftSentence> list = new ArrayList<>();
            for (JsonNode sentence : sentences) {
                String said = sentence.path("text").asText("").strip();
                if (said.isEmpty()) {
                    continue;
                }
                List<String> sources = new ArrayList<>();
                sentence.path("sources").forEach(n -> sources.add(n.asText()));
                list.add(new DraftSentence(said, sources));
            }
            out.add(new DraftSection(key, style.heading(def), list));
        }
        // Keep the format's order whatever order the model used.
        out.sort((a, b) -> Integer.compare(index(format, a.key()), index(format, b.key())));
        return out;
    }

    private static int index(NoteFormat format, String key) {
        for (int i = 0; i < format.sections().size(); i++) {
            if (format.sections().get(i).key().equals(key)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Builds an {@link LlmNoteDrafter}. Required: client, phiGuard, consents, clock, audit. */
    public static final class Builder {
        private LlmClient client;
        private PhiGuard guard;
        private DocumentationConsents consents;
        private Clock clock;
        private AuditLog auditLog;
        private DraftVerifier verifier = DraftVerifier.standard();
        private @Nullable String model;
        private Duration timeout = Duration.ofSeconds(30);
        private int maxTokens = 2000;

        private Builder() {
        }

        public Builder client(LlmClient client) {
            this.client = Objects.requireNonNull(client, "client == null");
            return this;
        }

        public Builder phiGuard(PhiGuard guard) {
            this.guard = Objects.requireNonNull(guard, "guard == null");
            return this;
        }

        public Builder consents(DocumentationConsents consents) {
            this.consents = Objects.requireNonNull(consents, "consents == null");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
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

        public Builder verifier(DraftVerifier verifier) {
            this.verifier = Objects.requireNonNull(verifier, "verifier == null");
            return this;
        }

        /** The model to ask; absent means the client's default. */
        public Builder model(String model) {
            this.model = Objects.requireNonNull(model, "model == null");
            return this;
        }

        /** Wall-time limit for the model's answer; default 30 s. On timeout the offline draft is used. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout == null");
            return this;
        }

        public Builder maxTokens(int maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        /**
         * Builds the drafter.
         *
         * @throws org.practicekit.core.ValidationException naming every missing part at once
         */
        public LlmNoteDrafter build() {
            org.practicekit.core.Problems p = org.practicekit.core.Problems.of("LLM note drafter");
            p.require(client != null, "client", "is required");
            p.require(guard != null, "phiGuard", "is required");
            p.require(consents != null, "consents", "is required");
            p.require(clock != null, "clock", "is required");
            p.require(auditLog != null, "audit", "is required");
            p.throwIfAny();
            return new LlmNoteDrafter(this);
        }
    }
}
