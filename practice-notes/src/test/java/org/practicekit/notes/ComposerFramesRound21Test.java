package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import static org.practicekit.notes.ComposerRiskRound16Test.set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.notes.internal.English;
import org.practicekit.testing.TestClock;

/**
 * Round 21: a typed fragment framed by the sentence its type needs. Every dev prompt is drafted in the five formats, a
 * corpus style in turn ({@code target/dev-frames-r21.md}); every draft must pass the verifier. The sentences of the
 * class are counted by shape ({@link #frameSentences}) into {@code target/dev-frames-r21-counts.txt} for reading.
 */
class ComposerFramesRound21Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-frames-r21.jsonl");

    /**
     * The counter, by shape: a typed label with a spaced " / ", " - " or ": " inside a composed sentence after the verb
     * that uses it; "notable for" and "MSE was"; a stray list line ("Other concerns:", "Risk factors also included") or
     * a factor list holding a sex ("included male, 61"); and a report verb followed by a word the dictionary reads as a
     * verb's "-s" form at least as often a verb as a noun ("reported hates mornings") or as an adjective only that
     * ends the sentence or its list item ("described clingy."). Read by hand: the counter finds the shapes, the reader says which need rewriting.
     */
    static final Pattern SHAPES = Pattern.compile(
            "\\b(?:utilized|used|completed|introduced|assigned|to)\\s+[^.]*?\\S\\s(?:[/\u2013-]\\s|:\\s)"
                    + "|notable for|\\bMSE (?:was|is)\\b|^(?:Other|Presenting) concerns:|Risk factors also included"
                    + "|included (?:male|female|M|F)\\b");
    static final Pattern REPORTED = Pattern.compile("\\b(?:reported|described|endorsed)\\s+([a-z][a-z-]*)(\\s*[.,;]|"
            + " and\\b)?");
    private static final English EN = English.get();

    static boolean countable(String sentence) {
        if (SHAPES.matcher(sentence).find()) {
            return true;
        }
        Matcher m = REPORTED.matcher(sentence);
        while (m.find()) {
            String w = m.group(1);
            String lemma = EN.lemmaForClasses(w);
            int verb = EN.tagged(lemma, English.WordClass.VERB);
            boolean verbS = w.endsWith("s") && !w.endsWith("ss") && !lemma.equals(w) && verb > 0
                    && verb >= EN.tagged(lemma, English.WordClass.NOUN);
            // An adjective before a noun opens a noun phrase ("endorsed passive SI"); alone it has no noun to describe.
            boolean adjective = m.group(2) != null && EN.tagged(w, English.WordClass.ADJECTIVE) >= 0
                    && EN.tagged(w, English.WordClass.NOUN) <= 0 && EN.tagged(w, English.WordClass.VERB) < 0
                    && !w.endsWith("ing");
            if (verbS || adjective) {
                return true;
            }
        }
        return false;
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        Path out = Path.of("target/dev-frames-r21.md");
        List<String> flagged = DevRiskR13ReadTest.writeDrafts(DEV, out);
        List<String> hits = frameSentences(Files.readString(out, StandardCharsets.UTF_8));
        Files.writeString(Path.of("target/dev-frames-r21-counts.txt"), hits.size() + " sentences of the class, "
                + flagged.size() + " drafts flagged\n" + String.join("\n", hits) + "\n", StandardCharsets.UTF_8);
        // f21-12: a colon label before a response clause, left as before the round (docs, "Round 21: fragments in
        // report frames").
        assertThat(flagged).allMatch(f -> f.startsWith("f21-12-cbti-slash "), "only the colon label left");
    }

    static List<String> frameSentences(String drafts) {
        return sentencesWhere(drafts, ComposerFramesRound21Test::countable);
    }

    /** Each sentence of the drafts written by {@code DevRiskR13ReadTest.writeDrafts} that {@code counted} accepts. */
    static List<String> sentencesWhere(String drafts, java.util.function.Predicate<String> counted) {
        List<String> hits = new ArrayList<>();
        String id = "";
        for (String line : drafts.split("\n")) {
            if (line.startsWith("## ")) {
                id = line.substring(3);
                continue;
            }
            for (String sentence : line.split("(?<=[.!?])\\s+(?=[A-Z])")) {
                if (counted.test(sentence.strip())) {
                    hits.add(id + " | " + sentence.strip());
                }
            }
        }
        return hits;
    }

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();
    private final DraftVerifier verifier = DraftVerifier.standard();

    /** The first dev prompt with {@code edit} applied, drafted in every format and verified clean; the SOAP draft. */
    NoteDraft soap(Consumer<ObjectNode> edit) {
        return soap(DEV, edit);
    }

    /** The first prompt of {@code dev} with {@code edit} applied, drafted in every format and verified clean; SOAP. */
    NoteDraft soap(Path dev, Consumer<ObjectNode> edit) {
        ObjectNode c = (ObjectNode) PromptJson.lines(dev).get(0).deepCopy();
        edit.accept((ObjectNode) c.path("prompt"));
        SessionPrompt prompt = PromptJson.prompt(c, "t");
        NoteDraft soap = null;
        for (NoteFormat format : NoteFormat.standard()) {
            NoteDraft draft = drafter.draft(prompt, format, StyleProfile.defaults());
            assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
            soap = format == NoteFormat.SOAP ? draft : soap;
        }
        return soap;
    }

    private static void label(ObjectNode p, String type, String label) {
        ObjectNode in = (ObjectNode) p.path("interventions").get(0);
        in.put("type", type).put("label", label);
    }

    /** Whether the draft with {@code from} replaced by {@code to} in the one sentence holding it is flagged. */
    boolean flagged(NoteDraft clean, String from, String to) {
        for (int i = 0; i < clean.sections().size(); i++) {
            List<DraftSentence> sentences = clean.sections().get(i).sentences();
            for (int j = 0; j < sentences.size(); j++) {
                if (sentences.get(j).text().contains(from)) {
                    NoteDraft bad = VerifierProseRound17Test.with(clean, i, j, sentences.get(j).text().replace(from, to));
                    return !verifier.verify(bad).passed();
                }
            }
        }
        throw new AssertionError("no sentence holds " + from);
    }

    @Test
    void aClauseTypedWithoutItsSubjectIsTheClientsNeverAPluralNoun() {
        String t = soap(p -> set(p, "concerns", "hates mornings", "picks fights when tired", "worries about money"))
                .text();
        assertThat(t).contains("hating mornings").contains("picking fights when tired")
                .doesNotContain("reported hates").doesNotContain("picks fights");
        // A noun before a preposition keeps its noun reading: "worries about money" is what was reported.
        assertThat(t).contains("worries about money");
        String number = soap(p -> set(p, "concerns", "drinks 6 beers nightly")).text();
        assertThat(number).contains("drinking 6 beers nightly");
    }

    @Test
    void aLabelTypedAsSeveralMethodsIsSplitIntoItsParts() {
        NoteDraft dash = soap(p -> label(p, "OTHER", "MI - readiness ruler"));
        assertThat(dash.text()).contains("MI (readiness ruler)").doesNotContain("MI - readiness");
        String slash = soap(p -> label(p, "OTHER", "C-SSRS / risk screen")).text();
        assertThat(slash).contains("used C-SSRS and risk screen").doesNotContain(" / ");
        // A colon label ("CBT-I: sleep restriction / stimulus control") is split only as the object of "used"; before a
        // response it stays as typed and its response clause is still flagged, as before the round (see docs).
        // A hyphen inside a word is no separator: "TF-CBT" stays one name.
        String word = soap(p -> label(p, "OTHER", "TF-CBT")).text();
        assertThat(word).contains("TF-CBT");
        // A part changed in the draft is flagged: the verifier reads the parts as the label's words.
        assertThat(flagged(dash, "readiness ruler", "decisional balance")).isTrue();
    }

    @Test
    void aSexAndAgeAmongTheRiskFactorsIsWhoTheClientIs() {
        NoteDraft d = soap(p -> {
            p.putObject("risk").put("level", "MODERATE").put("ideation", "passive SI, no plan").put("intent", "denies")
                    .put("plan", "none").put("means", "no guns").put("safetyPlan", "reviewed").put("followUp", "call Mon")
                    .set("protectiveFactors", p.arrayNode().add("sister"));
            ((ObjectNode) p.path("risk")).putArray("riskFactors").add("male 61").add("lives alone");
        });
        assertThat(d.text()).contains("The client is a 61-year-old ").contains("Risk factors included living alone")
                .doesNotContain("included male");
        assertThat(flagged(d, "61-year-old", "67-year-old")).isTrue();
        NoteDraft rest = soap(p -> {
            p.putObject("risk").put("level", "MODERATE").put("ideation", "passive SI, no plan").put("intent", "denies")
                    .put("plan", "none").put("means", "no guns").put("safetyPlan", "reviewed").put("followUp", "call Mon")
                    .set("protectiveFactors", p.arrayNode().add("sister"));
            ((ObjectNode) p.path("risk")).putArray("riskFactors").add("F, 27, recent job loss");
        });
        assertThat(rest.text()).contains("The client is a 27-year-old ").contains("Risk factors included a recent job loss")
                .doesNotContain("F, 27");
    }

    @Test
    void theConcernsFieldsOwnLabelTypedBeforeItsItemsIsDropped() {
        String t = soap(p -> set(p, "concerns", "panic attacks", "Other concerns: startle, poor sleep")).text();
        assertThat(t).doesNotContain("Other concerns: Other concerns").doesNotContain("concerns: startle, poor sleep");
        String also = soap(p -> set(p, "concerns", "low mood", "also: financial strain")).text();
        assertThat(also).contains("financial strain").doesNotContain("also:");
    }
}
