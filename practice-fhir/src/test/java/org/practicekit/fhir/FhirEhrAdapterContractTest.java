package org.practicekit.fhir;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicekit.core.spi.EhrAdapter;
import org.practicekit.fhir.testserver.EmbeddedFhirServer;
import org.practicekit.fhir.testserver.FhirServerExtension;
import org.practicekit.testing.EhrAdapterContract;

/** The FHIR adapter passes the same EHR contract as the in-memory EHR, against a real HAPI FHIR server. */
@ExtendWith(FhirServerExtension.class)
class FhirEhrAdapterContractTest extends EhrAdapterContract {
    private static EmbeddedFhirServer server;

    @BeforeAll
    static void server(EmbeddedFhirServer shared) {
        server = shared;
    }

    @Override
    protected EhrAdapter newEhr() {
        return FhirEhrAdapter.builder().baseUrl(server.baseUrl()).identifierSystems(SampleRecords.IDS).build();
    }
}
