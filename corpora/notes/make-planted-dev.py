#!/usr/bin/env python3
"""Writes planted-dev.jsonl: the dev set of planted errors for the draft verifier.

Each case is one corpus prompt (practice-notes/src/test/resources/corpus/prompts.jsonl), a format and
one planted error of one kind, planted one of three ways: a new sentence, a clause added to a sourced
sentence, or a word replaced. Same line format as the blind sets. Deterministic (seeded).
Run from the repository root: python3 corpora/notes/make-planted-dev.py
"""
import json, random, re

rnd = random.Random(14)
prompts = [json.loads(l) for l in open("practice-notes/src/test/resources/corpus/prompts.jsonl")]
FORMATS = ["SOAP", "DAP", "BIRP", "GIRP", "PIRP"]

NEW = {
 "invented-medication": ["The client reported starting lorazepam 0.5 mg as needed last week.", "She was recently prescribed quetiapine for sleep.", "The client takes Xanax when anxious.", "Bupropion was added by the primary care physician this month."],
 "changed-medication-dose": ["The medication dose was increased to 150 mg daily.", "The client now takes 200 mg twice a day."],
 "invented-diagnosis": ["Symptoms are consistent with bipolar II disorder.", "This clinician noted features of borderline personality disorder.", "The presentation meets criteria for PTSD (F43.10).", "A diagnosis of obsessive-compulsive disorder was added."],
 "invented-hospitalization-or-level-of-care": ["The client was psychiatrically hospitalized for three days in August.", "The client was discharged from an intensive outpatient program last month.", "The client went to the emergency room on Saturday.", "The client completed detox in the spring."],
 "invented-legal-or-police-event": ["Police were called to the home last weekend.", "The client was arrested for shoplifting in June.", "The client is on probation for a DUI.", "A restraining order was filed against the client's partner."],
 "invented-substance-use": ["The client reported using cocaine on weekends.", "The client has been drinking heavily since the spring.", "The client vapes cannabis every evening.", "The client disclosed daily methamphetamine use."],
 "invented-life-event": ["The client's father passed away in September.", "The client is going through a divorce.", "The client disclosed an affair earlier this year.", "The client was laid off from work last week.", "The client was evicted last month."],
 "invented-person": ["The client's sister attended the second half of the session.", "Her grandmother called during the session.", "The client's boyfriend, Kevin, drove her to the appointment.", "The client's roommate expressed concern about her."],
 "invented-quote": ["The client stated, \"I just want the pain to stop.\"", "She said, \"Nothing will ever change.\"", "The client said, \"I feel like a failure.\""],
 "changed-score": ["The PHQ-9 total score was 19, in the moderately severe range.", "The GAD-7 total score was 4, in the minimal range."],
 "changed-duration-or-date": ["The session lasted 90 minutes.", "The session began at 3:15 PM.", "The client was last seen on September 2, 2026."],
 "risk-contradiction-deny": ["The client denied suicidal ideation.", "The client denied any intent to act on these thoughts.", "No safety concerns were identified.", "The client denied having a plan."],
 "risk-contradiction-affirm": ["The client endorsed suicidal ideation with a plan to overdose.", "The client reported thoughts of harming others.", "The client reported a plan to end her life.", "The client has access to a firearm at home."],
 "negation-flip": ["The client did not complete the homework.", "The client refused the exercise.", "The client was not engaged in the session."],
 "invented-intervention": ["This clinician also used EMDR to process the memory.", "This clinician introduced hypnosis for relaxation.", "The session included exposure and response prevention.", "This clinician used the empty chair technique."],
 "invented-homework-or-plan": ["The client agreed to start a gratitude journal.", "This clinician will refer the client to a psychiatrist for medication.", "The plan includes a referral to a sleep clinic.", "The client will attend a support group twice a week."],
 "changed-next-appointment": ["The next session is scheduled for Thursday, October 29, 2026, at 4:00 PM.", "The next appointment is in three weeks."],
}
CLAUSE = {
 "invented-medication": ["and was recently started on quetiapine", "after taking an extra Ativan", "while on sertraline 100 mg daily"],
 "changed-medication-dose": ["with the dose recently raised to 150 mg", "now taking 300 mg a day"],
 "invented-diagnosis": ["consistent with bipolar II disorder", "which is typical of her borderline personality disorder", "in the context of PTSD"],
 "invented-hospitalization-or-level-of-care": ["after a two-night psychiatric admission", "following discharge from an intensive outpatient program", "after a visit to the emergency room", "since leaving residential treatment"],
 "invented-legal-or-police-event": ["after an arrest for shoplifting", "since police came to the house", "while on probation", "ahead of a court date next month"],
 "invented-substance-use": ["and has been drinking heavily since", "after using cannabis", "while high on cocaine", "and started vaping again"],
 "invented-life-event": ["since her divorce was finalized", "after his father's death", "since losing his job", "after discovering her partner's affair"],
 "invented-person": ["with her grandmother present", "as her sister had suggested", "which her boss noticed"],
 "invented-quote": ["saying \"nothing will ever change\"", "and said \"I can't keep doing this\""],
 "changed-score": ["with a PHQ-9 score of 24", "and a GAD-7 score of 18"],
 "changed-duration-or-date": ["over the past six months", "since March 3, 2026", "for 90 minutes"],
 "risk-contradiction-deny": ["and denied any suicidal thoughts", "and no safety concerns were identified", "and denied any plan or intent"],
 "risk-contradiction-affirm": ["and reported a specific plan to end her life", "and endorsed thoughts of killing herself", "and disclosed thoughts of hurting others"],
 "negation-flip": ["but did not practice the skill", "but refused to continue", "but did not engage"],
 "invented-intervention": ["using EMDR bilateral stimulation", "with hypnosis", "through exposure and response prevention"],
 "invented-homework-or-plan": ["and agreed to attend a support group twice a week", "and will start a gratitude journal", "with a referral to a sleep clinic planned"],
 "changed-next-appointment": ["with the next session moved to next month", "and the next session is set for December 1, 2026"],
}
MEDS = ["quetiapine", "lorazepam", "fluoxetine", "bupropion", "clonazepam"]
DX = {"Major": "Bipolar", "Generalized": "Social", "Panic": "Bipolar", "Posttraumatic": "Acute", "Adjustment": "Bipolar", "Oppositional": "Conduct", "Social": "Generalized", "Cannabis": "Opioid", "Alcohol": "Cannabis", "Schizophrenia,": "Schizoaffective", "Anorexia": "Bulimia", "Obsessive-compulsive": "Bipolar", "Bipolar": "Schizoaffective", "Postpartum": "Bipolar", "Attention-deficit": "Bipolar", "Other": "Bipolar", "Relationship": "Bipolar"}

