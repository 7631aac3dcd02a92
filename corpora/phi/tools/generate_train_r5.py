#!/usr/bin/env python3
"""Writes the round-5 training corpus for the PHI token model: corpora/phi/train-r5-*.txt.

Invented snippets in the PHI corpus markup ({{TYPE|text}} PHI, [[text]] hard negatives), composed from
clause templates per voice (progress notes, client texts, intake forms, e-mails, letters, voicemail,
billing, school and court, Spanish and Spanglish) and from name and place pools written for PracticeKit.
Deterministic: the same seed gives the same files.

Usage (from the project root): python3 corpora/phi/tools/generate_train_r5.py

Blind discipline: every proper-noun pool entry is dropped when any of its words is inside a labelled span
or a hard negative of a spent blind set (corpora/phi/blind-r1..r4 and their reports), so no string of a
blind set reaches the training data. Nothing of those files is printed. Round 5's blind set is never read.
"""
import os
import random
import re

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
PHI = os.path.join(ROOT, "corpora", "phi")
rng = random.Random(13)


def blind_words():
    words = set()
    for name in sorted(os.listdir(PHI)):
        if not name.startswith("blind-") or name.startswith("blind-r5"):
            continue
        if not re.match(r"blind-r[1-4](-report)?\.txt$", name):
            continue
        with open(os.path.join(PHI, name), encoding="utf-8") as f:
            text = f.read()
        spans = re.findall(r"\{\{[A-Z_*]+\|([^}]*)\}\}", text) + re.findall(r"\[\[([^\]]*)\]\]", text)
        spans += re.findall(r"'([^'\n]{1,60})'", text)  # the reports quote missed values
        for s in spans:
            for w in re.findall(r"[^\W\d_]+", s):
                words.add(w.lower())
    return words


BLIND = blind_words()


def pool(text, keep_common=False):
    out = []
    for item in [x.strip() for x in text.replace("\n", ",").split(",")]:
        if not item:
            continue
        ws = [w.lower() for w in re.findall(r"[^\W\d_]+", item)]
        if not keep_common and any(w in BLIND for w in ws):
            continue
        out.append(item)
    return out


