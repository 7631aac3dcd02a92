package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.text.WordList;
import org.practicekit.notes.Participant;
import org.practicekit.notes.SessionPrompt;

/**
 * Who each person typed in a field is: the identified client, however the clinician named them ("pt (Dana)", "Dana
 * (ID'd pt)", "IP", "index client", "client D.", "Dana - our client -"), another group member or another family's
 * member (written by role only), or someone the prompt does not place, which {@code build()} refuses rather than
 * guess. Read from the participants' roles, the client's name where typed and the words around each mention.
 */
public final class WhoIsWho {
    /** The client's role as clinicians type it: "pt", "the client", "ID'd pt", "identified patient", "index client". */
    private static final String CLIENT_ROLE = "(?:(?:the|our)\\s+)?(?:(?:identified|index|id'?d|id)\\s+)?"
            + "(?:client|patient|pt)";
    private static final String MEMBER_ROLE = "(?:(?:an?other|fellow|group)\\s+)?(?:member|peer)";
    private static final String DASH = "\\s*[-\u2013\u2014]\\s*";
    // "IP" is the identified patient; before a word of a level of care it is "inpatient" and stays.
    private static final Pattern IP = Pattern.compile("\\b(?:IP|I\\.P\\.)(?![\\w'])(?!\\s+(?:stay|unit|admission|admit"
            + "|hospitali[sz]ation|level|care|program|tx|treatment|psych\\w*|detox|bed|discharge))");
    private static final Pattern MARKED_CLIENT = Pattern.compile("(?i)\\b(?:index|identified|id'?d|our)\\s+"
            + "(?:client|patient|pt)\\b|\\bID\\s+client\\b");
    private static final Pattern INITIAL_CLIENT = Pattern.compile("(?i)\\b" + CLIENT_ROLE + "\\s+(?-i:[A-Z])\\."
            + "(?=(\\s+\\p{Ll})?)");
    private static final Pattern PARENT = Pattern.compile("(?i)\\b(?:mother|father|mom|dad|parent|parents|guardian"
            + "|stepmother|stepfather|stepmom|stepdad|caregiver|grandmother|grandfather|grandparent)\\b");
    private static final Pattern CHILD = Pattern.compile("(?i)\\b(?:son|daughter|child|kid|teen|youth|boy|girl)\\b");
    // "other family's mother", "another member's parent", "group member's dad", "other family - son".
    private static final Pattern OTHER_FAMILY = Pattern.compile("(?i)\\b(?:(?:an?other|other)\\b.*\\b(?:family|famil"
            + "ies|member|members|group)|(?:member|peer)'?s)\\b");
    private static final Pattern TYPED_OTHER_FAMILY = Pattern.compile("(?i)\\b(?:an?other|other)\\s+(?:family|member"
            + "|group member)'?s\\s+(mother|father|mom|dad|parent|guardian|son|daughter|child|kid)\\b");
    private static final Pattern CAPITALIZED = Pattern.compile("(?<![\\w'\\-.])\\p{Lu}\\p{Ll}+(?:'s)?(?![\\w\\-])");
    private static final Set<String> NOT_PEOPLE = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "God", "Christmas", "Easter", "Thanksgiving", "Mon", "Tue",
            "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec");
    private static final ClinicalLexicon LEXICON = ClinicalLexicon.standard();
    private static final Pattern PERSON_AFTER = Pattern.compile("(?i)\\s+(?:said|says|stated|states|reported|reports"
            + "|shared|shares|disclosed|discloses|offered|offers|gave|gives|told|tells|asked|asks|cried|challenged"
            + "|validated|encouraged|helped|supported|called|texted|yelled|blamed|agreed|talked|spoke|feels|felt"
            + "|thinks|wants|wanted|keeps|kept|is|was|has|had|and (?:client|the client|pt|patient|she|he|they))\\b");
    private static final Pattern PERSON_BEFORE = Pattern.compile("(?i)\\b(?:with|toward|towards|about|by|and)\\s+$");
    /** A capital or a method word next: part of a longer name ("Motivational Interviewing", "Gottman method"). */
    private static final Pattern NEXT_CAPITAL = Pattern.compile("(?s)\\s+\\p{Lu}.*|(?s)\\s+(?:method|approach|therapy"
            + "|model|technique|scale|protocol|inventory|questioning|program|workbook|principles?)\\b.*");
    private static final Pattern PREV_CAPITAL = Pattern.compile("(?s).*\\p{Lu}[\\w.]*\\s+$");
    private static final String NAME = "(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)";
    /** "member (Marcus)", "Marcus (member)", "Tina - peer -". */
    private static final Pattern ROLE_THEN_NAME = Pattern.compile("(?i)\\b" + MEMBER_ROLE + "\\s*\\(\\s*(?-i:" + NAME
            + ")\\s*\\)");
    private static final Pattern NAME_THEN_ROLE = Pattern.compile(NAME + "\\s*\\(\\s*(?i:" + MEMBER_ROLE + ")\\s*\\)");
    private static final Pattern NAME_DASH_ROLE = Pattern.compile(NAME + DASH + "(?i:" + MEMBER_ROLE + ")" + DASH);
    /** A participant's role that is the client's: "client", "the identified patient", "IP". */
    private static final Pattern TYPED_CLIENT_ROLE = Pattern.compile("(?i)(?:the )?(?:identified |index )?(?:client"
            + "|patient|pt|ip|identified patient)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|from|near|of|via|on)\\s+$");

    private WhoIsWho() {
    }

    private static boolean group(SessionPrompt p) {
        return p.serviceType() == ServiceType.GROUP || p.serviceType() == ServiceType.MULTI_FAMILY_GROUP;
    }

    /** Whether the prompt has more people than the client in it: a group, a family or a couple. */
    private static boolean many(SessionPrompt p) {
        return group(p) || p.serviceType() == ServiceType.FAMILY_WITH_CLIENT
                || p.serviceType() == ServiceType.FAMILY_WITHOUT_CLIENT;
    }

    /** Whether {@code who} belongs to another family of a multi-family or other group ("other family's mother"). */
    public static boolean otherFamily(SessionPrompt p, Participant who) {
        return group(p) && OTHER_FAMILY.matcher(who.role()).find()
                && (PARENT.matcher(who.role()).find() || CHILD.matcher(who.role()).find());
    }

    /** How another family's member is written: "another member's parent", "another member's child". */
    public static String otherFamilyRole(Participant who) {
        return otherFamilyRole(who.role());
    }

    // Why: another family's child in a multi-family group is a member of the group in their own right.
    private static String otherFamilyRole(String role) {
        return PARENT.matcher(role).find() ? "another member's parent" : GroupMembers.IN_PLACE;
    }

    /** The client's name as typed: given, family and full; empty when neither is known. */
    private static List<String> clientNames(SessionPrompt p) {
        // Why: asked for every field the prompt has, by the composer and the verifier alike.
        return PromptReading.ofPrompt(p, "clientNames", "", t -> clientNamesOnce(p));
    }

    private static List<String> clientNamesOnce(SessionPrompt p) {
        Set<String> out = new LinkedHashSet<>();
        p.clientName().ifPresent(n -> {
            out.add((n.given() + " " + n.family()).strip());
            out.add(n.given().strip());
            out.add(n.family().strip());
        });
        for (Participant who : p.participants()) {
            if (!who.name().isEmpty() && TYPED_CLIENT_ROLE.matcher(who.role()).matches()) {
                out.add(who.name());
                out.addAll(List.of(SPACES.split(who.name())));
            }
        }
        out.removeIf(n -> n.length() < 2);
        for (Participant who : p.participants()) {
            // "Carla Reyes", the client's mother: a family name the client shares names no one in particular.
            if (!TYPED_CLIENT_ROLE.matcher(who.role()).matches()) {
                out.removeAll(List.of(SPACES.split(who.name())));
            }
        }
        List<String> list = new ArrayList<>(out);
        list.sort((a, b) -> b.length() - a.length());
        return List.copyOf(list);
    }

    /**
     * {@code text} as the note is drafted from it: each mention of the identified client is "client" (which the
     * composer writes as the profile's word), a role typed beside another member's name is dropped so the name is
     * written away as another group member, and another family's member is named by role.
     */
    public static String written(SessionPrompt p, String text) {
        if (text.isEmpty()) {
            return text;
        }
        // Why: the composer and the verifier each write every field of the prompt this way; the second asks again.
        return PromptReading.ofPrompt(p, "written", text, t -> writtenOnce(p, t));
    }

    private static String writtenOnce(SessionPrompt p, String text) {
        String out = text;
        for (String name : clientNames(p)) {
            if (out.indexOf(name) < 0) {
                continue; // every pattern below holds the name as typed; most fields never name the client
            }
            String n = "(?<![\\w'])" + Pattern.quote(name) + "(?![\\w\\-])";
            // "pt (Dana)", "Dana (ID'd pt)", "Dana - our client -", "Dana, our client,": one person, the client.
            out = out.replaceAll("(?i)\\b" + CLIENT_ROLE + "\\s*\\(\\s*(?-i:" + n + ")\\s*\\)", "client");
            out = out.replaceAll(n + "\\s*\\(\\s*(?i:" + CLIENT_ROLE + "|ip)\\s*\\)", "client");
            out = out.replaceAll(n + DASH + "(?i:" + CLIENT_ROLE + "|ip)" + DASH, "client ");
            out = out.replaceAll(n + "\\s*,\\s*(?i:" + CLIENT_ROLE + ")\\s*,\\s*", "client ");
            out = out.replaceAll(n, "client");
        }
        if (!many(p)) {
            return out;
        }
        // "client D.": the role says who; the initial is the client's. The period ends a sentence only at its end.
        Matcher m = INITIAL_CLIENT.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1) != null ? "client" : "client.");
        }
        m.appendTail(sb);
        out = sb.toString();
        out = MARKED_CLIENT.matcher(out).replaceAll("client");
        out = IP.matcher(out).replaceAll("client");
        if (!group(p)) {
            return out;
        }
        // "member (Marcus)", "Marcus (member)", "Tina - peer -": the role beside a name adds nothing once the name is
        // written as another group member.
        out = ROLE_THEN_NAME.matcher(out).replaceAll("$1");
        out = NAME_THEN_ROLE.matcher(out).replaceAll("$1");
        out = NAME_DASH_ROLE.matcher(out).replaceAll("$1 ");
        // "another family's son", "other family's mom": typed roles of another family, written as the session line
        // writes them.
        Matcher typed = TYPED_OTHER_FAMILY.matcher(out);
        StringBuilder roles = new StringBuilder();
        while (typed.find()) {
            typed.appendReplacement(roles, Matcher.quoteReplacement(otherFamilyRole(typed.group(1))));
        }
        typed.appendTail(roles);
        out = roles.toString();
        for (Participant who : p.participants()) {
            if (!otherFamily(p, who) || who.name().isEmpty() || !Character.isUpperCase(who.name().charAt(0))
                    || out.indexOf(who.name()) < 0) {
                continue;
            }
            String n = "(?<![\\w'])" + Pattern.quote(who.name()) + "(?![\\w\\-])";
            // "another family's son (Tyler)": the role is already there.
            out = out.replaceAll("\\s*\\(\\s*" + n + "\\s*\\)", "");
            out = out.replaceAll(n, Matcher.quoteReplacement(otherFamilyRole(who)));
        }
        for (Participant who : p.participants()) {
            if (GroupMembers.isMember(p, who) && !who.name().isEmpty() && out.indexOf(who.name()) >= 0) {
                out = out.replaceAll("(?<=\\w)\\s*\\(\\s*" + Pattern.quote(who.name()) + "\\s*\\)", "");
            }
        }
        return out;
    }

    /**
     * The words (1-based) of {@code text} that name a person the prompt does not place in a group or multi-family
     * session: a name that is neither the client's nor a listed participant's, so the note could not say whether that
     * person is the client, the client's family, another member or staff. Empty outside such sessions.
     */
    public static List<Integer> unplaced(SessionPrompt p, String text) {
        // Why only a group: there an unlisted name is as likely another member as the client. In a family or couples
        // session an unlisted name is most often the client or someone outside the room, and stays as typed.
        // And only where the clinician listed the members by name: off that roster a name is unplaced; with no roster
        // the prompt gives nothing to place it against, and the name is left as typed, as before.
        if (!group(p) || text.isEmpty() || GroupMembers.names(p).isEmpty()) {
            return List.of();
        }
        Set<String> known = new java.util.HashSet<>(clientNames(p));
        for (Participant who : p.participants()) {
            known.addAll(List.of(who.name().split("[\\s.]+")));
        }
        p.clinicianName().ifPresent(n -> {
            known.addAll(List.of(n.given().split("\\s+")));
            known.addAll(List.of(n.family().split("\\s+")));
        });
        WordList words = WordList.english();
        List<Integer> out = new ArrayList<>();
        Matcher m = CAPITALIZED.matcher(text);
        while (m.find()) {
            String w = m.group().replaceFirst("'s$", "");
            boolean nextCapital = NEXT_CAPITAL.matcher(text).region(m.end(), text.length()).matches();
            boolean prevCapital = PREV_CAPITAL.matcher(text).region(0, m.start()).matches();
            if (known.contains(w) || NOT_PEOPLE.contains(w) || nextCapital || prevCapital
                    || PLACE_BEFORE.matcher(text.substring(0, m.start())).find()
                    || !words.isProperNoun(w) || words.isCommonWord(w.toLowerCase(Locale.ROOT))
                    || !LEXICON.find(ClinicalLexicon.words(w.toLowerCase(Locale.ROOT))).isEmpty()) {
                // Known, a day or month, a place of two words ("Main Street") or after "in", an English word, or a
                // medication, substance or other clinical name ("Suboxone", "Narcan").
                continue;
            }
            if (!m.group().endsWith("'s") && !PERSON_AFTER.matcher(text.substring(m.end())).lookingAt()
                    && !PERSON_BEFORE.matcher(text.substring(0, m.start())).find()) {
                // Deny by default the other way too: only a name standing where a person stands (saying or doing,
                // owning, or with, toward or about whom) is a person the note would have to place.
                continue;
            }
            out.add(text.substring(0, m.start()).split("\\s+", -1).length);
        }
        return out;
    }
}
