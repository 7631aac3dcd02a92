package org.practicekit.core.archfixture;

/** Deliberately broken: a core class that reads X12 with StAEDI. Only the architecture tests load it. */
public class CoreClassUsingStaedi {
    public Object factory() {
        return io.xlate.edi.stream.EDIInputFactory.newFactory();
    }
}
