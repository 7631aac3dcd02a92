package org.practicekit.core.archfixture;

/** Deliberately broken: a core class that reaches up into practice-llm. */
public class CoreClassUsingLlm {
    public Object message() {
        return org.practicekit.llm.LlmMessage.user("x");
    }
}
