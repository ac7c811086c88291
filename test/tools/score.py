#!/usr/bin/env python3
# A copy of ../shared/tools/score.py (the judge's scorer), kept here so a clean clone can run it in CI.
"""Score the extractor against hand-checked labels.

usage: score.py [--project DIR] [--golden DIR] [--negatives DIR] [--min-recall R] [--min-precision P] FILE...

Runs `npm run --silent extract -- FILE...` in the project (default: the current folder), expects one
JSON object per line (see ../spec/extract-output.md), and compares each with GOLDEN/<name>.json, where
<name> is the file's name up to its first dot. Files under --negatives must come out as not reports.
Exit 0 when recall, precision, traps and detection all hold.
"""
import argparse, json, math, pathlib, subprocess, sys

ap = argparse.ArgumentParser()
ap.add_argument("--project", default=".")
ap.add_argument("--golden", default=str(pathlib.Path(__file__).resolve().parent.parent / "seeds" / "golden"))
ap.add_argument("--negatives", default=None)
ap.add_argument("--min-recall", type=float, default=0.9)
ap.add_argument("--min-precision", type=float, default=0.98)
ap.add_argument("--verbose", action="store_true")
ap.add_argument("files", nargs="*")
a = ap.parse_args()

negs = sorted(str(p.resolve()) for p in pathlib.Path(a.negatives).glob("*.html")) if a.negatives else []
files = [str(pathlib.Path(f).resolve()) for f in a.files] + negs
r = subprocess.run(["npm", "run", "--silent", "extract", "--"] + files, cwd=a.project,
                   capture_output=True, text=True, timeout=600)
outs = []
for line in r.stdout.splitlines():
    if line.strip().startswith("{"):
        try:
            outs.append(json.loads(line))
        except json.JSONDecodeError:
            pass
if len(outs) != len(files):
    print(f"extract printed {len(outs)} JSON lines for {len(files)} inputs (exit {r.returncode}); stderr: {r.stderr[-400:]}")
    sys.exit(1)

def close(x, y):
    try:
        return math.isclose(float(x), float(y), rel_tol=1e-6, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False

T = dict(golden=0, correct=0, wrong=0, missing=0, extra=0, traps=0, neg_fp=0, det_miss=0, meta_bad=0)
for f, o in zip(files, outs):
    name = pathlib.Path(f).name
    isrep = (o.get("detection") or {}).get("isReport")
    if f in negs:
        T["neg_fp"] += isrep is not False
        print(f"{name}: negative, isReport={isrep}")
        continue
    g = json.loads((pathlib.Path(a.golden) / (name.split(".")[0] + ".json")).read_text())
    got = {(i.get("id"), i.get("year")): i.get("value") for i in o.get("indicators") or []}
    want = {(x["id"], x["year"]): x["values"] for x in g["facts"]}
    for x in g["facts"]:  # a figure whose year a careful reader could date either way
        for y in x.get("alt_years", []):
            if (x["id"], x["year"]) not in got and (x["id"], y) in got:
                got[(x["id"], x["year"])] = got.pop((x["id"], y))
    traps = {(t["id"], t["year"]): t["wrong_value"] for t in g.get("traps", []) if "wrong_value" in t}
    bad = []
    c = w = m = 0
    for k, vals in want.items():
        if k not in got:
            m += 1; bad.append(f"missing {k[0]} {k[1]} (want {vals})")
        elif any(close(got[k], v) for v in vals):
            c += 1
        else:
            w += 1; bad.append(f"WRONG {k[0]} {k[1]} = {got[k]} (want {vals})")
    extra = [k for k in got if k not in want]
    hit = [k for k in got if k in traps and close(got[k], traps[k]) and not any(close(got[k], v) for v in want.get(k, []))]
    for k in hit:
        bad.append(f"TRAP {k[0]} {k[1]} = {got[k]}")
    rep = o.get("report") or {}
    meta_ok = rep.get("region") == g["report"]["region"] and rep.get("year") == g["report"]["year"]
    T["golden"] += len(want); T["correct"] += c; T["wrong"] += w; T["missing"] += m
    T["extra"] += len(extra); T["traps"] += len(hit); T["det_miss"] += isrep is not True; T["meta_bad"] += not meta_ok
    print(f"{name}: recall {c}/{len(want)}, wrong {w}, traps {len(hit)}, unlabelled extras {len(extra)}, "
          f"isReport={isrep}, region/year {rep.get('region')}/{rep.get('year')} {'ok' if meta_ok else 'WRONG'}")
    for b in bad if a.verbose else bad[:8]:
        print("   ", b)

recall = T["correct"] / max(1, T["golden"])
precision = T["correct"] / max(1, T["correct"] + T["wrong"])
ok = (recall >= a.min_recall and precision >= a.min_precision and T["traps"] == 0
      and T["neg_fp"] == 0 and T["det_miss"] == 0 and T["meta_bad"] == 0)
print(f"recall {recall:.3f} precision {precision:.3f} wrong {T['wrong']} traps {T['traps']} "
      f"false_positives {T['neg_fp']}/{len(negs)} missed_reports {T['det_miss']} meta_wrong {T['meta_bad']}")
sys.exit(0 if ok else 1)
