package org.practicekit.core.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.practicekit.core.model.PayerKind;

/**
 * Suggests psychotherapy-family CPT codes, units, modifiers and place of service from what happened in
 * a session ({@link SessionFacts}), with a readable reason for each line and rule, and warnings. The
 * E/M code itself is the clinician's choice and is never suggested; with an E/M, psychotherapy becomes
 * the add-on code. Nothing is ever guessed: facts that cannot be billed give a non-billable suggestion
 * that says why.
 *
 * <p>The rule data comes from {@link CptRules}; payer-specific telehealth rules plug in as ordered
 * {@link PayerRulePack}s (the first that matches applies). Immutable and thread-safe; a suggestion
 * allocates only its own result.
 */
public final class CptSuggester {
    private static volatile CptSuggester standard;

    private final CptRules rules;
    private final List<PayerRulePack> packs;
    private final BandTable individual;
    private final BandTable individualWithEm;
    private final BandTable familyWithClient;
    private final BandTable familyWithoutClient;
    /** Telehealth rules per pack (index packs.size() = no pack) and payer kind, with their texts precomputed. */
    private final Placement[][] placements;

    private CptSuggester(Builder b) {
        this.rules = b.rules;
        this.packs = List.copyOf(b.packs);
        this.individual = new BandTable(rules.individual(), "psychotherapy", false);
        this.individualWithEm = new BandTable(rules.individualWithEm(), "psychotherapy", true);
        this.familyWithClient = new BandTable(rules.familyWithClient(), "family psychotherapy with the client present", false);
        this.familyWithoutClient = new BandTable(rules.familyWithoutClient(), "family psychotherapy without the client", false);
        PayerKind[] kinds = PayerKind.values();
        this.placements = new Placement[packs.size() + 1][kinds.length];
        for (int i = 0; i <= packs.size(); i++) {
            PayerRulePack pack = i < packs.size() ? packs.get(i) : null;
            for (PayerKind kind : kinds) {
                TelehealthPolicy base = rules.telehealth(kind);
                placements[i][kind.ordinal()] = new Placement(pack == null ? base : pack.applyTo(base), kind, pack, rules);
            }
        }
    }

    /** The suggester with the rules shipped in this release and no payer rule packs. */
    public static CptSuggester standard() {
        CptSuggester s = standard;
        if (s == null) {
            s = builder().build();
            standard = s;
        }
        return s;
    }

    public static Builder builder() {
        return new Builder();
    }

    public CptRules rules() {
        return rules;
    }

    /** The payer rule packs in the order they are tried. */
    public List<PayerRulePack> rulePacks() {
        return packs;
    }

    /**
     * Suggests codes for one session.
     *
     * @param facts validated session facts (see {@link SessionFacts.Builder#build()})
     * @return the suggestion; {@link CptSuggestion#billable()} is false when no code applies
     */
    public CptSuggestion suggest(SessionFacts facts) {
        Objects.requireNonNull(facts, "facts == null");
        Draft d = new Draft();
        int minutes = facts.minutesOrNegative();
        boolean em = facts.withEvaluationAndManagement();
        switch (facts.serviceType()) {
            case INDIVIDUAL -> (em ? individualWithEm : individual).apply(minutes, d);
            case FAMILY_WITH_CLIENT -> family(familyWithClient, minutes, em, d);
            case FAMILY_WITHOUT_CLIENT -> family(familyWithoutClient, minutes, em, d);
            case GROUP -> {
                d.add(rules.group(), 1, rules.group() + " x1 for this client: group psychotherapy has no time rule and "
                        + "each member is billed on their own claim.");
                if (facts.payer() == PayerKind.MEDICARE) {
                    d.warn("Medicare limits group psychotherapy to 12 participants: record the participant count.");
                }
                emNotAddOn(em, rules.group(), d);
            }
            case MULTI_FAMILY_GROUP -> {
                d.add(rules.multiFamilyGroup(), 1, rules.multiFamilyGroup()
                        + " x1 for this client: multiple-family group psychotherapy has no time rule.");
                emNotAddOn(em, rules.multiFamilyGroup(), d);
            }
            case DIAGNOSTIC_EVALUATION -> evaluation(rules.diagnostic(), rules.diagnostic()
                    + " x1: psychiatric diagnostic evaluation without medical services (no time rule).", em, d);
            case DIAGNOSTIC_EVALUATION_MEDICAL -> evaluation(rules.diagnosticMedical(), rules.diagnosticMedical()
                    + " x1: psychiatric diagnostic evaluation with medical services, by a physician, NP or PA who "
                    + "prescribes (another rendering provider draws a CO-185 denial).", em, d);
            case CRISIS -> crisis(minutes, em, d);
        }
        if (facts.interactiveComplexity()) {
            interactiveComplexity(d);
        }
        return place(facts, d);
    }

