package org.practicekit.core.scheduling;

import org.practicekit.core.NonRetriableException;

/**
 * The requested time is not open (taken, held, outside the clinician's hours, too soon, too far
 * ahead, or over a cap). Nothing was booked. Offer the client other open slots.
 */
public final class SlotUnavailableException extends NonRetriableException {
    private static final long serialVersionUID = 1L;

    public SlotUnavailableException(String message) {
        super(message);
    }
}
