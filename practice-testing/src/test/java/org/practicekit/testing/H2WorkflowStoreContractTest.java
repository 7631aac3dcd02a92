package org.practicekit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.JdbcWorkflowStore;

/** The store contract on embedded H2, with two store instances racing over one database. */
class H2WorkflowStoreContractTest extends WorkflowStoreContract {
    private DataSource dataSource;

    @Override
    protected WorkflowStore newStore() {
        dataSource = TestDatabases.freshH2();
        return JdbcWorkflowStore.builder().dataSource(dataSource).build();
    }

    @Override
    protected WorkflowStore secondInstance(WorkflowStore store) {
        return JdbcWorkflowStore.builder().dataSource(dataSource).build();
    }

    @Test
    void detectsTheDialectAndShipsItsSchema() {
        JdbcWorkflowStore store = JdbcWorkflowStore.builder().dataSource(dataSource).table("intake_state").build();
        assertThat(store.dialect()).isEqualTo(JdbcWorkflowStore.Dialect.H2);
        assertThat(store.schemaSql()).startsWith("CREATE TABLE IF NOT EXISTS intake_state").contains("CLOB")
                .doesNotContain("--");
        store.insert("case", "x", "in its own table");
        assertThat(((JdbcWorkflowStore) newStore()).read("case", "x")).isEmpty();
    }

    @Test
    void refusesPayloadsNoDatabaseCanHoldAlikeAndUnsafeTableNames() {
        WorkflowStore store = JdbcWorkflowStore.builder().dataSource(dataSource).build();
        assertThatThrownBy(() -> store.insert("case", "nul", "a\u0000b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JdbcWorkflowStore.builder().table("x; DROP TABLE y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTableWrittenBeforeTheDueIndexIsUpgradedAndItsRowsAreNeverMissed() throws Exception {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE legacy_record (kind VARCHAR(64) NOT NULL, id VARCHAR(128) NOT NULL, version BIGINT NOT NULL,"
                    + " payload CLOB NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (kind, id))");
            s.execute("INSERT INTO legacy_record VALUES ('intake-case', 'c-old', 3, 'status=REMINDED', CURRENT_TIMESTAMP)");
        }
        WorkflowStore upgraded = JdbcWorkflowStore.builder().dataSource(dataSource).table("legacy_record").build();
        assertThat(upgraded.read("intake-case", "c-old").orElseThrow().version()).isEqualTo(3);
        assertThat(upgraded.due("intake-case", java.time.Instant.parse("2000-01-01T00:00:00Z")))
                .extracting(r -> r.payload()).containsExactly("status=REMINDED");
        upgraded.update("intake-case", "c-old", 3, "status=CLOSED", org.practicekit.core.spi.NextDue.closed());
        assertThat(upgraded.due("intake-case", java.time.Instant.parse("2100-01-01T00:00:00Z"))).isEmpty();
    }
}
