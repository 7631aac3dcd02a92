package org.practicekit.x12.eligibility;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;
import org.practicekit.x12.internal.Envelope;
import org.practicekit.x12.internal.Segment;
import org.practicekit.x12.internal.SegmentReader;
import org.practicekit.core.spi.EligibilityRejection;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.x12.eligibility.internal.Benefit;
import org.practicekit.x12.eligibility.internal.MemberAnswer;
import org.practicekit.x12.eligibility.internal.RejectReasons;

/**
 * Reads an X12 271 eligibility response (005010X279A1) into {@link EligibilityResult}s, one per
 * subscriber (2000C) or dependent (2000D) the payer answered about, in file order.
 *
 * <p>What it maps: coverage active or inactive (EB 1-5, 6-8; a plan or eligibility end date before the
 * service date, or a begin date after it, makes coverage inactive), the outpatient mental-health benefit
 * (read from the most specific service type the payer answered: A8 or CF, MH or CH, A6, A4, then 98,
 * then the plan as a whole under 30), in- and out-of-network copay (EB B), coinsurance (EB A) and deductible with what
 * remains (EB C, EB06 29), the visit limit with visits left or used (EB F with VS, HSD), prior
 * authorization required (EB11 Y), the payer's trace (TRN), and AAA rejections with what to do
 * ({@link EligibilityRejection}): a person corrects the member id, name or date of birth; a payer
 * that could not answer (42, 80) is asked again later.
 *
 * <p>Payers' styles are read alike: any delimiters the ISA declares, segments on one line or one per
 * line (CR, LF or CRLF), a byte-order mark or blank lines around the interchange, an ISA without its
 * fixed-width padding, a missing terminator after the last segment, several interchanges, transactions
 * and subscribers in one file, repeated EB loops and repeated service types (EB03).
 *
 * <p>StAEDI tokenizes; the envelope and control counts (ISA/IEA, GS/GE, ST/SE) are then checked. A
 * response that cannot be read gives one {@link ValidationException} naming every problem by segment
 * position, never the data, which is PHI. Stateless and thread-safe.
 */
public final class EligibilityResponseReader {
    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String SUBJECT = "271 eligibility response";
    /** The segments the mapping and the envelope check read; the others (names, addresses, messages) are skipped. */
    private static final Set<String> MAPPED = Set.of("ISA", "GS", "ST", "BHT", "HL", "TRN", "AAA", "DTP", "EB", "HSD", "SE",
            "GE", "IEA");

    /** DTP qualifiers: plan, eligibility and policy begin; their ends; qualifiers that carry a range. */
    private static final Set<String> BEGINS = Set.of("346", "356", "539");
    private static final Set<String> ENDS = Set.of("347", "357", "540");
    private static final Set<String> RANGES = Set.of("291", "292", "307");

    private final Clock clock;

    /** A reader that stamps results with the system clock. */
    public EligibilityResponseReader() {
        this(Clock.systemUTC());
    }

