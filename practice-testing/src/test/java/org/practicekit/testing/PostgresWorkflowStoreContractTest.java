package org.practicekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.JdbcWorkflowStore;

/**
 * The store contract on PostgreSQL, with two store instances racing over one database. Skipped with
 * a message when PostgreSQL is not reachable, and failed instead under {@code CI=true}.
 */
class PostgresWorkflowStoreContractTest extends WorkflowStoreContract {
    private static final String TABLE = "pk_contract_record";
    private DataSource dataSource;

    @Override
    protected WorkflowStore newStore() {
        dataSource = TestDatabases.postgresOrSkip();
        JdbcWorkflowStore store = JdbcWorkflowStore.builder().dataSource(dataSource).table(TABLE).build();
        TestDatabases.truncate(dataSource, TABLE);
        return store;
    }

    @Override
    protected WorkflowStore secondInstance(WorkflowStore store) {
        return JdbcWorkflowStore.builder().dataSource(dataSource).table(TABLE).build();
    }

    @Test
    void speaksPostgresqlAndOrdersIdsByCodePoint() {
        JdbcWorkflowStore store = (JdbcWorkflowStore) newStore();
        assertThat(store.dialect()).isEqualTo(JdbcWorkflowStore.Dialect.POSTGRESQL);
        store.insert("case", "b", "2");
        store.insert("case", "B", "1");
        store.insert("case", "a-1", "3");
        store.insert("case", "a_1", "4");
        assertThat(store.list("case")).extracting(r -> r.id()).containsExactly("B", "a-1", "a_1", "b");
    }
}
