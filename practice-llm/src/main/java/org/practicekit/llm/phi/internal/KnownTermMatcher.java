package org.practicekit.llm.phi.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Exact matching of a client's known identifiers. Text terms are matched case-insensitively as whole
 * words with any run of whitespace between words, in one pass of one alternation; "compact" terms
 * (phones, record numbers) are matched on letters and digits only, so separators do not matter.
 */
public final class KnownTermMatcher {
    /** Marks a term to be matched ignoring separators. */
    public static final String COMPACT_PREFIX = "\u0000compact:";

    /** Given names that are also everyday words: matched only when capitalized in the text. */
    private static final Set<String> EVERYDAY_WORDS = Set.of("will", "grace", "hope", "joy", "may", "rose", "bill",
            "mark", "art", "faith", "dawn", "summer", "sunny", "chase", "drew", "pat", "sue", "guy", "ray", "rich",
            "frank", "max", "victor", "april", "june", "august", "autumn", "jean", "page", "gay", "miles", "young",
            "king", "white", "black", "brown", "green", "long", "hill", "wood", "price", "bell", "cook", "hunt",
            "lane", "park", "rice", "ward", "west", "stone", "rivers", "banks", "fields", "day", "love", "lee",
            "major", "early", "storm", "river", "sky", "star", "angel", "honey", "amber", "ruby", "pearl", "ivy",
            "lily", "daisy", "holly", "iris", "violet", "jade", "crystal", "destiny", "harmony", "melody", "unique",
            "precious", "an", "le", "la", "de", "van", "von", "di", "do", "so", "he", "ma", "al", "ed", "jo", "ty");

    private final Pattern textPattern;
    private final Map<String, String> textTypes;
    private final List<String[]> compactTerms; // {compact lowercase term, type}

    private KnownTermMatcher(Pattern textPattern, Map<String, String> textTypes, List<String[]> compactTerms) {
        this.textPattern = textPattern;
        this.textTypes = textTypes;
        this.compactTerms = compactTerms;
    }

    /** A matcher for {@code terms} (term to category); compact terms carry {@link #COMPACT_PREFIX}. */
    public static KnownTermMatcher of(Map<String, String> terms) {
        Map<String, String> textTypes = new HashMap<>();
        List<String[]> compact = new ArrayList<>();
        for (Map.Entry<String, String> e : terms.entrySet()) {
            if (e.getKey().startsWith(COMPACT_PREFIX)) {
                String c = compact(e.getKey().substring(COMPACT_PREFIX.length()));
                if (!c.isEmpty()) {
                    compact.add(new String[] {c, e.getValue()});
                }
            } else {
                textTypes.putIfAbsent(normalize(e.getKey()), e.getValue());
            }
        }
        Pattern pattern = null;
        if (!textTypes.isEmpty()) {
            String alternation = textTypes.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .map(t -> Pattern.quote(t).replace(" ", "\\E\\s+\\Q"))
                    .collect(Collectors.joining("|"));
            pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        compact.sort(Comparator.comparingInt((String[] t) -> t[0].length()).reversed());
        return new KnownTermMatcher(pattern, Map.copyOf(textTypes), List.copyOf(compact));
    }

    /** True for given names that are also everyday words ("Will", "Hope"): risky as case-insensitive deny-list terms. */
    public static boolean isEverydayWord(String term) {
        return EVERYDAY_WORDS.contains(term.toLowerCase(Locale.ROOT));
    }

    /** Every occurrence, ordered by start. */
    public List<PhiSpan> find(String text) {
        List<PhiSpan> out = new ArrayList<>();
        if (textPattern != null) {
            Matcher m = textPattern.matcher(text);
            while (m.find()) {
                String key = normalize(m.group());
                String type = textTypes.get(key);
                if (type == null) {
                    continue;
                }
                if (EVERYDAY_WORDS.contains(key) && !Character.isUpperCase(text.charAt(m.start()))) {
                    continue;
                }
                out.add(new PhiSpan(m.start(), m.end(), type, 1.0));
            }
        }
        if (!compactTerms.isEmpty()) {
            findCompact(text, out);
        }
        out.sort(Comparator.comparingInt(PhiSpan::start).thenComparing(Comparator.comparingInt(PhiSpan::end).reversed()));
        return out;
    }

    private void findCompact(String text, List<PhiSpan> out) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] pos = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                pos[sb.length()] = i;
                sb.append(Character.toLowerCase(c));
            }
        }
        String compactText = sb.toString();
        for (String[] term : compactTerms) {
            String t = term[0];
            int from = 0;
            int at;
            while ((at = compactText.indexOf(t, from)) >= 0) {
                int last = at + t.length() - 1;
                boolean startOk = at == 0 || pos[at - 1] + 1 < pos[at];
                boolean endOk = last == compactText.length() - 1 || pos[last] + 1 < pos[last + 1];
                if (startOk && endOk) {
                    out.add(new PhiSpan(pos[at], pos[last] + 1, term[1], 1.0));
                }
                from = at + 1;
            }
        }
    }

    private static String normalize(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String compact(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
