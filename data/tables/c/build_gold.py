#!/usr/bin/python3
"""Build gold/documents.csv, gold/facts.csv and reports/sources.csv from gold_src.psv, then check.
gold_src.psv lines:
 D|file|code|province|level|area|ptype|start|end
 S|file|url|published_date
 F|file|indicator|measure|value|unit|basis|denom|approx|period|area|headline|assessment|evidence
   unit '' -> inferred; period '' -> document's, else ptype:start:end; area '' -> document's, else level:name:province
"""
import csv, os, sys, unicodedata
here = os.path.dirname(os.path.abspath(__file__))
docs, facts, srcs = [], [], []
dmap = {}
for ln, line in enumerate(open(os.path.join(here, 'gold_src.psv'), encoding='utf-8'), 1):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    p = [x.strip() for x in line.split('|')]
    if p[0] == 'D':
        d = dict(zip('source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(','), p[1:]))
        docs.append(d); dmap[d['source_file']] = d
    elif p[0] == 'S':
        srcs.append(p[1:4])
    elif p[0] == 'F':
        f, ind, meas, val, ev = p[1], p[2], p[3], p[4], p[-1]
        unit = basis = den = approx = per = area = head = ass = ''
        for t in p[5:-1]:
            if not t: continue
            if t in ('estimate', 'plan', 'assigned_plan', 'resolution', 'yoy', 'mom', 'annual_avg'): basis = t
            elif t in ('exact', 'over', 'under', 'about'): approx = t
            elif t in ('vnd_billion', 'vnd_million', 'usd_million', 'percent', 'count', 'ha'): unit = t
            elif t == 'yes': head = t
            elif t in ('low', 'slow', 'high', 'declining'): ass = t
            elif t.split(':')[0] in ('month','quarter','half_year','nine_months','year','ytd','midterm','term','as_of'): per = t
            elif t.split(':')[0] in ('province','city','town','district','commune','ward'): area = t
            else:
                float(t); den = t
        d = dmap[f]
        if not unit and meas != 'assessment':
            unit = 'percent' if meas in ('pct_of_plan', 'change', 'share') else ('count' if ind.startswith('ntm') else 'vnd_billion')
        if not approx and meas != 'assessment':
            approx = 'exact'
        if per:
            pt, ps, pe = per.split(':')
        else:
            pt, ps, pe = d['period_type'], d['period_start'], d['period_end']
        if area:
            al, an, pn = area.split(':')
        else:
            al, an, pn = d['area_level'], d['area_name'], d['province_name']
        facts.append([f, ind, meas, val, unit, basis, den, approx, pt, ps, pe, al, an, pn, head, ass, ev])
FH = 'source_file,indicator,measure,value,unit,basis,denominator,approx,period_type,period_start,period_end,area_level,area_name,province_name,headline,assessment,evidence'.split(',')
DH = 'source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end'.split(',')
with open(os.path.join(here, 'gold/documents.csv'), 'w', encoding='utf-8', newline='') as o:
    w = csv.writer(o, lineterminator='\n'); w.writerow(DH)
    for d in docs: w.writerow([d[k] for k in DH])
with open(os.path.join(here, 'gold/facts.csv'), 'w', encoding='utf-8', newline='') as o:
    w = csv.writer(o, lineterminator='\n'); w.writerow(FH); w.writerows(facts)
with open(os.path.join(here, 'reports/sources.csv'), 'w', encoding='utf-8', newline='') as o:
    w = csv.writer(o, lineterminator='\n'); w.writerow(['source_file', 'url', 'published_date']); w.writerows(srcs)
print(len(docs), 'docs', len(facts), 'facts', sum(1 for f in facts if f[14] == 'yes'), 'headline')
