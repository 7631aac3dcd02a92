/**
 * The practice's shared vocabulary: clients, clinicians, coverage, appointments, time slots, money.
 * Small stable values are records validated on construction; values that grow over the years are
 * final classes with builders and {@code toBuilder()}.
 */
@NullMarked
package org.practicekit.core.model;

import org.jspecify.annotations.NullMarked;
