#!/usr/bin/python3
import csv, os, re, sys, unicodedata, datetime
here = os.path.dirname(os.path.abspath(__file__))
R = os.path.join(here, 'reports')
old = {r['name']: r['code'] for r in csv.DictReader(open('/work/shared/reference/provinces.csv', encoding='utf-8'))}
new = {r['name']: r['code'] for r in csv.DictReader(open('/work/main/data/reference/provinces_2025.csv', encoding='utf-8'))}
err = []
def rd(p, hdr):
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err.append(p + ': BOM')
    rows = list(csv.reader(open(p, encoding='utf-8', newline='')))
    if rows[0] != hdr.split(','): err.append(p + ': header ' + str(rows[0]))
    return [dict(zip(rows[0], r)) for r in rows[1:]]
docs = rd(os.path.join(here, 'gold/documents.csv'), 'source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end')
facts = rd(os.path.join(here, 'gold/facts.csv'), 'source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence')
srcs = rd(os.path.join(R, 'sources.csv'), 'source_file,url,published_date')
LV = {'province','city','town','district','commune','ward','national'}
PT = {'month','quarter','half_year','nine_months','year','ytd','midterm','term','as_of'}
texts = {}
files = sorted(f for f in os.listdir(R) if f.endswith('.txt'))
for f in files:
    t = open(os.path.join(R, f), encoding='utf-8').read()
    if unicodedata.normalize('NFC', t) != t: err.append(f + ': not NFC')
    if not 500 <= len(t) <= 2500: err.append(f'{f}: length {len(t)}')
    texts[f] = t
dn = {d['source_file'] for d in docs}
for f in files:
    if f not in dn: err.append(f + ': no document row')
def date(s, w):
    try: datetime.date.fromisoformat(s)
    except Exception: err.append(w + ': bad date ' + repr(s))
for d in docs:
    f = d['source_file']
    if f not in texts: err.append(f + ': missing file')
    if d['area_level'] not in LV: err.append(f + ': level')
    if d['period_type'] not in PT: err.append(f + ': ptype')
    date(d['period_start'], f); date(d['period_end'], f)
    if d['area_level'] == 'national':
        if d['province_name'] or d['province_code'] or d['area_name'] != 'Việt Nam': err.append(f + ': national row')
    else:
        ref = new if d['period_end'] >= '2025-07-01' and False else None
        if old.get(d['province_name']) != d['province_code'] and new.get(d['province_name']) != d['province_code']:
            err.append(f + ': province/code ' + d['province_name'] + d['province_code'])
for s in srcs:
    if s['source_file'] not in texts: err.append('sources: ' + s['source_file'])
    date(s['published_date'], 'sources ' + s['source_file'])
for i, r in enumerate(facts, 2):
    w = f"facts line {i} {r['source_file']}"
    if r['source_file'] not in texts: err.append(w + ': no file'); continue
    if r['evidence'] not in texts[r['source_file']]: err.append(w + ': evidence not in text: ' + r['evidence'])
    if r['measure'] == 'assessment':
        if r['value'] or r['assessment'] not in ('low','slow','high','declining'): err.append(w + ': assessment')
    else:
        try: float(r['value'])
        except ValueError: err.append(w + ': value ' + r['value'])
        if r['unit'] not in ('vnd_billion','vnd_million','usd_million','percent','count','ha'): err.append(w + ': unit')
    if r['denominator']:
        try: float(r['denominator'])
        except ValueError: err.append(w + ': denominator')
    if r['period_type'] not in PT: err.append(w + ': ptype')
    date(r['period_start'], w); date(r['period_end'], w)
    if r['area_level'] not in LV - {'national'}: err.append(w + ': level ' + r['area_level'])
    if r['province_name'] not in old and r['province_name'] not in new: err.append(w + ': province ' + r['province_name'])
    if r['headline'] not in ('', 'yes'): err.append(w + ': headline')
    if r['headline'] == 'yes' and r['area_level'] != 'province': err.append(w + ': headline on non-province')
    if r['approx'] not in ('', 'exact', 'over', 'under', 'about'): err.append(w + ': approx')
print('\n'.join(err) or 'OK', f'({len(files)} reports, {len(facts)} facts)')
sys.exit(1 if err else 0)
