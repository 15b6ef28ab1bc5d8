#!/usr/bin/python3
"""Validate gold/*.csv against reports/ and the reference lists."""
import csv, os, sys, unicodedata, re
H = os.path.dirname(os.path.abspath(__file__))
REF = "/work/main/data/reference"
errs = []
def read(p, header):
    raw = open(p, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): errs.append(f"{p}: BOM")
    rows = list(csv.reader(open(p, encoding="utf-8", newline="")))
    if rows[0] != header.split(","): errs.append(f"{p}: header {rows[0]}")
    return [dict(zip(rows[0], r)) for r in rows[1:]]
old = {r["name"]: r["code"] for r in csv.DictReader(open("/work/shared/reference/provinces.csv", encoding="utf-8"))}
new = {r["name"]: r["code"] for r in csv.DictReader(open(f"{REF}/provinces_2025.csv", encoding="utf-8"))}
docs = read(f"{H}/gold/documents.csv", "source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end")
facts = read(f"{H}/gold/facts.csv", "source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence")
texts = {}
for f in sorted(os.listdir(f"{H}/reports")):
    if not f.endswith(".txt"): continue
    t = open(f"{H}/reports/{f}", encoding="utf-8").read()
    if unicodedata.normalize("NFC", t) != t: errs.append(f"{f}: not NFC")
    n = len(t)
    if not 500 <= n <= 2500: errs.append(f"{f}: {n} chars")
    texts[f] = t
PT = {"month","quarter","half_year","nine_months","year","ytd","midterm","term","as_of"}
LV = {"province","city","town","district","commune","ward","national"}
date = re.compile(r"^\d{4}-\d{2}-\d{2}$")
dnames = set()
for d in docs:
    f = d["source_file"]; dnames.add(f)
    if f not in texts: errs.append(f"doc {f}: no report")
    if d["area_level"] not in LV: errs.append(f"doc {f}: level")
    if d["period_type"] not in PT: errs.append(f"doc {f}: ptype")
    if not (date.match(d["period_start"]) and date.match(d["period_end"])): errs.append(f"doc {f}: dates")
    if d["area_level"] == "national":
        if d["province_name"] or d["province_code"] or d["area_name"] != "Việt Nam": errs.append(f"doc {f}: national")
    else:
        if d["province_name"] in old and old[d["province_name"]] == d["province_code"]: pass
        elif d["province_name"] in new and new[d["province_name"]] == d["province_code"]: pass
        else: errs.append(f"doc {f}: province {d['province_name']} {d['province_code']}")
        if d["area_level"] == "province" and d["area_name"] != d["province_name"]: errs.append(f"doc {f}: province area_name")
for f in texts:
    if f not in dnames: errs.append(f"report {f}: no document row")
IND = {"budget_revenue","domestic_revenue","budget_expenditure","disbursement","ntm_communes","ntm_advanced_communes","ntm_model_communes","ntm_districts","ntm_district_criteria"}
for i, r in enumerate(facts, 2):
    f = r["source_file"]; w = f"facts line {i} ({f})"
    if f not in texts: errs.append(f"{w}: no report"); continue
    if r["indicator"] not in IND: errs.append(f"{w}: indicator")
    if r["measure"] not in {"level","pct_of_plan","change","share","assessment"}: errs.append(f"{w}: measure")
    if r["measure"] == "assessment":
        if r["value"] or r["assessment"] not in {"low","slow","high","declining"}: errs.append(f"{w}: assessment")
    else:
        try: float(r["value"])
        except ValueError: errs.append(f"{w}: value {r['value']!r}")
        if r["unit"] not in {"vnd_billion","vnd_million","percent","count"}: errs.append(f"{w}: unit")
        if r["approx"] not in {"exact","over","under","about"}: errs.append(f"{w}: approx")
        if r["measure"] in ("pct_of_plan","change","share") and r["unit"] != "percent": errs.append(f"{w}: pct unit")
    if r["denominator"]:
        try: float(r["denominator"])
        except ValueError: errs.append(f"{w}: denominator")
    if r["period_type"] not in PT or not (date.match(r["period_start"]) and date.match(r["period_end"])): errs.append(f"{w}: period")
    if r["period_start"] > r["period_end"]: errs.append(f"{w}: period order")
    if r["area_level"] not in LV - {"national"}: errs.append(f"{w}: area_level")
    if r["province_name"] not in old and r["province_name"] not in new: errs.append(f"{w}: province {r['province_name']}")
    if r["area_level"] == "province" and r["area_name"] != r["province_name"]: errs.append(f"{w}: area_name")
    if r["headline"] not in ("", "yes"): errs.append(f"{w}: headline")
    if r["headline"] == "yes" and r["area_level"] != "province": errs.append(f"{w}: headline on non-province")
    if not r["evidence"] or r["evidence"] not in texts[f]: errs.append(f"{w}: evidence not in text: {r['evidence']!r}")
# boundaries: a page published on or after 2025-07-01 uses the 34-province list, earlier pages the 63-province list
pub = {r["source_file"]: r["published_date"] for r in csv.DictReader(open(f"{H}/reports/sources.csv", encoding="utf-8"))} if os.path.exists(f"{H}/reports/sources.csv") else {}
for d in docs:
    if d["area_level"] == "national" or d["source_file"] not in pub: continue
    ref = new if pub[d["source_file"]] >= "2025-07-01" else old
    if ref.get(d["province_name"]) != d["province_code"]: errs.append(f"doc {d['source_file']}: {d['province_name']} {d['province_code']} not in the list for {pub[d['source_file']]}")
for i, r in enumerate(facts, 2):
    if r["source_file"] in pub and r["province_name"] not in (new if pub[r["source_file"]] >= "2025-07-01" else old):
        errs.append(f"facts line {i}: {r['province_name']} not in the list for {pub[r['source_file']]}")
src = f"{H}/reports/sources.csv"
if os.path.exists(src):
    for r in csv.DictReader(open(src, encoding="utf-8")):
        if r["source_file"] not in texts: errs.append(f"sources.csv: {r['source_file']} unknown")
        if not date.match(r["published_date"]): errs.append(f"sources.csv: date {r}")
print("\n".join(errs) or "OK", f"\n{len(texts)} reports, {len(docs)} docs, {len(facts)} facts, {sum(r['headline']=='yes' for r in facts)} headline")
sys.exit(1 if errs else 0)
