package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.model.ServiceType;
import org.practicekit.notes.Attendance;
import org.practicekit.notes.DiagnosisCode;
import org.practicekit.notes.DraftSection;
import org.practicekit.notes.DraftSentence;
import org.practicekit.notes.GoalProgress;
import org.practicekit.notes.Intervention;
import org.practicekit.notes.NoteFormat;
import org.practicekit.notes.NoteSection;
import org.practicekit.notes.Participant;
import org.practicekit.notes.ProgressRating;
import org.practicekit.notes.ClinicalRiskAssessment;
import org.practicekit.notes.ClinicalRiskLevel;
import org.practicekit.notes.SectionContent;
import org.practicekit.notes.SessionPrompt;
import org.practicekit.notes.StyleProfile;
import org.practicekit.notes.internal.Phrase.Kind;
import org.practicekit.notes.internal.PhraseReader.Slot;

import static org.practicekit.notes.internal.Phrases.capitalize;
import static org.practicekit.notes.internal.Phrases.list;

/**
 * Writes a prompt as clinical prose, section by section, in a clinician's style. Every phrase the
 * clinician typed is read for its kind ({@link PhraseReader}) and put into a frame that fits it:
 * a noun phrase after "reported", a predicate after the subject in the past tense, a base-form verb
 * after "agreed to" or "will", a clause on its own. So the draft is grammatical whatever the
 * clinician typed, and {@code SessionPrompt.build()} has already rejected what fits no frame.
 * Deterministic: the same prompt, format and style always give the same text. Every sentence
 * records the prompt fields it came from.
 */
public final class ProseComposer {
    private static final Set<String> PARTNER_ROLES = Set.of("partner", "spouse", "husband", "wife", "boyfriend",
            "girlfriend", "fiance", "fiancee", "fiancé", "fiancée");
    private static final Set<String> PARENT_ROLES = Set.of("mother", "father", "parent", "stepmother", "stepfather",
            "guardian", "grandmother", "grandfather", "foster parent");
    private static final Set<String> NOUN_REPORT_VERBS = Set.of("reported", "described", "noted", "endorsed");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");
    private static final List<String[]> ABBREVIATE = List.of(
            new String[] {"suicidal and homicidal ideation", "SI/HI", "SI"},
            new String[] {"suicidal ideation", "SI", "SI"},
            new String[] {"homicidal ideation", "HI", "HI"},
            new String[] {"Mental status was notable", "MSE was notable", "MSE"},
            new String[] {"homework", "HW", "HW"},
            new String[] {"follow-up", "f/u", "f/u"},
            new String[] {"treatment this session", "tx this session", "tx"});
    private static final Pattern CLIENT_WORD = Pattern.compile("\\b(?:[Cc]lient|[Pp]atient)(?=\\b)(?!-)");
    private static final Pattern PT_WORD = Pattern.compile("(?<![A-Za-z])(?:(the|The) )?(?:[Pp]t|PT)(?![A-Za-z])");
    private static final English EN = English.get();

    private final SessionPrompt p;
    private final NoteFormat format;
    private final String term;
    private final String actor;
    private final String actorPossessive;
    private final String nounReportVerb;
    private final String clauseReportVerb;
    private final List<String> interventionVerbs;
    private final boolean longSentences;
    private final Set<String> abbreviations;
    private final StyleProfile style;
    private final Set<String> properNames = new HashSet<>();
    private final String subject;
    private final boolean pluralSubject;
    private final boolean thirdPerson;

    private ProseComposer(SessionPrompt prompt, NoteFormat format, StyleProfile style) {
        this.p = prompt;
        this.format = format;
        this.style = style;
        this.term = style.term().word();
        boolean first = style.person() == StyleProfile.Person.FIRST;
        this.thirdPerson = !first;
        this.actor = first ? "I" : style.thirdPersonPhrase();
        this.actorPossessive = first ? "my" : style.thirdPersonPhrase() + "'s";
        String preferred = style.reportVerb();
        // Why: "stated" and "shared" take a clause or a quotation, not a bare noun phrase.
        this.nounReportVerb = NOUN_REPORT_VERBS.contains(preferred) ? preferred : "reported";
        this.clauseReportVerb = preferred.equals("endorsed") || preferred.equals("noted") ? "reported" : preferred;
        List<String> verbs = new ArrayList<>();
        verbs.add(style.interventionVerb());
        for (String v : List.of("introduced", "facilitated", "provided", "used")) {
            if (!verbs.contains(v)) {
                verbs.add(v);
            }
        }
        this.interventionVerbs = List.copyOf(verbs);
        this.longSentences = style.prefersLongSentences();
        this.abbreviations = style.abbreviations();
        properNames.addAll(properNames(prompt));
        this.subject = subject(prompt, term);
        this.pluralSubject = subject.equals("parents") || subject.equals("partners");
    }

    /** Words the prompt uses as names: they keep their capital inside a sentence. */
    public static Set<String> properNames(SessionPrompt prompt) {
        Set<String> names = new HashSet<>();
        for (Participant participant : prompt.participants()) {
            names.addAll(List.of(participant.name().split("\\s+")));
        }
        prompt.clientName().ifPresent(n -> names.addAll(List.of(n.given().split("\\s+"))));
        prompt.clinicianName().ifPresent(n -> names.addAll(List.of(n.family().split("\\s+"))));
        names.remove("");
        return names;
    }

    /** Who reports and responds: the client, or the couple or the parents in a joint session. */
    private static String subject(SessionPrompt p, String term) {
        List<Participant> people = p.participants();
        if (p.serviceType() == ServiceType.FAMILY_WITH_CLIENT && !people.isEmpty() && people.stream()
                .allMatch(x -> PARTNER_ROLES.contains(x.role().toLowerCase(Locale.ROOT)))) {
            return "couple";
        }
        if (p.serviceType() == ServiceType.FAMILY_WITHOUT_CLIENT && !people.isEmpty()) {
            boolean parents = people.stream().allMatch(x -> PARENT_ROLES.contains(x.role().toLowerCase(Locale.ROOT)));
            if (parents && people.size() > 1) {
                return "parents";
            }
            return people.size() == 1 ? term + "'s " + people.get(0).role() : "family";
        }
        return term;
    }

