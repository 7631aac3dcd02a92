#!/usr/bin/env python3
"""Writes the round-6 training corpus for the PHI token model: corpora/phi/train-r6-*.txt.

Round 5's generated text was tidy; what leaked was written the way clients and front desks write. This
corpus is in those registers: client texts and portal messages (lowercase, no punctuation, typos, emoji,
vocatives, self-introductions, appositions in parentheses, possessives, "lol"/"tbh", Spanglish), voicemail
transcripts, front-desk notes, and places without a place word (a facility by its short name, a transit
line, a lowercase suburb, a college by its initials, a store on a numbered street) in every position; with
as many hard negatives in the same register (name-words used as words, teams as fandom, characters and
singers, brands, pets, lowercase weekdays and months, "bro"/"girl"/"doc" where a name would stand).

Names come from large lists: the US SSA given names bundled for the model
(practice-llm/.../internal/ssa-given-names.txt, public domain, see PHI-LISTS-NOTICE.txt), round 5's pools of
many origins, and invented names; towns from the bundled GeoNames list. Same markup as every PHI corpus
({{TYPE|text}} PHI, [[text]] hard negatives). Deterministic: the same seed gives the same files.

Usage (from the project root): python3 corpora/phi/tools/generate_train_r6.py

Blind discipline: every drawn name, town, store or place word is dropped when it occurs inside a labelled
span, a hard negative or a quoted value of any spent blind set or report (corpora/phi/blind-*), so no
string of a blind set reaches the training data; generic heads ("Line", "Street", "on") are not names and
are not checked. Nothing of those files is printed.
"""
import gzip
import importlib.util
import os
import random
import re

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
PHI = os.path.join(ROOT, "corpora", "phi")
LISTS = os.path.join(ROOT, "practice-llm", "src", "main", "resources", "org", "practicekit", "llm", "phi", "internal")
rng = random.Random(613)

_spec = importlib.util.spec_from_file_location("r5", os.path.join(os.path.dirname(__file__), "generate_train_r5.py"))
r5 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(r5)


def blind_words():
    """Every word inside a label, a hard negative or a quoted value of any blind set or report, lower-cased."""
    words = set()
    for name in sorted(os.listdir(PHI)):
        if not re.match(r"blind-r\d+(-report)?\.txt$", name):
            continue
        with open(os.path.join(PHI, name), encoding="utf-8") as f:
            text = f.read()
        spans = re.findall(r"\{\{[A-Z_*]+\|([^}]*)\}\}", text) + re.findall(r"\[\[([^\]]*)\]\]", text)
        spans += re.findall(r"'([^'\n]{1,60})'", text) + re.findall(r"\"([^\"\n]{1,60})\"", text)
        spans += re.findall(r"“([^”\n]{1,60})”", text)
        for s in spans:
            for w in re.findall(r"[^\W\d_]+", s):
                words.add(w.lower())
    return words


BLIND = blind_words()


def clean(items):
    """Pool entries none of whose words is in a blind set's labels, hard negatives or quoted values."""
    return [x for x in items if x and not any(w.lower() in BLIND for w in re.findall(r"[^\W\d_]+", x))]


