package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.model.ServiceType;
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
import org.practicekit.notes.SectionContent;
import org.practicekit.notes.SessionPrompt;
import org.practicekit.notes.StyleProfile;

import static org.practicekit.notes.internal.Phrases.bare;
import static org.practicekit.notes.internal.Phrases.capitalize;
import static org.practicekit.notes.internal.Phrases.hasSubject;
import static org.practicekit.notes.internal.Phrases.list;

/**
 * Writes a prompt as clinical prose, section by section, in a clinician's style. Deterministic:
 * the same prompt, format and style always give the same text. Every sentence records the prompt
 * fields it came from. Session events are in the past tense, the plan in the future tense.
 */
public final class ProseComposer {
    private static final Set<String> PARTNER_ROLES = Set.of("partner", "spouse", "husband", "wife", "boyfriend",
            "girlfriend", "fiance", "fiancee", "fiancé", "fiancée");
    private static final List<String> NOUN_REPORT_VERBS = List.of("reported", "described", "noted", "endorsed");
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

    private final SessionPrompt p;
    private final NoteFormat format;
    private final String term;
    private final String actor;
    private final String actorPossessive;
    private final String reportVerb;
    private final List<String> interventionVerbs;
    private final boolean longSentences;
    private final Set<String> abbreviations;
    private final StyleProfile style;
    private final Set<String> properNames = new HashSet<>();
    private final String subject;

    private ProseComposer(SessionPrompt prompt, NoteFormat format, StyleProfile style) {
        this.p = prompt;
        this.format = format;
        this.style = style;
        this.term = style.term().word();
        boolean first = style.person() == StyleProfile.Person.FIRST;
        this.actor = first ? "I" : style.thirdPersonPhrase();
        this.actorPossessive = first ? "my" : style.thirdPersonPhrase() + "'s";
        String preferred = style.reportVerb();
        this.reportVerb = NOUN_REPORT_VERBS.contains(preferred) ? preferred : "reported";
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
        this.subject = subject(prompt, term);
        for (Participant participant : prompt.participants()) {
            for (String w : participant.name().split("\\s+")) {
                properNames.add(w);
            }
        }
    }

    private static final Set<String> PARENT_ROLES = Set.of("mother", "father", "parent", "stepmother", "stepfather",
            "guardian", "grandmother", "grandfather", "foster parent");
    private static final Set<String> MSE_NOUNS = Set.of("affect", "mood", "speech", "thought", "thoughts", "insight",
            "judgment", "judgement", "process", "content", "orientation", "attention", "concentration", "memory",
            "contact", "hygiene", "appearance", "behavior", "behaviour", "presentation", "testing", "slowing",
            "agitation", "reasoning", "perception", "grooming", "tearfulness", "cognition", "rapport", "demeanor",
            "hallucinations", "ideation", "retardation");

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
        for (NoteSection section : format.sections()) {
            List<DraftSentence> sentences = new ArrayList<>();
            for (SectionContent content : section.contents()) {
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

    // ---- session frame ----------------------------------------------------------------------

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
            who = "The " + term + " and " + list(people);
        } else {
            who = "The " + term;
        }
        String how;
        if (p.modality() == Modality.IN_PERSON) {
            how = "in person at " + Phrases.place(p.location());
        } else if (p.modality() == Modality.TELEHEALTH_VIDEO) {
            how = "by secure video" + (p.clientAtHome() ? " with the " + term + " joining from home" : "");
        } else {
            how = "by telephone (audio only)" + (p.clientAtHome() ? " with the " + term + " at home" : "");
        }
        String frame = who + " attended a " + p.minutes() + "-minute " + service() + " on " + Phrases.date(p.date())
                + ", from " + Phrases.timeRange(p.start(), p.end()) + ", " + how;
        boolean othersSeparately = !people.isEmpty() && !family && !withoutClient;
        if (othersSeparately && longSentences) {
            out.add(new DraftSentence(frame + ", joined by " + list(people) + ".", sources));
        } else {
            out.add(new DraftSentence(frame + ".", othersSeparately ? List.of("session") : sources));
            if (othersSeparately) {
                out.add(new DraftSentence(capitalize(list(people)) + (people.size() == 1 ? " also took" : " also took")
                        + " part in the session.", sources.subList(1, sources.size())));
            }
        }
        return out;
    }

