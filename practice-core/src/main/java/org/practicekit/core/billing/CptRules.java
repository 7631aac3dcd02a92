package org.practicekit.core.billing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;
import org.practicekit.core.model.PayerKind;

/**
 * The CPT rule data the {@link CptSuggester} applies: time bands, untimed codes, crisis units, the
 * interactive-complexity add-on and the codes it may accompany, place of service, telehealth policy per
 * payer kind and the law-driven Medicare telehealth dates. The standard set ships as
 * {@code cpt-rules.properties} beside this class; the yearly update edits that data, and a practice can
 * {@link #load(Reader) load} its own. Immutable and thread-safe.
 */
public final class CptRules {
    private static final String RESOURCE = "cpt-rules.properties";
    private static volatile CptRules standard;

    /** One time band: from {@code minMinutes} on, {@code code}, a code described as {@code nominalMinutes} long. */
    record Band(int minMinutes, String code, int nominalMinutes) {
    }

    private final String edition;
    private final List<Band> individual;
    private final List<Band> individualWithEm;
    private final List<Band> familyWithClient;
    private final List<Band> familyWithoutClient;
    private final String group;
    private final String multiFamilyGroup;
    private final String diagnostic;
    private final String diagnosticMedical;
    private final String crisisFirst;
    private final int crisisFirstMinutes;
    private final String crisisAdditional;
    private final int crisisAdditionalFromMinutes;
    private final int crisisAdditionalEveryMinutes;
    private final String interactiveComplexity;
    private final Set<String> interactiveComplexityAllowedWith;
    private final String officePos;
    private final String homePos;
    private final Map<PayerKind, TelehealthPolicy> telehealth;
    private final LocalDate medicareFlexibilitiesUntil;
    private final LocalDate medicareInPersonRequiredFrom;

    private CptRules(Properties p) {
        Problems problems = Problems.of("CPT rules");
        this.edition = text(p, "edition", problems);
        this.individual = bands(p, "individual.standalone", problems);
        this.individualWithEm = bands(p, "individual.withEm", problems);
        this.familyWithClient = bands(p, "family.withClient", problems);
        this.familyWithoutClient = bands(p, "family.withoutClient", problems);
        this.group = code(p, "group", problems);
        this.multiFamilyGroup = code(p, "multiFamilyGroup", problems);
        this.diagnostic = code(p, "diagnostic", problems);
        this.diagnosticMedical = code(p, "diagnosticMedical", problems);
        this.crisisFirst = code(p, "crisis.first", problems);
        this.crisisFirstMinutes = number(p, "crisis.firstMinutes", problems);
        this.crisisAdditional = code(p, "crisis.additional", problems);
        this.crisisAdditionalFromMinutes = number(p, "crisis.additionalFromMinutes", problems);
        this.crisisAdditionalEveryMinutes = number(p, "crisis.additionalEveryMinutes", problems);
        problems.require(crisisAdditionalFromMinutes > crisisFirstMinutes, "crisis.additionalFromMinutes",
                "must be more than crisis.firstMinutes");
        this.interactiveComplexity = code(p, "interactiveComplexity.code", problems);
        Set<String> allowed = new LinkedHashSet<>();
        for (String c : text(p, "interactiveComplexity.allowedWith", problems).split(",")) {
            if (!c.isBlank()) {
                allowed.add(checkCode(c.strip(), "interactiveComplexity.allowedWith", problems));
            }
        }
        this.interactiveComplexityAllowedWith = Set.copyOf(allowed);
        this.officePos = pos(p, "pos.office", problems);
        this.homePos = pos(p, "pos.home", problems);
        Map<PayerKind, TelehealthPolicy> policies = new EnumMap<>(PayerKind.class);
        for (PayerKind kind : PayerKind.values()) {
            String k = "telehealth." + kind.name() + ".";
            try {
                policies.put(kind, new TelehealthPolicy(raw(p, k + "videoModifier", problems),
                        raw(p, k + "audioOnlyModifier", problems), raw(p, k + "videoAtHomePos", problems),
                        raw(p, k + "videoElsewherePos", problems), raw(p, k + "audioOnlyAtHomePos", problems),
                        raw(p, k + "audioOnlyElsewherePos", problems), coverage(p, k + "audioOnlyAtHome", problems),
                        coverage(p, k + "audioOnlyElsewhere", problems), raw(p, k + "caution", problems)));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(k + "*", "is not a valid telehealth policy: " + e.getMessage());
            }
        }
        this.telehealth = policies;
        this.medicareFlexibilitiesUntil = date(p, "medicare.telehealthFlexibilitiesUntil", problems);
        this.medicareInPersonRequiredFrom = date(p, "medicare.inPersonVisitRequiredFrom", problems);
        problems.throwIfAny();
    }

