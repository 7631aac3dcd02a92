package org.practicekit.x12.internal;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The segments, or a {@link org.practicekit.core.ValidationException} listing every structural error. */
    public static List<Segment> read(InputStream in, String subject) {
        return read(in, subject, true);
    }

    /**
     * The segments; with {@code checkEnvelope} false StAEDI only tokenizes (about half the cost on a small
     * interchange), and the caller checks the envelope itself ({@link Envelope#problems}).
     */
    public static List<Segment> read(InputStream in, String subject, boolean checkEnvelope) {
        Problems problems = Problems.of(subject);
        List<Segment> segments = new ArrayList<>();
        try (EDIStreamReader reader = (checkEnvelope ? FACTORY : UNCHECKED).createEDIStreamReader(in)) {
            String tag = null;
            int position = 0;
            List<List<String>> elements = new ArrayList<>();
            Map<Integer, List<String>> repeats = new HashMap<>();
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        tag = reader.getText();
                        position = reader.getLocation().getSegmentPosition();
                        elements = new ArrayList<>();
                        repeats = new HashMap<>();
                    }
                    case ELEMENT_DATA -> {
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
