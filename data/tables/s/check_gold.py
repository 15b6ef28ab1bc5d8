#!/usr/bin/env python3
import csv, os, sys, unicodedata
ROOT = os.path.dirname(os.path.abspath(__file__))
if os.path.basename(ROOT) == 'src': ROOT = os.path.dirname(ROOT)
P63 = {r['name'] for r in csv.DictReader(open('/work/shared/reference/provinces.csv', encoding='utf-8'))}
P34 = {r['name'] for r in csv.DictReader(open('/work/main/data/reference/provinces_2025.csv', encoding='utf-8'))}
H_D = 'source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'
H_F = 'source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'
errs = []
def rd(p, h):
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): errs.append(p + ': BOM')
    t = raw.decode('utf-8')
    if t.splitlines()[0] != h: errs.append(p + ': bad header')
    return list(csv.DictReader(t.splitlines(True) and __import__('io').StringIO(t, newline='')))
docs = rd(os.path.join(ROOT, 'gold/documents.csv'), H_D)
facts = rd(os.path.join(ROOT, 'gold/facts.csv'), H_F)
texts = {}
for d in docs:
    p = os.path.join(ROOT, 'reports', d['source_file'])
    if not os.path.exists(p): errs.append('missing ' + p); continue
    t = open(p, encoding='utf-8').read()
    texts[d['source_file']] = t
    if unicodedata.normalize('NFC', t) != t: errs.append(p + ' not NFC')
    if not 500 <= len(t) <= 2500: errs.append(f'{p} length {len(t)}')
    v34 = d['period_end'] >= '2025-07-01'
    if d['area_level'] == 'national':
        if d['province_name'] or d['province_code']: errs.append(d['source_file'] + ' national with province')
    elif d['province_name'] not in (P34 if v34 else P63): errs.append(d['source_file'] + ' bad province ' + d['province_name'])
ENUM = dict(measure={'level', 'pct_of_plan', 'change', 'share', 'assessment'},
            unit={'', 'vnd_billion', 'vnd_million', 'percent', 'count'},
            approx={'', 'exact', 'over', 'under', 'about'}, headline={'', 'yes'},
            assessment={'', 'low', 'slow', 'high', 'declining'},
            period_type={'month', 'quarter', 'half_year', 'nine_months', 'year', 'ytd', 'midterm', 'term', 'as_of'},
            area_level={'province', 'city', 'town', 'district', 'commune', 'ward'})
for i, f in enumerate(facts, 2):
    tag = f'facts line {i} ({f["source_file"]})'
    if f['source_file'] not in texts: errs.append(tag + ' unknown file'); continue
    if f['evidence'] not in texts[f['source_file']]: errs.append(tag + ' evidence not in text: ' + f['evidence'])
    for k, s in ENUM.items():
        if f[k] not in s: errs.append(f'{tag} bad {k}={f[k]}')
    for k in ('value', 'denominator'):
        if f[k]:
            try: float(f[k])
            except ValueError: errs.append(f'{tag} {k} not numeric')
    if (f['measure'] == 'assessment') != (f['value'] == ''): errs.append(tag + ' value/assessment mismatch')
    if f['measure'] == 'assessment' and not f['assessment']: errs.append(tag + ' assessment empty')
    pe = f['period_end']
    if f['province_name'] not in (P34 if pe >= '2025-07-01' else P63): errs.append(tag + ' bad province ' + f['province_name'])
    if f['headline'] == 'yes' and f['area_level'] != 'province': errs.append(tag + ' headline on non-province')
    if not (f['period_start'] <= f['period_end']): errs.append(tag + ' period order')
print('\n'.join(errs) or 'OK', f'- {len(docs)} documents, {len(facts)} facts, {sum(f["headline"]=="yes" for f in facts)} headline')
sys.exit(1 if errs else 0)
