package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mental status shorthand as clinicians type it, a domain and its finding ("mood anxious, affect congruent",
 * "thought process linear, slow", "speech soft", "oriented x3"), read into one sentence per domain:
 * "Affect was congruent.", "Thought process was linear and slow.". Mood is the client's own report: a word
 * that is not a clinical mood term is quoted as the client's ("The client described mood as "empty."").
 */
final class MentalStatusDomains {
    // Longest first, so "thought process" is found before a one-word domain.
    private static final List<String> DOMAINS = List.of("thought process", "thought content", "eye contact",
            "psychomotor activity", "motor activity", "insight and judgment", "mood", "affect", "speech", "insight",
            "judgment", "judgement", "appearance", "behavior", "behaviour", "hygiene", "grooming", "attention",
            "concentration", "memory", "cognition", "orientation", "perception", "rapport");
    // Mood terms of the examiner's vocabulary; anything else is the client's word for the mood.
    private static final Set<String> CLINICAL_MOODS = Set.of("euthymic", "depressed", "dysphoric", "anxious",
            "irritable", "euphoric", "expansive", "elevated", "labile", "angry", "sad", "low", "stable", "neutral",
            "fearful", "apathetic", "hypomanic", "manic", "mildly", "moderately", "severely", "somewhat", "slightly",
            "and", "but", "depressed/anxious", "anxious/depressed", "euphoric/irritable", "angry/sad", "sad/angry");
    private static final Set<String> JOINS = Set.of("a", "an", "the", "no", "not", "with", "without", "and", "or",
            "but", "then", "at", "when", "while", "to", "in", "of", "for", "by", "on", "some", "mildly", "slightly",
            "somewhat", "very", "moderately", "markedly", "times", "first", "start", "intermittently", "redirectable",
            "full", "range", "normal", "rate", "volume", "tone");

    private MentalStatusDomains() {
    }

    /** One piece of an item: a domain and its finding, or text left to the phrase reader. */
    record Piece(String domain, String finding, String rest, boolean reported, String subject) {
        Piece(String domain, String finding, String rest, boolean reported) {
            this(domain, finding, rest, reported, "");
        }

        Piece(String domain, String finding, String rest) {
            this(domain, finding, rest, false, "");
        }

        boolean isDomain() {
            return !domain.isEmpty();
        }
    }

    /**
     * The item's comma pieces, each a domain and its finding or text left as it was; empty when no piece opens
     * with a domain (the item is then read as before). A short piece after a domain that holds no noun of its own
     * ("slow", "at times", "redirectable") finishes that domain's finding.
     */
    static List<Piece> read(String item) {
        List<String> pieces = new ArrayList<>();
        for (String part : item.split(";")) {
            for (String c : part.split(",")) {
                if (!c.isBlank()) {
                    pieces.add(c.strip());
                }
            }
        }
        List<Piece> out = new ArrayList<>();
        boolean any = false;
        for (String typed : pieces) {
            // Round 29: "TP", "TC" and the like are written out by the clinical abbreviations, as the verifier reads them.
            String written = ClinicalAbbreviations.writtenOut(typed);
            String piece = written;
            String lower = piece.toLowerCase(Locale.ROOT);
            // Round 17: "reports mood irritable", "pt describes mood as 'down'", "mood irritable per pt": the mood
            // the client gave, never the examiner's observation.
            int said = reportedMood(lower);
            boolean reported = said >= 0;
            if (reported) {
                piece = piece.substring(said);
                lower = lower.substring(said);
                int per = lower.indexOf(" per ");
                if (per > 0 && SPEAKERS.contains(lower.substring(per + 5).strip())) {
                    piece = piece.substring(0, per);
                    lower = lower.substring(0, per);
                }
                if (lower.startsWith("mood as ")) {
                    piece = "mood " + piece.substring(8);
                    lower = piece.toLowerCase(Locale.ROOT);
                }
            }
            String domain = domainOf(lower);
            if (!domain.isEmpty()) {
                String finding = piece.substring(domain.length()).strip();
                if (finding.startsWith(":")) {
                    finding = finding.substring(1).strip();
                }
                String fl = finding.toLowerCase(Locale.ROOT);
                if (fl.startsWith("is ") || fl.startsWith("was ")) {
                    finding = finding.substring(finding.indexOf(' ') + 1);
                }
                if (finding.length() > 2 && (finding.charAt(0) == '\'' || finding.charAt(0) == '"')
                        && finding.charAt(finding.length() - 1) == finding.charAt(0)) {
                    // mood 'stressed': the client's word, already marked as such.
                    finding = finding.substring(1, finding.length() - 1);
                    if (domain.equals("mood") && plain(finding)) {
                        out.add(new Piece(domain, finding, "\"", true));
                        any = true;
                        continue;
                    }
                    if (!domain.equals("mood")) {
                        out.add(new Piece("", "", piece));
                        continue;
                    }
                }
                if (!finding.isEmpty() && plain(finding)) {
                    out.add(new Piece(domain, finding, "", reported && domain.equals("mood")));
                    any = true;
                    continue;
                }
            }
            Piece feature = feature(written);
            piece = typed;
            lower = piece.toLowerCase(Locale.ROOT);
            if (feature != null) {
                out.add(feature);
                any = true;
                continue;
            }
            Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
            // Why: a mood in the client's own word is quoted as typed; nothing is joined to it.
            if (last != null && last.isDomain() && !last.domain().equals("mood")
                    && continuation(Shorthand.expand(lower, false))) {
                String joined = lower.startsWith("not ") || lower.startsWith("no ") || lower.startsWith("then ")
                        || lower.startsWith("but ") ? last.finding() + ", " + piece : last.finding()
                        + (last.finding().contains(" and ") ? ", " : " and ") + piece;
                out.set(out.size() - 1, new Piece(last.domain(), joined, "", false, last.subject()));
                continue;
            }
            out.add(new Piece("", "", piece));
        }
        return any ? out : List.of();
    }

