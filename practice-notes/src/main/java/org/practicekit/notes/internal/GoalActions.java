package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 31: a goal's evidence typed as a bare count, share or frequency ("2 of 7 days", "2 times this week", "once",
 * "5 hours on 2 nights") says nothing without the action its goal names, so it is said with that action as a gerund
 * whose subject is the client: goal "eat every 3-4 hours", evidence "2 of 7 days": "the client eating every 3-4 hours
 * on 2 of 7 days". The evidence's words are kept in their order, written out only through {@link HandedItems#written}
 * (the shorthand tables the verifier reads); the goal's words are kept after its verb, less a frequency word the count
 * replaces ("journal daily", "3 days": "journaling on 3 days") or the measure the evidence gives anew ("sleep 6+
 * hours",
 * "5 hours on 2 nights": "sleeping 5 hours on 2 nights").
 *
 * <p>Deny by default: a goal that does not open with a verb in its base form (a noun phrase, "reduced panic attacks",
 * a direction, "reduce screen time", someone else's goal, "mother to use praise"), or evidence of any other shape
 * ("3-4", "~8 hrs/day", a clause) gives "", which keeps the readings before. A pure function of the two typed fields
 * and the word for the client, so the verifier computes the same words and any changed number or word is a misquote.
 */
public final class GoalActions {
    private static final English EN = English.get();
    private static final String WHEN = "(\\s+(?:this|last)\\s+(?:week|wk|month|mo)|\\s+today)?";
    /** A share of days, nights or weeks: "2 of 7 days", "5/7 days", "2 of 4 weeks this month". */
    private static final Pattern SHARE = Pattern.compile("^\\d+\\s*(?:of|/)\\s*\\d+\\s+(days?|nights?|mornings?"
            + "|evenings?|weeks?|wks?)" + WHEN + "$");
    /** A count of days or nights the act was done on: "3 days this week", "0 nights". */
    private static final Pattern DAYS = Pattern.compile("^\\d+\\s+(days?|nights?|mornings?|evenings?)" + WHEN + "$");
    /** How many times: "2 times this week", "2x this week", "once", "twice with daughter", "2 times, down from 4". */
    private static final Pattern TIMES = Pattern.compile("^(?:\\d+(?:-\\d+)?\\s*(?:x|times?)|once|twice)" + WHEN
            + "(\\s+with\\s+[a-z]+)?(,\\s+(?:down|up)\\s+from\\s+\\d+)?$");
    /** An amount of time on some days: "5 hours on 2 nights", "20 min on 3 of 7 days". */
    private static final Pattern MEASURE = Pattern.compile("^\\d+(?:[.-]\\d+)?\\+?\\s*(hours?|hrs?|minutes?|mins?"
            + "|min)\\s+on\\s+\\d+(?:\\s*(?:of|/)\\s*\\d+)?\\s+(?:days?|nights?)" + WHEN + "$");
    /** A measure in the goal the evidence's amount replaces: "6+ hours", "30 min". */
    private static final Pattern GOAL_MEASURE = Pattern.compile("\\d+(?:[.-]\\d+)?\\+?");
    /** Who the goal's owner is when typed before it: the client's own goal only. */
    private static final Pattern OWN = Pattern.compile("^(?:(?:the\\s+)?(?:client|patient|pt)\\s+(?:will|to|would)\\s+"
            + "|will\\s+|to\\s+)", Pattern.CASE_INSENSITIVE);
    /** A goal's verb that names a direction or a target, not the act counted ("reduce screen time on 2 days"). */
    private static final Set<String> DIRECTIONS = Set.of("reduce", "decrease", "increase", "improve", "lower", "limit",
            "cut", "eliminate", "minimize", "maximize", "manage", "achieve", "develop", "learn", "identify",
            "establish", "build", "gain", "lose", "understand", "demonstrate", "verbalize", "explore", "process",
            "have", "get");
    /** A state kept over time: a count of days is its length, not the days it was done on ("remain sober", "14 d"). */
    private static final Set<String> STATES = Set.of("be", "remain", "stay", "maintain", "keep", "abstain", "continue",
            "live");
    /** A goal's frequency the evidence's count replaces, never said twice ("journal daily on 3 days"). */
    private static final Set<String> FREQUENCIES = Set.of("daily", "nightly", "weekly", "every day", "every night",
            "each day", "each night", "every week", "each week");
    /**
     * A goal's own rate over a week or month ("3 days a week", "3x/week", "1 session per week", "4 short walks a
     * week", "twice every other week"), which a count this week would stand beside in one phrase: any number before
     * the period, however many words lie between (deny by default).
     */
    private static final Pattern GOAL_RATE = Pattern.compile("(?:\\d|\\bonce\\b|\\btwice\\b).*?"
            + "(?:(?:\\ba|\\bper|/|\\beach|\\bevery)(?:\\s+[a-z]+)?\\s*(?:week|wk|month|mo)|\\bweekly|\\bmonthly)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> UNIT_HOURS = Set.of("hour", "hours", "hr", "hrs");
    private static final Set<String> UNIT_MINUTES = Set.of("minute", "minutes", "min", "mins");

    private GoalActions() {
    }

    /**
     * The evidence said with the goal's action ("the client eating every 3-4 hours on 2 of 7 days"), to follow
     * {@link HandOvers#EVIDENCE}; "" when the goal or the evidence is of a shape this does not read.
     */
    public static String counted(String evidence, String goal, String term) {
        String e = evidence.strip();
        String g = goal.strip();
        if (e.isEmpty() || g.isEmpty() || !e.matches("[a-z0-9][a-z0-9 ,/+.~-]*") || g.matches(".*[;:,()\"].*")) {
            return "";
        }
        String lower = e.toLowerCase(Locale.ROOT);
        String prep;
        Matcher m;
        boolean measure = false;
        if ((m = SHARE.matcher(lower)).matches()) {
            prep = m.group(1).startsWith("w") ? "in" : "on";
        } else if (DAYS.matcher(lower).matches()) {
            prep = "on";
        } else if (TIMES.matcher(lower).matches()) {
            prep = "";
        } else if ((m = MEASURE.matcher(lower)).matches()) {
            prep = "";
            measure = true;
        } else {
            return "";
        }
        if (GOAL_RATE.matcher(g).find()) {
            // "eat lunch in cafeteria 3 days a week" with "1 day this week": the goal's rate and the week's count
            // would stand side by side in one phrase.
            return "";
        }
        Matcher own = OWN.matcher(g);
        String act = own.lookingAt() ? g.substring(own.end()) : g;
        List<String> words = new ArrayList<>(Arrays.asList(act.split("\\s+")));
        String verb = words.get(0).toLowerCase(Locale.ROOT);
        // A verb in its base form, the client's own act: not "improved sleep", "daily adherence", "mother to praise".
        if (!verb.matches("[a-z]{2,}") || verb.endsWith("ed") || verb.endsWith("ing") || DIRECTIONS.contains(verb)
                || EN.tagged(verb, English.WordClass.VERB) <= 0 || !EN.isKnownWord(verb)
                || PhraseReader.isPersonNoun(verb)
                || words.size() > 1 && Set.of("will", "would", "should", "and", "or").contains(words.get(1))) {
            return "";
        }
        if (STATES.contains(verb) && DAYS.matcher(lower).matches()) {
            return "";
        }
        words.remove(0);
        if (measure) {
            // The evidence gives the amount the goal set ("6+ hours"): the goal's own amount is left out, and with it
            // whatever followed it; a goal that sets no amount of the same unit does not read.
            Set<String> unit = UNIT_HOURS.contains(m.group(1)) ? UNIT_HOURS : UNIT_MINUTES;
            int at = -1;
            for (int k = 0; k + 1 < words.size(); k++) {
                if (GOAL_MEASURE.matcher(words.get(k)).matches() && unit.contains(words.get(k + 1)
                        .toLowerCase(Locale.ROOT))) {
                    at = k;
                    break;
                }
            }
            if (at < 0) {
                return "";
            }
            words = new ArrayList<>(words.subList(0, at));
        } else {
            dropFrequency(words);
        }
        String rest = HandedItems.written(String.join(" ", words));
        return "the " + term + " " + EN.gerund(verb) + (rest.isBlank() ? "" : " " + rest.strip())
                + (prep.isEmpty() ? "" : " " + prep) + " " + HandedItems.written(e);
    }

    /** Takes off a goal's closing frequency ("daily", "every night") unless a count says how often ("twice daily"). */
    private static void dropFrequency(List<String> words) {
        int n = words.size();
        String last = n > 0 ? words.get(n - 1).toLowerCase(Locale.ROOT) : "";
        String lastTwo = n > 1 ? words.get(n - 2).toLowerCase(Locale.ROOT) + " " + last : "";
        int drop = FREQUENCIES.contains(lastTwo) ? 2 : FREQUENCIES.contains(last) ? 1 : 0;
        if (drop == 0) {
            return;
        }
        String before = n - drop > 0 ? words.get(n - drop - 1).toLowerCase(Locale.ROOT) : "";
        if (before.matches("once|twice|thrice|times|\\d+x?")) {
            return;
        }
        words.subList(n - drop, n).clear();
    }
}
