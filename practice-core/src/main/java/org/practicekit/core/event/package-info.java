/** Workflow events a host can observe, for dashboards, metrics and its own audit trail. */
@NullMarked
package org.practicekit.core.event;

import org.jspecify.annotations.NullMarked;