GIVEN = pool("""
Darnell, Latrice, Tamika, Shanice, Jamal, Tyrone, Keyshawn, Deja, Imani, Jalen, Kiara, Tremaine, Aaliyah, Marquise,
Janelle, Rashida, Dante, Desmond, Ebony, Terrell, Kendrick, Monique, Andre, Lashawn, Shaniqua, Treyvon,
Ximena, Guadalupe, Itzel, Yesenia, Maricela, Rogelio, Efrain, Araceli, Nayeli, Osvaldo, Leticia, Joaquin, Graciela,
Esteban, Marisol, Rafael, Beatriz, Ignacio, Yadira, Fernando, Lourdes, Socorro, Arturo, Consuelo, Dulce, Heriberto,
Priyanka, Rohan, Anjali, Vikram, Deepika, Sanjay, Kavya, Arjun, Nikhil, Lakshmi, Harpreet, Gurpreet, Meera, Aarav,
Sunita, Rajesh, Divya, Ishaan, Pooja, Tanvi, Ravi, Naveen, Shreya, Yash,
Wei, Xiaoling, Jun, Minh, Thuy, Huong, Jae-won, Seo-yeon, Hiroshi, Yuki, Haruto, Mei, Jiayi, Zhen, Bao, Linh, Tuan,
Soo-ah, Min-jun, Kenji, Aiko, Ryota, Hana, Quang, Phuong, Yong,
Chidi, Ngozi, Oluwaseun, Adaeze, Kwame, Abena, Tendai, Nia, Babajide, Folasade, Emeka, Chiamaka, Kofi, Ama, Yaw,
Fatima, Omar, Yusuf, Layla, Hamza, Noor, Khalid, Samira, Tariq, Rania, Mustafa, Zainab, Bilal, Amal, Karim,
Oksana, Dmitri, Svetlana, Bogdan, Katarzyna, Wojciech, Agnieszka, Irina, Nikolai, Milena, Goran, Jelena, Tomasz,
Siobhan, Declan, Niamh, Saoirse, Cormac, Aoife, Bronagh, Ciaran,
Brittany, Kayleigh, Brayden, Jaxon, Kinsley, Paisley, Maddox, Colton, Hadley, Bentley, Emmalyn, Tatum, Kasey, Brantley,
Gregory, Deborah, Kathleen, Russell, Douglas, Pamela, Theresa, Gerald, Beverly, Roger, Dolores, Walter, Judith, Gary,
Wendell, Marlene, Clifford, Rosalind, Thaddeus, Ingrid, Gunnar, Astrid, Soren, Linnea, Anders, Britt,
Mateus, Thiago, Rafaela, Joao, Leandro, Vitoria, Caio, Bruna
""")
# Given names that are everyday words: the model must read them by what the sentence does with them.
WORD_NAMES = pool("""
Hope, Will, Grace, Faith, Joy, Patience, Mercy, Summer, Autumn, Dawn, Sky, River, Brook, Chase, Hunter, Grant,
Rose, Iris, Ginger, Honey, Sunny, Lily, Ivy, Daisy, Violet, Pearl, Ruby, Amber, Crystal, Jade, Cash, King, Major,
Bishop, Rocky, Angel, Destiny, Harmony, Chance, Charity, Hazel, Olive, Sage, Storm, Rain, Star, Buck, Bear, Duke,
Art, Earl, Jack, Ray, Bill, Frank, Mark, Pat, Sue, Rob, Drew, Gene, Reed, Wade, Lane, Heath, Clay, Forest, Cliff,
Glen, Dale, Dusty, Misty, Candy, Cookie, Precious, Justice, Royal, Marvel, Blessing, Gift, Promise, Miracle, Neve,
Willow, Aspen, Raven, Wren, Robin, Jay, Rusty, Sandy, Penny, Goldie, Sugar, Cinnamon, Pepper, Bunny, Trinity,
Blue, Bliss, Cloud, Lark, Fern, Juniper, Clover, Poppy, Marigold, Wynter, Stormy, Journey, Legend, Saint, Kingston,
Rebel, Ocean, Phoenix, Lyric, Melody, Haven, Serenity, Heaven, Essence, Unique, Diamond, Sterling, Reign, Story,
Echo, Onyx, Bronze, Ash, Birch, Oakley, Rowan, Sparrow, Finch, Dove, Pebble, Sunshine, Lucky, Sonny, Boss, Ace
""", keep_common=False)
SURNAMES = pool("""
Okafor, Nwosu, Adeyemi, Mensah, Boateng, Mbeki, Kowalczyk, Wisniewski, Nowak, Petrenko, Shevchenko, Horvat,
Nguyen-Tran, Pham, Truong, Huynh, Vo, Dang, Bui, Takahashi, Yamamoto, Watanabe, Inoue, Park, Choi, Jeong, Kang, Yoon,
Chaudhry, Siddiqui, Qureshi, Bhattacharya, Iyer, Venkataraman, Subramanian, Deshpande, Kulkarni, Banerjee, Reddy,
Haddad, Khoury, Nasser, Abboud, Mansour, Saleh, Farouk, Hakimi, Rahimi, Karimi, Tehrani,
Villalobos, Echeverria, Saldana, Arellano, Quintanilla, Cisneros, Zavala, Bustamante, Maldonado, Escobedo, Montoya,
Ochoa, Galindo, Barrientos, Carrasco, Olivares, Santillan, Valdez, Trujillo, Serrano,
Baker, Stone, Wood, Rivers, Street, Church, Banks, Fox, Bird, Frost, Golden, Sharp, Strong, Little, Long, Love,
Price, Small, Hardy, Gentry, Noble, Steele, Lamb, Wolfe, Swan, Crane, Sparrow, Mills, Fields, Brooks, Marsh, Ford,
Bell, Bishop, Cook, Hunter, Fisher, Carpenter, Mason, Porter, Booker, Sawyer, Weaver, Archer, Chambers, Waters,
Goodman, Freeman, Wise, Lowe, Rich, Hale, Moody, Best, Vance, Pruitt, Gaines, Pickett, McAllister, O'Donnell,
Fitzgerald, Delacroix, Lindqvist, Bergstrom, Halvorsen, Johansson, Eriksen, Van Buren, De Leon, Del Rio
""")
NEIGH_A = pool("""
Oak, Maple, Cedar, Pine, Willow, Elm, Birch, Aspen, Spring, Fair, Glen, Green, Brook, Stone, River, Lake, Sunny,
Pleasant, Rolling, Forest, Shady, Iron, Silver, Golden, Rock, Mill, Eagle, Hawk, Fox, Deer, Cherry, Apple, Walnut,
Hickory, Laurel, Highland, Red, Blue, Clear, Bright, Hidden, Twin, Old, Union, Liberty, Prospect, Bay, Heron, Quail,
Meadow, Sandy, Crystal, Orchard, Copper, Timber, Bridge, Church, Market, Mission, Canal, Harbor, Summit, Sunset
""", keep_common=True)
NEIGH_B = pool("""
Park, Hills, Heights, Grove, Village, Ridge, Point, Creek, Valley, Springs, Falls, Meadows, Gardens, Terrace,
Crossing, Landing, Harbor, Station, Square, Acres, Woods, Shores, Bluff, Hollow, Flats, Junction, Mills, Bend, Run,
Glen, Commons, Knolls, Estates, Manor
""", keep_common=True)
TOWNS = pool("""
Oakdale, Brookfield, Fairview, Riverside, Lakewood, Glenview, Ashford, Millbrook, Stonebridge, Westbury, Kingsport,
Marion, Greenfield, Cedarburg, Pinecrest, Hartwell, Dunmore, Wexford, Belmont Shore, Elmhurst Park, Ridgefield,
Bellwood, Haverford, Kenwood, Linden, Avondale, Woodlawn, Roseland, Brighton Park, Morgan Park, Pilsen Norte,
Little Saigon, Chinatown, Koreatown, Fishtown, Germantown, Dogpatch, Bywater, Five Points, Old Town, Midtown,
Southside, Eastgate, Northfield, Sunnyside, Hollywood Park, Cottonwood, Paradise Valley, Happy Valley, Eagle Rock,
Tacoma, Spokane, Duluth, Fargo, Macon, Dothan, Yakima, Ogden, Pueblo, Waco, Lubbock, Amarillo, Racine, Kenosha,
Joliet, Peoria, Rockford, Muncie, Gary, Hammond, Lorain, Akron, Dayton, Flint, Lansing, Saginaw, Erie, Scranton,
Guadalajara, Oaxaca, Puebla, Monterrey, Tijuana, Lagos, Accra, Nairobi, Manila, Cebu, Lahore, Karachi, Dhaka,
Kraków, Gdańsk, Lviv, Odesa, Sarajevo, Zagreb, Hanoi, Hue, Da Nang, Busan, Incheon, Osaka, Sapporo, Mumbai, Chennai,
Kerala, Punjab, Medellín, Cali, Quito, Cuenca, San Salvador, Santa Ana, Ponce, Mayagüez, Santiago, Valparaíso
""")
BIZ_A = pool("""
Blue Door, Golden Spoon, Lucky Star, Red Barn, Happy Paws, Second Chance, Daily Grind, Corner Pocket, Sweet Spot,
Iron Horse, Silver Lining, Green Leaf, Old Mill, Rusty Nail, Early Bird, Brass Rail, Open Road, Bright Start,
Little Sprouts, Fresh Start, Tender Care, Good Shepherd, Helping Hands, Sunrise, Sunset, Harvest, Lighthouse, Anchor,
Northstar, Keystone, Cornerstone, Evergreen, Heartland, Crossroads, Riverbend, Frontier, Summit, Pioneer, Liberty,
Paradise, Royal, Imperial, Diamond, Emerald, Sapphire, Magnolia, Juniper, Copper Kettle, Black Sheep, White Rabbit,
Wild Goose, Painted Pony, Thirsty Lion, Hungry Bear, Busy Bee, Humble Bean, Jolly Pig, Salty Dog, Happy Dragon
""", keep_common=True)
BIZ_HEAD = pool("""
Cafe, Diner, Bakery, Tavern, Grill, Auto Body, Salon, Barbershop, Cleaners, Laundromat, Daycare, Fitness, Kitchen,
Pub, Lounge, Motors, Pizza, Taqueria, Deli, Hardware, Nails, Tattoo, Lanes, Cinema, Roofing, Plumbing, Landscaping,
Logistics, Staffing, Foods, Packaging, Credit Union, Insurance, Realty, Car Wash, Storage, Farms, Nursery, Kennels,
Bar & Grill, Steakhouse, Brewing, Coffee, Donuts, Market, Warehouse, Distribution, Trucking, Towing
""", keep_common=True)
POSS_HEAD = pool("Tacos, Kitchen, Garage, Place, Bar, Diner, Bakery, Pizza, Tire Shop, Cleaners, Beauty Supply, Grocery,"
                 " Lounge, Hot Dogs, Pho, Mariscos, Jerk Chicken, Auto, Daycare, Salon", keep_common=True)
