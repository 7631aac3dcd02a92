package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 29 (issue 14): the mental status composed by domain. Dev prompts written for this round in our own words
 * (never from a blind set): each case is a mental-status field as a clinician might type it, and what a reader would
 * notice in its sentences: each finding with its own subject, agreement by the noun's number, the domain as subject of
 * a bare adjective, a domain's findings in one sentence, appearance to judgment, shorthand written out, nothing
 * added. All cases are drafted to {@code target/dev-mse-r29.md} for reading.
 */
class ComposerMentalStatusRound29Test {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).auditLog(new InMemoryAuditLog()).build();

    /** A mental-status field, the sentences it must read as (in this order), and what must not be written. */
    record Case(String id, List<String> typed, List<String> wanted, List<String> unwanted) {
    }

    private static Case c(String id, List<String> typed, List<String> wanted, String... unwanted) {
        return new Case(id, typed, wanted, List.of(unwanted));
    }

    static final List<Case> CASES = List.of(
            c("d01-clothes-hair", List.of("clothes disheveled", "hair unkempt"),
                    List.of("Clothes were disheveled and hair was unkempt."), "The client clothes", "The client hair"),
            c("d02-affect-colon", List.of("Affect: flat"), List.of("Affect was flat."), "Affect:"),
            c("d03-pupils", List.of("pupils normal"), List.of("Pupils were normal."), "Pupils was"),
            c("d04-mood-quoted-affect-constr", List.of("mood 'meh'", "affect constr"),
                    List.of("described mood as \"meh.\"", "Affect was constricted."), "constr."),
            c("d05-aox3", List.of("A&Ox3"), List.of("alert and oriented"), "A&O"),
            c("d06-speech-nl", List.of("speech nl rate and volume"), List.of("Speech was normal in rate and volume."),
                    " nl "),
            c("d07-tp-linear", List.of("thought process linear, goal directed"),
                    List.of("Thought process was linear and goal directed."), "Mental status:"),
            c("d08-tp-tc-abbrev", List.of("TP logical", "TC no delusions"),
                    List.of("Thought process was logical.", "Thought content showed no delusions."), "TP ", "TC ",
                    "notable for no"),
            c("d09-insight-judgment-approp", List.of("insight fair", "judgment approp"),
                    List.of("Insight was fair.", "Judgment was appropriate."), "approp."),
            c("d10-order", List.of("judgment poor", "mood anxious", "appearance well groomed"),
                    List.of("Appearance was well groomed.", "Mood was anxious.", "Judgment was poor.")),
            c("d11-wnl", List.of("WNL"), List.of("within normal limits"), "WNL"),
            c("d12-eye-contact", List.of("eye contact poor", "fidgety"),
                    List.of("Eye contact was poor."), "The client eye"),
            c("d13-mood-affect-one-item", List.of("mood euthymic, affect congruent, full range"),
                    List.of("Mood was euthymic.", "Affect was congruent and full range.")),
            c("d14-memory-concentration", List.of("memory intact", "concentration impaired"),
                    List.of("Memory was intact and concentration was impaired.")),
            c("d15-voice", List.of("voice soft", "speech slowed"), List.of("Voice was soft and speech was slowed."),
                    "The client was voice", "rate and volume"),
            c("d16-nails", List.of("nails bitten"), List.of("Nails were bitten."), "Nails was"),
            c("d17-behavior", List.of("behavior cooperative, restless"),
                    List.of("Behavior was cooperative and restless.")),
            c("d18-si-hi-denied-stays-with-risk", List.of("mood low", "SI/HI denied"), List.of("Mood was low."),
                    "Mental status was notable for"),
            c("d19-colon-labels-order", List.of("Affect: tearful", "Mood: 'hopeless'"),
                    List.of("described mood as \"hopeless.\"", "Affect was tearful."), "Affect:", "Mood:"),
            c("d20-cognition", List.of("cognition grossly intact"), List.of("Cognition was grossly intact.")),
            c("d21-gait-posture", List.of("gait steady", "posture slumped"),
                    List.of("Gait was steady and posture was slumped."), "The client gait", "The client posture"),
            c("d22-perception-none", List.of("perception: no hallucinations"),
                    List.of("Perception showed no hallucinations."), "notable for no"),
            c("d23-tp-at-times", List.of("TP tangential at times"),
                    List.of("Thought process was tangential at times."), "TP "),
            c("d24-insight-judgement", List.of("insight limited", "judgement fair"),
                    List.of("Insight was limited.", "Judgment was fair.")),
            c("d25-clothes-loose-plural", List.of("appropriately dressed", "clothes loose"),
                    List.of("Clothes were loose."), "The client clothes"),
            c("d26-teeth-and-skin", List.of("teeth stained", "skin clear"),
                    List.of("Teeth were stained and skin was clear."), "Teeth was"),
            c("d27-speech-pressured-nl-volume", List.of("speech pressured, nl volume"),
                    List.of("Speech was pressured and normal in volume."), " nl "),
            c("d28-affect-approp", List.of("affect approp to content"),
                    List.of("Affect was appropriate to content."), "approp "),
            c("d29-several-one-line", List.of("mood 'stressed', affect anxious, TP linear, insight good"),
                    List.of("described mood as \"stressed.\"", "Affect was anxious.", "Thought process was linear.",
                            "Insight was good."), "TP"),
            c("d30-hands", List.of("hands tremulous", "mood irritable"),
                    List.of("Hands were tremulous.", "Mood was irritable."), "The client hands", "Hands was"));

    private SessionPrompt prompt(List<String> mentalStatus) {
        SessionPrompt.Builder b = SamplePrompts.base("cl-2901").time(java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(9, 53)).modality(org.practicekit.core.model.Modality.IN_PERSON).location("Main Street office")
                .addConcern("three panic attacks while driving on the highway in the past week");
        mentalStatus.forEach(b::addMentalStatus);
        return b.addIntervention(InterventionType.COGNITIVE_RESTRUCTURING,
                        "the prediction that a panic attack will cause a crash", "identified two alternative outcomes")
                .clientResponse("was engaged")
                .risk(ClinicalRiskAssessment.none("denied suicidal and homicidal ideation"))
                .addPlan("continue weekly CBT for panic").build();
    }

    /** The draft's mental-status sentences, in order. */
    static List<String> mentalStatusSentences(NoteDraft d) {
        return d.sentences().stream().filter(s -> s.sources().stream().anyMatch(x -> x.startsWith("mentalStatus[")))
                .map(DraftSentence::text).toList();
    }

    /** The failures of every case, as "id: why"; written with the drafts for reading. */
    List<String> failures(StringBuilder read) {
        List<String> failed = new ArrayList<>();
        for (Case k : CASES) {
            NoteDraft d = drafter.draft(prompt(k.typed()), NoteFormat.SOAP, StyleProfile.defaults());
            List<String> ms = mentalStatusSentences(d);
            String joined = String.join(" ", ms);
            read.append("## ").append(k.id()).append("\n\ntyped: ").append(k.typed()).append("\n\n")
                    .append(String.join("\n", ms)).append("\n\n");
            int from = -1;
            for (String w : k.wanted()) {
                int at = joined.indexOf(w);
                if (at < 0) {
                    failed.add(k.id() + ": missing " + w + " in " + joined);
                } else if (at < from) {
                    failed.add(k.id() + ": out of order " + w + " in " + joined);
                } else {
                    from = at;
                }
            }
            for (String u : k.unwanted()) {
                if (joined.contains(u)) {
                    failed.add(k.id() + ": has " + u + " in " + joined);
                }
            }
            if (ms.stream().anyMatch(s -> s.startsWith("Mental status:") || s.startsWith("Observations:"))) {
                failed.add(k.id() + ": labelled line in " + joined);
            }
            if (!d.verification().passed()) {
                failed.add(k.id() + ": verifier " + d.verification().report());
            }
        }
        return failed;
    }

    @Test
    void everyDevCaseReadsByDomain() throws IOException {
        StringBuilder read = new StringBuilder("# Round 29 dev: mental status by domain\n\n");
        List<String> failed = failures(read);
        Path out = Path.of("target/dev-mse-r29.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, read + "\n# failures " + failed.size() + "\n\n" + String.join("\n", failed) + "\n",
                StandardCharsets.UTF_8);
        assertThat(failed).isEmpty();
    }
}