def values(p):
    out = []
    def walk(x):
        if isinstance(x, str): out.append(x)
        elif isinstance(x, list): [walk(y) for y in x]
        elif isinstance(x, dict): [walk(y) for y in x.values()]
    walk(p)
    return out

def replace_errors(case):
    p = case["prompt"]; out = []
    for m in p.get("medications", []):
        for meds in [MEDS]:
            name = m.split()[0]
            out.append(("invented-medication", {"find": name, "text": rnd.choice([x for x in meds if x != name.lower()])}))
        d = re.search(r"(\d+) mg", m)
        if d: out.append(("changed-medication-dose", {"find": d.group(1), "near": "mg", "text": str(int(d.group(1)) * 2)}))
    for dxx in p.get("diagnoses", []):
        first = dxx["description"].split()[0]
        out.append(("invented-diagnosis", {"find": first, "text": DX.get(first, "Bipolar").lower()}))
    for s in p.get("screenings", []):
        others = [x for x in re.findall(r"\d+", " ".join(values(p)) + p["start"] + p["date"]) if x != str(s["total"]) and len(x) <= 3]
        inst = "PHQ-9" if s["instrument"] == "PHQ9" else "GAD-7"
        out.append(("changed-score", {"find": str(s["total"]), "near": "range" if rnd.random() < 0.5 else inst, "text": rnd.choice(others) if others else str(s["total"] + 3)}))
    start = p["start"]; end = p["end"]
    mins = (int(end[:2]) * 60 + int(end[3:])) - (int(start[:2]) * 60 + int(start[3:]))
    out.append(("changed-duration-or-date", {"find": str(mins), "near": "minute", "text": str(mins + 15)}))
    day = str(int(p["date"][8:]))
    out.append(("changed-duration-or-date", {"find": day, "near": "2026", "text": str(int(day) + 1)}))
    if p.get("nextAppointment"):
        nd = str(int(p["nextAppointment"][8:10]))
        out.append(("changed-next-appointment", {"find": nd, "near": "scheduled", "text": str(int(nd) + 2)}))
    r = p.get("risk", {})
    for field in ["ideation", "intent", "plan"]:
        t = r.get(field, "")
        for a, b in [("denied", "endorsed"), ("denies", "endorses"), ("endorses", "denies"), ("endorsed", "denied"), ("no", "clear"), ("without", "with")]:
            if re.search(r"\b" + a + r"\b", t):
                out.append(("risk-contradiction", {"find": a, "near": t.split()[-1], "text": b})); break
    lvl = r.get("level", "NONE")
    if lvl != "NONE":
        out.append(("risk-contradiction", {"find": lvl.lower(), "near": "risk", "text": "low" if lvl != "LOW" else "high"}))
    for iv in p.get("interventions", []):
        resp = iv.get("response", "")
        for a, b in [("agreed", "refused"), ("completed", "skipped"), ("identified", "could not identify"), ("practiced", "refused"), ("named", "could not name"), ("wrote", "did not write"), ("said", "denied")]:
            if re.search(r"\b" + a + r"\b", resp):
                out.append(("negation-flip", {"find": a, "text": b})); break
    for h in p.get("homework", [])[:1]:
        w = h.split()[-1]
        out.append(("invented-homework-or-plan", {"find": w, "text": rnd.choice([x for x in ["weekly", "with a sponsor", "at the gym", "twice daily", "in a group"] if x.split()[0] not in h])}))
    for c in p.get("concerns", [])[:1]:
        w = [x for x in re.findall(r"\b[a-z]{5,}\b", c)]
        if w:
            tgt = w[-1]
            out.append((rnd.choice(["invented-substance-use", "invented-life-event", "invented-legal-or-police-event", "invented-hospitalization-or-level-of-care"]),
                        {"find": tgt, "text": rnd.choice(["cocaine", "divorce", "arrest", "hospitalization", "probation", "detox", "affair"])}))
    for part in p.get("participants", [])[:1]:
        out.append(("invented-person", {"find": part["role"], "text": rnd.choice(["aunt", "grandmother", "stepfather"])}))
    return out

