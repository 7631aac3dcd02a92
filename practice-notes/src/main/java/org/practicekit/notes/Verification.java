package org.practicekit.notes;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The verifier's verdict on a draft: the findings, empty when the draft passed.
 *
 * @param findings every problem found, in section order
 */
public record Verification(List<Finding> findings) {
    public Verification {
        findings = List.copyOf(findings);
    }

    /** True when nothing was found. */
    public boolean passed() {
        return findings.isEmpty();
    }

    /** The kinds found, sorted: PHI-free, fit for audit and fallback reasons. */
    public Set<FindingKind> kinds() {
        return findings.stream().map(Finding::kind).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The findings as a reviewer reads them, one per line. */
    public String report() {
        if (findings.isEmpty()) {
            return "Every sentence traces to the prompt; nothing was dropped or added.";
        }
        return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
    }
}
