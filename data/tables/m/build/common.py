import unicodedata
DOC_COLS = "source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end".split(",")
FACT_COLS = "source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence".split(",")

class R:
    def __init__(self, file, url, published, text, code, prov, level, name, pt, ps, pe, tests=""):
        self.file = file; self.url = url; self.published = published
        self.text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
        self.doc = dict(source_file=file, province_code=code, province_name=prov, area_level=level,
                        area_name=name, period_type=pt, period_start=ps, period_end=pe)
        self.facts = []; self.tests = tests; self.nonfacts = 0
    def F(self, ind, meas, val, unit, ev, basis="", den="", approx="exact", pt=None, ps=None, pe=None,
          area=None, headline="", assess=""):
        d = self.doc
        if pt is None: pt, ps0, pe0 = d["period_type"], d["period_start"], d["period_end"]
        else: ps0, pe0 = ps or "", pe or ""
        if ps is not None: ps0 = ps
        if pe is not None: pe0 = pe
        if pt == "as_of" and ps is None: ps0 = ""
        lvl, nm, pv = area if area else (d["area_level"], d["area_name"], d["province_name"])
        if meas == "assessment":
            val = ""; unit = ""; approx = ""
        self.facts.append(dict(source_file=self.file, indicator=ind, measure=meas,
            value=("" if val == "" else repr(float(val)).rstrip("0").rstrip(".") if isinstance(val,float) else str(val)),
            unit=unit, basis=basis, denominator=str(den), approx=approx, period_type=pt, period_start=ps0,
            period_end=pe0, area_level=lvl, area_name=nm, province_name=pv, headline=headline,
            assessment=assess, evidence=unicodedata.normalize("NFC", ev)))
        return self
