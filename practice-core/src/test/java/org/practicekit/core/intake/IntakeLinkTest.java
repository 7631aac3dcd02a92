package org.practicekit.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.spi.OutboundMessage;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.store.StoredFields;

/** What a client's intake link opens, for how long, and what it shows before the client says who they are. */
class IntakeLinkTest {
    private final IntakeRig rig = new IntakeRig();
    private final IntakeWorkflow workflow = rig.workflow;

    private String started(String caseId) {
        workflow.start(IntakeRig.inquiry(caseId));
        return IntakeRig.linkToken(last("intake.packet"));
    }

    private OutboundMessage last(String purpose) {
        List<OutboundMessage> sent = rig.outbox.messages().stream().filter(m -> m.purpose().equals(purpose)).toList();
        assertThat(sent).as("messages sent for %s", purpose).isNotEmpty();
        return sent.get(sent.size() - 1);
    }

    private void saveProgress(String caseId, Map<String, String> answers) {
        workflow.submit(caseId, IntakeSubmission.builder().answers(answers).saveOnly(true).build());
    }

    @Test
    void aLinkStopsOpeningTheCaseAfterItsValidityAndAReminderOpensItAgain() {
        String token = started("case-exp");

        rig.clock.set(IntakeRig.T0.plus(Duration.ofDays(14)).minusSeconds(1));
        assertThat(workflow.openLink(token)).isPresent();
        rig.clock.set(IntakeRig.T0.plus(Duration.ofDays(14)));
        assertThat(workflow.openLink(token)).as("14 days after the last message").isEmpty();
        assertThat(workflow.confirmIdentity(token, "0142").outcome()).isEqualTo(IdentityConfirmation.Outcome.NOT_OPEN);

        workflow.due(rig.clock.instant());
        OutboundMessage reminder = last("intake.reminder");
        assertThat(IntakeRig.linkToken(reminder)).as("the reminder carries the same link").isEqualTo(token);
        assertThat(workflow.openLink(token)).as("a message extends the link").hasValueSatisfying(l ->
                assertThat(l.expiresAt()).isEqualTo(rig.clock.instant().plus(Duration.ofDays(14))));
    }

    @Test
    void aLinkOpensNothingOnceTheIntakeTakesNoMoreAnswers() {
        String token = started("case-done");
        assertThat(workflow.openLink(token)).isPresent();

        workflow.submit("case-done", SampleAnswers.completeSubmission());

        assertThat(workflow.find("case-done").orElseThrow().status().closedToAnswers()).isTrue();
        assertThat(workflow.openLink(token)).isEmpty();
        assertThat(workflow.confirmIdentity(token, "1991-04-09").outcome())
                .isEqualTo(IdentityConfirmation.Outcome.NOT_OPEN);

        String cancelled = started("case-cancelled");
        workflow.cancel("case-cancelled");
        assertThat(workflow.openLink(cancelled)).isEmpty();
        assertThatThrownBy(() -> workflow.reissueLink("case-cancelled")).isInstanceOf(ValidationException.class);
    }

    @Test
    void aGuessedAlteredOrForeignTokenOpensNothing() {
        String token = started("case-guess");
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 500; i++) {
            byte[] guess = new byte[16];
            random.nextBytes(guess);
            assertThat(workflow.openLink(HexFormat.of().formatHex(guess))).isEmpty();
        }
        char flipped = token.charAt(31) == '0' ? '1' : '0';
        assertThat(workflow.openLink(token.substring(0, 31) + flipped)).isEmpty();
        assertThat(workflow.openLink(token.toUpperCase(java.util.Locale.ROOT))).isEmpty();
        assertThat(workflow.openLink(token + "0")).isEmpty();
        assertThat(workflow.openLink("")).isEmpty();

        IntakeWorkflow otherSecret = IntakeWorkflow.builder().store(rig.store).channel(rig.outbox).escalation(rig.escalations)
                .ehr(rig.ehr).eligibility(rig.eligibility).audit(rig.audit).clock(rig.clock)
                .practiceName("Prairie Counseling").portalUrl("https://portal.prairie.example/intake/")
                .linkSecret("another-practice-secret-of-at-least-32-bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .build();
        assertThat(otherSecret.openLink(token)).as("the store alone, without the practice's secret").isEmpty();
    }

