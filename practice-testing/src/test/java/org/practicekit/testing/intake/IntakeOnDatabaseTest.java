package org.practicekit.testing.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.intake.ConsentSignature;
import org.practicekit.core.intake.InsuranceField;
import org.practicekit.core.intake.IntakeCase;
import org.practicekit.core.intake.IntakeEvent;
import org.practicekit.core.intake.IntakeFields;
import org.practicekit.core.intake.IntakeInquiry;
import org.practicekit.core.intake.IntakePacket;
import org.practicekit.core.intake.IntakeStatus;
import org.practicekit.core.intake.IntakeSubmission;
import org.practicekit.core.intake.IntakeWorkflow;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.JdbcWorkflowStore;
import org.practicekit.testing.RecordingEhr;
import org.practicekit.testing.RecordingEscalation;
import org.practicekit.testing.RecordingMessageChannel;
import org.practicekit.testing.ScriptedEligibilityChecker;
import org.practicekit.testing.TestClock;
import org.practicekit.testing.TestDatabases;

/**
 * Intake over the JDBC store on embedded H2 and on PostgreSQL: a process that dies between the EHR
 * write and recording it, restarted from the database, and two app instances working the same cases
 * at once. PostgreSQL runs are skipped locally (and fail under CI=true) when it is not reachable.
 */
class IntakeOnDatabaseTest {
    private static final String TABLE = "pk_intake_test";
    /** The practice's link secret in these tests (a real one comes from the host's secrets). */
    static final byte[] LINK_SECRET = "prairie-counseling-intake-link-secret-for-tests".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final TestClock clock = TestClock.at("2026-11-02T14:00:00Z");
    private final RecordingEhr ehr = new RecordingEhr();
    private final RecordingMessageChannel channel = RecordingMessageChannel.create(clock);
    private final RecordingEscalation escalation = new RecordingEscalation();
    private final ScriptedEligibilityChecker eligibility = new ScriptedEligibilityChecker(clock);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();

    private DataSource database(String which) {
        return TestDatabases.emptyWorkflowStore(which, TABLE);
    }

    /** One app instance: its own store object and workflow over the shared database and ports. */
    private IntakeWorkflow instance(WorkflowStore store) {
        return IntakeWorkflow.builder().store(store).channel(channel).escalation(escalation).ehr(ehr).audit(audit)
                .eligibility(eligibility).clock(clock).practiceName("Prairie Counseling")
                .portalUrl("https://portal.prairie.example/intake/").linkSecret(LINK_SECRET).build();
    }

    private static JdbcWorkflowStore store(DataSource db) {
        return JdbcWorkflowStore.builder().dataSource(db).table(TABLE).build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aProcessThatDiesAfterTheEhrWriteIsRestartedFromTheDatabaseAndTheEhrStillHoldsOneClient(String which) {
        DataSource db = database(which);
        AtomicBoolean ehrWritten = new AtomicBoolean();
        WorkflowStore dying = new DyingAfterEhrWrite(store(db), () -> ehr.callCount("routeIntake") > 0, ehrWritten);
        IntakeWorkflow first = instance(dying);
        first.start(inquiry("crash-1"));

        assertThatThrownBy(() -> first.submit("crash-1", completeSubmission())).isInstanceOf(ProcessDied.class);
        assertThat(ehrWritten).isTrue();
        assertThat(ehr.clientCount()).isEqualTo(1);
        StoredRecord afterCrash = store(db).read(IntakeWorkflow.CASE_KIND, "crash-1").orElseThrow();
        assertThat(afterCrash.payload()).contains("status=SUBMITTED");

        clock.advance(Duration.ofMinutes(5));
        IntakeWorkflow restarted = instance(store(db));
        restarted.due(clock.instant());

        IntakeCase resumed = restarted.find("crash-1").orElseThrow();
        assertThat(resumed.status()).isEqualTo(IntakeStatus.COMPLETE);
        assertThat(resumed.ehrRecordIds()).containsKeys("Patient", "Coverage");
        assertThat(ehr.callCount("routeIntake")).isEqualTo(2);
        assertThat(ehr.clientCount()).isEqualTo(1);
        assertThat(ehr.intakes()).singleElement().satisfies(i -> {
            assertThat(i.idempotencyKey()).isEqualTo("intake/crash-1/ehr");
            assertThat(i.coverage()).isPresent();
            assertThat(i.screenings()).hasSize(2);
        });
        assertThat(restarted.due(clock.instant().plus(Duration.ofDays(9)))).isEmpty();
        assertThat(channel.delivered()).extracting(m -> m.purpose()).containsExactly("intake.packet");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aLostEhrResponseIsRetriedByAnotherInstanceWithoutASecondClient(String which) {
        DataSource db = database(which);
        IntakeWorkflow first = instance(store(db));
        first.start(inquiry("lost-1"));
        ehr.loseNextResponse();
        assertThat(first.submit("lost-1", completeSubmission()).status()).isEqualTo(IntakeStatus.SUBMITTED);

        IntakeWorkflow other = instance(store(db));
        other.due(clock.instant());
        assertThat(other.find("lost-1").orElseThrow().status()).isEqualTo(IntakeStatus.COMPLETE);
        assertThat(ehr.clientCount()).isEqualTo(1);
        assertThat(ehr.callCount("routeIntake")).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void twoInstancesRacingASubmissionAgainstADueReminderLoseNoUpdate(String which) throws Exception {
        DataSource db = database(which);
        IntakeWorkflow submitting = instance(store(db));
        IntakeWorkflow reminding = instance(store(db));
        int cases = 8;
        for (int i = 0; i < cases; i++) {
            submitting.start(inquiry("race-" + i));
        }
        clock.advance(Duration.ofHours(24)); // the first reminder is due for every case

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < cases; i++) {
                String caseId = "race-" + i;
                CyclicBarrier together = new CyclicBarrier(2);
                Future<?> submit = pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return submitting.submit(caseId, completeSubmission());
                });
                Future<?> due = pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return reminding.due(clock.instant());
                });
                submit.get(60, TimeUnit.SECONDS);
                due.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        submitting.due(clock.instant());

