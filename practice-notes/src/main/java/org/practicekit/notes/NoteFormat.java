package org.practicekit.notes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.practicekit.core.Problems;

import static org.practicekit.notes.SectionContent.CONCERNS;
import static org.practicekit.notes.SectionContent.DIAGNOSIS;
import static org.practicekit.notes.SectionContent.GOALS;
import static org.practicekit.notes.SectionContent.INTERVENTIONS;
import static org.practicekit.notes.SectionContent.MEDICATIONS;
import static org.practicekit.notes.SectionContent.MENTAL_STATUS;
import static org.practicekit.notes.SectionContent.PLAN;
import static org.practicekit.notes.SectionContent.PROGRESS;
import static org.practicekit.notes.SectionContent.RESPONSE;
import static org.practicekit.notes.SectionContent.RISK;
import static org.practicekit.notes.SectionContent.SCREENING;
import static org.practicekit.notes.SectionContent.SESSION;

/**
 * A progress-note format: its sections and what each holds. The five common formats are constants;
 * a practice adds its own with {@link #builder(String, String)}. Every format places each kind of
 * content (except the optional {@link SectionContent#GOALS}) in exactly one section, so a template
 * can never drop the risk assessment or the plan.
 */
public final class NoteFormat {
    /** Subjective, Objective, Assessment, Plan. */
    public static final NoteFormat SOAP = builder("soap", "SOAP")
            .section("subjective", "Subjective", SESSION, CONCERNS, MEDICATIONS)
            .section("objective", "Objective", MENTAL_STATUS, SCREENING, INTERVENTIONS, RESPONSE)
            .section("assessment", "Assessment", PROGRESS, RISK, DIAGNOSIS)
            .section("plan", "Plan", PLAN).build();
    /** Data, Assessment, Plan. */
    public static final NoteFormat DAP = builder("dap", "DAP")
            .section("data", "Data", SESSION, CONCERNS, MEDICATIONS, MENTAL_STATUS, SCREENING, INTERVENTIONS, RESPONSE)
            .section("assessment", "Assessment", PROGRESS, RISK, DIAGNOSIS)
            .section("plan", "Plan", PLAN).build();
    /** Behavior, Intervention, Response, Plan. */
    public static final NoteFormat BIRP = builder("birp", "BIRP")
            .section("behavior", "Behavior", SESSION, CONCERNS, MEDICATIONS, MENTAL_STATUS, SCREENING)
            .section("intervention", "Intervention", INTERVENTIONS)
            .section("response", "Response", RESPONSE, PROGRESS, RISK, DIAGNOSIS)
            .section("plan", "Plan", PLAN).build();
    /** Goal, Intervention, Response, Plan. */
    public static final NoteFormat GIRP = builder("girp", "GIRP")
            .section("goal", "Goal", SESSION, GOALS, CONCERNS, MEDICATIONS, MENTAL_STATUS, SCREENING)
            .section("intervention", "Intervention", INTERVENTIONS)
            .section("response", "Response", RESPONSE, PROGRESS, RISK, DIAGNOSIS)
            .section("plan", "Plan", PLAN).build();
    /** Problem, Intervention, Response, Plan. */
    public static final NoteFormat PIRP = builder("pirp", "PIRP")
            .section("problem", "Problem", SESSION, CONCERNS, MEDICATIONS, MENTAL_STATUS, SCREENING)
            .section("intervention", "Intervention", INTERVENTIONS)
            .section("response", "Response", RESPONSE, PROGRESS, RISK, DIAGNOSIS)
            .section("plan", "Plan", PLAN).build();

    private final String id;
    private final String name;
    private final List<NoteSection> sections;

    private NoteFormat(String id, String name, List<NoteSection> sections) {
        this.id = id;
        this.name = name;
        this.sections = List.copyOf(sections);
    }

    /** The five built-in formats. */
    public static List<NoteFormat> standard() {
        return List.of(SOAP, DAP, BIRP, GIRP, PIRP);
    }

    /** Starts a practice template. */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /** A copy to change into a practice's own variant. */
    public Builder toBuilder(String newId, String newName) {
        Builder b = new Builder(newId, newName);
        b.sections.addAll(sections);
        return b;
    }

    /** Stable id ("soap", or the practice's id). */
    public String id() {
        return id;
    }

    /** Display name ("SOAP"). */
    public String name() {
        return name;
    }

    public List<NoteSection> sections() {
        return sections;
    }

    /** The section with this key. */
    public Optional<NoteSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The section that holds {@code content}, if the format places it. */
    public Optional<NoteSection> sectionHolding(SectionContent content) {
        return sections.stream().filter(s -> s.contents().contains(content)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteFormat && ((NoteFormat) o).id.equals(id) && ((NoteFormat) o).sections.equals(sections);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, sections);
    }

    @Override
    public String toString() {
        return "NoteFormat[" + id + "]";
    }

    /** Builds a {@link NoteFormat}; {@link #build()} checks the template covers every required content. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final List<NoteSection> sections = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = Objects.requireNonNull(id, "id == null");
            this.name = Objects.requireNonNull(name, "name == null");
        }

        /** Adds a section holding {@code contents}, in writing order. */
        public Builder section(String key, String heading, SectionContent... contents) {
            sections.add(new NoteSection(key, heading, List.of(contents)));
            return this;
        }

        /**
         * Builds the format.
         *
         * @throws org.practicekit.core.ValidationException when a required content is missing or
         *     placed twice, or keys repeat
         */
        public NoteFormat build() {
            Problems p = Problems.of("note format");
            p.require(id.matches("[a-z][a-z0-9_-]*"), "id", "must be lower-case letters, digits, '-' or '_'");
            p.requireText(name, "name");
            p.require(!sections.isEmpty(), "sections", "at least one section is required");
            Set<String> keys = new HashSet<>();
            Set<SectionContent> placed = EnumSet.noneOf(SectionContent.class);
            for (NoteSection s : sections) {
                p.require(keys.add(s.key()), "sections." + s.key(), "key used twice");
                for (SectionContent c : s.contents()) {
                    p.require(placed.add(c), "sections." + s.key(), c + " is placed in more than one section");
                }
            }
            for (SectionContent c : SectionContent.values()) {
                p.require(c == GOALS || placed.contains(c), "sections", c + " is not placed in any section");
            }
            p.throwIfAny();
            return new NoteFormat(id, name, sections);
        }
    }
}
