package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 32: three frames filled with typed shorthand (the homework agreed to, the lists of risk and protective factors,
 * a rating's basis) are composed with their articles, possessives and nouns where the composer can be sure, and keep
 * today's output where it cannot. Every dev prompt ({@code corpus/dev-lists-r32.jsonl}, written before the change) is
 * drafted in the five formats ({@code target/dev-lists-r32.md}); every draft passes the verifier.
 */
class ComposerListsRound32Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-lists-r32.jsonl");

    static final String RELATIONS = "(?:uncle|aunt|sister|brother|mom|dad|mother|father|wife|husband|gf|bf|girlfriend|"
            + "boyfriend|grandma|grandpa|grandmother|grandfather|boss|partner|son|daughter|kids|children|grandkids|dog|"
            + "dogs|cat|cats|roommate)";
    // A relation or pet named right after a verb or a list's comma with no article or possessive ("call uncle Ray").
    static final Pattern BARE_RELATION = Pattern.compile("(?:agreed to \\w+|includes(?: an?)? \\w+|included|,|and) "
            + RELATIONS + "\\b");
    // A pet said with "a" where the client's own is meant ("Protective factors included a dog").
    static final Pattern A_PET = Pattern.compile("(?:included|,|and) an? (?:dog|cat|pet|horse)\\b");
    // Chart shorthand a reader would write out.
    static final Pattern SHORTHAND = Pattern.compile("\\b(?:avg|hrs|hr|vs|wks|wk|gf|bf|appt|mtgs|etoh|x \\d)\\b");
    // An adjective said where its diagnosis is meant, or a person noun with no "being a" among factors.
    static final Pattern ADJECTIVE_ITEM = Pattern.compile("(?:included|,|and) (?:being )?(?:bipolar|schizoaffective)"
            + "\\b(?! disorder)|(?:included|,|and) (?:male |female )?(?:veteran|widow|widower)\\b");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("homework: a relation bare, a verb read as a noun, or shorthand", s -> s.contains("agreed to")
                && s.contains("omework") && (BARE_RELATION.matcher(s).find() || SHORTHAND.matcher(s).find())
                || s.matches(".*Homework (?:also )?includes .*") && BARE_RELATION.matcher(s).find());
        SHAPES.put("homework: a \"Homework:\" line", s -> s.startsWith("Homework: "));
        SHAPES.put("factors: a relation bare, a pet with \"a\", an adjective for its diagnosis, shorthand", s -> s
                .matches(".*(?:Risk|Protective) factors included .*") && (ADJECTIVE_ITEM.matcher(s).find()
                || BARE_RELATION.matcher(s).find() || A_PET.matcher(s).find() || SHORTHAND.matcher(s).find()));
        SHAPES.put("basis: shorthand or a fragment after \"This rating is based on\"", s -> s.contains(
                "This rating is based on ") && (SHORTHAND.matcher(s).find() || s.matches(".*\\b(?:avg|average) at\\b.*")
                || s.matches(".*\\d+ (?:prior|before) .*")));
        SHAPES.put("basis: an \"Evidence for\" line", s -> s.startsWith("Evidence for "));
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-lists-r32", "lists32.before", SHAPES);
        assertThat(flagged).isEmpty();
    }

    /**
     * The shapes over every dev corpus but the independent check sets, drafted into {@code target/lists32-all.md};
     * run only when asked ({@code -Dlists32.all=true}): it drafts every dev prompt. Counts in
     * {@code target/lists32-all-counts.txt}.
     */
    @Test
    void shapesOverAllDevCorpora() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("lists32.all"));
        StringBuilder all = new StringBuilder();
        int flagged = 0;
        try (var files = java.nio.file.Files.list(Path.of("src/test/resources/corpus"))) {
            for (Path dev : files.filter(f -> f.getFileName().toString().matches("dev-.*\\.jsonl")
                    && !f.getFileName().toString().startsWith("dev-independent-")).sorted().toList()) {
                Path out = Path.of("target/lists32-all-one.md");
                flagged += DevRiskR13ReadTest.writeDrafts(dev, out).size();
                all.append(java.nio.file.Files.readString(out)).append('\n');
            }
        }
        java.nio.file.Files.writeString(Path.of("target/lists32-all.md"), all);
        java.nio.file.Files.writeString(Path.of("target/lists32-all-counts.txt"), flagged + " drafts flagged\n"
                + ComposerResponseRound24Test.counts(all.toString(), SHAPES));
    }
}
