#!/usr/bin/env python3
"""Writes the round-8 training corpus for the PHI token model: corpora/phi/train-r8-*.txt.

What the model still misses are names that are ordinary words (a given name such as a colour, a season or a
virtue; a surname such as a trade or a landscape word) in the places a sentence makes for a person, surnames
alone, and venues with no place word (a bar by its sign, a church or ministry, a treatment program by its
acronym, a store "on" a street, a small town abroad). This corpus puts those in every name slot: subject of a
person verb, after a relation noun, in a list of people, possessive, vocative, after a title, in lower case,
in notes, client texts, voicemail, forms and Spanish; with as many hard negatives in the same slots (the
same words used as words, role nouns where a name would stand: "Mother stated", "Staff reports").

Pools: the US SSA given names that are English words (bundled for the model, public domain, see
PHI-LISTS-NOTICE.txt), round 5's word-names, surnames that are words (written here), GeoNames towns (bundled),
and invented names and towns, so the model reads the sentence and not the spelling. Same markup as every PHI
corpus ({{TYPE|text}} PHI, [[text]] hard negatives). Deterministic: the same seed gives the same files.

Usage (from the project root): python3 corpora/phi/tools/generate_train_r8.py

Blind discipline: round 6's clean() drops every drawn name, town or venue word that occurs inside a label, a
hard negative or a quoted value of any spent blind set or report; nothing of those files is printed.
"""
import importlib.util
import os
import random
import re

HERE = os.path.dirname(__file__)
_spec = importlib.util.spec_from_file_location("r6", os.path.join(HERE, "generate_train_r6.py"))
r6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(r6)
r5 = r6.r5
rng = random.Random(808)
r6.rng = rng  # round 6's helpers draw from this round's seed

clean, pick, P, L, N = r6.clean, None, r6.P, r6.L, r6.N


def pick(xs):
    return xs[rng.randrange(len(xs))]


# Given names that are everyday words: SSA's word-names (the first 6,000 by births) and round 5's pool, less
# what clients call each other where a name would stand ("doc", "bro") and the role nouns below.
_NOT = {w.lower() for w in r6.NOT_NAMES} | {
    # SSA entries that name nobody in a note (placeholders, body and identity words, places)
    "baby", "infant", "unknown", "gay", "brain", "oral", "dick", "meta", "desire", "messiah", "china", "mecca", "job"}
# Surnames that are words: trades, landscape, colours, qualities. Written for PracticeKit.
WORD_SURNAMES = clean("""
Stone Woods Fields Frost Snow Wolfe Gross Sharp Strong Moody Steele Castle Hart Weaver Fisher Carpenter Chambers
Bush Berry Glass Gray Summers Pope Dean Fowler Parsons Hooper Barber Slaughter Booker Bird Crane Peacock Swan
Wolf Lamb Fish Crow Hawk Nightingale Sparrow Robbins Forrest Meadows Vale Glenn Heath Pool Bridges Waters Rains
Noble Goodman Short Gentry Savage Strange Hardy Freeman Page Holmes Paradise Bond Money Honey Cotton Flowers
Root Spruce Greenwood Underwood Wheeler Spicer Chandler Sadler Gardner Thatcher Tucker Fuller Dyer Farmer
Fletcher Keeper Lord Earl Baron Bacon Rice Bean Bass Trout Salmon Herring Root Hogg Steer
""".split())
WORD_SURNAMES = sorted(set(WORD_SURNAMES))
SURNAMES = r6.SURNAMES
GIVEN_ANY = r6.SSA_NAMES + r6.GIVEN
# Towns abroad: the bundled GeoNames list (15,000 people or more), one word or two, and invented ones.
ABROAD = clean([t.title() for t in r6.list_file("geonames-cities.txt") if t.count(" ") <= 1][3:20000:5])
# Venue words: written for PracticeKit. A bar or a store by its sign is two ordinary words.
SIGN_A = clean("""Salty Drunken Dizzy Crooked Broken Copper Lazy Dirty Lonely Rowdy Sleepy Jolly Blind Hidden Noble Twisted Smoky
Muddy Frosty Stone Tin Brass Howling Painted Laughing Dancing Spotted""".split())
SIGN_B = clean("""Barrel Goose Duck Owl Crow Rooster Mule Pony Stallion Horseshoe Keg Tankard Whistle Kettle Spoon Fork Saddle
Spur Compass Dock Bucket Hound Badger Parrot Nickel Dime Wagon Caboose Cactus Pickle Onion Clover Thistle Acorn
Lamp""".split())
CHURCH_A = clean("""True Abundant Victorious Everlasting Faithful Eternal Glorious Apostolic Full""".split())
CHURCH_B = clean("""Bethel Calvary Hebron Gilead Moriah Carmel Pisgah Nebo Galilee Antioch Ephesus Bethany Gethsemane Tabor Rehoboth
Emmanuel Redeemer Glory Praise Deliverance Restoration Promise Victory Kingdom Word""".split())
CHURCH_HEAD = ["Tabernacle", "Ministries", "Fellowship", "Temple", "Chapel", "Worship Center", "Outreach Ministries",
               "Missionary Baptist", "Church of God in Christ", "Apostolic Church", "Full Gospel", "AME",
               "Assembly", "Christian Center", "Deliverance Center", "Kingdom Hall", "Family Church"]
