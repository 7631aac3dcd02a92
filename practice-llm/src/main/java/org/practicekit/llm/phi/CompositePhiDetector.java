package org.practicekit.llm.phi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The union of several detectors: a span any of them reports is reported. Use it to run the
 * in-process detector and a Presidio server together. Thread-safe when its detectors are; a failing
 * detector fails the whole detection (the guard then sends nothing).
 */
public final class CompositePhiDetector implements PhiDetector {
    private final List<PhiDetector> detectors;

    private CompositePhiDetector(List<PhiDetector> detectors) {
        this.detectors = List.copyOf(detectors);
        if (this.detectors.isEmpty()) {
            throw new IllegalArgumentException("a composite detector needs at least one detector");
        }
    }

    /** The union of {@code detectors}, asked in this order. */
    public static CompositePhiDetector of(PhiDetector... detectors) {
        return new CompositePhiDetector(List.of(detectors));
    }

    /** The union of {@code detectors}, asked in this order. */
    public static CompositePhiDetector of(List<PhiDetector> detectors) {
        return new CompositePhiDetector(detectors);
    }

    /** The detectors, in the order they are asked. */
    public List<PhiDetector> detectors() {
        return detectors;
    }

    @Override
    public List<PhiSpan> detect(String text) {
        Objects.requireNonNull(text, "text == null");
        List<PhiSpan> out = new ArrayList<>();
        for (PhiDetector d : detectors) {
            out.addAll(d.detect(text));
        }
        out.sort(Comparator.comparingInt(PhiSpan::start).thenComparingInt(PhiSpan::end));
        return out;
    }
}
