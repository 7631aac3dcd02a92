package org.practicekit.testing;

import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.InMemoryWorkflowStore;

class InMemoryWorkflowStoreContractTest extends WorkflowStoreContract {
    @Override
    protected WorkflowStore newStore() {
        return new InMemoryWorkflowStore();
    }
}
