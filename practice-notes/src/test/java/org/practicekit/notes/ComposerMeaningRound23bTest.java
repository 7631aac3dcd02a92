package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import static org.practicekit.notes.ComposerRiskRound16Test.set;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Round 23b: shorthand and people read for what they mean. The dev prompts type weekday abbreviations beside times and
 * dates, short given names, "PT" for physical therapy, grandparents, an aunt or foster parents bringing a child, joint
 * couple and family tasks, other families in a multi-family group, and who referred, called or handed over means.
 * Every prompt is drafted in the five formats, a corpus style in turn ({@code target/dev-meaning-r23b.md}); every draft
 * must pass the verifier and every planted changed owner must be caught. Sentences of the class are counted by shape
 * ({@link Shapes}) into {@code target/dev-meaning-r23b-counts.txt}; {@code -Dmeaning.before=<drafts file>} counts an
 * earlier commit's drafts with the same counter.
 */
class ComposerMeaningRound23bTest {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-meaning-r23b.jsonl");

    /** A weekday abbreviation written in lower case inside a sentence, where a reader takes it as a word. */
    static final Pattern WEEKDAY_AS_WORD = Pattern.compile("(?<![.!?] |^)\\b(?:sat|wed|weds|sun|mon|tues|thurs|fri)\\b");
    /** "PT" written out as the client or patient, or the client's own shorthand given to the client as a person. */
    static final Pattern PT_AS_PERSON = Pattern.compile("\\b(?:reschedule|resched|missed|skipped|in|to|with|coordinate"
            + " with) the (?:client|patient)\\b(?! present)");
    /** A weekday abbreviation kept as typed ("Sat", "Weds"), which a reader may take for a word. */
    static final Pattern WEEKDAY_KEPT = Pattern.compile("\\b(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\\b");
    /** Caregivers named as parents when the prompt's participants are grandparents, an aunt or foster parents. */
    static final Pattern PARENTS = Pattern.compile("(?i)\\b(?:the|client's) (?:parents|mother|father)\\b");
    /**
     * A short given name read as a word: inflected as a verb ("Robbing", "marking", "suing"), or dropped as a modal
     * ("refusing school" without "Will" before it in me07).
     */
    static final Pattern NAME_AS_WORD = Pattern.compile("\\b(?:[Rr]obbing|[Mm]arking|[Ss]uing|[Pp]atting|[Bb]illing)\\b"
            + "|(?<!Will )refusing school");
    /** The client's possessive on the other families or parents of a multi-family group. */
    static final Pattern OTHERS_AS_CLIENTS = Pattern.compile("(?i)\\b(?:client|patient)'s other\\b");

    /**
     * The counter, by shape, over every sentence of the drafts: "weekday as word" ({@link #WEEKDAY_AS_WORD}), "weekday
     * kept" ({@link #WEEKDAY_KEPT}), "name as
     * word" ({@link #NAME_AS_WORD}), "PT as person" ({@link #PT_AS_PERSON}), "parents for other caregivers" (
     * {@link #PARENTS} in a draft whose prompt id names grandparents, an aunt, a grandmother or foster parents), "joint
     * task as client's" (a plan or homework sentence with "The client will" in a couple's or family's prompt whose
     * typed item opens with "couple", "family", "we" or "each"), and "other family as client's" ({@link
     * #OTHERS_AS_CLIENTS} in a multi-family group draft).
     */
    static final class Shapes extends ShapeCounts {
        Shapes() {
            super("weekday as word", "weekday kept", "name as word", "PT as person", "parents for other caregivers",
                    "joint task as client's", "other family as client's");
        }

        void read(String drafts) {
            drafts.lines().filter(l -> l.startsWith("## ")).forEach(l -> this.drafts++);
            for (String hit : ComposerFramesRound21Test.sentencesWhere(drafts, s -> true)) {
                String id = hit.substring(0, hit.indexOf(" | "));
                String sentence = hit.substring(hit.indexOf(" | ") + 3);
                if (WEEKDAY_AS_WORD.matcher(sentence).find()) {
                    add("weekday as word", sentence);
                }
                if (WEEKDAY_KEPT.matcher(sentence).find()) {
                    add("weekday kept", sentence);
                }
                if (NAME_AS_WORD.matcher(sentence).find() && id.matches("me(06|07|08|21|22|27).*")) {
                    add("name as word", sentence);
                }
                if (PT_AS_PERSON.matcher(sentence).find() && id.matches("me(04|05|26).*")) {
                    add("PT as person", sentence);
                }
                if (PARENTS.matcher(sentence).find() && id.matches("me(09|10|11|12|25).*")) {
                    add("parents for other caregivers", sentence);
                }
                if (sentence.matches("(?i).*\\bthe client will\\b.*") && id.matches("me(06|13|14|22|27).*")
                        && sentence.matches("(?i).*\\b(?:date night|budget|appreciations|meals|together|video call"
                        + "|speaker-listener)\\b.*")) {
                    add("joint task as client's", sentence);
                }
                if (OTHERS_AS_CLIENTS.matcher(sentence).find() && id.matches("me(15|16).*")) {
                    add("other family as client's", sentence);
                }
            }
        }
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        Path out = Path.of("target/dev-meaning-r23b.md");
        List<String> flagged = DevRiskR13ReadTest.writeDrafts(DEV, out);
        Shapes now = new Shapes();
        now.read(Files.readString(out, StandardCharsets.UTF_8));
        PlantedRun run = PlantedRun.of(DEV, false);
        StringBuilder counts = new StringBuilder(flagged.size() + " drafts flagged\n" + String.join("\n", flagged)
                + "\n" + now.report() + "\n" + run.report("dev-meaning-r23b"));
        String before = System.getProperty("meaning.before", "");
        if (!before.isEmpty()) {
            Shapes then = new Shapes();
            then.read(Files.readString(Path.of(before), StandardCharsets.UTF_8));
            counts.append("\nbefore (").append(before).append("):\n").append(then.report());
        }
        Files.writeString(Path.of("target/dev-meaning-r23b-counts.txt"), counts, StandardCharsets.UTF_8);
        assertThat(flagged).isEmpty();
    }

