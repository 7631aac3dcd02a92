package org.practicekit.notes;

/** Sample prompts for tests in other packages. */
public final class TestPrompts {
    private TestPrompts() {
    }

    public static SessionPrompt couples() {
        return SamplePrompts.couples();
    }

    public static SessionPrompt panic() {
        return SamplePrompts.panic();
    }

    public static SessionPrompt crisis() {
        return SamplePrompts.crisis();
    }
}