    private String participant(Participant who) {
        String role = "the " + term + "'s " + who.role();
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

    // ---- what the client brought ------------------------------------------------------------

    private List<DraftSentence> concerns() {
        List<DraftSentence> out = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        List<String> plainSources = new ArrayList<>();
        for (int i = 0; i < p.presentingConcerns().size(); i++) {
            String c = p.presentingConcerns().get(i);
            String source = "presentingConcerns[" + i + "]";
            if (hasSubject(c)) {
                out.add(new DraftSentence(Phrases.sentence(c), List.of(source)));
            } else {
                plain.add(fragment(c));
                plainSources.add(source);
            }
        }
        List<DraftSentence> listed = new ArrayList<>();
        if (longSentences) {
            int firstPart = plain.size() >= 4 ? 2 : plain.size();
            if (firstPart > 0) {
                listed.add(new DraftSentence("The " + subject + " " + reportVerb + " " + list(plain.subList(0, firstPart))
                        + ".", plainSources.subList(0, firstPart)));
            }
            if (firstPart < plain.size()) {
                listed.add(new DraftSentence("The " + subject + " also " + otherReportVerb(0) + " "
                        + list(plain.subList(firstPart, plain.size())) + ".",
                        plainSources.subList(firstPart, plain.size())));
            }
        } else {
            for (int i = 0; i < plain.size(); i++) {
                String text;
                if (i == 0) {
                    text = "The " + subject + " " + reportVerb + " " + plain.get(i) + ".";
                } else if (i % 3 == 1) {
                    text = "The " + subject + " also " + otherReportVerb(i) + " " + plain.get(i) + ".";
                } else if (i % 3 == 2) {
                    text = "In addition, the " + subject + " " + otherReportVerb(i) + " " + plain.get(i) + ".";
                } else {
                    text = "The " + subject + " further " + otherReportVerb(i) + " " + plain.get(i) + ".";
                }
                listed.add(new DraftSentence(text, List.of(plainSources.get(i))));
            }
        }
        listed.addAll(out);
        return listed;
    }

    private String otherReportVerb(int i) {
        List<String> others = new ArrayList<>(NOUN_REPORT_VERBS);
        others.remove(reportVerb);
        others.remove("endorsed");
        return others.get(i % others.size());
    }

    private List<DraftSentence> medications() {
        if (p.medications().isEmpty()) {
            return List.of();
        }
        List<String> meds = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < p.medications().size(); i++) {
            meds.add(bare(p.medications().get(i)));
            sources.add("medications[" + i + "]");
        }
        return List.of(new DraftSentence("By the " + term + "'s report, current " + (meds.size() == 1
                ? "medication was " : "medications were ") + list(meds) + ".", sources));
    }

    private List<DraftSentence> mentalStatus() {
        List<String> states = new ArrayList<>();
        List<String> stateSources = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        List<String> findingSources = new ArrayList<>();
        for (int i = 0; i < p.mentalStatus().size(); i++) {
            String o = fragment(p.mentalStatus().get(i));
            boolean noun = false;
            for (String w : o.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                noun |= MSE_NOUNS.contains(w);
            }
            (noun ? findings : states).add(o);
            (noun ? findingSources : stateSources).add("mentalStatus[" + i + "]");
        }
        if (states.isEmpty() && findings.isEmpty()) {
            return List.of();
        }
        if (states.isEmpty()) {
            return List.of(new DraftSentence("Mental status was notable for " + list(findings) + ".", findingSources));
        }
        String text = "On mental status examination, the " + subject + " " + (subject.endsWith("s") ? "were " : "was ")
                + list(states);
        List<String> sources = new ArrayList<>(stateSources);
        if (!findings.isEmpty()) {
            text += ", with " + list(findings);
            sources.addAll(findingSources);
        }
        return List.of(new DraftSentence(text + ".", sources));
    }

