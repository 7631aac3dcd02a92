/** Implementation of the messaging rules: text normalization, phrase rules, intent rules. */
@NullMarked
package org.practicekit.core.messaging.internal;

import org.jspecify.annotations.NullMarked;
