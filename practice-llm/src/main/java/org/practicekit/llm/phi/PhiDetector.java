package org.practicekit.llm.phi;

import java.util.List;

/**
 * Finds protected health information in free text. Implementations are thread-safe and never log
 * the text or what they found.
 */
public interface PhiDetector {
    /**
     * Returns the PHI spans in {@code text}, ordered by start offset. Spans may overlap when two
     * detectors or rules disagree about a type; callers that redact merge overlaps.
     */
    List<PhiSpan> detect(String text);
}
