/**
 * Adapter for OpenAI-compatible chat completions: OpenAI, Azure OpenAI, vLLM, LM Studio and
 * Ollama's {@code /v1} endpoint, on OkHttp and Jackson.
 */
@NullMarked
package org.practicekit.llm.openai;

import org.jspecify.annotations.NullMarked;
