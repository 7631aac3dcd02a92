package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.phi.internal.Pseudonymizer;

/**
 * Round 14: {@link PatternPhiDetector} reports by default what the guard's deny-by-default reading would replace,
 * with a category from its slot and a score below the rules'; {@code denyByDefault(false)} gives the rules and the
 * model alone; the guard's output does not move. Every sentence is invented.
 */
class PhiDetectorDenyByDefaultTest {
    private final PatternPhiDetector detector = PatternPhiDetector.builder().build();
    private final PatternPhiDetector rulesAndModel = PatternPhiDetector.builder().denyByDefault(false).build();

    /** Sentences where the reading adds to the rules, and where it only agrees with them. */
    private static final List<String> SENTENCES = List.of(
            "Per mom, Quorra keeps harassing Jordan at his job.",
            "lol bill said no",
            "She relapsed in March after the Taylor Swift concert.",
            "Emergency contact: Summer (sister)",
            "i live uptown now",
            "he got kicked out of Crunch",
            "contact her at jdoe.tx",
            "Client compares her stepfather to Napoleon.",
            "Lives with her lola in Pasig.",
            "Her sister Zorvath called from Quillmont on 3/14.",
            "ok jaxon picked me up, texted rose after");

    private static List<String> found(PatternPhiDetector d, String text) {
        return d.detect(text).stream().map(s -> s.type() + ":" + s.textOf(text) + ":" + s.score()).toList();
    }

    @Test
    void findsWhatTheRulesMissWithTheCategoryOfItsSlotAndALowerScore() {
        assertThat(found(detector, "Per mom, Quorra keeps harassing Jordan at his job."))
                .containsExactly("PERSON:Quorra:0.95", "PERSON:Jordan:0.45");
        assertThat(found(detector, "lol bill said no")).containsExactly("PERSON:bill:0.45");
        assertThat(found(detector, "Emergency contact: Summer (sister)")).containsExactly("PERSON:Summer:0.45");
        assertThat(found(detector, "She relapsed in March after the Taylor Swift concert."))
                .containsExactly("DATE:March:0.45");
        assertThat(found(detector, "i live uptown now")).containsExactly("LOCATION:uptown:0.45");
        // round 29c: the retrained token model now reads the same place first (its own score, not deny-by-default's)
        assertThat(found(detector, "he got kicked out of Crunch")).singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("LOCATION:Crunch:");
        assertThat(found(detector, "contact her at jdoe.tx")).containsExactly("URL:jdoe.tx:0.45");
    }

    @Test
    void aPersonsSpanStartsAtTheTitleWrittenBeforeTheName() {
        assertThat(found(detector, "Dr. Okafor-Lindgren increased the dose.")).singleElement().asString()
                .startsWith("PERSON:Dr. Okafor-Lindgren:");
        assertThat(found(detector, "Client says Officer Brandvold was kind.")).singleElement().asString()
                .startsWith("PERSON:Officer Brandvold:");
        // a role word in lower case is the sentence's, not the name's; the switch off keeps the rules' span
        assertThat(found(detector, "she called her aunt Quorra")).singleElement().asString()
                .startsWith("PERSON:Quorra:");
        assertThat(found(rulesAndModel, "Dr. Okafor-Lindgren increased the dose.")).singleElement().asString()
                .startsWith("PERSON:Okafor-Lindgren:");
    }

    @Test
    void everyAddedSpanScoresBelowEveryRule() {
        for (String text : SENTENCES) {
            List<PhiSpan> old = rulesAndModel.detect(text);
            for (PhiSpan span : detector.detect(text)) {
                if (!old.contains(span)) {
                    assertThat(span.score()).as(text).isLessThan(0.5);
                }
            }
            assertThat(old).as(text).allMatch(s -> s.score() >= 0.5);
        }
    }

    @Test
    void theSwitchOffGivesTheRulesAndTheModelAlone() {
        assertThat(found(rulesAndModel, "Per mom, Quorra keeps harassing Jordan at his job."))
                .containsExactly("PERSON:Quorra:0.95");
        assertThat(rulesAndModel.detect("lol bill said no")).isEmpty();
        assertThat(rulesAndModel.detect("i live uptown now")).isEmpty();
        assertThat(found(PatternPhiDetector.builder().denyByDefault(false).tokenModel(false).build(),
                "Her sister Zorvath called.")).containsExactly("PERSON:Zorvath:0.95");
        assertThat(detector.toString()).contains("deny by default");
        assertThat(rulesAndModel.toString()).doesNotContain("deny by default");
    }

    @Test
    void publicFiguresAndWorksAreReleasedAsTheGuardReleasesThem() {
        // the rules read "to Napoleon" as a place and "her lola" as a person; the guard lets both through
        assertThat(found(rulesAndModel, "Client compares her stepfather to Napoleon.")).containsExactly(
                "LOCATION:Napoleon:0.8");
        assertThat(detector.detect("Client compares her stepfather to Napoleon.")).isEmpty();
        assertThat(found(detector, "Lives with her lola in Pasig.")).containsExactly("LOCATION:Pasig:0.85");
    }

    @Test
    void theClientsKnownIdentifiersAreAlwaysReported() {
        KnownIdentifiers known = KnownIdentifiers.builder().addName("Napoleon Reyes").build();
        PatternPhiDetector withKnown = PatternPhiDetector.builder().knownIdentifiers(known).build();
        assertThat(withKnown.detect("Client compares her stepfather to Napoleon.")).extracting(s -> s.textOf(
                "Client compares her stepfather to Napoleon.")).containsExactly("Napoleon");
    }

    @Test
    void givesOnTheRawTextWhatTheGuardReplacesAfterPseudonymization() {
        for (String text : SENTENCES) {
            String expected = new Pseudonymizer(List.of(text)).apply(text, detector.detect(text));
            assertThat(anyPlaceholder(new PhiProbe().sentThroughGuard(text))).as(text)
                    .isEqualTo(anyPlaceholder(expected));
        }
    }

    @Test
    void theGuardSendsWhatItSentBeforeAndNamesTheDetectorItWasGiven() {
        InMemoryAuditLog audit = new InMemoryAuditLog();
        PhiGuard byDefault = PhiGuard.builder().audit(audit).build();
        PhiGuard withOldDetector = PhiGuard.builder().audit(audit).detector(rulesAndModel).build();
        assertThat(byDefault.detector().toString()).contains("deny by default");
        for (boolean baa : new boolean[] {false, true}) {
            for (String text : SENTENCES) {
                assertThat(sent(byDefault, text, baa)).as(text).isEqualTo(sent(withOldDetector, text, baa));
            }
        }
        // with a BAA the guard pseudonymizes the rules' and the model's spans only, as before round 14
        assertThat(sent(byDefault, "lol bill said no", true)).isEqualTo("lol bill said no");
        assertThat(sent(byDefault, "lol bill said no", false)).isEqualTo("lol [NAME_1] said no");
    }

    private static String sent(PhiGuard guard, String text, boolean baa) {
        PhiGuardTest.EchoClient client = new PhiGuardTest.EchoClient(baa);
        String answer = guard.complete(client, LlmRequest.builder().user(text).build(), KnownIdentifiers.none(), "c-14")
                .text();
        assertThat(answer).isEqualTo(text);
        return client.seen.get(0).messages().get(0).text();
    }

    private static String anyPlaceholder(String text) {
        return Pseudonymizer.PLACEHOLDER.matcher(text).replaceAll("[X]");
    }
}
