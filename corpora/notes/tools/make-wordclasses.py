#!/usr/bin/env python3
"""Writes practice-notes' wordclasses.txt from WordNet 3.0 (Debian: apt-get install wordnet-base)."""
import collections, re, sys

POS = {'noun': 'n', 'verb': 'v', 'adj': 'a', 'adv': 'r'}
classes = collections.defaultdict(dict)
for name, p in POS.items():
    for line in open('/usr/share/wordnet/index.' + name):
        if line.startswith(' '):
            continue
        parts = line.split()
        lemma = parts[0]
        if not re.fullmatch(r"[a-z][a-z\-']*[a-z]", lemma):
            continue
        pointers = int(parts[3])
        classes[lemma][p] = int(parts[4 + pointers + 1])
# A plain noun is left out (an unknown word reads as a noun), except one that looks like a verb form
# ("meeting", "feelings", "needs"), which the lookup must not mistake for the verb.
def keep(w, m):
    return set(m) != {'n'} or w.endswith('ing') or w.endswith('ings') or w.endswith('ed')
out = sorted(w + ' ' + ' '.join(f'{p}{m[p]}' for p in 'nvar' if p in m)
             for w, m in classes.items() if keep(w, m))
target = sys.argv[1] if len(sys.argv) > 1 else \
    'practice-notes/src/main/resources/org/practicekit/notes/internal/wordclasses.txt'
with open(target, 'w') as f:
    f.write('\n'.join(out) + '\n')
print(len(out), 'words')
