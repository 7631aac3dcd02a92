/**
 * PracticeKit core: the exception tree shared by every module. The domain model lives in
 * {@code model}, the ports in {@code spi}, their in-memory defaults in {@code inmemory}.
 */
@NullMarked
package org.practicekit.core;

import org.jspecify.annotations.NullMarked;
