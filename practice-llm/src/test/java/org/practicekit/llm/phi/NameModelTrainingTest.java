package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Retraining the token models on the committed training data gives the bundled files byte for byte, so the
 * weights in practice-llm are the ones this data and code make. With {@code -Dphi.model.write=true} the test
 * first writes the retrained model over the bundled one (the training command in docs/phi-detection.md).
 */
class NameModelTrainingTest {
    @Test
    void retrainingGivesTheBundledModel() throws Exception {
        retrainedIsBundled(NameModelTraining.trainedBytes(), NameModelTraining.RESOURCE);
    }

    @Test
    void retrainingGivesTheBundledTemplateModel() throws Exception {
        retrainedIsBundled(NameModelTraining.templateBytes(), NameModelTraining.TEMPLATES);
    }

    private static void retrainedIsBundled(byte[] trained, Path bundled) throws IOException {
        if (Boolean.getBoolean("phi.model.write")) {
            Files.write(bundled, trained);
        }
        assertThat(trained).as("retrained model differs from %s: retrain with -Dphi.model.write=true", bundled)
                .isEqualTo(Files.readAllBytes(bundled));
    }
}