    /** The draft's sections, in format order; a section with nothing to say is left out. */
    public static List<DraftSection> compose(SessionPrompt prompt, NoteFormat format, StyleProfile style) {
        return new ProseComposer(prompt, format, style).sections();
    }

    private List<DraftSection> sections() {
        List<DraftSection> out = new ArrayList<>();
        Set<String> written = new HashSet<>();
        boolean riskFirst = p.risk().level().compareTo(ClinicalRiskLevel.MODERATE) >= 0;
        for (NoteSection section : format.sections()) {
            List<DraftSentence> sentences = new ArrayList<>();
            List<SectionContent> contents = new ArrayList<>(section.contents());
            if (riskFirst && contents.remove(SectionContent.RISK)) {
                // Why: at moderate or higher risk a reviewer reads the risk documentation first.
                int at = contents.indexOf(SectionContent.RESPONSE) >= 0 || contents.indexOf(SectionContent.SESSION) >= 0
                        ? contents.size() : 0;
                int progress = contents.indexOf(SectionContent.PROGRESS);
                contents.add(progress >= 0 ? progress : Math.min(at, contents.size()), SectionContent.RISK);
            }
            for (SectionContent content : contents) {
                for (DraftSentence s : write(content, section)) {
                    DraftSentence styled = new DraftSentence(abbreviate(s.text()), s.sources());
                    if (written.add(styled.text().toLowerCase(Locale.ROOT))) {
                        sentences.add(styled);
                    }
                }
            }
            if (!sentences.isEmpty()) {
                out.add(new DraftSection(section.key(), style.heading(section), sentences));
            }
        }
        return out;
    }

    private List<DraftSentence> write(SectionContent content, NoteSection section) {
        switch (content) {
            case SESSION:
                return session();
            case GOALS:
                return goals();
            case CONCERNS:
                return concerns();
            case MEDICATIONS:
                return medications();
            case MENTAL_STATUS:
                return mentalStatus();
            case SCREENING:
                return screening();
            case INTERVENTIONS:
                return interventions(section.contents().contains(SectionContent.RESPONSE));
            case RESPONSE:
                return responses(section.contents().contains(SectionContent.INTERVENTIONS));
            case PROGRESS:
                return progress();
            case RISK:
                return risk();
            case DIAGNOSIS:
                return diagnosis();
            case PLAN:
                return plan();
            default:
                throw new IllegalStateException("unknown content " + content);
        }
    }

    // ---- reading and wording --------------------------------------------------------------------

    private List<Phrase> read(String text, Slot slot) {
        return PhraseReader.read(text, slot, properNames);
    }

    private static final Pattern BARE_CLIENT = Pattern.compile(
            "(?<![Tt]he |[Aa] |[Tt]his |[Hh]er |[Hh]is |[Tt]heir |[Ee]ach |[Ee]very |[Nn]ew )\\b(client|patient)\\b(?![-'])");

    /** Clinician text in the profile's words: "client" or "patient", and "I" or the third-person phrase. */
    private String own(String text) {
        String out = text;
        if (out.indexOf("lient") >= 0 || out.indexOf("atient") >= 0) {
            out = BARE_CLIENT.matcher(out).replaceAll("the $1");
            out = CLIENT_WORD.matcher(out).replaceAll(m -> Character.isUpperCase(m.group().charAt(0))
                    ? capitalize(term) : term);
        }
        if (out.indexOf("pt") >= 0 || out.indexOf("Pt") >= 0 || out.indexOf("PT") >= 0) {
            out = PT_WORD.matcher(out).replaceAll(m -> (m.group(1) != null ? m.group(1) : "the") + " " + term);
        }
        if (thirdPerson && (out.indexOf('I') >= 0 || out.indexOf("my") >= 0)) {
            out = I_AM.matcher(out).replaceAll(actor + " was");
            out = FIRST_I.matcher(out).replaceAll(actor);
            out = FIRST_MY.matcher(out).replaceAll(actorPossessive);
        }
        return out;
    }

    private static final Pattern I_AM = Pattern.compile("(?<![A-Za-z])(?:I am|I'm)(?![A-Za-z])");
    private static final Pattern FIRST_I = Pattern.compile("(?<![A-Za-z])I(?![A-Za-z'])");
    private static final Pattern FIRST_MY = Pattern.compile("(?<![A-Za-z])my(?![A-Za-z])");

    private String the(String who) {
        return who.startsWith(term + "'s") || who.equals("parents") || who.equals("couple") || who.equals("family")
                || who.equals(term) ? "the " + who : who;
    }

    private String s() {
        return the(subject);
    }

    private String was() {
        return pluralSubject ? "were" : "was";
    }

    private static DraftSentence sentence(String text, List<String> sources) {
        return new DraftSentence(Phrases.sentence(text), sources);
    }

    private static DraftSentence sentence(String text, String source) {
        return sentence(text, List.of(source));
    }

    /** What the subject did or said, as a past-tense predicate ("denied SI/HI", "was receptive"). */
    private String pastPredicate(Phrase ph, String nounVerb, String topic) {
        switch (ph.kind()) {
            case PREDICATE:
            case GERUND: {
                String past = ph.past();
                if (ph.size() == 1 && EN.isSpeechVerb(ph.headVerb()) && !topic.isEmpty()) {
                    past += " " + topic;
                }
                return own(past);
            }
            case ADJECTIVE:
                return was() + " " + own(ph.text());
            case PASSIVE:
                if (EN.isSpeechVerb(ph.headVerb()) && ph.passiveTail().indexOf(' ') < 0) {
                    return ph.passiveTail() + " " + own(ph.passiveNoun().text());
                }
                return nounVerb + " " + own(ph.passiveNoun().withArticle()) + " " + ph.passiveTail();
            case CLAUSE:
                return own(ph.predicate().past());
            case QUOTE:
                return "stated, " + ph.text();
            default:
                return nounVerb + " " + own(ph.withArticle());
        }
    }

    /** A whole sentence for a phrase about the subject ("The client denied intent to act."). */
    private String aboutSubject(Phrase ph, String nounVerb, String topic) {
        if (ph.kind() == Kind.CLAUSE && !ph.clientSubject) {
            // "both partners denied...", "her husband keeps a handgun at home": the clause says who.
            return capitalize(own(withThe(ph, ph.past())));
        }
        return capitalize(s()) + " " + pastPredicate(ph, nounVerb, topic);
    }

