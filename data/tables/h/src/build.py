import sys,glob,csv,importlib.util
sys.path.insert(0,'/work/wt/tables/h/src'); import lib
for p in sorted(glob.glob('/work/wt/tables/h/src/b*.py')):
    if p.endswith('build.py'): continue
    spec=importlib.util.spec_from_file_location(p,p); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
def w(path,hdr,rows):
    with open(path,'w',encoding='utf-8',newline='') as f:
        c=csv.writer(f,lineterminator='\n'); c.writerow(hdr); c.writerows(rows)
w('/work/wt/tables/h/gold/documents.csv','source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(','),lib.DOCS)
w('/work/wt/tables/h/gold/facts.csv','source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'.split(','),lib.FACTS)
w('/work/wt/tables/h/reports/sources.csv',['source_file','url','published_date'],lib.SRC)
print(len(lib.DOCS),'docs',len(lib.FACTS),'facts',sum(1 for f in lib.FACTS if f[14]=='yes'),'headline')
