package org.practicekit.core.store;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;

/**
 * A durable, append-only, tamper-evident {@link AuditLog} in the practice's database (H2 or
 * PostgreSQL). Every record carries the hash of the one before it, so a record changed, removed or
 * inserted directly in the database breaks the chain, and {@link #verify()} says where. With a
 * {@linkplain Builder#chainKey chain key} held by the application (not in the database) the hashes
 * are HMAC-SHA-256, so even someone who can write to the database cannot forge a consistent chain.
 *
 * <p>Appends from several application instances are serialized by a row lock on a one-row head table
 * ({@code SELECT ... FOR UPDATE}), so the chain has one order. There is no update or delete: records
 * are kept for as long as the practice keeps the database; HIPAA asks for six years, so archive, never
 * prune, and verify an archive before the live table moves on. Like every audit record in
 * PracticeKit, records hold ids, codes, counts and PHI categories, never PHI.
 *
 * <p>Thread-safe; a failed append throws (retriable for transient database failures) so the action
 * that caused it fails too.
 */
public final class JdbcAuditLog implements AuditLog {
    /** The default table; the head table is this name plus {@code _head}. */
    public static final String DEFAULT_TABLE = "practicekit_audit";

    private static final String SYSTEM = "audit database";
    private static final String GENESIS = "0".repeat(64);

    private final DataSource dataSource;
    private final String table;
    private final byte[] key;

    private JdbcAuditLog(Builder b) {
        this.dataSource = b.dataSource;
        this.table = b.table;
        this.key = b.key == null ? null : b.key.clone();
        if (b.createSchema) {
            createSchema();
        }
    }

    /** Required: {@link Builder#dataSource}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The table records are kept in. */
    public String table() {
        return table;
    }

