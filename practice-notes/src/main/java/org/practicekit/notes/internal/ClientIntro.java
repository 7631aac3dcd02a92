package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 35: who the client is, typed before the concerns in one field ("34F, barista, sess 6, referred by PCP; panic on
 * bus", "Tomas, 19, sophomore, lives w/ grandma, can't focus"). The pieces the field opens with (cut at commas and
 * semicolons) are read one by one as a first name, an age, a role, a living situation, a session number or a referral;
 * reading stops at the first piece that is none of these, and what follows is the concern, read as before. Deny by
 * default: a piece that does not read wholly ends the reading, and a field whose opening pieces hold no age, role,
 * session or referral is not read at all.
 */
public final class ClientIntro {
    private ClientIntro() {
    }

    /**
     * What the opening pieces say. {@code age} is a number or empty; {@code sex} "man"/"woman"/"boy"/"girl" or empty;
     * {@code role} the typed role words ("retired librarian") or empty; {@code living} the words after "lives"
     * ("alone", "with an aunt") or empty; {@code session} "session 6" or "the 3rd session" or empty; {@code referral}
     * the words after "referred" ("by the PCP") or "self-referred", or empty; {@code rest} the field after the pieces
     * read, as typed.
     */
    public record Intro(String age, String sex, String role, String grade, String living, String session,
            String referral, String rest) {
        public boolean names() {
            return !age.isEmpty() || !role.isEmpty() || !grade.isEmpty();
        }
    }

