/**
 * The LLM port: {@link org.practicekit.llm.LlmClient} with its requests and responses. Adapters
 * for OpenAI-compatible, Anthropic and Ollama endpoints and the PHI guard every prompt passes
 * through live in named subpackages.
 */
@NullMarked
package org.practicekit.llm;

import org.jspecify.annotations.NullMarked;
