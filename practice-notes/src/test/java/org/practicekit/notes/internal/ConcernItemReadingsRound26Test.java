package org.practicekit.notes.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Round 26b, for reading: every item left on a "Presenting concerns:"/"Other concerns:" line of the round's dev drafts
 * (the counts files the round tests write into {@code target/}), with how {@link PhraseReader} reads it as a concern:
 * the phrases, their kind, verb form and head, and whether each is composable. Written to
 * {@code target/concern-item-readings-r26.txt}. A tool for reading, not a gate: it asserts nothing and reads files
 * other tests write, so it runs only with {@code -Dnotes.concernReadings=true} after the round tests.
 */
@EnabledIfSystemProperty(named = "notes.concernReadings", matches = "true")
class ConcernItemReadingsRound26Test {
    private static final Pattern LINE = Pattern.compile("(?:Presenting|Other) concerns: (.*?)\\.?$");

    @Test
    void writesHowEachItemLeftOnAConcernsLineIsRead() throws IOException {
        Set<String> items = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            for (Path f : files.filter(x -> x.getFileName().toString().matches("(r26-)?dev-.*-counts\\.txt")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    Matcher m = LINE.matcher(line.replaceAll("\\*", ""));
                    if (m.find()) {
                        items.addAll(List.of(m.group(1).split("; ")));
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String item : items) {
            StringBuilder b = new StringBuilder(item).append("\n");
            for (Phrase ph : PhraseReader.read(item, PhraseReader.Slot.CONCERN, Set.of())) {
                b.append("    ").append(ph.kind).append(" form=").append(ph.form).append(" head=").append(ph.head)
                        .append(" composable=").append(PhraseReader.composable(ph, PhraseReader.Slot.CONCERN))
                        .append(" tokens=").append(ph.tokens).append("\n");
            }
            out.add(b.toString());
        }
        Files.writeString(Path.of("target/concern-item-readings-r26.txt"), String.join("", out), StandardCharsets.UTF_8);
    }
}
