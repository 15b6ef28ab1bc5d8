#!/usr/bin/python3
"""Validate gold/*.csv against reports/: headers, evidence substrings, province names, numbers."""
import csv, os, sys, unicodedata, re
HERE = os.path.dirname(os.path.abspath(__file__))
DOC_H = 'source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(',')
FACT_H = ('source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,'
          'area_level,area_name,province_name,headline,assessment,evidence').split(',')
FOCUS = {'budget_revenue', 'domestic_revenue', 'budget_expenditure', 'disbursement', 'ntm_communes',
         'ntm_advanced_communes', 'ntm_model_communes', 'ntm_districts', 'ntm_district_criteria'}
PT = {'month', 'quarter', 'half_year', 'nine_months', 'year', 'ytd', 'midterm', 'term', 'as_of'}
LEVELS = {'province', 'city', 'town', 'district', 'commune', 'ward', 'national'}
errs = []
def err(*a): errs.append(' '.join(str(x) for x in a))
def load(p):
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(p, 'has BOM')
    rows = list(csv.reader(raw.decode('utf-8').splitlines(True) and open(p, encoding='utf-8', newline='')))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]], rows[1:]
p63 = {r['name']: r['code'] for r in csv.DictReader(open('/work/shared/reference/provinces.csv', encoding='utf-8'))}
p34 = {r['name']: r['code'] for r in csv.DictReader(open('/work/main/data/reference/provinces_2025.csv', encoding='utf-8'))}
h, docs, raw = load(os.path.join(HERE, 'gold/documents.csv'))
if h != DOC_H: err('documents header', h)
for r in raw:
    if len(r) != len(DOC_H): err('documents row width', r)
texts = {}
for d in docs:
    fn = d['source_file']
    path = os.path.join(HERE, 'reports', fn)
    if not os.path.exists(path): err('missing report', fn); continue
    t = open(path, encoding='utf-8').read()
    if unicodedata.normalize('NFC', t) != t: err(fn, 'not NFC')
    if not (500 <= len(t) <= 2500): err(fn, 'length', len(t))
    texts[fn] = t
    if d['area_level'] not in LEVELS: err(fn, 'area_level', d['area_level'])
    if d['period_type'] not in PT: err(fn, 'period_type', d['period_type'])
    if d['area_level'] == 'national':
        if d['province_code'] or d['province_name'] or d['area_name'] != 'Việt Nam': err(fn, 'national doc fields')
    else:
        ok = p63.get(d['province_name']) == d['province_code'] or p34.get(d['province_name']) == d['province_code']
        if not ok: err(fn, 'province code/name', d['province_code'], d['province_name'])
    for k in ('period_start', 'period_end'):
        if not re.fullmatch(r'\d{4}-\d\d-\d\d', d[k]): err(fn, k, d[k])
names = {d['source_file'] for d in docs}
if len(names) != len(docs): err('duplicate document rows')
for fn in os.listdir(os.path.join(HERE, 'reports')):
    if fn.endswith('.txt') and fn not in names: err('report without gold row', fn)
h, facts, raw = load(os.path.join(HERE, 'gold/facts.csv'))
if h != FACT_H: err('facts header', h)
for r in raw:
    if len(r) != len(FACT_H): err('facts row width', r)
for i, x in enumerate(facts, 2):
    fn = x['source_file']
    if fn not in names: err(i, 'unknown source_file', fn); continue
    t = texts.get(fn, '')
    if x['evidence'] not in t: err(i, fn, 'evidence not in text:', x['evidence'])
    if x['indicator'] not in FOCUS: err(i, fn, 'not focus', x['indicator'])
    if x['period_type'] not in PT: err(i, fn, 'period_type', x['period_type'])
    if x['area_level'] not in LEVELS - {'national'}: err(i, fn, 'fact area_level', x['area_level'])
    if x['province_name'] not in p63 and x['province_name'] not in p34: err(i, fn, 'province', x['province_name'])
    if x['measure'] == 'assessment':
        if x['value'] or x['assessment'] not in {'low', 'slow', 'high', 'declining'}: err(i, fn, 'assessment row')
    else:
        try: float(x['value'])
        except ValueError: err(i, fn, 'value', x['value'])
        if x['measure'] not in {'level', 'pct_of_plan', 'change', 'share'}: err(i, fn, 'measure', x['measure'])
        if x['unit'] not in {'vnd_billion', 'vnd_million', 'percent', 'count'}: err(i, fn, 'unit', x['unit'])
        if x['approx'] not in {'exact', 'over', 'under', 'about'}: err(i, fn, 'approx', x['approx'])
        if x['measure'] in {'pct_of_plan', 'change', 'share'} and x['unit'] != 'percent': err(i, fn, 'pct unit')
    if x['denominator']:
        try: float(x['denominator'])
        except ValueError: err(i, fn, 'denominator', x['denominator'])
    if x['headline'] not in ('', 'yes'): err(i, fn, 'headline', x['headline'])
    if x['headline'] == 'yes' and (x['area_level'] != 'province' or x['indicator'] not in {'budget_revenue', 'disbursement', 'ntm_communes'}):
        err(i, fn, 'headline on non-province/non-headline indicator')
src = os.path.join(HERE, 'reports/sources.csv')
if os.path.exists(src):
    h, rows, _ = load(src)
    if h != ['source_file', 'url', 'published_date']: err('sources header', h)
    for r in rows:
        if r['source_file'] not in names: err('sources: unknown file', r['source_file'])
print(f"{len(docs)} documents, {len(facts)} facts, {sum(x['headline']=='yes' for x in facts)} headline; {len(errs)} problems")
for e in errs: print(' ', e)
sys.exit(1 if errs else 0)
