import csv, os, unicodedata, glob, importlib
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROV = {}
for p in ['/work/shared/reference/provinces.csv', '/work/main/data/reference/provinces_2025.csv']:
    for r in csv.DictReader(open(p, encoding='utf-8')):
        PROV.setdefault(r['name'], r['code'])
PROV63 = {r['name']: r['code'] for r in csv.DictReader(open('/work/shared/reference/provinces.csv', encoding='utf-8'))}
PROV34 = {r['name']: r['code'] for r in csv.DictReader(open('/work/main/data/reference/provinces_2025.csv', encoding='utf-8'))}
DOCS = []  # dicts

def R(file, text, prov, level, area, ptype, ps, pe, facts, url='', date='', v34=False, nonfacts=0, tests=''):
    DOCS.append(dict(file=file, text=unicodedata.normalize('NFC', text.strip('\n') + '\n'), prov=prov, level=level, area=area,
                     ptype=ptype, ps=ps, pe=pe, facts=facts, url=url, date=date, v34=v34, nonfacts=nonfacts, tests=tests))

def F(ind, meas, val, unit, ev, basis='', den='', approx='exact', per=None, area=None, head='', ass=''):
    return dict(ind=ind, meas=meas, val=val, unit=unit, ev=ev, basis=basis, den=den, approx=approx, per=per, area=area, head=head, ass=ass)

def A(ind, ass, ev, per=None, area=None):
    return F(ind, 'assessment', '', '', ev, approx='', per=per, area=area, ass=ass)

def build():
    for m in sorted(glob.glob(os.path.join(ROOT, 'src', 'batch*.py'))):
        exec(open(m, encoding='utf-8').read(), globals())
    DOCS.sort(key=lambda d: d['file'])
    for f in glob.glob(os.path.join(ROOT, 'reports', '*.txt')):
        os.remove(f)
    dw = csv.writer(open(os.path.join(ROOT, 'gold', 'documents.csv'), 'w', encoding='utf-8', newline=''))
    dw.writerow('source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(','))
    fw = csv.writer(open(os.path.join(ROOT, 'gold', 'facts.csv'), 'w', encoding='utf-8', newline=''))
    fw.writerow('source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'.split(','))
    sw = csv.writer(open(os.path.join(ROOT, 'reports', 'sources.csv'), 'w', encoding='utf-8', newline=''))
    sw.writerow(['source_file', 'url', 'published_date'])
    for d in DOCS:
        open(os.path.join(ROOT, 'reports', d['file']), 'w', encoding='utf-8').write(d['text'])
        if d['url'] or d['date']:
            sw.writerow([d['file'], d['url'], d['date']])
        pc = '' if d['level'] == 'national' else (PROV34 if d['v34'] else PROV63)[d['prov']]
        pn = '' if d['level'] == 'national' else d['prov']
        dw.writerow([d['file'], pc, pn, d['level'], d['area'], d['ptype'], d['ps'], d['pe']])
        for f in d['facts']:
            per = f['per'] or (d['ptype'], d['ps'], d['pe'])
            area = f['area'] or (d['level'], d['area'], d['prov'])
            fw.writerow([d['file'], f['ind'], f['meas'], f['val'], f['unit'], f['basis'], f['den'], f['approx'],
                         per[0], per[1], per[2], area[0], area[1], area[2], f['head'], f['ass'], unicodedata.normalize('NFC', f['ev'])])
    return DOCS
if __name__ == '__main__':
    ds = build()
    print(len(ds), 'docs', sum(len(d['facts']) for d in ds), 'facts')
