package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Round 32: a presenting or other concern the composer could not read as a phrase it knows was printed after a label
 * ("Presenting concerns: ...", "Other concerns: ..."). Every dev prompt ({@code corpus/dev-concerns-r32.jsonl},
 * written before the change) is drafted in the five formats ({@code target/dev-concerns-r32.md}); every draft passes
 * the verifier.
 */
class ComposerConcernsRound32Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concerns-r32.jsonl");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Presenting/Other concerns:\" lines",
                s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?(?:Presenting|Other) concerns: .*"));
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-concerns-r32", "concerns32.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** At most the kept lines (docs/notes.md, "Round 32: concerns as sentences"). */
    @Test
    void fewDevDraftsKeepAConcernsLine() throws IOException {
        List<String> lines = ComposerResponseRound24Test.keptLines(DEV, "dev-concerns-r32", "concerns32.before", SHAPES);
        assertThat(lines.size()).as(String.join("\n", lines)).isLessThanOrEqualTo(MAX_LINES);
    }

    // 70 before the change (14 prompts x 5 formats), 40 after: the kept ones are demographics with an age but no
    // "yo" or a role the closed class does not hold ("Navy vet, 44", "32 yo married mother of 2", "8 yo, ..."), an
    // arrow ("sleep 4h -> 6h"), another person with a quotation ("wife 'watches my every move'", "boss 'on my case'"),
    // a piece with a comma or with no verb ("lives alone, no car", "baby up every 2h").
    static final int MAX_LINES = 40;

    /** What a reader sees: the concern said with the client as subject and a report verb, the typed words kept. */
    @Test
    void theConcernIsSaidAsSentences() {
        assertThat(draft("co32-10-semi-alcohol").text()).contains("The client reported being 45 days sober.")
                .doesNotContain("concerns: pt 45");
        assertThat(draft("co32-24-quote-colon").text()).contains("The client stated, \"nothing helps anymore.\"")
                .doesNotContain("Presenting concerns:");
        assertThat(draft("co32-15-result-labs").text()).contains("The client reported that fatigue persists.")
                .doesNotContain("Other concerns:");
        assertThat(draft("co32-14-improve-sleep").text())
                .contains("The client reported that sleep improved since last session.")
                .doesNotContain("Presenting concerns:");
        assertThat(draft("co32-02-demo-student").text()).contains("The client is a 19-year-old college sophomore.")
                .doesNotContain("Other concerns:");
        // Deny by default: another person with a quotation keeps the line as typed.
        assertThat(draft("co32-41-pers-named").text())
                .contains("Presenting concerns: boss 'on my case' since review.");
    }

    /** A kept number, word or quotation changed in a composed sentence is flagged; the clean draft is not. */
    @Test
    void aChangedKeptWordOrNumberIsCaught() {
        String[][] changes = {{"co32-10-semi-alcohol", "45 days sober", "46 days sober"},
                {"co32-10-semi-alcohol", "45 days sober", "45 days clean"},
                {"co32-24-quote-colon", "nothing helps", "something helps"},
                {"co32-24-quote-colon", "nothing helps anymore", "nothing helps me anymore"},
                {"co32-15-result-labs", "fatigue persists", "fatigue resolved"},
                {"co32-15-result-labs", "that fatigue", "that no fatigue"},
                {"co32-14-improve-sleep", "sleep improved", "sleep worsened"},
                {"co32-14-improve-sleep", "since last session", "since last month"},
                {"co32-02-demo-student", "19-year-old", "21-year-old"},
                {"co32-02-demo-student", "college sophomore", "college senior"}};
        KeptWordChanges.eachIsCaught(DEV, changes);
    }

    static NoteDraft draft(String id) {
        return KeptWordChanges.soap(DEV, id);
    }

    /**
     * The shape counted over every dev corpus (not the independent check sets), for the docs' before and after; run
     * with {@code -Dconcerns32.all=true}: it drafts every dev prompt, so the module run leaves it out.
     */
    @Test
    void shapesOverEveryDevCorpus() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("concerns32.all"));
        Path dir = Path.of("src/test/resources/corpus");
        List<Path> devs;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            devs = files.filter(f -> f.getFileName().toString().startsWith("dev-")
                    && !f.getFileName().toString().startsWith("dev-independent-")
                    && f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        StringBuilder all = new StringBuilder();
        List<String> flagged = new java.util.ArrayList<>();
        for (Path dev : devs) {
            Path out = Path.of("target/all-dev-r32/" + dev.getFileName().toString().replace(".jsonl", ".md"));
            java.nio.file.Files.createDirectories(out.getParent());
            DevRiskR13ReadTest.writeDrafts(dev, out).forEach(x -> flagged.add(x.lines().findFirst().orElse(x)));
            all.append(java.nio.file.Files.readString(out));
        }
        String counts = devs.size() + " dev files, " + flagged.size() + " drafts flagged\n"
                + String.join("\n", flagged) + "\n"
                + ComposerResponseRound24Test.counts(all.toString(), SHAPES);
        java.nio.file.Files.writeString(Path.of("target/all-dev-r32-counts.txt"), counts);
    }
}
