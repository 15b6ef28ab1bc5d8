#!/usr/bin/python3
"""Validate the gold set: headers, evidence substrings, province names, files, numbers."""
import csv, os, sys, unicodedata, re
D = os.path.dirname(os.path.abspath(__file__))
REF = ['/work/shared/reference/provinces.csv', '/work/main/data/reference/provinces_2025.csv']
DOCH = 'source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(',')
FH = 'source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'.split(',')
FOCUS = {'budget_revenue','domestic_revenue','budget_expenditure','disbursement','ntm_communes','ntm_advanced_communes','ntm_model_communes','ntm_districts','ntm_district_criteria'}
LEVELS = {'province','city','town','district','commune','ward','national'}
PT = {'month','quarter','half_year','nine_months','year','ytd','midterm','term','as_of'}
errs = []
def rd(p):
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): errs.append(f'{p}: BOM')
    with open(p, encoding='utf-8', newline='') as f: return list(csv.reader(f))
old, new = {}, {}
for i, p in enumerate(REF):
    for r in csv.DictReader(open(p, encoding='utf-8')):
        (old if i == 0 else new)[r['name']] = r['code']
date = re.compile(r'^\d{4}-\d{2}-\d{2}$')
docs = rd(os.path.join(D, 'gold/documents.csv'))
if docs[0] != DOCH: errs.append('documents header')
texts, dmeta = {}, {}
for r in docs[1:]:
    d = dict(zip(DOCH, r)); fn = d['source_file']; dmeta[fn] = d
    p = os.path.join(D, 'reports', fn)
    if not os.path.exists(p): errs.append(f'missing {fn}'); continue
    t = open(p, encoding='utf-8').read(); texts[fn] = t
    if unicodedata.normalize('NFC', t) != t: errs.append(f'{fn} not NFC')
    if not 500 <= len(t) <= 2500: errs.append(f'{fn} length {len(t)}')
    if d['area_level'] not in LEVELS: errs.append(f'{fn} level')
    if d['period_type'] not in PT: errs.append(f'{fn} period_type')
    if not (date.match(d['period_start']) and date.match(d['period_end'])): errs.append(f'{fn} dates')
    if d['area_level'] == 'national':
        if d['province_name'] or d['province_code'] or d['area_name'] != 'Việt Nam': errs.append(f'{fn} national')
    else:

        if d['province_name'] not in old and d['province_name'] not in new: errs.append(f'{fn} province {d["province_name"]}')
        code = old.get(d['province_name']) or new.get(d['province_name'])
        if d['province_code'] not in (old.get(d['province_name']), new.get(d['province_name'])): errs.append(f'{fn} code')
facts = rd(os.path.join(D, 'gold/facts.csv'))
if facts[0] != FH: errs.append('facts header')
n = hl = 0
for r in facts[1:]:
    f = dict(zip(FH, r)); fn = f['source_file']; n += 1
    if fn not in texts: errs.append(f'fact for unknown {fn}'); continue
    if f['indicator'] not in FOCUS: errs.append(f'{fn} indicator {f["indicator"]}')
    if f['evidence'] not in texts[fn]: errs.append(f'{fn} evidence not found: {f["evidence"]}')
    if f['measure'] == 'assessment':
        if f['value'] or f['assessment'] not in ('low','slow','high','declining'): errs.append(f'{fn} assessment')
    else:
        try: float(f['value'])
        except ValueError: errs.append(f'{fn} value {f["value"]!r}')
    if f['denominator']:
        try: float(f['denominator'])
        except ValueError: errs.append(f'{fn} denominator')
    if f['period_type'] not in PT or not (date.match(f['period_start']) and date.match(f['period_end'])): errs.append(f'{fn} fact period')
    if f['area_level'] not in LEVELS - {'national'}: errs.append(f'{fn} fact level')
    if f['province_name'] not in old and f['province_name'] not in new: errs.append(f'{fn} fact province {f["province_name"]}')
    if f['headline'] not in ('', 'yes'): errs.append(f'{fn} headline value')
    if f['headline'] == 'yes':
        hl += 1
        if f['area_level'] != 'province': errs.append(f'{fn} headline on non-province')
src = rd(os.path.join(D, 'reports/sources.csv'))
if src[0] != ['source_file','url','published_date']: errs.append('sources header')
for r in src[1:]:
    if r[0] not in texts: errs.append(f'sources: unknown {r[0]}')
print(f'{len(texts)} reports, {n} facts, {hl} headline')
print('\n'.join(errs) or 'OK'); sys.exit(1 if errs else 0)
