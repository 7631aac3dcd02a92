package org.practicekit.notes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.model.ServiceType;

/**
 * Reads session prompts written as JSON lines (the corpus format shared with the blind writers) and
 * builds them through the public {@link SessionPrompt} builder, so a corpus prompt is exactly what
 * a vendor's code would build.
 */
final class PromptJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private PromptJson() {
    }

    /** Every line of a JSON Lines file. */
    static List<JsonNode> lines(Path file) {
        try {
            List<JsonNode> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NoteFormat format(JsonNode c) {
        String f = c.path("format").asText("SOAP").toUpperCase(java.util.Locale.ROOT);
        return NoteFormat.standard().stream().filter(x -> x.name().equals(f)).findFirst().orElse(NoteFormat.SOAP);
    }

    /** The prompt of a case, or empty when the builder refuses it: then "## id REFUSED" and its message go to out. */
    static java.util.Optional<SessionPrompt> promptOrRefusal(JsonNode c, StringBuilder out) {
        String id = c.path("id").asText();
        try {
            return java.util.Optional.of(prompt(c, id));
        } catch (RuntimeException refused) {
            out.append("## ").append(id).append(" REFUSED\n\n").append(refused.getMessage()).append("\n\n");
            return java.util.Optional.empty();
        }
    }

    /** Every case of a file the builder refuses, as "## id REFUSED" and its message; empty when all are accepted. */
    static String refusals(Path file) {
        StringBuilder out = new StringBuilder();
        for (JsonNode c : lines(file)) {
            promptOrRefusal(c, out);
        }
        return out.toString();
    }

    /** Drafts a case for reading: its text under "## id (FORMAT, style)" to out, and any finding to flagged. */
    static NoteDraft draftForReading(OfflineNoteDrafter drafter, SessionPrompt prompt, String id, NoteFormat format,
            Map.Entry<String, StyleProfile> style, StringBuilder out, StringBuilder flagged) {
        return forReading(drafter.draft(prompt, format, style.getValue()), id, format, style, out, flagged);
    }

    private static NoteDraft forReading(NoteDraft draft, String id, NoteFormat format,
            Map.Entry<String, StyleProfile> style, StringBuilder out, StringBuilder flagged) {
        out.append("## ").append(id).append(" (").append(format.name()).append(", ").append(style.getKey())
                .append(")\n\n").append(draft.text().strip()).append("\n\n");
        if (!draft.verification().passed()) {
            flagged.append(id).append(' ').append(format.name()).append(' ').append(style.getKey()).append('\n')
                    .append(draft.verification().report()).append('\n');
        }
        return draft;
    }

    /**
     * Every case of {@code set} the builder accepts, in every standard format (GIRP only where the prompt has goals,
     * unless {@code everyFormat}) and every corpus style, drafted for reading as {@link #draftForReading} does; refusals
     * go to out. Returns the drafts' texts, stripped, in that order.
     */
    static List<String> draftsForReading(OfflineNoteDrafter drafter, Path set, boolean everyFormat, StringBuilder out,
            StringBuilder flagged) throws IOException {
        List<String> texts = new ArrayList<>();
        for (JsonNode c : lines(set)) {
            String id = c.path("id").asText();
            java.util.Optional<SessionPrompt> read = promptOrRefusal(c, out);
            if (read.isEmpty()) {
                continue;
            }
            for (NoteFormat format : NoteFormat.standard()) {
                if (!everyFormat && format == NoteFormat.GIRP && read.get().goals().isEmpty()) {
                    continue;
                }
                for (Map.Entry<String, StyleProfile> style : CorpusStyles.all().entrySet()) {
                    NoteDraft draft = CORPORA.contains(set) && drafter.verifier() == DraftVerifier.standard()
                            ? CORPUS_DRAFTS.computeIfAbsent(set + " " + id + " " + format + " " + style.getKey(),
                                    k -> drafter.draft(read.get(), format, style.getValue()))
                            : drafter.draft(read.get(), format, style.getValue());
                    texts.add(forReading(draft, id, format, style, out, flagged).text().strip());
                }
            }
        }
        return texts;
    }

    /**
     * Every prompt of the dev file {@code dev} drafted for reading as {@link #draftsForReading} does, written to
     * {@code target/<name>.md}; returns the drafts, with the verifier's findings added to {@code flagged}.
     */
    static String writeDevDrafts(OfflineNoteDrafter drafter, Path dev, String name, StringBuilder flagged)
            throws IOException {
        StringBuilder out = new StringBuilder();
        draftsForReading(drafter, dev, false, out, flagged);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/" + name + ".md"), out, StandardCharsets.UTF_8);
        return out.toString();
    }

    /** The train and dev corpora every round's reading test drafts beside its own dev prompts. */
    static final List<Path> CORPORA = List.of(Path.of("src/test/resources/corpus/prompts.jsonl"),
            Path.of("src/test/resources/corpus/prompts-r2.jsonl"));

    /**
     * The drafts of {@link #CORPORA} by file, case, format and style, drafted once per test JVM for every reading test
     * that drafts them beside its own dev prompts (six did each afresh). Only a drafter on the standard verifier is
     * answered from here: an offline draft and its verdict are a function of the prompt, format, style and verifier
     * (DraftOutputDigestTest); the drafter's clock and audit log only time and record the call.
     */
    private static final Map<String, NoteDraft> CORPUS_DRAFTS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The dev sets and then {@link #CORPORA} drafted for reading as {@link #draftsForReading} does (GIRP only with
     * goals), each written to {@code target/<prefix>-<set name>.md}; returns the verifier's findings, empty when clean.
     */
    static String writeDraftsForReading(OfflineNoteDrafter drafter, String prefix, Path... devSets) throws IOException {
        StringBuilder flagged = new StringBuilder();
        Files.createDirectories(Path.of("target"));
        List<Path> sets = new ArrayList<>(List.of(devSets));
        sets.addAll(CORPORA);
        for (Path set : sets) {
            StringBuilder out = new StringBuilder();
            draftsForReading(drafter, set, false, out, flagged);
            String name = set.getFileName().toString().replace(".jsonl", "");
            Files.writeString(Path.of("target/" + prefix + "-" + name + ".md"), out, StandardCharsets.UTF_8);
        }
        return flagged.toString();
    }

    /**
     * How many times {@code line} matches in the paragraphs of {@code texts}; each match's first two groups go to
     * {@code distinct} as "label: value".
     */
    static int countLines(List<String> texts, java.util.regex.Pattern line, java.util.Set<String> distinct) {
        int lines = 0;
        for (String text : texts) {
            for (String paragraph : text.split("\n")) {
                java.util.regex.Matcher m = line.matcher(paragraph);
                while (m.find()) {
                    lines++;
                    distinct.add(m.group(1) + ": " + m.group(2));
                }
            }
        }
        return lines;
    }

    /** The case {@code id} of {@code set} drafted as SOAP in the default style; fails when the verifier flags it. */
    static NoteDraft verifiedSoap(OfflineNoteDrafter drafter, Path set, String id) throws IOException {
        for (JsonNode c : lines(set)) {
            if (c.path("id").asText().equals(id)) {
                NoteDraft draft = drafter.draft(prompt(c, id), NoteFormat.SOAP, StyleProfile.defaults());
                if (!draft.verification().passed()) {
                    throw new AssertionError(draft.verification().report());
                }
                return draft;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** The prompt of a case; throws the builder's ValidationException when it rejects the prompt. */
    static SessionPrompt prompt(JsonNode c, String id) {
        JsonNode p = c.path("prompt");
        SessionPrompt.Builder b = SessionPrompt.builder().client("cl-" + id).clinician("dr-corpus")
                .date(LocalDate.parse(p.path("date").asText()))
                .time(LocalTime.parse(p.path("start").asText()), LocalTime.parse(p.path("end").asText()))
                .serviceType(ServiceType.valueOf(p.path("serviceType").asText("INDIVIDUAL")))
                .modality(Modality.valueOf(p.path("modality").asText("IN_PERSON")))
                .location(p.path("location").asText("")).payer(PayerKind.COMMERCIAL);
        if (p.has("clientName")) {
            b.clientName(org.practicekit.core.model.PersonName.of(p.path("clientName").path("given").asText(),
                    p.path("clientName").path("family").asText()));
        }
        if (p.has("clientAtHome")) {
            b.clientAtHome(p.path("clientAtHome").asBoolean());
        }
        if (p.has("attendance")) {
            b.attendance(Attendance.valueOf(p.path("attendance").asText()));
        }
        p.path("outreach").forEach(n -> b.addOutreach(n.asText()));
        p.path("participants").forEach(n -> b.addParticipant(n.path("role").asText(), n.path("name").asText("")));
        p.path("concerns").forEach(n -> b.addConcern(n.asText()));
        p.path("mentalStatus").forEach(n -> b.addMentalStatus(n.asText()));
        p.path("medications").forEach(n -> b.addMedication(n.asText()));
        for (JsonNode in : p.path("interventions")) {
            InterventionType type = InterventionType.valueOf(in.path("type").asText("OTHER"));
            b.addIntervention(new Intervention(type, in.path("label").asText(""), in.path("focus").asText(""),
                    in.path("response").asText("")));
        }
        b.clientResponse(p.path("clientResponse").asText(""));
        JsonNode r = p.path("risk");
        ClinicalRiskAssessment.Builder risk = ClinicalRiskAssessment.builder(ClinicalRiskLevel.valueOf(r.path("level").asText("NONE")))
                .ideation(r.path("ideation").asText("")).intent(r.path("intent").asText(""))
                .plan(r.path("plan").asText("")).means(r.path("means").asText(""))
                .safetyPlan(r.path("safetyPlan").asText("")).followUp(r.path("followUp").asText(""));
        r.path("riskFactors").forEach(n -> risk.addRiskFactor(n.asText()));
        r.path("protectiveFactors").forEach(n -> risk.addProtectiveFactor(n.asText()));
        r.path("actionsTaken").forEach(n -> risk.addAction(n.asText()));
        b.risk(risk.build());
        for (JsonNode g : p.path("goals")) {
            b.addGoal(g.path("goal").asText(), ProgressRating.valueOf(g.path("rating").asText("STEADY_PROGRESS")),
                    g.path("evidence").asText(""));
        }
        p.path("homework").forEach(n -> b.addHomework(n.asText()));
        p.path("plan").forEach(n -> b.addPlan(n.asText()));
        String next = p.path("nextAppointment").asText("");
        if (!next.isEmpty()) {
            b.nextAppointment(LocalDateTime.parse(next));
        }
        for (JsonNode d : p.path("diagnoses")) {
            b.addDiagnosis(d.path("icd10").asText(), d.path("description").asText());
        }
        for (JsonNode s : p.path("screenings")) {
            List<Integer> items = new ArrayList<>();
            s.path("items").forEach(n -> items.add(n.asInt()));
            b.addScreening(new ScreeningScore(ScreeningScore.Instrument.valueOf(s.path("instrument").asText()), items,
                    s.path("total").asInt(), s.path("band").asText()));
        }
        return b.build();
    }
}
