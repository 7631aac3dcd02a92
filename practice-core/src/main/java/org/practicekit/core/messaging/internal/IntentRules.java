package org.practicekit.core.messaging.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.core.messaging.IntentRouter;
import org.practicekit.core.messaging.MessageIntent;

/**
 * Keyword rules for the queue a message belongs to. Counts the cues of each queue and picks the
 * one with most; ties go to scheduling, then intake, then billing (the order in which a wrong
 * queue costs the client most). No cue: the staff inbox.
 */
public final class IntentRules implements IntentRouter {
    /** Shared: no mutable state. */
    public static final IntentRules INSTANCE = new IntentRules();

    private static final Pattern SCHEDULING = Pattern.compile("\\b(?:reschedule|rescheduling|re schedule|cancel|cancelling|"
            + "canceling|(?:running|will be|going to be|be) (?:\\w+ ){0,3}late|availability|opening|openings|book|booking|"
            + "earlier|later time|another time|different time|other time|move my|switch to|telehealth|video visit|"
            + "can not make it|not make it|can not come|what time is|change my (?:appointment|session|time)|"
            + "next (?:appointment|session) is|cita|cambiar|reprogramar|cancelar|horario)\\b");
    private static final Pattern INTAKE = Pattern.compile("\\b(?:forms?|intake|paperwork|questionnaire|consent|release of "
            + "information|new client|packet|portal|sign up|signup|upload|uploaded|submit|submitted|formulario|formularios|"
            + "admision|documentos)\\b");
    private static final Pattern BILLING = Pattern.compile("\\b(?:bill|billed|billing|bills|invoice|invoices|charge|charged|"
            + "charges|fee|fees|payment|payments|pay|paid|copay|co pay|coinsurance|insurance|insurer|deductible|receipt|"
            + "superbill|refund|statement|balance|card on file|credit card|hsa|fsa|claim|claims|aetna|cigna|medicaid|medicare|"
            + "blue cross|united|out of network|in network|factura|seguro|pago|cobro)\\b");

    private IntentRules() {
    }

    @Override
    public MessageIntent intentOf(String text) {
        String t = MessageText.normalize(text);
        int scheduling = count(SCHEDULING, t);
        int intake = count(INTAKE, t);
        int billing = count(BILLING, t);
        if (scheduling == 0 && intake == 0 && billing == 0) {
            return MessageIntent.STAFF;
        }
        if (scheduling >= intake && scheduling >= billing) {
            return MessageIntent.SCHEDULING;
        }
        return intake >= billing ? MessageIntent.INTAKE : MessageIntent.BILLING;
    }

    private static int count(Pattern p, String text) {
        int n = 0;
        Matcher m = p.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