SCHOOL_HEAD = pool("""
Elementary, Middle School, High School, Academy, Prep, Montessori, Charter School, Community College, High, Middle,
Junior High, Primary, Early Learning Center, Christian Academy, Catholic School
""", keep_common=True)
CHURCH = pool("""
New Hope Baptist, Greater Mount Zion, Living Waters Fellowship, Cornerstone Church, Grace Lutheran, First Methodist,
Holy Family, Sacred Heart, Our Lady of Mercy, Saint Anne's, Bethel AME, Shiloh Missionary Baptist, Victory Outreach,
Iglesia Roca Firme, Templo Fe Viva, Masjid Al-Noor, Beth Shalom, Vineyard Fellowship, Harvest Bible Chapel,
Calvary Chapel, Mount Olive, Good News Tabernacle, Open Door Church, River of Life, Kingdom Hall, Trinity United,
Faith Temple, Light of the World, Emmanuel Lutheran, Saint Casimir, Holy Trinity Orthodox, Wat Thai, Gurdwara Sahib,
Greater Bethlehem Temple, Rock of Ages Fellowship, New Covenant Ministries, Abundant Life Church, Word of Faith Center,
Spirit of Praise, Holy Ghost Tabernacle, Pilgrim Rest Baptist, Mount Carmel, Little Flower, Star of Bethlehem,
Ebenezer Baptist, Zion Hill, Peace Lutheran, Redeemer Lutheran, Cross Pointe, Journey Church, Elevate Church,
Mosaic Fellowship, Iglesia Nueva Vida, Templo Bethel, Misión Cristiana, Our Savior's, St. Wenceslaus, St. Adalbert
""")
CARE_HEAD = pool("Memorial, General, Regional, Medical Center, Behavioral Health, Recovery Center, House, Manor, "
                 "Senior Living, Rehab, Hospital, Clinic, Urgent Care, Health Partners, Counseling Center", keep_common=True)
PET_NAMES = pool("Biscuit, Peanut, Waffles, Noodle, Pickles, Mochi, Bandit, Shadow, Ziggy, Pumpernickel, Sprinkles, "
                 "Tater, Nugget, Oreo, Bubbles, Marshmallow, Rocco, Bruno, Gizmo, Zeus", keep_common=True)

EPONYMS = pool("""
Beck, Linehan, Gottman, Bowlby, Winnicott, Yalom, Freud, Jung, Erikson, Piaget, Maslow, Bandura, Seligman, Minuchin,
Satir, Kohut, Adler, Skinner, Pavlov, Kabat-Zinn, Perel, Porges, Siegel, Kernberg, Masterson, Mahler, Ainsworth,
Vygotsky, Rogers, Frankl, Horney, Fromm, Lazarus, Meichenbaum, Padesky, Greenberger, Burns, Foa, Resick, Najavits,
Hayes, Wilson, Young, Shapiro, Levine, Ogden, Kolk, Schwartz, Johnson, Greenspan, Barkley, Kazdin, Patterson
""", keep_common=True)
CONDITIONS = pool("Asperger's, Tourette's, Alzheimer's, Parkinson's, Huntington's, Crohn's, Hashimoto's, Cushing's, "
                  "Addison's, Graves' disease, Down syndrome, Bell's palsy, Lyme disease, Munchausen, Korsakoff",
                  keep_common=True)
