/**
 * X12 EDI for billing, on StAEDI: {@link org.practicekit.x12.ProfessionalClaimWriter} writes
 * claims as an 837P (005010X222A1), {@link org.practicekit.x12.ProfessionalClaimReader} reads
 * one back, and {@link org.practicekit.x12.RemittanceReader} reads an 835 (005010X221A1)
 * remittance. The loops are mapped here by hand; StAEDI checks the envelope.
 */
@NullMarked
package org.practicekit.x12;

import org.jspecify.annotations.NullMarked;
