package org.practicekit.x12;

import java.util.Objects;

/**
 * Who sends and receives an interchange: the ISA/GS sender and receiver ids, the submitter (loop
 * 1000A, usually the practice, with its clearinghouse-assigned id and a contact), the receiver (loop
 * 1000B), and whether the file is production or test (ISA15 P or T).
 */
public record InterchangeParties(String senderId, String receiverId, String submitterName, String submitterId,
        String contactName, String contactPhone, String receiverName, boolean production) {
    public InterchangeParties {
        requireId(senderId, "senderId");
        requireId(receiverId, "receiverId");
        requireText(submitterName, "submitterName");
        requireId(submitterId, "submitterId");
        requireText(contactName, "contactName");
        Objects.requireNonNull(contactPhone, "contactPhone == null");
        if (!contactPhone.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("contactPhone must be 10 digits");
        }
        requireText(receiverName, "receiverName");
    }

    private static void requireId(String id, String name) {
        Objects.requireNonNull(id, name + " == null");
        if (!id.matches("[A-Za-z0-9]{2,15}")) {
            throw new IllegalArgumentException(name + " must be 2-15 letters or digits");
        }
    }

    private static void requireText(String s, String name) {
        Objects.requireNonNull(s, name + " == null");
        if (s.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }
}
