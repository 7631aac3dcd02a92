package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.AUX;
import static org.practicekit.llm.phi.internal.Lexicon.CITY;
import static org.practicekit.llm.phi.internal.Lexicon.CLINICAL;
import static org.practicekit.llm.phi.internal.Lexicon.FIRST;
import static org.practicekit.llm.phi.internal.Lexicon.FOREIGN_MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.HOLIDAY;
import static org.practicekit.llm.phi.internal.Lexicon.KIN;
import static org.practicekit.llm.phi.internal.Lexicon.MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.ORG_SUFFIX;
import static org.practicekit.llm.phi.internal.Lexicon.PLACE_PREP;
import static org.practicekit.llm.phi.internal.Lexicon.PLACE_SUFFIX;
import static org.practicekit.llm.phi.internal.Lexicon.PLACE_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.PUBLIC;
import static org.practicekit.llm.phi.internal.Lexicon.STATE;
import static org.practicekit.llm.phi.internal.Lexicon.STOP;
import static org.practicekit.llm.phi.internal.Lexicon.STREET;
import static org.practicekit.llm.phi.internal.Lexicon.SURNAME;
import static org.practicekit.llm.phi.internal.Lexicon.TITLE;
import static org.practicekit.llm.phi.internal.Lexicon.UNIT;
import static org.practicekit.llm.phi.internal.Lexicon.UNIT_OF_MEASURE;
import static org.practicekit.llm.phi.internal.Lexicon.WEEKDAY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Grows the detector's merged spans to the whole mention, read from the words at their edges: a person's surname,
 * middle initial or particle ("Rutger van Dijk", "Tomasz W."), a name written surname first ("Okonjo, Chidinma"); a
 * place's trailing venue word and number ("Shelby Pond", "Fire Station 14") and its state ("Lubbock, TX"); a date's
 * weekday and part of day ("Monday night, 3/17"), year and the end of its range ("August 11–18"); an age's unit
 * ("96-year-old"); an address's unit ("Rm 210, 18 Water Street"); a phone's extension; a masked or prefixed number
 * ("****7715", "#B-550219"). Each growth reads only the span's own edge, so it costs one look at each span's
 * neighbours and no walk over the text. The grown span keeps its type, or takes the type its reading gives (a surname
 * and a given name are a person whatever the parts were called). Stateless and thread-safe.
 */
public final class SpanGrowth {
    private static final WordTable LEX = Lexicon.table();
    private static final EnglishWords WORDS = new EnglishWords();
    /** Words that are never a name's next part: dates, public names, clinical and title words. */
    private static final long NOT_A_NAME = STOP | MONTH | WEEKDAY | HOLIDAY | STATE | TITLE | KIN | CLINICAL | PUBLIC
            | UNIT_OF_MEASURE | UNIT | STREET | ORG_SUFFIX | PLACE_SUFFIX;
    static final Set<String> PARTICLES = WordSet.of("van", "von", "de", "del", "della", "da", "dos", "das", "du",
            "di", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "st.");
    /** Particles that are no preposition of a language clients write ("da Família" is "of the family"). */
    private static final Set<String> NAME_ONLY_PARTICLES = WordSet.of("van", "von", "bin", "ibn", "ter", "ten");
    private static final Set<String> PARTS_OF_DAY = WordSet.of("morning", "afternoon", "evening", "night", "noon");
    private static final Set<String> EXTENSIONS = WordSet.of("ext", "ext.", "x", "extension");
    private static final Set<String> SUFFIXES = WordSet.of("jr", "sr", "ii", "iii", "iv");

    private SpanGrowth() {
    }

