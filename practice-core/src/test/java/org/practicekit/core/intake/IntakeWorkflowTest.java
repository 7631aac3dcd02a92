package org.practicekit.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicekit.core.RetriableException;
import org.practicekit.core.ValidationException;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.OutboundMessage;

class IntakeWorkflowTest {
    private final IntakeRig rig = new IntakeRig();
    private final IntakeWorkflow workflow = rig.workflow;

    @Test
    void aSlowClientIsRemindedTwiceThenStaffStepInThenOneFollowUpThenTheEhrHoldsOneCompleteClient() {
        IntakeCase started = workflow.start(IntakeRig.inquiry("case-1", Duration.ofDays(14)));
        assertThat(started.status()).isEqualTo(IntakeStatus.PACKET_SENT);
        assertThat(rig.outbox.messages()).singleElement().satisfies(m -> {
            assertThat(m.purpose()).isEqualTo("intake.packet");
            assertThat(m.idempotencyKey()).isEqualTo("intake/case-1/packet");
            assertThat(m.body()).contains("https://portal.prairie.example/intake/" + IntakeRig.linkToken(m));
            assertThat(workflow.openLink(IntakeRig.linkToken(m))).hasValueSatisfying(l -> assertThat(l.caseId())
                    .isEqualTo(started.caseId()));
        });

        assertThat(workflow.due(IntakeRig.T0.plus(Duration.ofHours(23)))).isEmpty();
        rig.clock.advance(Duration.ofHours(24));
        assertThat(workflow.due(rig.clock.instant())).extracting(IntakeAction::idempotencyKey)
                .containsExactly("intake/case-1/reminder/1");
        rig.clock.advance(Duration.ofHours(48));
        assertThat(workflow.due(rig.clock.instant())).extracting(IntakeAction::idempotencyKey)
                .containsExactly("intake/case-1/reminder/2");
        rig.clock.advance(Duration.ofHours(47));
        assertThat(workflow.due(rig.clock.instant())).isEmpty();
        rig.clock.advance(Duration.ofHours(1)); // five days after the packet
        assertThat(workflow.due(rig.clock.instant())).extracting(IntakeAction::idempotencyKey)
                .containsExactly("intake/case-1/stalled");
        assertThat(workflow.due(rig.clock.instant().plus(Duration.ofDays(3)))).isEmpty();
        assertThat(rig.escalations.category("intake.stalled")).singleElement()
                .satisfies(e -> assertThat(e.urgency()).isEqualTo(Escalation.Urgency.ROUTINE));
        assertThat(rig.outbox.messages()).extracting(OutboundMessage::purpose)
                .containsExactly("intake.packet", "intake.reminder", "intake.reminder");

        rig.clock.advance(Duration.ofHours(2));
        IntakeCase partial = workflow.submit("case-1", SampleAnswers.withConsents(IntakeSubmission.builder()
                .answers(SampleAnswers.without(InsuranceField.MEMBER_ID.itemId()))).build());
        assertThat(partial.status()).isEqualTo(IntakeStatus.AWAITING_MISSING_ITEMS);
        assertThat(partial.missingItems()).containsExactly(InsuranceField.MEMBER_ID.itemId());
        List<OutboundMessage> followUps = rig.outbox.messages().stream()
                .filter(m -> m.purpose().equals("intake.follow-up")).toList();
        assertThat(followUps).singleElement().satisfies(m -> {
            assertThat(m.body()).contains("insurance member ID").contains(IntakeRig.linkToken(rig.outbox.messages().get(0)));
            assertThat(m.idempotencyKey()).isEqualTo("intake/case-1/follow-up/1");
        });
        assertThat(rig.ehr.ehr.clientCount()).isZero();

        rig.clock.advance(Duration.ofHours(1));
        IntakeCase done = workflow.submit("case-1", IntakeSubmission.builder()
                .answer(InsuranceField.MEMBER_ID.itemId(), "PHP123456789").build());
        assertThat(done.status()).isEqualTo(IntakeStatus.COMPLETE);
        assertThat(done.firstAppointmentStart()).contains(IntakeRig.T0.plus(Duration.ofDays(14)));
        assertThat(rig.outbox.messages()).hasSize(4);
        assertThat(rig.eligibility.requests).singleElement()
                .satisfies(r -> assertThat(r.coverage().memberId()).isEqualTo("PHP123456789"));

        assertThat(rig.ehr.ehr.clientCount()).isEqualTo(1);
        EhrIntake routed = rig.ehr.ehr.intakes().get(0);
        assertThat(routed.idempotencyKey()).isEqualTo("intake/case-1/ehr");
        assertThat(routed.client().name().display()).isEqualTo("Jordan Ellery");
        assertThat(routed.client().emergencyContact()).hasValueSatisfying(e -> assertThat(e.name().family()).isEqualTo("Ellery"));
        assertThat(routed.coverage()).hasValueSatisfying(c -> {
            assertThat(c.memberId()).isEqualTo("PHP123456789");
            assertThat(c.payerId()).isEqualTo("60054");
        });
        assertThat(routed.consents()).hasSize(5).allSatisfy(c -> assertThat(c.contentSha256()).hasSize(64));
        assertThat(routed.answers()).hasSize(SampleAnswers.complete().size());
        assertThat(routed.screenings()).extracting(ScreeningScore::instrument)
                .containsExactly(ScreeningScore.Instrument.PHQ9, ScreeningScore.Instrument.GAD7);
        assertThat(routed.riskFlag()).isEmpty();
        assertThat(rig.ehr.ehr.readCoverage(routed.client().id())).isPresent();

        assertThat(done.events()).extracting(IntakeEvent::type).containsSubsequence("intake.started",
                "intake.packet-sent", "intake.reminder-sent", "intake.reminder-sent", "intake.stalled",
                "intake.items-missing", "intake.follow-up-sent", "intake.submitted", "intake.eligibility-checked",
                "intake.routed", "intake.first-appointment-confirmed");
        assertThat(workflow.due(rig.clock.instant().plus(Duration.ofDays(30)))).isEmpty();
        for (OutboundMessage m : rig.outbox.messages()) {
            // The practice's name and the client's first name, never anything else about them; how to opt out.
            // The link's random token can hold "555" or "1991"; only the words a client reads are checked.
            assertThat(m.body().replaceAll("https?://\\S+", "<link>"))
                    .startsWith("Prairie Counseling: Hi Jordan. ").endsWith(" Reply STOP to opt out.")
                    .doesNotContain("Ellery", "1991", "PHP123456789", "555");
        }
    }

