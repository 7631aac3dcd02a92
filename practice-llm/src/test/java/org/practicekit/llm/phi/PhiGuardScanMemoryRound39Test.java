package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.llm.LlmClient;
import org.practicekit.llm.LlmEndpoint;
import org.practicekit.llm.LlmMessage;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;
import org.practicekit.llm.phi.PhiCorpus.Snippet;

/**
 * Round 39: the guard remembers what its readings found in a text it has read before (a drafter's fixed instructions
 * come with every call; a prompt drafted again comes again). What a model is sent, what the audit records, what comes
 * back and what is refused must be the same as a guard that reads every text afresh; the memory stays within its
 * bound; a detector other than the built-in one is asked every time.
 */
class PhiGuardScanMemoryRound39Test {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

    /**
     * Fixed instructions as a drafter writes them, with a style's own words in them (a clinician's name, the
     * abbreviations learned from her notes): fresh text, not taken from any corpus.
     */
    private static final String INSTRUCTIONS = "You draft a psychotherapy progress note for Dr. Imogen Castellanos, "
            + "LCSW, who will review and sign it.\nWrite only what the session fields say. Keep placeholders such as "
            + "[PERSON_1] exactly as written.\nStyle: call the person in care \"the client\"; refer to the clinician "
            + "as \"this writer\"; about 17 words per sentence; prefer \"reported\" for what the client said and "
            + "\"explored\" for what the clinician did; use the abbreviations CBT, SI, HI, Pt.\nAnswer with JSON only.";

    /**
     * Fresh texts written for this test: a number that stops the call, names and a place, the same text with and
     * without the client's own name among the known identifiers (they are matched per call, never remembered).
     */
    private static final List<Snippet> FRESH = List.of(
            fresh("Her member ID is 88421937 and she asked us to bill it directly.", KnownIdentifiers.none()),
            fresh("Tobiah said his sister Wren moved to Kalispell in March.", KnownIdentifiers.none()),
            fresh("Pt reported SI last Tuesday, denied HI; CBT homework reviewed with Dr. Okafor.",
                    KnownIdentifiers.none()),
            fresh("marguerite skipped group again and texted from the parking lot.", KnownIdentifiers.none()),
            fresh("marguerite skipped group again and texted from the parking lot.",
                    KnownIdentifiers.builder().addName("Marguerite").build()),
            fresh("Her member ID is 88421937 and she asked us to bill it directly.", KnownIdentifiers.none()));

    private static Snippet fresh(String text, KnownIdentifiers known) {
        return new Snippet(0, text, List.of(), List.of(), known);
    }

    /** An endpoint that keeps every message it was sent and answers with the last one. */
    private static final class RecordingModel extends LlmClient {
        private final LlmEndpoint endpoint;
        final List<String> sent = new ArrayList<>();

        RecordingModel(boolean baa) {
            endpoint = new LlmEndpoint("recording", "http://localhost/recording", baa);
        }

        @Override
        public LlmEndpoint endpoint() {
            return endpoint;
        }

        @Override
        protected LlmResponse doComplete(LlmRequest request) {
            request.messages().forEach(m -> sent.add(m.role() + ": " + m.text()));
            return LlmResponse.builder().text(request.messages().get(request.messages().size() - 1).text())
                    .model("recording").build();
        }
    }

    /** Everything a guard did for {@code texts}, each sent twice after the fixed instructions, in one transcript. */
    private static String transcript(Guarded guarded, List<Snippet> snippets, boolean baa) {
        PhiGuard guard = guarded.guard();
        StringBuilder out = new StringBuilder();
        for (int round = 0; round < 2; round++) {
            for (Snippet s : snippets) {
                RecordingModel model = new RecordingModel(baa);
                // the snippet's own text first in a second request too, so its placeholders are numbered after the
                // instructions' in one request and before them in the other
                LlmRequest request = round == 0 ? LlmRequest.builder().system(INSTRUCTIONS).user(s.text()).build()
                        : LlmRequest.builder().user(s.text()).addMessage(LlmMessage.user(INSTRUCTIONS)).build();
                try {
                    LlmResponse answer = guard.complete(model, request, s.known(), "client-" + s.line());
                    out.append("sent ").append(model.sent).append("\nanswer ").append(answer.text()).append('\n');
                } catch (PhiBlockedException e) {
                    out.append("blocked ").append(e.getMessage()).append('\n');
                }
            }
        }
        guarded.audit().all().forEach(event -> out.append("audit ").append(event.action()).append(' ')
                .append(new TreeSet<>(event.categories())).append(' ').append(event.sortedDetails()).append('\n'));
        return out.toString();
    }

    /** A guard and the audit log it writes to. */
    private record Guarded(PhiGuard guard, InMemoryAuditLog audit) {
    }

    private static Guarded guard(int scanMemory) {
        return guard(scanMemory, PatternPhiDetector.builder().build());
    }

    private static Guarded guard(int scanMemory, PhiDetector detector) {
        InMemoryAuditLog audit = new InMemoryAuditLog();
        return new Guarded(PhiGuard.builder().audit(audit).detector(detector).clock(CLOCK).scanMemory(scanMemory)
                .build(), audit);
    }

