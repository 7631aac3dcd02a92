/**
 * Claims from signed notes: the claim lifecycle (draft to paid, denied, appealed or written off),
 * timely-filing deadlines, aging buckets, and posting of remittances that moves claims and raises
 * denial flags.
 */
@NullMarked
package org.practicekit.core.billing.claim;

import org.jspecify.annotations.NullMarked;
