package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Retraining the token models on the committed training data gives the bundled files byte for byte, so the
 * weights in practice-llm are the ones this data and code make. With {@code -Dphi.model.write=true} the test
 * first writes the retrained model over the bundled one (the training command in docs/phi-detection.md).
 */
class NameModelTrainingTest {
    @Test
    void retrainingGivesTheBundledModel() throws Exception {
        byte[] trained = NameModelTraining.trainedBytes();
        if (Boolean.getBoolean("phi.model.write")) {
            Files.write(NameModelTraining.RESOURCE, trained);
        }
        assertThat(trained).as("retrained model differs from %s: retrain with -Dphi.model.write=true",
                NameModelTraining.RESOURCE).isEqualTo(Files.readAllBytes(NameModelTraining.RESOURCE));
    }

    @Test
    void retrainingGivesTheBundledTemplateModel() throws Exception {
        byte[] trained = NameModelTraining.templateBytes();
        if (Boolean.getBoolean("phi.model.write")) {
            Files.write(NameModelTraining.TEMPLATES, trained);
        }
        assertThat(trained).as("retrained first model differs from %s: retrain with -Dphi.model.write=true",
                NameModelTraining.TEMPLATES).isEqualTo(Files.readAllBytes(NameModelTraining.TEMPLATES));
    }
}
