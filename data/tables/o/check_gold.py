import csv,os,unicodedata
R=os.path.dirname(os.path.abspath(__file__))
names=set()
for f in ['/work/shared/reference/provinces.csv','/work/main/data/reference/provinces_2025.csv']:
    names|={r['name'] for r in csv.DictReader(open(f,encoding='utf-8'))}
H1='source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'
H2='source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'
err=0
for fn,h in [('documents.csv',H1),('facts.csv',H2)]:
    raw=open(os.path.join(R,'gold',fn),'rb').read()
    assert not raw.startswith(b'\xef\xbb\xbf'); assert raw.decode().split('\n')[0]==h,fn
docs=list(csv.DictReader(open(os.path.join(R,'gold/documents.csv'),encoding='utf-8')))
for d in docs:
    t=open(os.path.join(R,'reports',d['source_file']),encoding='utf-8').read()
    assert t==unicodedata.normalize('NFC',t) and 500<=len(t)<=2500, (d['source_file'],len(t))
    if d['province_name'] and d['province_name'] not in names: print('bad prov',d); err+=1
for r in csv.DictReader(open(os.path.join(R,'gold/facts.csv'),encoding='utf-8')):
    t=open(os.path.join(R,'reports',r['source_file']),encoding='utf-8').read()
    if r['evidence'] not in t: print('evidence',r); err+=1
    if r['province_name'] not in names: print('prov',r); err+=1
    if r['measure']!='assessment': float(r['value'])
    if r['denominator']: float(r['denominator'])
print('errors',err,'docs',len(docs))
