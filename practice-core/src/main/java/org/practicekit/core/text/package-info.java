/**
 * Language facts the text-reading features share: which words are ordinary English or Spanish words,
 * from bundled, permissively licensed word lists.
 */
@NullMarked
package org.practicekit.core.text;

import org.jspecify.annotations.NullMarked;
