package org.practicekit.fhir.internal;

import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.Appointment.AppointmentParticipantComponent;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.LocationId;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.model.TimeSlot;
import org.practicekit.fhir.FhirIdentifierSystems;

/**
 * Appointment ↔ Appointment. Status: booked (client yet to confirm: participant needs-action),
 * booked + accepted (confirmed), fulfilled, cancelled (reason "pat"; a late cancel adds the practice's
 * "late-cancel" code), noshow. The clinician and office are referenced by identifier.
 */
public final class AppointmentMapper {
    private final FhirIdentifierSystems ids;
    private final String serviceTypeSystem;
    private final String cancelSystem;
    private final String modalityExtension;

    public AppointmentMapper(FhirIdentifierSystems ids) {
        this.ids = ids;
        this.serviceTypeSystem = ids.base() + "/CodeSystem/service-type";
        this.cancelSystem = ids.base() + "/CodeSystem/cancellation";
        this.modalityExtension = ids.base() + "/StructureDefinition/appointment-modality";
    }

    public org.hl7.fhir.r4.model.Appointment toFhir(Appointment a, String patientRef) {
        org.hl7.fhir.r4.model.Appointment f = Profiles.base(new org.hl7.fhir.r4.model.Appointment());
        f.addIdentifier(Codes.identifier(ids.appointment(), a.id().value()));
        a.seriesId().ifPresent(s -> f.addIdentifier(Codes.identifier(ids.appointmentSeries(), s)));
        f.setStatus(status(a.status()));
        if (a.status() == org.practicekit.core.model.AppointmentStatus.CANCELLED
                || a.status() == org.practicekit.core.model.AppointmentStatus.LATE_CANCELLED) {
            CodeableConcept reason = Codes.concept(Codes.CANCELLATION_REASON, "pat", "Patient");
            if (a.status() == org.practicekit.core.model.AppointmentStatus.LATE_CANCELLED) {
                reason.addCoding(new Coding(cancelSystem, "late-cancel", "Cancelled inside the late-cancel window"));
            }
            f.setCancelationReason(reason);
        }
        f.addServiceType(Codes.concept(serviceTypeSystem, code(a.serviceType().name()), null));
        f.setStart(Date.from(a.slot().start()));
        f.setEnd(Date.from(a.slot().end()));
        f.setMinutesDuration((int) a.slot().duration().toMinutes());
        f.addExtension(new Extension(modalityExtension, new CodeType(code(a.modality().name()))));

        AppointmentParticipantComponent client = f.addParticipant();
        client.setActor(new Reference(patientRef).setType("Patient")
                .setIdentifier(Codes.identifier(ids.client(), a.clientId().value())));
        client.setStatus(clientStatus(a.status()));
        AppointmentParticipantComponent clinician = f.addParticipant();
        clinician.addType(Codes.concept(Codes.PARTICIPATION_TYPE, "PPRF", "primary performer"));
        clinician.setActor(new Reference().setType("Practitioner")
                .setIdentifier(Codes.identifier(ids.clinician(), a.clinicianId().value())));
        clinician.setStatus(ParticipationStatus.ACCEPTED);
        a.locationId().ifPresent(l -> f.addParticipant()
                .setActor(new Reference().setType("Location").setIdentifier(Codes.identifier(ids.location(), l.value())))
                .setStatus(ParticipationStatus.ACCEPTED));
        return f;
    }

