package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicekit.notes.internal.English.Form;

/**
 * What the verifier reads beyond words: which words a negation covers ("denied suicidal and
 * homicidal ideation"), and which statements about risk a text makes (suicidal or homicidal
 * ideation, intent, plan, means, self-harm, attempts, hallucinations, safety), each affirmed or
 * denied. Stateless and thread-safe.
 */
public final class Meaning {
    /** A risk topic a sentence can affirm or deny. */
    public enum Risk { SUICIDAL_IDEATION, HOMICIDAL_IDEATION, SELF_HARM, INTENT, PLAN, MEANS, ATTEMPT, HALLUCINATIONS,
        SAFETY }

    /** One statement about risk: the topic, whether it is denied, and the word that named it. */
    public record RiskStatement(Risk risk, boolean denied, String word) {
        /** "SUICIDAL_IDEATION:-" style key. */
        public String key() {
            return risk + (denied ? ":-" : ":+");
        }
    }

    private static final English EN = English.get();
    private static final Set<String> NEGATORS = Set.of("no", "not", "never", "denied", "denies", "deny", "denying",
            "without", "none", "nor", "neither", "refused", "refuses", "refusing", "declined", "declines", "declining",
            "unable", "didn't", "doesn't", "don't", "wasn't", "isn't", "won't", "can't", "cannot", "couldn't",
            "hasn't", "haven't", "hadn't", "weren't", "aren't", "negative", "absent", "absence", "free", "ruled");
    private static final Set<String> RESETS = Set.of("but", "however", "although", "though", "yet", "reported",
            "reports", "endorsed", "endorses", "endorsing", "stated", "states", "said", "says", "admitted", "admits",
            "acknowledged", "acknowledges", "agreed", "agrees", "expressed", "expresses", "described", "describes",
            "disclosed", "discloses", "identified", "while", "who", "which", "because", "whereas", "shared", "noted",
            "voiced", "affirmed", "confirmed", "continues", "continued", "toward", "towards", "as", "goal", "due",
            "diagnosis", "then", "later", "now", "currently", "present");
    private static final int SCOPE = 7;
    /**
     * Words that open an adjunct of time, place, condition or source ("no SI reported at last group", "no IPV when
     * screened separately"): once a negation has covered its own words, it ends there.
     * Right after the negation they are what is negated ("not at risk", "never after school").
     */
    private static final Set<String> ADJUNCTS = Set.of("when", "whenever", "after", "before", "since", "until",
            "unless", "if", "at", "during");
    /** Negations that govern a list: "denied SI, HI, and AVH". */
    private static final Set<String> DENIALS = Set.of("denied", "denies", "deny", "denying", "refused", "refuses",
            "declined", "declines", "negative", "neither", "nor");
    /** Risk abbreviations listed after one "no": "no SI, HI". */
    private static final Set<String> ACRONYMS = Set.of("si", "hi", "avh", "ah/vh", "sib", "nssi", "si/hi", "psychosis",
            "hallucinations", "delusions", "intent", "plan", "mania");
    /** Words that open a new noun phrase after "and". */
    private static final Set<String> NEW_ITEM = Set.of("a", "an", "the", "her", "his", "their", "my", "some", "this",
            "that", "these", "those", "new", "one", "two", "three");
    // "..., and the client practiced": a new clause with its own subject ends the negation.
    private static final Set<String> SUBJECTS = Set.of("the", "this", "she", "he", "they", "both", "i", "we");
    private static final Set<String> REFLEXIVE = Set.of("herself", "himself", "themselves", "myself", "yourself",
            "themself");
    private static final Set<String> POSSESSIVE = Set.of("her", "his", "their", "my", "your");
    private static final Set<String> PLAN_VERBS = Set.of("overdose", "kill", "die", "end", "hang", "shoot", "jump",
            "cut", "harm", "hurt", "drown", "crash", "poison", "suffocate");