    private static final English EN = English.get();
    private static final Pattern NAME = Pattern.compile("[A-Z][a-z]{2,14}");
    private static final Pattern BARE_AGE = Pattern.compile("[1-9]\\d?");
    private static final Pattern SESSION = Pattern.compile("(?i)(?:sess(?:ion)?\\.?) ?#? ?([1-9]\\d?)");
    private static final Pattern NTH_SESSION = Pattern.compile("(?i)([1-9]\\d?(?:st|nd|rd|th)) (?:sess(?:ion)?\\.?)");
    private static final Pattern AGED_ROLE = Pattern.compile("([1-9]\\d?) ?(?:yo|y/o|y\\.o\\.|years? old|yrs? old) "
            + "([A-Za-z][a-z]+(?: [a-z]+){0,2})");
    private static final Pattern GRADE = Pattern.compile("((?:[1-9]|1[0-2])(?:st|nd|rd|th)) grade");
    private static final Pattern ROLE = Pattern.compile("[A-Za-z][a-z]+(?: [a-z]+){0,2}");
    private static final Pattern LIVES = Pattern.compile("lives (alone|(?:with|w/|in) ([a-z]+(?: [a-z]+)?))");
    private static final Pattern REFERRED = Pattern.compile("(?i)(self-referred|self referred|referred (?:by|from) "
            + "((?:the |her |his |their )?)((?:[a-z]+ )?[A-Za-z]+)(?: (for|after) ([a-z][a-z ]{1,40}))?)");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,5}");
    private static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "Today", "Yesterday");
    // Who refers a client, read without a determiner: a closed class; "by the" is written before each.
    private static final Set<String> REFERRERS = Set.of("school", "teacher", "counselor", "pediatrician", "court",
            "employer", "union", "hospital", "psychiatrist", "doctor", "physician", "probation", "nurse", "clinic",
            "church", "pastor", "coach", "university", "college", "attorney", "judge");
    // Who a client lives with, in the plural or as a mass: no article needed.
    private static final Set<String> PLURAL_HOUSEHOLD = Set.of("parents", "roommates", "kids", "children",
            "grandparents", "family", "friends", "siblings", "sons", "daughters", "housemates");
    // Where a client lives, as a noun after "in": a closed class of dwellings.
    private static final Set<String> DWELLINGS = Set.of("dorm", "shelter", "apartment", "studio", "trailer",
            "camper", "basement", "house", "condo", "motel", "hotel");
    private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "nobody", "nothing", "none");

    /**
     * The opening pieces of {@code typed} read as who the client is, or empty. {@code roles} is the composer's closed
     * class of role words; a role's last word must be in it.
     */
    public static Optional<Intro> read(String typed, Set<String> roles, boolean namesAllowed) {
        String t = typed.strip();
        if (t.isEmpty() || t.indexOf('"') >= 0 || t.indexOf(':') >= 0 || t.indexOf('(') >= 0) {
            return Optional.empty();
        }
        List<String> pieces = ConcernClauses.pieces(t, ";,");
        String age = "";
        String sex = "";
        String role = "";
        String grade = "";
        String living = "";
        String session = "";
        String referral = "";
        boolean named = false;
        boolean bareAge = false;
        int used = 0;
        int consumed = 0;
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i).strip();
            String next = i + 1 < pieces.size() ? pieces.get(i + 1).strip() : "";
            boolean read = false;
            if (i == 0 && namesAllowed && NAME.matcher(piece).matches() && !CALENDAR.contains(piece)
                    && !roles.contains(piece.toLowerCase(Locale.ROOT)) && !EN.isAdjective(piece.toLowerCase(Locale.ROOT))
                    && BARE_AGE.matcher(next).matches()) {
                // "Priya, 16": a first name typed for the client, who is "the client" in the note.
                named = true;
                read = true;
            } else if (age.isEmpty() && BARE_AGE.matcher(piece).matches() && (named || !role.isEmpty()
                    || i == 0 && !next.isEmpty() && roleOf(next, roles).isPresent())) {
                // A number alone is an age only beside a name or a role ("nanny, 31", "Marcus, 18").
                age = piece;
                bareAge = true;
                read = true;
            } else if (age.isEmpty() && sex.isEmpty() && role.isEmpty() && AGED_ROLE.matcher(piece).matches()) {
                // "58 yo welder": an age with its unit and then a role of the closed class.
                Matcher a = AGED_ROLE.matcher(piece);
                a.matches();
                Optional<String> r = roleOf(a.group(2), roles);
                if (r.isPresent()) {
                    age = a.group(1);
                    role = r.get();
                    read = true;
                }
            }
            if (!read && age.isEmpty() && sex.isEmpty()) {
                Optional<Demographics.Lead> lead = Demographics.lead(piece);
                if (lead.isPresent()) {
                    String who = lead.get().who();
                    String rest = lead.get().rest();
                    int dash = who.indexOf("-year-old");
                    String noun = dash > 0 ? who.substring(dash + "-year-old".length()).strip() : "";
                    Optional<String> r = rest.isEmpty() ? Optional.of("") : roleOf(rest, roles);
                    if (dash > 0 && r.isPresent() && (noun.isEmpty() || Set.of("man", "woman", "boy", "girl")
                            .contains(noun))) {
                        age = who.substring(0, dash);
                        sex = noun;
                        if (!r.get().isEmpty()) {
                            if (!role.isEmpty()) {
                                return Optional.empty();
                            }
                            role = r.get();
                        }
                        read = true;
                    }
                }
            }
            if (!read && role.isEmpty()) {
                Optional<String> r = roleOf(piece, roles);
                if (r.isPresent() && (i == 0 || used > 0)) {
                    role = r.get();
                    read = true;
                }
            }
            if (!read && grade.isEmpty() && role.isEmpty()) {
                Matcher g = GRADE.matcher(piece);
                if (g.matches()) {
                    // "2nd grade": the school year, said as "in the 2nd grade" (the typed words kept).
                    grade = g.group(1);
                    read = true;
                }
            }
            if (!read && living.isEmpty()) {
                String l = living(piece);
                if (!l.isEmpty()) {
                    living = l;
                    read = true;
                }
            }
            if (!read && session.isEmpty()) {
                Matcher s = SESSION.matcher(piece);
                Matcher n = NTH_SESSION.matcher(piece);
                if (s.matches()) {
                    session = "session " + s.group(1);
                    read = true;
                } else if (n.matches()) {
                    session = "the " + n.group(1) + " session";
                    read = true;
                }
            }
            if (!read && referral.isEmpty()) {
                String r = referral(piece);
                if (!r.isEmpty()) {
                    referral = r;
                    read = true;
                }
            }
            if (!read) {
                break;
            }
            used++;
            consumed += pieces.get(i).length() + 1;
        }
        if (used == 0 || named && age.isEmpty() || age.isEmpty() && role.isEmpty() && grade.isEmpty() && session.isEmpty()
                && referral.isEmpty()) {
            return Optional.empty();
        }
        // A bare number is an age a reader and the verifier are sure of only with the role it was typed beside (round
        // 33): "Mia, 9" may name a child of the family, and "is 9 years old" reads a number no unit binds.
        if (bareAge && role.isEmpty()) {
            return Optional.empty();
        }
        // A referral the reader could not read ("referred by school counselor's office ...") is the reading's before,
        // which keeps it with who the client is.
        String after = consumed >= t.length() ? "" : t.substring(consumed).strip();
        // "police officer, 15 yrs", "vet, 2 tours": a number after the pieces read qualifies them (how long, how
        // many), so the field keeps its reading before rather than leave "15 yrs" as a concern of its own.
        if (after.startsWith("referred") || after.startsWith("self-referred")
                || !after.isEmpty() && (Character.isDigit(after.charAt(0)) || after.charAt(0) == '~')) {
            return Optional.empty();
        }
        // A lone living situation ("lives alone, no car") is the concern reading's: it names no one here.
        if (age.isEmpty() && role.isEmpty() && grade.isEmpty() && !living.isEmpty()) {
            return Optional.empty();
        }
        String rest = consumed >= t.length() ? "" : t.substring(consumed).strip();
        return Optional.of(new Intro(age, sex, role, grade, living, session, referral, rest));
    }

    /**
     * A role whose last word is in {@code roles} ("barber", "retired librarian", "college freshman", "Army vet"),
     * lower-cased but for a capitalised first word; at most three words, none a person, a determiner, a negation or a
     * preposition.
     */
    static Optional<String> roleOf(String piece, Set<String> roles) {
        if (!ROLE.matcher(piece).matches()) {
            return Optional.empty();
        }
        String[] w = piece.split(" ");
        if (!roles.contains(w[w.length - 1])) {
            return Optional.empty();
        }
        for (int k = 0; k < w.length - 1; k++) {
            String lw = w[k].toLowerCase(Locale.ROOT);
            if (English.DETERMINERS.contains(lw) || English.POSSESSIVES.contains(lw) || English.PREPOSITIONS.contains(lw)
                    || English.CONJUNCTIONS.contains(lw) || NEGATIONS.contains(lw) || PhraseReader.isPersonNoun(lw)
                    || k > 0 && !w[k].equals(lw)) {
                return Optional.empty();
            }
        }
        return Optional.of(piece);
    }

    /**
     * "lives alone", "lives w/ aunt" ("with an aunt"), "lives with parents", "lives in dorm" ("in a dorm"): the words
     * after "lives"; "" for anything else (a name, a possessive, a negation, a place outside the closed class).
     */
    static String living(String piece) {
        Matcher m = LIVES.matcher(piece);
        if (!m.matches()) {
            return "";
        }
        if (m.group(2) == null) {
            return "alone";
        }
        String prep = m.group(1).startsWith("in") ? "in" : "with";
        String[] w = m.group(2).split(" ");
        String last = w[w.length - 1];
        for (String x : w) {
            if (NEGATIONS.contains(x) || English.POSSESSIVES.contains(x) || English.DETERMINERS.contains(x)) {
                return "";
            }
        }
        if (prep.equals("in")) {
            return w.length == 1 && DWELLINGS.contains(last) ? "in " + English.indefiniteArticle(last) + " " + last : "";
        }
        if (w.length == 1 && PLURAL_HOUSEHOLD.contains(last)) {
            return "with " + last;
        }
        // A single person of the household: "with an aunt", "with a daughter"; two words only for "and"-less kin
        // phrases the reader knows as one person ("older brother").
        if (PhraseReader.isPersonNoun(last) && !PLURAL_HOUSEHOLD.contains(last) && !last.endsWith("s")
                && (w.length == 1 || EN.isAdjective(w[0]) && !PhraseReader.isPersonNoun(w[0]))) {
            return "with " + English.indefiniteArticle(m.group(2)) + " " + m.group(2);
        }
        return "";
    }

    /**
     * "self-referred", "referred by PCP for low mood" ("by the PCP for low mood"), "referred by school": the words
     * after "referred", the referrer an acronym or of the closed class of referrers; "" for anything else.
     */
    static String referral(String piece) {
        Matcher m = REFERRED.matcher(piece);
        if (!m.matches()) {
            return "";
        }
        if (m.group(2) == null) {
            return "self-referred";
        }
        String det = m.group(2).strip();
        String who = m.group(3);
        boolean acronym = ACRONYM.matcher(who).matches();
        int space = who.indexOf(' ');
        // "school counselor": one word before a referrer of the class, itself no person and no negation.
        String last = space < 0 ? who : who.substring(space + 1);
        String lead = space < 0 ? "" : who.substring(0, space);
        if (!acronym && (!REFERRERS.contains(last) || !lead.isEmpty() && (NEGATIONS.contains(lead)
                || PhraseReader.isPersonNoun(lead) || English.DETERMINERS.contains(lead)
                || English.PREPOSITIONS.contains(lead) || English.POSSESSIVES.contains(lead)))) {
            return "";
        }
        // "by ED": a level of care or another clinical term the verifier binds as typed; "the" before it would be a
        // phrase the field does not hold, so such a referral keeps its reading before.
        String lw = who.toLowerCase(Locale.ROOT);
        if (acronym && ClinicalLexicon.standard().find(List.of("the", lw)).stream()
                .anyMatch(x -> x.category() == ClinicalLexicon.Category.LEVEL_OF_CARE)) {
            return "";
        }
        String tail = "";
        if (m.group(4) != null) {
            for (String x : m.group(5).split(" ")) {
                if (NEGATIONS.contains(x) || PhraseReader.isPersonNoun(x) || English.POSSESSIVES.contains(x)) {
                    return "";
                }
            }
            tail = " " + m.group(4) + " " + m.group(5).strip();
        }
        String prep = piece.toLowerCase(Locale.ROOT).contains("referred from") ? "from" : "by";
        return prep + " " + (det.isEmpty() ? "the" : det) + " " + who + tail;
    }
}