THERAPIES = pool("CBT, DBT, EMDR, ACT, IFS, TF-CBT, PCIT, EFT, ERP, CPT, PE, MBSR, MBCT, Seeking Safety, Somatic "
                 "Experiencing, Motivational Interviewing, Exposure and Response Prevention, Schema Therapy, Narrative "
                 "Therapy, Play Therapy, Sandtray, Theraplay, Circle of Security, Triple P, Incredible Years, "
                 "Wise Mind, Opposite Action, Radical Acceptance, Safe Place, Container exercise", keep_common=True)
DRUGS = pool("""
sertraline, Zoloft, Lexapro, escitalopram, fluoxetine, Prozac, Wellbutrin, bupropion, Abilify, Seroquel, quetiapine,
lamotrigine, Lamictal, lithium, Adderall, Vyvanse, Concerta, Ritalin, Xanax, Klonopin, Ativan, trazodone,
hydroxyzine, Vistaril, prazosin, naltrexone, Suboxone, Vivitrol, Narcan, Buspar, Effexor, Cymbalta, Trintellix,
Rexulti, Latuda, Spravato, Ambien, melatonin, Strattera, guanfacine, clonidine, Depakote, Topamax, gabapentin,
Neurontin, propranolol, mirtazapine, Remeron, Paxil, Celexa, Risperdal, Zyprexa, Invega, Tegretol
""", keep_common=True)
BRANDS = pool("""
Instagram, TikTok, Snapchat, Facebook, Discord, YouTube, Netflix, Hulu, Spotify, Uber, Lyft, DoorDash, Amazon, Venmo,
Zelle, Cash App, Headspace, Calm, Tinder, Hinge, Bumble, Roblox, Minecraft, Fortnite, Xbox, PlayStation, iPhone,
Fitbit, Apple Watch, Google, Zoom, SimplePractice, MyChart, Duolingo, Reddit, Pinterest, WhatsApp, Grindr, Twitch,
Peloton, Gatorade, Red Bull, Monster, Juul, Vuse, Starbucks, Chipotle, McDonald's, Sonic, Doritos, Cheetos, Takis
""", keep_common=True)
SHOWS = pool("Grey's Anatomy, The Office, Bluey, Stranger Things, Friends, Euphoria, Love Island, The Bachelor, "
             "SpongeBob, Paw Patrol, Peppa Pig, Ted Lasso, Game of Thrones, Harry Potter, Star Wars, Pokémon, "
             "Shrek, Moana, Encanto, Frozen, Inside Out, Sesame Street, Mister Rogers, Law and Order, Jeopardy",
             keep_common=True)
TEAMS = pool("Bears, Cubs, White Sox, Bulls, Blackhawks, Packers, Lakers, Yankees, Cowboys, Eagles, Steelers, "
             "Dodgers, Warriors, Celtics, Red Sox, Vikings, Lions, Brewers, Cardinals, Chiefs", keep_common=True)
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NAME_WORDS = ["hope", "will", "grace", "faith", "joy", "patience", "mercy", "summer", "autumn", "dawn", "sky",
              "river", "chase", "hunter", "grant", "rose", "iris", "ginger", "honey", "sunny", "lily", "ivy", "daisy",
              "violet", "pearl", "ruby", "amber", "crystal", "jade", "cash", "king", "major", "bishop", "angel",
              "destiny", "harmony", "chance", "charity", "hazel", "olive", "sage", "storm", "rain", "star", "art",
              "bill", "frank", "mark", "drew", "reed", "lane", "clay", "cliff", "glen", "penny", "sugar", "pepper",
              "robin", "miracle", "gift", "promise", "justice", "blessing", "trinity", "brook", "forest", "dale"]
SEASON_WORDS = ["Summer", "Autumn", "Spring", "Winter"]


def pick(xs):
    return xs[rng.randrange(len(xs))]


SYLLABLES = ["ka", "lo", "ri", "ven", "dar", "mi", "to", "sel", "qua", "bre", "zin", "tor", "fa", "ne", "lu", "pra",
             "xi", "mo", "dre", "sha", "bel", "kor", "ta", "vi", "ron", "el", "an", "is", "ul", "gan", "pe", "do",
             "nar", "si", "ju", "ber", "trel", "ox", "am", "ly"]


def invented(ending=""):
    """A word no list holds: the model has to read it by its context, not by its spelling."""
    w = "".join(pick(SYLLABLES) for _ in range(2 + (rng.random() < 0.4)))
    return (w + ending).capitalize()


def invented_drug():
    return invented(pick(["ex", "ix", "ora", "amide", "zol", "vant", "lyn", "tra", "pam", "done"]))


def P(text):
    return "{{PERSON|" + text + "}}"


def L(text):
    return "{{LOCATION|" + text + "}}"


def N(text):
    return "[[" + text + "]]"


def given(lower=False):
    # a word-name is rarer in lowercase texts, where most everyday words are just words; an invented name
    # makes the model read the sentence, not the spelling
    r = rng.random()
    if r < 0.15:
        return invented()
    return pick(WORD_NAMES) if r < (0.25 if lower else 0.42) else pick(GIVEN)


def full(lower=False):
    return given(lower) + " " + pick(SURNAMES)


def person(lower=False):
    r = rng.random()
    v = given(lower) if r < 0.6 else (full(lower) if r < 0.85 else pick(SURNAMES))
    return P(v.lower() if lower else v)