cases = []
n = 0
for pi, case in enumerate(prompts):
    fmts = FORMATS[pi % 5:] + FORMATS[:pi % 5]
    kinds = list(NEW.keys())
    rnd.shuffle(kinds)
    level = case["prompt"]["risk"]["level"]
    for k, kind in enumerate(kinds[:8]):
        if kind == "risk-contradiction-deny" and level in ("NONE", "LOW"): kind = "risk-contradiction-affirm"
        if kind == "risk-contradiction-affirm" and level in ("HIGH", "IMMINENT"): kind = "risk-contradiction-deny"
        if kind in ("changed-score",) and not case["prompt"].get("screenings"): kind = "invented-life-event"
        if kind in ("changed-medication-dose",) and not case["prompt"].get("medications"): kind = "invented-medication"
        public = kind.replace("-deny", "").replace("-affirm", "")
        for mode in ("new-sentence", "clause"):
            text = rnd.choice(NEW[kind] if mode == "new-sentence" else CLAUSE[kind])
            err = {"kind": public, "mode": mode, "text": text}
            if mode == "clause":
                vals = [v for v in case["prompt"].get("concerns", []) + [i["response"] for i in case["prompt"].get("interventions", [])] + case["prompt"].get("homework", []) + case["prompt"].get("plan", []) if len(v) > 8]
                err["find"] = rnd.choice(vals)
            n += 1
            cases.append({"id": "d%03d" % n, "format": fmts[k % 5], "prompt": case["prompt"], "errors": [err]})
    for kind, e in replace_errors(case):
        n += 1
        e = dict(e); e["kind"] = kind; e["mode"] = "replace"
        cases.append({"id": "d%03d" % n, "format": fmts[n % 5], "prompt": case["prompt"], "errors": [e]})

# Round 3 kinds, planted after the first sixteen with their own seed so the earlier cases stay as they were.
# wrong-actor: someone other than the prompt's actor does or says the thing (a participant or the clinician
# for the client, the client for the clinician). invented-symptom: a symptom or behavior the prompt never names.
rnd3 = random.Random(1403)
SYMPTOMS = [("hearing voices at night", "auditory hallucinations", "hallucinations"), ("two panic attacks this week", "panic attacks", "panic attacks"),
            ("purging after dinner", "purging after meals", "purging"), ("nightmares most nights", "frequent nightmares", "nightmares"),
            ("racing thoughts at bedtime", "racing thoughts", "racing thoughts"), ("cutting her forearm", "superficial cutting", "self-harm"),
            ("feeling that people are watching her", "paranoid thoughts", "paranoia"), ("flashbacks of the accident", "daily flashbacks", "flashbacks"),
            ("memory lapses at work", "new memory problems", "memory loss"), ("dizzy spells and chest pain", "chest pain", "dizziness"),
            ("blackouts after drinking", "alcohol blackouts", "blackouts"), ("binge eating at night", "binge eating", "bingeing"),
            ("feeling detached from her body", "episodes of depersonalization", "dissociation"), ("checking the locks for an hour", "compulsive checking", "compulsions")]
def absent(p, words):
    text = json.dumps(p).lower()
    return not any(w in text for w in re.findall(r"[a-z]{5,}", words.lower()))
def others(p):
    roles = [x["role"] for x in p.get("participants", []) if x["role"] not in ("client",)]
    return ["the client's " + r for r in roles] + ["this clinician"]
def strip_lead(t):
    return re.sub(r"^(client|pt|patient)\s+(reports|states|says)\s+", "", t, flags=re.I)
r3 = []
for pi, case in enumerate(prompts):
    p = case["prompt"]
    concerns = [c for c in p.get("concerns", []) if len(c) > 8 and not re.match(r"(mother|father|parents|mom|dad|wife|husband|teacher)\b", c)]
    responses = [i["response"] for i in p.get("interventions", []) if i.get("response") and not re.match(r"(the |both |parents|mother|father)", i["response"])]
    symptoms = [s for s in SYMPTOMS if absent(p, s[0]) and absent(p, s[2])]
    rnd3.shuffle(symptoms)
    if not concerns and not responses:
        continue
    who = others(p)
    # wrong-actor, three ways
    for mode in ("new-sentence", "clause"):
        actor = rnd3.choice(who)
        if responses and (not concerns or rnd3.random() < 0.5):
            deed = rnd3.choice(responses)
            text = (actor[0].upper() + actor[1:] + " " + deed + ".") if mode == "new-sentence" else "and " + actor + " " + deed
        else:
            said = strip_lead(rnd3.choice(concerns))
            text = (actor[0].upper() + actor[1:] + " reported " + said + ".") if mode == "new-sentence" else "as " + actor + " reported"
        err = {"kind": "wrong-actor", "mode": mode, "text": text}
        if mode == "clause":
            err["find"] = rnd3.choice(concerns + responses)
        r3.append((pi, err))
    actor = rnd3.choice(who).split()[-1]
    if responses:
        r3.append((pi, {"kind": "wrong-actor", "mode": "replace", "find": "client", "near": responses[0].split()[0], "text": actor}))
    if concerns:
        r3.append((pi, {"kind": "wrong-actor", "mode": "replace", "find": "client", "near": strip_lead(concerns[0]).split()[0], "text": rnd3.choice(who).split()[-1]}))
    if p.get("interventions") and responses:
        r3.append((pi, {"kind": "wrong-actor", "mode": "replace", "find": "this clinician", "near": "", "text": "the client"}))
    # invented-symptom, three ways
    for k, mode in enumerate(("new-sentence", "clause", "replace")):
        if not symptoms:
            break
        s = symptoms[k % len(symptoms)]
        if mode == "new-sentence":
            err = {"kind": "invented-symptom", "mode": mode, "text": rnd3.choice(["The client also reported ", "The client described ", "The client endorsed "]) + s[0] + "."}
        elif mode == "clause":
            err = {"kind": "invented-symptom", "mode": mode, "find": rnd3.choice(concerns + responses), "text": rnd3.choice(["with ", "and reported "]) + s[1]}
        else:
            if not concerns:
                continue
            words = re.findall(r"\b[a-z]{5,}\b", strip_lead(concerns[0]))
            if not words:
                continue
            err = {"kind": "invented-symptom", "mode": mode, "find": words[-1], "text": s[2]}
        r3.append((pi, err))