    // Every word that can open a risk statement: anything else is skipped at once.
    private static final Set<String> TRIGGERS = Set.of("suicidal", "si", "suicidality", "suicide", "suicides",
            "homicidal", "hi", "kill", "killing", "killed", "hurt", "hurting", "harm", "harming", "end", "ending",
            "better", "die", "death", "self-harm", "self-injury", "self-injurious", "nssi", "self-harming", "cutting",
            "intent", "intention", "intentions", "intends", "plan", "plans", "firearm", "firearms", "gun", "guns",
            "handgun", "rifle", "weapon", "weapons", "stockpiled", "stockpile", "means", "access", "pills",
            "medication", "medications", "attempt", "attempts", "attempted", "hallucinations", "hallucinating", "avh",
            "ah/vh", "voices", "concerns", "risk", "safe");
    private static final WordFilter TRIGGER_FILTER = WordFilter.of(TRIGGERS);

    // Why: negation reads every word of every field and sentence against six of the sets above; one table of class
    // bits answers all six with one lookup per word.
    private static final int NEGATOR = 1;
    private static final int RESET = 2;
    private static final int DENIAL = 4;
    private static final int ACRONYM = 8;
    private static final int OPENS_ITEM = 16;
    private static final int SUBJECT = 32;
    private static final int ADJUNCT = 64;
    private static final Map<String, Integer> CLASSES;
    private static final WordFilter CLASS_FILTER;

    static {
        Map<String, Integer> classes = new HashMap<>();
        for (Map.Entry<Set<String>, Integer> e : List.of(Map.entry(NEGATORS, NEGATOR), Map.entry(RESETS, RESET),
                Map.entry(DENIALS, DENIAL), Map.entry(ACRONYMS, ACRONYM), Map.entry(NEW_ITEM, OPENS_ITEM),
                Map.entry(SUBJECTS, SUBJECT), Map.entry(ADJUNCTS, ADJUNCT))) {
            e.getKey().forEach(w -> classes.merge(w, e.getValue(), (a, b) -> a | b));
        }
        CLASSES = Map.copyOf(classes);
        CLASS_FILTER = WordFilter.of(CLASSES.keySet());
    }

    private static int classes(String w) {
        if (!CLASS_FILTER.mayHold(w)) {
            return 0;
        }
        Integer c = CLASSES.get(w);
        return c == null ? 0 : c;
    }

    private Meaning() {
    }

    /** After a person's name a past form is the verb, even one that reads as an adjective ("mom worried"). */
    private static boolean personVerb(String w) {
        return EN.is(w, Form.PAST) || EN.is(w, Form.THIRD) && !EN.is(w, Form.BASE);
    }

    /** For each word, true when a negation covers it. */
    public static boolean[] negated(List<String> words) {
        return negated(words, null);
    }

    /** For each word, true when a negation covers it; a negation ends at a clause boundary. */
    public static boolean[] negated(List<String> words, List<Boolean> boundaries) {
        return negated(words, boundaries, null);
    }

    /**
     * As {@link #negated(List, List)}, with list-item boundaries: a negation that is part of its item ("no
     * psychotic symptoms", "without feeling tired") ends at the comma or the "and a ..." that starts the next
     * item; a denial ("denied SI, HI, and AVH") covers the list it governs, and so does "no" before a list of
     * risk abbreviations ("no SI, HI").
     */
    public static boolean[] negated(List<String> words, List<Boolean> boundaries, List<Boolean> commas) {
        return negated(words, boundaries, commas, Set.of());
    }

