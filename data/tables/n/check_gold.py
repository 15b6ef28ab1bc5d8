#!/usr/bin/python3
"""Check the gold set in this folder: headers, evidence substrings, names, numbers, dates."""
import csv, io, os, sys, unicodedata, datetime
ROOT = os.path.dirname(os.path.abspath(__file__))
H1 = 'source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(',')
H2 = 'source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'.split(',')
FOCUS = {'budget_revenue','domestic_revenue','budget_expenditure','disbursement','ntm_communes','ntm_advanced_communes','ntm_model_communes','ntm_districts','ntm_district_criteria'}
PT = {'month','quarter','half_year','nine_months','year','ytd','midterm','term','as_of'}
LV = {'province','city','town','district','commune','ward','national'}
def refnames(path, idx_code=0, idx_name=1):
    with open(path, encoding='utf-8') as fh:
        return {(r[idx_code], r[idx_name]) for r in list(csv.reader(fh))[1:]}
old = refnames('/work/shared/reference/provinces.csv')
new = refnames('/work/main/data/reference/provinces_2025.csv')
names = {n for _, n in old | new}
errs = []
def rd(p):
    raw = open(os.path.join(ROOT, p), 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): errs.append(p + ': BOM')
    rows = list(csv.reader(io.StringIO(raw.decode('utf-8'), newline='')))
    return rows[0], rows[1:]
def date(s, where):
    try: return datetime.date.fromisoformat(s)
    except Exception: errs.append(f'{where}: bad date {s!r}')
h, docs = rd('gold/documents.csv')
if h != H1: errs.append('documents header')
texts = {}
for r in docs:
    fn = r[0]; p = os.path.join(ROOT, 'reports', fn)
    if not os.path.exists(p): errs.append(f'missing {fn}'); continue
    t = open(p, encoding='utf-8').read(); texts[fn] = t
    if unicodedata.normalize('NFC', t) != t: errs.append(f'{fn} not NFC')
    if not 500 <= len(t) <= 2500: errs.append(f'{fn} length {len(t)}')
    if r[3] == 'national':
        if r[1] or r[2] or r[4] != 'Việt Nam': errs.append(f'{fn} national doc fields')
    elif (r[1], r[2]) not in (old | new): errs.append(f'{fn} province {r[1]} {r[2]}')
    if r[3] not in LV or r[5] not in PT: errs.append(f'{fn} level/period')
    a, b = date(r[6], fn), date(r[7], fn)
    if a and b and a > b: errs.append(f'{fn} period order')
h, facts = rd('gold/facts.csv')
if h != H2: errs.append('facts header')
for i, r in enumerate(facts, 2):
    d = dict(zip(H2, r)); w = f'facts line {i} {d["source_file"]}'
    if len(r) != len(H2): errs.append(w + ' width'); continue
    if d['source_file'] not in texts: errs.append(w + ' unknown file'); continue
    if '\n' in d['evidence']: errs.append(w + ' evidence spans a line break')
    if d['evidence'] not in texts[d['source_file']]: errs.append(w + ' evidence not in text: ' + d['evidence'])
    if d['indicator'] not in FOCUS: errs.append(w + ' not focus')
    if d['province_name'] not in names: errs.append(w + ' province ' + d['province_name'])
    if d['period_type'] not in PT or d['area_level'] not in LV - {'national'}: errs.append(w + ' period/area')
    a, b = date(d['period_start'], w), date(d['period_end'], w)
    if a and b and a > b: errs.append(w + ' period order')
    if d['measure'] == 'assessment':
        if d['value'] or d['assessment'] not in {'low','slow','high','declining'}: errs.append(w + ' assessment')
    else:
        try: float(d['value'])
        except ValueError: errs.append(w + ' value')
        if d['denominator']:
            try: float(d['denominator'])
            except ValueError: errs.append(w + ' denominator')
        if d['approx'] not in {'exact','over','under','about'}: errs.append(w + ' approx')
    if d['headline'] not in ('', 'yes'): errs.append(w + ' headline')
    if d['headline'] == 'yes' and d['area_level'] != 'province': errs.append(w + ' headline on non-province')
    if d['measure'] in ('pct_of_plan',) and not d['basis']: errs.append(w + ' basis')
src = os.path.join(ROOT, 'reports', 'sources.csv')
if os.path.exists(src):
    h, rows = rd('reports/sources.csv')
    if h != ['source_file','url','published_date']: errs.append('sources header')
    for r in rows:
        if r[0] not in texts: errs.append('sources: unknown ' + r[0])
        if r[2]: date(r[2], 'sources ' + r[0])
for fn in os.listdir(os.path.join(ROOT, 'reports')):
    if fn.endswith('.txt') and fn not in texts: errs.append('report without gold row: ' + fn)
print(f'{len(docs)} documents, {len(facts)} facts, {sum(1 for r in facts if r[14]=="yes")} headline')
print('\n'.join(errs) or 'OK')
sys.exit(1 if errs else 0)
