#!/usr/bin/python3
"""Validate gold/*.csv against reports/ (headers, evidence substrings, provinces, numbers)."""
import csv, os, sys, unicodedata
H = os.path.dirname(os.path.abspath(__file__))
DOCH = 'source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(',')
FH = 'source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'.split(',')
prov = {r['name'] for r in csv.DictReader(open('/work/shared/reference/provinces.csv', encoding='utf-8'))}
prov |= {r['name'] for r in csv.DictReader(open('/work/main/data/reference/provinces_2025.csv', encoding='utf-8'))}
err = []
def rd(p, head):
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err.append(p + ': BOM')
    rows = list(csv.reader(open(p, encoding='utf-8', newline='')))
    if rows[0] != head: err.append(p + ': header')
    return [dict(zip(head, r)) for r in rows[1:]]
docs = rd(os.path.join(H, 'gold/documents.csv'), DOCH)
facts = rd(os.path.join(H, 'gold/facts.csv'), FH)
texts = {}
for d in docs:
    p = os.path.join(H, 'reports', d['source_file'])
    if not os.path.exists(p): err.append('missing ' + p); continue
    t = open(p, encoding='utf-8').read()
    if t != unicodedata.normalize('NFC', t): err.append(p + ': not NFC')
    texts[d['source_file']] = t
    if d['area_level'] != 'national' and d['province_name'] not in prov: err.append('doc province ' + d['province_name'])
for i, f in enumerate(facts, 2):
    t = texts.get(f['source_file'])
    if t is None: err.append(f'line {i}: unknown source_file'); continue
    if f['evidence'] not in t: err.append(f'line {i}: evidence not found: {f["evidence"]}')
    if f['province_name'] not in prov: err.append(f'line {i}: province {f["province_name"]}')
    for k in ('value', 'denominator'):
        if f[k]:
            try: float(f[k])
            except ValueError: err.append(f'line {i}: {k} {f[k]}')
    if f['measure'] == 'assessment' and (f['value'] or f['assessment'] not in ('low', 'slow', 'high', 'declining')): err.append(f'line {i}: assessment')
    if f['measure'] != 'assessment' and not f['value']: err.append(f'line {i}: empty value')
    if f['headline'] not in ('', 'yes') or (f['headline'] and f['area_level'] != 'province'): err.append(f'line {i}: headline')
srcs = list(csv.DictReader(open(os.path.join(H, 'reports/sources.csv'), encoding='utf-8')))
if {s['source_file'] for s in srcs} != set(texts): err.append('sources.csv mismatch')
print(f'{len(docs)} documents, {len(facts)} facts, {sum(f["headline"]=="yes" for f in facts)} headline')
print('\n'.join(err) or 'OK'); sys.exit(1 if err else 0)
