package org.practicekit.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared word cache keeps dictionary words only: what a clinician typed about a person does not stay in memory. */
class EnglishWordMemoryTest {
    @Test
    void dictionaryWordsAreRememberedTypedNamesAndIdentifiersAreNot() {
        English en = English.get();

        assertThat(en.isKnownWord("worried")).isTrue();
        assertThat(en.remembers("worried")).isTrue();

        assertThat(en.isKnownWord("quillondra")).isFalse();
        assertThat(en.remembers("quillondra")).isFalse();
        assertThat(en.isKnownWord("zx48817q")).isFalse();
        assertThat(en.remembers("zx48817q")).isFalse();
    }

    @Test
    void aTypedNameIsKeptForItsDraftOnlyAndForgottenWhenTheDraftEnds() {
        English en = English.get();
        try (English.DraftScope draft = English.draftScope()) {
            assertThat(en.isKnownWord("vellarine")).isFalse();
            assertThat(en.remembers("vellarine")).isTrue();
            try (English.DraftScope nested = English.draftScope()) {
                assertThat(en.isKnownWord("vellarine")).isFalse();
            }
            assertThat(en.remembers("vellarine")).isTrue();
        }
        assertThat(en.remembers("vellarine")).isFalse();
        assertThat(en.isKnownWord("vellarine")).isFalse();
        assertThat(en.remembers("vellarine")).isFalse();
    }

    @Test
    void theShippedVocabularyIsReadAtLoadAndANameTypedBesideItIsNot() {
        English en = English.get();

        // Words every note writes, read once at load: no draft has asked about them yet.
        assertThat(en.remembers("homework")).isTrue();
        assertThat(en.remembers("client's")).isTrue();
        assertThat(en.remembers("november")).isTrue();
        assertThat(en.remembers("53")).isTrue();
        // A name or an identifier is not part of it, even after a draft reads one beside those words.
        try (English.DraftScope draft = English.draftScope()) {
            assertThat(en.isKnownWord("quillondra's")).isFalse();
        }
        assertThat(en.remembers("quillondra's")).isFalse();
        assertThat(en.remembers("4417")).isFalse();
    }
}
