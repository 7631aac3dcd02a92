/**
 * Test kit for the LLM port: {@link org.practicekit.testing.llm.ScriptedLlmClient}, a fake model
 * with scripted answers, latency and failures, and {@link org.practicekit.testing.llm.LlmClientContract},
 * the suite every {@code LlmClient} adapter must pass.
 */
@NullMarked
package org.practicekit.testing.llm;

import org.jspecify.annotations.NullMarked;
