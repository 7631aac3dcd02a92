package org.practicekit.notes.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 27: what a typed concern item is, read before it is written as a concern. A concern field holds problems, but
 * clinicians also type there what went well (a gain or a gain held: "90 days sober", "improved sleep"); such an item
 * is progress, and a clinician writes it as progress, never among the presenting problems.
 *
 * <p>The reading is by word class, deny by default: an item is progress only when it opens with a word of
 * {@link #GAIN} (a closed class: words that name a gain or a held gain in the treatment of mood and substance use), or
 * is a span of time followed by such a word, and holds no word of {@link #TURNED} (a word that turns the sign: a
 * relapse, a loss, a negation, a worsening). A kind never changes a sign: "relapsed after 60 days sober" and "no longer
 * abstinent" hold a turning word and stay problems.
 */
final class ConcernKinds {

    /** What a concern item is. */
    enum Kind {
        /** A gain held over a span of time ("90 days sober", "abstinent x 6 months", "sobriety 30 days"). */
        STATE_HELD,
        /** A gain named by a noun or a participle with what it is a gain in ("improved sleep", "remission of panic"). */
        GAIN_NAMED
    }

    /** A gain held over a span: the state and the span, each as typed. */
    record Held(String state, String span) {
        /** Whether the state is named by a noun ("sobriety"): progress the client has, not what the client has been. */
        boolean noun() {
            return NOUN_STATES.contains(state);
        }
    }

    /** Words that name a gain or a gain held (a state a clinician charts as progress). */
    static final Set<String> GAIN = Set.of("sober", "sobriety", "abstinent", "abstinence", "remission", "improved",
            "improvement", "improving", "stabilized");

    /** States that can be held over a span ("has been sober for 90 days"): the adjectives of {@link #GAIN}. */
    static final Set<String> STATES = Set.of("sober", "abstinent");

    /** The same states named by their nouns ("sobriety 30 days": "progress included sobriety for 30 days"). */
    static final Set<String> NOUN_STATES = Set.of("sobriety", "abstinence");

    /**
     * Words that turn a gain's sign, or say the gain is not the client's now: a negation, a relapse, a loss, a
     * worsening, a doubt, a time before or after it. Any one keeps the item a concern.
     */
    static final Set<String> TURNED = Set.of("no", "not", "never", "longer", "relapse", "relapsed", "relapses",
            "relapsing", "lapse", "lapsed", "lost", "losing", "lose", "broke", "broken", "worse", "worsening", "worsened",
            "declined", "declining", "decline", "failed", "failing", "denies", "denied", "without", "unable", "until",
            "before", "after", "struggling", "struggles", "difficulty", "trouble", "stopped", "ended", "despite", "but",
            "except", "lack", "lacks", "lacking", "minimal", "little", "poor", "partial", "slight", "slightly",
            "questionable", "unclear", "unsure", "doubts", "threatened", "threatening", "risk", "fear", "fears",
            "afraid", "worried", "worry", "worries", "anxious", "pressure", "if", "hopes", "hoping", "wants", "goal");

    /** A span of time with its unit, as typed: "90 days", "6 mos", "x 3 months", "1 yr". */
    private static final String SPAN = "(?:x ?)?(\\d{1,3}) ?(days?|d|weeks?|wks?|months?|mos?|years?|yrs?)";
    private static final Pattern SPAN_THEN_STATE = Pattern.compile(SPAN + " ([a-z]+)");
    private static final Pattern STATE_THEN_SPAN = Pattern.compile("([a-z]+),? (?:for )?" + SPAN);

    private ConcernKinds() {
    }

    /** The kind of a typed item, or empty where it is none of them (it is then written as a concern, as before). */
    static Optional<Kind> of(String typed) {
        String text = typed.strip().replaceAll("[.;]+$", "").strip();
        if (text.isEmpty() || !text.equals(text.toLowerCase(Locale.ROOT)) || !text.matches("[a-z0-9 ,']+")) {
            return Optional.empty(); // a capital, a symbol or shorthand: a name or a scale may be inside
        }
        List<String> words = List.of(text.replace(",", " ").split("\\s+"));
        if (words.stream().anyMatch(TURNED::contains)) {
            return Optional.empty();
        }
        if (held(text).isPresent()) {
            return Optional.of(Kind.STATE_HELD);
        }
        // A gain with a count that is no span after it would need words moved to read; it stays a concern.
        return GAIN.contains(words.get(0)) && !STATES.contains(words.get(0)) && words.size() > 1
                && text.matches("[a-z ']+") ? Optional.of(Kind.GAIN_NAMED) : Optional.empty();
    }

    /** "90 days sober", "abstinent x 6 months": the state and its span, the unit written out; empty otherwise. */
    static Optional<Held> held(String typed) {
        String text = typed.strip().replaceAll("[.;]+$", "").strip();
        Matcher m = SPAN_THEN_STATE.matcher(text);
        String state;
        String count;
        String unit;
        if (m.matches()) {
            state = m.group(3);
            count = m.group(1);
            unit = m.group(2);
        } else {
            m = STATE_THEN_SPAN.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            state = m.group(1);
            count = m.group(2);
            unit = m.group(3);
        }
        if (!STATES.contains(state) && !NOUN_STATES.contains(state)) {
            return Optional.empty();
        }
        boolean one = count.equals("1");
        String word = switch (unit.charAt(0)) {
            case 'd' -> "day";
            case 'w' -> "week";
            case 'm' -> "month";
            default -> "year";
        };
        return Optional.of(new Held(state, count + " " + word + (one ? "" : "s")));
    }
}
