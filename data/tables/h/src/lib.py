import unicodedata
PROV={}
import csv
for p in ['/work/shared/reference/provinces.csv']:
    for r in csv.DictReader(open(p,encoding='utf-8')): PROV[('63',r['name'])]=r['code']
for r in csv.DictReader(open('/work/main/data/reference/provinces_2025.csv',encoding='utf-8')): PROV[('34',r['name'])]=r['code']
DOCS=[];FACTS=[];SRC=[]
def code(name,v):
    return PROV[(v,name)]
def R(fn,text,prov,level,area,ptype,ps,pe,facts,url=None,pub=None,v=None):
    text=unicodedata.normalize('NFC',text.strip('\n')+'\n')
    if v is None: v='34' if pe>='2025-07-01' else '63'
    if level=='national': pc,pn='',''
    else: pc,pn=code(prov,v),prov
    DOCS.append([fn,pc,pn,level,area,ptype,ps,pe])
    open('/work/wt/tables/h/reports/'+fn,'w',encoding='utf-8').write(text)
    if url: SRC.append([fn,url,pub or ''])
    for f in facts:
        ind,meas,val,ev=f[:4]; kw=f[4] if len(f)>4 else {}
        unit=kw.get('unit', 'percent' if meas in('pct_of_plan','change','share') else ('count' if ind.startswith('ntm') else ('' if meas=='assessment' else 'vnd_billion')))
        basis=kw.get('basis', {'pct_of_plan':'estimate','change':'yoy'}.get(meas,''))
        if meas=='assessment': unit='';basis=kw.get('basis','')
        fl=kw.get('level',level); fa=kw.get('area',area); fp=kw.get('prov',prov if level!='national' else '')
        assert unicodedata.normalize('NFC',ev) in text, (fn,ev)
        FACTS.append([fn,ind,meas,'' if meas=='assessment' else val,unit,basis,kw.get('den',''),kw.get('approx','exact' if meas!='assessment' else ''),
            kw.get('pt',ptype),kw.get('ps',ps),kw.get('pe',pe),fl,fa,fp,'yes' if kw.get('h') else '',kw.get('a',''),unicodedata.normalize('NFC',ev)])