    private void family(BandTable table, int minutes, boolean em, Draft d) {
        table.apply(minutes, d);
        if (em) {
            d.warn("The psychotherapy add-ons for an E/M visit (+90833/+90836/+90838) apply to individual psychotherapy "
                    + "only: the family code stands alone and an E/M the same day is subject to payer bundling edits.");
        }
    }

    private static void emNotAddOn(boolean em, String code, Draft d) {
        if (em) {
            d.warn("The psychotherapy add-ons for an E/M visit apply to individual psychotherapy only: " + code
                    + " stands alone and an E/M the same day is subject to payer bundling edits.");
        }
    }

    private static void evaluation(String code, String reason, boolean em, Draft d) {
        d.add(code, 1, reason);
        if (em) {
            d.warn(code + " is not reported with an E/M or psychotherapy code on the same day by the same clinician: "
                    + "bill the evaluation or the E/M, not both.");
        }
    }

    private void crisis(int minutes, boolean em, Draft d) {
        int first = rules.crisisFirstUnitMinutes();
        if (minutes < first) {
            d.why(minutes + " minutes of crisis psychotherapy is under the " + first + " minutes " + rules.crisisFirst()
                    + " needs: reported as psychotherapy by time.");
            (em ? individualWithEm : individual).apply(minutes, d);
            return;
        }
        int from = rules.crisisAdditionalFromMinutes();
        d.add(rules.crisisFirst(), 1, minutes + " minutes of crisis psychotherapy: " + rules.crisisFirst() + " once for the first "
                + first + "-" + (from - 1) + " minutes (once per day; never with 90832-90838 for the same encounter).");
        if (minutes >= from) {
            int every = rules.crisisAdditionalEveryMinutes();
            int units = (minutes - from) / every + 1;
            d.add(rules.crisisAdditional(), units, "+" + rules.crisisAdditional() + " x" + units + ": one for each further "
                    + every + " minutes from minute " + from + " (" + minutes + " minutes in all).");
        }
        if (em) {
            d.warn("Crisis psychotherapy takes no psychotherapy add-on for an E/M visit: check payer edits before billing "
                    + "an E/M beside " + rules.crisisFirst() + ".");
        }
    }

    private void interactiveComplexity(Draft d) {
        String addOn = rules.interactiveComplexity();
        if (d.n == 0) {
            d.warn("+" + addOn + " dropped: interactive complexity is an add-on and cannot be billed without a "
                    + "psychotherapy or evaluation code (it is never reported with an E/M alone).");
            return;
        }
        String primary = d.codes[0];
        if (rules.interactiveComplexityAllowedWith(primary)) {
            d.add(addOn, 1, "+" + addOn + " x1: interactive complexity documented with " + primary
                    + " (name the barrier, what was done and why; interpretation alone does not qualify).");
        } else {
            String why = primary.equals(rules.crisisFirst()) ? "crisis psychotherapy already includes it"
                    : "it is not reported with " + primary;
            d.warn("+" + addOn + " dropped: " + why + ". " + primary + " is kept.");
        }
    }

