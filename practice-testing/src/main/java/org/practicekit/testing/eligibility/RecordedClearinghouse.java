package org.practicekit.testing.eligibility;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A clearinghouse stand-in for MockWebServer: it answers every X12 270 POSTed to it with a recorded
 * 271 shape ({@link Recorded271}) chosen by the member id asked about, echoing the 270's trace number.
 * Members nobody scripted get {@link Recorded271#ACTIVE_MH_COPAY_COINSURANCE_DEDUCTIBLE}. Responses
 * queued with {@link #enqueue} (a 503, a dropped connection) go out first. Thread-safe.
 *
 * <pre>{@code
 * MockWebServer server = new MockWebServer();
 * RecordedClearinghouse clearinghouse = new RecordedClearinghouse().answer("LKS88120034", Recorded271.INACTIVE);
 * server.setDispatcher(clearinghouse);
 * server.start(InetAddress.getLoopbackAddress(), 0);
 * }</pre>
 */
public final class RecordedClearinghouse extends Dispatcher {
    private final Map<String, Recorded271> byMember = new ConcurrentHashMap<>();
    private final Deque<MockResponse> queued = new ArrayDeque<>();
    private final List<String> inquiries = new ArrayList<>();
    private volatile Recorded271 otherwise = Recorded271.ACTIVE_MH_COPAY_COINSURANCE_DEDUCTIBLE;

    /** Answers 270s about {@code memberId} with {@code shape}. */
    public RecordedClearinghouse answer(String memberId, Recorded271 shape) {
        byMember.put(Objects.requireNonNull(memberId, "memberId == null"), Objects.requireNonNull(shape, "shape == null"));
        return this;
    }

    /** Answers 270s about members nobody scripted with {@code shape}. */
    public RecordedClearinghouse otherwise(Recorded271 shape) {
        this.otherwise = Objects.requireNonNull(shape, "shape == null");
        return this;
    }

    /** The next request gets {@code response} instead of a recorded 271. */
    public synchronized RecordedClearinghouse enqueue(MockResponse response) {
        queued.add(Objects.requireNonNull(response, "response == null"));
        return this;
    }

    /** Every 270 received, as text, in order. */
    public synchronized List<String> inquiries() {
        return List.copyOf(inquiries);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String x12 = request.getBody().readString(StandardCharsets.UTF_8);
        MockResponse scripted;
        synchronized (this) {
            inquiries.add(x12);
            scripted = queued.poll();
        }
        if (scripted != null) {
            return scripted;
        }
        String trace = element(x12, "TRN", "1").orElse(Recorded271.TRACE);
        Recorded271 shape = element(x12, "NM1", "IL").map(id -> byMember.getOrDefault(id, otherwise)).orElse(otherwise);
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/edi-x12")
                .setBody(shape.answering(trace));
    }

    /**
     * The value a 270 carries in a segment picked by its first element: TRN*1's trace (TRN02) or
     * NM1*IL's member id (NM109), whatever delimiters the 270 uses (read from its ISA).
     */
    static Optional<String> element(String x12, String tag, String first) {
        if (x12.length() < 106 || !x12.startsWith("ISA")) {
            return Optional.empty();
        }
        String separator = Pattern.quote(String.valueOf(x12.charAt(3)));
        int wanted = tag.equals("TRN") ? 2 : 9;
        for (String segment : x12.split(Pattern.quote(String.valueOf(x12.charAt(105))))) {
            String[] elements = segment.strip().split(separator, -1);
            if (elements[0].equals(tag) && elements.length > wanted && elements[1].equals(first)
                    && !elements[wanted].isEmpty()) {
                return Optional.of(elements[wanted]);
            }
        }
        return Optional.empty();
    }
}