PROGRAM_A = clean("""Horizon Pathways Bridges Turning Directions Compass Renewal Aspire Clarity Haven Northpoint Stonegate""".split())
PROGRAM_HEAD = ["PHP", "IOP", "PHP/IOP", "Day Program", "Partial", "RTC", "Adolescent IOP", "Women's IOP"]
STREET_WORDS = clean("""Walnut Chestnut Adams""".split())
ROLE_NOUNS = ["Mother", "Father", "Mom", "Dad", "Client", "Patient", "Pt", "Staff", "Teacher", "Nurse",
              "Grandmother", "Grandfather", "Sister", "Brother", "Son", "Daughter", "Husband", "Wife", "Partner",
              "Caseworker", "Counselor", "Writer", "Guardian", "Aunt", "Uncle", "Supervisor", "Coach", "Roommate",
              "Officer", "Therapist", "Provider", "Principal", "Landlord", "Employer", "Sponsor", "Friend"]
RELATIONS = ["brother", "sister", "mom", "mother", "dad", "father", "son", "daughter", "aunt", "uncle", "cousin",
             "grandma", "grandpa", "husband", "wife", "boyfriend", "girlfriend", "bf", "gf", "partner", "fiance",
             "ex", "roommate", "coworker", "boss", "friend", "best friend", "neighbor", "stepdad", "stepmom",
             "sponsor", "caseworker", "niece", "nephew", "godmother", "manager", "supervisor", "baby daddy"]
PERSON_VERBS = ["said", "says", "stated", "reported", "reports", "yelled", "cried", "called", "texted", "left",
                "moved out", "relapsed", "punched the wall", "picked her up", "came by", "showed up drunk",
                "got arrested", "threatened her", "apologized", "is in rehab", "was deployed", "passed away",
                "had the baby", "started a new job", "refuses to talk", "blocked him", "lied again",
                "took the kids", "dropped out", "is pregnant", "got out of jail", "drove her home",
                "asked about group", "missed the appointment", "denies any drinking", "was tearful"]
WORD_GIVEN = sorted(n for n in set(r6.SSA_WORD_NAMES + r6.WORD_NAMES)
                    if n.lower() not in _NOT and n not in ROLE_NOUNS and n.lower() not in RELATIONS)
# ordinary words capitalized at a sentence start before a verb: no one ("Rain kept him home")
THING_SUBJECTS = clean("""Money Dinner Breakfast Payday Shame Drinking Exercise Medication Insurance Transportation Parking Weather Snow
Heat Music Reading Baseball Football Soccer Basketball Swimming Running Cooking Gardening Volunteering""".split())


def word_given(lower=False):
    n = pick(WORD_GIVEN)
    return n.lower() if lower else n