    // Round 29: the order a reviewer reads a mental status in, appearance to judgment; each domain's own words.
    private static final List<List<String>> ORDER = List.of(List.of("appearance", "hygiene", "grooming"),
            List.of("behavior", "behaviour", "eye contact", "psychomotor activity", "motor activity", "rapport"),
            List.of("speech"), List.of("mood"), List.of("affect"), List.of("thought process"),
            List.of("thought content"), List.of("perception"),
            List.of("cognition", "orientation", "attention", "concentration", "memory"), List.of("insight"),
            List.of("judgment", "judgement", "insight and judgment"));
    // The features an examiner names that WordNet does not file as the body or dress, by the domain they belong to.
    private static final java.util.Map<String, String> FEATURES = java.util.Map.ofEntries(
            java.util.Map.entry("pupils", "appearance"), java.util.Map.entry("voice", "speech"),
            java.util.Map.entry("tone", "speech"), java.util.Map.entry("prosody", "speech"),
            java.util.Map.entry("articulation", "speech"), java.util.Map.entry("gait", "behavior"),
            java.util.Map.entry("posture", "behavior"), java.util.Map.entry("movements", "behavior"),
            java.util.Map.entry("demeanor", "behavior"), java.util.Map.entry("demeanour", "behavior"),
            java.util.Map.entry("attitude", "behavior"));
    // Nouns plural without an -s, as a subject takes "were".
    private static final Set<String> PLURALS = Set.of("teeth", "feet", "clothes", "glasses");

    /**
     * A piece that names a feature of the client and how it was ("clothes loose", "pupils normal", "voice soft", "gait
     * steady"): the feature is the subject of its own finding; null for anything else. A feature is a noun WordNet
     * files first as the body or as dress ({@code noun-kinds.txt}), or one of the examiner's own features above; the
     * finding must open with a word that describes ("loose", "bitten", "normal"), never a verb or a noun.
     */
    private static Piece feature(String piece) {
        String[] w = piece.strip().split(" ", 2);
        if (w.length < 2 || !LOWER_WORDS.matcher(w[0]).matches() || !plain(w[1])) {
            return null;
        }
        String noun = w[0];
        if (English.get().isAdjective(noun) || noun.endsWith("ly") || JOINS.contains(noun) || noun.equals("well")) {
            // "well groomed", "very tidy": a degree, never a feature ("well" is also a water well to WordNet).
            return null;
        }
        String domain = FEATURES.getOrDefault(noun, NounKinds.isBodyOrDress(noun)
                || NounKinds.isBodyOrDress(singular(noun)) ? "appearance" : "");
        if (domain.isEmpty()) {
            return null;
        }
        String finding = w[1].strip();
        String first = Shorthand.expand(finding.split(" ", 2)[0], false).toLowerCase(Locale.ROOT);
        English en = English.get();
        if (!(en.isAdjective(first) || en.isParticipialAdjective(first) || first.endsWith("ed")
                || en.is(first, English.Form.PARTICIPLE))) {
            return null;
        }
        return new Piece(domain, finding, "", false, noun);
    }

    private static String singular(String noun) {
        return noun.endsWith("s") && !noun.endsWith("ss") && noun.length() > 3 ? noun.substring(0, noun.length() - 1)
                : noun;
    }