def neighborhood():
    r = rng.random()
    if r < 0.55:
        a, b = pick(NEIGH_A), pick(NEIGH_B)
        return a + " " + b if a != b else a + " Park"
    return pick(TOWNS)


def business():
    r = rng.random()
    if r < 0.4:
        return pick(BIZ_A) + " " + pick(BIZ_HEAD)
    if r < 0.6:
        return pick(BIZ_A)
    if r < 0.8:
        return (pick(GIVEN + WORD_NAMES)) + "'s " + pick(POSS_HEAD)
    return pick(SURNAMES) + " " + pick(["& Sons", "Auto", "Construction", "Electric", "Family Dental", "Brothers",
                                         "Landscaping", "Funeral Home", "Insurance", "Law Group"])


def school():
    r = rng.random()
    if r < 0.5:
        return pick(SURNAMES + NEIGH_A) + " " + pick(SCHOOL_HEAD)
    if r < 0.75:
        return pick(NEIGH_A) + " " + pick(NEIGH_B) + " " + pick(SCHOOL_HEAD)
    return pick(SURNAMES)  # "a junior at Fitzgerald": a school by its namesake alone


def care():
    return pick(NEIGH_A + SURNAMES) + " " + pick(CARE_HEAD)


def place():
    r = rng.random()
    if r < 0.35:
        return neighborhood()
    if r < 0.6:
        return business()
    if r < 0.75:
        return school()
    if r < 0.88:
        return pick(CHURCH)
    return care()


def neg_any():
    r = rng.random()
    for share, xs in ((0.14, EPONYMS), (0.24, THERAPIES), (0.40, DRUGS), (0.54, BRANDS), (0.62, SHOWS),
                      (0.70, TEAMS), (0.80, DAYS)):
        if r < share:
            return N(pick(xs))
    return N(pick(CONDITIONS))


# hard-negative slots: the pool and whether a lowercase message writes it in lower case
NEG_SLOTS = {
    "EPO": (EPONYMS, False), "THER": (THERAPIES, False), "DRUG": (DRUGS, True), "BRAND": (BRANDS, True),
    "SHOW": (SHOWS, True), "TEAM": (TEAMS, True), "DAY": (DAYS, True), "MON": (MONTHS, True),
    "COND": (CONDITIONS, False), "NW": (NAME_WORDS, False), "SEASON": (SEASON_WORDS, True), "PET": (PET_NAMES, True),
}


NAME_SLOTS = {"G": given, "WN": lambda lower: pick(WORD_NAMES), "F": full}
PLACE_SLOTS = {"L": place, "HOOD": neighborhood, "BIZ": business, "SCH": school, "CH": lambda: pick(CHURCH)}


def fill(template, lower=False):
    """Replaces the slots of a template; each call draws new values."""
    def rep(m):
        slot = m.group(1)
        if slot == "P":
            return person(lower)
        if slot in NAME_SLOTS:
            v = NAME_SLOTS[slot](lower)
            return P(v.lower() if lower else v)
        if slot == "S":
            return P(pick(SURNAMES))
        if slot in PLACE_SLOTS:
            v = PLACE_SLOTS[slot]()
            return L(v.lower() if lower else v)
        if slot == "CARE":
            return L(care())
        if slot == "NEG":
            v = neg_any()
            return v.lower() if lower else v
        if slot in NEG_SLOTS:
            xs, lowerable = NEG_SLOTS[slot]
            v = pick(xs)
            return N(v.lower() if lower and lowerable else v)
        if slot == "XDRUG":
            v = invented_drug()
            return N(v.lower() if lower or rng.random() < 0.4 else v)
        if slot == "XBRAND":
            return N(invented() if not lower else invented().lower())
        if slot == "XADJ":
            return N(invented(pick(["ian", "ean", "esque", "ian"])))
        if slot == "XEPO":
            return N(invented() if rng.random() < 0.7 else invented() + "-" + invented())
        if slot == "NWC":
            return N(pick(NAME_WORDS).capitalize())
        raise KeyError(slot)
    return re.sub(r"\{([A-Z]+)\}", rep, template)


