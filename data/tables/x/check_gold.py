#!/usr/bin/python3
"""Check the gold set: headers, evidence substrings, province names, files, numbers."""
import csv, os, sys, unicodedata, datetime
B = os.path.dirname(os.path.abspath(__file__))
D_H = "source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end".split(",")
F_H = "source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence".split(",")
FOCUS = {"budget_revenue", "domestic_revenue", "budget_expenditure", "disbursement", "ntm_communes",
         "ntm_advanced_communes", "ntm_model_communes", "ntm_districts", "ntm_district_criteria"}
PT = {"month", "quarter", "half_year", "nine_months", "year", "ytd", "midterm", "term", "as_of"}
LV = {"province", "city", "town", "district", "commune", "ward", "national"}
errs = []
def rd(p):
    raw = open(p, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): errs.append(p + ": BOM")
    return list(csv.reader(raw.decode("utf-8").splitlines()))
prov = {}
for p in ("/work/shared/reference/provinces.csv", "/work/main/data/reference/provinces_2025.csv"):
    for r in csv.DictReader(open(p, encoding="utf-8")):
        prov.setdefault(r["name"], set()).add(r["code"])
d = rd(os.path.join(B, "gold/documents.csv")); f = rd(os.path.join(B, "gold/facts.csv"))
if d[0] != D_H: errs.append("documents header")
if f[0] != F_H: errs.append("facts header")
def date(s, w):
    try: datetime.date.fromisoformat(s)
    except ValueError: errs.append(f"{w}: bad date {s!r}")
texts, docs = {}, {}
for r in d[1:]:
    r = dict(zip(D_H, r)); fn = r["source_file"]
    if fn in docs: errs.append("dup doc " + fn)
    docs[fn] = r
    p = os.path.join(B, "reports", fn)
    if not os.path.exists(p): errs.append("missing " + fn); continue
    t = open(p, encoding="utf-8").read()
    if unicodedata.normalize("NFC", t) != t: errs.append(fn + ": not NFC")
    if not 500 <= len(t) <= 2500: errs.append(f"{fn}: length {len(t)}")
    texts[fn] = t
    if r["area_level"] not in LV: errs.append(fn + ": level")
    if r["area_level"] == "national":
        if r["province_name"] or r["province_code"] or r["area_name"] != "Việt Nam": errs.append(fn + ": national")
    elif r["province_code"] not in prov.get(r["province_name"], ()): errs.append(fn + ": province " + r["province_name"])
    if r["period_type"] not in PT: errs.append(fn + ": period")
    date(r["period_start"], fn); date(r["period_end"], fn)
for fn in os.listdir(os.path.join(B, "reports")):
    if fn.endswith(".txt") and fn not in docs: errs.append("no gold doc for " + fn)
for i, r in enumerate(f[1:], 2):
    if len(r) != len(F_H): errs.append(f"facts line {i}: {len(r)} cols"); continue
    r = dict(zip(F_H, r)); w = f"facts line {i} {r['source_file']}"
    if r["source_file"] not in docs: errs.append(w + ": unknown file"); continue
    if r["indicator"] not in FOCUS: errs.append(w + ": indicator")
    if r["evidence"] not in texts.get(r["source_file"], ""): errs.append(w + ": evidence not in text: " + r["evidence"])
    if r["measure"] == "assessment":
        if r["value"] or r["assessment"] not in {"low", "slow", "high", "declining"}: errs.append(w + ": assessment")
    else:
        try: float(r["value"])
        except ValueError: errs.append(w + ": value")
        if r["measure"] not in {"level", "pct_of_plan", "change", "share"}: errs.append(w + ": measure")
        if r["unit"] not in {"vnd_billion", "vnd_million", "percent", "count"}: errs.append(w + ": unit")
        if r["approx"] not in {"exact", "over", "under", "about"}: errs.append(w + ": approx")
        if r["measure"] == "pct_of_plan" and r["basis"] not in {"estimate", "plan", "assigned_plan", "resolution"}: errs.append(w + ": basis")
        if r["measure"] == "change" and r["basis"] not in {"yoy", "mom", "annual_avg"}: errs.append(w + ": basis")
    if r["denominator"]:
        try: float(r["denominator"])
        except ValueError: errs.append(w + ": denominator")
    if r["period_type"] not in PT: errs.append(w + ": period")
    date(r["period_start"], w); date(r["period_end"], w)
    if r["area_level"] not in LV - {"national"}: errs.append(w + ": level")
    if r["province_name"] not in prov: errs.append(w + ": province " + r["province_name"])
    if r["headline"] not in ("", "yes"): errs.append(w + ": headline")
    if r["headline"] == "yes" and r["area_level"] != "province": errs.append(w + ": headline on non-province")
sp = os.path.join(B, "reports", "sources.csv")
if os.path.exists(sp):
    s = rd(sp)
    if s[0] != ["source_file", "url", "published_date"]: errs.append("sources header")
    for r in s[1:]:
        if len(r) != 3 or r[0] not in docs: errs.append("sources row " + ",".join(r)); continue
        date(r[2], "sources " + r[0])
for e in errs: print(e)
n = len(f) - 1
print(f"{len(docs)} documents, {n} facts, {sum(1 for r in f[1:] if r[14] == 'yes')} headline; {len(errs)} problems")
sys.exit(1 if errs else 0)
