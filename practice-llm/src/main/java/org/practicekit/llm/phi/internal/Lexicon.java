package org.practicekit.llm.phi.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The word lists behind the in-process detector, packaged as resources next to this class and
 * written for PracticeKit: common US given names and surnames, everyday English words that are
 * also names, clinical vocabulary (medications, therapies, instruments, payers, days, months,
 * eponymous conditions), eponyms, public names (countries, peoples, faiths, holidays, brands,
 * fictional characters and stories), store chains, sports teams, US and world cities, states, and
 * the cue words that give context. Loaded once into one {@link WordTable}.
 */
public final class Lexicon {
    public static final long FIRST = 1L;
    public static final long SURNAME = 1L << 1;
    public static final long STOP = 1L << 2;
    public static final long CLINICAL = 1L << 3;
    public static final long KIN = 1L << 4;
    public static final long TITLE = 1L << 5;
    public static final long NAMING = 1L << 6;
    public static final long PLACE_PREP = 1L << 7;
    public static final long PLACE_VERB = 1L << 8;
    public static final long CITY = 1L << 9;
    public static final long STATE = 1L << 10;
    public static final long STREET = 1L << 11;
    public static final long UNIT = 1L << 12;
    public static final long MONTH = 1L << 13;
    public static final long DATE_CUE = 1L << 14;
    public static final long SCALE_CUE = 1L << 15;
    public static final long SPEECH_VERB = 1L << 16;
    public static final long WEEKDAY = 1L << 17;
    public static final long CTX_MRN = 1L << 18;
    public static final long CTX_PLAN = 1L << 19;
    public static final long CTX_ACCOUNT = 1L << 20;
    public static final long CTX_LICENSE = 1L << 21;
    public static final long CTX_VEHICLE = 1L << 22;
    public static final long CTX_DEVICE = 1L << 23;
    public static final long CTX_ID = 1L << 24;
    public static final long CTX_SSN = 1L << 25;
    public static final long CTX_PHONE = 1L << 26;
    public static final long CTX_FAX = 1L << 27;
    public static final long CTX_ZIP = 1L << 28;
    public static final long CTX_USER = 1L << 29;
    public static final long CTX_AGE = 1L << 30;
    public static final long NOT_ID = 1L << 31;
    public static final long PLACE_SUFFIX = 1L << 32;
    public static final long DIRECTION = 1L << 33;
    public static final long TLD = 1L << 34;
    public static final long FILLER = 1L << 35;
    public static final long UNIT_OF_MEASURE = 1L << 36;
    /** Proper nouns that are never PHI: countries, peoples, languages, faiths, holidays, seasons, brands. */
    public static final long PUBLIC = 1L << 37;
    /** Names of theorists, instruments and books that notes cite. */
    public static final long EPONYM = 1L << 38;
    /** Verbs and words after which a word names a person one is in touch with ("texted jenny"). */
    public static final long CONTACT = 1L << 39;
    /** Spanish and Portuguese month names: a date after a day and "de" ("el 5 de mayo"), nothing alone. */
    public static final long FOREIGN_MONTH = 1L << 40;
    /** Chat words and abbreviations of texting ("tbh", "pls", "im"): lowercase, unknown to a dictionary, not names. */
    public static final long SLANG = 1L << 41;
    /** Words that introduce an employer, school or venue ("works at", "drives for", "volunteers at"). */
    public static final long EMPLOYER = 1L << 42;
    /** Last words of an organization's or facility's name ("Hospital", "Academy", "LLC", "Market"). */
    public static final long ORG_SUFFIX = 1L << 43;
    /** Words after an eponym that make it a citation ("Gottman method", "Maslow's hierarchy"). */
    public static final long CITATION = 1L << 44;

