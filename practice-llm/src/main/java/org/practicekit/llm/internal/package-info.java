/** Implementation detail shared by the HTTP adapters; not API, may change at any time. */
@NullMarked
package org.practicekit.llm.internal;

import org.jspecify.annotations.NullMarked;
