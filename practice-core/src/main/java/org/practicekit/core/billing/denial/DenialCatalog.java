package org.practicekit.core.billing.denial;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;

/**
 * Turns remittance adjustments into {@link DenialFlag}s from a table of claim adjustment reason codes
 * (CARC) and remark codes (RARC), each with a category and a recommended action. The standard table
 * ships as {@code denial-codes.txt} beside this class and covers the codes most seen in behavioral
 * health; a practice can {@link #load(Reader) load} its own. Immutable and thread-safe.
 */
public final class DenialCatalog {
    private static volatile DenialCatalog standard;

    /** One table entry. */
    private record Entry(DenialCategory category, String meaning, String action) {
    }

    private final Map<String, Entry> reasons;
    private final Map<String, Entry> remarks;

    private DenialCatalog(Map<String, Entry> reasons, Map<String, Entry> remarks) {
        this.reasons = Map.copyOf(reasons);
        this.remarks = Map.copyOf(remarks);
    }

    /** The table shipped with this release. */
    public static DenialCatalog standard() {
        DenialCatalog s = standard;
        if (s == null) {
            try (InputStream in = DenialCatalog.class.getResourceAsStream("denial-codes.txt")) {
                if (in == null) {
                    throw new IllegalStateException("denial-codes.txt missing from the classpath");
                }
                s = load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = s;
        }
        return s;
    }

    /**
     * Reads a table in the {@code kind|code|category|meaning|action} format of the shipped file.
     *
     * @throws ValidationException naming every malformed line
     */
    public static DenialCatalog load(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader == null");
        Problems problems = Problems.of("denial code table");
        Map<String, Entry> reasons = new LinkedHashMap<>();
        Map<String, Entry> remarks = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            String at = "line " + number;
            if (f.length != 5) {
                problems.add(at, "needs five fields: kind|code|category|meaning|action");
                continue;
            }
            DenialCategory category;
            try {
                category = DenialCategory.valueOf(f[2].strip());
            } catch (IllegalArgumentException e) {
                problems.add(at, "unknown category");
                continue;
            }
            Entry entry = new Entry(category, f[3].strip(), f[4].strip());
            switch (f[0].strip()) {
                case "CARC" -> reasons.put(f[1].strip(), entry);
                case "RARC" -> remarks.put(f[1].strip(), entry);
                default -> problems.add(at, "kind must be CARC or RARC");
            }
        }
        problems.throwIfAny();
        return new DenialCatalog(reasons, remarks);
    }

    /** True when the table has an entry for this CARC. */
    public boolean knowsReason(String carc) {
        return reasons.containsKey(carc);
    }

    /** True when the table has an entry for this RARC. */
    public boolean knowsRemark(String rarc) {
        return remarks.containsKey(rarc);
    }

    /** The category a CARC alone falls in, if known. */
    public Optional<DenialCategory> categoryOf(String carc) {
        return Optional.ofNullable(reasons.get(carc)).map(Entry::category);
    }

    /**
     * Flags one adjustment.
     *
     * @param claimId the practice's claim id
     * @param serviceCode the line's CPT code, or "" for a claim-level adjustment
     */
    public DenialFlag flag(String claimId, String serviceCode, Adjustment adjustment) {
        Objects.requireNonNull(adjustment, "adjustment == null");
        Entry reason = reasons.get(adjustment.reasonCode());
        DenialCategory category = reason == null ? DenialCategory.OTHER : reason.category();
        StringBuilder meaning = new StringBuilder(reason == null ? "reason code " + adjustment.reasonCode()
                + " is not in PracticeKit's table" : reason.meaning());
        StringBuilder action = new StringBuilder(reason == null
                ? "Look the code up in the X12 reason code list and review the remittance by hand." : reason.action());
        boolean generic = reason == null || "16".equals(adjustment.reasonCode());
        for (String rarc : adjustment.remarkCodes()) {
            Entry remark = remarks.get(rarc);
            if (remark == null) {
                meaning.append("; remark ").append(rarc).append(" (not in the table)");
                continue;
            }
            meaning.append("; ").append(rarc).append(": ").append(remark.meaning());
            action.append(' ').append(rarc).append(": ").append(remark.action());
            if (generic) {
                // CO-16 (and unknown codes) say little by themselves: the remark code names the real problem.
                category = remark.category();
                generic = false;
            }
        }
        if (category.isDenial()) {
            switch (adjustment.group()) {
                case CO -> action.append(" Do not bill the client for this amount (contractual obligation).");
                case PR -> action.append(" The payer assigned this amount to the client.");
                case PI -> action.append(" Do not bill the client (payer-initiated reduction).");
                default -> {
                }
            }
        }
        return new DenialFlag(claimId, serviceCode, adjustment, category, meaning.toString(), action.toString());
    }
}
