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
    record Piece(String domain, String finding, String rest, boolean reported) {
        Piece(String domain, String finding, String rest) {
            this(domain, finding, rest, false);
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
            String piece = typed;
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
            piece = typed;
            lower = piece.toLowerCase(Locale.ROOT);
            Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
            // Why: a mood in the client's own word is quoted as typed; nothing is joined to it.
            if (last != null && last.isDomain() && !last.domain().equals("mood") && continuation(lower)) {
                String joined = lower.startsWith("not ") || lower.startsWith("no ") || lower.startsWith("then ")
                        || lower.startsWith("but ") ? last.finding() + ", " + piece : last.finding()
                        + (last.finding().contains(" and ") ? ", " : " and ") + piece;
                out.set(out.size() - 1, new Piece(last.domain(), joined, ""));
                continue;
            }
            out.add(new Piece("", "", piece));
        }
        return any ? out : List.of();
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
        boolean plural = name.contains(" and ");
        String first = finding.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        English en = English.get();
        if ((name.equals("thought content") || name.equals("perception")) && !en.isAdjective(first)
                && !en.isParticipialAdjective(first) && !first.endsWith("ed")) {
            // "thought content SI with plan": a finding named, not a quality of the domain.
            return Phrases.capitalize(name) + " was notable for " + finding;
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