    private static String code(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static AppointmentStatus status(org.practicekit.core.model.AppointmentStatus s) {
        switch (s) {
            case COMPLETED:
                return AppointmentStatus.FULFILLED;
            case CANCELLED:
            case LATE_CANCELLED:
                return AppointmentStatus.CANCELLED;
            case NO_SHOW:
                return AppointmentStatus.NOSHOW;
            default:
                return AppointmentStatus.BOOKED;
        }
    }

    private static ParticipationStatus clientStatus(org.practicekit.core.model.AppointmentStatus s) {
        switch (s) {
            case BOOKED:
                return ParticipationStatus.NEEDSACTION;
            case CANCELLED:
            case LATE_CANCELLED:
                return ParticipationStatus.DECLINED;
            default:
                return ParticipationStatus.ACCEPTED;
        }
    }

    /** The appointment in {@code f}, or empty when it is not one of the practice's (no practice identifiers). */
    public Optional<Appointment> fromFhir(org.hl7.fhir.r4.model.Appointment f) {
        Optional<String> id = identifier(f.getIdentifier(), ids.appointment());
        Optional<String> client = Optional.empty();
        Optional<String> clinician = Optional.empty();
        Optional<String> location = Optional.empty();
        ParticipationStatus clientStatus = null;
        for (AppointmentParticipantComponent p : f.getParticipant()) {
            Identifier i = p.getActor().getIdentifier();
            if (ids.client().equals(i.getSystem()) && i.hasValue()) {
                client = Optional.of(i.getValue());
                clientStatus = p.getStatus();
            } else if (ids.clinician().equals(i.getSystem()) && i.hasValue()) {
                clinician = Optional.of(i.getValue());
            } else if (ids.location().equals(i.getSystem()) && i.hasValue()) {
                location = Optional.of(i.getValue());
            }
        }
        Optional<ServiceType> service = f.getServiceType().stream().flatMap(c -> c.getCoding().stream())
                .filter(c -> serviceTypeSystem.equals(c.getSystem())).map(c -> enumValue(ServiceType.class, c.getCode()))
                .flatMap(Optional::stream).findFirst();
        if (id.isEmpty() || client.isEmpty() || clinician.isEmpty() || service.isEmpty() || !f.hasStart()
                || !f.hasEnd() || !f.getEnd().after(f.getStart())) {
            return Optional.empty();
        }
        Extension ext = f.getExtensionByUrl(modalityExtension);
        Modality modality = ext == null || ext.getValue() == null ? null
                : enumValue(Modality.class, ext.getValue().primitiveValue()).orElse(null);
        if (modality == null) {
            modality = location.isPresent() ? Modality.IN_PERSON : Modality.TELEHEALTH_VIDEO;
        }
        if (modality == Modality.IN_PERSON && location.isEmpty()) {
            return Optional.empty();
        }
        Appointment.Builder b = Appointment.builder().id(AppointmentId.of(id.get())).clientId(ClientId.of(client.get()))
                .clinicianId(ClinicianId.of(clinician.get())).serviceType(service.get())
                .slot(new TimeSlot(f.getStart().toInstant(), f.getEnd().toInstant())).modality(modality)
                .status(status(f, clientStatus));
        location.ifPresent(l -> b.locationId(LocationId.of(l)));
        identifier(f.getIdentifier(), ids.appointmentSeries()).ifPresent(b::seriesId);
        return Optional.of(b.build());
    }

    private org.practicekit.core.model.AppointmentStatus status(org.hl7.fhir.r4.model.Appointment f,
            ParticipationStatus clientStatus) {
        AppointmentStatus s = f.getStatus();
        if (s == AppointmentStatus.FULFILLED || s == AppointmentStatus.ARRIVED || s == AppointmentStatus.CHECKEDIN) {
            return org.practicekit.core.model.AppointmentStatus.COMPLETED;
        }
        if (s == AppointmentStatus.NOSHOW) {
            return org.practicekit.core.model.AppointmentStatus.NO_SHOW;
        }
        if (s == AppointmentStatus.CANCELLED) {
            return Codes.has(f.getCancelationReason(), cancelSystem, "late-cancel")
                    ? org.practicekit.core.model.AppointmentStatus.LATE_CANCELLED
                    : org.practicekit.core.model.AppointmentStatus.CANCELLED;
        }
        return clientStatus == ParticipationStatus.ACCEPTED
                ? org.practicekit.core.model.AppointmentStatus.CONFIRMED
                : org.practicekit.core.model.AppointmentStatus.BOOKED;
    }

    private static Optional<String> identifier(java.util.List<Identifier> identifiers, String system) {
        return identifiers.stream().filter(i -> system.equals(i.getSystem()) && i.hasValue()).map(Identifier::getValue)
                .findFirst();
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, code.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
