package org.practicekit.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The session's risk assessment as the clinician recorded it. Never inferred: the level is the
 * clinician's judgement. At a moderate or higher level {@link SessionPrompt.Builder#build()} requires
 * what a reviewer reads first: ideation, intent, plan, means and access, protective factors, the
 * safety plan and the follow-up; the draft states them together, in that order, at the top of the
 * risk part.
 *
 * <p>Free-text fields take what a clinician types: a predicate ("denied intent to act"), a noun
 * phrase ("no access to firearms"), or a clause ("her husband keeps a handgun at home"). Immutable;
 * build one with {@link #builder(ClinicalRiskLevel)} or the five-field constructor kept for earlier callers.
 */
public final class ClinicalRiskAssessment {
    private final ClinicalRiskLevel level;
    private final String ideation;
    private final String intent;
    private final String plan;
    private final String means;
    private final List<String> riskFactors;
    private final List<String> protectiveFactors;
    private final List<String> actionsTaken;
    private final String safetyPlan;
    private final String followUp;

    /**
     * The assessment with ideation, factors and actions only (intent, plan, means, safety plan and
     * follow-up left empty): enough below a moderate level.
     *
     * @param level the clinician's risk level
     * @param ideation what the client reported about suicidal or homicidal thoughts ("denied suicidal
     *     and homicidal ideation"), or ""
     * @param riskFactors risk factors ("recent job loss")
     * @param protectiveFactors protective factors ("close bond with her sister")
     * @param actionsTaken what the clinician did about risk ("completed a written safety plan with the
     *     client")
     */
    public ClinicalRiskAssessment(ClinicalRiskLevel level, String ideation, List<String> riskFactors, List<String> protectiveFactors,
            List<String> actionsTaken) {
        this(builder(level).ideation(ideation).riskFactors(riskFactors).protectiveFactors(protectiveFactors)
                .actionsTaken(actionsTaken));
    }

    // Why: a risk field holding only "none", "n/a" or "denies" answers its question ("plan: none" is no plan); it
    // is that statement, not a filler to refuse. "see above" and "TBD" point elsewhere and stay refused.
    private static final Set<String> ANSWERED_NO = Set.of("none", "none.", "n/a", "na", "nil",
            "denies", "denied", "no", "none reported", "none noted", "none endorsed", "none identified");

    private static String stated(String typed, String no, String field) {
        String v = signedAsDenied(unlabelled(typed, field));
        return ANSWERED_NO.contains(v.toLowerCase(Locale.ROOT)) ? no : v;
    }

    // A minus sign against a word ("-intent", "-plan", "SI-") or a minus in parentheses ("(-) plan").
    private static final java.util.regex.Pattern MINUS_BEFORE = java.util.regex.Pattern.compile("^(?:-|\\(-\\)\\s*)(?=[A-Za-z])");
    private static final java.util.regex.Pattern MINUS_AFTER = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z/ ]*?)\\s*(?:-|\\(-\\))$");
    private static final java.util.regex.Pattern NEGATED = java.util.regex.Pattern.compile("(?i)^(?:no|not|none|denies|denied|never)\\b");
    private static final java.util.regex.Pattern PIECE = java.util.regex.Pattern.compile("[^,;]+|[,;]");

    /**
     * Round 25: in the four element fields (ideation, intent, plan, means and access) a minus sign typed against a word
     * is the clinician's shorthand for its absence ("-intent", "-plan", "-firearms", "SI-"), never a list bullet: each
     * such piece (between commas or semicolons) is "no ..." ("no intent"), so the draft and the verifier read the
     * denial the clinician typed (taken as a bullet, "-plan" was "The client planned."). A piece that already denies
     * ("-no guns") only loses the dash.
     */
    private static String signedAsDenied(String field) {
        if (field.indexOf('-') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher piece = PIECE.matcher(field);
        while (piece.find()) {
            String p = piece.group();
            String lead = p.substring(0, p.length() - p.stripLeading().length());
            String t = p.strip();
            java.util.regex.Matcher before = MINUS_BEFORE.matcher(t);
            java.util.regex.Matcher after = MINUS_AFTER.matcher(t);
            String word = before.lookingAt() ? t.substring(before.end()) : after.matches() ? after.group(1) : "";
            if (word.isEmpty()) {
                out.append(p);
            } else {
                out.append(lead).append(NEGATED.matcher(word).lookingAt() ? word : "no " + word);
            }
        }
        return out.toString();
    }

    // Why: a field typed with its own name before a colon ("Intent: denies", "Safety plan: completed") or as a list
    // bullet ("- daughter") says nothing the field's place does not; kept, the draft repeats its label ("Safety plan:
    // Safety plan: ..."). Only the field's own names are taken off, so "SI: passive" keeps its word.
    private static final java.util.Map<String, java.util.regex.Pattern> OWN_LABEL = java.util.Map.of(
            "ideation", signedLabel("(?:suicidal |homicidal )?ideation"),
            "intent", signedLabel("intent"),
            "plan", signedLabel("plan"),
            "means", signedLabel("means(?: and access| ?/ ?access)?|access(?: to means)?|lethal means"),
            "safetyPlan", label("safety plan|SP"),
            "followUp", label("follow[- ]?up|f/u"),
            "riskFactors", label("risk factors?|RF"),
            "protectiveFactors", label("protective factors?|PF"),
            "actionsTaken", label("actions?(?: taken)?"));

    private static java.util.regex.Pattern label(String names) {
        return java.util.regex.Pattern.compile("(?i)^(?:[-*\u2022]\\s*)?(?:(?:" + names + ")\\s*(?::|\\s-(?=\\s))\\s*)*(?:[-*\u2022]\\s+)?");
    }

    // Round 25: in the element fields a dash is a bullet only with a space after it; against a word it is a sign.
    private static java.util.regex.Pattern signedLabel(String names) {
        return java.util.regex.Pattern.compile("(?i)^(?:-\\s+|[*\u2022]\\s*)?(?:(?:" + names + ")\\s*(?::|\\s-(?=\\s))\\s*)*(?:[-*\u2022]\\s+)?");
    }

    private static String unlabelled(String typed, String field) {
        String v = typed.strip();
        java.util.regex.Matcher m = OWN_LABEL.get(field).matcher(v);
        if (!m.lookingAt() || m.end() == v.length()) {
            return v;
        }
        String rest = v.substring(m.end()).strip();
        // A field typed as bullets ("- passive SI - no HI") holds one item per dash.
        return m.group().contains("-") ? rest.replace(" - ", "; ") : rest;
    }

    private static List<String> unlabelled(List<String> typed, String field) {
        List<String> out = new ArrayList<>();
        typed.forEach(t -> out.add(unlabelled(t, field)));
        return List.copyOf(out);
    }

    private ClinicalRiskAssessment(Builder b) {
        this.level = b.level;
        this.ideation = stated(b.ideation, "no ideation", "ideation");
        this.intent = stated(b.intent, "no intent", "intent");
        this.plan = stated(b.plan, "no plan", "plan");
        this.means = stated(b.means, "no access to means", "means");
        this.riskFactors = unlabelled(b.riskFactors, "riskFactors");
        this.protectiveFactors = unlabelled(b.protectiveFactors, "protectiveFactors");
        this.actionsTaken = unlabelled(b.actionsTaken, "actionsTaken");
        this.safetyPlan = unlabelled(b.safetyPlan, "safetyPlan");
        this.followUp = unlabelled(b.followUp, "followUp");
    }

    /** No identified risk, with what the client said ("denied suicidal and homicidal ideation"). */
    public static ClinicalRiskAssessment none(String ideation) {
        return builder(ClinicalRiskLevel.NONE).ideation(ideation).build();
    }

    /** Starts an assessment at {@code level}. */
    public static Builder builder(ClinicalRiskLevel level) {
        return new Builder(level);
    }

    /** A builder holding this assessment's values. */
    public Builder toBuilder() {
        return builder(level).ideation(ideation).intent(intent).plan(plan).means(means).riskFactors(riskFactors)
                .protectiveFactors(protectiveFactors).actionsTaken(actionsTaken).safetyPlan(safetyPlan)
                .followUp(followUp);
    }

    public ClinicalRiskLevel level() {
        return level;
    }

    /** What the client reported about suicidal or homicidal thoughts, or "". */
    public String ideation() {
        return ideation;
    }

    /** What the client said about intent to act ("denied intent to act"), or "". */
    public String intent() {
        return intent;
    }

    /** What the client said about a plan ("described a plan to overdose on stored pills"), or "". */
    public String plan() {
        return plan;
    }

    /** Means and access ("has access to stored medication at home"), or "". */
    public String means() {
        return means;
    }

    public List<String> riskFactors() {
        return riskFactors;
    }

    public List<String> protectiveFactors() {
        return protectiveFactors;
    }

    public List<String> actionsTaken() {
        return actionsTaken;
    }

    /** The safety plan as done this session ("completed a written safety plan with the client"), or "". */
    public String safetyPlan() {
        return safetyPlan;
    }

    /** The follow-up for risk ("safety check by phone tomorrow"), or "". */
    public String followUp() {
        return followUp;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ClinicalRiskAssessment)) {
            return false;
        }
        ClinicalRiskAssessment r = (ClinicalRiskAssessment) o;
        return level == r.level && ideation.equals(r.ideation) && intent.equals(r.intent) && plan.equals(r.plan)
                && means.equals(r.means) && riskFactors.equals(r.riskFactors)
                && protectiveFactors.equals(r.protectiveFactors) && actionsTaken.equals(r.actionsTaken)
                && safetyPlan.equals(r.safetyPlan) && followUp.equals(r.followUp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, ideation, intent, plan, means, riskFactors, protectiveFactors, actionsTaken,
                safetyPlan, followUp);
    }

    /** The level and counts only: the assessment is PHI. */
    @Override
    public String toString() {
        return "ClinicalRiskAssessment[" + level + ", " + riskFactors.size() + " risk factors, " + actionsTaken.size()
                + " actions]";
    }

    /** Builds a {@link ClinicalRiskAssessment}; the prompt's {@code build()} checks what the level requires. */
    public static final class Builder {
        private final ClinicalRiskLevel level;
        private String ideation = "";
        private String intent = "";
        private String plan = "";
        private String means = "";
        private final List<String> riskFactors = new ArrayList<>();
        private final List<String> protectiveFactors = new ArrayList<>();
        private final List<String> actionsTaken = new ArrayList<>();
        private String safetyPlan = "";
        private String followUp = "";

        private Builder(ClinicalRiskLevel level) {
            this.level = Objects.requireNonNull(level, "level == null");
        }

        public Builder ideation(String ideation) {
            this.ideation = Objects.requireNonNull(ideation, "ideation == null");
            return this;
        }

        public Builder intent(String intent) {
            this.intent = Objects.requireNonNull(intent, "intent == null");
            return this;
        }

        public Builder plan(String plan) {
            this.plan = Objects.requireNonNull(plan, "plan == null");
            return this;
        }

        /** Means and access: what the client has or could get, and what was done about it. */
        public Builder means(String means) {
            this.means = Objects.requireNonNull(means, "means == null");
            return this;
        }

        public Builder addRiskFactor(String factor) {
            riskFactors.add(Objects.requireNonNull(factor, "factor == null"));
            return this;
        }

        public Builder riskFactors(List<String> factors) {
            factors.forEach(this::addRiskFactor);
            return this;
        }

        public Builder addProtectiveFactor(String factor) {
            protectiveFactors.add(Objects.requireNonNull(factor, "factor == null"));
            return this;
        }

        public Builder protectiveFactors(List<String> factors) {
            factors.forEach(this::addProtectiveFactor);
            return this;
        }

        public Builder addAction(String action) {
            actionsTaken.add(Objects.requireNonNull(action, "action == null"));
            return this;
        }

        public Builder actionsTaken(List<String> actions) {
            actions.forEach(this::addAction);
            return this;
        }

        public Builder safetyPlan(String safetyPlan) {
            this.safetyPlan = Objects.requireNonNull(safetyPlan, "safetyPlan == null");
            return this;
        }

        public Builder followUp(String followUp) {
            this.followUp = Objects.requireNonNull(followUp, "followUp == null");
            return this;
        }

        public ClinicalRiskAssessment build() {
            return new ClinicalRiskAssessment(this);
        }
    }
}
