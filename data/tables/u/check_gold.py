#!/usr/bin/env python3
"""Validate gold/documents.csv and gold/facts.csv against reports/ and the reference lists."""
import csv, os, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOC_H = 'source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(',')
FACT_H = ('source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,'
          'period_end,area_level,area_name,province_name,headline,assessment,evidence').split(',')
FOCUS = {'budget_revenue', 'domestic_revenue', 'budget_expenditure', 'disbursement', 'ntm_communes',
         'ntm_advanced_communes', 'ntm_model_communes', 'ntm_districts', 'ntm_district_criteria'}
LEVELS = {'province', 'city', 'town', 'district', 'commune', 'ward', 'national'}
PTYPES = {'month', 'quarter', 'half_year', 'nine_months', 'year', 'ytd', 'midterm', 'term', 'as_of'}
MEASURES = {'level', 'pct_of_plan', 'change', 'share', 'assessment'}
UNITS = {'vnd_billion', 'vnd_million', 'usd_million', 'percent', 'count', 'ha', ''}
errs = []
def rd(p):
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        errs.append(f'{p}: has BOM')
    with open(p, encoding='utf-8', newline='') as f:
        r = csv.reader(f)
        rows = list(r)
    return rows[0], [dict(zip(rows[0], x)) for x in rows[1:]], rows[1:]
def refnames():
    old = {}; new = {}
    with open('/work/shared/reference/provinces.csv', encoding='utf-8') as f:
        for r in csv.DictReader(f): old[r['name']] = r['code']
    with open('/work/main/data/reference/provinces_2025.csv', encoding='utf-8') as f:
        for r in csv.DictReader(f): new[r['name']] = r['code']
    return old, new
old, new = refnames()
dh, docs, draw = rd(os.path.join(HERE, 'gold/documents.csv'))
fh, facts, fraw = rd(os.path.join(HERE, 'gold/facts.csv'))
if dh != DOC_H: errs.append(f'documents header {dh}')
if fh != FACT_H: errs.append(f'facts header {fh}')
for i, r in enumerate(draw):
    if len(r) != len(DOC_H): errs.append(f'documents row {i+2}: {len(r)} cells')
for i, r in enumerate(fraw):
    if len(r) != len(FACT_H): errs.append(f'facts row {i+2}: {len(r)} cells')
texts = {}
docmap = {}
for d in docs:
    f = d['source_file']; p = os.path.join(HERE, 'reports', f)
    if f in docmap: errs.append(f'duplicate document {f}')
    docmap[f] = d
    if not os.path.exists(p):
        errs.append(f'missing report {f}'); continue
    t = open(p, encoding='utf-8').read()
    if t != unicodedata.normalize('NFC', t): errs.append(f'{f}: not NFC')
    if not 500 <= len(t) <= 2500: errs.append(f'{f}: length {len(t)}')
    texts[f] = t
    if d['area_level'] not in LEVELS: errs.append(f'{f}: level {d["area_level"]}')
    if d['period_type'] not in PTYPES: errs.append(f'{f}: ptype')
    if d['period_start'] > d['period_end']: errs.append(f'{f}: period order')
    if d['area_level'] == 'national':
        if d['province_name'] or d['province_code'] or d['area_name'] != 'Việt Nam': errs.append(f'{f}: national fields')
    else:
        ref = new if d['period_end'] >= '2025-07-01' else old
        if ref.get(d['province_name']) != d['province_code']:
            errs.append(f'{f}: province {d["province_code"]} {d["province_name"]} not in {"2025" if ref is new else "63"} list')
        if d['area_level'] == 'province' and d['area_name'] != d['province_name']:
            errs.append(f'{f}: province area_name')
for f in sorted(os.listdir(os.path.join(HERE, 'reports'))):
    if f.endswith('.txt') and f not in docmap: errs.append(f'report without gold doc: {f}')
src = os.path.join(HERE, 'reports/sources.csv')
if os.path.exists(src):
    sh, srows, _ = rd(src)
    if sh != ['source_file', 'url', 'published_date']: errs.append('sources header')
    for r in srows:
        if r['source_file'] not in docmap: errs.append(f'sources.csv: unknown {r["source_file"]}')
seen = set()
for i, r in enumerate(facts, start=2):
    f = r['source_file']; tag = f'facts row {i} ({f})'
    if f not in docmap: errs.append(f'{tag}: unknown source_file'); continue
    if r['indicator'] not in FOCUS: errs.append(f'{tag}: indicator {r["indicator"]}')
    if r['measure'] not in MEASURES: errs.append(f'{tag}: measure')
    if r['unit'] not in UNITS: errs.append(f'{tag}: unit')
    if r['period_type'] not in PTYPES: errs.append(f'{tag}: ptype')
    if r['area_level'] not in LEVELS - {'national'}: errs.append(f'{tag}: area_level')
    if r['period_start'] > r['period_end']: errs.append(f'{tag}: period order')
    ref = new if r['period_end'] >= '2025-07-01' else old
    if r['province_name'] not in ref and r['province_name'] not in old:
        errs.append(f'{tag}: province {r["province_name"]}')
    if r['measure'] == 'assessment':
        if r['value'] or r['assessment'] not in {'low', 'slow', 'high', 'declining'}: errs.append(f'{tag}: assessment')
    else:
        try: float(r['value'])
        except ValueError: errs.append(f'{tag}: value {r["value"]!r}')
        if r['assessment']: errs.append(f'{tag}: assessment on non-assessment')
        if r['approx'] not in {'exact', 'over', 'under', 'about'}: errs.append(f'{tag}: approx')
    if r['denominator']:
        try: float(r['denominator'])
        except ValueError: errs.append(f'{tag}: denominator')
    if r['headline'] not in ('', 'yes'): errs.append(f'{tag}: headline')
    if r['headline'] == 'yes' and r['area_level'] != 'province': errs.append(f'{tag}: headline on non-province')
    if r['evidence'] not in texts.get(f, ''): errs.append(f'{tag}: evidence not in text: {r["evidence"]!r}')
    k = (f, r['indicator'], r['measure'], r['value'], r['area_name'], r['evidence'])
    if k in seen: errs.append(f'{tag}: duplicate fact')
    seen.add(k)
for e in errs: print(e)
n_head = sum(r['headline'] == 'yes' for r in facts)
print(f'{len(docs)} documents, {len(facts)} facts, {n_head} headline; {len(errs)} problems')
sys.exit(1 if errs else 0)
