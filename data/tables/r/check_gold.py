#!/usr/bin/python3
"""Validate gold/documents.csv and gold/facts.csv against reports/."""
import csv, os, sys, unicodedata
R = os.path.dirname(os.path.abspath(__file__))
DH = 'source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(',')
FH = 'source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'.split(',')
P63 = {r['name']: r['code'] for r in csv.DictReader(open('/work/shared/reference/provinces.csv', encoding='utf-8'))}
P34 = {r['name']: r['code'] for r in csv.DictReader(open('/work/main/data/reference/provinces_2025.csv', encoding='utf-8'))}
FOCUS = {'budget_revenue', 'domestic_revenue', 'budget_expenditure', 'disbursement', 'ntm_communes',
         'ntm_advanced_communes', 'ntm_model_communes', 'ntm_districts', 'ntm_district_criteria'}
PT = {'month', 'quarter', 'half_year', 'nine_months', 'year', 'ytd', 'midterm', 'term', 'as_of'}
LV = {'province', 'city', 'town', 'district', 'commune', 'ward', 'national'}
err = []
def rd(name, head):
    raw = open(os.path.join(R, 'gold', name), 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err.append(f'{name}: BOM')
    rows = list(csv.reader(raw.decode('utf-8').splitlines()))
    if rows[0] != head: err.append(f'{name}: bad header {rows[0]}')
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(head): err.append(f'{name}:{i}: {len(r)} cells')
        else: out.append(dict(zip(head, r)))
    return out
docs = rd('documents.csv', DH); facts = rd('facts.csv', FH)
texts = {}
import re
isodate = re.compile(r'^\d{4}-\d{2}-\d{2}$')
for d in docs:
    f = d['source_file']; p = os.path.join(R, 'reports', f)
    if not os.path.exists(p): err.append(f'missing report {f}'); continue
    t = open(p, encoding='utf-8').read(); texts[f] = t
    if unicodedata.normalize('NFC', t) != t: err.append(f'{f}: not NFC')
    if not 500 <= len(t) <= 2500: err.append(f'{f}: length {len(t)}')
    if d['area_level'] not in LV: err.append(f'{f}: level')
    if d['period_type'] not in PT: err.append(f'{f}: period_type')
    if not (isodate.match(d['period_start']) and isodate.match(d['period_end'])): err.append(f'{f}: dates')
    if d['area_level'] == 'national':
        if d['province_name'] or d['province_code'] or d['area_name'] != 'Việt Nam': err.append(f'{f}: national')
    else:
        if d['province_code'] not in (P63.get(d['province_name']), P34.get(d['province_name'])): err.append(f'{f}: province {d["province_name"]}/{d["province_code"]}')
        if d['area_level'] == 'province' and d['area_name'] != d['province_name']: err.append(f'{f}: area_name')
names = set(texts)
if len(names) != len(docs): err.append('duplicate documents')
for i, x in enumerate(facts, 2):
    f = x['source_file']
    if f not in texts: err.append(f'facts:{i}: unknown file {f}'); continue
    if x['evidence'] not in texts[f]: err.append(f'facts:{i}: evidence not in text: {x["evidence"]}')
    if x['indicator'] not in FOCUS: err.append(f'facts:{i}: indicator {x["indicator"]}')
    if x['measure'] == 'assessment':
        if x['value'] or x['assessment'] not in ('low', 'slow', 'high', 'declining'): err.append(f'facts:{i}: assessment')
    else:
        try: float(x['value'])
        except ValueError: err.append(f'facts:{i}: value {x["value"]!r}')
        if x['approx'] not in ('exact', 'over', 'under', 'about'): err.append(f'facts:{i}: approx')
    if x['denominator']:
        try: float(x['denominator'])
        except ValueError: err.append(f'facts:{i}: denominator')
    if x['period_type'] not in PT or not isodate.match(x['period_start']) or not isodate.match(x['period_end']): err.append(f'facts:{i}: period')
    if x['area_level'] not in LV - {'national'}: err.append(f'facts:{i}: area_level')
    if x['province_name'] not in P63 and x['province_name'] not in P34: err.append(f'facts:{i}: province {x["province_name"]}')
    if x['area_level'] == 'province' and x['area_name'] != x['province_name']: err.append(f'facts:{i}: province area_name')
    if x['headline'] not in ('', 'yes') or (x['headline'] and x['area_level'] != 'province'): err.append(f'facts:{i}: headline')
src = os.path.join(R, 'reports', 'sources.csv')
if os.path.exists(src):
    for r in csv.DictReader(open(src, encoding='utf-8')):
        if r['source_file'] not in texts: err.append(f'sources: unknown {r["source_file"]}')
for e in err: print(e)
print(f'{len(docs)} documents, {len(facts)} facts, {sum(x["headline"] == "yes" for x in facts)} headline; {len(err)} problems')
sys.exit(1 if err else 0)
