package org.practicekit.notes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Sentences of a round's class counted by shape in drafts written for reading, each shape with what it matched. */
abstract class ShapeCounts {
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Integer> seen = new TreeMap<>();
    int drafts;

    ShapeCounts(String... shapes) {
        for (String shape : shapes) {
            counts.put(shape, 0);
        }
    }

    final void add(String shape, String sentence) {
        counts.merge(shape, 1, Integer::sum);
        seen.merge(shape + ": " + sentence, 1, Integer::sum);
    }

    private static final java.util.regex.Pattern DRAFT = java.util.regex.Pattern.compile("(?m)^## (\\S+) \\(");

    /** Each draft of a file written for reading ("## id (FORMAT, style)" then its text), handed to {@code each}. */
    final void eachDraft(String markdown, java.util.function.Consumer<String> each) {
        java.util.regex.Matcher m = DRAFT.matcher(markdown);
        int from = -1;
        while (true) {
            boolean found = m.find();
            if (from >= 0) {
                drafts++;
                each.accept(markdown.substring(from, found ? m.start() : markdown.length()));
            }
            if (!found) {
                break;
            }
            from = m.end();
        }
    }

    final int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    final int count(String shape) {
        return counts.get(shape);
    }

    final String report() {
        StringBuilder b = new StringBuilder("drafts " + drafts + ", sentences of the class " + total() + "\n");
        counts.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        b.append('\n');
        seen.forEach((k, v) -> b.append(v).append(" x ").append(k).append('\n'));
        return b.toString();
    }
}
