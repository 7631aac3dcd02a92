package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Round 18 (issue 14): one typed risk action read as who did what, and whether it happened, then written so. Read
 * here: an option and the answer to it ("voluntary admission discussed, pt declined": the clinician discussed it and
 * the client declined, never "The client discussed voluntary admission."); a step someone will take, agreed to or
 * declined ("brother to hold handgun": "The client's brother will hold the handgun."); a thing done by the agent
 * after "by" ("pills disposed of at pharmacy by pt and sister": they disposed of the pills); and a step typed as
 * fragments, each read the same way. The objects of a step are the particular items of the safety plan: "the". What
 * this class does not read returns empty and the composer reads it as before.
 */
final class RiskActs {
    private static final English EN = English.get();

    /** Who writes the note and how it names the client: "this clinician" or "I", "client" or "patient". */
    record Voice(String actor, String term, Predicate<String> present) {
        String client() {
            return "the " + term;
        }
    }

    static final Set<String> CLIENT = Set.of("pt", "client", "patient", "clt");
    private static final Set<String> WRITER = Set.of("clinician", "therapist", "writer", "counselor", "counsellor",
            "provider", "i", "we");
    // Ways a clinician puts an option to the client; the answer is the client's (or the person's named).
    private static final Map<String, String> PUT = Map.of("discussed", "discussed", "offered", "offered",
            "recommended", "recommended", "suggested", "suggested", "arranged", "arranged", "explored", "explored",
            "proposed", "proposed");
    static final Set<String> ANSWERS = Set.of("declined", "refused", "agreed", "accepted");
    // Words a person is said to do a step with: "to", "will", "agreed to", "declined to".
    private static final Set<String> TOWARD = Set.of("agreed", "agrees", "declined", "declines", "refused", "refuses");
    private static final Set<String> PARTICLES = Set.of("up", "away", "off", "of", "out", "in");
    // Family words: the client's own ("the client's brother"); others in the client's life are "the roommate".
    private static final Set<String> KIN = Set.of("mother", "father", "stepmother", "stepfather", "brother", "sister",
            "son", "daughter", "husband", "wife", "spouse", "partner", "girlfriend", "boyfriend", "grandmother",
            "grandfather", "aunt", "uncle", "cousin", "parents", "fiance", "fiancee");
    // Only the short forms the verifier reads as the same person or thing (Actors' aliases, Shorthand's words).
    private static final Map<String, String> KIN_SHORT = Map.of("mom", "mother", "mum", "mother", "dad", "father",
            "grandma", "grandmother", "grandpa", "grandfather");
    // Services that act on the client in a crisis: "EMS to transport to ED" is EMS's step, still to happen.
    private static final Map<String, String> AGENCIES = Map.of("ems", "EMS", "police", "the police", "pharmacy",
            "the pharmacy", "ed", "the ED", "er", "the ER", "pcp", "the PCP");
    // Verbs that move a person: with no object typed, the one moved is the client ("transport to ED").
    private static final Set<String> MOVE_PERSON = Set.of("transport", "drive", "take", "escort", "bring",
            "accompany");
    private static final Map<String, String> ITEM_SHORT = Map.of("meds", "medications", "med", "medication");

    private RiskActs() {
    }

