package org.practicekit.notes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the sentences of round 21b's class (the risk part at moderate risk or higher not in full sentences) in drafts
 * written for reading ("## id (FORMAT, style)" then the draft), by shape:
 * <ul>
 * <li>safety-plan label: a line or sentence opening "Safety plan:" (the field behind its label, not a sentence);
 * <li>repeated label: "Safety plan: safety plan" or "Safety plan: Safety plan";
 * <li>split factors: a second or later sentence of one draft that opens with, or names, the same factor kind ("Risk
 * factors also included ...", "Protective factors included ..." twice);
 * <li>response line: a "Response:" or "Response to safety planning:" line with words after it (not the BIRP heading) (steps left outside the risk part).
 * </ul>
 */
final class RiskLineCounts extends ShapeCounts {
    private static final Pattern DRAFT = Pattern.compile("(?m)^## (\\S+) \\((\\w+), ([^)]+)\\)\\n");
    private static final Pattern SENTENCE = Pattern.compile("[^.\\n]+(?:\\.(?!\\d)|$)");
    private static final Pattern SP_LABEL = Pattern.compile("(?:^|[.:] )(?:- )?Safety plan:");
    private static final Pattern SP_REPEAT = Pattern.compile("safety plan: (?:- )?safety plan\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RISK_FACTORS = Pattern.compile("\\brisk factors?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROTECTIVE = Pattern.compile("\\bprotective factors?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESPONSE_LINE = Pattern.compile("^\\s*(?:- )?Response(?: to safety planning)?: \\S");


    private RiskLineCounts() {
        super("safety-plan label", "repeated label", "split factors", "response line");
    }

    static RiskLineCounts of(String markdown) {
        RiskLineCounts out = new RiskLineCounts();
        Matcher m = DRAFT.matcher(markdown);
        int from = -1;
        while (true) {
            boolean found = m.find();
            if (from >= 0) {
                out.countDraft(markdown.substring(from, found ? m.start() : markdown.length()));
            }
            if (!found) {
                break;
            }
            from = m.end();
        }
        return out;
    }

    private void countDraft(String draft) {
        drafts++;
        int risk = 0;
        int protective = 0;
        for (String line : draft.split("\n")) {
            if (line.startsWith("```") || line.startsWith("Prompt") || line.startsWith("{")) {
                continue;
            }
            if (RESPONSE_LINE.matcher(line).find()) {
                add("response line", line.strip());
            }
            if (SP_LABEL.matcher(line).find()) {
                add("safety-plan label", line.strip());
            }
            if (SP_REPEAT.matcher(line).find()) {
                add("repeated label", line.strip());
            }
            Matcher s = SENTENCE.matcher(line);
            while (s.find()) {
                String sentence = s.group().strip();
                String lower = sentence.toLowerCase(Locale.ROOT);
                if (RISK_FACTORS.matcher(lower).find() && ++risk > 1) {
                    add("split factors", sentence);
                }
                if (PROTECTIVE.matcher(lower).find() && ++protective > 1) {
                    add("split factors", sentence);
                }
            }
        }
    }
}