def english_common():
    path = os.path.join(ROOT, "practice-core", "src", "main", "resources", "org", "practicekit", "core", "text",
                        "english-words.txt.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip() and not w.startswith("#") and w[0].islower()}


COMMON = english_common()


def list_file(name, split_commas=True):
    out = []
    with open(os.path.join(LISTS, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            out += [x.strip() for x in (line.split(",") if split_commas else [line]) if x.strip()]
    return out


SSA = list_file("ssa-given-names.txt", split_commas=False)
SSA_ALL = set(SSA)
# Ordinary words that are no given name, for capitalized sentence starts and headings that name nobody
PLAIN_WORDS = sorted(w for w in COMMON if w.isalpha() and 4 <= len(w) <= 10 and w not in SSA_ALL)
# Given names that are no everyday word, the first 8,000 by births (every origin the US names its children),
# and the word-names apart: those are names only where the sentence makes them one.
SSA_NAMES = clean([n.capitalize() for n in SSA[:8000] if n not in COMMON and len(n) > 2])
SSA_WORD_NAMES = clean([n.capitalize() for n in SSA[:6000] if n in COMMON and len(n) > 2])
GIVEN = clean(r5.GIVEN)
WORD_NAMES = clean(r5.WORD_NAMES)
SURNAMES = clean(r5.SURNAMES)
NEIGH_A = clean(r5.NEIGH_A)
NEIGH_B = r5.NEIGH_B
TOWNS = clean(r5.TOWNS) + clean([t.title() for t in list_file("geonames-cities.txt") if " " not in t][:20000:7])
STORES = clean(list_file("stores.txt"))
TEAMS = clean(r5.TEAMS)
SHOWS = clean(r5.SHOWS)
BRANDS = clean(r5.BRANDS)
DRUGS = clean(r5.DRUGS)
PETS = clean(r5.PET_NAMES)
THERAPIES = clean(r5.THERAPIES)
NAME_WORDS = clean(r5.NAME_WORDS)
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "june", "july", "september", "october", "november", "december"]
COLOURS = clean(["Red", "Green", "Orange", "Brown", "Purple", "Yellow", "Pink", "Silver", "Gold", "Teal", "Grey"])
FACILITY_HEADS = ["Behavioral", "Behavioral Health", "Recovery", "Pavilion", "House", "Health", "Counseling",
                  "Medical", "Family Health", "Wellness"]
# what clients call each other where a name could stand, and is none: hard negatives in a name slot
NOT_NAMES = clean(["bro", "girl", "sis", "babe", "bestie", "doc", "mama", "dude", "fam", "hun", "boo", "sir", "miss",
             "coach", "teach", "mom", "dad", "grandma", "papi", "mija", "homie", "buddy", "friend",
                   # what a family calls its elders, written like a name and naming no one
                   "Mimi", "Papa", "Granny", "Abuelita", "Tata", "Auntie", "Gigi", "Pop-Pop", "Meemaw", "Nonna", "Oma"])
EMOJI = ["😭", "🙏", "😂", "💀", "❤️", "😩", "🥲", "👍", "😬", "🫠", "<3", "!!", "??", "...", ""]
TAGS = ["lol", "lmao", "tbh", "idk", "fr", "ngl", "smh", "omg", "rn", "ok", "pls", "ty", "k", "jk", "haha", ""]


def pick(xs):
    return xs[rng.randrange(len(xs))]


def clip(name):
    """A nickname cut from a name ("Tiff" kind): its first three or four letters, sometimes with -y or -ie."""
    n = name[:rng.choice([3, 4])]
    r = rng.random()
    return n + "y" if r < 0.2 else n + "ie" if r < 0.35 else n


def given():
    r = rng.random()
    if r < 0.42:
        return pick(SSA_NAMES)
    if r < 0.58:
        return pick(GIVEN)
    if r < 0.70:
        return pick(WORD_NAMES + SSA_WORD_NAMES)
    if r < 0.84:
        return r5.invented()
    return clip(pick(SSA_NAMES + GIVEN))


def initials():
    letters = "ABCDEFGHJKLMNPRSTVWZ"
    return pick(letters) + pick(letters) if rng.random() < 0.7 else pick(letters) + "." + pick(letters) + "."


def acronym():
    """A college by its initials: invented, so the model reads "goes to" and "at", not the letters."""
    letters = "ABCDEFGHIKLMNOPRSTUVW"
    body = "".join(pick(letters) for _ in range(rng.choice([1, 2, 2, 3])))
    return pick(["U", "", "", "S"]) + body + pick(["U", "CC", "SU", "C", "TC", ""]) if body else "UCC"


def ordinal():
    n = rng.randrange(1, 140)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return str(n) + suffix


def town():
    return pick(TOWNS) if rng.random() < 0.7 else pick(NEIGH_A) + " " + pick(NEIGH_B)


def facility():
    r = rng.random()
    base = pick(SURNAMES + NEIGH_A + TOWNS[:60])
    if r < 0.5:
        return base + " " + pick(FACILITY_HEADS)
    return base  # "admitted to Halvorsen": a hospital by its short name


def transit():
    r = rng.random()
    if r < 0.5:
        return pick(COLOURS) + " Line"
    if r < 0.8:
        return pick(NEIGH_A + TOWNS[:80]) + " Line"
    return pick(NEIGH_A) + " " + pick(["Express", "Shuttle", "Branch"])


def store_street():
    return pick(STORES) + " on " + ordinal()


P, L, N = r5.P, r5.L, r5.N  # the markup: person, place, hard negative


SLOTS = {
    "G": lambda: P(given()),
    "S": lambda: P(pick(SURNAMES)),
    "F": lambda: P(given() + " " + pick(SURNAMES)),
    "WN": lambda: P(pick(WORD_NAMES + SSA_WORD_NAMES)),
    "NICK": lambda: P(initials() if rng.random() < 0.5 else clip(pick(SSA_NAMES + GIVEN))),
    "INIT": lambda: P(pick("ABCDEFGHJKLMNPRSTVW")),
    # initials a note writes for a person: "T.K.", "T.K", "R. Surname"
    "INITS": lambda: P(pick("ABCDEFGHJKLMNPRSTVW") + "." + pick("ABCDEFGHJKLMNPRSTVW") + pick([".", ".", ""])),
    "IS": lambda: P(pick("ABCDEFGHJKLMNPRSTVW") + ". " + pick(SURNAMES)),
    "TOWN": lambda: L(town()),
    "FAC": lambda: L(facility()),
    "LINE": lambda: L(transit()),
    "UNI": lambda: L(acronym()),
    "STORE": lambda: L(pick(STORES)),
    "STREET": lambda: L(store_street()),
    "CORNER": lambda: L(ordinal() + " and " + pick(SURNAMES + NEIGH_A)),
    "BIZ": lambda: L(r5.business()),
    # hard negatives
    "NW": lambda: N(pick(NAME_WORDS)),
    "TEAM": lambda: N(pick(TEAMS)),
    "SHOW": lambda: N(pick(SHOWS)),
    "BRAND": lambda: N(pick(BRANDS)),
    "DRUG": lambda: N(pick(DRUGS)),
    # a pet's name is as often a person's: "our dog Maxine"
    "PET": lambda: N(pick(PETS + [r5.invented()]) if rng.random() < 0.5 else given()),
    "DAY": lambda: N(pick(DAYS)),
    "MON": lambda: N(pick(MONTHS)),
    "THER": lambda: N(pick(THERAPIES)),
    "CHAR": lambda: N(given()),  # a character or a singer: a name the sentence makes no person in the client's life
    "XBRAND": lambda: N(r5.invented()),
    "NOT": lambda: pick(NOT_NAMES),
    # a capitalized ordinary word or compound where a note starts a line: "Records", "Half-day"
    "CAPW": lambda: (pick(PLAIN_WORDS) + ("-" + pick(PLAIN_WORDS) if rng.random() < 0.3 else "")).capitalize(),
    "LETTER": lambda: pick("ABCDEFGHJKLMNPRSTVW"),
    # an ordinary word where a lowercase message could have put a town or a name
    "W": lambda: pick(PLAIN_WORDS),
    "TAG": lambda: pick(TAGS),
    "EMO": lambda: pick(EMOJI),
}

# Client texts and portal messages: self-introductions, "this is X's mom", relations before a name, asides in
# parentheses, vocatives, nicknames in quotes, "X says/said/texted", "it's X", Spanglish.
TEXTS = """
{G} here {TAG}
{G} here, cant make it {DAY}
hi its {G} {EMO}
hey this is {G}s mom, she has a fever
this is {G} from {DAY} group
this is {G}'s dad calling about her appt
its {G} {TAG} new number
it's {G} lol can u call me
my friend {G} did it not me {EMO}
my roommate {G} keeps eating my food {TAG}
my bf {G} says hi
my gf {G} wants to come next time
my cousin {G} took me to {STORE}
my sister {G} is driving me
my ex {G} showed up again {EMO}
{G} (my roommate) said i should call u
{G} (my sister) is picking me up
{G} (my coworker) covered my shift
{G} (bf) thinks im overreacting
{G} says hi
{G} said its fine {TAG}
{G} texted me at 3am again
{G} called me crying last night
{G} and me are ok now
{G} is being so extra {TAG}
lol {G} says i should get a dog
ok {G} thank u
thanks {G} {EMO}
{G}!! i did the thing
sorry {G} i forgot {TAG}
hey {G} can we move it to {DAY}
my cousin "{NICK}" is staying w us
everyone calls him "{NICK}" but his name is {G}
{G} (goes by "{NICK}") wants to join
her nickname is {NICK} lol
dr {INIT} said to ask u
Dr. {INIT} wants labs first
ms {INIT} at school called again
coach {INIT} benched him
mr. {INIT} from the front office emailed me
{WN} was here earlier {TAG}
my friend {WN} said u were nice
its {WN}, i lost my phone
{WN} here can we talk
me and {G} went to {STORE} after
{G}s mom picked us up from {TOWN}
we went to {G}'s in {TOWN} {TAG}
i think {S} is mad at me
mi tia {G} vino a visitarme {EMO}
mi amiga {G} dice que hi
my abuela {G} is sick otra vez
este es {G}, el hijo de {G}
soy {G}, la mama de {G}
{G} me dijo que ur office is closed
"""
# Places without a place word, written the way clients write them.
PLACES = """
im at {FAC} again {EMO}
they took me to {FAC} last night
got discharged from {FAC} {DAY}
my mom is at {FAC} since {DAY}
took the {LINE} and it broke down {TAG}
the {LINE} was so late
i live off the {LINE} now
moved out to {TOWN} w my dad
we live in {TOWN} now {TAG}
going to {TOWN} this weekend
hes from {TOWN} originally
stuck in traffic in {TOWN}
shes at {UNI} now
he transferred to {UNI} {TAG}
i got into {UNI}!!
dropped out of {UNI} last yr
meet me at the {STREET}
im at the {STREET} rn
i work at the {STREET} now
he lives by the {STREET}
im at {CORNER} waiting for the bus
we met at {CORNER} lol
the shelter on {CORNER} is full
i was at {STORE} on {DAY}
grabbed food at {BIZ} w {G}
i got a job at {BIZ} {EMO}
{FAC} called about my bill
{TOWN} is so boring {TAG}
{UNI} sent the form
"""
VOICEMAIL = """
Hi, this is {G}, calling for Dr. {S}, please call me back.
hi yeah this is {F} um i had a question about my bill
Hey it's {G} from {FAC}, returning your call about {G}.
This message is for {G}, this is {G} at {FAC}, we need a release signed.
um hi its {G} {G}s mom uh she wont be in {DAY}
Hi this is {G} from the {STREET} location, your order is ready.
Hello, {G} here, I'm outside on the {LINE} platform, running late.
Hi, I'm calling from {UNI} counseling about {G}.
yeah hi this is {G}, {G} gave me your number
hello its {WN} um call me back
"""
FRONT_DESK = """
{G}'s mom called; running 10 min late.
Pt's dad {G} called to cancel {DAY}.
{G} (sister) will pick up the paperwork.
Called {G} back, LVM.
{G} here to drop off the forms for {G}.
Mom ({G}) asked about the sliding scale.
Spoke w/ {S} at {FAC}; records faxed.
Transport from {TOWN}; pt took the {LINE}.
{G} called from {UNI}, wants a letter.
Pt rescheduled; {G} said bus from {TOWN} was late.
Dr. {INIT} called re: refill.
Walk-in: {G} asking for {G}.
Message from {G}: she is at {FAC} till {DAY}.
Release for {FAC} signed by {G}.
Pt {INITS} (initials only per group agreement) shared first.
{INITS} minimized the incident; {INITS}'s PO to be called.
Son {INITS} attends {UNI} prep.
Letter to {IS}, case manager at {FAC}.
To: Officer {IS}, probation.
Per {IS}, the referral was sent {DAY}.
Collateral: {IS} (mother) by phone.
Boyfriend {INITS} drove her; she waited in the car.
{INITS} and {INITS} both attended group.
cc: {IS}; {IS}
{G} (goes by {NICK}) checked in.
"""
# Hard negatives in the same register: name-words used as words, fans, characters, singers, brands, pets,
# weekdays and months in lower case, and names of nobody in the client's life.
NEGATIVES = """
i have {NW} again {TAG}
{NW} is all i have rn
will do {TAG}
will call u {DAY}
its a long day {EMO}
so long lol
the bill came and i cried
sunny today finally
mark my words {TAG}
grace period ends {MON}
the {TEAM} lost again {TAG}
go {TEAM}!! {EMO}
watching the {TEAM} game w my dad
me and my bf watched {SHOW} all night
rewatching {SHOW} for the 4th time
{CHAR} from the show is literally me {TAG}
the episode where {CHAR} dies {EMO}
listening to {CHAR} on repeat
{CHAR}s new album is so sad lol
{CHAR} is my favorite singer
ur like {CHAR} in the movie lol
my dog {PET} ate my retainer
{PET} (my cat) is sick {EMO}
my bunny {PET} says hi lol
our dog {PET} got out again
{PET} (the dog) chewed my shoes
took {PET} to the vet, hes ok
{NOT} is making tamales {TAG}
went to see {NOT} at the home
{NOT} says hi lol
downloaded {BRAND} like u said
been on {BRAND} all night
took my {DRUG} late smh
{DAY}s are the worst
see u {DAY} {TAG}
can we do {DAY} instead
in {MON} i start my new job
its been bad since {MON}
thanks {NOT} {EMO}
ok {NOT} see u {DAY}
{NOT} here lol
its me {NOT}
this is my {NOT} lol
hey {NOT} can i move my appt
my {NOT} says hi
lol my {NOT} did it
i did the {THER} thing {TAG}
plan B is to stay at my moms
took vitamin D like u said
im such a type A person lol
P.S. i paid the copay
moved to the U.S. when i was 9
got a B in math!!
my shift starts at 6 A.M. now
the {XBRAND} app keeps crashing
my bestie (my roommate) said i should call
i think im gonna go to bed {TAG}
{W} is about the same
and {W} is bad again {TAG}
been thinking about {W} a lot
the {W} thing was too much
last month and {W} is the same
{W} and {W} were ok today
idk if {W} helps tbh
my {W} is getting better {EMO}
so much {W} at work rn
we talked about {W} in group
sorry i missed it {EMO}
"""
# Hard negatives as notes type them: capitalized ordinary words at line starts and in headings, letters of
# lists, forms and diseases with their dot.
NOTE_NEGATIVES = """
Plan B if the bus is late: walk.
Vitamin D level low per PCP.
Grade: B. Reading: C.
Option A. Weekly. Option B. Every other week.
{CAPW} requested by the school; sent {DAY}.
{CAPW}: reviewed with client.
{CAPW} and {CAPW} discussed in session.
{CAPW} noted; no change to plan.
{CAPW} today, per pt.
{LETTER}. {CAPW}: client reports improvement.
Section {LETTER}. {CAPW} completed.
Hepatitis {LETTER}. screening pending.
Part {LETTER}. of the form left blank.
Appendix {LETTER}. {CAPW} worksheet.
Schedule {LETTER}. attached.
"""

VOICES = {"texts": (TEXTS, 1100), "places": (PLACES, 700), "voicemail": (VOICEMAIL, 300),
          "frontdesk": (FRONT_DESK, 400), "negatives": (NEGATIVES, 1100),
          "headings": (NOTE_NEGATIVES, 400)}
KEEP = re.compile(r"(\{\{[^}]*\}\}|\[\[[^\]]*\]\])")


def fill(template):
    return re.sub(r"\{([A-Z]+)\}", lambda m: SLOTS[m.group(1)](), template)


def lower_outside_and_in(line):
    """A message typed in lower case: every letter, labels included."""
    return "".join(p.lower() if i % 2 == 0 else p[:p.index("|") + 1] + p[p.index("|") + 1:].lower()
                   if p.startswith("{{") else p.lower() for i, p in enumerate(KEEP.split(line)))


def texting(line):
    """Client register: no punctuation now and then (outside labels), then round 5's dropped apostrophes and letters."""
    parts = KEEP.split(line)
    for i in range(0, len(parts), 2):
        if rng.random() < 0.4:
            parts[i] = re.sub(r"[.,;:]", "", parts[i])
    return re.sub(r"  +", " ", r5.typos("".join(parts))).strip()


def line_for(voice, ts):
    n = 1 if rng.random() < 0.5 else 2
    parts = [fill(pick(ts)) for _ in range(n)]
    if voice in ("texts", "places", "negatives"):
        line = pick([" ", " ", ". ", " - ", ", ", " also ", "\u2026 "]).join(parts)
        r = rng.random()
        if r < 0.6:
            line = lower_outside_and_in(line)  # most client texts: no capital letter at all
        elif r < 0.8:
            line = line[0].upper() + line[1:] if line[0] != "{" else line  # a phone that capitalizes the first word
        line = texting(line)
    elif voice == "voicemail":
        line = " ".join(parts)
        if rng.random() < 0.5:
            line = lower_outside_and_in(line).replace(",", "")  # speech-to-text without punctuation
    else:
        line = " ".join(parts)
    return line


def main():
    header = ("# PHI training corpus, round 6 ({voice}): invented snippets for the token model in the registers clients "
              "and front desks write, generated by\n# corpora/phi/tools/generate_train_r6.py from templates and large "
              "name and place lists. Training data only; never a tuning or test set.\n")
    total = write_voices("train-r6-", VOICES, line_for, header)
    print("wrote", total, "snippets;", len(SSA_NAMES), "given names,", len(TOWNS), "towns")


def write_voices(prefix, voices, make_line, header):
    """One file per voice, prefix + voice + ".txt": distinct lines from make_line(voice, templates); the count."""
    total = 0
    for voice, (block, count) in voices.items():
        ts = [t.strip() for t in block.strip().split("\n") if t.strip()]
        lines = r5.distinct_lines(count, lambda: make_line(voice, ts))
        with open(os.path.join(PHI, prefix + voice + ".txt"), "w", encoding="utf-8") as f:
            f.write(header.format(voice=voice))
            for line in lines:
                f.write(line + "\n")
        total += len(lines)
    return total


if __name__ == "__main__":
    main()
