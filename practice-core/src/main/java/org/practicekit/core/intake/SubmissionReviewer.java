package org.practicekit.core.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.practicekit.core.Problems;
import org.practicekit.core.model.Address;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.model.ScreeningScore.Instrument;
import org.practicekit.core.screening.ScreeningScorer;

/** Checks a submission against a packet and merges it; every problem is collected before one exception. */
final class SubmissionReviewer {
    static final int MAX_ANSWERS = 500;
    static final int MAX_SIGNER_LENGTH = 120;
    private static final Pattern ITEM_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final Pattern MARKUP = Pattern.compile("(?i)<\\s*[a-z/!?]|javascript:|vbscript:|data:text/html");
    private static final Pattern US_STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern US_ZIP = Pattern.compile("[0-9]{5}(-[0-9]{4})?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private SubmissionReviewer() {
    }

    static IntakeReview review(IntakePacket packet, IntakeSubmission submission, Map<String, String> earlier,
            Set<String> earlierConsents, LocalDate today) {
        Problems problems = Problems.of("intake submission");
        if (submission.answers().isEmpty() && submission.consents().isEmpty()) {
            problems.add("submission", "has no answers and no consents");
        }
        if (submission.answers().size() > MAX_ANSWERS) {
            problems.add("answers", "has more than " + MAX_ANSWERS + " answers");
        }
        Map<String, IntakeItem> items = packet.itemMap();
        Map<String, String> fresh = new LinkedHashMap<>();
        Set<String> bad = new HashSet<>();
        for (Map.Entry<String, String> e : submission.answers().entrySet()) {
            IntakeItem item = items.get(e.getKey());
            if (item == null) {
                problems.add(answerPath(e.getKey()), "is not an item of this intake");
                bad.add(e.getKey());
                continue;
            }
            // Packet item ids are valid by construction, so the path needs no checking.
            Optional<String> canonical = canonical(item, e.getValue(), "answers[" + item.id() + "]", problems, today);
            if (canonical.isPresent()) {
                fresh.put(item.id(), canonical.get());
            } else {
                bad.add(item.id());
            }
        }

        Map<String, String> merged = new LinkedHashMap<>();
        Set<String> dropped = new LinkedHashSet<>();
        List<IntakeItem> missing = new ArrayList<>();
        for (IntakeItem item : items.values()) {
            String value = fresh.containsKey(item.id()) ? fresh.get(item.id()) : earlier.get(item.id());
            if (!visible(item, merged)) {
                if (submission.answers().containsKey(item.id())) {
                    if (!bad.contains(item.id())) {
                        problems.add("answers[" + item.id() + "]", "is not asked for the answers given");
                    }
                } else if (earlier.containsKey(item.id())) {
                    dropped.add(item.id());
                }
                continue;
            }
            if (value != null) {
                merged.put(item.id(), value);
            } else if (item.required()) {
                missing.add(item);
            }
        }

        List<ConsentSignature> newConsents = new ArrayList<>();
        Set<String> signedNow = new HashSet<>();
        for (ConsentSignature sig : submission.consents()) {
            String path = "consents[" + safeId(sig.documentId()) + "]";
            Optional<ConsentDocument> doc = packet.consent(sig.documentId());
            boolean ok = true;
            if (doc.isEmpty()) {
                problems.add(path, "is not a consent document of this intake");
                ok = false;
            } else if (!doc.get().version().equals(sig.version())) {
                problems.add(path + ".version", "is not the current version of the document");
                ok = false;
            }
            String signer = sig.signedBy().strip();
            if (signer.isEmpty()) {
                problems.add(path + ".signedBy", "is required");
                ok = false;
            } else if (signer.length() > MAX_SIGNER_LENGTH) {
                problems.add(path + ".signedBy", "is longer than " + MAX_SIGNER_LENGTH + " characters");
                ok = false;
            } else if (hasMarkup(signer) || hasControl(signer, false) || hasBrokenCharacter(signer)) {
                problems.add(path + ".signedBy", "must be a plain name");
                ok = false;
            }
            if (!signedNow.add(sig.documentId())) {
                problems.add(path, "is signed twice in one submission");
                ok = false;
            }
            if (ok) {
                newConsents.add(new ConsentSignature(sig.documentId(), sig.version(), signer, sig.method()));
            }
        }
        problems.throwIfAny();

        List<ConsentDocument> missingConsents = new ArrayList<>();
        for (ConsentDocument doc : packet.consents()) {
            if (doc.required() && !earlierConsents.contains(doc.id()) && !signedNow.contains(doc.id())) {
                missingConsents.add(doc);
            }
        }
        List<ScreeningScore> screenings = new ArrayList<>();
        boolean item9 = false;
        for (IntakeForm form : packet.forms()) {
            if (form.instrument().isEmpty()) {
                continue;
            }
            Instrument instrument = form.instrument().get();
            List<Integer> scores = new ArrayList<>();
            for (IntakeItem item : form.items()) {
                String v = merged.get(item.id());
                if (v != null) {
                    scores.add(Integer.parseInt(v));
                }
            }
            if (instrument == Instrument.PHQ9) {
                String v = merged.get(form.items().get(ScreeningScorer.PHQ9_ITEM9_INDEX).id());
                item9 = v != null && ScreeningScorer.phq9Item9Positive(Integer.parseInt(v));
            }
            if (scores.size() == form.items().size()) {
                screenings.add(ScreeningScorer.score(instrument, scores));
            }
        }
        return new IntakeReview(merged, dropped, newConsents, missing, missingConsents, screenings, item9);
    }

