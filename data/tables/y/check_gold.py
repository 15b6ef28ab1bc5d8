#!/usr/bin/python3
"""Validate gold/documents.csv and gold/facts.csv against reports/ and the reference lists."""
import csv, os, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
REP = os.path.join(HERE, "reports")
DOC_H = "source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end".split(",")
FACT_H = ("source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,"
          "area_level,area_name,province_name,headline,assessment,evidence").split(",")
FOCUS = {"budget_revenue", "domestic_revenue", "budget_expenditure", "disbursement", "ntm_communes",
         "ntm_advanced_communes", "ntm_model_communes", "ntm_districts", "ntm_district_criteria"}
PT = {"month", "quarter", "half_year", "nine_months", "year", "ytd", "midterm", "term", "as_of"}
LV = {"province", "city", "town", "district", "commune", "ward", "national"}
errs = []
def ref(path, col="name"):
    with open(path, encoding="utf-8") as f:
        return {r["code"]: r[col] for r in csv.DictReader(f)}
p63 = ref("/work/shared/reference/provinces.csv")
p34 = ref("/work/main/data/reference/provinces_2025.csv")
names = set(p63.values()) | set(p34.values())
def read(name, header):
    path = os.path.join(HERE, "gold", name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{name}: BOM")
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        h = next(rd)
        if h != header:
            errs.append(f"{name}: bad header {h}")
        rows = []
        for i, r in enumerate(rd, 2):
            if len(r) != len(header):
                errs.append(f"{name}:{i}: {len(r)} fields")
                continue
            rows.append(dict(zip(header, r), _line=i))
    return rows
texts = {}
for fn in sorted(os.listdir(REP)):
    if fn.endswith(".txt"):
        t = open(os.path.join(REP, fn), encoding="utf-8").read()
        if unicodedata.normalize("NFC", t) != t:
            errs.append(f"{fn}: not NFC")
        if not 500 <= len(t) <= 2500:
            errs.append(f"{fn}: {len(t)} chars")
        texts[fn] = t
published = {}
src = os.path.join(REP, "sources.csv")
if os.path.exists(src):
    with open(src, encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != ["source_file", "url", "published_date"]:
            errs.append(f"sources.csv: bad header {rd.fieldnames}")
        for r in rd:
            if r["source_file"] not in texts:
                errs.append(f"sources.csv: no such file {r['source_file']}")
            if len(r["published_date"]) != 10 or not r["url"].startswith("http"):
                errs.append(f"sources.csv: bad row {r}")
            published[r["source_file"]] = r["published_date"]
for name in ("documents.csv", "facts.csv"):
    t = open(os.path.join(HERE, "gold", name), encoding="utf-8").read()
    if unicodedata.normalize("NFC", t) != t:
        errs.append(f"{name}: not NFC")
docs = read("documents.csv", DOC_H)
dnames = set()
for d in docs:
    fn = d["source_file"]
    dnames.add(fn)
    if fn not in texts:
        errs.append(f"documents: missing file {fn}")
    if d["area_level"] not in LV or d["period_type"] not in PT:
        errs.append(f"documents: {fn} bad level/period")
    if d["area_level"] == "national":
        if d["province_name"] or d["province_code"] or d["area_name"] != "Việt Nam":
            errs.append(f"documents: {fn} national row")
    else:
        # era: the page date (sources.csv) or, failing that, the period end decides the province list
        when = published.get(fn) or d["period_end"]
        table = p34 if when >= "2025-07-01" else p63
        if table.get(d["province_code"]) != d["province_name"]:
            errs.append(f"documents: {fn} code/name {d['province_code']} {d['province_name']} not in the {when[:10]} list")
    for k in ("period_start", "period_end"):
        if len(d[k]) != 10 or d[k][4] != "-":
            errs.append(f"documents: {fn} bad {k}")
for fn in texts:
    if fn not in dnames:
        errs.append(f"documents: no row for {fn}")
facts = read("facts.csv", FACT_H)
for r in facts:
    w = f"facts:{r['_line']} {r['source_file']}"
    if r["source_file"] not in texts:
        errs.append(f"{w}: no such file"); continue
    if r["evidence"] not in texts[r["source_file"]]:
        errs.append(f"{w}: evidence not in text: {r['evidence']}")
    if r["indicator"] not in FOCUS:
        errs.append(f"{w}: indicator {r['indicator']}")
    if r["province_name"] not in names:
        errs.append(f"{w}: province {r['province_name']}")
    if r["period_type"] not in PT or r["area_level"] not in LV - {"national"}:
        errs.append(f"{w}: period/level")
    if r["measure"] == "assessment":
        if r["value"] or r["assessment"] not in ("low", "slow", "high", "declining"):
            errs.append(f"{w}: assessment row")
    else:
        try:
            float(r["value"])
        except ValueError:
            errs.append(f"{w}: value {r['value']!r}")
        if r["denominator"]:
            try: float(r["denominator"])
            except ValueError: errs.append(f"{w}: denominator")
        if r["approx"] not in ("exact", "over", "under", "about"):
            errs.append(f"{w}: approx")
    if r["headline"] not in ("", "yes"):
        errs.append(f"{w}: headline")
    if r["headline"] == "yes" and r["area_level"] != "province":
        errs.append(f"{w}: headline on non-province")
    if r["area_level"] == "province" and r["area_name"] != r["province_name"]:
        errs.append(f"{w}: province area_name")
    for k in ("period_start", "period_end"):
        if len(r[k]) != 10:
            errs.append(f"{w}: {k}")
print(f"{len(texts)} reports, {len(docs)} documents, {len(facts)} facts, "
      f"{sum(r['headline'] == 'yes' for r in facts)} headline")
for e in errs:
    print("ERR", e)
sys.exit(1 if errs else 0)
