package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a concern item typed as a fact is, when it is not a concern: who the client is (age, sex, occupation), where the
 * session sits in a program (a week, a phase, a group's name), an interpreter, who referred, a diagnosis or a history.
 * Each is the record's or the clinician's and is written where it belongs, never as something the client reported.
 * Deny by default: an item is a fact only when every piece of it reads as one.
 */
final class TypedFacts {
    enum Kind { IDENTITY, PROGRAM, GROUP, INTERPRETER, REFERRAL, DIAGNOSIS, HISTORY, RELATIONSHIP }

    /**
     * @param kind what the item is
     * @param age the client's age, or 0 (identity only)
     * @param sex the client's sex or gender noun as written ("woman"), or empty (identity only)
     * @param roles who the client is, each a noun phrase without an article ("accountant", "retired teacher")
     * @param text what the fact says, without a subject (a program, a group's name, a language, a referrer, a
     *     diagnosis, a history, a relationship), or empty
     * @param extra a second part: the program of a group, the place of a diagnosis, the relationship's span, or empty
     * @param bareAge whether the age was typed as a number alone ("19"), with no "yo" or "years old"
     */
    record Fact(Kind kind, int age, String sex, List<String> roles, String text, String extra, boolean bareAge) {
    }

    private TypedFacts() {
    }

    private static final Pattern CLIENT_IS = Pattern.compile("(?i)^(?:the )?(?:pt|client|patient|clt)(?: is)?(?: an?)?\\s+");
    private static final Pattern BARE_AGE = Pattern.compile("(?i)(?:age |aged )?(\\d{1,3})(?: ?(?:yo|y/o|y\\.o\\.|-year-old"
            + "|years? old|yrs? old))?");
    private static final English EN = English.get();
    private static final Pattern AGE_THEN = Pattern.compile("(?i)(\\d{1,3}) ?(?:yo|y/o|y\\.o\\.|-year-old|years? old"
            + "|yrs? old)\\s+(.+)");
    private static final Set<String> SEX = Set.of("man", "woman", "male", "female", "boy", "girl");
    private static final Pattern PROGRAM = Pattern.compile("(?i)((?:week|wk|session|phase|stage|module)"
            + "\\s*(?:\\d{1,2}|[ivx]{1,4})\\b(?:\\s*(?:of|/)\\s*\\d{1,2})?)(?:\\s*(?:of|in)?\\s*(.*))?");
    // What names a program ("treatment", "IOP", "the DBT curriculum"), so "week 3 of sobriety" is no program.
    private static final Pattern PROGRAM_WORD = Pattern.compile("\\b(?:[A-Z]{2,6}|(?i:treatment|program|group|course"
            + "|protocol|curriculum|therapy|skills|module))\\b");
    private static final Pattern GROUP = Pattern.compile("((?:[A-Za-z][\\w&'\\-]*\\s+){0,4}group)(?:\\s*(?:[-,:(]|\\s-)"
            + "\\s*(.+?)\\)?)?");
    private static final Pattern INTERPRETER = Pattern.compile("(?i)(?:(?:used|via|with|utilized)\\s+)?(?:an?\\s+)?"
            + "(?:([A-Z][a-z]+|asl|ASL)(?:-speaking| language)?\\s+)?(?:interpreter|translator)(?:\\s+(?:present|used"
            + "|utilized|in session|in person|on (?:the )?phone|by phone|via phone|by video|via video))?(?:[:,]?\\s*"
            + "([A-Z][a-z]+))?");
    private static final Pattern REFERRAL = Pattern.compile("(?i)(?:(?:pt|client|patient) )?(?:was )?(?:referred|referral|"
            + "ref'd|ref)\\s+(?:by|from)\\s+(.+)");
    private static final Pattern SELF_REFERRED = Pattern.compile("(?i)self[- ]referr?(?:ed|al)");
    private static final Pattern DX_FIRST = Pattern.compile("(?i)(?:dx|dx'd|diagnosis|diagnosed|dx of|diagnosis of"
            + "|dx'd with|diagnosed with|dx:)\\s*:?\\s+(.+)");
    private static final Pattern DX_AFTER = Pattern.compile("(?i)(.+?)\\s+(?:dx'd|dx|diagnosed)\\s+(?:(at|by|in)\\s+(.+))?");
    // "of" (or a colon) is required: "hx unknown" says no history.
    private static final Pattern HISTORY = Pattern.compile("(?i)(?:(?:hx|history|hist\\.?)(?:\\s+of|:)|h/o)\\s+(.+)");
    private static final Pattern RELATIONSHIP = Pattern.compile("(?i)(married|together|dating|partnered|divorced|separated"
            + "|widowed)\\s+(?:for\\s+)?(\\d{1,2}\\+?\\s*(?:years?|yrs?|months?|mos?))");
    // Diagnoses by name: a closed class of the labels clinicians type, deny by default.
    private static final Pattern DIAGNOSIS = Pattern.compile("(?i)(?:MDD|GAD|PTSD|C-PTSD|CPTSD|OCD|ADHD|ASD|BPD|AUD|OUD"
            + "|SUD|PDD|SAD|bipolar(?: disorder)?|schizophrenia|schizoaffective(?: disorder)?|major depressive disorder"
            + "|(?:generalized|social) anxiety disorder|panic disorder|agoraphobia|adjustment disorder|dysthymia"
            + "|persistent depressive disorder|borderline personality disorder|anorexia nervosa|bulimia nervosa"
            + "|binge[- ]eating disorder|alcohol use disorder|opioid use disorder|cannabis use disorder"
            + "|autism spectrum disorder|insomnia disorder|acute stress disorder)");
    // "dx adjustment disorder w/ anxiety": a disorder by name, never "dx deferred" or "dx pending".
    private static final Pattern NAMED_DISORDER = Pattern.compile("(?i)[a-z' \\-]{0,40}\\b(?:disorder|syndrome)\\b"
            + "[a-z/' ,\\-]{0,50}");
    private static final Pattern QUALIFIERS = Pattern.compile("(?i)(?:[ ,]+(?:recurrent|single episode|mild|moderate"
            + "|severe|in (?:partial|full|early|sustained) remission|with(?:out)? psychotic features|i{1,2}|1|2|type \\w+"
            + "|current episode \\w+|chronic|acute|unspecified|provisional|by history|(?:w/|with) (?:anxiety|depressed mood"
            + "|mixed anxiety and depressed mood|disturbance of conduct|panic attacks|agoraphobia)|combined type"
            + "|inattentive type|predominantly \\w+ (?:type|presentation)|moderate-severe))*");

    /** What the item is, when it is a fact and not a concern; empty otherwise. */
    static Optional<Fact> read(String typed) {
        // The composer asks this of each concern item from several passes, the verifier again: read once per draft.
        return PromptReading.typedFact(typed, TypedFacts::readOnce);
    }

    private static Optional<Fact> readOnce(String typed) {
        String item = Phrases.bare(typed.strip());
        if (item.isEmpty() || item.indexOf('"') >= 0 || Phrases.negated(item)) {
            return Optional.empty();
        }
        Optional<Fact> identity = identity(item);
        if (identity.isPresent()) {
            return identity;
        }
        Matcher m = PROGRAM.matcher(item);
        if (m.matches() && programRest(m.group(2))) {
            return Optional.of(fact(Kind.PROGRAM, item, ""));
        }
        m = GROUP.matcher(item);
        if (m.matches() && nameOnly(m.group(1)) && (m.group(2) == null || PROGRAM.matcher(m.group(2)).matches())) {
            String name = m.group(1);
            String first = name.split("\\s+")[0];
            if (Character.isUpperCase(first.charAt(0)) && !first.equals(first.toUpperCase(Locale.ROOT))
                    && (name.indexOf(' ') < 0 || !Character.isUpperCase(name.split("\\s+")[1].charAt(0)))) {
                // "Grief support group": a typed capital at the start, not a name.
                name = Character.toLowerCase(first.charAt(0)) + name.substring(1);
            }
            return Optional.of(fact(Kind.GROUP, name, m.group(2) == null ? "" : m.group(2)));
        }
        m = INTERPRETER.matcher(item);
        if (m.matches() && item.toLowerCase(Locale.ROOT).matches(".*\\b(?:interpreter|translator)\\b.*")) {
            String language = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "";
            return Optional.of(fact(Kind.INTERPRETER, language.equalsIgnoreCase("asl") ? "ASL" : language, ""));
        }
        if (SELF_REFERRED.matcher(item).matches()) {
            return Optional.of(fact(Kind.REFERRAL, "", ""));
        }
        m = REFERRAL.matcher(item);
        if (m.matches()) {
            return Optional.of(fact(Kind.REFERRAL, the(m.group(1)), ""));
        }
        m = HISTORY.matcher(item);
        if (m.matches() && oneHistory(m.group(1))) {
            return Optional.of(fact(Kind.HISTORY, Shorthand.expand(m.group(1), false), ""));
        }
        m = DX_FIRST.matcher(item);
        if (m.matches() && (diagnosisName(m.group(1)) || NAMED_DISORDER.matcher(m.group(1)).matches())) {
            return Optional.of(fact(Kind.DIAGNOSIS, withWords(m.group(1)), ""));
        }
        m = DX_AFTER.matcher(item);
        if (m.matches() && diagnosisName(m.group(1))) {
            return Optional.of(fact(Kind.DIAGNOSIS, withWords(m.group(1)), m.group(2) == null ? ""
                    : m.group(2).toLowerCase(Locale.ROOT) + " " + the(m.group(3))));
        }
        if (diagnosisName(item)) {
            return Optional.of(fact(Kind.DIAGNOSIS, withWords(item), ""));
        }
        m = RELATIONSHIP.matcher(item);
        if (m.matches()) {
            return Optional.of(fact(Kind.RELATIONSHIP, m.group(1).toLowerCase(Locale.ROOT),
                    Shorthand.expand(m.group(2).replaceAll("(?i)\\bmos?\\b", "months"), false)));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} after "hx of" is one history ("trauma", "2 suicide attempts (2018, 2021)", "depression,
     * anxiety"), not a history that opens a typed list of concerns ("trauma, nightmares 4x/week, avoids crowds"): a
     * later piece with a number or a verb is a concern of its own.
     */
    private static boolean oneHistory(String text) {
        if (text.indexOf(';') >= 0) {
            return false;
        }
        List<String> pieces = ProseComposer.commaPieces(text);
        for (String piece : pieces.subList(1, pieces.size())) {
            String first = piece.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (piece.chars().anyMatch(Character::isDigit) || EN.is(first, English.Form.THIRD)
                    || EN.is(first, English.Form.PAST) && !EN.isParticipialAdjective(first)) {
                return false;
            }
        }
        return true;
    }

    private static Fact fact(Kind kind, String text, String extra) {
        return new Fact(kind, 0, "", List.of(), text.strip(), extra.strip(), false);
    }

    private static boolean programRest(String rest) {
        // "week 6 of 12 (IOP)", "Phase II of treatment (trauma processing)": what program, never a verb after it.
        return rest == null || rest.isBlank() || rest.matches("(?i)\\(?(?:the )?[A-Za-z][\\w\\- ]{0,40}\\)?"
                + "(?:\\s*\\([\\w\\- ,]{1,40}\\))?") && PROGRAM_WORD.matcher(rest).find();
    }

    private static boolean nameOnly(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (English.DETERMINERS.contains(w) || English.POSSESSIVES.contains(w) || English.PREPOSITIONS.contains(w)
                    || English.CONJUNCTIONS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean diagnosisName(String text) {
        Matcher d = DIAGNOSIS.matcher(text.strip());
        if (!d.lookingAt()) {
            return false;
        }
        return QUALIFIERS.matcher(text.strip().substring(d.end())).matches();
    }

    private static String withWords(String text) {
        return text.replaceAll("(?i)\\bw/\\s*", "with ").strip();
    }

    /** "PCP", "school counselor", "ED after panic attack": a bare referrer with "the" before it. */
    static String the(String who) {
        String w = who.strip();
        String first = w.split("\\s+")[0];
        String lower = first.toLowerCase(Locale.ROOT);
        if (English.DETERMINERS.contains(lower) || English.POSSESSIVES.contains(lower) || lower.endsWith("'s")
                || lower.equals("ed") || lower.equals("er")) {
            // "ED", "ER" typed bare: the lexicon names the emergency department only as typed.
            return w;
        }
        if (first.matches("[A-Z]{2,5}s?") || PhraseReader.isPersonNoun(lower) || w.split("\\s+").length > 1
                && PhraseReader.isPersonNoun(w.split("\\s+")[1].toLowerCase(Locale.ROOT))
                || lower.matches("school|court|hospital|er|clinic|employer|probation|parole|daughter|son")) {
            return "the " + w;
        }
        return w;
    }

    private static Optional<Fact> identity(String typed) {
        String item = typed;
        Matcher c = CLIENT_IS.matcher(item);
        if (c.lookingAt()) {
            item = item.substring(c.end());
        }
        int age = 0;
        String sex = "";
        List<String> roles = new ArrayList<>();
        boolean bare = false;
        for (String piece : PIECES.split(item)) {
            String rest = piece.strip();
            Optional<Demographics.Lead> lead = Demographics.lead(rest);
            if (lead.isPresent() && age == 0) {
                String who = lead.get().who();
                age = Integer.parseInt(who.substring(0, who.indexOf('-')));
                String noun = who.indexOf(' ') > 0 ? who.substring(who.indexOf(' ') + 1) : "";
                if (SEX.contains(noun)) {
                    sex = noun;
                }
                rest = lead.get().rest();
            } else {
                Matcher a = BARE_AGE.matcher(rest);
                Matcher then = AGE_THEN.matcher(rest);
                if (a.matches() && age == 0) {
                    age = Integer.parseInt(a.group(1));
                    bare = DIGITS.matcher(rest).matches();
                    rest = "";
                } else if (then.matches() && age == 0) {
                    age = Integer.parseInt(then.group(1));
                    rest = then.group(2);
                }
            }
            if (rest.isBlank()) {
                continue;
            }
            String role = role(rest);
            if (role.isEmpty()) {
                return Optional.empty();
            }
            if (SEX.contains(role) && sex.isEmpty()) {
                sex = role;
            } else {
                roles.add(role);
            }
        }
        if (age > 110 || age == 0 && sex.isEmpty() && roles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Fact(Kind.IDENTITY, age, sex, List.copyOf(roles), "", "", bare));
    }

    // Compiled once: every concern item and age field a draft reads goes through these (they were compiled per call).
    private static final Pattern PIECES = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
    private static final Pattern ARTICLE = Pattern.compile("^(?:an?|the)\\s+");
    private static final Pattern SEX_LETTER = Pattern.compile("^([MF])\\s+(?=[a-z])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z\\- ]+");

    /** "retired teacher", "college student", "M veteran": who a person is, by {@code ROLES}; empty otherwise. */
    private static String role(String typed) {
        String text = ARTICLE.matcher(typed.strip()).replaceFirst("");
        text = SEX_LETTER.matcher(text).replaceFirst("$1 ");
        String[] words = SPACES.split(text);
        if (words.length > 4 || !LETTERS.matcher(text).matches()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String sexLetter = "";
        for (int w = 0; w < words.length; w++) {
            String lower = words[w].toLowerCase(Locale.ROOT);
            if (w == 0 && words.length > 1 && (words[w].equals("M") || words[w].equals("F"))) {
                // "M veteran": the sex letter is said by "man"/"woman" before the role.
                sexLetter = words[w];
                continue;
            }
            boolean last = w == words.length - 1;
            if (last ? !ProseComposer.ROLES.contains(lower) : English.DETERMINERS.contains(lower)
                    || English.POSSESSIVES.contains(lower) || English.PREPOSITIONS.contains(lower)
                    || English.CONJUNCTIONS.contains(lower) || PhraseReader.isPersonNoun(lower)) {
                return "";
            }
            out.append(out.length() == 0 ? "" : " ").append(lower);
        }
        return sexLetter.isEmpty() ? out.toString() : (sexLetter.equals("M") ? "male " : "female ") + out;
    }
}
