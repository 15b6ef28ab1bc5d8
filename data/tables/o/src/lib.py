import unicodedata
DOCS=[]
PV={'Nghệ An':'40','Hà Tĩnh':'42','Thanh Hóa':'38','Quảng Bình':'44','Hòa Bình':'17','Sơn La':'14','Lai Châu':'12','Yên Bái':'15','Lào Cai':'10','Điện Biên':'11','Phú Thọ':'25','Quảng Trị':'44','Bắc Ninh':'27','Bắc Giang':'24','Tuyên Quang':'08','Hà Giang':'02','Thái Nguyên':'19','Ninh Bình':'37','Huế':'46','Thừa Thiên Huế':'46','Quảng Ngãi':'51','Đà Nẵng':'48','Hà Nam':'35','Nam Định':'36','Thái Bình':'34','Hải Dương':'30','Hưng Yên':'33','Vĩnh Phúc':'26','Lạng Sơn':'20','Cao Bằng':'04','Bắc Kạn':'06','Tuyên Quang':'08'}
def D(fn,text,prov,level,area,pt,ps,pe,url='',date='',facts=(),nonfacts=0,tests=''):
    DOCS.append(dict(fn=fn,text=unicodedata.normalize('NFC',text.strip('\n')+'\n'),prov=prov,level=level,area=area,pt=pt,ps=ps,pe=pe,url=url,date=date,facts=list(facts),nonfacts=nonfacts,tests=tests))
def F(ind,meas,val,unit,ev,basis='',den='',approx='exact',pt=None,ps=None,pe=None,level=None,area=None,prov=None,head='',assess=''):
    return dict(ind=ind,meas=meas,val=val,unit=unit,ev=ev,basis=basis,den=den,approx=approx,pt=pt,ps=ps,pe=pe,level=level,area=area,prov=prov,head=head,assess=assess)
def A(ind,assess,ev,**k):
    return F(ind,'assessment','','',ev,assess=assess,**k)