# Clause templates per voice. {P} person, {G} given name, {WN} word-name, {F} full name, {S} surname alone,
# {L} any place, {HOOD} neighborhood or town, {BIZ} business, {SCH} school, {CH} church, {CARE} facility;
# hard negatives: {NEG} any, {EPO} eponym, {THER} therapy, {DRUG}, {BRAND}, {SHOW}, {TEAM}, {DAY}, {MON},
# {COND} condition, {NW}/{NWC} a name word used as a word, {SEASON}, {PET} a pet's name.
NOTES = """
{G} arrived 10 min late, flat affect, reports poor sleep since the move to {HOOD}.
Pt reports conflict w/ {P} re: custody; processed using {THER} skills.
{WN} stated she has lost {NW} that things will change at {BIZ}.
{S} no-showed again; LVM, will f/u {DAY}.
Clt discussed {G}'s drinking; sister {G} drove him home from {BIZ}.
{WN} and {G} came in together for the couples session; used {EPO}'s repair framework.
Pt works second shift at {BIZ} and picks up weekends at {BIZ}.
Son attends {SCH}; IEP meeting with {P} next week.
Grief work re: {G}, who died in hospice at {CARE}.
{G} was discharged from {CARE} and is staying with cousin {G} in {HOOD}.
Client's {NW} is low today; {DRUG} helping with sleep per prescriber.
{WN} is worried about her son {G}, who was suspended from {SCH}.
Reviewed {EPO} model; pt identified triggers at work ({BIZ}).
Pt and {G} attend {CH} on {DAY}s; faith is a protective factor.
{G} said {G} keeps showing up at {BIZ} after closing.
Safety plan updated; contacts are {P} and {P}.
Discussed {COND} diagnosis of father; {G} is main caregiver in {HOOD}.
Pt volunteers at {CH} food pantry and coaches at {SCH}.
{WN} mentioned {SEASON} is hard since the accident near {HOOD}.
Pt spent the weekend at {G}'s place in {HOOD} watching {SHOW}.
Collateral call with {F} from {SCH}, who reports improved attendance.
{S} reports {DRUG} side effects; consult with {P} scheduled.
Clt moved from {HOOD} to {HOOD} to be closer to {G}.
{G}'s grandmother {G} still runs {BIZ} and expects him to work there.
Explored ambivalence about leaving {BIZ}; manager {G} is supportive.
Pt practiced {THER} with {G} present; {G} is her {NW}.
{WN} reports {G} has been texting her nonstop since the {TEAM} game.
Family session: mother {G}, stepfather {F}, brother {G}.
Client reports her dog {PET} is the reason she gets out of bed.
Pt is a junior at {SCH} and plays for the {TEAM} fan club on {BRAND}.
{G} reports relapse at a party in {HOOD}; {DRUG} restarted.
Met with {P} (case manager, {CARE}) to coordinate discharge.
{G} is starting at {SCH} in {MON}; anxious about the bus.
Pt says {S} from {BIZ} fired him without notice.
Referral to {P} at {CARE} for psych eval.
{WN} described feeling like a burden to {G} and {G}.
Client attends AA at {CH} and calls her sponsor {G} daily.
Used {EPO}'s stages; pt frames {G}'s death as unfinished business.
Pt's roommate {G} moved out; rent at the {HOOD} apartment is now too much.
Pt and partner {G} are looking at daycares, {BIZ} and {BIZ}.
{F} was present for the first half of session.
"""
TEXTS = """
hey its {G} cant make it {DAY} bc {G} has my car
omg {G} just showed up at {BIZ} again im shaking
{G} said she'd drive me but shes stuck at work in {HOOD}
can u call me back. {G} took the kids to her moms in {HOOD}
me and {G} broke up lol. idk if im ok
running late!! bus from {HOOD} is slow af
{G} keeps sending me {BRAND} msgs i blocked her twice
sorry i missed it, was at {SCH} for {G}'s conference
my boss {G} at {BIZ} wont give me the day off
cant sleep again, watched {SHOW} til 4 lol
{G} n {G} r coming over tonight so prob cant talk
hi this is {G}'s mom, she's sick today
do u take my insurance? {G} told me about u from {CH}
im at {BIZ} w {G} rn
{WN} is being weird again idk what to do
i took my {DRUG} but still feel off
we moved to {HOOD} last wk so new address soon
{G} from church said u do sliding scale?
pls dont tell {G} what i said about {G}
lol {G} got us tix to the {TEAM} game
{G} wants to come to the next session is that ok
stuck at {BIZ} til 7 tn can we do tmrw
my daughter {G} goes to {SCH} and they called again
ugh {S} from the landlord office keeps calling
{G} got fired from {BIZ} now hes home all day
i slept at {G}s last night in {HOOD}
{WN} came over and we just talked for hours
going to {CH} with my tia {G} this sunday
tell {G} i said thx for the ride from {HOOD}
i feel like {WN} hates me since {MON}
"""
FORMS = """
Emergency contact: {F} (sister), lives in {HOOD}.
Referred by: {P}, {CARE}
School: {SCH}. Teacher: {P}. Grade 4.
Employer: {BIZ}. Supervisor: {G}.
Primary care: {P}, {CARE}.
Place of worship / community: {CH}
Household members: {G} (partner), {G} (son), {G} (daughter)
Previous therapist: {F} at {CARE}
Lives with: grandmother {G} in {HOOD}
Current medications: {DRUG}, {DRUG}; prescriber {P}
Reason for referral: conflict with {G} at {BIZ}; panic on {DAY}s.
Who may we contact? {F}, {F}
Guardian: {F}. Case worker: {P} ({CARE}).
Occupation: line cook, {BIZ}, {HOOD}
Hobbies: {SHOW}, {BRAND}, going to {TEAM} games with {G}
Prior treatment: {THER} with {P}, {MON}-{MON}
"""
EMAILS = """
Hi {G}, thanks for the referral from {CARE}; we can see the client on {DAY}.
Hello, I'm {F}, {G}'s aunt, writing because she won't reach out herself.
Dear {S}, attached is the ROI for {SCH}; please sign and return.
Hi there, {G} from {BIZ} HR here about the leave paperwork for {G}.
Thanks so much! {G} loved the session and wants to try {THER} again.
Per our call, {P} will bring {G} on {DAY}; they live near {HOOD} now.
Good morning, this is {F} at {SCH}; {G} has missed 6 days this month.
Hi, {G} said you recommended {BRAND}; is the free version okay?
Best, {F}
Warmly, {G}
"""
LETTERS = """
To whom it may concern: {F} has been in treatment with me since {MON} and is able to return to work at {BIZ}.
I am writing on behalf of {F}, who attends {SCH} and has a diagnosis that affects attendance.
{F} is known to me through {CH}, where I serve as pastor.
Please excuse {G} from jury duty; she is the sole caregiver for {G} in {HOOD}.
This letter confirms that {F} completed sixteen sessions of {THER}.
Sincerely, {F}, LCSW, {CARE}
"""
VOICEMAIL = """
Hi, this is {G} calling from {CARE}, returning a call about {G}; call me back at the main line.
Hey, it's {G}, {G}'s husband, she's not feeling up to it {DAY}, sorry.
Hello, {F} from {SCH} counseling office, calling about {G}.
Hi this message is for {S}, it's {G} at {BIZ} about the schedule.
Yeah hi it's {G} um I'm at {BIZ} in {HOOD} and I need to move my appointment.
Hello, this is {F}, the probation officer for {G}, please call me.
"""
BILLING = """
Spoke w/ {G} at {BRAND} support re: autopay; client's card on file declined.
Called payer, rep {G} confirmed auth; ref given to {P}.
Statement mailed to {F} in {HOOD}; balance due by {MON}.
Client's mother {F} is guarantor; she works at {BIZ}.
Copay waived per {P}; hardship form signed by {G}.
"""
COURT = """
GAL {F} requested records for the hearing; judge is {S}.
Per court order, {G} has supervised visits at {CARE} on {DAY}s.
Attorney {F} asked whether {G} disclosed anything about {G}.
{G}'s teacher at {SCH}, {P}, reported bruising to DCFS.
School social worker {P} ({SCH}) asked for a 504 update.
Judge {S} granted the protective order against {G}.
Visitation exchange moved to {BIZ} in {HOOD}.
{G} testified that {G} lived with them in {HOOD} until {MON}.
"""
SPANISH = """
mi tía {G} vive en {HOOD} y me ayuda con los niños
fui con {G} a {CH} el domingo y me sentí mejor
{G} dice que no puede venir el {DAY} porque trabaja en {BIZ}
la maestra de mi hijo en {SCH} se llama {P}
mi esposo {G} toma {DRUG} pero no le ayuda
Pt's abuela {G} lives in {HOOD}, habla solo español.
hola soy {G} la mamá de {G}, está enferma hoy
my suegra {G} came from {HOOD} to help w the baby
trabajo en {BIZ} con mi prima {G}
mi hija {G} va a {SCH} y no quiere ir
Session in Spanish; client's hermano {G} still in {HOOD}.
{G} y yo vamos a la iglesia {CH} todos los domingos
ayer {G} me llamó llorando desde {BIZ}
"""
# Sentences without PHI: hard negatives of every class, so the model learns what is not a name.
NEGATIVES = """
Used {EPO}'s framework to map the pattern; pt found it helpful.
Discussed {COND} in the family; no PHI disclosed.
Pt is on {DRUG} and {DRUG}; adherence good.
Teen spends 6 hours a day on {BRAND} and {BRAND}.
Client binge-watched {SHOW} all weekend and felt worse.
{NWC} is hard to hold onto this week, client said.
Client has lost {NW} that treatment will help.
She wants to give herself {NW} after the slip.
[[Will]] follow up {DAY}; next session in {MON}.
Pt reports {SEASON} is her hardest season.
{THER} skills reviewed: {THER}, {THER}.
Pt's dog {PET} sleeps in her bed now.
Watched the {TEAM} lose again and drank too much.
Homework: {BRAND} meditations, {THER} worksheet.
{EPO} and {EPO} both describe this stage.
Pt prefers {THER} over {THER}.
{NWC} period for the copay ends {DAY}.
The {EPO} scale was administered; score in normal range.
ok so {NW} is a big word for me rn lol
i just want some {NW} in my life tbh
took my {DRUG} late again smh
been on {BRAND} all night cant stop
watching {SHOW} w the kids
{DAY}s are the worst for me
she said {NW} like it was easy
In {MON} the symptoms worsen; seasonal pattern.
[[Frank]] discussion about drinking; pt was candid.
[[Mark]] progress on the chart; will review {DAY}.
[[Bill]] for the session goes to the insurer, not the client.
[[Grant]] application for the housing voucher was denied.
[[Chase]] the feeling, pt said, rather than avoid it.
[[Art]] therapy group meets {DAY}s.
[[May]] consider increasing {DRUG} if no response.
[[Patience]] with her son is wearing thin.
[[Faith]] community is a strength; spirituality discussed.
[[Storm]] last night knocked out power; pt anxious.
[[Rose]] bushes in the yard remind her of her mother.
[[Sunny]] weather improved mood per pt.
[[Hunter]] safety course is a goal for father and son.
[[River]] walks help with rumination.
His startle to the doorbell is almost {XADJ} by now.
She called it a {XADJ} slip and laughed it off.
The family rules feel {XADJ} to him: rigid and punishing.
Her reading of the breakup is very {XADJ}; explored other lenses.
House flooded in Hurricane {XBRAND} and she still startles at thunder.
After Tropical Storm {XBRAND} the family stayed in a shelter for a week.
Discussed the {XEPO} Prison Experiment and conformity at work.
Talked about the {XEPO} Effect and why he freezes in meetings.
Client scored in the moderate range on the {XEPO} Scale.
Reviewed the {XEPO} study on attachment with the parents.
Pt cited the {XEPO} Principle when talking about procrastination.
Went through the {XEPO} Protocol for panic; interoceptive exposure next.
The {XEPO} Method worksheets are in the shared folder.
He compares himself to {XEPO}, the quarterback, all the time.
Started {XDRUG} 10 mg last week; prescriber may titrate to 20 mg.
Pt switched from {DRUG} to {XDRUG} due to weight gain.
{XDRUG} was discontinued after a rash; trying {XDRUG} ER instead.
Teen downloaded {XBRAND} and spends hours on it after school.
Client uses the {XBRAND} app for mood tracking and the {XBRAND} app for sleep.
Family watches {XBRAND} together on Fridays; pt likes the main character.
Introduced the {XEPO} model of grief; client related to the dual process idea.
Used {XEPO}'s window of tolerance framing; pt mapped her hyperarousal.
Administered the {XEPO} Inventory; scores pending.
Per {XEPO} and {XEPO}, shame is central to the cycle.
Read chapter 3 of {XEPO}'s workbook as homework.
Pt plays {XBRAND} online until 3 am and skips breakfast.
Client's favorite band is {XBRAND}; lyrics came up in session.
Bought a {XBRAND} weighted blanket; sleep slightly better.
Diagnosed with {XEPO} syndrome as a child; fatigue limits work.
on {XDRUG} now and it makes me so sleepy
been playing {XBRAND} all night lol
downloaded {XBRAND} like u said
Plan: continue weekly sessions; Goals: sleep, routine, exercise.
Grade 9 has been rough; Math and English are the hardest classes.
Assessment: symptoms consistent with adjustment disorder.
Title of the worksheet was Catch It, Check It, Change It.
Group Therapy Notes - Topic: Boundaries.
Intake Summary: Presenting Problem, History, Risk, Plan.
Strengths: Humor, Curiosity, Supportive Family.
Next Steps: Coordinate With School, Update Safety Plan.
Homework Review: Thought Record completed twice.
Sleep Hygiene handout given; Worry Time scheduled after dinner.
cant find my phone again lol
the party was way too much for me
reply when u can no rush
group was ok today i guess
i just wanna go home and sleep
my charger died so i missed ur call
work was chaos again, manager yelled at everyone
im so tired of the drama at school
the bus was late so i walked
we had pizza and watched movies all night
is it ok if i bring my little brother next time
sorry for the long text lol
tbh the meds are helping a little
can we switch to video this week
my landlord still hasnt fixed the heat
i got the job!! starting monday
practice ran late so i couldnt make group
the dentist appt ran over sorry
mom says hi and thanks for the letter
ugh traffic on the highway is insane
"""

