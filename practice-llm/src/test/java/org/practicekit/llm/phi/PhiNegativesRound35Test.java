package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicekit.llm.phi.internal.Lexicon;

/**
 * Issue 13, round 35 (what the guard still replaces that is not an identifier): signs, symptoms and conditions a note
 * names capitalized at a line's start, after a bullet or a label, or listed after one ("Sx: Anergia, Amotivation"),
 * a language joined to a lower-case word after the naming cue "prefers" ("prefers a Turkish-speaking clinician"),
 * grades and readings that are no age ("got a 100 on the test", "a fever of 103", "modifier (95 vs GT)"), and public
 * lotteries and festivals go out as written, and so do "I'm", "I'll", "I've" and "I'd" in either case (the word
 * list has no one-letter stem, so they were replaced everywhere), a listed word drawn out ("lmaooo", "sooo"), a rating after "before," (the comma closes the date cue), a score
 * after "=" and a team after a verb of following, a practice's shorthand at a line's start ("Meds:", "Appt moved") and
 * a Spanish note's or message's opening words ("Paciente refiere", "Gracias"); a person beside them, and an age written as one, are still replaced.
 * Sentences written for this test, none from a dev or blind file (the round's dev file is
 * corpora/phi/dev-negatives-r35.txt). Still replaced and left out here: a holiday that dates the client's own event
 * ("the Halloween party", "on Black Friday": the corpora label it both ways), a public program after a word of work or
 * placement ("placed by Habitat for Humanity"), a nickname given by a naming verb ("calls her Eeyore").
 */
class PhiNegativesRound35Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "Tinnitus noted, worse at night since the blast.",
        "Sx: Alogia, Anergia, flat affect.",
        "Akathisia after the dose increase; restless in the chair.",
        "Labile at times, tearful when discussing her father.",
        "Hypersomnia most days; Cataplexy ruled out by sleep medicine.",
        "Emetophobia drives the restriction, not body image.",
        "Trichotillomania flares before exams, mostly eyebrows.",
        "Dysphagia reported with the larger tablets; switched to liquid.",
        "she got a 100 on her history test and cried from relief",
        "The baby had a fever of 103 last night so we stayed home.",
        "Claim denied for the wrong modifier (95 instead of GT).",
        "Checks the Powerball numbers every night; gambling screen done.",
        "Intake: prefers a Turkish-speaking clinician, evenings only.",
        "Honestly I'm done, I've tried, I'll call if I’d rather talk.",
        "Pain was 7/10 before, 2/10 after the stretch.",
        "She loves the Lakers and the Dodgers; game nights are her activation.",
        "Screen: PCL-5 = 41/80, GAD-7 = 9/21.",
        "Meds: fluoxetine 20 mg. Appt moved up a week; Callback requested.",
        "Paciente refiere pesadillas; Cliente niega consumo. Gracias por la paciencia.",
        "ok i'll call u tmrw, i've been sooo tired lmaooo",
    })
    void aClinicalWordAGradeOrAPublicEventGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Her grandmother is 94 and lives with us. | 94",
        "Pt is a 91 y/o widower, lives alone. | 91",
        "Labile affect noted; husband Dmitri attended. | Dmitri",
        "Sx: anergia. Mother Yesenia reports he sleeps all day. | Yesenia",
        "Tinnitus since the blast; brother Rowan drove him in. | Rowan",
        "Grandpa, 97, had a fever of 101 on Sunday. | 97",
        "Her friend Tamsin prefers Spanish-speaking groups. | Tamsin",
        "I'm meeting Ingrid at the Dodgers game. | Ingrid",
        "Paciente Yolanda refiere pesadillas desde el accidente. | Yolanda",
        "Appt moved; callback to her daughter Odalys. | Odalys",
        "Jayyy texted me again at 2am | Jayyy",
        "Uncle Anselm watches the game with him every Sunday. | Anselm",
        "We went to the Lakers game with Cousin Teodoro. | Teodoro",
    })
    void aPersonOrAnAgeBesideThemIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    /**
     * The audit as a rule: the round's clinical words release a word everywhere, so none is a given name or a
     * surname.
     */
    @Test
    void theRoundsClinicalWordsHoldNoName() throws IOException {
        Set<String> names = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                Lexicon.class.getResourceAsStream("ssa-given-names.txt")), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        }
        for (String list : List.of("first-names.txt", "surnames.txt")) {
            for (String e : Lexicon.entries(list)) {
                names.add(e.toLowerCase(Locale.ROOT));
            }
        }
        Set<String> wrong = new TreeSet<>();
        for (String entry : roundThirtyFiveClinicalWords()) {
            if (names.contains(entry)) {
                wrong.add(entry);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The entries of clinical-terms.txt after its round-35 heading. */
    private static List<String> roundThirtyFiveClinicalWords() throws IOException {
        List<String> out = new java.util.ArrayList<>();
        boolean in = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                Lexicon.class.getResourceAsStream("clinical-terms.txt")), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("# Round 35")) {
                    in = true;
                } else if (in && !line.startsWith("#")) {
                    for (String e : line.split(",")) {
                        if (!e.isBlank()) {
                            out.add(e.strip().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        assertThat(out).hasSizeGreaterThan(150);
        return out;
    }
}
