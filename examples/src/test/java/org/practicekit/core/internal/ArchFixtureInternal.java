package org.practicekit.core.internal;

/** Stands in for a core implementation detail in the architecture tests. */
public class ArchFixtureInternal {
}
