package org.practicekit.notes.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.practicekit.core.billing.CptLine;
import org.practicekit.core.billing.CptSuggestion;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.store.StoredFields;
import org.practicekit.notes.DrafterKind;

/** Writes notes to and reads them from the workflow store's text payload. */
final class NoteCodec {
    private NoteCodec() {
    }

    static String encode(ProgressNote n) {
        StoredFields f = StoredFields.create().put("id", n.id()).put("status", n.status().name())
                .put("client", n.clientId().value()).put("clinician", n.clinicianId().value())
                .put("format", n.formatName()).put("writtenBy", n.writtenBy().name()).put("drafter", n.drafterName())
                .putOptional("fallbackReason", n.fallbackReason()).put("provenance", n.provenance())
                .put("exported", n.exported()).putOptional("amends", n.amendsNoteId());
        f.put("section.count", n.sections().size());
        for (int i = 0; i < n.sections().size(); i++) {
            NoteSectionText s = n.sections().get(i);
            f.put("section." + i + ".key", s.key()).put("section." + i + ".heading", s.heading())
                    .put("section." + i + ".text", s.text());
        }
        f.put("edit.count", n.edits().size());
        for (int i = 0; i < n.edits().size(); i++) {
            NoteEdit e = n.edits().get(i);
            f.put("edit." + i + ".at", e.at().toString()).put("edit." + i + ".by", e.editor().value())
                    .put("edit." + i + ".section", e.sectionKey()).put("edit." + i + ".before", e.before())
                    .put("edit." + i + ".after", e.after());
        }
        DocumentedSession s = n.session();
        f.put("session.date", s.date().toString()).put("session.start", s.start().toString())
                .put("session.end", s.end().toString()).put("session.service", s.serviceType().name())
                .put("session.modality", s.modality().name()).put("session.home", s.clientAtHome())
                .putOptional("session.payer", s.payer().map(Enum::name)).put("session.ic", s.interactiveComplexity())
                .putList("session.dx", s.diagnosisCodes()).putList("session.goals", s.goals());
        n.cptSuggestion().ifPresent(c -> {
            List<String> lines = new ArrayList<>();
            c.lines().forEach(l -> lines.add(l.code() + "|" + l.units() + "|" + String.join(",", l.modifiers())));
            f.put("cpt.billable", c.billable()).putList("cpt.lines", lines).put("cpt.pos", c.placeOfService())
                    .putList("cpt.rationale", c.rationale()).putList("cpt.warnings", c.warnings());
        });
        f.putList("cpt.confirmed", n.confirmedCodes());
        n.signature().ifPresent(sig -> f.put("sig.by", sig.signer().value()).put("sig.name", sig.signerName())
                .put("sig.credentials", sig.credentials()).put("sig.at", sig.signedAt().toString())
                .put("sig.sha256", sig.contentSha256()).put("signedContent", n.content()));
        return f.encode();
    }

    static ProgressNote decode(String payload) {
        StoredFields f = StoredFields.decode(payload);
        List<NoteSectionText> sections = new ArrayList<>();
        for (int i = 0; i < f.requireLong("section.count"); i++) {
            sections.add(new NoteSectionText(f.require("section." + i + ".key"), f.require("section." + i + ".heading"),
                    f.require("section." + i + ".text")));
        }
        List<NoteEdit> edits = new ArrayList<>();
        for (int i = 0; i < f.requireLong("edit.count"); i++) {
            edits.add(new NoteEdit(Instant.parse(f.require("edit." + i + ".at")),
                    ClinicianId.of(f.require("edit." + i + ".by")), f.require("edit." + i + ".section"),
                    f.require("edit." + i + ".before"), f.require("edit." + i + ".after")));
        }
        DocumentedSession session = new DocumentedSession(LocalDate.parse(f.require("session.date")),
                LocalTime.parse(f.require("session.start")), LocalTime.parse(f.require("session.end")),
                ServiceType.valueOf(f.require("session.service")), Modality.valueOf(f.require("session.modality")),
                f.requireBoolean("session.home"), f.get("session.payer").map(PayerKind::valueOf),
                f.requireBoolean("session.ic"), f.getList("session.dx"), f.getList("session.goals"));
        CptSuggestion cpt = null;
        if (f.get("cpt.billable").isPresent()) {
            List<CptLine> lines = new ArrayList<>();
            for (String l : f.getList("cpt.lines")) {
                String[] parts = l.split("\\|", -1);
                List<String> mods = parts[2].isEmpty() ? List.of() : Arrays.asList(parts[2].split(","));
                lines.add(new CptLine(parts[0], Integer.parseInt(parts[1]), mods));
            }
            cpt = new CptSuggestion(f.requireBoolean("cpt.billable"), lines, f.require("cpt.pos"),
                    f.getList("cpt.rationale"), f.getList("cpt.warnings"));
        }
        Signature sig = null;
        if (f.get("sig.sha256").isPresent()) {
            sig = new Signature(ClinicianId.of(f.require("sig.by")), f.require("sig.name"),
                    f.require("sig.credentials"), Instant.parse(f.require("sig.at")), f.require("sig.sha256"));
        }
        Optional<String> fallback = f.get("fallbackReason");
        return new ProgressNote(f.require("id"), NoteStatus.valueOf(f.require("status")),
                ClientId.of(f.require("client")), ClinicianId.of(f.require("clinician")), f.require("format"), sections,
                DrafterKind.valueOf(f.require("writtenBy")), f.require("drafter"), fallback.orElse(null),
                f.require("provenance"), edits, session, cpt, f.getList("cpt.confirmed"),
                f.get("signedContent").orElse(null), sig, f.get("amends").orElse(null), f.requireBoolean("exported"));
    }

    static String encode(PsychotherapyNote n) {
        return StoredFields.create().put("id", n.id()).put("client", n.clientId().value())
                .put("author", n.author().value()).put("date", n.sessionDate().toString())
                .put("at", n.writtenAt().toString()).put("text", n.text()).encode();
    }

    static PsychotherapyNote decodePsychotherapy(String payload) {
        StoredFields f = StoredFields.decode(payload);
        return new PsychotherapyNote(f.require("id"), ClientId.of(f.require("client")),
                ClinicianId.of(f.require("author")), LocalDate.parse(f.require("date")), Instant.parse(f.require("at")),
                f.require("text"));
    }
}
