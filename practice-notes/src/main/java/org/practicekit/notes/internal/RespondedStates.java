package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A response typed as a list of people and how each was ("mom receptive, dad skeptical", "pt tearful; parents
 * supportive"): each piece a person word and a state, in the order typed. The composer writes each piece as a clause
 * with its own subject and a finite verb ("the client's mother was receptive, and the client's father was skeptical"),
 * never as a labelled fragment; who each person is stays the composer's to say (who is in the room). Stateless.
 */
public final class RespondedStates {
    private static final Pattern BETWEEN = Pattern.compile("\\s*[,;]\\s*(?:and\\s+)?|\\s+and\\s+(?=[a-z]+\\s)");
    /** A piece the pair reading never takes: a quotation, a number, a symbol, a negation or a second clause. */
    private static final Pattern NOT_A_STATE = Pattern.compile("[\"\u201C\u201D()\\d:+>~/]|\\b(?:no|not|never|denied"
            + "|denies|nor|but|n't)\\b");

    /** A person the composer writes as the client in a session with the family ("teen quiet": the client). */
    private static final java.util.Set<String> YOUNG = java.util.Set.of("teen", "child", "kid", "adolescent", "youth",
            "minor", "toddler");

    private RespondedStates() {
    }

    /**
     * The typed pieces of a people-and-states response ({@link #of}) that no clause of {@code lowerDraft} says of their
     * person: "was"/"were" and the state, after a subject naming that person (the typed word or its role; for the
     * client, a subject that is no one else's relative). Empty when the field is no such list or is copied as typed,
     * so a clause dropped or a state given to another person is found, and nothing else is read.
     */
    public static List<String> unsaid(String typed, String lowerDraft) {
        List<Pair> pairs = of(typed);
        String copied = Shorthand.expand(Phrases.bare(typed.strip()), false).toLowerCase(Locale.ROOT);
        if (pairs.isEmpty() || lowerDraft.contains(copied) || pairs.stream().allMatch(x -> lowerDraft.contains(
                (x.person() + " " + Shorthand.expand(x.state(), false)).toLowerCase(Locale.ROOT)))) {
            return List.of(); // kept on its labelled line as typed: compared there word for word
        }
        // Why: only a field the composer wrote as clauses is read; one whose pieces are deeds ("child practiced") never
        // has "was" and a typed state, and is compared as before.
        if (pairs.stream().map(x -> Shorthand.expand(x.state(), false).toLowerCase(Locale.ROOT))
                .noneMatch(state -> lowerDraft.contains(" was " + state) || lowerDraft.contains(" were " + state))) {
            return List.of();
        }
        String[] clauses = lowerDraft.split("[.;!?]|,(?: and)? ");
        List<String> out = new ArrayList<>();
        for (Pair pair : pairs) {
            String state = Shorthand.expand(pair.state(), false).toLowerCase(Locale.ROOT);
            // A piece copied as typed (on a kept line) is compared there.
            boolean said = lowerDraft.contains(pair.person().toLowerCase(Locale.ROOT) + " " + state);
            for (String clause : clauses) {
                for (String verb : List.of(" was ", " were ")) {
                    int at = clause.indexOf(verb + state);
                    said |= at >= 0 && names(clause.substring(0, at), pair.person().toLowerCase(Locale.ROOT));
                }
            }
            if (!said) {
                out.add(pair.person() + " " + pair.state());
            }
        }
        return List.copyOf(out);
    }

    private static boolean names(String subject, String person) {
        if (PhraseReader.CLIENT_WORDS.contains(person) || YOUNG.contains(person)) {
            return !subject.contains("'s ");
        }
        String role = Reporters.role(person).orElse(person);
        return subject.matches(".*\\b(?:" + Pattern.quote(person) + "|" + Pattern.quote(role) + ")s?\\b.*");
    }

    /** One person and how that person was, as typed. */
    record Pair(String person, String state) {
    }

    /**
     * The pairs of a response typed as two or more "person state" pieces; empty when any piece is not one (the field
     * is then composed as before).
     */
    static List<Pair> of(String typed) {
        String text = Phrases.bare(typed.strip());
        if (text.isEmpty() || NOT_A_STATE.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            return List.of();
        }
        String[] pieces = BETWEEN.split(text);
        if (pieces.length < 2) {
            return List.of();
        }
        List<Pair> out = new ArrayList<>();
        for (String piece : pieces) {
            String[] words = piece.strip().split("\\s+", 2);
            if (words.length < 2 || !words[0].matches("[A-Za-z]+")) {
                return List.of();
            }
            String who = words[0].toLowerCase(Locale.ROOT);
            if (!PhraseReader.isPersonNoun(who) && !PhraseReader.CLIENT_WORDS.contains(who)) {
                return List.of();
            }
            out.add(new Pair(words[0], words[1].strip()));
        }
        return List.copyOf(out);
    }
}
