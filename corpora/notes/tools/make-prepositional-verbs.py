#!/usr/bin/env python3
"""Writes practice-notes' prepositional-verbs.txt from WordNet 3.0 (Debian: apt-get install wordnet-base): every
verb WordNet lists as a verb and the preposition that takes its object ("care_for", "account_for", "dispose_of"),
for the prepositions SessionPrompt reads as a phrase's unfinished end."""
import sys

PREPS = {"about", "at", "by", "for", "from", "into", "of", "to", "toward", "towards", "with", "without", "between",
         "like", "than", "upon", "via", "per", "despite", "during"}
out = set()
for line in open('/usr/share/wordnet/index.verb'):
    if line.startswith(' '):
        continue
    parts = line.split()[0].split('_')
    if len(parts) == 2 and parts[1] in PREPS and parts[0].isalpha():
        out.add(parts[0] + ' ' + parts[1])
target = sys.argv[1] if len(sys.argv) > 1 else \
    'practice-notes/src/main/resources/org/practicekit/notes/internal/prepositional-verbs.txt'
with open(target, 'w') as f:
    f.write('# A verb and the preposition that takes its object ("care for", "account for", "dispose of"), from\n'
            '# WordNet 3.0\'s verb index (two-word verbs ending in a preposition), made by\n'
            '# corpora/notes/tools/make-prepositional-verbs.py. A phrase may end on the preposition when the verb\n'
            '# before it is passive ("mother well cared for") or an infinitive after its noun ("blades to dispose of").\n')
    f.write('\n'.join(sorted(out)) + '\n')
print(len(out), 'verbs')
