#!/usr/bin/python3
"""Validate gold/ against reports/ (headers, evidence substrings, province names, numbers)."""
import csv, os, unicodedata
root = os.path.dirname(os.path.abspath(__file__))
DOC = "source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end".split(",")
FACT = "source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence".split(",")
FOCUS = {"budget_revenue","domestic_revenue","budget_expenditure","disbursement","ntm_communes","ntm_advanced_communes","ntm_model_communes","ntm_districts","ntm_district_criteria"}
PT = {"month","quarter","half_year","nine_months","year","ytd","midterm","term","as_of"}
LV = {"province","city","town","district","commune","ward","national"}
def rd(p):
    raw = open(p, "rb").read(); assert not raw.startswith(b"\xef\xbb\xbf"), p + " has BOM"
    with open(p, encoding="utf-8", newline="") as f:
        r = csv.reader(f); return next(r), list(csv.DictReader(open(p, encoding="utf-8", newline="")))
prov = set()
for p in ("/work/shared/reference/provinces.csv", "/work/main/data/reference/provinces_2025.csv"):
    prov |= {r["name"] for r in csv.DictReader(open(p, encoding="utf-8"))}
err = []
h, docs = rd(os.path.join(root, "gold/documents.csv"))
if h != DOC: err.append("documents header")
h, facts = rd(os.path.join(root, "gold/facts.csv"))
if h != FACT: err.append("facts header")
texts = {}
for d in docs:
    p = os.path.join(root, "reports", d["source_file"])
    if not os.path.exists(p): err.append("missing " + d["source_file"]); continue
    t = open(p, encoding="utf-8").read(); texts[d["source_file"]] = t
    if unicodedata.normalize("NFC", t) != t: err.append("not NFC " + d["source_file"])
    if not 500 <= len(t) <= 2500: err.append(f"length {len(t)} {d['source_file']}")
    if d["area_level"] not in LV or d["period_type"] not in PT: err.append("doc enum " + d["source_file"])
    if d["area_level"] == "national":
        if d["province_name"] or d["province_code"] or d["area_name"] != "Việt Nam": err.append("national doc " + d["source_file"])
    elif d["province_name"] not in prov: err.append("province " + d["province_name"])
for f in facts:
    sf = f["source_file"]
    if sf not in texts: err.append("fact file " + sf); continue
    if f["evidence"] not in texts[sf]: err.append(f"evidence not in text: {sf}: {f['evidence']}")
    if f["indicator"] not in FOCUS: err.append("non-focus " + f["indicator"])
    if f["province_name"] not in prov: err.append("fact province " + f["province_name"])
    if f["area_level"] not in LV or f["period_type"] not in PT: err.append("fact enum " + sf)
    if f["measure"] == "assessment":
        if f["value"] or f["assessment"] not in {"low","slow","high","declining"}: err.append("assessment " + sf)
    else:
        float(f["value"])
        if f["denominator"]: float(f["denominator"])
        if f["approx"] not in {"exact","over","under","about"}: err.append("approx " + sf)
    if f["headline"] not in ("", "yes"): err.append("headline " + sf)
    if f["headline"] == "yes" and f["area_level"] != "province": err.append("headline non-province " + sf)
    for k in ("period_start", "period_end"):
        if len(f[k]) != 10: err.append(f"date {k} {sf}")
src = {r["source_file"] for r in csv.DictReader(open(os.path.join(root, "reports/sources.csv"), encoding="utf-8"))}
if src - set(texts): err.append("sources.csv unknown files")
print("\n".join(err) or f"OK: {len(docs)} documents, {len(facts)} facts")
