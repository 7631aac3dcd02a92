package org.practicekit.x12.internal;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicekit.core.Problems;

/**
 * Reads an X12 interchange with StAEDI into a flat list of segments. StAEDI checks the envelope (ISA,
 * GS, ST and their trailers and control counts); every error it reports becomes a problem naming the
 * segment position and tag, never the data (which may be PHI).
 */
public final class SegmentReader {
    private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();
    private static final EDIInputFactory UNCHECKED = unchecked();

    private SegmentReader() {
    }

    private static EDIInputFactory unchecked() {
        EDIInputFactory f = EDIInputFactory.newFactory();
        f.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        return f;
    }

    /**
     * The fast path for small interchanges read many times a second (a 271): StAEDI only tokenizes and
     * the caller checks the envelope ({@link Envelope#problems}); bytes are read as ISO-8859-1, which
     * never fails on X12's single-byte data; and only segments tagged in {@code withData} keep their
     * elements (the others keep tag and position, enough for the envelope counts). Together about
     * twice as fast as {@link #read(InputStream, String)} on a 271.
     */
    public static List<Segment> readTokens(InputStream in, String subject, Set<String> withData) {
        return read(in, subject, false, withData);
    }

    /** The segments, or a {@link org.practicekit.core.ValidationException} listing every structural error. */
    public static List<Segment> read(InputStream in, String subject) {
        return read(in, subject, true, null);
    }

    private static List<Segment> read(InputStream in, String subject, boolean checkEnvelope, Set<String> withData) {
        Problems problems = Problems.of(subject);
        List<Segment> segments = new ArrayList<>();
        InputStream from;
        try {
            // 271s and 835s are small enough to hold; tidying needs the ISA and the last byte.
            from = new ByteArrayInputStream(InterchangeText.tidied(in.readAllBytes()));
        } catch (IOException e) {
            problems.add("interchange", "could not be read");
            problems.throwIfAny();
            return segments;
        }
        try (EDIStreamReader reader = checkEnvelope ? FACTORY.createEDIStreamReader(from)
                : UNCHECKED.createEDIStreamReader(from, "ISO-8859-1")) {
            String tag = null;
            int position = 0;
            List<List<String>> elements = new ArrayList<>();
            Map<Integer, List<String>> repeats = new HashMap<>();
            boolean keep = true;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        tag = reader.getText();
                        position = reader.getLocation().getSegmentPosition();
                        keep = withData == null || withData.contains(tag);
                        elements = keep ? new ArrayList<>() : List.of();
                        repeats = keep ? new HashMap<>() : Map.of();
                    }
                    case ELEMENT_DATA -> {
                        if (!keep) {
                            break;
                        }
                        Location at = reader.getLocation();
                        int e = at.getElementPosition();
                        while (elements.size() < e) {
                            elements.add(new ArrayList<>());
                        }
                        List<String> comps = elements.get(e - 1);
                        int c = Math.max(1, at.getComponentPosition());
                        while (comps.size() < c - 1) {
                            comps.add("");
                        }
                        if (at.getElementOccurrence() > 1 && comps.size() >= c) {
                            // A repetition: composites keep their first occurrence, simple elements keep all.
                            if (at.getComponentPosition() <= 0) {
                                repeats.computeIfAbsent(e, k -> new ArrayList<>()).add(reader.getText());
                            }
                            break;
                        }
                        comps.add(reader.getText());
                    }
                    case END_SEGMENT -> segments.add(new Segment(tag, position, elements, repeats));
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
                        Location at = reader.getLocation();
                        problems.add("segment " + at.getSegmentPosition() + " (" + at.getSegmentTag() + ")"
                                + (at.getElementPosition() > 0 ? " element " + at.getElementPosition() : ""),
                                String.valueOf(reader.getErrorType()));
                    }
                    default -> {
                    }
                }
            }
        } catch (EDIStreamException e) {
            problems.add("interchange", "is not readable X12: " + e.getClass().getSimpleName());
        } catch (IOException e) {
            problems.add("interchange", "could not be read");
        }
        problems.throwIfAny();
        return segments;
    }
}