    /** The schema this log creates, for a database administrator who creates tables by hand. */
    public List<String> schemaSql() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + table + " ("
                        + "seq BIGINT NOT NULL PRIMARY KEY, "
                        + "at_ms BIGINT NOT NULL, "
                        + "at_text VARCHAR(40) NOT NULL, "
                        + "actor VARCHAR(200) NOT NULL, "
                        + "action VARCHAR(200) NOT NULL, "
                        + "subject VARCHAR(200) NOT NULL, "
                        + "target VARCHAR(400) NOT NULL, "
                        + "categories VARCHAR(2000) NOT NULL, "
                        + "details TEXT NOT NULL, "
                        + "prev_hash CHAR(64) NOT NULL, "
                        + "hash CHAR(64) NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + table + "_at ON " + table + " (at_ms)",
                "CREATE TABLE IF NOT EXISTS " + table + "_head (id INT NOT NULL PRIMARY KEY, seq BIGINT NOT NULL, "
                        + "hash CHAR(64) NOT NULL)",
                "INSERT INTO " + table + "_head (id, seq, hash) SELECT 1, 0, '" + GENESIS + "' WHERE NOT EXISTS "
                        + "(SELECT 1 FROM " + table + "_head WHERE id = 1)");
    }

    private void createSchema() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : schemaSql()) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    // Two instances creating the head row at once: the loser's insert is a duplicate key.
                    if (!sql.startsWith("INSERT") || readHead(c).isEmpty()) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("create the audit tables", e);
        }
    }

    @Override
    public void record(AuditEvent event) {
        Objects.requireNonNull(event, "event == null");
        Encoded encoded = Encoded.of(event);
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                long seq;
                String prev;
                try (PreparedStatement head = c.prepareStatement("SELECT seq, hash FROM " + table + "_head WHERE id = 1 FOR UPDATE");
                        ResultSet r = head.executeQuery()) {
                    if (!r.next()) {
                        throw new NonRetriableException("the audit head row is missing; the log has been tampered with "
                                + "or its schema was not created", SYSTEM, "record", null);
                    }
                    seq = r.getLong(1) + 1;
                    prev = r.getString(2).strip();
                }
                String hash = chain(prev, encoded);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table
                        + " (seq, at_ms, at_text, actor, action, subject, target, categories, details, prev_hash, hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setLong(1, seq);
                    insert.setLong(2, event.at().toEpochMilli());
                    insert.setString(3, encoded.at);
                    insert.setString(4, event.actor());
                    insert.setString(5, event.action());
                    insert.setString(6, event.subject());
                    insert.setString(7, event.target());
                    insert.setString(8, encoded.categories);
                    insert.setString(9, encoded.details);
                    insert.setString(10, prev);
                    insert.setString(11, hash);
                    insert.executeUpdate();
                }
                try (PreparedStatement update = c.prepareStatement("UPDATE " + table + "_head SET seq = ?, hash = ? WHERE id = 1")) {
                    update.setLong(1, seq);
                    update.setString(2, hash);
                    update.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure("record", e);
        }
    }

    @Override
    public List<AuditEvent> find(Instant from, Instant to) {
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
        List<AuditEvent> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT at_text, actor, action, subject, target, categories, details"
                        + " FROM " + table + " WHERE at_ms >= ? AND at_ms <= ? ORDER BY seq")) {
            q.setLong(1, from.toEpochMilli());
            q.setLong(2, to.toEpochMilli());
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    AuditEvent e = decode(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7));
                    // Milliseconds select; the exact instants decide.
                    if (!e.at().isBefore(from) && e.at().isBefore(to)) {
                        out.add(e);
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("find", e);
        }
        return out;
    }

    /**
     * Recomputes the whole chain and compares it with what the database holds: every record changed,
     * inserted or removed since it was written is reported (by sequence number, never by content).
     */
    public ChainVerification verify() {
        List<String> problems = new ArrayList<>();
        long records = 0;
        try (Connection c = dataSource.getConnection()) {
            Optional<long[]> headSeq = Optional.empty();
            String headHash = null;
            try (PreparedStatement q = c.prepareStatement("SELECT seq, hash FROM " + table + "_head WHERE id = 1");
                    ResultSet r = q.executeQuery()) {
                if (r.next()) {
                    headSeq = Optional.of(new long[] {r.getLong(1)});
                    headHash = r.getString(2).strip();
                }
            }
            if (headSeq.isEmpty()) {
                problems.add("the head row is missing");
            }
            String expectedPrev = GENESIS;
            long expectedSeq = 1;
            try (PreparedStatement q = c.prepareStatement("SELECT seq, at_text, actor, action, subject, target, categories,"
                    + " details, prev_hash, hash FROM " + table + " ORDER BY seq")) {
                q.setFetchSize(500);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        records++;
                        long seq = r.getLong(1);
                        if (seq > expectedSeq) {
                            problems.add(seq == expectedSeq + 1 ? "record " + expectedSeq + " is missing"
                                    : "records " + expectedSeq + " to " + (seq - 1) + " are missing");
                        }
                        String prev = r.getString(9).strip();
                        String stored = r.getString(10).strip();
                        Encoded encoded = new Encoded(r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                                r.getString(6), r.getString(7), r.getString(8));
                        if (!prev.equals(expectedPrev) && seq == expectedSeq) {
                            problems.add("record " + seq + " does not follow the record before it (that record was changed)");
                        }
                        if (!chain(prev, encoded).equals(stored)) {
                            problems.add("record " + seq + " was changed after it was written");
                        }
                        expectedPrev = stored;
                        expectedSeq = seq + 1;
                    }
                }
            }
            if (headSeq.isPresent()) {
                long head = headSeq.get()[0];
                if (head >= expectedSeq) {
                    problems.add(head == expectedSeq ? "the last record (" + head + ") is missing"
                            : "the last records (" + expectedSeq + " to " + head + ") are missing");
                } else if (head < expectedSeq - 1) {
                    problems.add("records after " + head + " were added outside the log");
                } else if (!Objects.equals(headHash, expectedPrev)) {
                    problems.add("the last record (" + head + ") does not match the head of the chain");
                }
            }
        } catch (SQLException e) {
            throw failure("verify", e);
        }
        return new ChainVerification(records, problems);
    }

    /**
     * What {@link JdbcAuditLog#verify()} found.
     *
     * @param records how many records the table holds
     * @param problems every break found, by sequence number; empty when the chain is intact
     */
    public record ChainVerification(long records, List<String> problems) {
        public ChainVerification {
            problems = List.copyOf(problems);
        }

        /** True when no record was changed, removed or inserted. */
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private String chain(String prev, Encoded e) {
        byte[] input = (prev + "\n" + e.canonical()).getBytes(StandardCharsets.UTF_8);
        try {
            if (key != null) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(input));
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
        } catch (NoSuchAlgorithmException | InvalidKeyException ex) {
            throw new IllegalStateException("SHA-256 and HMAC-SHA-256 are required by every Java platform", ex);
        }
    }

    private Optional<long[]> readHead(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT seq FROM " + table + "_head WHERE id = 1");
                ResultSet r = q.executeQuery()) {
            return r.next() ? Optional.of(new long[] {r.getLong(1)}) : Optional.empty();
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; the failure being thrown says so already.
        }
    }

    private static PracticeKitException failure(String operation, SQLException e) {
        String what = "SQL state " + e.getSQLState();
        if (e instanceof SQLTransientException || e instanceof SQLRecoverableException
                || (e.getSQLState() != null && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("40")))) {
            return new RetriableException(what, SYSTEM, operation, e);
        }
        return new NonRetriableException(what, SYSTEM, operation, e);
    }

    private static AuditEvent decode(String at, String actor, String action, String subject, String target,
            String categories, String details) {
        Set<String> cats = new TreeSet<>();
        if (!categories.isEmpty()) {
            cats.addAll(Arrays.asList(categories.split(",")));
        }
        Map<String, String> map = new LinkedHashMap<>();
        if (!details.isEmpty()) {
            for (String line : details.split("\n")) {
                int eq = line.indexOf('=');
                map.put(unescape(line.substring(0, eq)), unescape(line.substring(eq + 1)));
            }
        }
        return new AuditEvent(Instant.parse(at), actor, action, subject, target, cats, map);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\e");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'e' ? '=' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** An event as stored: every field a string, categories sorted, details sorted and escaped. */
    private static final class Encoded {
        final String at;
        final String actor;
        final String action;
        final String subject;
        final String target;
        final String categories;
        final String details;

        Encoded(String at, String actor, String action, String subject, String target, String categories, String details) {
            this.at = at;
            this.actor = actor;
            this.action = action;
            this.subject = subject;
            this.target = target;
            this.categories = categories;
            this.details = details;
        }

        static Encoded of(AuditEvent e) {
            StringBuilder details = new StringBuilder();
            for (Map.Entry<String, String> d : new TreeMap<>(e.details()).entrySet()) {
                if (details.length() > 0) {
                    details.append('\n');
                }
                details.append(escape(d.getKey())).append('=').append(escape(d.getValue()));
            }
            for (String category : e.categories()) {
                if (category.contains(",")) {
                    throw new IllegalArgumentException("an audit category must not contain a comma");
                }
            }
            return new Encoded(e.at().toString(), e.actor(), e.action(), e.subject(), e.target(),
                    String.join(",", new TreeSet<>(e.categories())), details.toString());
        }

        /** Length-prefixed fields: no choice of values can make two events read the same. */
        String canonical() {
            StringBuilder sb = new StringBuilder();
            for (String field : new String[] {at, actor, action, subject, target, categories, details}) {
                sb.append(field.length()).append(':').append(field).append('|');
            }
            return sb.toString();
        }
    }

    /** Builds a {@link JdbcAuditLog}; {@link #build()} creates the tables unless told not to. */
    public static final class Builder {
        private DataSource dataSource;
        private String table = DEFAULT_TABLE;
        private byte[] key;
        private boolean createSchema = true;

        private Builder() {
        }

        /** The practice's database. Required. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource == null");
            return this;
        }

        /** The table name (letters, digits and underscores); default {@value JdbcAuditLog#DEFAULT_TABLE}. */
        public Builder table(String table) {
            Objects.requireNonNull(table, "table == null");
            if (!table.matches("[A-Za-z_][A-Za-z0-9_]{0,50}")) {
                throw new IllegalArgumentException("table must be letters, digits and underscores, at most 51 characters");
            }
            this.table = table.toLowerCase(Locale.ROOT);
            return this;
        }

        /**
         * A secret the application holds (at least 32 bytes) that makes the chain HMAC-SHA-256: without
         * it nobody can rewrite records and hashes consistently. Keep it outside the database; every
         * instance of the practice must use the same key.
         */
        public Builder chainKey(byte[] key) {
            Objects.requireNonNull(key, "key == null");
            if (key.length < 32) {
                throw new IllegalArgumentException("a chain key has at least 32 bytes");
            }
            this.key = key.clone();
            return this;
        }

        /** Whether {@link #build()} creates the tables when missing (default true). */
        public Builder createSchema(boolean createSchema) {
            this.createSchema = createSchema;
            return this;
        }

        public JdbcAuditLog build() {
            if (dataSource == null) {
                throw new IllegalStateException("dataSource is required");
            }
            return new JdbcAuditLog(this);
        }
    }
}
