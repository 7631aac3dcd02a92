package org.practicekit.core.messaging.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.core.messaging.RiskAssessment;
import org.practicekit.core.messaging.RiskCategory;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.core.messaging.RiskIndicator;

/**
 * The standard risk classifier: phrase rules over the canonical text of {@link MessageText}.
 * Idioms and hyperbole are masked first ("this traffic is killing me", "I killed it", "dying to tell
 * you"), then every rule runs; a match is dropped only when a negation ("not", "never", "no",
 * "stopped", "without") governs it within its clause. Rules are written to over-match: a missed
 * crisis costs far more than a false alarm a person dismisses.
 */
public final class PhraseRiskRules implements RiskClassifier {
    /** Shared: the rules hold no mutable state. */
    public static final PhraseRiskRules INSTANCE = new PhraseRiskRules();

    private static final String MASK = "~";

    private static final String PEOPLE = "(?:wife|husband|partner|boss|coworker|co worker|mom|mother|dad|father|brother|"
            + "sister|son|daughter|kids?|children|baby|ex|neighbou?r|roommate|boyfriend|girlfriend|family|teacher|"
            + "landlord|manager|stepdad|stepfather|stepmom|uncle|aunt|grandpa|grandma|cousin|friend|supervisor)";
    private static final String THIRD = "(?:he|she|they|my " + PEOPLE + "|my best friend|our " + PEOPLE + ")";
    private static final String PILLS = "(?:pills|pill|tablets|medication|medications|medicine|sleeping pills|pain ?killers|"
            + "oxy|oxys|xanax|tylenol|advil|insulin|ambien|lithium|opioids|fentanyl|percocet|vicodin|benzos|meds)";

    /** Idioms and hyperbole, each with words one of which every match contains. */
    private static final List<Idiom> IDIOMS = List.of(
            new Idiom("kill", "\\bkill(?:ed|ing|s)? it\\b"),
            new Idiom("dying", "\\bdying (?:to|for)\\b"),
            new Idiom("die for", "\\bto die for\\b"),
            new Idiom("laugh|embarrass|shame|boredom|cuteness|curiosity", "\\b(?:die|died|dying|dead) (?:of|from|with) (?:laughter|laughing|embarrassment|shame|boredom|cuteness|curiosity)\\b"),
            new Idiom("laughing", "\\b(?:died|dying|die) laughing\\b"),
            new Idiom("rather die", "\\brather die than\\b"),
            new Idiom("died a little", "\\bdied a little inside\\b"),
            new Idiom("die hard", "\\bdie hard\\b"),
            new Idiom("to death", "\\b(?:bored|scared|frightened|sick|worried|freezing|starving|tickled|loved) to death\\b"),
            new Idiom("dead tired", "\\bdead tired\\b"),
            new Idiom("drop dead", "\\bdrop dead\\b"),
            new Idiom("dead body", "\\bover my dead body\\b"),
            new Idiom("kill", "\\bkill(?:ing)? (?:some )?time\\b"),
            new Idiom("kill", "\\bkill two birds\\b"),
            new Idiom("kill", "\\bcould kill for (?:a|an|some|that)\\b"),
            new Idiom("kill", "\\bkill(?:ing)? (?:the )?(?:lights|engine|music|noise|mood|vibe|bugs|weeds|game|power)\\b"),
            new Idiom("kindness", "\\bkill (?:\\w+ )?with kindness\\b"),
            new Idiom("shoot", "\\bshoot (?:me|you|him|her|them|us) (?:a|an|your|the|over|back) ?(?:quick )?(?:text|email|message|note|line|call|link|form|invoice|reminder)?\\b"),
            new Idiom("hit ", "\\bhit (?:me|him|her|us) (?:up|back|with)\\b"),
            new Idiom("hit me", "\\b(?:it|that|this|reality) (?:just |finally |really )?hit me\\b"),
            new Idiom("gun", "\\b(?:glue|nail|water|nerf|toy|squirt|heat|staple|paint|spray|caulk|caulking|massage|temperature) guns?\\b"),
            new Idiom("gun show", "\\bgun show\\b"),
            new Idiom("top gun", "\\btop gun\\b"),
            new Idiom("overdos", "\\boverdos(?:e|ed|ing) on (?:netflix|coffee|caffeine|sugar|candy|chocolate|tv|youtube|tiktok|cheese|pizza|work|christmas|reality tv|cookies)\\b"),
            new Idiom("suicide ", "\\bsuicide (?:squad|prevention|awareness|doors)\\b"),
            new Idiom("cut", "\\bcut(?:ting)? (?:my |the |our )?(?:hair|losses|ties|class|classes|corners|costs|carbs|sugar|back|down|out|the cord|coupons|grass|lawn|hours|budget|cable)\\b"),
            new Idiom("myself", "\\b(?:burned|burnt|cut|hurt|scratched) myself (?:cooking|shaving|chopping|baking|gardening|(?:on|with) (?:the|a|my) "
                    + "(?:stove|oven|pan|pot|iron|kettle|knife|glass|door|corner|grill|curling iron|straightener|paper)|"
                    + "while (?:cooking|shaving|chopping|baking|gardening|working|running|hiking|lifting|playing|moving)|"
                    + "at (?:the )?(?:gym|work)|playing \\w+)\\b"),
            new Idiom("end ", "\\bend (?:it|things) with (?:him|her|them|my \\w+)\\b"),
            new Idiom("hurt", "\\bhurt (?:his|her|their|my|your) (?:feelings|chances|back|knee|ankle|wrist|shoulder|neck)\\b"),
            new Idiom("abuse", "\\b(?:substance|drug|alcohol) abuse\\b"));

