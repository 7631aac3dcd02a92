package org.practicekit.llm.phi.internal;

import java.util.Locale;
import java.util.Set;

/**
 * What a number or a number-like chunk is in its sentence, read from the words around it rather than its shape:
 * the word a number counts ("3 dias", "22 años"), a day number in a date slot of Spanish or Portuguese ("el 22",
 * "no dia 3"), a service's no-reply address, a hashtag or subreddit that names a topic. The rules of
 * {@link TherapyTextScanner} and the guard's {@link ResidualCheck} (and so the detector's deny-by-default reading)
 * ask the same questions here, so both answer alike.
 */
public final class NumberReading {
    private NumberReading() {
    }

    /**
     * {@code spans} without those inside a service's no-reply address ("noreply@zoom.us": the token model reads
     * "noreply" as a name, though no person writes from it) and without hashtags of words run together ("#MeToo").
     */
    public static java.util.List<org.practicekit.llm.phi.PhiSpan> withoutServiceSenders(String text,
            java.util.List<org.practicekit.llm.phi.PhiSpan> spans) {
        if (text.indexOf('@') < 0 && text.indexOf('#') < 0 || spans.isEmpty()) {
            return spans;
        }
        java.util.List<org.practicekit.llm.phi.PhiSpan> out = new java.util.ArrayList<>(spans.size());
        for (org.practicekit.llm.phi.PhiSpan span : spans) {
            int s = span.start();
            while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
                s--;
            }
            int e = span.end();
            while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
                e++;
            }
            if (!noReplyAddress(text, s, e) && !(topicTag(text, span.start()) && joinedWords(text, span.start(), span.end()))) {
                out.add(span); // "#MeToo", "#sobertok" name a topic; "#Maria" may be a person's
            }
        }
        return out;
    }

    /** Words that make a five-digit number a ZIP code: "zip 96130", "96130 zip code area", "postal code". */
    private static final Set<String> ZIP_WORDS = WordSet.of("zip", "zipcode", "postal", "postcode", "zip+4");

    /**
     * Five digits at {@code [s, e)} that the CPT grammar of behavioural health admits and no ZIP reading claims:
     * psychotherapy and psychiatric services (90785-90899), psychological and neuropsychological testing and other
     * 96xxx services, adaptive behaviour treatment (97151-97158) and E/M visits (99202-99499). Every range but the
     * last is also a ZIP code's somewhere, so a ZIP word among the three words before or right after, or a state's
     * two capitals before, reads it as a ZIP ("moved to 96130 zip code area", "Eureka, CA 96130").
     */
    public static boolean cptCode(String text, int s, int e) {
        if (e - s != 5) {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (!isDigit(text.charAt(k))) {
                return false;
            }
        }
        int v = Integer.parseInt(text, s, e, 10);
        if (!(v >= 90785 && v <= 90899 || v >= 96000 && v <= 96999 || v >= 97151 && v <= 97158
                || v >= 99202 && v <= 99499)) {
            return false;
        }
        if (ZIP_WORDS.contains(wordAfter(text, e))) {
            return false;
        }
        int p = s;
        for (int words = 0; words < 3; words++) {
            int q = p - 1;
            while (q >= 0 && (text.charAt(q) == ' ' || text.charAt(q) == ',' || text.charAt(q) == ':')) {
                q--;
            }
            if (q < 0 || !Character.isLetter(text.charAt(q))) {
                return true;
            }
            int ws = q;
            while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
                ws--;
            }
            String w = text.substring(ws, q + 1);
            if (ZIP_WORDS.contains(w.toLowerCase(Locale.ROOT))
                    || words == 0 && w.length() == 2 && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1))
                    && !w.equals("GT") && !w.equals("HJ")) {
                return false; // "zip 96130", "CA 96130"
            }
            p = ws;
        }
        return true;
    }

    /** Fixed public holidays as month*100+day: New Year's Day, Juneteenth, Independence Day, Veterans Day, Christmas. */
    private static final Set<Integer> FIXED_HOLIDAYS = Set.of(101, 619, 704, 1111, 1224, 1225, 1231);
    /** Words of a sentence about the practice's calendar: "office closed January 1", "no sessions December 25". */
    private static final Set<String> CLOSURE_WORDS = WordSet.of("closed", "closes", "closing", "holiday", "holidays",
            "observed", "cerrado", "cerrada", "fechado", "fechada", "geschlossen", "fermé", "ferme", "feriado",
            "festivo");
    /** Words that make a suite or room the practice's own: "our office is in Suite 210", "check in at Suite 400". */
    private static final Set<String> PRACTICE_WORDS = WordSet.of("our", "we", "we're", "us", "office", "reception",
            "lobby", "clinic", "practice", "check", "front", "nuestra", "nuestro", "nossa", "nosso");
    /** Words that make a suite or room a person's: "her room is Room 316", "she lives in Suite 4". */
    private static final Set<String> PERSONAL_WORDS = WordSet.of("her", "his", "their", "she", "he", "they", "lives",
            "live", "living", "home", "apartment", "apt", "nursing", "patient", "pt", "client", "mom", "dad", "mother",
            "father", "son", "daughter", "i", "me", "my", "i'm", "relapsed", "admitted", "died", "born", "overdosed",
            "hospitalized", "arrested", "discharged", "attempted", "married", "divorced", "quit",
            // round 37: a suite the office sends something to is someone else's ("we mailed the bill to Suite 4B")
            "mailed", "mail", "sent", "send", "faxed", "delivered", "deliver", "forwarded", "shipped");
    private static final Set<String> ROOM_WORDS = WordSet.of("suite", "ste", "room", "rm");

    /**
     * {@code spans} without the practice's own calendar and rooms: a fixed public holiday in a sentence about being
     * closed ("office closed January 1 for New Year's") dates no person's event, and a suite or room alone in a
     * sentence about the practice ("our office is in Suite 210") is the practice's address, which is public. A
     * person's word in the sentence ("she relapsed January 1", "her room is Room 316") keeps the span.
     */
    public static java.util.List<org.practicekit.llm.phi.PhiSpan> withoutPracticeCalendar(String text,
            java.util.List<org.practicekit.llm.phi.PhiSpan> spans) {
        java.util.List<org.practicekit.llm.phi.PhiSpan> out = null;
        for (int i = 0; i < spans.size(); i++) {
            org.practicekit.llm.phi.PhiSpan span = spans.get(i);
            boolean drop = span.type() == org.practicekit.llm.phi.PhiCategory.DATE && fixedHoliday(text, span)
                    && (sentenceHas(text, span, CLOSURE_WORDS) || noMeetingsBefore(text, span.start()))
                    && !sentenceHas(text, span, PERSONAL_WORDS)
                    || span.type() == org.practicekit.llm.phi.PhiCategory.ADDRESS && roomAlone(text, span)
                    && sentenceHas(text, span, PRACTICE_WORDS) && !sentenceHas(text, span, PERSONAL_WORDS);
            if (drop && out == null) {
                out = new java.util.ArrayList<>(spans.subList(0, i));
            } else if (!drop && out != null) {
                out.add(span);
            }
        }
        return out == null ? spans : out;
    }

    /** Meetings the practice calls off: "no sessions December 25", "sin grupo el 1 de enero". */
    private static final Set<String> MEETINGS = WordSet.of("sessions", "session", "groups", "group", "appointments",
            "appts", "classes", "sesiones", "sessões", "sessoes", "grupo", "citas", "consultas");

    /** "no sessions" (or "sin", "sem", "kein") right before the date, with at most a word between. */
    private static boolean noMeetingsBefore(String text, int s) {
        int meeting = prevWord(text, s);
        if (meeting < 0 || !MEETINGS.contains(word(text, meeting))) {
            return false;
        }
        int no = prevWord(text, meeting);
        if (no < 0) {
            return false;
        }
        String w = word(text, no);
        return w.equals("no") || w.equals("sin") || w.equals("sem") || w.equals("keine");
    }

    /**
     * "January 1", "Dec 25", "July 4th", or day first "25 December", "1 Jan" (round 37): a month's name and a day
     * that is a fixed public holiday.
     */
    private static boolean fixedHoliday(String text, org.practicekit.llm.phi.PhiSpan span) {
        if (dayFirstHoliday(text, span)) {
            return true;
        }
        int s = span.start();
        int we = wordEnd(text, s);
        if (we == s) {
            return false;
        }
        int month = englishMonth(text.substring(s, we).toLowerCase(Locale.ROOT));
        int d = we;
        while (d < span.end() && (text.charAt(d) == ' ' || text.charAt(d) == '.')) {
            d++;
        }
        int de = d;
        while (de < span.end() && isDigit(text.charAt(de))) {
            de++;
        }
        if (month == 0 || de == d || de - d > 2) {
            return false;
        }
        String rest = text.substring(de, span.end()).toLowerCase(Locale.ROOT);
        boolean ends = rest.isEmpty() || rest.equals("st") || rest.equals("th") || rest.equals("nd") || rest.equals("rd");
        return ends && FIXED_HOLIDAYS.contains(month * 100 + Integer.parseInt(text, d, de, 10));
    }

    /** "25 December", "1 Jan", "4th July": the day first, then the month's name, and nothing more in the span. */
    private static boolean dayFirstHoliday(String text, org.practicekit.llm.phi.PhiSpan span) {
        int s = span.start();
        int d = s;
        while (d < span.end() && isDigit(text.charAt(d))) {
            d++;
        }
        if (d == s || d - s > 2) {
            return false;
        }
        int m = d;
        while (m < span.end() && Character.isLetter(text.charAt(m))) {
            m++;
        }
        String suffix = text.substring(d, m).toLowerCase(Locale.ROOT);
        if (!(suffix.isEmpty() || suffix.equals("st") || suffix.equals("th") || suffix.equals("nd")
                || suffix.equals("rd"))) {
            return false;
        }
        while (m < span.end() && text.charAt(m) == ' ') {
            m++;
        }
        int me = wordEnd(text, m);
        if (me == m || me < span.end() && !(me + 1 == span.end() && text.charAt(me) == '.')) {
            return false; // "24 December through 1 January" is a range, read by its own words
        }
        int month = englishMonth(text.substring(m, me).toLowerCase(Locale.ROOT));
        return month > 0 && FIXED_HOLIDAYS.contains(month * 100 + Integer.parseInt(text, s, d, 10));
    }

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    /** 1 to 12 for an English month's name or its short form ("Jan", "Sept"), else 0. */
    private static int englishMonth(String w) {
        for (int m = 0; m < MONTHS.length && w.length() >= 3; m++) {
            if (MONTHS[m].startsWith(w)) {
                return m + 1;
            }
        }
        return 0;
    }

    /** "Suite 210", "Room 3", "Ste. 400": a room word and a number, with no street before it in the span. */
    private static boolean roomAlone(String text, org.practicekit.llm.phi.PhiSpan span) {
        int we = wordEnd(text, span.start());
        if (!ROOM_WORDS.contains(text.substring(span.start(), we).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = we; k < span.end(); k++) {
            if (Character.isLetter(text.charAt(k)) && !(k + 1 == span.end() && Character.isUpperCase(text.charAt(k)))) {
                return false; // more than "Suite 210" or "Suite 210B"
            }
        }
        return true;
    }

    /** One of {@code words} in the sentence around {@code span} (outside it). */
    private static boolean sentenceHas(String text, org.practicekit.llm.phi.PhiSpan span, Set<String> words) {
        int from = span.start();
        while (from > 0 && ".!?\n;".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = span.end();
        while (to < text.length() && ".!?\n;".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        for (int k = from; k < to; k++) {
            if (k == span.start()) {
                k = span.end();
                continue;
            }
            if (Character.isLetter(text.charAt(k)) && (k == 0 || !Character.isLetter(text.charAt(k - 1)))) {
                int e = k;
                while (e < to && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '\'' && e + 1 < to
                        && Character.isLetter(text.charAt(e + 1)))) {
                    e++;
                }
                if (words.contains(text.substring(k, e).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                k = e;
            }
        }
        return false;
    }

    /**
     * Words before "dia N" that make it a day: an article or a preposition ("no dia 3", "até dia 7", "pro dia 9") or
     * a weekday, which only a date follows ("quinta dia 7", "sexta-feira dia 14", "el viernes día 3").
     */
    private static final Set<String> DAY_ARTICLES = WordSet.of("el", "no", "do", "ao", "o", "al", "del", "até", "ate",
            "pro", "pra", "desde", "hasta", "para", "segunda", "terça", "terca", "quarta", "quinta", "sexta", "sábado",
            "sabado", "domingo", "feira", "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes");
    /** Articles before a bare day number: Spanish "el 22", French "le 12", "jusqu'au 15". */
    private static final Set<String> SPANISH_ARTICLES = WordSet.of("el", "al", "del", "le", "au");
    private static final Set<String> DAY_WORDS = WordSet.of("dia", "día");
    /** What may follow a day number in a date slot: the end, a time or a conjunction, not what it counts. */
    private static final Set<String> AFTER_DAY = WordSet.of("a", "y", "e", "o", "ou", "que", "pero", "mas", "porque",
            "para", "às", "as", "en", "em", "cuando", "no", "ni", "si", "quando", "ya", "já", "me", "se", "lo", "la", "le", "nos",
            "à", "au", "et", "pour", "vers", "je", "j", "on", "il", "elle", "mais", "car",
            // round 18: a verb of a plan after the day, "el 15 tengo cita", "no 3 vou ao médico"; "el 22 es" stays
            "tengo", "tiene", "tenemos", "tienen", "voy", "va", "vamos", "vengo", "viene", "puedo", "puede", "podemos",
            "salgo", "llego", "vuelvo", "regreso", "tenho", "tem", "vou", "vai", "posso", "venho");
    /** Prepositions of time before "el N": "desde el 15", "a partir del 20", "hasta el 3", "avant le 12". */
    private static final Set<String> TIME_PREPOSITIONS = WordSet.of("desde", "hasta", "partir", "antes", "después",
            "despues", "para", "since", "until", "avant", "après", "apres", "depuis", "jusqu", "pour");
    /** Vietnamese "ngày N" is the Nth; these before "ngày" make it "each day" and what follows a count. */
    private static final Set<String> VI_EVERY = WordSet.of("mỗi", "hằng", "hàng", "một", "cả");
    /** What a number after "ngày" or Tagalog "ika-" counts ("ngày 5 lần", "ika-3 na beses"): no day of the month. */
    private static final Set<String> DAY_COUNTED = WordSet.of("lần", "viên", "giờ", "tiếng", "phút", "ly", "gói", "na",
            "beses", "taon", "baitang", "linggo", "buwan", "araw", "oras", "grado");
    private static final Set<String> TAGALOG_TIMES_OF_DAY = WordSet.of("umaga", "hapon", "gabi", "tanghali", "madaling");
    /** Tagalog words that put "ika-N" in a date slot: "sa ika-20", "noong ika-3", "hanggang ika-15". */
    private static final Set<String> TAGALOG_DAY_CUES = WordSet.of("sa", "noong", "hanggang", "bago", "pagkatapos", "simula",
            "mula");
    /** Local parts of a service's automated sender: no person reads or writes them. */
    private static final Set<String> NO_REPLY = WordSet.of("noreply", "donotreply", "dontreply", "notifications",
            "notification", "mailer-daemon", "postmaster", "no-reply", "no_reply", "do-not-reply", "do_not_reply");

    /**
     * The word at {@code s} directly follows a bare number ("3 dias", "22 años", "8 meses", "5 pastillas"): it is
     * what the number counts or measures, not a name written without a capital.
     */
    static boolean countedWord(String text, int s) {
        if (s < 2 || text.charAt(s - 1) != ' ' || !Character.isLowerCase(text.charAt(s))) {
            return false;
        }
        int d = s - 2;
        if (!isDigit(text.charAt(d))) {
            return false;
        }
        while (d >= 0 && (isDigit(text.charAt(d)) || text.charAt(d) == ',' || text.charAt(d) == '.')) {
            d--;
        }
        return d < 0 || Character.isWhitespace(text.charAt(d)) || "($~+-".indexOf(text.charAt(d)) >= 0;
    }

    /**
     * A bare day number (1 to 31) that a Spanish or Portuguese article or "dia" puts in a date slot: "nos vemos el
     * 22 a las 10", "ligou no dia 3", "desde el 5.". Returns where the date starts ("dia" when it is written, else
     * the number) or -1; "el 22 por ciento", "el 3 de cada 10" and "el 10 de mayo" (a rule's) are left.
     */
    static int daySlotStart(String text, int s, int e) {
        if (e - s > 2 || e - s < 1) {
            return -1;
        }
        for (int k = s; k < e; k++) {
            if (!isDigit(text.charAt(k))) {
                return -1;
            }
        }
        int v = Integer.parseInt(text, s, e, 10);
        if (v < 1 || v > 31 || e < text.length() && (Character.isLetterOrDigit(text.charAt(e))
                || text.charAt(e) == '%' || text.charAt(e) == '/' || text.charAt(e) == ':')) {
            return -1;
        }
        if (s >= 4 && text.charAt(s - 1) == '-' && text.regionMatches(true, s - 4, "ika", 0, 3)
                && (s == 4 || !Character.isLetter(text.charAt(s - 5)))) {
            return tagalogDay(text, s - 4, e); // "sa ika-20": the twentieth
        }
        if (polishOrdinalEnd(text, e) > e) {
            return s; // "w piątku 9-go", "do 15-tego": a day in the genitive, the only case Polish dates use
        }
        int p = prevWord(text, s);
        if (p < 0) {
            return -1;
        }
        String before = word(text, p);
        int start = s;
        if (before.equals("ngày")) {
            int pp = prevWord(text, p);
            String next = wordAfter(text, e);
            return pp >= 0 && VI_EVERY.contains(word(text, pp)) || DAY_COUNTED.contains(next) ? -1 : p; // "ngày 5"
        }
        if (DAY_WORDS.contains(before)) {
            int pp = prevWord(text, p);
            if (pp < 0 && p >= 2 && text.charAt(p - 1) == ' ' && text.charAt(p - 2) == ',') {
                int w = prevWord(text, p - 2);
                pp = w >= 0 && WEEKDAYS.contains(word(text, w)) ? w : -1; // "quinta, dia 11": the weekday it falls on
            }
            if (pp < 0 || !DAY_ARTICLES.contains(word(text, pp)) && !(WEEKDAYS.contains(word(text, pp))
                    || verbBeforeDay(text, pp, e))) {
                return -1; // "tres dia 3": a count, not a date
            }
            start = p; // "no dia 3": the day word belongs to the date
        } else if (!SPANISH_ARTICLES.contains(before)) {
            return -1; // Portuguese "no 3" alone is no date slot ("no 3 andar")
        } else if (prevWord(text, p) >= 0 && MENU_VERBS.contains(word(text, prevWord(text, p)))) {
            return -1; // "marque el 2 para español": a key of a phone menu, not a day
        }
        int n = e;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        if (n >= text.length() || ".,;!?)".indexOf(text.charAt(n)) >= 0) {
            return start;
        }
        String next = word(text, n);
        if (start < s) {
            return next.equals("de") || next.equals("do") || next.equals("da") || COUNTED_AFTER_DAY.contains(next) ? -1
                    : start; // "dia 3" names a day; "o dia 3 vezes", "dia 2 comprimidos" count
        }
        if (next.equals("de") || next.equals("del") || next.equals("por") || next.equals("x")) {
            return -1; // "el 3 de cada 10", "el 22 por ciento": a share; "el 10 de mayo" is a rule's
        }
        int pp = prevWord(text, p);
        return AFTER_DAY.contains(next) || pp >= 0 && TIME_PREPOSITIONS.contains(word(text, pp)) ? start : -1;
    }

    /** Verbs of a phone menu before "el N" or "le N": the number is a key ("marque el 2", "appuyez sur le 3"). */
    private static final Set<String> MENU_VERBS = WordSet.of("marque", "marca", "marcar", "oprima", "oprime",
            "presione", "presiona", "pulse", "pulsa", "digite", "disque", "sur", "tapez", "composez");

    /** Vietnamese "tuổi" counts years of age only (a duration is "năm"): "bà nội 94 tuổi". */
    private static final Set<String> AGE_ONLY_WORDS = WordSet.of("tuổi", "tuoi");
    /** Words for years that give an age after a verb of having or being: "tiene 94 años", "a 92 ans", "ma 91 lat". */
    private static final Set<String> YEARS_ABROAD = WordSet.of("años", "anos", "ans", "lat", "lata", "jahre", "taon",
            "taong", "an", "anni", "jahren"); // Tagalog "ay 93 taong gulang" (with its linker), Haitian Creole "li gen 96 an"
    /** Verbs of having or being (or turning) an age in Spanish, Portuguese, French, Polish, German and Tagalog. */
    private static final Set<String> AGE_VERBS = WordSet.of("tiene", "tenía", "tenia", "cumple", "cumplió", "cumplio",
            "tem", "tinha", "fez", "faz", "completou", "a", "avait", "aura", "ma", "miał", "mial", "miała", "miala",
            "skończył", "skończyła", "ist", "wird", "wurde", "war", "ay", "gen", "genyen", "fè");

    /**
     * Whether the number at {@code [s, e)} is an age by a word of another language after it (round 18): "tuổi",
     * which counts only years of age, or "años", "ans", "lat", "Jahre" after a verb of having or being ("mi abuela
     * tiene 94 años"); "hace 95 años" and "pendant 100 ans" are durations.
     */
    static boolean yearsOfAgeAbroad(String text, int s, int e) {
        String next = wordAfter(text, e);
        if (AGE_ONLY_WORDS.contains(next) || text.regionMatches(true, e, " taong gulang", 0, 13)) {
            return true; // Tagalog "taong gulang" is "years of age", never a duration
        }
        int p = prevWord(text, s);
        if (YEARS_ABROAD.contains(next) && p >= 0 && AGE_VERBS.contains(word(text, p))) {
            return true;
        }
        return ageSlotAbroad(text, s, e, p, next);
    }

    /**
     * Verbs of turning an age, which count nothing but years ("cumplió 91", "va a cumplir 100", "fez 92", "compie
     * 90", "wird 93"), in Spanish, Portuguese, Italian and German.
     */
    private static final Set<String> TURN_VERBS = WordSet.of("cumplió", "cumplio", "cumple", "cumplir", "cumplirá",
            "cumplira", "cumpliría", "cumpliria", "cumplía", "cumplia", "cumpla", "fez", "faz", "fará", "fara",
            "fazer", "completou", "completa", "completar", "completará", "compie", "compiuto", "compirà", "compira",
            "wird", "wurde");
    /** Verbs of having that give an age with the years left out when nothing is counted after: "ya tiene 90,". */
    private static final Set<String> HAVE_VERBS = WordSet.of("tiene", "tenía", "tenia", "tem", "tinha", "ha",
            "aveva", "hat", "hatte");
    /** Form fields of age in the clients' languages: "Edad: 94", "Idade: 92", "Alter: 91". */
    private static final Set<String> AGE_FIELDS = WordSet.of("edad", "idade", "âge", "age", "alter", "età", "eta",
            "wiek", "tuổi", "tuoi", "edat");
    /** Whether {@code [s, e)} is the label of an age field in one of the clients' languages ("Edad", "Alter"). */
    static boolean ageField(String text, int s, int e) {
        return e - s >= 3 && e - s <= 5 && WordSet.containsLower(AGE_FIELDS, text, s, e);
    }

    /**
     * Words that may follow an age and count nothing: conjunctions, articles and words of time ("cumplió 91 en
     * marzo", "a los 95 y", "fez 92 ontem"); a noun after the number makes it a count ("cumplió 30 días").
     */
    private static final Set<String> AFTER_AGE_ABROAD = WordSet.of("y", "e", "et", "und", "o", "ou", "pero", "mas",
            "ma", "aber", "porque", "en", "em", "el", "la", "le", "il", "im", "am", "este", "esta", "esse", "essa",
            "hoy", "ayer", "hoje", "ontem", "no", "na", "nel", "nella", "ya", "já", "ja", "jetzt", "ahora", "agora",
            "and", "but", "this", "last", "next", "in", "on");

    /**
     * An age over 89 by its slot in another language with no word for years after it (round 33b): after a verb of
     * turning, after "a los" (Spanish "at the age of") or "aos" (Portuguese), after a verb of having when nothing is
     * counted after it, or as the value of an age field ("Edad: 94"). The number must end its phrase: a clause's
     * punctuation, the text's end, or a word of {@link #AFTER_AGE_ABROAD}; "tiene 95 %", "cumplió 91 días" and
     * "a los 90 minutos" count.
     */
    private static boolean ageSlotAbroad(String text, int s, int e, int p, String next) {
        int a = e;
        while (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        boolean ends = a >= text.length() || ",.;!?)".indexOf(text.charAt(a)) >= 0
                && (a + 1 >= text.length() || !isDigit(text.charAt(a + 1)))
                || !next.isEmpty() && AFTER_AGE_ABROAD.contains(next);
        if (s == 0 || text.charAt(s - 1) != ' ' && text.charAt(s - 1) != ':') {
            return false;
        }
        if (!ends && !(p < 0 && a < text.length() && Character.isUpperCase(text.charAt(a)))) {
            return false; // a form's next field may follow its value: "Edad: 94   Sexo: M"
        }
        if (p < 0) {
            int c = s - 1;
            while (c >= 0 && text.charAt(c) == ' ') {
                c--;
            }
            if (c < 1 || text.charAt(c) != ':') {
                return false;
            }
            int f = prevWord(text, c);
            return f >= 0 && AGE_FIELDS.contains(word(text, f)); // "Edad: 94"
        }
        String before = word(text, p);
        if (TURN_VERBS.contains(before)) {
            return true;
        }
        if (before.equals("aos")) {
            return true; // "morreu aos 95"
        }
        int pp = prevWord(text, p);
        if (before.equals("los") && pp >= 0 && word(text, pp).equals("a")) {
            return true; // "murió a los 95", "a los 93 todavía"
        }
        return HAVE_VERBS.contains(before) && a >= text.length() || HAVE_VERBS.contains(before)
                && ",;.)".indexOf(text.charAt(a)) >= 0;
    }

    /**
     * The end (exclusive) of a number read aloud digit by digit from {@code s}, five digits or more with single
     * spaces between them ("account 4 4 8 1 9", a voicemail's transcript), or -1; "rated 8 2 2" and "5, 5 and 9"
     * are scores and ages. Round 18.
     */
    static int spokenDigitsEnd(String text, int s) {
        if (s >= 2 && text.charAt(s - 1) == ' ' && isDigit(text.charAt(s - 2))
                && (s < 3 || !Character.isLetterOrDigit(text.charAt(s - 3)))) {
            return -1; // not the run's first digit
        }
        int count = 0;
        int end = -1;
        int k = s;
        int n = text.length();
        while (k < n && isDigit(text.charAt(k)) && (k + 1 >= n || !Character.isLetterOrDigit(text.charAt(k + 1)))) {
            count++;
            end = k + 1;
            if (k + 2 < n && text.charAt(k + 1) == ' ' && isDigit(text.charAt(k + 2))) {
                k += 2;
            } else {
                break;
            }
        }
        return count >= 5 ? end : -1;
    }

    /**
     * Whether {@code [as, ae)} "/" {@code [bs, be)} is a day and a month because the second number is written with a
     * leading zero ("depuis le 14/02", "seit 03/04"): no score or share is written over "02". Round 18.
     */
    public static boolean zeroLedMonth(String text, int as, int ae, int bs, int be) {
        if (ae - as < 1 || ae - as > 2 || be - bs != 2 || text.charAt(bs) != '0' || !isDigit(text.charAt(bs + 1))
                || text.charAt(bs + 1) == '0') {
            return false;
        }
        for (int k = as; k < ae; k++) {
            if (!isDigit(text.charAt(k))) {
                return false;
            }
        }
        int day = Integer.parseInt(text, as, ae, 10);
        return day >= 1 && day <= 31;
    }

    /**
     * Whether {@code [as, ae)}, a slash or a dot, then {@code [bs, be)} is a day and a month because the first number
     * cannot be a month (13 to 31) and the second can ("on 23/11", "discharged 31.12"), a dot's month written with two
     * digits (a decimal such as "14.5" stays). Round 19: the caller asks for a word that dates before it; a score is
     * never written over less than it scored ("23/30" stays), "24/7" is a phrase, and a unit, a clock word or a
     * currency after the pair keeps it a measure or a time ("13.05 kg", "14.10 h").
     */
    public static boolean dayBeforeMonth(String text, int as, int ae, int bs, int be) {
        if (ae - as != 2 || be - bs < 1 || be - bs > 2 || !digitsOnly(text, as, ae) || !digitsOnly(text, bs, be)) {
            return false;
        }
        boolean dot = text.charAt(ae) == '.';
        int day = Integer.parseInt(text, as, ae, 10);
        int month = Integer.parseInt(text, bs, be, 10);
        if (day < 13 || day > 31 || month < 1 || month > 12 || day == 24 && month == 7 || dot && be - bs != 2
                || as > 0 && (text.charAt(as - 1) == '$' || text.charAt(as - 1) == '\u20ac' || text.charAt(as - 1) == '.')) {
            return false;
        }
        if (be < text.length() && (Character.isLetterOrDigit(text.charAt(be)) || text.charAt(be) == '/'
                || text.charAt(be) == '%')) {
            return false; // "23/11b", "14/12/": another shape
        }
        int n = be;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        return !MEASURE_AFTER_DAY_MONTH.contains(word(text, n));
    }

    /** Words among the six before a pair that make it a reading of two numbers, not a day: "BP 13/8", "ratio 14/1". */
    private static final Set<String> TWO_READINGS = WordSet.of("bp", "tension", "pressure", "presión", "presion",
            "pressão", "pressao", "pression", "ratio", "odds", "proportion", "split", "vitals", "dose", "mg");

    /**
     * A bare pair written with a slash whose first number cannot be a month (13 to 31) and whose second can ("back
     * home 22/10", "left 20/1"), read as a date by default (round 23b): no score exceeds its total, so such a pair is
     * a day first unless the text says it is two readings (a blood pressure, a ratio, a dose), a share ("14/3 days")
     * or a measure ("13/5 mg"), or it is "24/7". {@link #dayBeforeMonth} holds the shape; this asks for no cue.
     */
    public static boolean dayMonthByDefault(String text, int as, int ae, int bs, int be) {
        if (ae >= text.length() || text.charAt(ae) != '/' || !dayBeforeMonth(text, as, ae, bs, be)
                || as > 0 && "/-:#".indexOf(text.charAt(as - 1)) >= 0) {
            return false;
        }
        if (fractionSlot(text, as, be) == Fraction.SHARE) {
            return false;
        }
        int p = prevWord(text, as);
        for (int words = 0; words < 6 && p >= 0; words++) {
            if (TWO_READINGS.contains(word(text, p))) {
                return false;
            }
            p = prevWord(text, p);
        }
        return true;
    }

    /** Words after a day and month that make the pair a measure, a time or money: "13.05 kg", "14.10 Uhr". */
    private static final Set<String> MEASURE_AFTER_DAY_MONTH = WordSet.of("kg", "lb", "lbs", "mg", "ml", "h", "hrs",
            "hours", "uhr", "am", "pm", "dollars", "euros", "usd", "eur", "mmol", "kilos", "pounds", "percent", "points",
            "mph", "km", "miles", "min", "minutes", "cm", "ft", "oz", "g");

    private static boolean digitsOnly(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (!isDigit(text.charAt(k))) {
                return false;
            }
        }
        return e > s;
    }

    /** What a number after "dia" counts: "o dia 3 vezes", "por dia 2 comprimidos". */
    private static final Set<String> COUNTED_AFTER_DAY = WordSet.of("vezes", "veces", "horas", "hrs", "comprimidos",
            "pastillas", "pílulas", "pilulas", "copos", "tragos", "cigarros", "cigarrillos", "litros", "refeições",
            "comidas");
    /** Words before "dia N" that make it a rate or a count: "por dia 2", "cada dia 3", "um dia 5". */
    private static final Set<String> NOT_A_DAY_BEFORE = WordSet.of("por", "cada", "um", "uma", "un", "una", "todo",
            "mesmo", "mismo", "outro", "otro", "ao", "al", "x", "dos", "dois", "tres", "três", "cuatro", "quatro", "cinco");

    /**
     * A verb right before "dia N" with the clause ending after the number ("ela vem dia 5, quinta", "volta dia 12."):
     * Portuguese and Spanish speech drops the article, so the day is the verb's date; a rate ("por dia 2") or a
     * count word is no verb, and what a number counts after it ("dia 3 vezes") keeps it a count.
     */
    private static boolean verbBeforeDay(String text, int verb, int e) {
        String w = word(text, verb);
        if (NOT_A_DAY_BEFORE.contains(w) || w.length() < 2) {
            return false;
        }
        int n = e;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        return n >= text.length() || ".,;!?".indexOf(text.charAt(n)) >= 0;
    }

    /**
     * The end of a Polish ordinal suffix glued to a day number at {@code e} ("9-go", "15-tego", "3-ego"), or
     * {@code e}. Callers extend a day's span over it.
     */
    public static int polishOrdinalEnd(String text, int e) {
        if (e + 3 > text.length() || text.charAt(e) != '-') {
            return e;
        }
        int we = wordEnd(text, e + 1);
        String suffix = text.substring(e + 1, we).toLowerCase(Locale.ROOT);
        return suffix.equals("go") || suffix.equals("ego") || suffix.equals("tego") || suffix.equals("ym") ? we : e;
    }

    /** "sa ika-20", "noong ika-3": the day, from "ika"; "ika-3 na beses" (the third time) and a bare "ika-5" are not. */
    private static int tagalogDay(String text, int ika, int e) {
        int p = prevWord(text, ika);
        if (p < 0 && ika >= 2 && text.charAt(ika - 1) == ' ' && text.charAt(ika - 2) == ',') {
            int w = prevWord(text, ika - 2);
            p = w >= 0 && CalendarNames.weekday(word(text, w)) ? w : -1; // "Biyernes, ika-20": the day it falls on
        }
        String next = wordAfter(text, e);
        if (p < 0 || !TAGALOG_DAY_CUES.contains(word(text, p)) && !CalendarNames.weekday(word(text, p))
                || DAY_COUNTED.contains(next)) {
            return -1;
        }
        if (next.equals("ng") && TAGALOG_TIMES_OF_DAY.contains(wordAfter(text, e + 3))) {
            return -1; // "sa ika-5 ng hapon": five in the afternoon, a time
        }
        return ika;
    }

    /** The lowercased word right after {@code e} over spaces only, or "" (punctuation or the end). */
    private static String wordAfter(String text, int e) {
        int n = e;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        return n < text.length() && Character.isLetter(text.charAt(n)) ? word(text, n) : "";
    }

    /** What a month/day pair reads as, by the words around it: a date, a share or rating, or not said here. */
    public enum Fraction { DATE, SHARE, UNREAD }

    /**
     * Nouns of a dated event: a month/day right before one names its day ("4/10 appt", "3/2 hearing"), whatever its
     * total, since no score is written before them. "session" is left out: "4/10 session" counts sessions.
     */
    private static final Set<String> EVENT_NOUNS = WordSet.of("appt", "appointment", "apt", "visit", "intake", "hearing",
            "court", "surgery", "deadline", "funeral", "wedding", "interview", "flight", "mtg", "meeting", "eval",
            "evaluation", "admission", "discharge", "followup", "fu", "procedure", "consult", "consultation", "cita",
            "consulta", "audiencia", "audiência", "sentencing", "arraignment", "trial", "recital", "graduation");
    /** What a fraction counts, as the word after it: "5/7 nights", "3/4 of", "6/30 meals". */
    private static final Set<String> SHARE_NOUNS = WordSet.of("of", "days", "nights", "weeks", "times", "sessions", "items",
            "questions", "goals", "steps", "skills", "meals", "doses", "groups", "positive", "correct", "criteria",
            "symptoms", "attempts", "words", "trials", "answers", "domains",
            // what the clients' languages count or measure out: "6/7 días", "1/2 pastilla", "je prends 1/2 comprimé"
            "días", "dias", "noches", "noites", "semanas", "veces", "vezes", "fois", "jours", "nuits", "sesiones",
            "sessões", "séances", "pastilla", "pastillas", "tableta", "tabletas", "comprimido", "comprimidos",
            "comprimé", "comprimés", "cápsula", "cápsulas", "pílula", "pílulas", "dosis", "gélule", "gélules");
    /**
     * Verbs a proposed day is the subject of, which read like plurals: "5/17 works for me", "4/10 sounds good"; with
     * an approval after them (or nothing) the pair is the day proposed.
     */
    private static final Set<String> DATE_AS_SUBJECT = WordSet.of("works", "sounds", "looks", "seems", "suits", "fits");
    private static final Set<String> APPROVALS = WordSet.of("for", "good", "better", "best", "fine", "great", "ok", "okay",
            "perfect");
    /** Prepositions that put a day after them: "on 3/3", "since 2/9", "by 6/21". */
    private static final Set<String> DATE_PREPOSITIONS = WordSet.of("on", "since", "by", "until", "till", "til", "before",
            "after", "from", "thru", "through", "dated", "due");
    /** Meetings a determiner and a month/day name by their day: "her 4/10 session", "the 3/2 group". */
    private static final Set<String> MEETING_NOUNS = WordSet.of("session", "group", "class", "call", "meeting");
    private static final Set<String> DETERMINERS = WordSet.of("her", "his", "my", "our", "your", "their", "the", "this",
            "that", "s"); // "s" of "pt's 4/10 session"
    /** Words of a sentence that make a pair a ratio, not a day: "a ratio of about 3/1", "odds 5/1". */
    private static final Set<String> RATIO_WORDS = WordSet.of("ratio", "odds", "proportion", "split");

    /**
     * The slot of a month/day pair at {@code [s, e)} ("10/9", "4/10"), read alike by the rules and the residual
     * check: an event noun right after it dates it ("4/10 appt"); a counted noun after it, or a plural of an
     * everyday noun ("6/30 meals"; after a date preposition that plural opens the next clause, "since 2/9 things"),
     * or a ratio word among the eight words before it, makes it a share. Anything else is for the caller's own
     * reading (its scale words, totals and date cues).
     */
    public static Fraction fractionSlot(String text, int s, int e) {
        String next = wordAfter(text, e);
        int p = prevWord(text, s);
        int pp = p >= 0 ? prevWord(text, p) : -1;
        String wp = p >= 0 ? word(text, p) : ""; // the word before, lower-cased once for the readings below
        if (p >= 0 && (WEEKDAYS.contains(wp) || CalendarNames.weekday(wp)
                || pp >= 0 && CalendarNames.twoWordWeekday(word(text, pp), wp))) {
            return Fraction.DATE; // "martes 2/4", "Tues 4/9", "Huwebes 7/11": only a day follows a weekday
        }
        if (p >= 0 && wp.equals("passed") && pp >= 0 && (Lexicon.table().get(text, pp, wordEnd(text, pp)) & Lexicon.KIN) != 0) {
            return Fraction.UNREAD; // "her mom passed 9/23": a relative who passed died; the event's reading dates it
        }
        if (p >= 0 && SCORE_VERBS.contains(wp) && !wp.equals("get")) {
            return Fraction.SHARE; // "got 3/3 on the recall", "scored 4/4": a result right after the verb that reports it
        }
        if (p >= 0 && wp.equals("of") && pp >= 0 && WEEKS.contains(word(text, pp))) {
            return Fraction.DATE; // "the week of 6/9": a week named by its first day
        }
        Fraction list = listSlot(text, s, e);
        if (list != Fraction.UNREAD) {
            return list; // "seen 3/3 and 3/10" (one month, days apart); "scored 5/6 and 6/6" (one total)
        }
        if (rangeEnd(text, s, e, p)) {
            return Fraction.DATE; // "from 12/22 to 1/3": the end of a span of days a preposition opened
        }
        if (p >= 0 && (next.equals("a") || next.equals("an")) && !DATE_PREPOSITIONS.contains(wp)) {
            int n = wordEnd(text, skipSpaces(text, e));
            if (PORTIONS.contains(wordAfter(text, n))) {
                return Fraction.SHARE; // "1/2 a tablet", "3/4 a cup": a part of one portion, as "half a tablet"
            }
        }
        if (EVENT_NOUNS.contains(next) || MEETING_NOUNS.contains(next) && p >= 0
                && (DETERMINERS.contains(wp) || DATE_PREPOSITIONS.contains(wp)
                        || wp.equals("for"))) {
            // "for 5/27 session" (round 18): a preposition's meeting in the singular is one day's
            return Fraction.DATE; // "4/10 appt", "her 4/10 session"; "4/10 sessions" and "session 4/10" count
        }
        if (DATE_AS_SUBJECT.contains(next)) {
            int n = e;
            while (text.charAt(n) == ' ') {
                n++;
            }
            String then = wordAfter(text, wordEnd(text, n));
            return then.isEmpty() || APPROVALS.contains(then) ? Fraction.DATE : Fraction.UNREAD; // "5/17 works for me"
        }
        if (SHARE_NOUNS.contains(next) || p >= 0 && COUNTERS_ABROAD.contains(wp)) {
            return Fraction.SHARE; // "6/7 días"; "sesión 3/12", "séance 4/10": the session's number of the program's
        }
        if (pluralOfEverydayNoun(next)) {
            // "since 2/9 things have been better": after a date preposition the plural opens the next clause
            return p >= 0 && DATE_PREPOSITIONS.contains(wp) ? Fraction.DATE : Fraction.SHARE;
        }
        if (scheduledBefore(text, p) && !FILLED.contains(next)) { // "the group is 3/4 full" is a share
            return Fraction.DATE; // "set the follow-up for 3/4", "her hearing was moved to 2/20": the event's day
        }
        for (int words = 0; words < 8 && p >= 0; words++) {
            if (RATIO_WORDS.contains(word(text, p))) {
                return Fraction.SHARE;
            }
            p = prevWord(text, p);
        }
        return Fraction.UNREAD;
    }

    /** Spans of days a day names after "of": "the week of 6/9", "the weekend of 9/12", "la semana del" is Spanish's. */
    private static final Set<String> WEEKS = WordSet.of("week", "weekend", "wk", "wknd");

    /** Words that set or move an event's day, read before "for", "to", "is" or "was" and a month/day pair. */
    private static final Set<String> SCHEDULING = WordSet.of("scheduled", "rescheduled", "booked", "set", "moved",
            "pushed", "changed", "follow", "followup", "date", "due");
    private static final Set<String> SCHEDULE_LINKS = WordSet.of("for", "to", "is", "was");
    /** Words after a pair that make it how full or done something is: "the group is 3/4 full". */
    private static final Set<String> FILLED = WordSet.of("full", "empty", "done", "complete", "completed", "finished",
            "filled", "booked", "gone", "way", "there");

    /**
     * A pair after "for", "to", "is" or "was" ({@code p}) with an event noun or a word of scheduling up to four words
     * before it (round 23): "set the follow-up for 3/4", "the hearing was moved to 2/20", "the IEP meeting is 4/22".
     * A total such as /4 or /10 is a score's only where nothing schedules it ("slept 3/4 nights", "rated 6/10").
     */
    private static boolean scheduledBefore(String text, int p) {
        if (p < 0 || !SCHEDULE_LINKS.contains(word(text, p))) {
            return false;
        }
        int k = p;
        for (int words = 0; words < 4; words++) {
            int j = k - 1;
            while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '-')) {
                j--; // "follow-up": the hyphen joins the words of one noun
            }
            if (j < 0 || !Character.isLetter(text.charAt(j))) {
                return false;
            }
            while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
                j--;
            }
            k = j;
            String w = word(text, k);
            if (SCHEDULING.contains(w) || EVENT_NOUNS.contains(w) || MEETING_NOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Portions a fraction takes a part of with an article between ("1/2 a tablet", "3/4 a cup"), as "half a" does:
     * doses, servings and measures, none of them a span of time, so "relapsed 5/6 a week after" stays a date.
     */
    private static final Set<String> PORTIONS = WordSet.of("tablet", "tab", "pill", "capsule", "cap", "dose", "cup",
            "glass", "bottle", "can", "pack", "packet", "teaspoon", "tsp", "tablespoon", "tbsp", "gummy", "edible",
            "joint", "drink", "beer", "shot", "serving", "portion", "bar", "sandwich", "pizza", "mile", "pound", "lb",
            "gram", "ounce", "oz", "patch", "puff", "scoop", "spoon", "slice", "piece", "bag", "box", "pint", "liter");

    /**
     * The pair at {@code [s, e)} closes a range of days: "to", "through" or "until" before it ({@code p}), and before
     * that a month/day pair a date preposition opened ("from 12/22 to 1/3", "between 3/4 and ..." is a list). Two
     * pairs on one total ("went from 12/27 to 8/27") are a score's change, not a range.
     */
    private static boolean rangeEnd(String text, int s, int e, int p) {
        String wp = p < 0 ? "" : word(text, p);
        if (p < 0 || !(wp.equals("to") || wp.equals("through") || wp.equals("thru")
                || wp.equals("until") || wp.equals("til") || wp.equals("till"))) {
            return false;
        }
        int[] first = pairAt(text, p, false);
        if (first == null) {
            return false;
        }
        int q = prevWord(text, first[0]);
        int slash = text.indexOf('/', s);
        boolean oneTotal = text.substring(slash + 1, e).equals(text.substring(first[1] + 1, first[2]));
        return q >= 0 && (word(text, q).equals("from") || word(text, q).equals("since"))
                && (!oneTotal || oneDayOfMonths(text, first[0], first[1], first[2], s, slash, e));
    }

    /** Totals of the instruments a note scores over a number that is also a day: "12/27 to 8/27" are PHQ-9 scores. */
    private static final Set<String> DAY_LIKE_TOTALS = WordSet.of("21", "24", "27", "28", "30");

    /**
     * Two pairs over one second number that a date slot opened are one day of two months ("from 3/14 to 4/14",
     * "seen 3/14, 4/14"), unless that number is an instrument's total and the months do not follow each other
     * ("from 12/27 to 8/27" are scores; "on 5/21 and 6/21" stays two days).
     */
    private static boolean oneDayOfMonths(String text, int s1, int slash1, int e1, int s2, int slash2, int e2) {
        int m1 = smallNumber(text, s1, slash1);
        int m2 = smallNumber(text, s2, slash2);
        int d = smallNumber(text, slash2 + 1, e2);
        if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || d < 13 || d > 31 || smallNumber(text, slash1 + 1, e1) != d) {
            return false;
        }
        return !DAY_LIKE_TOTALS.contains(text.substring(slash2 + 1, e2)) || m2 == m1 % 12 + 1 || m1 == m2 % 12 + 1;
    }

    /** The value of one or two digits from {@code s} to {@code e}, or -1. */
    private static int smallNumber(String text, int s, int e) {
        if (e - s < 1 || e - s > 2) {
            return -1;
        }
        int v = 0;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Words before a list's first pair that date it: "seen 3/14, 4/14 and 5/14", "on 3/14 and 4/14". */
    private static final Set<String> LIST_DATE_CUES = WordSet.of("on", "since", "by", "until", "till", "til",
            "before", "after", "from", "dated", "due", "seen", "visits", "appts", "admitted", "discharged", "called");

    private static int skipSpaces(String text, int k) {
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    /** Counters of a program's meetings in the clients' languages, before the fraction they number. */
    private static final Set<String> COUNTERS_ABROAD = WordSet.of("sesión", "sesion", "sesiones", "sessão", "sessao",
            "sessões", "séance", "séances", "seance", "sesyon", "semana", "módulo", "modulo", "clase", "aula");

    /** Weekdays (and their short forms) of English, Spanish, Portuguese, French and German: a day follows them. */
    private static final Set<String> WEEKDAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "lunes",
            "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "segunda", "terça",
            "terca", "quarta", "quinta", "sexta", "feira", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag");
    /** Words that join the items of a list: "3/3 and 3/10", "4/2, 4/9 & 4/16", "2/4 then 3/4". */
    private static final Set<String> LIST_JOINS = WordSet.of("and", "or", "then", "y", "e", "o", "ou", "und", "et");

    /**
     * A month/day pair read with its neighbours in a list: the items of one list answer one question, so pairs that
     * share their first number and differ in the second are days of one month ("seen 3/3 and 3/10", "4/2, 4/9 and
     * 4/16"), and pairs that share the second are scores on one total ("5/6 and 6/6", "2/4, 3/4 then 4/4").
     */
    private static Fraction listSlot(String text, int s, int e) {
        int[] other = listNeighbour(text, s, false);
        if (other == null) {
            other = listNeighbour(text, e, true);
        }
        if (other == null) {
            return Fraction.UNREAD;
        }
        int slash = text.indexOf('/', s);
        boolean sameFirst = text.substring(s, slash).equals(text.substring(other[0], other[1]));
        boolean sameSecond = text.substring(slash + 1, e).equals(text.substring(other[1] + 1, other[2]));
        if (sameFirst && !sameSecond) {
            int head = s;
            for (int[] before = listNeighbour(text, s, false); before != null && head - before[0] < 80;
                    before = listNeighbour(text, head, false)) {
                head = before[0]; // the list's first pair: "seen 4/2, 4/9 and 4/16"
            }
            int p = prevWord(text, head);
            return p >= 0 && SCORE_VERBS.contains(word(text, p)) ? Fraction.UNREAD : Fraction.DATE; // "scored 3/5 and 3/10"
        }
        if (sameSecond && !sameFirst) {
            int head = s;
            for (int[] before = listNeighbour(text, s, false); before != null && head - before[0] < 80;
                    before = listNeighbour(text, head, false)) {
                head = before[0];
            }
            int p = prevWord(text, head);
            boolean dated = p >= 0 && LIST_DATE_CUES.contains(word(text, p))
                    && (other[0] < s ? oneDayOfMonths(text, other[0], other[1], other[2], s, slash, e)
                            : oneDayOfMonths(text, s, slash, e, other[0], other[1], other[2]));
            return dated ? Fraction.DATE : Fraction.SHARE; // "seen 3/14, 4/14 and 5/14"; "scored 5/6 and 6/6"
        }
        return Fraction.UNREAD;
    }

    /** Words before a list of pairs that make them scores whatever their totals: "scored 3/5 and 3/10". */
    private static final Set<String> SCORE_VERBS = WordSet.of("scored", "score", "scores", "rated", "rating", "ratings",
            "got", "get", "gets", "answered", "passed", "endorsed", "correct");

    /**
     * The pair joined to the one starting (or ending) at {@code at} by a comma, "&" or a joining word, as {start,
     * slash, end}, or null.
     */
    private static int[] listNeighbour(String text, int at, boolean forward) {
        int k = at;
        boolean joined = false;
        for (int steps = 0; steps < 4; steps++) {
            if (forward) {
                while (k < text.length() && text.charAt(k) == ' ') {
                    k++;
                }
                if (k < text.length() && (text.charAt(k) == ',' || text.charAt(k) == '&')) {
                    k++;
                    joined = true;
                } else if (k < text.length() && Character.isLetter(text.charAt(k))
                        && LIST_JOINS.contains(word(text, k))) {
                    k = wordEnd(text, k);
                    joined = true;
                } else {
                    break;
                }
            } else {
                while (k > 0 && text.charAt(k - 1) == ' ') {
                    k--;
                }
                if (k > 0 && (text.charAt(k - 1) == ',' || text.charAt(k - 1) == '&')) {
                    k--;
                    joined = true;
                } else {
                    int p = prevWord(text, k);
                    if (p < 0 || !LIST_JOINS.contains(word(text, p))) {
                        break;
                    }
                    k = p;
                    joined = true;
                }
            }
        }
        return joined ? pairAt(text, k, forward) : null;
    }

    /** A bare month/day pair starting at {@code k} (forward) or ending there, as {start, slash, end}, or null. */
    private static int[] pairAt(String text, int k, boolean forward) {
        if (forward) {
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            int a = k;
            while (k < text.length() && isDigit(text.charAt(k))) {
                k++;
            }
            if (k == a || k - a > 2 || k >= text.length() || text.charAt(k) != '/') {
                return null;
            }
            int slash = k++;
            while (k < text.length() && isDigit(text.charAt(k))) {
                k++;
            }
            boolean bare = k < text.length() ? !Character.isLetterOrDigit(text.charAt(k)) && text.charAt(k) != '/' : true;
            return k > slash + 1 && k - slash <= 3 && bare ? new int[] {a, slash, k} : null;
        }
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        int end = k;
        while (k > 0 && isDigit(text.charAt(k - 1))) {
            k--;
        }
        if (k == end || end - k > 2 || k < 2 || text.charAt(k - 1) != '/') {
            return null;
        }
        int slash = k - 1;
        k = slash;
        while (k > 0 && isDigit(text.charAt(k - 1))) {
            k--;
        }
        boolean bare = k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1)) && text.charAt(k - 1) != '/';
        return k < slash && slash - k <= 2 && bare ? new int[] {k, slash, end} : null;
    }

    /** "meals", "pills", "worksheets": an everyday noun in the plural (its singular is a common word). */
    static boolean pluralOfEverydayNoun(String w) {
        if (w.length() < 4 || w.charAt(w.length() - 1) != 's' || w.charAt(w.length() - 2) == 's'
                || w.charAt(w.length() - 2) == 'u' || w.charAt(w.length() - 2) == 'i') {
            return false; // "always", "was", "this", "thus" are no plurals
        }
        org.practicekit.core.text.WordList english = org.practicekit.core.text.WordList.english();
        return english.isCommonWord(w) && english.isCommonWord(w, 0, w.length() - 1);
    }

    /**
     * The word after a number ending at {@code end} is a plural everyday noun ("1400 files", "2500 patients", "1200
     * followers"): the number counts it. The caller checks that no identifier word stands before the number.
     */
    static boolean countedNounAfter(String text, int end, org.practicekit.core.text.WordList english) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        int ws = end + 1;
        int we = wordEnd(text, ws);
        if (we + 1 < text.length() && text.charAt(we) == ' ' && Character.isLowerCase(text.charAt(we + 1))
                && text.charAt(we - 1) != 's' && english.isCommonWord(text, ws, we)) {
            ws = we + 1; // "3000 unread emails": one word before the noun counted
            we = wordEnd(text, ws);
        }
        end = ws - 1;
        return we - end - 1 >= 4 && text.charAt(we - 1) == 's' && text.charAt(we - 2) != 's'
                && (english.isCommonWord(text, end + 1, we) || english.isCommonWord(text, end + 1, we - 1));
    }

    /** An e-mail address whose local part is a service's automated sender ("noreply@zoom.us"). */
    static boolean noReplyAddress(String text, int s, int e) {
        if (s >= e || text.charAt(s) == '@') {
            return false;
        }
        int at = s + 1;
        while (at < e && text.charAt(at) != '@') {
            at++; // within the word only: a search to the end of the text made the residual reading quadratic
        }
        return at < e && NO_REPLY.contains(text.substring(s, at).toLowerCase(Locale.ROOT));
    }

    /**
     * The word at {@code s} is a hashtag or a subreddit's name ("#sobertok", "r/stopdrinking"): a topic people post
     * under, not a person; a user's handle ("u/name", "@name") is not one.
     */
    static boolean topicTag(String text, int s) {
        if (s >= 1 && text.charAt(s - 1) == '#') {
            return s == 1 || Character.isWhitespace(text.charAt(s - 2)) || text.charAt(s - 2) == '(';
        }
        return s >= 2 && text.charAt(s - 1) == '/' && (text.charAt(s - 2) == 'r' || text.charAt(s - 2) == 'R')
                && (s == 2 || !Character.isLetterOrDigit(text.charAt(s - 3)) && text.charAt(s - 3) != '/');
    }

    /** Words run together, as a hashtag writes them: "MeToo", "sobertok" (no capital after the first letter is lower). */
    private static boolean joinedWords(String text, int s, int e) {
        boolean lowerOnly = true;
        for (int k = s + 1; k < e; k++) {
            char c = text.charAt(k);
            if (Character.isUpperCase(c) && Character.isLowerCase(text.charAt(k - 1))) {
                return true;
            }
            lowerOnly &= !Character.isUpperCase(c);
        }
        return lowerOnly && Character.isLowerCase(text.charAt(s));
    }

    private static int prevWord(String text, int s) {
        int k = s - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 0 || !Character.isLetter(text.charAt(k))) {
            return -1;
        }
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    private static String word(String text, int s) {
        return text.substring(s, wordEnd(text, s)).toLowerCase(Locale.ROOT);
    }

    private static int wordEnd(String text, int s) {
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
