package org.practicekit.testing.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.intake.IdentityConfirmation;
import org.practicekit.core.intake.IntakeFields;
import org.practicekit.core.intake.IntakeSubmission;
import org.practicekit.core.intake.IntakeWorkflow;
import org.practicekit.core.messaging.outreach.ClientOutreach;
import org.practicekit.core.messaging.outreach.ClientZones;
import org.practicekit.core.spi.OutboundMessage;
import org.practicekit.core.store.JdbcWorkflowStore;
import org.practicekit.testing.RecordingEhr;
import org.practicekit.testing.RecordingEscalation;
import org.practicekit.testing.RecordingMessageChannel;
import org.practicekit.testing.ScriptedEligibilityChecker;
import org.practicekit.testing.TestClock;
import org.practicekit.testing.TestDatabases;

/**
 * A copy of the database opens no intake: after links, reminders and follow-ups went out through
 * {@code ClientOutreach} (which stores each message), and while messages wait for the client's morning or
 * for a retry, no raw row holds a token a client was sent, and no hex string found in the rows opens a case.
 */
class IntakeLinksOnDatabaseTest {
    private static final String TABLE = "pk_intake_links_test";
    private static final Pattern LINK = Pattern.compile("/intake/([0-9a-f]{32})\\b");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{32,}");

    // 10:00 in Chicago: outside quiet hours, so every message is sent at once.
    private final TestClock clock = TestClock.at("2026-11-02T16:00:00Z");
    private final RecordingMessageChannel gateway = RecordingMessageChannel.create(clock);
    private final RecordingEscalation escalation = new RecordingEscalation();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private ClientOutreach outreach;

    private IntakeWorkflow workflow(DataSource db) {
        JdbcWorkflowStore store = JdbcWorkflowStore.builder().dataSource(db).table(TABLE).build();
        outreach = ClientOutreach.builder().channel(gateway).store(store).clock(clock)
                .zones(ClientZones.of(Map.of(), ZoneId.of("America/Chicago"))).escalation(escalation).audit(audit).build();
        return IntakeWorkflow.builder().store(store).channel(outreach).escalation(escalation).ehr(new RecordingEhr())
                .eligibility(new ScriptedEligibilityChecker(clock)).audit(audit).clock(clock)
                .zone(ZoneId.of("America/Chicago")).practiceName("Prairie Counseling")
                .portalUrl("https://portal.prairie.example/intake/").linkSecret(IntakeOnDatabaseTest.LINK_SECRET).build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void theDatabaseHoldsNoTokenThatOpensAnIntake(String which) throws SQLException {
        DataSource db = TestDatabases.emptyWorkflowStore(which, TABLE);
        IntakeWorkflow intake = workflow(db);
        intake.start(IntakeOnDatabaseTest.inquiry("links-open"));
        intake.submit("links-open", IntakeSubmission.builder().answer(IntakeFields.GIVEN_NAME, "Jordan")
                .answer(IntakeFields.BIRTH_DATE, "1991-04-09").saveOnly(true).build());
        clock.advance(Duration.ofHours(25));
        intake.due(clock.instant());
        intake.start(IntakeOnDatabaseTest.inquiry("links-closed"));
        intake.submit("links-closed", IntakeOnDatabaseTest.completeSubmission());
        intake.start(IntakeOnDatabaseTest.inquiry("links-renewed"));
        intake.reissueLink("links-renewed");

        Set<String> sent = new LinkedHashSet<>();
        for (OutboundMessage m : gateway.delivered()) {
            Matcher link = LINK.matcher(m.body());
            if (link.find()) {
                sent.add(link.group(1));
            }
        }
        assertThat(gateway.delivered()).extracting(OutboundMessage::purpose).contains("intake.packet", "intake.reminder",
                "intake.link-reissued");
        String open = LINK.matcher(gateway.delivered("intake.reminder").get(0).body()).results().findFirst().orElseThrow()
                .group(1);
        assertThat(intake.confirmIdentity(open, "1991-04-09").outcome()).as("the link the client holds works")
                .isEqualTo(IdentityConfirmation.Outcome.CONFIRMED);

        List<String> rows = rawRows(db);
        assertThat(rows).as("cases, links and stored messages").hasSizeGreaterThanOrEqualTo(9);
        for (String token : sent) {
            assertThat(rows).as("a row holding a token the client was sent").noneMatch(r -> r.contains(token));
        }
        assertThat(hexRunsTried(intake, rows)).as("link ids and hashes were tried").isGreaterThan(3);
        assertThat(audit.all().toString()).doesNotContain(sent.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void messagesWaitingForTheMorningOrARetryHoldNoLink(String which) throws SQLException {
        DataSource db = TestDatabases.emptyWorkflowStore(which, TABLE);
        IntakeWorkflow intake = workflow(db);
        gateway.failNext(1);
        intake.start(IntakeOnDatabaseTest.inquiry("links-retry"));
        clock.advance(Duration.ofHours(11).plusMinutes(30)); // 21:30 in Chicago: quiet hours
        intake.start(IntakeOnDatabaseTest.inquiry("links-night"));
        assertThat(outreach.due(clock.instant())).as("the retry waits for the morning too").hasSize(1);
        assertThat(gateway.delivered()).as("nothing reached a client yet").isEmpty();

        List<String> waiting = rawRows(db);
        assertThat(waiting).as("both messages are stored with the link id in place of the link")
                .filteredOn(r -> r.contains("{{" + IntakeWorkflow.LINK_TEXT + ":")).hasSize(2);
        assertThat(hexRunsTried(intake, waiting)).as("link ids and hashes were tried").isGreaterThan(3);

        clock.advance(Duration.ofHours(11)); // 08:30 in Chicago
        assertThat(outreach.due(clock.instant())).hasSize(2);
        String retried = "intake/links-retry/packet";
        assertThat(gateway.attempts()).as("the retried packet reads as the first try")
                .filteredOn(m -> m.idempotencyKey().equals(retried)).extracting(OutboundMessage::body).hasSize(2)
                .containsOnly(gateway.delivered().stream().filter(m -> m.idempotencyKey().equals(retried))
                        .findFirst().orElseThrow().body());
        assertThat(gateway.delivered()).hasSize(2);
        for (OutboundMessage m : gateway.delivered()) {
            String token = LINK.matcher(m.body()).results().findFirst().orElseThrow().group(1);
            assertThat(m.body()).doesNotContain("{{");
            assertThat(intake.openLink(token)).as("the link the client got opens their case").hasValueSatisfying(
                    link -> assertThat(m.idempotencyKey()).startsWith("intake/" + link.caseId() + "/"));
            assertThat(waiting).as("a row stored while the message waited").noneMatch(r -> r.contains(token));
            assertThat(rawRows(db)).noneMatch(r -> r.contains(token));
        }
    }

    /** Tries every 32-character window of every hex run in the rows as a link; none may open a case. */
    private static int hexRunsTried(IntakeWorkflow intake, List<String> rows) {
        int tried = 0;
        for (String row : rows) {
            Matcher hex = HEX.matcher(row);
            while (hex.find()) {
                String run = hex.group();
                for (int at = 0; at + 32 <= run.length(); at++) {
                    assertThat(intake.openLink(run.substring(at, at + 32))).as("a hex string from the rows").isEmpty();
                    tried++;
                }
            }
        }
        return tried;
    }

    /** Every column of every row, as text, straight from the table. */
    private static List<String> rawRows(DataSource db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM " + TABLE)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(r.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