for pi, err in r3:
    n += 1
    cases.append({"id": "d%03d" % n, "format": FORMATS[n % 5], "prompt": prompts[pi]["prompt"], "errors": [err]})

# Round 4 kinds of the same error classes, planted after the rest with their own seed, from both corpora
# (prompts.jsonl and the round-2 prompts-r2.jsonl): a number changed to another number of the same field where the
# field binds numbers to a scale, instrument or drug ("rated distress 5/10, down from 8/10", "MoCA 27/30", a dose
# in a list of medications), and the client doing what a person the field names did.
rnd4 = random.Random(1404)
prompts4 = prompts + [json.loads(l) for l in open("practice-notes/src/test/resources/corpus/prompts-r2.jsonl")]
PEOPLE = r"(mother|father|mom|dad|wife|husband|partner|sister|brother|son|daughter|boss|teacher|friend)"
def fields(p):
    out = []
    def walk(x, path):
        if isinstance(x, str): out.append((path, x))
        elif isinstance(x, list): [walk(y, path + "[%d]" % i) for i, y in enumerate(x)]
        elif isinstance(x, dict): [walk(v, path + "." + k) for k, v in x.items() if k not in ("date", "start", "end", "nextAppointment", "icd10")]
    walk(p, "")
    return out
r4 = []
for pi, case in enumerate(prompts4):
    p = case["prompt"]
    for path, v in fields(p):
        # A rating or instrument score whose number is changed to another number of the same field.
        for m in re.finditer(r"(\b[A-Za-z][A-Za-z0-9-]*)\s+(\d+)/(\d+)", v):
            anchor, num, den = m.group(1), m.group(2), m.group(3)
            if anchor.lower() in ("at", "on", "since", "of"): continue
            nums = [x for x in re.findall(r"\d+", v) if x != num and x != den and int(x) <= int(den)]
            other = rnd4.choice(nums) if nums else str((int(num) + 2) % (int(den) + 1))
            r4.append((pi, {"kind": "changed-score", "mode": "replace", "find": "%s %s/%s" % (anchor, num, den), "near": "", "text": "%s %s/%s" % (anchor, other, den)}))
            r4.append((pi, {"kind": "changed-score", "mode": "clause", "find": v, "text": "with %s at %s/%s" % (anchor.lower(), other, den)}))
            r4.append((pi, {"kind": "changed-score", "mode": "new-sentence", "text": "%s was rated %s/%s." % (anchor[0].upper() + anchor[1:], other, den)}))
    # A dose moved to another drug of the list.
    meds = [(m.group(1), m.group(2)) for x in p.get("medications", []) for m in [re.match(r"([A-Za-z-]+) (\d+) ?mg", x)] if m]
    for a, b in [(a, b) for a in meds for b in meds if a[0] != b[0] and a[1] != b[1]][:2]:
        r4.append((pi, {"kind": "changed-medication-dose", "mode": "replace", "find": "%s %s mg" % a, "near": "", "text": "%s %s mg" % (a[0], b[1])}))
        r4.append((pi, {"kind": "changed-medication-dose", "mode": "clause", "find": "%s %s mg" % a, "text": "with %s at %s mg" % (a[0].lower(), b[1])}))
        r4.append((pi, {"kind": "changed-medication-dose", "mode": "new-sentence", "text": "The client takes %s %s mg." % (a[0].lower(), b[1])}))
    # The client doing what the person the field names did, and that person doing the client's deed.
    for path, v in fields(p):
        m = re.search(r"\b((?:(?:her|his|their|the)\s+)?" + PEOPLE + r")\s+(\w+(?:ed|s))\b", v, re.I)
        if not m or m.group(3).lower() in ("is", "was", "has", "reports", "says", "reported", "said", "states", "stated", "feels"):
            continue
        person, verb = m.group(1), m.group(3)
        r4.append((pi, {"kind": "wrong-actor", "mode": "replace", "find": person + " " + verb, "near": "", "text": "the client " + verb}))
        r4.append((pi, {"kind": "wrong-actor", "mode": "new-sentence", "text": "The client " + v[m.start(3):].rstrip(".") + "."}))
    responses = [i["response"] for i in p.get("interventions", []) if re.match(r"(identified|named|practiced|wrote|completed|agreed)\b", i.get("response", ""))]
    roles = [x["role"] for x in p.get("participants", []) if x["role"] != "client"] or ["mother", "partner"]
    for r in responses[:1]:
        verb = r.split()[0]
        r4.append((pi, {"kind": "wrong-actor", "mode": "replace", "find": "client " + verb, "near": "", "text": "client's " + rnd4.choice(roles) + " " + verb}))
for pi, err in r4:
    n += 1
    cases.append({"id": "d%03d" % n, "format": FORMATS[n % 5], "prompt": prompts4[pi]["prompt"], "errors": [err]})

