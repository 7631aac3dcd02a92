package org.practicekit.notes.archfixture;

/** Deliberately broken: notes code that uses core's internal package. */
public class NotesClassUsingCoreInternal {
    public Object internal() {
        return new org.practicekit.core.internal.ArchFixtureInternal();
    }
}
