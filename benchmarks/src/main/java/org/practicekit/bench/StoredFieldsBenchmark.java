package org.practicekit.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
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
import org.practicekit.core.store.StoredFields;

/**
 * Encoding and decoding one workflow record (the state every engine writes on every transition)
 * with {@link StoredFields}, against {@link java.util.Properties} store/load of the same fields as
 * the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoredFieldsBenchmark {
    private StoredFields record;
    private String encoded;
    private Properties properties;

    @Setup
    public void setUp() {
        record = StoredFields.create();
        record.put("caseId", "intake-2026-11-30-0042").put("status", "AWAITING_SUBMISSION").put("version", 7L);
        for (int i = 0; i < 40; i++) {
            record.put("answer." + i, "free text answer number " + i + " with = and a line\nbreak");
        }
        for (int i = 0; i < 12; i++) {
            record.put("event." + i, "2026-11-30T14:0" + (i % 10) + ":00Z reminder sent key=intake-42-r" + i);
        }
        encoded = record.encode();
        properties = new Properties();
        for (Map.Entry<String, String> e : record.asMap().entrySet()) {
            properties.setProperty(e.getKey(), e.getValue());
        }
    }

    @Benchmark
    public StoredFields storedFieldsRoundTrip() {
        return StoredFields.decode(record.encode());
    }

    @Benchmark
    public StoredFields storedFieldsDecode() {
        return StoredFields.decode(encoded);
    }

    @Benchmark
    public Properties baselinePropertiesRoundTrip() {
        try {
            StringWriter w = new StringWriter();
            properties.store(w, null);
            Properties back = new Properties();
            back.load(new StringReader(w.toString()));
            return back;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
