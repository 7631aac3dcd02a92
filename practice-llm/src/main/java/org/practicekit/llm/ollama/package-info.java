/** Adapter for Ollama's native {@code /api/chat} endpoint, on OkHttp and Jackson. */
@NullMarked
package org.practicekit.llm.ollama;

import org.jspecify.annotations.NullMarked;
