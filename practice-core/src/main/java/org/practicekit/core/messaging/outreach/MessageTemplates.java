package org.practicekit.core.messaging.outreach;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.core.Problems;

/**
 * A practice's wording for the messages PracticeKit sends between sessions, per purpose and
 * language, with placeholders {@code {practice}}, {@code {phone}} and {@code {link}}. Every template
 * passes the minimum-necessary check when it is built, so a practice cannot configure a reminder
 * that names a diagnosis. English and Spanish defaults are included. Immutable; thread-safe.
 */
public final class MessageTemplates {
    /** Homework check-in reminder. */
    public static final String HOMEWORK_CHECK_IN = "homework.check-in";
    /** A between-session check-in form is ready. */
    public static final String CHECK_IN_FORM = "checkin.form";
    /** The check-in form is still waiting. */
    public static final String CHECK_IN_REMINDER = "checkin.reminder";
    /** After a missed appointment. */
    public static final String NO_SHOW_FOLLOW_UP = "noshow.follow-up";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)\\}");
    private static final java.util.Set<String> KNOWN = java.util.Set.of("practice", "phone", "link");

    private final String practiceName;
    private final String practicePhone;
    private final Map<String, String> templates;

    private MessageTemplates(Builder b) {
        Problems problems = Problems.of("message templates");
        problems.requireText(b.practiceName, "practiceName");
        problems.requireText(b.practicePhone, "practicePhone");
        MinimumNecessary check = b.check;
        for (Map.Entry<String, String> e : b.templates.entrySet()) {
            String path = "templates[" + e.getKey() + "]";
            for (String f : check.findings(e.getValue())) {
                problems.add(path, "carries clinical content (" + f + ")");
            }
            Matcher m = PLACEHOLDER.matcher(e.getValue());
            while (m.find()) {
                problems.require(KNOWN.contains(m.group(1)), path, "unknown placeholder {" + m.group(1) + "}");
            }
        }
        if (b.practiceName != null) {
            for (String f : check.findings(b.practiceName)) {
                problems.add("practiceName", "carries clinical content (" + f + "); use a neutral name in messages");
            }
        }
        problems.throwIfAny();
        this.practiceName = b.practiceName;
        this.practicePhone = b.practicePhone;
        this.templates = Map.copyOf(b.templates);
    }

    /** Starts from the English and Spanish defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The message for {@code purpose} in {@code language} (a BCP 47 tag; "es-MX" uses "es"), falling
     * back to English. Empty when the practice has no template for the purpose.
     */
    public Optional<String> render(String purpose, String language, String link) {
        String lang = language.toLowerCase(java.util.Locale.ROOT);
        int dash = lang.indexOf('-');
        if (dash > 0) {
            lang = lang.substring(0, dash);
        }
        String t = templates.get(purpose + "|" + lang);
        if (t == null) {
            t = templates.get(purpose + "|en");
        }
        if (t == null) {
            return Optional.empty();
        }
        return Optional.of(t.replace("{practice}", practiceName).replace("{phone}", practicePhone).replace("{link}", link));
    }

    /**
     * How to opt out, in the client's language, for the kind of contact point the message goes to: the
     * sentence every message ends with. The keywords are the ones {@link ContactKeyword} honours.
     */
    public String optOutLine(String language, org.practicekit.core.model.ContactPoint.Kind kind) {
        boolean spanish = language.toLowerCase(java.util.Locale.ROOT).startsWith("es");
        if (kind == org.practicekit.core.model.ContactPoint.Kind.EMAIL) {
            return spanish ? "Responda BAJA para no recibir más correos." : "Reply UNSUBSCRIBE to stop these emails.";
        }
        return spanish ? "Responda ALTO para no recibir más mensajes." : "Reply STOP to opt out.";
    }

    /** The email subject: the practice's name only. */
    public String subject() {
        return "A message from " + practiceName;
    }

    /** Builds {@link MessageTemplates}. Required: practiceName, practicePhone. */
    public static final class Builder {
        private String practiceName;
        private String practicePhone;
        private MinimumNecessary check = MinimumNecessary.standard();
        private final Map<String, String> templates = new LinkedHashMap<>();

        private Builder() {
            put(HOMEWORK_CHECK_IN, "en", "{practice}: a reminder about the exercise from your last session. "
                    + "It is in your portal when you have a moment: {link}");
            put(HOMEWORK_CHECK_IN, "es", "{practice}: un recordatorio del ejercicio de su última sesión. "
                    + "Lo encuentra en su portal: {link}");
            put(CHECK_IN_FORM, "en", "{practice}: your between-session check-in is ready: {link}");
            put(CHECK_IN_FORM, "es", "{practice}: su formulario de seguimiento está listo: {link}");
            put(CHECK_IN_REMINDER, "en", "{practice}: your check-in is still waiting for you: {link}");
            put(CHECK_IN_REMINDER, "es", "{practice}: su formulario de seguimiento sigue pendiente: {link}");
            put(NO_SHOW_FOLLOW_UP, "en", "{practice}: we missed you today. Reply or call {phone} to find a new time.");
            put(NO_SHOW_FOLLOW_UP, "es", "{practice}: hoy le echamos de menos. Responda o llame al {phone} para buscar otra hora.");
        }

        private void put(String purpose, String language, String text) {
            templates.put(purpose + "|" + language, text);
        }

        public Builder practiceName(String name) {
            this.practiceName = Objects.requireNonNull(name, "name == null");
            return this;
        }

        /** The number clients call back (shown as written). */
        public Builder practicePhone(String phone) {
            this.practicePhone = Objects.requireNonNull(phone, "phone == null");
            return this;
        }

        /** Replaces the wording for one purpose and language. */
        public Builder template(String purpose, String language, String text) {
            Objects.requireNonNull(purpose, "purpose == null");
            Objects.requireNonNull(language, "language == null");
            put(purpose, language.toLowerCase(java.util.Locale.ROOT), Objects.requireNonNull(text, "text == null"));
            return this;
        }

        /** The check every template must pass; defaults to {@link MinimumNecessary#standard()}. */
        public Builder minimumNecessary(MinimumNecessary check) {
            this.check = Objects.requireNonNull(check, "check == null");
            return this;
        }

        /** Validates every template at once. */
        public MessageTemplates build() {
            return new MessageTemplates(this);
        }
    }
}
