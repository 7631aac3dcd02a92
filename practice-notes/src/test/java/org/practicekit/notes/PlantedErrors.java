package org.practicekit.notes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.notes.internal.English;
import org.practicekit.notes.internal.PromptSources;

/**
 * Plants one error into a clean draft, the way the corpus line says: a new sentence (citing the
 * section's last sentence's fields, as a model would), a clause added to the sentence that holds a
 * phrase of the prompt, or a word replaced. The corrupted draft is marked as a model's draft, so it
 * goes through verification like an LLM answer would.
 */
final class PlantedErrors {
    private static final English EN = English.get();
    private static final Set<String> COMMA_LEADS = Set.of("and", "but", "after", "while", "since", "with", "which",
            "saying", "consistent", "following", "in", "as", "over", "for", "using", "through", "ahead", "now",
            "before", "when", "because", "although", "though", "despite", "during", "without", "including", "who",
            "where", "then", "due", "per", "given", "so", "yet", "or", "until", "once", "whereas");

    private PlantedErrors() {
    }

    /** The draft with the error planted, or empty when the error's words are not in the draft. */
    static Optional<NoteDraft> plant(NoteDraft clean, JsonNode error) {
        String mode = error.path("mode").asText();
        String kind = error.path("kind").asText();
        String text = error.path("text").asText();
        List<DraftSection> sections = new ArrayList<>();
        clean.sections().forEach(s -> sections.add(new DraftSection(s.key(), s.heading(),
                new ArrayList<>(s.sentences()))));
        boolean done;
        switch (mode) {
            case "new-sentence":
                done = newSentence(clean, sections, kind, text);
                break;
            case "clause":
                done = clause(clean, sections, error.path("find").asText(), text);
                break;
            default:
                done = replace(clean, sections, error.path("find").asText(), error.path("near").asText(""), text,
                        kind.equals("wrong-actor"));
                break;
        }
        if (!done) {
            return Optional.empty();
        }
        return Optional.of(NoteDraft.unverified(clean.prompt(), clean.format(), sections, DrafterKind.LLM, "planted"));
    }

    private static boolean newSentence(NoteDraft clean, List<DraftSection> sections, String kind, String text) {
        SectionContent where;
        if (kind.startsWith("risk")) {
            where = SectionContent.RISK;
        } else if (kind.contains("homework") || kind.contains("next-appointment")) {
            where = SectionContent.PLAN;
        } else if (kind.contains("intervention") || kind.contains("negation")) {
            where = SectionContent.INTERVENTIONS;
        } else if (kind.contains("score")) {
            where = SectionContent.SCREENING;
        } else {
            where = SectionContent.CONCERNS;
        }
        String key = clean.format().sectionHolding(where).orElseThrow().key();
        for (int i = 0; i < sections.size(); i++) {
            DraftSection s = sections.get(i);
            if (s.key().equals(key)) {
                List<DraftSentence> list = new ArrayList<>(s.sentences());
                List<String> sources = list.isEmpty() ? List.of("session") : list.get(list.size() - 1).sources();
                list.add(new DraftSentence(text, sources));
                sections.set(i, new DraftSection(s.key(), s.heading(), list));
                return true;
            }
        }
        return false;
    }

    private static boolean clause(NoteDraft clean, List<DraftSection> sections, String find, String text) {
        int[] at = locate(sections, find);
        if (at == null) {
            at = citing(clean, sections, find);
        }
        if (at == null) {
            return false;
        }
        DraftSentence s = sections.get(at[0]).sentences().get(at[1]);
        String body = s.text();
        String end = body.endsWith(".") || body.endsWith("!") || body.endsWith("?") ? body.substring(body.length() - 1)
                : "";
        body = body.substring(0, body.length() - end.length());
        String first = text.split("\\s+")[0].toLowerCase(Locale.ROOT);
        String joined = body + (COMMA_LEADS.contains(first) ? ", " : " and ") + text + (end.isEmpty() ? "." : end);
        set(sections, at, new DraftSentence(joined, s.sources()));
        return true;
    }

