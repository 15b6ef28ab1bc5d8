import csv, importlib, os, sys, glob
sys.path.insert(0, os.path.dirname(__file__))
from common import DOC_COLS, FACT_COLS
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
reps = []
for f in sorted(glob.glob(os.path.join(ROOT, "build", "batch*.py"))):
    reps += importlib.import_module(os.path.basename(f)[:-3]).REPORTS
for old in glob.glob(os.path.join(ROOT, "reports", "*.txt")): os.remove(old)
for r in reps:
    with open(os.path.join(ROOT, "reports", r.file), "w", encoding="utf-8", newline="\n") as fh: fh.write(r.text)
def w(path, cols, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        wr = csv.DictWriter(fh, fieldnames=cols, lineterminator="\r\n"); wr.writeheader(); wr.writerows(rows)
w(os.path.join(ROOT, "reports", "sources.csv"), ["source_file","url","published_date"],
  [dict(source_file=r.file, url=r.url, published_date=r.published) for r in reps])
w(os.path.join(ROOT, "gold", "documents.csv"), DOC_COLS, [r.doc for r in reps])
w(os.path.join(ROOT, "gold", "facts.csv"), FACT_COLS, [f for r in reps for f in r.facts])
with open(os.path.join(ROOT, "build", "inventory.tsv"), "w", encoding="utf-8") as fh:
    for r in reps:
        fh.write("\t".join([r.file, r.doc["area_level"], r.doc["area_name"], r.doc["province_name"], r.doc["period_type"],
                            r.doc["period_start"]+".."+r.doc["period_end"], str(len(r.facts)),
                            str(sum(f["headline"]=="yes" for f in r.facts)), str(r.nonfacts), str(len(r.text)), r.tests]) + "\n")
print(len(reps), "reports", sum(len(r.facts) for r in reps), "facts")