    /** The sentences for {@code typed} (one risk action), without their full stops; empty when not read here. */
    static List<String> sentences(String typed, Voice v) {
        String text = typed.strip();
        if (text.isEmpty() || text.indexOf('"') >= 0 || text.indexOf('\'') >= 0 && text.indexOf("'s") < 0) {
            return List.of();
        }
        List<String> parts = parts(text);
        String copy = parts.size() == 1 ? copy(words(text), v) : "";
        if (!copy.isEmpty()) {
            return List.of(copy);
        }
        if (parts.size() == 2) {
            String answered = answered(parts.get(0), parts.get(1), v);
            if (!answered.isEmpty()) {
                return List.of(answered);
            }
        }
        if (parts.size() == 1) {
            String put = put(words(text), v);
            if (!put.isEmpty()) {
                return List.of(put);
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            String one = step(words(part), v, parts.size() > 1);
            if (one.isEmpty()) {
                return OthersActs.sentences(parts, v);
            }
            out.add(one);
        }
        return out;
    }

    private static final Set<String> ABOUT = Set.of("re", "re:", "about", "regarding", "for");
    private static final Map<String, String> ANSWERED = Map.of("denies", "denied", "denied", "denied", "endorses",
            "endorsed", "endorsed", "endorsed");

    /**
     * A risk field typed as the question and its answer, "asked re SI - denies": the clinician asked, the client
     * answered: "When asked about SI, the client denied it." (never "The client asked re SI"). "" for anything else.
     */
    static String asked(String typed, String client) {
        List<String> parts = parts(typed.strip());
        if (parts.size() != 2) {
            return "";
        }
        List<String> question = words(parts.get(0));
        List<String> answer = words(parts.get(1));
        if (question.size() < 3 || question.size() > 6 || answer.size() > 2 || answer.isEmpty()
                || !low(question.get(0)).equals("asked") || !ABOUT.contains(low(question.get(1)))) {
            return "";
        }
        String said = ANSWERED.get(low(answer.get(answer.size() - 1)));
        if (said == null || answer.size() == 2 && !CLIENT.contains(low(answer.get(0)))
                || !nouns(question.subList(2, question.size()))) {
            return "";
        }
        return "When asked about " + String.join(" ", question.subList(2, question.size())) + ", " + client + " "
                + said + " it";
    }

    /** The pieces of an item at a comma, a semicolon or a spaced dash (never inside parentheses). */
    private static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            boolean cut = depth == 0 && (c == ',' || c == ';'
                    || c == '-' && i > 0 && text.charAt(i - 1) == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ');
            if (cut) {
                out.add(text.substring(from, i).strip());
                from = i + 1;
            }
        }
        out.add(text.substring(from).strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    /** The words of a piece as typed (case kept: "Tylenol"), "w/" and "&" written out; compared lower-cased. */
    static List<String> words(String part) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= part.length(); i++) {
            if (i == part.length() || part.charAt(i) == ' ') {
                String w = part.substring(from, i);
                from = i + 1;
                if (w.equalsIgnoreCase("w/")) {
                    out.add("with");
                } else if (w.equals("&") || w.equals("+")) {
                    out.add("and");
                } else if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    static String low(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    /**
     * "voluntary admission discussed" and "pt declined" (either order of the option's words): the clinician put the
     * option, the person named answered it. "" when the two pieces are not an option and its answer.
     */
    private static String answered(String first, String second, Voice v) {
        List<String> option = words(first);
        List<String> answer = words(second);
        String toWhat = "";
        int to = answer.indexOf("to");
        if (to >= 2 && to + 1 < answer.size() && ANSWERS.contains(low(answer.get(to - 1)))
                && answer.size() - to - 1 <= 3 && nouns(answer.subList(to + 1, answer.size()))
                && !verb(answer.get(to + 1))) {
            // Round 20: "dad agreed to referral": what was agreed to, named with "the".
            toWhat = " to the " + String.join(" ", items(answer.subList(to + 1, answer.size())));
            answer = answer.subList(0, to);
        }
        String said = answer.isEmpty() ? "" : low(answer.get(answer.size() - 1));
        if (option.size() < 2 || answer.size() < 2 || answer.size() > 3 || !ANSWERS.contains(said)) {
            return "";
        }
        String who = person(answer.subList(0, answer.size() - 1), v);
        if (who.isEmpty()) {
            return "";
        }
        String put;
        List<String> what;
        if (PUT.containsKey(low(option.get(0)))) {
            put = PUT.get(low(option.get(0)));
            what = option.subList(1, option.size());
        } else if (PUT.containsKey(low(option.get(option.size() - 1)))) {
            put = PUT.get(low(option.get(option.size() - 1)));
            what = option.subList(0, option.size() - 1);
        } else {
            return "";
        }
        if (what.isEmpty() || what.size() > 4 || !nouns(what)) {
            return "";
        }
        String with = put.equals("discussed") || put.equals("explored") ? " with " + v.client() : "";
        return Phrases.capitalize(v.actor()) + " " + put + " " + withArticle(what) + with + ", and " + who + " " + said
                + toWhat;
    }

    /**
     * An option the clinician put with no answer typed: "plan to remove Tylenol from home discussed" is "This
     * clinician discussed a plan to remove the Tylenol from home with the client.", discussed and no more (never
     * "The client discussed ..." nor "The client will remove ..."). "" for anything else.
     */
    private static String put(List<String> ws, Voice v) {
        if (ws.size() < 2 || !PUT.containsKey(low(ws.get(ws.size() - 1)))) {
            return "";
        }
        String put = PUT.get(low(ws.get(ws.size() - 1)));
        List<String> what = ws.subList(0, ws.size() - 1);
        String named;
        if (what.size() > 2 && low(what.get(0)).equals("plan") && low(what.get(1)).equals("to") && verb(what.get(2))) {
            named = "a plan to " + act(what.subList(2, what.size()), v);
        } else if (what.size() <= 4 && nouns(what)) {
            named = withArticle(what);
        } else {
            return "";
        }
        String with = put.equals("discussed") || put.equals("explored") ? " with " + v.client() : "";
        return Phrases.capitalize(v.actor()) + " " + put + " " + named + with;
    }

    /** True when every word is a noun or a modifier of one, with no verb, person or preposition among them. */
    static boolean nouns(List<String> what) {
        for (String typed : what) {
            String w = low(typed);
            if (!Character.isLetterOrDigit(w.charAt(0)) || English.PREPOSITIONS.contains(w)
                    || English.DETERMINERS.contains(w) || English.CONJUNCTIONS.contains(w) || CLIENT.contains(w)
                    || EN.is(w, English.Form.PAST) || EN.is(w, English.Form.GERUND)) {
                return false;
            }
        }
        return true;
    }

    /** An option named: "an IOP referral", "voluntary admission" (a noun of an act stays without one). */
    private static String withArticle(List<String> what) {
        String head = low(what.get(what.size() - 1));
        String typed = String.join(" ", what);
        if (EN.isCountNoun(head) && !head.endsWith("s") && !head.endsWith("ion")) {
            return English.indefiniteArticle(typed) + " " + typed;
        }
        return typed;
    }

    /** The person {@code ws} names, written as the note names them; "" when it is not one person or two. */
    static String person(List<String> ws, Voice v) {
        if (ws.isEmpty() || ws.size() > 3) {
            return "";
        }
        List<String> who = new ArrayList<>();
        List<String> one = new ArrayList<>();
        for (String w : ws) {
            if (low(w).equals("and")) {
                who.add(one(one, v));
                one = new ArrayList<>();
            } else {
                one.add(w);
            }
        }
        who.add(one(one, v));
        if (who.contains("")) {
            return "";
        }
        return String.join(" and ", who);
    }

    private static String one(List<String> ws, Voice v) {
        if (ws.size() == 2 && (low(ws.get(0)).equals("his") || low(ws.get(0)).equals("her")
                || low(ws.get(0)).equals("their"))) {
            // "his dad": the client's own, by the pronoun the clinician typed.
            String kin = KIN_SHORT.getOrDefault(low(ws.get(1)), low(ws.get(1)));
            return KIN.contains(kin) ? low(ws.get(0)) + " " + kin : "";
        }
        if (ws.size() != 1) {
            return "";
        }
        String w = low(ws.get(0));
        if (AGENCIES.containsKey(w)) {
            return AGENCIES.get(w);
        }
        if (CLIENT.contains(w)) {
            return v.client();
        }
        String kin = KIN_SHORT.getOrDefault(w, w);
        if (KIN.contains(kin)) {
            // Present in the session: "the mother", as the opening sentence names them; otherwise the client's own.
            // "parents" with the mother or the father in the room are the parents there (round 20).
            boolean here = v.present().test(kin) || v.present().test(w) || kin.equals("parents")
                    && (v.present().test("mother") || v.present().test("father"));
            return here ? "the " + kin : v.client() + "'s " + kin;
        }
        // The note's own writer ("therapist to call PCP") is the composer's to name: never "the therapist".
        return PhraseReader.isPersonNoun(w) && !w.endsWith("s") && !English.PRONOUNS.contains(w) && !WRITER.contains(w)
                ? "the " + ws.get(0) : "";
    }

    /**
     * One step: "brother to hold handgun", "mom agreed to hold car keys", "pt declined to give razors to roommate",
     * "rifle to go to brother's house tonight", "pills disposed of at
     * pharmacy by pt and sister", and, as a piece of a longer item, "ammo locked in truck". "" for anything else.
     */
    private static String step(List<String> ws, Voice v, boolean piece) {
        if (ws.size() < 3) {
            return "";
        }
        for (int i = 1; i < Math.min(ws.size() - 1, 4); i++) {
            String w = low(ws.get(i));
            String who = person(ws.subList(0, i), v);
            if (who.isEmpty() && w.equals("to") && verb(ws.get(i + 1)) && nouns(ws.subList(0, i)) && things(ws, i)) {
                // "rifle to go to brother's house tonight": where the thing will be.
                who = "the " + String.join(" ", items(ws.subList(0, i)));
            }
            if (who.isEmpty()) {
                continue;
            }
            if ((w.equals("coming") || w.equals("going")) && i + 2 < ws.size() && low(ws.get(i + 1)).equals("to")
                    && verb(ws.get(i + 2))) {
                // Round 20: "wife coming to pick her up": on the way, still to happen.
                return Phrases.capitalize(who) + " will " + act(ws.subList(i + 2, ws.size()), v);
            }
            String did = did(ws, i, who, v);
            if (!did.isEmpty()) {
                return did;
            }
            if ((w.equals("to") || w.equals("will")) && (verb(ws.get(i + 1))
                    || MOVE_PERSON.contains(low(ws.get(i + 1))))) {
                String moved = MOVE_PERSON.contains(low(ws.get(i + 1))) && i + 2 < ws.size()
                        && English.PREPOSITIONS.contains(low(ws.get(i + 2))) ? " " + v.client() : "";
                String rest = act(ws.subList(i + 1, ws.size()), v);
                if (!moved.isEmpty()) {
                    rest = ws.get(i + 1) + moved + act(withEmptyVerb(ws.subList(i + 2, ws.size())), v);
                }
                return Phrases.capitalize(who) + " will " + rest;
            }
            int to = TOWARD.contains(w) ? toAfterManner(ws, i + 1) : -1;
            if (to > 0 && to + 1 < ws.size() && verb(ws.get(to + 1))) {
                // "dad agreed by phone to lock the rifle": how they agreed stays with the verb.
                String manner = to > i + 1 ? " " + String.join(" ", ws.subList(i + 1, to)) : "";
                return Phrases.capitalize(who) + " " + past(w) + manner + " to " + act(ws.subList(to + 1, ws.size()), v);
            }
            return "";
        }
        return passive(ws, v, piece);
    }

    /**
     * Round 20: a person named and what they did, "police removed handgun from truck", "wife picked pt up from work at
     * 11", "EMS transported pt to ED last night": the person's deed, never the clinician's ("This writer's actions
     * included police removed ...") nor a passive ("The wife was picked ..."). Only with something acted on right after
     * the verb: "mother notified", "PCP notified 12/3" or "mom informed of plan" are the person told, left as before.
     */
    private static String did(List<String> ws, int at, String who, Voice v) {
        String w = low(ws.get(at));
        boolean past = EN.is(w, English.Form.PAST) && !EN.mostlyNoun(w) || w.endsWith("ed") && w.length() > 4
                && (MOVE_PERSON.contains(w.substring(0, w.length() - 2)) || verb(w.substring(0, w.length() - 2)));
        if (at + 1 >= ws.size() || !past || ANSWERS.contains(w) || PUT.containsKey(w)) {
            return "";
        }
        String next = low(ws.get(at + 1));
        // What is acted on: the client, someone's, or a word the dictionary knows as a noun ("handgun", "keys"),
        // or an acronym typed in capitals ("EAP"); never an adverb or a word it does not know ("beforehand").
        String typedNext = ws.get(at + 1);
        if (at + 2 < ws.size() && typedNext.chars().allMatch(Character::isDigit)) {
            // "dad locked 2 shotguns": a count before what was acted on.
            typedNext = ws.get(at + 2);
            next = low(typedNext);
        }
        boolean object = CLIENT.contains(next) || next.endsWith("'s") || English.POSSESSIVES.contains(next)
                || ITEM_SHORT.containsKey(next) || word(next) && !ABOUT.contains(next) && (EN.isCountNoun(next) || EN.mostlyNoun(next)
                || typedNext.length() > 1 && typedNext.chars().allMatch(Character::isUpperCase))
                && !English.PREPOSITIONS.contains(next) && !TIME.contains(next) && !EN.ADVERBS.contains(next);
        // A word that is also an adjective ("transported", "upset") is the verb only with the client as its object.
        if (!object || EN.isAdjective(w) && !CLIENT.contains(next)) {
            return "";
        }
        return Phrases.capitalize(who) + " " + act(ws.subList(at, ws.size()), v);
    }

    /** Letters only (an apostrophe or a hyphen inside): "re:", "12/3" and "(confirmed" are not words here. */
    static boolean word(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && !(k > 0 && (c == '\'' || c == '-'))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private static final Set<String> COPY_VERBS = Set.of("given", "sent", "emailed", "provided", "texted", "mailed");

    /**
     * Round 20: "copy given to dad", "copy of plan given", "plan copy sent to parents": a copy of the safety plan
     * handed to someone, "A copy of the safety plan was given to the client's father." (never "The client showed copy
     * given to dad."). With no recipient typed none is named. "" when the item is not a copy handed on or the
     * recipient does not read as a person.
     */
    private static String copy(List<String> ws, Voice v) {
        int at = 0;
        if (at < ws.size() && (low(ws.get(at)).equals("plan") || low(ws.get(at)).equals("sp"))) {
            at++;
        }
        if (at >= ws.size() || !low(ws.get(at)).equals("copy")) {
            return "";
        }
        at++;
        if (at + 1 < ws.size() && low(ws.get(at)).equals("of")) {
            int plan = at + 1 < ws.size() && low(ws.get(at + 1)).equals("the") ? at + 2 : at + 1;
            if (plan < ws.size() && low(ws.get(plan)).equals("safety")) {
                plan++;
            }
            if (plan >= ws.size() || !(low(ws.get(plan)).equals("plan") || low(ws.get(plan)).equals("sp"))) {
                return "";
            }
            at = plan + 1;
        }
        String verb = at < ws.size() && COPY_VERBS.contains(low(ws.get(at))) ? low(ws.get(at++)) : "";
        if (verb.isEmpty() && at == ws.size()) {
            return "";
        }
        String to = "";
        if (at < ws.size()) {
            if (!low(ws.get(at)).equals("to") || at + 1 >= ws.size()) {
                return "";
            }
            to = person(ws.subList(at + 1, ws.size()), v);
            if (to.isEmpty()) {
                return "";
            }
            to = " to " + to;
        }
        return "A copy of the safety plan was " + (verb.isEmpty() ? "given" : verb) + to;
    }

    /**
     * Where the "to" of an agreement stands: right after the verb, or after a short phrase of how it was agreed ("by
     * phone", "in session", "over text"); -1 when neither.
     */
    private static int toAfterManner(List<String> ws, int from) {
        if (from < ws.size() && low(ws.get(from)).equals("to")) {
            return from;
        }
        if (from >= ws.size() || !English.PREPOSITIONS.contains(low(ws.get(from))) || low(ws.get(from)).equals("to")) {
            return -1;
        }
        for (int k = from + 1; k < Math.min(ws.size(), from + 4); k++) {
            if (low(ws.get(k)).equals("to")) {
                return k;
            }
        }
        return -1;
    }

    /** No word before {@code at} names a person: the subject is a thing. */
    private static boolean things(List<String> ws, int at) {
        for (String w : ws.subList(0, at)) {
            if (PhraseReader.isPersonNoun(low(w)) || !one(List.of(w), new Voice("", "client", x -> false)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> items(List<String> ws) {
        List<String> out = new ArrayList<>();
        ws.forEach(w -> out.add(ITEM_SHORT.getOrDefault(low(w), w)));
        return out;
    }

    private static String past(String w) {
        return w.endsWith("s") ? w.substring(0, w.length() - 1) + "d" : w;
    }

    static boolean verb(String w) {
        String lower = low(w);
        int dash = lower.lastIndexOf('-');
        // "blister-pack", "re-check": a compound verb is a verb by its last part.
        return EN.is(lower, English.Form.BASE) || dash > 0 && dash < lower.length() - 1
                && EN.is(lower.substring(dash + 1), English.Form.BASE);
    }

    /** A verb and what it acts on, the step's items and places with "the", its people the client's. */
    static String act(List<String> ws, Voice v) {
        StringBuilder b = new StringBuilder(ws.get(0));
        boolean objectNext = true;
        boolean aside = false;
        for (int i = 1; i < ws.size(); i++) {
            String typed = ws.get(i);
            String w = low(typed);
            String before = low(ws.get(i - 1));
            aside |= w.startsWith("(");
            String after = i + 1 < ws.size() ? ws.get(i + 1) : "";
            if (aside || !after.isEmpty() && after.chars().allMatch(Character::isDigit)
                    || before.equals("in") && w.equals("session") || before.equals("per")
                    || before.equals("to") && verb(w)) {
                // Round 20: an aside in parentheses stays as typed; a numbered thing ("step 3"), "in session",
                // "per state law" and a verb after "to" take no article.
                b.append(' ').append(ITEM_SHORT.getOrDefault(w, typed));
                objectNext = false;
                continue;
            }
            if (objectNext && PARTICLES.contains(w) && i == 1) {
                b.append(' ').append(typed);
                continue;
            }
            boolean slot = objectNext || English.PREPOSITIONS.contains(before);
            objectNext = false;
            if (slot && CLIENT.contains(w)) {
                b.append(' ').append(v.client());
                continue;
            }
            if (slot && w.endsWith("'s") && !one(List.of(w.substring(0, w.length() - 2)), v).isEmpty()) {
                b.append(' ').append(one(List.of(w.substring(0, w.length() - 2)), v)).append("'s");
                continue;
            }
            if (slot && !one(List.of(w), v).isEmpty()) {
                b.append(' ').append(one(List.of(w), v));
                continue;
            }
            // The one word after the verb that ends the step is its object ("change lock"), whatever else it can be.
            boolean lone = i == 1 && i == ws.size() - 1 && Character.isLetter(w.charAt(0)) && !TIME.contains(w)
                    && !EN.ADVERBS.contains(w) && !EN.isAdjective(w) && !English.PREPOSITIONS.contains(w);
            if (slot && (bare(w) || lone)) {
                b.append(" the");
            }
            b.append(' ').append(ITEM_SHORT.getOrDefault(w, typed));
        }
        return b.toString();
    }

    private static final Set<String> TIME = Set.of("today", "tonight", "tomorrow", "now", "daily", "weekly", "nightly",
            "monthly", "soon", "later", "together", "home", "school", "work", "church", "bed", "further", "notice",
            "consent", "discharge");

    /** A noun that takes "the" here: not a determiner, number, pronoun, adverb, adjective or time word. */
    private static boolean bare(String w) {
        return Character.isLetter(w.charAt(0)) && !English.DETERMINERS.contains(w) && !English.POSSESSIVES.contains(w)
                && !English.PRONOUNS.contains(w) && !English.OBJECT_PRONOUNS.contains(w) && !EN.ADVERBS.contains(w)
                && !English.PREPOSITIONS.contains(w) && !English.CONJUNCTIONS.contains(w) && !TIME.contains(w)
                && !EN.isAdjective(w) && !w.endsWith("'s") && (EN.isCountNoun(w) || EN.mostlyNoun(w)
                || ITEM_SHORT.containsKey(w) || EN.baseOf(w).isEmpty());
    }

    /**
     * "pills disposed of at pharmacy by pt and sister": the agent after "by" did it ("The client and the client's
     * sister disposed of the pills at the pharmacy."); with no agent, as a piece of a longer item, "ammo locked in
     * truck": "The ammunition was locked in the truck." A person is never the thing here (people passives are the
     * composer's).
     */
    private static String passive(List<String> ws, Voice v, boolean piece) {
        int verbAt = -1;
        for (int i = 1; i < Math.min(ws.size(), 4); i++) {
            if (EN.is(low(ws.get(i)), English.Form.PAST) && !EN.mostlyNoun(low(ws.get(i)))) {
                verbAt = i;
                break;
            }
        }
        if (verbAt < 0 || !nouns(ws.subList(0, verbAt)) || !things(ws, verbAt)) {
            return "";
        }
        List<String> thing = items(ws.subList(0, verbAt));
        String what = "the " + String.join(" ", thing);
        String verb = low(ws.get(verbAt));
        int by = -1;
        for (int i = verbAt + 1; i < ws.size(); i++) {
            by = low(ws.get(i)).equals("by") ? i : by;
        }
        if (by > verbAt && by + 1 < ws.size()) {
            String agents = person(ws.subList(by + 1, ws.size()), v);
            if (agents.isEmpty()) {
                return "";
            }
            List<String> rest = ws.subList(verbAt + 1, by);
            String particle = !rest.isEmpty() && PARTICLES.contains(low(rest.get(0))) ? " " + low(rest.get(0)) : "";
            List<String> place = rest.subList(particle.isEmpty() ? 0 : 1, rest.size());
            return Phrases.capitalize(agents) + " " + verb + particle + " " + what + where(place, v);
        }
        if (by >= 0 || !piece) {
            return "";
        }
        boolean plural = low(thing.get(thing.size() - 1)).endsWith("s");
        return Phrases.capitalize(what) + (plural ? " were " : " was ") + verb
                + where(ws.subList(verbAt + 1, ws.size()), v);
    }

    /** What follows the act ("at pharmacy", "in truck") with its articles: " at the pharmacy"; "" for nothing. */
    private static String where(List<String> rest, Voice v) {
        return rest.isEmpty() ? "" : act(withEmptyVerb(rest), v);
    }

    /** {@code rest} after an empty verb, so {@link #act} reads it as what follows one. */
    static List<String> withEmptyVerb(List<String> rest) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(rest);
        return out;
    }
}
