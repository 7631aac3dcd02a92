package org.practicekit.notes;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 25: drafts at moderate risk or higher whose risk elements are not one ordered block in the risk part, by shape
 * (each draft counted once under "draft not one block", and each sentence that made it so under its shape):
 * <ul>
 * <li>risk outside: a sentence outside the risk part with a risk word of {@link RiskPlaceCounts#RISK} (the name of the
 * safety-planning intervention and a diagnosis's name are not counted);
 * <li>out of order: a risk part whose sentences, each given its first kind ({@link RiskPlaceCounts#kind}), do not run
 * ideation, intent, plan, means, history and risk factors, protective factors, actions and follow-up;
 * <li>plan label: a sentence of the risk part opening "Plan:", the format's treatment-plan heading used for a plan to
 * harm;
 * <li>response after: "Response to safety planning" or "In response to safety planning" outside the risk part;
 * <li>element unnamed: a sentence of the risk part that notes or states a field's words as a state of the client
 * without naming any risk element ("The client was some.", "The risk assessment noted pills.", "The client planned.");
 * <li>by the clinician: a deed written in the passive with the clinician as its agent ("The police was called by this
 * clinician.").
 * </ul>
 * The risk part runs from the sentence with the clinician's level to the end of its paragraph or the diagnosis.
 */
final class RiskBlockCounts extends ShapeCounts {
    private static final Pattern DRAFT = Pattern.compile("(?m)^## (\\S+) \\((\\w+), ([^)]+)\\)\\n");
    private static final Pattern SENTENCE = Pattern.compile("[^.\\n]+(?:\\.(?!\\d)|$)");
    private static final Pattern LEVEL = Pattern.compile("(?i)current risk|risk assessment identified|risk was not assessed"
            + "|risk level|rated the \\w+'s current risk");
    private static final Pattern DIAGNOSIS_END = Pattern.compile("(?i)^(?:treatment this session|the diagnosis|diagnos)");
    private static final Pattern NOTED = Pattern.compile("(?i)^(?:the risk assessment noted|the (?:client|patient) was"
            + "|the (?:client|patient) (?:planned|cleared)\\b|(?:this \\w+|I) noted)");
    private static final Pattern ELEMENT = Pattern.compile("(?i)\\b(?:intent\\w*|plans?|ideation|SI|HI|access|means"
            + "|safety|follow-up|factors?|suicid\\w*|harm|risk|attempt\\w*)\\b");
    private static final Pattern BY_CLINICIAN = Pattern.compile("(?i)\\bby (?:this (?:clinician|writer|therapist)|me)\\b");
    private static final Pattern SAFETY_RESPONSE = Pattern.compile("(?i)response to safety planning");

    // As RiskPlaceCounts' kinds, with a plan to harm read before the means it names ("pills as the plan") and a
    // labelled element read by its label.
    private static final java.util.List<Pattern> KINDS = java.util.List.of(
            Pattern.compile("(?i)protective|reasons? for living|wants to live"),
            Pattern.compile("(?i)risk factors?|history|prior|previous|attempt|(?:19|20)\\d\\d"),
            Pattern.compile("(?i)safety plan|988|crisis line|follow-up|will (?!kill|hurt|shoot|jump|overdose)|agreed"
                    + "|called|consulted|notified|provided|removed|locked|secured|transport|emergency|copy|refused|drove"),
            Pattern.compile("(?i)^plan:|as the plan|described a plan|\\bno (?:specific )?plan"),
            Pattern.compile("(?i)access|means|gun|firearm|rifle|rope|blade|razor|pills|meds|medication|bridge|car\\b"),
            Pattern.compile("(?i)intent"),
            Pattern.compile("(?i)ideation|\\bSI\\b|\\bHI\\b|suicid|homicid|thoughts|death wish|self-harm|cutting|waking"
                    + "|kill \\w+self"));
    // The reviewer's order of each kind above (ideation 1, intent 2, plan 3, means 4, history 5, protective 6, actions 7).
    private static final int[] ORDER = {6, 5, 7, 3, 4, 2, 1};

    static int kind(String sentence) {
        for (int k = 0; k < KINDS.size(); k++) {
            if (KINDS.get(k).matcher(sentence).find()) {
                return ORDER[k];
            }
        }
        return 0;
    }

    private RiskBlockCounts() {
        super("draft not one block", "risk outside", "out of order", "plan label", "response after",
                "element unnamed", "by the clinician");
    }

    /** Counts the drafts of {@code markdown} whose id is in {@code elevated} (prompts at moderate risk or higher). */
    static RiskBlockCounts of(String markdown, Set<String> elevated) {
        RiskBlockCounts out = new RiskBlockCounts();
        Matcher m = DRAFT.matcher(markdown);
        int from = -1;
        String id = "";
        String label = "";
        while (true) {
            boolean found = m.find();
            if (from >= 0 && elevated.contains(id)) {
                out.countDraft(label, markdown.substring(from, found ? m.start() : markdown.length()));
            }
            if (!found) {
                break;
            }
            from = m.end();
            id = m.group(1);
            label = id + " " + m.group(2) + " " + m.group(3);
        }
        return out;
    }

    private void countDraft(String id, String draft) {
        drafts++;
        boolean seenPart = false;
        boolean broken = false;
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
                if (inPart) {
                    if (NOTED.matcher(sentence).find() && !ELEMENT.matcher(sentence).find()) {
                        add("element unnamed", id + ": " + sentence);
                    }
                    if (BY_CLINICIAN.matcher(sentence).find()) {
                        add("by the clinician", id + ": " + sentence);
                    }
                    if (sentence.startsWith("Plan:")) {
                        add("plan label", id + ": " + sentence);
                        broken = true;
                    }
                    int k = kind(sentence);
                    order.append(k);
                    if (k > 0 && k < highest) {
                        disordered = true;
                    }
                    highest = Math.max(highest, k);
                } else if (SAFETY_RESPONSE.matcher(sentence).find()) {
                    add("response after", id + ": " + sentence);
                    broken = true;
                } else if (RiskPlaceCounts.RISK.matcher(sentence.replaceAll("(?i)safety planning|diagnosis of [^.]*", ""))
                        .find()) {
                    add("risk outside", id + ": " + sentence);
                    broken = true;
                }
            }
            if (disordered) {
                add("out of order", id + " [" + order + "]");
                broken = true;
            }
        }
        if (broken) {
            add("draft not one block", id);
        }
    }
}
