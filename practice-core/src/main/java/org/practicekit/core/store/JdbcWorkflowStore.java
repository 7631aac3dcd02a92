package org.practicekit.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.VersionConflictException;
import org.practicekit.core.spi.NextDue;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;

/**
 * A {@link WorkflowStore} in one table of a relational database, over plain JDBC, so several app
 * instances can share the practice's workflow state. Supports H2 and PostgreSQL; the schema ships in
 * this jar ({@code org/practicekit/core/store/workflow-store-<dialect>.sql}) and is created on
 * {@link Builder#build()} unless told otherwise.
 *
 * <p>Optimistic versions are a conditional {@code UPDATE ... WHERE version = ?}: of two concurrent
 * writers exactly one matches a row; the other gets a {@link VersionConflictException}. Each call
 * runs in its own auto-committed statement, takes a connection from the {@link DataSource} and
 * returns it, so the host's pool decides how many connections are open. Thread-safe.
 *
 * <p>Due index: each row carries {@code due_at} (see {@link NextDue}; indexed with the kind), so
 * {@link #due(String, Instant)} reads only due rows and never a closed one. {@link #claimDue} selects due
 * rows with {@code SELECT ... FOR UPDATE SKIP LOCKED} (PostgreSQL and H2) in one short transaction and
 * moves their {@code due_at} to the end of the lease before committing, so instances claiming at the same
 * moment get disjoint rows and later calls skip leased rows until the lease runs out. Tables created
 * before the index get the column on {@link Builder#build()}; their rows count as due on every call
 * until next written, so nothing stored earlier is missed.
 *
 * <p>Failures say which database and operation failed and carry only the SQL state, never row
 * contents: transient ones (connection lost, serialization failure) are {@link RetriableException},
 * the rest {@link NonRetriableException}. Payloads must not contain the NUL character, which
 * PostgreSQL text cannot hold; it is refused on every database alike.
 */
public final class JdbcWorkflowStore implements WorkflowStore {
    /** The default table name. */
    public static final String DEFAULT_TABLE = "practicekit_workflow_record";

    /** The databases whose SQL this store speaks. */
    public enum Dialect {
        H2("h2", "ORDER BY id"),
        /** Ordering uses the C collation so ids sort the same as in every other store. */
        POSTGRESQL("postgresql", "ORDER BY id COLLATE \"C\"");

        private final String resource;
        private final String orderById;

        Dialect(String resource, String orderById) {
            this.resource = resource;
            this.orderById = orderById;
        }

        /** The schema script shipped in the jar for this dialect. */
        public String schemaResource() {
            return "workflow-store-" + resource + ".sql";
        }

        static Dialect of(String productName) {
            String p = productName.toLowerCase(Locale.ROOT);
            if (p.contains("h2")) {
                return H2;
            }
            if (p.contains("postgres")) {
                return POSTGRESQL;
            }
            throw new IllegalArgumentException("JdbcWorkflowStore supports H2 and PostgreSQL, not " + productName);
        }
    }

    private final DataSource dataSource;
    private final String table;
    private final Clock clock;
    private final Dialect dialect;
    private final String system;
    private final String selectOne;
    private final String insert;
    private final String update;
    private final String delete;
    private final String selectKind;
    private final String selectDue;
    private final String claimDue;
    private final String lease;

