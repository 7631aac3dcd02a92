/**
 * PracticeKit's EHR adapter on FHIR R4: {@link org.practicekit.fhir.FhirEhrAdapter} writes intakes,
 * appointments and signed notes to any FHIR R4 server through HAPI FHIR's generic client, idempotently,
 * and reads clients, coverage and appointments back. FHIR types stay inside this module.
 */
@NullMarked
package org.practicekit.fhir;

import org.jspecify.annotations.NullMarked;
