package org.practicekit.notes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.core.model.ServiceType;
import org.practicekit.notes.internal.Caregivers;

/**
 * Counts the sentences of round 21's class (grammar fine, meaning wrong) in drafts written for reading ("## id (FORMAT,
 * style)" then the draft), by shape, each shape read with the prompt the draft was written from:
 * <ul>
 * <li>result: a test, a vital sign or a screen's result right after "the client reported/noted/described" ("reported
 * neg for ...", "reported a BP of ...");
 * <li>another's act: a person or service word read as the client's verb ("the client advocated arranged ...");
 * <li>child's homework: "For homework, the client agreed" where the client is a young child with caregivers present;
 * <li>done: a step of the client's in the past tense with a word of time still ahead ("poured out ... tonight");
 * <li>absent client: in a session without the client, the clinician's finding that the client has no risk;
 * <li>response line: safety steps left in a "Response to safety planning:" line.
 * </ul>
 */
final class MeaningCounts extends ShapeCounts {
    private static final Pattern DRAFT = Pattern.compile("(?m)^## (\\S+) \\((\\w+), ([^)]+)\\)\\n");
    private static final Pattern SENTENCE = Pattern.compile("[^.\\n]+(?:\\.(?!\\d)|$)");
    private static final Pattern SCREEN_AS_REPORT = Pattern.compile("\\b(?:client|patient) (?:also )?(?:reported|noted"
            + "|described) (?:a |an |the )?(?:neg|pos|negative|positive|bp|blood pressure|pulse|hr|lithium level|uds"
            + "|breathalyzer|a1c|weight|wt|bac)\\b");
    private static final Pattern ROLE_AS_VERB = Pattern.compile("\\b(?:client|patient) (advocat|nurs|parent|counsel"
            + "|sponsor|mother|doctor|partner)ed\\b");
    private static final Pattern DONE_AHEAD = Pattern.compile("\\b(?:client|patient) (?!agreed|planned|decided|reported"
            + "|committed|intended|wanted|hoped|needed|asked|shared|stated|noted|described|identified)\\w+ed\\b[^.]*\\b"
            + "(?:tonight|tomorrow|next week|later today|when (?:she|he|they) gets? home)");
    private static final Pattern ABSENT_CLEAR = Pattern.compile("identified no current (?:safety concerns|risk)"
            + "|\\b(?:client|patient) (?:denied|has no|had no)\\b");
    private static final Pattern CHILD_HOMEWORK = Pattern.compile("for homework, the (?:client|patient) agreed");


    private MeaningCounts() {
        super("result", "another's act", "child's homework", "done", "absent client",
                "response line");
    }

    /** Counts every draft of {@code markdown}, each read with its prompt from {@code dev}. */
    static MeaningCounts of(String markdown, java.nio.file.Path dev) {
        Map<String, SessionPrompt> prompts = new LinkedHashMap<>();
        for (JsonNode c : PromptJson.lines(dev)) {
            try {
                prompts.put(c.path("id").asText(), PromptJson.prompt(c, c.path("id").asText()));
            } catch (RuntimeException refused) {
                // a refused prompt has no draft to count
            }
        }
        MeaningCounts out = new MeaningCounts();
        Matcher m = DRAFT.matcher(markdown);
        int from = -1;
        String id = null;
        while (true) {
            boolean found = m.find();
            if (id != null) {
                out.count(prompts.get(id), markdown.substring(from, found ? m.start() : markdown.length()));
            }
            if (!found) {
                break;
            }
            id = m.group(1);
            from = m.end();
        }
        return out;
    }

    private void count(SessionPrompt p, String draft) {
        if (p == null) {
            return;
        }
        drafts++;
        boolean absent = p.serviceType() == ServiceType.FAMILY_WITHOUT_CLIENT;
        boolean child = Caregivers.ofYoungChild(p).isPresent();
        for (String line : draft.split("\n")) {
            if (line.startsWith("Response to safety planning:")) {
                add("response line", line);
                continue;
            }
            Matcher s = SENTENCE.matcher(line);
            while (s.find()) {
                String sentence = s.group().strip();
                String lower = sentence.toLowerCase(Locale.ROOT);
                if (SCREEN_AS_REPORT.matcher(lower).find()) {
                    add("result", sentence);
                }
                if (ROLE_AS_VERB.matcher(lower).find()) {
                    add("another's act", sentence);
                }
                if (child && CHILD_HOMEWORK.matcher(lower).find()) {
                    add("child's homework", sentence);
                }
                if (DONE_AHEAD.matcher(lower).find()) {
                    add("done", sentence);
                }
                if (absent && ABSENT_CLEAR.matcher(lower).find()) {
                    add("absent client", sentence);
                }
            }
        }
    }
}
