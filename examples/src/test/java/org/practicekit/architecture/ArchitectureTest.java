package org.practicekit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the module dependency rules on every production class of every PracticeKit module. */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.practicekit");
        if (production.stream().noneMatch(c -> c.getPackageName().startsWith("org.practicekit.core"))
                || production.stream().noneMatch(c -> c.getPackageName().startsWith("org.practicekit.x12"))) {
            throw new IllegalStateException("no core or x12 classes imported: the rules would pass vacuously");
        }
    }

    @Test
    void coreHasNoHttpJsonOrFhir() {
        ArchitectureRules.CORE_HAS_NO_HTTP_JSON_OR_FHIR.check(production);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        ArchitectureRules.CORE_DEPENDS_ON_NO_OTHER_MODULE.check(production);
    }

    @Test
    void staediStaysInPracticeX12() {
        ArchitectureRules.CORE_HAS_NO_STAEDI.check(production);
        ArchitectureRules.ONLY_X12_USES_STAEDI.check(production);
    }

    @Test
    void notesAndLlmDoNotDependOnFhir() {
        ArchitectureRules.NOTES_AND_LLM_DO_NOT_DEPEND_ON_FHIR.check(production);
    }

    @Test
    void llmDoesNotDependOnNotes() {
        ArchitectureRules.LLM_DOES_NOT_DEPEND_ON_NOTES.check(production);
    }

    @Test
    void nothingDependsOnExamplesOrBenchmarks() {
        ArchitectureRules.NOTHING_DEPENDS_ON_EXAMPLES.check(production);
        ArchitectureRules.NOTHING_DEPENDS_ON_BENCHMARKS.check(production);
    }

    @Test
    void internalPackagesStayInsideTheirModule() {
        for (String module : ArchitectureRules.MODULES) {
            ArchitectureRules.internalsStayInside(module).check(production);
        }
    }
}
