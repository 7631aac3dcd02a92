package org.practicekit.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A report, not a test: a round's shapes counted over every dev corpus but the independent check sets (which judge a
 * round and are never tuned to). Drafting every dev prompt in five formats takes minutes, so it runs only when asked:
 * {@code java -cp <test classpath> org.practicekit.notes.DevCorporaShapes <shapes> <name>} from the module directory,
 * with {@code <shapes>} one of {@code lists32}, {@code response33}, {@code concerns33}, {@code lines34}, {@code concerns35}, {@code labels36}, {@code concerns37}, {@code articles38}, {@code lines39}, {@code concernlines40}, {@code reported40}, {@code articles41}, {@code risk41}, {@code labels41}. The drafts go to
 * {@code target/<name>.md}, the counts (and the drafts the verifier flags) to {@code target/<name>-counts.txt}.
 */
public final class DevCorporaShapes {
    private DevCorporaShapes() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Predicate<String>> shapes = switch (args[0]) {
            case "lists32" -> ComposerListsRound32Test.SHAPES;
            case "response33" -> ComposerResponseRound33Test.SHAPES;
            case "concerns33" -> ComposerConcernsRound33Test.SHAPES;
            case "lines34" -> ComposerLinesRound34Test.SHAPES;
            case "concerns35" -> ComposerConcernsRound35Test.SHAPES;
            case "labels36" -> ComposerLabelsRound36Test.SHAPES;
            case "concerns37" -> ComposerConcernsRound37Test.SHAPES;
            case "articles38" -> ComposerArticlesRound38Test.SHAPES;
            case "lines39" -> ComposerLinesRound39Test.SHAPES;
            case "concernlines40" -> ComposerLinesRound40Test.SHAPES;
            case "reported40" -> ComposerReportedRound40Test.SHAPES;
            case "articles41" -> ComposerArticlesRound41Test.SHAPES;
            case "risk41" -> ComposerRiskRound41Test.SHAPES;
            case "labels41" -> ComposerInterventionsRound41Test.SHAPES;
            default -> throw new IllegalArgumentException("no shapes named " + args[0]);
        };
        System.out.println(report(args[1], shapes));
    }

    /** Drafts every dev corpus but the check sets into {@code target/<name>.md}; returns and writes the counts. */
    /**
     * A round's counts, only when asked: {@code -D<round>.all=<name>} drafts and counts every dev corpus (minutes);
     * {@code -D<round>.recount=<drafts file>,...} counts drafts written before with the same shapes.
     */
    static void whenAsked(String round, Map<String, Predicate<String>> shapes) throws IOException {
        String name = System.getProperty(round + ".all", "");
        if (!name.isEmpty()) {
            report(name, shapes);
        }
        for (String drafts : System.getProperty(round + ".recount", "").split(",")) {
            if (!drafts.isBlank()) {
                java.nio.file.Files.writeString(java.nio.file.Path.of(drafts + "-recount.txt"),
                        ComposerResponseRound24Test.counts(java.nio.file.Files.readString(java.nio.file.Path.of(drafts)),
                                shapes));
            }
        }
    }

    static String report(String name, Map<String, Predicate<String>> shapes) throws IOException {
        StringBuilder all = new StringBuilder();
        int flagged = 0;
        List<Path> devs;
        try (var files = Files.list(Path.of("src/test/resources/corpus"))) {
            devs = files.filter(f -> f.getFileName().toString().startsWith("dev-")
                    && f.getFileName().toString().endsWith(".jsonl")
                    && !f.getFileName().toString().startsWith("dev-independent-")).sorted().toList();
        }
        Path one = Path.of("target/" + name + "-one.md");
        for (Path dev : devs) {
            flagged += DevRiskR13ReadTest.writeDrafts(dev, one).size();
            all.append(Files.readString(one, StandardCharsets.UTF_8)).append('\n');
        }
        Files.writeString(Path.of("target/" + name + ".md"), all, StandardCharsets.UTF_8);
        // Round 36: a prompt refused at build is counted too (its drafts are none of the shapes).
        long refused = all.toString().lines().filter(l -> l.startsWith("## ") && l.contains(" REFUSED: ")).count();
        String counts = devs.size() + " dev corpora, " + flagged + " drafts flagged, " + refused + " prompts refused\n"
                + ComposerResponseRound24Test.counts(all.toString(), shapes);
        Files.writeString(Path.of("target/" + name + "-counts.txt"), counts, StandardCharsets.UTF_8);
        return counts;
    }
}
