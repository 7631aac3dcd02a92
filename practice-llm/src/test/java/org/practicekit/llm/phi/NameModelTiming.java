package org.practicekit.llm.phi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.practicekit.llm.phi.PhiCorpus.Snippet;
import org.practicekit.llm.phi.internal.NameTokenModel;

/**
 * What the token model costs per snippet (round 29c): the bundled pair (template model first, retrained one on
 * what it left) against the retrained model alone (round 29b), over the dev-independent files given as arguments;
 * the rules' spans are left out so every candidate word is scored. A tuning aid, not a test.
 */
final class NameModelTiming {
    private NameModelTiming() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : args) {
            for (Snippet s : PhiCorpus.corpus(name)) {
                texts.add(s.text());
            }
        }
        NameTokenModel alone;
        try (InputStream in = NameTokenModel.class.getResourceAsStream("name-model.bin")) {
            alone = NameTokenModel.of(NameTokenModel.read(in.readAllBytes()), NameTokenModel.THRESHOLD);
        }
        NameTokenModel pair = NameTokenModel.shared();
        for (int round = 0; round < 10; round++) {
            System.out.printf("round %d: retrained alone %.1f ms, template then retrained %.1f ms (%d snippets)%n",
                    round, time(alone, texts), time(pair, texts), texts.size());
        }
    }

    private static double time(NameTokenModel model, List<String> texts) {
        long start = System.nanoTime();
        int spans = 0;
        for (String t : texts) {
            spans += model.addTo(t, List.of()).size();
        }
        if (spans < 0) {
            throw new IllegalStateException();
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
