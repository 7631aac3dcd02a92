package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.notes.internal.PromptSources;
import org.practicekit.testing.TestClock;

/**
 * Round 17: a field's words woven into a sentence are checked as a labelled line's are. The dev prompts
 * ({@code corpus/dev-prose-r17.jsonl}) and the train and dev corpora are drafted in every standard format and corpus
 * style and must pass the verifier ({@code target/prose-r17-*.md} for reading); then, in every sentence that copies
 * three or more words of a cited field in a row, a word of the copy is replaced by a word the prompt holds elsewhere,
 * a "not" is put inside it, or a clause is added after it, and the verifier must flag the sentence.
 */
class VerifierProseRound17Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-prose-r17.jsonl");
    private static final Pattern LINE = Pattern.compile("(?:^|(?<=[.!?\"] ))((?:Presenting concerns|Other concerns"
            + "|Outreach|Response|Focus|Evidence|Overall response)(?: to | of | for the )?[^:.]{0,60}): "
            + "([^\n]*?[.!?\"])(?= |$)");
    private static final Set<String> SMALL = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by",
            "for", "with", "from", "as", "was", "is", "were", "client", "client's", "pt", "w/");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();
    private final DraftVerifier verifier = DraftVerifier.standard();

    @Test
    void everyDraftOfTheDevPromptsAndCorporaPassesTheVerifier() throws IOException {
        String flagged = PromptJson.writeDraftsForReading(drafter, "prose-r17", DEV,
                ComposerLinesRound16Test.DEV);
        // "n/a this week" as goal evidence is refused or flagged as filler: left to the builder (docs/notes.md).
        assertThat(flagged.replaceAll("(?m)^l16-18-two-goals .*\n(?:FILLER_TEXT .*\n)+", "").strip())
                .isEmpty();
    }

    @Test
    void aChangeInsideAWovenItemIsFlaggedAsInALabelledLine() throws IOException {
        assertCaught(drafter, verifier, List.of(DEV, Path.of("src/test/resources/corpus/prompts.jsonl")),
                List.of(": ", " focused on ", " included "), key -> true, "prose-r17-planted.txt", 95);
    }

    /**
     * Plants {@link #plants} errors in the SOAP and DAP drafts of every accepted prompt of {@code sets}, at the
     * {@code leads}, in the fields {@code keys} accepts; writes the misses to {@code target/<out>} and asserts that at
     * least 100 were planted and at least {@code percent} % caught.
     */
    static void assertCaught(OfflineNoteDrafter drafter, DraftVerifier verifier, List<Path> sets, List<String> leads,
            java.util.function.Predicate<String> keys, String out, int percent) throws IOException {
        int planted = 0;
        int caught = 0;
        StringBuilder missed = new StringBuilder();
        for (CleanDraft d : cleanDrafts(drafter, sets)) {
            for (NoteDraft bad : plants(d.draft(), typedFields(d.prompt()), leads, keys)) {
                planted++;
                if (!verifier.verify(bad).passed()) {
                    caught++;
                } else {
                    missed.append(d.id()).append(": ").append(changedSentence(d.draft(), bad)).append('\n');
                }
            }
        }
        String report = "planted " + planted + ", caught " + caught + "\n" + missed;
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/" + out), report, StandardCharsets.UTF_8);
        assertThat(planted).as(report).isGreaterThanOrEqualTo(100);
        assertThat(caught * 100).as(report).isGreaterThanOrEqualTo(planted * percent);
    }

    /** A clean offline draft of one accepted prompt: the prompt's id, the prompt and the draft. */
    record CleanDraft(String id, SessionPrompt prompt, NoteDraft draft) {
    }

    /** The SOAP and DAP drafts (default style) of every prompt of {@code sets} the builder accepts, in order. */
    static List<CleanDraft> cleanDrafts(OfflineNoteDrafter drafter, List<Path> sets) throws IOException {
        List<CleanDraft> out = new java.util.ArrayList<>();
        for (Path set : sets) {
            for (JsonNode c : PromptJson.lines(set)) {
                Optional<SessionPrompt> read = PromptJson.promptOrRefusal(c, new StringBuilder());
                if (read.isEmpty()) {
                    continue;
                }
                for (NoteFormat format : List.of(NoteFormat.SOAP, NoteFormat.DAP)) {
                    out.add(new CleanDraft(c.path("id").asText(), read.get(),
                            drafter.draft(read.get(), format, StyleProfile.defaults())));
                }
            }
        }
        return out;
    }

    /** The prompt's fields as typed; an intervention's and a goal's own typed parts, not the composed field. */
    static Map<String, String> typedFields(SessionPrompt prompt) {
        Map<String, String> fields = PromptSources.of(prompt);
        for (int k = 0; k < prompt.interventions().size(); k++) {
            Intervention in = prompt.interventions().get(k);
            fields.put("interventions[" + k + "]", in.focus() + " | " + in.response());
        }
        for (int k = 0; k < prompt.goals().size(); k++) {
            GoalProgress g = prompt.goals().get(k);
            fields.put("goals[" + k + "]", g.goal() + " | " + g.evidence());
        }
        return fields;
    }

    /**
     * For each prose sentence (not a labelled line) that hands over to typed words at the first of {@code leads} (lower
     * case) it holds and copies three words of a field {@code keys} accepts in a row there: the copy's last word
     * replaced by a content word of another field, "not" put before its second word, and a clause of another field's
     * words added after it.
     */
    static List<NoteDraft> plants(NoteDraft clean, Map<String, String> fields, List<String> leads,
            java.util.function.Predicate<String> keys) {
        List<NoteDraft> out = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        fields.forEach((k, v) -> {
            if (!k.equals("session") && !k.startsWith("participants")) {
                for (String w : v.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                    if (w.length() > 4 && !elsewhere.contains(w)) {
                        elsewhere.add(w);
                    }
                }
            }
        });
        List<DraftSection> sections = clean.sections();
        for (int i = 0; i < sections.size(); i++) {
            List<DraftSentence> list = sections.get(i).sentences();
            for (int j = 0; j < list.size(); j++) {
                DraftSentence s = list.get(j);
                String text = s.text();
                int colon = text.indexOf(": ");
                if (colon > 0 && colon < 60 && LINE.matcher(text).find() || text.startsWith("Risk")) {
                    continue;
                }
                String lower = text.toLowerCase(Locale.ROOT);
                int lead = -1;
                for (String l : leads) {
                    lead = Math.max(lead, lower.indexOf(l));
                }
                if (lead < 0) {
                    continue;
                }
                for (String key : s.sources()) {
                    if (key.equals("session") || key.startsWith("participants") || key.startsWith("screening")
                            || key.startsWith("diagnoses") || !keys.test(key)) {
                        continue;
                    }
                    String field = fields.getOrDefault(key, "");
                    String[] window = window(lower, field.toLowerCase(Locale.ROOT));
                    if (window == null) {
                        continue;
                    }
                    int at = lower.indexOf(window[0], lead);
                    if (at < 0) {
                        continue;
                    }
                    int end = at + window[0].length();
                    String third = window[3];
                    String swap = elsewhere.stream().filter(w -> !field.toLowerCase(Locale.ROOT).contains(w)
                            && !lower.contains(w) && !w.regionMatches(0, third, 0, Math.min(4, third.length())))
                            .findFirst().orElse(null);
                    if (swap != null) {
                        out.add(with(clean, i, j, text.substring(0, end - third.length()) + swap + text.substring(end)));
                    }
                    int second = at + window[1].length() + 1;
                    out.add(with(clean, i, j, text.substring(0, second) + "not " + text.substring(second)));
                    if (swap != null) {
                        out.add(with(clean, i, j, text.substring(0, end) + ", and no " + swap + text.substring(end)));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** Three words of {@code field} in a row that {@code sentence} holds, the last not a small word: the run and its words. */
    private static String[] window(String sentence, String fields) {
        for (String field : fields.split("\\|")) {
            String[] found = window(sentence, field.strip().split("[^a-z0-9']+"));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String[] window(String sentence, String[] words) {
        for (int k = 0; k + 2 < words.length; k++) {
            if (words[k].isEmpty() || SMALL.contains(words[k + 2]) || words[k + 2].length() < 3) {
                continue;
            }
            String run = words[k] + " " + words[k + 1] + " " + words[k + 2];
            int at = sentence.indexOf(run);
            if (at >= 0 && (at == 0 || !Character.isLetterOrDigit(sentence.charAt(at - 1)))
                    && (at + run.length() == sentence.length()
                    || !Character.isLetterOrDigit(sentence.charAt(at + run.length())))) {
                return new String[] {run, words[k], words[k + 1], words[k + 2]};
            }
        }
        return null;
    }

    static NoteDraft with(NoteDraft clean, int section, int sentence, String text) {
        List<DraftSection> sections = new ArrayList<>();
        for (int i = 0; i < clean.sections().size(); i++) {
            DraftSection s = clean.sections().get(i);
            List<DraftSentence> list = new ArrayList<>(s.sentences());
            if (i == section) {
                list.set(sentence, new DraftSentence(text, list.get(sentence).sources()));
            }
            sections.add(new DraftSection(s.key(), s.heading(), list));
        }
        return NoteDraft.unverified(clean.prompt(), clean.format(), sections, DrafterKind.LLM, "planted");
    }

    static String changedSentence(NoteDraft clean, NoteDraft bad) {
        for (int i = 0; i < clean.sections().size(); i++) {
            List<DraftSentence> a = clean.sections().get(i).sentences();
            List<DraftSentence> b = bad.sections().get(i).sentences();
            for (int j = 0; j < a.size(); j++) {
                if (!a.get(j).text().equals(b.get(j).text())) {
                    return a.get(j).text() + " => " + b.get(j).text();
                }
            }
        }
        return "";
    }
}
