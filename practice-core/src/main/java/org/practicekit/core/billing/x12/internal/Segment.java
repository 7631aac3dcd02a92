package org.practicekit.core.billing.x12.internal;

import java.util.List;

/**
 * One X12 segment as read: its tag, its position in the interchange (1-based) and its elements, each a
 * list of components (a simple element has one).
 */
public record Segment(String tag, int position, List<List<String>> elements) {
    public Segment {
        elements = elements.stream().map(List::copyOf).toList();
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
