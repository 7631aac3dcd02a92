/** Implementation detail of the semantic crisis layer; not API. */
@NullMarked
package org.practicekit.risk.embeddings.internal;

import org.jspecify.annotations.NullMarked;
