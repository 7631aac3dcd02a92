package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicekit.core.text.WordList;
import org.practicekit.llm.phi.internal.Lexicon;

/**
 * Issue 13, round 34 (words that are not identifiers, in any language): everyday words of the languages clients write
 * besides English (Spanish, Portuguese, French, Tagalog, Haitian Creole, Somali, Arabic and Hindi/Urdu as texted), at
 * a sentence's start or in lower case, kin words of those languages used as relations where the message speaks the
 * language ("Lola is sick again and nanay wants me home"), and therapy words, levels of care, newer medications and
 * clients' slang go out as written; a name in the same languages after a kin word or a relation is still replaced.
 * Sentences written for this test, none from a dev or blind file (the round's dev file is
 * corpora/phi/dev-words-languages-r34.txt). Still replaced and left out here: a kin word that is also a given name
 * alone in an English sentence ("Lola said she'd call": a name as often as a grandmother), words of three letters
 * or fewer without accents ("Bof", "kya": they read as initials and short names), and an all-capitals skill after
 * "prefers" ("prefers IMPROVE": the naming cue wins).
 */
class PhiWordsLanguagesRound34Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "estoy agotada y sin ganas, la verdad no sé qué hacer",
        "Grabe, sobrang pagod ako ngayon, kasi walang tulog",
        "Wallahi I tried, alhamdulillah the week was calmer",
        "Inshallah next session I will bring the worksheet",
        "Hooyo worries that I do not sleep, wallahi I try",
        "Bahala na, I said, and went to the interview anyway",
        "Mwen fatige anpil, mwen pa ka dòmi",
        "Dadi says sab theek ho jayega, just adjust",
        "Lola is sick again and nanay wants me home",
        "lowkey doomscrolling again, my situationship texted at 2am",
        "Franchement, je suis épuisée depuis lundi",
        "Started Cobenfy last month; stepped down from PHP to IOP.",
    })
    void aWordOfAnotherLanguageOrOfTherapyGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mi hermana Yesenia me llevó a la cita | Yesenia",
        "tita Marivic keeps posting about my divorce | Marivic",
        "Hooyo and my aunt Faduma came to the session | Faduma",
        "Chị Hạnh drove me to the appointment | Hạnh",
        "Nani Shabana is staying with us until the wedding | Shabana",
        "kuya Jomar lent me money again | Jomar",
        "Abuela Chayo se murió en la primavera | Chayo",
        "my nani and her friend Sakina pray for me | Sakina",
        "Lola said she would call me tonight | Lola",
    })
    void aNameInTheSameLanguageIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    /** "nội" (paternal, of a grandparent) folds to a rare SSA name; with its accents it is no one's name. */
    private static final Set<String> RARE_NAMES_KEPT_AS_WORDS = Set.of("noi");

    /**
     * The audit as a rule: the everyday words of other languages release a word everywhere, so none is a given name,
     * a surname, a listed place or an English word (written without accents), and none is three ASCII letters or
     * fewer.
     */
    @Test
    void theOtherLanguagesListHoldsNoNameNoPlaceAndNoEnglishWord() throws IOException {
        Set<String> given = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                Lexicon.class.getResourceAsStream("ssa-given-names.txt")), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    given.add(line.strip());
                }
            }
        }
        for (String list : new String[] {"first-names.txt", "surnames.txt", "cities.txt", "world-cities.txt",
            "geonames-cities.txt", "holidays.txt"}) {
            for (String e : Lexicon.entries(list)) {
                given.add(e.toLowerCase(Locale.ROOT));
            }
        }
        given.removeAll(RARE_NAMES_KEPT_AS_WORDS);
        WordList english = WordList.english();
        Set<String> wrong = new TreeSet<>();
        for (String entry : Lexicon.entries("other-languages-words.txt")) {
            String e = entry.toLowerCase(Locale.ROOT);
            boolean ascii = e.chars().allMatch(c -> c < 128); // "até", "café" are not the English "ate", "cafe"
            if (given.contains(e) || ascii && (english.isCommonWord(e) || e.length() <= 3) || e.indexOf(' ') >= 0) {
                wrong.add(e);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
