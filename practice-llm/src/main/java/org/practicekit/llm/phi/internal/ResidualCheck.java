package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.ANY_ID_CONTEXT;
import static org.practicekit.llm.phi.internal.Lexicon.AUX;
import static org.practicekit.llm.phi.internal.Lexicon.CITATION;
import static org.practicekit.llm.phi.internal.Lexicon.COLLECTIVE;
import static org.practicekit.llm.phi.internal.Lexicon.CTX_AGE;
import static org.practicekit.llm.phi.internal.Lexicon.CTX_USER;
import static org.practicekit.llm.phi.internal.Lexicon.HUMAN_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.NOT_ID;
import static org.practicekit.llm.phi.internal.Lexicon.PERSON_NOUN;
import static org.practicekit.llm.phi.internal.Lexicon.SCALE_CUE;
import static org.practicekit.llm.phi.internal.Lexicon.SPEECH_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.STORE;
import static org.practicekit.llm.phi.internal.Lexicon.CLINICAL;
import static org.practicekit.llm.phi.internal.Lexicon.CONTACT;
import static org.practicekit.llm.phi.internal.Lexicon.EMPLOYER;
import static org.practicekit.llm.phi.internal.Lexicon.EPONYM;
import static org.practicekit.llm.phi.internal.Lexicon.FIRST;
import static org.practicekit.llm.phi.internal.Lexicon.KIN;
import static org.practicekit.llm.phi.internal.Lexicon.FOREIGN_MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.STATE;
import static org.practicekit.llm.phi.internal.Lexicon.WEEKDAY;
import static org.practicekit.llm.phi.internal.Lexicon.NAMING;
import static org.practicekit.llm.phi.internal.Lexicon.SLANG;
import static org.practicekit.llm.phi.internal.Lexicon.STOP;
import static org.practicekit.llm.phi.internal.Lexicon.SURNAME;
import static org.practicekit.llm.phi.internal.Lexicon.TITLE;
import static org.practicekit.llm.phi.internal.Lexicon.UNIT_OF_MEASURE;
import static org.practicekit.llm.phi.internal.Lexicon.VOCABULARY;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.practicekit.core.text.WordList;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * The guard's second check, which does not trust the detector: it reads the already pseudonymized
 * text and denies by default. A word that is not a known English word (the bundled SCOWL list), not
 * clinical or public vocabulary and not a placeholder is a possible identifier:
 *
 * <ul>
 *   <li>{@link #namesToReplace}: capitalized unknown words, any name-like word right after a
 *       relation, title or contact cue ("her son Autumn", "texted jenny"), lowercase given names,
 *       and identifier-shaped tokens (e-mail and web addresses, handles, letter-digit codes) are
 *       to be pseudonymized;</li>
 *   <li>{@link #identifierNumbers}: any digit run of four or more that is not an allowed clinical
 *       number (years, psychotherapy CPT codes, doses and other measures, money, clock times, NDC
 *       codes, public crisis lines) is reported by category, so the guard can fail closed.</li>
 * </ul>
 *
 * It shares word lists with the detector but none of its rules. Stateless and thread-safe.
 */
public final class ResidualCheck {
    private final WordTable lex = Lexicon.table();
    private final EnglishWords words = new EnglishWords();
    /** Words whose flags matter even in lower case: names, cues, vocabulary. */
    private final long[] listed = lex.filter(FIRST | KIN | NAMING | CONTACT | TITLE | EMPLOYER | VOCABULARY | SLANG
            | UNIT_OF_MEASURE | CITATION | FOREIGN_MONTH);
    private final WordList english = words.list();
    /** Verbs only a person is the subject of ("said", "texted"), and platforms before a handle. */
    private final long[] personVerbs = lex.filter(HUMAN_VERB);
    private final long[] platforms = lex.filter(CTX_USER);
    /** Given names that are everyday words, read by the slot they stand in ("my sister dawn is", "texted rose"). */
    private final PersonSlots slots = new PersonSlots(lex, english);
    /** Slots that say "not an identifier": states abroad, family words, pets, products, figures, codes, masks. */
    private final NotIdentifiers notIdentifiers = new NotIdentifiers(lex, slots);
    private final ChainMentions chains = new ChainMentions(lex, NotIdentifiers.CLASSES);
    /** Employers and schools read from the person nouns around them ("my Duke roommate", "employer Adidas"). */
    private final AffiliationSlots affiliations = new AffiliationSlots(lex, english);
    private final LocalPlaces localPlaces = new LocalPlaces(lex, english);
    /** Institutions, towns, roads, streets and employers named the short way, by their slot (round 34). */
    private final ShortFormPlaces shortForms = new ShortFormPlaces(lex, english);
    private final UncuedPlaces uncuedPlaces = new UncuedPlaces(lex, english);
    /** People named by the speaker, a sign-off, an age or pronouns after them, a field or "and them" (round 35). */
    private final PeopleCues peopleCues = new PeopleCues(lex, english);
    /** Single words only the sentence places: addressed names, initials, organizations by their acts, transit. */
    private final SentenceSlots sentenceSlots = new SentenceSlots(lex, english, slots);

    /** Spans of the pseudonymized {@code text} to pseudonymize as well (ordered, non-overlapping). */
    public List<PhiSpan> namesToReplace(String text) {
        List<PhiSpan> out = new ArrayList<>();
        char[] chars = text.toCharArray(); // word-table lookups read arrays, the fast path
        int n = text.length();
        int i = 0;
        int prevWordStart = -1;
        int prevWordEnd = -1;
        long prevFlags = 0;
        boolean lowercaseRegister = lowercaseRegister(chars);
        boolean prevLowerUnreplaced = false;
        int wordsSincePlatform = 99;
        List<PhiSpan> inPersonSlot = List.of();
        WrittenOutNumbers.phones(text, chars, out);
        while (i < n) {
            char c = chars[i];
            if (isSpace(c)) {
                i++;
                continue;
            }
            // a whitespace-delimited chunk
            int chunkStart = i;
            int chunkEnd = i;
            while (chunkEnd < n && !isSpace(chars[chunkEnd])) {
                chunkEnd++;
            }
            int spoken = c >= '0' && c <= '9' ? NumberReading.spokenDigitsEnd(text, chunkStart) : -1;
            if (spoken > chunkStart) {
                out.add(new PhiSpan(chunkStart, spoken, PhiCategory.ID, 0.6)); // "account 4 4 8 1 9", read aloud
                prevWordStart = -1;
                prevFlags = 0;
                prevLowerUnreplaced = false;
                i = spoken;
                continue;
            }
            int trimmed = trimStart(text, chunkStart, chunkEnd); // read once: three questions below start there
            if (NumberReading.noReplyAddress(text, trimmed, chunkEnd)) {
                prevWordStart = -1; // "noreply@zoom.us": a service's sender, no one's address
                prevFlags = 0;
                prevLowerUnreplaced = false;
                i = chunkEnd;
                continue;
            }
            int shape = identifierShape(text, chars, chunkStart, chunkEnd);
            if (shape == 0 && WrittenOutNumbers.slashDate(text, trimmed, trimEnd(text, trimmed, chunkEnd), lex)) {
                shape = DATE_SHAPE; // "4/10", "10/4/25": a date unless a scale or a count reads it
            } else if (shape == 0 && dottedInitials(text, chunkStart, chunkEnd)) {
                shape = INITIALS;
            }
            if (shape != 0) {
                int s = trimmed;
                int e = trimEnd(text, s, chunkEnd);
                if (e > s) {
                    out.add(new PhiSpan(s, e, shapeCategory(shape), 0.6));
                }
                prevWordStart = -1;
                prevFlags = 0;
                prevLowerUnreplaced = false;
                i = chunkEnd;
                continue;
            }
            // words inside the chunk
            int k = chunkStart;
            while (k < chunkEnd) {
                char d = chars[k];
                if (d == '[') {
                    int close = placeholderEnd(text, k, chunkEnd);
                    if (close > k) {
                        prevWordStart = k;
                        prevWordEnd = close;
                        prevFlags = 0;
                        prevLowerUnreplaced = false;
                        k = close;
                        continue;
                    }
                }
                if (!(d < 128 ? d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' || d >= '0' && d <= '9'
                        : Character.isLetterOrDigit(d))) {
                    k++;
                    continue;
                }
                int ws = k;
                int we = wordEnd(chars, k, chunkEnd);
                k = we;
                boolean replace = false;
                int coreEnd = possessiveStripped(text, ws, we);
                int hash = 0;
                for (int x = ws; x < coreEnd; x++) {
                    hash = 31 * hash + WordTable.foldForHash(chars[x]);
                }
                boolean upper = d >= 'A' && d <= 'Z' || d >= 128 && Character.isUpperCase(d);
                // most lowercase words are on no list and follow no cue: skip their lookup
                boolean lookUp = upper || lowercaseRegister || WordTable.mayContain(listed, hash)
                        || (prevFlags & (KIN | NAMING | CONTACT | TITLE)) != 0;
                long f = lookUp ? lex.get(chars, ws, coreEnd, hash) : 0;
                if (upper) {
                    f = Lexicon.withPlainNameFlags(lex, chars, ws, coreEnd, f); // "Rocío", "Núñez": the lists' "rocio"
                }
                if (coreEnd < we && (f & (VOCABULARY | CLINICAL)) == 0) {
                    f |= lex.get(chars, ws, we) & (VOCABULARY | CLINICAL); // "Ménière's" is listed whole
                }
                if (upper && hasLetter(text, ws, coreEnd) && !firstPersonContraction(text, ws, coreEnd)) {
                    // asked last, of the few words the rules would replace: "the song Landslide", "binged Gilmore Girls"
                    replace = (capitalizedIsName(text, ws, coreEnd, f, prevWordStart, prevWordEnd, prevFlags)
                            || (coreEnd - ws == 1 || !allCaps(text, ws, coreEnd))
                                    && slots.personInSlot(text, ws, coreEnd, f, hash, prevWordStart, prevWordEnd, prevFlags)
                            || allCaps(text, ws, coreEnd) && slots.surnameFirst(text, ws, coreEnd)
                            || coreEnd - ws == 2 && slots.initialsInSlot(text, ws, coreEnd, prevWordStart, prevWordEnd, prevFlags))
                            && !ProperNounContext.titleOrFandom(text, ws, coreEnd)
                            && !ProperNounContext.namedMethodOrStorm(text, ws, coreEnd)
                            && !ProperNounContext.adjectiveFromAName(text, ws, coreEnd)
                            && !WordMentions.credential(text, ws, coreEnd); // "her PsyD", "his PhD"
                } else if (!upper && (d >= 'a' && d <= 'z' || d >= 128 && Character.isLowerCase(d))) {
                    replace = lowercaseIsName(text, ws, coreEnd, f, prevWordStart, prevWordEnd, prevFlags)
                            || (sentenceStart(text, ws) || prevWordStart >= 0 && sentenceStart(text, prevWordStart)
                                    && INTERJECTIONS.contains(text.substring(prevWordStart, prevWordEnd).toLowerCase(java.util.Locale.ROOT)))
                                    && wordNameActs(text, ws, coreEnd, f) // "ugh april from work told everyone"
                            || lowercaseRegister && unknownInLowercase(text, ws, coreEnd, f)
                                    && !NumberReading.countedWord(text, ws)
                            || lowercaseRegister && rareWordGivenName(text, ws, coreEnd, f, prevWordStart, prevWordEnd)
                            || givenNameAfterRelation(text, ws, coreEnd, f, prevWordEnd, prevFlags)
                            || slots.personInSlot(text, ws, coreEnd, f, hash, prevWordStart, prevWordEnd, prevFlags);
                    if (replace && CalendarNames.calendarWord(text.substring(ws, coreEnd))
                            && !NameTokens.givenNameAnywhere(text, ws, coreEnd)) {
                        replace = false; // "julho", "desanm": a month or weekday in lower case; "juni" may be a name
                    }
                    if (replace && (firstPersonContraction(text, ws, coreEnd) || wordDrawnOut(text, ws, coreEnd))) {
                        replace = false; // "i'll", "i've"; "lmaooo": the pronoun, a word drawn out
                    }
                    if (!replace && prevLowerUnreplaced && prevWordEnd == ws - 1 && WordTable.mayContain(personVerbs, hash)
                            && personVerb(text, ws, coreEnd)
                            && subjectBeforePersonVerb(text, prevWordStart, prevWordEnd, prevFlags, lowercaseRegister)) {
                        out.add(new PhiSpan(prevWordStart, prevWordEnd, PhiCategory.NAME, 0.6)); // "sunny said", "tyrese texted"
                    }
                    if (!replace && wordsSincePlatform <= 3 && handleAfterPlatform(text, ws, coreEnd, f, prevWordStart)) {
                        out.add(new PhiSpan(ws, coreEnd, PhiCategory.USERNAME, 0.6)); // "his insta is tjbrennan"
                    }
                } else if (d >= '0' && d <= '9' && we - ws <= 3 && ageOverEightyNine(text, ws, we)) {
                    out.add(new PhiSpan(ws, we, PhiCategory.AGE, 0.6));
                } else if (d >= '0' && d <= '9' && dayOfMonth(text, ws, we)) {
                    out.add(new PhiSpan(ws, we, PhiCategory.DATE, 0.6));
                } else if (d >= '0' && d <= '9' && (we - ws <= 2 || NumberReading.polishOrdinalEnd(text, ws + 1) == we
                        || NumberReading.polishOrdinalEnd(text, ws + 2) == we)) {
                    int digitsEnd = ws + 1 < we && chars[ws + 1] >= '0' && chars[ws + 1] <= '9' ? ws + 2 : ws + 1;
                    int day = NumberReading.daySlotStart(text, ws, digitsEnd); // "el 22", "no dia 3", "9-go"
                    if (day >= 0) {
                        boolean free = out.isEmpty() || out.get(out.size() - 1).end() <= day;
                        out.add(new PhiSpan(free ? day : ws, we, PhiCategory.DATE, 0.6));
                    }
                }
                if ((d == 'i' || d == 'I') && we - ws >= 5 && we - ws <= 6 && chars[ws + 3] == '-'
                        && NumberReading.daySlotStart(text, ws + 4, we) == ws) {
                    out.add(new PhiSpan(ws, we, PhiCategory.DATE, 0.6)); // Tagalog "sa ika-20": the twentieth
                } else if (!replace && (d > '9' || d >= 128)) {
                    // Safe Harbor counts every element of a date but the year: "relapsed in March", "on the fourth"
                    int month = (f & (MONTH | FOREIGN_MONTH)) != 0 || prefixedMonth(chars, ws, coreEnd)
                            ? DateElements.monthAlone(text, ws, coreEnd, lex) : -1;
                    if (month >= 0) {
                        out.add(new PhiSpan(month, coreEnd, PhiCategory.DATE, 0.6));
                    } else if (!upper && (prevWordEnd - prevWordStart == 3 || prevWordEnd - prevWordStart == 6)) {
                        // "on the fourth", and "on the twenty second" read whole (round 21)
                        int day = DateElements.spelledDayStart(text, ws, coreEnd);
                        if (day >= 0 && (out.isEmpty() || out.get(out.size() - 1).end() <= day)) {
                            out.add(new PhiSpan(day, coreEnd, PhiCategory.DATE, 0.6));
                        }
                    }
                }
                if (!replace && !upper && lowercaseRegister && (f & STORE) != 0 && prevWordStart >= 0
                        && placeWordBefore(text, prevWordStart, prevWordEnd) && !english.isCommonWord(text, ws, coreEnd)) {
                    replace = true; // "got hours at costco": a chain written without capitals where the message puts someone
                } else if (!replace && !upper && prevWordStart >= 0 && Character.isLetter(d)
                        && businessInLowerCase(text, ws, coreEnd, prevWordStart, prevWordEnd)) {
                    out.add(new PhiSpan(ws, coreEnd, PhiCategory.LOCATION, 0.6)); // "works at menards", "a shift at wawa"
                }
                if (Character.isLetter(d)
                        && slots.personWhateverElse(text, ws, coreEnd, hash, prevWordStart, prevWordEnd, prevFlags)
                        && !opensPublicName(text, ws, prevFlags)) {
                    // a given name where only a person stands, whatever else it is (round 28): no public reading
                    // below releases it, so it is kept apart and joined in last
                    if (inPersonSlot.isEmpty()) {
                        inPersonSlot = new ArrayList<>(2);
                    }
                    inPersonSlot.add(new PhiSpan(ws, coreEnd, PhiCategory.NAME, 0.6));
                }
                if (upper && (f & FIRST) != 0 && coreEnd == we) {
                    int friend = publicNameOfSomeoneKnown(text, ws);
                    if (friend > 0) {
                        // a public figure's full name the words after make a friend ("Chris Evans from work"): no
                        // public reading releases it, so it is joined in last with the slots' names (round 34)
                        if (inPersonSlot.isEmpty()) {
                            inPersonSlot = new ArrayList<>(2);
                        }
                        inPersonSlot.add(new PhiSpan(ws, friend, PhiCategory.NAME, 0.6));
                    }
                }
                if (replace && !ProperNounContext.pluralWeekday(text, ws, coreEnd) && !NumberReading.topicTag(text, ws)) {
                    // the whole name: "lil mo", "ray ray", "PHAM, KHANH" (the span of its first word gives way)
                    int start = slots.nameStart(text, ws, coreEnd, prevWordStart, prevWordEnd);
                    while (start < ws && !out.isEmpty() && out.get(out.size() - 1).start() >= start) {
                        out.remove(out.size() - 1);
                    }
                    out.add(new PhiSpan(start, coreEnd, PhiCategory.NAME, 0.6));
                }
                wordsSincePlatform++;
                if (WordTable.mayContain(platforms, hash) && (lex.get(chars, ws, coreEnd, hash) & CTX_USER) != 0) {
                    wordsSincePlatform = 0;
                }
                prevLowerUnreplaced = !upper && !replace && coreEnd - ws >= 3 && Character.isLetter(d);
                prevWordStart = ws;
                prevWordEnd = coreEnd;
                prevFlags = f;
            }
            i = chunkEnd;
        }
        // words of another script that no bundled list knows: deny by default, as for unknown capitalized words
        List<PhiSpan> kept = withoutPublicVocabulary(text, out);
        // asked after the public vocabulary, which would release a payer that the sentence makes an actor ("Molina
        // dropped her"); these slots read only words the rules above let through
        List<PhiSpan> placed = sentenceSlots.spans(text, chars, kept);
        if (!placed.isEmpty()) {
            placed = notIdentifiers.withoutPublicMentions(text, placed); // "went to Target": a slot, but a chain
        }
        // a word of the sentence's own language is no name ("Tôi", "Salamat"); its kin words mark one ("Chị Hoa")
        List<PhiSpan> names = WordMentions.read(text, SentenceLanguage.read(text, UncuedNames.merge(text, placed.isEmpty()
                ? kept : UncuedNames.merge(text, kept, placed), UncuedNames.otherScripts(text))));
        // stores and companies deny by default, read last so no public reading above releases one the sentence does
        // not make a brand ("shifts at Kroger", "met at panera")
        List<PhiSpan> stores = chains.spans(text);
        if (!stores.isEmpty()) {
            // a chain's word inside a public figure's full name is no chain: "Bob Ross videos" (round 33)
            stores.removeIf(c -> insidePublicName(text, c.start(), c.end()));
        }
        if (!stores.isEmpty()) {
            // only what nothing above replaced: a span already there keeps its own extent
            stores.removeIf(c -> names.stream().anyMatch(f -> f.start() < c.end() && c.start() < f.end()));
        }
        List<PhiSpan> chained = stores.isEmpty() ? names : UncuedNames.merge(text, names, stores);
        // an employer or a school by its slot, read last like the stores: no public reading releases what a person
        // noun after it or the noun "employer" beside it places ("her Amazon coworker")
        List<PhiSpan> held = affiliations.spans(text);
        if (!held.isEmpty()) {
            held.removeIf(c -> chained.stream().anyMatch(f -> f.start() < c.end() && c.start() < f.end()));
        }
        List<PhiSpan> affiliated = held.isEmpty() ? chained : UncuedNames.merge(text, chained, held);
        // a local place in lower case by its slot (round 32), likewise only where nothing above replaced a word
        List<PhiSpan> local = localPlaces.spans(text);
        if (!local.isEmpty()) {
            // a place run holding a word replaced above takes it in whole when merged ("hamilton middle", not
            // "hamilton [..]"); one that only crosses a span above leaves that span its own extent
            local.removeIf(c -> affiliated.stream().anyMatch(f -> f.start() < c.end() && c.start() < f.end()
                    && (f.start() < c.start() || f.end() > c.end())));
        }
        List<PhiSpan> localized = local.isEmpty() ? affiliated : UncuedNames.merge(text, affiliated, local);
        // a short form's slot (round 34), read last and only where nothing above replaced a word of it
        List<PhiSpan> shortForm = shortForms.spans(text);
        if (!shortForm.isEmpty()) {
            shortForm.removeIf(c -> localized.stream().anyMatch(f -> f.start() < c.end() && c.start() < f.end()));
        }
        List<PhiSpan> shortened = shortForm.isEmpty() ? localized : UncuedNames.merge(text, localized, shortForm);
        // a place with no cue by its slot (round 36): a run holding a word replaced above takes it in whole ("the
        // 9th precinct", not "the [..] precinct"); one that only crosses a span above leaves that span its extent
        List<PhiSpan> uncued = uncuedPlaces.spans(text);
        if (!uncued.isEmpty()) {
            uncued = new ArrayList<>(uncued);
            uncued.removeIf(c -> shortened.stream().anyMatch(f -> f.start() < c.end() && c.start() < f.end()
                    && (f.start() < c.start() || f.end() > c.end())));
        }
        List<PhiSpan> all = uncued.isEmpty() ? shortened : UncuedNames.merge(text, shortened, uncued);
        // a person's slot that is no relation before the name (round 35): joined in last with round 28's slots, so no
        // public reading releases the speaker's "Coco" or a sign-off's "Pascal"
        List<PhiSpan> introduced = peopleCues.spans(text);
        if (!introduced.isEmpty()) {
            List<PhiSpan> joined = new ArrayList<>(inPersonSlot);
            for (PhiSpan p : introduced) {
                if (joined.stream().noneMatch(q -> q.start() < p.end() && p.start() < q.end())) {
                    joined.add(p);
                }
            }
            joined.sort(java.util.Comparator.comparingInt(PhiSpan::start));
            inPersonSlot = joined;
        }
        if (!inPersonSlot.isEmpty()) {
            inPersonSlot.removeIf(p -> all.stream().anyMatch(f -> f.start() < p.end() && p.start() < f.end()));
            return inPersonSlot.isEmpty() ? all : UncuedNames.merge(text, all, inPersonSlot);
        }
        return all;
    }

    /**
     * A business written in lower case where the note puts someone ("at", "from", "near", "outside", "works for"):
     * a listed chain that is no common English word, also without its apostrophe ("kohls" for "Kohl's"), a public
     * company after "works for" ("fedex"), or a word no dictionary knows ("zaxbys"). Everyday places stay: "at home",
     * "from work", "at the mall".
     */
    private boolean businessInLowerCase(String text, int s, int e, int ps, int pe) {
        int cue = ps;
        int cueEnd = pe;
        if (wordIs(text, ps, "the")) {
            cue = ProperNounContext.prevWordStart(text, ps, false);
            cueEnd = cue < 0 ? -1 : lettersEnd(text, cue);
        }
        boolean employer = cue >= 0 && (employerBefore(text, cue, cueEnd) || heldBefore(text, cue, cueEnd));
        if (cue < 0 || !(employer || placeWordBefore(text, cue, cueEnd) && !wordIs(text, cue, "to"))) {
            return false;
        }
        long f = lex.get(text, s, e); // a lower-case word in a mixed text was not looked up unless a list may hold it
        if ((employer || startBefore(text, cue, cueEnd)) && listedOrganization(text, s, e)) {
            return true; // "works at google", "a nurse at mayo": a public name that is also a word, as an employer
        }
        if ((f & STORE) != 0 || employer && (f & Lexicon.PUBLIC) != 0 || e - s >= 4 && text.charAt(e - 1) == 's'
                && (lex.get(text.substring(s, e - 1) + "'s", 0, e - s + 1) & STORE) != 0) {
            return !english.isCommonWord(text, s, e);
        }
        return unknownInLowercase(text, s, e, f) && !WordList.spanish().isCommonWord(text, s, e);
    }

    /** What a fraction measures out: "1/2 tab", "3/4 cup", "1/2 of a pill". */
    private static final java.util.Set<String> DOSE_FORMS = WordSet.of("tab", "tabs", "tablet", "tablets", "pill",
            "pills", "cap", "caps", "capsule", "capsules", "cup", "cups", "tsp", "teaspoon", "tbsp", "tablespoon",
            "dose", "doses", "mg", "ml", "patch", "strip", "gummy", "pack", "bottle", "glass", "beer", "drink", "joint",
            "gram", "g", "oz", "mile", "miles", "hour", "hours", "hr", "hrs", "pastilla", "pastillas", "tableta",
            "tabletas", "comprimido", "comprimidos", "comprimé", "comprimés", "cápsula", "cápsulas", "pílula",
            "pílulas", "gélule", "gélules", "dosis"); // "tomo 1/2 pastilla", "je prends 1/2 comprimé"

    /** "takes 1/2 tab at bedtime": a fraction before what it measures is a dose, not a month and day. */
    private static boolean doseFraction(String text, int s, int e) {
        String value = text.substring(s, e);
        if (!value.matches("[1-9]/[1-9]") || value.charAt(0) >= value.charAt(2)) {
            return false;
        }
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (ne > n && text.substring(n, ne).equalsIgnoreCase("of")) {
            n = skipBlanks(text, ne);
            ne = lettersEnd(text, n);
            if (ne > n && (text.substring(n, ne).equalsIgnoreCase("a") || text.substring(n, ne).equalsIgnoreCase("an"))) {
                n = skipBlanks(text, ne);
                ne = lettersEnd(text, n);
            }
        }
        return ne > n && DOSE_FORMS.contains(text.substring(n, ne).toLowerCase(java.util.Locale.ROOT));
    }

    /** "mid-May", "early-June", "late-Oct": a month after a prefix that places an event in it. */
    private static boolean prefixedMonth(char[] chars, int s, int e) {
        int limit = Math.min(e, s + 6);
        for (int k = s + 3; k < limit; k++) {
            if (chars[k] == '-') {
                return true;
            }
        }
        return false;
    }

    private boolean capitalizedIsName(String text, int s, int e, long f, int ps, int pe, long pf) {
        if (e - s == 1) {
            return initial(text, s, e);
        }
        boolean start = sentenceStart(text, s);
        if (describedBy(text, s, e)) {
            return false; // "Capgras-like", "Gottman-informed": a description, not a person
        }
        if (tradeRunAfter(text, e) && !functionWord(text, s, e)) {
            return true; // "Beacon Pediatrics", "Sunny Side Roofing": a business by the trade its name ends in
        }
        if (allCaps(text, s, e)) {
            // acronyms: clinical shorthand is full of them; an employer's is not ("works for UPS")
            return ps >= 0 && !start && (f & CLINICAL) == 0 && employerBefore(text, ps, pe);
        }
        if (start && wordNameActs(text, s, e, f)) {
            return true; // "Holiday said", "Autumn hasn't answered", "Chance refused": round 19
        }
        if (!start && (f & (CLINICAL | TITLE)) != 0 && lowerCaseClassOnly(text, s, e, f)
                && !ProperNounContext.namesNoOne(text, s, e) && uncalledForCapital(text, s, e, f, ps, pe)) {
            return true; // "so Major told the group": a clinical word English writes in lower case, capitalized (round 25)
        }
        if ((f & (CLINICAL | TITLE)) != 0 || text.charAt(e - 1) == 's' && (plural(text, s, e) & (VOCABULARY | TITLE)) != 0) {
            return false;
        }
        boolean cue = ps >= 0 && (pf & (KIN | TITLE | NAMING)) != 0 && !start;
        if ((f & (KIN | PERSON_NOUN | COLLECTIVE)) == 0 && ((f & VOCABULARY) == 0 || (f & FIRST) != 0)
                && !functionWord(text, s, e) && besidePersonPlaceholder(text, s, e)) {
            return true; // "Kit and [PERSON_1] are her friends": one of two people
        }
        // namesNoOne already asks eponymousTitle: ask it alone only when the other contexts do not count
        if ((pf & (KIN | TITLE)) == 0 ? ProperNounContext.namesNoOne(text, s, e) : ProperNounContext.eponymousTitle(text, s, e)) {
            return false; // "her dog Maple", "Glasgow Coma Scale", "drinks Hennessy", "dressed as Batman"
        }
        if (!start && (f & (STATE | MONTH | WEEKDAY)) == 0 && beforePlacePlaceholder(text, e)) {
            return true; // "Caterpillar in [LOCATION_1]", "the Walgreens at [ADDRESS_2]": a business at a place
        }
        if (!start && uncalledForCapital(text, s, e, f, ps, pe)) {
            return true; // "so then Hunter shows up": a given name capitalized where the sentence is not
        }
        if ((f & VOCABULARY) != 0) {
            return cue && (f & (FIRST | SURNAME)) != 0 && !citation(text, e) // "her daughter April", "Dr. Brown"
                    || !start && (f & STORE) != 0 && ps >= 0 && placeWordBefore(text, ps, pe); // "at Costco"
        }
        if (cue && !employerCue(pf)) {
            return ((f & STOP) == 0 || (f & (FIRST | SURNAME)) != 0) && !inPhrase(text, s, e);
        }
        if (ps >= 0 && !start && employerBefore(text, ps, pe)) {
            return true; // "works at Caterpillar": an employer, whatever the word
        }
        if (!known(text, s, e)) {
            // a capitalized word no dictionary knows ("Okafor", "Lindqvist"), unless its shape or a dose makes it
            // a product ("BuzzFeed", "Mounjaro 5 mg")
            return !inPhrase(text, s, e) && !ProperNounContext.product(text, s, e, english);
        }
        if (start) {
            // an everyday word that starts a sentence is a name only when it acts as one: "Hope didn't come"
            if ((f & (FIRST | SURNAME)) == 0 && (f & STOP) != 0) {
                // a common word on no name list starts a note's phrase as often as a clause ("Referral received",
                // "Termination processed"): only a verb no noun phrase takes makes it a name ("Cricket said")
                return (f & (KIN | PERSON_NOUN | COLLECTIVE)) == 0 && personVerbAfter(text, e) && !inPhrase(text, s, e)
                        && !thingOrKind(text, s, e);
            }
            return (f & (FIRST | SURNAME)) != 0 && (f & (KIN | PERSON_NOUN | COLLECTIVE)) == 0
                    && actsAsSubject(text, e) && !inPhrase(text, s, e) && !thingOrKind(text, s, e);
        }
        // an everyday word capitalized inside a sentence is a proper noun when a name list has it ("met Rose
        // there", "the Cubs", "Whole Foods") or the note puts someone there ("from Covenant"), unless it is a
        // relation, a counted thing ("Step 4") or a title word; headings and labels ("Mood: Euthymic") are not
        return ((f & (FIRST | SURNAME | STORE | Lexicon.TEAM | Lexicon.CITY)) != 0 || ps >= 0 && placeWordBefore(text, ps, pe))
                && (f & (KIN | PERSON_NOUN | COLLECTIVE | UNIT_OF_MEASURE | CITATION)) == 0 && !numberAfter(text, e)
                && !functionWord(text, s, e) && !inPhrase(text, s, e) && !titleRun(text, s, e) && !thingOrKind(text, s, e)
                || capitalMarksProperNoun(text, s, e, f, ps, pe);
    }

    /**
     * Word classes a writer capitalizes inside a sentence without naming anyone or anywhere: kin and roles ("told Mom"),
     * titles, units, slang, the cue words of the lists (employment, naming, places, dates, scales, identifiers), and
     * every public or clinical vocabulary (drugs, therapies, payers, places at state level or above, faiths, days). The
     * name, store, team and city lists are read by the rule before, which keeps its own conditions.
     */
    private static final long NO_PROPER_NOUN = KIN | PERSON_NOUN | COLLECTIVE | UNIT_OF_MEASURE | CITATION | SLANG | TITLE
            | Lexicon.HOLIDAY | Lexicon.PET | AUX | Lexicon.NUMBER_WORD | Lexicon.DIRECTION | Lexicon.ORG_SUFFIX
            | Lexicon.PLACE_SUFFIX | Lexicon.FILLER | Lexicon.INSTRUMENT | Lexicon.FICTION_CUE | Lexicon.CONSUME | EMPLOYER
            | NAMING | CONTACT | VOCABULARY | CLINICAL | Lexicon.UNIT | Lexicon.DATE_CUE | SCALE_CUE | ANY_ID_CONTEXT
            | NOT_ID | Lexicon.PLACE_PREP | Lexicon.PLACE_VERB | HUMAN_VERB | FOREIGN_MONTH
            | FIRST | SURNAME | STORE | Lexicon.TEAM | Lexicon.CITY;
    /**
     * Words before a noun that make a capitalized word a thing, a concept, a subject or a setting of the writer's ("the
     * Program", "my Recovery", "in Algebra", "works in Sales"), a description ("feeling Hopeless", "so Tired"), a
     * comparison ("like Wilder"), a time zone ("5 pm Pacific") or a cheer ("go Cubs").
     */
    private static final java.util.Set<String> NOT_BEFORE_A_NAME = WordSet.of("my", "your", "his", "her", "our",
            "their", "its", "the", "a", "an", "in", "into", "feel", "feels", "felt", "feeling", "seem", "seems", "seemed",
            "look", "looks", "looked", "become", "became", "get", "gets", "got", "getting", "so", "very", "too", "really",
            "pretty", "kinda", "quite", "super", "more", "most", "less", "least", "like", "than", "unlike", "am", "pm", "go",
            "tháng", "thứ");
    /** Words a message ends a thought with before a lost full stop: "lol Music has been hard". */
    private static final java.util.Set<String> MESSAGE_BREAKS = WordSet.of("lol", "lmao", "lmfao", "omg", "ugh", "ok",
            "okay", "yeah", "btw", "idk", "smh", "ngl", "tbh", "haha", "welp", "jk", "fr");
    /** Words that open a message or a letter and forms of address: "Hello", "Dear Sir or Madam". */
    private static final java.util.Set<String> GREETINGS_AND_ADDRESS = WordSet.of("hello", "hey", "hi", "hiya",
            "thanks", "thank", "sorry", "please", "dear", "sir", "madam", "maam", "goodbye", "bye", "welcome",
            "congratulations", "congrats", "cheers", "regards", "sincerely");
    /** German function words: German capitalizes every noun, so a capital there marks none as a name. */
    private static final java.util.Set<String> GERMAN_FUNCTION_WORDS = WordSet.of("der", "die", "das", "dem", "den",
            "des", "ich", "ist", "und", "nicht", "mit", "bei", "zum", "zur", "bis", "hier", "bitte", "meiner", "meine",
            "mein", "eine", "einen", "einem", "hatte", "habe", "bin", "sind", "wir", "auf", "auch", "noch", "kann");
    /**
     * Endings of English adjectives, abstract nouns and verb forms, which writers capitalize for weight or at a lost
     * sentence break ("Hopeless", "Stepped down", "Running helps") and which no given name or place on no list carries.
     */
    private static final String[] NOT_NAME_ENDINGS = {"ed", "ing", "ly", "less", "ful", "ness", "ous", "ive", "ment",
            "ism", "ity", "tion", "sion", "able", "ible"};

    /**
     * Round 39, deny by default where English itself marks a proper noun: an everyday word that no list holds
     * ("Sigma", "Stocky", "Elm", "Division"), capitalized inside a sentence right after a word in lower case, is a
     * name of someone or somewhere. English capitalizes no common noun there; writers do in a run of title words, a
     * heading or a label, after a quote, a bracket, a dash or a comma, after an article or a possessive ("the Program",
     * "my Recovery"), in a pair of capitals ("Anxiety and Sleep"), in a line written in title case, and in German,
     * none of which this reads. Vocabulary never reaches here: a drug, a therapy, a payer, a faith or a day is on a
     * list ({@link #NO_PROPER_NOUN}), and so is a public name the guard alone reads (a billing vendor, a planet).
     */
    private boolean capitalMarksProperNoun(String text, int s, int e, long f, int ps, int pe) {
        if (ps < 0 || e - s < 3 || (f & NO_PROPER_NOUN) != 0 || !Character.isLowerCase(text.charAt(ps))) {
            return false;
        }
        for (int k = pe; k < s; k++) {
            if (text.charAt(k) != ' ') {
                return false; // a quote, a bracket, a dash, a slash or a comma between: a label or a list, not prose
            }
        }
        if (WordSet.containsLower(NOT_BEFORE_A_NAME, text, ps, pe) || GivenWordUse.determinerBefore(text, ps, pe)
                || PublicKinds.articleThat(text, ps, pe) || WordSet.containsLower(MESSAGE_BREAKS, text, ps, pe)) {
            return false; // "lol Music has been hard": a message's lost full stop
        }
        if (wordIs(text, ps, "and") && pe - ps == 3 || wordIs(text, ps, "or") && pe - ps == 2) {
            int q = ProperNounContext.prevWordStart(text, ps, false);
            if (q >= 0 && Character.isUpperCase(text.charAt(q))) {
                return false; // "Anxiety and Sleep discussed": the capital of a pair
            }
        }
        if (WordSet.containsLower(GREETINGS_AND_ADDRESS, text, s, e) || notNameEnding(text, s, e)
                || PublicMentions.listedAlone(text, s, e)) {
            return false;
        }
        int next = skipBlanks(text, e);
        if (next < text.length() && next == e + 1 && Character.isUpperCase(text.charAt(next))) {
            return false; // "Bright Path", "Higher Power": a run of several words is read by the run's readers
        }
        int afterDot = skipBlanks(text, e + 1);
        if (e < text.length() && (text.charAt(e) == ':' || text.charAt(e) == '.' && e - s <= 4 && afterDot > e + 1
                && afterDot < text.length() && Character.isUpperCase(text.charAt(afterDot)))) {
            return false; // "Strengths: Humor", "Atty. Blaylock": a label, an abbreviation
        }
        if (next == e + 1 && wordIs(text, next, "work") && lettersEnd(text, next) == next + 4) {
            return false; // "Chair work", "Shadow work": a technique by the thing it works with
        }
        if (titleAfterConnector(text, e) || !allLetters(text, s, e) || titleCaseSentence(text, s)
                || germanSentence(text, s)) {
            return false;
        }
        return !functionWord(text, s, e) && !numberAfter(text, e) && !closesParenthesis(text, e) && !inPhrase(text, s, e)
                && !titleRun(text, s, e) && !thingOrKind(text, s, e);
    }

    private static boolean notNameEnding(String text, int s, int e) {
        if (e - s > 4 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')) {
            e--; // "Meditations": the ending of the singular
        }
        for (String ending : NOT_NAME_ENDINGS) {
            int k = e - ending.length();
            if (k > s + 1 && text.regionMatches(true, k, ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }

    /** "Couch to 5K", "State of the Union": a connector after the word, then a capital or a digit: a title. */
    private static boolean titleAfterConnector(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (n != e + 1 || ne == n || !isConnector(text, n, ne) || wordIs(text, n, "a") || wordIs(text, n, "an")) {
            return false;
        }
        int m = skipBlanks(text, ne);
        if (m < text.length() && (wordIs(text, m, "the") || wordIs(text, m, "a"))) {
            m = skipBlanks(text, lettersEnd(text, m));
        }
        return m > ne && m < text.length() && (Character.isUpperCase(text.charAt(m)) || Character.isDigit(text.charAt(m)));
    }

    /** The sentence around {@code s} holds a German function word. */
    private static boolean germanSentence(String text, int s) {
        for (int[] w : PublicMentions.sentenceWords(text, s)) {
            if (w[1] - w[0] >= 3 && Character.isLowerCase(text.charAt(w[0]))
                    && WordSet.containsLower(GERMAN_FUNCTION_WORDS, text, w[0], w[1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean allLetters(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (!Character.isLetter(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentence around {@code s} is written in title case (half or more of its words of three letters or more
     * capitalized, four such words at least): a title, a heading or a form's label, where a capital marks nothing.
     */
    private static boolean titleCaseSentence(String text, int s) {
        int from = PublicMentions.sentenceStart(text, s);
        int to = PublicMentions.sentenceEnd(text, s);
        int words = 0;
        int capitals = 0;
        for (int k = from; k < to; ) {
            if (!Character.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int we = k;
            while (we < to && Character.isLetter(text.charAt(we))) {
                we++;
            }
            if (we - k >= 3) {
                words++;
                if (Character.isUpperCase(text.charAt(k))) {
                    capitals++;
                }
            }
            k = we;
        }
        return words >= 4 && capitals * 2 >= words;
    }

    /** Public word classes a given-name policy of round 24 leaves alone: months, places, brands, roles, vocabulary. */
    private static final long NOT_BY_NAME_POLICY = VOCABULARY | SLANG | UNIT_OF_MEASURE | KIN | PERSON_NOUN | COLLECTIVE
            | TITLE | CITATION | Lexicon.CITY | STORE | Lexicon.TEAM | Lexicon.HOLIDAY | Lexicon.PET | AUX;
    /** Countries of the public dictionary; those that are also given names ("Jordan", "Chad") are places only in a place slot. */
    private static final java.util.Set<String> COUNTRIES = SentenceSlots.section("public-names.txt",
            "# countries and regions", "# ");
    /** Words that put a country in a place slot: "in Jordan", "moved back to Georgia", "flew from India". */
    private static final java.util.Set<String> PLACE_SLOT_WORDS = WordSet.of("in", "to", "from", "at", "near", "of",
            "visit", "visited", "visiting", "across", "through", "into", "around", "outside", "toward", "towards");

    /**
     * The public word classes stand in the way of a given-name policy, with two exceptions read by their class: a
     * country that is also a given name is a place only after a place word, and a two-letter state code is one only
     * in capitals ("Al" is no "AL").
     */
    private boolean publicClassBlocks(String text, int s, int e, long f, int ps, int pe) {
        long blocking = f & NOT_BY_NAME_POLICY;
        if (blocking == 0) {
            return false;
        }
        if (Character.isUpperCase(text.charAt(s)) && lowerCaseClassOnly(text, s, e, f)) {
            return false; // English capitalizes no season, measure or clinical word: "poor Summer,", "told Miles"
        }
        if ((blocking & ~(Lexicon.PUBLIC | Lexicon.STATE)) != 0) {
            return true;
        }
        if ((blocking & Lexicon.STATE) != 0 && (e - s != 2 || allCaps(text, s, e))) {
            return true;
        }
        if ((blocking & Lexicon.PUBLIC) != 0) {
            boolean country = COUNTRIES.contains(text.substring(s, e).toLowerCase(java.util.Locale.ROOT));
            return !country || ps >= 0 && PLACE_SLOT_WORDS.contains(text.substring(ps, pe).toLowerCase(java.util.Locale.ROOT));
        }
        return false;
    }

    /**
     * Round 24, a policy for the capitalized case: a given name of the SSA files capitalized where the sentence does
     * not capitalize (not its first word, the word before it in lower case, the word after it not capitalized, so no
     * heading, title or multi-word public name) is a person, unless a public dictionary has the word (months, places,
     * stores, teams, holidays, pets, roles, vocabulary) or an article or determiner makes it a thing ("the Jade
     * line"). The word's English sense does not matter: English does not capitalize it there.
     */
    private boolean uncalledForCapital(String text, int s, int e, long f, int ps, int pe) {
        if (e - s < 2 || ps < 0 || publicClassBlocks(text, s, e, f, ps, pe) || !NameTokens.givenNameAnywhere(text, s, e)) {
            return false;
        }
        char before = text.charAt(ps);
        if (!Character.isLowerCase(before) || GivenWordUse.determinerBefore(text, ps, pe)
                || GivenWordUse.comparingBefore(text, ps, pe)) {
            return false;
        }
        int next = skipBlanks(text, e);
        if (next < text.length() && next == e + 1 && Character.isUpperCase(text.charAt(next))) {
            return false; // "Mercy Hospital", "Jordan River": one public name of several words
        }
        return !inPhrase(text, s, e) && !titleRun(text, s, e) && !thingOrKind(text, s, e) && !numberAfter(text, e)
                && !functionWord(text, s, e) && !closesParenthesis(text, e);
    }

    /** The word ends a parenthesis ("(Vantongeren and Pryce)"): authors cited, not someone present. */
    private static boolean closesParenthesis(String text, int e) {
        return e < text.length() && text.charAt(e) == ')';
    }

    /**
     * Round 24, a policy for the lower-case case: in a message written without capitals, a given name whose use as
     * an English word is rare ({@link GivenWordUse#rareAsWord}) is a person unless the word before it counts or
     * points at a thing, or a public dictionary has it.
     */
    private boolean rareWordGivenName(String text, int s, int e, long f, int ps, int pe) {
        return e - s >= 2 && (f & STOP) == 0 && !publicClassBlocks(text, s, e, f, ps, pe) && !hasDigit(text, s, e)
                && GivenWordUse.rareAsWord(text, s, e, english) && !GivenWordUse.determinerBefore(text, ps, pe)
                && !GivenWordUse.describingBefore(text, ps, pe)
                && !(WordList.spanish().isCommonWord(text, s, e) && GivenWordUse.spanishMessage(text))
                && !NumberReading.countedWord(text, s);
    }

    /** The public classes whose words English writes in lower case: a unit of measure, a clinical word, a season. */
    private static final long LOWER_CASE_CLASSES = UNIT_OF_MEASURE | CLINICAL | Lexicon.PUBLIC;
    /** Seasons: public words (they date no one) that English writes in lower case, though writers often do not. */
    private static final java.util.Set<String> SEASONS = WordSet.of("spring", "summer", "autumn", "fall", "winter");

    /**
     * Round 25: a given name whose only public reading is a word English writes in lower case (a unit of measure, a
     * clinical word that is a common English word, a season: "Miles", "Major", "Summer"). Round 24's policy let every
     * public class block the capital; English capitalizes none of them mid-sentence, so the capital is the name's.
     * Proper-noun classes (months, places, brands, holidays, teams, eponyms) still block. Writers do capitalize a
     * season they describe ("mentioned Summer is hard", measured on the training notes): a season or a clinical word
     * counts only before punctuation, a verb only a person takes or "and" another name.
     */
    private boolean lowerCaseClassOnly(String text, int s, int e, long f) {
        long blocking = f & (NOT_BY_NAME_POLICY | TITLE);
        if (blocking == 0 || (blocking & ~LOWER_CASE_CLASSES) != 0 || (f & EPONYM) != 0
                || !NameTokens.givenNameAnywhere(text, s, e)) {
            return false;
        }
        String low = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if ((blocking & Lexicon.PUBLIC) != 0 && !SEASONS.contains(low)) {
            return false;
        }
        // writers capitalize a season or a clinical word they describe or name a term by ("mentioned Summer is hard",
        // "Summer break", "Major depressive disorder", "Summer went by fast"): such a word is a name only where no
        // word follows it, a verb only a person takes, or "and" another name
        return english.isCommonWord(low) && ((blocking & (Lexicon.PUBLIC | CLINICAL)) == 0 || n != e + 1 || ne == n
                || !Character.isLowerCase(text.charAt(n)) || personVerb(text, n, ne)
                || wordIs(text, n, "and") && verb(text, n, ne, true));
    }

    /** "the Chase card", "her favorite Joy scene", "a total Ken": a brand or a kind, no one; asked last, it costs a copy. */
    private static boolean thingOrKind(String text, int s, int e) {
        return ProperNounContext.thingAfter(text, e) || ProperNounContext.kindOfThing(text, s, e);
    }

    /** "K", "J." as a person: quoted after "as" or "called", or before a verb; not "Plan B", "Vitamin D", "I", "A". */
    private boolean initial(String text, int s, int e) {
        char c = text.charAt(s);
        if (Character.isUpperCase(c) && signOff(text, s, e)) {
            return true; // "... see you then. - T": a message signed with an initial
        }
        if (c == 'I' || c == 'A' || !Character.isUpperCase(c) || s > 0 && "-/&".indexOf(text.charAt(s - 1)) >= 0) {
            return false;
        }
        int p = s - 1;
        if (p >= 0 && (text.charAt(p) == '"' || text.charAt(p) == '\u201c' || text.charAt(p) == '\'')) {
            int w = ProperNounContext.prevWordStart(text, p, false);
            return w >= 0 && (wordIs(text, w, "as") || wordIs(text, w, "called") || wordIs(text, w, "named")
                    || wordIs(text, w, "only") || wordIs(text, w, "just"));
        }
        int w = ProperNounContext.prevWordStart(text, s, false);
        if (w >= 0 && (Character.isUpperCase(text.charAt(w)) && !sentenceStart(text, s) || wordIs(text, w, "plan")
                || wordIs(text, w, "vitamin") || wordIs(text, w, "type") || wordIs(text, w, "part")
                || wordIs(text, w, "grade") || wordIs(text, w, "hep") || wordIs(text, w, "a") || wordIs(text, w, "an")
                || wordIs(text, w, "section") || wordIs(text, w, "option") || wordIs(text, w, "group")
                || wordIs(text, w, "level") || wordIs(text, w, "step") || wordIs(text, w, "schedule")
                || wordIs(text, w, "got") || wordIs(text, w, "form") || wordIs(text, w, "tier"))) {
            return false;
        }
        int k = e < text.length() && text.charAt(e) == '.' ? e + 1 : e;
        if (k > e && personPlaceholderAt(text, k) || tradeRunAfter(text, e)) {
            return true; // "R.[PERSON_1]": the detector took the other initial; "K&F Roofing": a business
        }
        if (actsAsSubject(text, k)) {
            return true;
        }
        // the object of a person verb, before a clause word or the end: "told T about it", "texted K again"
        return w >= 0 && !sentenceStart(text, s) && (flagsAt(text, w) & (CONTACT | HUMAN_VERB)) != 0
                && !wordIs(text, w, "with") && !wordIs(text, w, "via") && !wordIs(text, w, "per") && clauseGoesOn(text, k);
    }

    /** The letter ends the message, after a dash or a tilde: "- T", "~J". */
    private static boolean signOff(String text, int s, int e) {
        for (int k = e; k < text.length(); k++) {
            if (!Character.isWhitespace(text.charAt(k)) && ".!".indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        int p = s - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        return p >= 0 && "-\u2013\u2014~".indexOf(text.charAt(p)) >= 0 && (p == 0 || Character.isWhitespace(text.charAt(p - 1)));
    }

    /** After {@code k}: the end of the text or sentence, or a word that starts an adjunct ("about", "again", "that"). */
    private static boolean clauseGoesOn(String text, int k) {
        int n = skipBlanks(text, k);
        if (n >= text.length() || ".,;:!?)".indexOf(text.charAt(n)) >= 0) {
            return true;
        }
        int ne = lettersEnd(text, n);
        return ne > n && ADJUNCT_STARTS.contains(text.substring(n, ne));
    }

    private static final java.util.Set<String> ADJUNCT_STARTS = WordSet.of("about", "again", "that", "to", "at",
            "on", "in", "for", "yesterday", "today", "tonight", "last", "before", "after", "when", "because", "but",
            "so", "if", "since", "until", "while", "and", "or", "back", "twice", "once", "everything", "too");

    /**
     * What follows the word at {@code e} makes it a person: a verb no noun phrase starts with ("didn't",
     * "mailed", "said", "would not", "was discharged"), a possessive before a relation ("'s mom"), a note in
     * parentheses, a list of names, "and her husband".
     */
    private boolean actsAsSubject(String text, int e) {
        int k = e;
        if (k + 2 < text.length() && (text.charAt(k) == '\'' || text.charAt(k) == '\u2019') && text.charAt(k + 1) == 's') {
            int n = skipBlanks(text, k + 2);
            return n > k + 2 && ((flagsAt(text, n) & (KIN | TITLE | PERSON_NOUN)) != 0
                    || ProperNounContext.personalThing(text, n, lettersEnd(text, n))); // "Brick's truck"
        }
        int n = skipBlanks(text, k);
        if (n >= text.length()) {
            return false;
        }
        char c = text.charAt(n);
        if (c == '(' && n == k + 1) {
            return true; // "Tempest (she/her)", "Buck (her stepfather)"
        }
        if (c == ',' && n == k) {
            int m = skipBlanks(text, n + 1);
            int me = lettersEnd(text, m);
            // "Violet, Benedikt and Yusra": a list of names
            return me > m && Character.isUpperCase(text.charAt(m)) && (flagsAt(text, m) & VOCABULARY) == 0
                    && (text.startsWith(" and ", me) || text.startsWith(", ", me));
        }
        int we = lettersEnd(text, n);
        if (we == n || n == k) {
            return false;
        }
        return verb(text, n, we, true);
    }

    /** A lowercase verb form at {@code text[s, e)} that a sentence's subject takes. */
    private boolean verb(String text, int s, int e, boolean andNames) {
        if (!Character.isLowerCase(text.charAt(s))) {
            return false;
        }
        long f = lex.get(text, s, e);
        String w = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("n't") || w.endsWith("n\u2019t")) {
            return true; // "didn't", "won't"
        }
        if (w.equals("and") && andNames) {
            int n = skipBlanks(text, e);
            int ne = lettersEnd(text, n);
            if (ne > n && Character.isUpperCase(text.charAt(n)) && (flagsAt(text, n) & (FIRST | SURNAME)) != 0) {
                return true; // "Ivy and Teodor"
            }
            return (wordIs(text, n, "her") || wordIs(text, n, "his") || wordIs(text, n, "their") || wordIs(text, n, "my"))
                    && (flagsAt(text, skipBlanks(text, ne)) & KIN) != 0; // "Chastity and her wife"
        }
        boolean copula = w.equals("is") || w.equals("was") || w.equals("has") || w.equals("had");
        if ((f & (SPEECH_VERB | HUMAN_VERB)) != 0 && !copula) {
            return true;
        }
        if (copula || (f & AUX) != 0 && (w.equals("would") || w.equals("could") || w.equals("will") || w.equals("should")
                || w.equals("might") || w.equals("must") || w.equals("can"))) {
            int n = skipBlanks(text, e);
            int ne = lettersEnd(text, n);
            return ne > n && (wordIs(text, n, "not") || wordIs(text, n, "never") || wordIs(text, n, "been")
                    || pastTense(text, n, ne)) || (w.equals("is") || w.equals("was")) && called(text, e);
        }
        return pastTense(text, s, e);
    }

    /** "what everyone calls her", "his first name": within five words after {@code e}, the subject is a name. */
    private static boolean called(String text, int e) {
        int k = e;
        for (int words = 0; words < 5; words++) {
            int n = skipBlanks(text, k);
            int ne = lettersEnd(text, n);
            if (ne == n) {
                return false;
            }
            if (wordIs(text, n, "name") || wordIs(text, n, "nickname") || wordIs(text, n, "alias")) {
                return true;
            }
            if (wordIs(text, n, "calls") || wordIs(text, n, "call") || wordIs(text, n, "called")) {
                int m = skipBlanks(text, ne);
                return wordIs(text, m, "her") || wordIs(text, m, "him") || wordIs(text, m, "them") || wordIs(text, m, "me");
            }
            k = ne;
        }
        return false;
    }

    private boolean pastTense(String text, int s, int e) {
        return e - s >= 5 && text.charAt(e - 1) == 'd' && text.charAt(e - 2) == 'e' && Character.isLowerCase(text.charAt(s))
                && english.isCommonWord(text, s, e);
    }

    private boolean describedBy(String text, int s, int e) {
        int hyphen = -1; // only a hyphen inside the word counts: no search back through the text before it
        for (int k = e - 1; k > s; k--) {
            if (text.charAt(k) == '-') {
                hyphen = k;
                break;
            }
        }
        if (hyphen <= s) {
            if (e + 1 >= text.length() || text.charAt(e) != '-') {
                return false;
            }
            hyphen = e;
        }
        int n = hyphen + 1;
        if (hyphen - s >= 2 && allCaps(text, s, hyphen) && lowerCommonWordAt(text, n)) {
            return true; // an acronym and an everyday word make a modifier: "SNRI-naive", "HIPAA-compliant"
        }
        return wordIs(text, n, "like") || wordIs(text, n, "type") || wordIs(text, n, "esque") || wordIs(text, n, "style")
                || wordIs(text, n, "based") || wordIs(text, n, "informed") || wordIs(text, n, "related");
    }

    /** A lower-case word of the English list opens at {@code n} (its letters only; a name's part is capitalized). */
    private boolean lowerCommonWordAt(String text, int n) {
        int k = n;
        while (k < text.length() && Character.isLowerCase(text.charAt(k))) {
            k++;
        }
        return k - n >= 3 && (k == text.length() || !Character.isLetterOrDigit(text.charAt(k)))
                && english.isCommonWord(text, n, k);
    }

    /** The word and a person's placeholder are joined by "and" or "&": "Kit and [PERSON_1]", "[NAME_2] & Lark". */
    private static boolean besidePersonPlaceholder(String text, int s, int e) {
        // every joint is " and " or " & ": most words have neither after nor before them
        int n = text.length();
        char a;
        char b;
        if (!(e + 1 < n && text.charAt(e) == ' ' && ((a = text.charAt(e + 1)) == 'a' || a == '&')
                || s >= 2 && text.charAt(s - 1) == ' ' && ((b = text.charAt(s - 2)) == 'd' || b == '&'))) {
            return false;
        }
        for (String joint : JOINTS) {
            if (text.startsWith(joint, e) && personPlaceholderAt(text, e + joint.length())) {
                return true;
            }
            int p = s - joint.length();
            if (p > 0 && text.startsWith(joint, p) && text.charAt(p - 1) == ']') {
                int open = text.lastIndexOf('[', p - 1);
                if (open >= 0 && personPlaceholderAt(text, open)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] JOINTS = {" and ", " & "};

    private static boolean personPlaceholderAt(String text, int at) {
        return text.startsWith("[PERSON_", at) || text.startsWith("[NAME_", at);
    }

    /** "Step 4", "Week 3", "Module 2": a counted thing, capitalized before its number. */
    private static boolean numberAfter(String text, int e) {
        if (e + 1 >= text.length() || text.charAt(e) != ' ') {
            return false;
        }
        char c = text.charAt(e + 1);
        if (isAsciiDigit(c)) {
            return true;
        }
        int ne = lettersEnd(text, e + 1);
        return ne - e - 1 <= 4 && ne > e + 1 && text.substring(e + 1, ne).chars().allMatch(ch -> "IVX".indexOf(ch) >= 0);
    }

    /** Words capitalized inside titles and headings: "The", "Of", "And". */
    private static boolean functionWord(String text, int s, int e) {
        switch (text.substring(s, e).toLowerCase(java.util.Locale.ROOT)) {
            case "the": case "a": case "an": case "and": case "of": case "in": case "on": case "for": case "to":
            case "with": case "at": case "by": case "from": case "or": case "but": case "my": case "your": case "his":
            case "her": case "our": case "their": case "this": case "that": case "it": case "is": case "not": case "no":
            case "i'm": case "i've": case "i'll": case "i'd": case "me": case "we": case "you": case "he": case "she":
            case "they": case "ok": case "okay": case "yes":
                return true;
            default:
                return false;
        }
    }

    /** "at", "from", "outside", "near" before a store's name: the client is there. */
    private static boolean placeWordBefore(String text, int ps, int pe) {
        return pe - ps == 2 && (text.regionMatches(true, ps, "at", 0, 2) || text.regionMatches(true, ps, "to", 0, 2))
                || pe - ps == 4 && (text.regionMatches(true, ps, "from", 0, 4) || text.regionMatches(true, ps, "near", 0, 4))
                || pe - ps == 7 && text.regionMatches(true, ps, "outside", 0, 7);
    }

    /**
     * A number from 90 to 125 standing alone, with a person or an age word in its sentence and no score,
     * measure or code around it ("Grandmother, 101, lives", "Pt is 92", "Dolores (99)"): an age over 89.
     */
    private boolean ageOverEightyNine(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (!isAsciiDigit(text.charAt(k))) {
                return false;
            }
        }
        int v = Integer.parseInt(text, s, e, 10);
        if (v < 90 || v > 125) {
            return false;
        }
        char before = s > 0 ? text.charAt(s - 1) : ' ';
        char after = e < text.length() ? text.charAt(e) : ' ';
        if (NumberReading.yearsOfAgeAbroad(text, s, e)) {
            return true; // "94 tuổi", "tiene 94 años", "elle a 92 ans"
        }
        if ("$#/:.-+".indexOf(before) >= 0 || "/:%-".indexOf(after) >= 0 || after == '.' && e + 1 < text.length()
                && isAsciiDigit(text.charAt(e + 1)) || Character.isLetter(after) || unitAfter(text, e) && !prepositionAfter(text, e)
                || countedAfter(text, e)) {
            return false; // "$95", "120/80", "98.6", "95%", "90-day", "90s", "100 mg"
        }
        int a = skipBlanks(text, e);
        if (a < text.length() && text.charAt(a) == '%' || headingAt(text, a)) {
            return false; // "95 % attendance"; "driving 95 south" is a road
        }
        if (s >= 2 && before == ' ' && text.charAt(s - 2) == 'I' && (s == 2 || !Character.isLetterOrDigit(text.charAt(s - 3)))) {
            return false; // "stuck on I 94": an interstate written with a blank, read as a road by ShortFormPlaces
        }
        if (personBeing(text, s)) {
            return true; // "shes 94 so i guess", "he's 96 and fell", "she is 91": a person's age, whatever is before
        }
        boolean person = false;
        int w = s;
        for (int words = 0; words < 8; words++) {
            int p = ProperNounContext.prevWordStart(text, w, true);
            if (p < 0 || sentenceBreakBetween(text, p, w)) {
                break;
            }
            if (words == 0 && (wordIs(text, p, "a") || wordIs(text, p, "an")) && lettersEnd(text, p) == s - 1
                    && (flagsAt(text, skipBlanks(text, e)) & CTX_AGE) == 0) {
                return false; // "got a 100 on the bio test", "an 83 average": a grade or a count has an article, an age none
            }
            if (words < 3 && measureWord(text, p)) {
                return false; // "a fever of 102", "temp 101", "modifier 95": a reading or a billing code
            }
            long pf = flagsAt(text, p);
            if (words < 3 && (pf & (SCALE_CUE | NOT_ID | CLINICAL)) != 0 && (pf & (KIN | PERSON_NOUN)) == 0
                    && !((pf & (SCALE_CUE | NOT_ID)) == 0 && WordSet.containsLower(PRONOUNS, text, p, lettersEnd(text, p)))) {
                return false; // "PHQ-9 of 95", "BP 120", "score 98"; "made it to 104": a pronoun measures nothing
            }
            int hyphen = text.lastIndexOf('-', ProperNounContext.wordEnd(text, p) - 1);
            if (hyphen > p && hyphen + 1 < s) {
                pf |= flagsAt(text, hyphen + 1); // "great-grandpa", "step-dad": the relation after the hyphen
            }
            person |= (pf & (KIN | PERSON_NOUN | CTX_AGE)) != 0 || placeholderBefore(text, p)
                    || KinInItsLanguage.kinWord(text, p, ProperNounContext.wordEnd(text, p)); // "bisabuela 96"
            w = p;
        }
        if (!person) {
            // "Dolores (99)", "[PERSON_1], 101,": a placeholder or a name right before
            int p = s - 1;
            while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '(' || text.charAt(p) == ',')) {
                p--;
            }
            person = p >= 0 && text.charAt(p) == ']' || p >= 0 && Character.isLetter(text.charAt(p))
                    && p + 1 < s && (text.charAt(p + 1) == ',' || text.charAt(p + 1) == ' ' && s - p <= 3 && text.charAt(s - 1) == '(');
            int ws = p;
            while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
                ws--;
            }
            person &= p < 0 || !measureWord(text, ws); // "wrong modifier (95 vs GT)"
            int n = skipBlanks(text, e);
            int ne = lettersEnd(text, n);
            person |= ne > n && (flagsAt(text, n) & CTX_AGE) != 0; // "96 years old", "92 yo"
        }
        return person;
    }

    /**
     * Whether a person's pronoun and a copula stand right before the number at {@code s} (round 40): "shes 94", "he's
     * 96", "she is 91", "he was 93", "shes was 97" as a text writes it. Units, counts, percents and readings after the
     * number were ruled out before this is asked ("she's 95 pounds", "he's 90 days sober").
     */
    private static boolean personBeing(String text, int s) {
        int p = ProperNounContext.prevWordStart(text, s, true);
        if (p < 0 || sentenceBreakBetween(text, p, s)) {
            return false;
        }
        if (p >= 2 && (text.charAt(p - 1) == '\'' || text.charAt(p - 1) == '\u2019')
                && Character.isLetter(text.charAt(p - 2))) {
            p = p - 1; // "he's": read from the word before the apostrophe
            while (p > 0 && Character.isLetter(text.charAt(p - 1))) {
                p--;
            }
        }
        int pe = s;
        while (pe > p && text.charAt(pe - 1) == ' ') {
            pe--;
        }
        if (WordSet.containsLower(PERSON_BEING, text, p, pe)) {
            return true;
        }
        if (!(wordIs(text, p, "is") || wordIs(text, p, "was"))) {
            return false;
        }
        int q = ProperNounContext.prevWordStart(text, p, true);
        return q >= 0 && !sentenceBreakBetween(text, q, p) && WordSet.containsLower(PERSON_PRONOUN, text, q,
                lettersEnd(text, q));
    }

    /** A person's pronoun with its copula in one word, as written or typed: "she's", "hes". */
    private static final java.util.Set<String> PERSON_BEING = WordSet.of("he's", "she's", "hes", "shes", "he\u2019s",
            "she\u2019s");
    /** A person's pronoun before "is" or "was", and "shes was" as a text types it. */
    private static final java.util.Set<String> PERSON_PRONOUN = WordSet.of("he", "she", "hes", "shes", "he's", "she's");

    /** Pronouns a clinical list also holds as acronyms ("IT", "WHO"): "made it to 104" measures nothing (round 39). */
    private static final java.util.Set<String> PRONOUNS = WordSet.of("it", "who", "its", "us");
    /** Function words ending in -s, which no count is: "97 this year", "91 was her age" (round 39). */
    private static final java.util.Set<String> FUNCTION_WORDS_IN_S = WordSet.of("this", "his", "is", "was", "has", "as",
            "its", "yes", "plus", "thus", "does", "us", "whereas", "unless");

    /** Words whose number is a reading or a code, never a person's age. */
    private static final String[] MEASURE_WORDS = {"fever", "fevers", "temp", "temps", "temperature", "febrile",
        "modifier", "modifiers", "grade", "grades", "gpa", "average", "avg",
        // round 39: readings a body or a test gives ("blood sugar was 110 this morning", "pulse 96", "IQ 104")
        "sugar", "sugars", "glucose", "weight", "weighs", "weighed", "pulse", "hr", "bpm", "iq", "sats", "spo2", "o2",
        "cholesterol", "ldl", "hdl", "triglycerides", "speed", "drove", "driving"};

    private static boolean measureWord(String text, int p) {
        for (String m : MEASURE_WORDS) {
            if (wordIs(text, p, m)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] HEADINGS = {"north", "south", "east", "west", "northbound", "southbound",
        "eastbound", "westbound"};

    /** A compass point at {@code a}: no age is followed by one ("took 95 south"). */
    private static boolean headingAt(String text, int a) {
        for (String h : HEADINGS) {
            if (wordIs(text, a, h)) {
                return true;
            }
        }
        return false;
    }

    /** A plural noun right after the number counts things, not years: "90 meetings in 90 days", "100 push-ups". */
    private static boolean countedAfter(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = ProperNounContext.wordEnd(text, n);
        if (n != e + 1 || ne - n < 3 || !Character.isLowerCase(text.charAt(n)) || text.charAt(ne - 1) != 's'
                || WordSet.containsLower(FUNCTION_WORDS_IN_S, text, n, ne)) {
            return false; // "97 this year", "93 was": a function word in -s counts nothing
        }
        return !wordIs(text, n, "years") && !wordIs(text, n, "yrs") && !wordIs(text, n, "yos");
    }

    private static boolean placeholderBefore(String text, int p) {
        return p > 0 && text.charAt(p - 1) == '[';
    }

    private static boolean sentenceBreakBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if ((c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') && k + 1 < to && text.charAt(k + 1) == ' '
                    || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * "the 28th", "on the 3rd": an ordinal day of the month standing alone (not "the 3rd time", "the 2nd
     * session", "4th grade").
     */
    private boolean dayOfMonth(String text, int s, int e) {
        int d = s;
        while (d < e && isAsciiDigit(text.charAt(d))) {
            d++;
        }
        if (e - d != 2 || d - s > 2) {
            return false;
        }
        String suffix = text.substring(d, e).toLowerCase(java.util.Locale.ROOT);
        if (!(suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
            return false;
        }
        int v = Integer.parseInt(text, s, d, 10);
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (v < 1 || v > 31 || p < 0 || !wordIs(text, p, "the")) {
            return false;
        }
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (ne == n) {
            return true; // "the 28th." "the 14th?"
        }
        long nf = flagsAt(text, n);
        return (nf & (SLANG | MONTH)) != 0 || wordIs(text, n, "at") || wordIs(text, n, "instead") || wordIs(text, n, "and")
                || wordIs(text, n, "or") || wordIs(text, n, "for") || wordIs(text, n, "because") || wordIs(text, n, "so")
                || wordIs(text, n, "but") || wordIs(text, n, "when") || wordIs(text, n, "if") || wordIs(text, n, "is")
                || wordIs(text, n, "works") || wordIs(text, n, "until") || wordIs(text, n, "then");
    }

    private long flagsAt(String text, int at) {
        int we = lettersEnd(text, at);
        return we > at ? lex.get(text, at, we) : 0;
    }

    static boolean wordIs(String text, int at, String word) {
        if (at < 0 || at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        if (c < 128 && (c | 0x20) != word.charAt(0)) {
            return false; // most words: the first letter differs (the words asked are lowercase ASCII)
        }
        int n = word.length();
        if (at + n > text.length()) {
            return false; // as regionMatches says of a region past the end
        }
        for (int j = 0; j < n; j++) {
            char t = text.charAt(at + j);
            if (t >= 128) {
                // the JDK's case folding for the rest: "ı" and "ſ" match "i" and "s" ignoring case
                return text.regionMatches(true, at, word, 0, n) && lettersEnd(text, at) - at == n;
            }
            if (asciiLower(t) != asciiLower(word.charAt(j))) {
                return false; // regionMatches ignoring case, for two ASCII chars, without its per-char case tables
            }
        }
        return lettersEnd(text, at) - at == n;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    static int skipBlanks(String text, int k) {
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    private boolean lowercaseIsName(String text, int s, int e, long f, int ps, int pe, long pf) {
        // a title cues a lower-case surname as a relation cues a given name: "Dr. shapiro", "ms okafor"
        boolean cue = ps >= 0 && (pf & (KIN | NAMING | CONTACT | TITLE)) != 0;
        if ((f & (VOCABULARY | SLANG | UNIT_OF_MEASURE | KIN | PERSON_NOUN | COLLECTIVE | STOP)) == 0 && e - s >= 2
                && besidePersonPlaceholder(text, s, e) && ((f & FIRST) != 0 || !known(text, s, e))) {
            return true; // "brook and [PERSON_1] broke up"
        }
        if (!cue && (f & FIRST) == 0) {
            return false; // most lowercase words: no cue before them, no given name
        }
        if ((f & (VOCABULARY | SLANG | UNIT_OF_MEASURE)) != 0 || e - s < 2 || hasDigit(text, s, e)) {
            return false;
        }
        if ((f & FIRST) != 0 && (f & STOP) == 0 && !english.isCommonWord(text, s, e)
                && (cue || !WordList.spanish().isCommonWord(text, s, e))) {
            return true; // "kayla", "tasha": a given name that is no English word
        }
        if (!cue) {
            return false;
        }
        if ((f & FIRST) != 0 && (f & STOP) == 0) {
            return true; // "texted jenny"
        }
        return (f & STOP) == 0 && !known(text, s, e); // "my bf marco", "my mom june"
    }

    /**
     * "my brother mark", "her friend grace": a given name right after a relation, even when it is also an
     * everyday word, unless it is a verb, an auxiliary or a function word there ("my mom will", "my dad said").
     */
    private boolean givenNameAfterRelation(String text, int s, int e, long f, int pe, long pf) {
        return (pf & KIN) != 0 && pe == s - 1 && (f & FIRST) != 0 && e - s >= 3
                && (f & (STOP | AUX | SPEECH_VERB | HUMAN_VERB | KIN | PERSON_NOUN | SLANG | UNIT_OF_MEASURE | CLINICAL
                        | WEEKDAY | Lexicon.PUBLIC)) == 0
                && !text.regionMatches(e - 2, "ly", 0, 2) && !text.regionMatches(e - 3, "ing", 0, 3);
    }

    /** After {@code e}: a verb only a person takes, "didn't", "'s" before a relation, or "is what everyone calls her". */
    private boolean personVerbAfter(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (n == e + 1 && ne > n && (personVerb(text, n, ne) || text.startsWith("n't", ne) || text.startsWith("n\u2019t", ne))) {
            return true;
        }
        return n == e + 1 && (wordIs(text, n, "is") || wordIs(text, n, "was")) && called(text, ne)
                || e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019') && actsAsSubject(text, e);
    }

    /** Past forms of contact and refusal only a person is the subject of, beside the lexicon's speech verbs. */
    private static final java.util.Set<String> PERSON_ACTS = WordSet.of("answered", "replied", "responded",
            "refused", "paid", "called", "emailed", "messaged", "asked", "begged", "threatened");
    /** The same verbs after a negation: "Chance won't call", "Autumn didn't answer". */
    private static final java.util.Set<String> PERSON_ACT_BASES = WordSet.of("answer", "answered", "reply",
            "replied", "respond", "responded", "call", "called", "text", "texted", "email", "pay", "paid");
    /** Words for anyone that the SSA files also hold, with no relation flag: "guy said", "girl texted me". */
    private static final java.util.Set<String> PEOPLE_WORDS = WordSet.of("girl", "boy", "guy", "babe", "even",
            "dude", "bro", "sis", "kid", "lady", "man");
    /** Words a message opens with before its subject: "ugh april told everyone", "ok so summer texted". */
    private static final java.util.Set<String> INTERJECTIONS = WordSet.of("ugh", "omg", "lol", "ok", "okay",
            "so", "well", "yeah", "and", "but", "btw", "idk", "welp", "hey", "sorry", "honestly", "also", "then");
    /** Settings a person is known by between the name and the verb: "april from work told everyone". */
    private static final java.util.Set<String> WHERE_PEOPLE_MEET = WordSet.of("work", "school", "church",
            "group", "class", "rehab", "aa", "na", "upstairs", "downstairs", "office", "desk", "billing", "gym",
            "daycare", "job", "shelter", "program", "clinic", "building");
    /** Owners between "from" and such a setting: "from the office", "from my job". */
    private static final java.util.Set<String> SETTING_OWNERS = WordSet.of("the", "my", "her", "his", "our",
            "their");
    /** Negated auxiliaries before such a verb: "Autumn hasn't answered", "Chance won't call". */
    private static final java.util.Set<String> NEGATED = WordSet.of("didn't", "hasn't", "won't", "doesn't",
            "hadn't", "wouldn't", "can't", "never");
    /** Faiths and sacred words: "Jesus said" quotes scripture, whoever is named Jesus. */
    private static final java.util.Set<String> SACRED = SentenceSlots.section("public-names.txt",
            "# faiths and sacred words", "# ");

    /**
     * A word any given-name list holds (the SSA files down to the rarest, seasons and virtues included) starts the
     * sentence as the subject of a verb only a person takes: "Holiday said", "Summer texted", "Autumn hasn't
     * answered", "Precious paid the copay". A season or a virtue is never the subject of these verbs ("Summer is
     * always hard", "Hope is what keeps her going", "Winter makes his mood drop" stay). Round 19.
     */
    private boolean wordNameActs(String text, int s, int e, long f) {
        if (e - s < 3 || (f & (KIN | PERSON_NOUN | COLLECTIVE | TITLE | WEEKDAY)) != 0 || !NameTokens.givenNameAnywhere(text, s, e)
                || e >= text.length() || text.charAt(e) != ' ') {
            return false;
        }
        String low = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
        if (SACRED.contains(low) || PEOPLE_WORDS.contains(low)) {
            return false;
        }
        int n = e + 1;
        int ne = lettersEnd(text, n);
        if (ne > n && (text.startsWith("from ", n) || text.startsWith("at ", n))) {
            int m = ne + 1;
            int me = lettersEnd(text, m);
            if (me > m && me < text.length() && text.charAt(me) == ' ' && SETTING_OWNERS.contains(
                    text.substring(m, me).toLowerCase(java.util.Locale.ROOT))) {
                m = me + 1; // "deb from the office called me", "May from the front desk said" (round 20)
                me = lettersEnd(text, m);
                if (me > m && me < text.length() && text.charAt(me) == ' '
                        && text.substring(m, me).equalsIgnoreCase("front")) {
                    m = me + 1;
                    me = lettersEnd(text, m);
                }
            }
            if (me > m && me < text.length() && text.charAt(me) == ' ' && WHERE_PEOPLE_MEET.contains(
                    text.substring(m, me).toLowerCase(java.util.Locale.ROOT))) {
                n = me + 1; // "april from work told everyone": the person from a setting
                ne = lettersEnd(text, n);
            }
        }
        if (ne + 2 <= text.length() && text.charAt(ne - 1) == 'n' && (text.startsWith("'t", ne)
                || text.startsWith("\u2019t", ne))) {
            ne += 2; // "hasn't"
        }
        if (ne == n || !Character.isLowerCase(text.charAt(n))) {
            return false;
        }
        String next = text.substring(n, ne).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        if (NEGATED.contains(next)) {
            int m = skipBlanks(text, ne);
            int me = lettersEnd(text, m);
            return me > m && (personVerb(text, m, me) || PERSON_ACT_BASES.contains(text.substring(m, me)));
        }
        return personVerb(text, n, ne) || PERSON_ACTS.contains(next);
    }

    /** A verb only a person is the subject of: "said", "texted", "told", "yelled" (lower case). */
    private boolean personVerb(String text, int s, int e) {
        return (lex.get(text, s, e) & HUMAN_VERB) != 0;
    }

    /**
     * The lower-case word before a person verb is a name: an unknown word in any register ("tyrese texted"), or a
     * given name at a sentence's start or in a message written without capitals ("sunny said").
     */
    private boolean subjectBeforePersonVerb(String text, int s, int e, long f, boolean lowercaseRegister) {
        if (e - s < 3 || (f & (VOCABULARY | SLANG | UNIT_OF_MEASURE | KIN | PERSON_NOUN | COLLECTIVE | STOP | AUX | CLINICAL)) != 0
                || hasDigit(text, s, e) || functionWord(text, s, e)) {
            return false;
        }
        if ((f & FIRST) != 0 && (lowercaseRegister || sentenceStart(text, s))) {
            return true;
        }
        return !known(text, s, e) && !WordList.spanish().isCommonWord(text, s, e);
    }

    /** A word no dictionary knows right after a platform or after "is", "as", ":" that follows one: a handle. */
    private boolean handleAfterPlatform(String text, int s, int e, long f, int ps) {
        if (e - s < 4 || ((f | lex.get(text, s, e)) & (VOCABULARY | SLANG | UNIT_OF_MEASURE | KIN | PERSON_NOUN | CLINICAL
                | CTX_USER)) != 0 || ps < 0 || known(text, s, e) || WordList.spanish().isCommonWord(text, s, e)) {
            return false;
        }
        return (flagsAt(text, ps) & CTX_USER) != 0 || wordIs(text, ps, "is") || wordIs(text, ps, "as")
                || wordIs(text, ps, "named") || wordIs(text, ps, "called") || text.charAt(s - 1) == ':'
                || s >= 2 && text.charAt(s - 2) == ':';
    }

    /**
     * Whether the message is written without capitals: more sentences start in lowercase than in uppercase, or
     * the writer's "i" is lowercase. There a name has no capital to show it, so an unknown word is read the way
     * a capitalized unknown word is read elsewhere.
     */
    static boolean lowercaseRegister(char[] text) {
        int lowerStarts = 0;
        int upperStarts = 0;
        int lowerI = 0;
        int upperI = 0;
        boolean atStart = true;
        int n = text.length;
        for (int k = 0; k < n; k++) {
            char c = text[k];
            if (c < 128) {
                boolean lower = c >= 'a' && c <= 'z';
                if (!lower && !(c >= 'A' && c <= 'Z')) {
                    // ASCII other than a letter: only a sentence end matters (most chars of prose, so no table lookups)
                    if (c == '\n' || (c == '.' || c == '!' || c == '?') && (k + 1 == n || Character.isWhitespace(text[k + 1]))) {
                        atStart = true;
                    }
                    continue;
                }
                if (atStart) {
                    if (lower) {
                        lowerStarts++;
                    } else {
                        upperStarts++;
                    }
                    atStart = false;
                }
                if ((c == 'i' || c == 'I') && (k == 0 || !Character.isLetterOrDigit(text[k - 1]))
                        && (k + 1 == n || !Character.isLetterOrDigit(text[k + 1]) && text[k + 1] != '.')) {
                    if (c == 'i') {
                        lowerI++;
                    } else {
                        upperI++;
                    }
                }
                continue;
            }
            // beyond ASCII no char ends a sentence or is the pronoun "i": only a letter opening a sentence counts
            if (atStart && Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    lowerStarts++;
                } else {
                    upperStarts++;
                }
                atStart = false;
            }
        }
        return lowerStarts > upperStarts || lowerI > 0 && upperI == 0 && lowerStarts >= upperStarts;
    }

    /** In lowercase register, a word on no list and in no dictionary: "texted [a name] again". */
    private boolean unknownInLowercase(String text, int s, int e, long f) {
        return e - s >= 3 && (f & (VOCABULARY | SLANG | UNIT_OF_MEASURE | KIN | PERSON_NOUN | COLLECTIVE | STOP | CLINICAL)) == 0
                && !hasDigit(text, s, e) && !known(text, s, e) && !WordList.spanish().isCommonWord(text, s, e);
    }

    /** A known English word, directly or by a common prefix or suffix ("psychoeducation", "journaling"). */
    /**
     * "I'm", "I'll", "I've", "I'd" (straight or curly apostrophe): the pronoun and its verb. The word list has no
     * one-letter stem to find, so these read as unknown capitalized words and were replaced everywhere.
     */
    static boolean firstPersonContraction(String text, int s, int e) {
        if (e - s < 3 || e - s > 4 || text.charAt(s) != 'I' && text.charAt(s) != 'i'
                || text.charAt(s + 1) != '\'' && text.charAt(s + 1) != '\u2019') {
            return false;
        }
        String tail = text.substring(s + 2, e);
        return tail.equals("m") || tail.equals("ll") || tail.equals("ve") || tail.equals("d") || tail.equals("M")
                || tail.equals("LL") || tail.equals("VE") || tail.equals("D");
    }

    private boolean wordDrawnOut(String text, int s, int e) {
        int n = e - s;
        if (n < 4) {
            return false;
        }
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c > 127 || !Character.isLetter(c)) {
                return false;
            }
        }
        String w = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
        int last = n - 1;
        while (last > 0 && w.charAt(last - 1) == w.charAt(n - 1)) {
            last--;
        }
        if (n - last < 3) {
            return false; // a letter doubled is spelling ("Bree", "Matt"); three or more is a word drawn out
        }
        String one = w.substring(0, last + 1);
        String two = w.substring(0, Math.min(n, last + 2));
        long f1 = lex.get(one, 0, one.length());
        long f2 = lex.get(two, 0, two.length());
        if (((f1 | f2) & (FIRST | SURNAME)) != 0) {
            return false; // "Jayyy", "Leeeee": a name drawn out is still the name
        }
        return english.isCommonWord(one, 0, one.length()) || english.isCommonWord(two, 0, two.length())
                || (f1 & (SLANG | VOCABULARY)) != 0;
    }

    private boolean known(String text, int s, int e) {
        return words.isOrdinary(text, s, e);
    }

    /** The word is inside a vocabulary phrase of up to five words: "van der Kolk", "Día de los Muertos". */
    private boolean inPhrase(String text, int s, int e) {
        int[] starts = new int[6];
        int[] ends = new int[5];
        int ns = 0;
        starts[ns++] = s;
        int from = s;
        while (ns < 6) {
            int p = from - 1;
            if (p < 1 || text.charAt(p) != ' ') {
                break;
            }
            int q = p;
            while (q > 0 && (Character.isLetter(text.charAt(q - 1)) || text.charAt(q - 1) == '\'')) {
                q--;
            }
            if (q == p) {
                break;
            }
            starts[ns++] = q;
            from = q;
        }
        int ne = 0;
        ends[ne++] = e;
        int to = e;
        while (ne < 5) {
            if (to + 1 >= text.length() || text.charAt(to) != ' ') {
                break;
            }
            int q = to + 1;
            while (q < text.length() && (Character.isLetter(text.charAt(q)) || text.charAt(q) == '\'')) {
                q++;
            }
            if (q == to + 1) {
                break;
            }
            ends[ne++] = q;
            to = q;
        }
        for (int a = 0; a < ns; a++) {
            for (int b = 0; b < ne; b++) {
                int end = ends[b];
                if ((a > 0 || b > 0) && ((lex.get(text, starts[a], end) & (VOCABULARY | CLINICAL)) != 0
                        || end - starts[a] > 2 && text.charAt(end - 2) == '\'' && text.charAt(end - 1) == 's'
                        && (lex.get(text, starts[a], end - 2) & (VOCABULARY | CLINICAL)) != 0)) {
                    return true; // "Taylor Swift's"
                }
            }
        }
        return false;
    }

    /**
     * The word is in a run of capitalized everyday words that reads as a title, a heading or a program
     * ("Notice of Privacy Practices", "Amber Alert", "Love Maps", "Crisis Text Line"), not as a name: no
     * given name and surname ("Amber Rose"), and not where the note puts someone ("at Planet Fitness").
     */
    private boolean titleRun(String text, int s, int e) {
        int first = s;
        int words = 1;
        int p;
        while ((p = ProperNounContext.prevWordStart(text, first, false)) >= 0 && text.charAt(first - 1) == ' ') {
            int pe = lettersEnd(text, p);
            if (Character.isUpperCase(text.charAt(p)) && !sentenceStart(text, first) && !sentenceStart(text, p) && titleWord(text, p, pe)) {
                first = p;
                words++;
            } else if (isConnector(text, p, pe) && ProperNounContext.prevWordStart(text, p, false) >= 0
                    && Character.isUpperCase(text.charAt(ProperNounContext.prevWordStart(text, p, false)))) {
                first = p;
            } else {
                break;
            }
            if (sentenceStart(text, first)) {
                break;
            }
        }
        int last = e;
        int k = e;
        while (k + 1 < text.length() && text.charAt(k) == ' ') {
            int n = k + 1;
            int ne = lettersEnd(text, n);
            if (ne > n && Character.isUpperCase(text.charAt(n)) && titleWord(text, n, ne)) {
                words++;
                last = ne;
                k = ne;
            } else if (ne > n && isConnector(text, n, ne) && ne + 1 < text.length() && text.charAt(ne) == ' '
                    && Character.isUpperCase(text.charAt(ne + 1))) {
                k = ne;
            } else {
                break;
            }
        }
        if (words < 2) {
            return false;
        }
        int fe = lettersEnd(text, first);
        int second = skipBlanks(text, fe);
        if ((flagsAt(text, first) & FIRST) != 0 && (flagsAt(text, second) & (FIRST | SURNAME)) != 0) {
            return false; // "Amber Rose": a given name and a surname
        }
        int before = ProperNounContext.prevWordStart(text, first, false);
        return before < 0 || !(placeWordBefore(text, before, lettersEnd(text, before))
                || employerBefore(text, before, lettersEnd(text, before)));
    }

    /** An everyday word or vocabulary, as titles are made of: not a name no dictionary knows. */
    private boolean titleWord(String text, int s, int e) {
        int core = possessiveStripped(text, s, e);
        return known(text, s, core) || (lex.get(text, s, core) & (VOCABULARY | CLINICAL)) != 0 || allCaps(text, s, core);
    }

    private static boolean isConnector(String text, int s, int e) {
        return wordIs(text, s, "of") || wordIs(text, s, "the") || wordIs(text, s, "and") || wordIs(text, s, "for")
                || wordIs(text, s, "to") || wordIs(text, s, "in") || wordIs(text, s, "on") || wordIs(text, s, "a")
                || wordIs(text, s, "an") || wordIs(text, s, "with");
    }

    private boolean citation(String text, int e) {
        int k = e;
        if (k + 1 < text.length() && (text.charAt(k) == '\'' || text.charAt(k) == '\u2019')) {
            return true; // "Linehan's biosocial theory", "Porges' polyvagal language"
        }
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        int we = lettersEnd(text, k);
        if (we == k) {
            return false;
        }
        long f = lex.get(text, k, we);
        return (f & (CITATION | EPONYM)) != 0 || text.regionMatches(true, k, "and", 0, 3) && we - k == 3;
    }

    /** Flags of a plural's singular ("Wednesdays", "Saturdays"), or 0. */
    private long plural(String text, int s, int e) {
        return e - s > 3 && text.charAt(e - 1) == 's' ? lex.get(text, s, e - 1) : 0;
    }

    /** The end of the run of letters that starts at {@code k}. */
    static int lettersEnd(String text, int k) {
        int w = k;
        while (w < text.length() && Character.isLetter(text.charAt(w))) {
            w++;
        }
        return w;
    }

    /**
     * The capitalized word ending at {@code e} starts a run of up to four capitalized words (joined by spaces
     * or "&") whose last is a trade ("Roofing", "Pediatrics", "Taqueria"): a business's name. Not when the run
     * is a listed brand or store ("Planet Fitness") or only generic words stand before the trade ("Family
     * Dental", "Urgent Care" has no trade).
     */
    private boolean tradeRunAfter(String text, int e) {
        int k = e;
        if (k + 2 <= text.length() && (text.charAt(k) == '\'' || text.charAt(k) == '\u2019') && text.charAt(k + 1) == 's') {
            k += 2; // "Rosa's Roofing"
        }
        for (int words = 0; words < 4; words++) {
            int n = k;
            if (text.startsWith(" & ", n)) {
                n += 3;
            } else if (n < text.length() && (text.charAt(n) == '&' || text.charAt(n) == ' ')) {
                n++;
            } else {
                return false;
            }
            int ne = lettersEnd(text, n);
            if (ne == n || !Character.isUpperCase(text.charAt(n))) {
                return false;
            }
            int core = possessiveStripped(text, n, ne);
            if (TRADES.contains(text.substring(n, core).toLowerCase(java.util.Locale.ROOT))) {
                int first = wordStartAt(text, e);
                long whole = lex.get(text, first, core);
                return (whole & (VOCABULARY | STORE)) == 0 && !genericRun(text, first, n);
            }
            k = ne;
        }
        return false;
    }

    /** The start of the word that ends at {@code e}. */
    private static int wordStartAt(String text, int e) {
        int k = e;
        while (k > 0 && (Character.isLetterOrDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '&'
                || (text.charAt(k - 1) == '\'' || text.charAt(k - 1) == '\u2019') && k > 1 && Character.isLetter(text.charAt(k - 2)))) {
            k--;
        }
        return k;
    }

    /** Every word in {@code text[s, e)} is a generic word of a service's name: "Family", "Community", "Urgent". */
    private static boolean genericRun(String text, int s, int e) {
        int k = s;
        while (k < e) {
            int we = lettersEnd(text, k);
            if (we > k && !GENERIC_NAME_WORDS.contains(text.substring(k, we).toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            k = Math.max(we, k + 1);
        }
        return true;
    }

    private static final java.util.Set<String> TRADES = Lexicon.words("trades.txt");

    private static final java.util.Set<String> GENERIC_NAME_WORDS = WordSet.of("family", "community", "county",
            "city", "state", "national", "american", "united", "first", "general", "public", "central", "regional",
            "local", "modern", "quality", "premier", "best", "quick", "express", "discount", "affordable", "pediatric",
            "children's", "childrens", "children", "kids", "student", "campus", "university", "hospital", "urgent",
            "emergency", "mobile", "the", "a", "and", "of", "new", "main", "downtown", "neighborhood", "home", "auto");

    /** The word is followed by "in", "at" or "on" and a place: a placeholder, or a name no dictionary knows. */
    private boolean beforePlacePlaceholder(String text, int e) {
        int k = e;
        if (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        int w = lettersEnd(text, k);
        if (!(w - k == 2 && (text.regionMatches(k, "in", 0, 2) || text.regionMatches(k, "at", 0, 2)
                || text.regionMatches(k, "on", 0, 2)))) {
            return false;
        }
        if (text.startsWith(" [LOCATION_", w) || text.startsWith(" [ADDRESS_", w) || text.startsWith(" [NAME_", w)) {
            return true;
        }
        // or a place this check replaces itself: "Caterpillar in Peoria"
        int ps = w + 1;
        int pe = lettersEnd(text, Math.min(ps, text.length()));
        return pe > ps && Character.isUpperCase(text.charAt(ps)) && (lex.get(text, ps, pe) & VOCABULARY) == 0
                && !known(text, ps, pe);
    }

    /**
     * The previous word is "at" or "for" and the one before it is a person one is through an organization or a noun
     * of membership ({@code [AFFILIATION_NOUN]}, {@code [MEMBER_NOUN]}): "my boss at amazon", "a freshman at uw".
     */
    private static boolean heldBefore(String text, int ps, int pe) {
        if (!atOrFor(text, ps, pe)) {
            return false;
        }
        long w = wordBefore(text, ps, true);
        int s = (int) (w >>> 32);
        int e = (int) w;
        return e > s && (WordSet.containsLower(HELD, text, s, e) || WordSet.containsLower(MEMBERS, text, s, e));
    }

    private static boolean atOrFor(String text, int ps, int pe) {
        return pe - ps == 2 && text.regionMatches(true, ps, "at", 0, 2)
                || pe - ps == 3 && text.regionMatches(true, ps, "for", 0, 3);
    }

    /**
     * The word before {@code ps} past the spaces, as start in the high and end in the low half (empty when none); a
     * hyphen is part of it when asked ("co-worker at").
     */
    private static long wordBefore(String text, int ps, boolean hyphen) {
        int q = ps - 1;
        while (q >= 0 && text.charAt(q) == ' ') {
            q--;
        }
        int e = q + 1;
        while (q >= 0 && (Character.isLetter(text.charAt(q)) || hyphen && text.charAt(q) == '-')) {
            q--;
        }
        return (long) (q + 1) << 32 | e;
    }

    /** "start at amazon", "started at google": a first day at an organization, read only before a listed one. */
    private static boolean startBefore(String text, int ps, int pe) {
        if (!(pe - ps == 2 && text.regionMatches(true, ps, "at", 0, 2))) {
            return false;
        }
        long w = wordBefore(text, ps, false);
        int s = (int) (w >>> 32);
        int e = (int) w;
        return e > s && STARTING.contains(text.substring(s, e).toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> STARTING = WordSet.of("start", "starts", "started", "starting");

    private static final java.util.Set<String> HELD = NotIdentifiers.CLASSES.get("AFFILIATION_NOUN");
    private static final java.util.Set<String> MEMBERS = NotIdentifiers.CLASSES.get("MEMBER_NOUN");

    /** An organization listed alone that is no public agency ("mayo", "amazon"): the agencies are never places. */
    private static boolean listedOrganization(String text, int s, int e) {
        return WordSet.containsLower(SentenceSlots.ORGANIZATIONS, text, s, e)
                && !WordSet.containsLower(SentenceSlots.AGENCIES, text, s, e);
    }

    /** The previous word is "at" or "for" and the one before it introduces work: "works at", "drives for". */
    private boolean employerBefore(String text, int ps, int pe) {
        if (!atOrFor(text, ps, pe)) {
            return false;
        }
        long w = wordBefore(text, ps, false);
        int s = (int) (w >>> 32);
        int e = (int) w;
        return e > s && (lex.get(text, s, e) & EMPLOYER) != 0;
    }

    private static boolean employerCue(long pf) {
        return (pf & EMPLOYER) != 0 && (pf & (KIN | TITLE | NAMING)) == 0;
    }

    /** Digit runs of four or more outside the allowed clinical numbers: category to count. */
    public Map<String, Integer> identifierNumbers(String text) {
        Map<String, Integer> out = new TreeMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = placeholderEnd(text, i, n);
                if (close > i) {
                    i = close;
                    continue;
                }
            }
            if (!isAsciiDigit(c)) {
                i++;
                continue;
            }
            // a number group: digit runs joined by single separators ("312-555-0148", "4111 1111")
            int start = i;
            int longest = 0;
            int digits = 0;
            int runs = 0;
            int end = i;
            int k = i;
            while (k < n) {
                int r = k;
                while (r < n && isAsciiDigit(text.charAt(r))) {
                    r++;
                }
                longest = Math.max(longest, r - k);
                digits += r - k;
                runs++;
                end = r;
                if (r + 1 < n && "-. /".indexOf(text.charAt(r)) >= 0 && isAsciiDigit(text.charAt(r + 1))
                        && !(text.charAt(r) == ' ' && r + 1 - k > 0 && !joinsBySpace(text, k, r))) {
                    k = r + 1;
                    continue;
                }
                break;
            }
            if (longest >= 4 && !allowedNumber(text, start, end, runs, digits) && !expiry(text, start, end)) {
                out.merge(numberCategory(digits, runs), 1, Integer::sum);
            }
            i = end;
        }
        return out;
    }

    /** A space joins digit groups only in phone-like runs ("312 555 0148"); "2019 2020" stays two numbers. */
    private static boolean joinsBySpace(String text, int groupStart, int groupEnd) {
        return groupEnd - groupStart <= 4;
    }

    private boolean allowedNumber(String text, int start, int end, int runs, int digits) {
        // glued to letters: ICD-10 ("F43.10"), HCPCS ("H0031"), letter-digit codes are the name pass's job
        boolean lettersBefore = start > 0 && Character.isLetter(text.charAt(start - 1));
        boolean lettersAfter = end < text.length() && Character.isLetter(text.charAt(end));
        if (start > 0 && CURRENCY.indexOf(text.charAt(start - 1)) >= 0) {
            return true; // money: "$1,250.00", "€80"
        }
        String compact = compactDigits(text, start, end);
        String national = compact.length() == 11 && compact.charAt(0) == '1' ? compact.substring(1) : compact;
        if (Lexicon.CRISIS_LINES.contains(national) || NotIdentifiers.organizationLine(text, start, end)) {
            return true; // a crisis line, or an organization's toll-free line named as one
        }
        if (lettersBefore && end - start <= 5 && runs == 1) {
            return true; // "H0031", "Z62.820"
        }
        if (runs == 1 && end - start <= 5 && NotIdentifiers.extensionAlone(text, start, end)) {
            return true; // "ext 4471" with no number before it: a desk inside an organization (round 32)
        }
        if (runs == 1 && end - start <= 5 && formNamed(text, start, end)) {
            return true; // "form DS-2019", "the CMS-1500 form": a form's name
        }
        if (runs == 1) {
            int len = end - start;
            long v = Long.parseLong(text.substring(start, Math.min(end, start + 18)));
            if (len == 4 && v >= 1900 && v <= 2100) {
                return true; // a year
            }
            if (len == 5 && NumberReading.cptCode(text, start, start + 5)) {
                return true; // psychotherapy, testing and E/M CPT codes
            }
            if (len == 4 && text.charAt(start) == '0' && cueBefore(text, start, REVENUE_CUES)) {
                return true; // "revenue code 0914", "rev code 0900": a UB-04 revenue code, the same on every claim
            }
            if (len == 6 && cueBefore(text, start, BIN_CUES)) {
                return true; // a pharmacy BIN names the claims processor on every card it issues, not a member
            }
            if (len == 9 && cueBefore(text, start, ROUTING_CUES) && abaRoutingNumber(text, start)) {
                return true; // a bank's public routing number, not the client's account (docs/phi-detection.md)
            }
            if (end < text.length() && text.charAt(end) == '%') {
                return true;
            }
            if (lettersAfter || unitAfter(text, end)) {
                return true; // "1000mg", "10000 steps"
            }
            if (len <= 6 && NumberReading.countedNounAfter(text, end, english) && !idCueBefore(text, start)) {
                return true; // "a caseload of 1400 files", "2500 patients": a count of what follows
            }
            if (len == 4 && clockTime(text, start) && timeContext(text, start, end)) {
                return true; // "at 0300"
            }
            return len <= 5 && scoreOrMoney(text, start, end); // "scored 1450 on the SAT", "rent is 1850 a month"
        }
        // "90837-95": a CPT code with its modifier
        if (runs == 2 && end - start == 8 && text.charAt(start + 5) == '-' && NumberReading.cptCode(text, start,
                start + 5)) {
            return true;
        }
        // "0700-1300": a clock range
        if (runs == 2 && end - start == 9 && text.charAt(start + 4) == '-' && clockTime(text, start)
                && clockTime(text, start + 5)) {
            return true;
        }
        // NDC product codes 4-4-2, 5-3-2, 5-4-1
        if (runs == 3 && text.charAt(start + 4) == '-' || runs == 3 && end - start == 12) {
            String shape = text.substring(start, end).replaceAll("\\d", "9");
            if (shape.equals("9999-9999-99") || shape.equals("99999-999-99") || shape.equals("99999-9999-9")) {
                return true;
            }
        }
        // "2019-2020", "1990s-2000s": year ranges
        if (runs == 2 && end - start == 9 && text.charAt(start + 4) == '-') {
            long a = Long.parseLong(text.substring(start, start + 4));
            long b = Long.parseLong(text.substring(start + 5, start + 9));
            return a >= 1900 && a <= 2100 && b >= 1900 && b <= 2100;
        }
        return false;
    }

    private static final String CURRENCY = "$\u20ac\u00a3\u00a5";
    private static final java.util.Set<String> REVENUE_CUES = WordSet.of("rev", "revenue", "rc");
    private static final java.util.Set<String> BIN_CUES = WordSet.of("bin", "rxbin", "iin");
    private static final java.util.Set<String> ROUTING_CUES = WordSet.of("routing", "aba", "rtn", "transit");

    /** One of {@code cues} among the three words before {@code start}: "BIN 610014", "routing number 021000021". */
    private static boolean cueBefore(String text, int start, java.util.Set<String> cues) {
        int p = start;
        for (int w = 0; w < 3; w++) {
            p = ProperNounContext.prevWordStart(text, p, false);
            if (p < 0) {
                return false;
            }
            if (cues.contains(text.substring(p, lettersEnd(text, p)).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The ABA checksum every US bank routing number carries: 3, 7, 1 weights summing to a multiple of ten. */
    static boolean abaRoutingNumber(CharSequence text, int start) {
        int sum = 0;
        for (int k = 0; k < 9; k++) {
            int d = text.charAt(start + k) - '0';
            sum += d * (k % 3 == 0 ? 3 : k % 3 == 1 ? 7 : 1);
        }
        return sum % 10 == 0 && text.charAt(start) <= '3';
    }

    /** A test score or an amount of money by the words around it: "SAT 1280", "scored 1450", "owes 1500", "1850 a month". */
    private static boolean scoreOrMoney(String text, int start, int end) {
        int p = ProperNounContext.prevWordStart(text, start, false);
        if (p >= 0 && wordIs(text, p, "is") || p >= 0 && wordIs(text, p, "was") || p >= 0 && wordIs(text, p, "of")
                || p >= 0 && wordIs(text, p, "to") || p >= 0 && wordIs(text, p, "about") || p >= 0 && wordIs(text, p, "around")) {
            p = ProperNounContext.prevWordStart(text, p, false); // "rent is 1850", "a score of 1450"
        }
        if (p >= 0 && start - lettersEnd(text, p) <= 2) {
            String w = text.substring(p, lettersEnd(text, p)).toLowerCase(java.util.Locale.ROOT);
            if (SCORE_OR_MONEY.contains(w)) {
                return true;
            }
        }
        int n = skipBlanks(text, end);
        int test = wordIs(text, n, "on") ? skipBlanks(text, lettersEnd(text, n)) : -1;
        if (test > 0 && wordIs(text, test, "the")) {
            test = skipBlanks(text, lettersEnd(text, test));
        }
        if (test > 0 && lettersEnd(text, test) > test && STANDARD_TESTS.contains(
                text.substring(test, lettersEnd(text, test)).toLowerCase(java.util.Locale.ROOT))) {
            return true; // "got 1450 on the SAT"
        }
        return n == end + 1 && (text.regionMatches(true, n, "a month", 0, 7) || text.regionMatches(true, n, "per month", 0, 9)
                || text.regionMatches(true, n, "a year", 0, 6) || text.regionMatches(true, n, "per year", 0, 8)
                || text.regionMatches(true, n, "a week", 0, 6) || text.regionMatches(true, n, "monthly", 0, 7)
                || text.regionMatches(true, n, "bucks", 0, 5) || text.regionMatches(true, n, "in rent", 0, 7)
                || text.regionMatches(true, n, "in debt", 0, 7));
    }

    private static final java.util.Set<String> STANDARD_TESTS = WordSet.of("sat", "act", "gre", "lsat", "mcat",
            "gmat", "psat", "toefl", "ielts", "asvab");
    private static final java.util.Set<String> SCORE_OR_MONEY = WordSet.of("scored", "score", "scores", "sat", "gre",
            "act", "lsat", "mcat", "gmat", "psat", "rent", "owes", "owed", "owe", "paid", "pays", "pay", "costs", "cost",
            "spent", "spends", "spend", "earns", "earned", "makes", "salary", "income", "debt", "bill", "balance",
            "deposit", "loan", "fine", "bail", "budget", "saved", "savings", "lost", "borrowed", "tuition", "copay",
            "deductible", "coinsurance", "premium", "fee", "fees", "charged", "charge", "refund", "refunded", "wage",
            "wages", "paycheck", "mortgage", "price", "priced", "worth", "raise", "bonus", "lent", "withdrew",
            "deposited", "won", "bet", "gambled", "max", "oop", "owing", "sent", "tip", "tips");

    private boolean unitAfter(String text, int end) {
        int k = end;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        int we = lettersEnd(text, k);
        if (we == k || k - end > 1) {
            return false;
        }
        long f = lex.get(text, k, we);
        return (f & UNIT_OF_MEASURE) != 0 || MEASURES.contains(text.substring(k, we).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the word after the number at {@code end} is "in" or "at" opening a phrase, not an inch or a unit (round
     * 40): "passed at 94 in his sleep", "died at 91 in March"; "94 in tall" has no determiner, possessive or month after.
     */
    private boolean prepositionAfter(String text, int end) {
        int k = skipBlanks(text, end);
        int we = lettersEnd(text, k);
        if (we - k != 2 || !(wordIs(text, k, "in") || wordIs(text, k, "at"))) {
            return false;
        }
        int n = skipBlanks(text, we);
        int ne = lettersEnd(text, n);
        return ne > n && (WordSet.containsLower(PHRASE_OPENERS, text, n, ne) || (lex.get(text, n, ne) & MONTH) != 0);
    }

    /** Determiners and possessives that open the phrase after a preposition: "in his sleep", "at the hospice". */
    private static final java.util.Set<String> PHRASE_OPENERS = WordSet.of("his", "her", "their", "my", "our", "your",
            "the", "a", "an", "home", "hospice", "hospital", "bed");

    private static final java.util.Set<String> MEASURES = WordSet.of("steps", "calories", "kcal", "lux", "words",
            "followers", "views", "likes", "mcg", "ms", "milliseconds", "meters", "yards", "pounds", "grams",
            "liters", "ml", "mmol", "ng", "iu", "dollars", "usd", "students", "members", "employees", "sq", "square");

    private static boolean clockTime(String text, int at) {
        int h = (text.charAt(at) - '0') * 10 + text.charAt(at + 1) - '0';
        int m = (text.charAt(at + 2) - '0') * 10 + text.charAt(at + 3) - '0';
        return h < 24 && m < 60;
    }

    /**
     * The chunk holding {@code [start, end)} starts with a letter and has "form" before it or "form",
     * "petition", "application" after it: "form DS-2019", "the CMS-1500 form".
     */
    private static boolean formNamed(String text, int start, int end) {
        int a = start;
        while (a > 0 && !isSpace(text.charAt(a - 1))) {
            a--;
        }
        int z = end;
        while (z < text.length() && !isSpace(text.charAt(z)) && ",.;:)".indexOf(text.charAt(z)) < 0) {
            z++;
        }
        if (!Character.isLetter(text.charAt(a))) {
            return false; // a bare number is no form's name; "DS-2019" and "I-864" are
        }
        int p = a - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        if (p >= 3 && text.regionMatches(true, p - 3, "form", 0, 4) && (p == 3 || !Character.isLetter(text.charAt(p - 4)))) {
            return true;
        }
        int n = z;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        return text.regionMatches(true, n, "form", 0, 4) || text.regionMatches(true, n, "petition", 0, 8)
                || text.regionMatches(true, n, "application", 0, 11);
    }

    private boolean timeContext(String text, int start, int end) {
        int p = start - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        int ws = p + 1;
        while (p >= 0 && Character.isLetter(text.charAt(p))) {
            p--;
        }
        String before = text.substring(p + 1, ws).toLowerCase(java.util.Locale.ROOT);
        if (before.equals("at") || before.equals("by") || before.equals("until") || before.equals("around")
                || before.equals("from") || before.equals("before") || before.equals("after") || before.equals("til")) {
            return true;
        }
        if ((before.equals("to") || before.equals("and") || before.equals("through")) && p >= 3
                && clockAt(text, p)) {
            return true; // "from 0900 to 0945": the end of a range a clock time began
        }
        int k = end;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return text.regionMatches(true, k, "hours", 0, 5) || text.regionMatches(true, k, "hrs", 0, 3)
                || text.regionMatches(true, k, "h ", 0, 2);
    }

    /** A four-digit clock time ends at {@code p} (blanks skipped): the start of "0900 to 0945". */
    private static boolean clockAt(String text, int p) {
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        return p >= 3 && isAsciiDigit(text.charAt(p)) && isAsciiDigit(text.charAt(p - 1)) && isAsciiDigit(text.charAt(p - 2))
                && isAsciiDigit(text.charAt(p - 3)) && (p == 3 || !isAsciiDigit(text.charAt(p - 4)))
                && clockTime(text, p - 3);
    }

    /** A word that introduces an identifier ("member ID", "account", "case #") among the three before {@code start}. */
    private boolean idCueBefore(String text, int start) {
        int p = start;
        for (int w = 0; w < 3; w++) {
            p = ProperNounContext.prevWordStart(text, p, false);
            if (p < 0) {
                return false;
            }
            if ((lex.get(text, p, lettersEnd(text, p)) & ANY_ID_CONTEXT) != 0) {
                return true;
            }
        }
        return false;
    }

    private static String numberCategory(int digits, int runs) {
        if (runs >= 2 && (digits == 7 || digits == 10 || digits == 11)) {
            return PhiCategory.PHONE;
        }
        return PhiCategory.ID;
    }

    private static String compactDigits(String text, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
            if (isAsciiDigit(text.charAt(k))) {
                sb.append(text.charAt(k));
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- shapes

    private static final int EMAIL = 1;
    private static final int URL = 2;
    private static final int HANDLE = 3;
    private static final int CODE = 4;
    private static final int DATE_SHAPE = 5;
    private static final int INITIALS = 6;

    private static String shapeCategory(int shape) {
        switch (shape) {
            case EMAIL: return PhiCategory.EMAIL;
            case URL: return PhiCategory.URL;
            case HANDLE: return PhiCategory.USERNAME;
            case DATE_SHAPE: return PhiCategory.DATE;
            case INITIALS: return PhiCategory.NAME;
            default: return PhiCategory.ID;
        }
    }

    /** E-mail and web addresses, handles, and letter-digit codes that are no clinical shape. */
    private int identifierShape(String text, char[] chars, int s, int e) {
        s = trimStart(text, s, e);
        e = trimEnd(text, s, e);
        if (e - s < 3 || text.charAt(s) == '[' && placeholderEnd(text, s, e) > s) {
            return 0;
        }
        // one look at the chunk first: most chunks are plain words and leave here
        int at = -1;
        int lastDot = -1;
        boolean innerMark = false;
        boolean mixed = false;
        boolean sawLetter = false;
        boolean sawDigit = false;
        for (int k = s; k < e; k++) {
            char c = chars[k];
            if (c >= 'a' && c <= 'z') {
                sawLetter = true;
            } else if (c >= 'A' && c <= 'Z') {
                sawLetter = true;
                mixed |= k > s && Character.isLowerCase(chars[k - 1]);
            } else if (c >= '0' && c <= '9') {
                sawDigit = true;
            } else if (c == '@') {
                at = k;
            } else if (c == '.') {
                lastDot = k;
                innerMark = true;
            } else if (c == '_' || c == '/' || c == ':') {
                innerMark = true;
            } else if (c >= 128 && Character.isLetter(c)) {
                sawLetter = true;
                mixed |= k > s && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(k - 1));
            }
        }
        if (at < 0 && !innerMark && !(sawLetter && sawDigit) && !mixed) {
            return 0;
        }
        if (at >= 0) {
            return at > s && lastDot > at ? EMAIL : (at + 1 < e ? HANDLE : 0);
        }
        if (text.regionMatches(true, s, "http", 0, 4) && text.startsWith("://", s + 4)
                || text.regionMatches(true, s, "https://", 0, 8) || text.regionMatches(true, s, "www.", 0, 4)) {
            return URL;
        }
        if (lastDot > s && domainLike(text, s, e)) {
            return ProperNounContext.publicSite(text, s, e, english) ? 0 : URL; // "chess.com" is a public site
        }
        if (lastDot > s && dottedHandle(text, s, e)) {
            return HANDLE; // "sunflower.k", "j.okafor": a handle by its shape, not an abbreviation
        }
        // one token of letters and digits (or underscores) that no clinical shape explains
        boolean letter = false;
        boolean digit = false;
        boolean underscore = false;
        boolean camel = false;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                if (k > s && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(k - 1))) {
                    camel = true;
                }
                letter = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (c == '_') {
                underscore = true;
            } else if (c == '[' || c == ']') {
                return 0;
            }
        }
        if (underscore && (letter || digit)) {
            return HANDLE;
        }
        if (letter && digit && !clinicalCode(text, s, e) && !formNamed(text, s, e)
                && !ProperNounContext.remarkCode(text, s, e)) {
            return CODE;
        }
        if (camel && letter && isPlainWord(text, s, e) && hasInnerCapitalAfterLower(text, s, e)
                && !english.contains(text, s, e) && (lex.get(text, s, e) & VOCABULARY) == 0 && e - s >= 8
                && !ProperNounContext.product(text, s, e, english)) {
            return HANDLE; // "xXShadowChaseXx", "DawnOfTheDad"
        }
        return 0;
    }

    /**
     * Lower-case labels joined by dots where one label is no English word of two letters or more and one has
     * three letters or more: "sunflower.k", "j.okafor". Abbreviations ("e.g", "a.m") have no long label, and
     * two words joined by a missing space ("tired.then") are both English.
     */
    private boolean dottedHandle(String text, int s, int e) {
        int longest = 0; // the longest label of letters only: "2025.02.11" and "149.018842" are numbers
        boolean unknownLabel = false;
        int from = s;
        for (int k = s; k <= e; k++) {
            char c = k < e ? text.charAt(k) : '.';
            if (c == '.') {
                if (k == from) {
                    return false; // "..", a leading dot: an ellipsis, not a handle
                }
                if (!hasDigit(text, from, k)) {
                    longest = Math.max(longest, k - from);
                }
                unknownLabel |= k - from < 2 || !english.isCommonWord(text, from, k)
                        && (lex.get(text, from, k) & (VOCABULARY | SLANG)) == 0;
                from = k + 1;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return longest >= 3 && unknownLabel;
    }

    /**
     * Initials with periods acting as a person: "R.K. said", "told J.T.", "K.L.'s mom". Alone they are as often
     * a place or a degree ("U.S.", "D.C.", "R.N."), so a verb, a contact word or a relation must say so.
     */
    private boolean dottedInitials(String text, int chunkStart, int chunkEnd) {
        int s = trimStart(text, chunkStart, chunkEnd);
        int k = s;
        int letters = 0;
        while (k + 1 < chunkEnd && Character.isUpperCase(text.charAt(k)) && text.charAt(k + 1) == '.') {
            letters++;
            k += 2;
        }
        if (letters < 2 || letters > 3 || k < chunkEnd && Character.isLetterOrDigit(text.charAt(k))) {
            return false;
        }
        StringBuilder abbreviation = new StringBuilder(3);
        for (int x = s; x < k; x += 2) {
            abbreviation.append(Character.toLowerCase(text.charAt(x)));
        }
        // deny by default: initials are someone unless they are a public abbreviation ("U.S.", "p.m.", "M.D.")
        return !PUBLIC_ABBREVIATIONS.contains(abbreviation.toString()) && (lex.get(abbreviation, 0, abbreviation.length()) & (STATE
                | TITLE | VOCABULARY | UNIT_OF_MEASURE)) == 0 || actsAsSubject(text, k); // "R.K. said", "J.T.'s mom"
    }

    /** Dotted abbreviations everyone writes: places, times, degrees and credentials, Latin, forms of address. */
    private static final java.util.Set<String> PUBLIC_ABBREVIATIONS = WordSet.of(
            "us", "usa", "uk", "eu", "un", "dc", "la", "ny", "nyc", "sf", "am", "pm", "ad", "bc", "ce", "ba", "bs",
            "bsc", "ma", "ms", "msc", "mba", "md", "do", "rn", "np", "pa", "phd", "lpc", "jd", "dds", "od", "po",
            "aa", "na", "ca", "ie", "eg", "cv", "id", "tv", "pc", "vs", "jr", "sr", "st", "mr", "mrs", "dr", "rip",
            "asap", "rsvp", "ok", "wc", "bm", "uti", "er", "icu", "ot", "pt", "ged", "sat", "act", "ppo", "hmo",
            "fbi", "cia", "dui", "dwi", "aka", "ps", "pps", "nb", "qd", "bid", "tid", "qid", "prn", "hs", "im", "iv",
            "sq", "sl", "gi", "eeg", "ekg", "ecg", "mri", "ct", "adhd", "ptsd", "ocd", "ed", "ee", "ss", "ww",
            "wwii", "wwi", "nj", "jfk", "mlk", "fdr", "usda", "faa", "dmv", "cps", "irs");

    private static boolean isPlainWord(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (!Character.isLetter(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasInnerCapitalAfterLower(String text, int s, int e) {
        int inner = 0;
        for (int k = s + 1; k < e; k++) {
            if (Character.isUpperCase(text.charAt(k)) && Character.isLowerCase(text.charAt(k - 1))) {
                inner++;
            }
        }
        // "McDonald", "DeKalb", "LaToya": one inner capital after a short prefix is a name's spelling
        return inner >= 2 || inner == 1 && !(Character.isUpperCase(text.charAt(s)) && shortPrefix(text, s, e));
    }

    private static boolean shortPrefix(String text, int s, int e) {
        for (int k = s + 1; k < e && k <= s + 3; k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    // clinical shapes of tokens with digits, compiled once
    private static final java.util.regex.Pattern ICD10_SHAPE = java.util.regex.Pattern.compile("[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?[.,;:)]*");
    /** ICD-10-CM without its dot: a letter, two characters, then up to four more ("F329", "F4312", "R45851"). */
    private static final java.util.regex.Pattern ICD10_UNDOTTED = java.util.regex.Pattern.compile("[A-TV-Z][0-9][0-9A-Z][0-9A-Z]{1,4}[.,;:)]*");
    /** Words that put a diagnosis code after them: "dx F43120", "ICD F329", "diagnosis code Z630". */
    private static final java.util.Set<String> DIAGNOSIS_CUES = WordSet.of("dx", "icd", "diag", "diagnosis",
            "diagnoses", "code", "codes", "primary", "secondary");

    /** One of the diagnosis cues among the three words before {@code s}. */
    private static boolean diagnosisCueBefore(String text, int s) {
        int w = s;
        for (int words = 0; words < 3; words++) {
            int p = ProperNounContext.prevWordStart(text, w, true);
            if (p < 0) {
                return false;
            }
            if (DIAGNOSIS_CUES.contains(text.substring(p, ProperNounContext.wordEnd(text, p)).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            w = p;
        }
        return false;
    }
    private static final java.util.regex.Pattern HCPCS_SHAPE = java.util.regex.Pattern.compile("[A-Z][0-9]{4}");
    private static final java.util.regex.Pattern NUMBER_WITH_UNIT = java.util.regex.Pattern.compile("[0-9]+(st|nd|rd|th|s|x|k|am|pm|a|p|h|hr|hrs|min|mins|m|mg|mcg|ml|g|kg|lb|lbs|oz|cm|mm|ft|in|mi|km|yo|yr|yrs|wk|wks|mo|mos|d|y|ish)");
    /** An amount with thousands separators and a unit after the currency sign: "1,200/mo", "2,500.00". */
    private static final java.util.regex.Pattern MONEY = java.util.regex.Pattern.compile(
            "[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]{1,2})?(k|m)?(/[a-z]+)?");
    /** Pills counted by their strength: "3 of the 0.25s", "the .25s". */
    private static final java.util.regex.Pattern DOSE_PLURAL = java.util.regex.Pattern.compile("[0-9]*\\.[0-9]+s");
    private static final java.util.regex.Pattern SHORT_CODE = java.util.regex.Pattern.compile("x[0-9]{1,2}|[a-z]{1,3}[0-9]{1,2}|[0-9]{1,2}[a-z]{1,2}[0-9]{0,1}");
    private static final java.util.regex.Pattern SHORT_CLINICAL_CODE = java.util.regex.Pattern.compile("x[0-9]{1,2}|(phq|gad|pcl|ptsd|ace|b|d|a|k|t|c|f|ps|i|g|v|vo|co|h|l|s)[0-9]{1,2}");
    private static final java.util.regex.Pattern WORD_DASH_NUMBER = java.util.regex.Pattern.compile("[a-z]+-[0-9]{1,2}(-[a-z0-9]+)?");
    private static final java.util.regex.Pattern NUMBER_DASH_WORD = java.util.regex.Pattern.compile("[0-9]{1,3}-[a-z]+(-[a-z]+)*");
    private static final java.util.regex.Pattern ID_DASH_NUMBER = java.util.regex.Pattern.compile("[a-z]{1,4}-[0-9]{5,}.*");
    private static final java.util.regex.Pattern DECIMAL_OR_FRACTION = java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?(mg|mcg|ml|%)?(/[0-9a-z]+)*");
    private static final java.util.regex.Pattern RATE_OR_DOSE = java.util.regex.Pattern.compile(
            "([0-9]+(\\.[0-9]+)?(x|mg|mcg|ml|g|u|units?|tabs?|caps?)?|mg|mcg|ml)"
            + "(/([0-9]+(\\.[0-9]+)?)?(x|mg|mcg|ml|g|u|d|day|days|wk|wks|week|weeks|mo|month|yr|year|hr|h|night|nights|dose)?)+"
            + "|[0-9]+(\\.[0-9]+)?x");
    private static final java.util.regex.Pattern CLOCK_OR_FREQUENCY = java.util.regex.Pattern.compile(
            "[0-9]{1,2}:[0-9]{2}(a|p|am|pm)?|q[0-9]{1,2}(h|hr|hrs|d|wk|wks|w|mo)|[0-9]{1,2}-[0-9]{1,2}x(/[a-z]+)?");
    private static final java.util.regex.Pattern FORM_OR_VISA = java.util.regex.Pattern.compile("[a-z]{1,2}-[0-9]{1,3}[a-z]?");
    private static final java.util.regex.Pattern SCALE_CODE = java.util.regex.Pattern.compile("[A-Z]{1,2}[0-9]");
    /** A CPT or HCPCS code ("90837", "H0031", "G0463") with one to four of the two-character modifiers claims carry. */
    private static final java.util.regex.Pattern BILLED_CODE = java.util.regex.Pattern.compile(
            "([0-9]{5}|[A-V][0-9]{4})(-(G[A-Z]|H[A-Z]|U[1-9A-D]|T[A-Z]|K[A-Z]|A[A-Z]|S[A-Z]|X[ESPU]|F[QR]|Q[0-9A-Z]|C[RS]"
            + "|[0-9]{2}))+[.,;:)]*");
    private static final java.util.regex.Pattern ADJUSTMENT_CODE = java.util.regex.Pattern.compile("(co|pr|oa|pi|cr)-[0-9]{1,3}");
    private static final java.util.regex.Pattern RETIREMENT_PLAN = java.util.regex.Pattern.compile("[0-9]{3}\\([a-z]\\)?");
    private static final java.util.regex.Pattern KNOWN_CODES = java.util.regex.Pattern.compile("a1c|b12|d3|t3|t4|mp3|mp4|4k|5g|4g|3d|2d|covid19|401k|i-94|w-2|w2|1099|k-12|ps5|ps4|9/11");

    /** Clinical tokens with digits: ICD-10 codes, doses, ordinals, times, counts, instrument names. */
    private boolean clinicalCode(String text, int s, int e) {
        String t = text.substring(s, e);
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if ((lex.get(text, s, e) & (CLINICAL | VOCABULARY | UNIT_OF_MEASURE)) != 0) {
            return true;
        }
        if (ICD10_SHAPE.matcher(t).matches() || HCPCS_SHAPE.matcher(t).matches()
                || ICD10_UNDOTTED.matcher(t).matches() && (t.length() <= 4 || diagnosisCueBefore(text, s))) {
            return true; // ICD-10, HCPCS; "F329", and "F43120" after "dx" or "ICD": a code written without its dot
        }
        if (NUMBER_WITH_UNIT.matcher(lower).matches() || DOSE_PLURAL.matcher(lower).matches()) {
            return true; // "3rd", "4x", "12k", "10pm", "100mg", "90s"
        }
        if (lower.length() > 1 && (lower.charAt(0) == '~' || CURRENCY.indexOf(lower.charAt(0)) >= 0)) {
            return clinicalCode(text, s + 1, e) || MONEY.matcher(lower.substring(1)).matches(); // "$50/mo", "$1,200/mo"
        }
        if (lower.startsWith("pre-") || lower.startsWith("post-") || lower.startsWith("non-") || lower.startsWith("mid-")) {
            return clinicalCode(text, s + lower.indexOf('-') + 1, e); // "pre-DSM-5"
        }
        if (CLOCK_OR_FREQUENCY.matcher(lower).matches()) {
            return true; // "9:47a", "10:15pm", "q4wk", "q6h", "4-5x/week"
        }
        if (FORM_OR_VISA.matcher(lower).matches() || SCALE_CODE.matcher(t).matches()) {
            return true; // "I-485", "H-1B", "DS-160": a form or a visa class; "RC2", "T4": a scale or a level
        }
        if (SHORT_CODE.matcher(lower).matches()) {
            return SHORT_CLINICAL_CODE.matcher(lower).matches();
        }
        if (WORD_DASH_NUMBER.matcher(lower).matches() || NUMBER_DASH_WORD.matcher(lower).matches()) {
            return !ID_DASH_NUMBER.matcher(lower).matches(); // "PHQ-9", "COVID-19", "30-day", "5-4-3-2-1"
        }
        if (DECIMAL_OR_FRACTION.matcher(lower).matches() || RATE_OR_DOSE.matcher(lower).matches()) {
            return true; // "8 mg/2 mg", "1.5x", "4x/wk": a dose or a frequency, never a person's number
        }
        if (BILLED_CODE.matcher(t).matches()) {
            return true; // "90837-GT", "H2019-HO-HQ": a billed procedure with its modifiers, the same for every client
        }
        if (ADJUSTMENT_CODE.matcher(lower).matches()) {
            return true; // "CO-197", "PR-1": a payer's reason for adjusting a claim
        }
        if (RETIREMENT_PLAN.matcher(lower).matches()) {
            return true; // "401(k)", "403(b)"
        }
        return KNOWN_CODES.matcher(lower).matches();
    }

    private boolean domainLike(String text, int s, int e) {
        // label(.label)+ with letter labels of two or more and a letter-only last label: "linktr.ee/x", "legacy.com"
        int slash = -1;
        for (int k = s; k < e; k++) {
            if (text.charAt(k) == '/') {
                slash = k;
                break;
            }
        }
        int hostEnd = slash > s ? slash : e;
        String host = text.substring(s, hostEnd);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String l : labels) {
            if (l.length() < 2 || !l.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-')) {
                return false;
            }
        }
        String tld = labels[labels.length - 1];
        if (!tld.chars().allMatch(Character::isLetter) || tld.length() > 24) {
            return false;
        }
        // "Ph.D", "U.S" have short labels and were rejected above; "e.g" too. Real words joined by a dot
        // with no space ("tired.Then") are a typo, not a domain: the last label must be lower case.
        return tld.chars().allMatch(ch -> !Character.isUpperCase(ch)) && (slash > s && slash < e
                || lex.get(tld, 0, tld.length()) != 0 && (lex.get(tld, 0, tld.length()) & Lexicon.TLD) != 0
                || !english.isCommonWord(tld));
    }

    // ---------------------------------------------------------------- public vocabulary

    /** Which list a public term came from: a team is a place when the note puts someone at its game. */
    private static final String PUBLIC_TERM = "PUBLIC";
    private static final String TEAM_TERM = "TEAM";
    /**
     * Public figures by full or stage name, titles of works, characters, teams, organisations, apps and services,
     * matched as whole phrases ignoring case (the lists of {@link Lexicon}).
     */
    private static final KnownTermMatcher PUBLIC_TERMS = publicTerms();
    /** Hosts of the web addresses in the public lists ("nami.org", "samhsa.gov"): public sites, never the client's. */
    private static final java.util.Set<String> PUBLIC_SITES = publicSites();
    /** A month and a year as a card writes its expiry: "08/27", "8/2029". */
    private static final java.util.regex.Pattern MONTH_YEAR = java.util.regex.Pattern.compile(
            "(0?[1-9]|1[0-2])\\s?[/-]\\s?(\\d{2}|20\\d{2})");
    /** Words before a month/year that make it an expiry ("exp", "expires", "valid thru"). */
    private static final java.util.regex.Pattern EXPIRY_CUE = java.util.regex.Pattern.compile(
            "(?i)\\b(exp|exp\\.|expires?|expired|expiring|expiry|expiration(\\s+date)?|valid\\s+(thru|through|until)"
            + "|good\\s+(thru|through)|use\\s+by)\\s*(date)?\\s*(:|-|on|is|of)?\\s*$");

    /** Organisations' acronyms that are also given names ("NAMI"): public only when written in capitals. */
    private static final java.util.Set<String> PUBLIC_ACRONYMS = Lexicon.entries("public-names.txt").stream()
            .filter(Lexicon::isAcronym).collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), WordSet::copyOf));

    /** The clinical lists' entries, the guard's part included, lower case: "ssris", "e.r.", "copay", "sandtray". */
    private static final java.util.Set<String> CLINICAL_WORDS = java.util.stream.Stream.of("clinical-terms.txt",
            "drugs.txt", "other-languages-words.txt").flatMap(list -> Lexicon.entries(list).stream())
            .map(e -> e.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), WordSet::copyOf));

    /** Every word of a public term, lower case: a span whose first word is none of them is no public term. */
    private static final java.util.Set<String> PUBLIC_TERM_WORDS = publicTermWords();

    private static java.util.Set<String> publicTermWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String list : List.of("public-names.txt", "fiction.txt", "brands.txt", "clinical-terms.txt", "drugs.txt",
                "teams.txt", "other-languages-words.txt")) {
            for (String entry : Lexicon.entries(list)) {
                for (String w : entry.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    if (!w.isEmpty()) {
                        out.add(w);
                    }
                }
            }
        }
        return WordSet.copyOf(out);
    }

    private static KnownTermMatcher publicTerms() {
        WordTable lex = Lexicon.table();
        Map<String, String> terms = new java.util.HashMap<>();
        // the everyday words of other languages are read here only, out of the word table: the token model's
        // features and the detector's rules stay as trained
        for (String list : List.of("public-names.txt", "fiction.txt", "brands.txt", "clinical-terms.txt", "drugs.txt",
                "other-languages-words.txt")) {
            for (String entry : Lexicon.entries(list)) {
                if (!Lexicon.isAcronym(entry) && enoughToBePublic(lex, entry)) {
                    terms.putIfAbsent(entry, PUBLIC_TERM);
                }
            }
        }
        for (String entry : Lexicon.entries("teams.txt")) {
            if (enoughToBePublic(lex, entry)) {
                terms.putIfAbsent(entry, TEAM_TERM);
            }
        }
        return KnownTermMatcher.of(terms);
    }

    /** A single word that is also a given name, a surname or a city is no public figure or work on its own. */
    private static boolean enoughToBePublic(WordTable lex, String entry) {
        return entry.indexOf(' ') > 0 || (lex.get(entry, 0, entry.length()) & (FIRST | SURNAME | Lexicon.CITY)) == 0;
    }

    private static java.util.Set<String> publicSites() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String entry : Lexicon.entries("public-names.txt")) {
            if (entry.matches("[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}")) {
                out.add(entry);
            }
        }
        return WordSet.copyOf(out);
    }

    /**
     * {@code spans} less those that name public vocabulary rather than the client's people and places: a public
     * figure, a work, a character, a team, an organisation, an app or a service written out in full ("Taylor Swift",
     * "the Kansas City Chiefs", "Of Mice and Men", "NAMI"), a drug class in the plural ("SSRIs"), a public health
     * organisation's web address ("samhsa.gov/find-help"), a card's month/year expiry ("exp 08/27"). A person or
     * employment cue before the name keeps it ("my friend Taylor Swift", "works for the Chiefs"), and a team or a
     * store where the note puts someone ("at the Bulls game"). Asked of the detector's spans and of the residual
     * check's own.
     */
    public List<PhiSpan> withoutPublicVocabulary(String text, List<PhiSpan> spans) {
        List<PhiSpan> out = null;
        Set<String> namedInFull = null;
        for (int k = 0; k < spans.size(); k++) {
            PhiSpan span = spans.get(k);
            if (isPublicVocabulary(text, span)) {
                if (namedInFull == null) {
                    namedInFull = namedInFull(text, spans);
                }
                if (namedInFull.contains(text.substring(span.start(), span.end()))) {
                    // "it's Dutch, uh, Dutch Van Wyk": the text names this person in full, so the word alone is
                    // that person, not the language (round 22)
                    if (out != null) {
                        out.add(span);
                    }
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(spans.subList(0, k));
                }
            } else if (out != null) {
                out.add(span);
            }
        }
        return out == null ? spans : out;
    }

    /** The first words of the multi-word person spans that are not public themselves ("Dutch" of "Dutch Van Wyk"). */
    private Set<String> namedInFull(String text, List<PhiSpan> spans) {
        Set<String> out = new HashSet<>();
        for (PhiSpan p : spans) {
            if (!p.type().equals(PhiCategory.PERSON)) {
                continue;
            }
            int w = lettersEnd(text, p.start());
            if (w > p.start() + 1 && w < p.end() && Character.isUpperCase(text.charAt(p.start()))
                    && !isPublicVocabulary(text, p)) {
                out.add(text.substring(p.start(), w));
            }
        }
        return out;
    }

    private boolean isPublicVocabulary(String text, PhiSpan span) {
        int s = span.start();
        int e = span.end();
        if (notIdentifiers.reads(text, span)) {
            return true;
        }
        switch (span.type()) {
            case PhiCategory.URL:
                return publicSite(text, s, e);
            case PhiCategory.DATE:
                return expiry(text, s, e) || doseFraction(text, s, e);
            case PhiCategory.PERSON:
            case PhiCategory.NAME:
                if (petName(text, s, e) || languageCompound(text, s, e) || wordDrawnOut(text, s, e)
                        || firstPersonContraction(text, s, e)) {
                    return true;
                }
                // fall through: a person's span may be a public figure or clinical vocabulary too
            case PhiCategory.LOCATION:
            case PhiCategory.USERNAME:
            case PhiCategory.ADDRESS: // "Of Mice and Men" read as a corner of two streets
                boolean place = span.type().equals(PhiCategory.LOCATION) || span.type().equals(PhiCategory.ADDRESS);
                return ((clinicalWord(text, s, e, place) || !place && clinicalWords(text, s, e))
                        && !cueKeeps(text, new PhiSpan(s, e, PUBLIC_TERM, 1.0)) || coveredByPublicTerms(text, s, e, place))
                        && (place || !sentenceStart(text, s) || !wordNameActs(text, s, e, lex.get(text, s, e))); // "Holiday said"

            default:
                return false;
        }
    }

    /**
     * "Spanish-speaking", "Turkish-born": a language or a people joined by a hyphen to a lower-case English word
     * describes someone or something; it names no one (after "prefers" the naming cue read it as a name).
     */
    private boolean languageCompound(String text, int s, int e) {
        int h = text.indexOf('-', s);
        if (h <= s || h >= e - 1) {
            return false;
        }
        for (int k = h + 1; k < e; k++) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return PublicNamesByKind.languageName(text, s, h) && english.isCommonWord(text, h + 1, e);
    }

    /**
     * A path segment that spells a person's name: a given name of the SSA list, then a part that is no English word
     * or is a listed surname ("dana-whitfield-chicago-il", "maria.lopez.lcsw"); "help-the-family", "find-a-doctor"
     * and "grief-support" are topics.
     */
    private static boolean personSlug(String path) {
        for (String segment : path.split("/")) {
            String[] parts = segment.split("[-._]");
            if (parts.length < 2 || parts[0].length() < 2 || parts[1].length() < 2
                    || !parts[0].chars().allMatch(Character::isLetter) || !parts[1].chars().allMatch(Character::isLetter)) {
                continue;
            }
            if (!NameTokens.givenNameAnywhere(parts[0], 0, parts[0].length())
                    || WordList.english().isCommonWord(parts[0])) {
                continue;
            }
            long second = Lexicon.table().get(parts[1], 0, parts[1].length());
            if ((second & Lexicon.SURNAME) != 0 || !WordList.english().contains(parts[1])) {
                return true;
            }
        }
        return false;
    }

    /** A web address whose host is a listed public site or below one, with no query and no "@" after it. */
    private static boolean publicSite(String text, int s, int e) {
        String url = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
        int scheme = url.indexOf("://");
        if (scheme >= 0) {
            url = url.substring(scheme + 3);
        }
        if (url.startsWith("www.")) {
            url = url.substring(4);
        }
        int hostEnd = 0;
        while (hostEnd < url.length() && "/:?#".indexOf(url.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String rest = url.substring(hostEnd);
        if (rest.indexOf('@') >= 0 || rest.indexOf('?') >= 0 || rest.indexOf('=') >= 0) {
            return false; // a query or a mailbox may carry the client's own value
        }
        String host = url.substring(0, hostEnd);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (videoRoom(host, rest)) {
            return false; // "doxy.me/drsmith": the service is public, the room names the clinician or the client
        }
        if (personSlug(rest)) {
            return false; // "psychologytoday.com/us/therapists/dana-whitfield-chicago-il": a public site's page on one person
        }
        for (int dot = 0; dot >= 0; dot = host.indexOf('.', dot + 1)) {
            if (PUBLIC_SITES.contains(dot == 0 ? host : host.substring(dot + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hosts of video-visit services (round 21): the service is public, a path after it is a room, a meeting or a
     * personal link named for the clinician, the practice or the client ("doxy.me/drkim", "zoom.us/my/smithfamily").
     */
    private static final java.util.Set<String> VIDEO_VISIT_HOSTS = WordSet.of("doxy.me", "zoom.us", "zoom.com",
            "teams.microsoft.com", "teams.live.com", "meet.google.com", "whereby.com", "vsee.me", "vsee.com",
            "webex.com", "gotomeet.me", "meet.jit.si", "thera-link.com", "video.simplepractice.com");

    /** A video-visit host (or one below it) with a path of at least two letters after it. */
    static boolean videoRoom(String host, String rest) {
        int letters = 0;
        for (int k = 0; k < rest.length(); k++) {
            if (Character.isLetterOrDigit(rest.charAt(k))) {
                letters++;
            }
        }
        if (letters < 2) {
            return false;
        }
        for (int dot = 0; dot >= 0; dot = host.indexOf('.', dot + 1)) {
            if (VIDEO_VISIT_HOSTS.contains(dot == 0 ? host : host.substring(dot + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A month and a year right after an expiry word, with a card named in the sentence: a card's expiry, no date of
     * the client's life. The month/year a person's own document, order or leave runs out ("authorization valid
     * through 12/2025", "her visa expires 08/2025", "license expires 06/2027") dates that person's affairs and stays
     * a date (round 22b).
     */
    private static boolean expiry(String text, int s, int e) {
        if (!MONTH_YEAR.matcher(text.substring(s, e)).matches()) {
            return false;
        }
        return EXPIRY_CUE.matcher(text.substring(Math.max(0, s - 30), s)).find() && cardNear(text, s, e);
    }

    /** Words that name a payment or insurance card: "card", "debit", "Amex". */
    private static final java.util.Set<String> CARD_WORDS = WordSet.of("card", "cards", "debit", "credit", "cc",
            "mastercard", "amex", "discover", "ebt");

    /** A card word in the sentence around {@code [s, e)}, within 60 characters either side. */
    private static boolean cardNear(String text, int s, int e) {
        int from = Math.max(0, s - 60);
        int to = Math.min(text.length(), e + 60);
        for (int k = s - 1; k >= from; k--) {
            if (".!?\n".indexOf(text.charAt(k)) >= 0 && (k + 1 >= text.length() || text.charAt(k + 1) == ' '
                    || text.charAt(k) == '\n')) {
                from = k + 1;
                break;
            }
        }
        for (int k = e; k < to; k++) {
            if (".!?;\n".indexOf(text.charAt(k)) >= 0) {
                to = k;
                break;
            }
        }
        String before = "";
        for (String w : text.substring(from, to).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (CARD_WORDS.contains(w) && !PERSONAL_DOCUMENT_CARDS.contains(before)) {
                return true;
            }
            before = w;
        }
        return false;
    }

    /** Words that make a card a person's own document, whose expiry dates that person: "green card", "ID card". */
    private static final java.util.Set<String> PERSONAL_DOCUMENT_CARDS = WordSet.of("green", "id", "identity",
            "identification", "resident", "residency", "permanent", "voter", "student");

    /**
     * One word of the clinical and practice vocabulary that no name list has, written with dots or in the plural as
     * well: a drug class ("SSRIs", "benzos"), a level of care ("E.R.", "IOPs"), a billing word ("Copay is 45").
     */
    private boolean clinicalWord(String text, int s, int e, boolean place) {
        if (e - s < 2 || place && !abbreviation(text, s, e)) {
            return false; // a place is left alone unless it is an abbreviation: payers share names with towns
        }
        StringBuilder letters = new StringBuilder(e - s);
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                letters.append(c);
            } else if (c != '.' || k == s) {
                return false; // one word: letters, and dots after letters ("E.R.")
            }
        }
        long whole = lex.get(text, s, e) | lex.get(letters, 0, letters.length());
        if ((whole & (FIRST | SURNAME | Lexicon.CITY)) != 0) {
            return false;
        }
        String word = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
        String bare = letters.toString().toLowerCase(java.util.Locale.ROOT);
        if ((whole & CLINICAL) != 0 || CLINICAL_WORDS.contains(word) || CLINICAL_WORDS.contains(bare)) {
            return true;
        }
        int n = bare.length();
        return n >= 4 && bare.charAt(n - 1) == 's' && (lex.get(bare, 0, n - 1) & (FIRST | SURNAME)) == 0
                && ((lex.get(bare, 0, n - 1) & CLINICAL) != 0 || CLINICAL_WORDS.contains(bare.substring(0, n - 1)));
    }

    /**
     * Two or three words, each one of the clinical vocabulary and none a name ("Practicamos Respiración", "Atención
     * Plena"): a phrase of the client's language read as a name, not a person.
     */
    private boolean clinicalWords(String text, int s, int e) {
        int words = 0;
        int k = s;
        while (k < e) {
            int w = k;
            while (k < e && text.charAt(k) != ' ' && text.charAt(k) != ',') {
                k++;
            }
            if (++words > 3 || !clinicalWord(text, w, k, false)) {
                return false;
            }
            // a list of signs read as "Surname, Given" ("Sx: Anergia, Amotivation") is as clinical as a phrase
            while (k < e && (text.charAt(k) == ' ' || text.charAt(k) == ',')) {
                k++;
            }
        }
        return words > 1;
    }

    /**
     * One word that names a pet: right after a word for an animal ("my dog rocco", "our bunny Pip") or before one
     * in parentheses or after a comma ("ziggy (my cat)", "Biscuit, our dog"). An animal's name is no one's PHI.
     */
    private boolean petName(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (!Character.isLetter(text.charAt(k))) {
                return false;
            }
        }
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p >= 0 && s - lettersEnd(text, p) <= 1 && (lex.get(text, p, lettersEnd(text, p)) & Lexicon.PET) != 0) {
            return true;
        }
        int k = skipBlanks(text, e);
        if (k < text.length() && (text.charAt(k) == '(' || text.charAt(k) == ',')) {
            k = skipBlanks(text, k + 1);
            int w = k;
            while (k < text.length() && Character.isLetter(text.charAt(k))) {
                k++;
            }
            String owner = text.substring(w, k).toLowerCase(java.util.Locale.ROOT);
            if (owner.equals("the") || owner.equals("my") || owner.equals("our") || owner.equals("his")
                    || owner.equals("her") || owner.equals("their")) {
                k = skipBlanks(text, k);
                w = k;
                while (k < text.length() && Character.isLetter(text.charAt(k))) {
                    k++;
                }
                return k > w && (lex.get(text, w, k) & Lexicon.PET) != 0;
            }
        }
        return false;
    }

    /** Capitals and dots only, with a lowercase plural "s" allowed: "ER", "E.R.", "ICUs". */
    private static boolean abbreviation(String text, int s, int e) {
        int end = e > s + 2 && text.charAt(e - 1) == 's' ? e - 1 : e;
        for (int k = s; k < end; k++) {
            char c = text.charAt(k);
            if (!(c >= 'A' && c <= 'Z' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every word of {@code text[s, e)} lies inside a public term no person cue precedes, or is a word that joins
     * two of them ("and", "the", "vs"); for a place, only terms of two words or more count.
     */
    private boolean coveredByPublicTerms(String text, int s, int e, boolean place) {
        int first = s;
        while (first < e && Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        if (first == s || !PUBLIC_TERM_WORDS.contains(text.substring(s, first).toLowerCase(java.util.Locale.ROOT))) {
            return false; // most names are in no public term: one set lookup, no matching
        }
        List<PhiSpan> terms = new ArrayList<>(PUBLIC_TERMS.findStartingIn(text, s - 60, e));
        if (place) {
            // a brand, a store or a service of one word read as a place is where the note may put someone
            terms.removeIf(t -> text.substring(t.start(), t.end()).chars().noneMatch(Character::isWhitespace));
        }
        List<PhiSpan> acronyms = new ArrayList<>();
        acronymsIn(text, s, e, acronyms);
        terms.addAll(acronyms);
        if (terms.isEmpty()) {
            return false;
        }
        java.util.BitSet covered = new java.util.BitSet();
        for (PhiSpan t : terms) {
            if (t.end() > s && t.start() < e && !cueKeeps(text, t, acronyms.contains(t))) {
                covered.set(t.start(), t.end());
            }
        }
        if (covered.isEmpty()) {
            return false;
        }
        for (PhiSpan t : terms) {
            for (PhiSpan u : terms) {
                if (t != u && t.end() > s && u.start() < e && t.end() < u.start() && text.substring(t.end(), u.start()).isBlank()) {
                    return false; // "Norwegian" and "American" side by side name something new
                }
            }
        }
        int k = s;
        while (k < e) {
            char c = text.charAt(k);
            if (!Character.isLetterOrDigit(c)) {
                k++;
                continue;
            }
            int w = k;
            while (k < e && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '\'' 
                    || text.charAt(k) == '\u2019')) {
                k++;
            }
            if (covered.nextClearBit(w) >= k) {
                continue;
            }
            int core = covered.nextClearBit(w);
            if (core > w && possessiveTail(text, core, k)) {
                continue; // "Taylor Swift's"
            }
            if (covered.get(w) || !joiningWord(text, w, k)) {
                return false;
            }
        }
        return true;
    }

    /** Words of {@code text[s, e)} written in capitals that are a listed organisation's acronym ("NAMI"). */
    private static void acronymsIn(String text, int s, int e, List<PhiSpan> out) {
        int k = s;
        while (k < e) {
            if (!Character.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int w = k;
            while (k < text.length() && Character.isLetter(text.charAt(k))) {
                k++;
            }
            if ((w == 0 || !Character.isLetterOrDigit(text.charAt(w - 1))) && PUBLIC_ACRONYMS.contains(text.substring(w, k))) {
                out.add(new PhiSpan(w, k, PUBLIC_TERM, 1.0));
            }
        }
    }

    /** Verbs of liking: a team one loves is followed, not visited. */
    private static final java.util.Set<String> LIKING = WordSet.of("love", "loves", "loved", "like", "likes",
            "liked", "adores", "adore", "hates", "hate", "misses", "miss");

    private static boolean possessiveTail(String text, int from, int to) {
        return to - from == 2 && (text.charAt(from) == '\'' || text.charAt(from) == '\u2019')
                && (text.charAt(from + 1) == 's' || text.charAt(from + 1) == 'S');
    }

    private static boolean joiningWord(String text, int s, int e) {
        String w = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
        return w.equals("and") || w.equals("the") || w.equals("of") || w.equals("or") || w.equals("vs");
    }

    /**
     * A cue before a public term that makes it someone or somewhere of the client's: a relation, a title, a contact
     * or naming verb right before it ("my cousin ...", "named ..."), an employer's verb and its preposition ("works
     * for the ...", "volunteers at ..."); for a team or a store, a place word too ("at the Bulls game", "went to the
     * Cubs game", "drove to Target"). Not a verb of liking or watching, and not a relation word before "the".
     */
    private boolean cueKeeps(String text, PhiSpan term) {
        return cueKeeps(text, term, false);
    }

    /**
     * As above; a listed organisation's acronym written in capitals ("texted RAINN", "called the ADA") is an
     * organisation one calls or writes to, so a contact verb before it keeps nothing (round 24b); kin and titles do.
     */
    private boolean cueKeeps(String text, PhiSpan term, boolean acronym) {
        if (!acronym && personCueAfter(text, term.start(), term.end())) {
            return true; // "went out with Chris Evans from work": the words after a full name make it a friend (round 34)
        }
        boolean placeTerm = term.type().equals(TEAM_TERM) || (lex.get(text, term.start(), term.end()) & STORE) != 0;
        boolean article = false;
        boolean afterTo = false;
        boolean afterPreposition = false;
        int k = term.start();
        for (int words = 0; words < 4; words++) {
            int end = k;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
                start--;
            }
            if (start == end) {
                return false;
            }
            String w = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
            long f = lex.get(text, start, end);
            if (words == 0 && (w.equals("with") || w.equals("w/")) && !placeTerm && !acronym
                    && text.substring(term.start(), term.end()).chars().anyMatch(Character::isWhitespace)
                    && !contactBefore(text, start)) {
                // "obsessed with Phoebe Bridgers", "identifies with Lori Gottlieb": a full public name after "with"
                // is what someone relates to; "met with", "talked with" before it keep the company reading (round 33)
                afterPreposition = true;
                k = start;
                continue;
            }
            if (w.equals("at") || placeTerm && (f & Lexicon.PLACE_VERB) != 0 && (afterTo || words == 0)) {
                return true; // "works nights at ...", "drove to Target"
            }
            if ((f & EMPLOYER) != 0 && afterPreposition) {
                return true;
            }
            if (placeTerm && (f & CONTACT) != 0 && term.type().equals(TEAM_TERM) && text.substring(term.start(), term.end()).chars().noneMatch(Character::isWhitespace)
                    && !LIKING.contains(w)) {
                return true; // "took him to see the Bears", "has followed the Blackhawks": where he was, what he follows
            }
            if (!article && !afterTo && !afterPreposition && (f & (acronym ? KIN | TITLE : KIN | TITLE | CONTACT | NAMING)) != 0) {
                return true;
            }
            if (w.equals("the") || w.equals("a") || w.equals("an")) {
                article = true;
            } else if (w.equals("to") || w.equals("into")) {
                afterTo = true;
            } else if (w.equals("at") || w.equals("for") || w.equals("with") || w.equals("in")) {
                afterPreposition = true;
            } else if (!(w.equals("my") || w.equals("his") || w.equals("her") || w.equals("their") || w.equals("our")
                    || w.equals("your"))) {
                return false;
            }
            k = start;
        }
        return false;
    }

    /** Nouns of a medium: "Taylor Swift from the movie" is the figure in a work, not someone the client knows. */
    private static final java.util.Set<String> MEDIA_NOUNS = NotIdentifiers.CLASSES.get("MEDIA_NOUN");

    /**
     * A listed full name of a person (a given name, then at least one more word) that the words after it make someone
     * the client knows (round 34): "from" and a lower-case place of the client's life ("Chris Evans from work", "from
     * church", "from my AA group", never "from the movie"), or an apposition of a relation ("Emma Watson, my
     * coworker", "Chris Pratt, a buddy from the plant", "(his cousin)"). Round 33 reads the same name after "with" as
     * the figure someone relates to; what follows the name outweighs that reading.
     */
    private boolean personCueAfter(String text, int s, int e) {
        int space = s;
        while (space < e && !Character.isWhitespace(text.charAt(space))) {
            space++;
        }
        if (space >= e || !Character.isUpperCase(text.charAt(s)) || (lex.get(text, s, space) & FIRST) == 0) {
            return false;
        }
        int k = skipBlanks(text, e);
        if (k >= text.length()) {
            return false;
        }
        char c = text.charAt(k);
        if (c == ',' || c == '(') {
            int n = skipBlanks(text, k + 1);
            int ne = lettersEnd(text, n);
            if (ne > n && WordSet.containsLower(APPOSITION_OPENERS, text, n, ne)) {
                n = skipBlanks(text, ne);
                ne = lettersEnd(text, n);
                return ne > n && (lex.get(text, n, ne) & KIN) != 0;
            }
            return false;
        }
        int ke = lettersEnd(text, k);
        if (ke - k != 4 || !text.regionMatches(true, k, "from", 0, 4)) {
            return false;
        }
        int n = skipBlanks(text, ke);
        int ne = lettersEnd(text, n);
        if (ne > n && WordSet.containsLower(APPOSITION_OPENERS, text, n, ne)) {
            n = skipBlanks(text, ne);
            ne = lettersEnd(text, n);
        }
        // the place is a common noun or an acronym of a group ("AA", "NA"); a capitalized word may be a work or a team
        return ne > n && (Character.isLowerCase(text.charAt(n)) || ne - n <= 3 && PersonPredicates.allCaps(text, n, ne))
                && !WordSet.containsLower(MEDIA_NOUNS, text, n, ne);
    }

    /**
     * The end of a listed public full name that starts at {@code s} (a given name and one or two capitalized words)
     * when {@link #personCueAfter} makes it someone the client knows, else -1. The cue after is read first, so the
     * list is asked only of the few names a cue follows.
     */
    private int publicNameOfSomeoneKnown(String text, int s) {
        int k = lettersEnd(text, s);
        for (int words = 1; words < 3; words++) {
            if (k >= text.length() || text.charAt(k) != ' ') {
                return -1;
            }
            int n = k + 1;
            int ne = lettersEnd(text, n);
            if (ne - n < 2 || !Character.isUpperCase(text.charAt(n))) {
                return -1;
            }
            if (personCueAfter(text, s, ne)) {
                for (PhiSpan t : PUBLIC_TERMS.findStartingIn(text, s, s + 1)) {
                    if (t.start() == s && t.end() == ne) {
                        return ne;
                    }
                }
            }
            k = ne;
        }
        return -1;
    }

    /** Words that open an apposition or a place of someone's life: "my", "his", "a", "the". */
    private static final java.util.Set<String> APPOSITION_OPENERS = WordSet.of("my", "his", "her", "our", "their",
            "your", "a", "an", "the", "one", "old");

    /** A word of contact right before {@code p} ("met with", "talked with"): "with" then names company. */
    private boolean contactBefore(String text, int p) {
        int end = p;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && (lex.get(text, start, end) & (CONTACT | KIN | TITLE)) != 0;
    }

    /**
     * A listed public figure's full name, a given name first, that covers {@code text[s, e)} and more ("Bob Ross" over
     * "Ross"), with no relation, title or contact word before it that makes it someone's (round 33).
     */
    private boolean insidePublicName(String text, int s, int e) {
        for (PhiSpan t : PUBLIC_TERMS.findStartingIn(text, Math.max(0, s - 40), e)) {
            // a person's full name, the chain's word after a given name: "Bob Ross", never "Walgreens pharmacy"
            if (t.start() < s && t.end() >= e && (lex.get(text, t.start(), lettersEnd(text, t.start())) & FIRST) != 0
                    && !cueKeeps(text, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A given name in a person's slot that opens a listed public name of two words or more ("identifies with Lori
     * Gottlieb's book", "obsessed with Phoebe Bridgers"): the public figure, unless a relation or a title stands right
     * before it ("my sister Mary Oliver"), round 33.
     */
    private boolean opensPublicName(String text, int s, long prevFlags) {
        if ((prevFlags & (KIN | TITLE)) != 0) {
            return false;
        }
        for (PhiSpan t : PUBLIC_TERMS.findStartingIn(text, s, s + 1)) {
            if (t.start() == s && text.substring(t.start(), t.end()).chars().anyMatch(Character::isWhitespace)
                    && (t.end() == text.length() || !Character.isLetterOrDigit(text.charAt(t.end())))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- helpers

    /** End of a placeholder like "[PERSON_1]" starting at {@code at}, or {@code at}. */
    private static int placeholderEnd(String text, int at, int limit) {
        int k = at + 1;
        if (k >= limit || !(text.charAt(k) >= 'A' && text.charAt(k) <= 'Z')) {
            return at;
        }
        while (k < limit && (text.charAt(k) >= 'A' && text.charAt(k) <= 'Z' || text.charAt(k) == '_'
                || isAsciiDigit(text.charAt(k)))) {
            k++;
        }
        return k < limit && text.charAt(k) == ']' && isAsciiDigit(text.charAt(k - 1)) ? k + 1 : at;
    }

    private static int wordEnd(char[] text, int k, int limit) {
        int e = k;
        while (e < limit) {
            char c = text[e];
            if (c < 128 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
                    : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                e++;
            } else if ((c == '\'' || c == '\u2019' || c == '-') && e + 1 < limit
                    && Character.isLetterOrDigit(text[e + 1])) {
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    private static int possessiveStripped(String text, int s, int e) {
        if (e - s > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '\u2019')) {
            return e - 2;
        }
        return e;
    }

    private static int trimStart(String text, int s, int e) {
        while (s < e && "\"'(<\u201c\u2018*".indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        return s;
    }

    private static int trimEnd(String text, int s, int e) {
        while (e > s && ".,;:!?)\"'>\u201d\u2019*".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    private static boolean sentenceStart(String text, int s) {
        int p = s - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        if (p < 0) {
            return true;
        }
        char c = text.charAt(p);
        if (c == '\n' || c == '\r') {
            return true;
        }
        if (c == '.') {
            // "Dr. Alvarez", "J. Alvarez": an abbreviation, not a full stop
            int q = p - 1;
            while (q >= 0 && Character.isLetter(text.charAt(q))) {
                q--;
            }
            int len = p - q - 1;
            return !(len == 1 || len <= 3 && (Lexicon.table().get(text, q + 1, p) & TITLE) != 0);
        }
        return "!?:;\"\u201c(*\u2022-\u2013\u2014>".indexOf(c) >= 0;
    }

    static boolean allCaps(String text, int s, int e) {
        if (e - s < 2) {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetter(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (Character.isLetter(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c >= 128 && Character.isWhitespace(c);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
