package org.practicekit.core.intake;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.practicekit.core.model.ScreeningScore.Instrument;

/**
 * One form of an intake packet (demographics, insurance, PHQ-9…): an id, a title and its items in
 * order. A screening form names its instrument; its items are the instrument's items in order,
 * each an integer 0-3, and the workflow scores it when every item is answered. Immutable.
 */
public final class IntakeForm {
    private final String id;
    private final String title;
    private final List<IntakeItem> items;
    private final Instrument instrument;

    private IntakeForm(String id, String title, List<IntakeItem> items, Instrument instrument) {
        this.id = Objects.requireNonNull(id, "id == null");
        this.title = Objects.requireNonNull(title, "title == null");
        this.items = List.copyOf(items);
        this.instrument = instrument;
        if (id.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("a form needs an id and a title");
        }
        if (this.items.isEmpty()) {
            throw new IllegalArgumentException("form " + id + " has no items");
        }
        Set<String> ids = new HashSet<>();
        for (IntakeItem item : this.items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("form " + id + " repeats item " + item.id());
            }
        }
        if (instrument != null) {
            if (this.items.size() != instrument.items()) {
                throw new IllegalArgumentException(instrument.display() + " form needs " + instrument.items() + " items");
            }
            for (IntakeItem item : this.items) {
                if (item.type() != org.practicekit.core.model.QuestionnaireAnswer.AnswerType.INTEGER || item.min() != 0
                        || item.max() != 3) {
                    throw new IllegalArgumentException(instrument.display() + " items are integers 0-3");
                }
            }
        }
    }

    /** A form of ordinary items. */
    public static IntakeForm of(String id, String title, List<IntakeItem> items) {
        return new IntakeForm(id, title, items, null);
    }

    /** A screening form whose items are the instrument's items in order. */
    public static IntakeForm screening(Instrument instrument, String id, String title, List<IntakeItem> items) {
        return new IntakeForm(id, title, items, Objects.requireNonNull(instrument, "instrument == null"));
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<IntakeItem> items() {
        return items;
    }

    /** The screening instrument this form scores, if it is a screening form. */
    public Optional<Instrument> instrument() {
        return Optional.ofNullable(instrument);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntakeForm && ((IntakeForm) o).id.equals(id) && ((IntakeForm) o).title.equals(title)
                && ((IntakeForm) o).items.equals(items) && ((IntakeForm) o).instrument == instrument;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, items, instrument);
    }

    @Override
    public String toString() {
        return "IntakeForm[" + id + ", " + items.size() + " items]";
    }
}