    @Test
    void savedAnswersAreShownOnlyAfterTheClientConfirmsTheirDateOfBirth() {
        String token = started("case-dob");
        assertThat(workflow.openLink(token)).hasValueSatisfying(l -> {
            assertThat(l.answersSaved()).isFalse();
            assertThat(l.identityCheck()).as("a texted link, nothing saved yet").isEqualTo(IntakeLink.IdentityCheck.PHONE_LAST_FOUR);
        });
        saveProgress("case-dob", Map.of(IntakeFields.GIVEN_NAME, "Jordan", IntakeFields.BIRTH_DATE, "1991-04-09"));

        IntakeLink link = workflow.openLink(token).orElseThrow();
        assertThat(link.answersSaved()).isTrue();
        assertThat(link.identityCheck()).isEqualTo(IntakeLink.IdentityCheck.DATE_OF_BIRTH);
        assertThat(link.toString()).doesNotContain("Jordan", "1991");

        IdentityConfirmation wrong = workflow.confirmIdentity(token, "1991-09-04");
        assertThat(wrong.outcome()).isEqualTo(IdentityConfirmation.Outcome.WRONG_ANSWER);
        assertThat(wrong.intakeCase()).isEmpty();
        assertThat(wrong.attemptsLeft()).isEqualTo(4);
        assertThatThrownBy(() -> workflow.confirmIdentity(token, "last spring"))
                .as("an unreadable answer is not a try").isInstanceOf(ValidationException.class);

        IdentityConfirmation right = workflow.confirmIdentity(token, "04/09/1991");
        assertThat(right.outcome()).isEqualTo(IdentityConfirmation.Outcome.CONFIRMED);
        assertThat(right.intakeCase().orElseThrow().answers()).containsEntry(IntakeFields.GIVEN_NAME, "Jordan");
        assertThat(workflow.confirmIdentity(token, "1991-09-04").attemptsLeft()).as("a right answer resets the count")
                .isEqualTo(4);
        assertThat(rig.audit.all()).filteredOn(e -> e.action().equals("intake.answers-shown")).singleElement()
                .satisfies(e -> assertThat(e.toString()).doesNotContain("1991", token));
    }

    @Test
    void fiveWrongAnswersLockTheLinkAndTellStaffAndOnlyANewLinkOpensTheCaseAgain() {
        String token = started("case-lock");
        saveProgress("case-lock", Map.of(IntakeFields.GIVEN_NAME, "Jordan"));
        assertThat(workflow.openLink(token).orElseThrow().identityCheck()).isEqualTo(IntakeLink.IdentityCheck.PHONE_LAST_FOUR);

        for (String guess : List.of("0000", "1111", "2222", "3333")) {
            assertThat(workflow.confirmIdentity(token, guess).outcome()).isEqualTo(IdentityConfirmation.Outcome.WRONG_ANSWER);
        }
        assertThat(rig.newInstance().confirmIdentity(token, "4444").outcome()).as("tries add up across instances")
                .isEqualTo(IdentityConfirmation.Outcome.LOCKED);

        assertThat(rig.escalations.calls).extracting(c -> c.escalation().category()).containsExactly("intake.link-locked");
        assertThat(rig.escalations.calls.get(0).escalation().summary()).contains("case-lock").doesNotContain("0142", token);
        assertThat(workflow.openLink(token)).isEmpty();
        assertThat(workflow.confirmIdentity(token, "0142").outcome()).as("locked even for the right answer")
                .isEqualTo(IdentityConfirmation.Outcome.NOT_OPEN);
        assertThat(workflow.find("case-lock").orElseThrow().linkLocked()).isTrue();

        workflow.reissueLink("case-lock");

        String fresh = IntakeRig.linkToken(last("intake.link-reissued"));
        assertThat(fresh).isNotEqualTo(token);
        assertThat(workflow.openLink(token)).as("the old link is retired").isEmpty();
        assertThat(workflow.confirmIdentity(fresh, "0142").outcome()).isEqualTo(IdentityConfirmation.Outcome.CONFIRMED);
        assertThat(workflow.find("case-lock").orElseThrow().linkLocked()).isFalse();
        workflow.due(IntakeRig.T0.plus(Duration.ofHours(25)));
        assertThat(IntakeRig.linkToken(last("intake.reminder"))).as("reminders carry the new link").isEqualTo(fresh);
    }

