package org.practicekit.notes.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a typed item is, read from its phrase, where a prompt field would put it after "The client reported": a role
 * ("ICU nurse": the client is one), a person and the state they are in with the copula left out ("husband back at
 * work", "wife pregnant", "kids 3 and 5"), the client's own verbless state ("back on patrol", "24 weeks pregnant"), or
 * the prompt's header of who is who ("pt (Dana, 36)", "Jordan (pt) & Megan"). None of these is a noun phrase a client
 * reports; each reads as the sentence its kind takes. Deny by default: an item that is none of these comes back empty
 * and the caller reads it as before. Stateless.
 */
public final class ReportedItems {
    private static final English EN = English.get();

    /** Roles beyond the composer's occupations that clinicians type for who the client is ("D1 soccer player"). */
    private static final Set<String> MORE_ROLES = Set.of("player", "athlete", "vet", "resident", "employee",
            "caregiver", "volunteer", "apprentice", "trainee", "intern");
    /** Stages of life and sexes: an age and these are demographics ("63 yo male"), read by {@link Demographics}. */
    private static final Set<String> STAGES = Set.of("man", "woman", "male", "female", "adult", "adolescent", "teen",
            "boy", "girl");
    /** Shifts typed after a role: "ICU nurse, nights". */
    private static final Set<String> SHIFTS = Set.of("nights", "days", "evenings", "weekends", "overnights",
            "part-time", "full-time", "per diem", "night shift", "day shift");
    /** A year of study or service typed after a role: "PhD student, yr 4", "resident, year 2". */
    private static final Pattern YEAR_OF = Pattern.compile("(?i)(?:yr|year|grade|pgy-?) ?\\d{1,2}");
    /** How long the client has held the role, typed after it: "police officer, 15 yrs". */
    private static final Pattern ROLE = Pattern.compile("([A-Za-z0-9][A-Za-z0-9/\\- ]*[A-Za-z])(?:, ?(?:(\\d{1,2}) ?(?:yrs?"
            + "|years)|([A-Za-z0-9][A-Za-z0-9/ ]{0,30})))?");
    /** What a feeling is about: "worried about money", "concerned re driving". */
    private static final Set<String> ABOUT = Set.of("about", "re", "regarding", "over", "by", "with", "for");
    /** Words of a state that needs no verb: where the person is ("back at work", "home", "away"). */
    /** Person nouns that name a group, not one relative whose state is told. */
    private static final Set<String> COLLECTIVES = Set.of("group", "family", "couple", "member", "members", "foster");
    private static final Set<String> PLACE_STATES = Set.of("back", "home", "away");
    /** An age or ages typed after a person: "kids 3 and 5", "baby 6 wks", "son 9". */
    private static final Pattern AGES = Pattern.compile("(\\d{1,2}(?:(?:,| and|,? &) \\d{1,2})*)(?: ?(wks?|weeks|mos?"
            + "|months|yrs?|years|yo|y/o))?");
    /** The client's own amount and state: "24 wks pregnant". */
    private static final Pattern AMOUNT_STATE = Pattern.compile("(\\d{1,2}) ?(wks?|weeks|mos?|months) ([a-z]+)");
    private static final String CLIENT_WORD = "(?:pt|client|patient|clt)";
    /** "pt (Dana, 36)", "Mia (pt, 14)", "Jordan (pt) & Megan", "pt (Rosa, 44) & husband Tom". */
    private static final Pattern HEADER = Pattern.compile("(?:(?i:" + CLIENT_WORD + ") ?\\(([A-Z][a-z]+)(?:, ?(\\d{1,3}))?\\)"
            + "|([A-Z][a-z]+) ?\\((?i:" + CLIENT_WORD + ")(?:, ?(\\d{1,3}))?\\))(?: ?(?:&|\\+|and|,) ?(?:(?:her|his|their) )?"
            + "([a-z]+ )?([A-Z][a-z]+))?");

    private ReportedItems() {
    }

    /**
     * "ICU nurse", "Army vet", "police officer, 15 yrs": who the client is, as what follows "The client ": "is an ICU
     * nurse", "has been a police officer for 15 years"; "" when the item is no role alone.
     */
    public static String role(String item) {
        Matcher m = ROLE.matcher(Phrases.bare(item.strip()));
        if (!m.matches()) {
            return "";
        }
        String role = m.group(1).strip();
        String[] words = role.toLowerCase(Locale.ROOT).split(" ");
        String last = words[words.length - 1];
        if (words.length < 2 || words.length > 4 || STAGES.contains(last)
                || !(ProseComposer.ROLES.contains(last) || MORE_ROLES.contains(last) || agentNoun(last))) {
            return "";
        }
        String about = m.group(3) == null ? "" : m.group(3).strip();
        if (!about.isEmpty() && !Character.isDigit(about.charAt(0)) && !SHIFTS.contains(about.toLowerCase(Locale.ROOT))
                && !YEAR_OF.matcher(about).matches()) {
            // "ICU nurse, low mood": a concern typed after the role is no part of who the client is.
            return "";
        }
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            if (w.chars().allMatch(Character::isDigit) || w.equals("yo") || w.equals("y/o") || English.DETERMINERS.contains(w) || English.POSSESSIVES.contains(w) || English.PREPOSITIONS.contains(w)
                    || English.CONJUNCTIONS.contains(w) || PhraseReader.isPersonNoun(w) || RiskActs.CLIENT.contains(w)
                    || w.equals("former") || w.equals("ex") || w.equals("new")) {
                // "former nurse", "new teacher": a past role or someone else, not who the client is today.
                return "";
            }
        }
        String article = English.indefiniteArticle(role.split(" ")[0]);
        if (m.group(2) != null) {
            return "has been " + article + " " + role + " for " + m.group(2) + " years";
        }
        // "ICU nurse, nights", "Army vet, 2 tours Iraq": what is typed about the role stays in the clinician's words.
        return "is " + article + " " + role + (about.isEmpty() ? "" : " (" + about + ")");
    }

    /**
     * Round 39: a noun that names a person by what they practise, read from its ending ("analyst", "barista",
     * "technician", "therapist", "librarian"): "The client reported remote data analyst." was no report. Deny by
     * default: six letters at least, no verb ("assist", "persist"), no adjective ("Christian", "median"), no list
     * ("checklist", "playlist": only "-alist" is one who practises, "specialist").
     */
    static boolean agentNoun(String word) {
        if (word.length() < 6 || !word.matches("[a-z]+(?:ist|ista|ician|ian|alyst)")
                || word.endsWith("list") && !word.endsWith("alist")) {
            return false;
        }
        return !EN.canBeVerb(word) && !EN.isAdjective(word) && !PhraseReader.isPersonNoun(word);
    }

    /** A person typed with their state, the copula left out. {@code person} is "" for the client. */
    public record State(String possessive, String person, boolean plural, String predicate, boolean event) {
        State(String possessive, String person, boolean plural, String predicate) {
            this(possessive, person, plural, predicate, false);
        }
    }

    /**
     * "husband back at work", "her wife pregnant", "Tom withdrawn", "kids 3 and 5", "back on patrol", "24 wks
     * pregnant": who and the state they are in, the predicate ready to follow "is"/"are" ("back at work", "aged 3 and
     * 5", "6 weeks old"); empty for anything else. {@code names} are the prompt's names.
     */
    public static Optional<State> state(String item, Set<String> names) {
        String text = Phrases.bare(item.strip());
        if (text.isEmpty() || text.indexOf(',') >= 0 && !AGES.matcher(text.substring(text.indexOf(' ') + 1)).matches()
                || text.indexOf(';') >= 0 || text.indexOf('(') >= 0 || text.indexOf('"') >= 0 || Phrases.negated(text)) {
            return Optional.empty();
        }
        List<String> w = Arrays.asList(text.split(" "));
        int at = 0;
        String possessive = "";
        if (English.POSSESSIVES.contains(w.get(0).toLowerCase(Locale.ROOT)) && w.size() > 2) {
            possessive = w.get(0).toLowerCase(Locale.ROOT);
            at = 1;
        }
        String first = w.get(at);
        String lower = first.toLowerCase(Locale.ROOT);
        boolean named = names.contains(first);
        boolean person = named || PhraseReader.isPersonNoun(lower) && !COLLECTIVES.contains(lower);
        if (!person || w.size() < at + 2) {
            return clientState(w);
        }
        String rest = String.join(" ", w.subList(at + 1, w.size()));
        boolean plural = lower.endsWith("s") && !lower.endsWith("ss") && !named || lower.equals("children");
        Matcher ages = AGES.matcher(rest);
        if (ages.matches() && !named) {
            String unit = ages.group(2) == null ? "" : ages.group(2).toLowerCase(Locale.ROOT);
            String amount = ages.group(1);
            String predicate = unit.isEmpty() || unit.startsWith("y") ? "aged " + amount
                    : "aged " + amount + " " + (unit.startsWith("w") ? "weeks" : "months");
            return Optional.of(new State(possessive, first, plural, predicate));
        }
        if (state(w.subList(at + 1, w.size()))) {
            return Optional.of(new State(possessive, first, plural, rest));
        }
        return doneTo(w.subList(at + 1, w.size())) ? Optional.of(new State(possessive, first, plural, rest, true))
                : Optional.empty();
    }

    /** "back on patrol", "24 wks pregnant": the client's own state, the subject and the copula left out. */
    private static Optional<State> clientState(List<String> w) {
        String text = String.join(" ", w);
        Matcher amount = AMOUNT_STATE.matcher(text);
        if (amount.matches() && adjectiveOnly(amount.group(3))) {
            // The amount as typed: "28 wks pregnant" is a figure a reader checks against the chart word for word.
            return Optional.of(new State("", "", false, text));
        }
        if (w.size() >= 2 && PLACE_STATES.contains(w.get(0)) && English.PREPOSITIONS.contains(w.get(1))) {
            return Optional.of(new State("", "", false, text));
        }
        return Optional.empty();
    }

    /**
     * Whether words after a person say a state with the copula left out: a place ("back at work", "home"), a word
     * only ever an adjective ("pregnant"), or a participle alone or before what it is about ("deployed", "concerned re
     * driving"). A verb with its object ("found texts", "started drinking") is a deed, never a state.
     */
    private static boolean state(List<String> pred) {
        String p0 = pred.get(0).toLowerCase(Locale.ROOT);
        boolean then = pred.size() == 1 || English.PREPOSITIONS.contains(pred.get(1).toLowerCase(Locale.ROOT))
                || pred.get(1).equals("re");
        if (PLACE_STATES.contains(p0)) {
            return then || pred.size() == 2 && pred.get(1).equals("home");
        }
        if (!then || !p0.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return false;
        }
        boolean participle = (p0.endsWith("ed") || p0.endsWith("en") || p0.endsWith("wn")) && EN.is(p0, English.Form.PAST)
                && !EN.is(p0, English.Form.BASE);
        // "deployed", "remarried": a participle is a state alone; "concerned re driving": a feeling's adjective
        // before what it is about. "moved in June" is an event, never "is moved in June".
        boolean about = pred.size() == 1 || ABOUT.contains(pred.get(1).toLowerCase(Locale.ROOT));
        return adjectiveOnly(p0) || EN.isParticipialAdjective(p0) && about || participle && pred.size() == 1;
    }

    /**
     * Round 22: a participle of what is done to a person ({@link Phrase#DONE_TO}: "laid off last month", "arrested
     * Sat", "fired from job") with more words after it is an event the person underwent, the "was" left out; a
     * participle alone ("deployed") stays a state. Words only: a figure is kept as typed.
     */
    private static boolean doneTo(List<String> pred) {
        if (pred.size() < 2 || !Phrase.DONE_TO.contains(pred.get(0).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return pred.stream().allMatch(w -> w.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'));
    }

    /** A word the lexicon has as an adjective and never as a noun or a verb: "pregnant", "sober", "unemployed". */
    private static boolean adjectiveOnly(String w) {
        // Why: the lexicon lists "moved", "threatening" as adjectives of their own; a verb's past or its -ing form after
        // a person is the verb (read by the person-and-verb rule), never only an adjective.
        return !EN.is(w, English.Form.PAST) && !EN.is(w, English.Form.GERUND) && !w.endsWith("ing") && EN.listed(w) && EN.tagged(w, English.WordClass.ADJECTIVE) >= 0 && EN.tagged(w, English.WordClass.NOUN) < 0
                && EN.tagged(w, English.WordClass.VERB) < 0;
    }

    /** The prompt's header of who is who: the client's name and age, and another person named with it. */
    public record Header(String name, String age, String otherRole, String other) {
    }

    /** "pt (Dana, 36)", "Jordan (pt) & Megan", "pt (Rosa, 44) & husband Tom": the header read; empty otherwise. */
    public static Optional<Header> header(String item) {
        Matcher m = HEADER.matcher(Phrases.bare(item.strip()));
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1) != null ? m.group(1) : m.group(3);
        String age = m.group(2) != null ? m.group(2) : m.group(4) == null ? "" : m.group(4);
        String role = m.group(5) == null ? "" : m.group(5).strip();
        String other = m.group(6) == null ? "" : m.group(6);
        return Optional.of(new Header(name, age, role, other));
    }
}
