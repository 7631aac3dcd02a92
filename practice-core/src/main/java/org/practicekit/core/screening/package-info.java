/**
 * Scoring of the screening instruments an intake carries (PHQ-9, GAD-7): totals, severity bands
 * and the PHQ-9 item 9 risk indicator. Scores are facts for the clinician, never a diagnosis.
 */
@NullMarked
package org.practicekit.core.screening;

import org.jspecify.annotations.NullMarked;
