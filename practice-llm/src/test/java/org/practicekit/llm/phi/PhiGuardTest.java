package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.llm.LlmClient;
import org.practicekit.llm.LlmEndpoint;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;

class PhiGuardTest {
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T15:00:00Z"), ZoneOffset.UTC);

    /** Answers with the last user message, so restoring can be checked against the prompt. */
    static final class EchoClient extends LlmClient {
        final List<LlmRequest> seen = new ArrayList<>();
        private final LlmEndpoint endpoint;

        EchoClient(boolean baa) {
            this.endpoint = new LlmEndpoint("echo", "http://localhost/echo", baa);
        }

        @Override
        public LlmEndpoint endpoint() {
            return endpoint;
        }

        @Override
        protected LlmResponse doComplete(LlmRequest request) {
            seen.add(request);
            String last = request.messages().get(request.messages().size() - 1).text();
            return LlmResponse.builder().text(last).model("echo-1").build();
        }
    }

    private PhiGuard guard(PhiDetector detector) {
        return PhiGuard.builder().detector(detector).auditLog(audit).clock(clock).actor("dr-whitfield").build();
    }

    @Test
    void pseudonymizesSendsAndRestoresExactly() {
        EchoClient client = new EchoClient(false);
        KnownIdentifiers known = KnownIdentifiers.builder().addName("Keisha Brown").addDate(LocalDate.of(1985, 3, 14))
                .addPhone("+1 312 555 0148").build();
        String prompt = "Keisha Brown (DOB 03/14/1985) called from 312-555-0148. Keisha said Brown family is tense. "
                + "Email keisha.b@example.com.";
        LlmResponse response = guard(PatternPhiDetector.builder().build()).complete(client,
                LlmRequest.builder().user(prompt).build(), known, "client-17");

        String sent = client.seen.get(0).messages().get(0).text();
        assertThat(sent).doesNotContain("Keisha", "Brown", "1985", "312", "0148", "example.com");
        assertThat(sent).contains("[PERSON_1]", "[DATE_1]", "[PHONE_1]", "[EMAIL_1]");
        assertThat(response.text()).isEqualTo(prompt);

        AuditEvent event = audit.all().get(0);
        assertThat(event.action()).isEqualTo(PhiGuard.DISCLOSURE);
        assertThat(event.subject()).isEqualTo("client-17");
        assertThat(event.target()).isEqualTo("echo");
        assertThat(event.categories()).contains("PERSON", "DATE", "PHONE", "EMAIL");
        assertThat(event.details()).containsKey("requestSha256");
        assertThat(event.details().toString() + event.categories()).doesNotContain("Keisha", "0148", "1985");
    }

    /** A detector that finds nothing: everything below is the residual check's doing. */
    private static final PhiDetector BLIND = text -> List.of();

    @Test
    void residualCheckReplacesNamesTheDetectorMissedAndRestoresThem() {
        EchoClient client = new EchoClient(false);
        String prompt = "Okonkwo said his sister texted jenny; Dr. Brown saw her at Caterpillar in Peoria. "
                + "PHQ-9 was 17, CPT 90837, sertraline 100 mg, since 2019; call 988 if needed.";
        LlmResponse response = guard(BLIND).complete(client, LlmRequest.builder().user(prompt).build(),
                KnownIdentifiers.none(), "client-17");

        String sent = client.seen.get(0).messages().get(0).text();
        assertThat(sent).doesNotContain("Okonkwo", "jenny", "Brown", "Peoria", "Caterpillar");
        assertThat(sent).contains("[NAME_1] said his sister texted [NAME_2]", "PHQ-9 was 17", "CPT 90837",
                "sertraline 100 mg", "since 2019", "call 988");
        assertThat(response.text()).isEqualTo(prompt);
        assertThat(audit.all().get(0).categories()).contains(PhiCategory.NAME);
    }

    @Test
    void residualCheckReplacesTheOtherHalfOfAPairOfNames() {
        EchoClient client = new EchoClient(false);
        PhiDetector onlyLark = text -> {
            List<PhiSpan> spans = new ArrayList<>();
            for (String name : List.of("Lark", "cliff")) {
                int at = text.indexOf(name);
                if (at >= 0) {
                    spans.add(new PhiSpan(at, at + name.length(), PhiCategory.PERSON, 0.9));
                }
            }
            return spans;
        };
        String prompt = "Kit and Lark are her friends. lol brook and cliff broke up. Mom and Lark came.";
        LlmResponse response = guard(onlyLark).complete(client, LlmRequest.builder().user(prompt).build(),
                KnownIdentifiers.none(), "client-17");

        String sent = client.seen.get(0).messages().get(0).text();
        assertThat(sent).doesNotContain("Kit", "brook").contains("Mom and [");
        assertThat(response.text()).isEqualTo(prompt);
    }

