#!/usr/bin/python3
"""Builds reports/, reports/sources.csv, gold/*.csv from batch files b*.py (authoring aid)."""
import csv, glob, importlib.util, os, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
DOCS, FACTS, SOURCES = [], [], []
DOCH = "source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end".split(",")
FH = "source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence".split(",")
class Doc:
    def __init__(s, fname, text, code, prov, level, area, ptype, pstart, pend, url=None, pub=None):
        s.fname = fname; s.text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
        s.row = [fname, code, prov, level, area, ptype, pstart, pend]
        s.period = (ptype, pstart, pend); s.area = (level, area, prov)
        DOCS.append(s)
        if url or pub: SOURCES.append([fname, url or "", pub or ""])
    def F(s, ind, meas, val, ev, unit=None, basis="", den="", approx="exact", per=None, area=None, h=False, ass=""):
        if unit is None:
            if meas in ("pct_of_plan", "change", "share"): unit = "percent"
            elif meas == "assessment": unit = ""
            elif ind.startswith("ntm"): unit = "count"
            else: unit = "vnd_billion"
        p = per or s.period; a = area or s.area
        FACTS.append([s.fname, ind, meas, "" if val is None else repr(val) if isinstance(val, float) else str(val), unit, basis,
                      str(den) if den != "" else "", "" if meas == "assessment" else approx, p[0], p[1], p[2], a[0], a[1], a[2],
                      "yes" if h else "", ass, unicodedata.normalize("NFC", ev)])
    def A(s, ind, word, ev, per=None, area=None, basis=""):
        s.F(ind, "assessment", None, ev, unit="", basis=basis, per=per, area=area, ass=word)
for f in sorted(glob.glob(os.path.join(HERE, "b[0-9]*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f); m = importlib.util.module_from_spec(spec)
    m.Doc = Doc; spec.loader.exec_module(m)
WRAP = {"1406", "1417", "1421", "1426", "1433"}
def hardwrap(d, width=76):
    evs = [f[16] for f in FACTS if f[0] == d.fname]
    prot = set()
    for ev in evs:
        i = d.text.find(ev)
        prot.update(range(i, i + len(ev)))
    out, pos = [], 0
    for line in d.text.split("\n"):
        start = pos; cur = 0; buf = list(line)
        last_break = 0
        for k, ch in enumerate(line):
            if ch == " " and k - last_break >= width and (start + k) not in prot:
                buf[k] = "\n"; last_break = k
        out.append("".join(buf)); pos += len(line) + 1
    d.text = "\n".join(out)
for d in DOCS:
    if d.fname[:4] in WRAP: hardwrap(d)
os.makedirs(os.path.join(ROOT, "reports"), exist_ok=True); os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
for d in DOCS:
    with open(os.path.join(ROOT, "reports", d.fname), "w", encoding="utf-8", newline="\n") as fh: fh.write(d.text)
def w(path, head, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        cw = csv.writer(fh, lineterminator="\r\n"); cw.writerow(head); cw.writerows(rows)
w(os.path.join(ROOT, "reports", "sources.csv"), ["source_file", "url", "published_date"], SOURCES)
w(os.path.join(ROOT, "gold", "documents.csv"), DOCH, [d.row for d in DOCS])
w(os.path.join(ROOT, "gold", "facts.csv"), FH, FACTS)
print(len(DOCS), "docs", len(FACTS), "facts", sum(1 for f in FACTS if f[14] == "yes"), "headline")
