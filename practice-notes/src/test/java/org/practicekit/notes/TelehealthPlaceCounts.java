package org.practicekit.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 24b: the client's location on a telehealth session, counted by shape. "not a place": the place said after
 * "with the client joining from", "with the client at" or "with the client's location (...) verified" holds a word of the modality, platform or service class
 * (telehealth, video, phone, check-in, tele-mental health, a platform's name). "joined as a report": a sentence that
 * gives where the client joined or called from as what the client reported or noted.
 */
final class TelehealthPlaceCounts extends ShapeCounts {
    private static final Pattern CLIENT_PLACE = Pattern.compile("(?i)with (?:the client|both partners|the family|the group"
            + " members|the patient)(?: joining from| at) ([^.]*?)(?=, with|\\.(?:\\s|$)| and this clinician| while )");
    // Round 37: the place as a clinician documents it, "with the client's location (the car) verified".
    private static final Pattern VERIFIED_PLACE = Pattern.compile("(?i)with (?:the client|the patient)'s location "
            + "\\(([^)]*)\\) verified");
    private static final Pattern NOT_A_PLACE = Pattern.compile("(?i)\\b(?:tele\\S*|video|vidoe|phone|telephone|audio"
            + "|check-?in|virtual|visit|session|call|services?|program|IOP|connect|zoom|doxy\\S*|teams|telepsych|mh)\\b");
    private static final Pattern REPORTED_PLACE = Pattern.compile("(?i)[^.]*\\b(?:reported|noted|stated|described)\\b"
            + "[^.]*\\b(?:calling|called in|joining|joinng|joined|on (?:the )?phone) from\\b[^.]*\\.");

    private TelehealthPlaceCounts() {
        super("not a place", "joined as a report");
    }

    static TelehealthPlaceCounts of(String markdown) {
        TelehealthPlaceCounts out = new TelehealthPlaceCounts();
        out.eachDraft(markdown, out::countDraft);
        return out;
    }

    private void countDraft(String text) {
        Matcher place = CLIENT_PLACE.matcher(text);
        while (place.find()) {
            if (NOT_A_PLACE.matcher(place.group(1)).find()) {
                add("not a place", place.group(1));
            }
        }
        Matcher verified = VERIFIED_PLACE.matcher(text);
        while (verified.find()) {
            if (NOT_A_PLACE.matcher(verified.group(1)).find()) {
                add("not a place", verified.group(1));
            }
        }
        Matcher reported = REPORTED_PLACE.matcher(text);
        while (reported.find()) {
            add("joined as a report", reported.group().strip());
        }
    }
}
