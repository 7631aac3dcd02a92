package org.practicekit.core.archfixture;

/** Deliberately broken: library code that depends on the examples. */
public class CoreClassUsingExamples {
    public Object zone() {
        return org.practicekit.examples.DemoPractice.ZONE;
    }
}