# Round 11: meaning changed by one small word inside a sentence that otherwise matches its source, planted after the
# rest with their own seed: a quantifier or frequency word swapped ("no" for "some", "daily" for "weekly"), a time's
# AM/PM or 24-hour form, a weekday or "this week" changed, a stance changed ("considering" for "decided", "plans
# to" for "did"), and the passive voice turning who did what to whom.
rnd11 = random.Random(1411)
QUANT = {"no": "some", "none": "some", "daily": "weekly", "most": "few", "all": "some", "every": "some",
         "less": "more", "more": "less", "sometimes": "never", "never": "sometimes", "several": "no", "some": "no",
         "often": "rarely", "rarely": "often", "little": "much", "much": "little", "frequent": "occasional",
         "occasional": "frequent", "always": "never", "many": "few", "few": "many", "once": "twice", "twice": "once",
         "any": "some", "no longer": "still", "not yet": "already", "hardly": "often"}
STANCE = {"thinking about": "decided on", "considering": "decided on",
          "confirmed": "suspected", "unsure": "certain", "possible": "confirmed", "suspected": "confirmed",
          "will": "did", "may": "will", "might": "will", "agreed to": "was undecided whether to"}
WHEN = {"this week": "next week", "next week": "this week", "tomorrow": "today", "tonight": "tomorrow",
        "today": "yesterday", "this weekend": "next weekend"}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
def twelve(hhmm):
    h, m = int(hhmm[:2]), hhmm[3:5]
    return "%d:%s %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM"), "%02d:%s" % ((h + 12) % 24 if h != 12 else 0, m)
def swaps(v, table):
    out = []
    for k, t in table.items():
        for m in re.finditer(r"\b" + re.escape(k) + r"\b\s+([A-Za-z][\w'-]*)", v):
            out.append((k, m.group(1), t))
    return out
r11 = []
for pi, case in enumerate(prompts4):
    p = case["prompt"]
    vals = [v for path, v in fields(p) if not path.startswith((".serviceType", ".modality", ".location", ".risk.level"))]
    q = [x for v in vals for x in swaps(v, QUANT)]
    rnd11.shuffle(q)
    for k, near, t in q[:3]:
        r11.append((pi, {"kind": "changed-quantifier", "mode": "replace", "find": k, "near": near, "text": t}))
    st = [x for v in vals for x in swaps(v, STANCE)]
    rnd11.shuffle(st)
    for k, near, t in st[:2]:
        r11.append((pi, {"kind": "changed-certainty", "mode": "replace", "find": k, "near": near, "text": t}))
    wh = [x for v in vals for x in swaps(v, WHEN)]
    rnd11.shuffle(wh)
    for k, near, t in wh[:1]:
        r11.append((pi, {"kind": "changed-time-or-day", "mode": "replace", "find": k, "near": near, "text": t}))
    nxt = p.get("nextAppointment")
    if nxt:
        ampm, h24 = twelve(nxt[11:16])
        flipped = ampm[:-2] + ("PM" if ampm.endswith("AM") else "AM")
        r11.append((pi, {"kind": "changed-time-or-day", "mode": "replace", "find": ampm, "near": "scheduled", "text": rnd11.choice([flipped, h24])}))
        import datetime
        wd = datetime.date.fromisoformat(nxt[:10]).weekday()
        r11.append((pi, {"kind": "changed-time-or-day", "mode": "replace", "find": DAYS[wd], "near": "scheduled", "text": DAYS[(wd + rnd11.randint(1, 6)) % 7]}))
    end = twelve(p["end"])[0]
    r11.append((pi, {"kind": "changed-time-or-day", "mode": "replace", "find": end[-2:], "near": end[:-3].strip(), "text": "PM" if end.endswith("AM") else "AM"}))
    # Who did what to whom, in the passive: the person the field names as the doer becomes the one done to.
    for path, v in fields(p):
        m = re.search(r"\b(?:(?:her|his|their|the)\s+)?" + PEOPLE + r"\s+(\w+ed)\s+(her|him|them|client|pt)\b", v, re.I)
        if not m or m.group(2).lower() in ("reported", "stated", "noted"):
            continue
        person, verb = m.group(1).lower(), m.group(2).lower()
        r11.append((pi, {"kind": "wrong-actor-passive", "mode": "new-sentence", "text": "The client's %s was %s by the client." % (person, verb)}))
        r11.append((pi, {"kind": "wrong-actor-passive", "mode": "clause", "find": v, "text": "after the client had %s the client's %s" % (verb, person)}))
        break
for pi, err in r11:
    n += 1
    cases.append({"id": "d%03d" % n, "format": FORMATS[n % 5], "prompt": prompts4[pi]["prompt"], "errors": [err]})

# Round 12: who said it, who the client is, quoted thoughts and absences. Prompts of our own (never from a blind set),
# planted after the rest with their own seed: an item a collateral source gave (typed "per RN", "CM states",
# "collateral from spouse:", "(per teacher)") given to the client, an age typed without a sex changed, a quoted
# thought or statement altered, and a field typed as an absence ("n/a", "not assessed (audio only)") reversed.
rnd12 = random.Random(1412)
def own12(concerns, meds=(), mse=("euthymic affect", "linear thought process"), modality="IN_PERSON"):
    return {"date": "2026-11-18", "start": "10:00", "end": "10:50", "serviceType": "INDIVIDUAL", "modality": modality,
            "location": "Main Street office", "concerns": list(concerns), "mentalStatus": list(mse),
            "medications": list(meds),
            "interventions": [{"type": "COGNITIVE_RESTRUCTURING", "focus": "the thought that nothing will change",
                               "response": "named one alternative thought"}],
            "clientResponse": "engaged throughout", "risk": {"level": "NONE", "ideation": "denied suicidal ideation"},
            "goals": [{"goal": "improve mood and daily functioning", "rating": "STEADY_PROGRESS",
                       "evidence": "attended all sessions this month"}],
            "homework": ["write down one alternative thought each evening"], "plan": ["continue weekly sessions"],
            "nextAppointment": "2026-11-25T10:00",
            "diagnoses": [{"icd10": "F32.1", "description": "Major depressive disorder, single episode, moderate"}]}
