package org.practicekit.core.archfixture;

/** Deliberately broken: a core class that uses Jackson. */
public class CoreClassUsingJackson {
    public Object mapper() {
        return new com.fasterxml.jackson.databind.ObjectMapper();
    }
}