    @Test
    void whatIsSentAuditedRestoredAndRefusedIsTheSameWithAndWithoutTheMemory() {
        // the guard's own dev set and every fourth snippet of the detector's (names, places, dates, identifier
        // numbers that block): a share, since this test adds to the build it is meant to shorten
        List<Snippet> snippets = new ArrayList<>(FRESH);
        snippets.addAll(PhiCorpus.corpus("dev-guard-r13.txt"));
        List<Snippet> dev = PhiCorpus.corpus("dev.txt");
        for (int i = 0; i < dev.size(); i += 4) {
            snippets.add(dev.get(i));
        }
        // without a BAA all three readings are asked (the detector's, the residual check's names and numbers)
        String fresh = transcript(guard(0), snippets, false);
        assertThat(fresh).containsPattern("\\[PERSON_[0-9]+\\]").contains("audit llm.disclosure ");
        assertThat(transcript(guard(PhiGuard.Builder.DEFAULT_SCAN_MEMORY), snippets, false)).isEqualTo(fresh);
        // a memory too small for most snippets: some held, most pushed out again
        assertThat(transcript(guard(8_000), snippets, false)).isEqualTo(fresh);
        // with a BAA the detector's alone
        assertThat(transcript(guard(PhiGuard.Builder.DEFAULT_SCAN_MEMORY), snippets, true))
                .isEqualTo(transcript(guard(0), snippets, true));
        // the residual check's refusals: a detector that finds nothing leaves the member number to it, which stops
        // the call whether or not the text was read before
        PhiDetector none = text -> List.of();
        String refused = transcript(guard(0, none), FRESH, false);
        assertThat(refused).contains("blocked ").contains("audit llm.disclosure.blocked ");
        assertThat(transcript(guard(PhiGuard.Builder.DEFAULT_SCAN_MEMORY, none), FRESH, false)).isEqualTo(refused);
    }

    @Test
    void aTextReadBeforeIsNotReadAgainAndTheMemoryStaysWithinItsBound() {
        ScannedTexts<Integer> memory = new ScannedTexts<>(1_000);
        AtomicInteger readings = new AtomicInteger();
        String instructions = "x".repeat(200);
        assertThat(memory.read(instructions, t -> readings.incrementAndGet())).isEqualTo(1);
        assertThat(memory.read(instructions, t -> readings.incrementAndGet())).isEqualTo(1);
        assertThat(readings).hasValue(1);
        for (int i = 0; i < 100; i++) {
            memory.read("prompt " + i + " " + "y".repeat(90), t -> readings.incrementAndGet());
            // the instructions come with every call: used again, they are the last to go
            memory.read(instructions, t -> readings.incrementAndGet());
            assertThat(memory.characters()).isLessThanOrEqualTo(1_000);
        }
        assertThat(readings).hasValue(101);
        assertThat(memory.texts()).isBetween(2, 9);
        // the oldest prompts were pushed out and are read again
        memory.read("prompt 0 " + "y".repeat(90), t -> readings.incrementAndGet());
        assertThat(readings).hasValue(102);
        // a text over a quarter of the bound is read every time and never held
        String longText = "z".repeat(251);
        memory.read(longText, t -> readings.incrementAndGet());
        memory.read(longText, t -> readings.incrementAndGet());
        assertThat(readings).hasValue(104);
        assertThat(memory.read(instructions, t -> -1)).isEqualTo(1);
        ScannedTexts<Integer> none = new ScannedTexts<>(0);
        none.read("", t -> readings.incrementAndGet());
        none.read("", t -> readings.incrementAndGet());
        assertThat(none.texts()).isZero();
        assertThat(readings).hasValue(106);
    }

    @Test
    void threadsSharingOneGuardEachGetTheirOwnCallsOutput() throws Exception {
        List<Snippet> snippets = PhiCorpus.corpus("dev.txt").subList(0, 40);
        String fresh = transcript(guard(0), snippets, false);
        PhiGuard shared = guard(PhiGuard.Builder.DEFAULT_SCAN_MEMORY).guard();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<String> sent = new ArrayList<>();
                    for (Snippet s : snippets) {
                        RecordingModel model = new RecordingModel(false);
                        try {
                            shared.complete(model, LlmRequest.builder().system(INSTRUCTIONS).user(s.text()).build(),
                                    s.known(), "client-" + s.line());
                            sent.add("sent " + model.sent);
                        } catch (PhiBlockedException e) {
                            sent.add("blocked " + e.getMessage());
                        }
                    }
                    return sent;
                }));
            }
            for (Future<List<String>> run : runs) {
                for (String line : run.get()) {
                    assertThat(fresh).contains(line);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDetectorOtherThanTheBuiltInOneIsAskedEveryTime() {
        AtomicInteger asked = new AtomicInteger();
        PhiDetector counting = text -> {
            asked.incrementAndGet();
            int at = text.indexOf("Marisol");
            return at < 0 ? List.of() : List.of(new PhiSpan(at, at + "Marisol".length(), PhiCategory.PERSON, 0.9));
        };
        PhiGuard guard = PhiGuard.builder().audit(new InMemoryAuditLog()).detector(counting).build();
        for (int i = 0; i < 3; i++) {
            RecordingModel model = new RecordingModel(true);
            guard.complete(model, LlmRequest.builder().system(INSTRUCTIONS).user("Marisol slept better.").build(),
                    KnownIdentifiers.none(), "");
            // the instructions' own "[PERSON_1]" is reserved, so the name is the second
            assertThat(model.sent).containsExactly("SYSTEM: " + INSTRUCTIONS, "USER: [PERSON_2] slept better.");
        }
        assertThat(asked).hasValue(6);
    }
}
