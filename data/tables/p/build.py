#!/usr/bin/python3
"""Builds reports/*.txt, reports/sources.csv, gold/*.csv from src/batch*.py and checks them."""
import csv, glob, os, unicodedata, importlib.util, sys
HERE = os.path.dirname(os.path.abspath(__file__))
R = []
for p in sorted(glob.glob(os.path.join(HERE, 'src', 'batch*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    R.extend(m.REPORTS)
DOCH = 'source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(',')
FH = 'source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'.split(',')
P63 = {r['name']: r['code'] for r in csv.DictReader(open('/work/shared/reference/provinces.csv', encoding='utf-8'))}
P34 = {r['name']: r['code'] for r in csv.DictReader(open('/work/main/data/reference/provinces_2025.csv', encoding='utf-8'))}
FOCUS = {"budget_revenue","domestic_revenue","budget_expenditure","disbursement","ntm_communes","ntm_advanced_communes","ntm_model_communes","ntm_districts","ntm_district_criteria"}
errs = []
docs, facts, srcs = [], [], []
seen = set()
for r in R:
    fn = r['file']
    if fn in seen: errs.append('dup file ' + fn)
    seen.add(fn)
    text = unicodedata.normalize('NFC', r['text'].strip('\n') + '\n')
    if not (500 <= len(text) <= 2500): errs.append(f'{fn}: length {len(text)}')
    with open(os.path.join(HERE, 'reports', fn), 'w', encoding='utf-8', newline='\n') as f: f.write(text)
    srcs.append([fn, r.get('url', ''), r.get('pub', '')])
    d = r['doc']  # (code, prov, level, name, ptype, ps, pe)
    docs.append([fn] + list(d))
    ref = P34 if d[5] >= '2025-07-01' else P63
    if d[2] != 'national' and ref.get(d[1]) != d[0]: errs.append(f'{fn}: doc province {d[0]} {d[1]}')
    for x in r['facts']:
        ind, meas, val, unit, basis, den, approx, pt, ps, pe, ev = x[:11]
        opt = x[11] if len(x) > 11 else {}
        area = opt.get('area', (d[2], d[3], d[1]))
        if ind not in FOCUS: errs.append(f'{fn}: non-focus {ind}')
        ev = unicodedata.normalize('NFC', ev)
        if ev not in text: errs.append(f'{fn}: evidence not in text: {ev}')
        if meas != 'assessment':
            try: float(val)
            except Exception: errs.append(f'{fn}: bad value {val}')
        if area[0] != 'national':
            ref2 = P34 if pe >= '2025-07-01' and d[5] >= '2025-07-01' else P63
            if area[2] not in ref2 and area[2] not in P63: errs.append(f'{fn}: fact province {area[2]}')
        hl = opt.get('hl', '')
        if hl and area[0] != 'province': errs.append(f'{fn}: headline on non-province')
        facts.append([fn, ind, meas, '' if val is None else val, unit, basis, '' if den is None else den, approx, pt, ps, pe,
                      area[0], area[1], area[2], hl, opt.get('as', ''), ev])
def w(path, head, rows):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        c = csv.writer(f, lineterminator='\n'); c.writerow(head); c.writerows(rows)
w(os.path.join(HERE, 'gold', 'documents.csv'), DOCH, docs)
w(os.path.join(HERE, 'gold', 'facts.csv'), FH, facts)
w(os.path.join(HERE, 'reports', 'sources.csv'), ['source_file', 'url', 'published_date'], srcs)
# remove stale report files
for p in glob.glob(os.path.join(HERE, 'reports', '*.txt')):
    if os.path.basename(p) not in seen: os.remove(p)
print(f'reports={len(docs)} facts={len(facts)} headline={sum(1 for f in facts if f[14]=="yes")} nonfacts={sum(len(r.get("nonfacts", [])) for r in R)}')
for r in R:
    for nf in r.get('nonfacts', []):
        if unicodedata.normalize('NFC', nf) not in unicodedata.normalize('NFC', r['text']): errs.append(f"{r['file']}: nonfact not in text: {nf}")
print('\n'.join(errs) if errs else 'OK')
sys.exit(1 if errs else 0)
