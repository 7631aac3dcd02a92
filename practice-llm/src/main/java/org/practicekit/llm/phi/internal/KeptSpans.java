package org.practicekit.llm.phi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.practicekit.llm.phi.PhiSpan;

/** Span lists with some spans released, shared by the readers that release words a rule took for names. */
final class KeptSpans {
    private KeptSpans() {
    }

    /**
     * {@code found} without the spans {@code release} accepts, in order; {@code found} itself when none is released,
     * so the common case copies nothing.
     */
    static List<PhiSpan> without(List<PhiSpan> found, Predicate<PhiSpan> release) {
        List<PhiSpan> out = null;
        for (int k = 0; k < found.size(); k++) {
            PhiSpan s = found.get(k);
            if (release.test(s)) {
                if (out == null) {
                    out = new ArrayList<>(found.subList(0, k));
                }
            } else if (out != null) {
                out.add(s);
            }
        }
        return out == null ? found : out;
    }
}
