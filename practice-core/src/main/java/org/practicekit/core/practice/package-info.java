/**
 * One way in: {@link org.practicekit.core.practice.Practice} is built once from the host's ports and
 * hands out every engine already wired to them, with one {@code due(now)} for all the work that is due.
 */
@NullMarked
package org.practicekit.core.practice;

import org.jspecify.annotations.NullMarked;
