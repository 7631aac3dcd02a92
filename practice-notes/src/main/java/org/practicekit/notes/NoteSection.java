package org.practicekit.notes;

import java.util.List;
import java.util.Objects;

/**
 * One section of a note format: a stable key, the heading printed above it, its one-letter
 * initial, and the prompt content it holds, in writing order.
 *
 * @param key stable id used in drafts and LLM answers ("subjective")
 * @param heading the heading ("Subjective")
 * @param contents what the section is written from, in order
 */
public record NoteSection(String key, String heading, List<SectionContent> contents) {
    public NoteSection {
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(heading, "heading == null");
        contents = List.copyOf(contents);
        if (!key.matches("[a-z][a-z0-9_-]*")) {
            throw new IllegalArgumentException("section key must be lower-case letters, digits, '-' or '_'");
        }
        if (heading.isBlank()) {
            throw new IllegalArgumentException("heading is blank");
        }
        if (contents.isEmpty()) {
            throw new IllegalArgumentException("a section needs at least one kind of content");
        }
    }

    /** The heading's first letter, for "S:"-style headers. */
    public String initial() {
        return heading.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
    }
}