VOICES = {
    "notes": NOTES, "texts": TEXTS, "forms": FORMS, "mail": EMAILS + LETTERS + VOICEMAIL,
    "admin": BILLING + COURT, "spanish": SPANISH, "negatives": NEGATIVES,
}
COUNTS = {"notes": 620, "texts": 520, "forms": 200, "mail": 260, "admin": 200, "spanish": 200, "negatives": 500}

TYPO_KEEP = re.compile(r"(\{\{[^}]*\}\}|\[\[[^\]]*\]\])")


def typos(line):
    """Texting register: drops apostrophes and now and then a letter or a doubled letter, outside labels."""
    parts = TYPO_KEEP.split(line)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 1:
            out.append(part)
            continue
        words = part.split(" ")
        for k, w in enumerate(words):
            if len(w) > 4 and rng.random() < 0.08:
                j = rng.randrange(1, len(w) - 1)
                w = w[:j] + w[j + 1:] if rng.random() < 0.5 else w[:j] + w[j] + w[j:]
            words[k] = w.replace("'", "") if rng.random() < 0.7 else w
        out.append(" ".join(words))
    return "".join(out)


def templates(block):
    return [t.strip() for t in block.strip().split("\n") if t.strip()]


def join_clauses(voice, ts):
    n = 1 if rng.random() < 0.55 else 2
    lower = voice in ("texts",) or (voice == "spanish" and rng.random() < 0.6) or (
        voice == "negatives" and rng.random() < 0.2)
    parts = []
    for _ in range(n):
        t = pick(ts)
        s = fill(t, lower=lower and not t[0].isupper())
        parts.append(s)
    sep = pick([" ", " ", " ", "; ", " - ", " also "]) if voice in ("texts", "spanish") else " "
    line = sep.join(parts)
    if lower:
        line = typos(line)
    elif voice == "notes" and rng.random() < 0.15:
        # a note typed fast: a name lowercased now and then
        line = re.sub(r"\{\{PERSON\|([A-Z][a-z]+)\}\}", lambda m: "{{PERSON|" + m.group(1).lower() + "}}"
                      if rng.random() < 0.5 else m.group(0), line)
    return line


def distinct_lines(count, make):
    """Up to count different lines from make(), in the order made (20 tries a line at most)."""
    seen = set()
    lines = []
    tries = 0
    while len(lines) < count and tries < count * 20:
        tries += 1
        line = make()
        if line not in seen:
            seen.add(line)
            lines.append(line)
    return lines


def main():
    header = ("# PHI training corpus, round 5 ({voice}): invented snippets for the token model, generated by "
              "corpora/phi/tools/generate_train_r5.py\n# from clause templates and name and place pools written for "
              "PracticeKit. Training data only; never a tuning or test set.\n")
    total = 0
    for voice, block in VOICES.items():
        ts = templates(block)
        lines = distinct_lines(COUNTS[voice], lambda: join_clauses(voice, ts))
        path = os.path.join(PHI, "train-r5-" + voice + ".txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(header.format(voice=voice))
            for line in lines:
                f.write(line + "\n")
        total += len(lines)
    print("wrote", total, "snippets")


if __name__ == "__main__":
    main()
