package org.practicekit.llm.phi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ServerSocketFactory;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;
import org.practicekit.llm.RetryPolicy;
import org.practicekit.llm.openai.OpenAiCompatibleClient;
import org.practicekit.llm.phi.PhiCorpus.Gold;
import org.practicekit.llm.phi.PhiCorpus.Negative;
import org.practicekit.llm.phi.PhiCorpus.Snippet;

/**
 * Scores one labelled corpus two ways, the way a practice would meet the detector:
 *
 * <ul>
 *   <li><b>detector</b>: {@link PatternPhiDetector} (with the snippet's known identifiers) alone. A
 *       label is found when every non-blank char of it is covered by a detected span (what
 *       redaction needs); a detection is right when it overlaps a label; a hard negative is hit
 *       when a detection overlaps it.</li>
 *   <li><b>guard</b>: each snippet goes through {@link PhiGuard} and the OpenAI-compatible client
 *       to a MockWebServer endpoint without a BAA that echoes the prompt. A label is on the wire
 *       when its text (whole word, case-sensitive) is in the request body more often than the
 *       snippet holds it outside labels; a hard negative is pseudonymized when it is there less
 *       often than the snippet holds it outside labels; the answer must come back exactly as the
 *       snippet was.</li>
 * </ul>
 *
 * The report holds figures and the text of misses; it is written under target/, never logged.
 */
