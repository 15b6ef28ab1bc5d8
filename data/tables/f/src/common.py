def F(ev, ind, meas, val='', unit=None, basis='', den='', approx='exact', p=None, area=None, h='', a=''):
    if unit is None:
        if meas in ('pct_of_plan', 'change', 'share'): unit = 'percent'
        elif meas == 'assessment': unit = ''
        elif ind.startswith('ntm'): unit = 'count'
        else: unit = 'vnd_billion'
    if meas == 'assessment': approx = ''
    return dict(ev=ev, ind=ind, meas=meas, val=val, unit=unit, basis=basis, den=den, approx=approx, p=p, area=area, h=h, a=a)
