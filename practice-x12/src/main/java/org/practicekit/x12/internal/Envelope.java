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
            String at = "segment " + s.position() + " (" + s.tag() + ")";
            switch (s.tag()) {
                case "ISA" -> {
                    interchange = s.el(13);
                    groups = 0;
                }
                case "GS" -> {
                    problems.require(interchange != null && group == null, at, "is outside an interchange or inside a group");
                    group = s.el(6);
                    transactions = 0;
                    groups++;
                }
                case "ST" -> {
                    problems.require(group != null && transaction == null, at, "is outside a group or inside a transaction");
                    transaction = s.el(2);
                    transactionStart = i;
                    transactions++;
                }
                case "SE" -> {
                    if (problems.require(transaction != null, at, "closes no transaction")) {
                        problems.require(s.el(2).equals(transaction), at, "control number does not match its ST");
                        problems.require(s.el(1).equals(String.valueOf(i - transactionStart + 1)), at,
                                "segment count does not match the transaction (CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT)");
                    }
                    transaction = null;
                }
                case "GE" -> {
                    if (problems.require(group != null && transaction == null, at, "closes no group")) {
                        problems.require(s.el(2).equals(group), at, "control number does not match its GS");
                        problems.require(s.el(1).equals(String.valueOf(transactions)), at,
                                "transaction count does not match the group");
                    }
                    group = null;
                }
                case "IEA" -> {
                    if (problems.require(interchange != null && group == null, at, "closes no interchange")) {
                        problems.require(s.el(2).equals(interchange), at, "control number does not match its ISA");
                        problems.require(s.el(1).equals(String.valueOf(groups)), at, "group count does not match the interchange");
                    }
                    interchange = null;
                }
                default -> problems.require(transaction != null, at, "is outside a transaction");
            }
        }
        problems.require(interchange == null && group == null && transaction == null, "interchange",
                "ends before its trailers (SE, GE, IEA)");
        problems.require(!segments.isEmpty(), "interchange", "is empty");
    }
}