    @Test
    void residualCheckLetsScoresMoneyCodesAndHeadingsThrough() {
        EchoClient client = new EchoClient(false);
        String prompt = "Dx F10.20; A1c 6.5%; scored 1450 on the SAT; rent is 1850 a month; billed 90837-95. "
                + "Mental Status Exam: Alert, Oriented x3, Mood Euthymic. Interventions: Cognitive Restructuring, "
                + "Validation. Homework: Thought Log. Next Session: Tuesday via Telehealth.";
        guard(BLIND).complete(client, LlmRequest.builder().user(prompt).build(), KnownIdentifiers.none(), "client-17");

        assertThat(client.seen.get(0).messages().get(0).text()).isEqualTo(prompt);
    }

    @Test
    void residualCheckFailsClosedOnAnIdentifierShapedNumberAndNamesOnlyItsCategory() {
        EchoClient client = new EchoClient(false);
        assertThatThrownBy(() -> guard(BLIND).complete(client,
                LlmRequest.builder().user("Her badge number is 77412093 and she works nights.").build(),
                KnownIdentifiers.none(), "client-17"))
                .isInstanceOf(PhiBlockedException.class).isInstanceOf(NonRetriableException.class)
                .hasMessageContaining("echo").hasMessageContaining("ID").hasMessageNotContaining("77412093");
        assertThat(client.seen).isEmpty();
        AuditEvent blocked = audit.all().get(0);
        assertThat(blocked.action()).isEqualTo(PhiGuard.BLOCKED);
        assertThat(blocked.toString()).doesNotContain("77412093");
    }

    @Test
    void anEndpointWithABaaGetsThePseudonymizedPromptWithoutTheResidualCheck() {
        EchoClient client = new EchoClient(true);
        guard(BLIND).complete(client, LlmRequest.builder().user("Badge 77412093, Okonkwo.").build(),
                KnownIdentifiers.none(), "client-17");
        assertThat(client.seen.get(0).messages().get(0).text()).isEqualTo("Badge 77412093, Okonkwo.");
    }

    @Test
    void sameValueGetsTheSamePlaceholderAcrossMessages() {
        EchoClient client = new EchoClient(true);
        KnownIdentifiers known = KnownIdentifiers.builder().addName("Marcus Lee").build();
        guard(PatternPhiDetector.builder().build()).complete(client,
                LlmRequest.builder().system("Notes about Marcus.").user("Marcus and Lee; MARCUS again").build(), known, "c");
        assertThat(client.seen.get(0).messages().get(0).text()).isEqualTo("Notes about [PERSON_1].");
        assertThat(client.seen.get(0).messages().get(1).text()).isEqualTo("[PERSON_1] and [PERSON_2]; [PERSON_3] again");
    }

    @Test
    void everyAnswerIsRestoredExactlyWhateverTheCaseOrTheAddressHolds() {
        EchoClient client = new EchoClient(false);
        KnownIdentifiers known = KnownIdentifiers.builder().addName("Marcus Lee").build();
        for (String prompt : List.of("marcus and Lee; MARCUS again, then Marcus.",
                "Her essays are at https://substack.com/@lina.r.notes and she shares them with Lina's group.",
                "He posts clips on youtube.com/@tomas.v.plays every night; Tomas says it calms him.",
                "Portfolio: https://behance.net/@mira_k/projects?tab=1 (Mira asked us not to share it).")) {
            LlmResponse response = guard(PatternPhiDetector.builder().build()).complete(client,
                    LlmRequest.builder().user(prompt).build(), known, "c");
            String sent = client.seen.get(client.seen.size() - 1).messages().get(0).text();
            assertThat(sent).doesNotContain("lina.r.notes", "tomas.v.plays", "mira_k", "arcus");
            assertThat(response.text()).isEqualTo(prompt);
        }
    }

    @Test
    void theResidualCheckLetsFormNamesAndProductsThrough() {
        EchoClient client = new EchoClient(false);
        String prompt = "Helped him with the CMS-1500 form; he now scrolls PaperTrail at night and takes Zelvorin 20 mg.";
        LlmResponse response = guard(BLIND).complete(client, LlmRequest.builder().user(prompt).build(),
                KnownIdentifiers.none(), "c");
        assertThat(client.seen.get(0).messages().get(0).text()).contains("CMS-1500", "PaperTrail", "Zelvorin");
        assertThat(response.text()).isEqualTo(prompt);
    }
}
