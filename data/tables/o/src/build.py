import csv,os,sys,unicodedata,glob,importlib
sys.path.insert(0,os.path.dirname(__file__))
import lib
for b in sorted(glob.glob(os.path.join(os.path.dirname(__file__),'b*.py'))):
    if os.path.basename(b)!='build.py': importlib.import_module(os.path.basename(b)[:-3])
root=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def prov_code(p):
    import csv
    m={}
    for f in ['/work/shared/reference/provinces.csv','/work/main/data/reference/provinces_2025.csv']:
        for r in csv.DictReader(open(f,encoding='utf-8')): m.setdefault(r['name'],set()).add(r['code'])
    return m
PM=prov_code(None)
OLD={r['name']:r['code'] for r in csv.DictReader(open('/work/shared/reference/provinces.csv',encoding='utf-8'))}
NEW={r['name']:r['code'] for r in csv.DictReader(open('/work/main/data/reference/provinces_2025.csv',encoding='utf-8'))}
docs=[];facts=[];srcs=[]
for d in lib.DOCS:
    open(os.path.join(root,'reports',d['fn']),'w',encoding='utf-8').write(d['text'])
    new=(d['date'] or d['pe'])>='2025-07-01'
    pc=(NEW if new else OLD)[d['prov']] if d['prov'] else ''
    d['pc']=pc
    docs.append([d['fn'],pc,d['prov'],d['level'],d['area'],d['pt'],d['ps'],d['pe']])
    if d['url'] or d['date']: srcs.append([d['fn'],d['url'],d['date']])
    for f in d['facts']:
        ev=unicodedata.normalize('NFC',f['ev'])
        assert ev in d['text'], (d['fn'],ev)
        facts.append([d['fn'],f['ind'],f['meas'],f['val'],f['unit'],f['basis'],f['den'],f['approx'] if f['meas']!='assessment' else '',
          f['pt'] or d['pt'], d['ps'] if f['ps'] is None else f['ps'], f['pe'] or d['pe'],
          f['level'] or d['level'], f['area'] or d['area'], f['prov'] if f['prov'] is not None else d['prov'], f['head'], f['assess'], ev])
def w(p,h,rows):
    with open(p,'w',encoding='utf-8',newline='') as fh:
        c=csv.writer(fh,lineterminator='\n'); c.writerow(h); c.writerows(rows)
w(os.path.join(root,'gold','documents.csv'),'source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(','),docs)
w(os.path.join(root,'gold','facts.csv'),'source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'.split(','),facts)
w(os.path.join(root,'reports','sources.csv'),['source_file','url','published_date'],srcs)
# readme table
rows=[]
for d in lib.DOCS:
    rows.append(f"| {d['fn']} | {d['level']} {d['area']} ({d['prov'] or '—'}) | {d['pt']} {d['ps']}..{d['pe']} | {d['tests']} |")
nf=sum(d['nonfacts'] for d in lib.DOCS)
open(os.path.join(root,'src','table.md'),'w').write('\n'.join(rows)+f"\n\nreports={len(docs)} facts={len(facts)} headline={sum(1 for f in facts if f[14]=='yes')} nonfacts={nf}\n")
print(len(docs),len(facts),nf)