    /**
     * Replaces {@code find} nearest {@code near}. A wrong actor is planted only in a sentence that holds both:
     * changing "the client" in an unrelated sentence would not move the deed {@code near} names to anyone.
     */
    private static boolean replace(NoteDraft clean, List<DraftSection> sections, String find, String near,
            String text, boolean sameSentence) {
        for (String variant : variants(find)) {
            Pattern word = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(variant) + "(?![A-Za-z0-9])",
                    Pattern.CASE_INSENSITIVE);
            int[] best = null;
            int bestStart = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int i = 0; i < sections.size(); i++) {
                List<DraftSentence> list = sections.get(i).sentences();
                for (int j = 0; j < list.size(); j++) {
                    String t = list.get(j).text();
                    Matcher m = word.matcher(t);
                    while (m.find()) {
                        int distance = near.isEmpty() ? 0 : distance(t, m.start(), near);
                        if (sameSentence && distance >= 10_000) {
                            continue;
                        }
                        if (distance < bestDistance) {
                            bestDistance = distance;
                            best = new int[] {i, j};
                            bestStart = m.start();
                        }
                    }
                }
            }
            if (best != null) {
                DraftSentence s = sections.get(best[0]).sentences().get(best[1]);
                String t = s.text();
                String replacement = bestStart == 0 ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
                set(sections, best, new DraftSentence(t.substring(0, bestStart) + replacement
                        + t.substring(bestStart + variant.length()), s.sources()));
                return true;
            }
        }
        return false;
    }

    /** The word as typed, then its other verb forms ("denies" is written "denied" in a past-tense note). */
    private static List<String> variants(String find) {
        List<String> out = new ArrayList<>(List.of(find));
        String base = EN.baseOf(find.toLowerCase(Locale.ROOT));
        if (!base.isEmpty() && !find.contains(" ")) {
            for (String v : List.of(EN.past(base), EN.third(base), EN.gerund(base), base, EN.participle(base))) {
                if (!out.contains(v)) {
                    out.add(v);
                }
            }
        }
        // A style profile writes "patient" for "client", and the clinician as "this writer", "this therapist" or "I".
        if (find.toLowerCase(Locale.ROOT).matches(".*\\bclient\\b.*")) {
            out.add(find.replaceAll("(?i)\\bclient\\b", "patient"));
        }
        if (find.toLowerCase(Locale.ROOT).matches(".*\\b(this|the) clinician\\b.*")) {
            for (String self : List.of("this writer", "this therapist", "I")) {
                out.add(find.replaceAll("(?i)\\b(this|the) clinician\\b", self));
            }
        }
        return out;
    }

    private static int distance(String text, int at, String near) {
        String lower = text.toLowerCase(Locale.ROOT);
        String n = near.toLowerCase(Locale.ROOT);
        int best = 10_000;
        int i = lower.indexOf(n);
        while (i >= 0) {
            best = Math.min(best, Math.abs(i - at));
            i = lower.indexOf(n, i + 1);
        }
        return best;
    }

    private static int[] locate(List<DraftSection> sections, String find) {
        String f = find.toLowerCase(Locale.ROOT);
        for (int i = 0; i < sections.size(); i++) {
            List<DraftSentence> list = sections.get(i).sentences();
            for (int j = 0; j < list.size(); j++) {
                if (list.get(j).text().toLowerCase(Locale.ROOT).contains(f)) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    /** The first sentence citing the prompt field whose value holds {@code find}. */
    private static int[] citing(NoteDraft clean, List<DraftSection> sections, String find) {
        String f = find.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> field : PromptSources.of(clean.prompt()).entrySet()) {
            if (!field.getValue().toLowerCase(Locale.ROOT).contains(f)) {
                continue;
            }
            for (int i = 0; i < sections.size(); i++) {
                List<DraftSentence> list = sections.get(i).sentences();
                for (int j = 0; j < list.size(); j++) {
                    if (list.get(j).sources().contains(field.getKey())) {
                        return new int[] {i, j};
                    }
                }
            }
        }
        return null;
    }

    private static void set(List<DraftSection> sections, int[] at, DraftSentence sentence) {
        DraftSection s = sections.get(at[0]);
        List<DraftSentence> list = new ArrayList<>(s.sentences());
        list.set(at[1], sentence);
        sections.set(at[0], new DraftSection(s.key(), s.heading(), list));
    }
}
