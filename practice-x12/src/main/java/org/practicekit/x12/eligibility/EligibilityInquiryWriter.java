package org.practicekit.x12.eligibility;

import io.xlate.edi.stream.EDIStreamException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;
import org.practicekit.x12.InterchangeParties;
import org.practicekit.x12.internal.SegmentWriter;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.spi.EligibilityRequest;

/**
 * Writes one eligibility question as an X12 270 interchange (005010X279A1): the payer (2100A), the
 * practice asking (2100B), the subscriber with the member id (2100C) and, when the client is not the
 * subscriber, the client as dependent (2100D), with the service date and one EQ per service type code.
 * A mental-health practice asks about {@code MH} (the default); {@code 30}, {@code A8} and {@code 98}
 * can be added where a payer answers them, or asked one per request where a payer wants that.
 * Every request is checked before a byte is written; problems are reported together. Thread-safe.
 */
public final class EligibilityInquiryWriter {
    private static final DateTimeFormatter D8 = DateTimeFormatter.ofPattern("yyyyMMdd");
    /** Service type codes a mental-health practice asks about (X12 1365). */
    private static final List<String> KNOWN_SERVICE_TYPES = List.of("30", "MH", "A4", "A6", "A7", "A8", "98", "CF", "BY");

    private final InterchangeParties parties;
    private final InquiringProvider provider;

    public EligibilityInquiryWriter(InterchangeParties parties, InquiringProvider provider) {
        this.parties = Objects.requireNonNull(parties, "parties == null");
        this.provider = Objects.requireNonNull(provider, "provider == null");
    }

    /**
     * Writes the 270 for {@code request}.
     *
     * @param traceNumber the trace the 271 will echo (TRN02), 1 to 50 letters or digits
     * @param controlNumber ISA13/GS06 control number, 1 to 999999999; the same on a re-send
     * @param serviceTypeCodes the service types asked about, one EQ each, e.g. {@code List.of("MH")}
     * @throws ValidationException listing every problem with the request; nothing is written then
     */
    public String write(EligibilityRequest request, String traceNumber, int controlNumber, List<String> serviceTypeCodes,
            ZonedDateTime createdAt) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(traceNumber, "traceNumber == null");
        Objects.requireNonNull(serviceTypeCodes, "serviceTypeCodes == null");
        Objects.requireNonNull(createdAt, "createdAt == null");
        check(request, traceNumber, controlNumber, serviceTypeCodes);
        Coverage cov = request.coverage();
        boolean self = cov.relationship() == Coverage.Relationship.SELF;
        String date = D8.format(request.serviceDate());
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (SegmentWriter w = new SegmentWriter(out)) {
            w.openInterchange(parties, "HS", "005010X279A1", controlNumber, createdAt);
            w.segment("ST", "270", "0001", "005010X279A1");
            w.segment("BHT", "0022", "13", traceNumber, D8.format(createdAt), DateTimeFormatter.ofPattern("HHmm").format(createdAt));
            w.segment("HL", "1", "", "20", "1");
            w.segment("NM1", "PR", "2", cut(cov.payerName(), 60), "", "", "", "", "PI", cov.payerId());
            w.segment("HL", "2", "1", "21", "1");
            w.segment("NM1", "1P", "2", cut(provider.name(), 60), "", "", "", "", "XX", provider.npi());
            w.segment("HL", "3", "2", "22", self ? "0" : "1");
            w.segment("TRN", "1", traceNumber, "1" + provider.taxId());
            PersonName subscriber = self ? request.client().name() : cov.subscriber().orElseThrow();
            w.segment("NM1", "IL", "1", cut(subscriber.family(), 60), cut(subscriber.given(), 35), "", "", "", "MI",
                    cov.memberId());
            if (self) {
                person(w, request, date, serviceTypeCodes);
            } else {
                w.segment("HL", "4", "3", "23", "0");
                w.segment("TRN", "1", traceNumber, "1" + provider.taxId());
                w.segment("NM1", "03", "1", cut(request.client().name().family(), 60), cut(request.client().name().given(), 35));
                person(w, request, date, serviceTypeCodes);
            }
            w.segment("SE", String.valueOf(w.transactionSegmentCountWithTrailer()), "0001");
            w.closeInterchange(controlNumber);
        } catch (EDIStreamException e) {
            // The request was checked above, so this is a defect in the mapping, not bad data.
            throw new IllegalStateException("270 could not be written: " + e.getClass().getSimpleName(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The patient's demographics, service date and the EQ loops (2100C/D, 2110C/D). */
    private static void person(SegmentWriter w, EligibilityRequest request, String date, List<String> serviceTypeCodes)
            throws EDIStreamException {
        if (request.client().birthDate().isPresent()) {
            // Payers match on sex too when given; the 270 has no code for "unknown", so it is left out then.
            String sex = request.client().sex().x12Code();
            if (sex.equals("F") || sex.equals("M")) {
                w.segment("DMG", "D8", D8.format(request.client().birthDate().get()), sex);
            } else {
                w.segment("DMG", "D8", D8.format(request.client().birthDate().get()));
            }
        }
        w.segment("DTP", "291", "D8", date);
        for (String code : serviceTypeCodes) {
            w.segment("EQ", code);
        }
    }

    private static void check(EligibilityRequest request, String trace, int controlNumber, List<String> serviceTypeCodes) {
        Problems problems = Problems.of("270 eligibility inquiry");
        Coverage cov = request.coverage();
        problems.require(trace.matches("[A-Za-z0-9]{1,50}"), "traceNumber", "must be 1 to 50 letters or digits");
        problems.require(controlNumber >= 1 && controlNumber <= 999_999_999, "controlNumber", "must be 1 to 999999999");
        problems.require(!serviceTypeCodes.isEmpty() && serviceTypeCodes.size() <= 99, "serviceTypeCodes",
                "needs 1 to 99 service type codes");
        for (int i = 0; i < serviceTypeCodes.size(); i++) {
            problems.require(KNOWN_SERVICE_TYPES.contains(serviceTypeCodes.get(i)), "serviceTypeCodes[" + i + "]",
                    "is not a service type code a therapy practice asks about (" + String.join(", ", KNOWN_SERVICE_TYPES) + ")");
        }
        problems.require(cov.memberId().matches("[A-Za-z0-9-]{2,80}"), "coverage.memberId",
                "must be 2 to 80 letters, digits or hyphens");
        problems.require(cov.payerId().matches("[A-Za-z0-9-]{2,80}"), "coverage.payerId",
                "must be 2 to 80 letters, digits or hyphens");
        problems.require(request.client().name().family().chars().anyMatch(Character::isLetterOrDigit),
                "client.name.family", "needs a letter");
        cov.subscriber().ifPresent(sub -> problems.require(sub.family().chars().anyMatch(Character::isLetterOrDigit),
                "coverage.subscriber.family", "needs a letter"));
        if (cov.relationship() != Coverage.Relationship.SELF) {
            problems.require(cov.subscriber().isPresent(), "coverage.subscriber",
                    "is required when the client is not the subscriber");
            problems.require(request.client().birthDate().isPresent(), "client.birthDate",
                    "is required to ask about a dependent");
        }
        problems.throwIfAny();
    }

    /** Names longer than the 270 allows are cut, as payers match on the leading characters. */
    private static String cut(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max).strip();
    }

}