    /** A reader that stamps results ({@link EligibilityResult#checkedAt()}) with {@code clock}. */
    public EligibilityResponseReader(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /**
     * Every answer in the 271, one {@link EligibilityResult} per subscriber or dependent the payer
     * answered about, in file order, as of the date the payer answered for (the service date it echoes,
     * else the date of the response). A subscriber loop that only carries its dependents' answers gives
     * no result of its own; a 271 rejected as a whole (AAA at the payer or provider level) gives one
     * {@code UNKNOWN} result with the rejection. The stream is read to its end and not closed.
     *
     * @param in the 271 bytes (X12 is single-byte text; read as ISO-8859-1)
     * @return at least one result
     * @throws ValidationException listing every structural or value problem, never the data
     */
    public List<EligibilityResult> read(InputStream in) {
        return readResponses(in, Optional.empty()).stream().map(EligibilityResponse::result).toList();
    }

    /**
     * Every answer in the 271 with the trace it echoes, as of {@code serviceDate} when given.
     *
     * @throws ValidationException listing every structural or value problem
     */
    public List<EligibilityResponse> readResponses(InputStream in, Optional<LocalDate> serviceDate) {
        Objects.requireNonNull(in, "in == null");
        Objects.requireNonNull(serviceDate, "serviceDate == null");
        Instant checkedAt = clock.instant();
        // StAEDI tokenizes and the envelope is checked here: reading a 271 is what a practice does most.
        List<Segment> segments = SegmentReader.readTokens(in, SUBJECT, MAPPED);
        Problems problems = Problems.of(SUBJECT);
        Envelope.problems(segments, problems);
        List<MemberAnswer> members = new ArrayList<>();
        List<EligibilityRejection> sourceRejections = new ArrayList<>();
        LocalDate answeredOn = null;
        boolean transaction = false;
        MemberAnswer member = null;
        Benefit benefit = null;
        for (Segment s : segments) {
            try {
                switch (s.tag()) {
                    case "ST" -> {
                        transaction = s.el(1).equals("271");
                        if (!transaction) {
                            problems.add(at(s), "is not a 271 transaction");
                        }
                    }
                    case "BHT" -> answeredOn = s.el(4).isEmpty() ? null : LocalDate.parse(s.el(4), D8);
                    case "HL" -> {
                        benefit = null;
                        boolean subscriber = s.el(3).equals("22");
                        if (subscriber || s.el(3).equals("23")) {
                            member = new MemberAnswer(!subscriber);
                            members.add(member);
                        } else {
                            member = null;
                        }
                    }
                    case "TRN" -> {
                        if (member != null && s.el(1).equals("2")) {
                            member.inquiryTrace = s.el(2);
                        } else if (member != null && s.el(1).equals("1")) {
                            member.payerTrace = s.el(2);
                        }
                    }
                    case "AAA" -> {
                        EligibilityRejection rejection = RejectReasons.of(s.el(3), s.el(4));
                        if (member == null) {
                            sourceRejections.add(rejection);
                        } else if (benefit == null || member.benefits.stream().noneMatch(b -> b.code().matches("[1-5]"))) {
                            // A rejection of one benefit question (2110) matters only when no coverage was stated.
                            member.rejections.add(rejection);
                        }
                    }
                    case "DTP" -> {
                        if (member != null && benefit == null) {
                            dates(member, s);
                        }
                    }
                    case "EB" -> {
                        if (s.el(1).isEmpty()) {
                            problems.add(at(s), "has no eligibility or benefit code (EB01)");
                        }
                        if (member == null) {
                            problems.add(at(s), "is outside a subscriber or dependent loop");
                        } else {
                            benefit = new Benefit(s.el(1), s.el(2), s.occurrences(3), s.el(6), MemberAnswer.amount(s.el(7)),
                                    MemberAnswer.decimal(s.el(8)), s.el(9), MemberAnswer.decimal(s.el(10)), s.el(11), s.el(12));
                            member.benefits.add(benefit);
                        }
                    }
                    case "HSD" -> {
                        if (member != null && benefit != null && s.el(1).equals("VS") && !s.el(2).isEmpty()) {
                            // Visits per period stated after the benefit: read as that benefit's limit.
                            Benefit limit = new Benefit("F", benefit.coverageLevel(), benefit.serviceTypes(), s.el(5),
                                    Optional.empty(), Optional.empty(), "VS", MemberAnswer.decimal(s.el(2)),
                                    benefit.authorizationRequired(), benefit.inNetwork());
                            member.benefits.add(limit);
                        }
                    }
                    default -> {
                    }
                }
            } catch (RuntimeException e) {
                problems.add(at(s), "has a value that cannot be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        problems.require(transaction, "ST", "no 271 transaction in the interchange");
        List<EligibilityResponse> out = new ArrayList<>();
        LocalDate today = answeredOn != null ? answeredOn : LocalDate.ofInstant(checkedAt, clock.getZone());
        // A subscriber loop that only carries its dependents' answers says nothing itself, even when the
        // payer's HL parent numbers do not link the two.
        boolean dependents = members.stream().anyMatch(m -> m.dependent);
        for (MemberAnswer m : members) {
            if (!(dependents && !m.dependent && m.benefits.isEmpty() && m.rejections.isEmpty())) {
                LocalDate asOf = serviceDate.or(() -> Optional.ofNullable(m.inquiryDate)).orElse(today);
                out.add(new EligibilityResponse(m.inquiryTrace, m.dependent, m.result(asOf, checkedAt, sourceRejections)));
            }
        }
        if (out.isEmpty() && !sourceRejections.isEmpty()) {
            MemberAnswer none = new MemberAnswer(false);
            out.add(new EligibilityResponse("", false, none.result(today, checkedAt, sourceRejections)));
        }
        problems.require(!out.isEmpty() || !transaction, "HL", "the 271 holds no answer about a subscriber or dependent");
        problems.throwIfAny();
        return out;
    }

    /** Where a problem is: position and tag, never the data. */
    private static String at(Segment s) {
        return "segment " + s.position() + " (" + s.tag() + ")";
    }

    /**
     * DTP in 2100C/D: plan, eligibility and policy dates (346/356/539 begin, 347/357/540 end, or a range
     * under 291/292/307 and the begin qualifiers), and the service date the payer answered for (472).
     */
    private static void dates(MemberAnswer member, Segment s) {
        String qualifier = s.el(1);
        boolean begin = BEGINS.contains(qualifier) || RANGES.contains(qualifier);
        boolean end = ENDS.contains(qualifier);
        if (!begin && !end && !qualifier.equals("472")) {
            return; // dates the mapping does not use are not read, so an odd one never refuses the answer
        }
        String value = s.el(3);
        if (s.el(2).equals("RD8")) {
            String[] range = value.split("-");
            if (begin) {
                member.begins = LocalDate.parse(range[0], D8);
            }
            if (begin || end) {
                member.ends = LocalDate.parse(range[1], D8);
            }
            if (qualifier.equals("472")) {
                member.inquiryDate = LocalDate.parse(range[0], D8);
            }
            return;
        }
        LocalDate date = LocalDate.parse(value, D8);
        if (qualifier.equals("472")) {
            member.inquiryDate = date;
        } else if (end) {
            member.ends = date;
        } else if (!RANGES.contains(qualifier)) {
            member.begins = date;
        }
    }
}
