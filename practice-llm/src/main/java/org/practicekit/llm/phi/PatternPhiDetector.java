package org.practicekit.llm.phi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.practicekit.llm.phi.internal.DenyByDefaultReading;
import org.practicekit.llm.phi.internal.NameTokenModel;
import org.practicekit.llm.phi.internal.NamedAgain;
import org.practicekit.llm.phi.internal.NameRolls;
import org.practicekit.llm.phi.internal.NumberReading;
import org.practicekit.llm.phi.internal.ProperNounContext;
import org.practicekit.llm.phi.internal.SentenceLanguage;
import org.practicekit.llm.phi.internal.SpanGrowth;
import org.practicekit.llm.phi.internal.TherapyTextScanner;
import org.practicekit.llm.phi.internal.UncuedNames;
import org.practicekit.llm.phi.internal.WordMentions;
import org.practicekit.llm.phi.internal.WrittenOutNumbers;

/**
 * The in-process PHI detector, tuned for therapy text; no network, no external model files. It finds the
 * Safe Harbor identifiers that prose can carry:
 *
 * <ul>
 *   <li>names of people, from cues ("his wife Keisha", "Dr. Alvarez", "named Tavon"), packaged
 *       lists of common US given names and surnames, and capitalization with a clinical-vocabulary
 *       exclusion list;</li>
 *   <li>places smaller than a state: street addresses, PO boxes, apartments, cities (a packaged
 *       list, "City, ST", cues such as "moved to Evanston"), counties, ZIP codes after a state or
 *       the word "zip";</li>
 *   <li>dates more specific than a year (numeric, month-name, ordinal) and ages over 89;</li>
 *   <li>phone and fax numbers (NANP rules, context for 7-digit numbers), emails, URLs, IP
 *       addresses, handles and usernames;</li>
 *   <li>SSNs with the invalid-range checks; medical record, health plan (including the Medicare
 *       MBI shape), account (Luhn), license, vehicle (VIN check digit), device (MAC) and other
 *       numbers by shape and context words.</li>
 * </ul>
 *
 * <p>After the rules, a trained token model (on by default, {@link Builder#tokenModel}) reads the words the
 * rules left and adds the names and places it is sure of, with its probability as the span's score: names
 * that are everyday words or written in lower case, neighbourhoods and businesses named with ordinary words.
 *
 * <p>Last, by default ({@link Builder#denyByDefault}), it reads the text the way {@link PhiGuard}'s residual check
 * does, deny by default: a word no dictionary knows is an identifier until a list says otherwise. It reports what
 * that check would replace once the rules' and the model's spans are pseudonymized (offsets of the raw text): words
 * no dictionary knows, given names in person slots ("texted rose", "lol bill said"), places and organizations by
 * their slot ("i live uptown", "kicked out of Crunch"), months and days that date an event ("relapsed in March"),
 * handles and letter-digit codes. Each such span has a category from the slot that placed it ({@code PERSON},
 * {@code LOCATION} for places and organizations alike, {@code DATE}, {@code AGE}, {@code USERNAME}, {@code URL},
 * {@code ID}, ...; {@code NAME} when nothing but the dictionaries placed it) and a score under every rule's: 0.45
 * when its slot or shape says what it is, 0.3 for a {@code NAME}; the rules and the model score 0.5 and up, so
 * {@code score() >= 0.5} keeps only the sure ones. Public figures, works, teams, services and the other
 * not-an-identifier slots the guard releases are released from the rules' spans too; the client's known
 * identifiers never are. Recall first, as the guard: it costs hard negatives (docs/phi-detection.md, round 14).
 *
 * <p>Every span is then read at its edges and grown to the whole mention (round 19): a name written surname first
 * ("Okonjo, Chidinma"), an initial with its period, a given name before a particle and surname; a venue's trailing
 * word, number or city; a date's weekday and part of day, year and the end of its range ("August 11–18"); an age's
 * unit ("96-year-old"); an address's unit; a phone's extension; a number's mask or sign ("****7715"). A grown span
 * keeps its type or takes the one its reading gives, and swallows the spans it overlaps; a plain word, a score or a
 * count after a mention does not join it, and a state after a city stays out, as Safe Harbor allows it.
 *
 * <p>An allow-list keeps clinical tokens out: PHQ-9 and GAD-7 scores, CPT and ICD-10 codes, doses,
 * NDC codes, blood pressures, ratings like 7/10, session counters like 4/12, 988 and 911. What it
 * cannot find is listed in docs/phi-detection.md: names that are everyday words in no slot the rules or
 * the deny-by-default reading know, places and employers named with ordinary words, and quasi-identifiers
 * ("the only Somali pharmacist in town"). Add the client's own identifiers with {@link Builder#knownIdentifiers}.
 *
 * <p>Thread-safe. The rules make one tokenization pass and one walk over the tokens per text; the deny-by-default
 * reading pseudonymizes a copy and reads it once more, as the guard's check does (its cost: docs, "Speed").
 */