    @Test
    void theNameAClientGoesByGreetsThemAndTheirIdentityReachesTheEhr() {
        workflow.start(IntakeRig.inquiry("case-sam", Duration.ofDays(7)));
        Map<String, String> answers = SampleAnswers.without(InsuranceField.MEMBER_ID.itemId());
        answers.put(IntakeFields.GIVEN_NAME, "Samantha");
        answers.put(IntakeFields.PREFERRED_NAME, "Sam");
        answers.put(IntakeFields.PRONOUNS, "they/them");
        answers.put(IntakeFields.SEX, "female");
        answers.put(IntakeFields.GENDER_IDENTITY, "non-binary");
        workflow.submit("case-sam", SampleAnswers.withConsents(IntakeSubmission.builder().answers(answers)).build());
        assertThat(rig.outbox.messages()).last().satisfies(m -> assertThat(m.body())
                .startsWith("Prairie Counseling: Hi Sam. Thank you for sending your forms. We still need: insurance member ID.")
                .doesNotContain("Samantha"));

        workflow.submit("case-sam", IntakeSubmission.builder().answer(InsuranceField.MEMBER_ID.itemId(), "PHP123456789")
                .build());
        org.practicekit.core.model.Client routed = rig.ehr.ehr.intakes().get(0).client();
        assertThat(routed.preferredName()).contains("Sam");
        assertThat(routed.greetingName()).isEqualTo("Sam");
        assertThat(routed.pronouns()).contains("they/them");
        assertThat(routed.sex()).isEqualTo(org.practicekit.core.model.AdministrativeSex.FEMALE);
        assertThat(routed.genderIdentity()).contains(org.practicekit.core.model.GenderIdentity.NON_BINARY);
    }

