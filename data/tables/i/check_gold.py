#!/usr/bin/python3
"""Check the gold set in this folder: headers, evidence substrings, names, numbers, dates."""
import csv, io, os, sys, unicodedata, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
REP = os.path.join(HERE, "reports")
DOC_H = "source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end".split(",")
FACT_H = ("source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,"
          "area_level,area_name,province_name,headline,assessment,evidence").split(",")
FOCUS = {"budget_revenue","domestic_revenue","budget_expenditure","disbursement","ntm_communes",
         "ntm_advanced_communes","ntm_model_communes","ntm_districts","ntm_district_criteria"}
PT = {"month","quarter","half_year","nine_months","year","ytd","midterm","term","as_of"}
LEVELS = {"province","city","town","district","commune","ward","national"}
def load(p):
    with open(p, encoding="utf-8", newline="") as f:
        raw = f.read()
    if raw.startswith("\ufeff"): err(p, "BOM")
    return list(csv.reader(io.StringIO(raw)))
errs = []
def err(*a): errs.append(" ".join(str(x) for x in a))
def refs(path, col_code, col_name):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {(r[col_code], r[col_name]) for r in csv.DictReader(f)}
old = refs("/work/shared/reference/provinces.csv", "code", "name")
new = refs("/work/main/data/reference/provinces_2025.csv", "code", "name")
names = {n for _, n in old | new}
def date(s, where):
    try: return datetime.date.fromisoformat(s)
    except Exception: err(where, "bad date", repr(s)); return None
docs = load(os.path.join(HERE, "gold/documents.csv"))
if docs[0] != DOC_H: err("documents header", docs[0])
texts, docmap = {}, {}
for r in docs[1:]:
    if len(r) != len(DOC_H): err("doc row width", r); continue
    d = dict(zip(DOC_H, r)); f = d["source_file"]; docmap[f] = d
    p = os.path.join(REP, f)
    if not os.path.exists(p): err("missing report", f); continue
    t = open(p, encoding="utf-8").read(); texts[f] = t
    if unicodedata.normalize("NFC", t) != t: err(f, "not NFC")
    if not 500 <= len(t) <= 2500: err(f, "length", len(t))
    if d["area_level"] == "national":
        if d["province_code"] or d["province_name"] or d["area_name"] != "Việt Nam": err(f, "national doc fields")
    else:
        pair = (d["province_code"], d["province_name"])
        if pair not in old | new: err(f, "province pair not in refs", pair)
    if d["area_level"] not in LEVELS: err(f, "area_level", d["area_level"])
    if d["period_type"] not in PT: err(f, "period_type", d["period_type"])
    a, b = date(d["period_start"], f), date(d["period_end"], f)
    if a and b and a > b: err(f, "period order")
for f in os.listdir(REP):
    if f.endswith(".txt") and f not in docmap: err("report without doc row", f)
facts = load(os.path.join(HERE, "gold/facts.csv"))
if facts[0] != FACT_H: err("facts header", facts[0])
n = 0; head = 0
for i, r in enumerate(facts[1:], 2):
    if len(r) != len(FACT_H): err("fact line", i, "width", len(r)); continue
    d = dict(zip(FACT_H, r)); w = f"facts line {i} ({d['source_file']})"; n += 1
    if d["source_file"] not in texts: err(w, "unknown source_file"); continue
    if d["indicator"] not in FOCUS: err(w, "indicator", d["indicator"])
    if d["evidence"] not in texts[d["source_file"]]: err(w, "evidence not in text:", d["evidence"])
    if d["measure"] == "assessment":
        if d["value"] or d["assessment"] not in {"low","slow","high","declining"}: err(w, "assessment row")
    else:
        try: float(d["value"])
        except ValueError: err(w, "value", d["value"])
        if d["measure"] not in {"level","pct_of_plan","change","share"}: err(w, "measure")
        if d["unit"] not in {"vnd_billion","vnd_million","percent","count"}: err(w, "unit", d["unit"])
        if d["approx"] not in {"exact","over","under","about"}: err(w, "approx")
        if d["measure"] in ("pct_of_plan","change","share") and d["unit"] != "percent": err(w, "pct unit")
        if d["measure"] == "pct_of_plan" and d["basis"] not in {"estimate","plan","assigned_plan","resolution"}: err(w, "basis")
        if d["measure"] == "change" and d["basis"] not in {"yoy","mom","annual_avg"}: err(w, "basis")
    if d["denominator"]:
        try: float(d["denominator"])
        except ValueError: err(w, "denominator")
    if d["period_type"] not in PT: err(w, "period_type")
    a, b = date(d["period_start"], w), date(d["period_end"], w)
    if a and b and a > b: err(w, "period order")
    if d["area_level"] not in LEVELS - {"national"}: err(w, "area_level", d["area_level"])
    if d["province_name"] not in names: err(w, "province_name", d["province_name"])
    if d["area_level"] == "province" and d["area_name"] != d["province_name"]: err(w, "province area_name")
    if d["headline"] not in ("", "yes"): err(w, "headline")
    if d["headline"] == "yes":
        head += 1
        if d["area_level"] != "province": err(w, "headline on non-province")
        ok = (d["indicator"], d["measure"]) in {("budget_revenue","level"),("budget_revenue","pct_of_plan"),
              ("disbursement","pct_of_plan"),("disbursement","level"),("ntm_communes","level")}
        if not ok: err(w, "headline on", d["indicator"], d["measure"])
src = os.path.join(REP, "sources.csv")
if os.path.exists(src):
    s = load(src)
    if s[0] != ["source_file","url","published_date"]: err("sources header")
    for r in s[1:]:
        if r[0] not in docmap: err("sources: unknown", r[0])
        date(r[2], "sources " + r[0])
print(f"{len(docs)-1} documents, {n} facts, {head} headline")
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