    /** {@code spans} (ordered by start) with each grown to its whole mention; the same list when none grew. */
    public static List<PhiSpan> grow(String text, List<PhiSpan> spans) {
        if (spans.isEmpty()) {
            return spans;
        }
        List<PhiSpan> out = new ArrayList<>(spans.size());
        Set<PhiSpan> grown = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PhiSpan s : spans) {
            PhiSpan g = growOne(text, s);
            if (g != s) {
                grown.add(g);
            }
            out.add(g);
        }
        if (grown.isEmpty()) {
            return spans;
        }
        out.sort(Comparator.comparingInt(PhiSpan::start).thenComparingInt(PhiSpan::end));
        return merged(out, grown);
    }

    /**
     * The detector's spans as a caller reads them, in one pass over the grown spans: neighbours that are one mention
     * join across the words between them, which are no identifier of their own ("May 2 through May 9", "Benjamin
     * \"Benji\" Alvarado", "Walgreens on Cermak", "Kaiser Permanente" and "Woodland Hills"); a person's span that ends
     * in an institution's word is a place ("Roosevelt Middle"); a place written after its article is read with it
     * ("the Rusty Anchor"). The guard pseudonymizes without this pass: an article or a "through" needs no replacing.
     */
    public static List<PhiSpan> joined(String text, List<PhiSpan> spans) {
        if (spans.isEmpty()) {
            return spans;
        }
        List<PhiSpan> out = new ArrayList<>(spans.size());
        boolean changed = false;
        for (int i = 0; i < spans.size(); i++) {
            PhiSpan s = spans.get(i);
            PhiSpan shaped = nameLike(s) ? placeByShape(text, s) : s;
            if (shaped != s && (out.isEmpty() || out.get(out.size() - 1).end() <= shaped.start())
                    && (i + 1 >= spans.size() || spans.get(i + 1).start() >= shaped.end())) {
                s = shaped; // grown only where it meets no neighbour
                changed = true;
            }
            PhiSpan t = retyped(text, s);
            PhiSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() >= last.end()) {
                String type = joinedType(text, last, t);
                PhiSpan next = i + 1 < spans.size() ? spans.get(i + 1) : null;
                if (type == null && next != null && isPersonLike(last.type()) && isPersonLike(next.type())
                        && next.start() >= s.end()
                        && isNickname(text, last.end(), next.start())) {
                    t = next; // the nickname was found on its own, of whatever type: "Benjamin", "Benji", "Alvarado"
                    type = PhiCategory.PERSON;
                    i++;
                }
                if (type != null) {
                    int end = t.end();
                    if (isInitial(text, t) && end < text.length() && text.charAt(end) == '.'
                            && type.equals(PhiCategory.PERSON)) {
                        end++; // "L.P." ends with its period
                    } else if (isSaint(text, last) && end + 1 < text.length() && (text.charAt(end) == '\''
                            || text.charAt(end) == '\u2019') && text.charAt(end + 1) == 's'
                            && (end + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)))) {
                        end += 2; // "St. Luke's"
                    }
                    out.set(out.size() - 1, new PhiSpan(last.start(), end, type, Math.max(last.score(),
                            t.score())));
                    changed = true;
                    continue;
                }
            }
            changed |= t != s;
            out.add(t);
        }
        for (int i = 0; i < out.size(); i++) {
            int ceiling = i + 1 < out.size() ? out.get(i + 1).start() : text.length();
            PhiSpan a = withArticle(text, edges(text, out.get(i), ceiling), i == 0 ? 0 : out.get(i - 1).end());
            if (a != out.get(i)) {
                out.set(i, a);
                changed = true;
            }
        }
        return changed ? out : spans;
    }

    /**
     * A date's month after "de" and a year spelled out ("viernes 4 de octubre", "March fourth, nineteen
     * eighty-two"); a number's letter prefix and its last group ("XEK 883 204 117", "YRH 829104 553"). None reaches
     * past the next span.
     */
    private static PhiSpan edges(String text, PhiSpan s, int ceiling) {
        int start = s.start();
        int end = s.end();
        switch (s.type()) {
            case PhiCategory.DATE -> {
                end = monthAfterDe(text, end);
                end = spelledYear(text, end);
            }
            case PhiCategory.PERSON, PhiCategory.NAME -> {
                if (!Character.isLowerCase(text.charAt(start))) {
                    int kind = placeNounAfter(text, start, end);
                    return kind == end || kind > ceiling ? s : new PhiSpan(start, kind, PhiCategory.LOCATION, s.score());
                }
                end = lowerCaseParticles(text, start, end); // capitalized names take their particles in person()
            }
            case PhiCategory.ACCOUNT, PhiCategory.HEALTH_PLAN, PhiCategory.ID, PhiCategory.DEVICE, PhiCategory.LICENSE,
                    PhiCategory.MRN -> {
                start = letterPrefix(text, start);
                end = lastGroup(text, end);
            }
            default -> {
                return s;
            }
        }
        if (end > ceiling) {
            end = s.end();
        }
        return start == s.start() && end == s.end() ? s : new PhiSpan(start, end, s.type(), s.score());
    }

    /**
     * A lower-case name's particles and the surname after them: "luis del toro", "jan van der berg", "ali bin hamad";
     * after "de", "del", "la" and the other particles that are also prepositions, only a listed surname ("maria de
     * la escuela" stays a name and a school).
     */
    private static int lowerCaseParticles(String text, int start, int end) {
        int k = end;
        int particles = 0;
        boolean nameOnly = false;
        int last = lastWordStart(text, start, end);
        if (last > start && LOWER_CASE_PARTICLES.contains(text.substring(last, end))) {
            particles++; // the span already ends with one: "jan van der"
            nameOnly |= NAME_ONLY_PARTICLES.contains(text.substring(last, end));
        }
        while (particles < 3 && k + 2 < text.length() && text.charAt(k) == ' ') {
            int w = wordEnd(text, k + 1);
            String word = text.substring(k + 1, w);
            if (w == k + 1 || !LOWER_CASE_PARTICLES.contains(word)) {
                break;
            }
            nameOnly |= NAME_ONLY_PARTICLES.contains(word);
            particles++;
            k = w;
        }
        if (particles == 0 || k + 2 >= text.length() || text.charAt(k) != ' '
                || !Character.isLowerCase(text.charAt(k + 1))) {
            return end;
        }
        int w = wordEnd(text, k + 1);
        long flags = LEX.get(text, k + 1, w);
        if (w - k - 1 < 2 || (flags & NOT_A_NAME) != 0 || !nameOnly && (flags & SURNAME) == 0
                || nameOnly && WORDS.isCommon(text, k + 1, w) && (flags & SURNAME) == 0) {
            return end;
        }
        return w;
    }

    /** The particles, with the second word of "van der" and "van den". */
    private static final Set<String> LOWER_CASE_PARTICLES = union(PARTICLES, WordSet.of("der", "den"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return WordSet.copyOf(u);
    }

    /** A lower-case span that can be the next part of a name: a particle or a word no list calls something else. */
    private static boolean isNamePart(String text, PhiSpan b) {
        if (LOWER_CASE_PARTICLES.contains(text.substring(b.start(), b.end()))) {
            return true;
        }
        return (LEX.get(text, b.start(), b.end()) & NOT_A_NAME) == 0;
    }

    /** Place words that, after a family's name, still name the family or its work: "the Smith home", "the Lee group". */
    private static final Set<String> FAMILY_NOUNS = WordSet.of("home", "homes", "house", "family", "team", "group",
            "program", "practice", "care", "office", "board", "partners", "associates", "law", "legal", "firm");

    /**
     * "the Kohler plant", "the Unitarian church": after "the", a capitalized name followed by a lower-case word that
     * names a kind of place is that place; the end of the place word, or {@code end}.
     */
    private static int placeNounAfter(String text, int start, int end) {
        if (start < 4 || !text.regionMatches(true, start - 4, "the ", 0, 4)
                || start > 4 && Character.isLetterOrDigit(text.charAt(start - 5))
                || end + 3 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))) {
            return end;
        }
        int w = wordEnd(text, end + 1);
        if ((LEX.get(text, end + 1, w) & (ORG_SUFFIX | PLACE_SUFFIX)) == 0
                || FAMILY_NOUNS.contains(text.substring(end + 1, w))) {
            return end;
        }
        return w;
    }

    /** "4 de octubre", "15 de março": the month after a day and "de". */
    private static int monthAfterDe(String text, int end) {
        if (end + 5 >= text.length() || !Character.isDigit(text.charAt(end - 1)) || !text.startsWith(" de ", end)) {
            return end;
        }
        int w = wordEnd(text, end + 4);
        return w > end + 4 && (LEX.get(text, end + 4, w) & (MONTH | FOREIGN_MONTH)) != 0 ? w : end;
    }

    private static final Set<String> UNITS = WordSet.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine");
    private static final Set<String> TEENS = WordSet.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen");
    private static final Set<String> TENS = WordSet.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety");

    /**
     * A year in words after a date that ends in its day: "nineteen eighty-two", "two thousand six", "twenty
     * twenty-one"; "June 4, two kids" and "March 3 twenty minutes late" read no year.
     */
    private static int spelledYear(String text, int end) {
        int k = end < text.length() && text.charAt(end) == ',' ? end + 1 : end;
        if (k + 4 >= text.length() || text.charAt(k) != ' ') {
            return end;
        }
        int w1 = wordEnd(text, k + 1);
        String first = text.substring(k + 1, w1).toLowerCase(java.util.Locale.ROOT);
        if (!first.equals("nineteen") && !first.equals("twenty") && !first.equals("two")) {
            return end;
        }
        if (w1 + 1 >= text.length() || text.charAt(w1) != ' ') {
            return end;
        }
        int w2 = wordEnd(text, w1 + 1);
        String second = text.substring(w1 + 1, w2).toLowerCase(java.util.Locale.ROOT);
        if (first.equals("two")) {
            if (!second.equals("thousand")) {
                return end;
            }
            int w3 = w2 + 1 < text.length() && text.charAt(w2) == ' ' ? wordEnd(text, w2 + 1) : w2;
            if (w3 > w2 + 1 && text.substring(w2 + 1, w3).equalsIgnoreCase("and") && w3 + 1 < text.length()) {
                int w4 = wordEnd(text, w3 + 1);
                return isBelowHundred(text.substring(w3 + 1, w4)) ? w4 : w2;
            }
            return w3 > w2 + 1 && isBelowHundred(text.substring(w2 + 1, w3)) ? w3 : w2;
        }
        if (second.equals("oh") && w2 + 1 < text.length() && text.charAt(w2) == ' ') {
            int w3 = wordEnd(text, w2 + 1);
            return UNITS.contains(text.substring(w2 + 1, w3).toLowerCase(java.util.Locale.ROOT)) ? w3 : end;
        }
        return isBelowHundred(second) && !UNITS.contains(second) ? w2 : end;
    }

    /** "six", "seventeen", "eighty", "eighty-two": a number word under a hundred. */
    private static boolean isBelowHundred(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        int dash = w.indexOf('-');
        if (dash > 0) {
            return TENS.contains(w.substring(0, dash)) && UNITS.contains(w.substring(dash + 1));
        }
        return UNITS.contains(w) || TEENS.contains(w) || TENS.contains(w);
    }

    /** Field names written before a number: they name the field, they are not part of the number. */
    private static final Set<String> FIELD_NAMES = WordSet.of("ID", "MRN", "SSN", "DOB", "NPI", "NO", "ACCT", "MBR", "GRP",
            "TIN", "EIN", "DL", "PIN", "RX", "ZIP", "APT", "STE", "OK", "PT", "DR", "MR", "MS", "MBI", "HIC", "HICN", "DEA", "NDC",
            "CPT", "ICD", "DX", "REF", "PO", "VIN", "SN", "LIC", "ACC", "CLM", "MEM", "I", "A");

    /** "XEK 883 204 117": a number's capital letters written before it, apart, unless they name the field. */
    private static int letterPrefix(String text, int start) {
        if (start < 3 || text.charAt(start - 1) != ' ' || !Character.isDigit(text.charAt(start))) {
            return start;
        }
        int b = start - 1;
        while (b > 0 && Character.isUpperCase(text.charAt(b - 1)) && text.charAt(b - 1) < 128) {
            b--;
        }
        int n = start - 1 - b;
        if (n < 1 || n > 3 || b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            return start;
        }
        return FIELD_NAMES.contains(text.substring(b, start - 1)) ? start : b;
    }

    /** "829104 553", "U44187720 01": the last group of digits of a number written in groups, not "3 times". */
    private static int lastGroup(String text, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != ' ' || !Character.isDigit(text.charAt(end - 1))
                || !Character.isDigit(text.charAt(end + 1))) {
            return end;
        }
        int k = end + 1;
        while (k < text.length() && Character.isDigit(text.charAt(k))) {
            k++;
        }
        int n = k - end - 1;
        if (n < 2 || n > 4 || k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '/'
                || text.charAt(k) == ':' || text.charAt(k) == '%' || text.charAt(k) == '.' && k + 1 < text.length()
                && Character.isDigit(text.charAt(k + 1)))) {
            return end;
        }
        if (k + 1 < text.length() && text.charAt(k) == ' ') {
            int w = wordEnd(text, k + 1);
            if (w > k + 1 && (LEX.get(text, k + 1, w) & UNIT_OF_MEASURE) != 0) {
                return end; // "88201 12 times"
            }
        }
        return k;
    }

    /** A person's span of two words or more whose last word names an institution and no person: a place. */
    private static PhiSpan retyped(String text, PhiSpan s) {
        if (!s.type().equals(PhiCategory.PERSON) && !s.type().equals(PhiCategory.NAME)) {
            return s;
        }
        int last = lastWordStart(text, s.start(), s.end());
        if (last <= s.start() || last == s.end() || !Character.isUpperCase(text.charAt(last))
                || text.indexOf(',', s.start()) >= 0 && text.indexOf(',', s.start()) < s.end()) {
            return s; // "Dr. Annika Lindqvist, Ballard Clinic" is a person and a place
        }
        long flags = LEX.get(text, last, s.end());
        if ((flags & (ORG_SUFFIX | PLACE_SUFFIX)) == 0 || (flags & (SURNAME | FIRST)) != 0) {
            return s; // "Grace Park", "Dana Field" are people
        }
        return new PhiSpan(s.start(), s.end(), PhiCategory.LOCATION, s.score());
    }

    /** The type of {@code a} and {@code b} read as one mention, or null when the words between keep them apart. */
    private static String joinedType(String text, PhiSpan a, PhiSpan b) {
        int gap = b.start() - a.end();
        if (gap > 12) {
            return null;
        }
        String between = text.substring(a.end(), b.start());
        String ta = a.type();
        String tb = b.type();
        if ((isPersonLike(ta) || ta.equals(PhiCategory.LOCATION)) && (isPersonLike(tb) || tb.equals(PhiCategory.LOCATION))
                && isSaint(text, a) && (between.equals(" ") || between.equals(". "))
                && Character.isUpperCase(text.charAt(b.start()))) {
            return PhiCategory.LOCATION; // "St" and "Luke" are St. Luke's: a hospital, a church, a school
        }
        if (ta.equals(PhiCategory.DATE) && tb.equals(PhiCategory.DATE)) {
            return isRangeWord(between) ? PhiCategory.DATE : null;
        }
        if (ta.equals(PhiCategory.LOCATION)) {
            return isSite(text, between, b) ? PhiCategory.LOCATION : null;
        }
        if (isPersonLike(ta) && isPersonLike(tb)) {
            if (isInitial(text, a) && (between.equals(".") || between.isEmpty() && text.charAt(a.end() - 1) == '.')) {
                return PhiCategory.PERSON; // "D" and "M." are "D.M."
            }
            if (between.equals("-") && Character.isLetter(text.charAt(a.end() - 1))
                    && Character.isLetter(text.charAt(b.start()))) {
                return PhiCategory.PERSON; // "ana-sofia", "jean-luc"
            }
            if (between.equals(" ") && Character.isLowerCase(text.charAt(a.start()))
                    && Character.isLowerCase(text.charAt(b.start())) && isNamePart(text, b)) {
                return PhiCategory.PERSON; // "kyle smith-dawson", "jan van": one name written in lower case
            }
            return isNickname(text, a.end(), b.start()) ? PhiCategory.PERSON : null;
        }
        return null;
    }

    /**
     * What follows a place that is the same place: a place right after it ("Kaiser Permanente" "Woodland Hills"), or
     * its street or town after "on", "in", "at" or "off" ("Walgreens on Grand Ave", "the Shell on Fruitridge",
     * "Longs Drugs in Kaimuki"): a street read as a person is one capitalized word, and "in" takes no street.
     */
    private static boolean isSite(String text, String between, PhiSpan b) {
        String tb = b.type();
        if (between.equals(" ")) {
            return tb.equals(PhiCategory.LOCATION);
        }
        boolean on = between.equals(" on ") || between.equals(" off ") || between.equals(" at ");
        if (!on && !between.equals(" in ")) {
            return false;
        }
        if (tb.equals(PhiCategory.LOCATION)) {
            return true;
        }
        if (tb.equals(PhiCategory.ADDRESS)) {
            return on && !Character.isDigit(text.charAt(b.start())); // a street, not a house number
        }
        return isPersonLike(tb) && Character.isUpperCase(text.charAt(b.start()))
                && wordEnd(text, b.start()) == b.end() && (LEX.get(text, b.start(), b.end()) & (FIRST | KIN | TITLE)) == 0;
    }

    /** "St", "St." or "Saint" on its own, not after a courtesy title ("Ms. St. James" is a person). */
    private static boolean isSaint(String text, PhiSpan a) {
        String w = text.substring(a.start(), a.end());
        if (!w.equals("St") && !w.equals("St.") && !w.equals("Saint")) {
            return false;
        }
        int e = a.start() - 1;
        if (e > 0 && text.charAt(e) == ' ') {
            int b = e;
            while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
                b--;
            }
            return b == e || (LEX.get(text, b, text.charAt(e - 1) == '.' ? e - 1 : e) & TITLE) == 0;
        }
        return true;
    }

    /** A span that is one capital letter, with or without its period. */
    private static boolean isInitial(String text, PhiSpan s) {
        int n = s.length();
        return Character.isUpperCase(text.charAt(s.start())) && (n == 1 || n == 2 && text.charAt(s.end() - 1) == '.');
    }

    private static boolean isPersonLike(String type) {
        return type.equals(PhiCategory.PERSON) || type.equals(PhiCategory.NAME);
    }

    /** The words that join two dates into one range: "through", "thru", "to", "until", "till", a spaced dash. */
    private static boolean isRangeWord(String between) {
        return switch (between) {
            case " through ", " thru ", " to ", " until ", " till ", " - ", " \u2013 ", " \u2014 ", "\u2013" -> true;
            default -> false;
        };
    }

    /**
     * A nickname in quotes or brackets between a given name and a surname, the nickname found or not: {@code
     * "Benjamin "Benji" Alvarado"}; one or two capitalized words, so a quoted phrase ("call me") keeps two people apart.
     */
    private static boolean isNickname(String text, int from, int to) {
        if (to - from < 5 || text.charAt(from) != ' ' || text.charAt(to - 1) != ' ') {
            return false;
        }
        char open = text.charAt(from + 1);
        char close = text.charAt(to - 2);
        boolean paired = open == '"' && close == '"' || open == '\u201C' && close == '\u201D'
                || open == '(' && close == ')' || open == '\'' && close == '\'' || open == '\u2018' && close == '\u2019';
        if (!paired) {
            return false;
        }
        String[] words = text.substring(from + 2, to - 2).split(" ", -1);
        if (words.length > 2) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || wordEnd(w, 0) != w.length()
                    || (LEX.get(w, 0, w.length()) & STOP) != 0) {
                return false; // "Call Me" is a quoted phrase
            }
        }
        return true;
    }

    /**
     * A place read with the article before it: "the Rusty Anchor", "la Cargill" (both how independent writers mark
     * a place), unless the article belongs to the span before or starts no phrase ("all the").
     */
    private static PhiSpan withArticle(String text, PhiSpan s, int floor) {
        if (!s.type().equals(PhiCategory.LOCATION) || s.start() < 3 || text.charAt(s.start() - 1) != ' ') {
            return s;
        }
        int e = s.start() - 1;
        int b = e;
        while (b > floor && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (b < e && (b == 0 || !Character.isLetterOrDigit(text.charAt(b - 1))) && isArticle(text.substring(b, e))) {
            return new PhiSpan(b, s.end(), s.type(), s.score());
        }
        return s;
    }

    private static boolean isArticle(String word) {
        return switch (word) {
            case "the", "The", "THE", "el", "El", "la", "La", "los", "Los", "las", "Las" -> true;
            default -> false;
        };
    }

    /** A grown span swallows the spans it overlaps; its type stands unless it is only a {@code NAME}. */
    private static List<PhiSpan> merged(List<PhiSpan> spans, Set<PhiSpan> grown) {
        List<PhiSpan> out = new ArrayList<>(spans.size());
        for (PhiSpan s : spans) {
            PhiSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.overlaps(s) && (grown.contains(last) || grown.contains(s))) {
                String type = typeOf(last, s, grown);
                PhiSpan union = new PhiSpan(Math.min(last.start(), s.start()), Math.max(last.end(), s.end()), type,
                        Math.max(last.score(), s.score()));
                out.set(out.size() - 1, union);
                grown.add(union);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static String typeOf(PhiSpan a, PhiSpan b, Set<PhiSpan> grown) {
        if (a.type().equals(PhiCategory.NAME)) {
            return b.type();
        }
        if (b.type().equals(PhiCategory.NAME)) {
            return a.type();
        }
        boolean ga = grown.contains(a);
        boolean gb = grown.contains(b);
        if (ga != gb) {
            return ga ? a.type() : b.type();
        }
        return a.length() >= b.length() ? a.type() : b.type();
    }

    private static PhiSpan growOne(String text, PhiSpan s) {
        PhiSpan shaped = nameLike(s) ? numberedSite(text, s) : s;
        if (shaped != s) {
            return shaped;
        }
        PhiSpan street = streetBySuffix(text, s);
        if (street != s) {
            return street;
        }
        if (isPersonLike(s.type()) && facilityOpener(text, s)) {
            // "Hospital Moinhos" read as a person: an institution word first makes a facility of it
            return place(text, new PhiSpan(s.start(), s.end(), PhiCategory.LOCATION, s.score()));
        }
        return switch (s.type()) {
            case PhiCategory.PERSON -> person(text, s);
            case PhiCategory.NAME -> isFirst(text, s.start(), s.end()) ? person(text, s) : s;
            case PhiCategory.LOCATION -> place(text, s);
            case PhiCategory.DATE -> date(text, s);
            case PhiCategory.AGE -> age(text, s);
            case PhiCategory.ADDRESS -> address(text, s);
            case PhiCategory.PHONE, PhiCategory.FAX -> phone(text, s);
            case PhiCategory.USERNAME -> username(text, s);
            case PhiCategory.SSN, PhiCategory.ACCOUNT, PhiCategory.HEALTH_PLAN, PhiCategory.MRN, PhiCategory.ID,
                    PhiCategory.LICENSE, PhiCategory.VEHICLE, PhiCategory.DEVICE -> number(text, s);
            default -> s;
        };
    }

    // ---- people

    private static PhiSpan person(String text, PhiSpan s) {
        int start = s.start();
        int end = s.end();
        boolean capital = Character.isUpperCase(text.charAt(start));
        String type = s.type();
        // a middle or last initial's period: "Tomasz W." "J.R."
        end = initialPeriods(text, start, end);
        if (capital) {
            for (int words = 0; words < 2; words++) {
                int next = nextNamePart(text, end);
                if (next < 0) {
                    break;
                }
                end = next;
                type = PhiCategory.PERSON;
            }
            end = suffix(text, end);
            // a first name or an initial before a surname: "Salvador Ibáñez", "E. Brandvold"
            int before = previousGivenName(text, start);
            if (before >= 0) {
                start = before;
                type = PhiCategory.PERSON;
            }
            int inverted = invertedSurname(text, start, end, s.type().equals(PhiCategory.PERSON));
            if (inverted >= 0) {
                start = inverted;
                type = PhiCategory.PERSON;
            } else {
                int given = invertedGiven(text, start, end);
                if (given >= 0) {
                    end = given;
                    type = PhiCategory.PERSON;
                }
            }
        }
        start = lowerCaseTitle(text, start);
        return start == s.start() && end == s.end() ? s : new PhiSpan(start, end, type, s.score());
    }

    /** "J.R." from "J", "Tomasz W." from "Tomasz W": single letters followed by their periods. */
    private static int initialPeriods(String text, int start, int end) {
        int e = end;
        while (e < text.length() && text.charAt(e) == '.' && e - 1 >= start && Character.isUpperCase(text.charAt(e - 1))
                && (e - 1 == start || !Character.isLetter(text.charAt(e - 2)))) {
            e++;
            if (e + 1 < text.length() && Character.isUpperCase(text.charAt(e)) && text.charAt(e + 1) == '.'
                    && (e + 2 == text.length() || !Character.isLetter(text.charAt(e + 2)))) {
                e++; // the next initial of "J.R."
            }
        }
        return e;
    }

    /**
     * The end of the name's next part after {@code end} (one blank between): an initial with its period, a surname
     * (a listed surname or a capitalized word no dictionary knows), or a particle and the surname after it; -1 when
     * the next word is a plain word ("Priya Sounds good", "Andre Always shows up").
     */
    private static int nextNamePart(String text, int end) {
        int k = end;
        if (k + 1 >= text.length() || text.charAt(k) != ' ') {
            return -1;
        }
        k++;
        if (Character.isUpperCase(text.charAt(k)) && k + 1 < text.length() && text.charAt(k + 1) == '.'
                && (k + 2 == text.length() || text.charAt(k + 2) == ' ')) {
            int after = surnameEnd(text, k + 3);
            return after > 0 ? after : -1; // "Marcus T. Bell"; a lone "T." is left to the period rule
        }
        int w = wordEnd(text, k);
        if (w > k && PARTICLES.contains(text.substring(k, w).toLowerCase(java.util.Locale.ROOT))) {
            int after = w < text.length() && text.charAt(w) == ' ' ? surnameEnd(text, w + 1) : -1;
            boolean nameOnly = NAME_ONLY_PARTICLES.contains(text.substring(k, w).toLowerCase(java.util.Locale.ROOT));
            return after > 0 && (nameOnly || (LEX.get(text, w + 1, after) & SURNAME) != 0) ? after : -1; // "van Dijk"
        }
        return surnameEnd(text, k);
    }

    /** The end of a surname starting at {@code k}, or -1. */
    private static int surnameEnd(String text, int k) {
        if (k >= text.length() || !Character.isUpperCase(text.charAt(k))) {
            return -1;
        }
        int w = wordEnd(text, k);
        if (w - k < 2 || isAllCaps(text, k, w)) {
            return -1;
        }
        long flags = LEX.get(text, k, w);
        if ((flags & SURNAME) != 0 && (flags & NOT_A_NAME) == 0) {
            return w;
        }
        if ((flags & (NOT_A_NAME | CITY | FIRST)) != 0 || WORDS.isOrdinary(text, k, w)) {
            return -1;
        }
        return w;
    }

    /** "Jr.", "III" after a full name. */
    private static int suffix(String text, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != ' ') {
            return end;
        }
        int w = wordEnd(text, end + 1);
        if (w > end + 1 && SUFFIXES.contains(text.substring(end + 1, w).toLowerCase(java.util.Locale.ROOT))) {
            return w < text.length() && text.charAt(w) == '.' ? w + 1 : w;
        }
        return end;
    }

    /** The start of a given name or an initial right before a surname span, or -1. */
    private static int previousGivenName(String text, int start) {
        if (start < 3 || text.charAt(start - 1) != ' ') {
            return -1;
        }
        int e = start - 1;
        if (text.charAt(e - 1) == '.' && Character.isUpperCase(text.charAt(e - 2))
                && (e - 2 == 0 || !Character.isLetter(text.charAt(e - 3)))) {
            return e - 2 == 0 || text.charAt(e - 3) == ' ' || text.charAt(e - 3) == '(' ? e - 2 : -1; // "E. Brandvold"
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (b == e || Character.isLowerCase(text.charAt(b)) && PARTICLES.contains(text.substring(b, e))) {
            // "Rutger van Dijk": the given name before the particle
            if (b < 3 || b == e || text.charAt(b - 1) != ' ' || surnameEnd(text, start) < 0) {
                return -1;
            }
            int g = b - 1;
            while (g > 0 && Character.isLetter(text.charAt(g - 1))) {
                g--;
            }
            boolean given = g < b - 1 && (g == 0 || !Character.isLetterOrDigit(text.charAt(g - 1)))
                    && (isFirst(text, g, b - 1) || NAME_ONLY_PARTICLES.contains(text.substring(b, e))
                            && surnameEnd(text, g) == b - 1);
            return given ? g : -1;
        }
        if (!Character.isUpperCase(text.charAt(b)) || isAllCaps(text, b, e)
                || b > 0 && !Character.isWhitespace(text.charAt(b - 1)) && text.charAt(b - 1) != '(') {
            return -1;
        }
        long flags = LEX.get(text, b, e);
        // a given name that is also a word counts when the SSA files give it often or English knows it only as a proper
        // noun ("Jordan K.", "Grace Okafor", "Dutch Van Wyk"; round 22): before a surname or an initial it is the given name
        String lower = text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
        boolean given = ((flags & FIRST) != 0 || (flags & (STOP | AUX)) == 0 && (PersonSlots.wellGivenName(lower)
                || PersonSlots.anySsaName(lower) && !WORDS.isOrdinary(text, b, e)))
                && (flags & (MONTH | WEEKDAY | TITLE | KIN | STATE | HOLIDAY)) == 0;
        return given && Character.isUpperCase(text.charAt(start))
                && (surnameEnd(text, start) > 0 || initialAt(text, start) || particleFirst(text, start)) ? b : -1;
    }

    /** A capitalized particle and a surname at {@code k}: "Van Wyk", "De Leon". */
    private static boolean particleFirst(String text, int k) {
        int w = wordEnd(text, k);
        return w > k && w + 1 < text.length() && text.charAt(w) == ' '
                && PARTICLES.contains(text.substring(k, w).toLowerCase(java.util.Locale.ROOT)) && surnameEnd(text, w + 1) > 0;
    }

    /** A capital initial with its period at {@code k}: "K." of "Jordan K.". */
    private static boolean initialAt(String text, int k) {
        return k + 1 < text.length() && Character.isUpperCase(text.charAt(k)) && text.charAt(k + 1) == '.'
                && (k + 2 == text.length() || !Character.isLetter(text.charAt(k + 2)));
    }

    /** "Okonjo, Chidinma": the surname written first, before a given name's span, or -1. */
    private static int invertedSurname(String text, int start, int end, boolean person) {
        if (start < 4 || text.charAt(start - 1) != ' ' || text.charAt(start - 2) != ','
                || !isFirst(text, start, end) && !(person && wordEnd(text, start) == end) || listContinues(text, end)) {
            return -1;
        }
        int e = start - 2;
        int b = e;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '-'
                || text.charAt(b - 1) == '\'')) {
            b--;
        }
        return surnameFirst(text, b, e) ? b : -1;
    }

    /** The end of the given name after a surname's span written first ("Lindqvist, Anders"), or -1. */
    private static int invertedGiven(String text, int start, int end) {
        if (end + 3 >= text.length() || text.charAt(end) != ',' || text.charAt(end + 1) != ' '
                || !surnameFirst(text, start, end)) {
            return -1;
        }
        int k = end + 2;
        int w = wordEnd(text, k);
        if (w == k || !Character.isUpperCase(text.charAt(k)) || !isFirst(text, k, w) && surnameEnd(text, k) < 0
                || listContinues(text, w)) {
            return -1;
        }
        int more = surnameEnd(text, w + 1 < text.length() && text.charAt(w) == ' ' ? w + 1 : text.length());
        return more > 0 ? more : w; // "Dao, Minh Khoa"
    }

    /** A word that reads as a surname written first: at a clause's start, a surname or no dictionary's word. */
    private static boolean surnameFirst(String text, int b, int e) {
        if (e - b < 2 || !Character.isUpperCase(text.charAt(b)) || isAllCaps(text, b, e)) {
            return false;
        }
        int[] before = DenyByDefaultReading.wordBefore(text, b);
        if (before != null && (LEX.get(text, before[0], before[1]) & (PLACE_PREP | PLACE_VERB)) != 0) {
            return false; // "from Fairbanks, Desmond said"
        }
        long flags = LEX.get(text, b, e);
        if ((flags & (STOP | MONTH | WEEKDAY | HOLIDAY | STATE | TITLE | KIN | CLINICAL)) != 0) {
            return false;
        }
        if ((flags & FIRST) != 0 && (flags & SURNAME) == 0) {
            return false; // "Maria, Tom said": two people
        }
        return (flags & (SURNAME | CITY)) != 0 || !WORDS.isOrdinary(text, b, e);
    }

    /** A list goes on after the pair: ", Name" or " and Name". */
    private static boolean listContinues(String text, int end) {
        int k = end;
        if (k + 2 < text.length() && text.charAt(k) == ',' && text.charAt(k + 1) == ' '
                && Character.isUpperCase(text.charAt(k + 2))) {
            return true;
        }
        return text.startsWith(" and ", k) || text.startsWith(" & ", k);
    }

    private static boolean isFirst(String text, int start, int end) {
        int w = wordEnd(text, start);
        return w == end && Character.isUpperCase(text.charAt(start)) && (LEX.get(text, start, end) & FIRST) != 0
                && (LEX.get(text, start, end) & (MONTH | WEEKDAY | HOLIDAY)) == 0;
    }

    /** "mr. okafor": a lower-case courtesy title with its period, which the capitalized-title rule leaves. */
    private static int lowerCaseTitle(String text, int start) {
        if (start < 4 || text.charAt(start - 1) != ' ' || text.charAt(start - 2) != '.') {
            return start;
        }
        int e = start - 2;
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (b == e || e - b > 3 || Character.isUpperCase(text.charAt(b))
                || b > 0 && Character.isLetterOrDigit(text.charAt(b - 1))) {
            return start;
        }
        String title = text.substring(b, e);
        return title.equals("mr") || title.equals("mrs") || title.equals("ms") || title.equals("dr") ? b : start;
    }

    // ---- places

    private static PhiSpan place(String text, PhiSpan s) {
        int end = s.end();
        // trailing venue words: "Shelby Pond", "Lakeshore Inn and Suites" is left to the rules
        for (int words = 0; words < 2; words++) {
            if (end + 2 >= text.length() || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(end + 1))) {
                break;
            }
            int w = wordEnd(text, end + 1);
            if (w == end + 1 || isAllCaps(text, end + 1, w)
                    || (LEX.get(text, end + 1, w) & (ORG_SUFFIX | PLACE_SUFFIX | STREET)) == 0 && !isWaterOrLand(text,
                            end + 1, w)) {
                break;
            }
            end = w;
        }
        end = facilityParticle(text, s.start(), end);
        // a chain's site by its city: "Kaiser Roseville", "Sunrise of Bethesda"
        end = siteCity(text, end);
        // a venue's number: "Fire Station 14", not "the Mall 3 times"
        int last = lastWordStart(text, s.start(), end);
        if ((LEX.get(text, last, end) & (ORG_SUFFIX | UNIT)) != 0) {
            end = venueNumber(text, end);
        }
        return end == s.end() ? s : new PhiSpan(s.start(), end, s.type(), s.score());
    }

    /**
     * A name or place the rules or the model found, followed by a street's abbreviated suffix ("kingsley blvd",
     * "Harlan ave"): the words are a street's name, the whole an address. A "st" that opens a name after it ("st
     * Jude") is a saint, so the suffix must end the phrase: nothing after it but a blank and a lower-case word, a
     * mark or the end.
     */
    private static PhiSpan streetBySuffix(String text, PhiSpan s) {
        if (!nameLike(s) && !s.type().equals(PhiCategory.LOCATION)) {
            return s;
        }
        int end = s.end();
        if (end + 2 >= text.length() || text.charAt(end) != ' ' || !Character.isLetter(text.charAt(end + 1))) {
            return s;
        }
        int w = wordEnd(text, end + 1);
        String suffix = text.substring(end + 1, w).toLowerCase(java.util.Locale.ROOT);
        if (!TherapyTextScanner.STREET_ABBREVIATIONS.contains(suffix)) {
            return s;
        }
        int close = w < text.length() && text.charAt(w) == '.' ? w + 1 : w;
        if (close + 1 < text.length() && text.charAt(close) == ' ' && Character.isUpperCase(text.charAt(close + 1))
                || close < text.length() && (Character.isLetterOrDigit(text.charAt(close))
                        || text.charAt(close) == '\'')) {
            return s; // "st Jude", "St. Mary's"
        }
        return new PhiSpan(s.start(), w, PhiCategory.ADDRESS, s.score());
    }

    /** Institution words that open a facility's name in Spanish, Portuguese, French and Italian. */
    private static final Set<String> FACILITY_OPENERS = WordSet.of("hospital", "hôpital", "hopital", "ospedale",
            "clínica", "clinica", "clinique", "centro", "centre", "instituto", "institut", "escola", "escuela",
            "colégio", "colegio", "universidade", "universidad", "université", "sanatorio", "sanatório", "casa");
    private static final Set<String> FACILITY_PARTICLES = WordSet.of("de", "do", "da", "dos", "das", "del", "di",
            "della", "du", "des");

    /**
     * A facility named in the language of its country goes on over its particle and the capitalized words after it:
     * "Hospital Moinhos de Vento", "Clínica San José del Valle"; the new end, or {@code end}.
     */
    private static int facilityParticle(String text, int start, int end) {
        if (!facilityOpener(text, new PhiSpan(start, end, PhiCategory.LOCATION, 0))) {
            return end;
        }
        int k = end;
        for (int parts = 0; parts < 2; parts++) {
            if (k + 3 >= text.length() || text.charAt(k) != ' ') {
                break;
            }
            int p = wordEnd(text, k + 1);
            if (p == k + 1 || !FACILITY_PARTICLES.contains(text.substring(k + 1, p).toLowerCase(java.util.Locale.ROOT))
                    || p + 2 >= text.length() || text.charAt(p) != ' ' || !Character.isUpperCase(text.charAt(p + 1))) {
                break;
            }
            int w = wordEnd(text, p + 1);
            if (w == p + 1 || isAllCaps(text, p + 1, w)) {
                break;
            }
            k = w;
        }
        return k;
    }

    /** A span of two words or more whose first is a capitalized institution word of {@link #FACILITY_OPENERS}. */
    private static boolean facilityOpener(String text, PhiSpan s) {
        int first = wordEnd(text, s.start());
        return first > s.start() && first < s.end() && Character.isUpperCase(text.charAt(s.start()))
                && FACILITY_OPENERS.contains(text.substring(s.start(), first).toLowerCase(java.util.Locale.ROOT));
    }

    /** Prepositions that put the client at a saint's place: "in st joes", "mass at san judas". */
    private static final Set<String> SAINT_PLACING = WordSet.of("at", "in", "to", "from", "near", "en", "a", "de");

    /**
     * A name the rules or the model found, read whole by the place its shape makes of it (round 22): the street word
     * written before it ("calle Ocho", "avenida Juárez"), a saint's opener typed in lower case after a preposition of
     * place ("ended up in st joes"), the site's head after "the" and the name ("the Eastside office"). The grown
     * span is a place; the span itself otherwise. Read in {@link #joined} only: the added words identify no one, and
     * the guard's copy keeps them readable for the model ("the [LOCATION_1] office").
     */
    private static PhiSpan placeByShape(String text, PhiSpan s) {
        int start = s.start();
        int end = s.end();
        int b = previousWordStart(text, start);
        if (b >= 0 && Character.isLetterOrDigit(text.charAt(start))) {
            String before = text.substring(b, start - 1).toLowerCase(java.util.Locale.ROOT);
            int bb = previousWordStart(text, b);
            String cue = bb < 0 ? "" : text.substring(bb, b - 1).toLowerCase(java.util.Locale.ROOT);
            if (PlaceSlots.STREET_WORDS_FIRST.contains(before) && (Character.isUpperCase(text.charAt(start))
                    || Character.isDigit(text.charAt(start)))) {
                start = b; // "calle Ocho"; "rue the day" has no name after it
            } else if (PlaceSlots.LOWER_SAINTS.contains(before) && Character.isLowerCase(text.charAt(b))
                    && SAINT_PLACING.contains(cue)) {
                start = b; // "in st joes", "at san judas"
            } else if (before.equals("the") && end + 2 < text.length() && text.charAt(end) == ' ') {
                int w = wordEnd(text, end + 1);
                String head = text.substring(end + 1, w).toLowerCase(java.util.Locale.ROOT);
                if (w > end + 1 && PlaceSlots.AREA_SITE_HEADS.contains(head) && Character.isUpperCase(text.charAt(start))) {
                    end = w; // "the Eastside office"
                }
            }
        }
        return start == s.start() && end == s.end() ? s : new PhiSpan(start, end, PhiCategory.LOCATION, s.score());
    }

    /**
     * A field office or precinct found by its head, grown by its number ("Branch 12", "Region 4"): the number
     * names the site, so the guard replaces it too. The span itself otherwise.
     */
    private static PhiSpan numberedSite(String text, PhiSpan s) {
        int last = lastWordStart(text, s.start(), s.end());
        String head = text.substring(last, s.end()).toLowerCase(java.util.Locale.ROOT);
        if (!(PlaceSlots.NUMBERED_OFFICES.contains(head) || NUMBERED_DEPARTMENTS.contains(head))
                || !Character.isUpperCase(text.charAt(last))) {
            return s;
        }
        // "Dept. 22": the abbreviation's full stop sits between the word and its number
        int word = s.end() < text.length() && text.charAt(s.end()) == '.' ? s.end() + 1 : s.end();
        int end = venueNumber(text, word);
        if (end == word) {
            return s;
        }
        return end == s.end() ? s : new PhiSpan(s.start(), end, PhiCategory.LOCATION, s.score());
    }

    /** A department of an employer or an agency written with its number ("Dept. 22", "Department 4"): a site. */
    private static final Set<String> NUMBERED_DEPARTMENTS = WordSet.of("dept", "department", "dpto", "depto");

    private static boolean nameLike(PhiSpan s) {
        return s.type().equals(PhiCategory.PERSON) || s.type().equals(PhiCategory.NAME)
                || s.type().equals(PhiCategory.LOCATION);
    }

    /** The start of the word before the one at {@code k} when one space parts them, or -1. */
    private static int previousWordStart(String text, int k) {
        if (k < 2 || text.charAt(k - 1) != ' ' || !Character.isLetter(text.charAt(k - 2))) {
            return -1;
        }
        int b = k - 1;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    /** The end of a listed city written right after a place, or after "of": the site of a chain or a home. */
    private static int siteCity(String text, int end) {
        int k = end;
        if (k + 2 >= text.length() || text.charAt(k) != ' ') {
            return end;
        }
        k++;
        if (text.startsWith("of ", k) || text.startsWith("de ", k)) {
            k += 3;
        }
        if (k >= text.length() || !Character.isUpperCase(text.charAt(k))) {
            return end;
        }
        int w = wordEnd(text, k);
        if (w - k < 3 || isAllCaps(text, k, w)) {
            return end;
        }
        long flags = LEX.get(text, k, w);
        return (flags & CITY) != 0 && (flags & (STATE | MONTH | WEEKDAY | STOP | FIRST)) == 0
                && !WORDS.isCommon(text, k, w) ? w : end;
    }

    /** Water and land words the place lists lack: "Pond", "Lake" is listed. */
    private static boolean isWaterOrLand(String text, int k, int w) {
        String word = text.substring(k, w).toLowerCase(java.util.Locale.ROOT);
        return switch (word) {
            case "pond", "river", "bay", "island", "woods", "forest", "meadows", "mountain", "canyon", "reservoir",
                    "trailhead" -> true;
            default -> false;
        };
    }

    private static int venueNumber(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isDigit(text.charAt(end + 1))) {
            return end;
        }
        int k = end + 1;
        while (k < text.length() && Character.isDigit(text.charAt(k))) {
            k++;
        }
        if (k - end - 1 > 4 || k < text.length() && Character.isLetterOrDigit(text.charAt(k))) {
            return end;
        }
        if (k + 1 < text.length() && text.charAt(k) == ' ') {
            int w = wordEnd(text, k + 1);
            if (w > k + 1 && (LEX.get(text, k + 1, w) & UNIT_OF_MEASURE) != 0) {
                return end; // "3 times", "2 hours"
            }
        }
        if (k < text.length() && (text.charAt(k) == '%' || text.charAt(k) == '/' || text.charAt(k) == ':')) {
            return end;
        }
        return k;
    }

    // ---- dates, ages

    private static PhiSpan date(String text, PhiSpan s) {
        int start = s.start();
        int end = s.end();
        // the weekday and part of day before: "Monday night, 3/17", "Sat 11/8/2025"
        int k = start;
        if (k >= 2 && text.charAt(k - 1) == ' ') {
            int e = text.charAt(k - 2) == ',' || text.charAt(k - 2) == '.' ? k - 2 : k - 1;
            int b = e;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            if (b < e && PARTS_OF_DAY.contains(text.substring(b, e).toLowerCase(java.util.Locale.ROOT))
                    && b >= 2 && text.charAt(b - 1) == ' ') {
                int wb = b - 1;
                while (wb > 0 && Character.isLetter(text.charAt(wb - 1))) {
                    wb--;
                }
                if ((LEX.get(text, wb, b - 1) & WEEKDAY) != 0 && Character.isUpperCase(text.charAt(wb))) {
                    start = wb;
                }
            } else if (b < e && (LEX.get(text, b, e) & WEEKDAY) != 0 && startsWithDigitOrMonth(text, start)
                    && (b == 0 || !Character.isLetterOrDigit(text.charAt(b - 1)))) {
                start = b;
            }
        }
        start = monthBeforeThe(text, start);
        end = monthAfterOf(text, end);
        start = dayBeforeOf(text, start, end);
        start = dayFirstRangeStart(text, start);
        end = rangeEnd(text, start, end);
        end = monthRangeEnd(text, end);
        end = year(text, end);
        return start == s.start() && end == s.end() ? s : new PhiSpan(start, end, s.type(), s.score());
    }

    /** English months as a date writes them after "of", in any case: "the fourteenth of may", "the 2nd of feb". */
    private static final Set<String> MONTHS_AFTER_OF = WordSet.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> ORDINAL_WORDS = WordSet.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth");

    /** A day's ordinal, in digits or in words: "14th", "fourteenth". */
    private static boolean ordinalDay(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (ORDINAL_WORDS.contains(w)) {
            return true;
        }
        int d = 0;
        while (d < w.length() && Character.isDigit(w.charAt(d))) {
            d++;
        }
        return d >= 1 && d <= 2 && w.length() == d + 2 && (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd")
                || w.endsWith("th"));
    }

    /**
     * A day's ordinal and "of" and its month in lower case ("the fourteenth of may", "the 2nd of june"): "may" and
     * "march" are verbs too, so the month is read only after a day found; the new end, or {@code end}.
     */
    private static int monthAfterOf(String text, int end) {
        int last = end;
        while (last > 0 && Character.isLetterOrDigit(text.charAt(last - 1))) {
            last--;
        }
        if (last >= end || !ordinalDay(text.substring(last, end)) || !text.startsWith(" of ", end)) {
            return end;
        }
        int m = end + 4;
        int w = wordEnd(text, m);
        if (w == m || !MONTHS_AFTER_OF.contains(text.substring(m, w).toLowerCase(java.util.Locale.ROOT))) {
            return end;
        }
        return w < text.length() && text.charAt(w) == '.' && w - m <= 4 ? w + 1 : w;
    }

    /**
     * A month found alone after "of" whose day is written before it in words apart ("the twenty first of march"):
     * the day, its tens and its "the" are the same date; the new start, or {@code start}.
     */
    private static int dayBeforeOf(String text, int start, int end) {
        int first = wordEnd(text, start);
        if (first > start && ORDINAL_WORDS.contains(text.substring(start, first).toLowerCase(java.util.Locale.ROOT))) {
            int tens = previousWordStart(text, start);
            int the = tens < 0 ? -1 : previousWordStart(text, tens);
            // "the twenty third of june" found from "third": its tens and "the" are the same day
            return tens >= 0 && start - tens == 7 && (text.regionMatches(true, tens, "twenty", 0, 6)
                    || text.regionMatches(true, tens, "thirty", 0, 6)) && the >= 0 && tens - the == 4
                    && text.regionMatches(true, the, "the", 0, 3) ? the : start;
        }
        if (start < 4 || !text.regionMatches(true, start - 4, " of ", 0, 4)
                || !MONTHS_AFTER_OF.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT))) {
            return start;
        }
        int day = previousWordStart(text, start - 3);
        if (day < 0 || !ordinalDay(text.substring(day, start - 4))) {
            return start;
        }
        int b = day;
        int tens = previousWordStart(text, b);
        if (tens >= 0 && (text.regionMatches(true, tens, "twenty", 0, 6) || text.regionMatches(true, tens, "thirty",
                0, 6)) && b - tens == 7) {
            b = tens;
        }
        int the = previousWordStart(text, b);
        if (the < 0 || b - the != 4 || !text.regionMatches(true, the, "the", 0, 3)) {
            return start; // "came in first of March Madness": a rank, no day
        }
        return the;
    }

    /**
     * "October the 30th", "Jan. the 9th": a month named right before "the" and a day's ordinal is the same date
     * (round 35); the guard sent the month when only "the 30th" was read. The new start, or {@code start}.
     */
    private static int monthBeforeThe(String text, int start) {
        int the = text.regionMatches(true, start, "the ", 0, 4) ? start
                : start >= 4 && text.regionMatches(true, start - 4, "the ", 0, 4) ? start - 4 : -1;
        if (the < 2 || text.charAt(the - 1) != ' ') {
            return start;
        }
        int e = text.charAt(the - 2) == '.' ? the - 2 : the - 1;
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (b == e || b > 0 && Character.isLetterOrDigit(text.charAt(b - 1)) || (LEX.get(text, b, e) & MONTH) == 0
                || e - b < 3) {
            return start;
        }
        int ord = the + 4;
        return Character.isDigit(text.charAt(ord)) || Character.isLetter(text.charAt(ord)) ? b : start;
    }

    private static final java.util.Set<String> DAY_RANGE_WORDS = WordSet.of("to", "and", "through", "thru", "till",
            "until", "al", "a", "au", "y", "e");

    /**
     * "from 2 to 9 March", "between 12 and 15 August", "2 - 9 June": the first day of a range written day first,
     * whose month is named once after the last day (round 37); the guard sent the first day when only "9 March" was
     * read. The first day must come before the last. The new start, or {@code start}.
     */
    private static int dayFirstRangeStart(String text, int start) {
        int de = start;
        while (de < text.length() && Character.isDigit(text.charAt(de))) {
            de++;
        }
        if (de == start || de - start > 2 || start < 4) {
            return start;
        }
        int m = de;
        while (m < text.length() && Character.isLetter(text.charAt(m)) && m - de < 2) {
            m++; // "9th"
        }
        if (m < text.length() && text.charAt(m) == ' ') {
            m++;
        }
        int me = wordEnd(text, m);
        if (me - m == 2 && text.regionMatches(true, m, "de", 0, 2) && me + 1 < text.length()) {
            m = me + 1; // "9 de junio"
            me = wordEnd(text, m);
        }
        if (me == m || (LEX.get(text, m, me) & (MONTH | FOREIGN_MONTH)) == 0) {
            return start; // the span is no day-first date
        }
        int last = Integer.parseInt(text, start, de, 10);
        int k = start;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        if (k > 0 && (text.charAt(k - 1) == '-' || text.charAt(k - 1) == '\u2013')) {
            k--;
        } else {
            int wb = k;
            while (wb > 0 && Character.isLetter(text.charAt(wb - 1))) {
                wb--;
            }
            if (wb == k || !DAY_RANGE_WORDS.contains(text.substring(wb, k).toLowerCase(java.util.Locale.ROOT))) {
                return start;
            }
            k = wb;
        }
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        int fe = k;
        while (k > 0 && Character.isLetter(text.charAt(k - 1)) && fe - k < 2) {
            k--; // "2nd to 9th June"
        }
        int fs = k;
        while (fs > 0 && Character.isDigit(text.charAt(fs - 1))) {
            fs--;
        }
        if (fs == k || k - fs > 2 || fs > 0 && (Character.isLetterOrDigit(text.charAt(fs - 1))
                || text.charAt(fs - 1) == '/' || text.charAt(fs - 1) == '.' || text.charAt(fs - 1) == ':')) {
            return start;
        }
        String suffix = text.substring(k, fe).toLowerCase(java.util.Locale.ROOT);
        if (!(suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")
                || suffix.equals("th"))) {
            return start;
        }
        int first = Integer.parseInt(text, fs, k, 10);
        return first >= 1 && first < last && last <= 31 ? fs : start;
    }

    private static boolean startsWithDigitOrMonth(String text, int start) {
        if (Character.isDigit(text.charAt(start))) {
            return true;
        }
        int w = wordEnd(text, start);
        return w > start && (LEX.get(text, start, w) & MONTH) != 0;
    }

    /** "August 11–18", "Dec 27–Jan 3": the day that ends a range written with a dash and no blanks. */
    private static int rangeEnd(String text, int start, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != '\u2013' && text.charAt(end) != '-'
                || !Character.isDigit(text.charAt(end - 1))) {
            return end;
        }
        int d = end;
        while (d > start && Character.isDigit(text.charAt(d - 1))) {
            d--;
        }
        if (d == start || text.charAt(d - 1) != ' ' || end - d > 2) {
            return end; // "3/17-20" and other numeric shapes are left to the rules
        }
        int first = Integer.parseInt(text.substring(d, end));
        int k = end + 1;
        int m = k;
        while (m < text.length() && Character.isDigit(text.charAt(m))) {
            m++;
        }
        if (m > k && m - k <= 2 && (m == text.length() || !Character.isLetterOrDigit(text.charAt(m))
                && text.charAt(m) != '/' && text.charAt(m) != ':' && text.charAt(m) != '-')) {
            int last = Integer.parseInt(text.substring(k, m));
            return last > first && last <= 31 ? m : end; // "lost 11-8" is a score
        }
        return end;
    }

    /** "Dec 27–Jan 3": a second month and day after a dash with no blanks. */
    private static int monthRangeEnd(String text, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != '\u2013' && text.charAt(end) != '-'
                || !Character.isDigit(text.charAt(end - 1))) {
            return end;
        }
        int w = wordEnd(text, end + 1);
        if (w == end + 1 || (LEX.get(text, end + 1, w) & MONTH) == 0) {
            return end;
        }
        int k = w < text.length() && text.charAt(w) == '.' ? w + 1 : w;
        if (k + 1 >= text.length() || text.charAt(k) != ' ' || !Character.isDigit(text.charAt(k + 1))) {
            return end;
        }
        int d = k + 1;
        while (d < text.length() && Character.isDigit(text.charAt(d))) {
            d++;
        }
        return d - k - 1 <= 2 && (d == text.length() || !Character.isLetterOrDigit(text.charAt(d))) ? d : end;
    }

    /** A year after a month and day: "March 4, 2025", not "June 5 2000 mg". */
    private static int year(String text, int end) {
        int k = end;
        if (k < text.length() && text.charAt(k) == ',') {
            k++;
        }
        if (k + 5 > text.length() || text.charAt(k) != ' ' || !Character.isDigit(text.charAt(end - 1))
                && !Character.isLetter(text.charAt(end - 1))) {
            return end;
        }
        for (int i = k + 1; i < k + 5; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return end;
            }
        }
        if (k + 5 < text.length() && (Character.isLetterOrDigit(text.charAt(k + 5)) || text.charAt(k + 5) == ':')) {
            return end;
        }
        int y = Integer.parseInt(text.substring(k + 1, k + 5));
        if (y < 1900 || y > 2099 || hasYear(text, end)) {
            return end;
        }
        int w = k + 6 < text.length() && text.charAt(k + 5) == ' ' ? wordEnd(text, k + 6) : -1;
        return w > k + 6 && (LEX.get(text, k + 6, w) & UNIT_OF_MEASURE) != 0 ? end : k + 5;
    }

    /** The span already ends with a four-digit year. */
    private static boolean hasYear(String text, int end) {
        int d = end;
        while (d > 0 && Character.isDigit(text.charAt(d - 1))) {
            d--;
        }
        return end - d == 4 || end - d == 2 && d > 0 && (text.charAt(d - 1) == '/' || text.charAt(d - 1) == '\'');
    }

    private static PhiSpan age(String text, PhiSpan s) {
        int end = s.end();
        if (end >= text.length() || !Character.isDigit(text.charAt(end - 1))) {
            return s;
        }
        for (String unit : new String[] {"-year-old", "-years-old", "-yr-old", " years old", " y/o", " yo", " años",
            " anos", " ans", " years"}) {
            if (text.regionMatches(true, end, unit, 0, unit.length())) {
                int e = end + unit.length();
                if (e == text.length() || !Character.isLetterOrDigit(text.charAt(e))) {
                    return new PhiSpan(s.start(), e, s.type(), s.score());
                }
            }
        }
        return s;
    }

    // ---- addresses, phones, numbers

    private static PhiSpan address(String text, PhiSpan s) {
        int start = s.start();
        int end = s.end();
        // a unit after: ", Apt 2F", " #104", ", 22nd Floor"
        int k = end < text.length() && text.charAt(end) == ',' ? end + 1 : end;
        if (k + 2 < text.length() && text.charAt(k) == ' ') {
            int w = wordEnd(text, k + 1);
            if (text.charAt(k + 1) == '#' && Character.isLetterOrDigit(text.charAt(k + 2))) {
                end = unitValueEnd(text, k + 2, end);
            } else if (w > k + 1 && (LEX.get(text, k + 1, w) & UNIT) != 0 && w + 1 < text.length()
                    && text.charAt(w) == ' ') {
                end = unitValueEnd(text, w + 1, end);
            } else if (w > k + 1 && Character.isDigit(text.charAt(k + 1)) && w + 1 < text.length()
                    && text.charAt(w) == ' ') {
                int f = wordEnd(text, w + 1);
                if (f > w + 1 && isOrdinalWord(text, k + 1, w) && text.substring(w + 1, f).equalsIgnoreCase("floor")) {
                    end = f;
                }
            }
        }
        // a unit before: "Rm 210, 18 Water Street"
        if (start >= 3 && text.charAt(start - 1) == ' ') {
            int e = text.charAt(start - 2) == ',' ? start - 2 : start - 1;
            int b = e;
            while (b > 0 && Character.isLetterOrDigit(text.charAt(b - 1))) {
                b--;
            }
            if (b < e && Character.isDigit(text.charAt(b)) && b >= 2 && text.charAt(b - 1) == ' ') {
                int ub = b - 1;
                while (ub > 0 && Character.isLetter(text.charAt(ub - 1))) {
                    ub--;
                }
                if (ub < b - 1 && (LEX.get(text, ub, b - 1) & UNIT) != 0) {
                    start = ub;
                }
            }
        }
        return start == s.start() && end == s.end() ? s : new PhiSpan(start, end, s.type(), s.score());
    }

    private static boolean isOrdinalWord(String text, int b, int e) {
        return e - b >= 3 && Character.isDigit(text.charAt(b)) && Character.isLetter(text.charAt(e - 1));
    }

    /** The end of a unit's value ("2F", "104", "B") when it holds a digit or is one letter; else {@code end}. */
    private static int unitValueEnd(String text, int k, int end) {
        int w = k;
        while (w < text.length() && (Character.isLetterOrDigit(text.charAt(w)) || text.charAt(w) == '-')) {
            w++;
        }
        if (w == k || w - k > 6) {
            return end;
        }
        boolean digit = false;
        for (int i = k; i < w; i++) {
            digit |= Character.isDigit(text.charAt(i));
        }
        return digit || w - k == 1 && Character.isUpperCase(text.charAt(k)) ? w : end;
    }

    private static PhiSpan phone(String text, PhiSpan s) {
        int end = s.end();
        if (end + 2 >= text.length() || text.charAt(end) != ' ' && text.charAt(end) != ',') {
            return s;
        }
        int k = text.charAt(end) == ',' ? end + 1 : end;
        if (k + 2 >= text.length() || text.charAt(k) != ' ') {
            return s;
        }
        int w = k + 1;
        while (w < text.length() && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '.')) {
            w++;
        }
        if (w == k + 1 || !EXTENSIONS.contains(text.substring(k + 1, w).toLowerCase(java.util.Locale.ROOT))) {
            // "x22" written together
            if (Character.toLowerCase(text.charAt(k + 1)) == 'x' && w == k + 2) {
                return s;
            }
            if (Character.toLowerCase(text.charAt(k + 1)) == 'x' && Character.isDigit(text.charAt(k + 2))) {
                return withDigits(text, s, k + 2);
            }
            return s;
        }
        int d = w < text.length() && text.charAt(w) == ' ' ? w + 1 : w;
        return d < text.length() && Character.isDigit(text.charAt(d)) ? withDigits(text, s, d) : s;
    }

    /** The phone with its extension's digits from {@code d}, when they are 1 to 5 digits and no count follows. */
    private static PhiSpan withDigits(String text, PhiSpan s, int d) {
        int e = d;
        while (e < text.length() && Character.isDigit(text.charAt(e))) {
            e++;
        }
        if (e - d > 5 || e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
            return s; // "3x this week"
        }
        if (e + 1 < text.length() && text.charAt(e) == ' ') {
            int w = wordEnd(text, e + 1);
            if (w > e + 1 && (LEX.get(text, e + 1, w) & UNIT_OF_MEASURE) != 0) {
                return s;
            }
        }
        return new PhiSpan(s.start(), e, s.type(), s.score());
    }

    private static PhiSpan username(String text, PhiSpan s) {
        int start = s.start();
        int end = s.end();
        if (start > 0 && text.charAt(start - 1) == '$' && Character.isLetter(text.charAt(start))) {
            start--; // a cash tag
        }
        if (end + 1 < text.length() && text.charAt(end) == '#' && Character.isDigit(text.charAt(end + 1))) {
            int e = end + 1;
            while (e < text.length() && Character.isDigit(text.charAt(e))) {
                e++;
            }
            if (e - end - 1 == 4 && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)))) {
                end = e; // a Discord tag
            }
        }
        return start == s.start() && end == s.end() ? s : new PhiSpan(start, end, s.type(), s.score());
    }

    /** A number's mask or sign before it ("****7715", "xxx-xx-4410", "#B-550219"); a plate's state stays out. */
    private static PhiSpan number(String text, PhiSpan s) {
        int start = s.start();
        int k = start;
        while (k > 0 && (text.charAt(k - 1) == '*' || text.charAt(k - 1) == '•' || text.charAt(k - 1) == '-'
                || (text.charAt(k - 1) == 'x' || text.charAt(k - 1) == 'X') && (k - 1 == 0
                        || !Character.isLetter(text.charAt(k - 2)) || maskRun(text, k - 1)))) {
            k--;
        }
        while (k < start && text.charAt(k) == '-') {
            k++;
        }
        if (k < start && hasMask(text, k, start)) {
            start = k;
        } else if (start > 0 && text.charAt(start - 1) == '#') {
            start--;
        } else {
            start = letterPrefix(text, firstGroup(text, start)); // "K 514-228-937", "JV 2024 00813", "44 819 302"
        }
        int end = s.end();
        for (int groups = 0; groups < 3; groups++) {
            int next = lastGroup(text, end);
            if (next == end) {
                next = codeGroup(text, end);
            }
            if (next == end) {
                break;
            }
            end = next; // "1EG4 TE5 MK73", "8291 0455 31": a number read aloud or copied in groups
        }
        return start == s.start() && end == s.end() ? s : new PhiSpan(start, end, s.type(), s.score());
    }

    /**
     * The group of one to four digits written before a number's digits, one blank apart, where nothing but a blank,
     * a field's mark or letters stand before it ("chart 44 819 302", "JV 2024 00813"); not "3 4471" after a digit.
     */
    private static int firstGroup(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ' || !Character.isDigit(text.charAt(start))
                || !Character.isDigit(text.charAt(start - 2))) {
            return start;
        }
        int b = start - 1;
        while (b > 0 && Character.isDigit(text.charAt(b - 1))) {
            b--;
        }
        int n = start - 1 - b;
        if (n > 4 || b > 0 && text.charAt(b - 1) != ' ' && text.charAt(b - 1) != '#' && text.charAt(b - 1) != ':') {
            return start;
        }
        return b;
    }

    /**
     * A group of two to four capitals and digits with a digit in it after a number that ends in one ("1EG4 TE5
     * MK73"): the middle and last groups of a code copied with blanks; not a word, not "x 3".
     */
    private static int codeGroup(String text, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != ' ' || !Character.isLetterOrDigit(text.charAt(end - 1))) {
            return end;
        }
        int k = end + 1;
        int digits = 0;
        while (k < text.length() && (Character.isDigit(text.charAt(k))
                || Character.isUpperCase(text.charAt(k)) && text.charAt(k) < 128)) {
            digits += Character.isDigit(text.charAt(k)) ? 1 : 0;
            k++;
        }
        int n = k - end - 1;
        if (n < 2 || n > 4 || digits == 0 || digits == n || k < text.length()
                && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '-')) {
            return end;
        }
        return k;
    }

    private static boolean maskRun(String text, int at) {
        char c = text.charAt(at);
        return at > 0 && (text.charAt(at - 1) == c || text.charAt(at - 1) == '-')
                || at + 1 < text.length() && text.charAt(at + 1) == c;
    }

    private static boolean hasMask(String text, int from, int to) {
        int masks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '•' || c == 'x' || c == 'X') {
                masks++;
            }
        }
        return masks >= 2 && (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)));
    }

    // ---- words

    /** The end of the word at {@code k}: letters, with an apostrophe or hyphen between letters. */
    private static int wordEnd(String text, int k) {
        int w = k;
        while (w < text.length()) {
            char c = text.charAt(w);
            if (Character.isLetter(c)) {
                w++;
            } else if ((c == '\'' || c == '\u2019' || c == '-') && w > k && w + 1 < text.length()
                    && Character.isLetter(text.charAt(w + 1))) {
                w++;
            } else {
                break;
            }
        }
        return w;
    }

    private static int lastWordStart(String text, int start, int end) {
        int b = end;
        while (b > start && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    private static boolean isAllCaps(String text, int b, int e) {
        for (int i = b; i < e; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
