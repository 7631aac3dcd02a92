package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Age and sex as clinicians type them at the start of a concern ("34M", "16yoF", "7 y/o F", "52 yo male"): who the
 * client is, read the same way by the composer, which writes it as identification, and by the verifier, which reads a
 * field holding it as that age, so a draft that states the age is not flagged and one that changes it is.
 */
public final class Demographics {
    /**
     * A lone capital M or F right after the number, or any of m/f/male/female/man/woman/boy/girl after "yo"/"y/o".
     * A lower-case letter without "yo" ("45m") may be minutes or metres and is never read as sex.
     */
    private static final Pattern SHORTHAND = Pattern.compile("(?<![\\w/.\\-])(\\d{1,3})(?: ?(M|F)|(?: ?(?:yo|y/o|y\\.o\\.)"
            + "|(?: |-)(?:years?|yrs?)(?: |-)old)\\.?,? ?(?i:(m|f|male|female|man|woman|boy|girl)))(?![\\w/])");
    /**
     * An age typed without a sex: "31yo", "31 y/o", "31-year-old", "31 years old", "age 31", "aged 31". Read as the
     * same age in a field and in a draft sentence, whatever its form; a number glued to letters ("31yo") is still it.
     */
    private static final Pattern AGE = Pattern.compile("(?<![\\w/.\\-])(?:(\\d{1,3}) ?(?:yo|y/o|y\\.o\\.)(?![\\w/])"
            + "|(\\d{1,3})(?: |-)(?:years?|yrs?)(?: |-)old\\b|\\b(?i:aged?) (\\d{1,3})(?![\\w/:]|\\.\\d))");
    /** After a sex-less age, the client's own word, dropped from what follows ("15 yo pt with low mood"). */
    private static final Pattern CLIENT_WORD = Pattern.compile("(?i)^,? ?(?:pt|client|patient|clt)\\b");
    /** What may follow a sex-less age that says who the client is: the end, a comma, or what they present with. */
    private static final Pattern WHO_ENDS = Pattern.compile("(?i)^\\s*(?:$|[,;:]|w/|(?:with|presenting|c/o|complaining"
            + "|referred|reporting|here for|seen for)\\b)");
    /** What may join the identification to the concern after it: dropped with it. */
    private static final Pattern JOIN = Pattern.compile("(?i)^(?:[,;:\\-]\\s*)?(?:(?:w/|with|presenting with|c/o"
            + "|complaining of)\\s+)?");
    private static final Pattern CLIENT_FIRST = Pattern.compile("(?i)^(?:the )?(?:pt|client|patient|clt)\\s+");

