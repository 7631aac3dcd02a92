/** StAEDI plumbing for the X12 readers and writers: segment collection and segment writing. Not public API. */
@NullMarked
package org.practicekit.x12.internal;

import org.jspecify.annotations.NullMarked;
