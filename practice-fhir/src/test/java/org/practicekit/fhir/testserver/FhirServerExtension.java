package org.practicekit.fhir.testserver;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link EmbeddedFhirServer} per test JVM (kept in JUnit's root store and closed when the run
 * ends), emptied before every test and injected as a parameter.
 */
public final class FhirServerExtension implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(FhirServerExtension.class);

    /** Holds the server, or the reason it did not start, so a failed start is not repeated per test. */
    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        private EmbeddedFhirServer server;
        private RuntimeException failure;

        Holder() {
            try {
                server = EmbeddedFhirServer.start();
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }

    static EmbeddedFhirServer server(ExtensionContext context) {
        Holder h = context.getRoot().getStore(NS).getOrComputeIfAbsent(Holder.class, k -> new Holder(), Holder.class);
        if (h.failure != null) {
            throw new IllegalStateException("the shared FHIR server failed to start earlier in this run", h.failure);
        }
        return h.server;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == EmbeddedFhirServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return server(e);
    }
}