    /** Only when the message laughs: "I'm going to kill my brother for spoiling the finale lol". */
    private static final Pattern HYPERBOLE = Pattern.compile(
            "\\b(?:going to|will|could|might|would|to|gonna) (?:literally |actually |seriously )?kill (?:him|her|you|them|my \\w+)\\b");
    private static final Pattern LAUGHTER = Pattern.compile("\\blol\\b");

    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "nunca", "nor", "without", "stopped",
            "quit", "clean", "free", "ni", "tampoco");
    private static final Set<String> FILLERS = Set.copyOf(List.of("i", "am", "is", "are", "was", "were", "be", "been",
            "being", "have", "has", "had", "do", "does", "did", "would", "will", "could", "should", "can", "going", "to",
            "want", "wanted", "wanting", "planning", "plan", "plans", "ever", "really", "actually", "honestly", "any",
            "thoughts", "thought", "thinking", "think", "about", "of", "from", "urges", "urge", "intention", "intent",
            "intentions", "feel", "feeling", "felt", "like", "the", "a", "an", "all", "ideas", "desire", "even",
            "currently", "in", "for", "months", "weeks", "years", "days", "month", "week", "year", "since", "trying",
            "try", "me", "quiero", "voy", "tengo", "ganas", "de", "pienso", "en", "te", "se", "lo", "longer", "more",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "serious", "active",
            "current", "recent", "recently"));
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /**
     * Words at least one of which every match of a rule contains. Checking them with
     * {@code String.contains} first skips most regexes on most messages.
     */
    private static final Map<String, String> ANCHORS = Map.ofEntries(
            Map.entry("si.kill-myself", "myself"),
            Map.entry("si.end-my-life", "life"),
            Map.entry("si.suicide", "suicid"),
            Map.entry("si.want-to-die", "die|dead|exist|alive|myself|end it"),
            Map.entry("si.i-should-die", "die|dead"),
            Map.entry("si.thoughts-of", "thought|thinking|idea|urge"),
            Map.entry("si.end-it-all", "end "),
            Map.entry("si.blow-brains", "brains|bullet"),
            Map.entry("si.want-someone-to-kill-me", "kill me"),
            Map.entry("si.es.morir", "morir|muert"),
            Map.entry("si.es.matarme", "matar|suicid|quitarme|acabar con"),
            Map.entry("si.es.pienso", "pienso en"),
            Map.entry("passive.better-off-without-me", "without me"),
            Map.entry("passive.better-off-dead", "better off|rather be"),
            Map.entry("passive.nobody-would-miss", "miss|notice|care"),
            Map.entry("passive.never-wake-up", "wake up|sleep forever"),
            Map.entry("passive.wish-dead", "wish|hope"),
            Map.entry("passive.disappear-forever", "disappear|vanish|existing"),
            Map.entry("passive.do-not-want-to-live", "do not want to"),
            Map.entry("passive.no-reason-to-live", "reason|point|purpose|live for"),
            Map.entry("passive.point-of-living", "what is the point"),
            Map.entry("passive.tired-of-living", "tired of"),
            Map.entry("passive.burden", "burden"),
            Map.entry("passive.better-if-i", "better|happier"),
            Map.entry("passive.wish-it-would-end", "wish"),
            Map.entry("passive.done-with-life", "done with|finished with"),
            Map.entry("passive.not-worth-living", "worth"),
            Map.entry("passive.wish-hit", "hit|hope"),
            Map.entry("passive.not-sure-want-to-live", "want|wanna"),
            Map.entry("passive.es", "no quiero|mejor sin mi|extranaria|vale la pena|no despertar"),
            Map.entry("plan.how-when", "plan|figured out|worked out|decided|tonight is the night"),
            Map.entry("means.pills-saved", "pill|tablet|medic|killer|oxy|xanax|tylenol|advil|insulin|ambien|lithium|opioid|fentanyl|percocet|vicodin|benzo|meds"),
            Map.entry("means.enough-pills", "enough"),
            Map.entry("means.gun", "gun|pistol|rifle|firearm|revolver"),
            Map.entry("means.rope", "noose|rope"),
            Map.entry("means.blades", "razor|blade"),
            Map.entry("means.goodbye-letters", "goodbye|farewell|suicide|last|final"),
            Map.entry("means.giving-away", "giv|gave|need|in order"),
            Map.entry("means.jump-crash", "jump|crash|driv|steer|step|slit|slash"),
            Map.entry("means.es", "pastillas|pistola|arma|cuerda|despedida|regalando|tirarme"),
            Map.entry("self-harm.verb-myself", "myself"),
            Map.entry("self-harm.words", "self "),
            Map.entry("self-harm.cutting", "cut|scar|burn|razor|blade|lighter"),
            Map.entry("self-harm.es", "dano|corto|corte|cortar|cortand|lastim|autolesion"),
            Map.entry("overdose.word", "overdos|sobredosis"),
            Map.entry("overdose.es", "tome"),
            Map.entry("others.verb-person", "kill|murder|hurt|stab|shoot|strangl|chok|beat up|poison|smother|drown|harm"),
            Map.entry("others.kill-yourself", "kill yourself"),
            Map.entry("others.shoot-up", "shoot up|pay for what|a gun to"),
            Map.entry("others.es", "matar|lastimar|hacerle dano|golpear"),
            Map.entry("abuse.hurts-me", "hit|beat|slap|punch|kick|chok|strangl|push|shov|rape|molest|abus|threaten|hurt|burn|touch|grab|lock|chase"),
            Map.entry("abuse.afraid-home", "afraid|scared|terrified|frightened"),
            Map.entry("abuse.not-safe", "safe"),
            Map.entry("abuse.threatened", "threaten"),
            Map.entry("abuse.words", "abus|domestic violence|molested|rape"),
            Map.entry("abuse.hiding", "hid"),
            Map.entry("abuse.es", "me pega|me golpe|me maltrat|me amenaz|me pego|me viol|me toca|miedo de|segur|violencia"),
            Map.entry("voices.telling-me", "voice"),
            Map.entry("voices.hearing", "voices"),
            Map.entry("voices.told-to", " me to "),
            Map.entry("voices.es", "voz|voces"),
            Map.entry("someone.reflexive", "himself|herself|themsel"),
            Map.entry("someone.wants-to-die", "die|dead|himself|herself|themselves|end |not be|disappear"),
            Map.entry("someone.their-life", "life"),
            Map.entry("someone.does-not-want-to-live", "want to"),
            Map.entry("someone.took-pills", "pills|bottle|overdose|tablets|medication"),
            Map.entry("someone.goodbye", "goodbye|suicide|farewell"),
            Map.entry("someone.is-cutting", "cutting"),
            Map.entry("someone.es", "matar|morir|suicid|se corta|cortando"),
            Map.entry("hopeless.can-not-go-on", "can not|disappear|way out|to stop|to end"));

    private static final List<Rule> RULES = rules();

    private static final String HOPELESS_ANCHORS = "hope|point|worthless|useless|failure|never|nothing|can not|ya no puedo|"
            + "esperanza|sentido|bother|up on";
    private static final String RELAPSE_ANCHORS = "relaps|again|using|drinking|back on|wagon|slipped|shot up|recai|volvi";
    private static final String PILL_ANCHORS = ANCHORS.get("means.pills-saved") + "|bottle";
    private static final String TAKE_ANCHORS = "took|taken|taking|take|swallow|popped|downed|ate|drank|chugged";

    /** Every anchor of every rule, idiom and combination, found in one pass. */
    private static final Anchors AUTOMATON = automaton();
    private static final int[] HOPELESS_IDS = AUTOMATON.ids(HOPELESS_ANCHORS);
    private static final int[] RELAPSE_IDS = AUTOMATON.ids(RELAPSE_ANCHORS);
    private static final int[] PILL_IDS = AUTOMATON.ids(PILL_ANCHORS);
    private static final int[] TAKE_IDS = AUTOMATON.ids(TAKE_ANCHORS);
    private static final int[] LAUGHTER_IDS = AUTOMATON.ids("lol");
    private static final int[][] IDIOM_IDS = IDIOMS.stream().map(i -> AUTOMATON.ids(i.anchors)).toArray(int[][]::new);
    private static final int[][] RULE_IDS = RULES.stream().map(r -> AUTOMATON.ids(r.anchors)).toArray(int[][]::new);
    /** For each anchor id, the rules (as bits by index) that anchor gates. */
    private static final long[][] RULES_BY_ANCHOR = rulesByAnchor();

    private static long[][] rulesByAnchor() {
        if (RULES.size() > 128) {
            throw new IllegalStateException("more than 128 rules");
        }
        long[][] out = new long[AUTOMATON.size()][2];
        for (int r = 0; r < RULES.size(); r++) {
            for (int id : RULE_IDS[r]) {
                out[id][r >>> 6] |= 1L << (r & 63);
            }
        }
        return out;
    }

    private static Anchors automaton() {
        List<String> all = new ArrayList<>();
        for (String a : ANCHORS.values()) {
            all.addAll(List.of(a.split("\\|")));
        }
        for (Idiom i : IDIOMS) {
            all.addAll(List.of(i.anchors.split("\\|")));
        }
        all.addAll(List.of((HOPELESS_ANCHORS + "|" + RELAPSE_ANCHORS + "|" + PILL_ANCHORS + "|" + TAKE_ANCHORS + "|lol")
                .split("\\|")));
        return Anchors.of(all);
    }

    private static final Pattern HOPELESS = Pattern.compile("\\b(?:hopeless|no hope|lost (?:all )?hope|"
            + "(?:give|giving|gave|given) up on (?:everything|life|myself|me|recovery|getting better)|what is the point|"
            + "no point (?:in )?(?:trying|anything|going on|living|life|anymore)|pointless|worthless|useless|failure|"
            + "never (?:going to )?get better|nothing (?:will|is going to|is ever going to|is ever gonna) (?:ever )?(?:change|get better|help)|"
            + "can not (?:stop|go on|keep going|do this)|ya no puedo|sin esperanza|no tiene sentido|why bother)\\b");
    private static final Pattern RELAPSE = Pattern.compile("\\b(?:relapsed|relapse|relapsing|(?:drinking|using|drunk|high) again|"
            + "(?:started|start|back to) (?:using|drinking)|back on (?:the )?(?:heroin|pills|meth|coke|cocaine|fentanyl|dope|bottle|"
            + "drugs|booze|oxy)|fell off the wagon|slipped and (?:drank|used)|(?:used|drank) again|shot up|"
            + "(?:got|get|getting) (?:high|drunk|wasted) again|recaida|recai|volvi a (?:beber|tomar|consumir))\\b");
    private static final Pattern STATED_TIME = Pattern.compile("\\b(?:tonight|right now|today|this weekend|tomorrow|"
            + "this week|when everyone is asleep|after (?:work|school|everyone leaves)|esta noche|hoy|manana)\\b");
    private static final Pattern PLAN_WORDS = Pattern.compile("\\b(?:plan|planned|planning|decided|figured out how|"
            + "know (?:exactly )?how i (?:would|will|am going to)|know exactly how|picked (?:a|the) (?:day|date|place|spot|time)|"
            + "set a date|how and when|when and how|tengo un plan)\\b");
    private static final Pattern TAKE_VERB = Pattern.compile("\\b(?:took|taken|taking|take|swallowed|swallow|swallowing|"
            + "popped|downed|ate|drank|chugged)\\b[^|]{0,30}?\\b(?:whole bottle|entire bottle|full bottle|all (?:of )?(?:my|the|them|those|it)|"
            + "(?:a )?bunch of|(?:a )?handful|too many|lots of|a lot of|way too|every (?:pill|one|last)|\\d+ of|twenty|thirty|fifty)\\b");
    private static final Pattern PILL_WORD = Pattern.compile("\\b" + PILLS + "\\b|\\bbottle\\b");

    private PhraseRiskRules() {
    }

    @Override
    public RiskAssessment assess(String message) {
        Objects.requireNonNull(message, "message == null");
        List<RiskIndicator> found = find(MessageText.normalize(message));
        return found.isEmpty() ? RiskAssessment.none() : RiskAssessment.of(found);
    }

    /**
     * Every rule indicator in a canonical text ({@link MessageText#normalize}). Phrases never reach
     * across a clause boundary, so each rule's expression runs only on the clauses that hold one of
     * its anchor words, which keeps the cost near one pass over the text.
     */
    public List<RiskIndicator> find(String text) {
        List<RiskIndicator> found = new ArrayList<>();
        long[] presentAll = new long[AUTOMATON.words()];
        StringBuilder maskedAll = new StringBuilder(text.length());
        List<String> takeClauses = null;
        Matcher hopeless = null;
        Matcher relapse = null;
        long doneLow = 0;
        long doneHigh = 0;
        int start = 0;
        while (true) {
            int bar = text.indexOf(" | ", start);
            int end = bar < 0 ? text.length() : bar;
            String clause = text.substring(start, end);
            long[] present = AUTOMATON.present(clause);
            boolean any = !isZero(present);
            String masked = any ? mask(clause, present) : clause;
            if (maskedAll.length() > 0) {
                maskedAll.append(" | ");
            }
            maskedAll.append(masked);
            if (any) {
                for (int i = 0; i < present.length; i++) {
                    presentAll[i] |= present[i];
                }
                // Only the rules one of whose anchors this clause holds, in rule order.
                long[] candidates = candidateRules(present);
                for (int r = 0; r < RULES.size(); r++) {
                    long bit = 1L << (r & 63);
                    boolean candidate = (candidates[r >>> 6] & bit) != 0;
                    boolean done = ((r < 64 ? doneLow : doneHigh) & bit) != 0;
                    if (!candidate || done) {
                        continue;
                    }
                    Rule rule = RULES.get(r);
                    Matcher m = rule.pattern.matcher(masked);
                    while (m.find()) {
                        if (!negated(masked, m.start())) {
                            found.add(RiskIndicator.of(rule.category, rule.name, m.group()));
                            if (r < 64) {
                                doneLow |= bit;
                            } else {
                                doneHigh |= bit;
                            }
                            break;
                        }
                    }
                }
                if (hopeless == null && Anchors.any(present, HOPELESS_IDS)) {
                    hopeless = firstUnnegated(HOPELESS, masked);
                }
                if (relapse == null && Anchors.any(present, RELAPSE_IDS)) {
                    relapse = firstUnnegated(RELAPSE, masked);
                }
                if (Anchors.any(present, TAKE_IDS)) {
                    if (takeClauses == null) {
                        takeClauses = new ArrayList<>(2);
                    }
                    takeClauses.add(masked);
                }
            }
            if (bar < 0) {
                break;
            }
            start = bar + 3;
        }
        Matcher take = null;
        if (takeClauses != null && Anchors.any(presentAll, PILL_IDS)) {
            for (String clause : takeClauses) {
                take = firstUnnegated(TAKE_VERB, clause);
                if (take != null) {
                    break;
                }
            }
        }
        if (!found.isEmpty() || hopeless != null || take != null) {
            addCombinations(maskedAll.toString(), found, hopeless, relapse, take);
        }
        return found;
    }

    /** The rules (as bits by index) with at least one anchor among {@code present}. */
    private static long[] candidateRules(long[] present) {
        long[] out = new long[2];
        for (int w = 0; w < present.length; w++) {
            long bits = present[w];
            while (bits != 0) {
                int id = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                long[] rules = RULES_BY_ANCHOR[id];
                out[0] |= rules[0];
                out[1] |= rules[1];
            }
        }
        return out;
    }

    private static boolean isZero(long[] bits) {
        for (long b : bits) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** A matcher positioned on the first match that no negation governs, or null. */
    private static Matcher firstUnnegated(Pattern pattern, String clause) {
        Matcher m = pattern.matcher(clause);
        while (m.find()) {
            if (!negated(clause, m.start())) {
                return m;
            }
        }
        return null;
    }

    /** Rules that need two things in one message: relapse and hopelessness, ideation and a time or plan. */
    private static void addCombinations(String masked, List<RiskIndicator> found, Matcher hopeless, Matcher relapse,
            Matcher take) {
        if (hopeless != null && relapse != null) {
            found.add(RiskIndicator.of(RiskCategory.RELAPSE_WITH_HOPELESSNESS, "relapse.hopeless",
                    relapse.group() + " ... " + hopeless.group()));
        } else if (hopeless != null) {
            found.add(RiskIndicator.of(RiskCategory.HOPELESSNESS, "hopeless.words", hopeless.group()));
        }
        boolean selfDirected = found.stream().anyMatch(i -> i.category() == RiskCategory.SUICIDAL_IDEATION
                || i.category() == RiskCategory.PASSIVE_IDEATION || i.category() == RiskCategory.SELF_HARM
                || i.category() == RiskCategory.SOMEONE_ELSE_AT_RISK);
        if (selfDirected) {
            Matcher time = STATED_TIME.matcher(masked);
            if (time.find()) {
                found.add(RiskIndicator.of(RiskCategory.PLAN, "plan.stated-time", time.group()));
            }
            Matcher plan = PLAN_WORDS.matcher(masked);
            if (plan.find() && !negated(masked, plan.start())) {
                found.add(RiskIndicator.of(RiskCategory.PLAN, "plan.words", plan.group()));
            }
        }
        if (take != null && PILL_WORD.matcher(masked).find()) {
            found.add(RiskIndicator.of(RiskCategory.OVERDOSE, "overdose.took-many", take.group()));
        }
    }

    static String mask(String text, long[] present) {
        String out = text;
        for (int i = 0; i < IDIOMS.size(); i++) {
            if (Anchors.any(present, IDIOM_IDS[i])) {
                out = IDIOMS.get(i).pattern.matcher(out).replaceAll(MASK);
            }
        }
        if (Anchors.any(present, LAUGHTER_IDS) && LAUGHTER.matcher(out).find()) {
            // Only the clause that laughs: "kill him when he gets home. that meeting killed me lol" stays risk.
            String[] clauses = out.split(" \\| ", -1);
            for (int i = 0; i < clauses.length; i++) {
                if (LAUGHTER.matcher(clauses[i]).find()) {
                    clauses[i] = HYPERBOLE.matcher(clauses[i]).replaceAll(MASK);
                }
            }
            out = String.join(" | ", clauses);
        }
        return out;
    }

    /**
     * True when a negation governs the words starting at {@code start}: walking back through its
     * clause over filler words only ("I have never had any thoughts of ..."), a negation is met
     * before any other word. "can't stop thinking about ..." is not negated: "stop" is not filler.
     */
    static boolean negated(String text, int start) {
        int end = start;
        int steps = 0;
        while (end > 0 && steps < 8) {
            int wordEnd = end - 1;
            while (wordEnd >= 0 && text.charAt(wordEnd) == ' ') {
                wordEnd--;
            }
            if (wordEnd < 0) {
                return false;
            }
            int wordStart = text.lastIndexOf(' ', wordEnd) + 1;
            String word = text.substring(wordStart, wordEnd + 1);
            if (word.equals(MessageText.BOUNDARY) || word.equals("but") || word.equals("pero") || word.equals(MASK)) {
                return false;
            }
            if (NEGATIONS.contains(word)) {
                return true;
            }
            if (!FILLERS.contains(word) && !DIGITS.matcher(word).matches()) {
                return false;
            }
            end = wordStart;
            steps++;
        }
        return false;
    }

    private static final class Rule {
        final String name;
        final RiskCategory category;
        final Pattern pattern;
        final String anchors;

        Rule(String name, RiskCategory category, String regex) {
            this.name = name;
            this.category = category;
            this.pattern = Pattern.compile(regex);
            String a = ANCHORS.get(name);
            if (a == null) {
                throw new IllegalStateException("rule " + name + " has no anchors");
            }
            this.anchors = a;
        }
    }

    private static final class Idiom {
        final String anchors;
        final Pattern pattern;

        Idiom(String anchors, String regex) {
            this.anchors = anchors;
            this.pattern = Pattern.compile(regex);
        }
    }

    private static List<Rule> rules() {
        List<Rule> r = new ArrayList<>();
        RiskCategory si = RiskCategory.SUICIDAL_IDEATION;
        RiskCategory passive = RiskCategory.PASSIVE_IDEATION;
        RiskCategory means = RiskCategory.MEANS_OR_PREPARATION;
        RiskCategory plan = RiskCategory.PLAN;
        RiskCategory selfHarm = RiskCategory.SELF_HARM;
        RiskCategory overdose = RiskCategory.OVERDOSE;
        RiskCategory others = RiskCategory.HARM_TO_OTHERS;
        RiskCategory abuse = RiskCategory.ABUSE_OR_UNSAFE_HOME;
        RiskCategory voices = RiskCategory.COMMAND_HALLUCINATIONS;
        RiskCategory someone = RiskCategory.SOMEONE_ELSE_AT_RISK;
        RiskCategory hopeless = RiskCategory.HOPELESSNESS;

        // Explicit suicidal ideation.
        r.add(new Rule("si.kill-myself", si, "\\b(?:kill|killing|killed|kil|hang|hanging|hanged|shoot|shooting|shot|drown|"
                + "drowning|off|offing|suffocate|suffocating|poison|poisoning|electrocute|gas|smother) myself\\b"));
        r.add(new Rule("si.end-my-life", si, "\\b(?:end|ending|take|taking|took) my (?:own )?life\\b(?! back)"));
        r.add(new Rule("si.suicide", si, "\\bsuicid(?:e|al|ality|ally)\\b"));
        r.add(new Rule("si.want-to-die", si, "\\b(?:want|wanted|wanting|wish|wishing|ready|planning|deserve|need|going) to "
                + "(?:die|be dead|not exist|not be alive|kill myself|end it all)\\b"));
        r.add(new Rule("si.i-should-die", si, "\\bi (?:should|deserve to|need to|might as well|want to|just want to|really want to)(?: just| really)? (?:die|be dead)\\b"));
        r.add(new Rule("si.thoughts-of", si, "\\b(?:thoughts?|thinking|thought|ideas?|urges?) (?:of|about) (?:suicide|"
                + "killing myself|dying|death|ending (?:it|it all|my life|everything)|not being (?:here|alive))\\b"));
        r.add(new Rule("si.end-it-all", si, "\\bend (?:it all|everything|it for good|it forever|it tonight|it now|it today|it soon)\\b"));
        r.add(new Rule("si.blow-brains", si, "\\bblow my brains out\\b|\\bput a bullet in my\\b"));
        r.add(new Rule("si.want-someone-to-kill-me", si, "\\b(?:want|wish|need) (?:someone|somebody|something) (?:to|would) kill me\\b"));
        r.add(new Rule("si.es.morir", si, "\\b(?:me )?quiero morir(?:me)?\\b|\\bganas de morir(?:me)?\\b|\\bquiero estar muerta?\\b"));
        r.add(new Rule("si.es.matarme", si, "\\b(?:matarme|suicidarme|me voy a (?:matar|suicidar)|quitarme la vida|"
                + "acabar con (?:mi vida|todo))\\b"));
        r.add(new Rule("si.es.pienso", si, "\\bpienso en (?:morir|matarme|suicidarme|la muerte|quitarme la vida)\\b"));

        // Passive ideation.
        r.add(new Rule("passive.better-off-without-me", passive, "\\b(?:better|happier|easier) (?:off )?without me\\b"));
        r.add(new Rule("passive.better-off-dead", passive, "\\b(?:better off|rather be) (?:if i (?:was|were|am) )?(?:gone|dead|"
                + "not (?:here|around|alive))\\b"));
        r.add(new Rule("passive.nobody-would-miss", passive, "\\b(?:nobody|no one|noone|who) (?:would|will|is going to|"
                + "would even|will even) (?:even )?(?:miss|notice|care)\\b"));
        r.add(new Rule("passive.never-wake-up", passive, "\\b(?:sleep|bed) and (?:never|not) wake up\\b|"
                + "\\b(?:never|not) (?:to )?wake up (?:again|ever|tomorrow)\\b|"
                + "\\b(?:wish|hope|want|pray|praying) (?:that )?(?:i|to) (?:would |could |will |do |did )?(?:not|never) wake up\\b|"
                + "\\bdo not want to wake up\\b|\\bsleep forever\\b"));
        r.add(new Rule("passive.wish-dead", passive, "\\b(?:wish|hope) (?:i|that i) (?:was|were|had|would|could) (?:be )?"
                + "(?:dead|never been born|not born|gone|die|just die|disappear|stop existing|not exist)\\b"));
        r.add(new Rule("passive.disappear-forever", passive, "\\b(?:disappear|vanish|stop existing) (?:forever|for good|"
                + "permanently|and never come back)\\b"));
        r.add(new Rule("passive.do-not-want-to-live", passive, "\\bdo not want to (?:live|exist|be alive|be here|go on|keep going|"
                + "keep living|be on this earth)\\b(?! with| in | at | near| there| on | under| for | without| alone| by | next| so )"));
        r.add(new Rule("passive.no-reason-to-live", passive, "\\b(?:no|not any|not a|see no|nothing to) (?:reason|point|purpose) "
                + "(?:to|in|for|of) (?:live|living|go on|going on|keep going|be alive|being alive|wake up|be here|being here|"
                + "stay alive|staying alive|life)\\b|\\bnothing (?:left )?to live for\\b"));
        r.add(new Rule("passive.point-of-living", passive, "\\bwhat is the point (?:of|in) (?:living|life|being alive|going on|"
                + "waking up)\\b"));
        r.add(new Rule("passive.tired-of-living", passive, "\\btired of (?:living|being alive|life|existing|being here)\\b"
                + "(?! with| in | at | paycheck| out of| under| on | alone| next)"));
        r.add(new Rule("passive.burden", passive, "\\b(?:i am|i feel like (?:i am )?|being|just) (?:a|such a|nothing but a) burden\\b"));
        r.add(new Rule("passive.better-if-i", passive, "\\b(?:everyone|everybody|my family|my kids|they|the world) (?:would|will) "
                + "be (?:better|happier) (?:off )?(?:if i|without)\\b"));
        r.add(new Rule("passive.wish-it-would-end", passive, "\\bwish (?:it|everything|this|all of this) (?:would|could) "
                + "(?:all )?(?:just )?(?:end|stop)(?: forever| for good)?\\b"));
        r.add(new Rule("passive.done-with-life", passive, "\\b(?:done|finished) with (?:life|living|everything|it all|this life)\\b"));
        r.add(new Rule("passive.not-worth-living", passive, "\\b(?:not|no longer|never) worth (?:living|it anymore|saving)\\b"));
        r.add(new Rule("passive.wish-hit", passive, "\\b(?:wish|hope|hoping) (?:a|some|that a) (?:car|bus|truck|train) "
                + "(?:would )?(?:hit|hits) me\\b|\\bhope (?:i|that i) (?:die|get hit|crash|do not make it)\\b"));
        r.add(new Rule("passive.not-sure-want-to-live", passive, "\\b(?:do not know if|not sure if|not sure|unsure if|unsure) i (?:want|wanna|even want) to "
                + "(?:live|be alive|be here|keep going|go on)\\b"));
        r.add(new Rule("passive.es", passive, "\\bno quiero (?:vivir|seguir viviendo|seguir aqui|despertar|existir)\\b|"
                + "\\b(?:estarian|estaria|estarias|estan|seria) mejor sin mi\\b|\\bnadie me extranaria\\b|"
                + "\\bno vale la pena vivir\\b|\\bdormir y no despertar\\b"));

        // Plans, means and preparations.
        r.add(new Rule("plan.how-when", plan, "\\b(?:planned|planning|plan|figured out|worked out|decided) (?:out )?(?:how|when|"
                + "where) (?:i (?:will|would|am going to|should) |to )?(?:do it|die|kill myself|end it|end my life)\\b|"
                + "\\btonight is the night\\b|\\b(?:have|got|made|wrote|writing) (?:a|the|my) (?:suicide )?plan to\\b"));
        r.add(new Rule("means.pills-saved", means, "\\b(?:saving|saved|save|stockpiling|stockpiled|stockpile|hoarding|hoarded|"
                + "stashing|stashed|stash|collecting|collected|hiding|hid|hidden|storing up|building up) (?:up )?(?:all )?(?:of )?"
                + "(?:my |the |some |a bunch of |enough |extra |a stash of |up my )?" + PILLS + "\\b"));
        r.add(new Rule("means.enough-pills", means, "\\benough " + PILLS + " (?:to|for)\\b(?! last| get| make it| cover| the (?:week|month|trip))"));
        r.add(new Rule("means.gun", means, "\\b(?:bought|buy|buying|got|get|getting|have|own|purchased|picked up|found|borrowed|"
                + "took|loaded|load|loading|cleaning|holding|hold) (?:a |my |the |myself a |his |her |another |dads |a new )?"
                + "(?:gun|guns|pistol|rifle|firearm|handgun|shotgun|revolver)\\b"));
        r.add(new Rule("means.rope", means, "\\b(?:tied|tie|tying|made|making|bought|got) (?:a |the )?(?:noose|rope to)\\b|\\bnoose\\b"));
        r.add(new Rule("means.blades", means, "\\b(?:bought|got|buying|have|keep|hiding|hid) (?:some |a pack of |new )?"
                + "(?:razor blades?|razors|blades)\\b"));
        r.add(new Rule("means.goodbye-letters", means, "\\b(?:wrote|write|writing|written|left|leaving|finished) (?:a |my |some |"
                + "the )?(?:goodbye|farewell|suicide|last|final) (?:letters?|notes?|messages?|texts?|videos?|posts?)\\b|"
                + "\\b(?:letters?|notes?) to [^|]{0,40}?\\bgoodbye\\b|\\b(?:said|saying|say) my goodbyes\\b|"
                + "\\bthis is (?:my )?(?:goodbye|last message|final message|last text)\\b|\\bsuicide note\\b"));
        r.add(new Rule("means.giving-away", means, "\\b(?:giving|gave|give|given|giving away) (?:away )?(?:all )?(?:of )?my "
                + "(?:stuff|things|belongings|possessions|valuables|pets?|cat|dog|guitar|jewelry|savings)\\b|"
                + "\\bwill not need (?:it|them|these|this|my stuff|my things|anything) (?:anymore|any longer|where i am going|soon)\\b|"
                + "\\b(?:putting|put|get|got|getting) (?:my )?(?:affairs|things|everything) in order\\b"));
        r.add(new Rule("means.jump-crash", means, "\\b(?:jump|jumping|jumped) (?:off|from|in front of) (?:a |the |my |that )?"
                + "(?:bridge|building|roof|balcony|cliff|overpass|train|bus|car|window|parking garage|tower|truck)\\b|"
                + "\\b(?:crash|crashing|drive|driving|steer|steering) (?:my car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|"
                + "cliff|oncoming|traffic|river|lake|pole)\\b|\\bstep(?:ping)? in front of (?:a |the )?(?:train|bus|truck|car)\\b|"
                + "\\b(?:slit|slitting|slash|slashing) (?:my )?(?:wrists?|throat|veins?)\\b"));
        r.add(new Rule("means.es", means, "\\b(?:guardando|guarde|juntando|junte|escondiendo) (?:mis |las |unas |todas las )?pastillas\\b|"
                + "\\b(?:compre|tengo|consegui) (?:una |un )?(?:pistola|arma|cuerda)\\b|\\bcartas? de despedida\\b|"
                + "\\bregalando (?:todas )?mis cosas\\b|\\btirarme (?:del|de un|de la) (?:puente|edificio|techo)\\b"));

        // Self-harm.
        r.add(new Rule("self-harm.verb-myself", selfHarm, "\\b(?:cut|cutting|cuts|burn|burned|burnt|burning|hurt|hurting|hurts|"
                + "harm|harming|harmed|scratch|scratching|scratched|hit|hitting|punch|punching|punched|starve|starving|bite|"
                + "biting|carve|carving|carved|bang|banging|injure|injuring|injured|punish|punishing) myself\\b"));
        r.add(new Rule("self-harm.words", selfHarm, "\\bself (?:harm|harming|harmed|injury|injuring|injure|mutilation|mutilate)\\b"));
        r.add(new Rule("self-harm.cutting", selfHarm, "\\bcutting (?:again|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|body))\\b|"
                + "\\b(?:started|start|been|keep|kept|back to|relapsed (?:on|into)|urge to|urges to|want to|wanted to) cut(?:ting)?\\b"
                + "(?! (?:back|down|out|carbs|sugar|costs|ties|corners|class|school|hair|my hair|the grass|the lawn|coupons|in line))|"
                + "\\b(?:cut|cutting|cuts|scars?|burns?) (?:on|into) my (?:arms?|wrists?|legs?|thighs?|skin)\\b|"
                + "\\b(?:razor|blade|lighter) (?:to|on|against) my (?:skin|arm|wrist|leg|thigh)\\b"));
        r.add(new Rule("self-harm.es", selfHarm, "\\b(?:hacerme dano|me hago dano|me hice dano|me haga dano|me corto|me corte|cortarme|"
                + "cortandome|me lastimo|lastimarme|me lastime|autolesion(?:es|arme)?)\\b"));

        // Overdose.
        r.add(new Rule("overdose.word", overdose, "\\boverdos(?:e|ed|ing)\\b|\\bsobredosis\\b"));
        r.add(new Rule("overdose.es", overdose, "\\b(?:me )?tome (?:todas )?(?:las |mis )?pastillas\\b|"
                + "\\b(?:me )?tome (?:un|el) (?:frasco|bote) (?:entero|completo)\\b"));

        // Harm to others.
        r.add(new Rule("others.verb-person", others, "\\b(?:kill|killing|murder|murdering|hurt|hurting|stab|stabbing|shoot|shooting|"
                + "strangle|strangling|choke|choking|beat up|poison|poisoning|smother|smothering|drown|drowning|harm|harming) "
                + "(?:him|her|them|someone|somebody|everyone|everybody|people|my " + PEOPLE + "|the baby|that (?:guy|man|woman|"
                + "person|kid|bitch|bastard)|my own (?:baby|child|kids?))\\b(?! (?:feelings|back|career|chances|reputation|case|"
                + "a text|an email|a message|a note|a line|a call|with kindness|over text|an invite))"));
        r.add(new Rule("others.kill-yourself", others, "\\bkill yourself\\b"));
        r.add(new Rule("others.shoot-up", others, "\\bshoot up (?:the|my|a) (?:school|office|work|workplace|church|place|mall|party)\\b|"
                + "\\b(?:make|making) (?:them|him|her|everyone|all of them) pay for what\\b|\\b(?:bring|take) a gun to "
                + "(?:school|work|the office)\\b"));
        r.add(new Rule("others.es", others, "\\b(?:matar|lastimar|hacerle dano|golpear) (?:a )?(?:mi|el|ella|ellos|alguien|todos)\\b|"
                + "\\b(?:lo|la|los) voy a matar\\b"));

        // Abuse or an unsafe home.
        r.add(new Rule("abuse.hurts-me", abuse, "\\b(?:he|she|they|my " + PEOPLE + ") (?:(?:always|still|sometimes|keeps|just|often|"
                + "has|had|again|also|even|then|literally|really|got drunk and) )?(?:hit|hits|hitting|beat|beats|beating|slapped|slaps|"
                + "punched|punches|kicked|kicks|choked|chokes|choking|strangled|pushed|shoved|raped|molested|abused|abuses|abusing|"
                + "threatened|threatens|hurt|hurts|burned|touched|touches|grabbed|locked|chased|strangles) me\\b"
                + "(?! up| with (?:what|her words|his words)| back| emotionally| out of)"));
        r.add(new Rule("abuse.afraid-home", abuse, "\\b(?:afraid|scared|terrified|frightened) (?:to go|of going|to be|of being) "
                + "(?:back )?home\\b|\\b(?:afraid|scared|terrified|frightened) of (?:my )?(?:husband|wife|partner|boyfriend|girlfriend|"
                + "dad|father|stepdad|stepfather|ex)\\b"));
        r.add(new Rule("abuse.not-safe", abuse, "\\b(?:not|do not feel|never feel|no longer|feel un|un) ?safe (?:at home|in my "
                + "(?:home|house|apartment)|with (?:him|her|my \\w+)|around (?:him|her|my \\w+)|at my (?:house|place|dads|moms))\\b|"
                + "\\bunsafe at home\\b"));
        r.add(new Rule("abuse.threatened", abuse, "\\b(?:threatened|threatens|threatening) to (?:kill|hurt|shoot|beat|stab|"
                + "take the kids|burn)\\b"));
        r.add(new Rule("abuse.words", abuse, "\\b(?:abusing me|abusive (?:relationship|husband|wife|partner|boyfriend|girlfriend|"
                + "home|parents?|dad|mom)|domestic violence|being abused|sexually abused|sexual abuse|molested|raped|rape)\\b"));
        r.add(new Rule("abuse.hiding", abuse, "\\b(?:hiding|hide|hid) (?:from|in the bathroom from) (?:him|her|my " + PEOPLE + ")\\b"));
        r.add(new Rule("abuse.es", abuse, "\\bme (?:pega|golpea|maltrata|amenaza|pego|golpeo|violo|toca)\\b|"
                + "\\bmiedo de (?:volver a )?(?:casa|mi esposo|mi pareja|mi novio|mi papa|el|ella)\\b|"
                + "\\bno estoy segur[ao] en (?:casa|mi casa)\\b|\\bviolencia (?:domestica|familiar)\\b"));

        // Command hallucinations.
        r.add(new Rule("voices.telling-me", voices, "\\bvoices?\\b[^|]{0,40}?\\b(?:tell|telling|told|say|saying|said|tells|says|"
                + "want|wants|command|commanding|order|ordering|make|making)\\b[^|]{0,20}?\\b(?:me|i)\\b"));
        r.add(new Rule("voices.hearing", voices, "\\bhear(?:ing)? (?:the |those |these )?voices\\b"));
        r.add(new Rule("voices.told-to", voices, "\\b(?:god|the devil|satan|the tv|the radio|someone in my head|something|"
                + "a voice|the voice) (?:is |keeps |keep )?(?:telling|told|tells|commanding|ordering|wants) me to "
                + "(?:kill|hurt|die|jump|cut|do it|end|harm|punish|burn|stab|shoot)\\b"));
        r.add(new Rule("voices.es", voices, "\\b(?:la voz|las voces|una voz|voces) (?:me )?(?:dicen|dice|decian|ordenan|piden|mandan)\\b|\\boigo voces\\b"));

        // Someone else at risk.
        r.add(new Rule("someone.reflexive", someone, "\\b(?:kill|killing|killed|hurt|hurting|cut|cutting|hang|hanging|hanged|shoot|"
                + "shooting|shot|harm|harming|harmed|overdose|burn|burning|starve|starving|drown) (?:himself|herself|themselves|themself)\\b"));
        r.add(new Rule("someone.wants-to-die", someone, "\\b" + THIRD + "\\b[^|]{0,40}?\\b(?:wants|want|wanted|is going|are going|"
                + "was going|would rather|talks about wanting|talked about wanting|talking about wanting|keeps saying (?:he|she|they) "
                + "(?:wants|want)|said (?:he|she|they) (?:wants|want|was going|is going|would)|says (?:he|she|they) (?:wants|want|is "
                + "going|will)) to (?:die|be dead|kill (?:himself|herself|themselves)|end (?:it|it all|his life|her life|their life)|"
                + "not be here|not be alive|disappear forever)\\b"));
        r.add(new Rule("someone.their-life", someone, "\\b(?:end|ending|ended|take|taking|took) (?:his|her|their) (?:own )?life\\b"
                + "(?! savings| story| back| insurance| in (?:his|her|their) hands)"));
        r.add(new Rule("someone.does-not-want-to-live", someone, "\\b" + THIRD + "\\b[^|]{0,30}?\\b(?:he|she|they) "
                + "(?:does not|do not|did not) want to (?:live|be alive|be here|exist|wake up)\\b"));
        r.add(new Rule("someone.took-pills", someone, "\\b" + THIRD + " (?:took|swallowed|has taken|just took|took all|ate) "
                + "[^|]{0,30}?\\b(?:pills|bottle|overdose|tablets|medication)\\b"));
        r.add(new Rule("someone.goodbye", someone, "\\b" + THIRD + " (?:posted|sent|wrote|left) (?:me )?(?:a |some )?(?:goodbye|suicide|"
                + "farewell) (?:note|message|letter|post|text)s?\\b"));
        r.add(new Rule("someone.is-cutting", someone, "\\b" + THIRD + " (?:is|are|has been|have been|was|started|keeps|been) "
                + "cutting\\b(?! (?:back|down|class|school|hair|ties|carbs|costs|out|corners|the))"));
        r.add(new Rule("someone.es", someone, "\\b(?:se quiere (?:matar|morir|suicidar)|quiere (?:matarse|suicidarse|morirse)|"
                + "se va a (?:matar|suicidar)|se corta|se esta cortando)\\b"));

        // Hopelessness alone (relapse with hopelessness is a combination, see addCombinations).
        r.add(new Rule("hopeless.can-not-go-on", hopeless, "\\bcan not (?:go on|keep going|do this any ?more|take (?:it|this|any) "
                + "?(?:any ?)?more|handle (?:it|this|life) any ?more|live like this)\\b|\\b(?:want|wanna) to disappear\\b|"
                + "\\bdo not see a way out\\b|\\bno way out\\b|\\bwant (?:it|everything) to (?:stop|end)\\b"));
        return List.copyOf(r);
    }
}