    private CptRules(CptRules o, int crisisFirstMinutes) {
        this.edition = o.edition;
        this.individual = o.individual;
        this.individualWithEm = o.individualWithEm;
        this.familyWithClient = o.familyWithClient;
        this.familyWithoutClient = o.familyWithoutClient;
        this.group = o.group;
        this.multiFamilyGroup = o.multiFamilyGroup;
        this.diagnostic = o.diagnostic;
        this.diagnosticMedical = o.diagnosticMedical;
        this.crisisFirst = o.crisisFirst;
        this.crisisFirstMinutes = crisisFirstMinutes;
        this.crisisAdditional = o.crisisAdditional;
        this.crisisAdditionalFromMinutes = o.crisisAdditionalFromMinutes;
        this.crisisAdditionalEveryMinutes = o.crisisAdditionalEveryMinutes;
        this.interactiveComplexity = o.interactiveComplexity;
        this.interactiveComplexityAllowedWith = o.interactiveComplexityAllowedWith;
        this.officePos = o.officePos;
        this.homePos = o.homePos;
        this.telehealth = o.telehealth;
        this.medicareFlexibilitiesUntil = o.medicareFlexibilitiesUntil;
        this.medicareInPersonRequiredFrom = o.medicareInPersonRequiredFrom;
    }

