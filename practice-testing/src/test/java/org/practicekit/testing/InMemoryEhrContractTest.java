package org.practicekit.testing;

import org.practicekit.core.inmemory.InMemoryEhr;
import org.practicekit.core.spi.EhrAdapter;

class InMemoryEhrContractTest extends EhrAdapterContract {
    @Override
    protected EhrAdapter newEhr() {
        return new InMemoryEhr();
    }
}
