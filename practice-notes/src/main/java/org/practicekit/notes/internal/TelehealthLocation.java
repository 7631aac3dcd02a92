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
    record Reading(String platform, String who, String place, String detail, String program, String activity,
            List<String> others, String clinicianPlace) {
        Reading(String platform, String who, String place, String detail) {
            this(platform, who, place, detail, "", "", List.of(), "");
        }

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
    // "this clinician in clinic", "therapist at office": where the clinician was, never where the client joined from.
    // Round 34: "clinician office", "therapist home office", "provider's office": the clinician's own place typed with no
    // preposition is still the clinician's, never where the client joined from ("the client joining from this
    // clinician's office" said the client was in the office).
    private static final Pattern CLINICIAN = Pattern.compile("(?i)^(?:this |the |my )?(?:clinician|therapist|counselor"
            + "|provider|writer|facilitator)(?:'s|\u2019s)?\\s+(?:(?:is|was)\\s+)?(?:(?:joined|joining|calling|called)\\s+)?"
            + "(?:(?:from|at|in|@)\\s+(.+)|((?:(?:home|private|own|clinic|main|practice)\\s+)?(?:office|clinic|practice)\\b.*))");
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

    // A group's or program's name ("IOP group", "DBT skills group"): where the session belongs, never a place.
    private static final Pattern PROGRAM = Pattern.compile("(?i)(?:the )?((?:[A-Za-z0-9&'-]+ ){0,4}(?:group|program"
            + "|IOP|PHP))");
    // What the client was doing ("on lunch break", "on a work trip"): an occasion, said with "while", never a place.
    private static final Pattern ACTIVITY = Pattern.compile("(?i)on (?:a |an |my |her |his |their )?((?:[a-z]+ )?"
            + "(?:break|trip|vacation|holiday|shift|commute|walk|errand|leave|layover))(?:\\s+(?:in|at|inside)\\s+(.+))?");
    // "kids around", "friend present", "partner in next room": how someone else was, a "was" or "were" away from a
    // sentence; "grandson set up tablet": what they did.
    private static final Pattern STATE = Pattern.compile("(?i)(present|around|nearby|close by|home|out|away|asleep"
            + "|there|in and out|(?:in|at|outside|near|nearby in|down|upstairs|downstairs)\\b.*)");
    private static final java.util.Set<String> DEVICES = java.util.Set.of("tablet", "laptop", "computer", "phone",
            "camera", "ipad", "device", "call", "link", "video", "audio", "headphones", "screen");

    // Round 24b: the words that name how a session ran, never where anyone was: a modality, a platform, a service or a
    // program ("Telehealth", "Phone check-in", "VA tele-mental health", "VA Video Connect", "Zoom"). A closed class:
    // a location made of these words alone is no place, whatever its capitals.
    private static final java.util.Set<String> SERVICE_WORDS = java.util.Set.of("telehealth", "tele", "telemedicine",
            "telemental", "tele-mental", "tele-mh", "telemh", "telepsych", "telepsychiatry", "telepsychology",
            "televideo", "teletherapy", "telephonic", "virtual", "video", "videoconference", "phone", "telephone",
            "audio", "only", "call", "check-in", "checkin", "check", "in", "visit", "session", "appointment", "appt",
            "service", "services", "health", "mental", "behavioral", "mh", "bh", "va", "vvc", "connect", "platform",
            "link", "secure", "hipaa", "follow-up", "followup", "follow", "up", "crisis", "line", "iop", "php",
            "program", "therapy", "counseling", "the", "a", "via", "by", "on", "over", "through", "and", "zoom",
            "doxy", "doxy.me", "teams", "ms", "microsoft", "webex", "google", "meet", "facetime", "simplepractice",
            "simple", "practice", "theranest", "therapynotes", "vsee", "skype", "healthie", "sessions", "brief");
    // The words of the class that name it on their own; "in", "the" and the like are only carried along with them.
    private static final java.util.Set<String> SERVICE_HEADS = java.util.Set.of("telehealth", "tele", "telemedicine",
            "telemental", "tele-mental", "tele-mh", "telemh", "telepsych", "telepsychiatry", "telepsychology",
            "televideo", "teletherapy", "telephonic", "virtual", "video", "videoconference", "phone", "telephone",
            "audio", "call", "check-in", "checkin", "visit", "session", "appointment", "appt", "vvc", "platform", "link",
            "zoom", "doxy", "doxy.me", "teams", "webex", "facetime", "simplepractice", "theranest", "therapynotes",
            "vsee", "skype", "healthie");

    /**
     * Whether a typed location names no place: every word of it is of the modality, platform or service class ("Phone
     * check-in", "VA tele-mental health", "Telehealth (video)"), a word of the class with two letters swapped ("Vidoe")
     * counted as that word. Deny by default: one word outside the class ("car", "home", "sister's") keeps it a place.
     */
    static boolean noPlace(String location) {
        String[] words = location.toLowerCase(Locale.ROOT).replaceAll("[()\\[\\];,/:]", " ").strip().split("[\\s]+");
        boolean head = false;
        for (String w : words) {
            String word = w.replaceAll("^[-.]+|[-.]+$", "");
            if (word.isEmpty()) {
                continue;
            }
            if (!SERVICE_WORDS.contains(word) && !swapped(word)) {
                return false;
            }
            head |= SERVICE_HEADS.contains(word) || swapped(word);
        }
        return head;
    }

    // A typing slip of a class word: the same letters with two neighbours swapped ("vidoe", "telehelath").
    private static boolean swapped(String word) {
        for (int i = 0; i + 1 < word.length(); i++) {
            char[] c = word.toCharArray();
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
            String s = new String(c);
            if (!s.equals(word) && SERVICE_HEADS.contains(s) && word.length() >= 4) {
                return true;
            }
        }
        return false;
    }

    /** Whether a piece opens with a person other than the client ("grandson", "kids", "the partner"). */
    static boolean person(String piece) {
        String first = piece.strip().replaceFirst("(?i)^the ", "").split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        String own = first.startsWith("grand") && first.length() > 5 ? first.substring(5) : first;
        return !first.isEmpty() && !CLIENT.matcher(first).matches() && PhraseReader.isPersonNoun(own)
                && !own.equals("group") && !own.equals("members") && !own.equals("member");
    }

    /**
     * Someone else at the client's place, in a sentence of its own: "kids around" is "The kids were around.", "partner
     * in next room" "The partner was in the next room.", "grandson set up tablet" "The grandson set up the tablet.";
     * "" when the piece says neither how they were nor, in the past, what they did.
     */
    static String othersSentence(String piece) {
        String text = piece.strip().replaceFirst("(?i)^the ", "");
        String[] words = text.split("\\s+", 2);
        if (words.length < 2 || !person(text)) {
            return "";
        }
        String who = words[0].toLowerCase(Locale.ROOT);
        String rest = words[1];
        boolean plural = who.endsWith("s") && !who.endsWith("ss") || who.equals("children") || who.equals("grandchildren");
        English en = English.get();
        if (STATE.matcher(rest).matches()) {
            String[] r = rest.split("\\s+", 2);
            String where = r.length == 2 && r[0].matches("(?i)in|at|outside|near") ? r[0] + " " + Phrases.place(r[1]) : rest;
            return "The " + who + (plural ? " were " : " was ") + where + ".";
        }
        String verb = rest.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (en.is(verb, English.Form.PAST) && en.isVerb(en.baseOf(verb)) && !en.isParticipialAdjective(verb)) {
            String[] r = rest.split("\\s+");
            String last = r[r.length - 1].toLowerCase(Locale.ROOT);
            String before = r.length > 1 ? r[r.length - 2].toLowerCase(Locale.ROOT) : "";
            // The device the session ran on is the one the client used: "set up tablet" is "set up the tablet".
            if (DEVICES.contains(last) && !before.matches("the|a|an|her|his|their|my|its")) {
                r[r.length - 1] = "the " + r[r.length - 1];
            }
            return "The " + who + " " + String.join(" ", r) + ".";
        }
        return "";
    }

    /** "door closed", "camera off": a thing at the place and how it was, which says how the place was. */
    private static boolean howItWas(String piece) {
        String[] w = piece.strip().toLowerCase(Locale.ROOT).split("\\s+");
        English en = English.get();
        return w.length == 2 && !person(w[0]) && (w[1].matches("on|off|open|shut") || en.isParticipialAdjective(w[1])
                || en.is(w[1], English.Form.PAST) && en.isVerb(en.baseOf(w[1])));
    }

    /** Whether the location holds a shape that only this reading reads as a place. */
    static boolean needsReading(String location) {
        if (MISREAD.matcher(location).find()) {
            return true;
        }
        String[] pieces = location.split("\\s*[;,]\\s*");
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i].strip();
            // "couple joined from their home", "clinician at office": a piece whose subject is not the client.
            if (CLINICIAN.matcher(piece).matches() || OTHERS.matcher(piece).lookingAt()) {
                return true;
            }
            Matcher platformFirst = PLATFORM.matcher(piece);
            String rest = platformFirst.lookingAt() ? piece.substring(platformFirst.end()).strip() : piece;
            // "IOP group via Zoom", "on lunch break in break room", "home, grandson set up tablet".
            if (PROGRAM.matcher(TRAILING.matcher(rest).replaceFirst("")).matches() || ACTIVITY.matcher(rest).matches()
                    || i > 0 && person(piece) && !othersSentence(piece).isEmpty() || i > 0 && howItWas(piece)) {
                return true;
            }
        }
        for (String piece : pieces) {
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
        String program = "";
        String activity = "";
        List<String> others = new ArrayList<>();
        String clinicianPlace = "";
        for (String raw : SEPARATOR.split(Phrases.bare(location.strip()))) {
            String piece = raw.strip();
            Matcher clinician = CLINICIAN.matcher(piece);
            if (clinician.matches() && clinicianPlace.isEmpty()) {
                clinicianPlace = place((clinician.group(1) != null ? clinician.group(1) : clinician.group(2)).strip());
                continue;
            }
            Matcher named = PROGRAM.matcher(TRAILING.matcher(piece).replaceFirst("").strip());
            if (named.matches() && program.isEmpty() && !BARE_WORD.matcher(piece).matches()) {
                // The group's name says which session this was; the platform typed after it is still read.
                program = named.group(1);
                Matcher tail = TRAILING.matcher(piece);
                piece = tail.find() ? tail.group(1) : "";
            }
            Matcher doing = ACTIVITY.matcher(piece);
            if (doing.matches() && activity.isEmpty()) {
                activity = doing.group(1);
                piece = doing.group(2) == null ? "" : doing.group(2);
            }
            if (!place.isEmpty() && person(piece) && !othersSentence(piece).isEmpty()) {
                others.add(piece);
                continue;
            }
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
            if (piece.isEmpty() || noPlace(piece)) {
                // "VA tele-mental health", "check-in": how the session ran, never where the client was.
                continue;
            }
            if (place.isEmpty()) {
                place = place(piece);
            } else if (piece.matches("(?i)[a-z]+ed") && !place.equalsIgnoreCase("home") && place.startsWith("the ")) {
                // "car - parked": a participle after the place says how the place was ("the parked car").
                place = "the " + piece.toLowerCase(Locale.ROOT) + " " + place.substring(4);
            } else if (piece.matches("(?i)[a-z]+ed (?:in|at|on|outside|near|behind|by) .+") && place.startsWith("the ")
                    && detail.isEmpty()) {
                // "car - parked outside work": the participle and where, after the place ("the car parked outside work").
                place = place + " " + piece;
            } else {
                detail.add(piece);
            }
        }
        return new Reading(platform, who, place, String.join(", ", detail), program, activity, others, clinicianPlace);
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
        if (!words[0].contains("'") && words.length > 1 && piece.contains("'s ") && !piece.matches("(?i)(?:the|a|an|her"
                + "|his|their|my) .*")) {
            // "bedroom at dad's house": the room takes its article; the owner's word is kept as typed.
            return "the " + piece;
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
