/** Mappers between PracticeKit's model and FHIR R4 resources, and the call machinery. Not public API. */
@NullMarked
package org.practicekit.fhir.internal;

import org.jspecify.annotations.NullMarked;