final class PhiCorpusEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’._-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

    final String name;
    final int snippets;
    final int labels;
    final Map<String, int[]> recall = new TreeMap<>(); // type -> {found, total}
    final Map<String, int[]> precision = new TreeMap<>(); // type -> {right, total}
    final List<String> misses = new ArrayList<>();
    /**
     * How each label was met, by its type: {missed entirely, found in part, found whole only under another type,
     * missed by the detector but kept off the wire by the guard}. A label found whole counts as found whatever the
     * type (the recall above); the third figure says how many of those no span of the label's own type covers.
     */
    final Map<String, int[]> split = new TreeMap<>();
    private final Set<Gold> detectorMissed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    final List<String> falseAlarms = new ArrayList<>();
    int negativeSnippets;
    int negatives;
    int detectorNegativeSnippetsHit;
    final List<String> detectorNegativesHit = new ArrayList<>();

    boolean guardRun;
    int sent;
    int blocked;
    final Map<String, Integer> blockedCategories = new TreeMap<>();
    int notRestored;
    final List<String> notRestoredLines = new ArrayList<>();
    int onWire;
    /** Labels not on the wire whole but with a piece of them there ("fil" of "[LOCATION_1]-fil-A"). */
    int sentInPart;
    /** Of those, labels whose piece went out joined to a placeholder, inside one token ("[LOCATION_1]-fil-A"). */
    int sentInToken;
    final List<String> wireParts = new ArrayList<>();
    final List<String> wireLeaks = new ArrayList<>();
    int guardNegativeSnippetsHit;
    int guardNegativesHit;
    final List<String> guardNegativesPseudonymized = new ArrayList<>();
    int blockedNegativeSnippets;
    int clinicalWords;
    int clinicalWordsReplaced;

    private PhiCorpusEvaluation(String name, List<Snippet> corpus) {
        this.name = name;
        this.snippets = corpus.size();
        this.labels = corpus.stream().mapToInt(s -> s.gold().size()).sum();
    }

    /**
     * The detector's deny-by-default reading, on unless {@code -Dphi.denyByDefault=false} (to print the figures
     * before round 14 with the same code).
     */
    static final boolean DENY_BY_DEFAULT = Boolean.parseBoolean(System.getProperty("phi.denyByDefault", "true"));

    /** Scores the detector alone. */
    static PhiCorpusEvaluation detector(String name, List<Snippet> corpus) {
        return detector(name, corpus, s -> PatternPhiDetector.builder().denyByDefault(DENY_BY_DEFAULT)
                .knownIdentifiers(s.known()).build().detect(s.text()));
    }

    /** Scores {@code detect} (a snippet's spans) alone: to compare the detector with and without a part. */
    static PhiCorpusEvaluation detector(String name, List<Snippet> corpus,
            java.util.function.Function<Snippet, List<PhiSpan>> detect) {
        PhiCorpusEvaluation e = new PhiCorpusEvaluation(name, corpus);
        e.scoreDetector(corpus, detect);
        return e;
    }

    /** Scores the detector alone and then the guard over MockWebServer. */
    /**
     * Scores corpora/phi/{@code file} through the detector and the guard and writes only its figures and
     * misses to target/phi-{@code name}-report.txt: what a blind or seen round may show.
     */
    static PhiCorpusEvaluation roundReport(String file, String name) {
        PhiCorpusEvaluation e = detectorAndGuard(name, PhiCorpus.corpus(file));
        e.write("phi-" + name + "-report.txt", e.missesReport());
        return e;
    }

    /**
     * Fails when the round loses ground against the figures measured when it was scored: span recall under
     * {@code recall}, more labels on the wire, more answers not restored, more snippets with a hard negative
     * replaced. The arguments are measurements, not goals.
     */
    void assertHolds(double recall, int wire, int unrestored, double negativeRate) {
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        soft.assertThat(recall("ALL")).as("span recall\n" + summary()).isGreaterThanOrEqualTo(recall);
        soft.assertThat(onWire).as("labels on the wire\n" + summary()).isLessThanOrEqualTo(wire);
        soft.assertThat(notRestored).as("answers not restored\n" + summary()).isLessThanOrEqualTo(unrestored);
        soft.assertThat(guardNegativeRate()).as("hard negatives replaced\n" + summary()).isLessThanOrEqualTo(negativeRate);
        soft.assertAll();
    }

    /** Issue 13's size for a blind round: 400 snippets, 600 labels, 200 hard negatives. */
    void assertBlindRoundSize() {
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        soft.assertThat(snippets).as("snippets").isGreaterThanOrEqualTo(400);
        soft.assertThat(labels).as("labels").isGreaterThanOrEqualTo(600);
        soft.assertThat(negatives).as("hard negatives").isGreaterThanOrEqualTo(200);
        soft.assertAll();
    }

    static PhiCorpusEvaluation detectorAndGuard(String name, List<Snippet> corpus) {
        return detectorAndGuard(name, corpus, true);
    }

    /** Detector and guard, with or without the token model after the rules. */
    static PhiCorpusEvaluation detectorAndGuard(String name, List<Snippet> corpus, boolean tokenModel) {
        PhiCorpusEvaluation e = detector(name, corpus, s -> PatternPhiDetector.builder().tokenModel(tokenModel)
                .denyByDefault(DENY_BY_DEFAULT).knownIdentifiers(s.known()).build().detect(s.text()));
        e.scoreGuard(corpus, PatternPhiDetector.builder().tokenModel(tokenModel).denyByDefault(DENY_BY_DEFAULT).build());
        return e;
    }

    private void scoreDetector(List<Snippet> corpus, java.util.function.Function<Snippet, List<PhiSpan>> detect) {
        for (Snippet s : corpus) {
            List<PhiSpan> found = detect.apply(s);
            BitSet covered = new BitSet();
            found.forEach(p -> covered.set(p.start(), p.end()));
            for (Gold g : s.gold()) {
                boolean hit = true;
                for (int c = g.start(); c < g.end(); c++) {
                    if (!Character.isWhitespace(s.text().charAt(c)) && !covered.get(c)) {
                        hit = false;
                    }
                }
                count(recall, g.type(), hit);
                count(recall, "ALL", hit);
                splitLabel(s.text(), g, found, covered, hit);
                if (g.known()) {
                    count(recall, "KNOWN", hit);
                }
                if (!hit) {
                    misses.add("line " + s.line() + " " + g.type() + " '" + s.text().substring(g.start(), g.end()) + "'");
                }
            }
            for (PhiSpan p : found) {
                boolean right = s.gold().stream().anyMatch(g -> g.start() < p.end() && p.start() < g.end());
                count(precision, p.type(), right);
                count(precision, "ALL", right);
                if (!right) {
                    falseAlarms.add("line " + s.line() + " " + p.type() + " '" + p.textOf(s.text()) + "'");
                }
            }
            if (!s.negatives().isEmpty()) {
                negativeSnippets++;
                negatives += s.negatives().size();
                boolean any = false;
                for (Negative n : s.negatives()) {
                    PhiSpan hit = found.stream().filter(p -> p.start() < n.end() && n.start() < p.end()).findFirst()
                            .orElse(null);
                    if (hit != null) {
                        any = true;
                        detectorNegativesHit.add("line " + s.line() + " '" + s.text().substring(n.start(), n.end())
                                + "' as " + hit.type() + " '" + hit.textOf(s.text()) + "' " + hit.score());
                    }
                }
                if (any) {
                    detectorNegativeSnippetsHit++;
                }
            }
        }
    }

    private void splitLabel(String text, Gold g, List<PhiSpan> found, BitSet covered, boolean hit) {
        int kind;
        if (hit) {
            BitSet own = new BitSet();
            found.stream().filter(p -> sameType(g.type(), p.type())).forEach(p -> own.set(p.start(), p.end()));
            boolean whole = true;
            for (int c = g.start(); c < g.end(); c++) {
                if (!Character.isWhitespace(text.charAt(c)) && !own.get(c)) {
                    whole = false;
                }
            }
            if (whole) {
                return;
            }
            kind = 2;
        } else {
            int next = covered.nextSetBit(g.start());
            kind = next >= 0 && next < g.end() ? 1 : 0;
            detectorMissed.add(g);
        }
        split.computeIfAbsent(g.type(), k -> new int[4])[kind]++;
        split.computeIfAbsent("ALL", k -> new int[4])[kind]++;
    }

    /** A span's type matches a label's when the two name the same thing (an address and its ZIP are places). */
    static boolean sameType(String label, String span) {
        if (label.equals(span)) {
            return true;
        }
        return switch (label) {
            case "PHONE", "FAX" -> span.equals("PHONE") || span.equals("FAX");
            case "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "ID" -> span.equals("MRN")
                    || span.equals("HEALTH_PLAN") || span.equals("ACCOUNT") || span.equals("LICENSE")
                    || span.equals("VEHICLE") || span.equals("DEVICE") || span.equals("ID");
            default -> false;
        };
    }

    /** The split of the labels the detector did not find whole under their own type. */
    String splitSummary() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s %8s %8s %8s %8s %10s%n", "type",
                "labels", "missed", "in part", "other", "guard kept"));
        for (Map.Entry<String, int[]> e : split.entrySet()) {
            int[] r = recall.getOrDefault(e.getKey(), new int[2]);
            int[] c = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-12s %8d %8d %8d %8d %10s%n", e.getKey(), r[1], c[0], c[1], c[2],
                    guardRun ? String.valueOf(c[3]) : "-"));
        }
        return sb.toString();
    }

    /**
     * Server sockets that send at once: with Nagle's algorithm on, each answer's body waited for the client's delayed
     * ACK of its headers (about 40 ms on loopback), so a corpus run through the guard was mostly idle time.
     */
    private static final ServerSocketFactory NO_DELAY = new ServerSocketFactory() {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket socket = super.accept();
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) {
            throw new UnsupportedOperationException("MockWebServer binds an unbound server socket");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) {
            throw new UnsupportedOperationException("MockWebServer binds an unbound server socket");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
            throw new UnsupportedOperationException("MockWebServer binds an unbound server socket");
        }
    };

    private void scoreGuard(List<Snippet> corpus, PhiDetector detector) {
        guardRun = true;
        AtomicReference<String> lastBody = new AtomicReference<>();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    try {
                        JsonNode req = JSON.readTree(request.getBody().readUtf8());
                        JsonNode messages = req.path("messages");
                        String last = messages.get(messages.size() - 1).path("content").asText();
                        lastBody.set(last);
                        ObjectNode answer = JSON.createObjectNode();
                        answer.put("model", "gpt-4o-2024-08-06");
                        ObjectNode message = answer.putArray("choices").addObject().put("finish_reason", "stop")
                                .putObject("message");
                        message.put("role", "assistant");
                        message.put("content", last);
                        return new MockResponse().setHeader("Content-Type", "application/json").setBody(answer.toString());
                    } catch (IOException e) {
                        return new MockResponse().setResponseCode(400);
                    }
                }
            });
            server.setServerSocketFactory(NO_DELAY);
            server.start(InetAddress.getLoopbackAddress(), 0);
            OpenAiCompatibleClient client = OpenAiCompatibleClient.builder().name("openai-no-baa")
                    .baseUrl(server.url("/v1").toString()).apiKey("sk-test").model("gpt-4o").baaCovered(false)
                    .retryPolicy(RetryPolicy.builder().sleeper(d -> { }).build()).build();
            PhiGuard guard = PhiGuard.builder().detector(detector).auditLog(new InMemoryAuditLog())
                    .clock(Clock.fixed(Instant.parse("2026-11-30T15:00:00Z"), ZoneOffset.UTC)).build();
            for (Snippet s : corpus) {
                lastBody.set(null);
                LlmResponse response;
                try {
                    response = guard.complete(client, LlmRequest.builder().user(s.text()).build(), s.known(), "c-1");
                } catch (PhiBlockedException e) {
                    blocked++;
                    e.remaining().forEach((k, v) -> blockedCategories.merge(k, v, Integer::sum));
                    if (!s.negatives().isEmpty()) {
                        blockedNegativeSnippets++;
                    }
                    continue;
                }
                sent++;
                String wire = lastBody.get();
                if (!response.text().equals(s.text())) {
                    notRestored++;
                    notRestoredLines.add("line " + s.line());
                }
                scoreWire(s, wire);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void scoreWire(Snippet s, String wire) {
        Map<String, Integer> sentWords = words(wire);
        for (Gold g : s.gold()) {
            String value = s.text().substring(g.start(), g.end());
            int outside = occurrencesOutsideGold(s, value);
            if (occurrences(wire, value) > outside) {
                onWire++;
                wireLeaks.add("line " + s.line() + " " + g.type() + " '" + value + "'");
                continue;
            }
            if (sentPiece(s, wire, value)) {
                sentInPart++;
                if (pieceJoinedToPlaceholder(wire, value)) {
                    sentInToken++;
                }
                wireParts.add("line " + s.line() + " " + g.type() + " '" + value + "'");
            }
            if (detectorMissed.contains(g)) {
                split.get(g.type())[3]++;
                split.get("ALL")[3]++;
            }
        }
        boolean any = false;
        for (Negative n : s.negatives()) {
            String value = s.text().substring(n.start(), n.end());
            if (occurrences(wire, value) < occurrencesOutsideGold(s, value)) {
                any = true;
                guardNegativesHit++;
                guardNegativesPseudonymized.add("line " + s.line() + " '" + value + "'");
            }
        }
        if (any) {
            guardNegativeSnippetsHit++;
        }
        // clinical words: every word outside the labels; replaced when the wire holds fewer of it
        Map<String, Integer> outsideWords = new HashMap<>();
        Map<String, Integer> allWords = words(s.text());
        Matcher m = WORD.matcher(s.text());
        while (m.find()) {
            int at = m.start();
            int end = m.end();
            if (s.gold().stream().noneMatch(g -> g.start() < end && at < g.end())) {
                outsideWords.merge(m.group(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : outsideWords.entrySet()) {
            clinicalWords += e.getValue();
            int lost = allWords.get(e.getKey()) - sentWords.getOrDefault(e.getKey(), 0);
            clinicalWordsReplaced += Math.max(0, Math.min(e.getValue(), lost));
        }
    }

    /** Titles and words a label's edge holds that name no one ("Dr.", "NP", "of"): no piece of the value. */
    private static final java.util.Set<String> NOT_PIECES = java.util.Set.of("dr", "mr", "mrs", "ms", "mx", "np",
            "md", "jr", "sr", "the", "of", "and", "st", "de", "la", "del", "van", "von", "lcsw", "phd", "rn");

    /** True when a piece of {@code value} (letters and digits, two or more) is on the wire more than outside labels. */
    private static boolean sentPiece(Snippet s, String wire, String value) {
        for (String piece : value.split("[^\\p{L}\\p{N}]+")) {
            if (piece.length() < 2 || piece.equals(value) || NOT_PIECES.contains(piece.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (occurrences(wire, piece) > occurrencesOutsideGold(s, piece)) {
                return true;
            }
        }
        return false;
    }

    /** True when a piece of {@code value} is on the wire with a placeholder joined to it, no space between. */
    private static boolean pieceJoinedToPlaceholder(String wire, String value) {
        for (String piece : value.split("[^\\p{L}\\p{N}]+")) {
            if (piece.length() < 2 || piece.equals(value)) {
                continue; // the "s" of "Martha's" is the possessive, not a piece
            }
            String q = Pattern.quote(piece);
            if (Pattern.compile("\\][-'’.\u2010\u2011]?" + q + "|" + q + "[-'’.\u2010\u2011]?\\[").matcher(wire)
                    .find()) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.merge(m.group(), 1, Integer::sum);
        }
        return out;
    }

    private static int occurrencesOutsideGold(Snippet s, String value) {
        int n = 0;
        Matcher m = wordPattern(value).matcher(s.text());
        while (m.find()) {
            int at = m.start();
            int end = m.end();
            if (s.gold().stream().noneMatch(g -> g.start() <= at && end <= g.end())) {
                n++;
            }
        }
        return n;
    }

    private static int occurrences(String text, String value) {
        int n = 0;
        Matcher m = wordPattern(value).matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Pattern wordPattern(String value) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])");
    }

    private static void count(Map<String, int[]> m, String key, boolean ok) {
        int[] c = m.computeIfAbsent(key, k -> new int[2]);
        if (ok) {
            c[0]++;
        }
        c[1]++;
    }

    double recall(String type) {
        int[] c = recall.get(type);
        return c == null || c[1] == 0 ? 1.0 : (double) c[0] / c[1];
    }

    double precision(String type) {
        int[] c = precision.get(type);
        return c == null || c[1] == 0 ? 1.0 : (double) c[0] / c[1];
    }

    /** Share of snippets with hard negatives in which the detector hit one. */
    double detectorNegativeRate() {
        return negativeSnippets == 0 ? 0 : (double) detectorNegativeSnippetsHit / negativeSnippets;
    }

    /** Share of snippets with hard negatives in which the guard pseudonymized one (sent snippets). */
    double guardNegativeRate() {
        int delivered = negativeSnippets - blockedNegativeSnippets;
        return delivered == 0 ? 0 : (double) guardNegativeSnippetsHit / delivered;
    }

    double clinicalWordCost() {
        return clinicalWords == 0 ? 0 : (double) clinicalWordsReplaced / clinicalWords;
    }

    /** The figures (no misses). */
    String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: snippets %d, labelled spans %d, snippets with hard negatives %d "
                + "(%d hard negatives)%n", name, snippets, labels, negativeSnippets, negatives));
        sb.append(String.format(Locale.ROOT, "%-12s %8s %8s %10s %8s%n", "type", "recall", "labels", "precision",
                "found"));
        Set<String> types = new TreeSet<>(recall.keySet());
        types.addAll(precision.keySet());
        for (String type : types) {
            int[] r = recall.getOrDefault(type, new int[2]);
            int[] p = precision.getOrDefault(type, new int[2]);
            sb.append(String.format(Locale.ROOT, "%-12s %8s %8d %10s %8d%n", type,
                    r[1] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", recall(type)), r[1],
                    p[1] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", precision(type)), p[1]));
        }
        sb.append(String.format(Locale.ROOT, "detector: hard negative hit in %d of %d snippets (%.1f %%), %d hard "
                + "negatives%n", detectorNegativeSnippetsHit, negativeSnippets, 100 * detectorNegativeRate(),
                detectorNegativesHit.size()));
        if (guardRun) {
            sb.append(String.format(Locale.ROOT, "guard (no BAA, MockWebServer): sent %d, blocked %d %s, labels on the "
                    + "wire %d of %d, answers not restored exactly %d%n", sent, blocked, blockedCategories, onWire,
                    labels, notRestored));
            sb.append(String.format(Locale.ROOT, "guard: labels sent in part %d, of them joined to a placeholder %d%n",
                    sentInPart, sentInToken));
            sb.append(String.format(Locale.ROOT, "guard: hard negative pseudonymized in %d of %d sent snippets with "
                    + "hard negatives (%.1f %%), %d hard negatives; %d snippets with hard negatives blocked%n",
                    guardNegativeSnippetsHit, negativeSnippets - blockedNegativeSnippets, 100 * guardNegativeRate(),
                    guardNegativesHit, blockedNegativeSnippets));
            sb.append(String.format(Locale.ROOT, "guard: words outside labels replaced %d of %d (%.2f %%)%n",
                    clinicalWordsReplaced, clinicalWords, 100 * clinicalWordCost()));
        }
        return sb.toString();
    }

    /** The figures and every miss. */
    String report() {
        StringBuilder sb = new StringBuilder(summary());
        sb.append("detector missed:\n");
        misses.forEach(m -> sb.append("  ").append(m).append('\n'));
        if (guardRun) {
            sb.append("guard: on the wire:\n");
            wireLeaks.forEach(m -> sb.append("  ").append(m).append('\n'));
            sb.append("guard: sent in part:\n");
            wireParts.forEach(m -> sb.append("  ").append(m).append('\n'));
            sb.append("guard: answers not restored exactly: ").append(notRestoredLines).append('\n');
            sb.append("guard: hard negatives pseudonymized:\n");
            guardNegativesPseudonymized.forEach(m -> sb.append("  ").append(m).append('\n'));
        }
        sb.append("detector: hard negatives hit:\n");
        detectorNegativesHit.forEach(m -> sb.append("  ").append(m).append('\n'));
        sb.append("detector: false alarms:\n");
        falseAlarms.forEach(m -> sb.append("  ").append(m).append('\n'));
        return sb.toString();
    }

    /**
     * The figures and the misses only: labels the detector missed, labels that reached the wire,
     * hard negatives the guard pseudonymized. No other text of the corpus, so a blind set is not
     * read beyond what it is for.
     */
    String missesReport() {
        StringBuilder sb = new StringBuilder(summary());
        sb.append("detector missed:\n");
        misses.forEach(m -> sb.append("  ").append(m).append('\n'));
        sb.append("guard: on the wire:\n");
        wireLeaks.forEach(m -> sb.append("  ").append(m).append('\n'));
        sb.append("guard: answers not restored exactly: ").append(notRestoredLines).append('\n');
        sb.append("guard: hard negatives pseudonymized:\n");
        guardNegativesPseudonymized.forEach(m -> sb.append("  ").append(m).append('\n'));
        return sb.toString();
    }

    /** Writes {@link #report()} to target/{@code file}. */
    void write(String file) {
        write(file, report());
    }

    /** Writes {@code content} to target/{@code file}. */
    void write(String file, String content) {
        try {
            Path path = Path.of("target", file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
