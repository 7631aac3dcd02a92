package org.practicekit.x12.internal;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.practicekit.x12.InterchangeParties;

/**
 * Writes X12 segments through StAEDI, one call per segment. A {@code List<String>} argument is written
 * as a composite. Counts the segments since the last {@code ST} for the {@code SE} trailer. Text is
 * upper-cased and stripped of the X12 delimiters so data can never break the structure.
 */
public final class SegmentWriter implements AutoCloseable {
    private final EDIStreamWriter writer;
    private int transactionSegments;

    public SegmentWriter(OutputStream out) {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        this.writer = factory.createEDIStreamWriter(out);
    }

    /** Starts an X12 5010 interchange; StAEDI then validates the envelope it writes. */
    public void startInterchange() throws EDIStreamException {
        try {
            writer.setControlSchema(SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.X12,
                    new String[] {"00501"}));
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI ships the X12 5010 control schema", e);
        }
        writer.startInterchange();
    }

    /**
     * Starts an interchange and writes its ISA and one GS for transactions of {@code functionalId}
     * ("HS" for 270s) in implementation guide {@code version} ("005010X279A1").
     */
    public void openInterchange(InterchangeParties parties, String functionalId, String version, int controlNumber,
            ZonedDateTime createdAt) throws EDIStreamException {
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HHmm");
        startInterchange();
        segment("ISA", "00", " ".repeat(10), "00", " ".repeat(10), "ZZ", String.format("%-15s", parties.senderId()), "ZZ",
                String.format("%-15s", parties.receiverId()), DateTimeFormatter.ofPattern("yyMMdd").format(createdAt),
                hhmm.format(createdAt), "^", "00501", String.format("%09d", controlNumber), "0",
                parties.production() ? "P" : "T", ":");
        segment("GS", functionalId, parties.senderId(), parties.receiverId(),
                DateTimeFormatter.ofPattern("yyyyMMdd").format(createdAt), hhmm.format(createdAt),
                String.valueOf(controlNumber), "X", version);
    }

    /** Writes GE and IEA for an interchange of one group, and ends it. */
    public void closeInterchange(int controlNumber) throws EDIStreamException {
        segment("GE", "1", String.valueOf(controlNumber));
        segment("IEA", "1", String.format("%09d", controlNumber));
        endInterchange();
    }

    /** Writes one segment; empty trailing elements are left out. */
    public void segment(String tag, Object... elements) throws EDIStreamException {
        if (tag.equals("ST")) {
            transactionSegments = 0;
        }
        transactionSegments++;
        int last = elements.length;
        while (last > 0 && isEmpty(elements[last - 1])) {
            last--;
        }
        writer.writeStartSegment(tag);
        for (int i = 0; i < last; i++) {
            Object e = elements[i];
            if (e instanceof List<?> comps) {
                int lastComp = comps.size();
                while (lastComp > 0 && isEmpty(comps.get(lastComp - 1))) {
                    lastComp--;
                }
                writer.writeStartElement();
                for (int c = 0; c < lastComp; c++) {
                    String v = clean(String.valueOf(comps.get(c)), tag);
                    if (v.isEmpty()) {
                        writer.writeEmptyComponent();
                    } else {
                        writer.writeComponent(v);
                    }
                }
                writer.endElement();
            } else {
                String v = clean(String.valueOf(e), tag);
                if (v.isEmpty()) {
                    writer.writeEmptyElement();
                } else {
                    writer.writeElement(v);
                }
            }
        }
        writer.writeEndSegment();
    }

    /** Segments written since (and including) the last ST, plus one for the SE about to be written. */
    public int transactionSegmentCountWithTrailer() {
        return transactionSegments + 1;
    }

    public void endInterchange() throws EDIStreamException {
        writer.endInterchange();
    }

    @Override
    public void close() throws EDIStreamException {
        writer.flush();
        writer.close();
    }

    private static boolean isEmpty(Object o) {
        return o instanceof List<?> l ? l.stream().allMatch(SegmentWriter::isEmpty) : String.valueOf(o).isEmpty();
    }

    private static String clean(String v, String tag) {
        if (tag.equals("ISA")) {
            return v; // fixed-width header fields, built by the caller (ISA11 and ISA16 are delimiters)
        }
        return v.replaceAll("[~*:^\\r\\n]", " ").strip().toUpperCase(Locale.ROOT);
    }
}