    private static boolean visible(IntakeItem item, Map<String, String> visibleAnswers) {
        if (item.enableWhen().isEmpty()) {
            return true;
        }
        EnableWhen when = item.enableWhen().get();
        return when.answer().equals(visibleAnswers.get(when.itemId()));
    }

    static String answerPath(String itemId) {
        return "answers[" + safeId(itemId) + "]";
    }

    /** An id the client sent is echoed only when it has the shape of an id, so free text never reaches a message. */
    private static String safeId(String id) {
        return ITEM_ID.matcher(id).matches() ? id : "(not an item id)";
    }

    private static Optional<String> canonical(IntakeItem item, String raw, String path, Problems problems,
            LocalDate today) {
        if (raw.length() > item.maxLength()) {
            problems.add(path, "is longer than " + item.maxLength() + " characters");
            return Optional.empty();
        }
        String v = raw.strip();
        if (v.isEmpty()) {
            problems.add(path, "is blank; leave the item out instead");
            return Optional.empty();
        }
        boolean multiline = item.type() == org.practicekit.core.model.QuestionnaireAnswer.AnswerType.TEXT
                || item.type() == org.practicekit.core.model.QuestionnaireAnswer.AnswerType.ADDRESS;
        if (hasControl(v, multiline)) {
            problems.add(path, "contains control characters");
            return Optional.empty();
        }
        if (hasBrokenCharacter(v)) {
            // A lone UTF-16 surrogate is no character at all: a database would store it as "?" or refuse it.
            problems.add(path, "contains a broken character (an unpaired surrogate or a noncharacter); re-enter the text");
            return Optional.empty();
        }
        switch (item.type()) {
            case TEXT:
                if (hasMarkup(v)) {
                    problems.add(path, "must not contain HTML or script");
                    return Optional.empty();
                }
                return Optional.of(v);
            case DATE:
                return date(item, v, path, problems, today);
            case INTEGER:
                return integer(item, v, path, problems);
            case CHOICE:
                if (!item.choices().containsKey(v)) {
                    problems.add(path, "must be one of: " + String.join(", ", item.choices().keySet()));
                    return Optional.empty();
                }
                return Optional.of(v);
            case BOOLEAN:
                switch (v.toLowerCase(java.util.Locale.ROOT)) {
                    case "true":
                    case "yes":
                        return Optional.of("true");
                    case "false":
                    case "no":
                        return Optional.of("false");
                    default:
                        problems.add(path, "must be true or false");
                        return Optional.empty();
                }
            case PHONE:
                String phone = ContactPoint.normalizePhone(v);
                if (phone.isEmpty()) {
                    problems.add(path, "must be a phone number");
                    return Optional.empty();
                }
                return Optional.of(phone);
            case EMAIL:
                if (!ContactPoint.isEmail(v)) {
                    problems.add(path, "must be an email address");
                    return Optional.empty();
                }
                return Optional.of(v);
            case ADDRESS:
                return address(v, path, problems);
            default:
                throw new IllegalStateException("unhandled answer type " + item.type());
        }
    }

