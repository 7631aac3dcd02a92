package org.practicekit.llm.phi.internal;

/** Tuning aid: what PeopleCues reads in each argument, and the word facts it asks. */
final class PeopleCuesProbe {
    private PeopleCuesProbe() {
    }

    public static void main(String[] args) {
        var english = new EnglishWords().list();
        var lex = Lexicon.table();
        PeopleCues cues = new PeopleCues(lex, english);
        for (String t : args) {
            if (t.startsWith("?")) {
                String w = t.substring(1);
                System.out.println(w + " given=" + NameTokens.givenNameAnywhere(w, 0, w.length()) + " rare="
                        + GivenWordUse.rareAsWord(w, 0, w.length(), english) + " common=" + english.isCommonWord(w, 0, w.length())
                        + " flags=" + Long.toBinaryString(lex.get(w, 0, w.length())));
                continue;
            }
            System.out.println(t + " -> " + cues.spans(t).stream().map(s -> s.textOf(t)).toList());
        }
    }
}