    @Test
    void phq9Item9AboveZeroReachesAClinicianInsideTheSubmitCallAndNoClientMessageMentionsIt() {
        workflow.start(IntakeRig.inquiry("case-risk", Duration.ofDays(7)));
        Map<String, String> answers = SampleAnswers.without(InsuranceField.MEMBER_ID.itemId());
        answers.put(IntakeFields.PHQ9_ITEM9, "2");
        int before = rig.escalations.calls.size();
        IntakeCase afterSubmit = workflow.submit("case-risk",
                SampleAnswers.withConsents(IntakeSubmission.builder().answers(answers)).build());

        assertThat(rig.escalations.calls).hasSize(before + 1);
        IntakeRig.CallRecordingEscalation.Call call = rig.escalations.calls.get(before);
        assertThat(call.thread()).isEqualTo(Thread.currentThread().getName());
        assertThat(call.escalation().urgency()).isEqualTo(Escalation.Urgency.IMMEDIATE);
        assertThat(call.escalation().category()).isEqualTo("risk.phq9-item9");
        assertThat(call.escalation().idempotencyKey()).isEqualTo("intake/case-risk/risk/phq9-item9");
        assertThat(afterSubmit.riskFlagged()).isTrue();
        assertThat(afterSubmit.status()).isEqualTo(IntakeStatus.AWAITING_MISSING_ITEMS);

        IntakeCase done = workflow.submit("case-risk", IntakeSubmission.builder()
                .answer(InsuranceField.MEMBER_ID.itemId(), "PHP123456789").build());
        assertThat(done.status()).isEqualTo(IntakeStatus.COMPLETE);
        assertThat(rig.escalations.category("risk.phq9-item9")).hasSize(1);
        assertThat(rig.ehr.ehr.intakes().get(0).riskFlag()).contains("PHQ-9 item 9 positive");
        // The link's random hex token can spell "dead"; only the words a client reads are checked.
        assertThat(rig.outbox.messages()).isNotEmpty().allSatisfy(m -> assertThat(
                m.body().replaceAll("https?://\\S+", "<link>").toLowerCase())
                .doesNotContain("risk", "phq", "harm", "suicid", "crisis", "safety", "dead", "death", "question 9"));
    }