    private JdbcWorkflowStore(Builder b) {
        this.dataSource = Objects.requireNonNull(b.dataSource, "dataSource == null");
        this.table = b.table;
        this.clock = b.clock;
        this.dialect = b.dialect != null ? b.dialect : detect(dataSource);
        this.system = "jdbc:" + dialect.name().toLowerCase(Locale.ROOT) + ":" + table;
        this.selectOne = "SELECT version, payload, updated_at FROM " + table + " WHERE kind = ? AND id = ?";
        this.insert = "INSERT INTO " + table + " (kind, id, version, payload, updated_at, due_at) VALUES (?, ?, 1, ?, ?, ?)";
        this.update = "UPDATE " + table + " SET version = version + 1, payload = ?, updated_at = ?, due_at = ?"
                + " WHERE kind = ? AND id = ? AND version = ?";
        this.delete = "DELETE FROM " + table + " WHERE kind = ? AND id = ? AND version = ?";
        this.selectKind = "SELECT id, version, payload, updated_at FROM " + table + " WHERE kind = ? "
                + dialect.orderById;
        String dueOrder = dialect.orderById.replace("ORDER BY ", "ORDER BY due_at, ");
        this.selectDue = "SELECT id, version, payload, updated_at FROM " + table + " WHERE kind = ? AND due_at <= ? " + dueOrder;
        this.claimDue = "SELECT id, version, payload, updated_at FROM " + table + " WHERE kind = ? AND due_at <= ? " + dueOrder
                + " FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED";
        this.lease = "UPDATE " + table + " SET due_at = ? WHERE kind = ? AND id = ?";
        if (b.createSchema) {
            createSchema();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    private Dialect detect(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return Dialect.of(meta.getDatabaseProductName());
        } catch (SQLException e) {
            throw failure("connect", e);
        }
    }

    /** The schema script for this store's dialect and table, as executed on build. */
    public String schemaSql() {
        String resource = dialect.schemaResource();
        try (InputStream in = JdbcWorkflowStore.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource " + resource + " is missing from the jar");
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder sql = new StringBuilder();
            for (String line : script.split("\n")) {
                if (!line.strip().startsWith("--")) {
                    sql.append(line).append('\n');
                }
            }
            return sql.toString().replace("${table}", table).strip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema resource " + resource, e);
        }
    }

    private void createSchema() {
        for (String sql : schemaSql().split(";\\s*\n")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute(sql.strip());
            } catch (SQLException e) {
                // Two instances creating the table or index at once: PostgreSQL may report the loser as a duplicate.
                if (!tableExists()) {
                    throw failure("createSchema", e);
                }
            }
        }
    }

