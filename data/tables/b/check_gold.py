#!/usr/bin/python3
"""Validate gold/documents.csv and gold/facts.csv against reports/ and the reference lists."""
import csv, os, sys, unicodedata
D=os.path.dirname(os.path.abspath(__file__))
DOCH='source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(',')
FH='source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'.split(',')
FOCUS={'budget_revenue','domestic_revenue','budget_expenditure','disbursement','ntm_communes','ntm_advanced_communes','ntm_model_communes','ntm_districts','ntm_district_criteria'}
def load(p):
    raw=open(p,'rb').read(); assert not raw.startswith(b'\xef\xbb\xbf'), p+' has BOM'
    r=list(csv.reader(open(p,encoding='utf-8',newline=''))); return r[0],[dict(zip(r[0],x)) for x in r[1:]]
prov={}
for p in ['/work/shared/reference/provinces.csv','/work/main/data/reference/provinces_2025.csv']:
    for r in csv.DictReader(open(p,encoding='utf-8')): prov.setdefault(r['name'],set()).add(r['code'])
err=[]
h,docs=load(f'{D}/gold/documents.csv'); err+= [] if h==DOCH else ['documents header']
h,facts=load(f'{D}/gold/facts.csv'); err+= [] if h==FH else ['facts header']
texts={}
for d in docs:
    f=f"{D}/reports/{d['source_file']}"
    if not os.path.exists(f): err.append('missing '+f); continue
    t=open(f,encoding='utf-8').read(); texts[d['source_file']]=t
    if unicodedata.normalize('NFC',t)!=t: err.append('not NFC '+f)
    if not 500<=len(t)<=2500: err.append(f'length {len(t)} {f}')
    if d['area_level']=='national':
        if d['province_name'] or d['province_code'] or d['area_name']!='Việt Nam': err.append('national doc '+f)
    elif d['province_code'] not in prov.get(d['province_name'],()): err.append('province '+d['province_name']+' '+d['province_code']+' '+f)
    for k in('period_start','period_end'):
        if len(d[k])!=10: err.append('date '+f)
for i,x in enumerate(facts,2):
    s=x['source_file']
    if s not in texts: err.append(f'line {i}: unknown file {s}'); continue
    if x['evidence'] not in texts[s]: err.append(f'line {i}: evidence not in text: {x["evidence"]}')
    if x['indicator'] not in FOCUS: err.append(f'line {i}: non-focus')
    if x['province_name'] not in prov: err.append(f'line {i}: province {x["province_name"]}')
    if x['measure']=='assessment':
        if x['value'] or x['assessment'] not in('low','slow','high','declining'): err.append(f'line {i}: assessment')
    else:
        try: float(x['value'])
        except ValueError: err.append(f'line {i}: value {x["value"]}')
        if x['denominator']: float(x['denominator'])
    if x['headline'] not in('','yes'): err.append(f'line {i}: headline')
    if x['headline']=='yes' and x['area_level']!='province': err.append(f'line {i}: headline not province')
    if x['approx'] not in('','exact','over','under','about'): err.append(f'line {i}: approx')
print('\n'.join(err) or 'OK', f'{len(docs)} docs {len(facts)} facts', file=sys.stderr); sys.exit(1 if err else 0)
