#!/usr/bin/env python3
"""Derive task exposure values in config/taxonomy/tasks.yaml from Eloundou et al. (2023) task labels.

Reads ../shared/anchors/eloundou2023/full_labelset.tsv (or --anchors DIR), and for every task in tasks.yaml:

  per O*NET task t:  h(t) = label(human_exposure_agg), g(t) = label(gpt4_exposure)
                     with E0 = 0, E1 = 1, E2 = 0.5   (the paper's "beta" weighting)
                     v(t) = (h(t) + g(t)) / 2
                     a(t) = the dataset's `automation` column (GPT-4 T0..T4 mapped to 0, .25, .5, .75, 1)
  per taxonomy task: value      = mean of v(t) over the O*NET tasks it cites, rounded to 2 decimals
                     automation = mean of a(t)
                     level      = HIGH if value >= 0.60, MEDIUM if value >= 0.35, else LOW
                     exposure   = automated if value >= 0.70 and automation >= 0.60
                                  safe      if value <  0.35
                                  changing  otherwise

It rewrites only the `value:`, `exposure:` and `level:` lines, so hand-written fields stay as they are.

Usage:
  python3 config/derive-taxonomy.py            # print the derived values and update tasks.yaml
  python3 config/derive-taxonomy.py --check    # exit 1 if tasks.yaml is not up to date (changes nothing)
  python3 config/derive-taxonomy.py --compare  # also compare occupations' base exposure with the paper's
                                                # occupation-level beta (Spearman rank correlation)
Standard library only.
"""
import argparse
import csv
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABEL = {"E0": 0.0, "E1": 1.0, "E2": 0.5}
HIGH, MEDIUM, AUTOMATED, AUTOMATION = 0.60, 0.35, 0.70, 0.60


def load_labels(anchors):
    labels = {}
    with open(os.path.join(anchors, "full_labelset.tsv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            ref = "%s/%d" % (row["O*NET-SOC Code"], int(float(row["Task ID"])))
            v = (LABEL[row["human_exposure_agg"]] + LABEL[row["gpt4_exposure"]]) / 2
            labels[ref] = (v, float(row["automation"]))
    return labels


def derive(refs, labels):
    missing = [r for r in refs if r not in labels]
    if missing:
        raise SystemExit("unknown O*NET task reference(s): %s" % ", ".join(missing))
    value = round(sum(labels[r][0] for r in refs) / len(refs) + 1e-9, 2)
    automation = sum(labels[r][1] for r in refs) / len(refs)
    level = "HIGH" if value >= HIGH else "MEDIUM" if value >= MEDIUM else "LOW"
    if value >= AUTOMATED and automation >= AUTOMATION:
        exposure = "automated"
    elif value < MEDIUM:
        exposure = "safe"
    else:
        exposure = "changing"
    return value, exposure, level, automation


def update_tasks(path, labels):
    lines = open(path, encoding="utf-8").read().split("\n")
    out, derived, current = [], {}, None
    for line in lines:
        m = re.match(r"^  - id: (\S+)\s*$", line)
        if m:
            current = m.group(1)
        m = re.match(r"^    onet: \[(.*)\]\s*$", line)
        if m and current:
            refs = re.findall(r'"([^"]+)"', m.group(1))
            derived[current] = derive(refs, labels)
        if current in derived:
            value, exposure, level, _ = derived[current]
            if re.match(r"^    value: ", line):
                line = "    value: %.2f" % value
            elif re.match(r"^    exposure: ", line):
                line = "    exposure: %s" % exposure
            elif re.match(r"^    level: ", line):
                line = "    level: %s" % level
        out.append(line)
    return "\n".join(out), derived


def occupations(path):
    occs, soc, title = {}, None, None
    for line in open(path, encoding="utf-8"):
        m = re.match(r'^  - soc: "?([\d-]+)"?', line)
        if m:
            soc = m.group(1)
            occs[soc] = {"title": "", "tasks": [], "screen": 0.0}
        m = re.match(r"^    title: (.*)$", line)
        if m and soc:
            occs[soc]["title"] = m.group(1).strip()
        m = re.match(r"^    screenShare: ([\d.]+)", line)
        if m and soc:
            occs[soc]["screen"] = float(m.group(1))
        for tid, share in re.findall(r"\{id: ([\w-]+), share: ([\d.]+)\}", line):
            occs[soc]["tasks"].append((tid, float(share)))
    return occs


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
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return cov / (va * vb)


def compare(anchors, derived):
    betas = {}
    with open(os.path.join(anchors, "occ_level.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["O*NET-SOC Code"]
            beta = (float(row["dv_rating_beta"]) + float(row["human_rating_beta"])) / 2
            betas.setdefault(code[:7], []).append((code, beta))
    rows = []
    for soc, occ in occupations(os.path.join(ROOT, "config/taxonomy/occupations.yaml")).items():
        exposure = sum(derived[t][0] * s for t, s in occ["tasks"])
        # The scorer's base score: mid level (multiplier 1, tilt 0), screen factor 0.9 + 0.2 x screenShare.
        base_score = min(100, int(100 * exposure * (0.9 + 0.2 * occ["screen"]) + 0.5))
        candidates = betas.get(soc, [])
        preferred = {"15-1299": "15-1299.08"}.get(soc)
        paper = ([b for c, b in candidates if c == preferred] or [b for c, b in candidates if c.endswith(".00")]
                 or [b for _, b in candidates])
        if paper:
            rows.append((soc, occ["title"], exposure, base_score, paper[0]))
    rows.sort(key=lambda r: (-r[3], r[0]))
    print("\n%-8s %-50s %8s %6s %8s" % ("soc", "title", "mix", "base", "paper"))
    for soc, title, mix, base, paper in rows:
        print("%-8s %-50s %8.3f %6d %8.3f" % (soc, title[:50], mix, base, paper))
    print("\nSpearman rank correlation with the paper's occupation beta (mean of GPT-4 and human), n=%d:" % len(rows))
    print("  task-mix exposure: %.3f" % spearman([r[2] for r in rows], [r[4] for r in rows]))
    print("  base score:        %.3f" % spearman([r[3] for r in rows], [r[4] for r in rows]))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--anchors", default=os.path.join(ROOT, "..", "shared", "anchors", "eloundou2023"))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    labels = load_labels(args.anchors)
    path = os.path.join(ROOT, "config", "taxonomy", "tasks.yaml")
    text, derived = update_tasks(path, labels)
    if args.check:
        if text != open(path, encoding="utf-8").read():
            print("tasks.yaml is not up to date; run config/derive-taxonomy.py", file=sys.stderr)
            return 1
        print("tasks.yaml is up to date (%d tasks)" % len(derived))
    else:
        for tid, (value, exposure, level, automation) in derived.items():
            print("%-32s value=%.2f automation=%.2f %-9s %s" % (tid, value, automation, exposure, level))
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    if args.compare:
        compare(args.anchors, derived)
    return 0


if __name__ == "__main__":
    sys.exit(main())
