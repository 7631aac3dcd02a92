package org.practicekit.x12;

import io.xlate.edi.stream.EDIStreamException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;
import org.practicekit.core.billing.claim.BillingProvider;
import org.practicekit.core.billing.claim.Claim;
import org.practicekit.core.billing.claim.ClaimSubmission;
import org.practicekit.core.billing.claim.ClaimLine;
import org.practicekit.x12.internal.SegmentWriter;
import org.practicekit.core.model.Address;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.Money;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.PersonName;

/**
 * Writes claims as one X12 837P interchange (005010X222A1): submitter and receiver, billing provider,
 * subscriber and payer, the patient when not the subscriber, and per claim CLM (POS, frequency), the
 * prior authorization (REF*G1), diagnoses (HI), rendering provider and service lines (SV1, DTP*472).
 * Every claim is checked before a byte is written; problems are reported together. Thread-safe.
 *
 * <p>The interchange control number is the caller's: pass the same number when re-sending the same
 * batch so the clearinghouse recognizes the duplicate.
 */
public final class ProfessionalClaimWriter {
    private static final DateTimeFormatter D8 = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final InterchangeParties parties;
    private final BillingProvider billing;

    public ProfessionalClaimWriter(InterchangeParties parties, BillingProvider billing) {
        this.parties = Objects.requireNonNull(parties, "parties == null");
        this.billing = Objects.requireNonNull(billing, "billing == null");
    }