    private List<DraftSentence> screening() {
        List<DraftSentence> out = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < p.screeningScores().size(); i++) {
            ScreeningScore s = p.screeningScores().get(i);
            String part = "the " + s.instrument().display() + " total score was " + s.total() + ", in the "
                    + s.band() + " range";
            if (longSentences) {
                parts.add(part);
                sources.add("screeningScores[" + i + "]");
            } else {
                out.add(new DraftSentence(capitalize(part) + ".", List.of("screeningScores[" + i + "]")));
            }
        }
        if (!parts.isEmpty()) {
            out.add(new DraftSentence(capitalize(String.join("; ", parts)) + ".", sources));
        }
        return out;
    }

    // ---- what the clinician did and how the client responded --------------------------------

    private List<DraftSentence> interventions(boolean tiedToResponse) {
        List<DraftSentence> out = new ArrayList<>();
        for (int i = 0; i < p.interventions().size(); i++) {
            Intervention in = p.interventions().get(i);
            String source = "interventions[" + i + "]";
            String did = interventionClause(in, i);
            if (tiedToResponse && in.responseText().isPresent()) {
                String response = in.response();
                if (longSentences) {
                    String rest = hasSubject(response) ? Phrases.decapitalize(bare(response))
                            : "the " + subject + " " + fragment(response);
                    out.add(new DraftSentence(did + ", and " + rest + ".", List.of(source)));
                } else {
                    out.add(new DraftSentence(did + ".", List.of(source)));
                    out.add(new DraftSentence(responseLead(i, in, false) + responseBody(response) + ".",
                            List.of(source)));
                }
            } else {
                out.add(new DraftSentence(did + ".", List.of(source)));
            }
        }
        return out;
    }

    private String interventionClause(Intervention in, int i) {
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
        String name = in.name();
        String what = verb.equals("guided") ? "guided the " + term + " through " + name : verb + " " + name;
        String focus = in.focusText().map(f -> {
            return (i % 2 == 0 ? " focused on " : " centered on ") + fragment(f);
        }).orElse("");
        return lead + what + focus;
    }

    private String responseLead(int i, Intervention in, boolean separateSection) {
        if (separateSection) {
            switch (i % 4) {
                case 0:
                    return "In response to " + in.name() + ", ";
                case 1:
                    return "During " + in.name() + ", ";
                case 2:
                    return "Following " + in.name() + ", ";
                default:
                    return "With " + in.name() + ", ";
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

    private String responseBody(String response) {
        return hasSubject(response) ? Phrases.decapitalize(bare(response)) : "the " + subject + " " + fragment(response);
    }

    private List<DraftSentence> responses(boolean tiedToInterventions) {
        List<DraftSentence> out = new ArrayList<>();
        boolean anyPerIntervention = false;
        if (!tiedToInterventions) {
            for (int i = 0; i < p.interventions().size(); i++) {
                Intervention in = p.interventions().get(i);
                if (in.responseText().isPresent()) {
                    anyPerIntervention = true;
                    String text = responseLead(i, in, true) + responseBody(in.response()) + ".";
                    out.add(new DraftSentence(capitalize(text), List.of("interventions[" + i + "]")));
                }
            }
        } else {
            anyPerIntervention = p.interventions().stream().anyMatch(x -> x.responseText().isPresent());
        }
        if (!p.clientResponse().isEmpty()) {
            String r = p.clientResponse();
            String text = anyPerIntervention ? "Overall, " + responseBody(r) : capitalize(responseBody(r));
            out.add(new DraftSentence(text + ".", List.of("clientResponse")));
        }
        return out;
    }

    // ---- goals and progress -----------------------------------------------------------------

    private List<DraftSentence> goals() {
        List<DraftSentence> out = new ArrayList<>();
        for (int i = 0; i < p.goals().size(); i++) {
            String g = Phrases.goal(p.goals().get(i).goal());
            String text = i == 0 ? "This session addressed the treatment-plan " + g.substring("the ".length())
                    : "It also addressed " + g;
            out.add(new DraftSentence(text + ".", List.of("goals[" + i + "]")));
        }
        return out;
    }

    private List<DraftSentence> progress() {
        List<DraftSentence> out = new ArrayList<>();
        boolean goalsNamedEarlier = format.sectionHolding(SectionContent.GOALS).isPresent();
        int n = p.goals().size();
        for (int i = 0; i < n; i++) {
            GoalProgress g = p.goals().get(i);
            String ref = goalsNamedEarlier ? (n == 1 ? "this goal" : "the " + ORDINALS.get(Math.min(i, 9)) + " goal")
                    : Phrases.goal(g.goal());
            String evidence = g.evidence().isEmpty() ? "" : ", as evidenced by " + fragment(g.evidence());
            String text;
            if (g.rating() == ProgressRating.GOAL_MET) {
                text = "The " + term + (i == 0 ? " met " : " also met ") + ref + evidence;
            } else if (i % 2 == 0) {
                text = "The " + term + " " + g.rating().predicate() + " toward " + ref + evidence;
            } else {
                text = "Toward " + ref + ", the " + term + " " + g.rating().predicate() + evidence;
            }
            out.add(new DraftSentence(capitalize(text) + ".", List.of("goals[" + i + "]")));
        }
        return out;
    }

    // ---- risk ---------------------------------------------------------------------------------

    private List<DraftSentence> risk() {
        ClinicalRiskAssessment r = p.risk();
        List<DraftSentence> out = new ArrayList<>();
        if (!r.ideation().isEmpty()) {
            out.add(new DraftSentence("When asked about safety, " + responseBody(r.ideation()) + ".",
                    List.of("risk.ideation")));
        }
        if (!r.level().aboveNone()) {
            out.add(new DraftSentence(capitalize(actorPossessive) + " risk assessment identified no current risk of"
                    + " harm to self or others.", List.of("risk.level")));
        } else {
            out.add(new DraftSentence(capitalize(actor) + " assessed the " + term + "'s current risk of harm as "
                    + r.level().display() + ".", List.of("risk.level")));
        }
        if (!r.riskFactors().isEmpty()) {
            out.add(listSentence("Identified risk factors were ", r.riskFactors(), "risk.riskFactors"));
        }
        if (!r.protectiveFactors().isEmpty()) {
            out.add(listSentence("Protective factors noted were ", r.protectiveFactors(), "risk.protectiveFactors"));
        }
        List<String> actions = r.actionsTaken();
        if (longSentences && !actions.isEmpty()) {
            List<String> parts = actions.stream().map(a -> fragment(a)).toList();
            out.add(new DraftSentence(capitalize(actor) + " " + list(parts) + ".", indexed("risk.actionsTaken",
                    actions.size())));
        } else {
            for (int i = 0; i < actions.size(); i++) {
                String a = fragment(actions.get(i));
                String lead = i == 0 ? capitalize(actor) + " " : i % 3 == 1 ? capitalize(actor) + " also "
                        : i % 3 == 2 ? "In addition, " + actor + " " : capitalize(actor) + " further ";
                out.add(new DraftSentence(lead + a + ".", List.of("risk.actionsTaken[" + i + "]")));
            }
        }
        return out;
    }

    private DraftSentence listSentence(String lead, List<String> items, String field) {
        List<String> parts = items.stream().map(this::fragment).toList();
        return new DraftSentence(lead + list(parts) + ".", indexed(field, items.size()));
    }

    private static List<String> indexed(String field, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(field + "[" + i + "]");
        }
        return out;
    }

    private List<DraftSentence> diagnosis() {
        if (p.diagnoses().isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (DiagnosisCode d : p.diagnoses()) {
            parts.add(fragment(d.description()) + " (" + d.code() + ")");
        }
        String noun = parts.size() == 1 ? "diagnosis" : "diagnoses";
        return List.of(new DraftSentence("Treatment this session targeted the " + term + "'s " + noun + " of "
                + list(parts) + ".", indexed("diagnoses", parts.size())));
    }

    // ---- plan ---------------------------------------------------------------------------------

    private List<DraftSentence> plan() {
        List<DraftSentence> out = new ArrayList<>();
        List<String> homework = new ArrayList<>();
        for (int i = 0; i < p.homework().size(); i++) {
            String h = p.homework().get(i);
            if (hasSubject(h)) {
                out.add(new DraftSentence(Phrases.sentence(h), List.of("homework[" + i + "]")));
            } else {
                homework.add(fragment(h));
            }
        }
        List<String> homeworkSources = new ArrayList<>();
        for (int i = 0; i < p.homework().size(); i++) {
            if (!hasSubject(p.homework().get(i))) {
                homeworkSources.add("homework[" + i + "]");
            }
        }
        List<DraftSentence> hw = new ArrayList<>();
        if (longSentences && !homework.isEmpty()) {
            hw.add(new DraftSentence("For homework, the " + subject + " agreed to " + list(homework) + ".",
                    homeworkSources));
        } else {
            for (int i = 0; i < homework.size(); i++) {
                String lead = i == 0 ? "For homework, the " + subject + " agreed to "
                        : i % 2 == 1 ? "The " + subject + " also agreed to " : "The " + subject + " further agreed to ";
                hw.add(new DraftSentence(lead + homework.get(i) + ".", List.of(homeworkSources.get(i))));
            }
        }
        hw.addAll(out);
        List<DraftSentence> plan = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<String> itemSources = new ArrayList<>();
        for (int i = 0; i < p.plan().size(); i++) {
            String item = p.plan().get(i);
            if (hasSubject(item)) {
                plan.add(new DraftSentence(Phrases.sentence(item), List.of("plan[" + i + "]")));
            } else {
                items.add(fragment(item));
                itemSources.add("plan[" + i + "]");
            }
        }
        List<DraftSentence> planned = new ArrayList<>();
        if (longSentences && !items.isEmpty()) {
            planned.add(new DraftSentence(capitalize(actor) + " will " + list(items) + ".", itemSources));
        } else {
            for (int i = 0; i < items.size(); i++) {
                String lead;
                switch (i % 4) {
                    case 0:
                        lead = capitalize(actor) + " will ";
                        break;
                    case 1:
                        lead = capitalize(actor) + " will also ";
                        break;
                    case 2:
                        lead = "In addition, " + actor + " will ";
                        break;
                    default:
                        lead = "Going forward, " + actor + " will ";
                        break;
                }
                planned.add(new DraftSentence(lead + items.get(i) + ".", List.of(itemSources.get(i))));
            }
        }
        hw.addAll(planned);
        hw.addAll(plan);
        p.nextAppointment().ifPresent(next -> hw.add(new DraftSentence("The next session is scheduled for "
                + Phrases.weekdayDate(next.toLocalDate()) + ", at " + Phrases.time(next.toLocalTime()) + ".",
                List.of("nextAppointment"))));
        return hw;
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A therapist's phrase set inside a sentence: no trailing period, lower-case first word unless a name. */
    private String fragment(String text) {
        String s = bare(text);
        String firstWord = Phrases.firstWord(s);
        return properNames.contains(firstWord) ? s : Phrases.decapitalize(s);
    }

    private String abbreviate(String text) {
        if (abbreviations.isEmpty()) {
            return text;
        }
        String out = text;
        for (String[] a : ABBREVIATE) {
            if (abbreviations.contains(a[2])) {
                out = out.replace(a[0], a[1]).replace(capitalize(a[0]), a[1]);
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