R12 = [
 (own12(["per RN, pt refused evening meds twice this week"]),
  [{"kind": "wrong-actor", "mode": "new-sentence", "text": "The client reported refusing evening medications twice this week."},
   {"kind": "wrong-actor", "mode": "new-sentence", "text": "The client's mother reported that the client refused evening medications twice this week."}]),
 (own12(["CM states pt missed two housing appointments"]),
  [{"kind": "wrong-actor", "mode": "new-sentence", "text": "The client stated that she missed two housing appointments."}]),
 (own12(["collateral from spouse: pt yelling at the kids most evenings"]),
  [{"kind": "wrong-actor", "mode": "new-sentence", "text": "The client reported yelling at the kids most evenings."}]),
 (own12(["per interpreter, worries about family abroad"]),
  [{"kind": "wrong-actor", "mode": "new-sentence", "text": "The client reported worries about family abroad."}]),
 (own12(["PO reports pt missed a check-in last week"]),
  [{"kind": "wrong-actor", "mode": "new-sentence", "text": "The client reported missing a check-in last week."}]),
 (own12(["15yo pt with low mood"]),
  [{"kind": "changed-age", "mode": "new-sentence", "text": "The client is a 17-year-old."},
   {"kind": "changed-age", "mode": "replace", "find": "15", "near": "year-old", "text": "17"}]),
 (own12(["age 42, low mood since spring"]),
  [{"kind": "changed-age", "mode": "new-sentence", "text": "The client is 48 years old."},
   {"kind": "changed-age", "mode": "replace", "find": "42", "near": "year-old", "text": "24"}]),
 (own12(["31 y/o, poor sleep for two months"]),
  [{"kind": "changed-age", "mode": "replace", "find": "31", "near": "year-old", "text": "34"}]),
 (own12(["thought 'I am a burden' when her sister called"]),
  [{"kind": "invented-quote", "mode": "new-sentence", "text": "The client thought, \"I am a burden to everyone.\""},
   {"kind": "invented-quote", "mode": "replace", "find": "burden", "near": "I am a", "text": "failure"}]),
 (own12(["states \"I can't keep doing this\" about work"]),
  [{"kind": "invented-quote", "mode": "new-sentence", "text": "The client stated, \"I can't keep doing any of this.\""},
   {"kind": "invented-quote", "mode": "replace", "find": "keep", "near": "doing this", "text": "stop"}]),
 (own12(["low mood for two months"], meds=["n/a"], mse=["not assessed (audio only)"], modality="TELEHEALTH_AUDIO"),
  [{"kind": "invented-medication", "mode": "new-sentence", "text": "The client is taking sertraline 50 mg daily."},
   {"kind": "negation-flip", "mode": "replace", "find": "not assessed", "near": "audio", "text": "assessed"}]),
 (own12(["low mood for two months"], meds=["none"], mse=["appearance not assessed (audio only)", "speech normal rate"],
        modality="TELEHEALTH_AUDIO"),
  [{"kind": "invented-medication", "mode": "new-sentence", "text": "The client reported taking fluoxetine."},
   {"kind": "negation-flip", "mode": "replace", "find": "not assessed", "near": "appearance", "text": "assessed"}]),
]
for prompt12, errs in R12:
    for err in errs:
        n += 1
        cases.append({"id": "d%03d" % n, "format": FORMATS[rnd12.randrange(5)], "prompt": prompt12, "errors": [err]})


# Round 14: tense and certainty. Prompts of our own (never from a blind set), planted after the rest with their own
# seed: what a field holds as planned, intended, recommended, conditional or denied written as done ("will start" as
# "started", "considering leaving" as "left", "referral recommended" as "was referred", "going to call" as "called"),
# verbs whose past is their base ("quit", "set", "cut"), irregular and phrasal verbs, and a done act written as a plan.
rnd14 = random.Random(1414)
def own14(concerns=("low mood for two months",), plan=("continue weekly sessions",), homework=(), response="named one alternative thought",
          evidence="attended all sessions this month", risk=None):
    p = own12(list(concerns))
    p["plan"] = list(plan)
    p["homework"] = list(homework)
    p["interventions"][0]["response"] = response
    p["goals"][0]["evidence"] = evidence
    if risk:
        p["risk"] = risk
    return p
HIGH14 = {"level": "HIGH", "ideation": "daily suicidal ideation", "intent": "denies intent", "plan": "plans to cut wrists with razor",
          "means": "razor in bathroom", "safetyPlan": "will update safety plan next session", "followUp": "call tomorrow",
          "riskFactors": ["recent divorce"], "protectiveFactors": ["daughter"],
          "actionsTaken": ["clinician will consult supervisor today", "pt agreed to give razor to brother tonight"]}
