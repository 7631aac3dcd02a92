package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Results a text reports with their polarity, each tied to what was tested: "UDS today negative for fentanyl", "PEth
 * not detected", "TSH normal", "elevated BP", "his screens were positive". A polarity word counts only beside a test
 * or a substance it is the result of; "positive feedback" or "elevated mood" report no result. Read by the verifier,
 * which compares a draft's result with the prompt's result of the same test or substance rather than looking for the
 * word anywhere in the prompt.
 */
public final class Results {
    /**
     * One result: what it is of (tests by their word, substances by their lexicon id; {@link #ANY_TEST} for a test
     * named only as a kind, "the screen", "results"), whether it was positive, and the index of its polarity word.
     */
    public record Result(Set<String> subjects, boolean positive, int at) {
        /** Whether this result and {@code other} are of the same test or substance. */
        public boolean sameSubject(Result other) {
            for (String s : subjects) {
                if (!s.equals(ANY_TEST) && other.subjects.contains(s)) {
                    return true;
                }
            }
            // "The screen was positive" over "UDS negative": a test named only by its kind is any test of the other.
            boolean anyHere = subjects.contains(ANY_TEST) && specificCount(subjects) == 0;
            boolean anyThere = other.subjects.contains(ANY_TEST) && specificCount(other.subjects) == 0;
            return anyHere && other.namesTest() || anyThere && namesTest();
        }

        private boolean namesTest() {
            return subjects.stream().anyMatch(s -> s.equals(ANY_TEST) || s.startsWith("test:"));
        }

        private static long specificCount(Set<String> subjects) {
            return subjects.stream().filter(s -> !s.equals(ANY_TEST)).count();
        }
    }

    /** The subject of a result whose test is named only by its kind. */
    public static final String ANY_TEST = "test:*";

    /** A result's polarity words: found or raised. */
    private static final Set<String> POSITIVE = Set.of("positive", "pos", "detected", "elevated", "abnormal");
    /** A result's polarity words: not found, in range. */
    private static final Set<String> NEGATIVE = Set.of("negative", "neg", "undetected", "normal", "wnl",
            "unremarkable");
    /** "Elevated" and "normal" are said of a measure, never of a substance ("elevated mood", "normal amounts"). */
    private static final Set<String> OF_MEASURES = Set.of("elevated", "abnormal", "normal", "wnl", "unremarkable");
    /** Tests named by their own word: a screen, an instrument, a lab value. */
    private static final Set<String> TESTS = Set.of("uds", "utox", "breathalyzer", "bal", "bac", "peth", "etg",
            "tsh", "a1c", "hba1c", "mdq", "dast", "cbc", "lft", "lfts", "cmp", "bmp", "ekg", "ecg", "bp", "ua",
            "thyroid", "pregnancy", "cholesterol", "lithium", "glucose", "ast", "alt");
    /** A test named by its kind only ("the screen", "results", "labs"). */
    private static final Set<String> KINDS = Set.of("screen", "screens", "test", "tests", "tox", "toxicology",
            "result", "results", "labs", "lab", "panel", "bloodwork", "swab");
    /** Words between a test and its result that carry nothing: "UDS today was negative", "came back positive". */
    private static final Set<String> BETWEEN = Set.of("was", "were", "is", "are", "came", "come", "back", "returned",
            "all", "both", "today", "again", "also", "still", "remains", "remained", "has", "have", "been", "tested",
            "tests", "testing", "x2", "x3", "x4");
    /** Words that end what a result's left side may name: a new clause or item begins. */
    private static final Set<String> STOPS = Set.of("and", "but", "or", "while", "since", "after", "before", "with",
            "when", "because", "though", "although", "about", "of", "to");
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "isn't", "wasn't", "weren't", "aren't");

    private Results() {
    }

    /**
     * The results {@code words} report. {@code substances} maps a word's index to the id of the substance or
     * medication named there; {@code bounds} and {@code commas} (as {@link ClinicalLexicon#words(String, List, List)}
     * gives them) end what a result may reach.
     */
    public static List<Result> read(List<String> words, List<Boolean> bounds, List<Boolean> commas,
            Map<Integer, String> substances) {
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean pos = POSITIVE.contains(w);
            if (!pos && !NEGATIVE.contains(w)) {
                continue;
            }
            boolean measure = OF_MEASURES.contains(w);
            Set<String> subjects = new HashSet<>();
            // Left: "UDS today negative", "the screens came back positive", "PEth not detected".
            for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
                if (broken(bounds, commas, k + 1)) {
                    break;
                }
                String x = words.get(k);
                if (STOPS.contains(x)) {
                    break;
                }
                subject(words, k, substances, measure, subjects);
            }
            // Right: "positive for fentanyl and opiates", "negative UDS", "elevated BP".
            int from = i + 1;
            boolean forWhat = from < words.size() && words.get(from).equals("for") && !broken(bounds, commas, from);
            int reach = forWhat ? 5 : 2;
            for (int k = forWhat ? from + 1 : from; k < Math.min(words.size(), from + reach); k++) {
                if (broken(bounds, commas, k)) {
                    break;
                }
                String x = words.get(k);
                if (!forWhat && STOPS.contains(x)) {
                    break;
                }
                subject(words, k, substances, measure, subjects);
                if (!forWhat && !subjects.isEmpty()) {
                    break;
                }
            }
            if (subjects.isEmpty()) {
                continue;
            }
            boolean negated = i > 0 && NEGATORS.contains(words.get(i - 1))
                    || i > 1 && NEGATORS.contains(words.get(i - 2)) && !broken(bounds, commas, i - 1);
            out.add(new Result(Set.copyOf(subjects), pos != negated, i));
        }
        return out;
    }

    private static void subject(List<String> words, int k, Map<Integer, String> substances, boolean measure,
            Set<String> subjects) {
        String x = words.get(k);
        if (TESTS.contains(x)) {
            subjects.add("test:" + x);
        } else if (KINDS.contains(x) && !(k + 1 < words.size() && words.get(k + 1).equals("time"))) {
            // "screen time" is no test.
            subjects.add(ANY_TEST);
        } else if (!measure && substances.containsKey(k)) {
            subjects.add("substance:" + substances.get(k));
        }
    }

    private static boolean broken(List<Boolean> bounds, List<Boolean> commas, int k) {
        return k < bounds.size() && bounds.get(k) || commas != null && k < commas.size() && commas.get(k);
    }
}