public final class PatternPhiDetector implements PhiDetector {
    private static final TherapyTextScanner SCANNER = new TherapyTextScanner();

    private final KnownIdentifiers known;
    private final boolean tokenModel;
    private final boolean denyByDefault;
    /** This detector with the deny-by-default reading off: what the guard pseudonymizes before its own check. */
    private final PatternPhiDetector rulesAndModel;

    private PatternPhiDetector(Builder b) {
        this.known = b.known;
        this.tokenModel = b.tokenModel;
        this.denyByDefault = b.denyByDefault;
        this.rulesAndModel = denyByDefault ? new PatternPhiDetector(b.known, b.tokenModel) : this;
    }

    private PatternPhiDetector(KnownIdentifiers known, boolean tokenModel) {
        this.known = known;
        this.tokenModel = tokenModel;
        this.denyByDefault = false;
        this.rulesAndModel = this;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<PhiSpan> detect(String text) {
        Objects.requireNonNull(text, "text == null");
        // a number read out in words or digit by digit is one number, before the model reads its words as names
        List<PhiSpan> found = WrittenOutNumbers.withSpelledPhones(text, SCANNER.scan(text));
        if (tokenModel) {
            found = NameTokenModel.shared().addTo(text, found); // names and places the rules missed
        }
        found = ProperNounContext.withoutTitlesAndFandom(text, found); // the rules' and the model's alike
        found = NumberReading.withoutServiceSenders(text, found); // "noreply@zoom.us"
        found = NumberReading.withoutPracticeCalendar(text, found); // "closed January 1", "our office is in Suite 210"
        found = UncuedNames.merge(text, found, UncuedNames.find(text)); // organizations, nicknames, other scripts
        found = SentenceLanguage.read(text, found); // "Dzisiaj", "Mercredi": words of the sentence's own language
        found = WordMentions.read(text, found); // "wang means king": a name held up as a word
        found = NameRolls.read(text, found); // "Sterling 4/10, Dahlia 7/10": a roll of people, every member one
        if (denyByDefault) {
            found = DenyByDefaultReading.shared().read(text, found, known.isEmpty() ? List.of() : known.findIn(text));
        } else if (!known.isEmpty()) {
            List<PhiSpan> all = new ArrayList<>(found);
            all.addAll(known.findIn(text));
            all.sort(Comparator.comparingInt(PhiSpan::start).thenComparingInt(PhiSpan::end));
            found = all;
        }
        found = SpanGrowth.grow(text, found); // whole mentions: "Okonjo, Chidinma", "August 11–18", "96-year-old"
        found = NamedAgain.read(text, found); // "it's Dutch, uh, Dutch Van Wyk": the same person named again alone
        // read whole for the caller ("the Rusty Anchor", "May 2 through May 9"); the guard's copy, the rules and the
        // model, leaves it out: an article or a "through" is no identifier to replace
        return denyByDefault ? SpanGrowth.joined(text, found) : found;
    }

    /**
     * The rules and the model without the deny-by-default reading: {@link PhiGuard} pseudonymizes these and then
     * runs its own residual check, so the reading is not done twice.
     */
    PatternPhiDetector rulesAndModel() {
        return rulesAndModel;
    }

    @Override
    public String toString() {
        return "PatternPhiDetector[" + known + (tokenModel ? ", token model" : "")
                + (denyByDefault ? ", deny by default" : "") + "]";
    }

    /** Builds a {@link PatternPhiDetector}. */
    public static final class Builder {
        private KnownIdentifiers known = KnownIdentifiers.none();
        private boolean tokenModel = true;
        private boolean denyByDefault = true;

        private Builder() {
        }

        /** The client's own identifiers (intake record), matched exactly in addition to the patterns. */
        public Builder knownIdentifiers(KnownIdentifiers known) {
            this.known = Objects.requireNonNull(known, "known == null");
            return this;
        }

        /**
         * Whether the trained token model runs after the rules (default on): it adds the names and places
         * the rules miss, each with the model's probability as {@link PhiSpan#score()}. Off gives the rules
         * alone.
         */
        public Builder tokenModel(boolean on) {
            this.tokenModel = on;
            return this;
        }

        /**
         * Whether the detector also reports what the guard's deny-by-default reading would replace (default on):
         * words no dictionary knows, names in person slots, places and organizations by their slot, date elements,
         * identifier shapes, each with a category from its slot and a score below every rule's (0.45 when the slot
         * or shape says what it is, 0.3 for a capitalized word no list knows; the rules and the model score 0.5
         * and up). Public figures, works, teams and services are released as the guard releases them. Off gives
         * the rules and the model alone, as before round 14.
         */
        public Builder denyByDefault(boolean on) {
            this.denyByDefault = on;
            return this;
        }

        public PatternPhiDetector build() {
            return new PatternPhiDetector(this);
        }
    }
}
