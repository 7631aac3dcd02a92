package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;

/** What the default detector finds in a text, and what the guard sends for it to an endpoint without a BAA. */
final class PhiProbe {
    private final PatternPhiDetector detector = PatternPhiDetector.builder().build();
    private final PhiGuard guard = PhiGuard.builder().auditLog(new InMemoryAuditLog()).build();

    /** The detector's spans as "TYPE:text". */
    List<String> found(String text) {
        return detector.detect(text).stream().map(s -> s.type() + ":" + text.substring(s.start(), s.end())).toList();
    }

    /** The prompt as the model saw it; the answer, the prompt echoed, must come back exactly. */
    String sentThroughGuard(String text) {
        PhiGuardTest.EchoClient client = new PhiGuardTest.EchoClient(false);
        LlmResponse response = guard.complete(client, LlmRequest.builder().user(text).build(),
                KnownIdentifiers.none(), "client-13");
        assertThat(response.text()).isEqualTo(text);
        return client.seen.get(0).messages().get(0).text();
    }
}