    /** The first word of a vocabulary phrase ("Christmas" of "Christmas Eve"): only then are phrases looked up. */
    public static final long PHRASE_START = 1L << 45;
    /** The last word of a vocabulary phrase ("Kolk" of "van der Kolk"). */
    public static final long PHRASE_END = 1L << 46;
    /** Words that spell a day or a large number: "third", "twenty", "ninety", "hundred". */
    public static final long NUMBER_WORD = 1L << 47;
    /** Words for pets ("her dog", "the family's guinea pigs"): the name next to one is an animal's, not PHI. */
    public static final long PET = 1L << 48;
    /** Auxiliaries, modals and adverbs that follow a sentence's subject ("Hope didn't", "Dale would"). */
    public static final long AUX = 1L << 49;
    /** Words for a person whose age a note gives ("Pt is 92", "her grandmother, 101,"). */
    public static final long PERSON_NOUN = 1L << 50;
    /** Verbs and containers of consumption ("drinks", "a bottle of"): a brand after one is a product. */
    public static final long CONSUME = 1L << 51;
    /** Words around a fictional character ("dressed as", "the character", "movie"). */
    public static final long FICTION_CUE = 1L << 52;
    /** Last words of an instrument's, a test's or an eponymous condition's name ("Scale", "Syndrome"). */
    public static final long INSTRUMENT = 1L << 53;
    /** Store chains, restaurants and gyms: a place where the note puts the client, a brand elsewhere. */
    public static final long STORE = 1L << 54;
    /** Sports teams: an organization when written as a team ("the Bears", "a Bulls game"). */
    public static final long TEAM = 1L << 55;
    /** Verbs whose subject is a person ("said", "texted", "apologized"): a capitalized word before one is a name. */
    public static final long HUMAN_VERB = 1L << 56;
    /** Words for groups and institutions that act like people in a sentence ("Staff said", "School called"). */
    public static final long COLLECTIVE = 1L << 57;
    /** Holidays that name a day of the year ("Christmas Eve", "Diwali", "Nochebuena"): a date when tied to an event. */
    public static final long HOLIDAY = 1L << 58;

    /** Capitalized words that are vocabulary, not names: clinical terms, eponyms, public names, states, dates. */
    public static final long VOCABULARY = CLINICAL | EPONYM | PUBLIC | STATE | MONTH | WEEKDAY;

    /** Every context flag that introduces an identifier. */
    public static final long ANY_ID_CONTEXT = CTX_MRN | CTX_PLAN | CTX_ACCOUNT | CTX_LICENSE | CTX_VEHICLE | CTX_DEVICE
            | CTX_ID | CTX_SSN | CTX_PHONE | CTX_FAX | CTX_ZIP | CTX_USER;

    /**
     * Public crisis and help lines, digits only: the text line 741741, the Lifeline's old number,
     * SAMHSA, domestic violence, RAINN, Trevor and other national lines. They name no client.
     */
    public static final java.util.Set<String> CRISIS_LINES = WordSet.of("741741", "8002738255", "8006624357",
            "8007997233", "8006564673", "8664887386", "8008264565", "8779107711", "8009855990", "8884997433",
            "8009506264", "8004224453");

    private static final WordTable TABLE = load();

    private Lexicon() {
    }

    /** The shared table. */
    public static WordTable table() {
        return TABLE;
    }

    private static WordTable load() {
        WordTable t = new WordTable(21_000); // a tag array that stays in cache: load under one half at 27,000 entries
        list(t, "first-names.txt", FIRST);
        list(t, "surnames.txt", SURNAME);
        list(t, "common-words.txt", STOP);
        list(t, "clinical-terms.txt", CLINICAL);
        list(t, "cities.txt", CITY);
        list(t, "public-names.txt", PUBLIC);
        list(t, "holidays.txt", PUBLIC | HOLIDAY);
        list(t, "eponyms.txt", EPONYM);
        list(t, "world-cities.txt", CITY);
        list(t, "geonames-cities.txt", CITY); // GeoNames, CC BY 4.0: see PHI-LISTS-NOTICE.txt
        list(t, "fiction.txt", PUBLIC);
        list(t, "brands.txt", PUBLIC);
        list(t, "stores.txt", PUBLIC | STORE);
        // a company is a brand unless the note puts the client there ("works at", "at"): as a store
        list(t, "companies.txt", PUBLIC | STORE);
        list(t, "drugs.txt", CLINICAL);
        list(t, "teams.txt", TEAM);
        cues(t, "cues.txt");
        return t;
    }

