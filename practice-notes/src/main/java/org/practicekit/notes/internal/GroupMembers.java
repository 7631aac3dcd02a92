package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.core.model.ServiceType;
import org.practicekit.notes.Participant;
import org.practicekit.notes.SessionPrompt;

/**
 * The other members of a group session. Their names are no part of the client's note: where a field names one,
 * the draft says "another group member", and the verifier reads the field the same way.
 */
public final class GroupMembers {
    /** What the draft writes in place of another member's name. */
    public static final String IN_PLACE = "another group member";
    private static final Pattern MEMBER_ROLE = Pattern.compile("(?i)\\b(?:member|members|peer|peers)\\b");
    // Why: a role naming a member or peer is another member unless it also says family, staff or the client:
    // "family member" (the client's own family in a multi-family group), "peer support specialist" (staff) and
    // "group member (client)" are not; any other wording ("group member, Tuesday cohort") stays a member, so a name
    // is written away rather than kept when the role is unclear.
    private static final Pattern NOT_ANOTHER_MEMBER = Pattern.compile("(?i)\\b(?:family|mother|father|mom|dad|parent"
            + "|parents|guardian|sibling|brother|sister|spouse|partner|wife|husband|son|daughter|child|grand\\w*|aunt"
            + "|uncle|cousin|staff|specialist|facilitator|co-?facilitator|leader|therapist|clinician|counselor|intern"
            + "|client|patient|self)\\b");
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.;:!?\"]\\s*)$");
    private static final Pattern ROLE_WORDS = Pattern.compile("(?i)(?:(?:an?other|other|fellow|group|peer|peers"
            + "|member|members|#?\\d+)\\s*)+");
    private static final java.util.Set<String> MODAL_NAMES = java.util.Set.of("Will", "May", "Can", "Shall", "Must");
    private static final Pattern NEXT_LOWERCASE = Pattern.compile("\\s+\\p{Ll}");

    private GroupMembers() {
    }

    /** Whether {@code who} is listed as another member of a group session (by role: "group member", "peer"). */
    public static boolean isMember(SessionPrompt p, Participant who) {
        return group(p) && MEMBER_ROLE.matcher(who.role()).find() && !NOT_ANOTHER_MEMBER.matcher(who.role()).find();
    }

    private static final Pattern PLURAL_ROLE = Pattern.compile("(?i)\\b(?:members|peers|others)\\b");
    private static final Pattern COUNTED = Pattern.compile("(?i)^\\s*(?:\\d+|two|three|four|five|six|seven|eight|nine"
            + "|ten|several|all|other)\\b");

    /**
     * Whether a listed member stands for several: a role typed in the plural ("group members", "peers") or a name slot
     * holding a count ("6 members"). A plural or collective actor stays plural.
     */
    public static boolean several(Participant who) {
        return PLURAL_ROLE.matcher(who.role()).find() || COUNTED.matcher(who.name()).find();
    }

    /** Two or more members written away side by side: "Tara and Luis argued" is "other group members argued". */
    private static final Pattern SIDE_BY_SIDE = Pattern.compile("(?i)\\ban(other group member)(?:(?:,| and|, and)"
            + " another group member)+\\b");

    private static boolean group(SessionPrompt p) {
        return p.serviceType() == ServiceType.GROUP || p.serviceType() == ServiceType.MULTI_FAMILY_GROUP;
    }

    /**
     * The names of the prompt's other group members, longest first: each full name, then each of its parts of two
     * letters or more that the client's own name or another participant's does not share. Empty outside a group.
     */
    public static List<String> names(SessionPrompt p) {
        if (!group(p) || p.participants().isEmpty()) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        p.clientName().ifPresent(n -> {
            kept.addAll(List.of(n.given().split("\\s+")));
            kept.addAll(List.of(n.family().split("\\s+")));
        });
        for (Participant who : p.participants()) {
            if (!isMember(p, who)) {
                kept.addAll(List.of(who.name().split("\\s+")));
            }
        }
        List<String> out = new ArrayList<>();
        for (Participant who : p.participants()) {
            if (!isMember(p, who) || !isName(who.name())) {
                continue;
            }
            if (!out.contains(who.name())) {
                out.add(who.name());
            }
            for (String part : who.name().split("\\s+")) {
                if (part.length() >= 2 && isName(part) && !kept.contains(part) && !out.contains(part)) {
                    out.add(part);
                }
            }
        }
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    /**
     * Whether {@code name} can be a person's name: capitalized and not the role itself. "peer" or "Group Members" typed
     * in the name slot are no one's name, and written away they would take "peer pressure" from the client.
     */
    private static boolean isName(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0))
                && !ROLE_WORDS.matcher(name.strip()).matches();
    }

    /** {@code text} with every whole-word mention of one of {@code names} written "another group member". */
    public static String unnamed(List<String> names, String text) {
        if (names.isEmpty() || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String name : names) {
            if (!out.contains(name)) {
                continue;
            }
            // "Will attend group Thursday" with a member named Will Grant: a name that is also a modal ("Will", "May",
            // "Can"), opening a sentence before a lowercase word, is the modal; written away it would give the client's
            // step to another member. Any other name is written away wherever it stands ("Mark will drive"): a kept
            // member's name is the worse mistake.
            boolean modal = MODAL_NAMES.contains(name);
            Matcher m = Pattern.compile("(?<![A-Za-z'\\-])" + Pattern.quote(name) + "(?![A-Za-z\\-])").matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                boolean keep = modal && SENTENCE_START.matcher(out.substring(0, m.start())).find()
                        && NEXT_LOWERCASE.matcher(out).region(m.end(), out.length()).lookingAt();
                m.appendReplacement(sb, Matcher.quoteReplacement(keep ? m.group() : IN_PLACE));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return SIDE_BY_SIDE.matcher(out).replaceAll("$1s");
    }

    /** Whether {@code text} names one of {@code names}. */
    public static boolean names(List<String> names, String text) {
        return !unnamed(names, text).equals(text);
    }
}
