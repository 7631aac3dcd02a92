/**
 * Billing support: CPT suggestions with their rationale for psychotherapy sessions, and beside them
 * claims, remittance denial flags and prior authorizations. Everything here suggests and checks; the
 * clinician and the billing staff confirm.
 */
@NullMarked
package org.practicekit.core.billing;

import org.jspecify.annotations.NullMarked;
