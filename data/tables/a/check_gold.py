#!/usr/bin/python3
"""Validate gold/documents.csv and gold/facts.csv against reports/ and the reference lists."""
import csv, os, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOC_H = "source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end".split(",")
FACT_H = "source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence".split(",")
FOCUS = {"budget_revenue","domestic_revenue","budget_expenditure","disbursement","ntm_communes","ntm_advanced_communes","ntm_model_communes","ntm_districts","ntm_district_criteria"}
PT = {"month","quarter","half_year","nine_months","year","ytd","midterm","term","as_of"}
LV = {"province","city","town","district","commune","ward","national"}
def rd(p):
    raw = open(p, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"BOM in {p}"
    with open(p, encoding="utf-8", newline="") as f:
        r = csv.reader(f); rows = list(r)
    return rows[0], [dict(zip(rows[0], x)) for x in rows[1:]], rows
errs = []
prov = {}
for p in ["/work/shared/reference/provinces.csv", "/work/main/data/reference/provinces_2025.csv"]:
    for r in csv.DictReader(open(p, encoding="utf-8-sig")):
        prov.setdefault(r["name"], set()).add(r["code"])
h, docs, raw = rd(os.path.join(HERE, "gold/documents.csv"))
if h != DOC_H: errs.append(f"documents header {h}")
texts = {}
for d in docs:
    fn = d["source_file"]; p = os.path.join(HERE, "reports", fn)
    if not os.path.exists(p): errs.append(f"missing {fn}"); continue
    t = open(p, encoding="utf-8").read(); texts[fn] = t
    if unicodedata.normalize("NFC", t) != t: errs.append(f"not NFC {fn}")
    if not 500 <= len(t) <= 2500: errs.append(f"length {len(t)} {fn}")
    if d["area_level"] not in LV: errs.append(f"level {fn}")
    if d["period_type"] not in PT: errs.append(f"ptype {fn}")
    if d["area_level"] == "national":
        if d["province_name"] or d["province_code"] or d["area_name"] != "Việt Nam": errs.append(f"national doc {fn}")
    else:
        if d["province_name"] not in prov or d["province_code"] not in prov[d["province_name"]]: errs.append(f"province {fn} {d['province_name']} {d['province_code']}")
        if d["area_level"] == "province" and d["area_name"] != d["province_name"]: errs.append(f"province area_name {fn}")
h, facts, _ = rd(os.path.join(HERE, "gold/facts.csv"))
if h != FACT_H: errs.append(f"facts header {h}")
for i, x in enumerate(facts, 2):
    fn = x["source_file"]
    if fn not in texts: errs.append(f"fact line {i}: unknown file {fn}"); continue
    if x["evidence"] not in texts[fn]: errs.append(f"fact line {i}: evidence not in {fn}: {x['evidence']!r}")
    if x["indicator"] not in FOCUS: errs.append(f"fact line {i}: non-focus {x['indicator']}")
    if x["measure"] == "assessment":
        if x["value"] or x["assessment"] not in ("low","slow","high","declining"): errs.append(f"fact line {i}: assessment")
    else:
        try: float(x["value"])
        except ValueError: errs.append(f"fact line {i}: value {x['value']!r}")
        if x["measure"] not in ("level","pct_of_plan","change","share"): errs.append(f"fact line {i}: measure")
        if x["approx"] not in ("exact","over","under","about"): errs.append(f"fact line {i}: approx")
    if x["denominator"]:
        try: float(x["denominator"])
        except ValueError: errs.append(f"fact line {i}: denominator")
    if x["period_type"] not in PT: errs.append(f"fact line {i}: ptype")
    for k in ("period_start","period_end"):
        v = x[k]
        if len(v) != 10 or v[4] != "-" or v[7] != "-": errs.append(f"fact line {i}: {k} {v!r}")
    if x["province_name"] not in prov: errs.append(f"fact line {i}: province {x['province_name']!r}")
    if x["area_level"] == "province" and x["area_name"] != x["province_name"]: errs.append(f"fact line {i}: province area_name")
    if x["headline"] not in ("", "yes"): errs.append(f"fact line {i}: headline")
    if x["headline"] == "yes" and x["area_level"] != "province": errs.append(f"fact line {i}: headline on non-province")
for e in errs: print(e)
print(f"{len(docs)} documents, {len(facts)} facts, {sum(1 for f in facts if f['headline']=='yes')} headline; {len(errs)} problems")
sys.exit(1 if errs else 0)
