package org.practicekit.fhir.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ConsentRecord;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.fhir.ConsentScope;
import org.practicekit.fhir.FhirIdentifierSystems;

/**
 * Assembles an intake into one transaction Bundle in which every entry is a conditional create on
 * its identifier ({@code ifNoneExist}). Entries reference each other through {@code urn:uuid} full
 * URLs derived from the identifiers, so the same intake always gives the same Bundle.
 */
public final class IntakeBundle {
    /** The transaction and, per entry, the key the receipt reports it under ("Patient", "Consent#1"). */
    public record Built(Bundle bundle, List<String> receiptKeys) {
        public Built {
            receiptKeys = List.copyOf(receiptKeys);
        }
    }

    private final FhirIdentifierSystems ids;
    private final Map<String, ConsentScope> consentScopes;
    private final PatientMapper patients;
    private final CoverageMapper coverages;
    private final ConsentMapper consents;
    private final QuestionnaireResponseMapper responses;
    private final ScreeningObservationMapper screenings;
    private final RiskFlagMapper flags;

    public IntakeBundle(FhirIdentifierSystems ids, Map<String, ConsentScope> consentScopes) {
        this.ids = Objects.requireNonNull(ids, "ids == null");
        this.consentScopes = Map.copyOf(consentScopes);
        this.patients = new PatientMapper(ids);
        this.coverages = new CoverageMapper(ids);
        this.consents = new ConsentMapper(ids);
        this.responses = new QuestionnaireResponseMapper(ids);
        this.screenings = new ScreeningObservationMapper(ids);
        this.flags = new RiskFlagMapper(ids);
    }

    public Built build(EhrIntake intake) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        List<String> keys = new ArrayList<>();
        ClientId client = intake.client().id();

        String patientRef = add(bundle, keys, "Patient", patients.toFhir(intake.client()), ids.client(),
                client.value());
        intake.coverage().ifPresent(c -> {
            String payerRef = add(bundle, keys, "Organization", coverages.payer(c), ids.payer(), c.payerId());
            add(bundle, keys, "Coverage", coverages.toFhir(client, c, patientRef, payerRef), ids.coverage(),
                    CoverageMapper.coverageKey(client, c));
        });
        int n = 0;
        for (ConsentRecord r : intake.consents()) {
            ConsentScope scope = consentScopes.getOrDefault(r.documentId(), ConsentScope.TREATMENT);
            add(bundle, keys, "Consent#" + (++n), consents.toFhir(client, r, scope, patientRef), ids.consent(),
                    ConsentMapper.consentKey(client, r));
        }
        String responseRef = add(bundle, keys, "QuestionnaireResponse", responses.toFhir(intake, patientRef),
                ids.intake(), intake.idempotencyKey());
        int obs = 0;
        for (ScreeningScore s : intake.screenings()) {
            add(bundle, keys, "Observation#" + (++obs), screenings.total(intake, s, patientRef, responseRef),
                    ids.screening(), ScreeningObservationMapper.totalKey(intake, s));
            if (s.instrument() == ScreeningScore.Instrument.PHQ9) {
                add(bundle, keys, "Observation#" + (++obs), screenings.item9(intake, s, patientRef, responseRef),
                        ids.screening(), ScreeningObservationMapper.item9Key(intake));
            }
        }
        intake.riskFlag().ifPresent(reason -> add(bundle, keys, "Flag", flags.toFhir(intake, reason, patientRef),
                ids.flag(), intake.idempotencyKey()));
        return new Built(bundle, keys);
    }

    /** Adds a conditional create and returns the entry's full URL for references. */
    private static String add(Bundle bundle, List<String> keys, String key, Resource resource, String system,
            String value) {
        String type = resource.fhirType();
        String fullUrl = "urn:uuid:" + UUID.nameUUIDFromBytes((type + "|" + system + "|" + value)
                .getBytes(StandardCharsets.UTF_8));
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl(type).setIfNoneExist(Codes.identifierParam(system, value));
        keys.add(key);
        return fullUrl;
    }
}
