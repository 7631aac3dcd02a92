/** Adapter for Anthropic's Messages API, on OkHttp and Jackson, with a pinned API version. */
@NullMarked
package org.practicekit.llm.anthropic;

import org.jspecify.annotations.NullMarked;
