package org.practicekit.core.intake;

import org.practicekit.core.model.AppointmentId;

/**
 * The default {@link FirstAppointmentScheduler}, for practices that offer the first appointment
 * when they take the inquiry: it confirms that offered time (appointment id
 * {@code first-<caseId>}), and when none was offered it answers "not booked" so staff book one.
 * Stateless, thread-safe and idempotent.
 */
public final class InquiryAppointmentScheduler implements FirstAppointmentScheduler {
    @Override
    public FirstAppointmentResult confirm(FirstAppointmentRequest request) {
        if (request.requestedStart().isEmpty()) {
            return FirstAppointmentResult.notBooked("no first appointment was offered with the inquiry");
        }
        return FirstAppointmentResult.confirmed(AppointmentId.of("first-" + request.caseId()),
                request.requestedStart().get());
    }
}
