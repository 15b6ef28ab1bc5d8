import csv, glob, importlib.util, os, unicodedata, sys
base = os.path.dirname(os.path.abspath(__file__)); root = os.path.dirname(base)
sys.path.insert(0, base)
R = []
for f in sorted(glob.glob(os.path.join(base, 'b*.py'))):
    if f.endswith('build.py'): continue
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); R += m.R
docs, facts, srcs = [], [], []
for r in R:
    t = unicodedata.normalize('NFC', r['text'].strip('\n') + '\n')
    open(os.path.join(root, 'reports', r['file']), 'w', encoding='utf-8').write(t)
    code, pn, lvl, an, pt, ps, pe = r['doc']
    docs.append([r['file'], code, pn, lvl, an, pt, ps, pe])
    if r.get('src'): srcs.append([r['file'], r['src'][0], r['src'][1]])
    for x in r['facts']:
        ptp, pps, ppe = x['p'] or (pt, ps, pe)
        al, aa, ap = x['area'] or (lvl, an, pn)
        facts.append([r['file'], x['ind'], x['meas'], x['val'], x['unit'], x['basis'], x['den'], x['approx'], ptp, pps, ppe, al, aa, ap, x['h'], x['a'], unicodedata.normalize('NFC', x['ev'])])
def w(name, hdr, rows):
    with open(os.path.join(root, name), 'w', encoding='utf-8', newline='') as fh:
        c = csv.writer(fh, lineterminator='\n'); c.writerow(hdr); c.writerows(rows)
w('gold/documents.csv', 'source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(','), docs)
w('gold/facts.csv', 'source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'.split(','), facts)
w('reports/sources.csv', ['source_file', 'url', 'published_date'], srcs)
print(len(docs), 'docs', len(facts), 'facts', sum(1 for f in facts if f[14]=='yes'), 'headline')