    /** An entry written in capitals ("NAMI") is an acronym that is also a given name: public only in capitals. */
    public static boolean isAcronym(String entry) {
        boolean letter = false;
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** The entries of one list resource, the guard's part included, as written (single spaces), in file order. */
    public static java.util.List<String> entries(String name) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (BufferedReader r = open(name)) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                for (String entry : (hash >= 0 ? line.substring(0, hash) : line).split(",")) {
                    String e = entry.strip().replaceAll("\\s+", " ");
                    if (!e.isEmpty()) {
                        out.add(e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A word list or dictionary beside these classes, read as UTF-8; a missing one is a packaging error. */
    static BufferedReader open(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing detector resource " + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The lower-case words of a list beside these classes: separated by white space, '#' starts a comment. */
    static java.util.Set<String> words(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (BufferedReader r = open(name)) {
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                for (String w : (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        out.add(w.toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return WordSet.copyOf(out);
    }

    /**
     * A list's last part, from this line on, is read only by the guard's public-vocabulary check
     * ({@link ResidualCheck#withoutPublicVocabulary}): kept out of the table, it changes neither the detector nor the
     * features its token model was trained on.
     */
    public static final String GUARD_ONLY = "# -- guard only";

    /**
     * The given-name and surname lists are written without accents ("rocio", "ines", "nunez") and notes write the
     * names with them ("Rocío", "Inés", "Núñez"): a word holding a Latin letter with a diacritic takes the name flags
     * of its plain form. Only those two flags: a word list in another language keeps its own spelling ("rocío" the
     * word is not "rocio"). Words of plain ASCII return {@code f} unchanged without allocating.
     */
    public static long withPlainNameFlags(WordTable t, char[] c, int s, int e, long f) {
        char[] plain = null;
        for (int i = s; i < e; i++) {
            char ch = c[i];
            if (ch >= '\u00c0' && ch <= '\u024f') {
                char p = plainLetter(ch);
                if (p != ch) {
                    if (plain == null) {
                        plain = java.util.Arrays.copyOfRange(c, s, e);
                    }
                    plain[i - s] = p;
                }
            }
        }
        return plain == null ? f : f | (t.get(plain, 0, plain.length) & (FIRST | SURNAME));
    }

    /** The same for a word of a string. */
    public static long withPlainNameFlags(WordTable t, String text, int s, int e, long f) {
        for (int i = s; i < e; i++) {
            if (text.charAt(i) >= '\u00c0') {
                // the word's chars only: a copy of the whole text per accented word would grow with the text
                return withPlainNameFlags(t, text.substring(s, e).toCharArray(), 0, e - s, f);
            }
        }
        return f;
    }

    /** The word in lower case with its Latin letters' diacritics taken off ("rocío" -> "rocio"), for name lists. */
    public static String plainLower(String word) {
        String low = word.toLowerCase(Locale.ROOT);
        StringBuilder out = null;
        for (int i = 0; i < low.length(); i++) {
            char ch = low.charAt(i);
            char p = ch >= '\u00c0' && ch <= '\u024f' ? plainLetter(ch) : ch;
            if (p != ch && out == null) {
                out = new StringBuilder(low.substring(0, i));
            }
            if (out != null) {
                out.append(p);
            }
        }
        return out == null ? low : out.toString();
    }

    /** A Latin letter without its diacritic ("í" -> "i", "ñ" -> "n", "ç" -> "c"); other chars as they are. */
    private static char plainLetter(char ch) {
        String d = java.text.Normalizer.normalize(String.valueOf(ch), java.text.Normalizer.Form.NFD);
        char b = d.charAt(0);
        return d.length() > 1 && b < 128 && Character.isLetter(b) ? b : ch;
    }

    /** One or more entries per line, separated by commas; '#' starts a comment; the guard's part is skipped. */
    private static void list(WordTable t, String name, long flag) {
        try (BufferedReader r = open(name)) {
            String line;
            while ((line = r.readLine()) != null && !line.startsWith(GUARD_ONLY)) {
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                for (String entry : line.split(",")) {
                    String e = entry.strip().replaceAll("\\s+", " ");
                    if (!e.isEmpty()) {
                        t.add(e, flag);
                        markPhrase(t, e, flag);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A phrase's first and last words get flags, so the detector looks phrases up only where one can start or end. */
    private static void markPhrase(WordTable t, String entry, long flag) {
        if ((flag & (VOCABULARY | CLINICAL)) == 0) {
            return;
        }
        String[] words = entry.split("[ \\-']");
        if (words.length > 1) {
            t.add(words[0], PHRASE_START);
            t.add(words[words.length - 1], PHRASE_END);
        }
    }

    /** Sections headed {@code [FLAG]} with comma-separated words. */
    private static void cues(WordTable t, String name) {
        try (BufferedReader r = open(name)) {
            String line;
            long flag = 0;
            while ((line = r.readLine()) != null) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[")) {
                    flag = flagNamed(l.substring(1, l.indexOf(']')).toUpperCase(Locale.ROOT));
                    continue;
                }
                for (String entry : l.split(",")) {
                    String e = entry.strip();
                    if (!e.isEmpty()) {
                        t.add(e, flag);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long flagNamed(String name) {
        switch (name) {
            case "STOP": return STOP;
            case "CLINICAL": return CLINICAL;
            case "KIN": return KIN;
            case "TITLE": return TITLE;
            case "NAMING": return NAMING;
            case "PLACE_PREP": return PLACE_PREP;
            case "PLACE_VERB": return PLACE_VERB;
            case "STATE": return STATE;
            case "STREET": return STREET;
            case "UNIT": return UNIT;
            case "MONTH": return MONTH;
            case "FOREIGN_MONTH": return FOREIGN_MONTH;
            case "DATE_CUE": return DATE_CUE;
            case "SCALE_CUE": return SCALE_CUE;
            case "SPEECH_VERB": return SPEECH_VERB;
            case "WEEKDAY": return WEEKDAY;
            case "CTX_MRN": return CTX_MRN;
            case "CTX_PLAN": return CTX_PLAN;
            case "CTX_ACCOUNT": return CTX_ACCOUNT;
            case "CTX_LICENSE": return CTX_LICENSE;
            case "CTX_VEHICLE": return CTX_VEHICLE;
            case "CTX_DEVICE": return CTX_DEVICE;
            case "CTX_ID": return CTX_ID;
            case "CTX_SSN": return CTX_SSN;
            case "CTX_PHONE": return CTX_PHONE;
            case "CTX_FAX": return CTX_FAX;
            case "CTX_ZIP": return CTX_ZIP;
            case "CTX_USER": return CTX_USER;
            case "CTX_AGE": return CTX_AGE;
            case "NOT_ID": return NOT_ID;
            case "PLACE_SUFFIX": return PLACE_SUFFIX;
            case "DIRECTION": return DIRECTION;
            case "TLD": return TLD;
            case "FILLER": return FILLER;
            case "UNIT_OF_MEASURE": return UNIT_OF_MEASURE;
            case "CONTACT": return CONTACT;
            case "SLANG": return SLANG;
            case "EMPLOYER": return EMPLOYER;
            case "ORG_SUFFIX": return ORG_SUFFIX;
            case "CITATION": return CITATION;
            case "NUMBER_WORD": return NUMBER_WORD;
            case "PET": return PET;
            case "AUX": return AUX;
            case "PERSON_NOUN": return PERSON_NOUN;
            case "CONSUME": return CONSUME;
            case "FICTION_CUE": return FICTION_CUE;
            case "INSTRUMENT": return INSTRUMENT;
            case "HUMAN_VERB": return HUMAN_VERB;
            case "COLLECTIVE": return COLLECTIVE;
            default: throw new IllegalStateException("unknown lexicon section " + name);
        }
    }
}
