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
}
