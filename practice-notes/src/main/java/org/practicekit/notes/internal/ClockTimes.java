package org.practicekit.notes.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day and the event each is the time of. A typed field's own times ("phone off at 9:30 pm", "walk at 7:30"),
 * and for a draft's time whether its sentence sets it as the next appointment's ("will return ... at 2:00 PM"), the
 * session's or a field's own: the verifier checks a time against its event's time, not against every time the prompt
 * holds (a next appointment moved to the session's start is still moved).
 */
public final class ClockTimes {
    /** "9:30", "9:30 pm", "21:30", "9pm", "9 p.m.". */
    private static final Pattern TYPED = Pattern.compile("(?i)(?<![\\d:/.])(\\d{1,2})(?::(\\d{2}))?(?:\\s*([ap])\\.?m\\b\\.?)?");
    /** Words that set a time as the next appointment's. */
    private static final Pattern NEXT = Pattern.compile("(?i)\\b(?:next|returns?|returning|rescheduled|reschedule"
            + "|rebooked|booked|follow-?up|follow up|f/u|seen again|moved to|set for|scheduled)\\b");

    /** The event a time is the time of. */
    public enum Role { NEXT_APPOINTMENT, SESSION, OWN, ANY }

    private ClockTimes() {
    }

    /** The times of day {@code typed} gives: with a colon, or an hour with am or pm. */
    public static List<LocalTime> in(String typed) {
        List<LocalTime> out = new ArrayList<>();
        Matcher m = TYPED.matcher(typed);
        while (m.find()) {
            if (m.group(2) == null && m.group(3) == null) {
                continue;
            }
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (h > 23 || min > 59) {
                continue;
            }
            if (m.group(3) != null && h <= 12) {
                boolean pm = m.group(3).toLowerCase(Locale.ROOT).equals("p");
                h = pm ? h % 12 + 12 : h % 12;
            }
            out.add(LocalTime.of(h, min));
        }
        return out;
    }

    /**
     * The event the time at {@code at} of {@code text} is set for: the session when the sentence cites the session and
     * not the next appointment, else the next appointment when its own clause says so, else the cited field's own
     * time when a cited field types times, else any of the prompt's.
     */
    public static Role role(String text, int at, boolean citesSession, boolean citesNext, boolean fieldHasTimes) {
        if (citesSession && !citesNext) {
            // "the session scheduled for January 16 from 2:00 to 2:45 PM": the session's own times, whatever its words.
            return Role.SESSION;
        }
        int from = Math.max(Math.max(text.lastIndexOf(';', at), text.lastIndexOf(". ", at)), 0);
        if (NEXT.matcher(text.substring(from, at)).find()) {
            return Role.NEXT_APPOINTMENT;
        }
        if (citesNext && !citesSession && !fieldHasTimes) {
            return Role.NEXT_APPOINTMENT;
        }
        return fieldHasTimes && !citesSession && !citesNext ? Role.OWN : Role.ANY;
    }
}