    private CptSuggestion place(SessionFacts facts, Draft d) {
        Placement p = placements[packIndex(facts)][facts.payer().ordinal()];
        Telehealth t = facts.telehealth();
        int home = facts.clientAtHome() ? 1 : 0;
        String pos = p.pos[t.ordinal()][home];
        List<String> modifiers = p.modifiers[t.ordinal()][home];
        if (t == Telehealth.AUDIO_ONLY) {
            TelehealthPolicy.AudioOnly coverage = home == 1 ? p.policy.audioOnlyAtHome() : p.policy.audioOnlyElsewhere();
            if (coverage == TelehealthPolicy.AudioOnly.NOT_COVERED) {
                if (d.n > 0) {
                    d.n = 0;
                    d.why(p.notCovered[home]);
                }
                return d.build(pos, List.of());
            }
            d.why(p.text[t.ordinal()][home]);
            d.warn(coverage == TelehealthPolicy.AudioOnly.PLAN_SPECIFIC
                    ? "Audio-only is plan-specific: confirm the plan covers audio-only psychotherapy before billing."
                    : "Audio-only: document that video was offered and the client could not or would not use it.");
        } else {
            d.why(p.text[t.ordinal()][home]);
        }
        if (t != Telehealth.NONE) {
            if (!p.policy.caution().isEmpty()) {
                d.warn(p.policy.caution());
            }
            if (facts.payer() == PayerKind.MEDICARE && facts.serviceDate().isPresent()) {
                var date = facts.serviceDate().get();
                if (home == 0 && date.isAfter(rules.medicareTelehealthFlexibilitiesUntil())) {
                    d.warn("Medicare's telehealth flexibilities ended on " + rules.medicareTelehealthFlexibilitiesUntil()
                            + ": outside the client's home, originating-site rules apply again.");
                }
                if (!date.isBefore(rules.medicareInPersonVisitRequiredFrom())) {
                    d.warn("Medicare requires an in-person visit within 6 months before the first mental-health "
                            + "telehealth session and every 12 months after: confirm one is on record.");
                }
            }
        }
        return d.build(pos, modifiers);
    }

    private int packIndex(SessionFacts facts) {
        for (int i = 0; i < packs.size(); i++) {
            if (packs.get(i).matches(facts)) {
                return i;
            }
        }
        return packs.size();
    }

    @Override
    public String toString() {
        return "CptSuggester[" + rules.edition() + ", " + packs.size() + " payer rule packs]";
    }

    /** Builds a {@link CptSuggester}: standard rules unless given, packs in the order added. */
    public static final class Builder {
        private CptRules rules = CptRules.standard();
        private final List<PayerRulePack> packs = new ArrayList<>();

        private Builder() {
        }

        public Builder rules(CptRules rules) {
            this.rules = Objects.requireNonNull(rules, "rules == null");
            return this;
        }

        /** Adds a payer rule pack after those already added; the first matching pack applies. */
        public Builder addRulePack(PayerRulePack pack) {
            packs.add(Objects.requireNonNull(pack, "pack == null"));
            return this;
        }

        public CptSuggester build() {
            return new CptSuggester(this);
        }
    }

    /** Codes chosen so far, with the reasons and warnings; modifiers are attached at the end. */
    private static final class Draft {
        final String[] codes = new String[4];
        final int[] units = new int[4];
        int n;
        final List<String> rationale = new ArrayList<>(4);
        List<String> warnings = List.of();

        void add(String code, int unitCount, String reason) {
            codes[n] = code;
            units[n] = unitCount;
            n++;
            rationale.add(reason);
        }

        void why(String reason) {
            rationale.add(reason);
        }

        void warn(String warning) {
            if (warnings.isEmpty()) {
                warnings = new ArrayList<>(2);
            }
            warnings.add(warning);
        }

        CptSuggestion build(String pos, List<String> modifiers) {
            List<CptLine> lines;
            switch (n) {
                case 0 -> lines = List.of();
                case 1 -> lines = List.of(new CptLine(codes[0], units[0], modifiers));
                default -> {
                    CptLine[] a = new CptLine[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = new CptLine(codes[i], units[i], modifiers);
                    }
                    lines = List.of(a);
                }
            }
            return new CptSuggestion(n > 0, lines, pos, rationale, warnings);
        }
    }

    /** One time-band table with its reasons precomputed, so a suggestion only appends the minutes. */
    private static final class BandTable {
        private final int[] mins;
        private final String[] codes;
        private final String[] reasons;
        private final String below;

