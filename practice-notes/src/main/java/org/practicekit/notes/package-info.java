/**
 * Progress-note drafting: the therapist's structured {@link org.practicekit.notes.SessionPrompt},
 * note formats (SOAP, DAP, BIRP, GIRP, PIRP and practice templates), the offline drafter, the
 * verifier that proves every sentence came from the prompt, and the clinician's learned style.
 */
@NullMarked
package org.practicekit.notes;

import org.jspecify.annotations.NullMarked;
