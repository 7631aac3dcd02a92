package org.practicekit.llm.archfixture;

/** Deliberately broken: llm code that depends on the notes module (a cycle). */
public class LlmClassUsingNotes {
    public Object notes() {
        return org.practicekit.notes.archfixture.NotesClassUsingFhir.class;
    }
}
