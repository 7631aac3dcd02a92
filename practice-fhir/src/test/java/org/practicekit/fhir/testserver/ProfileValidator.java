package org.practicekit.fhir.testserver;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * HAPI's FhirValidator set up offline, for tests of what PracticeKit writes: base R4 (from HAPI's own
 * resources), or base R4 plus implementation-guide packages (US Core 6.1.0, SDC) read in place from
 * {@code shared/fhir-packages} beside the checkout. With packages the check is structural: the VSAC
 * value sets US Core binds to are not available offline, so terminology checks are off.
 */
public final class ProfileValidator {
    /** shared/ sits beside the project checkout; tests run one level down (practice-fhir/, examples/). */
    public static final Path PACKAGES = Path.of("..", "..", "shared", "fhir-packages");
    public static final String US_CORE_6_1 = "hl7.fhir.us.core-6.1.0.tgz";
    public static final String SDC_4 = "hl7.fhir.uv.sdc-4.0.0-ballot.tgz";

    private static final FhirContext CTX = FhirContext.forR4Cached();
    /**
     * One validator per package set for the test JVM: building one reads the packages and each first validation
     * against a profile generates its snapshot, seconds a test; HAPI's validator is thread-safe and keeps no state of
     * one validation into the next but those caches of the profiles themselves.
     */
    private static final Map<List<String>, FhirValidator> BUILT = new ConcurrentHashMap<>();

    private ProfileValidator() {
    }

    /** True when the IG packages are there; profile tests skip with a message otherwise. */
    public static boolean packagesAvailable() {
        return Files.isDirectory(PACKAGES);
    }

    /** Base R4, with terminology checks; one for the test JVM. */
    public static FhirValidator baseR4() {
        return BUILT.computeIfAbsent(List.of(), none -> validator(List.of(), false));
    }

    /** Base R4 plus the named packages' profiles, value sets and code systems; structure only; one per package list. */
    public static FhirValidator withPackages(String... files) {
        return BUILT.computeIfAbsent(List.of(files), named -> {
            List<IValidationSupport> packages = new ArrayList<>();
            for (String f : named) {
                packages.add(load(f));
            }
            return validator(packages, true);
        });
    }

    /** The error-or-worse messages of a validation, each led by the resource's id and the element. */
    public static List<String> errors(ValidationResult result, IBaseResource r) {
        return result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(m -> r.getIdElement().toUnqualifiedVersionless().getValue() + " " + m.getLocationString() + ": "
                        + m.getMessage())
                .collect(Collectors.toList());
    }

    /** Every conformance resource of an IG package. */
    private static PrePopulatedValidationSupport load(String file) {
        PrePopulatedValidationSupport support = new PrePopulatedValidationSupport(CTX);
        try {
            NpmPackage npm;
            try (InputStream in = Files.newInputStream(PACKAGES.resolve(file))) {
                npm = NpmPackage.fromPackage(in);
            }
            for (String name : npm.listResources("StructureDefinition", "ValueSet", "CodeSystem")) {
                try (InputStream in = npm.loadResource(name)) {
                    support.addResource(CTX.newJsonParser().parseResource(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read FHIR package " + file, e);
        }
        return support;
    }

    private static FhirValidator validator(List<IValidationSupport> packages, boolean structureOnly) {
        List<IValidationSupport> chain = new ArrayList<>(List.of(new DefaultProfileValidationSupport(CTX),
                new CommonCodeSystemsTerminologyService(CTX), new InMemoryTerminologyServerValidationSupport(CTX),
                new SnapshotGeneratingValidationSupport(CTX)));
        chain.addAll(packages);
        FhirInstanceValidator module = new FhirInstanceValidator(
                new ValidationSupportChain(chain.toArray(new IValidationSupport[0])));
        module.setNoTerminologyChecks(structureOnly);
        FhirValidator validator = CTX.newValidator();
        validator.registerValidatorModule(module);
        return validator;
    }
}
