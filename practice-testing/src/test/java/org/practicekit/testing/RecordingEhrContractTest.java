package org.practicekit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.practicekit.core.RetriableException;
import org.practicekit.core.spi.EhrAdapter;

class RecordingEhrContractTest extends EhrAdapterContract {
    @Override
    protected EhrAdapter newEhr() {
        return new RecordingEhr();
    }

    @Test
    void aLostResponseLeavesTheWriteCommittedSoTheRetryFindsIt() {
        RecordingEhr ehr = new RecordingEhr().loseNextResponse();
        assertThatThrownBy(() -> ehr.routeIntake(sampleIntake("c-lost"))).isInstanceOf(RetriableException.class);
        assertThat(ehr.clientCount()).isEqualTo(1);
        assertThat(ehr.routeIntake(sampleIntake("c-lost")).created()).isFalse();
        assertThat(ehr.clientCount()).isEqualTo(1);
        assertThat(ehr.callCount("routeIntake")).isEqualTo(2);
    }

    @Test
    void aRefusedWriteWritesNothing() {
        RecordingEhr ehr = new RecordingEhr().refuseNext(1);
        assertThatThrownBy(() -> ehr.routeIntake(sampleIntake("c-refused"))).isInstanceOf(RetriableException.class);
        assertThat(ehr.clientCount()).isZero();
    }
}