    /** The interchange as text; see {@link #write(List, int, ZonedDateTime, OutputStream)}. */
    public String write(List<ClaimSubmission> claims, int controlNumber, ZonedDateTime createdAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(claims, controlNumber, createdAt, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes one interchange with one functional group and one 837 transaction holding every claim.
     *
     * @param controlNumber ISA13/GS06 control number, 1 to 999999999
     * @throws ValidationException naming every problem across the claims; nothing is written then
     */
    public void write(List<ClaimSubmission> claims, int controlNumber, ZonedDateTime createdAt, OutputStream out) {
        Objects.requireNonNull(claims, "claims == null");
        Objects.requireNonNull(createdAt, "createdAt == null");
        Objects.requireNonNull(out, "out == null");
        check(claims, controlNumber);
        String ctl = String.format("%09d", controlNumber);
        try (SegmentWriter w = new SegmentWriter(out)) {
            w.startInterchange();
            w.segment("ISA", "00", " ".repeat(10), "00", " ".repeat(10), "ZZ", pad(parties.senderId()), "ZZ",
                    pad(parties.receiverId()), YYMMDD.format(createdAt), HHMM.format(createdAt), "^", "00501", ctl, "0",
                    parties.production() ? "P" : "T", ":");
            w.segment("GS", "HC", parties.senderId(), parties.receiverId(), D8.format(createdAt), HHMM.format(createdAt),
                    String.valueOf(controlNumber), "X", "005010X222A1");
            w.segment("ST", "837", "0001", "005010X222A1");
            w.segment("BHT", "0019", "00", ctl, D8.format(createdAt), HHMM.format(createdAt), "CH");
            w.segment("NM1", "41", "2", parties.submitterName(), "", "", "", "", "46", parties.submitterId());
            w.segment("PER", "IC", parties.contactName(), "TE", parties.contactPhone());
            w.segment("NM1", "40", "2", parties.receiverName(), "", "", "", "", "46", parties.receiverId());
            int hl = 0;
            w.segment("HL", String.valueOf(++hl), "", "20", "1");
            int billingHl = hl;
            w.segment("PRV", "BI", "PXC", billing.taxonomy());
            w.segment("NM1", "85", "2", billing.name(), "", "", "", "", "XX", billing.npi());
            address(w, billing.address());
            w.segment("REF", "EI", billing.taxId());
            for (ClaimSubmission s : claims) {
                Claim c = s.claim();
                Coverage cov = c.coverage();
                boolean self = cov.relationship() == Coverage.Relationship.SELF;
                w.segment("HL", String.valueOf(++hl), String.valueOf(billingHl), "22", self ? "0" : "1");
                int subscriberHl = hl;
                w.segment("SBR", "P", self ? "18" : "", cov.groupNumber().orElse(""), cov.planName().orElse(""), "", "", "",
                        "", filingIndicator(cov.payerKind()));
                PersonName subscriber = self ? s.client().name() : cov.subscriber().orElseThrow();
                w.segment("NM1", "IL", "1", subscriber.family(), subscriber.given(), "", "", "", "MI", cov.memberId());
                if (self) {
                    address(w, s.client().address().orElseThrow());
                    w.segment("DMG", "D8", D8.format(s.client().birthDate().orElseThrow()), s.client().sex().x12Code());
                }
                w.segment("NM1", "PR", "2", cov.payerName(), "", "", "", "", "PI", cov.payerId());
                if (!self) {
                    w.segment("HL", String.valueOf(++hl), String.valueOf(subscriberHl), "23", "0");
                    w.segment("PAT", patientRelationship(cov.relationship()));
                    w.segment("NM1", "QC", "1", s.client().name().family(), s.client().name().given());
                    address(w, s.client().address().orElseThrow());
                    w.segment("DMG", "D8", D8.format(s.client().birthDate().orElseThrow()), s.client().sex().x12Code());
                }
                w.segment("CLM", c.id(), amount(c.totalCharge()), "", "",
                        List.of(c.placeOfService(), "B", c.frequency().code()), "Y", "A", "Y", "Y");
                if (c.originalPayerClaimNumber().isPresent()) {
                    w.segment("REF", "F8", c.originalPayerClaimNumber().get());
                }
                if (c.priorAuthorization().isPresent()) {
                    w.segment("REF", "G1", c.priorAuthorization().get());
                }
                List<Object> hi = new ArrayList<>();
                for (int i = 0; i < c.diagnosisCodes().size(); i++) {
                    hi.add(List.of(i == 0 ? "ABK" : "ABF", c.diagnosisCodes().get(i)));
                }
                w.segment("HI", hi.toArray());
                PersonName r = s.rendering().name();
                w.segment("NM1", "82", "1", r.family(), r.given(), "", "", "", "XX", c.renderingNpi());
                int lx = 0;
                for (ClaimLine line : c.lines()) {
                    w.segment("LX", String.valueOf(++lx));
                    List<String> procedure = new ArrayList<>();
                    procedure.add("HC");
                    procedure.add(line.code());
                    procedure.addAll(line.service().modifiers());
                    List<String> pointers = line.diagnosisPointers().stream().map(String::valueOf).toList();
                    w.segment("SV1", procedure, amount(line.charge()), "UN", String.valueOf(line.service().units()), "", "",
                            pointers);
                    w.segment("DTP", "472", "D8", D8.format(c.serviceDate()));
                }
            }
            w.segment("SE", String.valueOf(w.transactionSegmentCountWithTrailer()), "0001");
            w.segment("GE", "1", String.valueOf(controlNumber));
            w.segment("IEA", "1", ctl);
            w.endInterchange();
        } catch (EDIStreamException e) {
            // Inputs were checked above, so this is a defect in the mapping, not bad data.
            throw new IllegalStateException("837P could not be written: " + e.getClass().getSimpleName(), e);
        }
    }

    private static void check(List<ClaimSubmission> claims, int controlNumber) {
        Problems problems = Problems.of("837P batch");
        problems.require(!claims.isEmpty(), "claims", "needs at least one claim");
        problems.require(controlNumber >= 1 && controlNumber <= 999_999_999, "controlNumber", "must be 1 to 999999999");
        for (int i = 0; i < claims.size(); i++) {
            ClaimSubmission s = claims.get(i);
            String at = "claims[" + i + "].";
            Client client = s.client();
            Claim c = s.claim();
            problems.require(client.id().equals(c.clientId()), at + "client", "is not the claim's client");
            problems.require(s.rendering().id().equals(c.renderingClinician()), at + "rendering", "is not the claim's clinician");
            problems.require(client.birthDate().isPresent(), at + "client.birthDate", "is required for an 837P");
            problems.require(client.address().isPresent(), at + "client.address", "is required for an 837P");
            if (c.coverage().relationship() != Coverage.Relationship.SELF) {
                problems.require(c.coverage().subscriber().isPresent(), at + "coverage.subscriber",
                        "is required when the client is not the subscriber");
            }
        }
        problems.throwIfAny();
    }

    private static void address(SegmentWriter w, Address a) throws EDIStreamException {
        w.segment("N3", a.lines().get(0), a.lines().size() > 1 ? a.lines().get(1) : "");
        w.segment("N4", a.city(), a.state(), a.postalCode().replace("-", ""));
    }

    private static String pad(String id) {
        return String.format("%-15s", id);
    }

    /** SBR09 claim filing indicator. */
    static String filingIndicator(PayerKind kind) {
        return switch (kind) {
            case MEDICARE -> "MB";
            case MEDICAID -> "MC";
            case COMMERCIAL -> "CI";
        };
    }

    private static String patientRelationship(Coverage.Relationship r) {
        return switch (r) {
            case SPOUSE -> "01";
            case CHILD -> "19";
            case SELF, OTHER -> "G8";
        };
    }

    static String amount(Money m) {
        return m.amount().stripTrailingZeros().toPlainString();
    }

    static LocalDate date(String d8) {
        return LocalDate.parse(d8, D8);
    }
}
