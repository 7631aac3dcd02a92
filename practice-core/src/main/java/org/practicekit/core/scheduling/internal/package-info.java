/**
 * Implementation detail of scheduling: the matching algorithm, the stored ledger format and message
 * wording. Not API; may change in any release.
 */
@NullMarked
package org.practicekit.core.scheduling.internal;

import org.jspecify.annotations.NullMarked;