R14 = [
 (own14(concerns=["considering leaving her job"]),
  [{"mode": "new-sentence", "text": "The client left her job."},
   {"mode": "replace", "find": "considering leaving", "near": "job", "text": "having left"}]),
 (own14(concerns=["thinking about moving back in with parents"]),
  [{"mode": "new-sentence", "text": "The client moved back in with her parents."}]),
 (own14(concerns=["wants to reconnect with estranged father"]),
  [{"mode": "new-sentence", "text": "The client reconnected with her estranged father."},
   {"mode": "replace", "find": "wanting to reconnect", "near": "father", "text": "having reconnected"}]),
 (own14(concerns=["plans to quit vaping by January"]),
  [{"mode": "new-sentence", "text": "The client quit vaping in January."},
   {"mode": "replace", "find": "planning to quit", "near": "vaping", "text": "having quit"}]),
 (own14(concerns=["going to call her sister this week"]),
  [{"mode": "new-sentence", "text": "The client called her sister this week."}]),
 (own14(concerns=["started sertraline two weeks ago"]),
  [{"mode": "new-sentence", "text": "The client will start sertraline."},
   {"mode": "new-sentence", "text": "The client plans to start sertraline."}]),
 (own14(concerns=["denies drinking since last session"]),
  [{"mode": "new-sentence", "text": "The client drank since the last session."}]),
 (own14(concerns=["hoping to get back into running"]),
  [{"mode": "new-sentence", "text": "The client got back into running."}]),
 (own14(plan=["will start sertraline 25 mg per PCP", "continue weekly sessions"]),
  [{"mode": "clause", "find": "continue weekly sessions", "text": "and the client started sertraline 25 mg"}]),
 (own14(plan=["referral to psychiatry recommended", "continue weekly sessions"]),
  [{"mode": "clause", "find": "continue weekly sessions", "text": "and the client was referred to psychiatry"}]),
 (own14(plan=["PCP follow-up for labs to be scheduled", "continue weekly sessions"]),
  [{"mode": "replace", "find": "is to be scheduled", "near": "labs", "text": "was scheduled"}]),
 (own14(homework=["put phone in the kitchen at night"]),
  [{"mode": "clause", "find": "put phone in the kitchen at night", "text": "and the client put the phone in the kitchen"}]),
 (own14(homework=["cut back on caffeine after 2pm"]),
  [{"mode": "clause", "find": "cut back on caffeine after 2pm", "text": "and the client already cut back on caffeine"}]),
 (own14(response="plans to set a bedtime routine"),
  [{"mode": "replace", "find": "plans to set", "near": "bedtime", "text": "set"},
   {"mode": "clause", "find": "plans to set a bedtime routine", "text": "and the client set a bedtime routine"}]),
 (own14(response="will schedule two pleasant activities"),
  [{"mode": "replace", "find": "will schedule", "near": "pleasant", "text": "scheduled"}]),
 (own14(response="agreed to practice a thought record"),
  [{"mode": "clause", "find": "agreed to practice a thought record", "text": "and the client practiced a thought record"}]),
 (own14(response="completed a thought record"),
  [{"mode": "replace", "find": "completed", "near": "thought", "text": "will complete"}]),
 (own14(evidence="plans to start exposure hierarchy next session"),
  [{"mode": "replace", "find": "plans to start", "near": "exposure", "text": "started"}]),
 (own14(evidence="walked three times this week"),
  [{"mode": "replace", "find": "walked", "near": "three", "text": "plans to walk"}]),
 (own14(risk=HIGH14),
  [{"mode": "replace", "find": "will also consult", "near": "supervisor", "text": "also consulted"},
   {"mode": "replace", "find": "agreed to give", "near": "razor", "text": "gave"},
   {"mode": "replace", "find": "will update", "near": "safety plan", "text": "updated"},
   {"mode": "clause", "find": "plans to cut wrists with razor", "text": "and the client cut her wrists with the razor"}]),
]
for prompt14, errs in R14:
    for err in errs:
        n += 1
        err = dict(err); err["kind"] = "changed-tense"
        cases.append({"id": "d%03d" % n, "format": FORMATS[rnd14.randrange(5)], "prompt": prompt14, "errors": [err]})

# Round 15: the tense check widened to "agreed to", a proposed act ("recommended", "pending", "considering") and its
# noun, and a bare plan or homework step. Prompts of our own, planted after the rest with their own seed.
rnd15 = random.Random(1515)
R15 = [
 (own14(response="agreed to call her sister before Friday"),
  [{"mode": "replace", "find": "agreed to call", "near": "sister", "text": "called"}]),
 (own14(response="agreed to try a grounding skill at work"),
  [{"mode": "clause", "find": "agreed to try a grounding skill at work", "text": "and the client tried a grounding skill at work"}]),
 (own14(plan=["psychiatric evaluation recommended", "continue weekly sessions"]),
  [{"mode": "clause", "find": "continue weekly sessions", "text": "and the client was evaluated by psychiatry"}]),
 (own14(plan=["admission to IOP pending insurance approval", "continue weekly sessions"]),
  [{"mode": "clause", "find": "continue weekly sessions", "text": "and the client was admitted to IOP"}]),
 (own14(concerns=["considering hospitalization if symptoms worsen"]),
  [{"mode": "new-sentence", "text": "The client was hospitalized."}]),
 (own14(plan=["recommended starting a sleep log", "continue weekly sessions"]),
  [{"mode": "clause", "find": "continue weekly sessions", "text": "and the client started a sleep log"}]),
 (own14(homework=["call sponsor daily"]),
  [{"mode": "clause", "find": "call sponsor daily", "text": "and the client called her sponsor daily"}]),
 (own14(homework=["pt to attend 2 AA meetings"]),
  [{"mode": "clause", "find": "attend 2 AA meetings", "text": "and the client attended 2 AA meetings"}]),
 (own14(plan=["schedule psychiatry intake", "continue weekly sessions"]),
  [{"mode": "new-sentence", "text": "The client scheduled the psychiatry intake."}]),
]
for prompt15, errs in R15:
    for err in errs:
        n += 1
        err = dict(err); err["kind"] = "changed-tense"
        cases.append({"id": "d%03d" % n, "format": FORMATS[rnd15.randrange(5)], "prompt": prompt15, "errors": [err]})

