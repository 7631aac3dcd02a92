package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A response typed with one quotation of the client's words: a verb of saying and the quotation ("commented "this
 * helps"", "reflected, 'I always...'"), a short deed or state before it ("nodded, said "..."", "tearful; "...""), or
 * the quotation first and a deed after it (""I feel lighter" - smiled"). Written as one clause with the client as its
 * subject and the quotation verbatim: "the client nodded and said, "that makes sense"". The typed verb of saying is
 * kept; where none was typed the clause uses "stated", a word the verifier reads as framing only. Deny by default:
 * exactly one quotation, no other person as the speaker, a verb of saying from {@link #QUOTING}, a lead of one deed
 * (a verb's "-ed" form) or one state (an adjective, at most with a short prepositional phrase), a tail of one deed and
 * a few plain words; anything else is "" and the old path keeps it.
 */
final class QuotedSpeech {
    private static final English EN = English.get();
    // Verbs of saying that introduce a person's words directly ("remarked, "..."", "asked "...?""), as base forms; the
    // lexicon's own speech class is wider (stances such as "deny", "endorse") and misses some pasts ("commented").
    private static final Set<String> QUOTING = Set.of("say", "state", "report", "comment", "remark", "reflect",
            "note", "add", "reply", "respond", "answer", "explain", "ask", "admit", "acknowledge", "agree", "repeat",
            "whisper", "mutter", "murmur", "joke", "exclaim", "insist", "announce", "declare", "concede", "complain",
            "mention", "observe", "offer", "share", "verbalize", "voice", "express", "shout", "yell", "disclose",
            "summarize", "conclude", "wonder", "question", "protest", "confide", "recall");
    // One quotation in double marks, or in single marks that open before a word and close after one.
    private static final Pattern QUOTE = Pattern.compile("\"[^\"]+\"|\u201C[^\u201C\u201D]+\u201D"
            + "|(?<![A-Za-z])'[^']+(?:'[a-z]+[^']*)*'(?![A-Za-z])|\u2018[^\u2018\u2019]+\u2019(?![A-Za-z])");
    private static final Pattern CLIENT_FIRST = Pattern.compile("(?i)^(?:the )?(?:pt|client|patient|clt)\\s+");
    private static final Pattern PER_CLIENT = Pattern.compile("(?i)per (?:pt|client|patient)");
    private static final Pattern PLAIN = Pattern.compile("[a-z]+(?: [a-z]+){0,5}");
    private static final Pattern TIME_ADVERB = Pattern.compile("(?i)(.*?)[,;]?\\s*\\b(then|later|finally|eventually)$");
    // The pasts of QUOTING, once: the lexicon misses some ("commented"), so each is also formed from its base.
    private static final Set<String> QUOTING_PASTS = QUOTING.stream().map(EN::past)
            .collect(Collectors.toUnmodifiableSet());

    private QuotedSpeech() {
    }

    /**
     * The clause ("the client nodded and said, "that makes sense"") for one response piece, with {@code subject}
     * ("the client") and {@code was} ("was"), or "" when the piece is not one of the shapes above.
     */
    static String clause(String piece, String subject, String was) {
        String t = piece.strip();
        Matcher q = QUOTE.matcher(t);
        if (!q.find()) {
            return "";
        }
        String quote = q.group();
        String before = CLIENT_FIRST.matcher(t.substring(0, q.start())).replaceFirst("").strip();
        String after = t.substring(q.end()).strip();
        if (QUOTE.matcher(after).find() || before.matches(".*[\"\u201C\u201D].*")) {
            return "";
        }
        // A full stop, question or exclamation typed after the closing mark goes inside it, where the sentence ends.
        if (after.matches("[.!?]")) {
            quote = quote.substring(0, quote.length() - 1) + after + quote.substring(quote.length() - 1);
            after = "";
        }
        if (after.isEmpty() && (quote.endsWith("'") || quote.endsWith("\u2019")) && !quote.matches("(?s).*[.!?,]['\u2019]$")) {
            // American usage, as for double marks: the sentence's full stop goes inside the closing mark.
            quote = quote.substring(0, quote.length() - 1) + "." + quote.substring(quote.length() - 1);
        }
        if (before.isEmpty()) {
            return quoteFirst(quote, after, subject);
        }
        if (!after.isEmpty()) {
            return "";
        }
        if (before.matches("(?i)(?:the )?(?:pt|client|patient|clt):")) {
            // "pt: "..."": the colon gives the words to the client, with no verb of saying typed.
            return subject + " stated, " + quote;
        }
        String lead = before.replaceAll("[,;:]$", "").strip();
        String[] words = lead.split(" ");
        String verb = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (!quoting(verb)) {
            // "tearful; "..."": a state, then the words with no verb of saying typed. A deed there is refused: its
            // quotation may be what it acted on ("practiced, "..."" is a line rehearsed, not a statement).
            // Without a comma or semicolon the quotation may finish the state ("relieved "it's over"", relieved that
            // it is over), which the client need not have said.
            String state = before.matches(".*[,;]$") ? leadClause(lead, was) : "";
            return !state.startsWith(was + " ") ? "" : subject + " " + state + " and stated, " + quote;
        }
        String rest = lead.substring(0, lead.length() - words[words.length - 1].length()).strip();
        String adverb = "";
        Matcher adv = TIME_ADVERB.matcher(rest);
        if (adv.matches()) {
            adverb = adv.group(2).toLowerCase(Locale.ROOT) + " ";
            rest = adv.group(1).strip();
        }
        rest = rest.replaceAll("(?i)[,;]$|,? and$", "").strip();
        String said = adverb + verb + ", " + quote;
        if (rest.isEmpty()) {
            return adverb.isEmpty() ? subject + " " + said : "";
        }
        String deedOrState = leadClause(rest, was);
        return deedOrState.isEmpty() ? "" : subject + " " + deedOrState + " and " + said;
    }

    /** "nodded" as typed, "tearful" as "was tearful", "quiet at first" as "was quiet at first"; "" for anything else. */
    private static String leadClause(String lead, String was) {
        String l = lead.replaceAll("[,;]$", "").strip();
        if (!PLAIN.matcher(l).matches()) {
            return "";
        }
        String[] words = l.split(" ");
        // "cried briefly", "visibly relieved": one manner adverb ("-ly") after a deed or before a state.
        boolean adverbLast = words.length == 2 && manner(words[1]);
        boolean adverbFirst = words.length >= 2 && manner(words[0]);
        String w = adverbFirst ? words[1] : words[0];
        if ((words.length == 1 || adverbLast) && deed(w)) {
            return l;
        }
        int from = adverbFirst ? 2 : 1;
        boolean phrase = words.length == from || words.length <= from + 2 && English.PREPOSITIONS.contains(words[from]);
        // "quiet", "calm", "tearful", "relieved": an adjective is a state here, even one that is also a verb's form
        // (a lead typed as a deed is caught above).
        if (state(w) && !adverbLast && phrase && !Phrases.negated(l) && !QUOTING.contains(EN.baseOf(w))) {
            return was + " " + l;
        }
        return "";
    }

    /** The quotation first, then "per pt" or one deed ("- smiled at the end", ", then calmed"). */
    private static String quoteFirst(String quote, String after, String subject) {
        String tail = after.replaceFirst("^(?:-+|\u2013|\u2014|[,;])\\s*", "").strip();
        if (tail.isEmpty() || PER_CLIENT.matcher(tail).matches()) {
            return subject + " stated, " + quote;
        }
        if (!PLAIN.matcher(tail).matches() || Phrases.negated(tail)) {
            return "";
        }
        String[] words = tail.split(" ");
        boolean then = words[0].equals("then");
        String deed = then ? words.length > 1 ? words[1] : "" : words[0];
        // "then completed the exercise": with its object after it, a past WordNet also files as an adjective is a deed.
        boolean object = words.length > (then ? 2 : 1);
        if (!(deed(deed) || object && deed.endsWith("ed") && EN.is(deed, English.Form.PAST)) || quoting(deed)) {
            return "";
        }
        String inner = quote.substring(1, quote.length() - 1);
        // The comma that leads on to the deed goes inside the closing mark, as a quotation mid-sentence takes it.
        String spoken = inner.matches(".*[,.!?]$") ? quote : quote.charAt(0) + inner + "," + quote.charAt(quote.length() - 1);
        return subject + " stated, " + spoken + (then ? " " : " and ") + tail;
    }

    /** An adjective, or its comparative ("calmer", "happier"). */
    private static boolean state(String w) {
        return EN.isAdjective(w) || w.endsWith("ier") && EN.isAdjective(w.substring(0, w.length() - 3) + "y")
                || w.endsWith("er") && w.length() > 4 && EN.isAdjective(w.substring(0, w.length() - 2));
    }

    /** A manner adverb ("briefly", "visibly"), never "only" or "early". */
    private static boolean manner(String w) {
        return w.endsWith("ly") && w.length() > 5 && !EN.isAdjective(w) && !EN.mostlyNoun(w) && !EN.canBeVerb(w);
    }

    /** A verb's past typed for something the client did with the body or voice ("nodded", "sighed", "cried"). */
    private static boolean deed(String w) {
        if (!w.endsWith("ed") || w.length() <= 4 || EN.isAux(w) || Phrase.DONE_TO.contains(w) || quoting(w)
                || EN.isAdjective(w) || EN.is(w, English.Form.BASE)) {
            return false;
        }
        // The lexicon misses some pasts ("shrugged"): the stem with its doubled consonant or its "e" is the verb.
        String stem = w.substring(0, w.length() - 2);
        return EN.canBeVerb(w) || EN.canBeVerb(stem) || EN.canBeVerb(stem + "e")
                || stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && EN.canBeVerb(stem.substring(0, stem.length() - 1));
    }

    /** A verb of saying in its past ("said", "commented", "asked"). */
    private static boolean quoting(String w) {
        String base = EN.baseOf(w);
        if (QUOTING.contains(base) && (EN.is(w, English.Form.PAST) || w.equals(EN.past(base)))) {
            return true;
        }
        return QUOTING_PASTS.contains(w);
    }
}
