/** Implementation detail of practice-notes: the prose composer, the clinical lexicon and text helpers. */
@NullMarked
package org.practicekit.notes.internal;

import org.jspecify.annotations.NullMarked;
