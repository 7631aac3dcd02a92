package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Work done to make drafting and verifying faster must not change a word: every draft of every dev corpus (every
 * prompt, every standard format, every corpus style) and every verifier finding, on the clean drafts and on changes
 * planted in them (a changed number, a negation, a swapped actor, an invented clause), hashes to the digest the code
 * before the speed work gave (round 34's check, its digests rewritten by round 36's base, 26c67cc6). {@code -Ddigests.write=true} rewrites the expected digests (only on the code before a
 * speed change); on a mismatch the full output of that corpus is written under {@code target/draft-digest/}.
 */
class DraftOutputDigestTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path EXPECTED = Path.of("src/test/resources/speed/draft-digests-r36.txt");

    // Round 36: about 10-25 minutes on a loaded machine, so run on demand (-Ddraft.digests=true), before a speed
    // change is merged, rather than in every build.
    @Test
    @EnabledIfSystemProperty(named = "draft.digests", matches = "true")
    void everyDraftAndFindingIsAsBeforeTheSpeedWork() throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        Files.createDirectories(Path.of("target/draft-digest"));
        Map<String, String> expected = Files.exists(EXPECTED) ? read(EXPECTED) : Map.of();
        List<String> changed = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String output = output(file);
            String digest = sha256(output);
            digests.put(name, digest);
            if (!digest.equals(expected.get(name))) {
                changed.add(name);
                Files.writeString(Path.of("target/draft-digest/" + name + ".txt"), output, StandardCharsets.UTF_8);
            }
        }
        StringBuilder out = new StringBuilder();
        digests.forEach((k, v) -> out.append(k).append(' ').append(v).append('\n'));
        Files.writeString(Path.of("target/draft-digests-r36.txt"), out, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("digests.write")) {
            Files.createDirectories(EXPECTED.getParent());
            Files.writeString(EXPECTED, out, StandardCharsets.UTF_8);
            return;
        }
        assertThat(changed).as("corpora whose drafts or findings changed (see target/draft-digest/)").isEmpty();
        assertThat(digests.keySet()).containsExactlyElementsOf(expected.keySet());
    }

    /**
     * Every draft of a corpus in every standard format with its sources and findings, the corpus styles taken in turn
     * (so each style drafts each format over a corpus), and the findings on changes planted in every tenth draft (one
     * change a sentence, the kinds taken in turn: the verifier is the slow part).
     */
    static String output(Path file) {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T12:00:00Z"))
                .audit(new InMemoryAuditLog()).build();
        DraftVerifier verifier = DraftVerifier.standard();
        List<Map.Entry<String, StyleProfile>> styles = new ArrayList<>(CorpusStyles.all().entrySet());
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (JsonNode c : PromptJson.lines(file)) {
            String id = c.path("id").asText();
            SessionPrompt prompt;
            try {
                prompt = PromptJson.prompt(c, id);
            } catch (RuntimeException refused) {
                out.append("## ").append(id).append(" REFUSED ").append(refused.getMessage()).append('\n');
                continue;
            }
            for (NoteFormat format : NoteFormat.standard()) {
                // Five formats, four styles: a prompt meets each style in other formats on the next prompts.
                Map.Entry<String, StyleProfile> style = styles.get(n % styles.size());
                boolean plant = n++ % 10 == 0;
                out.append("## ").append(id).append(' ').append(format.name()).append(' ').append(style.getKey())
                        .append('\n');
                NoteDraft draft;
                try {
                    draft = drafter.draft(prompt, format, style.getValue());
                } catch (RuntimeException e) {
                    out.append("THROWN ").append(e.getClass().getName()).append(' ').append(e.getMessage())
                            .append('\n');
                    continue;
                }
                out.append(draft.text()).append('\n');
                for (DraftSection s : draft.sections()) {
                    for (DraftSentence sentence : s.sentences()) {
                        out.append(s.key()).append(" | ").append(sentence.text()).append(" | ")
                                .append(sentence.sources()).append('\n');
                    }
                }
                out.append("findings ").append(draft.verification().findings()).append('\n');
                if (plant) {
                    plantAndVerify(verifier, draft, out);
                }
            }
        }
        return out.toString();
    }

    /** Writes each corpus's digest (base or changed code, by the class path) to {@code args[0]}; for comparing. */
    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> s = Files.list(CORPUS)) {
            for (Path file : s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                String output = output(file);
                out.append(file.getFileName()).append(' ').append(sha256(output)).append('\n');
                if (args.length > 1) {
                    Files.writeString(Path.of(args[1], file.getFileName() + ".txt"), output, StandardCharsets.UTF_8);
                }
            }
        }
        Files.writeString(Path.of(args[0]), out, StandardCharsets.UTF_8);
    }

    private static void plantAndVerify(DraftVerifier verifier, NoteDraft clean, StringBuilder out) {
        for (int i = 0; i < clean.sections().size(); i++) {
            List<DraftSentence> sentences = clean.sections().get(i).sentences();
            for (int j = 0; j < sentences.size(); j++) {
                String text = sentences.get(j).text();
                List<String> changes = changes(text);
                if (!changes.isEmpty()) {
                    String changed = changes.get((i + j) % changes.size());
                    NoteDraft bad = VerifierProseRound17Test.with(clean, i, j, changed);
                    out.append("planted ").append(changed).append(" -> ")
                            .append(verifier.verify(bad).findings()).append('\n');
                }
            }
        }
    }

    /** A number changed, a negation, a swapped actor and an invented clause, where the sentence allows them. */
    static List<String> changes(String text) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (ch >= '0' && ch <= '9') {
                out.add(text.substring(0, k) + (char) ('0' + (ch - '0' + 3) % 10) + text.substring(k + 1));
                break;
            }
        }
        for (String verb : List.of(" was ", " is ", " will ", " did ")) {
            int at = text.indexOf(verb);
            if (at >= 0) {
                out.add(text.substring(0, at + verb.length()) + "not " + text.substring(at + verb.length()));
                break;
            }
        }
        if (text.contains("client")) {
            out.add(text.replaceFirst("client", "clinician"));
        } else if (text.contains("writer") || text.contains("clinician")) {
            out.add(text.replaceFirst("writer|clinician", "client"));
        }
        if (text.endsWith(".")) {
            out.add(text.substring(0, text.length() - 1) + ", and the client reported hearing voices at night.");
        }
        return out;
    }

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int space = line.indexOf(' ');
            if (space > 0) {
                out.put(line.substring(0, space), line.substring(space + 1).strip());
            }
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
