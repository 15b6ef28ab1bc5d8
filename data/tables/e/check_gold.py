#!/usr/bin/python3
import csv, os, sys, unicodedata
D = os.path.dirname(os.path.abspath(__file__))
DOCH = "source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end".split(",")
FH = "source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence".split(",")
def load(p):
    raw = open(p, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), p + " has BOM"
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]
old = {r["name"]: r["code"] for r in csv.DictReader(open("/work/shared/reference/provinces.csv", encoding="utf-8"))}
new = {r["name"]: r["code"] for r in csv.DictReader(open("/work/main/data/reference/provinces_2025.csv", encoding="utf-8"))}
errs = []
h, docs = load(os.path.join(D, "gold/documents.csv"))
if h != DOCH: errs.append("documents header")
h, facts = load(os.path.join(D, "gold/facts.csv"))
if h != FH: errs.append("facts header")
texts = {}
LV = {"province","city","town","district","commune","ward","national"}
PT = {"month","quarter","half_year","nine_months","year","ytd","midterm","term","as_of"}
for d in docs:
    p = os.path.join(D, "reports", d["source_file"])
    if not os.path.exists(p): errs.append("missing " + p); continue
    t = open(p, encoding="utf-8").read()
    if unicodedata.normalize("NFC", t) != t: errs.append("not NFC " + p)
    if not 500 <= len(t) <= 2500: errs.append(f"length {len(t)} {p}")
    texts[d["source_file"]] = t
    if d["area_level"] not in LV or d["period_type"] not in PT: errs.append("doc enum " + str(d))
    after = d["period_end"] >= "2025-07-01"
    if d["area_level"] == "national":
        if d["province_name"] or d["area_name"] != "Việt Nam": errs.append("national " + str(d))
    else:
        ref = new if after else old
        if ref.get(d["province_name"]) != d["province_code"]: errs.append(f"province {d['source_file']} {d['province_code']} {d['province_name']}")
IND = {"budget_revenue","domestic_revenue","budget_expenditure","disbursement","ntm_communes","ntm_advanced_communes","ntm_model_communes","ntm_districts","ntm_district_criteria"}
for i, f in enumerate(facts, 2):
    t = texts.get(f["source_file"])
    if t is None: errs.append(f"line {i}: unknown file"); continue
    if f["evidence"] not in t: errs.append(f"line {i}: evidence not in text: {f['evidence']}")
    if f["indicator"] not in IND: errs.append(f"line {i}: indicator")
    if f["measure"] == "assessment":
        if f["value"] or f["assessment"] not in ("low","slow","high","declining"): errs.append(f"line {i}: assessment")
    else:
        try: float(f["value"])
        except ValueError: errs.append(f"line {i}: value {f['value']}")
        if f["denominator"]:
            float(f["denominator"])
    if f["period_type"] not in PT or f["area_level"] not in LV: errs.append(f"line {i}: enum")
    if f["province_name"] not in old and f["province_name"] not in new: errs.append(f"line {i}: province {f['province_name']}")
    if f["headline"] not in ("", "yes"): errs.append(f"line {i}: headline")
    if f["headline"] == "yes" and f["area_level"] != "province": errs.append(f"line {i}: headline on non-province")
    if f["approx"] not in ("", "exact","over","under","about"): errs.append(f"line {i}: approx")
src = os.path.join(D, "reports/sources.csv")
if os.path.exists(src):
    for r in csv.DictReader(open(src, encoding="utf-8")):
        if r["source_file"] not in texts: errs.append("sources.csv unknown " + r["source_file"])
print("\n".join(errs) or f"OK: {len(docs)} docs, {len(facts)} facts")
sys.exit(1 if errs else 0)
