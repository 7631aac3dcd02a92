package org.practicekit.examples;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.practicekit.core.messaging.RiskLevel;
import org.practicekit.core.practice.DueWork;
import org.practicekit.core.spi.AuditEvent;

/**
 * What a practice owner reads at the end of a day or a week, counted from the audit log alone (nothing is
 * typed in): what needs a person now, what PracticeKit did without anyone, the money, and the headline
 * figures, staff actions per new client and per session. Without PHI: categories, counts, amounts.
 *
 * <p>How staff actions are counted:
 * <ul>
 *   <li>a <b>task handed to a person</b> is a staff action (an escalation: risk, an insurance check, a
 *       failed delivery...);</li>
 *   <li>so is a <b>denied claim</b> (someone corrects and resubmits it, or appeals);</li>
 *   <li>so is every audited <b>step a person took</b> on a client's record: an event whose actor is neither
 *       PracticeKit nor the client themselves (a client's own YES or STOP is not staff work);</li>
 *   <li><b>per new client</b>: those about clients whose intake the workflow routed to the EHR, notes aside;</li>
 *   <li><b>per session</b>: the clinician's steps on the progress note after PracticeKit drafted it (edits, the
 *       signature, addenda; the session prompt the draft came from is the clinician's documentation itself) and
 *       billing tasks, over the notes signed.</li>
 * </ul>
 * Billing alerts the host's scheduler hands out ({@code practice.due(now)}: an authorization running out, a
 * filing deadline) are not audited events; they are listed under what needs a person when given, never
 * counted in the headline figures.
 */
public final class OwnerSummary {
    private static final String PRACTICEKIT = "practicekit";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE h:mm a", Locale.US);
    private static final Map<String, String> WHAT = new LinkedHashMap<>();

    static {
        WHAT.put("risk.message", "Risk language in a client's message: a clinician reads it");
        WHAT.put("risk.phq9-item9", "A new client's PHQ-9 item 9 was above 0: a clinician follows up");
        WHAT.put("risk.intake-answer", "Risk language in an intake answer: a clinician reads it");
        WHAT.put("risk.waitlist", "A client asking for an appointment shows acute risk: contact them");
        WHAT.put("intake.eligibility", "A new client's insurance needs checking by hand");
        WHAT.put("intake.stalled", "An intake is not finished: call the client");
        WHAT.put("intake.first-appointment", "A new client needs a first appointment booked");
        WHAT.put("intake.step-failed", "An intake step failed: check the EHR or the contact details");
        WHAT.put("scheduling.no-shows", "A client has missed several appointments: reach out");
        WHAT.put("scheduling.ehr-refused", "The EHR refused an appointment: enter it by hand");
        WHAT.put("messaging.delivery-failed", "A message could not be delivered: reach the client another way");
        WHAT.put("messaging.no-show", "A client missed an appointment: decide whether to call");
        WHAT.put("billing.authorization", "A claim is not covered by its prior authorization: check it");
        WHAT.put("billing.denial", "A claim was denied: correct and resubmit it, or appeal");
        WHAT.put("billing.authorization-running-out", "A prior authorization is running out: request an extension");
        WHAT.put("billing.filing-deadline", "A claim is near its filing deadline: send it");
    }

    /**
     * One thing a person must do, without PHI.
     *
     * @param at when it was raised
     * @param urgency IMMEDIATE, SAME_DAY or ROUTINE
     * @param category the stable code ("risk.message")
     * @param what a sentence for the owner
     */
    public record NeedsPerson(Instant at, String urgency, String category, String what) {
        public NeedsPerson {
            Objects.requireNonNull(at, "at == null");
            Objects.requireNonNull(urgency, "urgency == null");
            Objects.requireNonNull(category, "category == null");
            Objects.requireNonNull(what, "what == null");
        }
    }

    private final List<AuditEvent> events;
    private final List<DueWork> dueNow;
    private final Instant dueAt;

    private OwnerSummary(List<AuditEvent> events, List<DueWork> dueNow, Instant dueAt) {
        this.events = List.copyOf(events);
        this.dueNow = List.copyOf(dueNow);
        this.dueAt = Objects.requireNonNull(dueAt, "dueAt == null");
    }

    /** The summary of these audit events (a day's or a week's). */
    public static OwnerSummary of(List<AuditEvent> events) {
        return new OwnerSummary(events, List.of(), Instant.EPOCH);
    }

    /**
     * The summary of these audit events, with the billing alerts of the scheduler's latest
     * {@code practice.due(now)} call, made at {@code dueAt}, listed under what needs a person.
     */
    public static OwnerSummary of(List<AuditEvent> events, List<DueWork> dueNow, Instant dueAt) {
        return new OwnerSummary(events, dueNow, dueAt);
    }