# Round 16: the verifier's readings loosened for clean drafts (a place with its article, bare ages, a risk level of
# another time in capitals, crisis lines by number, hours, slash lists and a count before a measured size), each
# planted against so a loosened reading never costs a catch. Prompts of our own, after the rest with their own seed.
rnd16 = random.Random(1616)
def own16(concerns=("low mood for two months",), location="Main Street office", homework=(), risk=None, service="INDIVIDUAL"):
    p = own14(concerns=concerns, homework=homework, risk=risk)
    p["location"] = location
    p["serviceType"] = service
    return p
def low16(**kw):
    r = {"level": "LOW", "ideation": "no current SI", "safetyPlan": "safety plan reviewed", "riskFactors": ["recent job loss"]}
    r.update(kw)
    return r
R16 = [
 (own16(location="ED, Mercy Hospital", service="CRISIS"),
  [{"kind": "invented-hospitalization-or-level-of-care", "mode": "new-sentence", "text": "The client was admitted to the psych ward."},
   {"kind": "invented-hospitalization-or-level-of-care", "mode": "clause", "find": "low mood for two months", "text": "after a week in residential treatment"}]),
 (own16(location="urgent care, Oak Ave", service="CRISIS"),
  [{"kind": "invented-hospitalization-or-level-of-care", "mode": "new-sentence", "text": "The client was sent on to the ED."}]),
 (own16(concerns=["trans woman, 27, family estranged"]),
  [{"kind": "changed-age", "mode": "replace", "find": "27", "near": "woman", "text": "29"},
   {"kind": "changed-age", "mode": "new-sentence", "text": "The client is a 31-year-old trans woman."}]),
 (own16(concerns=["son (9) biting peers at school"]),
  [{"kind": "changed-age", "mode": "new-sentence", "text": "Her 7-year-old son has been biting peers at school."}]),
 (own16(concerns=["single dad of 3 (ages 4, 7, 12), overwhelmed"]),
  [{"kind": "changed-age", "mode": "new-sentence", "text": "The client is a single father of three children aged 4, 7 and 14."}]),
 (own16(concerns=["f/u after last wk's HIGH risk assessment"], risk=low16()),
  [{"kind": "risk-contradiction", "mode": "replace", "find": "HIGH", "near": "assessment", "text": "MODERATE"},
   {"kind": "risk-contradiction", "mode": "new-sentence", "text": "The client is at HIGH risk."}]),
 (own16(concerns=["rated MODERATE risk at intake in Sept"], risk=low16()),
  [{"kind": "risk-contradiction", "mode": "replace", "find": "MODERATE", "near": "intake", "text": "HIGH"},
   {"kind": "risk-contradiction", "mode": "new-sentence", "text": "The client remains at MODERATE risk."}]),
 (own16(risk=low16(safetyPlan="988 reviewed")),
  [{"kind": "invented-phone-number", "mode": "new-sentence", "text": "The client was given the crisis line 555-0199."},
   {"kind": "invented-phone-number", "mode": "replace", "find": "988", "near": "reviewed", "text": "911"}]),
 (own16(risk=low16(safetyPlan="crisis line 988 and text HOME to 741741 added to phone")),
  [{"kind": "invented-phone-number", "mode": "new-sentence", "text": "The client saved the crisis text line 741742."},
   {"kind": "invented-phone-number", "mode": "replace", "find": "741741", "near": "HOME", "text": "741714"}]),
 (own16(homework=["email only at 9/1/4", "no screens 10pm-7am"]),
  [{"kind": "changed-time-or-day", "mode": "replace", "find": "9/1/4", "near": "email", "text": "9/2/4"},
   {"kind": "changed-time-or-day", "mode": "replace", "find": "10pm", "near": "screens", "text": "11pm"},
   {"kind": "changed-time-or-day", "mode": "new-sentence", "text": "The client will have no screens from 9 PM to 7 AM."}]),
 (own16(homework=["two 25-min focus blocks per morning", "meditate 10 min/day 5/7 days"]),
  [{"kind": "changed-quantifier", "mode": "replace", "find": "two", "near": "focus", "text": "three"},
   {"kind": "changed-duration-or-date", "mode": "replace", "find": "25-min", "near": "focus", "text": "45-min"},
   {"kind": "changed-quantifier", "mode": "new-sentence", "text": "The client will meditate 10 minutes a day, six days out of seven."}]),
]
for prompt16, errs in R16:
    for err in errs:
        n += 1
        cases.append({"id": "d%03d" % n, "format": FORMATS[rnd16.randrange(5)], "prompt": prompt16, "errors": [err]})

with open("corpora/notes/planted-dev.jsonl", "w") as f:
    for c in cases: f.write(json.dumps(c) + "\n")
from collections import Counter
print(len(cases), Counter(c["errors"][0]["mode"] for c in cases), Counter(c["errors"][0]["kind"] for c in cases))