    /** The rules shipped with this release of PracticeKit. */
    public static CptRules standard() {
        CptRules s = standard;
        if (s == null) {
            try (InputStream in = CptRules.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " missing from the classpath");
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
     * Reads rules in the format of the shipped {@code cpt-rules.properties}.
     *
     * @throws ValidationException naming every missing or malformed entry
     */
    public static CptRules load(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader == null");
        Properties p = new Properties();
        p.load(reader);
        return fromProperties(p);
    }

    /** Rules from already-loaded properties; see {@link #load(Reader)}. */
    public static CptRules fromProperties(Properties properties) {
        return new CptRules(Objects.requireNonNull(properties, "properties == null"));
    }

    /**
     * These rules with crisis psychotherapy starting at {@code minutes} instead. Sources differ between
     * 30 (the CPT table) and 31 (a strict midpoint reading).
     */
    public CptRules withCrisisFirstUnitMinutes(int minutes) {
        if (minutes < 1 || minutes >= crisisAdditionalFromMinutes) {
            throw new IllegalArgumentException("crisis first unit minutes must be between 1 and "
                    + (crisisAdditionalFromMinutes - 1));
        }
        return new CptRules(this, minutes);
    }

    /** Which CPT edition and year the data follows, e.g. "CPT 2026". */
    public String edition() {
        return edition;
    }

    public int crisisFirstUnitMinutes() {
        return crisisFirstMinutes;
    }

    /** The standard telehealth policy for a payer kind. */
    public TelehealthPolicy telehealth(PayerKind kind) {
        return telehealth.get(Objects.requireNonNull(kind, "kind == null"));
    }

    /** The last day Medicare's telehealth flexibilities (any originating site) apply. */
    public LocalDate medicareTelehealthFlexibilitiesUntil() {
        return medicareFlexibilitiesUntil;
    }

    /** From this day Medicare requires a periodic in-person visit for mental-health telehealth. */
    public LocalDate medicareInPersonVisitRequiredFrom() {
        return medicareInPersonRequiredFrom;
    }

    List<Band> individual() {
        return individual;
    }

    List<Band> individualWithEm() {
        return individualWithEm;
    }

    List<Band> familyWithClient() {
        return familyWithClient;
    }

    List<Band> familyWithoutClient() {
        return familyWithoutClient;
    }

    String group() {
        return group;
    }

    String multiFamilyGroup() {
        return multiFamilyGroup;
    }

    String diagnostic() {
        return diagnostic;
    }

    String diagnosticMedical() {
        return diagnosticMedical;
    }

    String crisisFirst() {
        return crisisFirst;
    }

    String crisisAdditional() {
        return crisisAdditional;
    }

    int crisisAdditionalFromMinutes() {
        return crisisAdditionalFromMinutes;
    }

    int crisisAdditionalEveryMinutes() {
        return crisisAdditionalEveryMinutes;
    }

    String interactiveComplexity() {
        return interactiveComplexity;
    }

    boolean interactiveComplexityAllowedWith(String code) {
        return interactiveComplexityAllowedWith.contains(code);
    }

    String officePos() {
        return officePos;
    }

    String homePos() {
        return homePos;
    }

    @Override
    public String toString() {
        return "CptRules[" + edition + "]";
    }

    private static String raw(Properties p, String key, Problems problems) {
        String v = p.getProperty(key);
        if (v == null) {
            problems.add(key, "is required");
            return "";
        }
        return v.strip();
    }

    private static String text(Properties p, String key, Problems problems) {
        String v = raw(p, key, problems);
        if (v.isEmpty() && p.getProperty(key) != null) {
            problems.add(key, "must not be empty");
        }
        return v;
    }

    private static String code(Properties p, String key, Problems problems) {
        return checkCode(text(p, key, problems), key, problems);
    }

    private static String checkCode(String v, String key, Problems problems) {
        if (!v.isEmpty() && !v.matches("[0-9]{4}[0-9A-Z]")) {
            problems.add(key, "is not a five-character CPT code");
            return "00000";
        }
        return v.isEmpty() ? "00000" : v;
    }

    private static String pos(Properties p, String key, Problems problems) {
        String v = text(p, key, problems);
        if (!v.isEmpty() && !v.matches("[0-9]{2}")) {
            problems.add(key, "is not a two-digit place of service");
        }
        return v;
    }

    private static int number(Properties p, String key, Problems problems) {
        String v = text(p, key, problems);
        try {
            int n = Integer.parseInt(v);
            problems.require(n > 0, key, "must be positive");
            return n;
        } catch (NumberFormatException e) {
            if (!v.isEmpty()) {
                problems.add(key, "is not a whole number");
            }
            return 1;
        }
    }

    private static LocalDate date(Properties p, String key, Problems problems) {
        String v = text(p, key, problems);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            if (!v.isEmpty()) {
                problems.add(key, "is not a date (yyyy-mm-dd)");
            }
            return LocalDate.MAX;
        }
    }

    private static TelehealthPolicy.AudioOnly coverage(Properties p, String key, Problems problems) {
        String v = text(p, key, problems);
        try {
            return TelehealthPolicy.AudioOnly.valueOf(v);
        } catch (IllegalArgumentException e) {
            if (!v.isEmpty()) {
                problems.add(key, "must be one of " + Arrays.toString(TelehealthPolicy.AudioOnly.values()));
            }
            return TelehealthPolicy.AudioOnly.NOT_COVERED;
        }
    }

    private static List<Band> bands(Properties p, String key, Problems problems) {
        String v = text(p, key, problems);
        List<Band> out = new ArrayList<>();
        if (v.isEmpty()) {
            return List.of(new Band(1, "00000", 1));
        }
        int previous = 0;
        for (String part : v.split(",")) {
            String[] f = part.strip().split(":");
            try {
                if (f.length != 3) {
                    throw new NumberFormatException();
                }
                int min = Integer.parseInt(f[0].strip());
                int nominal = Integer.parseInt(f[2].strip());
                if (min <= previous) {
                    problems.add(key, "minimum minutes must be positive and ascending");
                }
                previous = min;
                out.add(new Band(min, checkCode(f[1].strip(), key, problems), nominal));
            } catch (NumberFormatException e) {
                problems.add(key, "each band is minimumMinutes:code:nominalMinutes");
            }
        }
        return out.isEmpty() ? List.of(new Band(1, "00000", 1)) : List.copyOf(out);
    }
}
