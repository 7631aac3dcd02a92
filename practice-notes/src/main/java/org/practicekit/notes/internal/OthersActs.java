package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Round 20 (issue 14): another person's or a service's act typed in the risk actions with a name, a time, consent or
 * several pieces ("brother Wayne called w/ consent, en route", "mobile crisis dispatched 2:40pm", "dad notified, will
 * pick pt up at 5"). The item is read as its pieces: who (with a name typed after the role or in parentheses), what
 * happened to them or what they did, when, with whose consent, and where things stand (en route, arrived, will, agreed
 * to), then written as whole sentences with that actor and status: "The client's brother, Wayne, was called with the
 * client's consent and is en route." A piece with its own person ("pt transported to ED", "police arrived 4:20") is
 * its own sentence. Only items with a name, a time, consent or more than one piece are read here (a bare "PCP
 * notified" keeps the composer's reading); any piece not read returns empty and the composer reads the item as before.
 */
final class OthersActs {
    private static final English EN = English.get();

    // Acts done to a person or a service, typed as a bare participle: they were called, never that they called.
    private static final Set<String> REACHED = Set.of("called", "notified", "informed", "contacted", "emailed",
            "texted", "paged", "consulted", "dispatched", "updated", "reached", "requested", "alerted", "messaged");
    // Acts a person does with no object: "husband joined by phone", "police arrived 4:20".
    private static final Set<String> ON_THEIR_OWN = Set.of("joined", "arrived", "came", "left");
    // Last words of a service named in more than one word: "mobile crisis", "crisis team", "school counselor".
    private static final Set<String> SERVICE_HEADS = Set.of("crisis", "team", "911", "988");
    private static final Set<String> WHEN_WORDS = Set.of("today", "tonight", "tomorrow", "now");
    private static final Set<String> MANNER = Set.of("phone", "video", "text", "email", "session");
    private static final Set<String> TITLES = Set.of("dr.", "ms.", "mr.", "mrs.", "dr", "ms", "mr", "mrs");

    private OthersActs() {
    }

    /** The sentences for the pieces of one typed action, without full stops; empty when any piece is not read. */
    static List<String> sentences(List<String> parts, RiskActs.Voice v) {
        List<String> out = new ArrayList<>();
        String who = "";
        StringBuilder clause = new StringBuilder();
        List<String> more = new ArrayList<>();
        boolean told = false;
        boolean typedDetail = parts.size() > 1;
        for (int k = 0; k < parts.size(); k++) {
            List<String> ws = RiskActs.words(parts.get(k));
            Clause c = clause(ws, v);
            if (c != null) {
                flush(out, clause, more, told);
                told = c.told;
                who = c.who;
                clause.append(Phrases.capitalize(c.who)).append(' ').append(c.rest);
                typedDetail |= c.detail;
                continue;
            }
            String status = who.isEmpty() ? "" : status(ws, v);
            if (status.isEmpty()) {
                return List.of();
            }
            more.add(status);
        }
        flush(out, clause, more, told);
        return typedDetail ? out : List.of();
    }

    /** Ends the sentence being built: its subject's first clause and what else they did, joined with "and". */
    private static void flush(List<String> out, StringBuilder clause, List<String> more, boolean told) {
        if (clause.length() == 0) {
            return;
        }
        for (int i = 0; i < more.size(); i++) {
            String next = more.get(i);
            // "This clinician notified the father, who will pick the client up": the status is the father's.
            String join = told && i == 0 ? (clause.charAt(clause.length() - 1) == ',' ? " who " : ", who ")
                    : i == more.size() - 1 ? " and " : ", ";
            clause.append(next.startsWith(",") ? "" : join).append(next);
        }
        out.add(clause.toString());
        clause.setLength(0);
        more.clear();
    }

    /** A sentence's start; {@code told}: its subject is the writer and what follows is the person told's. */
    private record Clause(String who, String rest, boolean detail, boolean told) {
        Clause(String who, String rest, boolean detail) {
            this(who, rest, detail, false);
        }
    }

    /**
     * A piece that names who and what: "brother Wayne called w/ consent", "mobile crisis dispatched 2:40pm", "roommate
     * Jess en route to apt", "pt transported to ED", "police arrived 4:20". Null when it is not one.
     */
    private static Clause clause(List<String> ws, RiskActs.Voice v) {
        for (int at = 1; at < Math.min(ws.size(), 5); at++) {
            String name = "";
            int end = at;
            String last = RiskActs.low(ws.get(at - 1));
            if (at >= 3 && TITLES.contains(RiskActs.low(ws.get(at - 2))) && name(ws.get(at - 1))) {
                // "psychiatrist Dr. Lee": the role, then the name with its title.
                name = ws.get(at - 2) + " " + ws.get(at - 1);
                end = at - 2;
                last = RiskActs.low(ws.get(end - 1));
            } else if (at >= 2 && name(ws.get(at - 1)) && !RiskActs.CLIENT.contains(RiskActs.low(ws.get(at - 2)))) {
                name = ws.get(at - 1).replace("(", "").replace(")", "");
                end = at - 1;
                last = RiskActs.low(ws.get(end - 1));
            }
            String verb = RiskActs.low(ws.get(at));
            String who = subject(ws.subList(0, end), last, v);
            if (who.isEmpty() && name.isEmpty() && REACHED.contains(verb) && RiskActs.nouns(ws.subList(0, at))
                    && EN.isCountNoun(last) && !plural(last)) {
                // "police welfare check requested 9:10pm": a thing asked for, "A police welfare check was requested".
                String typed = String.join(" ", ws.subList(0, at));
                who = English.indefiniteArticle(typed) + " " + typed;
            }
            if (who.isEmpty()) {
                continue;
            }
            if (!name.isEmpty()) {
                who = who + ", " + name + ",";
            }
            List<String> rest = ws.subList(at + 1, ws.size());
            String details = details(rest, verb, v);
            String tail = details == null ? "" : details;
            // How they were reached alone ("by phone") is no detail: "mother notified by phone" keeps the composer's
            // reading; a name, a time, a date or consent is.
            boolean mannerOnly = (tail.startsWith(" by ") || tail.startsWith(" in ") || tail.startsWith(" over "))
                    && tail.indexOf(' ', 1) == tail.lastIndexOf(' ');
            boolean detail = !name.isEmpty() || !tail.isEmpty() && !mannerOnly;
            if (REACHED.contains(verb) || RiskActs.CLIENT.contains(last) && passiveOfPerson(ws, at)) {
                String be = RiskActs.CLIENT.contains(last) || !plural(last) ? "was " : "were ";
                if (RiskActs.CLIENT.contains(last) && !REACHED.contains(verb)) {
                    // "pt transported to ED": the client was moved, said with where to.
                    String where = RiskActs.act(RiskActs.withEmptyVerb(rest), v);
                    return new Clause(who, be + verb + where, false);
                }
                if (details != null && verb.equals("notified") && !who.startsWith("a ") && !who.startsWith("an ")) {
                    // The composer's convention: the one notified was notified by the note's writer ("This
                    // clinician notified the mother with the client's consent."); what they then do is theirs.
                    String told = who.endsWith(",") && tail.isEmpty() ? who.substring(0, who.length() - 1) : who;
                    return new Clause(v.actor(), "notified " + told + tail, detail, true);
                }
                if (details != null) {
                    return new Clause(who, be + verb + tail, detail);
                }
                continue;
            }
            if (RiskActs.CLIENT.contains(last) && RiskActs.ANSWERS.contains(verb) && !rest.isEmpty() && rest.size() <= 2
                    && RiskActs.nouns(rest)) {
                // "pt declined consent": the client's own answer, a sentence of its own.
                return new Clause(who, verb + " " + String.join(" ", rest), false);
            }
            if (ON_THEIR_OWN.contains(verb) && details != null) {
                return new Clause(who, verb + tail, detail);
            }
            if (verb.equals("en") && !rest.isEmpty() && RiskActs.low(rest.get(0)).equals("route")) {
                String where = RiskActs.act(RiskActs.withEmptyVerb(rest.subList(1, rest.size())), v);
                return new Clause(who, "is en route" + where, true);
            }
            if (verb.equals("coming") && tail.length() > 0) {
                return new Clause(who, "is coming" + tail, true);
            }
        }
        return null;
    }

    // Participles of verbs that move a person somewhere: "pt transported to ED" is the client moved; "pt stayed in
    // clinic" (a verb the client does) is never made passive.
    private static final Set<String> MOVED = Set.of("transported", "transferred", "admitted", "discharged", "sent",
            "escorted", "taken", "brought", "driven", "accompanied", "referred");

    /** "pt transported to ED": a verb of moving a person with a place after it, the client moved. */
    private static boolean passiveOfPerson(List<String> ws, int at) {
        return at + 1 < ws.size() && MOVED.contains(RiskActs.low(ws.get(at)))
                && English.PREPOSITIONS.contains(RiskActs.low(ws.get(at + 1)));
    }

    /** Who the words name, as the note names them ("the client's brother", "mobile crisis", "911"); "" for none. */
    private static String subject(List<String> ws, String last, RiskActs.Voice v) {
        if (ws.isEmpty() || ws.size() > 3) {
            return "";
        }
        String one = RiskActs.person(ws, v);
        if (!one.isEmpty()) {
            return one;
        }
        if (!RiskActs.nouns(ws) || !(SERVICE_HEADS.contains(last) || PhraseReader.isPersonNoun(last))) {
            return "";
        }
        String typed = RiskActs.low(String.join(" ", ws));
        // "mobile crisis", "911": a service named as clinicians name it, with no article.
        return last.equals("crisis") || Character.isDigit(last.charAt(0)) ? typed : "the " + typed;
    }

    /**
     * What follows the act: when ("2:40pm", "12/3", "at 5", "tonight"), how ("by phone", "in session") and with whose
     * consent ("w/ consent", "w/ pt's consent", "with parent consent"), each written out; "" for nothing, null when a
     * word is not one of these.
     */
    private static String details(List<String> ws, String verb, RiskActs.Voice v) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < ws.size()) {
            String w = RiskActs.low(ws.get(i));
            if (clock(w)) {
                b.append(" at ").append(ws.get(i));
                i++;
            } else if (date(w)) {
                b.append(" on ").append(ws.get(i));
                i++;
            } else if (WHEN_WORDS.contains(w)) {
                b.append(' ').append(w);
                i++;
            } else if (w.equals("at") && i + 1 < ws.size() && (clock(RiskActs.low(ws.get(i + 1)))
                    || ws.get(i + 1).chars().allMatch(Character::isDigit))) {
                b.append(" at ").append(ws.get(i + 1));
                i += 2;
            } else if ((w.equals("by") || w.equals("in") || w.equals("over")) && i + 1 < ws.size()
                    && MANNER.contains(RiskActs.low(ws.get(i + 1)))) {
                b.append(' ').append(w).append(' ').append(RiskActs.low(ws.get(i + 1)));
                i += 2;
            } else if (w.equals("per") && i + 1 < ws.size() && RiskActs.word(ws.get(i + 1))) {
                // "per ROI", "per protocol": the authority as typed, no article.
                b.append(" per ").append(ws.get(i + 1));
                i += 2;
            } else if ((w.equals("at") || w.equals("to")) && ON_THEIR_OWN.contains(verb) && i + 1 < ws.size()
                    && RiskActs.word(ws.get(i + 1)) && EN.isCountNoun(RiskActs.low(ws.get(i + 1)))
                    && !PhraseReader.isPersonNoun(RiskActs.low(ws.get(i + 1)))) {
                // "arrived at clinic", "came to clinic": the one place they came to.
                b.append(' ').append(w).append(" the ").append(ws.get(i + 1));
                i += 2;
            } else if (w.equals("with")) {
                int end = Math.min(ws.size(), i + 4);
                int c = -1;
                for (int k = i + 1; k < end; k++) {
                    c = c < 0 && RiskActs.low(ws.get(k)).equals("consent") ? k : c;
                }
                String whose = c < 0 ? null : consent(ws.subList(i + 1, c), v);
                if (whose == null) {
                    return null;
                }
                b.append(" with ").append(whose);
                i = c + 1;
            } else {
                return null;
            }
        }
        return b.toString();
    }

    /** Whose consent "w/ [pt's|pt|parent|parental] consent" names: "the client's consent"; null when not read. */
    private static String consent(List<String> whose, RiskActs.Voice v) {
        if (whose.isEmpty()) {
            return v.client() + "'s consent";
        }
        String w = RiskActs.low(String.join(" ", whose));
        if (whose.size() == 1 && (RiskActs.CLIENT.contains(w) || w.endsWith("'s")
                && RiskActs.CLIENT.contains(w.substring(0, w.length() - 2)))) {
            return v.client() + "'s consent";
        }
        if (w.equals("parental") || w.equals("verbal") || w.equals("written")) {
            return w + " consent";
        }
        if (w.equals("parent") || w.equals("parent's")) {
            return "a parent's consent";
        }
        return null;
    }

    /**
     * What else the person of the sentence did or where they stand, as a piece: "en route", "arrived 11:05", "will
     * pick pt up at 5", "agreed to hold meds", "agrees w/ plan", "no answer". "" when the piece is not one.
     */
    private static String status(List<String> ws, RiskActs.Voice v) {
        if (ws.isEmpty()) {
            return "";
        }
        String first = RiskActs.low(ws.get(0));
        if (ws.size() == 2 && first.equals("no") && RiskActs.low(ws.get(1)).equals("answer")) {
            return ", but there was no answer";
        }
        if (first.equals("en") && ws.size() >= 2 && RiskActs.low(ws.get(1)).equals("route")) {
            return "is en route" + RiskActs.act(RiskActs.withEmptyVerb(ws.subList(2, ws.size())), v);
        }
        if (ON_THEIR_OWN.contains(first)) {
            String tail = details(ws.subList(1, ws.size()), first, v);
            return tail == null ? "" : first + tail;
        }
        if (first.equals("will") && ws.size() >= 2 && RiskActs.verb(ws.get(1))) {
            return "will " + RiskActs.act(ws.subList(1, ws.size()), v);
        }
        boolean agreed = RiskActs.ANSWERS.contains(first) || first.equals("agrees");
        if (agreed && ws.size() >= 3 && RiskActs.low(ws.get(1)).equals("to") && RiskActs.verb(ws.get(2))) {
            return first + " to " + RiskActs.act(ws.subList(2, ws.size()), v);
        }
        if (first.equals("agrees") && ws.size() >= 3 && RiskActs.low(ws.get(1)).equals("with")
                && RiskActs.nouns(ws.subList(2, ws.size()))) {
            return RiskActs.act(ws, v);
        }
        return "";
    }

    /** A time of day as typed: "2:40pm", "10:40", "9:10 pm" is two words and not read. */
    private static boolean clock(String w) {
        int colon = w.indexOf(':');
        if (colon < 1 || colon > 2 || w.length() < colon + 3) {
            return false;
        }
        String tail = w.substring(colon + 3);
        return digits(w.substring(0, colon)) && digits(w.substring(colon + 1, colon + 3))
                && (tail.isEmpty() || tail.equals("am") || tail.equals("pm"));
    }

    /** A date as typed: "12/3", "12/3/26". */
    private static boolean date(String w) {
        int slash = w.indexOf('/');
        return slash >= 1 && slash <= 2 && slash + 1 < w.length() && digits(w.substring(0, slash))
                && digits(w.substring(slash + 1).replace("/", ""));
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static boolean plural(String w) {
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("is") && !w.equals("ems") && !w.equals("police");
    }

    /** A person's name typed after their role: "Wayne", "(Wayne)"; never a word in capitals ("EMS") or a role. */
    private static boolean name(String typed) {
        String t = typed.startsWith("(") && typed.endsWith(")") ? typed.substring(1, typed.length() - 1) : typed;
        if (t.length() < 2 || !Character.isUpperCase(t.charAt(0)) || !RiskActs.word(t)) {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            if (!Character.isLowerCase(t.charAt(i))) {
                return false;
            }
        }
        String w = RiskActs.low(t);
        return !PhraseReader.isPersonNoun(w) && !English.PRONOUNS.contains(w) && !EN.is(w, English.Form.PAST)
                && !EN.is(w, English.Form.GERUND) && !w.equals("en");
    }
}
