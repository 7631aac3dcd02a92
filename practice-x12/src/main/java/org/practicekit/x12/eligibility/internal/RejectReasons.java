package org.practicekit.x12.eligibility.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.practicekit.core.spi.EligibilityRejection;

/**
 * The AAA reject reason table ({@code reject-reasons.txt} beside {@code EligibilityResponseReader}):
 * what each code means and who acts. A code the table does not hold sends staff to the payer, unless
 * the payer's own follow-up code (AAA04) says to resubmit later.
 */
public final class RejectReasons {
    private static final Map<String, EligibilityRejection> TABLE = load();

    private RejectReasons() {
    }

    /**
     * The rejection for AAA03 {@code code} with the payer's follow-up action AAA04 ({@code R}
     * resubmission allowed, {@code P} resubmit the original, {@code C} correct and resubmit, ...).
     */
    public static EligibilityRejection of(String code, String followUpAction) {
        EligibilityRejection known = TABLE.get(code);
        if (known != null) {
            return known;
        }
        boolean later = followUpAction.equals("R") || followUpAction.equals("P") || followUpAction.equals("W")
                || followUpAction.equals("X");
        return new EligibilityRejection(code.isEmpty() ? "unknown" : code, "reject reason not in PracticeKit's table",
                later ? EligibilityRejection.FollowUp.RETRY_LATER : EligibilityRejection.FollowUp.CONTACT_PAYER);
    }

    private static Map<String, EligibilityRejection> load() {
        Map<String, EligibilityRejection> table = new HashMap<>();
        try (InputStream in = RejectReasons.class.getResourceAsStream("/org/practicekit/x12/eligibility/reject-reasons.txt")) {
            if (in == null) {
                throw new IllegalStateException("reject-reasons.txt is missing from practice-x12");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\\|");
                String code = p[0].strip();
                table.put(code, new EligibilityRejection(code, p[2].strip(),
                        EligibilityRejection.FollowUp.valueOf(p[1].strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
