#!/usr/bin/env python3
"""Derive aiproof's taxonomy from the published data in ../shared/anchors (see docs/scoring.md, "Derivation").

Inputs (hand-written, in this repository):
  config/derivation/curated-occupations.yaml   the 93 curated occupations (titles, task mix, skills, screen share)
  config/taxonomy/tasks.yaml                   curated units of work, each citing the O*NET tasks it covers
  config/derivation/units-*.yaml               one unit per O*NET IWA, named in our own words
  config/derivation/styrk-titles-nb.tsv        Norwegian singular job titles per STYRK-08 unit group
  config/taxonomy/skills.yaml                  curated skills (their aliases win over derived tool names)
Inputs (published data, ../shared/anchors): Eloundou et al. labels, O*NET 29.3, BLS crosswalks, ESCO, STYRK-08.
Outputs (committed, read by the service):
  config/taxonomy/tasks.yaml        value / exposure / level lines refreshed (the rest is hand-written)
  config/taxonomy/units.yaml        the IWA units with their derived value, exposure and level
  config/taxonomy/occupations.yaml  every SOC 2018 occupation: task mix with per-occupation values, screen share,
                                    job zone, related occupations, skills and technology
  config/taxonomy/titles.tsv        every job title per occupation, with its source
  config/taxonomy/technology.tsv    every O*NET technology skill, its aliases and kind

Rules (each documented in docs/scoring.md):
  v(t)    = (h(t) + g(t)) / 2 with E0 = 0, E1 = 1, E2 = 0.5 (human and GPT-4 labels, the paper's beta weighting)
  weight  = 1.0 for a Core task, 0.5 for a Supplemental one (O*NET: Core tasks are those most incumbents rate
            relevant and important)
  unit    = a curated task that cites the O*NET task, else the O*NET task's primary IWA (the IWA most of its
            DWAs belong to; ties: lowest IWA id); tasks O*NET links to no DWA are left out
  mix     = per SOC 2018 code (an O*NET-SOC code's first seven characters), the tasks of every O*NET-SOC code
            folded into it; unit share = its weight share;
            the units under 3 % are dropped (at most 12 kept) and the shares renormalised
  value   = weighted mean of v(t) over the occupation's own tasks in the unit
  level   = HIGH >= 0.60 > MEDIUM >= 0.35 > LOW;  exposure = automated if value >= 0.70 and mean GPT-4 automation
            >= 0.60, safe if value < 0.35, changing otherwise
  screen  = weighted share of the occupation's tasks whose IWA is desk or screen work (information input, mental
            processes, computer work, documenting, administering: 1; communicating and coordinating: 0.5; physical
            work, handling, vehicles, repair, caring for and serving people in person: 0)

Usage:
  python3 config/derive-taxonomy.py              # rewrite the outputs
  python3 config/derive-taxonomy.py --check      # exit 1 if any committed output differs (changes nothing)
  python3 config/derive-taxonomy.py --compare    # Spearman of base scores against the paper's occupation beta
Standard library only.
"""
import argparse
import collections
import csv
import glob
import io
import math
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAX = os.path.join(ROOT, "config", "taxonomy")
SRC = os.path.join(ROOT, "config", "derivation")
LABEL = {"E0": 0.0, "E1": 1.0, "E2": 0.5}
HIGH, MEDIUM, AUTOMATED, AUTOMATION = 0.60, 0.35, 0.70, 0.60
CORE, SUPPLEMENTAL = 1.0, 0.5
MIN_UNIT_SHARE, MAX_UNITS = 0.03, 12
MAX_RELATED = 8
SCREEN_ELEMENTS = [  # O*NET work-activity element prefix -> desk/screen factor (first match wins)
    ("4.A.1.", 1.0), ("4.A.2.", 1.0), ("4.A.3.b.1", 1.0), ("4.A.3.b.2", 1.0), ("4.A.3.b.6", 1.0),
    ("4.A.4.c.", 1.0), ("4.A.4.a.1", 1.0), ("4.A.4.a.2", 0.5), ("4.A.4.a.3", 0.5), ("4.A.4.b.", 0.5),
    ("4.A.4.a.", 0.0), ("4.A.3.", 0.0)]
VULNERABLE_TOOLS = {  # O*NET commodity titles whose output generative AI now drafts: code, text, images
    "Object or component oriented development software", "Development environment software",
    "Web page creation and editing software", "Program testing software", "Compiler and decompiler software",
    "Word processing software", "Presentation software", "Desktop publishing software",
    "Graphics or photo imaging software", "Video creation and editing software", "Data base user interface and query software",
    "Spreadsheet software", "Electronic mail software", "Music or sound editing software", "Analytical or scientific software"}
