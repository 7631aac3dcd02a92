package org.practicekit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.practicekit.core.archfixture.CoreClassUsingExamples;
import org.practicekit.core.archfixture.CoreClassUsingJackson;
import org.practicekit.core.archfixture.CoreClassUsingLlm;
import org.practicekit.core.archfixture.CoreClassUsingOkHttp;
import org.practicekit.core.archfixture.CoreClassUsingStaedi;
import org.practicekit.fhir.archfixture.FhirClassUsingStaedi;
import org.practicekit.notes.archfixture.NotesClassUsingFhir;
import org.practicekit.notes.archfixture.NotesClassUsingCoreInternal;
import org.practicekit.llm.archfixture.LlmClassUsingNotes;

/**
 * Each rule, run on a deliberately broken class, must report a violation; a rule that cannot fail
 * would prove nothing. The fixtures live in test sources, which {@link ArchitectureTest} excludes.
 */
class ArchitectureRulesDetectViolationsTest {

    private static boolean violated(ArchRule rule, Class<?>... broken) {
        JavaClasses classes = new ClassFileImporter().importClasses(broken);
        return rule.evaluate(classes).hasViolation();
    }

    @Test
    void coreUsingHttpOrJsonIsCaught() {
        assertThat(violated(ArchitectureRules.CORE_HAS_NO_HTTP_JSON_OR_FHIR, CoreClassUsingOkHttp.class)).isTrue();
        assertThat(violated(ArchitectureRules.CORE_HAS_NO_HTTP_JSON_OR_FHIR, CoreClassUsingJackson.class)).isTrue();
    }

    @Test
    void coreUsingAnotherModuleIsCaught() {
        assertThat(violated(ArchitectureRules.CORE_DEPENDS_ON_NO_OTHER_MODULE, CoreClassUsingLlm.class)).isTrue();
    }

    @Test
    void coreUsingStaediIsCaught() {
        assertThat(violated(ArchitectureRules.CORE_HAS_NO_STAEDI, CoreClassUsingStaedi.class)).isTrue();
        assertThat(violated(ArchitectureRules.ONLY_X12_USES_STAEDI, CoreClassUsingStaedi.class)).isTrue();
    }

    @Test
    void anotherModuleUsingStaediIsCaught() {
        assertThat(violated(ArchitectureRules.ONLY_X12_USES_STAEDI, FhirClassUsingStaedi.class)).isTrue();
        assertThat(violated(ArchitectureRules.ONLY_X12_USES_STAEDI,
                org.practicekit.x12.internal.SegmentReader.class, org.practicekit.core.Problems.class)).isFalse();
    }

    @Test
    void notesUsingFhirIsCaught() {
        assertThat(violated(ArchitectureRules.NOTES_AND_LLM_DO_NOT_DEPEND_ON_FHIR, NotesClassUsingFhir.class)).isTrue();
    }

    @Test
    void llmUsingNotesIsCaught() {
        assertThat(violated(ArchitectureRules.LLM_DOES_NOT_DEPEND_ON_NOTES, LlmClassUsingNotes.class)).isTrue();
    }

    @Test
    void dependingOnExamplesIsCaught() {
        assertThat(violated(ArchitectureRules.NOTHING_DEPENDS_ON_EXAMPLES, CoreClassUsingExamples.class)).isTrue();
    }

    @Test
    void usingAnotherModulesInternalsIsCaught() {
        assertThat(violated(ArchitectureRules.internalsStayInside("core"), NotesClassUsingCoreInternal.class)).isTrue();
    }

    @Test
    void cleanClassesPass() {
        assertThat(violated(ArchitectureRules.CORE_HAS_NO_HTTP_JSON_OR_FHIR, org.practicekit.core.Problems.class)).isFalse();
    }
}
