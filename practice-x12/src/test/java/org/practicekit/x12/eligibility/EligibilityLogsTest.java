package org.practicekit.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.spi.EligibilityChecker;
import org.practicekit.core.spi.EligibilityRequest;
import org.practicekit.testing.TestClock;
import org.practicekit.testing.eligibility.Recorded271;
import org.practicekit.testing.eligibility.RecordedClearinghouse;

/**
 * Plants PHI in eligibility checks (answered, rejected, retried, refused, malformed) and checks that none
 * of it reaches the log, debug lines included (slf4j-simple writes to System.err; see simplelogger.properties).
 */
class EligibilityLogsTest {
    @Test
    void checksOfEveryKindLeaveNoPhiInTheLog() throws Exception {
        Client keisha = Client.builder().id("c-9001").name("Keisha", "Brownlee").birthDate(LocalDate.of(1985, 3, 14))
                .zone(ZoneId.of("America/Chicago")).build();
        Coverage plan = Coverage.builder().payerName("Lakeshore Health Plan").payerId("LKS01").payerKind(PayerKind.COMMERCIAL)
                .memberId("ZQX7781234").build();
        EligibilityRequest request = EligibilityRequest.builder().client(keisha).coverage(plan)
                .serviceDate(LocalDate.of(2026, 11, 5)).build();
        RecordedClearinghouse clearinghouse = new RecordedClearinghouse();
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        MockWebServer server = new MockWebServer();
        server.setDispatcher(clearinghouse);
        server.start(InetAddress.getLoopbackAddress(), 0);
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EligibilityChecker checker = ClearinghouseEligibilityChecker.builder()
                    .transport(HttpsX12Transport.builder().endpoint(server.url("/realtime").uri())
                            .header("Authorization", "Bearer PLANTED-TOKEN-7731").build())
                    .parties(ClearinghouseEligibilityCheckerContractTest.PARTIES)
                    .provider(ClearinghouseEligibilityCheckerContractTest.PROVIDER).retries(2, Duration.ofMillis(10))
                    .cacheFor(Duration.ZERO, 1).clock(TestClock.at("2026-11-02T15:00:00Z")).build();
            clearinghouse.enqueue(new MockResponse().setResponseCode(503));
            checker.check(request);
            clearinghouse.answer("ZQX7781234", Recorded271.AAA_72_INVALID_MEMBER_ID);
            checker.check(request);
            clearinghouse.enqueue(new MockResponse().setResponseCode(403).setBody("member ZQX7781234 Keisha Brownlee"));
            assertThat(catchThrowable(() -> checker.check(request))).isNotNull();
            clearinghouse.answer("ZQX7781234", Recorded271.MALFORMED_CONTROL_COUNT);
            assertThat(catchThrowable(() -> checker.check(request))).isNotNull();
        } finally {
            System.setErr(original);
            server.shutdown();
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("the log says what happened").contains("payer LKS01", "AAA 72", "HTTP 503", "HTTP 403");
        assertThat(log).doesNotContain("Keisha", "KEISHA", "Brownlee", "BROWNLEE", "ZQX7781234", "19850314", "1985-03-14",
                "PLANTED-TOKEN-7731", "NM1*IL");
    }
}
