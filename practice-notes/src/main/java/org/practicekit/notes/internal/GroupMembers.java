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

    private GroupMembers() {
    }

    /** Whether {@code who} is listed as another member of a group session (by role: "group member", "peer"). */
    public static boolean isMember(SessionPrompt p, Participant who) {
        return group(p) && MEMBER_ROLE.matcher(who.role()).find();
    }

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
        p.clientName().ifPresent(n -> kept.addAll(List.of(n.given().split("\\s+"))));
        for (Participant who : p.participants()) {
            if (!isMember(p, who)) {
                kept.addAll(List.of(who.name().split("\\s+")));
            }
        }
        List<String> out = new ArrayList<>();
        for (Participant who : p.participants()) {
            if (!isMember(p, who) || who.name().isEmpty()) {
                continue;
            }
            if (!out.contains(who.name())) {
                out.add(who.name());
            }
            for (String part : who.name().split("\\s+")) {
                if (part.length() >= 2 && Character.isUpperCase(part.charAt(0)) && !kept.contains(part)
                        && !out.contains(part)) {
                    out.add(part);
                }
            }
        }
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    /** {@code text} with every whole-word mention of one of {@code names} written "another group member". */
    public static String unnamed(List<String> names, String text) {
        if (names.isEmpty() || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String name : names) {
            if (out.contains(name)) {
                out = Pattern.compile("(?<![A-Za-z'\\-])" + Pattern.quote(name) + "(?![A-Za-z\\-])").matcher(out)
                        .replaceAll(Matcher.quoteReplacement(IN_PLACE));
            }
        }
        return out;
    }

    /** Whether {@code text} names one of {@code names}. */
    public static boolean names(List<String> names, String text) {
        return !unnamed(names, text).equals(text);
    }
}