    /**
     * As {@link #negated(List, List, List)}, and a negation also ends where one of {@code people} starts a clause of
     * its own after "and" ("refusing homework and mom worried about ...": the mother's worry is not refused).
     */
    public static boolean[] negated(List<String> words, List<Boolean> boundaries, List<Boolean> commas,
            Set<String> people) {
        boolean[] out = new boolean[words.size()];
        int scopeLeft = 0;
        boolean verbNegator = false;
        boolean distributive = false;
        boolean acronymList = false;
        boolean riskList = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int c = classes(w);
            if (boundaries != null && boundaries.get(i)) {
                scopeLeft = 0;
            }
            boolean acronymNext = (c & ACRONYM) != 0 || (w.equals("and") || w.equals("or")) && i + 1 < words.size()
                    && (classes(words.get(i + 1)) & ACRONYM) != 0;
            if (scopeLeft > 0 && !distributive && commas != null && commas.get(i) && !(acronymList && acronymNext)
                    && !(w.equals("or") || w.equals("nor"))) {
                scopeLeft = 0;
            }
            if (scopeLeft > 0 && distributive && riskList && commas != null && commas.get(i) && !acronymNext
                    && !TRIGGERS.contains(w) && !(w.equals("or") || w.equals("nor"))) {
                // "denies SI/HI, poor sleep": a denial of risk abbreviations covers the risks listed after it, never
                // the next concern of a typed list.
                scopeLeft = 0;
            }
            if (scopeLeft > 0 && !distributive && i > 0 && (words.get(i - 1).equals("and") || words.get(i - 1).equals("or"))
                    && ((c & OPENS_ITEM) != 0 || Character.isDigit(w.charAt(0)))) {
                // "first holidays without him and a teenage son not talking": a new noun phrase.
                scopeLeft = 0;
            }
            if ((c & NEGATOR) != 0 || w.endsWith("n't")) {
                if (w.equals("free") && !(i + 1 < words.size() && words.get(i + 1).equals("of"))) {
                    out[i] = scopeLeft > 0;
                    scopeLeft = Math.max(0, scopeLeft - 1);
                    continue;
                }
                if (w.equals("ruled") && !(i + 1 < words.size() && words.get(i + 1).equals("out"))) {
                    out[i] = scopeLeft > 0;
                    scopeLeft = Math.max(0, scopeLeft - 1);
                    continue;
                }
                out[i] = true;
                scopeLeft = SCOPE;
                // "refusing school and yelling at siblings": a negation that is itself a verb's -ing form.
                verbNegator = EN.is(w, Form.GERUND);
                distributive = (c & DENIAL) != 0;
                acronymList = i + 1 < words.size() && (classes(words.get(i + 1)) & ACRONYM) != 0;
                riskList = acronymList || i + 1 < words.size() && TRIGGERS.contains(words.get(i + 1));
                continue;
            }
            if ((c & ADJUNCT) != 0 && scopeLeft > 0 && scopeLeft < SCOPE) {
                scopeLeft = 0;
            }
            String before = i > 0 ? words.get(i - 1) : "";
            boolean joined = before.equals("and") || before.equals("then");
            if ((c & RESET) != 0 || joined && (EN.is(w, Form.PAST) && !EN.isParticipialAdjective(w)
                    || EN.is(w, Form.THIRD) && !EN.is(w, Form.BASE) || (c & SUBJECT) != 0
                    || w.equals("having") || w.equals("being"))) {
                scopeLeft = 0;
            }
            if (joined && scopeLeft > 0 && verbNegator && EN.is(w, Form.GERUND) && EN.isVerb(EN.baseOf(w))) {
                // A second -ing verb joined to a negating -ing verb is the next item beside it, not its object:
                // "not sleeping and eating" keeps its reach (the "not" is no verb).
                scopeLeft = 0;
            }
            if (joined && scopeLeft > 0 && people.contains(w) && i + 1 < words.size()
                    && personVerb(words.get(i + 1))) {
                scopeLeft = 0;
            }
            out[i] = scopeLeft > 0;
            scopeLeft = Math.max(0, scopeLeft - 1);
        }
        comparativeBounds(words, out);
        strandedWithout(words, boundaries, commas, out);
        return out;
    }

    /**
     * "ETOH 5 wks without", "gambling: 2 mos without": a "without" that ends its item after a count of time negates
     * what the item names before the count, as "5 wks without ETOH" does.
     */
    private static void strandedWithout(List<String> words, List<Boolean> boundaries, List<Boolean> commas,
            boolean[] out) {
        int n = words.size();
        for (int i = 2; i < n; i++) {
            boolean itemEnd = i + 1 == n || boundaries != null && boundaries.get(i + 1)
                    || commas != null && commas.get(i + 1);
            if (!itemEnd || !words.get(i).equals("without") || !Units.isSpanOfTime(words.get(i - 1))
                    || !Character.isDigit(words.get(i - 2).charAt(0))) {
                continue;
            }
            for (int k = i - 3; k >= 0; k--) {
                out[k] = true;
                if (boundaries != null && boundaries.get(k) || commas != null && commas.get(k)) {
                    break;
                }
            }
        }
    }

    private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "longer", "shorter", "later",
            "earlier", "over", "under");

    /**
     * A negation that reaches a comparative bound on a number ("not sleeping more than 4 hours", "no more than
     * four hours", "no less than 2 times") bounds the number, not the verb or the noun before it: the words between
     * the negation and the comparative are affirmed. "no longer going" (no "than" and number after) keeps its reading.
     */
    private static void comparativeBounds(List<String> words, boolean[] out) {
        for (int i = 0; i + 3 < words.size(); i++) {
            String w = words.get(i);
            if (!(w.equals("no") || w.equals("not") || w.equals("never"))) {
                continue;
            }
            for (int k = i + 1; k <= Math.min(i + 3, words.size() - 3); k++) {
                if (COMPARATIVES.contains(words.get(k)) && words.get(k + 1).equals("than")
                        && Quantities.value(words.get(k + 2)) != null) {
                    for (int x = i + 1; x < k; x++) {
                        out[x] = false;
                    }
                    break;
                }
                if (!out[k]) {
                    break;
                }
            }
        }
    }

    /**
     * The risk statements in {@code words}. {@code riskContext} says the text is about risk (it cites a
     * risk field), so bare "plan", "access" and "pills" count.
     */
    public static List<RiskStatement> risks(List<String> words, boolean riskContext) {
        return risks(words, null, riskContext);
    }

    /** As {@link #risks(List, boolean)}, with clause boundaries. */
    public static List<RiskStatement> risks(List<String> words, List<Boolean> boundaries, boolean riskContext) {
        return risks(words, boundaries, null, riskContext);
    }

    /** As {@link #risks(List, List, boolean)}, with list-item boundaries (see {@link #negated(List, List, List)}). */
    public static List<RiskStatement> risks(List<String> words, List<Boolean> boundaries, List<Boolean> commas,
            boolean riskContext) {
        return risks(words, boundaries, commas, riskContext, Set.of());
    }

    /** As {@link #risks(List, List, List, boolean)}, with the people whose clause ends a negation. */
    public static List<RiskStatement> risks(List<String> words, List<Boolean> boundaries, List<Boolean> commas,
            boolean riskContext, Set<String> people) {
        if (!mayStateRisk(words)) {
            return List.of();
        }
        return risksNegatedAs(words, negated(words, boundaries, commas, people), riskContext);
    }

    /** Whether {@code words} hold a word a risk statement starts from: when false, {@link #risks} finds none. */
    public static boolean mayStateRisk(List<String> words) {
        for (String w : words) {
            if (TRIGGER_FILTER.mayHold(w) && TRIGGERS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #risks(List, List, List, boolean, Set)}, on the negation a caller has already read for the same words
     * (with the same boundaries, commas and people), so one sentence's negation is computed once.
     */
    public static List<RiskStatement> risksNegatedAs(List<String> words, boolean[] neg, boolean riskContext) {
        List<RiskStatement> out = new ArrayList<>();
        boolean context = riskContext;
        for (int i = 0; i < words.size() && !context; i++) {
            String w = words.get(i);
            context = w.startsWith("suicid") || w.startsWith("homicid") || w.equals("intent") || w.equals("overdose")
                    || w.equals("self-harm") || w.equals("firearm") || w.equals("firearms") || w.equals("gun")
                    || w.equals("guns") || w.equals("kill");
        }
        int n = words.size();
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            if (!TRIGGERS.contains(w)) {
                continue;
            }
            String next = i + 1 < n ? words.get(i + 1) : "";
            String next2 = i + 2 < n ? words.get(i + 2) : "";
            String prev = i > 0 ? words.get(i - 1) : "";
            Risk r = null;
            if (w.equals("suicidal") || w.equals("si") || w.equals("suicidality")) {
                r = Risk.SUICIDAL_IDEATION;
            } else if (w.equals("suicide") || w.equals("suicides")) {
                r = next.startsWith("attempt") ? Risk.ATTEMPT : Risk.SUICIDAL_IDEATION;
            } else if (w.equals("homicidal") || w.equals("hi")) {
                r = Risk.HOMICIDAL_IDEATION;
            } else if ((w.equals("kill") || w.equals("killing") || w.equals("killed")) && REFLEXIVE.contains(next)) {
                r = Risk.SUICIDAL_IDEATION;
            } else if ((w.equals("kill") || w.equals("killing") || w.equals("hurt") || w.equals("hurting")
                    || w.equals("harm") || w.equals("harming")) && (next.equals("others") || next.equals("someone")
                    || next.equals("anyone") || next.equals("to") && next2.equals("others"))) {
                r = Risk.HOMICIDAL_IDEATION;
            } else if ((w.equals("end") || w.equals("ending")) && POSSESSIVE.contains(next) && next2.equals("life")) {
                r = Risk.SUICIDAL_IDEATION;
            } else if (w.equals("better") && next.equals("off") && (next2.equals("dead") || next2.equals("without"))) {
                r = Risk.SUICIDAL_IDEATION;
            } else if (w.equals("die") && (prev.equals("to") || prev.equals("wish") || prev.equals("wishes"))
                    || w.equals("death") && (prev.equals("of") && (i > 1 && words.get(i - 2).startsWith("thought"))
                    || next.equals("wish"))) {
                r = Risk.SUICIDAL_IDEATION;
            } else if (w.equals("self-harm") || w.equals("self-injury") || w.equals("self-injurious") || w.equals("nssi")
                    || w.equals("self-harming") || w.equals("cutting") && (context || REFLEXIVE.contains(next))) {
                r = Risk.SELF_HARM;
            } else if (w.equals("intent") || w.equals("intention") || w.equals("intentions") || w.equals("intends")) {
                r = Risk.INTENT;
            } else if ((w.equals("plan") || w.equals("plans")) && !prev.equals("safety") && !prev.equals("treatment")
                    && !next.equals("is") && !next.equals("includes") && !prev.equals("the")
                    && (context || next.equals("to") && PLAN_VERBS.contains(next2))) {
                r = Risk.PLAN;
            } else if (w.equals("firearm") || w.equals("firearms") || w.equals("gun") || w.equals("guns")
                    || w.equals("handgun") || w.equals("rifle") || w.equals("weapon") || w.equals("weapons")
                    || w.equals("stockpiled") || w.equals("stockpile") || (w.equals("means") || w.equals("access"))
                    && context && !prev.equals("lethal") || (w.equals("pills") || w.equals("medication")
                    || w.equals("medications")) && (prev.equals("stored") || prev.equals("saved") || prev.equals("extra"))) {
                r = Risk.MEANS;
            } else if ((w.equals("attempt") || w.equals("attempts") || w.equals("attempted")) && context
                    && !prev.equals("suicide")) {
                r = Risk.ATTEMPT;
            } else if (w.equals("hallucinations") || w.equals("hallucinating") || w.equals("avh") || w.equals("ah/vh")
                    || w.equals("voices") && (prev.startsWith("hear") || prev.equals("command"))) {
                r = Risk.HALLUCINATIONS;
            } else if (w.equals("concerns") && prev.equals("safety") || w.equals("risk") && (prev.equals("no")
                    || prev.equals("current") && i > 1 && words.get(i - 2).equals("no")) || w.equals("safe")
                    && prev.equals("not") == false && (next.equals("to") || prev.equals("feels")
                    || prev.equals("felt"))) {
                if (neg[i] || prev.equals("no")) {
                    out.add(new RiskStatement(Risk.SAFETY, true, w));
                }
                continue;
            }
            if (r != null) {
                out.add(new RiskStatement(r, neg[i], w));
            }
        }
        return out;
    }
}