    private final ComposerFramesRound21Test frames = new ComposerFramesRound21Test();

    /** The first dev prompt with a goal (GIRP needs one) and {@code edit}, verified clean in every format; SOAP. */
    private NoteDraft soap(Consumer<ObjectNode> edit) {
        return frames.soap(DEV, p -> {
            p.putArray("goals").addObject().put("goal", "reduce symptoms").put("rating", "MINIMAL_PROGRESS")
                    .put("evidence", "some days better");
            edit.accept(p);
        });
    }

    private static void people(ObjectNode p, String type, String... roleAndName) {
        p.put("serviceType", type);
        ArrayNode a = p.putArray("participants");
        for (int i = 0; i < roleAndName.length; i += 2) {
            a.addObject().put("role", roleAndName[i]).put("name", roleAndName[i + 1]);
        }
    }

    @Test
    void aShortNameOpeningAConcernIsThePersonNeverAVerbOrAModal() {
        NoteDraft d = soap(p -> {
            people(p, "FAMILY_WITH_CLIENT", "son", "Will");
            set(p, "concerns", "Will refusing school since Nov", "Mark drinking in home", "Sue threatened termination");
        });
        assertThat(d.text()).contains("Will refusing school").contains("Mark drinking in home")
                .contains("Sue threatened termination").doesNotContain("marking").doesNotContain("suing")
                .doesNotContain("included refusing");
        // Left alone: the verifier does not catch one named person swapped for another the prompt names.
        assertThat(frames.flagged(d, "refusing school since", "attending school since")).isTrue();
    }

    @Test
    void aVerbOrModalOpeningAStepStaysOne() {
        NoteDraft d = soap(p -> set(p, "plan", "mark progress on chart", "call PCP re sleep"));
        assertThat(d.text()).doesNotContain("Mark progress").doesNotContain("Call PCP");
    }

    @Test
    void physicalTherapyAfterAVerbOrBesideTheClientsShorthandIsTheService() {
        NoteDraft d = soap(p -> set(p, "plan", "pt to reschedule PT", "pain diary"));
        assertThat(d.text()).contains("reschedule PT").doesNotContain("reschedule the client");
        assertThat(frames.flagged(d, "reschedule PT", "cancel PT")).isTrue();
    }

    @Test
    void grandparentsRaisingAChildAreNamedAsGrandparentsNeverAsParents() {
        NoteDraft d = soap(p -> {
            people(p, "FAMILY_WITH_CLIENT", "grandmother", "", "grandfather", "");
            set(p, "concerns", "7 yo living w/ grandparents", "tantrums at bedtime");
            set(p, "homework", "sticker chart nightly");
        });
        assertThat(d.text()).contains("The grandparents will complete a sticker chart nightly.")
                .doesNotContain("The parents will").doesNotContain("The client will complete");
        assertThat(frames.flagged(d, "a sticker chart nightly", "a sticker chart weekly")).isTrue();
        assertThat(frames.flagged(d, "The grandparents will", "The parents will")).isTrue();
        NoteDraft absent = soap(p -> people(p, "FAMILY_WITHOUT_CLIENT", "grandmother", "", "grandfather", ""));
        assertThat(absent.text()).contains("the grandparents were engaged").doesNotContain("the parents");
    }

    @Test
    void aYoungChildsAuntCarriesOutTheHomework() {
        NoteDraft d = soap(p -> {
            people(p, "FAMILY_WITH_CLIENT", "aunt", "");
            set(p, "concerns", "6 yo in kinship care", "bedwetting");
            set(p, "homework", "sticker chart");
        });
        assertThat(d.text()).contains("The aunt will complete a sticker chart.").doesNotContain("client will complete");
    }

    @Test
    void otherFamiliesInAMultiFamilyGroupAreNeverTheClients() {
        NoteDraft d = soap(p -> people(p, "MULTI_FAMILY_GROUP", "mother", "", "other families", ""));
        assertThat(d.text()).contains("the other families").doesNotContain("client's other families");
    }
}
