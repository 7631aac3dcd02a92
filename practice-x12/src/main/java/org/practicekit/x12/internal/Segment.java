package org.practicekit.x12.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One X12 segment as read: its tag, its position in the interchange (1-based) and its elements, each a
 * list of components (a simple element has one). Repeated simple elements (EB03 service types
 * {@code 30^MH^A8}) keep their further occurrences in {@code repeats}, by element position.
 */
public record Segment(String tag, int position, List<List<String>> elements, Map<Integer, List<String>> repeats) {
    public Segment {
        elements = elements.stream().map(List::copyOf).toList();
        repeats = Map.copyOf(repeats);
    }

    public Segment(String tag, int position, List<List<String>> elements) {
        this(tag, position, elements, Map.of());
    }

    /** Every occurrence of simple element {@code i}, the first one first; empty when absent. */
    public List<String> occurrences(int i) {
        List<String> all = new ArrayList<>();
        if (!el(i).isEmpty()) {
            all.add(el(i));
        }
        all.addAll(repeats.getOrDefault(i, List.of()));
        return all;
    }

    /** Element {@code i} (1-based) as text, the first component of a composite; "" when absent. */
    public String el(int i) {
        return component(i, 1);
    }

    /** Component {@code c} (1-based) of element {@code i} (1-based); "" when absent. */
    public String component(int i, int c) {
        if (i < 1 || i > elements.size()) {
            return "";
        }
        List<String> comps = elements.get(i - 1);
        return c >= 1 && c <= comps.size() ? comps.get(c - 1) : "";
    }

    /** All components of element {@code i}. */
    public List<String> components(int i) {
        return i < 1 || i > elements.size() ? List.of() : elements.get(i - 1);
    }

    public boolean is(String t, String firstElement) {
        return tag.equals(t) && el(1).equals(firstElement);
    }
}
