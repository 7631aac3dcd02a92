package org.practicekit.examples;

import java.util.Map;
import java.util.stream.Collectors;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;
import org.practicekit.llm.phi.KnownIdentifiers;
import org.practicekit.llm.phi.PhiBlockedException;
import org.practicekit.llm.phi.PhiGuard;
import org.practicekit.testing.llm.ScriptedLlmClient;

/**
 * An AI summary request passes the PHI guard: identifiers become placeholders before anything leaves,
 * the model (a scripted stand-in for a cloud endpoint without a BAA) sees only placeholders, the
 * answer comes back with the real values, and the disclosure is audited. Then a note with a number the
 * guard cannot place (no rule knows it, so its residual check treats it as an identifier) is refused.
 */
final class PhiGuardChapter implements PracticeDay.Chapter {
    private static final String NOTE = "Keisha Brown (DOB 03/14/1985) reported that her husband Marcus moved to "
            + "Evanston on 10/28/2025. She can be reached at 312-555-0148. PHQ-9 was 17, down from 21; "
            + "CPT 90837; she rated her anxiety 7/10.";

    @Override
    public String title() {
        return "An AI summary behind the PHI guard";
    }

    @Override
    public void run(DemoPractice p) {
        // The model client and the guard are ports the practice was built with.
        ScriptedLlmClient cloud = p.practice.port(ScriptedLlmClient.class).orElseThrow();
        PhiGuard guard = p.practice.port(PhiGuard.class).orElseThrow();
        KnownIdentifiers known = KnownIdentifiers.builder().addName("Keisha Brown").addPhone("312-555-0148").build();

        p.log.step("Dr. Whitfield asks for an AI summary of a session note. The model endpoint \""
                + cloud.endpoint().name() + "\" has no BAA with the practice.");
        LlmResponse answer = guard.complete(cloud, LlmRequest.builder().system("Summarise the note in one sentence.")
                .user(NOTE).build(), known, "client-keisha");
        String sent = cloud.requests().get(0).messages().get(1).text();
        p.log.detail("What the model received: " + sent);
        p.log.detail("Clinical numbers stay readable: PHQ-9, CPT 90837 and 7/10 were not touched.");
        p.log.step("The answer came back with the placeholders replaced by the real values ("
                + answer.text().length() + " characters), for the clinician to review.");
        AuditEvent event = p.audit.all().get(p.audit.all().size() - 1);
        p.log.detail("Audited: " + event.action() + " to " + event.target() + ", categories "
                + String.join(", ", new java.util.TreeSet<>(event.categories())) + "; request fingerprint "
                + event.details().get("requestSha256").substring(0, 12) + "...; no PHI in the audit record.");

        // A number no rule knows survives pseudonymization; the residual check refuses to send it.
        try {
            guard.complete(cloud, LlmRequest.builder().user("Marcus said the gate code at her building is 48213.")
                    .build(), KnownIdentifiers.builder().addName("Marcus").build(), "client-keisha");
        } catch (PhiBlockedException e) {
            Map<String, Integer> remaining = e.remaining();
            p.log.step("A second request still held an identifier-shaped number after pseudonymization ("
                    + remaining.entrySet().stream().map(en -> en.getValue() + " " + en.getKey())
                    .collect(Collectors.joining(", ")) + "), so the guard refused it: nothing was sent.");
        }
        p.log.detail("Requests that reached the model: " + cloud.requests().size() + ".");
    }
}
