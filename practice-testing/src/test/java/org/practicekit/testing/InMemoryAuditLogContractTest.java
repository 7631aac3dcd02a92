package org.practicekit.testing;

import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.spi.AuditLog;

class InMemoryAuditLogContractTest extends AuditLogContract {
    @Override
    protected AuditLog newLog() {
        return new InMemoryAuditLog();
    }
}
