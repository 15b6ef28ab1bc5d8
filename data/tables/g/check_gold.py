#!/usr/bin/python3
import csv, os, sys, unicodedata
D = os.path.dirname(os.path.abspath(__file__))
P = set()
for p in ['/work/shared/reference/provinces.csv', '/work/main/data/reference/provinces_2025.csv']:
    P |= {r['name'] for r in csv.DictReader(open(p, encoding='utf-8'))}
HD = 'source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'
HF = 'source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'
FOCUS = {"budget_revenue","domestic_revenue","budget_expenditure","disbursement","ntm_communes","ntm_advanced_communes","ntm_model_communes","ntm_districts","ntm_district_criteria"}
err = []
raw = open(os.path.join(D,'gold/documents.csv'),'rb').read()
if raw.startswith(b'\xef\xbb\xbf'): err.append('BOM docs')
if raw.decode().splitlines()[0] != HD: err.append('doc header')
raw = open(os.path.join(D,'gold/facts.csv'),'rb').read()
if raw.startswith(b'\xef\xbb\xbf'): err.append('BOM facts')
if raw.decode().splitlines()[0] != HF: err.append('facts header')
docs = list(csv.DictReader(open(os.path.join(D,'gold/documents.csv'), encoding='utf-8')))
facts = list(csv.DictReader(open(os.path.join(D,'gold/facts.csv'), encoding='utf-8')))
texts = {}
for d in docs:
    p = os.path.join(D,'reports',d['source_file'])
    if not os.path.exists(p): err.append('missing '+p); continue
    t = open(p,encoding='utf-8').read(); texts[d['source_file']] = t
    if t != unicodedata.normalize('NFC', t): err.append('not NFC '+p)
    if not (500 <= len(t) <= 2500): err.append(f'length {len(t)} {p}')
    if d['area_level']!='national' and d['province_name'] not in P: err.append('prov '+d['province_name'])
    for k in ('period_start','period_end'): 
        if len(d[k])!=10: err.append('date '+d['source_file'])
for f in facts:
    if f['source_file'] not in texts: err.append('fact file '+f['source_file']); continue
    if f['evidence'] not in texts[f['source_file']]: err.append('evidence '+f['source_file']+' «'+f['evidence']+'»')
    if f['indicator'] not in FOCUS: err.append('nonfocus '+f['indicator'])
    if f['province_name'] not in P: err.append('fprov '+f['province_name'])
    if f['measure']=='assessment':
        if f['value'] or f['assessment'] not in ('low','slow','high','declining'): err.append('assess '+str(f))
    else:
        float(f['value'])
        if f['denominator']: float(f['denominator'])
    if f['headline']=='yes' and f['area_level']!='province': err.append('headline non-prov '+str(f))
src = list(csv.DictReader(open(os.path.join(D,'reports/sources.csv'), encoding='utf-8')))
for s in src:
    if s['source_file'] not in texts: err.append('src '+s['source_file'])
print('\n'.join(err) or 'OK', len(docs), 'docs', len(facts), 'facts', sum(f['headline']=='yes' for f in facts), 'headline')
