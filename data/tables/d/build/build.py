import csv, glob, importlib, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import common
for p in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "batch*.py"))):
    importlib.import_module(os.path.basename(p)[:-3])
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = common.REPORTS
for r in R:
    with open(os.path.join(root, "reports", r["file"]), "w", encoding="utf-8", newline="\n") as f:
        f.write(r["text"])
DOC = "source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end".split(",")
FACT = "source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence".split(",")
def w(path, cols, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        wr = csv.DictWriter(f, cols, lineterminator="\r\n"); wr.writeheader(); wr.writerows(rows)
w(os.path.join(root, "gold/documents.csv"), DOC, [r["doc"] for r in R])
w(os.path.join(root, "gold/facts.csv"), FACT, [x for r in R for x in r["facts"]])
w(os.path.join(root, "reports/sources.csv"), ["source_file", "url", "published_date"],
  [dict(source_file=r["file"], url=r["url"], published_date=r["pub"]) for r in R if r["url"] or r["pub"]])
# README table
nf = sum(len(r["facts"]) for r in R); nh = sum(1 for r in R for x in r["facts"] if x["headline"] == "yes")
npl = sum(r["nonfacts"] for r in R)
lines = ["| file | area | period | tests |", "|---|---|---|---|"]
for r in R:
    d = r["doc"]
    lines.append(f"| {r['file']} | {d['area_level']} {d['area_name']} ({d['province_name'] or '—'}) | {d['period_type']} {d['period_start']}..{d['period_end']} | {r['tests']} |")
open(os.path.join(root, "build/table.md"), "w").write("\n".join(lines) + f"\n\nreports: {len(R)}, facts: {nf}, headline facts: {nh}, planted non-facts: {npl}\n")
print(len(R), nf, nh, npl)