    /** Every task handed to a person, oldest first. */
    public List<NeedsPerson> needsPerson() {
        List<NeedsPerson> out = new ArrayList<>();
        for (AuditEvent e : events) {
            if (e.action().equals(AuditEvent.ESCALATION_RAISED)) {
                String category = e.details().getOrDefault("category", "");
                out.add(new NeedsPerson(e.at(), e.details().getOrDefault("urgency", "ROUTINE"), category,
                        WHAT.getOrDefault(category, "A task for staff (" + category + ")")));
            } else if (e.action().equals("message.risk-escalated")) {
                String level = e.details().getOrDefault("level", "CONCERN");
                out.add(new NeedsPerson(e.at(), RiskLevel.valueOf(level).urgency().name(), "risk.message",
                        WHAT.get("risk.message") + " (" + level.toLowerCase(Locale.ROOT) + ")"));
            } else if (e.action().equals("message.delivery-failed")) {
                out.add(new NeedsPerson(e.at(), "ROUTINE", "messaging.delivery-failed",
                        WHAT.get("messaging.delivery-failed")));
            } else if (isDenial(e)) {
                out.add(new NeedsPerson(e.at(), "ROUTINE", "billing.denial", WHAT.get("billing.denial") + " ($"
                        + money(new BigDecimal(e.details().get("denied"))) + ")"));
            }
        }
        for (DueWork w : dueNow) {
            // The alert's own text names the authorization or the claim; the owner's list keeps to categories.
            if (w instanceof DueWork.AuthorizationRunningOut) {
                out.add(new NeedsPerson(dueAt, "ROUTINE", "billing.authorization-running-out",
                        WHAT.get("billing.authorization-running-out")));
            } else if (w instanceof DueWork.FilingDeadline) {
                out.add(new NeedsPerson(dueAt, "ROUTINE", "billing.filing-deadline", WHAT.get("billing.filing-deadline")));
            }
        }
        return out;
    }

    /** Distinct messages that went out (each message counted once, however many layers recorded it). */
    public int messagesSent() {
        return keys("message.sent", null).size();
    }

    /** Reminders and follow-ups that chased intake forms. */
    public int formsChased() {
        return keys("message.sent", "intake.reminder").size() + keys("message.sent", "intake.follow-up").size();
    }

    public int slotsRefilled() {
        return count("waitlist.filled");
    }

    /** How long the refilled slots sat empty, added up. */
    public long minutesEmpty() {
        return events.stream().filter(e -> e.action().equals("waitlist.filled"))
                .mapToLong(e -> Long.parseLong(e.details().getOrDefault("emptyMinutes", "0"))).sum();
    }

    public int notesDrafted() {
        return count("note.drafted");
    }

    public int claimsSent() {
        return count("claim.submitted");
    }

    /** Client replies (YES, a number, C, X) turned into actions without anyone. */
    public int repliesApplied() {
        return count("message.reply-applied");
    }

    public int appointmentsWrittenToEhr() {
        return count("ehr.appointment.written");
    }

    public BigDecimal billed() {
        return sum("claim.submitted", "charge");
    }

    public BigDecimal paid() {
        return sum("claim.paid", "paid").add(sum("claim.partially-paid", "paid"));
    }

    /** What payers' contracts took off the answered claims' charges: neither paid, denied nor owed by the client. */
    public BigDecimal writtenOff() {
        Map<String, BigDecimal> charge = new LinkedHashMap<>();
        for (AuditEvent e : events) {
            if (e.action().equals("claim.submitted")) {
                charge.put(e.details().get("claimId"), new BigDecimal(e.details().get("charge")));
            }
        }
        BigDecimal out = BigDecimal.ZERO;
        for (AuditEvent e : events) {
            if (isAnswer(e) && charge.containsKey(e.details().get("claimId"))) {
                out = out.add(charge.get(e.details().get("claimId")).subtract(amount(e, "paid"))
                        .subtract(amount(e, "denied")).subtract(amount(e, "patient")));
            }
        }
        return out;
    }

