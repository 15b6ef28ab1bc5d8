#!/usr/bin/env python3
"""Check the gold set in this folder: headers, evidence substrings, province names, files, numbers."""
import csv, os, sys, unicodedata
ROOT = os.path.dirname(os.path.abspath(__file__))
DOC = "source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end".split(",")
FACT = "source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence".split(",")
FOCUS = {"budget_revenue","domestic_revenue","budget_expenditure","disbursement","ntm_communes",
         "ntm_advanced_communes","ntm_model_communes","ntm_districts","ntm_district_criteria"}
LEVELS = {"province","city","town","district","commune","ward","national"}
PT = {"month","quarter","half_year","nine_months","year","ytd","midterm","term","as_of"}
errs = []
def read(p, cols):
    raw = open(p, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): errs.append(f"{p}: BOM")
    with open(p, encoding="utf-8", newline="") as f:
        rd = csv.reader(f); hdr = next(rd)
        if hdr != cols: errs.append(f"{p}: header {hdr}")
        return [dict(zip(hdr, row)) for row in rd]
def provs(p):
    with open(p, encoding="utf-8") as f: return {(r["code"], r["name"]) for r in csv.DictReader(f)}
old = provs("/work/shared/reference/provinces.csv"); new = provs("/work/main/data/reference/provinces_2025.csv")
names = {n for _, n in old | new}
import datetime
def date(s, where):
    if s == "": return None
    try: return datetime.date.fromisoformat(s)
    except ValueError: errs.append(f"{where}: bad date {s!r}")
docs = read(os.path.join(ROOT, "gold/documents.csv"), DOC)
facts = read(os.path.join(ROOT, "gold/facts.csv"), FACT)
texts = {}
for d in docs:
    fn = d["source_file"]; p = os.path.join(ROOT, "reports", fn)
    if not os.path.exists(p): errs.append(f"missing report {fn}"); continue
    t = open(p, encoding="utf-8").read(); texts[fn] = t
    if unicodedata.normalize("NFC", t) != t: errs.append(f"{fn}: not NFC")
    if not 500 <= len(t) <= 2500: errs.append(f"{fn}: length {len(t)}")
    if d["area_level"] not in LEVELS: errs.append(f"{fn}: level {d['area_level']}")
    if d["period_type"] not in PT: errs.append(f"{fn}: period {d['period_type']}")
    if d["area_level"] == "national":
        if d["province_code"] or d["province_name"] or d["area_name"] != "Việt Nam": errs.append(f"{fn}: national doc fields")
    else:
        ref = new if (d["period_end"] >= "2025-07-01") else old
        if (d["province_code"], d["province_name"]) not in ref: errs.append(f"{fn}: province {d['province_code']} {d['province_name']} not in the reference of its time")
        if d["area_level"] == "province" and d["area_name"] != d["province_name"]: errs.append(f"{fn}: province area_name")
    date(d["period_start"], fn); date(d["period_end"], fn)
src = os.path.join(ROOT, "reports/sources.csv")
with open(src, encoding="utf-8", newline="") as f:
    srows = list(csv.DictReader(f))
for s in srows:
    if s["source_file"] not in texts: errs.append(f"sources.csv: unknown {s['source_file']}")
    date(s["published_date"], "sources.csv")
for i, r in enumerate(facts, 2):
    w = f"facts.csv line {i} ({r['source_file']})"
    t = texts.get(r["source_file"])
    if t is None: errs.append(f"{w}: no such document"); continue
    if r["indicator"] not in FOCUS: errs.append(f"{w}: indicator {r['indicator']}")
    if "\n" in r["evidence"] or r["evidence"] != r["evidence"].strip(): errs.append(f"{w}: evidence has a line break or edge spaces")
    if r["evidence"] not in t: errs.append(f"{w}: evidence not in text: {r['evidence']!r}")
    if r["province_name"] and r["province_name"] not in names: errs.append(f"{w}: province {r['province_name']}")
    if r["area_level"] not in LEVELS - {"national"}: errs.append(f"{w}: level {r['area_level']}")
    if r["period_type"] not in PT: errs.append(f"{w}: period {r['period_type']}")
    date(r["period_start"], w); date(r["period_end"], w)
    if r["measure"] == "assessment":
        if r["value"] or r["assessment"] not in {"low","slow","high","declining"}: errs.append(f"{w}: assessment row")
    else:
        try: float(r["value"])
        except ValueError: errs.append(f"{w}: value {r['value']!r}")
        if r["measure"] not in {"level","pct_of_plan","change","share"}: errs.append(f"{w}: measure")
        if r["unit"] not in {"vnd_billion","vnd_million","percent","count"}: errs.append(f"{w}: unit")
        if r["approx"] not in {"exact","over","under","about"}: errs.append(f"{w}: approx")
    if r["denominator"]:
        try: float(r["denominator"])
        except ValueError: errs.append(f"{w}: denominator")
    if r["headline"] not in {"", "yes"}: errs.append(f"{w}: headline")
    if r["headline"] == "yes" and r["area_level"] != "province": errs.append(f"{w}: headline on non-province")
for e in errs: print(e)
print(f"{len(docs)} documents, {len(facts)} facts, {sum(r['headline']=='yes' for r in facts)} headline; {len(errs)} problems")
sys.exit(1 if errs else 0)
