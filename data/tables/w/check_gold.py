#!/usr/bin/python3
"""Check the gold files of this set: headers, evidence substrings, province names, files, numbers."""
import csv, os, sys, unicodedata
ROOT = os.path.dirname(os.path.abspath(__file__))
DOC_H = "source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end".split(",")
FACT_H = "source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence".split(",")
FOCUS = {"budget_revenue", "domestic_revenue", "budget_expenditure", "disbursement", "ntm_communes",
         "ntm_advanced_communes", "ntm_model_communes", "ntm_districts", "ntm_district_criteria"}
LEVELS = {"province", "city", "town", "district", "commune", "ward", "national"}
PTYPES = {"month", "quarter", "half_year", "nine_months", "year", "ytd", "midterm", "term", "as_of"}
errors = []
def err(m): errors.append(m)
def read(p, header):
    raw = open(p, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): err(f"{p}: BOM")
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    if rows[0] != header: err(f"{p}: header {rows[0]}")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header) or err(f"{p}: bad row {r}")]
names = {}
for ref, col_code, col_name in [("/work/shared/reference/provinces.csv", "code", "name"), ("/work/main/data/reference/provinces_2025.csv", "code", "name")]:
    for r in csv.DictReader(open(ref, encoding="utf-8-sig")):
        names.setdefault(r[col_name], set()).add(r[col_code])
post = {r["name"]: r["code"] for r in csv.DictReader(open("/work/main/data/reference/provinces_2025.csv", encoding="utf-8-sig"))}
pre = {r["name"]: r["code"] for r in csv.DictReader(open("/work/shared/reference/provinces.csv", encoding="utf-8-sig"))}
docs = read(os.path.join(ROOT, "gold", "documents.csv"), DOC_H)
facts = read(os.path.join(ROOT, "gold", "facts.csv"), FACT_H)
texts = {}
for d in docs:
    p = os.path.join(ROOT, "reports", d["source_file"])
    if not os.path.exists(p): err(f"missing {p}"); continue
    t = open(p, encoding="utf-8").read()
    if unicodedata.normalize("NFC", t) != t: err(f"{p}: not NFC")
    if not 500 <= len(t) <= 2500: err(f"{p}: length {len(t)}")
    texts[d["source_file"]] = t
    if d["area_level"] not in LEVELS: err(f"{d['source_file']}: level {d['area_level']}")
    if d["period_type"] not in PTYPES: err(f"{d['source_file']}: period {d['period_type']}")
    if d["area_level"] == "national":
        if d["province_name"] or d["province_code"] or d["area_name"] != "Việt Nam": err(f"{d['source_file']}: national doc")
    else:
        ref = post if d["period_end"] >= "2025-07-01" else pre
        if ref.get(d["province_name"]) != d["province_code"]: err(f"{d['source_file']}: province {d['province_name']} {d['province_code']}")
        if d["area_level"] == "province" and d["area_name"] != d["province_name"]: err(f"{d['source_file']}: province area_name")
    if d["period_start"] > d["period_end"]: err(f"{d['source_file']}: period order")
srcs = list(csv.DictReader(open(os.path.join(ROOT, "reports", "sources.csv"), encoding="utf-8")))
for s in srcs:
    if s["source_file"] not in texts: err(f"sources.csv: unknown {s['source_file']}")
for i, f in enumerate(facts, 2):
    where = f"facts.csv:{i} {f['source_file']}"
    t = texts.get(f["source_file"])
    if t is None: err(f"{where}: unknown file"); continue
    if f["evidence"] not in t: err(f"{where}: evidence not in text: {f['evidence']}")
    if f["indicator"] not in FOCUS: err(f"{where}: indicator {f['indicator']}")
    if f["measure"] == "assessment":
        if f["value"] or f["assessment"] not in {"low", "slow", "high", "declining"}: err(f"{where}: assessment row")
    else:
        try: float(f["value"])
        except ValueError: err(f"{where}: value {f['value']!r}")
        if f["assessment"]: err(f"{where}: assessment on non-assessment row")
    if f["denominator"]:
        try: float(f["denominator"])
        except ValueError: err(f"{where}: denominator")
    if f["measure"] not in {"level", "pct_of_plan", "change", "share", "assessment"}: err(f"{where}: measure")
    if f["measure"] == "pct_of_plan" and f["basis"] not in {"estimate", "plan", "assigned_plan", "resolution"}: err(f"{where}: basis")
    if f["measure"] == "change" and f["basis"] not in {"yoy", "mom", "annual_avg"}: err(f"{where}: basis")
    if f["approx"] not in ({""} if f["measure"] == "assessment" else {"exact", "over", "under", "about"}): err(f"{where}: approx")
    if f["period_type"] not in PTYPES or f["period_start"] > f["period_end"]: err(f"{where}: period")
    if f["area_level"] not in LEVELS - {"national"}: err(f"{where}: area level")
    if f["province_name"] not in names: err(f"{where}: province {f['province_name']}")
    if f["area_level"] == "province" and f["area_name"] != f["province_name"]: err(f"{where}: province area")
    if f["headline"] not in {"", "yes"}: err(f"{where}: headline")
    if f["headline"] == "yes" and (f["area_level"] != "province" or (f["indicator"], f["measure"]) not in
            {("budget_revenue", "level"), ("budget_revenue", "pct_of_plan"), ("disbursement", "pct_of_plan"), ("disbursement", "level"), ("ntm_communes", "level")}):
        err(f"{where}: headline on wrong kind of fact")
    ref = post if f["period_end"] >= "2025-07-01" else pre
    if f["province_name"] not in ref: err(f"{where}: province {f['province_name']} not in the list valid for {f['period_end']}")
for e in errors: print(e)
print(f"{len(docs)} documents, {len(facts)} facts, {sum(f['headline'] == 'yes' for f in facts)} headline; {len(errors)} problems")
sys.exit(1 if errors else 0)
