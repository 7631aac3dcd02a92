/** Implementation detail of PHI detection and pseudonymization; not API, may change at any time. */
@NullMarked
package org.practicekit.llm.phi.internal;

import org.jspecify.annotations.NullMarked;
