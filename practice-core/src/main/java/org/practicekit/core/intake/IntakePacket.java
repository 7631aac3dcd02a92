package org.practicekit.core.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.practicekit.core.ValidationException;

/**
 * What a practice asks of every new client: forms (questionnaire definitions), consent documents,
 * insurance requirements (or self-pay) and the reminder policy. Immutable and thread-safe; derive
 * a changed packet with {@link #toBuilder()}. {@link #standard()} is the packet PracticeKit ships.
 *
 * <p>Item ids are unique across the packet, and an item's {@link EnableWhen} refers to an item
 * that comes before it, so visibility is decided in one pass in packet order.
 */
public final class IntakePacket {
    private final String id;
    private final String version;
    private final List<IntakeForm> forms;
    private final List<ConsentDocument> consents;
    private final InsuranceRequirement insurance;
    private final IntakeReminderPolicy reminders;
    private final List<IntakeForm> allForms;
    private final Map<String, IntakeItem> items;
    private final Map<String, ConsentDocument> consentsById;

    private IntakePacket(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id == null");
        this.version = Objects.requireNonNull(b.version, "version == null");
        this.forms = List.copyOf(b.forms);
        this.consents = List.copyOf(b.consents);
        this.insurance = Objects.requireNonNull(b.insurance, "insurance == null");
        this.reminders = Objects.requireNonNull(b.reminders, "reminders == null");
        if (id.isBlank() || version.isBlank()) {
            throw new IllegalArgumentException("a packet needs an id and a version");
        }
        List<IntakeForm> all = new ArrayList<>(forms);
        List<IntakeItem> insuranceItems = insurance.items();
        if (!insuranceItems.isEmpty()) {
            all.add(insuranceIndex(all), IntakeForm.of("insurance", "Insurance", insuranceItems));
        }
        this.allForms = List.copyOf(all);
        Map<String, IntakeItem> map = new LinkedHashMap<>();
        Set<String> formIds = new HashSet<>();
        for (IntakeForm form : allForms) {
            if (!formIds.add(form.id())) {
                throw new IllegalArgumentException("packet repeats form " + form.id());
            }
            for (IntakeItem item : form.items()) {
                if (item.enableWhen().isPresent() && !map.containsKey(item.enableWhen().get().itemId())) {
                    throw new IllegalArgumentException("item " + item.id() + " depends on an item that does not come before it");
                }
                if (map.put(item.id(), item) != null) {
                    throw new IllegalArgumentException("packet repeats item " + item.id());
                }
            }
        }
        this.items = Collections.unmodifiableMap(map);
        Map<String, ConsentDocument> docs = new LinkedHashMap<>();
        for (ConsentDocument d : consents) {
            if (docs.put(d.id(), d) != null) {
                throw new IllegalArgumentException("packet repeats consent " + d.id());
            }
        }
        this.consentsById = Collections.unmodifiableMap(docs);
    }

    /** The insurance form goes after the emergency contact when there is one, else after the first form. */
    private static int insuranceIndex(List<IntakeForm> forms) {
        for (int i = 0; i < forms.size(); i++) {
            if (forms.get(i).id().equals("emergency-contact")) {
                return i + 1;
            }
        }
        return Math.min(1, forms.size());
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The packet PracticeKit ships: demographics, emergency contact, insurance (self-pay allowed),
     * presenting concerns, PHQ-9, GAD-7, and consents to treatment, the notice of privacy practices,
     * telehealth, AI-assisted documentation (optional) and the cancellation policy.
     */
    public static IntakePacket standard() {
        return StandardIntakePacket.PACKET;
    }

    public Builder toBuilder() {
        Builder b = new Builder().id(id).version(version).insurance(insurance).reminders(reminders);
        b.forms.addAll(forms);
        b.consents.addAll(consents);
        return b;
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    /** Every form in the order the client sees it, including the insurance form built from the requirement. */
    public List<IntakeForm> forms() {
        return allForms;
    }

    public List<ConsentDocument> consents() {
        return consents;
    }

    public InsuranceRequirement insurance() {
        return insurance;
    }

    public IntakeReminderPolicy reminders() {
        return reminders;
    }

    /** Every item, in packet order. */
    public List<IntakeItem> items() {
        return List.copyOf(items.values());
    }

    public Optional<IntakeItem> item(String itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    public Optional<ConsentDocument> consent(String documentId) {
        return Optional.ofNullable(consentsById.get(documentId));
    }

    Map<String, IntakeItem> itemMap() {
        return items;
    }

    /**
     * Checks a submission against this packet on top of the answers and consents already held, and
     * returns the merged result: canonical answers (hidden items dropped), what is still missing,
     * and the screening scores of every completed instrument. Pure: stores and sends nothing.
     *
     * @param submission what the client sent now
     * @param earlierAnswers canonical answers already held, by item id
     * @param earlierConsents ids of consent documents already signed
     * @param today the practice's date, for dates that must not be in the future
     * @throws ValidationException listing every problem, when any answer or consent is invalid
     */
    public IntakeReview review(IntakeSubmission submission, Map<String, String> earlierAnswers,
            Set<String> earlierConsents, LocalDate today) {
        return SubmissionReviewer.review(this, submission, earlierAnswers, earlierConsents, today);
    }

    @Override
    public String toString() {
        return "IntakePacket[" + id + " v" + version + ", " + items.size() + " items, " + consents.size() + " consents]";
    }

    /** Builds an {@link IntakePacket}. Required: id, version. Defaults: insurance with self-pay allowed, standard reminders. */
    public static final class Builder {
        private String id;
        private String version;
        private final List<IntakeForm> forms = new ArrayList<>();
        private final List<ConsentDocument> consents = new ArrayList<>();
        private InsuranceRequirement insurance = InsuranceRequirement.insurance(true);
        private IntakeReminderPolicy reminders = IntakeReminderPolicy.standard();

        private Builder() {
        }

        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id == null");
            return this;
        }

        public Builder version(String version) {
            this.version = Objects.requireNonNull(version, "version == null");
            return this;
        }

        public Builder addForm(IntakeForm form) {
            forms.add(Objects.requireNonNull(form, "form == null"));
            return this;
        }

        public Builder addConsent(ConsentDocument consent) {
            consents.add(Objects.requireNonNull(consent, "consent == null"));
            return this;
        }

        public Builder insurance(InsuranceRequirement insurance) {
            this.insurance = Objects.requireNonNull(insurance, "insurance == null");
            return this;
        }

        public Builder reminders(IntakeReminderPolicy reminders) {
            this.reminders = Objects.requireNonNull(reminders, "reminders == null");
            return this;
        }

        public IntakePacket build() {
            return new IntakePacket(this);
        }
    }
}
