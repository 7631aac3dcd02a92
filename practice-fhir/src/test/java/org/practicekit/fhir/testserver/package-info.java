/**
 * A real HAPI FHIR JPA server (H2 in memory, Jetty 12 on 127.0.0.1) for tests, benchmarks and the
 * practice-day demo, shipped in practice-fhir's test-jar. Never for production use.
 */
@NullMarked
package org.practicekit.fhir.testserver;

import org.jspecify.annotations.NullMarked;
