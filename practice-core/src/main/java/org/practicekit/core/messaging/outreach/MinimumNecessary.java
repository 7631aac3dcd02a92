package org.practicekit.core.messaging.outreach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.core.Problems;
import org.practicekit.core.spi.OutboundMessage;

/**
 * The minimum-necessary check for SMS and email: a message may carry times, links and the
 * practice's name, never a diagnosis, a screening score, a medication or a clinical topic. SMS and
 * email are read on lock screens and shared devices; anything clinical belongs in the portal.
 * Immutable and thread-safe.
 */
public final class MinimumNecessary {
    private static final List<String> STANDARD_TERMS = List.of("diagnosis", "diagnosed", "depression", "depressive",
            "anxiety", "panic disorder", "ptsd", "trauma", "bipolar", "schizophrenia", "psychosis", "adhd", "ocd",
            "autism", "eating disorder", "anorexia", "bulimia", "substance use", "alcohol use", "addiction", "opioid",
            "suicide", "suicidal", "self-harm", "self harm", "overdose", "phq-9", "phq9", "gad-7", "gad7", "screening score",
            "medication", "prescription", "antidepressant", "sertraline", "fluoxetine", "lithium", "therapy notes",
            "progress note", "treatment plan", "psychotherapy", "psychiatric", "mental health", "relapse", "abuse",
            "grief", "couples counseling", "icd-10");
    private static final Pattern ICD10_MENTAL = Pattern.compile("\\bF\\d{2}(?:\\.\\d{1,3})?\\b");

    private static final MinimumNecessary STANDARD = new MinimumNecessary(STANDARD_TERMS);

    private final List<String> terms;
    private final List<Pattern> patterns;

    private MinimumNecessary(List<String> terms) {
        this.terms = List.copyOf(terms);
        List<Pattern> p = new ArrayList<>();
        for (String t : this.terms) {
            p.add(Pattern.compile("\\b" + Pattern.quote(t.toLowerCase(Locale.ROOT)) + "\\b"));
        }
        this.patterns = List.copyOf(p);
    }

    /** The standard list of clinical terms and ICD-10 F codes. */
    public static MinimumNecessary standard() {
        return STANDARD;
    }

    /** This check plus a practice's own terms (a clinic name that names a condition, a program name). */
    public MinimumNecessary withTerms(String... more) {
        List<String> all = new ArrayList<>(terms);
        for (String t : more) {
            Objects.requireNonNull(t, "term == null");
            if (!t.isBlank()) {
                all.add(t.strip());
            }
        }
        return new MinimumNecessary(all);
    }

    /**
     * The clinical terms found in {@code text}, empty when it is fit for SMS or email. The terms come
     * from this check's own list, so naming them is safe in an error message.
     */
    public List<String> findings(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(t).find()) {
                out.add(terms.get(i));
            }
        }
        Matcher icd = ICD10_MENTAL.matcher(text);
        if (icd.find()) {
            out.add("an ICD-10 F code");
        }
        return out;
    }

    /** Throws a {@link org.practicekit.core.ValidationException} naming each clinical term in the subject or body. */
    public void check(OutboundMessage message) {
        Problems problems = Problems.of("outbound message (" + message.purpose() + ")");
        for (String f : findings(message.body())) {
            problems.add("body", "carries clinical content (" + f + "); keep it for the portal");
        }
        message.subject().ifPresent(s -> {
            for (String f : findings(s)) {
                problems.add("subject", "carries clinical content (" + f + "); keep it for the portal");
            }
        });
        problems.throwIfAny();
    }
}
