package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.notes.DraftSection;
import org.practicekit.notes.DraftSentence;

/**
 * A clinician's pointer to another part of the note or of the record ("see risk", "see MSE", "refer to safety plan",
 * "cf. intake", "details in risk section", "per above"). A pointer is no clause: read as one, "see risk" became the
 * client's deed ("The client endorsed SI and saw risk."). Deny by default: only a pointer verb followed by a part of
 * the record from a closed class is one; anything else is read as before.
 */
public final class CrossReferences {
    private CrossReferences() {}

    /** The parts of a note or record a clinician points to (the closed class). */
    private static final String PART = "(?:risk(?: (?:section|assessment|above|below))?|MSE|mental status(?: exam)?|above|"
            + "below|(?:safety |tx |treatment |crisis )?plan|intake(?: note)?|(?:social |psych(?:iatric)? |trauma )?"
            + "(?:history|hx)|(?:prior|previous|last|group|intake|psych|progress) notes?|labs?|PHQ-?9|GAD-?7|"
            + "screenings?|assessment|chart|record)";
    /**
     * What "refer to" points to: parts of this note or record only. "refer to intake", "refer to assessment" can be a
     * referral, a deed; a referral is read as before.
     */
    private static final String REFERRED_PART = "(?:risk(?: (?:section|assessment|above|below))?|MSE|mental status|above|"
            + "below|safety plan|(?:prior|previous|last|group|progress) notes?)";
    /** What may follow the part: a section word or a date, nothing else. */
    private static final String TAIL = "(?: (?:section|note|dated|from|of|on) ?(?:\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)?)*";
    private static final String POINTER = "(?:(?:see(?: also)?|cf\\.?|details? in|more in)(?: the)? " + PART
            + "|refer to(?: the)? " + REFERRED_PART + ")" + TAIL + "|per (?:above|below)|as (?:noted )?(?:above|below)";
    /**
     * A pointer typed after a comma, semicolon or spaced dash at the end of a field, or after a space alone ("UDS
     * results see lab") where no word before it makes "see" a verb of the clinician's or the client's ("to see").
     */
    private static final Pattern TRAILING = Pattern.compile(
            "(?i)(?:,|;| -{1,2}| \u2013| \u2014|(?<!\\bto|\\bwill|\\bcan|\\bcould|\\bwould|\\bnot|\\bt|\\bwants|\\bto go))\\s+("
                    + POINTER + ")\\s*\\.?$");
    /** A field that opens with a pointer (its label aside): "see above", "TC: see above", "see MSE from 11/30". */
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:[A-Za-z]{1,12}: ?)?(?:" + POINTER + ")\\b");

    /** Where a trailing pointer's separator starts in {@code text}, or -1. The words before it must remain. */
    public static int pointerAt(String text) {
        if (text.indexOf(' ') < 0 || !mayPoint(text)) {
            return -1;
        }
        Matcher m = TRAILING.matcher(text);
        if (!m.find() || m.start() == 0) {
            return -1;
        }
        String before = text.substring(0, m.start()).strip();
        // A field that is a pointer in full is not split: nothing would remain to say.
        return before.isEmpty() || LEADING.matcher(before).find() ? -1 : m.start();
    }

    /** Words one of which every pointer holds ("see", "cf", "refer to", "above" ...), in lower case. */
    private static final String[] POINTER_WORDS = {"see", "cf", "detail", "more in", "refer to", "above", "below"};

    /**
     * Round 36: whether {@code text} holds a word every pointer holds, in any case (a necessary condition only). The
     * trailing pattern is tried from every character with its look-behinds, which was a fifth of a draft's time, and
     * most fields point nowhere.
     */
    private static boolean mayPoint(String text) {
        int n = text.length();
        for (String w : POINTER_WORDS) {
            for (int i = 0; i + w.length() <= n; i++) {
                if (text.regionMatches(true, i, w, 0, w.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The field without its trailing pointer, or the field as typed. */
    public static String body(String text) {
        int at = pointerAt(text);
        return at < 0 ? text : text.substring(0, at).strip();
    }

    /** The trailing pointer's words as typed ("see risk"), or "". */
    public static String pointer(String text) {
        int at = pointerAt(text);
        if (at < 0) {
            return "";
        }
        Matcher m = TRAILING.matcher(text);
        return m.find(at) ? m.group(1).strip() : "";
    }

    /** Whether the words open with a pointer: never read as a deed or a report. */
    public static boolean opensWithPointer(String text) {
        return LEADING.matcher(text.strip()).find();
    }

    /**
     * The sections with each field's pointer said as a parenthetical at the end of the last sentence that cites the
     * field: "The client endorsed SI (see risk)." A pointer whose field no sentence cites is said on its own, citing
     * the field, in the last section ("See risk."), so nothing typed is dropped. {@code bodies} holds each field's
     * words before its pointer.
     */
    public static List<DraftSection> attached(List<DraftSection> sections, Map<String, List<String>> pointers,
            Map<String, String> bodies) {
        if (pointers.isEmpty()) {
            return sections;
        }
        List<List<DraftSentence>> sentences = new ArrayList<>();
        for (DraftSection s : sections) {
            sentences.add(new ArrayList<>(s.sentences()));
        }
        for (Map.Entry<String, List<String>> e : pointers.entrySet()) {
            String said = String.join("; ", e.getValue());
            boolean placed = false;
            for (int si = sentences.size() - 1; si >= 0 && !placed; si--) {
                List<DraftSentence> list = sentences.get(si);
                for (int i = list.size() - 1; i >= 0; i--) {
                    DraftSentence d = list.get(i);
                    if (d.sources().contains(e.getKey()) && d.text().endsWith(".") && !d.text().endsWith(".\"")) {
                        String t = d.text();
                        // In a sentence that says other fields too ("prior attempts and a recent breakup"), the
                        // pointer goes right after its own field's words where they stand as typed.
                        String own = bodies.getOrDefault(e.getKey(), "");
                        int at = d.sources().size() > 1 && own.length() > 2 ? t.indexOf(own) : -1;
                        int end = at < 0 ? t.length() - 1 : at + own.length();
                        if (at >= 0 && end < t.length() && Character.isLetterOrDigit(t.charAt(end))) {
                            end = t.length() - 1;
                        }
                        list.set(i, new DraftSentence(t.substring(0, end) + " (" + said + ")" + t.substring(end),
                                d.sources()));
                        placed = true;
                        break;
                    }
                }
            }
            if (!placed && !sentences.isEmpty()) {
                sentences.get(sentences.size() - 1).add(new DraftSentence(
                        Character.toUpperCase(said.charAt(0)) + said.substring(1) + ".", List.of(e.getKey())));
            }
        }
        List<DraftSection> out = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            DraftSection s = sections.get(i);
            out.add(new DraftSection(s.key(), s.heading(), sentences.get(i)));
        }
        return out;
    }
}
