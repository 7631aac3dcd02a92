package org.practicekit.core.intake;

/**
 * Confirms a new client's first appointment once their intake is in the EHR. The scheduling engine
 * implements it; {@link InquiryAppointmentScheduler} is the default for practices that offer the
 * first appointment when they take the inquiry.
 *
 * <p>Contract: idempotent on {@link FirstAppointmentRequest#idempotencyKey()}; thread-safe; a
 * transient failure throws {@link org.practicekit.core.RetriableException} and is retried by
 * {@link IntakeWorkflow#due}.
 */
public interface FirstAppointmentScheduler {
    FirstAppointmentResult confirm(FirstAppointmentRequest request);
}