        BandTable(List<CptRules.Band> bands, String service, boolean addOn) {
            int size = bands.size();
            mins = new int[size];
            codes = new String[size];
            reasons = new String[size];
            for (int i = 0; i < size; i++) {
                CptRules.Band b = bands.get(i);
                mins[i] = b.minMinutes();
                codes[i] = b.code();
                String range = size == 1 ? " meets the " + b.minMinutes() + "-minute minimum"
                        : i + 1 < size ? " falls in the " + b.minMinutes() + "-" + (bands.get(i + 1).minMinutes() - 1)
                                + " minute range"
                        : " is " + b.minMinutes() + " minutes or more";
                String code = (addOn ? "+" : "") + b.code();
                String tail = addOn
                        ? ", listed after the E/M code the clinician chooses (E/M time is not counted as psychotherapy)."
                        : size > 1 ? " (one code by total time; codes are never added together)."
                        : " (one unit per session).";
                reasons[i] = " minutes of " + service + range + ": " + code + " x1, the "
                        + b.nominalMinutes() + "-minute code, reached once its midpoint is passed" + tail;
            }
            CptRules.Band first = bands.get(0);
            below = " minutes of " + service + " is under the " + first.minMinutes() + " minutes " + (addOn ? "+" : "")
                    + first.code() + " needs: no " + service + " code is billable"
                    + (addOn ? "; bill the E/M alone." : ".");
        }

        void apply(int minutes, Draft d) {
            for (int i = mins.length - 1; i >= 0; i--) {
                if (minutes >= mins[i]) {
                    d.add(codes[i], 1, minutes + reasons[i]);
                    return;
                }
            }
            d.why(Math.max(minutes, 0) + below);
        }
    }

    /** Place of service, modifiers and reasons for one payer kind under one (or no) rule pack. */
    private static final class Placement {
        final TelehealthPolicy policy;
        final String[][] pos = new String[3][2];
        @SuppressWarnings("unchecked")
        final List<String>[][] modifiers = new List[3][2];
        final String[][] text = new String[3][2];
        final String[] notCovered = new String[2];

        Placement(TelehealthPolicy policy, PayerKind kind, PayerRulePack pack, CptRules rules) {
            this.policy = policy;
            String payer = (kind == PayerKind.COMMERCIAL ? "commercial payer"
                    : kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT))
                    + (pack == null ? "" : " (payer rule pack \"" + pack.name() + "\")");
            for (int home = 0; home < 2; home++) {
                String where = home == 1 ? "the client at home" : "the client away from home";
                set(Telehealth.NONE, home, home == 1 ? rules.homePos() : rules.officePos(), "",
                        home == 1 ? "In person in the client's home" : "In person at the office", payer);
                set(Telehealth.VIDEO, home, home == 1 ? policy.videoAtHomePos() : policy.videoElsewherePos(),
                        policy.videoModifier(), "Video telehealth with " + where, payer);
                set(Telehealth.AUDIO_ONLY, home, home == 1 ? policy.audioOnlyAtHomePos() : policy.audioOnlyElsewherePos(),
                        policy.audioOnlyModifier(), "Audio-only telehealth with " + where, payer);
                notCovered[home] = "Audio-only telehealth with " + where + ", " + payer + ": not covered"
                        + (kind == PayerKind.MEDICARE && home == 0
                                ? " (Medicare pays audio-only behavioral telehealth only with the client at home)" : "")
                        + ", so not billable.";
            }
        }

        private void set(Telehealth t, int home, String placeOfService, String modifier, String situation, String payer) {
            pos[t.ordinal()][home] = placeOfService;
            modifiers[t.ordinal()][home] = modifier.isEmpty() ? List.of() : List.of(modifier);
            text[t.ordinal()][home] = situation + ", " + payer + ": POS " + placeOfService
                    + (modifier.isEmpty() ? (t == Telehealth.NONE ? ", no telehealth modifier." : ", no modifier (the place of service marks telehealth).")
                            : ", modifier " + modifier + " on each line.");
        }
    }
}
