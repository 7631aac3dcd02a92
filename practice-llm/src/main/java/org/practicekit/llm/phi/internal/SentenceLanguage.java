package org.practicekit.llm.phi.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.practicekit.core.text.WordList;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Which language a sentence is written in, read from its function words, and what that says of a name candidate
 * in it. The token model and the residual check take capitalized words of Polish, Vietnamese, French, Tagalog,
 * Portuguese and Spanish sentences ("Dzisiaj", "Tôi", "Mercredi", "Salamat", "Graças") for names because English
 * lists do not know them; a word the sentence's own language knows is no evidence of a name. The other way, a
 * capitalized word that language does not know right after one of its kin words or person markers ("minha irmã
 * Génesis", "Chị Hoa", "sabi ni Marites") is in a person's slot.
 *
 * <p>The lists are closed-class words (pronouns, articles, prepositions, conjunctions, auxiliaries), weekdays,
 * greetings, time adverbs and kin words, written for this class; Spanish also asks the bundled Spanish word list.
 * A sentence counts as one of these languages when at least two of its other words are that language's and they
 * outnumber its English function words. Stateless and thread-safe.
 */
public final class SentenceLanguage {
    private static final int NONE = -1;
    private static final int PL = 0;
    private static final int VI = 1;
    private static final int FR = 2;
    private static final int TL = 3;
    private static final int PT = 4;
    private static final int ES = 5;

    /** Per language, its known words folded (lower case, no diacritics). */
    private static final List<Set<String>> WORDS = List.of(
            words("i w z na nie sie to ze jest jestem jestes sa byl byla bylo mam ma masz moj moja moje mojego mojej mi"
                    + " mnie ja ty on ona ono my wy oni one ale a o do od po przez dla bez jak tak co czy juz jeszcze"
                    + " bardzo dzisiaj dzis jutro wczoraj teraz zawsze nigdy tylko tez takze ktory ktora ktore ten ta"
                    + " tego tej tym moge moze mozesz chce wiem bo gdy kiedy gdzie dlaczego znowu caly cala cale jego"
                    + " jej ich nam wam im dzien dobry dobrze dziekuje prosze przepraszam poniedzialek wtorek sroda"
                    + " czwartek piatek sobota niedziela wszystko bedzie mowi powiedzial powiedziala"
                    + " mama tata brat siostra maz zona syn corka babcia dziadek ciocia wujek kolega kolezanka"),
            words("toi ban anh chi em co chu bac ong ba chung la va cua cho voi khong da dang se rat nhung nay do hom"
                    + " qua ngay thang gio den di ve o trong ngoai lam thay duoc bi vi nen neu thi cung con me bo cha"
                    + " vo chong nha oi a nhe sau truoc buoi hen noi dau sao gi ai day kia roi lai hay muon can phai"
                    + " biet nguoi minh cam buon vui ngu hoc"),
            words("je j tu il elle on nous vous ils elles le la les l un une des du de d au aux et ou mais donc car ne"
                    + " pas plus que qu qui quoi ce cette ces mon ma mes ton ta tes son sa ses notre votre leur me m te t"
                    + " se s y en est suis es sommes etes sont ai as a avons avez ont tres bien aussi avec pour dans sur"
                    + " sous chez par sans depuis pendant aujourd hui demain hier lundi mardi mercredi jeudi vendredi"
                    + " samedi dimanche bonjour merci desole desolee oui non peux peut veux veut dois doit fait fais"
                    + " parce comme quand encore toujours jamais rien tout tous semaine mois jour"
                    + " mere pere soeur frere mari femme fils fille tante oncle amie ami"),
            words("ako ikaw ka siya kami tayo kayo sila ko mo niya namin natin ninyo nila ang ng nang sa si ni kay mga"
                    + " na ay at pero kasi hindi oo po opo ba din rin lang naman pa may mayroon wala ito iyan iyon dito"
                    + " diyan doon kahapon ngayon bukas kagabi salamat maraming sabi gusto ayaw kailangan dahil kung"
                    + " para talaga sobra pagod masaya malungkot mahal nanay tatay ate kuya tita tito lola lolo anak"
                    + " asawa kapatid"),
            words("eu tu voce ele ela nos voces eles elas o a os as um uma de do da dos das em no na nas por pelo pela"
                    + " para com sem e ou mas que nao sim muito muita meu minha meus minhas seu sua estou esta estava"
                    + " sou foi era tenho tem tinha vou vai vamos consigo comigo contigo hoje ontem amanha semana gracas"
                    + " obrigado obrigada deus me te se lhe noite dia segunda terca quarta quinta sexta sabado domingo"
                    + " oi ola tudo bem tambem ja ainda quando porque como onde"
                    + " mae pai irma irmao filho filha marido esposa avo tia tio namorado namorada amiga amigo"),
            words("yo tu el ella nosotros ustedes ellos ellas la los las un una de del al en con sin por para y o pero"
                    + " que no si muy mi mis su sus me te se le les lo estoy esta estaba soy es fue era tengo tiene"
                    + " tenia voy va vamos hoy ayer manana semana gracias dios lunes martes miercoles jueves viernes"
                    + " sabado domingo hola todo bien tambien ya todavia cuando porque como donde"
                    + " mama papa hermana hermano hijo hija esposo esposa abuela abuelo tia tio novio novia amiga amigo"));

    /** Per language, the kin words and person markers after which a capitalized unknown word is a person. */
    private static final List<Set<String>> PERSON_MARKERS = List.of(
            words("mama tata brat siostra maz zona syn corka babcia dziadek ciocia wujek kolega kolezanka"),
            words("anh chi em co chu bac ong ba me bo cha con vo chong ban"),
            words("mere pere soeur frere mari femme fils fille tante oncle amie ami"),
            words("si ni kay nanay tatay ate kuya tita tito lola lolo anak asawa kapatid"),
            words("mae pai irma irmao filho filha marido esposa avo tia tio namorado namorada amiga amigo"),
            words("mama papa hermana hermano hijo hija esposo esposa abuela abuelo tia tio novio novia amiga amigo"));

    /** English function words: a sentence with as many of these is read as English. */
    private static final Set<String> ENGLISH = words("i the a an and is are was were to of in on my me he she it you"
            + " we they that this with for at be have has had not do did will can so but or if about from his her our"
            + " your im its dont cant wont him them their just");

    private static final WordTable LEX = Lexicon.table();
    /** Every language's words and every language's markers, so most candidates leave before the sentence is read. */
    private static final Set<String> ANY_WORD = union(WORDS);
    private static final Set<String> ANY_MARKER = union(PERSON_MARKERS);
    /** Folded chars of Latin letters with diacritics (up to Latin Extended Additional, where Vietnamese sits). */
    private static final char[] FOLD = foldTable();
    private static final int HASH_MASK = (1 << 16) - 1;
    /** Hashes ({@link #foldChar}) of every listed word English does not share: a clear bit proves a word is none. */
    private static final long[] FOREIGN_HASHES = foreignHashes();
    private static final int MAX_LEN = 12;

    private SentenceLanguage() {
    }

    /**
     * {@code found} without the one-word person and name spans that the language of their sentence knows as a word,
     * plus the persons that language's kin words and markers put in a slot. Returns {@code found} itself when
     * nothing changes.
     */
    public static List<PhiSpan> read(String text, List<PhiSpan> found) {
        found = KinInItsLanguage.release(text, found); // "Lola is sick and nanay wants me home": a relation
        if (!mayBeForeign(text)) {
            return found;
        }
        List<PhiSpan> kept = KeptSpans.without(found, s -> knownWordOfItsSentence(text, s));
        List<PhiSpan> added = markedPersons(text, kept);
        if (added.isEmpty()) {
            return kept;
        }
        List<PhiSpan> all = new ArrayList<>(kept);
        all.addAll(added);
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        return all;
    }

    /**
     * A cheap gate: English-only messages rarely carry two words of these lists that English does not share. Words
     * are hashed as they are read and only a hash the lists hold is looked up, so most texts allocate nothing here.
     */
    private static boolean mayBeForeign(String text) {
        int hits = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            int h = 0;
            while (i < n && Character.isLetter(text.charAt(i))) {
                h = 31 * h + foldChar(text.charAt(i));
                i++;
            }
            if (i > s && i - s <= MAX_LEN && (FOREIGN_HASHES[(h & HASH_MASK) >>> 6] & (1L << h)) != 0) {
                String w = fold(text, s, i);
                if (!ENGLISH.contains(w)) {
                    for (Set<String> lang : WORDS) {
                        if (lang.contains(w)) {
                            if (++hits >= 2) {
                                return true;
                            }
                            break;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean knownWordOfItsSentence(String text, PhiSpan s) {
        if (s.type() != PhiCategory.PERSON && s.type() != PhiCategory.NAME) {
            return false;
        }
        for (int i = s.start(); i < s.end(); i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false; // one word only: "Nguyễn Thị Lan" is read as a whole
            }
        }
        // the sentence is read only for a word some list holds, or a capital at a sentence's start (Spanish)
        if (!ANY_WORD.contains(fold(text, s.start(), s.end()))
                && !(Character.isUpperCase(text.charAt(s.start())) && sentenceStart(text, s.start()))) {
            return false;
        }
        int lang = language(text, s.start(), s.end());
        if (lang == NONE) {
            return false;
        }
        // Spanish and the other languages capitalize no common noun inside a sentence: a capital there is a name's
        // ("Vivo con Rocío", "Hablé con Dolores") unless the word is one of the language's function words
        boolean capitalInside = Character.isUpperCase(text.charAt(s.start())) && !sentenceStart(text, s.start());
        if (afterMarker(text, s.start(), lang)) {
            return false; // "mi tia tala vino", "el hijo de antor", "soy julo": the language's own person slot
        }
        if (Character.isUpperCase(text.charAt(s.start())) && !capitalInside && personVerbAfter(text, s.end())
                && givenNameUnaccented(text, s.start(), s.end())) {
            return false; // "Rocío dijo que", "Soledad ligou ontem" (round 38): dew and solitude do not speak
        }
        if (WORDS.get(lang).contains(fold(text, s.start(), s.end()))) {
            return !(capitalInside && (LEX.get(text, s.start(), s.end()) & Lexicon.FIRST) != 0);
        }
        // the Spanish dictionary only for a capital the sentence's start explains ("Vivo con", "Trabaja en"): it
        // holds many given names in lower case ("deja", "dante", "pamela"), and lower-case texts write names so
        String w = text.substring(s.start(), s.end());
        return lang == ES && Character.isUpperCase(w.charAt(0)) && !capitalInside && WordList.spanish().isCommonWord(w)
                && !WordList.english().isCommonWord(w) && (LEX.get(text, s.start(), s.end()) & Lexicon.FIRST) == 0
                && !PersonSlots.ssaGivenName(w.toLowerCase(Locale.ROOT)) && !firstPersonPairAfter(text, s.end());
    }

    /**
     * Spanish and Portuguese verbs only a person does, in the third person, right after a subject (round 38): speaking,
     * writing, calling, crying, coming to see someone; written as {@link #fold} leaves them. A common noun of the
     * language before one of them is a name.
     */
    private static final Set<String> PERSON_VERBS = words("dijo dice conto cuenta pregunto pregunta respondio "
            + "contesto llamo llama escribio escribe lloro llora grito grita mando manda aviso vino viene llego visito "
            + "quiere queria prometio explico cancelo confeso mintio disse diz contou conta perguntou pergunta respondeu "
            + "ligou liga escreveu escreve chorou chora gritou mandou avisou veio vem chegou visitou quer prometeu "
            + "explicou cancelou mentiu");

    /** The next word is one of {@link #PERSON_VERBS}, perhaps after "no"/"não", "me", "le", "nos", "ya", "já". */
    private static boolean personVerbAfter(String text, int e) {
        int n = ResidualCheck.skipBlanks(text, e);
        for (int hop = 0; hop < 2 && n < text.length(); hop++) {
            int ne = n;
            while (ne < text.length() && letter(text.charAt(ne))) {
                ne++;
            }
            if (ne == n || n == e) {
                return false;
            }
            String w = fold(text, n, ne);
            if (PERSON_VERBS.contains(w)) {
                return true;
            }
            if (!CLITICS.contains(w)) {
                return false;
            }
            n = ResidualCheck.skipBlanks(text, ne);
        }
        return false;
    }

    private static final Set<String> CLITICS = words("no nao me le les nos te lo la ya ja");

    /** Subject pronouns and other words that open a clause before its verb, as {@link #fold} leaves them ("Ella dice"). */
    private static final Set<String> CLAUSE_SUBJECTS = words("yo tu el ella ellos ellas usted ustedes nosotros "
            + "nosotras vosotros alguien nadie todos todo eso esto eu ele ela eles elas voce voces nos ninguem todo "
            + "tudo isso isto quien quem que");

    /** The word is a given name of the bundled lists once its accents are off ("Rocío" -> "rocio"), no pronoun. */
    private static boolean givenNameUnaccented(String text, int s, int e) {
        if (CLAUSE_SUBJECTS.contains(fold(text, s, e))) {
            return false; // "Ella dice que": the pronoun, though "Ella" is a given name too
        }
        if ((Lexicon.withPlainNameFlags(LEX, text, s, e, LEX.get(text, s, e)) & Lexicon.FIRST) != 0) {
            return true;
        }
        return PersonSlots.ssaGivenName(Lexicon.plainLower(text.substring(s, e)));
    }

    /** Words that introduce the writer by name: "soy julo", "sou a Thaís", "jestem Kasia". */
    private static final Set<String> INTRODUCING = words("soy sou jestem");

    /** The word before {@code s} is a kin word or person marker of the language, "de" after one, or "soy". */
    private static boolean afterMarker(String text, int s, int lang) {
        int pe = s;
        while (pe > 0 && text.charAt(pe - 1) == ' ') {
            pe--;
        }
        int ps = pe;
        while (ps > 0 && Character.isLetter(text.charAt(ps - 1))) {
            ps--;
        }
        if (ps == pe || pe == s) {
            return false;
        }
        String prev = fold(text, ps, pe);
        if (PERSON_MARKERS.get(lang).contains(prev) || INTRODUCING.contains(prev)) {
            return true;
        }
        if (!prev.equals("de") && !prev.equals("do") && !prev.equals("da")) {
            return false;
        }
        int qe = ps;
        while (qe > 0 && text.charAt(qe - 1) == ' ') {
            qe--;
        }
        int qs = qe;
        while (qs > 0 && Character.isLetter(text.charAt(qs - 1))) {
            qs--;
        }
        return qs < qe && qe < ps && PERSON_MARKERS.get(lang).contains(fold(text, qs, qe));
    }

    /** "Bruna y yo", "Bruna e eu": the word and the writer, a pair only people make. */
    private static boolean firstPersonPairAfter(String text, int e) {
        int n = ResidualCheck.skipBlanks(text, e);
        if (!(ResidualCheck.wordIs(text, n, "y") || ResidualCheck.wordIs(text, n, "e"))) {
            return false;
        }
        int m = ResidualCheck.skipBlanks(text, n + 1);
        return ResidualCheck.wordIs(text, m, "yo") || ResidualCheck.wordIs(text, m, "eu")
                || ResidualCheck.wordIs(text, m, "mi") || ResidualCheck.wordIs(text, m, "minha")
                || ResidualCheck.wordIs(text, m, "meu");
    }

    /** Capitalized words right after a kin word or person marker of the sentence's language, which it does not know. */
    private static List<PhiSpan> markedPersons(String text, List<PhiSpan> found) {
        List<PhiSpan> out = new ArrayList<>();
        int n = text.length();
        int prevStart = -1;
        int prevEnd = -1;
        int i = 0;
        while (i < n) {
            while (i < n && !letter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && letter(text.charAt(i))) {
                i++;
            }
            if (i == s) {
                break;
            }
            if (prevEnd >= 0 && Character.isUpperCase(text.charAt(s)) && onlySpaceBetween(text, prevEnd, s)
                    && prevEnd - prevStart <= MAX_LEN && ANY_MARKER.contains(fold(text, prevStart, prevEnd))
                    && !covered(found, s, i)) {
                int lang = language(text, s, i);
                if (lang != NONE && PERSON_MARKERS.get(lang).contains(fold(text, prevStart, prevEnd))
                        && !WORDS.get(lang).contains(fold(text, s, i))) {
                    out.add(new PhiSpan(s, i, PhiCategory.PERSON, 0.6));
                }
            } else if (Character.isUpperCase(text.charAt(s)) && sentenceStart(text, s) && personVerbAfter(text, i)
                    && !covered(found, s, i) && givenNameUnaccented(text, s, i) && language(text, s, i) != NONE) {
                // the verb first: it reads two words and rejects nearly every sentence, where the spans found so far
                // are many in a long text
                // "Ángel llamó para cancelar" (round 38): a given name at the sentence's start before a verb of the
                // language only a person does, which English reads as the word "angel"
                out.add(new PhiSpan(s, i, PhiCategory.PERSON, 0.6));
            }
            prevStart = s;
            prevEnd = i;
        }
        return out;
    }

    /** {@link Character#isLetter(char)}, without the Unicode tables for ASCII: this walk reads every char. */
    private static boolean letter(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return to > from;
    }

    private static boolean covered(List<PhiSpan> found, int s, int e) {
        for (PhiSpan p : found) {
            if (p.start() < e && p.end() > s) {
                return true;
            }
        }
        return false;
    }

    /** The language of the sentence around [s, e), read from its other words, or {@link #NONE}. */
    private static int language(String text, int s, int e) {
        int from = s;
        while (from > 0 && !boundary(text.charAt(from - 1))) {
            from--;
        }
        int to = e;
        while (to < text.length() && !boundary(text.charAt(to))) {
            to++;
        }
        int[] hits = new int[WORDS.size()];
        int english = 0;
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int ws = i;
            while (i < to && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i == ws || ws == s) {
                continue;
            }
            String w = fold(text, ws, i);
            if (ENGLISH.contains(w)) {
                english++;
            }
            for (int l = 0; l < hits.length; l++) {
                if (WORDS.get(l).contains(w)) {
                    hits[l]++;
                } else if (l == ES && Character.isLowerCase(text.charAt(ws)) && i - ws > 3
                        && WordList.spanish().isCommonWord(text.substring(ws, i))
                        && !WordList.english().isCommonWord(text.substring(ws, i))) {
                    hits[l]++;
                }
            }
        }
        int best = NONE;
        for (int l = 0; l < hits.length; l++) {
            if (hits[l] >= 2 && hits[l] > english && (best == NONE || hits[l] > hits[best])) {
                best = l;
            }
        }
        return best;
    }

    private static boolean boundary(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ';';
    }

    private static boolean sentenceStart(String text, int s) {
        int k = s - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '"' || text.charAt(k) == '(')) {
            k--;
        }
        return k < 0 || boundary(text.charAt(k)) || text.charAt(k) == ':';
    }

    private static char foldChar(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
    }

    private static char[] foldTable() {
        char[] t = new char[0x1F00];
        for (int c = 0; c < t.length; c++) {
            String f = fold(String.valueOf((char) c), 0, 1);
            t[c] = f.length() == 1 ? f.charAt(0) : Character.toLowerCase((char) c);
        }
        return t;
    }

    private static long[] foreignHashes() {
        long[] bits = new long[(HASH_MASK + 1) / 64];
        for (Set<String> lang : WORDS) {
            for (String w : lang) {
                if (ENGLISH.contains(w) || w.length() > MAX_LEN) {
                    continue;
                }
                int h = 0;
                for (int k = 0; k < w.length(); k++) {
                    h = 31 * h + w.charAt(k);
                }
                bits[(h & HASH_MASK) >>> 6] |= 1L << h;
            }
        }
        return bits;
    }

    /** Lower case without diacritics; Polish ł and Vietnamese đ, which do not decompose, by hand. */
    static String fold(CharSequence text, int s, int e) {
        String w = text.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) > 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return w;
        }
        w = w.replace('ł', 'l').replace('đ', 'd');
        String d = Normalizer.normalize(w, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char ch = d.charAt(k);
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static Set<String> union(List<Set<String>> sets) {
        Set<String> all = new HashSet<>();
        sets.forEach(all::addAll);
        return WordSet.copyOf(all);
    }

    private static Set<String> words(String list) {
        return WordSet.copyOf(new HashSet<>(List.of(list.split(" "))));
    }
}
