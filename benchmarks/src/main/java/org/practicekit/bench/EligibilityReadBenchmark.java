package org.practicekit.bench;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.testing.eligibility.Recorded271;
import org.practicekit.x12.eligibility.EligibilityResponseReader;

/**
 * Reading one 271 and mapping it into {@link EligibilityResult}s with {@link EligibilityResponseReader},
 * over the recorded shapes in turn (active with cost sharing, inactive, dependent, visit limits, prior
 * authorization, AAA 72/75/42, plan-only and another payer's style), against the baseline of StAEDI
 * alone streaming the same bytes event by event (every element's text touched), in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// A long warm-up: on a shared two-core machine C2 is still compiling the reader after 10 s.
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EligibilityReadBenchmark {
    private static final EDIInputFactory STAEDI = EDIInputFactory.newFactory();

    private final EligibilityResponseReader reader = new EligibilityResponseReader();
    private byte[][] responses;
    private int next;

    @Setup
    public void setUp() {
        List<Recorded271> shapes = List.of(Recorded271.ACTIVE_MH_COPAY_COINSURANCE_DEDUCTIBLE, Recorded271.INACTIVE,
                Recorded271.DEPENDENT, Recorded271.VISIT_LIMIT, Recorded271.VISIT_LIMIT_REACHED,
                Recorded271.PRIOR_AUTH_REQUIRED, Recorded271.AAA_72_INVALID_MEMBER_ID,
                Recorded271.AAA_75_SUBSCRIBER_NOT_FOUND, Recorded271.AAA_42_UNABLE_TO_RESPOND,
                Recorded271.BENEFITS_UNDER_30_ONLY, Recorded271.A8_REPEATED_SERVICE_TYPES);
        responses = shapes.stream().map(s -> s.text().getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    private byte[] nextResponse() {
        next = (next + 1) % responses.length;
        return responses[next];
    }

    @Benchmark
    public List<EligibilityResult> readAndMap271() {
        return reader.read(new ByteArrayInputStream(nextResponse()));
    }

    @Benchmark
    public long baselineRawStaediParse() throws EDIStreamException, java.io.IOException {
        long touched = 0;
        try (EDIStreamReader r = STAEDI.createEDIStreamReader(new ByteArrayInputStream(nextResponse()))) {
            while (r.hasNext()) {
                EDIStreamEvent event = r.next();
                if (event == EDIStreamEvent.ELEMENT_DATA || event == EDIStreamEvent.START_SEGMENT) {
                    touched += r.getText().length();
                }
            }
        }
        return touched;
    }
}