    /** Owed by clients (copays, deductibles) on the answered claims. */
    public BigDecimal clientShare() {
        return events.stream().filter(OwnerSummary::isAnswer).map(e -> amount(e, "patient"))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Denied: lost unless staff correct and resubmit or appeal. */
    public BigDecimal denied() {
        return sum("claim.denied", "denied").add(sum("claim.partially-paid", "denied"));
    }

    /** Charges of claims sent that no remittance has answered yet. */
    public BigDecimal awaitingPayer() {
        Set<String> answered = new LinkedHashSet<>();
        for (AuditEvent e : events) {
            if (isAnswer(e)) {
                answered.add(e.details().get("claimId"));
            }
        }
        BigDecimal out = BigDecimal.ZERO;
        for (AuditEvent e : events) {
            if (e.action().equals("claim.submitted") && !answered.contains(e.details().get("claimId"))) {
                out = out.add(new BigDecimal(e.details().get("charge")));
            }
        }
        return out;
    }

    /** Clients whose intake the workflow routed to the EHR. */
    public Set<String> newClients() {
        Set<String> out = new LinkedHashSet<>();
        events.stream().filter(e -> e.action().equals("ehr.intake.routed") && e.details().containsKey("caseId"))
                .forEach(e -> out.add(e.subject()));
        return out;
    }

    /** Staff actions about new clients: tasks handed to a person and steps people took, notes aside. */
    public int staffActionsForNewClients() {
        Set<String> clients = newClients();
        return (int) events.stream().filter(e -> clients.contains(e.subject()))
                .filter(e -> isTask(e) ? !isBillingTask(e) : isPersonStep(e) && !e.action().startsWith("note."))
                .count();
    }

    public double staffActionsPerNewClient() {
        return ratio(staffActionsForNewClients(), newClients().size());
    }

    /** Progress notes signed (addenda are signed separately and not counted as sessions). */
    public int sessions() {
        return count("note.signed");
    }

    /** The clinician's steps on their notes after the draft, and billing tasks. */
    public int staffActionsForSessions() {
        return (int) events.stream().filter(e -> (isPersonStep(e) && e.action().startsWith("note.")
                && !e.action().equals("note.drafted")) || isBillingTask(e)).count();
    }

    public double staffActionsPerSession() {
        return ratio(staffActionsForSessions(), sessions());
    }

    /** The summary as lines for the owner, times in {@code zone}. */
    public List<String> lines(ZoneId zone) {
        List<String> out = new ArrayList<>();
        List<NeedsPerson> needs = needsPerson();
        out.add("What needs a person now (" + needs.size() + "):");
        for (NeedsPerson n : needs) {
            out.add("  - " + TIME.format(n.at().atZone(zone)) + "  " + urgency(n.urgency()) + "  " + n.what() + ".");
        }
        out.add("What PracticeKit did without anyone:");
        out.add("  - " + messagesSent() + " texts and emails sent, each naming the practice and how to opt out; "
                + formsChased() + " of them chased intake forms.");
        out.add("  - " + slotsRefilled() + (slotsRefilled() == 1 ? " cancelled slot" : " cancelled slots")
                + " refilled from the waitlist (empty " + minutesEmpty() + " minutes in all); " + repliesApplied()
                + " client replies applied; " + appointmentsWrittenToEhr() + " appointment changes written to the EHR.");
        out.add("  - " + notesDrafted() + " progress notes drafted for review; " + claimsSent() + " claims sent.");
        out.add("Money: billed $" + money(billed()) + ", paid $" + money(paid()) + ", written off under payer contracts $"
                + money(writtenOff()) + ", owed by clients $" + money(clientShare()) + ", denied $" + money(denied())
                + " (at risk until corrected and resubmitted), awaiting the payer $" + money(awaitingPayer()) + ".");
        out.add(String.format(Locale.US, "Staff actions per new client: %.1f (%d new %s); per session: %.1f (%d %s)."
                + " Counted from the audit log.", staffActionsPerNewClient(), newClients().size(),
                newClients().size() == 1 ? "client" : "clients", staffActionsPerSession(), sessions(),
                sessions() == 1 ? "session" : "sessions"));
        return out;
    }

    private static String urgency(String u) {
        return switch (u) {
            case "IMMEDIATE" -> "NOW     ";
            case "SAME_DAY" -> "TODAY   ";
            default -> "ROUTINE ";
        };
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static double ratio(int actions, int of) {
        return of == 0 ? 0 : (double) actions / of;
    }

    private boolean isTask(AuditEvent e) {
        return e.action().equals(AuditEvent.ESCALATION_RAISED) || e.action().equals("message.risk-escalated")
                || e.action().equals("message.delivery-failed") || isDenial(e);
    }

    private boolean isBillingTask(AuditEvent e) {
        return e.action().equals(AuditEvent.ESCALATION_RAISED) && e.details().getOrDefault("category", "").startsWith("billing.")
                || isDenial(e);
    }

    /** A remittance that denied some or all of a claim: someone corrects and resubmits it, or appeals. */
    private static boolean isDenial(AuditEvent e) {
        return isAnswer(e) && amount(e, "denied").signum() > 0;
    }

    private static boolean isAnswer(AuditEvent e) {
        return e.action().equals("claim.paid") || e.action().equals("claim.partially-paid") || e.action().equals("claim.denied");
    }

    private static BigDecimal amount(AuditEvent e, String detail) {
        return new BigDecimal(e.details().getOrDefault(detail, "0"));
    }

    /** A step a person other than the client took on the client's record. */
    private static boolean isPersonStep(AuditEvent e) {
        return !e.actor().equals(PRACTICEKIT) && !e.actor().equals(e.subject()) && !e.subject().isEmpty();
    }

    private int count(String action) {
        return (int) events.stream().filter(e -> e.action().equals(action)).count();
    }

    private Set<String> keys(String action, String purpose) {
        Set<String> out = new LinkedHashSet<>();
        for (AuditEvent e : events) {
            if (e.action().equals(action) && (purpose == null || purpose.equals(e.details().get("purpose")))) {
                out.add(e.details().getOrDefault("key", e.toString()));
            }
        }
        return out;
    }

    private BigDecimal sum(String action, String detail) {
        BigDecimal out = BigDecimal.ZERO;
        for (AuditEvent e : events) {
            if (e.action().equals(action) && e.details().containsKey(detail)) {
                out = out.add(new BigDecimal(e.details().get(detail)));
            }
        }
        return out;
    }
}
