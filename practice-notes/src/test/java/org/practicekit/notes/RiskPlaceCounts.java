package org.practicekit.notes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts round 24's class in drafts written for reading ("## id (FORMAT, style)" then the draft), by shape:
 * <ul>
 * <li>risk outside: a sentence outside the risk part that carries risk content (ideation, intent, a plan to harm,
 * means and access, an attempt, self-harm, the safety plan's steps, a crisis line), by the words of {@link #RISK};
 * the name of the safety-planning intervention ("worked on safety planning", "In response to safety planning") and a
 * diagnosis's name are not risk content of their own and are not counted;
 * <li>out of order: a risk part whose sentences, each given the first kind of {@link #kind} it matches, do not run
 * ideation, intent, plan, means and access, history and risk factors, protective factors, actions (a sentence of an
 * earlier kind after a later one);
 * <li>plan in the past: a sentence that writes a past attempt as a plan ("a plan to OD in 2022").
 * </ul>
 * The risk part runs from the sentence that gives the clinician's level (or says risk was not assessed) to the end of
 * its paragraph, or to the diagnosis sentence that follows it.
 */
final class RiskPlaceCounts extends ShapeCounts {
    private static final Pattern DRAFT = Pattern.compile("(?m)^## (\\S+) \\((\\w+), ([^)]+)\\)\\n");
    private static final Pattern SENTENCE = Pattern.compile("[^.\\n]+(?:\\.(?!\\d)|$)");
    static final Pattern RISK = Pattern.compile("(?i)\\b(?:SI|HI|suicid\\w*|homicid\\w*|self-?harm\\w*|cut(?:s|ting)"
            + "|overdos\\w*|OD|attempt\\w*|death wish|kill \\w+self|hurting|not waking up|safety plan(?!ning)|988"
            + "|crisis line|firearms?|guns?|handguns?|rifles?|rope|blades?|razors?|lockbox|lethal means|intent"
            + "|plan to (?:overdose|hang|shoot|jump|crash|kill|cut))\\b");
    private static final Pattern LEVEL = Pattern.compile("(?i)current risk|risk assessment identified|risk was not assessed"
            + "|risk level|rated the \\w+'s current risk");
    private static final Pattern DIAGNOSIS_END = Pattern.compile("(?i)^(?:treatment this session|the diagnosis|diagnos)");
    private static final Pattern PAST_PLAN = Pattern.compile("(?i)plan (?:to|of) [^.]*\\b(?:in |on )?(?:19|20)\\d\\d\\b"
            + "|plan[^.]*\\b(?:attempted|overdosed|OD'd|cut)\\b");
    private static final List<Pattern> KINDS = List.of(
            Pattern.compile("(?i)protective|reasons? for living|wants to live"),
            Pattern.compile("(?i)risk factors?|history|prior|previous|attempt|(?:19|20)\\d\\d"),
            Pattern.compile("(?i)safety plan|988|crisis line|follow-up|will |agreed|called|consulted|notified|provided"
                    + "|removed|locked|secured|transport|emergency|copy"),
            Pattern.compile("(?i)access|means|gun|firearm|rifle|rope|blade|razor|pills|meds|medication|bridge|car\\b"),
            Pattern.compile("(?i)\\bplan\\b"),
            Pattern.compile("(?i)intent"),
            Pattern.compile("(?i)ideation|\\bSI\\b|\\bHI\\b|suicid|homicid|thoughts|death wish|self-harm|cutting|waking"));
    // The reviewer's order of each kind above (protective 6, history 5, actions 7, means 4, plan 3, intent 2, ideation 1).
    private static final int[] ORDER = {6, 5, 7, 4, 3, 2, 1};

    private RiskPlaceCounts() {
        super("risk outside", "out of order", "plan in the past");
    }

    static RiskPlaceCounts of(String markdown) {
        RiskPlaceCounts out = new RiskPlaceCounts();
        Matcher m = DRAFT.matcher(markdown);
        int from = -1;
        String id = "";
        while (true) {
            boolean found = m.find();
            if (from >= 0) {
                out.countDraft(id, markdown.substring(from, found ? m.start() : markdown.length()));
            }
            if (!found) {
                break;
            }
            from = m.end();
            id = m.group(1);
        }
        return out;
    }

    static int kind(String sentence) {
        for (int k = 0; k < KINDS.size(); k++) {
            if (KINDS.get(k).matcher(sentence).find()) {
                return ORDER[k];
            }
        }
        return 0;
    }

    private void countDraft(String id, String draft) {
        drafts++;
        boolean seenPart = false;
        for (String line : draft.split("\n")) {
            if (line.isBlank() || line.startsWith("Drafted by")) {
                continue;
            }
            boolean inPart = false;
            int highest = 0;
            StringBuilder order = new StringBuilder();
            boolean disordered = false;
            Matcher s = SENTENCE.matcher(line);
            while (s.find()) {
                String sentence = s.group().strip();
                if (!seenPart && LEVEL.matcher(sentence).find()) {
                    inPart = true;
                    seenPart = true;
                    continue;
                }
                if (inPart && DIAGNOSIS_END.matcher(sentence).find()) {
                    inPart = false;
                }
                if (PAST_PLAN.matcher(sentence).find()) {
                    add("plan in the past", sentence);
                }
                if (inPart) {
                    int k = kind(sentence);
                    order.append(k);
                    if (k > 0 && k < highest) {
                        disordered = true;
                    }
                    highest = Math.max(highest, k);
                } else if (RISK.matcher(sentence.replaceAll("(?i)safety planning|diagnosis of [^.]*", "")).find()) {
                    add("risk outside", id + ": " + sentence);
                }
            }
            if (disordered) {
                add("out of order", id + " [" + order + "]");
            }
        }
    }
}
