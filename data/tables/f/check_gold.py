#!/usr/bin/python3
"""Validate gold/ against reports/: headers, evidence substrings, province names, numbers."""
import csv, io, os, unicodedata
root = os.path.dirname(os.path.abspath(__file__))
def rd(p):
    raw = open(p, 'rb').read(); assert not raw.startswith(b'\xef\xbb\xbf'), p + ' has BOM'
    return list(csv.reader(io.StringIO(raw.decode('utf-8'), newline='')))
D = rd(os.path.join(root, 'gold/documents.csv')); Fa = rd(os.path.join(root, 'gold/facts.csv'))
assert D[0] == 'source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(',')
assert Fa[0] == 'source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'.split(',')
prov = {}
for f in ['/work/shared/reference/provinces.csv', '/work/main/data/reference/provinces_2025.csv']:
    for r in csv.DictReader(open(f, encoding='utf-8-sig')): prov.setdefault(r['name'], set()).add(r['code'])
FOCUS = {'budget_revenue','domestic_revenue','budget_expenditure','disbursement','ntm_communes','ntm_advanced_communes','ntm_model_communes','ntm_districts','ntm_district_criteria'}
PT = set('month quarter half_year nine_months year ytd midterm term as_of'.split())
err = []; texts = {}
for r in D[1:]:
    p = os.path.join(root, 'reports', r[0])
    if not os.path.exists(p): err.append('missing ' + r[0]); continue
    t = open(p, encoding='utf-8').read(); texts[r[0]] = t
    if unicodedata.normalize('NFC', t) != t: err.append('not NFC ' + r[0])
    if not 500 <= len(t) <= 2500: err.append(f'length {len(t)} {r[0]}')
    if r[3] == 'national':
        if r[1] or r[2] or r[4] != 'Việt Nam': err.append('national doc ' + r[0])
    elif r[2] not in prov or r[1] not in prov[r[2]]: err.append('province ' + str(r))
    if r[5] not in PT: err.append('ptype ' + r[0])
for i, r in enumerate(Fa[1:], 2):
    if len(r) != 17: err.append(f'cols line {i}'); continue
    if r[0] not in texts: err.append(f'no doc line {i}')
    elif r[16] not in texts[r[0]]: err.append(f'evidence line {i}: {r[16]!r}')
    if r[1] not in FOCUS: err.append(f'indicator line {i}')
    if r[2] == 'assessment':
        if r[3] or r[15] not in ('low','slow','high','declining'): err.append(f'assessment line {i}')
    else:
        try: float(r[3])
        except ValueError: err.append(f'value line {i}')
        if r[6]: int(r[6])
    if r[13] not in prov: err.append(f'province line {i} {r[13]}')
    if r[8] not in PT: err.append(f'ptype line {i}')
    if r[14] == 'yes' and r[11] != 'province': err.append(f'headline non-province line {i}')
srcs = rd(os.path.join(root, 'reports/sources.csv'))
for r in srcs[1:]:
    if r[0] not in texts: err.append('sources unknown ' + r[0])
print('\n'.join(err) or f'OK: {len(D)-1} documents, {len(Fa)-1} facts, {sum(r[14]=="yes" for r in Fa[1:])} headline')
