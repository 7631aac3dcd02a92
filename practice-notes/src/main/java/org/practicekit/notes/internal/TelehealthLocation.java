package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a typed telehealth location says, whatever separators the clinician typed ("Zoom - pt at home", "doxy.me /
 * client at work (private office)", "phone from her sister's house", "client in car - parked"): the platform, who
 * joined when it is not the client alone, and where they were, as a place. A word that only names the modality is
 * dropped (the sentence names the modality), and a phrase is never split in its middle: only a separator between
 * phrases (";", ",", "/", a spaced dash, parentheses) ends a piece.
 */
final class TelehealthLocation {
    /**
     * @param platform the platform as typed ("Zoom"), or empty
     * @param who who joined from the place when the typed location names others ("both partners"), or empty for the
     *     client
     * @param place the place, written as a place ("home", "the parked car", "her sister's house"), or empty
     * @param detail what the clinician added about the place ("bedroom, door closed"), or empty
     */
    record Reading(String platform, String who, String place, String detail) {
        boolean home() {
            return place.equalsIgnoreCase("home");
        }
    }

    private TelehealthLocation() {
    }

    // Between two phrases: ";", ",", "/", parentheses, or a dash with a space on either side ("car - parked").
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[;,()\\[\\]|]|(?<!\\bw)/|\\s[-\u2013\u2014]+\\s*|[-\u2013\u2014]+\\s)"
            + "\\s*");
    static final Pattern PLATFORM = Pattern.compile("(?i)(?:via |on |over |using |through |thru )?((?:zoom|doxy(?:\\.me)?"
            + "|(?:microsoft |ms )?teams|webex|google meet|facetime|simplepractice|simple practice|theranest"
            + "|therapynotes|therapy notes|vsee|skype|healthie|sessions health)(?: platform| health| video)?)\\b");
    private static final Pattern MODALITY = Pattern.compile("(?i)(?:via |by |over |on |through )?(?:secure |hipaa[- ]"
            + "compliant )?(?:video(?:conference)?|telehealth|telemedicine|virtual|phone|telephone|audio(?: only)?"
            + "|tele|televideo|telepsych)(?: group| family| couples?| individual)?(?: session| visit| call| appointment"
            + "| platform| therapy| meeting)?\\b");
    private static final Pattern CALL = Pattern.compile("(?i)(?:call|meeting|session|visit|link|app|appointment)\\b");
    private static final Pattern CLIENT = Pattern.compile("(?i)(?:the )?(?:client|patient|pt|cl)\\b(?!')");
    private static final Pattern OTHERS = Pattern.compile("(?i)(?:both partners|the partners|partners|both parents"
            + "|the parents|parents|the couple|couple|all members|group members|the members|members|the family"
            + "|family)(?=\\s+(?:at|in|from|on|joined|joining|were|are|both|each)\\b)");
    // "patient's car", "client's mom's house": the client's own place, said as the client's.
    private static final Pattern CLIENTS = Pattern.compile("(?i)^(?:the )?(?:client|patient|pt)'s\\s+");
    // "is", "joined", "logged on from": what a subject did to be somewhere, said by the sentence's own verb.
    private static final Pattern JOINED = Pattern.compile("(?i)\\s*(?:(?:is|was|were|are)\\s+)?(?:(?:joined|joining"
            + "|joins|join|calling|called|connected|connecting|logged (?:on|in)|signed (?:on|in))\\s*)?");
    private static final Pattern PREPOSITION = Pattern.compile("(?i)^(?:from|at|in|inside|@)\\s+");
    private static final Pattern TRAILING = Pattern.compile("(?i)\\s+(?:via|on|over|using|by|through)\\s+(.+)$");
    // "home", "work", "school": places a note names without an article.
    private static final Pattern BARE_WORD = Pattern.compile("(?i)(home|work|school|college|campus)"
            + "(?:\\s+(in|at|near|on)\\s+(.+))?");
    // "client's home", "pt's home": the client's home is "home".
    private static final Pattern CLIENTS_HOME = Pattern.compile("(?i)(?:the )?(?:client|patient|pt)'s (?:home|house)"
            + "((?:\\s+(?:in|at|near|on)\\s+.+)?)");

    // What round 12's reading by pieces misreads: a dash, a slash ("w/" aside) or parentheses between phrases, a piece
    // opening with "from", "in" or "at", or (below) a platform or modality and then "from", "in" or "at".
    private static final Pattern MISREAD = Pattern.compile("\\s[-\u2013\u2014]+\\s|\\s[-\u2013\u2014]+\\S|\\S[-\u2013\u2014]+\\s"
            + "|(?<!\\bw)/|[()]|(?i:(?:^|[;,])\\s*(?:from|in|at|inside)\\s)");

    /** Whether the location holds a shape that only this reading reads as a place. */
    static boolean needsReading(String location) {
        if (MISREAD.matcher(location).find()) {
            return true;
        }
        for (String piece : location.split("\\s*[;,]\\s*")) {
            // "VSee from parked car", "phone from her sister's house": a platform or modality, then where from.
            Matcher platform = PLATFORM.matcher(piece.strip());
            Matcher modality = MODALITY.matcher(piece.strip());
            int end = platform.lookingAt() ? platform.end() : modality.lookingAt() ? modality.end() : -1;
            if (end > 0 && PREPOSITION.matcher(piece.strip().substring(end).strip()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Reads a telehealth location as typed. */
    static Reading read(String location) {
        String platform = "";
        String who = "";
        String place = "";
        List<String> detail = new ArrayList<>();
        for (String raw : SEPARATOR.split(Phrases.bare(location.strip()))) {
            String piece = raw.strip();
            boolean changed = true;
            while (changed && !piece.isEmpty()) {
                changed = false;
                Matcher m = PLATFORM.matcher(piece);
                if (m.lookingAt()) {
                    platform = platform.isEmpty() ? m.group(1) : platform;
                    piece = piece.substring(m.end()).strip();
                    changed = true;
                    continue;
                }
                m = CALL.matcher(piece);
                if (m.lookingAt() && !platform.isEmpty()) {
                    // "Zoom call", "Teams meeting": the call is the session, no place.
                    piece = piece.substring(m.end()).strip();
                    changed = true;
                    continue;
                }
                m = MODALITY.matcher(piece);
                if (m.lookingAt()) {
                    piece = piece.substring(m.end()).strip();
                    changed = true;
                    continue;
                }
                m = TRAILING.matcher(piece);
                if (m.find()) {
                    String tail = m.group(1);
                    Matcher pm = PLATFORM.matcher(tail);
                    if (pm.matches() || MODALITY.matcher(tail).matches()) {
                        platform = platform.isEmpty() && pm.matches() ? pm.group(1) : platform;
                        piece = piece.substring(0, m.start()).strip();
                        changed = true;
                        continue;
                    }
                }
                m = CLIENTS_HOME.matcher(piece);
                if (m.matches()) {
                    piece = "home" + m.group(1);
                    continue;
                }
                m = CLIENTS.matcher(piece);
                if (m.lookingAt()) {
                    piece = "the client's " + piece.substring(m.end());
                    break;
                }
                m = CLIENT.matcher(piece);
                if (m.lookingAt() && (m.end() == piece.length() || piece.charAt(m.end()) == ' ')) {
                    piece = JOINED.matcher(piece.substring(m.end())).replaceFirst("").strip();
                    changed = true;
                    continue;
                }
                m = OTHERS.matcher(piece);
                if (m.lookingAt() && who.isEmpty()) {
                    who = others(m.group());
                    piece = JOINED.matcher(piece.substring(m.end())).replaceFirst("").strip();
                    changed = true;
                    continue;
                }
                m = PREPOSITION.matcher(piece);
                if (m.lookingAt()) {
                    piece = piece.substring(m.end()).strip();
                    changed = true;
                }
            }
            if (piece.isEmpty()) {
                continue;
            }
            if (place.isEmpty()) {
                place = place(piece);
            } else if (piece.matches("(?i)[a-z]+ed") && !place.equalsIgnoreCase("home") && place.startsWith("the ")) {
                // "car - parked": a participle after the place says how the place was ("the parked car").
                place = "the " + piece.toLowerCase(Locale.ROOT) + " " + place.substring(4);
            } else {
                detail.add(piece);
            }
        }
        return new Reading(platform, who, place, String.join(", ", detail));
    }

    private static String others(String typed) {
        String w = typed.toLowerCase(Locale.ROOT);
        if (w.contains("partner") || w.contains("couple")) {
            return "both partners";
        }
        if (w.contains("parent")) {
            return "both parents";
        }
        if (w.contains("famil")) {
            return "the family";
        }
        return "the group members";
    }

    private static String place(String piece) {
        Matcher bare = BARE_WORD.matcher(piece);
        if (bare.matches()) {
            String word = bare.group(1).toLowerCase(Locale.ROOT);
            // "work in break room": the place, then where in it ("work, in the break room").
            if (bare.group(2) == null) {
                return word;
            }
            // "home in Dayton": a named place needs neither comma nor article; "work in break room" needs both.
            boolean named = Character.isUpperCase(bare.group(3).charAt(0));
            return word + (named ? " " : ", ") + bare.group(2).toLowerCase(Locale.ROOT) + " "
                    + (named ? bare.group(3) : Phrases.place(bare.group(3)));
        }
        String[] words = piece.split("\\s+");
        if (piece.startsWith("the client's ")) {
            return piece;
        }
        if (words[0].endsWith("'s") && PhraseReader.isPersonNoun(words[0].substring(0, words[0].length() - 2)
                .toLowerCase(Locale.ROOT))) {
            // "friend's apartment", "grandmother's house": another person's place, named as someone the client knows.
            String owner = words[0].substring(0, words[0].length() - 2).toLowerCase(Locale.ROOT);
            return (owner.equals("friend") ? "a " : "the client's ") + piece;
        }
        return Phrases.place(piece);
    }
}
