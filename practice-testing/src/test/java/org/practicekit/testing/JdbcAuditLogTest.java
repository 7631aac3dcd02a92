package org.practicekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.core.store.JdbcAuditLog;
import org.practicekit.llm.LlmMessage;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.phi.KnownIdentifiers;
import org.practicekit.llm.phi.PhiGuard;
import org.practicekit.testing.llm.ScriptedLlmClient;

/**
 * The durable audit log on H2 and on PostgreSQL: the {@link AuditLogContract}, tampering done directly
 * in the database found by {@link JdbcAuditLog#verify()}, and the PHI guard's disclosures surviving a
 * restart.
 */
class JdbcAuditLogTest {
    private static final Instant T0 = Instant.parse("2026-11-30T15:00:00Z");

    static AuditEvent event(int i) {
        return new AuditEvent(T0.plusSeconds(i), "practicekit", "ehr.intake.routed", "c-" + i, "ehr", Set.of(),
                Map.of("records", String.valueOf(i)));
    }

    static void sql(DataSource ds, String statement) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    abstract static class OnADatabase extends AuditLogContract {
        abstract DataSource database();

        String table() {
            return "audit_test";
        }

        JdbcAuditLog open(DataSource ds) {
            return JdbcAuditLog.builder().dataSource(ds).table(table()).build();
        }

        @Override
        protected AuditLog newLog() {
            DataSource ds = database();
            JdbcAuditLog log = open(ds);
            sql(ds, "DELETE FROM " + table());
            sql(ds, "UPDATE " + table() + "_head SET seq = 0, hash = '" + "0".repeat(64) + "'");
            return log;
        }

        @Override
        protected AuditLog reopen(AuditLog log) {
            return open(database());
        }

        private JdbcAuditLog withTen() {
            JdbcAuditLog log = (JdbcAuditLog) newLog();
            for (int i = 1; i <= 10; i++) {
                log.record(event(i));
            }
            assertThat(log.verify().intact()).isTrue();
            assertThat(log.verify().records()).isEqualTo(10);
            return log;
        }

        @Test
        void aRecordChangedInTheDatabaseIsReported() {
            JdbcAuditLog log = withTen();
            sql(database(), "UPDATE " + table() + " SET details = 'records=999' WHERE seq = 4");
            assertThat(log.verify().problems()).containsExactly("record 4 was changed after it was written");
        }

        @Test
        void aRecordRemovedFromTheMiddleIsReported() {
            JdbcAuditLog log = withTen();
            sql(database(), "DELETE FROM " + table() + " WHERE seq = 6");
            assertThat(log.verify().problems()).contains("record 6 is missing");
        }

        @Test
        void theLastRecordRemovedIsReported() {
            JdbcAuditLog log = withTen();
            sql(database(), "DELETE FROM " + table() + " WHERE seq = 10");
            assertThat(log.verify().problems()).containsExactly("the last record (10) is missing");
        }

        @Test
        void aRecordRewrittenWithAFreshHashIsStillReportedBecauseTheNextOneNoLongerFollows() {
            JdbcAuditLog log = withTen();
            // Someone who knows the scheme (but not the chain key) recomputes record 3's own hash: record 4 still
            // points at the old one. Here the hash is simply replaced by another value of the right shape.
            sql(database(), "UPDATE " + table() + " SET details = 'records=0', hash = '" + "a".repeat(64) + "' WHERE seq = 3");
            assertThat(log.verify().problems()).contains("record 3 was changed after it was written",
                    "record 4 does not follow the record before it (that record was changed)");
        }

        @Test
        void theChainContinuesAcrossARestart() {
            JdbcAuditLog log = withTen();
            JdbcAuditLog after = open(database());
            after.record(event(11));
            assertThat(after.verify().intact()).isTrue();
            assertThat(after.verify().records()).isEqualTo(11);
            assertThat(log.find(T0, T0.plusSeconds(100))).hasSize(11);
        }

        @Test
        void thePhiGuardsDisclosuresSurviveARestartWithoutThePhi() {
            JdbcAuditLog log = (JdbcAuditLog) newLog();
            PhiGuard guard = PhiGuard.builder().auditLog(log).actor("dr-whitfield")
                    .clock(Clock.fixed(T0, ZoneOffset.UTC)).build();
            ScriptedLlmClient model = ScriptedLlmClient.builder().thenAnswer("Summary for [PERSON_1].").build();
            guard.complete(model, LlmRequest.builder().addMessage(LlmMessage.user(
                    "Keisha Brown (DOB 03/14/1985) called 312-555-0148 about her sleep.")).build(),
                    KnownIdentifiers.none(), "c-42");

            JdbcAuditLog after = open(database());
            assertThat(after.find(T0.minusSeconds(1), T0.plusSeconds(1)))
                    .anySatisfy(e -> assertThat(e.action()).contains("disclosure"))
                    .allSatisfy(e -> assertThat(e.toString()).doesNotContain("Keisha", "Brown", "1985", "555-0148"));
            assertThat(after.verify().intact()).isTrue();
        }
    }

    @Nested
    class OnH2 extends OnADatabase {
        private final DataSource ds = TestDatabases.freshH2();

        @Override
        DataSource database() {
            return ds;
        }
    }

    @Nested
    class OnPostgres extends OnADatabase {
        @Override
        DataSource database() {
            return TestDatabases.postgresOrSkip();
        }
    }

    @Test
    void withAChainKeyTheHashesDependOnTheKey() {
        DataSource ds = TestDatabases.freshH2();
        byte[] key = new byte[32];
        key[0] = 7;
        JdbcAuditLog keyed = JdbcAuditLog.builder().dataSource(ds).table("keyed").chainKey(key).build();
        keyed.record(event(1));
        assertThat(keyed.verify().intact()).isTrue();
        // The same records read without the key do not verify: the chain was made with it.
        JdbcAuditLog unkeyed = JdbcAuditLog.builder().dataSource(ds).table("keyed").build();
        assertThat(unkeyed.verify().intact()).isFalse();
    }
}