def given():
    r = rng.random()
    if r < 0.55:
        return pick(WORD_GIVEN)
    if r < 0.8:
        return pick(GIVEN_ANY)
    return r5.invented()


def foreign_town():
    if rng.random() < 0.8:
        return pick(ABROAD)
    return r5.invented(pick(["pur", "abad", "ville", "burg", "ovo", "ec", "ingen", "ía", "ito", "ola", ""]))


def bar():
    r = rng.random()
    if r < 0.6:
        return pick(SIGN_A) + " " + pick(SIGN_B)
    if r < 0.8:
        return pick(WORD_GIVEN + GIVEN_ANY) + "'s"
    return pick(SIGN_B) + " & " + pick(SIGN_B)


def church():
    r = rng.random()
    if r < 0.55:
        return pick(CHURCH_A) + " " + pick(CHURCH_B) + " " + pick(CHURCH_HEAD)
    if r < 0.8:
        return pick(CHURCH_B) + " " + pick(CHURCH_HEAD)
    return pick(["Iglesia", "Templo", "Ministerio"]) + " " + pick(["Nueva Vida", "Fuente de Vida", "Roca Firme",
                                                                   "El Shaddai", "Monte Sion", "Pan de Vida",
                                                                   "Aguas Vivas", "Puerta del Cielo", "Betel"])


def program():
    r = rng.random()
    if r < 0.6:
        return pick(PROGRAM_A) + " " + pick(PROGRAM_HEAD)
    letters = "ABCDEFGHIKLMNOPRSTW"
    acr = "".join(pick(letters) for _ in range(rng.choice([3, 4, 4])))
    return acr if r < 0.85 else acr + " " + pick(["IOP", "PHP"])


def store_on():
    return pick(r6.STORES) + " on " + pick(STREET_WORDS + WORD_SURNAMES[:40])


SLOTS = {
    "WG": lambda: P(word_given()),
    "G": lambda: P(given()),
    "WS": lambda: P(pick(WORD_SURNAMES)),
    "S": lambda: P(pick(SURNAMES + WORD_SURNAMES)),
    "F": lambda: P(given() + " " + pick(SURNAMES + WORD_SURNAMES)),
    "WF": lambda: P(word_given() + " " + pick(WORD_SURNAMES)),
    "REL": lambda: pick(RELATIONS),
    "VERB": lambda: pick(PERSON_VERBS),
    "ROLE": lambda: N(pick(ROLE_NOUNS)),
    "THING": lambda: N(pick(THING_SUBJECTS)),
    "NW": lambda: N(pick(r6.NAME_WORDS)),
    # an author cited for a model or a method: a surname that names no one in the client's life
    "AUTH": lambda: N(pick(SURNAMES + WORD_SURNAMES) if rng.random() < 0.5 else r5.invented()),
    "YEAR": lambda: str(rng.randrange(1975, 2024)),
    # what a program's level is called, not its name: "the Adult IOP"
    "PKIND": lambda: N(pick(["Adult", "Adolescent", "Teen", "Virtual", "Evening", "Morning", "Women's", "Men's",
                             "Dual Diagnosis", "Trauma", "Eating Disorder", "Young Adult", "Substance Use"])),
    "LEVEL": lambda: pick(["IOP", "PHP", "PHP/IOP", "RTC", "day program"]),
    "ABROAD": lambda: L(foreign_town()),
    "BAR": lambda: L(bar()),
    "CHURCH": lambda: L(church()),
    "PROG": lambda: L(program()),
    "STOREON": lambda: L(store_on()),
    "TOWN": lambda: L(r6.town()),
    "DAY": lambda: N(pick(r5.DAYS)),
    "TEAM": lambda: N(pick(r6.TEAMS)),
    "DRUG": lambda: N(pick(r6.DRUGS)),
    "THER": lambda: N(pick(r6.THERAPIES)),
    "CHAR": lambda: N(given()),
    "PET": lambda: N(pick(r6.PETS)),
    "CAPW": lambda: pick(r6.PLAIN_WORDS).capitalize(),
    "W": lambda: pick(r6.PLAIN_WORDS),
    "TAG": lambda: pick(r6.TAGS),
    "EMO": lambda: pick(r6.EMOJI),
}

