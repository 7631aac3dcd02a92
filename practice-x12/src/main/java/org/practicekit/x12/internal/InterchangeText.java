package org.practicekit.x12.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * An interchange's bytes made readable the way payers' files actually arrive: a byte-order mark, blank
 * lines or spaces around the interchange are dropped, an ISA whose fixed-width fields were not padded is
 * padded (StAEDI finds the delimiters by position), and a last segment without its terminator gets one.
 * Anything else is left for StAEDI and the envelope check to refuse.
 */
final class InterchangeText {
    /** Widths of ISA01..ISA16. */
    private static final int[] WIDTHS = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
    private static final int CONTROL_NUMBER = 12;
    /** Length of a fixed-width ISA up to its segment terminator. */
    private static final int ISA_LENGTH = 105;

    private InterchangeText() {
    }

    static byte[] tidied(byte[] raw) {
        int start = 0;
        int end = raw.length;
        while (start < end && (blank(raw[start]) || byteOrderMark(raw[start]))) {
            start++;
        }
        while (end > start && blank(raw[end - 1])) {
            end--;
        }
        if (end - start < 4 || raw[start] != 'I' || raw[start + 1] != 'S' || raw[start + 2] != 'A') {
            return Arrays.copyOfRange(raw, start, end);
        }
        byte separator = raw[start + 3];
        int separators = 0;
        int i = start + 3;
        while (i < end && separators < WIDTHS.length) {
            if (raw[i++] == separator) {
                separators++;
            }
        }
        // i is now at ISA16 (the component separator); the segment terminator follows it.
        if (separators < WIDTHS.length || i + 1 >= end) {
            return Arrays.copyOfRange(raw, start, end);
        }
        int terminatorAt = i + 1;
        byte terminator = raw[terminatorAt];
        ByteArrayOutputStream out = new ByteArrayOutputStream(end - start + 64);
        if (terminatorAt - start == ISA_LENGTH) {
            out.write(raw, start, terminatorAt - start);
        } else {
            out.write(raw, start, 3);
            int field = 0;
            int from = start + 4;
            for (int at = from; at <= i; at++) {
                if (at == i || raw[at] == separator) {
                    int length = at == i ? 1 : at - from;
                    out.write(separator);
                    pad(out, raw, at == i ? i : from, length, field);
                    field++;
                    from = at + 1;
                }
            }
        }
        out.write(raw, terminatorAt, end - terminatorAt);
        if (raw[end - 1] != terminator) {
            out.write(terminator);
        }
        return out.toByteArray();
    }

    /** Writes field {@code field} of the ISA padded to its width: control number with zeros on the left, text with spaces on the right. */
    private static void pad(ByteArrayOutputStream out, byte[] raw, int from, int length, int field) {
        int missing = Math.max(0, WIDTHS[field] - length);
        if (field == CONTROL_NUMBER) {
            for (int k = 0; k < missing; k++) {
                out.write('0');
            }
        }
        out.write(raw, from, length);
        if (field != CONTROL_NUMBER) {
            for (int k = 0; k < missing; k++) {
                out.write(' ');
            }
        }
    }

    private static boolean blank(byte b) {
        return b == 0 || b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /** A byte of the UTF-8 byte-order mark (EF BB BF). */
    private static boolean byteOrderMark(byte b) {
        int c = b & 0xFF;
        return c == 0xEF || c == 0xBB || c == 0xBF;
    }
}
