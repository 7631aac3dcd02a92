package org.practicekit.llm.phi;

/**
 * Prints in-sample and dev figures (a tuning aid; never the blind rounds). Args: "guard" to run the guard too;
 * "file NAME" for one dev file of corpora/phi with the guard;
 * "sets" for one line per set: in-sample, dev, every round's dev file (dev-*.txt) and every generated training file ("sets guard": with the guard, slow); the misses of each training file go to target/.
 * Each figure comes with the split of the labels not found whole under their own type: missed, found in part, found
 * whole under another type (and, with the guard, missed but kept off the wire); "split FILE..." prints it by type for
 * the detector alone.
 */
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
                PatternPhiDetector.builder().denyByDefault(false).build().detect(t).forEach(s -> System.out.println(
                        "  rules and model " + s.type() + " '" + s.textOf(t) + "' " + s.score()));
                residual.namesToReplace(t).forEach(s -> System.out.println("  residual " + s.type() + " '"
                        + s.textOf(t) + "'"));
                System.out.println("  numbers " + residual.identifierNumbers(t));
                try {
                    System.out.println("  guard sends " + new PhiProbe().sentThroughGuard(t));
                } catch (PhiBlockedException e) {
                    System.out.println("  guard blocks");
                }
            }
            return;
        }
        if (args.length > 1 && args[0].equals("file")) {
            // one dev file of corpora/phi through the detector and the guard; its report goes to target/
            PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard(args[1], PhiCorpus.corpus(args[1]));
            e.write("phi-" + args[1].replace(".txt", "") + "-tuning.txt");
            System.out.println(e.summary());
            System.out.print(e.splitSummary());
            return;
        }
        if (args.length > 1 && args[0].equals("sum")) {
            // several files of corpora/phi, each through the detector and the guard, one line each and their sums;
            // no report is written (the check files are read for their figures only)
            sum(java.util.Arrays.asList(args).subList(1, args.length));
            return;
        }
        if (args.length > 1 && args[0].equals("lost")) {
            // the words outside the labels that the guard replaced in tuning files, counted (never a check file)
            lost(java.util.Arrays.asList(args).subList(1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("golden")) {
            golden();
            return;
        }
        if (args.length > 1 && args[0].equals("pool")) {
            // several dev files of corpora/phi as one set through the detector and the guard (pooled figures)
            java.util.List<PhiCorpus.Snippet> pooled = new java.util.ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                pooled.addAll(PhiCorpus.corpus(args[i]));
            }
            PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("pooled", pooled);
            e.write("phi-pooled-" + args[1].replace(".txt", "") + "-tuning.txt");
            System.out.println(e.summary());
            return;
        }
        if (args.length > 0 && args[0].equals("split")) {
            // the split of every dev file: missed entirely, found in part, found whole under another type
            for (int i = 1; i < args.length; i++) {
                PhiCorpusEvaluation e = PhiCorpusEvaluation.detector(args[i], PhiCorpus.corpus(args[i]));
                System.out.println(args[i]);
                System.out.print(e.splitSummary());
            }
            return;
        }
        if (args.length > 0 && args[0].equals("sets")) {
            sets(args.length > 1 && args[1].equals("guard"));
            return;
        }
        boolean guard = args.length > 0 && args[0].equals("guard");
        for (String name : new String[] {"in-sample", "dev"}) {
            var corpus = name.equals("dev") ? PhiCorpus.corpus("dev.txt") : PhiCorpus.load();
            PhiCorpusEvaluation e = guard ? PhiCorpusEvaluation.detectorAndGuard(name, corpus)
                    : PhiCorpusEvaluation.detector(name, corpus);
            if (name.startsWith("train-r")) {
                e.write("phi-" + name.replace(".txt", "") + "-misses.txt", e.missesReport());
            }
            e.write("phi-" + name + "-tuning.txt");
            System.out.println(e.summary());
        }
    }

    private static void sets(boolean guard) {
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("in-sample", "dev.txt"));
        try (var files = java.nio.file.Files.list(PhiCorpus.root().resolve("corpora").resolve("phi"))) {
            // the dev files of the rounds (dev-hardneg-r15.txt and the others) after dev.txt, then the training files
            java.util.List<String> found = files.map(p -> p.getFileName().toString()).sorted().toList();
            found.stream().filter(n -> n.startsWith("dev-")).forEach(names::add);
            found.stream().filter(n -> n.startsWith("train-r")).forEach(names::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String name : names) {
            var corpus = name.equals("in-sample") ? PhiCorpus.load() : PhiCorpus.corpus(name);
            PhiCorpusEvaluation e = guard ? PhiCorpusEvaluation.detectorAndGuard(name, corpus)
                    : PhiCorpusEvaluation.detector(name, corpus);
            if (name.startsWith("train-r")) {
                e.write("phi-" + name.replace(".txt", "") + "-misses.txt", e.missesReport());
            }
            System.out.println(String.format(java.util.Locale.ROOT, "%-26s recall %.3f (PERSON %.3f, LOCATION %.3f, "
                    + "DATE %.3f), precision %.3f, hard negative hit %.1f %%; guard: %d on the wire, hard negative "
                    + "replaced %.1f %%", name, e.recall("ALL"), e.recall("PERSON"), e.recall("LOCATION"),
                    e.recall("DATE"), e.precision("ALL"),
                    100 * e.detectorNegativeRate(), e.onWire, 100 * e.guardNegativeRate()));
            int[] split = e.split.getOrDefault("ALL", new int[4]);
            System.out.println(String.format(java.util.Locale.ROOT, "%-26s of %d labels: missed %d, in part %d, "
                    + "whole under another type %d%s", "", e.labels, split[0], split[1], split[2],
                    guard ? ", missed but kept off the wire " + split[3] : ""));
        }
    }

    private static void sum(java.util.List<String> files) {
        int found = 0;
        int labels = 0;
        int wire = 0;
        int inPart = 0;
        int inToken = 0;
        int hit = 0;
        int negativeSnippets = 0;
        int negativesHit = 0;
        int words = 0;
        int replaced = 0;
        for (String f : files) {
            PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard(f, PhiCorpus.corpus(f));
            int[] r = e.recall.getOrDefault("ALL", new int[2]);
            found += r[0];
            labels += r[1];
            wire += e.onWire;
            inPart += e.sentInPart;
            inToken += e.sentInToken;
            hit += e.guardNegativeSnippetsHit;
            negativeSnippets += e.negativeSnippets - e.blockedNegativeSnippets;
            negativesHit += e.guardNegativesHit;
            words += e.clinicalWords;
            replaced += e.clinicalWordsReplaced;
            // hashes of the lists (labels missed, labels on the wire, hard negatives replaced) compare two runs on a
            // check file without opening its lines
            System.out.println(String.format(java.util.Locale.ROOT, "%-32s recall %d/%d, on the wire %d, hard "
                    + "negative snippets hit %d of %d (%d), words replaced %d of %d; lists %s %s %s", f, r[0], r[1],
                    e.onWire, e.guardNegativeSnippetsHit, e.negativeSnippets - e.blockedNegativeSnippets,
                    e.guardNegativesHit, e.clinicalWordsReplaced, e.clinicalWords, hash(e.misses), hash(e.wireLeaks),
                    hash(e.guardNegativesPseudonymized)));
        }
        System.out.println(String.format(java.util.Locale.ROOT, "SUM recall %.4f (%d/%d), on the wire %d, sent in part %d (joined to a placeholder %d), "
                + "hard negative snippets hit %d of %d (%.2f %%, %d), words outside labels replaced %d of %d",
                (double) found / labels, found, labels, wire, inPart, inToken, hit, negativeSnippets, 100.0 * hit / negativeSnippets, negativesHit, replaced,
                words));
    }

    private static String hash(java.util.List<String> lines) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(String.join("\n", lines)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The golden progress notes of practice-notes through the guard: words in all, and the words it replaced. */
    private static void golden() {
        java.nio.file.Path dir = PhiCorpus.root().resolve("practice-notes/src/test/resources/golden");
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’._-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
        java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\[[A-Z_]+_\\d+\\]");
        int words = 0;
        int placeholders = 0;
        java.util.List<String> lost = new java.util.ArrayList<>();
        PhiProbe probe = new PhiProbe();
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.sorted().toList()) {
                String text = java.nio.file.Files.readString(f);
                String sent;
                try {
                    sent = probe.sentThroughGuard(text);
                } catch (PhiBlockedException e) {
                    System.out.println(f.getFileName() + " blocked");
                    continue;
                }
                java.util.Map<String, Integer> before = new java.util.HashMap<>();
                java.util.Map<String, Integer> after = new java.util.HashMap<>();
                var m = word.matcher(text);
                while (m.find()) {
                    before.merge(m.group(), 1, Integer::sum);
                    words++;
                }
                m = word.matcher(sent);
                while (m.find()) {
                    after.merge(m.group(), 1, Integer::sum);
                }
                var p = placeholder.matcher(sent);
                while (p.find()) {
                    placeholders++;
                }
                before.forEach((w, n) -> {
                    int gone = n - after.getOrDefault(w, 0);
                    for (int i = 0; i < gone; i++) {
                        lost.add(f.getFileName() + " " + w);
                    }
                });
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.Collections.sort(lost);
        lost.forEach(w -> System.out.println("  replaced " + w));
        System.out.println("golden notes: words " + words + ", placeholders " + placeholders + ", words replaced "
                + lost.size());
    }

    private static void lost(java.util.List<String> files) {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’._-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        PhiProbe probe = new PhiProbe();
        for (String f : files) {
            for (PhiCorpus.Snippet s : PhiCorpus.corpus(f)) {
                String sent;
                try {
                    sent = probe.sentThroughGuard(s.text());
                } catch (PhiBlockedException e) {
                    continue;
                }
                java.util.Map<String, Integer> after = new java.util.HashMap<>();
                var m = word.matcher(sent);
                while (m.find()) {
                    after.merge(m.group(), 1, Integer::sum);
                }
                m = word.matcher(s.text());
                while (m.find()) {
                    int at = m.start();
                    int end = m.end();
                    if (s.gold().stream().anyMatch(g -> g.start() < end && at < g.end())) {
                        continue;
                    }
                    int left = after.getOrDefault(m.group(), 0);
                    if (left > 0) {
                        after.put(m.group(), left - 1);
                    } else {
                        counts.merge(m.group(), 1, Integer::sum);
                    }
                }
            }
        }
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(150)
                .forEach(e -> System.out.println(e.getValue() + " " + e.getKey()));
    }
}
