#!/usr/bin/python3
"""Validate gold/ against reports/ and the reference lists."""
import csv, os, sys, unicodedata
R = os.path.dirname(os.path.abspath(__file__))
DOCH = "source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end".split(",")
FH = "source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence".split(",")
FOCUS = {"budget_revenue","domestic_revenue","budget_expenditure","disbursement","ntm_communes","ntm_advanced_communes","ntm_model_communes","ntm_districts","ntm_district_criteria"}
PT = {"month","quarter","half_year","nine_months","year","ytd","midterm","term","as_of"}
LV = {"province","city","town","district","commune","ward","national"}
def rd(p):
    raw = open(p, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): err.append(f"{p}: BOM")
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]], rows[1:]
err = []
p63 = {r["name"]: r["code"] for r in csv.DictReader(open("/work/shared/reference/provinces.csv", encoding="utf-8-sig"))}
p34 = {r["name"]: r["code"] for r in csv.DictReader(open("/work/main/data/reference/provinces_2025.csv", encoding="utf-8-sig"))}
h, docs, raw = rd(os.path.join(R, "gold/documents.csv"))
if h != DOCH: err.append("documents header")
texts = {}
for d in docs:
    fn = os.path.join(R, "reports", d["source_file"])
    if not os.path.exists(fn): err.append(f"missing {fn}"); continue
    t = open(fn, encoding="utf-8").read(); texts[d["source_file"]] = t
    if unicodedata.normalize("NFC", t) != t: err.append(f"{fn} not NFC")
    if not 500 <= len(t) <= 2500: err.append(f"{d['source_file']} length {len(t)}")
    after = d["period_end"] >= "2025-07-01"
    ref = p34 if after else p63
    if d["area_level"] == "national":
        if d["province_name"] or d["province_code"] or d["area_name"] != "Việt Nam": err.append(f"{d['source_file']} national fields")
    elif ref.get(d["province_name"]) != d["province_code"]: err.append(f"{d['source_file']} province {d['province_name']} {d['province_code']}")
    if d["area_level"] == "province" and d["area_name"] != d["province_name"]: err.append(f"{d['source_file']} province area_name")
    if d["period_type"] not in PT or d["area_level"] not in LV: err.append(f"{d['source_file']} enum")
    if not (len(d["period_start"]) == 10 and len(d["period_end"]) == 10 and d["period_start"] <= d["period_end"]): err.append(f"{d['source_file']} dates")
h, facts, _ = rd(os.path.join(R, "gold/facts.csv"))
if h != FH: err.append("facts header")
for i, f in enumerate(facts, 2):
    sf = f["source_file"]
    if sf not in texts: err.append(f"line {i}: unknown {sf}"); continue
    if f["evidence"] not in texts[sf]: err.append(f"line {i}: evidence not in text: {f['evidence']!r}")
    if f["indicator"] not in FOCUS: err.append(f"line {i}: indicator {f['indicator']}")
    if f["measure"] == "assessment":
        if f["value"] or f["assessment"] not in {"low","slow","high","declining"}: err.append(f"line {i}: assessment")
    else:
        try: float(f["value"])
        except ValueError: err.append(f"line {i}: value {f['value']!r}")
        if f["approx"] not in {"exact","over","under","about"}: err.append(f"line {i}: approx")
    if f["denominator"]:
        try: float(f["denominator"])
        except ValueError: err.append(f"line {i}: denominator")
    if f["period_type"] not in PT or f["area_level"] not in LV - {"national"}: err.append(f"line {i}: enum {f['period_type']} {f['area_level']}")
    ref = p34 if f["period_end"] >= "2025-07-01" else p63
    if f["province_name"] not in ref: err.append(f"line {i}: province {f['province_name']}")
    if f["area_level"] == "province" and f["area_name"] != f["province_name"]: err.append(f"line {i}: province area_name")
    if f["headline"] not in ("", "yes") or (f["headline"] and f["area_level"] != "province"): err.append(f"line {i}: headline")
    if not (f["period_start"] <= f["period_end"]): err.append(f"line {i}: dates")
for sf in texts:
    if not any(f["source_file"] == sf for f in facts): print("note: no facts for", sf)
src = os.path.join(R, "reports/sources.csv")
if os.path.exists(src):
    h, rows, _ = rd(src)
    if h != ["source_file", "url", "published_date"]: err.append("sources header")
    for r in rows:
        if r["source_file"] not in texts: err.append(f"sources: unknown {r['source_file']}")
print("\n".join(err) or "OK", f"({len(docs)} docs, {len(facts)} facts, {sum(f['headline']=='yes' for f in facts)} headline)")
sys.exit(1 if err else 0)
