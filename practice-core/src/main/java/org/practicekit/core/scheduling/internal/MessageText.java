package org.practicekit.core.scheduling.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.Modality;

/**
 * The words of scheduling messages. Minimum necessary by design: a time in the client's own zone
 * and how the visit happens; never a diagnosis, a clinician's specialty or a service name. Every
 * message is framed the same way: the practice's name first, the name the client goes by, the
 * sentence, and how to opt out.
 */
public final class MessageText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d 'at' h:mm a z", Locale.US);

    private MessageText() {
    }

    public static String when(Instant t, ZoneId zone) {
        return WHEN.format(t.atZone(zone));
    }

    public static String visit(Modality m) {
        switch (m) {
            case IN_PERSON:
                return "in-person visit";
            case TELEHEALTH_AUDIO:
                return "phone visit";
            default:
                return "video visit";
        }
    }

    /**
     * {@code body} as the client reads it: "Main Street Counseling: Hi Sam. ... Reply STOP to opt out."
     * A client who opted out gets nothing at all (the delivery policy stops it), so the line is a promise
     * the practice keeps.
     */
    public static String framed(String practice, String greeting, String body, ContactPoint.Kind kind) {
        String hello = greeting.isBlank() ? "" : "Hi " + greeting + ". ";
        String optOut = kind == ContactPoint.Kind.EMAIL ? " Reply UNSUBSCRIBE to stop these emails."
                : " Reply STOP to opt out.";
        return practice + ": " + hello + body + optOut;
    }

    /** The email subject: the practice's name, nothing about the visit. */
    public static String subject(String practice) {
        return "Your appointment with " + practice;
    }

    public static String booked(Instant start, ZoneId zone, Modality m, boolean confirmed) {
        return confirmed
                ? "Your appointment on " + when(start, zone) + " (" + visit(m) + ") is confirmed. Reply X if you"
                        + " cannot come, or call the office to change it."
                : "Your appointment is booked for " + when(start, zone) + " (" + visit(m)
                        + "). Reply C to confirm or X to cancel, or call the office to change it.";
    }

    public static String seriesBooked(Instant first, ZoneId zone, Modality m, int count) {
        return "Your recurring appointments are booked: " + count + " visits starting " + when(first, zone) + " ("
                + visit(m) + "). Reply C to confirm, or call the office to change them.";
    }

    public static String reminder(Instant start, ZoneId zone, Modality m, boolean confirmed) {
        return "Reminder: you have an appointment " + when(start, zone) + " (" + visit(m) + "). "
                + (confirmed ? "Reply X if you cannot come." : "Reply C to confirm or X to cancel.");
    }

    public static String confirmed(Instant start, ZoneId zone) {
        return "Thank you: your appointment on " + when(start, zone) + " is confirmed.";
    }

    public static String cancelled(Instant start, ZoneId zone) {
        return "Your appointment on " + when(start, zone) + " is cancelled. Call the office to book another time.";
    }

    public static String noShow(Instant start, ZoneId zone) {
        return "We missed you at your appointment on " + when(start, zone)
                + ". Please call the office to book your next visit.";
    }

    public static String moved(Instant start, ZoneId zone, Modality m) {
        return "Your appointment has moved to " + when(start, zone) + " (" + visit(m) + ").";
    }

    public static String rescheduleOffer(Instant current, List<Instant> options, List<Modality> modalities,
            Instant expires, ZoneId zone) {
        StringBuilder sb = new StringBuilder("New times for your appointment on ").append(when(current, zone))
                .append(". Reply with the number of the one you want by ").append(when(expires, zone)).append(':');
        for (int i = 0; i < options.size(); i++) {
            sb.append(' ').append(i + 1).append(") ").append(when(options.get(i), zone)).append(" (")
                    .append(visit(modalities.get(i))).append(')');
        }
        return sb.append(". Reply NO to keep your current time.").toString();
    }

    public static String rescheduleDeclined(Instant current, ZoneId zone) {
        return "Thank you: your appointment stays on " + when(current, zone) + ".";
    }

    public static String waitlistOffer(Instant start, ZoneId zone, Modality m, Instant expires) {
        return "A time opened for you: " + when(start, zone) + " (" + visit(m) + "). Reply YES by " + when(expires, zone)
                + " to take it, or NO to stay on the waitlist.";
    }

    public static String waitlistDeclined() {
        return "Thank you: you stay on the waitlist, and we will text you when another time opens.";
    }
}
