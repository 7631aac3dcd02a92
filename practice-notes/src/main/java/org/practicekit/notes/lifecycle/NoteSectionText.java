package org.practicekit.notes.lifecycle;

import java.util.Objects;

/**
 * One section of a stored note: its key, the heading as printed, and its paragraph.
 *
 * @param key the format's section key
 * @param heading the heading as printed
 * @param text the paragraph
 */
public record NoteSectionText(String key, String heading, String text) {
    public NoteSectionText {
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(heading, "heading == null");
        Objects.requireNonNull(text, "text == null");
    }
}
