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

    // The shapes over every dev corpus but the check sets are a report, not a test (it asserted nothing and could
    // not fail): DevCorporaShapes with "lists32".

    /** What a reader sees: the three frames composed with their possessives, nouns and words written out. */
    @Test
    void theThreeFramesAreComposed() {
        assertThat(draft("li32-01-hw-call-uncle").text()).contains("agreed to call the client's uncle Ray.");
        assertThat(draft("li32-04-hw-text-sister").text()).contains("agreed to text the client's sister before");
        assertThat(draft("li32-11-hw-call-crisis").text()).contains("agreed to walk the client's dog each morning.")
                .doesNotContain("a walk dog");
        assertThat(draft("li32-16-rf-male-veteran").text()).contains(
                "Risk factors included being a male veteran and access to firearms.");
        assertThat(draft("li32-17-rf-bipolar").text()).contains("Risk factors included bipolar disorder and");
        assertThat(draft("li32-22-pf-dog").text()).contains("Protective factors included the client's dog, faith,");
        assertThat(draft("li32-26-pf-wife-grandkids").text()).contains("the client's wife, the client's grandkids,");
        assertThat(draft("li32-31-ev-avg-hrs").text()).contains(
                "This rating is based on an average of 5 hours since zolpidem.");
        assertThat(draft("li32-32-ev-episodes-vs").text()).contains(
                "This rating is based on 2 episodes versus 0 in the prior 2 weeks.");
        assertThat(draft("li32-42-ev-urges").text()).contains(
                "This rating is based on cravings at an average of 4/10, down from 8/10.");
        // Deny by default: a relation with a second object after it keeps today's output.
        assertThat(draft("li32-03-hw-tell-gf").text()).contains("agreed to tell a girlfriend boundary by Friday.");
    }

    /** A kept word or number changed in a composed sentence is flagged; the clean draft is not. */
    @Test
    void aChangedWordOrNumberIsCaught() {
        String[][] changes = {{"li32-01-hw-call-uncle", "client's uncle Ray", "client's aunt Ray"},
                {"li32-01-hw-call-uncle", "uncle Ray", "uncle Roy"},
                {"li32-04-hw-text-sister", "text the client's sister", "text the client's brother"},
                {"li32-11-hw-call-crisis", "client's dog each morning", "client's dog each evening"},
                {"li32-11-hw-call-crisis", "client's dog each morning", "client's cat each morning"},
                {"li32-16-rf-male-veteran", "being a male veteran", "being a female veteran"},
                {"li32-17-rf-bipolar", "bipolar disorder", "schizoaffective disorder"},
                {"li32-17-rf-bipolar", "bipolar disorder", "bipolar depression"},
                {"li32-22-pf-dog", "the client's dog, faith", "the client's cat, faith"},
                {"li32-26-pf-wife-grandkids", "the client's grandkids", "the client's stepkids"},
                {"li32-31-ev-avg-hrs", "an average of 5 hours", "an average of 6 hours"},
                {"li32-31-ev-avg-hrs", "an average of 5 hours", "an average of 5 minutes"},
                {"li32-32-ev-episodes-vs", "in the prior 2 weeks", "in the prior 3 weeks"},
                {"li32-32-ev-episodes-vs", "2 episodes versus 0", "2 episodes versus 1"},
                {"li32-37-ev-arguments", "versus 7 last week", "versus 9 last week"},
                {"li32-42-ev-urges", "an average of 4/10", "an average of 3/10"}};
        KeptWordChanges.eachIsCaught(DEV, changes);
    }

    static NoteDraft draft(String id) {
        return KeptWordChanges.soap(DEV, id);
    }
}
