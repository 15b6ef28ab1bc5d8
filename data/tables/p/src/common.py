def F(ind, meas, val, unit, basis, den, approx, pt, ps, pe, ev, area=None, hl='', a=''):
    o = {}
    if area: o['area'] = area
    if hl: o['hl'] = hl
    if a: o['as'] = a
    return (ind, meas, val, unit, basis, den, approx, pt, ps, pe, ev, o)