VENDORS = ("microsoft ", "adobe ", "oracle ", "ibm ", "autodesk ", "google ", "apple ", "sap ", "intuit ", "sas ")
TOOL_RATIONALE = {
    "vulnerable": "Generative AI now drafts much of what people make with %s (code, text, images or analyses), so "
                  "routine skill with it counts for less; knowing what good output looks like still counts.",
    "neutral": "Knowing %s keeps its value: AI helps you use it, but setting it up and using it well in real "
               "work takes hands-on experience."}


def read_tsv(path, skip=0, delimiter="\t", encoding="utf-8"):
    with open(path, newline="", encoding=encoding) as f:
        lines = f.read().split("\n")[skip:]
    return list(csv.DictReader(lines, delimiter=delimiter))


def rnd(x, d=2):
    return math.floor(x * 10 ** d + 0.5 + 1e-9) / 10 ** d


def classify(value, automation):
    level = "HIGH" if value >= HIGH else "MEDIUM" if value >= MEDIUM else "LOW"
    exposure = "automated" if value >= AUTOMATED and automation >= AUTOMATION else "safe" if value < MEDIUM else "changing"
    return exposure, level


class Anchors:
    def __init__(self, root):
        a = lambda *p: os.path.join(root, *p)
        self.labels = {}
        for r in read_tsv(a("eloundou2023", "full_labelset.tsv")):
            ref = "%s/%d" % (r["O*NET-SOC Code"], int(float(r["Task ID"])))
            v = (LABEL[r["human_exposure_agg"]] + LABEL[r["gpt4_exposure"]]) / 2
            self.labels[ref] = (v, float(r["automation"]), CORE if r["Task Type"] == "Core" else SUPPLEMENTAL)
        self.onet_title = {r["O*NET-SOC Code"]: r["Title"] for r in read_tsv(a("onet29", "Occupation Data.txt"))}
        self.soc_of = {}
        for r in read_tsv(a("crosswalks", "onet2019_to_soc2018.tsv"), skip=4):
            if r.get("O*NET-SOC Code"):
                self.soc_of[r["O*NET-SOC Code"]] = r["NEM Code"]
        self.soc2018_title = {}
        for r in read_tsv(a("crosswalks", "soc2010_to_soc2018.tsv"), skip=4):
            if r.get("2018 SOC Code"):
                self.soc2018_title[r["2018 SOC Code"]] = r["2018 SOC Title"].strip()
        labelled = sorted({ref.split("/")[0] for ref in self.labels})
        # An O*NET-SOC 2019 code is mostly its SOC 2018 detailed code plus a two-digit suffix (.00 for the
        # occupation itself, .01.. for specialisations, which we fold into it). Where O*NET split a SOC code
        # (25-2055 and 25-2056 are SOC 25-2052), the BLS crosswalk names the SOC code; where that crosswalk
        # groups detailed codes into an aggregate of its own (29-2010), the detailed code is kept.
        detailed = set(self.soc2018_title)
        self.codes = collections.defaultdict(list)  # SOC 2018 -> O*NET-SOC codes with labels
        for code in labelled:
            soc = code[:7] if code[:7] in detailed or self.soc_of.get(code) not in detailed else self.soc_of[code]
            self.codes[soc].append(code)
        iwa_of_dwa = {r["DWA ID"]: r["IWA ID"] for r in read_tsv(a("onet29", "DWA Reference.txt"))}
        self.element_of_iwa = {r["IWA ID"]: r["Element ID"] for r in read_tsv(a("onet29", "IWA Reference.txt"))}
        iwas = collections.defaultdict(collections.Counter)
        for r in read_tsv(a("onet29", "Tasks to DWAs.tsv")):
            iwas["%s/%s" % (r["O*NET-SOC Code"], r["Task ID"])][iwa_of_dwa[r["DWA ID"]]] += 1
        self.iwa = {ref: sorted(c.items(), key=lambda e: (-e[1], e[0]))[0][0] for ref, c in iwas.items()}
        self.job_zone = {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in read_tsv(a("onet29", "Job Zones.txt"))}
        self.related = collections.defaultdict(list)
        for r in read_tsv(a("onet29", "Related Occupations.txt")):
            if r["Relatedness Tier"].startswith("Primary"):
                self.related[r["O*NET-SOC Code"]].append((int(r["Index"]), r["Related O*NET-SOC Code"]))
        self.alt_titles = collections.defaultdict(list)
        for r in read_tsv(a("onet29", "Alternate Titles.tsv")):
            self.alt_titles[r["O*NET-SOC Code"]].append(r["Alternate Title"])
            if r.get("Short Title"):
                self.alt_titles[r["O*NET-SOC Code"]].append(r["Short Title"])
        self.reported = collections.defaultdict(list)
        for r in read_tsv(a("onet29", "Sample of Reported Titles.txt")):
            self.reported[r["O*NET-SOC Code"]].append(r["Reported Job Title"])
        self.tools = collections.defaultdict(list)
        for r in read_tsv(a("onet29", "Technology Skills.txt")):
            self.tools[r["O*NET-SOC Code"]].append((r["Example"], r["Commodity Title"], r["Hot Technology"] == "Y"))
        esco_labels = {}
        with open(a("esco", "occupations_en.csv"), newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                esco_labels[r["ORIGINURI"]] = [r["PREFERREDLABEL"]] + [x for x in r["ALTLABELS"].split("\n") if x]
        self.esco = collections.defaultdict(list)
        with open(a("esco", "esco_to_onet_crosswalk.csv"), newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                # confidence 2 marks the crosswalk's sure matches; its 1 and 0.5 links join unlike jobs
                # ("diplomat" to chief executives), which would send people to the wrong occupation
                if float(r["confidence"]) >= 2:
                    self.esco[r["onet_code"]].extend(esco_labels.get(r["concept_uri"], []))
        self.soc2010_to_2018 = collections.defaultdict(set)
        for r in read_tsv(a("crosswalks", "soc2010_to_soc2018.tsv"), skip=4):
            if r.get("2010 SOC Code"):
                self.soc2010_to_2018[r["2010 SOC Code"]].add(r["2018 SOC Code"])
        self.isco_to_soc2018 = collections.defaultdict(set)
        self.isco_title = {}
        for r in read_tsv(a("crosswalks", "isco08_to_soc2010.csv"), delimiter=";", encoding="utf-8-sig"):
            if r.get("isco08_code"):
                self.isco_to_soc2018[r["isco08_code"].strip()] |= self.soc2010_to_2018.get(r["soc2010_code"].strip(), set())
                self.isco_title[r["isco08_code"].strip()] = r["isco08_title"]
        self.task_words = collections.Counter()
        for r in read_tsv(a("onet29", "Task Statements.txt")):
            self.task_words.update(re.findall(r"[a-z]+", r["Task"].lower()))


def parse_flow_list(text):
    text = text.strip()
    assert text.startswith("[") and text.endswith("]"), text
    items, cur, quote = [], "", None
    for ch in text[1:-1]:
        if quote:
            if ch == quote:
                quote = None
            else:
                cur += ch
        elif ch in "\"'":
            quote = ch
        elif ch == ",":
            items.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        items.append(cur.strip())
    return items


def scalar(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    return text


def curated_occupations(path):
    occs, cur = [], None
    for line in open(path, encoding="utf-8"):
        m = re.match(r'^  - soc: "?([\d-]+)"?', line)
        if m:
            cur = {"soc": m.group(1)}
            occs.append(cur)
            continue
        m = re.match(r"^    (\w+): (.*)$", line)
        if m and cur is not None:
            key, val = m.groups()
            if key == "tasks":
                cur[key] = [(t, float(s)) for t, s in re.findall(r"\{id: ([\w-]+), share: ([\d.]+)\}", val)]
            elif key in ("titles", "skills"):
                cur[key] = parse_flow_list(val)
            elif key == "screenShare":
                cur[key] = float(val)
            else:
                cur[key] = scalar(val)
    return occs


def curated_tasks(path):
    refs = collections.defaultdict(list)  # O*NET task ref -> curated task ids
    cited, current = {}, None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^  - id: (\S+)\s*$", line)
        if m:
            current = m.group(1)
        m = re.match(r"^    onet: \[(.*)\]\s*$", line)
        if m and current:
            cited[current] = re.findall(r'"([^"]+)"', m.group(1))
            for ref in cited[current]:
                refs[ref].append(current)
    return refs, cited


def unit_entries():
    """The IWA units as (iwa, id, [raw lines]) from config/derivation/units-*.yaml, in file order."""
    entries = []
    for path in sorted(glob.glob(os.path.join(SRC, "units-*.yaml"))):
        cur = None
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            m = re.match(r"^  - iwa: (\S+)", line)
            if m:
                cur = {"iwa": m.group(1), "lines": []}
                entries.append(cur)
                continue
            m = re.match(r"^    (\w+): (.*)$", line)
            if m and cur is not None:
                cur["lines"].append(line)
                if m.group(1) == "id":
                    cur["id"] = scalar(m.group(2))
    return entries


def mean(pairs):
    total = sum(w for _, w in pairs)
    return sum(x * w for x, w in pairs) / total if total else 0.0


def clean_title(t):
    t = re.sub(r"\s+", " ", t.replace("\u2019", "'")).strip().lower()
    return t.strip(" .,;:")


def title_variants(t):
    """"CEO (Chief Executive Officer)" -> "ceo (chief executive officer)", "ceo", "chief executive officer"."""
    out = [clean_title(t)]
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*(.*)$", t)
    if m:
        out.append(clean_title((m.group(1) + " " + m.group(3)).strip()))
        if len(m.group(2)) > 3:
            out.append(clean_title(m.group(2)))
    return [x for x in out if x and len(x) >= 2 and "(" not in x]


def singular(t):
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in t.split())


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def derive(anchors):
    curated = curated_occupations(os.path.join(SRC, "curated-occupations.yaml"))
    curated_by_soc = {o["soc"]: o for o in curated}
    cited_by, cited = curated_tasks(os.path.join(TAX, "tasks.yaml"))
    units = unit_entries()
    unit_of_iwa = {u["iwa"]: u["id"] for u in units}
    ids = [u["id"] for u in units] + list(cited)
    dupes = [i for i, n in collections.Counter(ids).items() if n > 1]
    if dupes:
        raise SystemExit("unit ids used twice: %s" % ", ".join(sorted(dupes)))
    missing_units = sorted({anchors.iwa[r] for r in anchors.labels if r in anchors.iwa} - set(unit_of_iwa))

    # every labelled O*NET task, assigned to the units it belongs to (weight split over several curated ones)
    assign = {}
    for ref in anchors.labels:
        if ref in cited_by:
            assign[ref] = [(t, 1.0 / len(cited_by[ref])) for t in cited_by[ref]]
        elif ref in anchors.iwa and anchors.iwa[ref] in unit_of_iwa:
            assign[ref] = [(unit_of_iwa[anchors.iwa[ref]], 1.0)]

    # global unit values (over all occupations) for units met outside an occupation's own tasks
    pooled = collections.defaultdict(list)
    for ref, parts in assign.items():
        v, a, w = anchors.labels[ref]
        for unit, share in parts:
            pooled[unit].append((v, a, w * share))
    unit_values = {}
    for unit, xs in pooled.items():
        value = rnd(mean([(v, w) for v, _, w in xs]))
        automation = mean([(a, w) for _, a, w in xs])
        unit_values[unit] = (value, automation, len(xs))
    curated_values = {}
    for tid, refs in cited.items():
        missing = [r for r in refs if r not in anchors.labels]
        if missing:
            raise SystemExit("unknown O*NET task reference(s) in tasks.yaml: %s" % ", ".join(missing))
        curated_values[tid] = (rnd(sum(anchors.labels[r][0] for r in refs) / len(refs)),
                               sum(anchors.labels[r][1] for r in refs) / len(refs))

    def value_of(unit):
        if unit in curated_values:
            return curated_values[unit]
        return unit_values[unit][:2]

    group_of_minor = collections.defaultdict(collections.Counter)
    for o in curated:
        group_of_minor[o["soc"][:4]][o["group"]] += 1
        group_of_minor[o["soc"][:2]][o["group"]] += 1

    soc_of_code = {code: soc for soc, codes in anchors.codes.items() for code in codes}
    # A curated title that is another occupation's own name (its SOC or O*NET title) or one of our titles for it
    # (curated-titles.tsv), and that O*NET does not give this one, was borrowed while only 93 occupations existed
    # ("head chef" on restaurant cooks): it goes to its owner. O*NET's reported titles alone do not move one
    # ("coder" is reported for medical coders, yet a developer's "coder" stays).
    official = collections.defaultdict(set)
    for soc, codes in anchors.codes.items():
        for code in codes:
            official[soc] |= {singular(x) for x in title_variants(anchors.onet_title[code])}
        official[soc].add(singular(clean_title(anchors.soc2018_title.get(soc, ""))))
    own_any = collections.defaultdict(set)
    for soc, codes in anchors.codes.items():
        for code in codes:
            own_any[soc] |= {singular(x) for t in anchors.alt_titles.get(code, []) for x in title_variants(t)}
        own_any[soc] |= official[soc]
    owners_of = collections.defaultdict(set)
    for soc, names in official.items():
        for n in names:
            owners_of[n].add(soc)
    borrowed = []
    extra_titles = collections.defaultdict(list)  # our own titles for every occupation (curated-titles.tsv)
    path = os.path.join(SRC, "curated-titles.tsv")
    if os.path.exists(path):
        for r in read_tsv(path):
            if r.get("soc") and r["soc"] in anchors.codes:
                extra_titles[r["soc"]].append((r["title"], r.get("language") or "en"))
                owners_of[singular(clean_title(r["title"]))].add(r["soc"])
    occupations, titles = [], []
    tool_meta, tool_hot = {}, {}
    for soc in sorted(anchors.codes):
        codes = anchors.codes[soc]
        own = collections.defaultdict(list)  # unit -> [(v, a, w)]
        screen = []
        for code in codes:
            for ref, (v, a, w) in anchors.labels.items():
                if not ref.startswith(code + "/"):
                    continue
                for unit, share in assign.get(ref, []):
                    own[unit].append((v, a, w * share))
                if ref in anchors.iwa:
                    element = anchors.element_of_iwa[anchors.iwa[ref]]
                    factor = next(f for p, f in SCREEN_ELEMENTS if element.startswith(p) or anchors.iwa[ref].startswith(p))
                    screen.append((factor, w))
        cur = curated_by_soc.get(soc)
        title = anchors.soc2018_title.get(soc) or anchors.onet_title[codes[0]]
        if cur:
            mix = []
            for unit, share in cur["tasks"]:
                refs = [r for r in cited.get(unit, []) if r.split("/")[0] in codes]
                if refs:
                    value = rnd(sum(anchors.labels[r][0] for r in refs) / len(refs))
                    automation = sum(anchors.labels[r][1] for r in refs) / len(refs)
                    basis = len(refs)
                else:
                    value, automation = value_of(unit)
                    basis = 0
                mix.append((unit, share, value, automation, basis))
            screen_share, screen_basis = cur["screenShare"], "curated"
            group = cur["group"]
            title = cur.get("title", title)
        else:
            total = sum(w for xs in own.values() for _, _, w in xs)
            ranked = sorted(own.items(), key=lambda e: (-sum(w for _, _, w in e[1]), e[0]))
            kept = [(u, xs) for u, xs in ranked if sum(w for _, _, w in xs) / total >= MIN_UNIT_SHARE][:MAX_UNITS]
            kept_total = sum(w for _, xs in kept for _, _, w in xs)
            mix, acc = [], 0.0
            for i, (unit, xs) in enumerate(kept):
                share = rnd(sum(w for _, _, w in xs) / kept_total, 3)
                if i == len(kept) - 1:
                    share = rnd(1 - acc, 3)
                acc += share
                mix.append((unit, share, rnd(mean([(v, w) for v, _, w in xs])), mean([(a, w) for _, a, w in xs]), len(xs)))
            screen_share, screen_basis = rnd(mean(screen), 2), "derived"
            groups = group_of_minor.get(soc[:4]) or group_of_minor.get(soc[:2])
            group = sorted(groups.items(), key=lambda e: (-e[1], e[0]))[0][0] if groups else "soc-" + soc[:2]
        related = []
        for code in codes:
            for index, rel in sorted(anchors.related.get(code, [])):
                rs = soc_of_code.get(rel)
                if rs and rs != soc and rs in anchors.codes and rs not in related:
                    related.append(rs)
        zones = sorted(anchors.job_zone[c] for c in codes if c in anchors.job_zone)
        job_zone = zones[len(zones) // 2] if zones else 0
        tools = {}
        for code in codes:
            for name, commodity, hot in anchors.tools.get(code, []):
                tools[name] = tools.get(name, False) or hot
                tool_meta.setdefault(name, commodity)
                tool_hot[name] = tool_hot.get(name, False) or hot
        occupations.append(dict(soc=soc, title=title, group=group, onet=codes, jobZone=job_zone,
                                curated=bool(cur), screenShare=screen_share, screenBasis=screen_basis, mix=mix,
                                skills=cur["skills"] if cur else [], tools=sorted(tools), related=related[:MAX_RELATED]))
        seen = set()
        def add(t, source, lang="en"):
            t = clean_title(t)
            if t and t not in seen and len(t) <= 80:
                seen.add(t)
                titles.append((soc, t, lang, source))
        for t, lang in extra_titles.get(soc, []):
            add(t, "curated", lang)
        for t in (cur["titles"] if cur else []):
            others = owners_of.get(singular(clean_title(t)), set()) - {soc}
            if others and singular(clean_title(t)) not in own_any[soc]:
                borrowed.append((soc, t, sorted(others)))
                continue
            add(t, "curated", "nb" if re.search(NORWEGIAN_WORDS, t)
                or len(t) > 4 and clean_title(t) in norwegian_titles(anchors) else "en")
        add(title, "soc2018")
        for code in codes:
            add(anchors.onet_title[code], "onet")
            for t in anchors.reported.get(code, []):
                for x in title_variants(t):
                    add(x, "onet-reported")
            for t in anchors.alt_titles.get(code, []):
                for x in title_variants(t):
                    add(x, "onet-alternate")
            for t in anchors.esco.get(code, []):
                add(t, "esco")
        for t in styrk_titles(anchors).get(soc, []):
            add(t, "styrk08", "nb")
    for soc, t, others in borrowed:
        print("curated title %r of %s left to %s, whose own title it is" % (t, soc, "/".join(others)),
              file=sys.stderr)
    return occupations, titles, units, unit_values, curated_values, (tool_meta, tool_hot), missing_units


# a curated occupation's titles mix English and Norwegian: a title is Norwegian when it holds a Norwegian letter or
# word ending, or when it is a Norwegian title elsewhere in our inputs (STYRK-08, curated-titles.tsv)
NORWEGIAN_WORDS = (r"[æøå]|utvikler|leder|rådgiver|lærer|sykepleier|konsulent|mekaniker\b|medarbeider\b|"
                   r"arbeider\b|sjef\b|fører\b|montør\b|selger\b")
_norwegian = None


def norwegian_titles(anchors):
    global _norwegian
    if _norwegian is None:
        _norwegian = {clean_title(t) for ts in styrk_titles(anchors).values() for t in ts}
        path = os.path.join(SRC, "curated-titles.tsv")
        for r in read_tsv(path):
            if r.get("language") == "nb":
                _norwegian.add(clean_title(r["title"]))
    return _norwegian


_styrk = None
# STYRK-08 unit groups that Norway added to ISCO-08, and the ISCO-08 group each belongs under (SSB's grouping:
# nurses under nursing professionals, other office associates under 3435); vernepleier (2224) has no one home
NORWEGIAN_ONLY = {"2223": "2221", "3439": "3435"}


def styrk_titles(anchors):
    """SOC 2018 code -> Norwegian titles of the STYRK-08 unit groups that map to it (ISCO-08 -> SOC 2010 -> 2018)."""
    global _styrk
    if _styrk is None:
        _styrk = collections.defaultdict(list)
        path = os.path.join(SRC, "styrk-titles-nb.tsv")
        if os.path.exists(path):
            for r in read_tsv(path):
                if not r.get("code"):
                    continue
                code = NORWEGIAN_ONLY.get(r["code"].strip(), r["code"].strip())
                for soc in closest_socs(anchors, code):
                    _styrk[soc].extend(t.strip() for t in r["titles"].split(";") if t.strip())
    return _styrk


def words(text):
    out = set()
    for w in re.findall(r"[a-z]+", text.lower()):
        w = w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        if w not in ("and", "or", "of", "the", "other", "all", "except", "n", "e", "c", "including", "related", "workers"):
            out.add(w)
    return out


def closest_socs(anchors, isco):
    """The SOC 2018 codes an ISCO-08 group maps to whose titles share most words with the ISCO title.

    The ISCO -> SOC crosswalk is many-to-many ("Bus and tram drivers" reaches school-bus drivers, transit drivers,
    subway operators and their supervisors); a Norwegian title should point at the closest of them, so only the
    codes whose SOC title shares the most words with the ISCO title keep it (all of them when none shares one).
    """
    socs = sorted(s for s in anchors.isco_to_soc2018.get(isco, ()) if s in anchors.codes)
    if not socs:
        return []
    isco_words = words(anchors.isco_title.get(isco, ""))
    def overlap(soc):
        return len(isco_words & words(anchors.soc2018_title.get(soc) or anchors.onet_title[anchors.codes[soc][0]]))
    best = max(overlap(s) for s in socs)
    return [s for s in socs if overlap(s) == best] if best > 0 else socs


def curated_skill_aliases():
    aliases = {}
    for line in open(os.path.join(TAX, "skills.yaml"), encoding="utf-8"):
        m = re.match(r"^  - \{id: ([\w-]+),.*aliases: \[([^\]]*)\]", line)
        if m:
            for alias in re.findall(r'"([^"]+)"', m.group(2)):
                aliases.setdefault(alias, m.group(1))
    return aliases


def tool_aliases(name):
    lower = clean_title(name)
    out = [lower]
    for vendor in VENDORS:
        if lower.startswith(vendor) and len(lower) - len(vendor) >= 4:
            out.append(lower[len(vendor):])
    return out


def write_outputs(anchors):
    occupations, titles, units, unit_values, curated_values, (tool_meta, tool_hot), missing_units = derive(anchors)
    curated_aliases = curated_skill_aliases()
    # technology: one skill per O*NET tool name, unless a curated skill already names it
    tool_id, tech_rows, used_ids = {}, [], set()
    alias_owner = dict(curated_aliases)
    for name in sorted(tool_meta, key=lambda n: (n.lower(), n)):
        aliases = tool_aliases(name)
        known = alias_owner.get(aliases[0])
        if known:  # a curated skill, or an earlier tool of the same name, already names it
            tool_id[name] = known
            continue
        sid = "tool-" + slug(name)[:60]
        while sid in used_ids:
            sid += "-x"
        used_ids.add(sid)
        tool_id[name] = sid
        kind = "vulnerable" if tool_meta[name] in VULNERABLE_TOOLS else "neutral"
        words = [a for a in aliases if a not in alias_owner]  # each alias belongs to one skill: first come
        for a in words:
            alias_owner[a] = sid
        # an alias that is also an everyday word of O*NET task statements, or three letters or fewer, must be
        # written as the tool is named (case and all) and counts only for an occupation that uses the tool
        ambiguous = [a for a in words if len(a) <= 3 or (" " not in a and anchors.task_words.get(a, 0) >= 3)]
        tech_rows.append((sid, name, kind, tool_meta[name], "yes" if tool_hot.get(name) else "no", "|".join(words),
                          "|".join(ambiguous), TOOL_RATIONALE[kind] % name))
    files = {}
    out = io.StringIO()
    out.write("# Every SOC 2018 occupation that the Eloundou et al. task labels reach, written by config/derive-taxonomy.py\n"
              "# from O*NET 29.3 (USDOL/ETA, CC BY 4.0), the BLS crosswalks and our curated occupations\n"
              "# (config/derivation/curated-occupations.yaml). Do not edit: edit the inputs and re-run the script.\n"
              "# tasks: unit id, share of working time, and the unit's exposure for THIS occupation (from its own O*NET\n"
              "# tasks' labels; basis = how many of them). screenBasis: derived (rule in docs/scoring.md) or curated.\n"
              "occupations:\n")
    for o in occupations:
        if not o["mix"]:
            raise SystemExit("%s has no task mix: its O*NET tasks map to no unit" % o["soc"])
        tasks = ", ".join("{id: %s, share: %s, value: %.2f, exposure: %s, level: %s, basis: %d}"
                          % (u, fmt(s), v, *classify(v, a), b) for u, s, v, a, b in o["mix"])
        tech = sorted({tool_id[t] for t in o["tools"]})
        out.write('  - soc: "%s"\n    title: %s\n    group: %s\n    onet: [%s]\n    jobZone: %d\n    curated: %s\n'
                  "    screenShare: %s\n    screenBasis: %s\n    tasks: [%s]\n    skills: [%s]\n    technology: [%s]\n"
                  "    related: [%s]\n"
                  % (o["soc"], yq(o["title"]), o["group"], ", ".join('"%s"' % c for c in o["onet"]), o["jobZone"],
                     "true" if o["curated"] else "false", fmt(o["screenShare"]), o["screenBasis"], tasks,
                     ", ".join(o["skills"]), ", ".join(tech), ", ".join('"%s"' % r for r in o["related"])))
    files["occupations.yaml"] = out.getvalue()
    out = io.StringIO()
    out.write("# soc\ttitle\tlanguage\tsource — every job title per occupation, written by config/derive-taxonomy.py.\n"
              "# Sources: curated (ours), soc2018 and onet (official titles), onet-alternate and onet-reported (O*NET 29.3,\n"
              "# USDOL/ETA, CC BY 4.0), esco (ESCO v1.1.2, European Commission, CC BY 4.0, via the Nesta crosswalk),\n"
              "# styrk08 (STYRK-08, Statistisk sentralbyrå, made singular in config/derivation/styrk-titles-nb.tsv).\n")
    out.write("soc\ttitle\tlanguage\tsource\n")
    for soc, t, lang, source in titles:
        out.write("%s\t%s\t%s\t%s\n" % (soc, t.replace("\t", " "), lang, source))
    files["titles.tsv"] = out.getvalue()
    out = io.StringIO()
    out.write("# id\tname\tkind\tcategory\thot\taliases\tambiguous\trationale — every O*NET 29.3 technology skill (USDOL/ETA,\n"
              "# CC BY 4.0) not already named by a curated skill, written by config/derive-taxonomy.py. kind: vulnerable\n"
              "# for tools whose output generative AI drafts (code, text, images), neutral otherwise. ambiguous aliases\n"
              "# count only as written and only for an occupation that uses the tool (docs/scoring.md). hot: O*NET's\n"
              "# Hot Technology flag (employers ask for it most) for any occupation.\n")
    out.write("id\tname\tkind\tcategory\thot\taliases\tambiguous\trationale\n")
    for row in tech_rows:
        out.write("\t".join(row) + "\n")
    files["technology.tsv"] = out.getvalue()
    out = io.StringIO()
    out.write("# Units of work, one per O*NET IWA (Intermediate Work Activity), named in our own words in\n"
              "# config/derivation/units-*.yaml. value / exposure / level: pooled over every occupation's O*NET tasks in\n"
              "# the unit by config/derive-taxonomy.py (an occupation's own values are in occupations.yaml). basis: number\n"
              "# of O*NET tasks. Do not edit: edit the inputs and re-run the script.\n"
              "units:\n")
    for u in units:
        if u["id"] not in unit_values:
            continue
        value, automation, n = unit_values[u["id"]]
        exposure, level = classify(value, automation)
        out.write("  - iwa: %s\n" % u["iwa"])
        out.write("\n".join(u["lines"]) + "\n")
        out.write("    value: %.2f\n    exposure: %s\n    level: %s\n    basis: %d\n" % (value, exposure, level, n))
    files["units.yaml"] = out.getvalue()
    files["tasks.yaml"] = refresh_tasks(curated_values)
    return files, occupations, missing_units


def refresh_tasks(values):
    lines = open(os.path.join(TAX, "tasks.yaml"), encoding="utf-8").read().split("\n")
    out, current = [], None
    for line in lines:
        m = re.match(r"^  - id: (\S+)\s*$", line)
        if m:
            current = m.group(1)
        if current in values:
            value, automation = values[current]
            exposure, level = classify(value, automation)
            if re.match(r"^    value: ", line):
                line = "    value: %.2f" % value
            elif re.match(r"^    exposure: ", line):
                line = "    exposure: %s" % exposure
            elif re.match(r"^    level: ", line):
                line = "    level: %s" % level
        out.append(line)
    return "\n".join(out)


def fmt(x):
    s = ("%.3f" % x).rstrip("0").rstrip(".")
    return s if s else "0"


def yq(s):
    return '"%s"' % s.replace('"', '\\"') if re.search(r"[:#,\[\]{}&*!|>'\"%@`]", s) else s


def base_score(o):
    """The scorer's base score at mid level (docs/scoring.md): odds of E scaled by the screen factor."""
    e = sum(s * v for _, s, v, _, _ in o["mix"]) / sum(s for _, s, _, _, _ in o["mix"])
    f = 0.9 + 0.2 * o["screenShare"]
    if e <= 0 or e >= 1:
        return round(100 * e)
    odds = e / (1 - e) * f
    return max(1, min(99, math.floor(100 * odds / (1 + odds) + 0.5)))


def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2
        i = j + 1
    return r


def spearman(a, b):
    ra, rb = ranks(a), ranks(b)
    n = len(a)
    ma, mb = sum(ra) / n, sum(rb) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    return cov / ((sum((x - ma) ** 2 for x in ra) * sum((y - mb) ** 2 for y in rb)) ** 0.5)


def compare(anchors_dir, occupations):
    betas = collections.defaultdict(list)
    with open(os.path.join(anchors_dir, "eloundou2023", "occ_level.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            betas[row["O*NET-SOC Code"]].append((float(row["dv_rating_beta"]) + float(row["human_rating_beta"])) / 2)
    rows = []
    for o in occupations:
        paper = [b for c in o["onet"] for b in betas.get(c, [])]
        if paper:
            e = sum(s * v for _, s, v, _, _ in o["mix"]) / sum(s for _, s, _, _, _ in o["mix"])
            rows.append((o["soc"], o["title"], e, base_score(o), sum(paper) / len(paper), o["curated"]))
    print("occupations compared: %d" % len(rows))
    print("Spearman with the paper's beta (mean of GPT-4 and human, averaged over folded O*NET codes):")
    print("  task-mix exposure: %.3f" % spearman([r[2] for r in rows], [r[4] for r in rows]))
    print("  base score:        %.3f" % spearman([r[3] for r in rows], [r[4] for r in rows]))
    cur = [r for r in rows if r[5]]
    print("  base score, curated only (n=%d): %.3f" % (len(cur), spearman([r[3] for r in cur], [r[4] for r in cur])))
    scores = sorted(r[3] for r in rows)
    print("base scores: min %d, median %d, max %d" % (scores[0], scores[len(scores) // 2], scores[-1]))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--anchors", default=os.path.join(ROOT, "..", "shared", "anchors"))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    anchors = Anchors(args.anchors)
    files, occupations, missing_units = write_outputs(anchors)
    if missing_units:
        print("note: %d IWAs have no unit text yet; their tasks are left out: %s"
              % (len(missing_units), " ".join(missing_units[:10])), file=sys.stderr)
    stale = []
    for name, text in sorted(files.items()):
        path = os.path.join(TAX, name)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != text:
            stale.append(name)
            if not args.check:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
    if args.check:
        if stale:
            print("stale: %s; run python3 config/derive-taxonomy.py" % ", ".join(stale), file=sys.stderr)
            return 1
        print("config/taxonomy is up to date (%d occupations)" % len(occupations))
    else:
        print("%d occupations; rewrote %s" % (len(occupations), ", ".join(stale) or "nothing"))
    if args.compare:
        compare(args.anchors, occupations)
    return 0


if __name__ == "__main__":
    sys.exit(main())
