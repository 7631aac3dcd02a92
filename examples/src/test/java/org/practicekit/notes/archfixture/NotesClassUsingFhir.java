package org.practicekit.notes.archfixture;

/** Deliberately broken: notes code that uses HAPI FHIR types. */
public class NotesClassUsingFhir {
    public Object patient() {
        return new org.hl7.fhir.r4.model.Patient();
    }
}