# Progress notes: a word-name or a word-surname as subject, after a relation, in lists, possessive, a title.
NOTES = """
{WG} {VERB} during the session.
Client reports {WG} {VERB}.
Client's {REL} {WG} {VERB}.
Her {REL}, {WG}, {VERB}.
His {REL} {WG} attended the second half of session.
Mother, {WG}, attended session and was supportive.
Attendees: client, {WG} ({REL}) and {WG} ({REL}).
Family present: {WG}, {WG} and {G}.
{WG}, {WG} and {WG} were at the house when police arrived.
Discussed conflict with {WG} and {G}.
{WG}'s {REL} called to cancel.
Client worries about {WG}'s drinking.
Collateral call with {WG} (client's {REL}).
Client identified {WG} as a safe adult.
Safety plan contacts: {WG} and {G}.
Client and {WG} argued again over the kids.
{WS} {VERB}; see note from {DAY}.
{WS} missed group; {WS} did too.
{WS} was tearful throughout and {VERB}.
Met with {WS} today; {WS} reports better sleep.
Mr. {WS} {VERB}.
Ms. {WS} called about the release.
Dr. {WS} will adjust the {DRUG}.
Consulted with {WS} at the school about the plan.
Per {WS}, the referral went out {DAY}.
{F} {VERB}.
Client's {REL} {F} wants a family session.
Spoke with {WF} about transportation.
Seen with partner {WG}; both reported less conflict.
Client named {WG} and {WG} as supports.
{WG} and client practiced {THER} skills.
Client misses {WG}, who moved away last year.
Brother {WG} has been in and out of jail.
Client's daughter {WG} (age 6) was present briefly.
Writer spoke with {WG} by phone.
{ROLE} {VERB}; {WG} {VERB}.
{ROLE} reports {WG} {VERB}.
"""
# Client texts in lower case: the same slots.
TEXTS = """
{WG} {VERB} {TAG}
my {REL} {WG} {VERB} {EMO}
me {WG} and {WG} went to the lake
me, {WG} and {G} are going
{WG} and {WG} came over lol
tell {WG} i said hi
thanks {WG}!!
ok {WG} see u {DAY}
{WG} can u call me
{WG} pls call me back {EMO}
omg {WG} i did it
sorry {WG} {TAG}
{WG}s mom is driving me
{WG}'s car broke down again
its {WG} new number
this is {WG} {TAG}
{WG} here
did {WG} call u
i told {WG} about therapy
{WG} thinks im crazy {TAG}
me and {WG} broke up {EMO}
{WS} is my PO now smh
mr {WS} gave me detention again
ms {WS} said i can retake it
coach {WS} benched me {TAG}
{ROLE} says hi lol
"""
VOICEMAIL = """
Hi this is {WG}, {WG}'s {REL}, calling about the appointment.
hi um its {WG} i need to reschedule
Hey it's {WG} from group, call me back.
this message is for {WG} please call {WS} back
Hello, this is {WF}, returning your call.
hi this is {WS} from the school calling about {WG}
hi yeah its {WG} {WG}s {REL}
"""
FORMS = """
Emergency contact: {WG} ({REL})
Emergency contact: {F}, {REL}
Referred by: {WF}
Household members: {WG} ({REL}), {WG} ({REL})
Parent/guardian: {F}
Name of {REL}: {WG}
Who do you live with? my {REL} {WG} and my {REL} {WG}
Pharmacy: {STOREON}
Place of birth: {ABROAD}
Church or faith community: {CHURCH}
Previous treatment: {PROG}
"""
SPANISH = """
mi {REL} {WG} me dijo que no
{WG} y {WG} vinieron ayer
soy {WG} la mama de {G}
gracias {WG}!!
mi esposo {WG} toma mucho
vamos a la {CHURCH} los domingos
mi familia es de {ABROAD}
crecí en {ABROAD}
trabaja en {BAR} en las noches
"""
# Places with no place word.
PLACES = """
He drinks at {BAR} most nights.
Client was at {BAR} until close.
Relapsed after a night at {BAR}.
she works nights at {BAR}
went to {BAR} after work {TAG}
They attend {CHURCH} on Sundays.
Client found support at {CHURCH}.
Pastor at {CHURCH} referred her.
we go to {CHURCH} {TAG}
Stepped down from {PROG} to weekly therapy.
Client started {PROG} last week.
Discharged from {PROG}; attending AA.
Referred to {PROG} for more support.
i start {PROG} monday
Picked up meds at the {STOREON}.
She works at the {STOREON}.
meet me at the {STOREON}
Client grew up in {ABROAD} and moved at 12.
Her grandmother still lives in {ABROAD}.
His family is from a village near {ABROAD}.
we r going to {ABROAD} for christmas
Flew to {ABROAD} for the funeral.
Client's {REL} lives in {TOWN}.
"""
NEGATIVES = """
Client attends the {PKIND} {LEVEL} three days a week.
Recommended the {PKIND} {LEVEL}; client declined.
Stepped down from the {PKIND} {LEVEL} to weekly sessions.
i start the {PKIND} {LEVEL} on monday
Used the {CAPW} Model ({AUTH} and {AUTH}) to frame the week.
Reviewed the {CAPW} {CAPW} approach ({AUTH} & {AUTH}, {YEAR}) with the couple.
Psychoeducation per {AUTH} and {AUTH} ({YEAR}) on the window of tolerance.
Handout adapted from {AUTH}, {AUTH} and {AUTH} ({YEAR}).
See {AUTH} et al. ({YEAR}) for the protocol.
The {AUTH}-{AUTH} scale was given at intake.
{ROLE} {VERB}.
{ROLE} reports sleep is better.
{ROLE} stated she is worried about the school.
{ROLE} was tearful today.
{ROLE} and client practiced {THER}.
{THING} has been hard lately.
{THING} kept him home on {DAY}.
{THING} went better than expected.
{THING} helps her cope.
Client has {NW} about the plan.
{NW} came up in session.
she said she has little {NW} left
the {TEAM} lost again
{CHAR} from the show is so me {TAG}
our dog {PET} got out
Client took {DRUG} as prescribed.
{CAPW} was discussed.
{CAPW}: reviewed with client.
i will call u {DAY}
mark your calendar {TAG}
we talked about {W} in group
he is a baker at a grocery store
they walked by the river
she works as a hunter guide
the stone wall fell
a little hill behind the house
her mom is a nurse at the hospital
the church was packed
went to a bar after work
he is in a partial program now
the store on the corner was closed
"""
VOICES = {"notes": (NOTES, 900), "texts": (TEXTS, 700), "voicemail": (VOICEMAIL, 200), "forms": (FORMS, 250),
          "spanish": (SPANISH, 200), "places": (PLACES, 700), "negatives": (NEGATIVES, 900)}


def fill(template):
    return re.sub(r"\{([A-Z]+)\}", lambda m: SLOTS[m.group(1)](), template)


def line_for(voice, ts):
    n = 1 if rng.random() < 0.6 else 2
    parts = [fill(pick(ts)) for _ in range(n)]
    line = " ".join(parts)
    if voice in ("texts", "spanish") or (voice in ("places", "negatives", "notes") and rng.random() < 0.25):
        if rng.random() < 0.7:
            line = r6.lower_outside_and_in(line)
        line = r6.texting(line)
    elif voice == "voicemail" and rng.random() < 0.5:
        line = r6.lower_outside_and_in(line).replace(",", "")
    return line


def main():
    header = ("# PHI training corpus, round 8 ({voice}): invented snippets for the token model, names that are "
              "words and places with no place word, generated by\n# corpora/phi/tools/generate_train_r8.py from "
              "templates and name and place lists. Training data only; never a tuning or test set.\n")
    total = r6.write_voices("train-r8-", VOICES, line_for, header)
    print("wrote", total, "snippets;", len(WORD_GIVEN), "word given names,", len(WORD_SURNAMES), "word surnames,",
          len(ABROAD), "towns abroad")


if __name__ == "__main__":
    main()
