package org.practicekit.llm.phi;

/** Prints in-sample and dev figures (a tuning aid; never the blind rounds). Args: "guard" to run the guard too. */
final class PhiDevReport {
    private PhiDevReport() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("show")) {
            var residual = new org.practicekit.llm.phi.internal.ResidualCheck();
            for (int i = 1; i < args.length; i++) {
                String t = args[i];
                System.out.println(t);
                PatternPhiDetector.builder().build().detect(t).forEach(s -> System.out.println("  detector " + s.type()
                        + " '" + s.textOf(t) + "' " + s.score()));
                residual.namesToReplace(t).forEach(s -> System.out.println("  residual " + s.type() + " '"
                        + s.textOf(t) + "'"));
                System.out.println("  numbers " + residual.identifierNumbers(t));
            }
            return;
        }
        boolean guard = args.length > 0 && args[0].equals("guard");
        for (String name : new String[] {"in-sample", "dev"}) {
            var corpus = name.equals("dev") ? PhiCorpus.corpus("dev.txt") : PhiCorpus.load();
            PhiCorpusEvaluation e = guard ? PhiCorpusEvaluation.detectorAndGuard(name, corpus)
                    : PhiCorpusEvaluation.detector(name, corpus);
            e.write("phi-" + name + "-tuning.txt");
            System.out.println(e.summary());
        }
    }
}
