"""Body templates per intent: what the customer asks, in the many ways a Turkish support desk sees it.

One template per line. `{slot}` marks a slot filled by the generator (every entity and every piece of personal
data comes from a slot, never from literal text); `[a|b|c]` picks one alternative at random, to vary wording
inside a template without multiplying lines. For intents that need an order number, templates without
`{order}` are the tickets that give none (the gold is then no tool call: the bot asks for it).

Slots: order, product, carrier, tracking, reason (return/exchange reason entity), creason (cancel reason,
literal), coupon, amount, date, since ("6 gündür"), invoice, size, n (how many orders), address, phone,
email, iban, card, tckn.

A line may start with `<category,category>`: the demo product categories its {product} may be (a size question
about a garment, a cracked screen on a device); without one, the intent's generator.INTENT_CATEGORIES apply.

The held-out split uses a disjoint quarter of each intent's lines (see generator.split_of), so line order
matters only for that partition; append new lines at the end to keep existing template ids stable.
"""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "siparis_status": """
{order} numaralı siparişim ne durumda?
{order} nolu siparişimin durumu nedir?
Siparişim [hangi|ne] aşamada? Sipariş no: {order}
{date} verdiğim {order} numaralı siparişin durumunu öğrenebilir miyim?
siparişim onaylandı mı acaba? {order}
{order} nolu sipariş ne oldu ya, hiçbir bilgi yok
Order'ım hâlâ pending görünüyor, {order}. Ne zaman işleme alınır?
Sipariş durumumu kontrol eder misiniz? Sipariş no {order}
{order} numaralı siparişim {since} hazırlanıyor görünüyor, durum nedir?
{order} siparişimin durumu ne, satıcı onayladı mı?
Siparişimi verdim ama hiçbir güncelleme yok, sipariş numaram {order}
{order} nolu siparişim ne zaman elime geçer?
Merak ettim, {order} numaralı siparişim [ne durumda|ne alemde]?
{order} numaralı siparişin son durumu hakkında bilgi alabilir miyim?
Siparişim kargoya verildi mi? {order}
{date} alışveriş yaptım, {order} nolu siparişim hâlâ onay bekliyor
Sipariş numaram {order}, durumu nedir acaba
{order} ne durumda [abi|ya] söyleyin artık
{product} siparişim ne durumda? Sipariş no {order}
Sipariş {order} için durum bilgisi rica ediyorum.
{order} numaralı siparişimin durumunu görmek istiyorum, hangi aşamada?
Hesabımda {order} numaralı sipariş hazırlanıyor yazıyor, bu normal mi?
{order} nolu siparişimin onay durumunu öğrenmek istiyorum.
Bir siparişim vardı, {order}, ne oldu ona?
siparişin statüsü nedir acaba? no {order}
{order} numaralı siparişim iptal mi oldu, neden görünmüyor?
Siparişimle ilgili bilgi alabilir miyim, sipariş no: {order}
{order} siparişim {date} verildi, ne zaman hazırlanacak?
Sipariş verdim ama onay maili gelmedi, durumu ne? Sipariş no: {order}
{order} nolu siparişimi hangi satıcı gönderiyor, durumu ne?
Siparişimin durumu değişmiyor, {since} aynı. Sipariş {order}
{order} siparişimle ilgili bir gelişme var mı?
{order} nolu siparişim [onaylandı mı|hazırlandı mı|yola çıktı mı]?
SİPARİŞİM NE DURUMDA? {order}
{order} numaralı siparişim ne zaman gelir, bir tahmini tarih var mı?
Siparişim [bekleniyor|beklemede] görünüyor, {order} numaralı. Neden ilerlemiyor?
{order} nolu siparişin statüsü ne?
Ne zamandır bekliyorum, {order} siparişim ne durumda?
Sipariş {order}: şu an hangi aşamada, öğrenebilir miyim?
{product} için verdiğim {order} numaralı sipariş ne alemde?
Siparişim ne durumda?
Siparişim [nerede|nerde] kaldı, bilgi verir misiniz?
SİPARİŞİM NEREDE!!!
Verdiğim siparişin durumu nedir acaba?
{date} sipariş verdim, hâlâ bir haber yok, durum nedir?
{product} siparişim ne oldu?
{order} numaralı siparişimin durumunda bir değişiklik olmadı, kontrol eder misiniz?
Sipariş verdim, onay geldi, sonra ses seda yok. {order}
{order} no'lu siparişim için güncel durum nedir?
Sipariş no {order} hangi aşamada, satıcı hazırlamaya başladı mı?
Siparişimin statüsü ne oldu acaba, {order}
{order} numaralı sipariş [hâlâ|halen] "hazırlanıyor" diyor, [takıldı mı|unutuldu mu] acaba?
Satıcı {order} nolu siparişi onayladı mı, yoksa [beklemede mi|sırada mı]?
{order} siparişimin durumu uygulamada [güncellenmiyor|yenilenmiyor], siz bakabilir misiniz?
Sipariş durumumu merak ediyorum ama numarası elimde değil.
{order} nolu siparişim satıcı tarafından paketlendi mi, yoksa hâlâ onay mı bekliyor?
{date} oluşturduğum {order} numaralı siparişin sistemdeki güncel aşaması nedir, bir ilerleme kaydedildi mi?
{product} için verdiğim siparişte {since} hiçbir değişiklik yok, sipariş {order}; bir yerde takılmış olabilir mi?
{order} numaralı siparişi verdim ama işleme alınıp alınmadığını nereden kontrol edeceğimi bilmiyorum.
{order} nolu siparişim ne durumda, onaylandı mı?
{order} siparişimin durumu "onay bekliyor" yazıyor, ne zaman hazırlanır?
Siparişim hazırlanıyor mu, yoksa iptal mi oldu? {order}
Satıcı siparişimi hâlâ onaylamadı, {order} için bir sorun mu var?
{order} nolu siparişin son durumunu öğrenebilir miyim?
{order} siparişim işleme alındı mı, bir bilgi göremiyorum.
""",
    "siparis_iptal": """
{order} numaralı siparişimi iptal etmek istiyorum.
{order} nolu siparişi iptal eder misiniz, {creason}.
Siparişimi iptal etmek istiyorum, {creason}. Sipariş no: {order}
{creason}, {order} numaralı siparişimi iptal edin lütfen.
{order} iptal lütfen
{date} verdiğim {order} numaralı siparişi iptal etmek istiyorum.
Sipariş iptali talep ediyorum: {order}
{order} siparişimi cancel etmek istiyorum, {creason}.
{order} nolu siparişimden vazgeçtim, iptal edebilir misiniz?
Acil iptal! {order} numaralı siparişimi iptal edin.
{product} siparişimi iptal etmek istiyorum, sipariş no {order}
Merhaba {order} numaralı siparişim henüz kargoya verilmediyse iptal etmek istiyorum.
{order} nolu siparişimi iptal ettirmek istiyorum, {creason}.
Siparişimi nasıl iptal ederim? Sipariş numaram {order}
{order} siparişi iptal olsun, {creason}.
Yanlışlıkla verdiğim {order} numaralı siparişi iptal edin.
{order} nolu siparişimi iptal etmek istiyorum, param ne zaman iade edilir?
Uygulamada iptal butonu çıkmıyor, {order} numaralı siparişi iptal edebilir misiniz?
{order} numaralı siparişi iptal edin, {creason}, kusura bakmayın.
iptal istiyorum {order}
{creason}. O yüzden {order} nolu siparişimin iptalini rica ediyorum.
{order} nolu siparişimi iptal etmem mümkün mü?
{order} numaralı siparişimin iptal işlemini başlatır mısınız?
Sipariş no {order}, iptal talebim var, {creason}.
{order} siparişimi iptal edin, başka bir şey istemiyorum.
{date} verdiğim siparişi iptal etmek istiyorum, numarası {order}, {creason}.
Siparişimden vazgeçtim ({order}), iptal edebilir misiniz?
{order} nolu siparişi iptal edip parayı kartıma iade eder misiniz?
{order} numaralı siparişimi iade değil iptal etmek istiyorum, daha kargoya verilmedi.
Order cancel etmek istiyorum: {order}
{product} için verdiğim {order} numaralı siparişi iptal edin, {creason}.
{order} siparişimi lütfen iptal edin, {creason}.
SİPARİŞİMİ İPTAL EDİN {order}
{order} numaralı siparişimi hemen iptal etmek istiyorum.
Siparişimi iptal etmek istiyorum.
{creason}, siparişimi iptal edebilir misiniz?
Son siparişimi iptal edin lütfen.
{product} siparişimi iptal etmek istiyorum.
Siparişimi iptal ettirmek istiyorum, nasıl yapabilirim?
{order} numaralı siparişimi iptal edip paramı geri almak istiyorum, {creason}.
Abi {order} siparişini iptal et ya, {creason}.
{order} nolu siparişimi kargoya verilmeden iptal edebilir misiniz?
Siparişi yanlış verdim, {order} numaralı sipariş iptal olsun lütfen.
{order} numaralı siparişi kargoya çıkmadan [durdurmanızı|iptal etmenizi] rica ediyorum, {creason}.
[Fikrimi değiştirdim|Artık istemiyorum], {order} nolu sipariş iptal edilsin.
{order} siparişimin iptal talebini [onaylar mısınız|işleme alır mısınız]? {creason}.
Siparişimi kargoya verilmeden iptal etmek istiyorum, numarasını bulamadım.
{date} verdiğim {order} nolu siparişe artık gerek kalmadı, iptal işlemini sizin yapmanızı rica ediyorum.
{order} numaralı siparişi verdikten hemen sonra fark ettim: {creason}. Kargolanmadan iptal edilmesi mümkün mü?
İçinde {product} olan {order} siparişimi tümüyle iptal ettirmek istiyorum, {creason}.
Sepetten onayladığım son alışverişi durdurmak istiyorum, {creason}.
{order} numaralı siparişi iptal etmek istiyorum, parası da karta geri yatsın.
Henüz kargolanmadıysa {order} siparişimi iptal edin, ödemeyi geri alırım.
Aynı ürünü yanlışlıkla iki kez sipariş ettim, {order} numaralı olanı iptal eder misiniz?
{order} siparişimde iptal butonu görünmüyor, siz iptal edebilir misiniz?
Siparişi iptal etmek istiyorum ama {order} "hazırlanıyor" aşamasında, hâlâ mümkün mü?
{order} nolu siparişten vazgeçtim, iptal işlemini başlatır mısınız?
""",
    "siparis_adres_degistir": """
{order} numaralı siparişimin teslimat adresini değiştirmek istiyorum. Yeni adres: {address}
{order} nolu siparişin adresini güncelleyebilir misiniz? Yeni adresim: {address}
İptal etmek istemiyorum, sadece adres değişsin. Sipariş {order}, yeni adres: {address}
{order} siparişimde adresi yanlış girmişim, doğrusu şu: {address}
Taşındım, {order} nolu siparişim şu adrese gelsin: {address}
{order} numaralı siparişin teslimat adresi değişecek: {address}
Adres değişikliği talebi, sipariş {order}. Yeni adres: {address}
{order} siparişimi başka adrese gönderebilir misiniz? Adres: {address}
{order} nolu siparişimin adresini iş yerime çevirmek istiyorum: {address}
Siparişimi iptal etmeyin, sadece adresini değiştirin lütfen. {order} numaralı sipariş, adres: {address}
{order} numaralı siparişimin gideceği adresi düzeltmek istiyorum. Doğru adres: {address}
Adresimi yanlış yazmışım, sipariş no {order}. Şöyle olacak: {address}
{order} siparişimin adresini değiştirin, {address} adresine gelsin.
Teslimat adresi güncellemesi: sipariş {order}, adres: {address}
{order} nolu siparişimi annemin adresine yollayabilir misiniz? Adres: {address}
Kargo çıkmadan {order} numaralı siparişin adresini değiştirebilir miyiz? Yeni adres: {address}
Siparişimde eski adresim kalmış, sipariş numaram {order}. Yeni adres: {address}
{order} numaralı sipariş için adres değişikliği yapmak istiyorum: {address}
{order} adres değişikliği lütfen. Yeni adres: {address}
{order} nolu siparişimi şu adrese teslim edin: {address}
Evde olmayacağım, {order} siparişimi şu adrese yönlendirebilir misiniz? {address}
{order} numaralı siparişin adresi yanlış, düzeltir misiniz? Doğru adres: {address}
Sipariş {order} - teslimat adresi değişmeli. Yeni adres: {address}
{date} verdiğim {order} numaralı siparişin adresini değiştirmem gerekiyor. Yeni adres: {address}
{order} nolu siparişimin teslimat adresi değişsin, iptal istemiyorum. Adres: {address}
{order} siparişim için adresi güncelleyin lütfen. Adres: {address}
Siparişimin adresini değiştirmek istiyorum.
Teslimat adresini yanlış girdim, nasıl değiştirebilirim?
Adresimi değiştirmek istiyorum, yeni adresim: {address}
Verdiğim siparişin adresini güncelleyebilir misiniz?
{order} siparişim için kargo adresini güncellemek istiyorum, yeni adres: {address}
Yanlış adrese gitmesin, {order} numaralı siparişi şu adrese çevirin: {address}
{order} nolu siparişimin adresini değiştirin lütfen, doğru adres: {address}
Siparişim {order} için adres düzeltmesi: {address}
{order} numaralı siparişin teslimat adresini [iş yerime|annemin evine] almak istiyorum: {address}
Taşındım, {order} nolu sipariş yeni adrese gelsin: {address}
Teslimat adresimi değiştirmem lazım, siparişin numarası aklımda değil.
{order} numaralı siparişim kapıcısı olmayan bir binaya gidecek, teslim alabilmem için şu adrese yönlendirin: {address}
Sipariş {order} henüz yola çıkmadıysa alıcı adresini {address} olarak güncelleyebilir misiniz?
{date} verdiğim {order} nolu siparişte yazlık adresimi seçmişim, asıl adresim şu: {address}
Kargo yola çıkmadan teslimat adresini değiştirmem lazım, yeni adresi nereye yazayım?
""",
    "siparis_gecmisi": """
Son siparişlerimi görebilir miyim?
Geçmiş siparişlerimi listeler misiniz?
Son {n} siparişimi gösterir misiniz?
Hesabımdaki siparişleri göremiyorum, listeyi atabilir misiniz?
Daha önce verdiğim siparişlerin listesini istiyorum.
Son {n} siparişim neydi, hatırlamıyorum.
Sipariş geçmişime nasıl ulaşırım?
Önceki siparişlerimi görmek istiyorum.
Bana son {n} siparişimi listeler misiniz?
Siparişlerim sayfası boş görünüyor, son siparişlerimi söyler misiniz?
Hangi siparişlerim var, bir bakabilir misiniz?
Geçmiş alışverişlerimin listesi lazım.
Son aldığım ürünleri görmek istiyorum.
Sipariş numaramı unuttum, son siparişlerimi listeler misiniz?
Açık siparişlerimi öğrenebilir miyim?
Order history'mi nereden görebilirim?
Son {n} alışverişimi listeleyin lütfen.
Siparişlerimi toplu olarak görebilir miyim?
Hesabımdaki tüm siparişleri görmek istiyorum.
Bu hesapla verdiğim son siparişler hangileri?
Hangi siparişim hangi durumda, hepsini görebilir miyim?
Son {n} siparişimin durumlarını listeler misiniz?
Uygulamada siparişlerim kısmı açılmıyor, son siparişlerimi paylaşır mısınız?
Kaç tane siparişim var, listesini verir misiniz?
Son aylarda verdiğim siparişleri bulamıyorum, listeleyebilir misiniz?
Benim siparişlerim neler?
Bütün siparişlerimi görmek istiyorum.
Son siparişlerimin numaralarını gönderir misiniz?
Daha önce aldığım ürünleri hatırlamıyorum, siparişlerimi gösterir misiniz?
Son {n} siparişimin numaralarını öğrenebilir miyim?
Hesabımda kaç sipariş var ve hangi durumda?
Geçmiş siparişlerim nerede görünüyor?
Hesabımdaki [eski|önceki] siparişleri bir arada görebilir miyim?
[Muhasebe|Bütçe] için son {n} siparişimin dökümünü istiyorum.
Daha önce ne aldığımı hatırlamıyorum, sipariş listemi gösterir misiniz?
Önceki alışverişlerim [silinmiş gibi|kaybolmuş] görünüyor, listeleyebilir misiniz?
Bu yıl nelere para harcadığımı merak ettim, şimdiye kadarki siparişlerimi sıralayabilir misiniz?
En son hangi ürünleri almışım, bir özet çıkarabilir misiniz?
Son {n} alışverişimin tarihlerini ve tutarlarını görmek isterim.
Hesabıma bağlı ne kadar sipariş varsa hepsinin bir listesini rica ediyorum.
Annem için aldığım bir şeyi yeniden alacaktım ama hangisiydi hatırlamıyorum, önceki siparişlerime bakar mısınız?
Siparişlerim bölümü sürekli yükleniyor, içeriği göremiyorum; son {n} kaydı buradan paylaşır mısınız?
Teslim edilmiş ve iptal edilmiş tüm siparişlerimi bir arada görebilir miyim?
Sizden kaç kez alışveriş yapmışım, sipariş listemi çıkarır mısınız?
Sipariş listemde en yeni {n} tanesini görmek istiyorum.
Harcamalarımı kontrol ediyorum, hesabımdan yapılan alışverişleri tek tek görebilir miyim?
Uygulamayı yeni telefona kurdum, eski siparişlerim gözükmüyor; geçmişimi listeleyebilir misiniz?
Son siparişlerim neler, kısaca sayar mısınız?
Bu hesapla en son {n} kez ne sipariş ettiğimi söyler misiniz?
Aktif ve tamamlanmış siparişlerimin numaralarıyla birlikte toplu bir listesini istiyorum.
{date} verdiğim siparişleri listeleyebilir misiniz?
Son {n} siparişimi görmek istiyorum, hangileri teslim edildi?
Daha önce aldığım ürünlerin listesine nereden bakabilirim?
Bu yıl içinde kaç sipariş vermişim, döküm alabilir miyim?
""",
    "siparis_verilemiyor": """
Sipariş veremiyorum, ödeme adımında hata alıyorum.
Sepeti onaylayınca sayfa donuyor, sipariş tamamlanmıyor.
Siparişi tamamla deyince bir hata oluştu yazıyor.
Uygulamadan sipariş vermeye çalışıyorum ama olmuyor.
Ödeme sayfasına geçemiyorum, sürekli başa dönüyor.
Sepetime ürün ekleyemiyorum.
Sipariş oluşturulamadı hatası alıyorum, neden?
Checkout'ta takılı kalıyorum, sipariş veremiyorum.
Adres seçme ekranında kalıyor, siparişi veremiyorum.
{product} almak istiyorum ama sipariş vermeme izin vermiyor.
Sipariş vermek istiyorum ama buton çalışmıyor.
Siparişi onayla dedim, hiçbir şey olmadı.
İşlem şu anda gerçekleştirilemiyor diyor, sipariş veremiyorum.
Sepetteki ürünleri satın alamıyorum, hata veriyor.
Telefondan da bilgisayardan da denedim, sipariş verilmiyor.
Bir türlü sipariş veremedim, sistemde sorun mu var?
Siparişimi tamamlayamıyorum, sayfa yenileniyor.
Sipariş verirken teslimat adresi kaydedilmiyor.
Ödeme onay ekranında kalıyor, sipariş oluşmuyor.
{product} sepete eklenmiyor, satın alamıyorum.
Sipariş ver butonu gri, tıklanmıyor.
Sepetim boşalıyor, sipariş veremiyorum ya.
Sipariş vermek istedim ama bir hata oluştu, tekrar deneyin yazıyor.
Sipariş aşamasında sistem beni dışarı atıyor.
Sipariş tamamlanmıyor, sürekli error veriyor.
Sipariş tamamlanamadı diyor, param çekildi mi onu da bilmiyorum.
Sepeti onaylayamıyorum, beyaz ekran çıkıyor.
Sepeti onaylarken kart bilgisi ekranı açılmıyor, sipariş veremiyorum.
Uygulama sipariş verirken kapanıyor.
Sipariş oluşturmaya çalışınca sistem hatası alıyorum, yardım eder misiniz?
Ödeme adımına geçince sayfa [donuyor|beyaz ekran oluyor], siparişi tamamlayamıyorum.
Sepeti onaylıyorum ama "bir hata oluştu" yazıp [başa dönüyor|çıkıyor].
[Adres|Teslimat] seçme ekranında takılıyorum, sipariş veremiyorum.
Siparişi bitir butonuna basınca hiçbir şey olmuyor.
Kartımı girip ödemeyi tamamla dediğimde "sepetinizdeki ürünlerde değişiklik oldu" yazıp beni sepete geri atıyor.
Sepete ekle tuşuna basıyorum, sepetteki sayı artmıyor, ürün bir türlü eklenmiyor.
Alışverişi tamamlamak istiyorum fakat teslimat seçenekleri yüklenmediği için bir sonraki adıma geçemiyorum.
{product} için satın al dediğimde "bu ürün bölgenize gönderilemiyor" uyarısı çıkıyor, sipariş veremiyorum.
Tarayıcıyı değiştirdim, önbelleği temizledim, yine de ödeme sayfası açılmıyor.
Sipariş özeti ekranında sözleşme onay kutusunu işaretleyemiyorum, metin hiç yüklenmiyor.
Kapıda ödemeyi seçince sipariş tamamlanmıyor, ekranda bir hata kodu çıkıp duruyor.
Sepetim dolu olduğu halde ödemeye geç butonu hiç tepki vermiyor.
Üye olmadan alışveriş yapmaya çalışıyorum, bilgilerimi girdikten sonra sayfa hata veriyor ve sipariş oluşmuyor.
{product} sepetimde duruyor ama satın alma adımında "stok bilgisi alınamadı" diyor, siparişi tamamlayamıyorum.
Bilgisayardan denediğimde ödeme butonuna basınca sayfa sonsuza kadar yükleniyor ve sipariş düşmüyor.
Daha ödeme ekranına bile ulaşamadım, sipariş adımı açılmadan hata veriyor; sepetimdekileri nasıl satın alacağım?
Sepete eklediğim {product} ödeme aşamasına gelince kendiliğinden siliniyor.
Sitenizden sipariş vermek imkânsız hale geldi, son adımda hep teknik bir arıza çıkıyor.
Sepeti onayla butonuna basınca hiçbir şey olmuyor.
Siparişi tamamla dediğimde sayfa en başa dönüyor.
Adres seçme adımında takılıyorum, bir türlü sipariş veremiyorum.
{product} sepete eklenmiyor, o yüzden sipariş oluşturamıyorum.
Uygulamada "sipariş oluşturulurken bir hata oluştu" uyarısı çıkıyor.
""",
    "eksik_urun": """
{order} numaralı siparişimden {product} eksik çıktı.
{order} nolu siparişimde {product} yok, paket eksik geldi.
Paketi açtım, {product} gelmemiş. Sipariş no: {order}
{order} siparişimde iki ürün vardı, biri eksik geldi.
{order} numaralı siparişimin içinden {product} çıkmadı.
Siparişim eksik geldi! {order}
{order} nolu siparişte {product} eksik, faturada var ama kutuda yok.
{date} teslim aldığım {order} numaralı siparişte {product} yoktu.
Kutuda sadece bir ürün vardı, {product} eksik. Sipariş {order}
{order} siparişimden bir parça eksik geldi, ne yapmam lazım?
{order} numaralı siparişimde {product} eksik, gönderir misiniz?
Paket eksik geldi, sipariş numaram {order}.
{product} hiç gelmedi ama sipariş teslim edildi görünüyor, diğer ürünler geldi. Sipariş {order}
{order} nolu siparişimdeki set eksik çıktı, {product} yok.
{order} nolu siparişte 3 adet istedim, 2 adet geldi.
{order} siparişimde eksik ürün var: {product}
Eksik ürün bildirimi: sipariş {order}, ürün {product}
{order} numaralı siparişin kutusu açılmış gibiydi, {product} eksik.
{order} — {product} paketin içinde değildi
Sipariş {order}: {product} eksik geldi, parası iade mi olacak gönderilecek mi?
{order} nolu siparişimde aksesuarlar eksik geldi.
{order} numaralı siparişimde {product} eksik geldi, ayrı paketle mi gelecek?
Siparişim eksik geldi, bir ürün yok.
{product} paketten çıkmadı, eksik gönderilmiş.
Siparişimde eksik ürün var, ne yapmalıyım?
{order} nolu siparişim eksik geldi, {product} kutuda yoktu.
{order} numaralı siparişte toplam ürün adedi eksik.
Sipariş {order}: paketten {product} çıkmadı, gönderiminizi kontrol edin.
{order} siparişimde {product} eksik gönderilmiş, ne zaman gönderilecek?
{product} eksik, sipariş {order}, bir an önce gönderin.
{order} numaralı siparişte [üç|iki] ürün vardı, kutudan sadece biri çıktı; {product} eksik.
Paket sağlam geldi ama içinde {product} yoktu, sipariş {order}. Kırık ya da hasarlı bir şey yok, sadece eksik.
{order} nolu siparişin faturasında {product} yazıyor ama pakette yok.
Takımın bir parçası gelmedi, {order} numaralı siparişteki {product} eksik.
{order} siparişi [yarım|eksik] geldi, {product} hiç gönderilmemiş.
Kutuyu açtım, [içi boş çıktı|sadece fatura vardı]. Sipariş no {order}
Siparişimin bir kısmı gelmedi, ne yapmam gerekiyor?
Paketten bir ürün eksik çıktı.
{order} numaralı siparişte iki koli olması gerekiyordu, yalnızca biri teslim edildi; {product} olan koli ulaşmadı.
{date} gelen {order} nolu kolide {product} dışında her şey vardı, o ürün kutudan hiç çıkmadı.
Sipariş {order}: kutu sağlam, ürünler sağlam, ama {product} sipariş özetinde olduğu halde pakette yok.
{order} siparişimde altılı set sipariş ettim, kutudan yalnızca dört tane çıktı.
{order} numaralı siparişle gelmesi gereken {product} teslimatta eksikti, kalan ürünü ne zaman gönderirsiniz?
<elektronik> {order} nolu siparişteki {product} kutusunda adaptör ve kablo yoktu, eksik paketlenmiş.
Paket elime ulaştı ama ürünlerin yarısı içinde yok; kalanlar ayrıca mı gönderilecek?
{product} teslim edilen kolinin içinde değildi, paketten çıkmayan tek ürün o.
{order} numaralı siparişte üç ürün vardı, kutudan sadece ikisi çıktı; {product} eksik.
Gelen ürün doğru ve sağlam ama parçalarından biri yok, sipariş {order}.
{order} nolu siparişin bir kalemi teslim edilmedi, faturada var ama pakette yok.
Siparişimin tamamı gelmedi, bir ürün hiç gönderilmemiş.
{product} kolide yoktu, {order} siparişi eksik teslim edildi.
{order} paketinden {product} çıkmadı, diğer ürünler tamam.
İki ürün sipariş ettim, kutudan yalnızca biri çıktı. Sipariş {order}
{order} siparişimde {product} eksik gönderilmiş.
Faturada iki ürün yazıyor, kutudan tek ürün çıktı. Sipariş {order}
{order} nolu siparişin faturasında {product} var ama ürün pakette yoktu; eksik ürünü gönderin.
Fatura kutunun içindeydi ama {product} yoktu, sipariş {order}.
{order} siparişim eksik geldi, faturaya göre bir kalem teslim edilmemiş.
Paketten sadece fatura ve bir ürün çıktı, {product} gelmedi. {order}
{order} numaralı siparişin irsaliyesinde {product} görünüyor ama paketten çıkmadı.
Siparişimdeki ürünlerden biri kutuda yok, sipariş {order}.
{order} siparişiyle gelmesi gereken hediye ürün pakette yoktu.
Parasını ödediğim {product} koliden çıkmadı, fatura tutarının tamamı çekilmiş. Sipariş {order}
{order} nolu siparişin kolisi geldi ama içinden {product} eksik çıktı.
""",
    "yanlis_urun": """
{order} numaralı siparişimde yanlış ürün geldi.
{product} sipariş ettim, bambaşka bir ürün geldi. Sipariş no: {order}
{order} nolu siparişimde {product} yerine başka bir şey gönderilmiş.
Yanlış ürün gönderilmiş! Sipariş {order}
{order} siparişimde renk yanlış geldi, ben siyah istemiştim.
{order} numaralı siparişimde {product} yerine başka model geldi.
{order} nolu siparişte beden yanlış gelmiş, etikette farklı yazıyor.
Paketten başkasının siparişi çıktı, sipariş no {order}.
{date} gelen {order} numaralı siparişte yanlış ürün var.
{order} siparişimde aldığım ürün bu değil, {product} istemiştim.
{product} yerine alakasız bir ürün gönderdiniz, sipariş numaram {order}.
{order} numaralı siparişte gelen ürün sipariş ettiğimle aynı değil.
Wrong item geldi, {order} nolu sipariş.
{order} nolu siparişimde {product} bekliyordum, farklı marka gelmiş.
{order} siparişimde ürün yanlış, ne yapmam gerekiyor?
Sipariş ettiğim {product} değil, başka bir ürün geldi ({order}).
{order} numaralı siparişte gelen ürünün rengi ve modeli farklı.
{order} nolu siparişimde yanlış ürün var, değiştirin lütfen.
Yanlış ürün geldi: {order} numaralı siparişte {product} yok, yerine başka bir şey var.
{order} — yanlış ürün, {product} istemiştim
Bu ne ya, {order} siparişimde bambaşka ürün gelmiş!
{order} numaralı siparişin içinden başka bir ürün çıktı.
Siparişimde yanlış ürün geldi.
{product} istedim, başka bir şey geldi.
Bana yanlış ürün göndermişsiniz, ne yapacağım?
{order} numaralı siparişimde beden farklı gönderilmiş.
<giyim,ayakkabı> {order} nolu siparişte {product} yerine başka renk gelmiş.
Sipariş {order}: gelen ürün benim siparişim değil.
{order} siparişimde yanlış model gönderildi, {product} istemiştim.
{product} siparişime başka bir ürün konmuş, sipariş no {order}.
{order} numaralı siparişte {product} sipariş etmiştim, [kutudan bambaşka bir ürün çıktı|başka bir marka gönderilmiş].
Ürün sağlam ama benim istediğim değil: {order} nolu siparişte {product} yerine başkası geldi.
{order} siparişinde [beden|renk|model] yanlış gönderilmiş, {product} böyle değildi.
Paket başkasının siparişi galiba, içinden {product} değil başka şeyler çıktı. Sipariş {order}
{order} nolu siparişteki ürün resimdekiyle aynı değil, {product} yerine [benzeri|taklidi] gelmiş.
Eksik değil, yanlış ürün gelmiş; sipariş numaram {order}.
Bana başkasının ürünü gelmiş, ne yapayım?
Siparişimdeki ürün yanlış gönderilmiş.
{order} numaralı siparişte kutunun üzerindeki etiket doğru ama içinden {product} yerine başka markanın ürünü çıktı.
{date} gelen {order} nolu pakette benim adım yazıyor fakat içindeki ürünleri ben sipariş etmedim.
<giyim,ayakkabı> {order} numaralı siparişte {product} için seçtiğim renk gelmemiş, sipariş ekranımla uyuşmuyor.
<elektronik> {order} nolu siparişte {product} bekliyordum, kutudan eski nesil bir model çıktı.
{order} siparişimde adet doğru, ürün sağlam; ama gelen ürün sitede seçtiğim {product} değil.
<kozmetik> {order} numaralı siparişte {product} istemiştim, [farklı bir ton|başka bir çeşit] gönderilmiş.
Sepetime eklediğim ürünle kapıma gelen ürün aynı değil, bu karışıklığı nasıl düzelteceğiz?
{product} diye sipariş verdim, paketi açınca şaşırdım, içinden bambaşka bir şey çıktı.
{order} nolu siparişte {product} sipariş ettim, kutudan aynı markanın bambaşka ürünü çıktı.
Ürün kırık ya da eksik değil ama yanlış: {order} siparişimde istediğim {product} gelmedi, yerine farklı bir şey geldi.
<giyim,ayakkabı> {order} numaralı siparişte {size} beden istemiştim, farklı bir beden gönderilmiş.
Paketin içinden başkasına ait ürünler çıktı, sipariş {order}; benim ürünüm nerede?
{order} siparişimde gelen ürünün barkodu ve modeli sipariş ettiğimle uyuşmuyor.
{product} yerine benzer ama farklı bir ürün göndermişsiniz, doğrusunu istiyorum.
Kutuyu açınca şaşırdım, sipariş ettiğim şey değil, bambaşka bir ürün.
<elektronik> {order} nolu siparişte {product} yerine farklı kapasitede bir model gelmiş.
{order} siparişimde {product} yerine bambaşka bir ürün geldi.
Başka birinin siparişi bana gelmiş galiba, sipariş no {order}
""",
    "hasarli_urun": """
<elektronik,ev & yaşam> {order} numaralı siparişimdeki {product} kırık geldi.
{order} nolu siparişte {product} hasarlı çıktı.
Ürün kutusu ezik, {product} çizik geldi. Sipariş no: {order}
{order} siparişimdeki ürün bozuk çıktı, çalışmıyor.
<elektronik,ev & yaşam> {product} paketten kırık çıktı! {order}
{order} numaralı siparişimde {product} defolu geldi.
<elektronik> {date} teslim aldığım {order} nolu siparişte {product} çalışmıyor.
{order} siparişimdeki {product} lekeli ve yırtık geldi.
{order} nolu siparişimin ürünü hasarlı, fotoğrafları var.
Kargodan hasarlı çıktı, sipariş {order}. {product} kullanılamaz durumda.
<elektronik> {order} numaralı siparişte {product} ekranı çatlak geldi.
<elektronik,ev & yaşam> {product} açar açmaz bozuldu, sipariş numaram {order}.
{order} nolu siparişimde ürün ezik ve kırık.
<giyim,ayakkabı> {order} siparişimdeki {product} kusurlu, dikişleri sökük.
Damaged ürün geldi, {order} numaralı sipariş.
<elektronik> {order} numaralı siparişte gelen {product} şarj olmuyor.
{order} nolu siparişimde {product} paramparça geldi!!
{order} numaralı siparişte ürün hasarlı, ambalaj da yırtıktı.
<elektronik,ev & yaşam> {product} kutusundan kırık çıktı, {order} nolu siparişim.
{order} siparişimdeki cam ürün kırılmış.
<elektronik> {order} nolu sipariş: {product} arızalı geldi, açılmıyor.
Hasarlı ürün bildirimi, sipariş {order}, ürün {product}.
{order} — {product} çizik ve göçük
<elektronik,ev & yaşam> {order} numaralı siparişimdeki {product} ilk kullanımda bozuldu.
{product} hasarlı geldi.
Ürün kırık geldi, ne yapmam lazım?
Siparişim hasarlı geldi, kutu ezilmiş.
<elektronik> {product} bozuk çıktı, çalışmıyor.
<elektronik,ev & yaşam> {order} numaralı siparişimde {product} kırık çıktı, iade mi değişim mi yapılır?
{order} nolu sipariş hasarlı ulaştı, kutu yırtıktı.
<elektronik,ev & yaşam> {product} ilk gün bozuldu, sipariş {order}.
{order} numaralı siparişteki {product} [ezik|çizik] geldi, kutusu da yırtıktı.
<elektronik,ev & yaşam> {order} nolu siparişin ürünü doğru geldi ama {product} hasarlı, [çalışmıyor|açılmıyor].
<elektronik> {product} kutusundan çıktı, [hiç açılmadı|fişe takınca ses bile çıkmadı], sipariş {order}.
Kargoda hasar görmüş, {product} [kırılmış|parçalanmış]; sipariş numarası {order}.
{order} siparişinde gelen {product} [lekeli|yırtık|defolu], bu şekilde kullanamam.
Ürün doğru ama bozuk geldi, sipariş {order}.
Gelen ürün hasarlı, [fotoğraflarını|videosunu] çektim.
Paketi açtığımda ürün kırıktı.
{order} numaralı siparişim doğru ve eksiksiz geldi fakat {product} taşıma sırasında darbe almış, kullanılamayacak halde.
<elektronik> {date} teslim aldığım {order} nolu siparişteki {product} ilk çalıştırmada yanık kokusu yapıp kapandı.
{order} nolu siparişin kolisi ıslanmış, bu yüzden içindeki {product} zarar görmüş.
<kozmetik> {order} numaralı siparişteki {product} [ambalajı patlamış|kapağı kırılmış], içi kutuya akmış.
<ayakkabı> {order} siparişinde gelen {product} tabanı yerinden ayrılmış, bir teki tamamen bozuk.
<ev & yaşam> {order} nolu siparişteki {product} kutudan [çatlamış|parçalanmış] halde çıktı, kırık parçalar ortalıkta.
<elektronik> {product} kutusundan çıkardığım anda ekranında çizgiler vardı, hiç kullanmadım bile.
Ürün elime hasarlı ulaştı, kırık parçalarıyla ne yapmam gerekiyor?
{order} numaralı siparişte {product} geldi ama paket ezilmiş, ürün kırılmış.
Ürün doğru ürün ama kullanılamaz durumda, {order} siparişinde gelen {product} çizik ve göçük.
{order} nolu kargoyu açtığımda {product} parçalanmıştı, ne yapmam gerekiyor?
<elektronik> {order} siparişindeki {product} hiç açılmıyor, kutudan arızalı çıktı.
Gelen ürün hasarlı, kırık parçaların fotoğrafını ekledim.
<elektronik,kozmetik> {order} siparişindeki {product} kırık geldi.
<elektronik> Kutu ezilmiş, içindeki {product} çizik çıktı. Sipariş {order}
""",
    "kargo_takip": """
{order} numaralı siparişimin kargosu nerede?
{order} nolu siparişimin kargo takip numarası nedir?
Kargom nerede? Sipariş no: {order}
{order} siparişimin kargosu hangi şubede?
{carrier} ile gelen kargom nerede, sipariş {order}
{tracking} takip numaralı kargom ne durumda? Sipariş numaram {order}
{order} nolu siparişin kargosunu takip etmek istiyorum.
Kargom hangi aşamada? {order}
{order} numaralı siparişimin kargo hareketlerini görebilir miyim?
{carrier} takip numarası çalışmıyor, {order} siparişimin kargosu nerede?
{order} siparişimin kargosu dağıtıma çıktı mı?
Takip numaram yok, {order} nolu siparişin kargosu nerede?
{order} numaralı siparişim kargoya verildi diyor ama kargo nerede göremiyorum.
{order} nolu siparişimin kargosu [ne zaman|hangi gün] gelir?
Kargo takip linki açılmıyor, sipariş {order}.
{order} siparişimin kargosu hangi ilde?
{date} kargoya verilen {order} numaralı siparişin kargosu nerede?
{carrier} kargom nerede kaldı? Sipariş numaram {order}
Kargom yolda mı? {order}
{order} nolu siparişin kargosu transfer merkezinde mi?
{order} numaralı siparişimin kargosunu nereden takip ederim?
KARGOM NEREDE {order}
{order} siparişimin kargo durumu nedir?
{tracking} nolu gönderi nerede, {order} numaralı siparişim.
Kargo ne alemde, {order} nolu siparişim.
{order} numaralı siparişimin kargo firması ve takip numarasını öğrenebilir miyim?
{order} siparişimin kargosu şehrime ulaştı mı?
Kargo takibi için sipariş no: {order}
{order} numaralı siparişin kargosu [hangi aşamada|ne durumda], şimdiye kadar hiç hareket görmedim.
{carrier} sitesinde takip numarası bulunamadı diyor. Sipariş {order}
{order} nolu siparişin kargosu nerede ya, {since} bekliyorum!
Kargo takibi nasıl yapılıyor? {order} numaralı siparişim için.
{order} nolu siparişimin kargosu dağıtımda görünüyor, kurye ne zaman gelir?
{order} siparişimin kargosunun nerede olduğunu söyler misiniz?
Kargom {carrier} şubesinde mi bekliyor? Sipariş no {order}
{order} numaralı siparişimin kargo bilgisi gelmedi.
{product} kargom nerede? Sipariş {order}
{order} nolu siparişimin gönderisi hangi aktarma merkezinde?
Kargomu takip edemiyorum, {order} numaralı sipariş.
{order} kargo nerde
Kargom nerede?
Kargomun nerede olduğunu öğrenebilir miyim?
{tracking} takip numaralı kargom nerede?
{carrier} kargom hâlâ yolda mı?
Kargo takip numaramı bulamıyorum.
{order} numaralı siparişimin kargosu şu an nerede, takip numarası nedir?
{carrier} takip sayfasında hareket görünmüyor, sipariş {order}.
{order} nolu siparişimin kargo takip bilgisini paylaşır mısınız?
{order} numaralı siparişin kargo hareketlerini görmek istiyorum, [şu an hangi şubede|hangi ilde]?
Acelem yok, sadece merak ettim: {order} nolu sipariş şu an nerede?
{order} siparişimin takip linki çalışmıyor, kargo nerede görebilir miyim?
{order} numaralı siparişin [gönderi kodunu|takip numarasını] paylaşır mısınız?
Kargoya verildi bildirimi geldi, {order} nolu siparişi nereden takip edebilirim?
{order} siparişim dağıtıma çıktı mı?
Kargomu nereden takip edebilirim?
Takip numaramı nerede görebilirim?
{order} numaralı siparişimin kargosu şu an hangi şehirde, son hareketi neydi?
{order} nolu siparişi hangi kargo firması taşıyor, takip ekranına nasıl ulaşırım?
Acelem yok, teslim süresi de dolmadı; sadece {order} siparişimin kargo sürecini takip etmek istiyorum.
{carrier} sitesinde {tracking} numarasını sorguladım, sonuç çıkmadı; {order} siparişimin paketi nerede?
{order} numaralı siparişin paketi kuryeye teslim edildi mi, dağıtım listesinde mi?
{date} kargoya verilen {order} nolu gönderinin anlık konumunu öğrenebilir miyim?
{order} siparişim için kargo takip bağlantısını SMS olarak iletebilir misiniz?
Paketimin hangi aktarma merkezinde olduğunu nasıl görebilirim?
{order} siparişimin kargo hareketlerini görmek istiyorum, takip numarası nedir?
Paketim şu an nerede, dağıtım şubesine vardı mı? Sipariş {order}
{carrier} ile gelen {order} numaralı gönderinin nerede olduğunu söyler misiniz?
Kargo bilgisi gelmedi, {order} nolu siparişimin gönderi kodunu paylaşır mısınız?
Gecikme yok, merak ediyorum sadece: {order} siparişim hangi aktarma merkezinde?
{order} numaralı paketin kurye bilgisine ve teslimat saatine ulaşabilir miyim?
{order} kargom şu an nerede?
Kargo takip numaramı iletir misiniz? Sipariş {order}
{order} hangi kargo firmasıyla geliyor, nereden takip edebilirim?
{order} nolu siparişim kargoya verilmiş, takip numarasını alabilir miyim?
Kargom hangi şubede, dağıtıma çıktı mı? Sipariş {order}
{order} siparişimin kargo hareketlerini görmek istiyorum, takip linki açılmıyor.
{carrier} takip ekranında {order} siparişimi bulamıyorum, takip kodu nedir?
Siparişim yola çıktı mı? {order}
{order} numaralı gönderinin son konumu neresi?
Kargom şu an hangi aşamada, ne zaman dağıtıma çıkacak? {order}
{order} siparişimin takip linkini {phone} numarasına SMS ile tekrar gönderir misiniz?
""",
    "kargo_gecikme": """
{order} numaralı siparişimin kargosu gecikti.
{order} nolu siparişim {since} kargoda, hâlâ gelmedi!
Kargom çok gecikti, sipariş no: {order}
{order} siparişimin tahmini teslim tarihi geçti ama kargo gelmedi.
{carrier} kargom {since} yerinde sayıyor. Sipariş {order}
{date} kargoya verildi, hâlâ elimde değil. Sipariş numaram {order}
{order} numaralı siparişim neden bu kadar gecikti?
Kargo gecikmesi var, {order} nolu sipariş.
{order} siparişim 2 günde gelecek denmişti, hâlâ yok.
{order} numaralı siparişin kargosu hâlâ gelmedi, bu ne biçim iş!
Kargo {since} aynı şubede bekliyor, {order} numaralı siparişim.
{carrier} yine geç kaldı, {order} siparişim nerede kaldı?
{order} nolu siparişim teslim tarihini geçti, ne zaman gelecek?
KARGO HALA GELMEDİ!!! {order}
{order} numaralı siparişim {since} yolda, normal mi bu?
Siparişim geç kaldı, {order}. Acil lazımdı.
{order} siparişimin kargosu gecikti, tahmini tarih de değişmiş.
{order} nolu siparişin kargosu çok yavaş ilerliyor, {since} aynı yerde.
{date} gelmesi gerekiyordu, {order} numaralı sipariş hâlâ gelmedi.
{order} numaralı siparişim hâlâ yolda, ne zaman teslim edilecek?
Kargo delay var galiba, {order} nolu sipariş hâlâ gelmedi.
{carrier} {since} dağıtıma çıkarmıyor, sipariş {order}.
{order} siparişimde teslimat gecikmesi yaşanıyor.
{order} nolu siparişimi {since} bekliyorum, rezalet.
{order} numaralı siparişin geç gelmesinin sebebi ne?
Sipariş no {order}, kargo söz verilen tarihte gelmedi.
{product} kargom gecikti, {order} numaralı sipariş.
{order} siparişim dağıtımda görünüyor ama bir türlü gelmiyor.
{order} nolu siparişim için tahmini teslim tarihi geçeli çok oldu.
Kargom gecikti, hâlâ gelmedi.
{since} kargo bekliyorum, gelmedi.
Siparişimin kargosu neden bu kadar geç geliyor?
{carrier} kargomu hâlâ getirmedi.
{order} numaralı siparişimin kargosu hâlâ yolda, teslim tarihi geçti.
{order} nolu siparişim gecikti, kargo ne zaman gelecek?
{carrier} {order} siparişimi bir türlü getirmedi, gecikmenin sebebi ne?
Teslim tarihi geçti ama kargo yok, sipariş {order}.
{order} numaralı siparişin tahmini teslim tarihi [çoktan geçti|geçeli epey oldu], kargo hâlâ yolda.
Nerede olduğunu görüyorum ama [gelmiyor|kıpırdamıyor]: {order} nolu sipariş {since} aynı şubede bekliyor.
{order} siparişimin teslim süresi aşıldı, neden bu kadar gecikti?
Söz verilen tarihte gelmedi, {order} numaralı sipariş [hâlâ|halen] dağıtıma çıkmadı.
{carrier} {since} "yolda" diyor, sipariş {order}; bu kadar beklemek normal mi?
{order} nolu siparişim gecikmeli, hızlandırabilir misiniz?
Kargom gecikti, söz verilen tarihte gelmedi.
Teslimat tarihi geçti ama paket hâlâ yok.
{order} numaralı siparişin teslim günü olarak verilen tarih geçti, kargo kapıma gelmedi; gecikmenin sebebi ne?
{date} kargoya verildi denmişti, tahmini teslim süresi çoktan doldu ama {order} nolu paket ortada yok.
{carrier} paketi {since} aktarma merkezinde bekletiyor, {order} siparişim teslim tarihini kaçırdı.
{order} siparişimi özel bir gün için almıştım, söz verilen sürede gelmediği için hediye geç kaldı.
Teslimat süresi üç iş günü yazıyordu, {order} numaralı sipariş ise {since} yolda.
{order} nolu siparişte kargonun nerede olduğunu biliyorum, sorun geç kalması; ne zaman teslim edilecek?
{product} siparişim {since} gecikmede, sipariş {order}; en azından yeni bir teslim tarihi verin.
Kargom beklenen tarihten çok sonra hâlâ yolda, bu kadar gecikme normal mi?
{order} numaralı siparişim için verilen teslim tarihi üzerinden {since} geçti, paket hâlâ elimde değil.
Kargo takibinde her gün aynı şey yazıyor, {order} nolu sipariş bir türlü adrese ulaşmıyor; bu gecikme ne zaman bitecek?
Haftaya taşınacağım, {order} siparişim o zamana kadar gelmezse ne olacak? Zaten geç kaldı.
{carrier} şubesi paketin geç geleceğini söyledi ama ne kadar geç, kimse bilmiyor. Sipariş {order}
Bayramdan önce gelir dediniz, bayram bitti, {order} nolu kargo yok.
{order} numaralı siparişimin teslimatı sürekli erteleniyor, her seferinde bir sonraki güne atılıyor.
Kargonun yavaşlığı artık sabrımı taşırdı, {since} bekliyorum ve sipariş {order} hâlâ teslim edilmedi.
Ayın başında verdiğim sipariş ay ortası oldu gelmedi, numarasını da kaybettim.
{order} için tahmini teslim tarihi geçti, hâlâ ortada yok.
{since} yolda görünüyor, {order} neden bu kadar gecikti?
{carrier} paketimi {since} aynı aktarma merkezinde bekletiyor, sipariş {order}
{date} kargoya verilen {order} hâlâ gelmedi, söz verilen teslim günü geçti; neden bu kadar gecikiyor?
Tahmini teslimat iki kez ertelendi, {order} nolu siparişim ne zaman gerçekten gelecek?
{since} "dağıtıma çıktı" yazıyor ama kurye bir türlü gelmiyor, sipariş {order}.
Kargom geç kaldı, {order} numaralı siparişin teslim süresi çoktan doldu.
Hızlı teslimat diye aldım, {since} bekliyorum; {order} hâlâ teslim edilmedi.
{carrier} gönderim {since} hareket etmiyor, bu gecikme normal mi? Sipariş {order}
2 günde gelir yazıyordu, bir haftayı geçti. Sipariş no {order}
{order} siparişimi doğum günü için almıştım, gecikme yüzünden yetişmeyecek; ne zaman teslim edersiniz?
Geç kalan kargom için ne yapabilirsiniz? {order} nolu sipariş {since} yolda.
Teslimat tarihi geçtiği halde {order} numaralı siparişten haber yok.
""",
    "teslim_edildi_gorunuyor": """
{order} numaralı siparişim teslim edildi görünüyor ama elime ulaşmadı.
{order} nolu sipariş teslim edildi diyor, ben teslim almadım!
Kargo teslim edildi yazıyor ama ürün bende değil. Sipariş no: {order}
{order} siparişim {date} teslim edilmiş görünüyor, kimse bir şey getirmedi.
{carrier} teslim ettim diyor ama gelmedi, sipariş {order}
{order} numaralı siparişte teslim alan kişi ben değilim.
Teslim edildi görünüyor, gelmedi. {order}
{order} nolu siparişim komşuya mı bırakıldı, teslim edildi yazıyor ama yok.
Evdeydim, kimse gelmedi ama {order} numaralı sipariş teslim edildi olmuş.
{order} siparişim teslim edildi gözüküyor, kapıda da yok.
{tracking} takip numaralı kargo teslim edildi diyor ama teslim almadım. Sipariş {order}
{order} numaralı sipariş teslim edilmiş ama imza benim değil.
Siparişim teslim edildi görünüyor ama gelmedi, {order}
{order} nolu siparişim {date} teslim edildi görünüyor ama elimde değil.
Delivered yazıyor ama paket yok, {order} numaralı sipariş.
{order} siparişimi kim teslim aldı? Bana gelmedi.
{carrier} kuryesi teslim edildi yapmış, paket ortada yok. Sipariş {order}
{order} numaralı siparişin teslim edildi bilgisi yanlış, ben almadım.
{order} nolu sipariş teslim edildi diyor, apartman görevlisinde de yok.
Teslim edilmedi ama sistemde teslim edildi görünüyor: {order}
{order} siparişim teslim edildi mesajı geldi ama kargo gelmedi.
{product} teslim edildi görünüyor ama gelmedi, sipariş no {order}.
{order} numaralı siparişim teslim edildi olarak kapatılmış, ürün elime ulaşmadı.
Teslim edildi görünüyor ama gelmedi.
Kargom teslim edildi diyor, ben almadım.
{carrier} teslim edildi dedi ama kargo bende değil.
Siparişim teslim edilmiş görünüyor ama ortada yok.
{order} numaralı sipariş teslim edildi görünüyor, ben hiçbir paket almadım.
{order} nolu siparişim teslim edildi diyor ama kapıda da, kutuda da yok.
Sipariş {order} için teslim edildi SMS'i geldi ama ürün gelmedi.
{order} numaralı sipariş teslim edildi görünüyor ama [kimseye imza atmadım|kimse zile basmadı].
Teslim edildi bildirimi geldi, {order} nolu paket [kapıda|posta kutusunda|komşularda] yok.
{order} siparişine teslim edildi denmiş ama [ben evdeydim|evde bekliyordum], kargo gelmedi.
Uygulama teslim edildi diyor ama elime bir şey ulaşmadı.
{order} numaralı sipariş teslim edildi diyor ama ne bina girişinde ne komşularda paket var; teslimat kanıtı var mı?
{date} teslim edildi diye bildirim aldığım {order} nolu paket elime hiç geçmedi, kime verildiğini öğrenmek istiyorum.
{carrier} kuryesi paketi teslim etmiş gibi kapatmış, {order} siparişim bende yok; kamerada da kimse gelmemiş.
Kargo firması teslim ettik diyor ama ben hiçbir şey almadım, ne yapmalıyım?
{order} numaralı siparişte "teslim edildi" yazıyor ama kapıma kimse gelmedi, zil bile çalmadı.
Kargo takibinde teslim alındı görünüyor, imza da benim değil. Sipariş {order}
{carrier} paketimi teslim etmiş gözüküyor, apartman görevlisine de sordum, onda da yok. {order}
Komşulara da sordum, {order} nolu sipariş kimseye bırakılmamış ama sistem teslim edildi diyor.
{date} teslim edildi bildirimi geldi, oysa o gün bütün gün evdeydim. Sipariş no {order}
Teslim edildi yazıyor ama ortada paket yok, ne yapmam gerekiyor?
""",
    "teslimat_suresi": """
Siparişler kaç günde teslim ediliyor?
Teslimat ne kadar sürüyor?
Şimdi sipariş versem en geç ne zaman gelir?
Kargolar genelde kaç günde geliyor?
{product} sipariş versem ne zaman elimde olur?
Aynı gün teslimat var mı?
Doğu illerine teslimat kaç gün sürüyor?
Hızlı teslimat seçeneği var mı?
Sipariş verdikten sonra kaç gün içinde kargoya veriliyor?
Teslimat süresi ne kadar, acil lazım.
Hemen sipariş versem ne zaman elimde olur?
Kargoya verilme süresi kaç gün?
İstanbul içi teslimat kaç gün sürer?
Hızlı teslimatla kaç saatte geliyor?
Yurt dışından gelen ürünler kaç günde gelir?
Teslimat süreleri hakkında bilgi alabilir miyim?
Hafta sonu teslimat yapılıyor mu?
Teslimat süreniz ortalama ne kadar?
Ortalama kaç günde teslim ediyorsunuz?
Bayramdan önce gelir mi, sipariş vermek istiyorum?
Satıcı kaç günde kargolar, teslimat süresi ne?
Köye teslimat kaç günde oluyor?
Büyük ev eşyalarında teslimat süresi ne kadar?
Kargo kaç günde gelir genelde?
Sipariş versem kaç günde kapımda olur?
Teslimat süreniz ne kadar, bilgi verir misiniz?
Siparişlerin kargoya verilmesi ne kadar sürüyor?
Standart teslimat kaç gün?
Adrese teslim ne kadar zaman alıyor?
Hızlı teslimat seçersem kaç günde gelir?
Kargo süreniz ne kadar?
[Büyük şehirlere|Anadolu'ya] teslimat ortalama kaç günde oluyor?
Sipariş verirsem [kaç iş gününde|ne kadar sürede] elime ulaşır?
Hızlı teslimat seçeneğiniz var mı, [ne kadar sürüyor|kaç günde geliyor]?
Köye teslimat ne kadar sürer?
Mesai saatinden sonra verilen siparişler aynı gün mü kargolanıyor, yoksa ertesi iş günü mü?
{product} almak istiyorum ama doğum gününe yetişmesi lazım, genelde kaç günde teslim ediyorsunuz?
Kargolama süresiyle teslimat süresi ayrı mı hesaplanıyor, toplamda kaç gün beklemem gerekir?
Kırsal bölgelere gönderimlerde teslimat süreniz uzuyor mu?
Şimdi sipariş versem en geç ne zaman elimde olur?
İstanbul içine gönderim kaç iş günü sürüyor?
Hafta sonu verilen siparişler hafta içi mi kargoya çıkıyor?
{product} için tahmini teslimat süresi ne kadar?
Yurt dışından gönderilen ürünler kaç günde geliyor?
Aynı gün teslimatınız var mı, saat kaça kadar sipariş vermem lazım?
""",
    "kargo_ucreti": """
Kargo ücreti ne kadar?
Kaç TL üzeri kargo bedava?
{amount} üzeri siparişlerde kargo ücretsiz mi?
Kargo ücretini kim ödüyor?
Sepetimde kargo ücreti çıktı, neden?
Kargo bedava değil miydi?
{amount} kargo ücreti çok fazla değil mi?
Ücretsiz kargo kampanyası var mı?
Kargo parası alıyor musunuz?
İade ederken kargo ücreti ödeyecek miyim?
Kapıda ödemede ekstra kargo ücreti var mı?
Kargo bedeli neden bu kadar yüksek?
Kargo ücreti kaç para?
Birden fazla satıcıdan alınca kargo ücreti ayrı mı alınıyor?
Kargo ücretsiz olması için sepet tutarı ne olmalı?
Premium üyelerde kargo bedava mı?
Sepette {amount} kargo ücreti gösteriyor, doğru mu?
Kargo ücretini öğrenebilir miyim?
Minimum sepet tutarı ne kadar olursa kargo ücretsiz oluyor?
Kargo ücreti ürün fiyatına dahil mi?
Adaya gönderimde kargo ücreti farklı mı?
Neden iki kere kargo ücreti yansıdı sepetime?
Kargo ücreti iade edilir mi?
Büyük ürünlerde kargo ücreti ne kadar?
Kargo için ne kadar ödeyeceğim?
Kargo ücreti sipariş tutarına göre mi değişiyor?
Bu ürün için kargo ücreti ödeyecek miyim?
Neden kargo ücreti alındı, ücretsiz yazıyordu?
Kargo bedava sınırı ne kadar?
Her siparişte kargo ücreti mi ödüyorum?
Kargo bedava olması için sepet en az [ne kadar|kaç lira] olmalı?
[Küçük|Tek] bir ürün alsam kargo ücreti öder miyim?
İade ederken kargo parasını kim ödüyor, alırken ne kadar?
Kargo ücreti neden bu kadar yüksek çıktı?
Sepetim {amount}, ücretsiz kargo sınırına ne kadar kaldı?
Hızlı teslimat seçersem ek bir kargo bedeli ödüyor muyum?
Ağır ve hacimli ürünlerde kargo ücreti desiye göre mi hesaplanıyor?
Kampanyalı ürünlerde de kargo ücreti alıyor musunuz?
Kaç liralık alışverişte kargo bedava oluyor?
{amount} tutarındaki sepetime neden kargo ücreti eklendi?
Farklı satıcılardan aldığım ürünler için ayrı ayrı kargo ücreti mi ödeyeceğim?
Kargo bedeli ne kadar, ücretsiz gönderim sınırı değişti mi?
Kargo ücreti ürün fiyatına dahil mi, yoksa ödeme adımında mı ekleniyor?
""",
    "iade_baslat": """
{order} numaralı siparişimi iade etmek istiyorum, {reason}.
{order} nolu siparişteki {product} ürününü iade etmek istiyorum.
{reason}, iade etmek istiyorum. Sipariş no: {order}
{order} siparişim için iade talebi oluşturmak istiyorum.
İade etmek istiyorum, {order} numaralı sipariş. Sebep: {reason}
{product} {reason}, iade edeceğim. Sipariş {order}
{order} nolu siparişin iadesini başlatır mısınız?
Değişim istemiyorum, direkt iade istiyorum. {order} numaralı sipariş, {reason}.
{order} numaralı siparişimdeki ürünü geri göndermek istiyorum.
{date} teslim aldığım {order} nolu siparişi iade edebilir miyim? {reason}.
İade süreci nasıl başlıyor? {order} siparişimi iade edeceğim.
{order} siparişimde {product} {reason}, iade talebi açar mısınız?
Refund istiyorum, ürünü geri yollayacağım. Sipariş {order}
{order} numaralı siparişi iade etmek istiyorum çünkü {reason}.
{reason}. {order} nolu siparişimi iade etmek istiyorum.
İade talebi: {order}, {reason}
{order} siparişimdeki {product} için iade başlatmak istiyorum.
{order} nolu siparişimi iade edeceğim, kodu nasıl alırım?
{product} iade etmek istiyorum, {reason}. Sipariş numaram {order}
{reason}, {order} numaralı siparişi iade edin.
{order} siparişim için iade oluştur lütfen, {reason}.
{order} numaralı siparişteki ürünü iade etmem mümkün mü? {reason}.
İade kaydı açmak istiyorum, sipariş {order}.
{order} nolu sipariş iade, {reason}.
{date} gelen {order} numaralı siparişi geri vermek istiyorum, {reason}.
{order} siparişimi iade etmek istiyorum, parayı kartıma yatırın.
Uygulamada iade butonu çıkmıyor, {order} numaralı siparişi iade etmek istiyorum.
{order} nolu siparişimin iadesini yapmak istiyorum, {reason}.
{product} {reason}, geri göndermek istiyorum. {order}
{order} numaralı sipariş için iade talebi oluşturabilir misiniz? Nedeni: {reason}
{order} siparişini iade etmek istiyorum.
İade etmek istiyorum, sipariş no {order}, {reason}.
{order} nolu siparişimi iade ediyorum, {reason}, değişim istemiyorum.
{order} numaralı siparişimi geri yollamak istiyorum, iade başlatın.
{order} — iade istiyorum, {reason}
Ürün elime ulaştı ama {reason}, {order} numaralı siparişi iade etmek istiyorum.
{order} iade
Ürünü iade etmek istiyorum, {reason}.
{product} iade etmek istiyorum.
İade talebi oluşturmak istiyorum.
{reason}, iade etmek istiyorum.
Aldığım ürünü nasıl iade ederim?
{order} numaralı siparişi iade etmek istiyorum, ürün kullanılmadı.
{order} nolu siparişteki {product} geri gönderilecek, {reason}.
İade başlatmak istiyorum, sipariş {order}.
{order} numaralı siparişteki ürünü [kullanmadan|etiketini koparmadan] iade etmek istiyorum, {reason}.
İade süresi dolmadan {order} nolu siparişi geri göndermek istiyorum, {reason}.
{reason}; {order} siparişim için iade kaydı açar mısınız?
İade talebi oluşturmak istiyorum ama sipariş numarasını [bulamıyorum|hatırlamıyorum].
{order} numaralı siparişi teslim aldım ama {reason}; iade sürecini benim için başlatabilir misiniz?
{product} elime ulaştıktan sonra fark ettim ki {reason}, {order} nolu siparişteki bu ürünü geri vermek istiyorum.
{date} teslim edilen {order} siparişini yasal süre içinde iade etmek istiyorum, ürün hâlâ kutusunda duruyor.
{product} için iade talebi açmam lazım, {reason}.
{order} numaralı siparişteki {product} beklediğim gibi çıkmadı, {reason}; geri göndermek istiyorum.
Cayma hakkımı kullanmak istiyorum, {order} nolu siparişi iade edeceğim.
İade kodu oluşturup {order} siparişimi geri yollamak istiyorum, {reason}.
{product} hiç işime yaramadı, iade sürecini nasıl başlatırım?
{order} siparişindeki ürünü iade etmek istiyorum, kutusu açılmadı bile.
{order} siparişindeki ürünü iade etmek istiyorum, {reason}. Nasıl başlatırım?
{product} bana uymadı, iade talebi oluşturmak istiyorum. Sipariş {order}
Uygulamada iade butonu çıkmıyor, {order} için iade talebini siz açar mısınız?
{order} nolu siparişi geri göndermek istiyorum, {reason}; iade kaydı açabilir misiniz?
Ürünü beğenmedim, iade edebilir miyim? Sipariş {order}
{date} teslim aldığım {product} için iade başlatmak istiyorum.
{order} numaralı siparişi iade edeceğim, süreci başlatır mısınız? {reason}.
{product} için iade talebi oluşturmak istiyorum, hangi adımları izlemeliyim?
""",
    "iade_durumu": """
{order} numaralı siparişimin iadesi ne durumda?
{order} nolu siparişin iade süreci hangi aşamada?
İadem ne oldu? Sipariş no: {order}
{order} siparişim için yaptığım iade onaylandı mı?
{date} iade kargosuna verdim, {order} numaralı siparişin iadesi ne durumda?
İade ettiğim ürün depoya ulaştı mı? {order}
{order} nolu siparişin iadesi hâlâ incelemede mi?
{order} numaralı siparişimin iade talebi kabul edildi mi?
İade durumumu öğrenebilir miyim? Sipariş {order}
{order} iadem {since} sonuçlanmadı.
{order} siparişimin iadesi reddedilmiş mi, neden?
{product} iadesi ne durumda? {order} numaralı sipariş.
İade sürecim ne aşamada? {order}
{order} nolu siparişimin iade işlemi tamamlandı mı?
{carrier} ile iade gönderdim, {order} siparişimin iadesi ulaştı mı?
{order} numaralı siparişin iadesi hangi aşamada, bilgi alabilir miyim?
İade sürecim ilerlemiyor, sipariş {order}.
{order} nolu siparişte iade talebim var, son durum ne?
{order} siparişimin iadesini gönderdim, teslim almışlar mı?
{order} numaralı siparişin iade incelemesi ne zaman biter?
{since} iade bekliyorum, {order} nolu sipariş.
{order} siparişimin iade durumu nedir?
İade kargom size ulaştı mı, sipariş numaram {order}?
{order} numaralı siparişimin iadesi onaylandı mı reddedildi mi?
İade ettiğim ürün ne durumda?
İademin durumu ne?
{date} iade ettim, ne durumda?
İade talebim onaylandı mı?
{order} numaralı siparişin iadesi ne zaman sonuçlanır?
{order} nolu siparişin iadesi kabul edildi mi?
İade ettiğim {product} ulaştı mı, sipariş {order}?
{order} numaralı siparişin iadesi [depoya ulaştı mı|onaylandı mı]?
İade kargosunu verdim, {order} nolu siparişin iade süreci nerede?
{order} siparişinin iadesi [reddedildi mi|incelemede mi], bilgi alabilir miyim?
Gönderdiğim iade ne durumda, [haber alamadım|bir şey yazmıyor]?
{order} nolu siparişe ait iade paketim teslim alındı mı, incelemenin sonucunu bekliyorum.
{carrier} aracılığıyla geri yolladığım {product} sizin tarafa geçti mi? Sipariş {order}
{order} siparişimin iadesi {since} beklemede görünüyor, iade talebim neden ilerlemiyor?
İade başvurum kabul mü edildi reddedildi mi, {order} numaralı sipariş için hiçbir bilgilendirme gelmedi.
{order} numaralı siparişten geri gönderdiğim ürünün incelemesi bitti mi? Param değil, iadenin kabulünü soruyorum.
İade paketim depoya ulaşmış görünüyor ama onay çıkmadı, sipariş {order}.
{order} nolu siparişteki {product} için açtığım iade talebi hangi adımda, kabul edilecek mi?
İade kargosu teslim edildi diyor, {order} siparişi için satıcı iademi onayladı mı?
{since} iade talebim "inceleniyor" aşamasında, {order} numaralı sipariş; ne zaman karar verilecek?
Geri yolladığım ürün elinize geçti mi, iadem reddedilirse ürünü bana geri mi gönderirsiniz? Sipariş {order}
{order} iadem depoya ulaştı mı?
{order} için gönderdiğim iade onaylandı mı, bir bilgi göremiyorum.
Geri yolladığım ürün ne durumda? Sipariş no {order}
{carrier} ile gönderdiğim iade {since} yolda görünüyor, son durumu nedir? {order}
{order} siparişi için gönderdiğim ürün satıcıya ulaştı mı, iade onaylandı mı?
İade ettiğim {product} depoya ulaştı mı, inceleme ne durumda? {order}
{order} nolu siparişin iade talebi hangi aşamada?
Ürünü {date} iade kargosuna verdim, iadem kabul edildi mi? Sipariş {order}
İade talebimin durumunu göremiyorum, {order} siparişi için onay geldi mi?
{order} numaralı siparişin iadesi reddedilmiş görünüyor, neden?
Geri gönderdiğim ürün hakkında hâlâ bilgi yok, iade sürecim nerede? Sipariş {order}
{order} iadem satıcı kontrolünde mi, sonuç ne zaman belli olur?
""",
    "iade_kargo_kodu": """
{order} numaralı siparişimin iade kargo kodu nedir?
{order} nolu sipariş için iade kodu alabilir miyim?
İade kodum gelmedi, sipariş no: {order}
{order} siparişimi iade edeceğim, kargo kodu lazım.
İade kargo kodunu bulamıyorum, {order} numaralı sipariş.
{order} nolu siparişin iade gönderi kodunu tekrar gönderir misiniz?
{carrier} şubesine gittim, iade kodu soruyorlar. Sipariş {order}
{order} numaralı siparişte iade kodu SMS ile gelmedi.
İade için kargo kodu nedir? {order}
{order} siparişimin iade kodunu kaybettim.
{order} nolu siparişin iade kodunun süresi doldu mu?
{order} numaralı sipariş iade kodu çalışmıyor, şube kabul etmedi.
İade gönderi kodu lazım, {order} nolu sipariş.
{order} için iade kargo kodumu öğrenebilir miyim?
{order} siparişimin iadesi için anlaşmalı kargo kodu ne?
İade talebi oluşturdum ama kod gelmedi. Sipariş numaram {order}
{product} iadesi için kargo kodu lazım, sipariş {order}.
{order} numaralı siparişin iade kodunu mail atar mısınız?
Kargo şubesindeyim, {order} nolu siparişin iade kodunu acil yazar mısınız?
{order} siparişi için iade kodu nereden bakılıyor?
{order} nolu siparişin iade kargo kodu neydi?
İade kargo kodumu bulamıyorum.
İade kodu nereden alınıyor?
{carrier} şubesi iade kodu istiyor, kod nerede?
İade için kargo kodu lazım.
{order} numaralı siparişin iadesini göndereceğim, kodu verir misiniz?
{order} nolu sipariş için iade kodumu tekrar gönderin lütfen.
İade kargo kodu alamadım, sipariş {order}.
{order} iade kodu lazım acil.
{order} siparişinin iade kodunu SMS olarak tekrar iletebilir misiniz?
{order} numaralı siparişin iade kodu [SMS ile gelmedi|mailime düşmedi], tekrar iletir misiniz?
Kargo şubesi iade kodu istiyor, {order} nolu sipariş için kodu nereden bulurum?
{order} siparişim için [anlaşmalı kargo kodu|iade gönderi kodu] lazım.
İade kodunu nereden alacağım, şubede bekliyorum.
{order} numaralı siparişi geri göndereceğim, paketin üzerine yazacağım iade kodunu iletir misiniz?
{carrier} görevlisi kodsuz iade kabul etmiyor, {order} nolu sipariş için geçerli bir iade kodu oluşturabilir misiniz?
{product} iadesi için gelen kod başka bir siparişime aitmiş, {order} siparişinin doğru iade kodunu rica ediyorum.
İade kodunun süresi geçmiş olabilir, yenisini nasıl alırım?
{order} iadesi için kargo şubesine gittim, kod istiyorlar, nereden bulurum?
İade kodum SMS ile gelmedi, sipariş numaram {order}
{order} nolu siparişi geri göndereceğim, anlaşmalı kargo kodunu iletir misiniz?
{carrier} şubesinde iade kodu geçersiz dediler, {order} için yeni kod alabilir miyim?
İade talebimi oluşturdum ama gönderi kodunu hiçbir yerde göremiyorum. Sipariş {order}
İade talebim açıldı ama kargoya verirken kod soruyorlar, {order} için iade kodum nedir?
{order} nolu siparişin iade gönderi kodunu bulamıyorum, tekrar iletir misiniz?
Ürünü paketledim, {carrier} şubesine götüreceğim; anlaşmalı iade kodunu alabilir miyim? Sipariş {order}
{order} iadesi için kargo kodu ekranda görünmüyor.
İade kodu SMS'le gelecek dediniz, gelmedi. {order}
{order} numaralı siparişin iadesi için ücretsiz kargo kodu rica ediyorum.
İade gönderimi için kodu nerede bulurum? Sipariş {order}
Kurye iade kodunu istiyor, {order} siparişine ait kodu gönderir misiniz?
""",
    "iade_kosullari": """
İade süresi kaç gün?
İade koşulları nelerdir?
Kullanılmış ürün iade edilebilir mi?
Etiketini kopardığım ürünü iade edebilir miyim?
İndirimli ürünlerde iade var mı?
İç çamaşırı iade ediliyor mu?
İade kargo ücretini kim ödüyor?
Kozmetik ürünlerde iade hakkım var mı?
Ambalajı açılmış ürün iade olur mu?
Kaç gün içinde iade etmem gerekiyor?
Return policy nedir?
Hediye aldığım ürünü faturasız iade edebilir miyim?
Elektronik ürünlerde iade şartları ne?
Kampanyalı ürünleri iade edebilir miyim?
Cayma hakkı kaç gün?
İade için orijinal kutusu şart mı?
Kargo poşetini attım, yine de iade edebilir miyim?
Mağazadan iade yapabilir miyim?
Setin bir parçasını iade edebilir miyim?
İade hakkım ne zaman bitiyor?
Denedim ama beğenmedim, iade edebilir miyim?
Hangi ürünlerde iade yapılmıyor?
Kişiye özel ürünler iade ediliyor mu?
İade şartlarınızı öğrenebilir miyim?
Yurt dışı ürünlerde iade nasıl oluyor?
Ürünü denedikten sonra iade etmek mümkün mü?
İade süresi geçerse ne oluyor?
Paketi açtıktan sonra iade hakkım var mı?
İade için ürünün faturası gerekli mi?
İade ücretli mi?
Faturası kaybolan ürünü iade edebilir miyim?
İndirimli aldığım ürünler de iade ediliyor mu?
[Kozmetik|İç giyim|Küpe] ürünlerinde iade hakkım var mı?
Kutusunu attım, iade yine de kabul edilir mi?
Hijyen ürünlerinde ambalaj açıldıysa iade hakkı tamamen ortadan kalkıyor mu?
Birkaç kez giydiğim ama sonra beğenmediğim bir ürünü geri gönderme şansım var mı?
Kampanyada hediye olarak gelen ürünü de iade etmem gerekiyor mu, ana ürünü iade edersem ne olur?
Yasal cayma süresi teslimattan mı yoksa sipariş tarihinden mi başlıyor?
Etiketini kopardığım bir ürünü iade edebilir miyim?
İndirimli aldığım ürünlerde de iade hakkım var mı?
Kozmetik ürünlerde ambalaj açılınca iade kabul ediliyor mu?
İade için ne kadar sürem var, süre teslimattan mı başlıyor?
İade kargosunu kim ödüyor, benden ücret kesilir mi?
Hediye olarak aldığım ürünü faturasız iade edebilir miyim?
""",
    "degisim_talebi": """
{order} numaralı siparişimdeki ürünü {size} beden ile değiştirmek istiyorum.
{order} nolu siparişte {reason}, bir büyük bedenle değişim yapabilir miyim?
{reason}, {size} beden istiyorum. Sipariş no: {order}
{order} siparişimdeki {product} için değişim talebi oluşturmak istiyorum.
İade değil değişim istiyorum, {order} numaralı sipariş, {size} beden olsun.
{product} {reason}, {size} ile değiştirebilir misiniz? Sipariş {order}
{order} nolu siparişimdeki ürünün rengini değiştirmek istiyorum.
{order} numaralı siparişteki ürünü {size} numara ile değişmek istiyorum, {reason}.
Değişim yapmak istiyorum, {order}. {reason}.
{order} siparişimde {size} beden istiyorum, değişim mümkün mü?
{reason}. {order} numaralı siparişimdeki ürünü değiştirmek istiyorum.
{order} nolu siparişin değişimi için ne yapmalıyım? {size} lazım.
Exchange yapabilir miyiz? {order} siparişi, {size} beden.
{order} numaralı siparişteki {product} {size} olarak değişsin.
{order} siparişimdeki ürünü iade etmek istemiyorum, sadece bedenini değiştirmek istiyorum.
Beden değişimi talebi: {order}, {size}
{order} nolu siparişimde {reason}, değiştirmek istiyorum.
<giyim> {product} bir beden büyüğü ile değiştirilebilir mi? Sipariş {order}. {reason}.
{order} numaralı siparişimin değişimini başlatır mısınız? {reason}.
{date} gelen {order} nolu siparişi {size} beden ile değiştirmek istiyorum.
{order} siparişimdeki ürünü başka renkle değiştirmek istiyorum.
{order} — değişim, {size} beden, {reason}
<giyim> {order} nolu siparişte {product} değişimi yapmak istiyorum, {size} beden olsun.
Ürünü {size} beden ile değiştirmek istiyorum, {reason}.
Değişim yapmak istiyorum, {reason}.
<giyim> {product} için beden değişimi nasıl yapılır?
Değişim talebi oluşturmak istiyorum.
{order} numaralı siparişimdeki ürünü bir beden küçüğüyle değiştirmek istiyorum.
{order} nolu siparişte {size} beden istiyorum, {reason}.
{product} değişimi istiyorum, sipariş {order}, {size} olsun.
{order} numaralı siparişteki ürünün [bir büyük|bir küçük] bedeniyle değişim istiyorum, {reason}.
Para iadesi istemiyorum, {order} nolu siparişteki ürünü {size} ile değiştirin.
{reason}, {order} siparişimdeki ürünü [aynı modelin başka bedeniyle|başka rengiyle] değiştirmek istiyorum.
Beden değişimi yapmak istiyorum ama sipariş numaram yanımda değil.
{order} nolu siparişteki {product} güzel ama {reason}; aynı ürünün {size} bedeniyle takas edebilir misiniz?
{date} gelen {order} siparişimdeki ürünü {size} numarayla değiştirme talebi oluşturmak istiyorum.
{reason}, bu yüzden {order} numaralı siparişimdeki ürünün yerine {size} bedenini göndermenizi istiyorum, değişim olsun.
{product} için beden değişimi istiyorum, {size} beden olsun.
{order} siparişimdeki {product} için değişim istiyorum: {reason}, yerine {size} gönderebilir misiniz?
{order} nolu siparişte {size} beden istiyorum, {reason}. Değişim yapar mısınız?
Değişim talebi: sipariş {order}, {reason}, yerine {size} gelsin lütfen.
{order} siparişindeki ürünü iade etmek değil değiştirmek istiyorum, {reason}.
Ürünü geri gönderip aynısının {size} bedenini almak istiyorum, {reason}. Sipariş {order}
""",
    "para_iadesi_durumu": """
{order} numaralı siparişimin para iadesi ne zaman yatar?
{order} nolu siparişin parası hâlâ hesabıma geçmedi.
Para iadem ne durumda? Sipariş no: {order}
{order} siparişi için iade onaylandı ama para yatmadı.
Refund ne zaman gelir? {order}
{order} numaralı siparişin ücret iadesi yapıldı mı?
{date} iade ettim, {order} nolu siparişin parası hâlâ yok.
Param ne zaman iade edilecek, {order} numaralı sipariş?
{order} siparişimin iade tutarı kartıma yansımadı.
{order} nolu siparişin para iadesi {since} bekliyor.
{amount} iadem ne zaman yatacak? Sipariş {order}
{order} numaralı siparişimin iadesi onaylandı, para ne zaman hesabımda olur?
İade ettiğim ürünün parası gelmedi, sipariş numaram {order}.
{order} siparişimin para iadesi tamamlandı mı?
{order} nolu sipariş için iade ödemesi hangi tarihte yapılacak?
{order} numaralı siparişimin parası kartıma mı yatacak, ne zaman?
Para iadesi ne durumda? {order} nolu siparişim. IBAN'ım: {iban}
{order} siparişimin iptal parası hâlâ iade edilmedi.
{order} nolu siparişin refund'ı ne oldu?
{order} numaralı siparişin iadesi için ödeme ne zaman yapılır?
Paramı geri istiyorum, {order} nolu siparişin iadesi hâlâ yatmadı!
{order} için iade edilen {amount} ne zaman hesabıma geçer?
Bankam iade gelmedi diyor, sipariş {order}.
{order} siparişimin para iadesini takip etmek istiyorum.
Para iadem ne zaman yatar?
İade ettiğim ürünün parası hâlâ gelmedi.
{since} param iade edilmedi.
Refund ne zaman gelecek?
{order} numaralı siparişin parası ne zaman hesabıma geçer?
{order} nolu siparişin iade tutarı hâlâ yatmadı.
Para iadesi ne oldu, sipariş {order}?
{order} numaralı siparişin iadesi onaylandı ama para [kartıma|hesabıma] hâlâ yansımadı.
İade edilen {amount} ne zaman [kartıma|hesabıma] geçer? Sipariş {order}
{order} nolu siparişin para iadesi [hangi aşamada|bankaya gönderildi mi]?
İadem onaylandı, param ne zaman yatar?
{order} numaralı siparişin iade tutarı olan {amount} bankama ulaşmadı, ödemenin gönderildiğini teyit edebilir misiniz?
{date} iadem onaylandı dediniz, {order} nolu siparişin parası hangi gün hesabıma geçmiş olur?
{order} siparişimin para iadesi {since} bekliyor, banka tarafında mı takıldı yoksa sizde mi?
{order} nolu siparişi iptal ettim ama ücreti kartıma geri yatmadı, ne kadar daha beklemeliyim?
İadem kabul edildi yazıyor, ama {amount} hâlâ kartıma dönmedi; sipariş {order}.
{order} numaralı siparişte iade onaylandı, geri ödeme hangi hesaba ve ne zaman yapılacak?
Ürünü geri aldınız, tamam; peki paramı ne zaman göreceğim? Sipariş {order}
Banka ekstremde {order} nolu siparişin iadesi görünmüyor, ödemeyi gönderdiniz mi?
{date} iptal ettiğim {order} numaralı siparişin ücreti hâlâ hesabıma geri yatmadı.
Para iadesi için {since} bekliyorum, kredi kartıma ne zaman yansır?
{order} iadem onaylandı ama para hâlâ hesabıma geçmedi.
Paramı ne zaman geri alırım? Sipariş {order}
{order} siparişin iptal tutarı kartıma ne zaman yansır?
{amount} iade edileceği yazıyor ama {since} bekliyorum. Sipariş {order}
Siparişi iptal ettim, iptal onayı da geldi ama para hâlâ kartıma dönmedi. Sipariş {order}
{order} nolu siparişim satıcı tarafından iptal edildi, ödediğim {amount} ne zaman iade edilir?
İptal edilen {order} siparişinin ücreti ne zaman geri yatar? {since} bekliyorum.
Stokta kalmadığı için iptal ettiğiniz {order} numaralı siparişin parası hesabıma geçmedi.
{order} iptal oldu ama kartımdan çekilen tutar geri gelmedi, iadesi ne aşamada?
İptal ettiğim siparişin parasını hâlâ alamadım, banka sizden bir şey gelmedi diyor. Sipariş no {order}
İade kargom size ulaşmış, onay da verilmiş; geri ödeme hangi gün kartıma geçer? {order}
{order} nolu siparişin iadesi tamamlandı görünüyor ama para ortada yok, dekont gönderebilir misiniz?
{order} siparişinin iade tutarı hâlâ yatmadı, para iadesi karta mı yapılıyor hesaba mı? IBAN'ım {iban}
{date} iptal talebim onaylandı, {order} için çekilen para taksitler halinde mi geri yansıyacak?
Siparişimi iptal etmiştim, ücret iadesi hangi aşamada? {order}
{order} siparişinin iade tutarı {amount} görünüyor ama hesabıma daha az yattı.
""",
    "odeme_problemi": """
Ödeme yaparken kartım reddedildi.
Kartımdan ödeme alınmıyor, hata veriyor.
3D Secure ekranı açılmıyor, ödeme yapamıyorum.
Ödeme sırasında banka onay vermedi hatası alıyorum.
{card} numaralı kartımla ödeme yapamıyorum.
Kartımda limit var ama ödeme reddediliyor.
Ödeme başarısız diyor ama param çekilmiş.
SMS doğrulama kodu gelmiyor, ödeme tamamlanmıyor.
Kredi kartım geçmiyor, neden?
Ödeme alınamadı hatası alıyorum.
Banka kartıyla ödeme yapamıyorum.
Ödeme sayfasında işlem zaman aşımına uğradı.
Payment failed diyor sürekli.
Kartım: {card}, ödeme hata veriyor.
Ödeme yaparken sayfa kapandı, para çekildi mi bilmiyorum.
Sanal kartımla ödeme yapılmıyor.
Ödeme yapamıyorum, kartım bloke mi oldu?
Ödeme onaylanmadı yazıyor, bankam sorun yok diyor.
{amount} ödeme yapmaya çalıştım, kart reddedildi.
Kart bilgilerimi girince hata alıyorum.
Hediye çekiyle ödeme yapamıyorum.
Ödeme ekranında banka listesi gelmiyor.
Ödeme işlemim yarıda kaldı, ne yapmalıyım?
Kartımdan para çekildi ama sipariş oluşmadı.
Ödeme yöntemi geçersiz diyor.
Cüzdan bakiyemle ödeme yapamıyorum.
Ödeme yaparken bankanızdan onay alınamadı diyor.
Ödeme adımında kart bilgileri kabul edilmiyor.
Ödeme yapamıyorum, hep aynı hatayı veriyor.
Kart limitim yetiyor ama işlem reddediliyor.
Kartım [limitli değil|bakiyem yeterli] ama ödeme sürekli reddediliyor.
3D Secure ekranında [SMS gelmiyor|kod kabul edilmiyor], ödeme tamamlanmıyor.
[Banka kartımla|Kredi kartımla] ödeme yapamıyorum, hata veriyor.
Ödeme sayfası "işlem başarısız" diyor, bankam sorun yok diyor.
Ödeme yaparken "kart bilgileriniz doğrulanamadı" uyarısı alıyorum, oysa kartı başka sitelerde sorunsuz kullanıyorum.
Yurt dışından aldığım kartla ödemeyi denedim, işlem hiçbir açıklama olmadan reddedildi.
{amount} tutarındaki alışverişimde banka onay sayfası açılıp hemen kapanıyor, ödeme gerçekleşmiyor.
Ön ödemeli kartımı kabul etmiyorsunuz sanırım, her denemede ödeme başarısız oluyor.
Ödeme sayfasında 3D Secure ekranı açılmıyor, işlem yarıda kalıyor.
Kartımda limit var ama "işlem onaylanmadı" hatası alıyorum.
Banka onay SMS'i geliyor ama ödeme başarısız diyor.
{amount} ödemeye çalışıyorum, kartım reddediliyor, bankam sorun yok diyor.
Sanal kartla ödeme yapamıyorum, kart bilgileri hatalı diyor ama hepsi doğru.
""",
    "cift_cekim": """
Kartımdan iki kez ödeme çekildi.
Aynı sipariş için iki kere para çekilmiş.
{amount} iki defa kartımdan çekildi!
Çift çekim yapılmış, iade bekliyorum.
Ödemem iki kez alınmış, ekstrede iki işlem var.
Tek sipariş verdim, hesabımdan iki kere para gitti.
Charged twice, kartımdan iki kez {amount} çekildi.
Hesap ekstremde aynı tutar iki kere görünüyor.
İki kere ödeme alındı, birini iade edin.
{date} alışverişimde kartımdan çift çekim olmuş.
Mükerrer çekim var, kontrol eder misiniz?
Ödeme ekranı takıldı, tekrar denedim, iki kez çekmişsiniz.
{card} numaralı kartımdan iki kez çekim yapıldı.
Kartıma aynı siparişten iki provizyon düştü.
Bir ürün aldım, iki kere ödeme yaptım gibi görünüyor.
{amount} tutarında iki işlem var, biri fazla.
Çift ödeme yapılmış, param ne zaman iade edilir?
Bankadan bildirim geldi, iki kez çekim olmuş.
İki kez tahsilat yapılmış, bu nasıl olur?
Paramı iki kere aldınız!
Aynı tutar kartımdan iki kere düştü, sipariş bir tane.
Double charge olmuş, iade istiyorum.
Ekstremde {amount} iki kere yazıyor.
Kartımdan fazladan çekim yapıldı.
Bir siparişin parası iki kez çekilmiş.
Kartımdan aynı ödeme iki kere alınmış, kontrol eder misiniz?
Fazladan tahsilat yapılmış, iadesini istiyorum.
Aynı alışveriş için hesabımdan iki ödeme çıkmış.
Çift ödeme alınmış, düzeltin lütfen.
Ekstremde {amount} tutarında mükerrer işlem var.
Bir kere sipariş verdim ama ekstrede [iki ayrı|aynı tutarda iki] çekim var.
Kartımdan {amount} iki kez çekilmiş, fazlasını iade edin.
Sipariş bir tane, ödeme [iki tane|mükerrer] alınmış.
Bankam iki ayrı provizyon görünüyor dedi, biri iptal edilsin.
Siparişi bir kere onayladım ama banka uygulamamda aynı mağazadan iki ayrı harcama var, birinin iadesini rica ediyorum.
{date} yaptığım alışverişin ücreti kartımdan bir değil iki sefer tahsil edilmiş.
Ödeme ekranında geri tuşuna basıp yeniden ödedim, şimdi hesabımdan iki ayrı kez {amount} eksilmiş.
Telefonuma art arda iki harcama bildirimi düştü, oysa tek ürün aldım; fazla alınan ücret ne zaman geri yatar?
{amount} tutarında tek bir sipariş verdim fakat kredi kartı borcum bunun iki katı görünüyor.
Bir alışveriş, iki ödeme. Bu nasıl oldu?
{card} kartımdan aynı dakikada iki çekim yapılmış, fazladan alınanı geri istiyorum.
Bankam "iş yeri iki kez tahsilat yapmış, iadeyi onlar başlatmalı" dedi; bu çifte ödemeyi düzeltir misiniz?
Uygulama ödeme sırasında donunca tekrar denedim, sonuçta para iki kere gitti ama sipariş tek oluştu.
Hesap hareketlerime baktım, {date} aynı tutar iki satır halinde düşmüş; ikinci çekim hatalı.
Bir siparişe iki ödeme alınması kabul edilemez, fazladan kesilen {amount} iade edilmeli.
Banka kartımdan aynı alışveriş için iki kere para kesildi, hesabım eksiye düştü.
Tek siparişim var ama hem provizyon hem de ikinci bir tahsilat görünüyor, hangisi iptal olacak?
Kartımdan mükerrer tahsilat yapıldığını fark ettim, fazladan ödenen tutarın kartıma iadesini talep ediyorum.
Tek sipariş verdim ama kartımdan iki kez {amount} çekilmiş.
Ekstremde aynı alışveriş için iki ayrı tahsilat görüyorum.
Ödeme hata verdi diye tekrar denedim, şimdi iki kere para çekilmiş.
{date} yaptığım alışveriş kartıma mükerrer yansımış, fazlasını iade edin.
""",
    "taksit_secenekleri": """
{amount} tutarındaki alışverişe kaç taksit yapabiliyorsunuz?
{amount} için taksit seçenekleri neler?
{product} almak istiyorum, {amount}, taksit var mı?
{amount} alışverişte hangi bankalara taksit var?
{amount} ürünü 6 taksitle alabilir miyim?
{amount} sepetime kaç taksit çıkıyor?
Taksit seçenekleri nelerdir? Tutar {amount}.
{amount} için vade farksız taksit var mı?
{amount} tutar için 12 taksit mümkün mü?
Kredi kartıma {amount} alışverişte taksit yapılıyor mu?
{amount} olan ürüne taksit seçenekleri görebilir miyim?
Installment options neler? {amount}
{amount} için en fazla kaç taksit?
{amount} ödemeyi bölebilir miyim?
Sepet tutarım {amount}, taksitli ödeyebilir miyim?
{amount} için hangi kartlarda taksit var?
{amount} harcamaya 3 taksit olur mu?
{amount} tutarında taksit imkanı var mı?
Taksit yapıyor musunuz?
Hangi bankalarda taksit var?
Taksit seçenekleri neler?
Kaç taksite kadar bölebiliyorum?
{amount} ürün için taksit yapabiliyor musunuz?
{amount} harcamada banka kartlarına taksit var mı?
{amount} için taksit tablosunu görebilir miyim?
{product} için {amount}, kaç taksit olur?
{amount} tutarı kaç aya bölünebilir?
{amount} alışveriş yapacağım, taksit imkanları neler?
Taksitli alabilir miyim?
Taksit olanağınız var mı?
{amount} tutarındaki alışverişe [kaç taksit|taksit] yapılabiliyor?
[Bonus|World|Maximum] kartla {amount} için taksit var mı?
Taksitli alırsam vade farkı ödüyor muyum?
Hangi kartlara taksit imkanınız var?
{amount} tutarındaki sepetimi kredi kartıma dokuz taksitle bölebilir miyim, vade farkı olur mu?
{product} fiyatı {amount}, bunu aylık taksitlerle ödemek istiyorum, hangi bankalarla mümkün?
{amount} harcamada taksit sayısı karttan karta değişiyor mu, en uzun vade nedir?
Alacağım ürünü taksitlendirmek istiyorum, hangi seçenekleri sunuyorsunuz?
{amount} tutarında alışverişe kaç taksit yapabiliyorsunuz?
Bonus kartla {amount} ödemede 9 taksit mümkün mü?
{amount} tutarındaki sepetim için vade farksız taksit seçeneği var mı?
Taksitli alırsam {amount} tutara faiz ekleniyor mu?
Kredi kartıma {amount} için 6 taksit yapılabiliyor mu?
""",
    "kapida_odeme": """
Kapıda ödeme var mı?
Kapıda nakit ödeyebilir miyim?
Kapıda kredi kartıyla ödeme yapılıyor mu?
Kapıda ödeme seçeneği neden çıkmıyor?
Kapıda ödemede ek ücret var mı?
Teslimatta ödeme yapabilir miyim?
Kapıda nakit ödeyebiliyor muyum?
Kapıda ödeme hangi ürünlerde geçerli?
Kapıda ödeme limiti ne kadar?
Kapıda ödeme seçebilir miyim, kartım yok.
Ürünü görmeden ödemek istemiyorum, kapıda ödeme yapılıyor mu?
Kapıda ödeme ile sipariş verebilir miyim?
Kapıda ödemede kartla mı nakitle mi?
Kapıda ödeme seçtim, kurye pos cihazı getirir mi?
Kapıda ödeme hizmeti her şehirde var mı?
Kapıda ödeme yapınca fatura nasıl geliyor?
Kapıda ödeme neden kaldırıldı?
Ödemeyi teslim alırken yapsam olur mu?
Kapıda ödeme ücreti ne kadar?
Kapıda ödemede taksit var mı?
Kapıda ödeme seçeneğini göremiyorum.
Kapıda ödeme yapmak istiyorum, mümkün mü?
Kapıda ödeme yapabilir miyim?
Kapıda ödeme seçeneği hangi siparişlerde var?
Kapıda ödeme yapılabiliyor mu, kartla?
Kapıda ödeme ücreti alınıyor mu?
Kapıda ödeme seçeneği neden pasif?
Kapıda ödeme yöntemi var mı?
Kapıda ödeme yapınca ek ücret çıkar mı?
Kapıda ödemeyi nakit yapsam olur mu?
Kapıda [kartla|nakit] ödeme yapabiliyor muyum?
Kapıda ödeme seçeneği neden [çıkmıyor|görünmüyor]?
Kapıda ödemede ek ücret alıyor musunuz?
Ürünü teslim alırken ödesem olur mu?
Kapıda ödeme seçersem kuryeye temassız kartla ödeyebilir miyim?
Adresime kapıda ödemeli sipariş verebiliyor muyum, yoksa bazı bölgelerde bu seçenek kapalı mı?
Kapıda ödemeli siparişi teslim almazsam bir ceza ya da ek ücret çıkıyor mu?
İnternete kart bilgisi girmek istemiyorum, ürünü teslim alırken ödeme yapma imkânınız var mı?
Kurye geldiğinde nakit versem sipariş olur mu?
Ödeme seçeneklerinde teslimatta ödeme yok, neden?
Kapıda ödemeli siparişlerde ek hizmet bedeli ne kadar?
Paket gelince kuryeye kartla ödeyebilir miyim, internetten kart girmek istemiyorum.
Kapıda ödeme yaparken kurye para üstü verebiliyor mu?
Bu satıcıda neden kapıda ödeme kapalı?
Önce ürünü göreyim sonra öderim diyorum, bu mümkün mü?
Kapıda kartla ödeme yapabiliyor muyum?
Kapıda nakit öderken ek ücret alınıyor mu?
""",
    "fatura_ister": """
{order} numaralı siparişimin faturasını gönderir misiniz?
{order} nolu siparişin faturası bana ulaşmadı.
Fatura istiyorum, sipariş no: {order}
{order} siparişimin e-faturasını mail atabilir misiniz?
{order} numaralı siparişin faturasını tekrar gönderin lütfen.
{invoice} numaralı faturayı tekrar yollar mısınız? Sipariş {order}
{order} nolu siparişin faturası lazım, garanti için istiyorlar.
Faturamı bulamıyorum, {order} numaralı sipariş.
{order} siparişimin faturasını nereden indirebilirim?
E-faturamı gönderir misiniz? {order}
{order} numaralı siparişimin faturası e-postama gelmedi.
{order} nolu sipariş için fatura talep ediyorum.
{product} faturası lazım, sipariş numaram {order}.
{order} siparişinin faturasının bir kopyasını alabilir miyim?
{date} aldığım ürünün faturası yok, {order} numaralı sipariş.
Muhasebe için {order} nolu siparişin faturası gerekiyor.
{order} numaralı siparişin faturasını PDF olarak alabilir miyim?
{order} siparişimin faturası nerede?
Fatura gelmedi! {order}
{invoice} nolu faturayı göremiyorum, {order} siparişine ait.
{order} nolu siparişin faturasını tekrar mail atar mısınız?
Faturamı gönderir misiniz?
Siparişimin faturası gelmedi.
{product} faturasını alabilir miyim?
Fatura lazım, nereden indiririm?
{order} numaralı siparişin faturasını gönderir misiniz, şirkete lazım.
{order} nolu siparişin e-arşiv faturası nerede?
{order} faturası elime ulaşmadı.
{order} siparişimin faturasını tekrar yollayın.
{order} numaralı siparişin faturasını indiremiyorum.
{order} numaralı siparişin faturası [hesabımda|siparişlerimde] görünmüyor, [gönderir misiniz|iletir misiniz]?
Muhasebeye vermem lazım, {order} nolu siparişin faturasını PDF olarak [atar mısınız|gönderir misiniz]?
{order} siparişimin faturası hiç kesilmemiş galiba, bir kopyasını istiyorum.
Bilgiler doğru, sadece faturanın kendisi lazım: sipariş {order}.
{order} numaralı siparişin e-arşiv faturasını [indiremiyorum|açamıyorum], mail ile yollar mısınız?
Garanti için faturaya ihtiyacım var, {order} nolu siparişin faturasını gönderin lütfen.
Faturam nerede, siparişlerimde bulamadım?
Geçen siparişin faturası [mailime düşmedi|elime ulaşmadı], tekrar gönderir misiniz?
{order} numaralı siparişin fatura bilgileri doğru, sadece faturayı hiç görmedim; e-posta adresime iletir misiniz?
İşyerim masraf belgesi istiyor, {order} nolu siparişime ait faturayı bana ulaştırabilir misiniz?
{date} teslim aldığım {order} numaralı siparişin faturası kutudan çıkmadı, dijital kopyasını rica ediyorum.
{invoice} numaralı faturanın kendisini görmem gerekiyor, {order} siparişime ait; bana tekrar yollar mısınız?
{product} için garanti başvurusu yapacağım, {order} nolu siparişin faturası elimde yok, gönderebilir misiniz?
Fatura bilgilerimde değişiklik istemiyorum; {order} numaralı siparişin faturası nereden indirilir onu soruyorum.
Aldığım ürünlerin faturalarını toplu halde almam mümkün mü?
Faturayı kutuya koymamışsınız, e-fatura olarak nereden bulabilirim?
{order} siparişimin faturasını e-posta ile alabilir miyim?
{order} faturası sipariş detayında görünmüyor, gönderir misiniz?
E-arşiv faturamı bulamadım, sipariş no {order}
{order} numaralı siparişe ait faturanın PDF'ini iletir misiniz?
Garanti başvurusu için faturaya ihtiyacım var, sipariş {order}
{order} numaralı siparişin faturası paketten çıkmadı, e-fatura olarak gönderebilir misiniz?
Kutuda fatura yoktu, {order} siparişimin faturasını {email} adresine mail atar mısınız?
{order} nolu siparişin faturasını şirketim için istiyorum, nereden indirebilirim?
Faturam gelmedi, {order} siparişinin faturasını tekrar yollar mısınız?
{product} aldığım siparişin faturasına ihtiyacım var, sipariş {order}
{order} siparişinin fatura PDF'i açılmıyor, yeniden gönderir misiniz?
Muhasebe için {order} numaralı siparişin faturasını rica ediyorum.
Fatura nerede görünüyor? {order} siparişimin faturasını bulamadım.
""",
    "fatura_bilgisi_degistir": """
Faturamı kurumsal olarak kesebilir misiniz?
Fatura bilgilerimi değiştirmek istiyorum.
Faturayı şirket adına istiyorum, vergi numarası vereceğim.
Fatura adresimi güncellemem lazım.
Faturada adım yanlış yazılmış, düzeltebilir misiniz?
Bireysel fatura yerine kurumsal fatura istiyorum.
Faturadaki TC kimlik numarasını düzeltmek istiyorum. TC: {tckn}
Fatura başka birinin adına kesilsin istiyorum.
Vergi dairesi bilgisini faturaya eklemek istiyorum.
Faturamdaki unvanı değiştirebilir misiniz?
Kesilmiş faturayı şirketim adına yeniden kesebilir misiniz?
Fatura bilgilerinde hata var, güncellemek istiyorum.
Fatura adresini farklı bir adres yapmak istiyorum: {address}
E-fatura yerine e-arşiv olması lazım, değiştirebilir misiniz?
Fatura bilgilerime şirket unvanı eklenecek, nasıl yaparım?
Faturayı babamın adına kesin lütfen.
Faturada kimlik numaram eksik, ekler misiniz? TC: {tckn}
Şirket faturası için vergi numaramı nereye gireceğim?
Fatura adımı soyadımı düzeltmek istiyorum.
Faturadaki adres eski, yenisi şu: {address}
Kurumsal fatura seçeneğini sonradan ekleyebilir miyim?
Faturamı şahıs şirketim adına alabilir miyim?
Fatura bilgilerimi nereden değiştirebilirim?
Fatura unvanı yanlış girildi, düzeltme rica ediyorum.
Faturadaki firma adını değiştirmek istiyorum.
Fatura bilgilerim eski kalmış, güncelleyebilir misiniz?
Faturayı kurumsal kesin, vergi numaram var.
Fatura adresimi değiştirmek istiyorum.
Faturamı şirket adına düzenleyebilir misiniz?
Fatura bilgilerimi nasıl güncellerim?
Faturadaki unvanı [düzeltmek|değiştirmek] istiyorum, şirket adı eksik yazılmış.
Vergi dairesi ve vergi numarasını [sonradan ekleyebilir miyim|faturaya işleyebilir misiniz]?
Fatura gelmiş ama [TC kimlik yerine vergi numaram|şahıs yerine şirketim] yazılmalıydı, değiştirebilir misiniz?
Faturayı kesilmeden önce kurumsal bilgilerimi girmek istiyorum, nereden yapıyorum?
Faturanın kendisini değil, üzerindeki bilgileri değiştirmek istiyorum.
Fatura adresi eski evim görünüyor, [yenisiyle güncelleyin|düzeltilsin] lütfen.
Kesilmiş faturada ad soyad hatalı, yeniden düzenlenebilir mi?
Şirketim adına fatura istiyorum, bireysel kesilmiş.
Faturadaki vergi numaram bir hane eksik girilmiş, düzeltilip yeniden kesilmesini istiyorum.
Fatura bana ulaştı ama üzerindeki şirket unvanı eski; yeni unvanımızla düzenleyebilir misiniz?
Bundan sonraki faturalarımın bireysel değil şirketim adına kesilmesi için bilgilerimi güncellemek istiyorum.
Faturada görünen adres yanlış, fatura adresi olarak bunu kullanın: {address}
Faturada soyadım evlenmeden önceki haliyle yazıyor, yeni soyadımla düzeltilmesini rica ediyorum.
Kesilen faturada vergi dairesi yanlış seçilmiş, doğru vergi dairesiyle yeniden düzenlenmesini istiyorum.
Faturada TC kimlik numaram hatalı görünüyor, doğrusu {tckn}; faturayı bu bilgiyle yenileyebilir misiniz?
Faturayı almakta sorun yok, sorun içeriğinde: kurumsal bilgiler eksik, şirket adı ve vergi numarası eklensin.
Faturayı şahsıma değil şirketime kesmeniz gerekiyordu, düzeltebilir misiniz?
Faturadaki adres yanlış, {address} olarak değiştirin.
Faturada vergi numarası eksik, yeniden düzenlemeniz gerekiyor.
Fatura ünvanını değiştirmek istiyorum, nereden yapabilirim?
Kurumsal fatura istiyorum, vergi dairesi bilgilerimi nereye gireceğim?
""",
    "urun_bilgi": """
{product} hakkında bilgi alabilir miyim?
{product} orijinal mi?
{product} hangi malzemeden yapılmış?
{product} özellikleri neler?
{product} su geçirmez mi?
{product} kutusunda neler var?
{product} kaç watt?
{product} hangi satıcıdan geliyor?
{product} telefonumla uyumlu mu?
{product} pamuklu mu?
<giyim> {product} yıkanabilir mi?
{product} ölçüleri nedir?
<elektronik> {product} garantili mi?
{product} için kullanım kılavuzu var mı?
{product} Türkçe menülü mü?
{product} ürün detaylarını alabilir miyim?
{product} hakkında detaylı bilgi istiyorum.
{product} ağırlığı ne kadar?
<giyim,ayakkabı> {product} hangi renklerde var?
{product} yeni model mi?
{product} kaç yaş için uygun?
<elektronik> {product} ile ilgili bir sorum var, şarjı ne kadar gidiyor?
{product} nerede üretilmiş?
<giyim,ayakkabı> {product} kalıbı nasıl?
Bu ürün hakkında bilgi alabilir miyim?
Ürünün özellikleri nelerdir?
Ürün orijinal mi?
Sepetimdeki ürün hakkında soru soracaktım.
<giyim,ayakkabı> {product} kaç renk seçeneği var?
{product} ikinci el mi sıfır mı?
{product} için teknik özellikleri paylaşır mısınız?
{product} hakkında biraz bilgi verir misiniz?
{product} kaliteli mi?
{product} ne işe yarıyor?
{product} [orijinal mi|ithal mi|yerli üretim mi]?
{product} ölçüleri nedir, [ağırlığı|boyutları] ne kadar?
<elektronik> {product} kutudan [şarj aletiyle|aksesuarlarıyla] birlikte mi çıkıyor?
Bu ürünün özellikleri hakkında bilgi alabilir miyim?
<kozmetik> {product} hassas cilt için uygun mu, içeriğinde paraben var mı?
<elektronik> {product} hangi bağlantı özelliklerini destekliyor, kaç yıl yazılım güncellemesi alır?
{product} ile aynı markanın önceki modeli arasında ne fark var?
<kitap> {product} hangi yayınevinden çıkmış, baskısı ciltli mi?
{product} hangi malzemeden üretiliyor, yıkanabilir mi?
{product} kutu içeriğinde neler var, yanında başka parça geliyor mu?
{product} ile benzerlerinden hangisi daha dayanıklı, özelliklerini anlatır mısınız?
{product} kullanım talimatı Türkçe mi?
{product} ürününün ölçüleri nedir?
{product} orijinal mi, faturalı mı geliyor?
<elektronik> {product} kaç watt, enerji sınıfı nedir?
{product} hakkında detaylı bilgi verebilir misiniz?
<elektronik> {product} ile ilgili teknik özellikleri paylaşır mısınız?
""",
    "stok_sor": """
{product} stokta var mı?
{product} ne zaman stoğa girer?
{product} tükenmiş, tekrar gelecek mi?
<giyim> {product} {size} beden stokta var mı?
{product} stok durumu nedir?
{product} gelince haber verir misiniz?
{product} neden satışta değil?
{product} son kaç tane kaldı?
{product} stoklarda mı?
{product} stoklara ne zaman gelir?
<ayakkabı> {product} {size} numara kalmadı mı?
{product} tekrar satışa çıkacak mı?
{product} sepete eklenmiyor, stok yok mu?
{product} stokta görünmüyor, bekleyeyim mi?
{product} depoda var mı?
{product} için stok bilgisi alabilir miyim?
{product} tükendi yazıyor, ne zaman gelir?
{product} bulunuyor mu şu an?
{product} stok yenilenecek mi?
{product} kaç adet var?
{product} yeniden stoğa girdiğinde alabilir miyim?
Bu ürün stokta var mı?
Tükenen ürünler ne zaman gelir?
Aradığım ürün stokta yok, ne zaman gelir?
{product} ne zaman tekrar gelir?
{product} stokta kaldı mı?
{product} mevcut mu?
{product} stok bilgisi var mı?
{product} tükendi mi?
<giyim> {product} {size} beden ne zaman gelir?
Stokta olmayan ürün ne zaman gelir?
{product} tükendi yazıyor, [tekrar gelecek mi|stoğa ne zaman girer]?
{product} için stok uyarısı kurabilir miyim?
{product} [depoda|mağazada] kaldı mı?
İstediğim ürün stokta yok, ne zaman gelir?
{product} ürününden birkaç adet almak istiyorum, stokta yeterli sayıda var mı?
<giyim,ayakkabı> {product} sadece {size} bedende tükenmiş görünüyor, o beden yeniden gelecek mi?
Kampanya başlamadan {product} tükenir mi, şu anki stok durumu nasıl?
Favorilerimdeki ürün stokta yok yazıyor, tekrar satışa çıkacak mı?
{product} tekrar gelirse bana bildirim gelir mi?
{product} sayfasında "tükendi" yazıyor, yakında stok yenilenecek mi?
<giyim,ayakkabı> {product} için {size} beden bulunur mu, yoksa tamamen bitti mi?
{product} mağazalarda var ama sitede yok, stoğa eklenecek mi?
{product} ürününden elinizde kaç tane kaldı?
Tükenmeden {product} almak istiyorum, stok bitmek üzere mi?
{product} hangi depoda var, bir sonraki parti ne zaman gelir?
Ürün satışa kapalı görünüyor, tekrar açılacak mı?
{product} stoklara ne zaman girer?
{product} tükendi yazıyor, tekrar gelecek mi?
{product} için "gelince haber ver" dedim, ne zaman gelir?
{product} depoda kaç tane kaldı?
""",
    "fiyat_sor": """
{product} fiyatı ne kadar?
{product} kaç TL?
{product} indirime girecek mi?
{product} fiyatı neden arttı?
{product} ne kadar?
{product} fiyatı sepette farklı görünüyor, hangisi doğru?
{product} en uygun fiyatı nedir?
{product} kaça?
{product} etiket fiyatı nedir?
{product} fiyat bilgisi alabilir miyim?
{product} fiyatına KDV dahil mi?
{product} fiyatı ne oldu, daha önce farklıydı?
{product} şu an kaç lira?
{product} için güncel fiyat nedir?
{product} fiyatı düşer mi?
{product} diğer satıcıda daha ucuz, fiyatınız ne?
{product} kaç paraya satılıyor?
{product} fiyatı kargo dahil mi?
{product} ücreti ne kadar?
{product} fiyatını öğrenebilir miyim?
Bu ürünün fiyatı ne kadar?
Fiyatı neden değişti?
Sepetteki ürünün fiyatı doğru mu?
{product} fiyatı kaç?
{product} ne kadara satılıyor?
{product} fiyatında indirim var mı?
{product} kaç liraya?
{product} fiyatı neden farklı görünüyor?
{product} şu an ne kadar?
{product} fiyatını söyler misiniz?
Fiyat ne kadar?
{product} [sepette|uygulamada] neden farklı fiyat gösteriyor?
{product} indirime girecek mi, fiyatı ne kadar?
{product} için [kargo dahil|vergiler dahil] son fiyat ne?
Bu ürünün güncel fiyatı nedir?
{product} için kargo dahil ödeyeceğim toplam tutar ne kadar tutuyor?
{product} fiyatı sabah başka, akşam başka görünüyor; güncel satış fiyatı hangisi?
{product} birden fazla satıcıda var, en düşük fiyatı hangisi veriyor?
Beğendiğim ürünün fiyatını öğrenmek istiyorum, nasıl bakabilirim?
{product} kaç lira?
{product} fiyatı ne kadar, kargo dahil mi?
{product} için en uygun fiyat bu mu?
""",
    "beden_danisma": """
<giyim> {product} için hangi bedeni almalıyım?
<giyim> {product} kalıbı dar mı, bir beden büyük mü almalıyım?
<giyim> Boyum 1.70, kilom 65, {product} hangi beden olur?
<giyim> {product} {size} beden bana olur mu?
{product} normal kalıp mı?
Normalde {size} giyiyorum, {product} için ne önerirsiniz?
<giyim> {product} beden tablosu nerede?
<ayakkabı> {product} numarası küçük mü geliyor?
{product} için {size} mi almalıyım, bir büyüğü mü?
{product} ölçü tablosu var mı?
<giyim> {product} bedenleri standart mı?
<ayakkabı> {product} dar mı geliyor, bir numara büyük mü almalıyım?
<giyim> {product} oversize mı, kendi bedenimi mi almalıyım?
<giyim> {product} boyu uzun mu?
<anne & bebek> {product} çocuk için hangi yaş bedeni?
<giyim> {product} {size} bedenin ölçüleri nedir?
<giyim> {product} beden önerisi alabilir miyim?
{product} kalıbı küçük mü?
<giyim> {product} bel ölçüsü kaç?
{product} esnek mi, {size} yeter mi?
Hangi bedeni almam gerekir?
Beden tablonuz nerede?
Beden konusunda yardım lazım.
{product} kalıbı nasıl, büyük mü geliyor?
<giyim> {product} için beden önerir misiniz?
{product} bana {size} olur mu sizce?
<giyim> {product} beden ölçüleri nedir?
<giyim> {product} bedeni tam mı?
<giyim> {product} için beden seçemedim.
{product} {size} almayı düşünüyorum, uygun mu?
Kalıplarınız büyük mü küçük mü?
<giyim> {product} [yıkayınca çeker mi|yıkamada küçülür mü], hangi bedeni almalıyım?
<ayakkabı> {product} kalıbı [geniş ayağa|dar ayağa] uygun mu, kaç numara almalıyım?
<giyim> {product} [boyum kısa|omuzlarım geniş], hangi beden uyar?
Beden seçerken neye dikkat etmeliyim?
<ayakkabı> Spor ayakkabılarda {size} giyiyorum, {product} için aynı numara uyar mı?
<giyim> {product} üzerimde bol dursun istiyorum, bir beden büyük almak mantıklı olur mu?
<giyim> Göğsüm geniş ve kollarım uzun, {product} modelinde hangi bedeni önerirsiniz?
<giyim> Hediye alacağım, kişi genelde orta beden giyiyor; {product} için hangi bedeni seçeyim?
Normalde {size} giyiyorum, {product} kalıbı dar mı geniş mi?
{product} için beden tablosu var mı, hangi bedeni almalıyım?
{product} bir beden büyük mü alınmalı, yorumlarda küçük diyorlar.
{product} ile ilgili beden önerisi alabilir miyim, iki beden arasında kaldım.
""",
    "garanti_servis": """
Garanti süresi kaç yıl?
Ürünüm bozuldu, garantiden yararlanabilir miyim?
Yetkili servis nerede?
{product} garantisi var mı?
Garanti belgesi kutudan çıkmadı.
Garanti kapsamında tamir nasıl yapılıyor?
Servise nasıl göndereceğim?
{product} arızalandı, servis nerede?
İthalatçı garantili mi distribütör garantili mi?
Garanti başvurusu nasıl yapılır?
Ürünün garantisi bitti mi, nasıl öğrenirim?
Garantisi kaç yıl oluyor?
{product} için yetkili servis listesi var mı?
Garanti süresi içinde ürün değişimi yapılıyor mu?
Servis ücreti alınır mı?
Ekranı kırıldı, garantiye girer mi?
Garanti belgemi kaybettim, ne yapmalıyım?
Fatura garanti belgesi yerine geçer mi?
Garanti için ürünü kime göndereceğim?
{product} servise gitti, ne kadar sürer?
Garanti şartları neler?
Ürünüm garanti kapsamında mı?
Servis süresi ne kadar?
Garanti kapsamı nedir?
{product} garantisi kaç yıl?
Garantili ürün bozulursa ne yapmalıyım?
Servis başvurusunu nereden yapıyorum?
Garanti süresi ne kadar?
Tamir için servise göndermem gerekiyor mu?
Garanti belgesi dijital mi?
{product} [garanti belgesi|fatura] olmadan servise kabul edilir mi?
{product} garantisi [resmi distribütör|ithalatçı] garantisi mi?
Garanti süresi [fatura tarihinden mi|teslimattan mı] başlıyor?
Servis ürünü [geri göndermedi|bekletiyor], ne yapabilirim?
{product} arızalandı, garanti kapsamında tamir mi yapılıyor yoksa yenisiyle mi değiştiriliyor?
Garanti belgesinin onaylı bir kopyası gerekiyorsa bunu nereden temin edebilirim?
{product} için uzatılmış garanti paketi satın alabilir miyim?
Servisten dönen cihazım aynı arızayı tekrar verdi, garanti kapsamında ne yapılır?
{product} çalışmayı bıraktı, garanti kapsamında tamir ediliyor mu?
Garanti belgesi kutudan çıkmadı, {product} için garantim geçerli mi?
Yetkili servis nerede, {product} arıza verdi.
{product} için garanti süresi kaç yıl?
Cihazım garantideyken servise nasıl gönderebilirim?
""",
    "satici_iletisim": """
{order} numaralı siparişimin satıcısıyla nasıl iletişime geçebilirim?
{order} nolu siparişin satıcısına ulaşmak istiyorum.
Satıcıya soru sormak istiyorum, sipariş no: {order}
{order} siparişimin satıcısı kim?
{order} numaralı siparişteki satıcının iletişim bilgisi var mı?
Satıcıyla görüşmem lazım, {order} nolu sipariş.
{order} siparişinde satıcıya mesaj atamıyorum.
{product} satıcısına ulaşmak istiyorum, sipariş {order}.
{order} numaralı siparişin satıcısı cevap vermiyor.
Mağaza ile iletişime geçmek istiyorum: {order}
{order} nolu siparişim hangi mağazadan geliyor?
{order} siparişimin satıcısına not iletebilir misiniz?
{order} numaralı sipariş için satıcıya ulaşamıyorum.
Satıcı firma adını öğrenebilir miyim? {order}
{order} nolu siparişin satıcısına sorum var, nasıl yazarım?
{date} verdiğim {order} numaralı siparişin satıcısıyla konuşmak istiyorum.
{order} siparişimin satıcı bilgilerini paylaşır mısınız?
Satıcıya sor butonu çalışmıyor, {order} numaralı sipariş.
{order} nolu siparişi gönderen satıcı kim?
Satıcıyla nasıl iletişime geçerim?
Satıcının telefonu var mı?
Satıcıya ulaşamıyorum.
{product} satıcısına nasıl soru sorarım?
{order} numaralı siparişte satıcıya nasıl ulaşırım?
{order} nolu siparişin satıcısı kim, ulaşmak istiyorum.
{order} siparişimin satıcısıyla görüşebilir miyim?
Satıcı bilgisini öğrenmek istiyorum, sipariş {order}.
{order} numaralı siparişin satıcısına mesaj atamıyorum.
{order} siparişini gönderen firmaya ulaşmam lazım.
{order} numaralı siparişin satıcısı hangi firma?
{order} numaralı siparişin satıcısına [fatura için|ürün hakkında] soru sormak istiyorum.
{order} nolu siparişin satıcısı mesajlarıma [dönmüyor|cevap vermiyor], aracı olur musunuz?
Satıcının [mağaza sayfasına|iletişim bilgisine] nasıl ulaşırım?
{order} numaralı siparişimle ilgili satıcıya {date} mesaj attım, hâlâ yanıt gelmedi.
Satıcı mesajlarımı okuyup cevapsız bırakıyor, {order} nolu sipariş için onunla iletişim kurmamda yardımcı olur musunuz?
{order} siparişindeki {product} için hediye paketi isteyecektim, satıcıya bu notu nasıl iletebilirim?
{order} numaralı siparişi hangi mağaza gönderiyor, onlara doğrudan bir soru yöneltmek istiyorum.
Sipariş {order}: satıcının bir e-posta adresi ya da iletişim formu var mı, kendisiyle yazışmam gerek.
{product} ile ilgili bir ayrıntıyı satıcıya danışmak istiyorum, {order} nolu siparişteki mağazaya nasıl yazarım?
{order} siparişimde satıcıyla yazışma ekranı açılmıyor, mesajımı ona iletebilir misiniz?
{order} nolu siparişte satıcının bana yazdığı mesaja cevap veremiyorum, yanıt kutusu kapalı.
{date} verdiğim {order} numaralı siparişin satıcısı sorularıma dönüş yapmıyor, mağazayı uyarır mısınız?
{order} siparişimi hazırlayan satıcıya paketi kapıcıya bırakabileceğini iletmek istiyorum.
{order} numaralı sipariş için satıcıyla iletişime geçmem gerekiyor ama mağaza sayfasında iletişim bilgisi yok.
Satıcı hiç dönüş yapmıyor, mağazaya başka nasıl ulaşabilirim?
{product} satan mağazaya bir şey sormak istiyorum, satıcıya mesaj nereden gönderiliyor?
Satıcıyla doğrudan konuşabileceğim bir kanal var mı?
{order} siparişimin satıcısına soru sormak istiyorum, nasıl ulaşırım?
Satıcı mesajlarıma cevap vermiyor, {order} nolu sipariş.
{order} için satıcıyla iletişime geçebilir misiniz?
Satıcının telefon numarası var mı? Sipariş {order}
""",
    "kupon_kullanim": """
{coupon} kupon kodu çalışmıyor.
{coupon} kodunu girdim ama indirim uygulanmadı.
{coupon} kuponu geçersiz diyor, neden?
Kuponum sepette görünmüyor, kod {coupon}.
{coupon} kodu kullanılamıyor hatası veriyor.
Bana tanımlanan {coupon} kuponu çalışmıyor.
{coupon} indirim kodunu nereye yazacağım?
{coupon} kuponu süresi dolmuş diyor, daha yeni aldım.
{coupon} kupon kodu işe yaramıyor.
Sepetime {coupon} kodunu uygulayamıyorum.
{coupon} kuponu minimum sepet tutarı yüzünden mi olmuyor?
{coupon} kodu hangi ürünlerde geçerli?
{coupon} kuponum kaybolmuş, kullanamıyorum.
{coupon} kodunu denedim, bu kod size ait değil diyor.
{coupon} indirimi neden düşmedi?
{coupon} kuponunun son kullanma tarihi ne?
Kampanya kodu {coupon} çalışmıyor!!
{coupon} kupon kodunu kullanmama yardımcı olur musunuz?
{coupon} kodu bende hata veriyor.
{coupon} kodum neden kabul edilmiyor?
Kupon kodum çalışmıyor.
İndirim kuponu sepette uygulanmıyor.
Kuponumu kullanamıyorum, neden?
Tanımlanan kupon görünmüyor.
{coupon} kodu uygulanmıyor.
{coupon} kuponunu kullanamıyorum.
{coupon} kodu neden geçersiz?
{coupon} kupon kodu hata veriyor.
{coupon} kuponu sepette düşmüyor.
{coupon} kodum çalışmadı.
Kuponum sepette görünmüyor.
{coupon} kodunu girince "[kampanya koşulları sağlanmadı|geçersiz kod]" diyor, neden?
{coupon} sepette [indirim düşmüyor|görünmüyor], süresi mi doldu?
Hediye çekimi sepette nasıl kullanacağım?
Kupon kodum hiç çalışmıyor.
Sepette {coupon} yazıp uygula dediğimde hiçbir şey olmuyor, tutar aynı kalıyor.
{coupon} kodunu doğum günüm için hediye olarak göndermiştiniz, şimdi kullanmak istiyorum ama reddediliyor.
{coupon} kuponunu hangi kategorideki ürünlerde kullanabilirim, elektronikte kabul etmiyor.
Arkadaşımın paylaştığı {coupon} kodunu kendi hesabımda kullanmam mümkün mü?
{coupon} kodunu girince "bu kupon başka bir kampanyayla birleştirilemez" uyarısı çıkıyor, ne yapmalıyım?
{coupon} kuponunu ödeme adımında nereye yazacağımı bulamadım, kod alanı görünmüyor.
E-postayla gelen {coupon} indirim koduyla sepetimden ne kadar düşeceğini öğrenebilir miyim?
{coupon} kodunu bir kez denedim, sipariş oluşmadı; şimdi "kullanılmış kupon" diyor.
{coupon} kuponum hesabımda tanımlı görünüyor ama sepette seçilebilir değil.
İndirim kodum {coupon}, sepet tutarını yükselttim yine de geçerli olmadı.
{coupon} kodunu kullandım ama indirim sadece bir ürüne uygulandı, tüm sepete uygulanması gerekmiyor muydu?
Bana SMS ile bir indirim kodu geldi, bunu siparişte nasıl kullanıyorum?
Kupon kodunu yazdım ama "geçersiz kupon" uyarısı aldım, kodu sizin tarafta kontrol edebilir misiniz?
Uygulamada kupon alanı yok, elimdeki indirim kodunu nereye gireceğim?
{coupon} kodunu girince "kupon geçersiz" diyor.
{coupon} indirim kodu sepette uygulanmıyor, neden?
Bana tanımlanan {coupon} kuponu hesabımda görünmüyor.
Kupon kodum {coupon}, minimum sepet tutarını geçtiğim halde çalışmıyor.
""",
    "kampanya_sor": """
Şu an hangi kampanyalar var?
Aktif kampanyalarınız neler?
İndirim kampanyası var mı?
Bu ay kampanya yapıyor musunuz?
Kampanyalardan nasıl haberdar olurum?
Güncel indirimler neler?
Sepette indirim kampanyası var mı?
Öğrenci indirimi var mı?
Bu hafta sonu indirim olacak mı?
Any campaigns şu an?
Kampanyalı ürünler hangileri?
Elektronikte kampanya var mı?
İkinci ürüne indirim kampanyası devam ediyor mu?
Yeni üyelere özel kampanya var mı?
Kampanya bilgisi alabilir miyim?
Şu anki fırsatlar neler?
Yılbaşı indirimleri başladı mı?
Kampanyalar ne zaman bitiyor?
Bankalara özel kampanya var mı?
Kampanya sayfasını bulamadım, neler var?
İndirim var mı şu an?
Hangi kampanyalardan yararlanabilirim?
Şu an geçerli kampanyalar neler?
Hangi ürünlerde indirim var?
Kampanya var mı bu aralar?
Yeni kampanyalar ne zaman başlar?
İndirim dönemi ne zaman?
Kampanyalı ürünleri nasıl görürüm?
Sepette ekstra indirim var mı?
Güncel kampanyalar hakkında bilgi verir misiniz?
[Okul|Bayram|Yılbaşı] kampanyası ne zaman başlıyor?
Bu ay [hangi kategorilerde|hangi markalarda] indirim var?
Sepette ek indirim veren bir kampanya var mı?
Kampanyalardan nasıl haberdar olabilirim?
Kozmetik ürünlerinde üç al iki öde gibi bir kampanya yapıyor musunuz?
Kartıma ekstra puan kazandıran bir alışveriş fırsatı var mı?
Büyük indirim günleri ne zaman başlayacak, önceden duyuru yapıyor musunuz?
Mobil uygulamaya özel kampanyalarınız neler, sitede görünmeyen fırsatlar var mı?
Şu sıralar hangi kategorilerde indirim var?
Black Friday indirimleri başladı mı?
Şu an geçerli bir sepette indirim kampanyası var mı?
Yeni üyelere özel bir fırsat var mı?
Kredi kartına özel kampanyalarınız neler?
""",
    "fiyat_dususu": """
{order} numaralı siparişi verdikten sonra fiyat düştü, farkı iade eder misiniz?
Aldığım {product} ertesi gün indirime girdi, fark iadesi istiyorum.
{date} aldığım ürün şimdi daha ucuz, aradaki farkı alabilir miyim?
Ben {amount} ödedim, şimdi fiyatı düşmüş.
Fiyat düştü, fark iadesi yapıyor musunuz?
{product} fiyatı siparişten sonra düştü, farkı isterim.
Siparişimi verdim, iki gün sonra kampanyaya girdi, haksızlık bu.
Ürünün fiyatı düşmüş, aradaki fark iade ediliyor mu?
{amount} fark var, iade eder misiniz?
Aynı ürün şu an daha ucuz, ben pahalıya aldım.
Fiyat koruma uygulamanız var mı?
Ürün indirime girdi, iptal edip yeniden mi almalıyım?
{product} için ödediğim fiyat şimdi düştü, ne yapabilirsiniz?
{date} sipariş verdim, fiyatı düştü, fark iadesi alabilir miyim?
Aldığım ürün indirime girmiş, farkı hesabıma yatırır mısınız?
Fiyat farkı iadesi talep ediyorum.
Sipariş verdikten sonra fiyat düşerse ne oluyor?
Bana pahalıya satılmış, şimdi indirimde.
{product} fiyatı {amount} düşmüş, aradaki farkı alabilir miyim?
Fiyatı düşen ürün için fark iadesi yapılıyor mu?
Kampanya başlamadan almıştım, fark ödenir mi?
Ucuzlayan ürün için para iadesi var mı?
Aldıktan sonra fiyatı düştü, fark iadesi istiyorum.
Aldığım ürünün fiyatı düştü.
{product} fiyatı siparişten sonra düştü.
Fiyat farkını geri alabilir miyim?
Ürün ucuzladı, ben pahalıya aldım.
Fiyat düşüşü için iade var mı?
Fiyatı düşen ürün için ne yapabilirim?
Fark iadesi yapıyor musunuz?
Aldığım ürünün fiyatı [ertesi hafta|kısa süre sonra] düştü, aradaki farkı alabilir miyim?
{order} numaralı siparişi aldıktan sonra indirime girdi, fark iadesi yapıyor musunuz?
Fiyat garantiniz var mı, ürün ucuzladı?
{product} için ödediğim fiyatla şu anki fiyat arasında {amount} fark var, bu farkı hesabıma iade edebilir misiniz?
Sipariş {order} henüz elime ulaşmadan ürün indirime girdi; iptal etmeden farkı geri alabilir miyim?
{date} tam fiyattan aldığım ürün şimdi kampanyada, bana da aynı indirim yansıtılabilir mi?
Aldığım ürünün fiyatı sepete eklediğim andan beri epey düştü, aradaki farkı telafi ediyor musunuz?
{product} aldıktan üç gün sonra {amount} ucuzladı, fark iadesi yapılıyor mu?
Sepette ödediğim fiyatla bugünkü fiyat aynı değil, {order} siparişim için indirimi bana da uygular mısınız?
Ben aldıktan hemen sonra indirim başladı, farkı kupon olarak verir misiniz?
{date} aldığım {product} şimdi daha düşük fiyata satılıyor, aradaki farkı talep ediyorum.
Fiyat düştüğü için iade edip tekrar almam mı gerekiyor, yoksa farkı iade ediyor musunuz?
Aynı ürünü arkadaşım {amount} daha ucuza aldı, ben neden pahalıya aldım?
Aldığım ürün kısa süre sonra indirime girdi, aradaki farkı iade eder misiniz?
{product} aldıktan sonra fiyatı düştü, fark iadesi alabilir miyim?
{date} {amount} ödediğim ürün şimdi daha ucuz, fark bana iade edilir mi?
Ben aldıktan hemen sonra kampanyaya girdi, farkı geri istiyorum.
""",
    "uyelik_problem": """
Hesabıma giriş yapamıyorum.
Giriş yap deyince hata veriyor.
Hesabım kilitlendi, açar mısınız?
Doğrulama kodu gelmiyor, giriş yapamıyorum.
Hesabım askıya alınmış, neden?
Üye olamıyorum, e-posta kayıtlı diyor.
Login olamıyorum, sürekli hata alıyorum.
Hesabım birden kapandı.
Uygulamada oturum açılmıyor.
Kayıtlı e-posta adresim {email} ama giriş yapamıyorum.
Hesabıma başkası girmiş olabilir, yardım edin.
İki tane hesabım var, birleştirebilir misiniz?
Google ile girişte hata alıyorum.
Hesabım dondurulmuş görünüyor.
Üyelik oluştururken telefon doğrulaması yapılmıyor.
SMS kodu gelmediği için hesabıma giremiyorum. Telefonum {phone}
Hesap bilgilerim görünmüyor, hesabım silinmiş gibi.
Giriş yaptıktan sonra otomatik çıkış yapıyor.
Hesabımda çok fazla deneme yapıldı diyor, kilitli.
Account'a giremiyorum.
Üyelik bilgilerim hatalı görünüyor.
Yeni üyelik açamıyorum, hata veriyor.
Hesabıma giremiyorum, yardım eder misiniz?
Giriş yaparken hata alıyorum.
Hesabım açılmıyor.
Üyeliğim dondurulmuş, neden?
Hesabıma erişemiyorum.
Hesabım kilitli görünüyor.
Oturum açamıyorum.
Üye girişinde sorun var.
Hesabım [askıya alınmış|kilitlenmiş] görünüyor, giriş yapamıyorum.
Doğrulama kodu [gelmiyor|geç geliyor], hesabıma giremiyorum.
Başka biri hesabıma girmiş olabilir, [siparişlerimde tanımadığım ürünler var|ayarlarım değişmiş].
Uygulamaya girerken sürekli çıkış yapıyor.
Doğru şifreyi girdiğim halde "kullanıcı bulunamadı" uyarısı alıyorum, hesabım nereye gitti?
Yeni telefonumda uygulamaya giriş yapınca beyaz ekranda kalıyor, eski telefonda sorun yok.
Hesabıma giriş yaparken kayıtlı {email} adresime doğrulama e-postası gelmiyor.
Bildirimlerde tanımadığım bir cihazdan oturum açıldığını gördüm, hesabımın güvenliğinden endişeliyim.
Hesabıma girmeye çalışınca "bir hata oluştu" diyor, şifrem doğru.
Üyelik kaydı tamamlanmıyor, doğrulama e-postasındaki link çalışmıyor.
Hesabınız kapatıldı diye bir uyarı geldi, hiçbir şey yapmadım.
Uygulamada profilime girince boş sayfa geliyor.
Facebook ile açtığım hesaba artık giremiyorum.
Telefon numaram başka bir hesapta kayıtlı diyor, üye olamıyorum.
""",
    "sifre_unuttum": """
Şifremi unuttum.
Şifremi unuttum, sıfırlama linki gönderir misiniz?
Şifre sıfırlama maili gelmiyor.
Şifremi hatırlamıyorum, nasıl giriş yaparım?
Yeni şifre oluşturmak istiyorum.
Şifre yenileme bağlantısı gönderin lütfen.
Şifremi hatırlamıyorum, sıfırlama linki atar mısınız?
Şifremi sıfırlamak istiyorum.
Şifremi değiştirmek istiyorum ama eskisini bilmiyorum.
Şifre sıfırlama linkinin süresi dolmuş, yenisini gönderin.
Parolamı unuttum.
Şifremi unuttum, e-postam {email}
Şifre değiştirme ekranı açılmıyor.
Şifremi unuttuğum için hesaba giremiyorum.
Şifremi yenileyemiyorum.
Şifre sıfırlama kodu gelmedi.
Parola sıfırlama nasıl yapılıyor?
Şifremi kaç kere denedim olmadı, sıfırlayın.
Şifre hatırlatma maili gönderir misiniz?
Yeni şifre linki lazım.
Şifremi sıfırlayamıyorum, yardım.
Şifremi hatırlamıyorum.
Şifremi sıfırlayabilir misiniz?
Şifre sıfırlama linki lazım.
Şifremi unuttum, ne yapmalıyım?
Şifre yenilemek istiyorum.
Şifre sıfırlama e-postası gelmedi.
Parolamı yenilemek istiyorum.
Şifremi unuttum, yardım eder misiniz?
Şifremi değiştirmem gerekiyor, eskisini unuttum.
Şifre sıfırlama maili [gelmiyor|spam'a bile düşmüyor], tekrar gönderir misiniz?
Şifremi [hatırlamıyorum|değiştirmem lazım], yeni şifre bağlantısı istiyorum.
Eski şifrem kabul edilmiyor, sıfırlamak istiyorum.
Şifremi bir türlü hatırlayamadım, sıfırlama bağlantısını kayıtlı e-posta adresime yollar mısınız?
Şifremi unuttuğum için birkaç kez yanlış girdim, şimdi yeni bir şifre oluşturmam gerekiyor.
{email} adresime şifre yenileme bağlantısı iletebilir misiniz, eski şifreyi hatırlamıyorum.
Parolamı kaybettim, sıfırlamak için hangi adımları izlemeliyim?
Şifremi unuttum, telefonuma sıfırlama kodu gönderebilir misiniz?
"Şifremi unuttum"a bastım ama mail hiç gelmedi.
Parolamı hatırlamıyorum, yeni parolayı nasıl alırım?
Şifre sıfırlama bağlantısının süresi dolmuş, tekrar gönderin.
""",
    "hesap_silme": """
Hesabımı silmek istiyorum.
Üyeliğimi tamamen kapatın.
KVKK kapsamında kişisel verilerimin silinmesini talep ediyorum.
Hesabımı nasıl silerim?
Bütün bilgilerimin silinmesini istiyorum.
Üyelikten çıkmak istiyorum.
Hesabımı kapatmak istiyorum, bir daha kullanmayacağım.
Hesabımı tamamen silin lütfen.
Verilerimin silinmesi için başvuru yapmak istiyorum.
Hesabımı sildirmek istiyorum, kayıtlı e-postam {email}
Üyeliğimi iptal etmek istiyorum.
Kişisel verilerimin işlenmesini istemiyorum, hesabımı silin.
Hesap silme seçeneği nerede?
Hesabımı dondurmak değil, tamamen silmek istiyorum.
KVKK madde 11 uyarınca verilerimin silinmesini istiyorum.
Artık alışveriş yapmayacağım, hesabımı kapatın.
Hesabımı silin ve bana bir daha mesaj atmayın.
Üyeliğimi sonlandırmak istiyorum.
Hesabımın silinmesini talep ediyorum. Telefonum {phone}
Kayıtlı bilgilerim silinsin.
Hesabımı kalıcı olarak silmek istiyorum.
Hesabımı kapatın lütfen.
Hesabımın silinmesini istiyorum.
Hesabımı tamamen silmek istiyorum.
Üyeliğimi silin.
Hesabımı kaldırmak istiyorum.
Kişisel verilerimi silmenizi talep ediyorum.
Hesabımı sonlandırmak istiyorum.
Hesap silme işlemi nasıl yapılır?
Hesabım silinsin istiyorum.
Üyeliğimi [sonlandırmak|kapatmak] ve bütün verilerimin silinmesini istiyorum.
KVKK kapsamında hesabımın ve kayıtlarımın silinmesini talep ediyorum.
Hesabımı kalıcı olarak nasıl silerim?
Artık bu platformu kullanmıyorum, hesabımın ve alışveriş kayıtlarımın sistemden tamamen kaldırılmasını rica ediyorum.
Kişisel Verilerin Korunması Kanunu'na dayanarak hakkımda tuttuğunuz tüm bilgileri imha etmenizi istiyorum.
Hesabımı silersem bekleyen iadelerim ne olur? Yine de silmek istiyorum, süreci başlatır mısınız?
Uygulamada hesabı kapat seçeneğini bulamadım, hesabımı benim yerime siler misiniz?
{email} adresiyle açılmış üyeliğimin sonlandırılmasını ve adresimin listelerinizden çıkarılmasını istiyorum.
Veri güvenliği konusunda endişelerim var, bu yüzden hesabımın kalıcı olarak yok edilmesini istiyorum.
Eşimle ortak kullandığımız hesabı kapatıp silmek istiyoruz, nasıl bir yol izlemeliyiz?
Silme talebimi iletiyorum; hesabım silindiğinde bana yazılı bir onay gönderebilir misiniz?
Kayıtlı telefonum {phone}; bu numarayla ilişkili hesabın kalıcı olarak kapatılmasını talep ediyorum.
Bir daha giriş yapmayacağım, hesabım açık kalmasın; tüm verilerimle birlikte kapatın.
Hesap silme talebim ne kadar sürede sonuçlanır? Bir an önce silinmesini istiyorum.
Verilerimin üçüncü taraflarla paylaşılmasını istemiyorum, hesabımı ve tüm kayıtlarımı silin.
Üyeliğimi iptal edip kişisel bilgilerimin anonim hale getirilmesini istiyorum.
Benimle ilgili hiçbir kaydınız kalmasın, hesabı silin.
Üyeliğimi tamamen kapatmak istiyorum, hesabım silinsin.
Artık alışveriş yapmayacağım, hesabımı ve kayıtlı kartlarımı silin.
KVKK kapsamında hesabımın ve kişisel verilerimin silinmesini talep ediyorum.
Hesabımı nasıl kalıcı olarak silebilirim?
Hesabımı silmek istiyorum, kayıtlı adreslerim de silinsin.
Üyelik hesabımın kapatılmasını ve kayıtlı adres ile telefon bilgilerimin silinmesini istiyorum.
Premium üyeliğimi değil, hesabımın kendisini tamamen kapatmak istiyorum.
Hesabımı kapatırsam kayıtlı adreslerim ve kartlarım da silinir mi? Silinmesini istiyorum.
Artık sizinle alışveriş yapmak istemiyorum, hesabımı tamamen kaldırın.
Profilimi, adreslerimi ve sipariş geçmişimi silip hesabı kapatmanızı rica ediyorum.
Hesabımı nasıl tamamen kapatabilirim? Uygulamada seçeneği yok.
Hesabımın silinmesi için ne yapmam gerekiyor? E-postam {email}
{phone} numarasıyla açılan bu hesabı kullanmak istemiyorum, kalıcı olarak silinsin.
Eski hesabımı silmek istiyorum, yeni bir hesap açtım; eskisinin e-postası {email}
""",
    "iletisim_bilgisi_guncelle": """
Telefon numaramı değiştirmek istiyorum, yeni numaram {phone}
E-posta adresimi güncellemek istiyorum: {email}
Kayıtlı telefonumu değiştiremiyorum.
Hesabımdaki e-posta eski, yenisi {email}
Yeni telefon numaram {phone}, güncelleyebilir misiniz?
Mail adresimi değiştirmem lazım.
Telefon numaramı güncellerken doğrulama kodu gelmiyor.
Hesabımdaki iletişim bilgilerini güncellemek istiyorum.
Eski numaramı kullanmıyorum, yenisi: {phone}
E-posta adresimi değiştirmek istiyorum, nasıl yaparım?
İletişim bilgimi güncellemek istiyorum, yeni mail {email}
Cep telefonumu değiştirdim, hesaba eklemek istiyorum.
Kayıtlı e-postama erişimim yok, değiştirebilir misiniz?
Telefon numaram değişti: {phone}
Hesaptaki mail adresim yanlış yazılmış, doğrusu {email}
İletişim bilgilerimi nereden güncelliyorum?
SMS'ler eski numarama gidiyor, yeni numaram {phone}
Bildirimler eski e-postama gidiyor, güncelleyin lütfen: {email}
Telefon numarası değişikliği yapmak istiyorum.
E-posta değişikliği talebim var.
İletişim bilgilerimi değiştirmek istiyorum.
Telefon numaramı güncellemek istiyorum.
E-posta adresimi değiştirmek istiyorum.
İletişim bilgilerimi güncelleyebilir misiniz?
Yeni e-posta adresim {email}, güncelleyin lütfen.
Telefon numaram değişti, güncellemek istiyorum.
Numaramı değiştirmek istiyorum: {phone}
Mail adresim değişti.
Telefonumu güncelleyemiyorum.
Hesabımdaki telefonu değiştirmek istiyorum.
Hesabımdaki [telefon numarasını|e-posta adresimi] değiştirmem gerekiyor, eski hat kapandı.
Yeni telefonum {phone}, hesabıma bunu [tanımlar mısınız|kaydeder misiniz]?
Bildirimler eski mail adresime gidiyor, yenisi {email}.
Numaramı başka bir hatla değiştirdim, bundan sonra doğrulama kodları {phone} numarasına gelsin.
Eski iş e-postamı kullanıyordum, işten ayrıldım; hesabımdaki adresi {email} olarak değiştirir misiniz?
Hesap ayarlarında e-posta alanı kilitli, değiştiremiyorum; yeni adresimi sisteme işleyebilir misiniz?
Hem telefonumu hem e-postamı değiştirdim, ikisini birden nasıl güncellerim?
Hesabımdaki telefon numarası eski, {phone} ile değiştirmek istiyorum.
Kayıtlı e-postamı {email} olarak güncelleyebilir misiniz?
Numaram değişti, bildirimler eski hattıma gidiyor. Yeni numaram {phone}
Mail adresimi değiştirmek istiyorum, eskisine artık erişimim yok.
""",
    "premium_uyelik": """
Premium üyelik ne kadar?
Plus üyeliğin avantajları neler?
Premium üyeliği nasıl iptal ederim?
Plus üyelikte kargo bedava mı?
Premium üyelik ücreti aylık mı yıllık mı?
Plus üyeliğe nasıl geçerim?
Premium üyeliğim otomatik yenilenmiş, istemiyorum.
Plus üyelik deneme süresi var mı?
Premium membership neler sunuyor?
Plus üyelik ücretim iade edilir mi?
Premium üyelere özel indirim var mı?
Plus üyeliğim aktif mi?
Premium üyeliği aile ile paylaşabilir miyim?
Plus üyelik neden bu kadar pahalı?
Premium üyelik kampanyası var mı?
Plus üyelikten çıkmak istiyorum.
Premium üye oldum ama avantajlar görünmüyor.
Plus üyelikte hızlı teslimat var mı?
Premium üyeliğin içinde neler var?
Plus üyelik ile normal üyelik farkı ne?
Premium üyelik almaya değer mi?
Premium üyelik nedir?
Plus üyelik ücreti ne kadar?
Premium üyelikten nasıl çıkarım?
Plus üyelik avantajları neler?
Premium üyelik iptali nasıl yapılır?
Plus üye olmak istiyorum.
Premium üyeliğim neden yenilendi?
Plus üyeliğin faydaları neler?
Premium üyelikte ücretsiz kargo var mı?
Plus üyelikte [kargo|iade] gerçekten ücretsiz mi?
Premium üyeliği [dondurabilir miyim|bir süreliğine durdurabilir miyim]?
Plus üyeliğin aylık ücreti kartımdan neden iki kez çekildi?
Plus üyelik ücretini yıllık ödersem daha ucuza geliyor mu?
Premium üyeliği yarıda bırakırsam kalan sürenin parası iade ediliyor mu?
Plus üyeliğimin bitiş tarihini nereden görebilirim?
Premium üyelikle gelen indirimler kampanyalı ürünlerde de geçerli mi?
Plus üyeliğin aylık ücreti ne kadar, istediğim zaman iptal edebilir miyim?
Premium üyelikte kargo her siparişte ücretsiz mi?
Plus üyeliğimi iptal etmek istiyorum, otomatik yenilensin istemiyorum.
Deneme süresi bitince üyelik ücretli mi oluyor?
Premium üyeliğin avantajları neler, değer mi?
""",
    "insan_temsilci": """
Müşteri temsilcisiyle görüşmek istiyorum.
Bir insanla konuşmak istiyorum, bota değil.
Canlı desteğe bağlar mısınız?
Temsilci lütfen.
Gerçek bir kişiyle görüşebilir miyim?
Yetkili biriyle konuşmak istiyorum.
Bot değil insan istiyorum!
Beni bir müşteri temsilcisine aktarın.
Human agent please.
Telefonla görüşebileceğim bir temsilci var mı?
Temsilciye bağlanmak istiyorum, acil.
Otomatik cevap istemiyorum, biri bana dönsün.
Bir yetkili beni arasın lütfen. Telefonum {phone}
Müşteri hizmetlerinden biriyle konuşabilir miyim?
Canlı destek hattı nerede?
Bu botla anlaşamıyoruz, temsilci istiyorum.
Lütfen beni bir insana yönlendirin.
Temsilci ile görüşme talep ediyorum.
Bir çalışanla yazışmak istiyorum.
Müşteri temsilcisi bağlayın artık!
Sorunumu bir insana anlatmak istiyorum.
Yetkili birine aktarır mısınız?
Temsilciyle görüşmek istiyorum.
Bir temsilciye bağlanabilir miyim?
Canlı destek istiyorum.
Gerçek biriyle konuşmak istiyorum.
İnsan temsilci lütfen.
Müşteri temsilcisi istiyorum.
Bir yetkiliyle görüşmek istiyorum.
Temsilci bağlayın.
Bot ile konuşmak istemiyorum, [beni gerçek bir temsilciye aktarın|bir temsilciye bağlayın].
Otomatik cevaplar işime yaramıyor, bir [çalışanınızla|yetkiliyle] yazışmak istiyorum.
Şikayetim yok, sadece durumu bir insana anlatmam lazım.
Temsilciye [nasıl bağlanırım|nasıl ulaşırım], menüde seçeneği bulamadım.
Lütfen beni canlı destek kuyruğuna alın.
Yazdıklarımı bir insan okusun istiyorum.
Konuyu bir temsilciyle telefonda konuşmak istiyorum, beni arayabilir misiniz?
Operatöre bağlan.
Bu konuyu yazışarak çözemeyeceğiz, lütfen bir müşteri temsilcisi beni telefonla arasın: {phone}
Sorunum karmaşık, otomatik asistanla değil, yetkin bir çalışanınızla birebir görüşmek istiyorum.
Şikayet etmiyorum, sadece bir insanla konuşmam gerekiyor; canlı destek ekibine bağlanabilir miyim?
Kaç kez menüde dolaştım, bir türlü gerçek birine ulaşamadım; beni doğrudan bir temsilciye aktarın.
Canlı sohbette bir uzmanla görüşme talep ediyorum.
Bir müşteri temsilcisinin bu talebi üstlenmesini istiyorum, makineyle yazışmak istemiyorum.
Bir çalışanınızın benimle iletişime geçmesini rica ediyorum, numaram sistemde kayıtlı.
Hangi saatlerde temsilciyle görüşebiliyorum, şu an bağlanmam mümkün mü?
Gerçek bir kişiyle görüşebilir miyim, otomatik cevaplar işimi görmüyor.
Beni canlı desteğe aktarın.
Otomatik yanıt istemiyorum, bir yetkili dönsün.
Temsilciye bağlanmak için ne yapmam gerekiyor?
""",
    "sikayet": """
Hizmetinizden hiç memnun değilim.
Bu ne biçim hizmet, rezalet!
Sürekli aynı sorunları yaşıyorum, şikayetçiyim.
Müşteri hizmetleriniz hiç cevap vermiyor.
Kuryeniz çok kaba davrandı, şikayet etmek istiyorum.
Satıcı beni oyaladı, şikayet ediyorum.
Artık sizden alışveriş yapmayacağım.
Şikayetimi iletmek istiyorum.
Tüketici hakem heyetine başvuracağım!
Rezalet bir deneyim yaşadım.
Sitenizde sürekli yanlış bilgi var, şikayetçiyim.
Verdiğiniz sözleri tutmuyorsunuz.
Complaint bırakmak istiyorum.
Kaç kere yazdım, kimse ilgilenmiyor.
Ürün açıklamaları yanıltıcı, şikayet ediyorum.
Bu kadar kötü hizmet görmedim.
Şikayet kaydı oluşturmak istiyorum.
Hiçbir talebim düzgün çözülmedi.
Temsilciniz telefonu yüzüme kapattı.
Sizi şikayetvar'a yazacağım.
Kurye kargoyu kapıya bırakıp gitti, zili bile çalmadı.
Ya bu ne biçim iş, her seferinde bir sorun çıkıyor!
Memnuniyetsizliğimi bildirmek istiyorum.
Hizmet kaliteniz çok düştü.
Hizmetinizden çok şikayetçiyim.
Bu yaşadığım rezillik.
Şikayetimi yetkiliye iletin.
Hiç memnun kalmadım.
Kötü hizmetiniz için şikayet ediyorum.
Bir şikayetim var.
[Kaçıncı kez|Tekrar tekrar] aynı şeyi yaşıyorum, hizmet kaliteniz çok düştü.
Sorunum çözülsün istemiyorum artık, sadece şikayetimi kayda geçirin.
Kurye paketi kapının önüne fırlatıp gitti, bu davranışı şikayet ediyorum.
Satıcının bana yazdığı mesajlar çok kaba, resmi şikayette bulunuyorum.
[Uygulamadaki|Sitedeki] fiyat ile sepetteki fiyat hep farklı, bu yanıltıcı bir uygulama.
Paketleme [berbattı|özensizdi], ürünler birbirine çarpmış, bunu bildirmek istiyorum.
Çağrı merkezinde yüzüme kapattılar, bunu kabul etmiyorum.
Yaşadığım muameleyi kayda geçirmek istiyorum, [cevap beklemiyorum|yetkililer bilsin].
Her kampanya döneminde site çöküyor, bu kadar büyük bir firmaya hiç yakışmıyor.
Yıllardır sadık bir müşterinizim ama son aylarda yaşadığım aksaklıklar güvenimi tamamen sarstı.
Bir sorunu çözdürmek için üç ayrı kez yazmam gerekmemeli, bu ilgisizlik beni çok yoruyor.
Sipariş sonrası gelen reklam mesajlarından bıktım, günde birkaç kez bildirim atıyorsunuz.
Olumsuz ürün yorumum yayınlanmadı, yorumları seçerek yayınlamanız hiç dürüst bir yaklaşım değil.
Kurye telefonda bana bağırdı, böyle bir üsluba maruz kalmayı hak etmiyorum.
Uygulamanız her güncellemeden sonra daha da kötüleşiyor, kullanmak işkence gibi.
İade sürecinizin bu kadar zahmetli olması müşteriyi kaçırıyor, bunu bilmenizi isterim.
Bana verilen cevaplar hep kopyala yapıştır, sorunumu okumadan yanıt veriyorsunuz.
Beni aramanıza gerek yok, sadece ne kadar hayal kırıklığına uğradığımı bilmenizi istedim.
İndirim diye gösterdiğiniz fiyatlar önceden şişirilmiş, müşteriyi kandırmaya çalışıyorsunuz.
Çağrı merkezinde uzun süre beklettiniz, sonra hat kendiliğinden kesildi; bu nasıl bir hizmet anlayışı?
Paketler hep fazladan plastikle ve dev kutularla geliyor, bu israfı kabul etmiyorum.
Açıkçası sizden bunu beklemezdim, çok hayal kırıklığına uğradım.
Bu kadar kötü hizmet görmedim, hiçbir sorunuma çözüm bulunmuyor.
Müşteri hizmetleriniz berbat, kimse sorumluluk almıyor.
Sürekli aynı kalıp cevabı veriyorsunuz, şikayetimi kayda alın.
""",
    "tesekkur": """
Teşekkürler.
Çok teşekkür ederim, sorun çözüldü.
Sağ olun, yardımcı oldunuz.
Tamamdır, teşekkürler.
İlginiz için teşekkür ederim.
Çok sağ olun, iyi çalışmalar.
Teşekkürler, kargom geldi.
Tşk ederim.
Eyvallah, hallettim.
Thanks, çok yardımcı oldunuz.
Teşekkürler, başka sorum yok.
Anladım, sağ olun.
Çok hızlı çözdünüz, teşekkürler.
Yardımınız için minnettarım.
Oldu, teşekkür ederim.
Tamam anlaşıldı, teşekkürler.
Teşekkür ederim, iyi günler dilerim.
Emeğinize sağlık.
Harikasınız, teşekkürler.
Sorunum çözüldü, teşekkür ederim.
Teşekkürler, ürün elime ulaştı.
Teşekkür ederim.
Çok teşekkürler.
Sağ olun.
Teşekkürler, yardımcı oldunuz.
Çok sağ olun, sorun çözüldü.
Teşekkürler, iyi çalışmalar.
İlginize teşekkürler.
Teşekkür ederim, hepsi bu kadar.
Çok teşekkürler, elinize sağlık.
Hızlı dönüşünüz için [çok teşekkürler|minnettarım].
Sorunum çözüldü, [ilginize|emeğinize] sağlık.
Yardımcı olduğunuz için sağ olun.
Bilgilendirme için çok teşekkürler, gayet açıklayıcı oldu.
Anlayışınız için teşekkür ederim, kolay gelsin.
Süper, işimi gördü, sağ olun.
Sabırla yardımcı olduğunuz için teşekkür ederim, emeğinize sağlık.
Sorunum çözüldü, ilginiz için teşekkürler.
Tamamdır, hallettim, sağ olun.
Hızlı dönüşünüz için çok teşekkür ederim.
Yardımınız için minnettarım, iyi çalışmalar.
""",
    "selamlama": """
Merhaba.
Selam.
İyi günler.
Merhabalar.
Selamlar.
Hey.
İyi akşamlar.
Günaydın.
Merhaba, orada kimse var mı?
Alo?
Merhaba, yardımcı olabilir misiniz?
Hello.
Selamün aleyküm.
Merhaba bir şey soracaktım.
İyi çalışmalar.
Kimse yok mu?
Hi.
Merhaba, bakar mısınız?
Slm.
Mrb.
Hayırlı günler.
Merhabalar, kolay gelsin.
İyi günler, merhaba.
Selam, müsait misiniz?
Merhaba, bir sorum var.
Selam, orada mısınız?
Merhaba efendim.
Günaydınlar.
Merhaba, [orada kimse var mı|yardımcı olabilecek biri var mı]?
Selam, bir şey soracaktım.
İyi günler, müsait misiniz?
Merhaba, bir konuda yardım almak istiyordum.
İyi akşamlar, orada biri var mı acaba?
Selam, kolay gelsin.
Merhaba, müşteri hizmetleri burası mı?
Merhaba, bir sorum olacaktı.
İyi akşamlar, orada kimse var mı?
Selam, yardımcı olabilecek biri var mı?
Günaydın, size bir şey danışmak istiyorum.
""",
    "kapsam_disi": """
Hava durumu nasıl olacak?
Bana bir fıkra anlatır mısın?
En iyi film hangisi?
Maç kaç kaç bitti?
Bitcoin alınır mı?
Bana ödevimde yardım eder misin?
Bir şarkı önerir misin?
Dolar ne kadar oldu?
Eczane nöbetçi mi?
Yemek tarifi verir misin?
Bana şiir yazar mısın?
Otobüs saatleri ne?
Ehliyet sınavı ne zaman?
Hangi telefonu almalıyım, sen olsan?
Evlenmeli miyim?
Sen yapay zeka mısın?
Borsa yükselir mi?
Pizza siparişi verebilir miyim buradan?
Bana İngilizce öğretir misin?
Vergi iadesi nasıl alınır?
Uçak bileti bulabilir misin?
Kira artışı ne kadar olur?
Python kodu yazar mısın?
Yakınımda kuaför var mı?
Bana bir hikaye anlatır mısın?
Hafta sonu hava yağmurlu mu?
Altın fiyatları ne olur?
Futbol maçı kaçta?
Bana tatil önerir misin?
Hangi dizi izlenir?
Hava durumu nasıl [olacak|görünüyor]?
Bana [bir yemek tarifi|güzel bir film] önerir misiniz?
Akşam [ne pişireyim|nereye gideyim] sence?
Seçimlerde kime oy vermeliyim, sizin fikriniz ne?
Kızımın matematik ödevinde kesirli bir problem var, çözümünü anlatır mısın?
Mercimek çorbası nasıl yapılır, hangi malzemeler lazım?
Şirketinizde çalışmak istiyorum, iş başvurusu için özgeçmişimi nereye göndermeliyim?
Doğalgaz faturam bu ay çok yüksek geldi, dağıtım şirketine nasıl itiraz ederim?
Canım sıkıldı, bana komik bir şey söylesene.
Kedim hiç mama yemiyor, veterinere götürmem gerekir mi?
Pasaport randevusunu nereden alabilirim, ne kadar sürüyor?
Sen hiç âşık oldun mu?
Bu sezon hangi takım şampiyon olur sence?
Konut kredisi faizleri düşer mi, şimdi ev almak mantıklı mı?
Şu İngilizce mektubu Türkçeye çevirebilir misin?
İnternet hattım kesildi, modemi kapatıp açtım ama düzelmedi, ne yapayım?
Üniversite tercihinde bilgisayar mühendisliği mi yoksa tıp mı yazmalıyım?
Bu akşam hangi maçı izlemeliyim?
Bana bir bilmece sorar mısın?
Türkiye'nin başkenti neresi?
İstanbul'da trafik şu an nasıl?
Okullar ne zaman tatile girecek?
Annemin doğum günü için ne yazsam, güzel bir mesaj önerir misin?
Kış lastiği ne zaman takılmalı?
Arabam çalışmıyor, akü mü bitti sence?
Dünyanın en yüksek dağı hangisi?
Kahve mi çay mı daha sağlıklı?
Şu an saat kaç oldu?
Bana motivasyon konuşması yapar mısın?
Askerlik yoklaması nereden yapılır?
Tapu harcı ne kadar tutuyor?
Namaz vakitleri ne zaman?
""",
}