    private static boolean plural(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return n.contains(" and ") || PLURALS.contains(n) || n.endsWith("s") && !n.endsWith("ss") && !n.endsWith("us")
                && !n.endsWith("is");
    }

    /** The nouns WordNet files first under the body or dress (noun.body, noun.artifact), read once when first asked. */
    /** A domain piece as the composer read it: its finding in the note's words, and the item it came from. */
    record Found(Piece piece, String finding, String source) {
    }

    /** A sentence of the mental status, without its period, and the items it cites. */
    record Composed(String text, List<String> sources) {
    }

    private static int rank(String domain) {
        for (int i = 0; i < ORDER.size(); i++) {
            if (ORDER.get(i).contains(domain)) {
                return i;
            }
        }
        return ORDER.size();
    }

    /**
     * Round 29: the domain pieces of the whole mental status in the order a reviewer reads them, appearance to
     * judgment, each domain's findings in one sentence ("Clothes were disheveled and hair was unkempt."), a finding
     * with its own feature as subject and the domain as subject of a bare finding; the mood the client gave stays
     * its own sentence.
     */
    static List<Composed> compose(List<Found> found, String client) {
        List<Found> sorted = new ArrayList<>(found);
        // A stable sort: the typed order within a domain.
        sorted.sort(java.util.Comparator.comparingInt(f -> rank(f.piece().domain())));
        List<Composed> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int group = rank(sorted.get(i).piece().domain());
            List<String> subjects = new ArrayList<>();
            List<String> findings = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            List<String> whole = new ArrayList<>();
            for (; i < sorted.size() && rank(sorted.get(i).piece().domain()) == group; i++) {
                Found f = sorted.get(i);
                Piece d = f.piece();
                if (!sources.contains(f.source())) {
                    sources.add(f.source());
                }
                String subject = d.subject().isEmpty() ? (d.domain().equals("judgement") ? "judgment" : d.domain())
                        : d.subject();
                if (d.domain().equals("mood")) {
                    out.add(new Composed(sentence(d.domain(), f.finding(), client, d.finding(), d.reported(),
                            d.rest().equals("\"")), List.of(f.source())));
                    continue;
                }
                if (d.subject().isEmpty() && special(d.domain(), f.finding())) {
                    whole.add(sentence(d.domain(), f.finding(), client, d.finding(), false, false));
                    continue;
                }
                int same = subjects.indexOf(subject.toLowerCase(Locale.ROOT));
                if (same >= 0) {
                    findings.set(same, findings.get(same) + (findings.get(same).contains(" and ") ? ", " : " and ")
                            + f.finding());
                } else {
                    subjects.add(subject.toLowerCase(Locale.ROOT));
                    findings.add(f.finding());
                }
            }
            List<String> clauses = new ArrayList<>();
            for (int k = 0; k < subjects.size(); k++) {
                clauses.add(subjects.get(k) + (plural(subjects.get(k)) ? " were " : " was ") + measured(findings.get(k)));
            }
            clauses.addAll(whole);
            if (!clauses.isEmpty()) {
                String text = clauses.size() == 1 ? clauses.get(0) : clauses.size() == 2
                        ? clauses.get(0) + " and " + lowerFirst(clauses.get(1))
                        : String.join(", ", clauses.subList(0, clauses.size() - 1)) + ", and "
                                + lowerFirst(clauses.get(clauses.size() - 1));
                out.add(new Composed(Phrases.capitalize(text), sources));
            }
        }
        return out;
    }

    private static String lowerFirst(String clause) {
        return clause.isEmpty() ? clause : Character.toLowerCase(clause.charAt(0)) + clause.substring(1);
    }

    /** Whether a domain's finding takes a frame of its own ("Thought content was notable for ..."). */
    private static boolean special(String domain, String finding) {
        return !sentence(domain, finding, "", finding, false, false).startsWith(Phrases.capitalize(domain) + " was "
                + finding);
    }

    // "normal rate and volume": the quality of speech in its measures, "normal in rate and volume".
    private static final java.util.regex.Pattern MEASURES = java.util.regex.Pattern.compile(
            "\\b([a-z]+) ((?:rate|volume|tone|rhythm|pace|prosody)(?:,? (?:and )?(?:rate|volume|tone|rhythm|pace|prosody))*)$");

    private static String measured(String finding) {
        java.util.regex.Matcher m = MEASURES.matcher(finding);
        if (m.find() && (English.get().isAdjective(m.group(1)) || English.get().isParticipialAdjective(m.group(1)))
                && !m.group(1).equals("and")) {
            return finding.substring(0, m.start()) + m.group(1) + " in " + m.group(2);
        }
        return finding;
    }

    private static final Set<String> SPEAKERS = Set.of("pt", "client", "patient", "the client", "the patient",
            "self-report", "self report", "pt report", "client report");
    private static final List<String> SAYING = List.of("self-reported ", "self-reports ", "reports ", "reported ",
            "describes ", "described ", "states ", "stated ", "endorses ", "endorsed ", "rates ", "rated ");

    /**
     * Where the mood begins after the client's saying it ("pt reports mood ...", "describes mood as ..."), or after
     * nothing when it is the mood "per pt"; -1 when the piece is no mood the client gave. Compared in place.
     */
    private static int reportedMood(String lower) {
        int at = 0;
        for (String who : List.of("pt ", "client ", "patient ", "the client ", "the patient ")) {
            if (lower.startsWith(who)) {
                at = who.length();
                break;
            }
        }
        for (String verb : SAYING) {
            if (lower.startsWith(verb, at) && lower.startsWith("mood ", at + verb.length())) {
                return at + verb.length();
            }
        }
        int per = lower.indexOf(" per ");
        if (at == 0 && lower.startsWith("mood ") && per > 0 && SPEAKERS.contains(lower.substring(per + 5).strip())) {
            return 0;
        }
        return -1;
    }

    private static String domainOf(String lower) {
        for (String d : DOMAINS) {
            // The domain, then a space or a colon: compared in place, no string built per domain.
            if (lower.length() > d.length() && lower.startsWith(d)
                    && (lower.charAt(d.length()) == ' ' || lower.charAt(d.length()) == ':')) {
                return d;
            }
        }
        return "";
    }

    // Compiled once: these run on every mental-status piece of every draft.
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[A-Za-z0-9 /\\-()\\.%]+");
    private static final java.util.regex.Pattern LOWER_WORDS = java.util.regex.Pattern.compile("[a-z \\-]+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[ ]+");

    /** A finding the sentence can hold as typed: words, no quotation, label or arrow. */
    private static boolean plain(String finding) {
        return PLAIN.matcher(finding).matches() && !finding.contains("->") && finding.split(" ").length <= 8;
    }

    /** "slow", "at times", "redirectable", "not date": finishes the finding before it. */
    private static boolean continuation(String lower) {
        String[] w = lower.split(" ");
        if (w.length == 2 && English.get().isAdjective(w[0] + "-" + w[1])) {
            // "goal directed": one adjective typed without its hyphen.
            return true;
        }
        if (w.length > 3 || !LOWER_WORDS.matcher(lower).matches()) {
            return false;
        }
        English en = English.get();
        for (String x : w) {
            if (!JOINS.contains(x) && !en.isAdjective(x) && !en.isParticipialAdjective(x) && !x.endsWith("ly")
                    && !x.endsWith("able")) {
                return false;
            }
        }
        return true;
    }

    /** The sentence for one domain, without its period; {@code client} is "the client" in the note's words. */
    static String sentence(String domain, String finding, String client, String verbatimFinding, boolean reported,
            boolean quoted) {
        if (domain.equals("mood") && (!clinical(finding) || reported && quoted)) {
            return Phrases.capitalize(client) + " described mood as \"" + verbatimFinding + "\"";
        }
        if (reported) {
            // The client's own account of the mood, in a clinical word: said, not seen.
            return Phrases.capitalize(client) + " described mood as " + finding;
        }
        String name = domain.equals("judgement") ? "judgment" : domain;
        if (CrossReferences.opensWithPointer(finding)) {
            // "TC: see above": a pointer to another part of the note is no finding; it stays under the domain's name.
            return Phrases.capitalize(name) + ": " + finding;
        }
        boolean plural = name.contains(" and ");
        String first = finding.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        English en = English.get();
        if ((name.equals("thought content") || name.equals("perception")) && (first.equals("no")
                || !en.isAdjective(first) && !en.isParticipialAdjective(first) && !first.endsWith("ed"))) {
            // "thought content SI with plan": a finding named, not a quality of the domain; "no delusions" is what the
            // examination showed, never what it was notable for.
            return Phrases.capitalize(name) + (first.equals("no") ? " showed " : " was notable for ") + finding;
        }
        return Phrases.capitalize(name) + (plural ? " were " : " was ") + finding;
    }

    private static boolean clinical(String finding) {
        for (String w : SPACES.split(finding.toLowerCase(Locale.ROOT))) {
            if (!CLINICAL_MOODS.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
