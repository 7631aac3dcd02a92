package org.practicekit.core.spi;

import java.time.LocalDate;
import java.util.Objects;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.ServiceType;

/** A question to a payer: is this client's coverage active for this service on this date? */
public final class EligibilityRequest {
    private final Client client;
    private final Coverage coverage;
    private final LocalDate serviceDate;
    private final ServiceType serviceType;

    private EligibilityRequest(Builder b) {
        this.client = Objects.requireNonNull(b.client, "client == null");
        this.coverage = Objects.requireNonNull(b.coverage, "coverage == null");
        this.serviceDate = Objects.requireNonNull(b.serviceDate, "serviceDate == null");
        this.serviceType = Objects.requireNonNull(b.serviceType, "serviceType == null");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().client(client).coverage(coverage).serviceDate(serviceDate).serviceType(serviceType);
    }

    public Client client() {
        return client;
    }

    public Coverage coverage() {
        return coverage;
    }

    public LocalDate serviceDate() {
        return serviceDate;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    @Override
    public String toString() {
        return "EligibilityRequest[" + client.id() + ", " + coverage + ", " + serviceDate + "]";
    }

    /** Builds an {@link EligibilityRequest}. Default service type: INDIVIDUAL. */
    public static final class Builder {
        private Client client;
        private Coverage coverage;
        private LocalDate serviceDate;
        private ServiceType serviceType = ServiceType.INDIVIDUAL;

        private Builder() {
        }

        public Builder client(Client client) {
            this.client = Objects.requireNonNull(client, "client == null");
            return this;
        }

        public Builder coverage(Coverage coverage) {
            this.coverage = Objects.requireNonNull(coverage, "coverage == null");
            return this;
        }

        public Builder serviceDate(LocalDate serviceDate) {
            this.serviceDate = Objects.requireNonNull(serviceDate, "serviceDate == null");
            return this;
        }

        public Builder serviceType(ServiceType serviceType) {
            this.serviceType = Objects.requireNonNull(serviceType, "serviceType == null");
            return this;
        }

        public EligibilityRequest build() {
            return new EligibilityRequest(this);
        }
    }
}
