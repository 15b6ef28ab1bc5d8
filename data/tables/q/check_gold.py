#!/usr/bin/python3
"""Build gold CSVs from the .spec files and check them."""
import csv, os, sys, unicodedata, re
D = os.path.dirname(os.path.abspath(__file__))
DH = "source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end".split(",")
FH = "source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence".split(",")
def spec(name, n):
    rows = []
    for ln in open(os.path.join(D, "gold", name), encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip(): continue
        p = ln.split("|", n - 1)
        if len(p) != n: sys.exit(f"bad field count {len(p)} in {name}: {ln}")
        rows.append([unicodedata.normalize("NFC", x) for x in p])
    return rows
docs, facts = spec("docs.spec", len(DH)), spec("facts.spec", len(FH))
for fn, h, rows in (("documents.csv", DH, docs), ("facts.csv", FH, facts)):
    with open(os.path.join(D, "gold", fn), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n"); w.writerow(h); w.writerows(rows)
ref = set()
for f in ("/work/shared/reference/provinces.csv", "/work/main/data/reference/provinces_2025.csv"):
    ref |= {r["name"] for r in csv.DictReader(open(f, encoding="utf-8"))}
prov63 = {r["name"]: r["code"] for r in csv.DictReader(open("/work/shared/reference/provinces.csv", encoding="utf-8"))}
prov34 = {r["name"]: r["code"] for r in csv.DictReader(open("/work/main/data/reference/provinces_2025.csv", encoding="utf-8"))}
errs = []
rep = os.path.join(D, "reports")
texts = {}
for fn in sorted(os.listdir(rep)):
    if fn.endswith(".txt"):
        t = open(os.path.join(rep, fn), encoding="utf-8").read()
        if t != unicodedata.normalize("NFC", t): errs.append(f"{fn}: not NFC")
        if not 500 <= len(t) <= 2500: errs.append(f"{fn}: length {len(t)}")
        texts[fn] = t
# re-read written CSVs
docs = list(csv.DictReader(open(os.path.join(D, "gold/documents.csv"), encoding="utf-8")))
facts = list(csv.DictReader(open(os.path.join(D, "gold/facts.csv"), encoding="utf-8")))
dset = set()
for d in docs:
    fn = d["source_file"]; dset.add(fn)
    if fn not in texts: errs.append(f"doc {fn}: missing file")
    if d["area_level"] == "national":
        if d["province_name"] or d["province_code"]: errs.append(f"doc {fn}: national with province")
    else:
        ver = prov34 if d["period_end"] >= "2025-07-01" else prov63
        if ver.get(d["province_name"]) != d["province_code"]: errs.append(f"doc {fn}: province {d['province_name']}/{d['province_code']} not in ref")
    for k in ("period_start", "period_end"):
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", d[k]): errs.append(f"doc {fn}: bad {k}")
for fn in texts:
    if fn not in dset: errs.append(f"{fn}: no documents row")
IND = {"budget_revenue","domestic_revenue","budget_expenditure","disbursement","ntm_communes","ntm_advanced_communes","ntm_model_communes","ntm_districts","ntm_district_criteria"}
seen = set()
for i, r in enumerate(facts, 2):
    fn = r["source_file"]
    if fn not in texts: errs.append(f"facts line {i}: missing file {fn}"); continue
    if r["evidence"] not in texts[fn]: errs.append(f"facts line {i}: evidence not in text: {r['evidence']}")
    if r["province_name"] not in ref: errs.append(f"facts line {i}: province {r['province_name']}")
    if r["indicator"] not in IND: errs.append(f"facts line {i}: indicator {r['indicator']}")
    if r["measure"] == "assessment":
        if r["value"] or r["assessment"] not in ("low","slow","high","declining"): errs.append(f"facts line {i}: bad assessment")
    else:
        try: float(r["value"])
        except ValueError: errs.append(f"facts line {i}: value {r['value']!r}")
        if r["denominator"]:
            try: float(r["denominator"])
            except ValueError: errs.append(f"facts line {i}: denominator")
        if r["approx"] not in ("exact","over","under","about"): errs.append(f"facts line {i}: approx")
        if r["unit"] not in ("vnd_billion","vnd_million","percent","count"): errs.append(f"facts line {i}: unit")
    if r["measure"] not in ("level","pct_of_plan","change","share","assessment"): errs.append(f"facts line {i}: measure")
    if r["headline"] not in ("", "yes"): errs.append(f"facts line {i}: headline")
    if r["headline"] == "yes" and r["area_level"] != "province": errs.append(f"facts line {i}: headline on non-province")
    for k in ("period_start","period_end"):
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", r[k]): errs.append(f"facts line {i}: bad {k}")
    key = (fn, r["indicator"], r["measure"], r["value"], r["area_name"], r["period_type"], r["basis"])
    if key in seen: errs.append(f"facts line {i}: duplicate {key}")
    seen.add(key)
src = list(csv.DictReader(open(os.path.join(rep, "sources.csv"), encoding="utf-8")))
for s in src:
    if s["source_file"] not in texts: errs.append(f"sources: missing {s['source_file']}")
print("\n".join(errs) or "OK")
print(f"reports {len(texts)} docs {len(docs)} facts {len(facts)} headline {sum(r['headline']=='yes' for r in facts)}")
