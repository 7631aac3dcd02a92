/**
 * How {@link org.practicekit.fhir.FhirEhrAdapter} authenticates to the EHR: a fixed or supplied bearer
 * token, or SMART Backend Services (client credentials with a signed JWT client assertion).
 */
@NullMarked
package org.practicekit.fhir.auth;

import org.jspecify.annotations.NullMarked;
