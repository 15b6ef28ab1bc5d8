#!/usr/bin/python3
import csv, os, unicodedata, sys
D=os.path.dirname(os.path.abspath(__file__)); err=0
def rd(p):
    raw=open(p,'rb').read(); assert not raw.startswith(b'\xef\xbb\xbf'), p+' has BOM'
    return list(csv.reader(open(p,encoding='utf-8',newline='')))
names=set()
for p in ['/work/shared/reference/provinces.csv','/work/main/data/reference/provinces_2025.csv']:
    names|={r['name'] for r in csv.DictReader(open(p,encoding='utf-8'))}
docs=rd(D+'/gold/documents.csv'); facts=rd(D+'/gold/facts.csv')
assert docs[0]=='source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(',')
assert facts[0]=='source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'.split(',')
texts={}
for r in docs[1:]:
    f=D+'/reports/'+r[0]
    if not os.path.exists(f): print('missing',r[0]); err+=1; continue
    t=open(f,encoding='utf-8').read(); texts[r[0]]=t
    if t!=unicodedata.normalize('NFC',t): print('not NFC',r[0]); err+=1
    if not 500<=len(t)<=2500: print('length',r[0],len(t)); err+=1
    if r[3]!='national' and r[2] not in names: print('prov',r); err+=1
for r in facts[1:]:
    h=dict(zip(facts[0],r))
    if h['source_file'] not in texts: print('no doc',r); err+=1; continue
    if h['evidence'] not in texts[h['source_file']]: print('evidence',r); err+=1
    if h['province_name'] not in names: print('fact prov',r); err+=1
    for k in ('value','denominator'):
        if h[k]: float(h[k])
    if h['measure']=='assessment' and (h['value'] or h['assessment'] not in('low','slow','high','declining')): print('assess',r); err+=1
    if h['measure']!='assessment' and not h['value']: print('novalue',r); err+=1
    if h['headline']=='yes' and h['area_level']!='province': print('headline',r); err+=1
src=rd(D+'/reports/sources.csv')
for r in src[1:]:
    if r[0] not in texts: print('src missing',r); err+=1
print(len(docs)-1,'docs',len(facts)-1,'facts',sum(1 for r in facts[1:] if r[14]=='yes'),'headline','errors',err)
sys.exit(1 if err else 0)
