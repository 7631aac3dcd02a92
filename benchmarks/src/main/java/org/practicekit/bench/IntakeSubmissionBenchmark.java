package org.practicekit.bench;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.practicekit.core.intake.ConsentDocument;
import org.practicekit.core.intake.ConsentSignature;
import org.practicekit.core.intake.InsuranceField;
import org.practicekit.core.intake.IntakeFields;
import org.practicekit.core.intake.IntakePacket;
import org.practicekit.core.intake.IntakeReview;
import org.practicekit.core.intake.IntakeSubmission;

/**
 * A complete intake submission for the standard packet (36 answers, 5 consents) as a portal posts it
 * (form-encoded): parsed, validated against every item's rules, merged and scored (PHQ-9, GAD-7)
 * with {@link IntakePacket#review}, against the baseline of only parsing the same body into a map.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IntakeSubmissionBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private IntakePacket packet;
    private String body;

    @Setup
    public void setUp() {
        packet = IntakePacket.standard();
        Map<String, String> a = new LinkedHashMap<>();
        a.put(IntakeFields.GIVEN_NAME, "Jordan");
        a.put(IntakeFields.FAMILY_NAME, "Ellery");
        a.put(IntakeFields.BIRTH_DATE, "1991-04-09");
        a.put(IntakeFields.MOBILE, "(217) 555-0142");
        a.put(IntakeFields.EMAIL, "jordan.ellery@example.com");
        a.put(IntakeFields.ADDRESS, "42 Elm Street\nSpringfield\nIL\n62704");
        a.put(IntakeFields.LANGUAGE, "en");
        a.put(IntakeFields.EMERGENCY_NAME, "Casey Ellery");
        a.put(IntakeFields.EMERGENCY_RELATIONSHIP, "sibling");
        a.put(IntakeFields.EMERGENCY_PHONE, "217-555-0199");
        a.put(InsuranceField.SELF_PAY_ITEM, "false");
        a.put(InsuranceField.PAYER_NAME.itemId(), "Prairie Health Plan");
        a.put(InsuranceField.PAYER_ID.itemId(), "60054");
        a.put(InsuranceField.PLAN_KIND.itemId(), "commercial");
        a.put(InsuranceField.MEMBER_ID.itemId(), "PHP123456789");
        a.put(InsuranceField.GROUP_NUMBER.itemId(), "GRP-778");
        a.put(InsuranceField.PLAN_NAME.itemId(), "Prairie Choice PPO");
        a.put(IntakeFields.PRESENTING_CONCERNS, "Trouble sleeping and constant worry since a job change; "
                + "it is affecting work and my relationship. I would like to understand what is going on.");
        a.put(IntakeFields.GOALS, "Sleep better, worry less, and feel like myself again.");
        a.put(IntakeFields.PRIOR_THERAPY, "no");
        int[] phq = {1, 2, 2, 1, 1, 1, 2, 0, 0};
        for (int i = 0; i < phq.length; i++) {
            a.put("phq9." + (i + 1), Integer.toString(phq[i]));
        }
        int[] gad = {2, 2, 3, 2, 1, 2, 1};
        for (int i = 0; i < gad.length; i++) {
            a.put("gad7." + (i + 1), Integer.toString(gad[i]));
        }
        StringJoiner form = new StringJoiner("&");
        a.forEach((k, v) -> form.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        body = form.toString();
        if (!validateAndScore().complete()) {
            throw new IllegalStateException("the benchmark submission must be complete");
        }
    }

    private static Map<String, String> parse(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Baseline: only parsing the answers into a map. */
    @Benchmark
    public Map<String, String> baselineParseIntoMap() {
        return parse(body);
    }

    /** The same parse, then every item validated and canonicalized, consents checked, screenings scored. */
    @Benchmark
    public IntakeReview validateAndScore() {
        IntakeSubmission.Builder submission = IntakeSubmission.builder().answers(parse(body));
        for (ConsentDocument d : packet.consents()) {
            submission.consent(ConsentSignature.signed(d.id(), d.version(), "Jordan Ellery"));
        }
        return packet.review(submission.build(), Map.of(), Set.of(), TODAY);
    }
}
