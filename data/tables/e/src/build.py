#!/usr/bin/python3
"""Builds gold/documents.csv, gold/facts.csv, reports/sources.csv from src/b*.py batch files."""
import csv, glob, os, unicodedata, runpy
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS, FACTS, SRC = [], [], []
NTM = {"ntm_communes","ntm_advanced_communes","ntm_model_communes","ntm_districts","ntm_district_criteria"}
def build():
    for b in sorted(glob.glob(os.path.join(ROOT, "src", "batch*.py"))):
        g = runpy.run_path(b)
        for d in g["DOCS"]:
            fn = d["file"]
            DOCS.append([fn, d["code"], d["prov"], d["level"], d["area"], d["ptype"], d["ps"], d["pe"]])
            if d.get("url"):
                SRC.append([fn, d["url"], d.get("pub", "")])
            for f in d["facts"]:
                ind, meas, val, ev = f[0], f[1], f[2], f[3]
                o = f[4] if len(f) > 4 else {}
                if meas == "assessment":
                    unit = ""
                elif meas in ("pct_of_plan", "change", "share"):
                    unit = "percent"
                elif ind in NTM:
                    unit = "count"
                else:
                    unit = "vnd_billion"
                unit = o.get("unit", unit)
                per = o.get("per", (d["ptype"], d["ps"], d["pe"]))
                area = o.get("area", (d["level"], d["area"], d["prov"]))
                approx = o.get("approx", "" if meas == "assessment" else "exact")
                basis = o.get("basis", "")
                if meas == "pct_of_plan" and not basis:
                    raise SystemExit(f"{fn}: pct_of_plan without basis: {ev}")
                FACTS.append([fn, ind, meas, "" if val is None else val, unit, basis, o.get("den", ""), approx,
                              per[0], per[1], per[2], area[0], area[1], area[2], o.get("hl", ""),
                              o.get("asm", ""), ev])
    def w(path, header, rows):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            cw = csv.writer(fh, lineterminator="\n")
            cw.writerow(header)
            for r in rows:
                cw.writerow([unicodedata.normalize("NFC", str(x)) for x in r])
    w(os.path.join(ROOT, "gold", "documents.csv"),
      "source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end".split(","), DOCS)
    w(os.path.join(ROOT, "gold", "facts.csv"),
      "source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence".split(","), FACTS)
    w(os.path.join(ROOT, "reports", "sources.csv"), ["source_file", "url", "published_date"], SRC)
    print(len(DOCS), "docs", len(FACTS), "facts", sum(1 for f in FACTS if f[14] == "yes"), "headline")
build()

def readme():
    import runpy as rp
    rows, nf = [], 0
    for b in sorted(glob.glob(os.path.join(ROOT, "src", "batch*.py"))):
        for d in rp.run_path(b)["DOCS"]:
            area = d["area"] if d["level"] == "national" else f'{d["level"]} {d["area"]} ({d["prov"]})'
            rows.append(f'| {d["file"]} | {area} | {d["ptype"]} {d["ps"]}..{d["pe"]} | {d["tests"]} | {"; ".join(d["nf"])} |')
            nf += len(d["nf"])
    return rows, nf
R, NF = readme()
with open(os.path.join(ROOT, "src", "_table.md"), "w", encoding="utf-8") as fh:
    fh.write("\n".join(R) + "\n")
print("non-facts planted:", NF)
