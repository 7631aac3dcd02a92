/**
 * An optional second {@link org.practicekit.core.messaging.RiskClassifier} that catches paraphrases
 * of crisis language with a local sentence-embedding model (all-MiniLM-L6-v2, quantized) shipped
 * inside its Maven artifact. No network; the model runs in the caller's thread.
 */
@NullMarked
package org.practicekit.risk.embeddings;

import org.jspecify.annotations.NullMarked;