    private boolean tableExists() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE 1 = 0");
                ResultSet rs = ps.executeQuery()) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    /** The table this store writes. */
    public String table() {
        return table;
    }

    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Optional<StoredRecord> read(String kind, String id) {
        StoreKeys.check(kind, id);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(selectOne)) {
            ps.setString(1, kind);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredRecord(kind, id, rs.getLong(1), rs.getString(2), instant(rs, 3)));
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public StoredRecord insert(String kind, String id, String payload) {
        return insert(kind, id, payload, NextDue.always());
    }

    @Override
    public StoredRecord insert(String kind, String id, String payload, NextDue due) {
        StoreKeys.check(kind, id);
        Objects.requireNonNull(due, "due == null");
        checkPayload(payload);
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(insert)) {
            ps.setString(1, kind);
            ps.setString(2, id);
            ps.setString(3, payload);
            ps.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            setDue(ps, 5, due);
            ps.executeUpdate();
            return new StoredRecord(kind, id, 1, payload, now);
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                throw new VersionConflictException(kind, id, 0);
            }
            throw failure("insert", e);
        }
    }

    @Override
    public StoredRecord update(String kind, String id, long expectedVersion, String payload) {
        return update(kind, id, expectedVersion, payload, NextDue.always());
    }

    @Override
    public StoredRecord update(String kind, String id, long expectedVersion, String payload, NextDue due) {
        StoreKeys.check(kind, id);
        Objects.requireNonNull(due, "due == null");
        checkPayload(payload);
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(update)) {
            ps.setString(1, payload);
            ps.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            setDue(ps, 3, due);
            ps.setString(4, kind);
            ps.setString(5, id);
            ps.setLong(6, expectedVersion);
            if (ps.executeUpdate() != 1) {
                throw new VersionConflictException(kind, id, expectedVersion);
            }
            return new StoredRecord(kind, id, expectedVersion + 1, payload, now);
        } catch (SQLException e) {
            throw failure("update", e);
        }
    }

    @Override
    public boolean delete(String kind, String id, long expectedVersion) {
        StoreKeys.check(kind, id);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(delete)) {
            ps.setString(1, kind);
            ps.setString(2, id);
            ps.setLong(3, expectedVersion);
            if (ps.executeUpdate() == 1) {
                return true;
            }
        } catch (SQLException e) {
            throw failure("delete", e);
        }
        if (read(kind, id).isPresent()) {
            throw new VersionConflictException(kind, id, expectedVersion);
        }
        return false;
    }

    @Override
    public List<StoredRecord> list(String kind) {
        StoreKeys.check(kind, "");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(selectKind)) {
            ps.setString(1, kind);
            return records(kind, ps);
        } catch (SQLException e) {
            throw failure("list", e);
        }
    }

    @Override
    public List<StoredRecord> due(String kind, Instant now) {
        StoreKeys.check(kind, "");
        Objects.requireNonNull(now, "now == null");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(selectDue)) {
            ps.setString(1, kind);
            ps.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            return records(kind, ps);
        } catch (SQLException e) {
            throw failure("due", e);
        }
    }

    @Override
    public List<StoredRecord> claimDue(String kind, Instant now, int limit, Duration leaseFor) {
        StoreKeys.check(kind, "");
        StoreKeys.checkClaim(now, limit, leaseFor);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<StoredRecord> claimed;
                try (PreparedStatement ps = c.prepareStatement(claimDue)) {
                    ps.setString(1, kind);
                    ps.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                    ps.setInt(3, limit);
                    claimed = records(kind, ps);
                }
                if (!claimed.isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement(lease)) {
                        for (StoredRecord r : claimed) {
                            ps.setObject(1, OffsetDateTime.ofInstant(now.plus(leaseFor), ZoneOffset.UTC));
                            ps.setString(2, kind);
                            ps.setString(3, r.id());
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                c.commit();
                return claimed;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("claimDue", e);
        }
    }

    private static List<StoredRecord> records(String kind, PreparedStatement ps) throws SQLException {
        List<StoredRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredRecord(kind, rs.getString(1), rs.getLong(2), rs.getString(3), instant(rs, 4)));
            }
        }
        return out;
    }

    /** A closed record's due_at is NULL, which no {@code due_at <= ?} matches. */
    private static void setDue(PreparedStatement ps, int index, NextDue due) throws SQLException {
        if (due.isClosed()) {
            ps.setNull(index, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(due.at().get(), ZoneOffset.UTC));
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static void checkPayload(String payload) {
        Objects.requireNonNull(payload, "payload == null");
        if (payload.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException("payload must not contain the NUL character");
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private PracticeKitException failure(String operation, SQLException e) {
        String state = e.getSQLState() == null ? "unknown" : e.getSQLState();
        // The driver's message can quote row contents, so only the SQL state travels on.
        String message = "database operation failed (SQL state " + state + ")";
        boolean transientFailure = e instanceof SQLTransientException || e instanceof SQLRecoverableException
                || state.startsWith("08") || state.startsWith("40") || state.startsWith("57P") || state.equals("HYT00");
        if (transientFailure) {
            return new RetriableException(message, system, operation, null);
        }
        return new NonRetriableException(message, system, operation, null);
    }

    @Override
    public String toString() {
        return "JdbcWorkflowStore[" + system + "]";
    }

    /**
     * Builds a {@link JdbcWorkflowStore}. Required: dataSource. Defaults: table
     * {@value JdbcWorkflowStore#DEFAULT_TABLE}, dialect detected from the connection, schema created on build, the
     * system UTC clock for {@code updated_at}.
     */
    public static final class Builder {
        private DataSource dataSource;
        private String table = DEFAULT_TABLE;
        private boolean createSchema = true;
        private Clock clock = Clock.systemUTC();
        private Dialect dialect;

        private Builder() {
        }

        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource == null");
            return this;
        }

        /** The table name: lowercase letters, digits and underscores, starting with a letter, at most 48 characters. */
        public Builder table(String table) {
            Objects.requireNonNull(table, "table == null");
            if (!table.matches("[a-z][a-z0-9_]{0,47}")) {
                throw new IllegalArgumentException("table must be lowercase letters, digits and '_', starting with a letter");
            }
            this.table = table;
            return this;
        }

        /** Whether {@link #build()} creates the table when it is missing (default true). */
        public Builder createSchema(boolean createSchema) {
            this.createSchema = createSchema;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Sets the dialect instead of detecting it from the connection. */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect == null");
            return this;
        }

        public JdbcWorkflowStore build() {
            return new JdbcWorkflowStore(this);
        }
    }
}
