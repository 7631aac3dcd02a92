package org.practicekit.x12.internal;

import java.util.List;
import org.practicekit.core.Problems;

/**
 * The envelope checks StAEDI makes, made on segments already read: every ST closed by an SE with the
 * same control number and the right segment count, every GS by a GE counting its transactions, the ISA
 * by an IEA counting its groups with the same control number. For readers that skip StAEDI's own
 * control-structure validation to read small interchanges faster.
 */
public final class Envelope {
    private Envelope() {
    }

    /** Adds a problem for every envelope error in {@code segments}. */
    public static void problems(List<Segment> segments, Problems problems) {
        String interchange = null;
        String group = null;
        String transaction = null;
        int groups = 0;
        int transactions = 0;
        int transactionStart = -1;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            switch (s.tag()) {
                case "ISA" -> {
                    interchange = s.el(13);
                    groups = 0;
                }
                case "GS" -> {
                    check(problems, interchange != null && group == null, s, "is outside an interchange or inside a group");
                    group = s.el(6);
                    transactions = 0;
                    groups++;
                }
                case "ST" -> {
                    check(problems, group != null && transaction == null, s, "is outside a group or inside a transaction");
                    transaction = s.el(2);
                    transactionStart = i;
                    transactions++;
                }
                case "SE" -> {
                    if (check(problems, transaction != null, s, "closes no transaction")) {
                        check(problems, sameNumber(s.el(2), transaction), s, "control number does not match its ST");
                        check(problems, s.el(1).equals(String.valueOf(i - transactionStart + 1)), s,
                                "segment count does not match the transaction (CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT)");
                    }
                    transaction = null;
                }
                case "GE" -> {
                    if (check(problems, group != null && transaction == null, s, "closes no group")) {
                        check(problems, sameNumber(s.el(2), group), s, "control number does not match its GS");
                        check(problems, s.el(1).equals(String.valueOf(transactions)), s,
                                "transaction count does not match the group");
                    }
                    group = null;
                }
                case "IEA" -> {
                    if (check(problems, interchange != null && group == null, s, "closes no interchange")) {
                        check(problems, sameNumber(s.el(2), interchange), s, "control number does not match its ISA");
                        check(problems, s.el(1).equals(String.valueOf(groups)), s, "group count does not match the interchange");
                    }
                    interchange = null;
                }
                default -> check(problems, transaction != null, s, "is outside a transaction");
            }
        }
        problems.require(interchange == null && group == null && transaction == null, "interchange",
                "ends before its trailers (SE, GE, IEA)");
        problems.require(!segments.isEmpty(), "interchange", "is empty");
    }

    /** Control numbers match when they differ only in leading zeros (an unpadded ISA13 is padded before reading). */
    private static boolean sameNumber(String trailer, String header) {
        return trailer.equals(header) || stripZeros(trailer).equals(stripZeros(header));
    }

    private static String stripZeros(String number) {
        int i = 0;
        while (i < number.length() - 1 && number.charAt(i) == '0') {
            i++;
        }
        return number.substring(i);
    }

    /** Records a problem at segment {@code s} unless {@code ok}; the path is built only for a problem. */
    private static boolean check(Problems problems, boolean ok, Segment s, String message) {
        if (!ok) {
            problems.add("segment " + s.position() + " (" + s.tag() + ")", message);
        }
        return ok;
    }
}
