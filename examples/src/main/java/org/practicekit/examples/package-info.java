/** Runnable programs: the practice-day demo on embedded defaults, and embedding examples for vendors. */
@NullMarked
package org.practicekit.examples;

import org.jspecify.annotations.NullMarked;