    @Test
    void anEmailedLinkWithNoDateOfBirthSavedShowsNoSavedAnswers() {
        workflow.start(IntakeRig.inquiry("case-mail").toBuilder()
                .contact(org.practicekit.core.model.ContactPoint.email("jordan.ellery@example.com")).build());
        String token = IntakeRig.linkToken(last("intake.packet"));
        saveProgress("case-mail", Map.of(IntakeFields.GIVEN_NAME, "Jordan"));

        assertThat(workflow.openLink(token).orElseThrow().identityCheck()).isEqualTo(IntakeLink.IdentityCheck.NONE);
        IdentityConfirmation c = workflow.confirmIdentity(token, "1234");
        assertThat(c.outcome()).isEqualTo(IdentityConfirmation.Outcome.NOT_AVAILABLE);
        assertThat(c.intakeCase()).isEmpty();
    }

    @Test
    void noStoredRecordHoldsTheLinkAClientWasSent() {
        String token = started("case-rows");
        saveProgress("case-rows", Map.of(IntakeFields.BIRTH_DATE, "1991-04-09"));
        workflow.due(IntakeRig.T0.plus(Duration.ofHours(25)));

        for (String kind : List.of(IntakeWorkflow.CASE_KIND, IntakeWorkflow.LINK_KIND)) {
            for (StoredRecord r : rig.store.list(kind)) {
                assertThat(r.id() + r.payload()).as("%s %s", kind, r.id()).doesNotContain(token);
            }
        }
    }

    @Test
    void aCaseStoredWithAPlainTokenIsSentANewLinkAndThePlainOneStopsWorking() {
        started("case-old");
        String plain = "5f2b9a0c4e7d41a8b3c6d9e0f1a2b3c4";
        storeAsAnEarlierVersionDid("case-old", plain);
        started("case-old-closed");
        workflow.submit("case-old-closed", SampleAnswers.completeSubmission());
        String plainClosed = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
        storeAsAnEarlierVersionDid("case-old-closed", plainClosed);
        assertThat(workflow.openLink(plain)).as("never the plain token itself").isEmpty();

        assertThat(workflow.migrateLinks()).isEqualTo(2);

        String fresh = IntakeRig.linkToken(last("intake.link-reissued"));
        assertThat(rig.outbox.messages()).filteredOn(m -> m.purpose().equals("intake.link-reissued")).singleElement()
                .satisfies(m -> assertThat(m.idempotencyKey()).isEqualTo("intake/case-old/link/1"));
        assertThat(workflow.openLink(fresh)).hasValueSatisfying(l -> assertThat(l.caseId()).isEqualTo("case-old"));
        assertThat(rig.store.read(IntakeWorkflow.LINK_KIND, plain)).isEmpty();
        assertThat(rig.store.read(IntakeWorkflow.LINK_KIND, plainClosed)).isEmpty();
        assertThat(rig.store.read(IntakeWorkflow.CASE_KIND, "case-old").orElseThrow().payload()).doesNotContain(plain);
        assertThat(rig.store.read(IntakeWorkflow.CASE_KIND, "case-old-closed").orElseThrow().payload()).doesNotContain(plainClosed);
        assertThat(workflow.migrateLinks()).as("once").isZero();
    }

    @Test
    void anOpenCaseWithAPlainTokenIsMigratedByDueWork() {
        started("case-due");
        storeAsAnEarlierVersionDid("case-due", "9e8d7c6b5a4f30211203f4e5d6c7b8a9");

        assertThat(workflow.due(IntakeRig.T0.plusSeconds(60))).extracting(IntakeAction::idempotencyKey)
                .containsExactly("intake/case-due/link/1");
        assertThat(workflow.openLink(IntakeRig.linkToken(last("intake.link-reissued")))).isPresent();
    }

    /** Rewrites a case the way an earlier version stored it: a plain token in the case and as the link's id. */
    private void storeAsAnEarlierVersionDid(String caseId, String plain) {
        StoredRecord r = rig.store.read(IntakeWorkflow.CASE_KIND, caseId).orElseThrow();
        StoredFields old = StoredFields.create();
        StoredFields.decode(r.payload()).asMap().forEach((k, v) -> {
            if (!k.startsWith("link.")) {
                old.put(k, v);
            }
        });
        old.put("token", plain);
        rig.store.update(IntakeWorkflow.CASE_KIND, caseId, r.version(), old.encode(),
                CaseState.settled(old.encode()) ? org.practicekit.core.spi.NextDue.closed() : org.practicekit.core.spi.NextDue.always());
        for (StoredRecord link : rig.store.list(IntakeWorkflow.LINK_KIND)) {
            if (link.payload().equals(caseId)) {
                rig.store.delete(IntakeWorkflow.LINK_KIND, link.id(), link.version());
            }
        }
        rig.store.insert(IntakeWorkflow.LINK_KIND, plain, caseId);
    }
}
