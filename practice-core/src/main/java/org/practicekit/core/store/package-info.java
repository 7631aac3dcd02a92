/**
 * {@link org.practicekit.core.spi.WorkflowStore} implementations and the small text codec engines
 * use for their stored state.
 */
@NullMarked
package org.practicekit.core.store;

import org.jspecify.annotations.NullMarked;