    /** A phrase as an item in a list of things (factors): a noun phrase, a gerund, "being" + adjective. */
    private String asListItem(Phrase ph) {
        switch (ph.kind()) {
            case PREDICATE:
                return own(ph.gerund());
            case ADJECTIVE:
                return "being " + own(ph.text());
            case NOUN:
                return own(ph.withArticle());
            default:
                return own(ph.text());
        }
    }

    private static boolean listable(Phrase ph) {
        return ph.kind() != Kind.CLAUSE && ph.kind() != Kind.QUOTE && ph.text().indexOf(',') < 0
                && ph.text().indexOf(';') < 0;
    }

    // ---- session frame --------------------------------------------------------------------------

    private List<DraftSentence> session() {
        List<DraftSentence> out = new ArrayList<>();
        List<String> sources = new ArrayList<>(List.of("session"));
        List<String> people = new ArrayList<>();
        for (int i = 0; i < p.participants().size(); i++) {
            people.add(participant(p.participants().get(i)));
            sources.add("participants[" + i + "]");
        }
        boolean family = p.serviceType() == ServiceType.FAMILY_WITH_CLIENT;
        boolean withoutClient = p.serviceType() == ServiceType.FAMILY_WITHOUT_CLIENT;
        String who;
        if (withoutClient) {
            who = capitalize(list(people));
        } else if (family) {
            List<String> everyone = new ArrayList<>(List.of("The " + term));
            everyone.addAll(people);
            who = list(everyone);
        } else {
            who = "The " + term;
        }
        String how;
        if (p.modality() == Modality.IN_PERSON) {
            how = "in person at " + place(p.location());
        } else if (p.modality() == Modality.TELEHEALTH_VIDEO) {
            how = "by secure video" + (p.clientAtHome() ? " with the " + term + " joining from home" : "");
        } else {
            how = "by telephone (audio only)" + (p.clientAtHome() ? " with the " + term + " at home" : "");
        }
        String minutes = p.minutes() + "-minute";
        String when = Phrases.date(p.date()) + ", from " + Phrases.timeRange(p.start(), p.end());
        if (p.attendance() != Attendance.ATTENDED) {
            String what = p.attendance() == Attendance.NO_SHOW ? " did not attend " : " cancelled too late to reschedule ";
            out.add(sentence(who + what + "the " + service() + " scheduled for " + when + ", " + how.replace("in person at",
                    "at"), sources));
            return out;
        }
        String frame = who + " attended " + English.indefiniteArticle(minutes) + " " + minutes + " " + service() + " on "
                + when + ", " + how;
        boolean othersSeparately = !people.isEmpty() && !family && !withoutClient;
        if (othersSeparately && longSentences) {
            out.add(sentence(frame + ", joined by " + list(people), sources));
        } else {
            out.add(sentence(frame, othersSeparately ? List.of("session") : sources));
            if (othersSeparately) {
                out.add(sentence(capitalize(list(people)) + " also took part in the session",
                        sources.subList(1, sources.size())));
            }
        }
        return out;
    }

