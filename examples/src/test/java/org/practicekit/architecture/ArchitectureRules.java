package org.practicekit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The dependency rules of DESIGN.md, as ArchUnit rules. {@link ArchitectureTest} checks them on the
 * real classes; {@link ArchitectureRulesDetectViolationsTest} proves each one fails when broken.
 */
final class ArchitectureRules {
    static final List<String> MODULES = List.of("core", "x12", "llm", "notes", "fhir", "testing", "risk");

    private ArchitectureRules() {
    }

    /** Core knows no HTTP, JSON or FHIR library. */
    static final ArchRule CORE_HAS_NO_HTTP_JSON_OR_FHIR = noClasses()
            .that().resideInAPackage("org.practicekit.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "okhttp3..", "okio..", "com.fasterxml.jackson..", "ca.uhn..", "org.hl7..", "java.net.http..",
                    "com.google.gson..", "jakarta.json..")
            .as("practice-core depends on no HTTP, JSON or FHIR library");

    /** Core depends on no other PracticeKit module. */
    static final ArchRule CORE_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
            .that().resideInAPackage("org.practicekit.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.practicekit.llm..", "org.practicekit.notes..", "org.practicekit.fhir..",
                    "org.practicekit.testing..", "org.practicekit.risk..", "org.practicekit.x12..")
            .as("practice-core depends on no other PracticeKit module");

    /** Core reads and writes no X12: StAEDI stays in practice-x12, so core is slf4j only. */
    static final ArchRule CORE_HAS_NO_STAEDI = noClasses()
            .that().resideInAPackage("org.practicekit.core..")
            .should().dependOnClassesThat().resideInAPackage("io.xlate..")
            .as("practice-core does not depend on StAEDI");

    /** practice-x12 alone uses StAEDI (the benchmarks measure it raw, as their baseline). */
    static final ArchRule ONLY_X12_USES_STAEDI = noClasses()
            .that().resideOutsideOfPackages("org.practicekit.x12..", "org.practicekit.bench..")
            .should().dependOnClassesThat().resideInAPackage("io.xlate..")
            .as("only practice-x12 depends on StAEDI");

    /** Notes and LLM never reach for FHIR. */
    static final ArchRule NOTES_AND_LLM_DO_NOT_DEPEND_ON_FHIR = noClasses()
            .that().resideInAnyPackage("org.practicekit.notes..", "org.practicekit.llm..")
            .should().dependOnClassesThat().resideInAnyPackage("org.practicekit.fhir..", "ca.uhn..", "org.hl7..")
            .as("practice-notes and practice-llm do not depend on practice-fhir or HAPI");

    /** LLM sits below notes. */
    static final ArchRule LLM_DOES_NOT_DEPEND_ON_NOTES = noClasses()
            .that().resideInAPackage("org.practicekit.llm..")
            .should().dependOnClassesThat().resideInAPackage("org.practicekit.notes..")
            .as("practice-llm does not depend on practice-notes");

    /** Nothing depends on the examples. */
    static final ArchRule NOTHING_DEPENDS_ON_EXAMPLES = noClasses()
            .that().resideOutsideOfPackage("org.practicekit.examples..")
            .should().dependOnClassesThat().resideInAPackage("org.practicekit.examples..")
            .as("nothing depends on examples");

    /** Nothing depends on the benchmarks. */
    static final ArchRule NOTHING_DEPENDS_ON_BENCHMARKS = noClasses()
            .that().resideOutsideOfPackage("org.practicekit.bench..")
            .should().dependOnClassesThat().resideInAPackage("org.practicekit.bench..")
            .as("nothing depends on benchmarks");

    /** A module's .internal packages are for that module alone. */
    static ArchRule internalsStayInside(String module) {
        String root = "org.practicekit." + module;
        return noClasses()
                .that().resideOutsideOfPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage(root + "..internal..")
                .allowEmptyShould(true)
                .as("nothing outside " + root + " uses its .internal packages");
    }
}
