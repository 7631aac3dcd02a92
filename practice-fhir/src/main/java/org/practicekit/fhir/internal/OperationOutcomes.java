package org.practicekit.fhir.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;

/**
 * Turns an OperationOutcome into one readable, PHI-free sentence: for each issue the resource and
 * element it names, what kind of problem it is, and its severity and message code. Free-text
 * diagnostics are left out on purpose: servers echo submitted values (names, identifiers) in them.
 */
public final class OperationOutcomes {
    private static final Pattern HAPI_CODE = Pattern.compile("HAPI-\\d{4}");
    private static final Pattern ENTRY = Pattern.compile("^Bundle\\.entry\\[(\\d+)]\\.resource(?:\\.|$)");
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_.\\[\\]():-]{1,200}");
    private static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final int MAX_ISSUES = 5;

    private OperationOutcomes() {
    }

    /**
     * Describes the issues of {@code outcome}. {@code sent}, when the request was a Bundle, lets an
     * element path inside an entry name the entry's resource type instead of its index.
     */
    public static String describe(IBaseOperationOutcome outcome, Bundle sent) {
        if (!(outcome instanceof OperationOutcome)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        List<OperationOutcome.OperationOutcomeIssueComponent> issues = ((OperationOutcome) outcome).getIssue();
        for (OperationOutcome.OperationOutcomeIssueComponent issue : issues) {
            if (parts.size() == MAX_ISSUES) {
                parts.add("and " + (issues.size() - MAX_ISSUES) + " more");
                break;
            }
            parts.add(describe(issue, sent));
        }
        return String.join("; ", parts);
    }

    private static String describe(OperationOutcome.OperationOutcomeIssueComponent issue, Bundle sent) {
        StringBuilder sb = new StringBuilder();
        String element = element(issue, sent);
        if (!element.isEmpty()) {
            sb.append(element).append(": ");
        }
        sb.append(issue.hasCode() ? issue.getCode().getDisplay().toLowerCase(java.util.Locale.ROOT) : "problem");
        List<String> tags = new ArrayList<>();
        if (issue.hasSeverity()) {
            tags.add(issue.getSeverity().toCode());
        }
        for (Coding c : issue.getDetails().getCoding()) {
            if (c.hasCode() && SAFE_CODE.matcher(c.getCode()).matches()) {
                tags.add(c.getCode());
            }
        }
        if (issue.hasDiagnostics()) {
            Matcher m = HAPI_CODE.matcher(issue.getDiagnostics());
            if (m.find()) {
                tags.add(m.group());
            }
        }
        if (!tags.isEmpty()) {
            sb.append(" (").append(String.join(", ", tags)).append(')');
        }
        return sb.toString();
    }

    private static String element(OperationOutcome.OperationOutcomeIssueComponent issue, Bundle sent) {
        List<StringType> paths = issue.hasExpression() ? issue.getExpression() : issue.getLocation();
        for (StringType p : paths) {
            String path = p.getValue();
            if (path == null || !SAFE_PATH.matcher(path).matches()) {
                continue;
            }
            Matcher m = ENTRY.matcher(path);
            if (sent != null && m.find()) {
                int index = Integer.parseInt(m.group(1));
                if (index < sent.getEntry().size() && sent.getEntry().get(index).getResource() != null) {
                    String type = sent.getEntry().get(index).getResource().fhirType();
                    String rest = path.substring(m.end());
                    return rest.isEmpty() ? type : type + "." + rest;
                }
            }
            return path;
        }
        return "";
    }
}