        int expectedAnswers = completeAnswers().size();
        for (int i = 0; i < cases; i++) {
            String prefix = "intake/race-" + i + "/";
            IntakeCase c = submitting.find("race-" + i).orElseThrow();
            assertThat(c.status()).as("case %d", i).isEqualTo(IntakeStatus.COMPLETE);
            assertThat(c.answers()).as("case %d answers", i).hasSize(expectedAnswers);
            assertThat(c.consents()).hasSize(5);
            assertThat(c.pendingSideEffects()).isZero();
            long reminderMessages = channel.delivered("intake.reminder").stream()
                    .filter(m -> m.idempotencyKey().startsWith(prefix)).count();
            long reminderEvents = c.events().stream().map(IntakeEvent::type).filter("intake.reminder-sent"::equals).count();
            assertThat(reminderMessages).as("case %d reminders", i).isEqualTo(reminderEvents).isLessThanOrEqualTo(1);
            assertThat(c.remindersSent()).isLessThanOrEqualTo(1);
        }
        assertThat(ehr.clientCount()).isEqualTo(cases);
        // Both instances may carry out the same owed write at once; its idempotency key makes that harmless.
        assertThat(ehr.intakes()).hasSize(cases);
        assertThat(channel.delivered("intake.packet")).hasSize(cases);
    }

    static IntakeInquiry inquiry(String caseId) {
        return IntakeInquiry.builder().caseId(caseId).clientId(ClientId.of("client-" + caseId))
                .name(PersonName.of("Jordan", "Ellery")).contact(ContactPoint.mobile("+12175550142"))
                .firstAppointment(java.time.Instant.parse("2026-11-20T15:00:00Z")).build();
    }

    static Map<String, String> completeAnswers() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put(IntakeFields.GIVEN_NAME, "Jordan");
        a.put(IntakeFields.FAMILY_NAME, "Ellery");
        a.put(IntakeFields.BIRTH_DATE, "1991-04-09");
        a.put(IntakeFields.MOBILE, "(217) 555-0142");
        a.put(IntakeFields.ADDRESS, "42 Elm Street\nSpringfield\nIL\n62704");
        a.put(IntakeFields.EMERGENCY_NAME, "Casey Ellery");
        a.put(IntakeFields.EMERGENCY_RELATIONSHIP, "sibling");
        a.put(IntakeFields.EMERGENCY_PHONE, "217-555-0199");
        a.put(InsuranceField.SELF_PAY_ITEM, "false");
        a.put(InsuranceField.PAYER_NAME.itemId(), "Prairie Health Plan");
        a.put(InsuranceField.PAYER_ID.itemId(), "60054");
        a.put(InsuranceField.PLAN_KIND.itemId(), "commercial");
        a.put(InsuranceField.MEMBER_ID.itemId(), "PHP123456789");
        a.put(IntakeFields.PRESENTING_CONCERNS, "Trouble sleeping and constant worry.");
        for (int i = 1; i <= 9; i++) {
            a.put("phq9." + i, i == 9 ? "0" : "1");
        }
        for (int i = 1; i <= 7; i++) {
            a.put("gad7." + i, "2");
        }
        return a;
    }

    static IntakeSubmission completeSubmission() {
        IntakeSubmission.Builder b = IntakeSubmission.builder().answers(completeAnswers());
        IntakePacket.standard().consents().forEach(d -> b.consent(ConsentSignature.signed(d.id(), d.version(),
                "Jordan Ellery")));
        return b.build();
    }

    /** Thrown where the process would have died. */
    static final class ProcessDied extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProcessDied() {
            super("process died (simulated)");
        }
    }

    /** A store whose process dies at the first write after the EHR was written: the write never happens. */
    static final class DyingAfterEhrWrite implements WorkflowStore {
        private final WorkflowStore store;
        private final java.util.function.BooleanSupplier ehrWritten;
        private final AtomicBoolean died;

        DyingAfterEhrWrite(WorkflowStore store, java.util.function.BooleanSupplier ehrWritten, AtomicBoolean died) {
            this.store = store;
            this.ehrWritten = ehrWritten;
            this.died = died;
        }

        @Override
        public Optional<StoredRecord> read(String kind, String id) {
            check();
            return store.read(kind, id);
        }

        @Override
        public StoredRecord insert(String kind, String id, String payload) {
            check();
            return store.insert(kind, id, payload);
        }

        @Override
        public StoredRecord update(String kind, String id, long expectedVersion, String payload) {
            if (ehrWritten.getAsBoolean()) {
                died.set(true);
            }
            check();
            return store.update(kind, id, expectedVersion, payload);
        }

        @Override
        public boolean delete(String kind, String id, long expectedVersion) {
            check();
            return store.delete(kind, id, expectedVersion);
        }

        @Override
        public List<StoredRecord> list(String kind) {
            check();
            return new ArrayList<>(store.list(kind));
        }

        private void check() {
            if (died.get()) {
                throw new ProcessDied();
            }
        }
    }
}
