/**
 * Prior authorizations: what a payer approved (codes, units, dates, provider), the sessions that use it,
 * alerts when it runs low or nears expiry, and a hard check the scheduler calls before booking.
 */
@NullMarked
package org.practicekit.core.billing.auth;

import org.jspecify.annotations.NullMarked;