    @Test
    void riskLanguageInAFreeTextAnswerReachesAClinicianInsideTheSubmitCallEvenWithLowScores() {
        workflow.start(IntakeRig.inquiry("case-words", Duration.ofDays(7)));
        Map<String, String> answers = SampleAnswers.without(InsuranceField.MEMBER_ID.itemId());
        answers.put(IntakeFields.PHQ9_ITEM9, "0");
        answers.put(IntakeFields.PRESENTING_CONCERNS,
                "Work stress mostly. Honestly some nights I think everyone would be better off without me.");
        int before = rig.escalations.calls.size();
        IntakeCase afterSubmit = workflow.submit("case-words",
                SampleAnswers.withConsents(IntakeSubmission.builder().answers(answers)).build());

        assertThat(rig.escalations.calls).hasSize(before + 1);
        IntakeRig.CallRecordingEscalation.Call call = rig.escalations.calls.get(before);
        assertThat(call.thread()).isEqualTo(Thread.currentThread().getName());
        assertThat(call.escalation().category()).isEqualTo("risk.intake-answer");
        assertThat(call.escalation().urgency()).isIn(Escalation.Urgency.IMMEDIATE, Escalation.Urgency.SAME_DAY);
        assertThat(call.escalation().summary()).contains("case-words");
        assertThat(afterSubmit.riskFlagged()).isTrue();

        // Resubmitting the same words does not page anyone twice; the intake still completes.
        workflow.submit("case-words", IntakeSubmission.builder().answer(IntakeFields.PRESENTING_CONCERNS,
                answers.get(IntakeFields.PRESENTING_CONCERNS)).answer(InsuranceField.MEMBER_ID.itemId(), "PHP123456789").build());
        assertThat(rig.escalations.category("risk.intake-answer")).hasSize(1);
        assertThat(rig.ehr.ehr.intakes().get(0).riskFlag()).contains("risk language in an intake answer");
        assertThat(rig.outbox.messages()).allSatisfy(m -> assertThat(m.body().toLowerCase())
                .doesNotContain("risk", "harm", "suicid", "crisis", "better off"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"I don't see the point of going on anymore",
        "Stress at work, and lately I don't really see the point in going on.",
        "i cant see any reason to keep going anymore"})
    void noPointGoingOnInAnIntakeAnswerReachesAClinicianAtOnce(String words) {
        workflow.start(IntakeRig.inquiry("case-np", Duration.ofDays(7)));
        Map<String, String> answers = SampleAnswers.without(InsuranceField.MEMBER_ID.itemId());
        answers.put(IntakeFields.PHQ9_ITEM9, "0");
        answers.put(IntakeFields.PRESENTING_CONCERNS, words);
        int before = rig.escalations.calls.size();
        IntakeCase c = workflow.submit("case-np", SampleAnswers.withConsents(IntakeSubmission.builder().answers(answers)).build());

        assertThat(rig.escalations.calls).hasSize(before + 1);
        assertThat(rig.escalations.calls.get(before).escalation().urgency()).isEqualTo(Escalation.Urgency.IMMEDIATE);
        assertThat(c.riskFlagged()).isTrue();
    }

    @Test
    void ordinaryFreeTextAnswersPageNobody() {
        workflow.start(IntakeRig.inquiry("case-calm", Duration.ofDays(7)));
        Map<String, String> answers = SampleAnswers.without(InsuranceField.MEMBER_ID.itemId());
        answers.put(IntakeFields.PHQ9_ITEM9, "0");
        answers.put(IntakeFields.PRESENTING_CONCERNS, "This commute is killing me and I can't sleep before big meetings.");
        int before = rig.escalations.calls.size();
        IntakeCase c = workflow.submit("case-calm",
                SampleAnswers.withConsents(IntakeSubmission.builder().answers(answers)).build());
        assertThat(rig.escalations.calls).hasSize(before);
        assertThat(c.riskFlagged()).isFalse();
    }

    @Test
    void aFailedRiskEscalationFailsTheSubmitAndIsDeliveredLaterNeverDropped() {
        workflow.start(IntakeRig.inquiry("case-pager"));
        rig.escalations.failures = 1;
        assertThatThrownBy(() -> workflow.submit("case-pager", IntakeSubmission.builder()
                .answer(IntakeFields.PHQ9_ITEM9, "1").saveOnly(true).build())).isInstanceOf(RetriableException.class);
        IntakeCase stored = workflow.find("case-pager").orElseThrow();
        assertThat(stored.riskFlagged()).isTrue();
        assertThat(stored.pendingSideEffects()).isEqualTo(1);
        assertThat(rig.escalations.calls).isEmpty();

        assertThat(workflow.due(rig.clock.instant())).extracting(IntakeAction::type).containsExactly("risk.phq9-item9");
        assertThat(rig.escalations.category("risk.phq9-item9")).hasSize(1);
        assertThat(workflow.find("case-pager").orElseThrow().pendingSideEffects()).isZero();
    }

    @Test
    void progressSavedInPartsMergesAndNeverTriggersAFollowUp() {
        workflow.start(IntakeRig.inquiry("case-parts", Duration.ofDays(10)));
        Map<String, String> all = SampleAnswers.complete();
        IntakeSubmission.Builder first = IntakeSubmission.builder().saveOnly(true);
        IntakeSubmission.Builder second = IntakeSubmission.builder();
        int i = 0;
        for (Map.Entry<String, String> e : all.entrySet()) {
            (i++ % 2 == 0 ? first : second).answer(e.getKey(), e.getValue());
        }
        assertThat(workflow.submit("case-parts", first.build()).status()).isEqualTo(IntakeStatus.IN_PROGRESS);
        assertThat(rig.outbox.messages()).hasSize(1);
        IntakeCase done = workflow.submit("case-parts", SampleAnswers.withConsents(second).build());
        assertThat(done.status()).isEqualTo(IntakeStatus.COMPLETE);
        assertThat(done.answers()).hasSize(all.size());
        assertThat(rig.outbox.messages()).extracting(OutboundMessage::purpose).containsExactly("intake.packet");
    }

    @Test
    void startingTheSameInquiryTwiceSendsOnePacket() {
        IntakeCase a = workflow.start(IntakeRig.inquiry("case-twice"));
        IntakeCase b = rig.newInstance().start(IntakeRig.inquiry("case-twice"));
        assertThat(b.version()).isEqualTo(a.version());
        assertThat(rig.outbox.messages()).hasSize(1);
        String token = IntakeRig.linkToken(rig.outbox.messages().get(0));
        assertThat(workflow.openLink(token)).hasValueSatisfying(l -> assertThat(l.caseId()).isEqualTo("case-twice"));
        assertThat(rig.newInstance().openLink(token)).as("any instance with the practice's secret").isPresent();
        assertThat(workflow.openLink("0".repeat(32))).isEmpty();
    }

    @Test
    void staffAreAskedSameDayWhenTheFirstAppointmentIsCloserThanFiveDays() {
        workflow.start(IntakeRig.inquiry("case-soon", Duration.ofDays(3)));
        assertThat(workflow.due(IntakeRig.T0.plus(Duration.ofHours(23)))).isEmpty();
        List<IntakeAction> actions = workflow.due(IntakeRig.T0.plus(Duration.ofHours(24)));
        assertThat(actions).extracting(IntakeAction::idempotencyKey)
                .containsExactly("intake/case-soon/stalled", "intake/case-soon/reminder/1");
        assertThat(rig.escalations.category("intake.stalled")).singleElement()
                .satisfies(e -> assertThat(e.urgency()).isEqualTo(Escalation.Urgency.SAME_DAY));
    }

    @Test
    void inactiveOrUnknownCoverageGoesToStaffAndTheIntakeStillReachesTheEhr() {
        rig.eligibility.status = EligibilityResult.Status.INACTIVE;
        workflow.start(IntakeRig.inquiry("case-inactive", Duration.ofDays(10)));
        IntakeCase done = workflow.submit("case-inactive", SampleAnswers.completeSubmission());
        assertThat(done.status()).isEqualTo(IntakeStatus.COMPLETE);
        assertThat(done.eligibility()).hasValueSatisfying(e -> assertThat(e.status())
                .isEqualTo(EligibilityResult.Status.INACTIVE));
        assertThat(rig.escalations.category("intake.eligibility")).singleElement()
                .satisfies(e -> assertThat(e.urgency()).isEqualTo(Escalation.Urgency.SAME_DAY));

        rig.eligibility.status = EligibilityResult.Status.UNKNOWN;
        workflow.start(IntakeRig.inquiry("case-unknown", Duration.ofDays(10)));
        workflow.submit("case-unknown", SampleAnswers.completeSubmission());
        assertThat(rig.escalations.category("intake.eligibility")).hasSize(2).last()
                .satisfies(e -> assertThat(e.urgency()).isEqualTo(Escalation.Urgency.ROUTINE));
        assertThat(rig.ehr.ehr.clientCount()).isEqualTo(2);
    }

    @Test
    void aSelfPayClientIsNeitherAskedForInsuranceNorChecked() {
        workflow.start(IntakeRig.inquiry("case-self", Duration.ofDays(10)));
        Map<String, String> answers = SampleAnswers.without(InsuranceField.PAYER_NAME.itemId(),
                InsuranceField.PAYER_ID.itemId(), InsuranceField.PLAN_KIND.itemId(), InsuranceField.MEMBER_ID.itemId(),
                InsuranceField.GROUP_NUMBER.itemId());
        answers.put(InsuranceField.SELF_PAY_ITEM, "true");
        IntakeCase done = workflow.submit("case-self", SampleAnswers.withConsents(IntakeSubmission.builder()
                .answers(answers)).build());
        assertThat(done.status()).isEqualTo(IntakeStatus.COMPLETE);
        assertThat(rig.eligibility.requests).isEmpty();
        assertThat(rig.ehr.ehr.intakes().get(0).coverage()).isEmpty();
    }

    @Test
    void withoutAnOfferedAppointmentStaffAreAskedToBookAndCanConfirmIt() {
        workflow.start(IntakeRig.inquiry("case-book"));
        IntakeCase routed = workflow.submit("case-book", SampleAnswers.completeSubmission());
        assertThat(routed.status()).isEqualTo(IntakeStatus.ROUTED);
        assertThat(rig.escalations.category("intake.first-appointment")).hasSize(1);
        IntakeCase done = workflow.confirmFirstAppointment("case-book",
                org.practicekit.core.model.AppointmentId.of("appt-9"), IntakeRig.T0.plus(Duration.ofDays(6)));
        assertThat(done.status()).isEqualTo(IntakeStatus.COMPLETE);
        assertThat(done.firstAppointmentId()).contains(org.practicekit.core.model.AppointmentId.of("appt-9"));
    }

    @Test
    void anEhrOutageLeavesTheWriteOwedAndANewInstanceFinishesItOnce() {
        rig.ehr.refusals = 1;
        workflow.start(IntakeRig.inquiry("case-down", Duration.ofDays(10)));
        IntakeCase stuck = workflow.submit("case-down", SampleAnswers.completeSubmission());
        assertThat(stuck.status()).isEqualTo(IntakeStatus.SUBMITTED);
        assertThat(stuck.pendingSideEffects()).isEqualTo(1);
        assertThat(rig.ehr.ehr.clientCount()).isZero();

        IntakeWorkflow restarted = rig.newInstance();
        assertThat(restarted.due(rig.clock.instant())).extracting(IntakeAction::type)
                .containsExactly("intake.ehr", "intake.first-appointment");
        assertThat(restarted.find("case-down").orElseThrow().status()).isEqualTo(IntakeStatus.COMPLETE);
        assertThat(rig.ehr.ehr.clientCount()).isEqualTo(1);
        assertThat(restarted.due(rig.clock.instant())).isEmpty();
        assertThat(rig.ehr.routeCalls).isEqualTo(2);
    }

    @Test
    void aCompleteCaseTakesNoMoreAnswersAndAnUnknownCaseIsAValidationProblem() {
        workflow.start(IntakeRig.inquiry("case-closed", Duration.ofDays(10)));
        workflow.submit("case-closed", SampleAnswers.completeSubmission());
        assertThatThrownBy(() -> workflow.submit("case-closed", IntakeSubmission.builder()
                .answer(IntakeFields.GOALS, "more").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasProblemAt("caseId")).isTrue());
        assertThatThrownBy(() -> workflow.submit("nope", SampleAnswers.completeSubmission()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasProblemAt("caseId")).isTrue());
    }

    @Test
    void aCancelledCaseSendsNothingMore() {
        workflow.start(IntakeRig.inquiry("case-cancel"));
        assertThat(workflow.cancel("case-cancel").status()).isEqualTo(IntakeStatus.CANCELLED);
        assertThat(workflow.due(IntakeRig.T0.plus(Duration.ofDays(10)))).isEmpty();
        assertThat(rig.outbox.messages()).hasSize(1);
    }

    @Test
    void auditRecordsTheEhrDisclosureWithoutPhi() {
        workflow.start(IntakeRig.inquiry("case-audit", Duration.ofDays(10)));
        workflow.submit("case-audit", SampleAnswers.completeSubmission());
        assertThat(rig.audit.all()).filteredOn(e -> e.action().equals("ehr.intake.routed")).singleElement()
                .satisfies(e -> {
                    assertThat(e.target()).isEqualTo("in-memory");
                    assertThat(e.categories()).contains("PERSON", "INSURANCE", "HEALTH");
                    assertThat(e.details().toString()).doesNotContain("Jordan", "PHP123456789");
                });
    }

    @Test
    void aCaseWhoseEscalationFailsDoesNotHoldUpRemindersForOthers() {
        workflow.start(IntakeRig.inquiry("case-a", Duration.ofDays(2)));
        workflow.start(IntakeRig.inquiry("case-b"));
        rig.escalations.failures = 1;
        assertThatThrownBy(() -> workflow.due(IntakeRig.T0.plus(Duration.ofHours(24))))
                .isInstanceOf(RetriableException.class);
        assertThat(rig.outbox.messages()).extracting(OutboundMessage::idempotencyKey)
                .contains("intake/case-b/reminder/1");
        assertThat(workflow.due(IntakeRig.T0.plus(Duration.ofHours(25)))).extracting(IntakeAction::idempotencyKey)
                .containsExactly("intake/case-a/stalled", "intake/case-a/reminder/1");
    }

    @Test
    void listenersHearEveryStoredEventWithoutPhi() {
        List<org.practicekit.core.event.WorkflowEvent> heard = new java.util.ArrayList<>();
        IntakeWorkflow observed = IntakeWorkflow.builder().store(rig.store).channel(rig.outbox).escalation(rig.escalations).audit(rig.audit)
                .ehr(rig.ehr).eligibility(rig.eligibility).clock(rig.clock).practiceName("Prairie Counseling")
                .portalUrl("https://portal.prairie.example/intake/").linkSecret(IntakeRig.LINK_SECRET).addListener(new org.practicekit.core.event.PracticeListener() {
                    @Override
                    public void onWorkflowEvent(org.practicekit.core.event.WorkflowEvent event) {
                        heard.add(event);
                    }
                }).build();
        observed.start(IntakeRig.inquiry("case-heard", Duration.ofDays(10)));
        IntakeCase done = observed.submit("case-heard", SampleAnswers.completeSubmission());
        assertThat(heard).extracting(org.practicekit.core.event.WorkflowEvent::type)
                .containsExactlyElementsOf(done.events().stream().map(IntakeEvent::type).toList());
        assertThat(heard).allSatisfy(e -> {
            assertThat(e.workflow()).isEqualTo("intake");
            assertThat(e.recordId()).isEqualTo("case-heard");
            assertThat(e.description()).doesNotContain("Jordan", "Ellery", "PHP123456789", "moderate");
        });
    }

    @Test
    void anEhrThatRejectsTheWriteHandsTheIntakeToStaffAndKeepsTheSubmission() {
        rig.ehr.rejectAll = true;
        workflow.start(IntakeRig.inquiry("case-rejected", Duration.ofDays(10)));
        IntakeCase c = workflow.submit("case-rejected", SampleAnswers.completeSubmission());
        assertThat(c.status()).isEqualTo(IntakeStatus.SUBMITTED);
        assertThat(c.answers()).hasSize(SampleAnswers.complete().size());
        assertThat(c.pendingSideEffects()).isZero();
        assertThat(rig.escalations.category("intake.step-failed")).singleElement().satisfies(e -> {
            assertThat(e.urgency()).isEqualTo(Escalation.Urgency.SAME_DAY);
            assertThat(e.idempotencyKey()).isEqualTo("intake/case-rejected/ehr/failed");
        });
        assertThat(workflow.due(rig.clock.instant().plus(Duration.ofDays(1)))).isEmpty();

        rig.ehr.rejectAll = false; // staff fixed the record in the EHR
        assertThat(workflow.retryRouting("case-rejected").status()).isEqualTo(IntakeStatus.COMPLETE);
        assertThat(rig.ehr.ehr.clientCount()).isEqualTo(1);
        assertThatThrownBy(() -> workflow.retryRouting("case-rejected")).isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyCasesThatCanHaveDueWorkCountAsUnsettled() {
        workflow.start(IntakeRig.inquiry("case-open"));
        workflow.start(IntakeRig.inquiry("case-done", Duration.ofDays(10)));
        workflow.submit("case-done", SampleAnswers.completeSubmission());
        assertThat(CaseState.settled(rig.store.read(IntakeWorkflow.CASE_KIND, "case-open").orElseThrow().payload()))
                .isFalse();
        assertThat(CaseState.settled(rig.store.read(IntakeWorkflow.CASE_KIND, "case-done").orElseThrow().payload()))
                .isTrue();
        rig.ehr.refusals = 1;
        workflow.start(IntakeRig.inquiry("case-owed", Duration.ofDays(10)));
        workflow.submit("case-owed", SampleAnswers.completeSubmission());
        assertThat(CaseState.settled(rig.store.read(IntakeWorkflow.CASE_KIND, "case-owed").orElseThrow().payload()))
                .isFalse();
    }

    @Test
    void aBuilderMissingPartsNamesEveryOneAtOnceAndNeverFallsBackToAnInMemoryAuditLog() {
        assertThatThrownBy(() -> IntakeWorkflow.builder().portalUrl("http://portal.example/").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(org.practicekit.core.FieldProblem::path)
                        .containsExactly("store", "channel", "escalation", "ehr", "eligibility", "audit", "practiceName",
                                "linkSecret", "portalUrl"));
    }
}
