package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicekit.llm.phi.PhiGivenNameInPersonSlotTest.sent;
import static org.practicekit.llm.phi.PhiGivenNameInPersonSlotTest.word;

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
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.text.WordList;
import org.practicekit.llm.phi.internal.Lexicon;

/**
 * The lists of words that are never PHI hold a given name alone only when the word is public in its own right
 * (round 24b): a single entry releases that word everywhere, so a piece of a multi-word public name ("trevor" of "the
 * Trevor Project", "sierra" of "Sierra Leone") or an acronym that is also a name ("ED", "ADA") released the person
 * of that name. The multi-word names are listed whole and the acronyms in capitals; both stay public as written.
 * Every sentence is written for this test.
 */
class PhiWordListNamesRound24bTest {
    private final PhiGuard guard = PhiGuard.builder().auditLog(new InMemoryAuditLog()).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // each went out as written before round 24b: the clinical or public list held the name as a word
        "honestly Trevor is the reason I relapsed | Trevor",
        "Pt states Sierra has not returned his calls since Monday. | Sierra",
        "my tio Salvador is letting me stay with him | Salvador",
        "Athena covered my shift so I could make it today | Athena",
        "Client reports conflict with Jakob over custody. | Jakob",
        "Alf from the men's group drove me home | Alf",
        "so Ada threw a plate at the wall last night | Ada",
    })
    void aNameTheListsHeldAsAWordStaysOffTheWire(String text, String name) {
        assertThat(sent(guard, text)).doesNotContainPattern(word(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "I finally called the Trevor Project last night | Trevor Project",
        "we are saving up for a trip to Costa Rica | Costa Rica",
        "his parents left Sierra Leone in the nineties | Sierra Leone",
        "her grandmother still lives in El Salvador | El Salvador",
        "Father's diagnosis: Creutzfeldt-Jakob disease, per neurology. | Creutzfeldt-Jakob",
        "my plan is Kaiser Permanente through my wife | Kaiser Permanente",
        "Client was seen in the ED overnight for chest pain. | ED",
        "asked the school for accommodations under the ADA | ADA",
        "Used MI to explore ambivalence about drinking. | MI",
        "I texted RAINN because I could not say it out loud | RAINN",
    })
    void theWholePublicNameGoesOutAsWritten(String text, String name) {
        assertThat(sent(guard, text)).contains(name);
    }

    /**
     * The audit as a rule: every single-word entry of the clinical list that is also an SSA given name is a common
     * English word, a drug, or a word of the classes the list holds in their own right (holidays, nationalities and
     * languages, faith words, payers by their one-word brand). A piece of a multi-word name added later fails here.
     */
    @Test
    void theClinicalListHoldsNoGivenNameThatIsOnlyAPieceOfAName() throws IOException {
        Set<String> given = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                Lexicon.class.getResourceAsStream("ssa-given-names.txt")), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    given.add(line.strip());
                }
            }
        }
        Set<String> drugs = new HashSet<>();
        for (String d : Lexicon.entries("drugs.txt")) {
            drugs.add(d.toLowerCase(Locale.ROOT));
        }
        // public in their own right by class: a holiday, a nationality or language, a faith word, a drug brand, a
        // payer known by its one-word brand
        Set<String> byClass = Set.of("easter", "english", "german", "kenyan", "irish", "british", "latina",
                "christian", "jesus", "christ", "quran", "lyrica", "kaiser", "oscar", "meridian");
        WordList english = WordList.english();
        Set<String> pieces = new TreeSet<>();
        for (String entry : Lexicon.entries("clinical-terms.txt")) {
            String e = entry.toLowerCase(Locale.ROOT);
            if (e.matches("[\\p{L}]+") && given.contains(e) && !english.isCommonWord(e) && !drugs.contains(e)
                    && !byClass.contains(e)) {
                pieces.add(e);
            }
        }
        assertThat(pieces).isEmpty();
    }

    @Test
    void theMovedAcronymsAreListedInCapitals() {
        assertThat(Lexicon.entries("public-names.txt")).contains("ED", "ADA", "MI", "ALF", "AI", "RAINN", "NAMI");
        assertThat(List.copyOf(Lexicon.entries("clinical-terms.txt"))).doesNotContain("ed", "ada", "trevor", "project");
    }
}
