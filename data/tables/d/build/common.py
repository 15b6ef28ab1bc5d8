import unicodedata
N = lambda s: unicodedata.normalize("NFC", s)
REPORTS = []
PCT = {"pct_of_plan", "change", "share"}

def R(file, text, doc, facts, url="", pub="", tests="", nonfacts=0):
    code, pname, level, name, ptype, ps, pe = doc
    rows = []
    for f in facts:
        f = dict(f)
        area = f.pop("area", None) or (level, name, pname)
        meas = f["meas"]
        unit = f.get("unit") or ("percent" if meas in PCT else "")
        rows.append(dict(
            source_file=file, indicator=f["ind"], measure=meas,
            value="" if f.get("val") is None else f["val"], unit=unit,
            basis=f.get("basis", ""), denominator=f.get("denom", ""),
            approx="" if meas == "assessment" else f.get("approx", "exact"),
            period_type=f.get("pt", ptype), period_start=f.get("ps", ps), period_end=f.get("pe", pe),
            area_level=area[0], area_name=area[1], province_name=area[2],
            headline=f.get("head", ""), assessment=f.get("ass", ""), evidence=N(f["ev"])))
    REPORTS.append(dict(file=file, text=N(text.strip("\n") + "\n"), doc=dict(
        source_file=file, province_code=code, province_name=pname, area_level=level, area_name=name,
        period_type=ptype, period_start=ps, period_end=pe), facts=rows, url=url, pub=pub,
        tests=tests, nonfacts=nonfacts))

def F(ind, meas, val=None, **kw):
    d = dict(ind=ind, meas=meas, val=val); d.update(kw); return d