    /** A sex and then an age opening a field: "male, 61", "male 42", "M, 19, lives alone". */
    private static final Pattern SEX_FIRST = Pattern.compile("((?i:male|female|man|woman)|M|F),? (\\d{1,3})(?=$|\\s*[,;])");

    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\w/.\\-])(\\d{1,3})(?![\\w/.\\-])");

    private Demographics() {
    }

    /** Who the shorthand says the client is, and the rest of the field after it. */
    public record Lead(String who, String rest) {
    }

    /** The field with every demographic shorthand written out ("34M, poor sleep" to "34-year-old man, poor sleep"). */
    public static String written(String text) {
        // The verifier writes out every field and draft sentence, some from several checks: once per draft.
        return PromptReading.demographics(text, Demographics::writtenOnce);
    }

    private static String writtenOnce(String text) {
        // Why the first-letter test: SEX_FIRST opens with M, F, male, female, man or woman, and a matcher built for every
        // field and draft sentence the verifier writes out was most of this method's allocation.
        Matcher sexFirst = mayOpenWithSex(text) ? SEX_FIRST.matcher(text) : null;
        if (sexFirst != null && sexFirst.lookingAt()) {
            // "M, 19, recent breakup" typed as a risk factor: the sex, then the age, read as "19 yo M" would be; the
            // composer writes it as the client's identification.
            text = sexFirst.group(2) + " yo " + sexFirst.group(1) + text.substring(sexFirst.end());
        }
        if (text.length() < 60 && text.indexOf(',') > 0 && Units.hasDigit(text) && BARE_NUMBER.matcher(text).find()) {
            // "college student, 19": an item typed as who the client is, a role and a number, gives the age with no
            // unit; a number alone or beside anything else is never read as an age.
            Optional<TypedFacts.Fact> fact = TypedFacts.read(text);
            if (fact.isPresent() && fact.get().kind() == TypedFacts.Kind.IDENTITY && fact.get().bareAge()
                    && !fact.get().roles().isEmpty()) {
                return BARE_NUMBER.matcher(text).replaceFirst("$1-year-old");
            }
        }
        if (!hasAgeShorthand(text) && !hasAgeWord(text)) {
            return text;
        }
        String out = SHORTHAND.matcher(text).replaceAll(m -> Matcher.quoteReplacement(who(m)));
        return AGE.matcher(out).replaceAll(m -> Matcher.quoteReplacement(aged(m)));
    }

    /**
     * A sex and then an age typed as a risk factor ("male 42", "M, 19, recent breakup"): who the client is ("42-year-old
     * man") and the rest of the item; read as {@link #written} reads the field, so the verifier binds the age.
     */
    public static Optional<Lead> sexFirst(String typed) {
        Matcher m = SEX_FIRST.matcher(typed.strip());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        Optional<Lead> who = lead(m.group(2) + " yo " + m.group(1));
        String rest = typed.strip().substring(m.end()).replaceFirst("^\\s*[,;]\\s*", "").strip();
        return who.map(w -> new Lead(w.who(), rest));
    }

    /** The identification a field opens with ("41F, insomnia" to "41-year-old woman" and "insomnia"), if any. */
    public static Optional<Lead> lead(String typed) {
        String text = typed.strip();
        Matcher client = CLIENT_FIRST.matcher(text);
        boolean clientFirst = client.lookingAt();
        if (clientFirst) {
            text = text.substring(client.end());
        }
        Matcher m = SHORTHAND.matcher(text);
        String who;
        String rest;
        if (m.lookingAt()) {
            who = who(m);
            rest = text.substring(m.end());
        } else {
            Matcher a = AGE.matcher(text);
            // "client 37 y/o, graduate student": the composer reads the client's age with the role after it.
            if (clientFirst || !a.lookingAt()) {
                return Optional.empty();
            }
            // "15 yo pt with low mood", "age 31, low mood": an age without a sex is the client's age alone.
            who = aged(a);
            rest = text.substring(a.end());
            Matcher own = CLIENT_WORD.matcher(rest);
            if (own.lookingAt()) {
                rest = rest.substring(own.end());
            }
            if (!WHO_ENDS.matcher(rest).lookingAt()) {
                // "age 12 first drank", "30 years old when diagnosed": an age in the client's history, not who they are.
                return Optional.empty();
            }
        }
        int age = Integer.parseInt(who.substring(0, who.indexOf('-')));
        if (age < 1 || age > 110) {
            return Optional.empty();
        }
        Matcher join = JOIN.matcher(rest);
        join.lookingAt();
        rest = rest.substring(join.end()).strip();
        if (rest.endsWith(".")) {
            rest = rest.substring(0, rest.length() - 1).strip();
        }
        return Optional.of(new Lead(who, rest));
    }

    private static String who(MatchResult m) {
        int age = Integer.parseInt(m.group(1));
        String sex = m.group(2) != null ? m.group(2) : m.group(3);
        String noun = switch (sex.toLowerCase(Locale.ROOT)) {
            case "m" -> age < 18 ? "boy" : "man";
            case "f" -> age < 18 ? "girl" : "woman";
            default -> sex.toLowerCase(Locale.ROOT);
        };
        return age + "-year-old " + noun;
    }

    private static String aged(MatchResult m) {
        String age = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return Integer.parseInt(age) + "-year-old";
    }

    /** Whether {@code text} starts with a letter {@link #SEX_FIRST} can start with (m, f or w, in either case). */
    private static boolean mayOpenWithSex(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == 'M' || c == 'm' || c == 'F' || c == 'f' || c == 'W' || c == 'w';
    }

    private static boolean hasAgeWord(String text) {
        int at = text.indexOf("age");
        return (at >= 0 || text.indexOf("Age") >= 0) && ageBeforeNumber(text);
    }

    /**
     * Whether "age" or "aged", in any case, stands right before a space and a digit, as {@link #AGE} needs when no
     * digit has the letter of {@link #hasAgeShorthand} after it. Why: "manage", "engage", "stage" sent every field
     * holding them through both patterns for nothing.
     */
    private static boolean ageBeforeNumber(String text) {
        for (int i = 0; i + 4 < text.length(); i++) {
            if (text.regionMatches(true, i, "age", 0, 3)) {
                int j = i + 3;
                if (j < text.length() && (text.charAt(j) == 'd' || text.charAt(j) == 'D')) {
                    j++;
                }
                if (j + 1 < text.length() && text.charAt(j) == ' ' && text.charAt(j + 1) >= '0'
                        && text.charAt(j + 1) <= '9') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a digit is followed, directly or after one space or hyphen, by the letter {@link #SHORTHAND} or
     * {@link #AGE} needs next ("M", "F", "y" of "yo", "y/o", "years", "yrs"). Why: "3 panic attacks" sent every field
     * with a number through both patterns for nothing; this passes every text either could change.
     */
    private static boolean hasAgeShorthand(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                char next = text.charAt(i + 1);
                if (next == ' ' || next == '-') {
                    next = i + 2 < text.length() ? text.charAt(i + 2) : ' ';
                }
                if (next == 'M' || next == 'F' || next == 'y') {
                    return true;
                }
            }
        }
        return false;
    }
}
