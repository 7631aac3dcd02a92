package org.practicekit.notes.lifecycle;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;
import org.practicekit.notes.SessionPrompt;

/**
 * The facts of a session that billing and the pre-sign checks rely on, kept with the note.
 *
 * @param date session date
 * @param start start time
 * @param end end time
 * @param serviceType the service
 * @param modality in person, video or audio
 * @param clientAtHome the client joined from home
 * @param payer the payer kind, if known
 * @param interactiveComplexity interactive complexity documented
 * @param diagnosisCodes ICD-10-CM codes addressed
 * @param goals treatment-plan goals addressed
 */
public record DocumentedSession(LocalDate date, LocalTime start, LocalTime end, ServiceType serviceType,
        Modality modality, boolean clientAtHome, Optional<PayerKind> payer, boolean interactiveComplexity,
        List<String> diagnosisCodes, List<String> goals) {
    public DocumentedSession {
        Objects.requireNonNull(date, "date == null");
        Objects.requireNonNull(start, "start == null");
        Objects.requireNonNull(end, "end == null");
        Objects.requireNonNull(serviceType, "serviceType == null");
        Objects.requireNonNull(modality, "modality == null");
        Objects.requireNonNull(payer, "payer == null");
        diagnosisCodes = List.copyOf(diagnosisCodes);
        goals = List.copyOf(goals);
    }

    /** The facts of {@code prompt}. */
    public static DocumentedSession of(SessionPrompt prompt) {
        return new DocumentedSession(prompt.date(), prompt.start(), prompt.end(), prompt.serviceType(),
                prompt.modality(), prompt.clientAtHome(), prompt.payer(), prompt.interactiveComplexity(),
                prompt.diagnoses().stream().map(d -> d.code()).toList(),
                prompt.goals().stream().map(g -> g.goal()).toList());
    }

    /** Documented face-to-face minutes. */
    public int minutes() {
        return (int) java.time.Duration.between(start, end).toMinutes();
    }
}
