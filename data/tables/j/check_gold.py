#!/usr/bin/python3
"""Validate the gold set in this folder: headers, evidence substrings, names, numbers."""
import csv, os, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOC_H = 'source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(',')
FACT_H = 'source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'.split(',')
FOCUS = {'budget_revenue','domestic_revenue','budget_expenditure','disbursement','ntm_communes','ntm_advanced_communes','ntm_model_communes','ntm_districts','ntm_district_criteria'}
PT = {'month','quarter','half_year','nine_months','year','ytd','midterm','term','as_of'}
LV = {'province','city','town','district','commune','ward','national'}
p63 = {r['name']: r['code'] for r in csv.DictReader(open('/work/shared/reference/provinces.csv', encoding='utf-8'))}
p34 = {r['name']: r['code'] for r in csv.DictReader(open('/work/main/data/reference/provinces_2025.csv', encoding='utf-8'))}
errs = []
def rd(name, hdr):
    raw = open(os.path.join(HERE, 'gold', name), 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): errs.append(f'{name}: BOM')
    rows = list(csv.reader(raw.decode('utf-8').splitlines()))
    if rows[0] != hdr: errs.append(f'{name}: bad header {rows[0]}')
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(hdr): errs.append(f'{name}:{i}: {len(r)} cells')
    return [dict(zip(hdr, r)) for r in rows[1:]]
docs = rd('documents.csv', DOC_H); facts = rd('facts.csv', FACT_H)
texts = {}
for d in docs:
    p = os.path.join(HERE, 'reports', d['source_file'])
    if not os.path.exists(p): errs.append(f"missing report {d['source_file']}"); continue
    t = open(p, encoding='utf-8').read()
    if t != unicodedata.normalize('NFC', t): errs.append(f"{d['source_file']}: not NFC")
    if not 500 <= len(t) <= 2500: errs.append(f"{d['source_file']}: length {len(t)}")
    texts[d['source_file']] = t
    if d['area_level'] not in LV: errs.append(f"{d['source_file']}: level {d['area_level']}")
    if d['period_type'] not in PT: errs.append(f"{d['source_file']}: period {d['period_type']}")
    if d['area_level'] == 'national':
        if d['province_name'] or d['province_code'] or d['area_name'] != 'Việt Nam': errs.append(f"{d['source_file']}: national row")
    else:
        ok = {p63.get(d['province_name']), p34.get(d['province_name'])} - {None}
        if d['province_code'] not in ok: errs.append(f"{d['source_file']}: code {d['province_code']} not in {ok} for {d['province_name']}")
    if not (d['period_start'] <= d['period_end']): errs.append(f"{d['source_file']}: dates")
names = set(texts)
for f in os.listdir(os.path.join(HERE, 'reports')):
    if f.endswith('.txt') and f not in names: errs.append(f'report without gold row: {f}')
src = os.path.join(HERE, 'reports', 'sources.csv')
if os.path.exists(src):
    for r in csv.DictReader(open(src, encoding='utf-8')):
        if r['source_file'] not in names: errs.append(f"sources.csv: unknown {r['source_file']}")
for i, f in enumerate(facts, 2):
    s = f['source_file']
    if s not in texts: errs.append(f'facts:{i}: unknown file {s}'); continue
    if f['evidence'] not in texts[s]: errs.append(f"facts:{i}: evidence not in text: {f['evidence']!r}")
    if f['indicator'] not in FOCUS: errs.append(f"facts:{i}: indicator {f['indicator']}")
    if f['province_name'] not in p63 and f['province_name'] not in p34: errs.append(f"facts:{i}: province {f['province_name']}")
    if f['period_type'] not in PT or f['area_level'] not in LV - {'national'}: errs.append(f'facts:{i}: period/level')
    if f['measure'] == 'assessment':
        if f['value'] or f['assessment'] not in ('low','slow','high','declining'): errs.append(f'facts:{i}: assessment')
    else:
        try: float(f['value'])
        except ValueError: errs.append(f"facts:{i}: value {f['value']!r}")
        if f['denominator']:
            try: float(f['denominator'])
            except ValueError: errs.append(f'facts:{i}: denominator')
        if f['approx'] not in ('exact','over','under','about'): errs.append(f'facts:{i}: approx')
    if f['headline'] not in ('', 'yes'): errs.append(f'facts:{i}: headline')
    if f['headline'] == 'yes' and f['area_level'] != 'province': errs.append(f'facts:{i}: headline on non-province')
    if not (f['period_start'] <= f['period_end']): errs.append(f'facts:{i}: dates')
print(f"{len(docs)} documents, {len(facts)} facts, {sum(f['headline']=='yes' for f in facts)} headline")
for e in errs: print('ERROR', e)
sys.exit(1 if errs else 0)
