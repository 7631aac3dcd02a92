package org.practicekit.core.billing.x12.internal;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

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
