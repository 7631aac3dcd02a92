#!/usr/bin/env python3
"""Writes noun-kinds.txt from Debian's wordnet-base (WordNet 3.0): for each one-word noun, the lexicographer
file of its most frequent sense and how often its singular and its regular plural occur in WordNet's own
glosses. NounKinds reads count against mass from these classes (see docs/notes.md, round 27).
Usage: make-noun-kinds.py /usr/share/wordnet > noun-kinds.txt"""
import collections, re, sys

LEX = {3: 'tops', 4: 'act', 5: 'animal', 6: 'artifact', 7: 'attribute', 8: 'body', 9: 'cognition',
       10: 'communication', 11: 'event', 12: 'feeling', 13: 'food', 14: 'group', 15: 'location', 16: 'motive',
       17: 'object', 18: 'person', 19: 'phenomenon', 20: 'plant', 21: 'possession', 22: 'process',
       23: 'quantity', 24: 'relation', 25: 'shape', 26: 'state', 27: 'substance', 28: 'time'}
d = sys.argv[1].rstrip('/') + '/'
lex_of = {}
for line in open(d + 'data.noun', encoding='latin-1'):
    if not line.startswith('  '):
        p = line.split(' ')
        lex_of[p[0]] = int(p[1])
words = collections.Counter()
for f in ('data.noun', 'data.verb', 'data.adj', 'data.adv'):
    for line in open(d + f, encoding='latin-1'):
        if not line.startswith('  ') and '|' in line:
            words.update(re.findall(r"[a-z]+(?:-[a-z]+)*", line.split('|', 1)[1].lower()))


def plural(w):
    if re.search(r'(s|x|z|ch|sh)$', w):
        return w + 'es'
    if re.search(r'[^aeiou]y$', w):
        return w[:-1] + 'ies'
    return w + 's'


print('# noun-kinds.txt: WordNet 3.0 (Princeton University; licence in README-wordclasses.txt). Per one-word noun:')
print('# the lexicographer file of its first (most frequent) sense, then how often the singular and the regular')
print('# plural occur in WordNet\'s glosses, and "f" when one of its three most frequent senses is a feeling or a')
print('# state. Made by corpora/notes/tools/make-noun-kinds.py.')
for line in open(d + 'index.noun', encoding='latin-1'):
    if line.startswith('  '):
        continue
    p = line.split()
    lemma = p[0]
    if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", lemma):
        continue
    senses = [LEX[lex_of[o]] for o in p[4 + int(p[3]) + 2:]]
    # "f" when one of the three most frequent senses is a feeling or a state ("worry", "stress").
    felt = 'f' if any(k in ('feeling', 'state') for k in senses[:3]) else '-'
    print(lemma, senses[0], words[lemma], words[plural(lemma)], felt)
