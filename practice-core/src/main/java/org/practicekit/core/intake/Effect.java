package org.practicekit.core.intake;

import java.util.List;
import java.util.Objects;

/**
 * A side effect a stored transition owes: it is written into the case before it is carried out, and
 * removed once done, so a restart carries out exactly the effects still owed (each idempotent on its key).
 *
 * @param kind what to do
 * @param key the idempotency key it carries
 * @param code message purpose or escalation category
 * @param params PHI-free parameters (labels of missing items; an escalation's urgency and summary)
 */
record Effect(Kind kind, String key, String code, List<String> params) {
    enum Kind { MESSAGE, ESCALATE, ELIGIBILITY, EHR, APPOINTMENT }

    Effect {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(code, "code == null");
        params = List.copyOf(params);
    }
}