    private static Optional<String> date(IntakeItem item, String v, String path, Problems problems, LocalDate today) {
        LocalDate d;
        try {
            d = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(path, "must be a date as YYYY-MM-DD");
            return Optional.empty();
        }
        if (d.getYear() < 1900) {
            problems.add(path, "must be after 1900");
            return Optional.empty();
        }
        if (item.pastDate() && d.isAfter(today)) {
            problems.add(path, "must not be in the future");
            return Optional.empty();
        }
        return Optional.of(d.toString());
    }

    private static Optional<String> integer(IntakeItem item, String v, String path, Problems problems) {
        if (!isInteger(v)) {
            problems.add(path, "must be a whole number");
            return Optional.empty();
        }
        long n = Long.parseLong(v);
        if (n < item.min() || n > item.max()) {
            problems.add(path, "must be between " + item.min() + " and " + item.max());
            return Optional.empty();
        }
        return Optional.of(Long.toString(n));
    }

    /** An optional sign and 1-18 digits (checked by hand: this runs for every screening answer). */
    private static boolean isInteger(String v) {
        int start = v.charAt(0) == '+' || v.charAt(0) == '-' ? 1 : 0;
        if (v.length() == start || v.length() - start > 18) {
            return false;
        }
        for (int i = start; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> address(String v, String path, Problems problems) {
        List<String> parts = new ArrayList<>();
        for (String line : v.split("\n")) {
            if (!line.isBlank()) {
                parts.add(line.strip());
            }
        }
        if (parts.size() < 4 || parts.size() > 5) {
            problems.add(path, "must be street, city, state and postal code (and optionally country) on separate lines");
            return Optional.empty();
        }
        if (hasMarkup(v)) {
            problems.add(path, "must not contain HTML or script");
            return Optional.empty();
        }
        String country = parts.size() == 5 ? parts.get(4).toUpperCase(java.util.Locale.ROOT) : "US";
        String state = parts.get(2).toUpperCase(java.util.Locale.ROOT);
        boolean ok = COUNTRY.matcher(country).matches();
        if (ok && country.equals("US")) {
            ok = US_STATE.matcher(state).matches() && US_ZIP.matcher(parts.get(3)).matches();
        }
        if (!ok) {
            problems.add(path, "must have a two-letter state, a valid postal code and a two-letter country code");
            return Optional.empty();
        }
        return Optional.of(String.join("\n", parts.get(0), parts.get(1), state, parts.get(3), country));
    }

    /** Reads a canonical address answer back into an {@link Address}. */
    static Address parseAddress(String canonical) {
        String[] p = canonical.split("\n");
        return new Address(List.of(p[0]), p[1], p[2], p[3], p[4]);
    }

    /** Markup needs a '<' or a scheme's ':'; most answers have neither, so the pattern rarely runs. */
    private static boolean hasMarkup(String s) {
        return (s.indexOf('<') >= 0 || s.indexOf(':') >= 0) && MARKUP.matcher(s).find();
    }

    /** True for an unpaired surrogate or a noncharacter (U+FFFE, U+FFFF). */
    static boolean hasBrokenCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return true;
            }
        }
        return false;
    }

    /** C0 and C1 control characters (tab and line breaks allowed in multi-line answers) and DEL. */
    private static boolean hasControl(String s, boolean allowNewlines) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                if (allowNewlines && (c == '\n' || c == '\t' || c == '\r')) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }
}