    private String place(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.equals("home") || lower.equals("client's home") || lower.equals("the client's home")) {
            return "the " + term + "'s home";
        }
        return own(Phrases.place(location));
    }

    private String participant(Participant who) {
        String role = "the " + term + "'s " + who.role().toLowerCase(Locale.ROOT);
        return who.name().isEmpty() ? role : role + " (" + who.name() + ")";
    }

    private String service() {
        switch (p.serviceType()) {
            case FAMILY_WITH_CLIENT:
                boolean couple = p.participants().stream()
                        .allMatch(x -> PARTNER_ROLES.contains(x.role().toLowerCase(Locale.ROOT)));
                return couple ? "couples psychotherapy session" : "family psychotherapy session";
            case FAMILY_WITHOUT_CLIENT:
                return "family psychotherapy session without the " + term + " present";
            case GROUP:
            case MULTI_FAMILY_GROUP:
                return "group psychotherapy session";
            case CRISIS:
                return "crisis psychotherapy session";
            case DIAGNOSTIC_EVALUATION:
            case DIAGNOSTIC_EVALUATION_MEDICAL:
                return "diagnostic evaluation";
            default:
                return "individual psychotherapy session";
        }
    }

    // ---- what the client brought ----------------------------------------------------------------

    private List<DraftSentence> concerns() {
        List<DraftSentence> own = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<String> itemSources = new ArrayList<>();
        for (int i = 0; i < p.presentingConcerns().size(); i++) {
            String source = "presentingConcerns[" + i + "]";
            for (Phrase ph : read(p.presentingConcerns().get(i), Slot.CONCERN)) {
                Phrase c = ph;
                if (c.kind() == Kind.CLAUSE && c.clientSubject && EN.isSpeechVerb(c.headVerb()) && c.size() > c.head + 1) {
                    // "Client reports feeling hopeless": what was reported is the concern.
                    List<Phrase> rest = read(c.from(c.head + 1), Slot.CONCERN);
                    c = rest.get(0);
                }
                String item = aboutOthers() && (c.kind() == Kind.PREDICATE || c.kind() == Kind.GERUND) ? "" : concernItem(c);
                if (item.isEmpty()) {
                    own.add(sentence(concernSentence(c), source));
                } else {
                    items.add(item);
                    itemSources.add(source);
                }
            }
        }
        List<DraftSentence> listed = new ArrayList<>();
        if (longSentences) {
            int firstPart = items.size() >= 4 ? 2 : items.size();
            if (firstPart > 0) {
                listed.add(sentence("The " + subject + " " + nounReportVerb + " " + list(items.subList(0, firstPart)),
                        itemSources.subList(0, firstPart)));
            }
            if (firstPart < items.size()) {
                listed.add(sentence("The " + subject + " also " + otherReportVerb(0) + " "
                        + list(items.subList(firstPart, items.size())), itemSources.subList(firstPart, items.size())));
            }
        } else {
            for (int i = 0; i < items.size(); i++) {
                String text;
                if (i == 0) {
                    text = "The " + subject + " " + nounReportVerb + " " + items.get(i);
                } else if (i % 3 == 1) {
                    text = "The " + subject + " also " + otherReportVerb(i) + " " + items.get(i);
                } else if (i % 3 == 2) {
                    text = "In addition, the " + subject + " " + otherReportVerb(i) + " " + items.get(i);
                } else {
                    text = "The " + subject + " further " + otherReportVerb(i) + " " + items.get(i);
                }
                listed.add(sentence(text, itemSources.get(i)));
            }
        }
        listed.addAll(own);
        return listed;
    }

    /** A concern as the object of "reported", or "" when it needs a sentence of its own. */
    private String concernItem(Phrase c) {
        switch (c.kind()) {
            case NOUN:
                // "behind in three classes": a state, reported as "being behind in three classes".
                return English.PREPOSITIONS.contains(c.word(0)) ? "being " + own(c.text()) : own(c.withArticle());
            case GERUND:
                return own(c.text());
            case ADJECTIVE:
                return "feeling " + own(c.text());
            case PREDICATE:
                return EN.isSpeechVerb(c.headVerb()) || c.form == null && !c.word(c.head).equals("to")
                        && !EN.isAux(c.word(c.head)) ? "" : own(c.word(c.head).equals("to") ? "wanting " + c.text()
                        : c.gerund());
            default:
                return "";
        }
    }

    /** True when the people reporting are not the client (parents or family without the client present). */
    private boolean aboutOthers() {
        return p.serviceType() == ServiceType.FAMILY_WITHOUT_CLIENT;
    }

    private String concernSentence(Phrase c) {
        if (aboutOthers() && (c.kind() == Kind.PREDICATE || c.kind() == Kind.GERUND)) {
            // The parents report on the client: "The parents reported that the client spends nights gaming."
            return capitalize(s()) + " " + clauseReportVerb + " that the " + term + " " + own(c.kind() == Kind.GERUND
                    ? c.past() : c.text());
        }
        switch (c.kind()) {
            case CLAUSE:
                if (c.clientSubject) {
                    return capitalize(s()) + " " + own(c.predicate().past());
                }
                if (EN.isSpeechVerb(c.headVerb()) || p.serviceType() != ServiceType.INDIVIDUAL
                        && p.serviceType() != ServiceType.CRISIS && p.serviceType() != ServiceType.DIAGNOSTIC_EVALUATION) {
                    // Someone else in the room said it, or it is about them: state it, do not attribute it to the client.
                    return capitalize(own(withThe(c, c.past())));
                }
                return capitalize(s()) + " " + clauseReportVerb + " that " + own(c.withThe());
            case QUOTE:
                return capitalize(s()) + " stated, " + c.text();
            case PASSIVE:
                return aboutSubject(c, nounReportVerb, "");
            default:
                return capitalize(s()) + " " + own(c.past());
        }
    }

    /** {@code rendered} with "the" before it when the phrase opens with a bare word for a person. */
    private static String withThe(Phrase ph, String rendered) {
        return ph.withThe().startsWith("the ") && !ph.text().startsWith("the ") ? "the " + rendered : rendered;
    }

    private String otherReportVerb(int i) {
        List<String> others = new ArrayList<>(List.of("reported", "described", "noted"));
        others.remove(nounReportVerb);
        return others.get(i % others.size());
    }

    private List<DraftSentence> medications() {
        if (p.medications().isEmpty()) {
            return List.of();
        }
        List<String> meds = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        boolean commas = false;
        for (int i = 0; i < p.medications().size(); i++) {
            String m = own(read(p.medications().get(i), Slot.NAME).get(0).text());
            meds.add(m);
            commas |= m.indexOf(',') >= 0;
            sources.add("medications[" + i + "]");
        }
        if (commas && meds.size() > 1) {
            List<DraftSentence> out = new ArrayList<>();
            for (int i = 0; i < meds.size(); i++) {
                out.add(sentence((i == 0 ? "By the " + term + "'s report, current medications included "
                        : "Current medications also included ") + meds.get(i), sources.get(i)));
            }
            return out;
        }
        return List.of(sentence("By the " + term + "'s report, current " + (meds.size() == 1 ? "medication was "
                : "medications were ") + list(meds), sources));
    }

    private List<DraftSentence> mentalStatus() {
        List<String> states = new ArrayList<>();
        List<String> stateSources = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        List<String> findingSources = new ArrayList<>();
        List<DraftSentence> separate = new ArrayList<>();
        for (int i = 0; i < p.mentalStatus().size(); i++) {
            String source = "mentalStatus[" + i + "]";
            for (Phrase o : read(p.mentalStatus().get(i), Slot.MENTAL_STATUS)) {
                switch (o.kind()) {
                    case ADJECTIVE:
                        states.add(own(o.text()));
                        stateSources.add(source);
                        break;
                    case NOUN:
                    case GERUND:
                    case PASSIVE:
                        int at = o.kind() == Kind.NOUN ? o.smallClauseAt() : -1;
                        if (at > 0) {
                            String who = o.join(o.tokens, 0, at);
                            boolean plural = who.startsWith("both") || who.contains(" and ") || who.endsWith("s")
                                    && !who.endsWith("ss");
                            separate.add(sentence(capitalize(own(who)) + (plural ? " were " : " was ")
                                    + own(o.from(at)), source));
                        } else {
                            findings.add(own(o.kind() == Kind.PASSIVE ? o.text() : o.text()));
                            findingSources.add(source);
                        }
                        break;
                    case CLAUSE:
                        separate.add(sentence(o.clientSubject ? capitalize(s()) + " " + own(o.predicate().past())
                                : capitalize(own(o.past())), source));
                        break;
                    case QUOTE:
                        separate.add(sentence(capitalize(s()) + " stated, " + o.text(), source));
                        break;
                    default:
                        separate.add(sentence(capitalize(s()) + " " + own(o.past()), source));
                        break;
                }
            }
        }
        List<DraftSentence> out = new ArrayList<>();
        if (!states.isEmpty()) {
            String text = "On mental status examination, " + s() + " " + was() + " " + list(states);
            List<String> sources = new ArrayList<>(stateSources);
            if (!findings.isEmpty()) {
                text += ", with " + list(findings);
                sources.addAll(findingSources);
            }
            out.add(sentence(text, sources));
        } else if (!findings.isEmpty()) {
            out.add(sentence("Mental status was notable for " + list(findings), findingSources));
        }
        out.addAll(separate);
        return out;
    }

    private List<DraftSentence> screening() {
        List<DraftSentence> out = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < p.screeningScores().size(); i++) {
            ScreeningScore sc = p.screeningScores().get(i);
            String part = "the " + sc.instrument().display() + " total score was " + sc.total() + ", in the "
                    + sc.band() + " range";
            if (longSentences && p.screeningScores().size() > 1) {
                parts.add(part);
                sources.add("screeningScores[" + i + "]");
            } else {
                out.add(sentence(capitalize(part), "screeningScores[" + i + "]"));
            }
        }
        if (!parts.isEmpty()) {
            out.add(sentence(capitalize(String.join(", and ", parts)), sources));
        }
        return out;
    }

    // ---- what the clinician did and how the client responded -----------------------------------

    private List<DraftSentence> interventions(boolean tiedToResponse) {
        List<DraftSentence> out = new ArrayList<>();
        if (p.attendance() != Attendance.ATTENDED) {
            for (int i = 0; i < p.outreach().size(); i++) {
                out.addAll(actionSentences(read(p.outreach().get(i), Slot.ACTION), "outreach[" + i + "]", i, true));
            }
            return out;
        }
        for (int i = 0; i < p.interventions().size(); i++) {
            Intervention in = p.interventions().get(i);
            String source = "interventions[" + i + "]";
            List<String> extra = new ArrayList<>();
            String did = interventionClause(in, i, extra);
            if (tiedToResponse && in.responseText().isPresent()) {
                List<Phrase> response = read(in.response(), Slot.RESPONSE);
                if (longSentences && extra.isEmpty() && response.size() == 1) {
                    out.add(sentence(did + ", and " + responseBody(response.get(0)), source));
                } else {
                    out.add(sentence(did, source));
                    extra.forEach(e -> out.add(sentence(e, source)));
                    for (Phrase r : response) {
                        out.add(sentence(responseLead(i, in, false) + responseBody(r), source));
                    }
                }
            } else {
                out.add(sentence(did, source));
                extra.forEach(e -> out.add(sentence(e, source)));
            }
        }
        return out;
    }

    private String interventionClause(Intervention in, int i, List<String> extra) {
        String verb = interventionVerbs.get(i % interventionVerbs.size());
        String lead;
        switch (i % 5) {
            case 0:
                lead = capitalize(actor) + " ";
                break;
            case 1:
                lead = capitalize(actor) + " also ";
                break;
            case 2:
                lead = "Next, " + actor + " ";
                break;
            case 3:
                lead = "Later in the session, " + actor + " ";
                break;
            default:
                lead = "In addition, " + actor + " ";
                break;
        }
        String name = interventionName(in);
        String what = verb.equals("guided") ? "guided the " + term + " through " + name : verb + " " + name;
        StringBuilder focus = new StringBuilder();
        if (in.focusText().isPresent()) {
            List<Phrase> parts = read(in.focus(), Slot.FOCUS);
            Phrase f = parts.get(0);
            String on = i % 2 == 0 ? " focused on " : " centered on ";
            switch (f.kind()) {
                case PREDICATE:
                    if (f.form == English.Form.PAST) {
                        focus.append(" and ").append(own(f.past()));
                    } else {
                        focus.append(on).append(own(f.gerund()));
                    }
                    break;
                case CLAUSE:
                    extra.add(capitalize(own(f.clientSubject ? s() + " " + f.predicate().past() : f.past())));
                    break;
                case NOUN:
                    focus.append(on).append(own(f.withArticle()));
                    break;
                default:
                    focus.append(on).append(own(f.text()));
                    break;
            }
            for (int k = 1; k < parts.size(); k++) {
                extra.add(capitalize(own(parts.get(k).kind() == Kind.CLAUSE ? parts.get(k).past()
                        : s() + " " + pastPredicate(parts.get(k), "worked on", ""))));
            }
        }
        return lead + what + focus;
    }

    private String interventionName(Intervention in) {
        if (in.label().isEmpty()) {
            return in.name();
        }
        Phrase label = read(in.label(), Slot.NAME).get(0);
        return own(label.withArticle());
    }

    private String responseLead(int i, Intervention in, boolean separateSection) {
        if (separateSection) {
            switch (i % 4) {
                case 0:
                    return "In response to " + interventionName(in) + ", ";
                case 1:
                    return "During " + interventionName(in) + ", ";
                case 2:
                    return "Following " + interventionName(in) + ", ";
                default:
                    return "With " + interventionName(in) + ", ";
            }
        }
        switch (i % 3) {
            case 0:
                return "In response, ";
            case 1:
                return "During this work, ";
            default:
                return "Following this, ";
        }
    }

    /** How the subject responded, as a clause: "the client identified...", "the mother agreed...". */
    private String responseBody(Phrase r) {
        if (r.kind() == Kind.CLAUSE && !r.clientSubject) {
            return own(Phrases.decapitalize(withThe(r, r.past())));
        }
        int at = r.kind() == Kind.NOUN ? r.smallClauseAt() : -1;
        if (at == 1) {
            return "the " + subject + "'s " + own(r.tokens.get(0)) + " was " + own(r.from(1));
        }
        return s() + " " + pastPredicate(r, "showed", "");
    }

    private List<DraftSentence> responses(boolean tiedToInterventions) {
        List<DraftSentence> out = new ArrayList<>();
        boolean anyPerIntervention = false;
        if (!tiedToInterventions) {
            for (int i = 0; i < p.interventions().size(); i++) {
                Intervention in = p.interventions().get(i);
                if (in.responseText().isPresent()) {
                    anyPerIntervention = true;
                    for (Phrase r : read(in.response(), Slot.RESPONSE)) {
                        out.add(sentence(responseLead(i, in, true) + responseBody(r), "interventions[" + i + "]"));
                    }
                }
            }
        } else {
            anyPerIntervention = p.interventions().stream().anyMatch(x -> x.responseText().isPresent());
        }
        if (!p.clientResponse().isEmpty()) {
            boolean firstPhrase = true;
            for (Phrase r : read(p.clientResponse(), Slot.RESPONSE)) {
                String body = responseBody(r);
                String text = anyPerIntervention && firstPhrase ? "Overall, " + body : capitalize(body);
                out.add(sentence(text, "clientResponse"));
                firstPhrase = false;
            }
        }
        return out;
    }

    // ---- goals and progress ---------------------------------------------------------------------

    /** "the goal to reduce...", "the goal of fewer...". */
    private String goal(String text) {
        Phrase g = read(text, Slot.GOAL).get(0);
        if (g.kind() == Kind.CLAUSE) {
            g = g.predicate();
        }
        switch (g.kind()) {
            case PREDICATE:
                return "the goal to " + own(g.base());
            case ADJECTIVE:
                return "the goal of being " + own(g.text());
            case GERUND:
                return "the goal of " + own(g.text());
            default:
                return "the goal of " + own(g.text());
        }
    }

    private List<DraftSentence> goals() {
        List<DraftSentence> out = new ArrayList<>();
        for (int i = 0; i < p.goals().size(); i++) {
            String g = goal(p.goals().get(i).goal());
            String text = i == 0 ? "This session addressed the treatment-plan " + g.substring("the ".length())
                    : "It also addressed " + g;
            out.add(sentence(text, "goals[" + i + "]"));
        }
        return out;
    }

    private List<DraftSentence> progress() {
        List<DraftSentence> out = new ArrayList<>();
        boolean goalsNamedEarlier = format.sectionHolding(SectionContent.GOALS).isPresent();
        int n = p.goals().size();
        for (int i = 0; i < n; i++) {
            GoalProgress g = p.goals().get(i);
            String source = "goals[" + i + "]";
            String ref = goalsNamedEarlier ? (n == 1 ? "this goal" : "the " + ORDINALS.get(Math.min(i, 9)) + " goal")
                    : goal(g.goal());
            String evidence = "";
            List<String> evidenceSentences = new ArrayList<>();
            if (!g.evidence().isEmpty()) {
                for (Phrase e : read(g.evidence(), Slot.EVIDENCE)) {
                    boolean state = e.kind() == Kind.NOUN && (English.PREPOSITIONS.contains(e.word(0))
                            || Set.of("back", "down", "up", "off", "out", "over").contains(e.word(0)));
                    if (state) {
                        evidenceSentences.add("The " + term + " was " + own(e.text()));
                    } else if ((e.kind() == Kind.NOUN || e.kind() == Kind.GERUND) && evidence.isEmpty()) {
                        evidence = ", as evidenced by " + own(e.withArticle());
                    } else if (e.kind() == Kind.CLAUSE) {
                        evidenceSentences.add(e.clientSubject ? "The " + term + " " + own(e.predicate().past())
                                : capitalize(own(withThe(e, e.past()))));
                    } else {
                        // Progress is the client's, whoever else was in the room.
                        evidenceSentences.add("The " + term + " " + pastPredicate(e, nounReportVerb, ""));
                    }
                }
            }
            String text;
            if (g.rating() == ProgressRating.GOAL_MET) {
                text = "The " + term + (i == 0 ? " met " : " also met ") + ref + evidence;
            } else if (i % 2 == 0) {
                text = "The " + term + " " + g.rating().predicate() + " toward " + ref + evidence;
            } else {
                text = "Toward " + ref + ", the " + term + " " + g.rating().predicate() + evidence;
            }
            out.add(sentence(capitalize(text), source));
            evidenceSentences.forEach(e -> out.add(sentence(e, source)));
        }
        return out;
    }

    // ---- risk -------------------------------------------------------------------------------------

    private List<DraftSentence> risk() {
        ClinicalRiskAssessment r = p.risk();
        List<DraftSentence> out = new ArrayList<>();
        List<Integer> usedActions = new ArrayList<>();
        boolean elevated = r.level().compareTo(ClinicalRiskLevel.MODERATE) >= 0;
        statements(out, r.ideation(), "risk.ideation", "suicidal or homicidal ideation");
        statements(out, r.intent(), "risk.intent", "intent");
        statements(out, r.plan(), "risk.plan", "a plan");
        statements(out, r.means(), "risk.means", "access to means");
        if (elevated) {
            factors(out, r.protectiveFactors(), "Protective factors included ", "A further protective factor was that ",
                    "risk.protectiveFactors");
            safetyPlan(out, r, usedActions);
            followUp(out, r, usedActions);
        }
        if (!r.riskFactors().isEmpty()) {
            factors(out, r.riskFactors(), "Risk factors included ", "A further risk factor was that ", "risk.riskFactors");
        }
        if (!r.level().aboveNone()) {
            out.add(sentence(capitalize(actorPossessive) + " risk assessment identified no current risk of harm to"
                    + " self or others", "risk.level"));
        } else {
            out.add(sentence(capitalize(actor) + " assessed the " + term + "'s current risk of harm as "
                    + r.level().display(), "risk.level"));
        }
        if (!elevated) {
            factors(out, r.protectiveFactors(), "Protective factors included ", "A further protective factor was that ",
                    "risk.protectiveFactors");
            if (!r.safetyPlan().isEmpty()) {
                safetyPlan(out, r, usedActions);
            }
        }
        List<String> nouns = new ArrayList<>();
        List<String> nounSources = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < r.actionsTaken().size(); i++) {
            if (usedActions.contains(i)) {
                continue;
            }
            String source = "risk.actionsTaken[" + i + "]";
            for (Phrase a : read(r.actionsTaken().get(i), Slot.ACTION)) {
                if (a.kind() == Kind.NOUN && listable(a)) {
                    nouns.add(own(a.withArticle()));
                    nounSources.add(source);
                } else {
                    out.addAll(actionSentences(List.of(a), source, k++, false));
                }
            }
        }
        if (!nouns.isEmpty()) {
            out.add(sentence("Risk-related actions this session included " + list(nouns), nounSources));
        }
        if (!elevated && !r.followUp().isEmpty()) {
            followUp(out, r, usedActions);
        }
        return out;
    }

    private void statements(List<DraftSentence> out, String text, String source, String topic) {
        if (text.isEmpty()) {
            return;
        }
        for (Phrase ph : read(text, Slot.RISK_STATEMENT)) {
            String sentence;
            if (source.equals("risk.plan") && ph.kind() == Kind.PREDICATE && ph.form == English.Form.BASE
                    && !EN.isSpeechVerb(ph.headVerb())) {
                // A plan typed as what the client would do: "overdose on stored pills".
                sentence = capitalize(s()) + " described a plan to " + own(ph.base());
            } else {
                sentence = aboutSubject(ph, "reported", topic);
            }
            out.add(sentence(sentence, source));
        }
    }

    private void factors(List<DraftSentence> out, List<String> items, String lead, String clauseLead, String field) {
        List<String> listed = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<DraftSentence> separate = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String source = field + "[" + i + "]";
            for (Phrase f : read(items.get(i), Slot.FACTOR)) {
                if (f.kind() == Kind.CLAUSE || f.kind() == Kind.QUOTE) {
                    separate.add(sentence(clauseLead + own(f.text()), source));
                } else if (f.kind() == Kind.PREDICATE && EN.isSpeechVerb(f.headVerb())) {
                    // "says she does not want her kids to lose their mother": what the client said.
                    separate.add(sentence(capitalize(s()) + " " + own(f.past()), source));
                } else if (!listable(f)) {
                    separate.add(sentence((separate.isEmpty() && listed.isEmpty() ? lead : lead.replace(" included",
                            " also included")) + asListItem(f), source));
                } else {
                    listed.add(asListItem(f));
                    sources.add(source);
                }
            }
        }
        if (!listed.isEmpty()) {
            out.add(sentence(lead + list(listed), sources));
        }
        out.addAll(separate);
    }

    private void safetyPlan(List<DraftSentence> out, ClinicalRiskAssessment r, List<Integer> usedActions) {
        if (!r.safetyPlan().isEmpty()) {
            for (Phrase ph : read(r.safetyPlan(), Slot.ACTION)) {
                if (ph.kind() == Kind.NOUN) {
                    out.add(sentence("Safety planning this session produced " + own(ph.withArticle()),
                            "risk.safetyPlan"));
                } else {
                    out.addAll(actionSentences(List.of(ph), "risk.safetyPlan", 0, false));
                }
            }
            return;
        }
        for (int i = 0; i < r.actionsTaken().size(); i++) {
            if (r.actionsTaken().get(i).toLowerCase(Locale.ROOT).contains("safety plan")) {
                usedActions.add(i);
                out.addAll(actionSentences(read(r.actionsTaken().get(i), Slot.ACTION), "risk.actionsTaken[" + i + "]",
                        0, false));
                return;
            }
        }
    }

    private void followUp(List<DraftSentence> out, ClinicalRiskAssessment r, List<Integer> usedActions) {
        if (!r.followUp().isEmpty()) {
            for (Phrase ph : read(r.followUp(), Slot.PLAN)) {
                switch (ph.kind()) {
                    case NOUN:
                    case GERUND:
                        out.add(sentence("Follow-up is set as " + own(ph.withArticle()), "risk.followUp"));
                        break;
                    case PASSIVE:
                        out.add(sentence(capitalize(own(ph.passiveNoun().withArticle())) + (ph.passiveNoun().plural()
                                ? " were " : " was ") + ph.passiveTail(), "risk.followUp"));
                        break;
                    default:
                        out.add(sentence(planSentence(ph, 0), "risk.followUp"));
                        break;
                }
            }
            return;
        }
        for (int i = 0; i < r.actionsTaken().size(); i++) {
            String a = r.actionsTaken().get(i).toLowerCase(Locale.ROOT);
            if (!usedActions.contains(i) && (a.contains("follow") || a.contains("check-in") || a.contains("safety check"))) {
                usedActions.add(i);
                out.addAll(actionSentences(read(r.actionsTaken().get(i), Slot.ACTION), "risk.actionsTaken[" + i + "]",
                        0, false));
                return;
            }
        }
        p.nextAppointment().ifPresent(next -> out.add(sentence("Follow-up is set for the next session on "
                + Phrases.weekdayDate(next.toLocalDate()) + ", at " + Phrases.time(next.toLocalTime()),
                "nextAppointment")));
    }

    /** What the clinician did: "This clinician completed...", "A safety plan was completed.". */
    private List<DraftSentence> actionSentences(List<Phrase> phrases, String source, int index, boolean outreach) {
        List<DraftSentence> out = new ArrayList<>();
        for (Phrase a : phrases) {
            String lead = index == 0 ? capitalize(actor) + " " : index % 3 == 1 ? capitalize(actor) + " also "
                    : index % 3 == 2 ? "In addition, " + actor + " " : capitalize(actor) + " further ";
            switch (a.kind()) {
                case PREDICATE:
                case GERUND:
                    out.add(sentence(lead + own(a.past()), source));
                    break;
                case CLAUSE:
                    out.add(sentence(capitalize(own(a.clientSubject ? s() + " " + a.predicate().past() : a.past())),
                            source));
                    break;
                case PASSIVE:
                    Phrase noun = a.passiveNoun();
                    out.add(sentence(capitalize(own(noun.withArticle())) + (noun.plural() ? " were " : " was ")
                            + own(a.passiveTail()), source));
                    break;
                case NOUN:
                    out.add(sentence((outreach ? "Outreach included " : "Risk-related actions included ")
                            + own(a.withArticle()), source));
                    break;
                default:
                    out.add(sentence(capitalize(s()) + " " + pastPredicate(a, "reported", ""), source));
                    break;
            }
            index++;
        }
        return out;
    }

    private List<DraftSentence> diagnosis() {
        if (p.diagnoses().isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        boolean commas = false;
        for (DiagnosisCode d : p.diagnoses()) {
            String name = own(diagnosisName(d.description()));
            commas |= name.indexOf(',') >= 0;
            parts.add(name + " (" + d.code() + ")");
        }
        if (commas && parts.size() > 1) {
            List<DraftSentence> out = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                out.add(sentence(i == 0 ? "Treatment this session targeted the " + term + "'s diagnosis of " + parts.get(i)
                        : "It also addressed the diagnosis of " + parts.get(i), "diagnoses[" + i + "]"));
            }
            return out;
        }
        String noun = parts.size() == 1 ? "diagnosis" : "diagnoses";
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            sources.add("diagnoses[" + i + "]");
        }
        return List.of(sentence("Treatment this session targeted the " + term + "'s " + noun + " of " + list(parts),
                sources));
    }

    /** "Oppositional defiant disorder" as "oppositional defiant disorder"; eponyms and acronyms keep capitals. */
    private static String diagnosisName(String description) {
        String d = Phrases.bare(description);
        if (d.length() > 1 && Character.isUpperCase(d.charAt(0)) && Character.isLowerCase(d.charAt(1))
                && !d.startsWith("Tourette") && !d.startsWith("Asperger") && !d.startsWith("Alzheimer")) {
            return Character.toLowerCase(d.charAt(0)) + d.substring(1);
        }
        return d;
    }

    // ---- plan -------------------------------------------------------------------------------------

    private List<DraftSentence> plan() {
        List<DraftSentence> out = new ArrayList<>();
        List<String> agreed = new ArrayList<>();
        List<String> agreedSources = new ArrayList<>();
        List<DraftSentence> own = new ArrayList<>();
        for (int i = 0; i < p.homework().size(); i++) {
            String source = "homework[" + i + "]";
            for (Phrase h : read(p.homework().get(i), Slot.HOMEWORK)) {
                Phrase x = h.kind() == Kind.CLAUSE && h.clientSubject ? h.predicate() : h;
                switch (x.kind()) {
                    case PREDICATE:
                    case GERUND:
                        if (x.form == English.Form.PAST) {
                            own.add(sentence(capitalize(s()) + " " + own(x.past()), source));
                        } else {
                            agreed.add(own(x.base()));
                            agreedSources.add(source);
                        }
                        break;
                    case NOUN:
                    case PASSIVE:
                        agreed.add(own(x.withArticle()));
                        agreedSources.add(source);
                        break;
                    case CLAUSE:
                        own.add(sentence(toWill(x), source));
                        break;
                    default:
                        own.add(sentence(capitalize(own(x.text())), source));
                        break;
                }
            }
        }
        boolean joinable = agreed.stream().noneMatch(a -> a.indexOf(',') >= 0);
        if (longSentences && joinable && !agreed.isEmpty()) {
            out.add(sentence("For homework, the " + subject + " agreed to " + list(agreed), agreedSources));
        } else {
            for (int i = 0; i < agreed.size(); i++) {
                String lead = i == 0 ? "For homework, the " + subject + " agreed to "
                        : i % 2 == 1 ? "The " + subject + " also agreed to " : "The " + subject + " further agreed to ";
                out.add(sentence(lead + agreed.get(i), agreedSources.get(i)));
            }
        }
        out.addAll(own);
        int k = 0;
        List<String> clinicianItems = new ArrayList<>();
        List<String> clinicianSources = new ArrayList<>();
        for (int i = 0; i < p.plan().size(); i++) {
            String source = "plan[" + i + "]";
            for (Phrase ph : read(p.plan().get(i), Slot.PLAN)) {
                Phrase x = ph.kind() == Kind.CLAUSE && ph.clientSubject && (ph.word(ph.head).equals("to")
                        || ph.word(ph.head).equals("will")) ? ph : ph;
                if (longSentences && x.kind() == Kind.PREDICATE && x.form != English.Form.PAST
                        && EN.isClinicianVerb(baseVerb(x)) && x.text().indexOf(',') < 0) {
                    clinicianItems.add(own(x.base()));
                    clinicianSources.add(source);
                    continue;
                }
                out.add(sentence(planSentence(x, k++), source));
            }
        }
        if (!clinicianItems.isEmpty()) {
            out.add(sentence(capitalize(actor) + " will " + list(clinicianItems), clinicianSources));
        }
        p.nextAppointment().ifPresent(next -> out.add(sentence("The next session is scheduled for "
                + Phrases.weekdayDate(next.toLocalDate()) + ", at " + Phrases.time(next.toLocalTime()),
                "nextAppointment")));
        return out;
    }

    private static String baseVerb(Phrase x) {
        String w = x.word(x.head);
        if (w.equals("to") || w.equals("will") || w.equals("shall")) {
            return EN.baseOf(x.word(x.head + 1));
        }
        return x.headVerb();
    }

    /** "parents to use the chart" as "The parents will use the chart"; other clauses as typed. */
    private String toWill(Phrase x) {
        if (!x.word(x.head).equals("to")) {
            return capitalize(own(x.text()));
        }
        String who = x.subject();
        String first = x.word(0);
        if (!English.DETERMINERS.contains(first) && !English.POSSESSIVES.contains(first) && !Phrase.isName(x.tokens.get(0))) {
            who = "the " + who;
        }
        return capitalize(own(who)) + " will " + own(x.predicate().base());
    }

    /** One plan element as a sentence: who will do it, or what the plan includes. */
    private String planSentence(Phrase x, int k) {
        switch (x.kind()) {
            case PREDICATE:
            case GERUND: {
                if (x.form == English.Form.PAST) {
                    return capitalize(actor) + " " + own(x.past());
                }
                String verb = baseVerb(x);
                String base = own(x.base());
                if (EN.isClientVerb(verb)) {
                    return "The " + subject + (k % 2 == 0 ? " will " : " will also ") + base;
                }
                if (EN.isClinicianVerb(verb)) {
                    switch (k % 4) {
                        case 0:
                            return capitalize(actor) + " will " + base;
                        case 1:
                            return capitalize(actor) + " will also " + base;
                        case 2:
                            return "In addition, " + actor + " will " + base;
                        default:
                            return "Going forward, " + actor + " will " + base;
                    }
                }
                return (k == 0 ? "The plan is to " : "The plan is also to ") + base;
            }
            case NOUN:
            case PASSIVE:
                return (k == 0 ? "The plan includes " : "The plan also includes ") + own(x.withArticle());
            case CLAUSE:
                if (x.clientSubject) {
                    String w = x.word(x.head);
                    if (w.equals("to")) {
                        return "The " + subject + " will " + own(x.predicate().base());
                    }
                    return capitalize(s()) + " " + own(x.predicate().text());
                }
                return toWill(x);
            default:
                return capitalize(own(x.text()));
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private String abbreviate(String text) {
        if (abbreviations.isEmpty()) {
            return text;
        }
        String out = text;
        for (String[] a : ABBREVIATE) {
            if (abbreviations.contains(a[2])) {
                out = out.replace(a[0], a[1]);
                if (Character.isUpperCase(a[1].charAt(0))) {
                    out = out.replace(capitalize(a[0]), a[1]);
                }
            }
        }
        return out;
    }

    /** For tests: the abbreviations a style expands to, the verifier's reverse map. */
    public static Map<String, String> expansions() {
        return Map.of("SI/HI", "suicidal and homicidal ideation", "SI", "suicidal ideation", "HI",
                "homicidal ideation", "MSE", "mental status", "HW", "homework", "f/u", "follow-up", "tx", "treatment");
    }
}
