/**
 * The LLM drafter: a progress-note draft from a language model behind the PHI guard, asked for
 * structured JSON per section with a source for every sentence, verified against the prompt, and
 * replaced by the offline draft on any failure.
 */
@NullMarked
package org.practicekit.notes.llm;

import org.jspecify.annotations.NullMarked;
