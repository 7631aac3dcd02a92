package org.practicekit.fhir.testserver;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.okhttp.client.OkHttpRestfulClientFactory;
import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Parameters;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * HAPI FHIR's JPA server (R4, H2 in memory) behind Jetty 12 on 127.0.0.1 at a free port, base path
 * {@code /fhir}. Starting takes 20-30 s on two cores and needs about 512 MB of heap, so share one per
 * JVM ({@link FhirServerExtension} does for tests). {@link #reset()} empties it.
 */
public final class EmbeddedFhirServer implements AutoCloseable {
    private final AnnotationConfigApplicationContext spring;
    private final Server jetty;
    private final String baseUrl;
    private final IGenericClient admin;

    private EmbeddedFhirServer(AnnotationConfigApplicationContext spring, Server jetty, String baseUrl) {
        this.spring = spring;
        this.jetty = jetty;
        this.baseUrl = baseUrl;
        // HAPI clients take their HTTP client from the context's factory, so this one gets its own context.
        FhirContext ctx = FhirContext.forR4();
        OkHttpRestfulClientFactory factory = new OkHttpRestfulClientFactory(ctx);
        factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
        // The first request after start and $expunge can take minutes on a busy two-core machine.
        factory.setSocketTimeout(300_000);
        factory.setConnectTimeout(30_000);
        ctx.setRestfulClientFactory(factory);
        this.admin = factory.newGenericClient(baseUrl);
    }

    /** Starts a server and waits until it answers. */
    public static EmbeddedFhirServer start() {
        AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext(EmbeddedJpaConfig.class);
        Server jetty = new Server();
        try {
            RestfulServer rest = new RestfulServer(spring.getBean(FhirContext.class));
            rest.registerProviders(spring.getBean(ResourceProviderFactory.class).createProviders());
            rest.registerProvider(spring.getBean("mySystemProviderR4"));
            rest.setPagingProvider(spring.getBean(DatabaseBackedPagingProvider.class));
            ServerConnector connector = new ServerConnector(jetty);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            jetty.addConnector(connector);
            ServletContextHandler handler = new ServletContextHandler();
            handler.setContextPath("/");
            handler.addServlet(new ServletHolder(rest), "/fhir/*");
            jetty.setHandler(handler);
            jetty.start();
            EmbeddedFhirServer server = new EmbeddedFhirServer(spring, jetty,
                    "http://127.0.0.1:" + connector.getLocalPort() + "/fhir");
            // The first request initialises the server's conformance machinery (seconds): do it now.
            server.admin.capabilities().ofType(CapabilityStatement.class).execute();
            return server;
        } catch (Exception e) {
            try {
                jetty.stop();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            spring.close();
            throw new IllegalStateException("the embedded FHIR server did not start", e);
        }
    }

    /** {@code http://127.0.0.1:<port>/fhir}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** A plain HAPI client on this server, for checks that bypass PracticeKit. */
    public IGenericClient client() {
        return admin;
    }

    /** Deletes every resource and its history ({@code $expunge expungeEverything}). */
    public void reset() {
        Parameters p = new Parameters();
        p.addParameter().setName("expungeEverything").setValue(new BooleanType(true));
        admin.operation().onServer().named("$expunge").withParameters(p).execute();
    }

    /** How many resources of {@code type} the server holds. */
    public int count(String type) {
        Bundle b = admin.search().forResource(type).summaryMode(SummaryEnum.COUNT).returnBundle(Bundle.class).execute();
        return b.getTotal();
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the embedded FHIR server did not stop", e);
        } finally {
            spring.close();
        }
    }
}
