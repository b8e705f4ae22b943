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
{order} numaralı siparişim [ne durumda|ne aşamada|ne alemde]?
{order} nolu siparişimin durumu [nedir|ne|ne oldu]?
Siparişim [hangi|ne] aşamada? Sipariş no: {order}
{date} verdiğim {order} numaralı siparişin durumunu [öğrenebilir miyim|söyler misiniz|paylaşır mısınız]?
siparişim [onaylandı mı|onaylanmış mı] acaba? {order}
{order} nolu sipariş ne oldu [ya|yahu], [hiçbir|hiç] bilgi yok
Order'ım hâlâ pending görünüyor, {order}. Ne zaman işleme alınır?
Sipariş durumumu [kontrol eder misiniz|bir bakar mısınız|kontrol edebilir misiniz]? Sipariş no {order}
{order} numaralı siparişim {since} hazırlanıyor görünüyor, durum [nedir|ne]?
{order} siparişimin durumu ne, satıcı [onayladı mı|onay verdi mi]?
Siparişimi verdim [ama|fakat|lakin] hiçbir [güncelleme|gelişme|hareket] yok, sipariş numaram {order}
{order} nolu siparişim ne zaman [elime geçer|elime ulaşır|bana ulaşır]?
Merak ettim, {order} numaralı siparişim [ne durumda|ne alemde]?
{order} numaralı siparişin son durumu hakkında bilgi [alabilir miyim|verebilir misiniz|rica edebilir miyim]?
Siparişim kargoya verildi mi? {order}
{date} alışveriş yaptım, {order} nolu siparişim hâlâ onay bekliyor
Sipariş numaram {order}, durumu nedir [acaba|rica etsem]
{order} ne durumda [abi|ya|kardeşim] söyleyin artık
{product} siparişim ne durumda? Sipariş no {order}
Sipariş {order} için durum bilgisi [rica ediyorum|istiyorum|bekliyorum].
{order} numaralı siparişimin durumunu [görmek|öğrenmek] istiyorum, hangi aşamada?
Hesabımda {order} numaralı sipariş hazırlanıyor yazıyor, bu [normal mi|olağan mı]?
{order} nolu siparişimin onay durumunu [öğrenmek istiyorum|merak ediyorum|sorabilir miyim].
Bir siparişim vardı, {order}, ne oldu [ona|acaba]?
siparişin statüsü nedir acaba? no {order}
{order} numaralı siparişim iptal mi oldu, neden [görünmüyor|gözükmüyor]?
Siparişimle ilgili bilgi [alabilir miyim|verir misiniz], sipariş no: {order}
{order} siparişim {date} verildi, ne zaman [hazırlanacak|hazırlanır|paketlenecek]?
Sipariş verdim [ama|fakat] onay [maili|e-postası] gelmedi, durumu ne? Sipariş no: {order}
{order} nolu siparişimi hangi satıcı gönderiyor, durumu ne?
Siparişimin durumu değişmiyor, {since} aynı. Sipariş {order}
{order} siparişimle ilgili bir [gelişme|yenilik|ilerleme] var mı?
{order} nolu siparişim [onaylandı mı|hazırlandı mı|işleme alındı mı|paketlendi mi]?
SİPARİŞİM NE DURUMDA? {order}
{order} numaralı siparişim ne zaman gelir, bir tahmini tarih var mı?
Siparişim [bekleniyor|beklemede] görünüyor, {order} numaralı. Neden [ilerlemiyor|bir adım ilerlemiyor|yerinde sayıyor]?
{order} nolu siparişin statüsü ne?
Ne zamandır bekliyorum, {order} siparişim ne durumda?
Sipariş {order}: şu an hangi aşamada, [öğrenebilir miyim|söyler misiniz|bakabilir misiniz]?
{product} için verdiğim {order} numaralı sipariş [ne alemde|ne durumda|ne oldu]?
Siparişim [ne durumda|ne alemde|ne aşamada]?
Siparişim [nerede|nerde] kaldı, bilgi [verir misiniz|verebilir misiniz|rica ediyorum]?
SİPARİŞİM NEREDE!!!
Verdiğim siparişin durumu [nedir acaba|ne oldu acaba|ne vaziyette]?
{date} sipariş verdim, hâlâ bir [haber|ses|dönüş] yok, durum nedir?
{product} siparişim ne oldu?
{order} numaralı siparişimin durumunda bir değişiklik olmadı, [kontrol eder misiniz|bakar mısınız|ilgilenir misiniz]?
Sipariş verdim, onay geldi, sonra ses seda yok. {order}
{order} no'lu siparişim için [güncel|son] durum nedir?
Sipariş no {order} hangi aşamada, satıcı [hazırlamaya başladı mı|hazırlığa geçti mi]?
Siparişimin statüsü ne oldu acaba, {order}
{order} numaralı sipariş [hâlâ|halen] "hazırlanıyor" diyor, [takıldı mı|unutuldu mu] acaba?
Satıcı {order} nolu siparişi onayladı mı, yoksa [beklemede mi|sırada mı]?
{order} siparişimin durumu uygulamada [güncellenmiyor|yenilenmiyor], siz [bakabilir misiniz|kontrol edebilir misiniz]?
Sipariş durumumu merak ediyorum [ama|fakat] numarası elimde değil.
{order} nolu siparişim satıcı tarafından [paketlendi mi|hazırlandı mı], yoksa hâlâ onay mı bekliyor?
{date} oluşturduğum {order} numaralı siparişin sistemdeki güncel aşaması nedir, bir ilerleme [kaydedildi mi|var mı]?
{product} için verdiğim siparişte {since} hiçbir değişiklik yok, sipariş {order}; bir yerde [takılmış|unutulmuş] olabilir mi?
{order} numaralı siparişi verdim ama işleme alınıp alınmadığını nereden [kontrol edeceğimi|göreceğimi|anlayacağımı] bilmiyorum.
{order} nolu siparişim ne durumda, [onaylandı mı|onay aldı mı]?
{order} siparişimin durumu "onay bekliyor" yazıyor, ne zaman [hazırlanır|hazırlanacak]?
Siparişim hazırlanıyor mu, yoksa iptal mi oldu? {order}
Satıcı siparişimi hâlâ onaylamadı, {order} için bir sorun mu var?
{order} nolu siparişin son durumunu [öğrenebilir miyim|iletir misiniz|söyler misiniz]?
{order} siparişim işleme alındı mı, bir bilgi [göremiyorum|bulamıyorum].
""",
    "siparis_iptal": """
{order} numaralı siparişimi iptal etmek [istiyorum|istiyordum|rica ediyorum].
{order} nolu siparişi iptal eder misiniz, {creason}.
Siparişimi iptal etmek istiyorum, {creason}. Sipariş no: {order}
{creason}, {order} numaralı siparişimi iptal edin [lütfen|rica ediyorum].
{order} iptal lütfen
{date} verdiğim {order} numaralı siparişi iptal etmek [istiyorum|isterim|istiyordum].
Sipariş iptali talep ediyorum: {order}
{order} siparişimi cancel etmek istiyorum, {creason}.
{order} nolu siparişimden vazgeçtim, iptal [edebilir misiniz|eder misiniz|yapar mısınız]?
[Acil|Acele] iptal! {order} numaralı siparişimi iptal edin.
{product} siparişimi iptal etmek [istiyorum|istiyordum], sipariş no {order}
Merhaba {order} numaralı siparişim henüz kargoya verilmediyse iptal etmek istiyorum.
{order} nolu siparişimi iptal ettirmek istiyorum, {creason}.
Siparişimi nasıl iptal [ederim|edebilirim|ettirebilirim]? Sipariş numaram {order}
{order} siparişi iptal olsun, {creason}.
Yanlışlıkla verdiğim {order} numaralı siparişi iptal [edin|eder misiniz].
{order} nolu siparişimi iptal etmek istiyorum, param ne zaman [iade edilir|geri yatar|hesabıma geçer]?
Uygulamada iptal butonu çıkmıyor, {order} numaralı siparişi iptal edebilir misiniz?
{order} numaralı siparişi iptal edin, {creason}, kusura bakmayın.
iptal istiyorum {order}
{creason}. O yüzden {order} nolu siparişimin iptalini [rica ediyorum|talep ediyorum|istiyorum].
{order} nolu siparişimi iptal etmem [mümkün mü|olur mu|mümkün müdür]?
{order} numaralı siparişimin iptal işlemini [başlatır mısınız|başlatabilir misiniz|yapar mısınız]?
Sipariş no {order}, iptal talebim var, {creason}.
{order} siparişimi iptal edin, başka bir şey [istemiyorum|talep etmiyorum].
{date} verdiğim siparişi iptal etmek [istiyorum|istiyordum], numarası {order}, {creason}.
Siparişimden vazgeçtim ({order}), iptal [edebilir misiniz|eder misiniz|mümkün mü]?
{order} nolu siparişi iptal edip parayı kartıma iade [eder misiniz|edebilir misiniz]?
{order} numaralı siparişimi iade değil iptal etmek istiyorum, daha kargoya [verilmedi|verilmemiş].
Order cancel etmek istiyorum: {order}
{product} için verdiğim {order} numaralı siparişi iptal edin, {creason}.
{order} siparişimi [lütfen|rica etsem] iptal edin, {creason}.
SİPARİŞİMİ İPTAL EDİN {order}
{order} numaralı siparişimi [hemen|derhal|bir an önce] iptal etmek istiyorum.
Siparişimi iptal etmek [istiyorum|istiyordum|rica ediyorum].
{creason}, siparişimi iptal [edebilir misiniz|eder misiniz|yapabilir misiniz]?
Son siparişimi iptal edin [lütfen|rica ederim].
{product} siparişimi iptal etmek [istiyorum|istiyordum].
Siparişimi iptal ettirmek istiyorum, nasıl [yapabilirim|yapacağım|bir yol izlemeliyim]?
{order} numaralı siparişimi iptal edip paramı geri almak istiyorum, {creason}.
Abi {order} siparişini iptal et ya, {creason}.
{order} nolu siparişimi kargoya verilmeden iptal [edebilir misiniz|eder misiniz]?
Siparişi yanlış verdim, {order} numaralı sipariş iptal olsun [lütfen|rica ederim].
{order} numaralı siparişi kargoya çıkmadan [durdurmanızı|iptal etmenizi] rica ediyorum, {creason}.
[Fikrimi değiştirdim|Artık istemiyorum], {order} nolu sipariş iptal edilsin.
{order} siparişimin iptal talebini [onaylar mısınız|işleme alır mısınız]? {creason}.
Siparişimi kargoya verilmeden iptal etmek istiyorum, numarasını [bulamadım|hatırlamıyorum].
{date} verdiğim {order} nolu siparişe artık gerek kalmadı, iptal işlemini sizin yapmanızı [rica ediyorum|istiyorum].
{order} numaralı siparişi verdikten hemen sonra fark ettim: {creason}. Kargolanmadan iptal edilmesi [mümkün mü|olur mu]?
İçinde {product} olan {order} siparişimi [tümüyle|tamamen|komple] iptal ettirmek istiyorum, {creason}.
Sepetten onayladığım son alışverişi [durdurmak|iptal ettirmek] istiyorum, {creason}.
{order} numaralı siparişi iptal etmek istiyorum, parası da [karta geri yatsın|kartıma iade edilsin].
Henüz kargolanmadıysa {order} siparişimi iptal edin, ödemeyi geri [alırım|almak isterim].
Aynı ürünü yanlışlıkla iki kez sipariş ettim, {order} numaralı olanı iptal [eder misiniz|edebilir misiniz]?
{order} siparişimde iptal butonu [görünmüyor|çıkmıyor], siz iptal [edebilir misiniz|eder misiniz]?
Siparişi iptal etmek istiyorum ama {order} "hazırlanıyor" aşamasında, hâlâ [mümkün mü|yapılabilir mi]?
{order} nolu siparişten vazgeçtim, iptal işlemini [başlatır mısınız|başlatabilir misiniz]?
""",
    "siparis_adres_degistir": """
{order} numaralı siparişimin teslimat adresini değiştirmek [istiyorum|istiyordum]. Yeni adres: {address}
{order} nolu siparişin adresini [güncelleyebilir misiniz|günceller misiniz|değiştirebilir misiniz]? Yeni adresim: {address}
İptal etmek istemiyorum, sadece adres [değişsin|değiştirilsin]. Sipariş {order}, yeni adres: {address}
{order} siparişimde adresi yanlış [girmişim|yazmışım], doğrusu şu: {address}
Taşındım, {order} nolu siparişim şu adrese gelsin: {address}
{order} numaralı siparişin teslimat adresi değişecek: {address}
Adres değişikliği [talebi|talebim var], sipariş {order}. Yeni adres: {address}
{order} siparişimi başka adrese [gönderebilir misiniz|yollayabilir misiniz]? Adres: {address}
{order} nolu siparişimin adresini iş yerime [çevirmek|almak] istiyorum: {address}
Siparişimi iptal etmeyin, sadece adresini değiştirin lütfen. {order} numaralı sipariş, adres: {address}
{order} numaralı siparişimin gideceği adresi [düzeltmek|güncellemek] istiyorum. Doğru adres: {address}
Adresimi yanlış [yazmışım|girmişim], sipariş no {order}. Şöyle olacak: {address}
{order} siparişimin adresini değiştirin, {address} adresine gelsin.
Teslimat adresi güncellemesi: sipariş {order}, adres: {address}
{order} nolu siparişimi annemin adresine [yollayabilir misiniz|gönderebilir misiniz]? Adres: {address}
Kargo çıkmadan {order} numaralı siparişin adresini [değiştirebilir miyiz|güncelleyebilir miyiz]? Yeni adres: {address}
Siparişimde eski adresim [kalmış|seçili kalmış], sipariş numaram {order}. Yeni adres: {address}
{order} numaralı sipariş için adres değişikliği yapmak istiyorum: {address}
{order} adres değişikliği lütfen. Yeni adres: {address}
{order} nolu siparişimi şu adrese teslim edin: {address}
Evde olmayacağım, {order} siparişimi şu adrese yönlendirebilir misiniz? {address}
{order} numaralı siparişin adresi yanlış, [düzeltir misiniz|düzeltebilir misiniz]? Doğru adres: {address}
Sipariş {order} - teslimat adresi [değişmeli|değişecek]. Yeni adres: {address}
{date} verdiğim {order} numaralı siparişin adresini değiştirmem [gerekiyor|lazım]. Yeni adres: {address}
{order} nolu siparişimin teslimat adresi değişsin, iptal istemiyorum. Adres: {address}
{order} siparişim için adresi [güncelleyin|değiştirin] lütfen. Adres: {address}
Siparişimin adresini değiştirmek [istiyorum|istiyordum].
Teslimat adresini yanlış girdim, nasıl [değiştirebilirim|düzeltebilirim]?
Adresimi değiştirmek istiyorum, yeni adresim: {address}
Verdiğim siparişin adresini [güncelleyebilir misiniz|değiştirebilir misiniz|düzeltebilir misiniz]?
{order} siparişim için kargo adresini [güncellemek|değiştirmek] istiyorum, yeni adres: {address}
Yanlış adrese gitmesin, {order} numaralı siparişi şu adrese çevirin: {address}
{order} nolu siparişimin adresini değiştirin [lütfen|rica ediyorum], doğru adres: {address}
Siparişim {order} için adres düzeltmesi: {address}
{order} numaralı siparişin teslimat adresini [iş yerime|annemin evine|ofise] almak istiyorum: {address}
Taşındım, {order} nolu sipariş yeni adrese gelsin: {address}
Teslimat adresimi değiştirmem [lazım|gerekiyor], siparişin numarası aklımda değil.
{order} numaralı siparişim kapıcısı olmayan bir binaya gidecek, teslim alabilmem için şu adrese yönlendirin: {address}
Sipariş {order} henüz yola çıkmadıysa alıcı adresini {address} olarak [güncelleyebilir misiniz|değiştirebilir misiniz]?
{date} verdiğim {order} nolu siparişte yazlık adresimi [seçmişim|işaretlemişim], asıl adresim şu: {address}
Kargo yola çıkmadan teslimat adresini değiştirmem [lazım|gerek], yeni adresi nereye [yazayım|ileteyim]?
""",
    "siparis_gecmisi": """
Son siparişlerimi [görebilir miyim|görmem mümkün mü]?
Geçmiş siparişlerimi [listeler misiniz|sıralar mısınız|gösterir misiniz]?
Son {n} siparişimi [gösterir misiniz|listeler misiniz]?
Hesabımdaki siparişleri [göremiyorum|bulamıyorum], listeyi [atabilir misiniz|gönderebilir misiniz]?
Daha önce verdiğim siparişlerin listesini [istiyorum|rica ediyorum].
Son {n} siparişim neydi, [hatırlamıyorum|aklımda değil].
Sipariş geçmişime nasıl [ulaşırım|bakabilirim|erişebilirim]?
[Önceki|Eski] siparişlerimi görmek istiyorum.
Bana son {n} siparişimi listeler misiniz?
Siparişlerim sayfası boş görünüyor, son siparişlerimi [söyler misiniz|iletir misiniz]?
Hangi siparişlerim var, bir [bakabilir misiniz|kontrol eder misiniz]?
Geçmiş alışverişlerimin listesi [lazım|gerekiyor].
Son aldığım ürünleri [görmek|görebilmek] istiyorum.
Sipariş numaramı [unuttum|hatırlamıyorum], son siparişlerimi listeler misiniz?
Açık siparişlerimi [öğrenebilir miyim|görebilir miyim]?
Order history'mi nereden görebilirim?
Son {n} alışverişimi listeleyin lütfen.
Siparişlerimi [toplu olarak|tek listede|bir arada] görebilir miyim?
Hesabımdaki [tüm|bütün] siparişleri görmek istiyorum.
Bu hesapla verdiğim son siparişler [hangileri|neler]?
Hangi siparişim hangi durumda, hepsini [görebilir miyim|gösterebilir misiniz]?
Son {n} siparişimin durumlarını listeler misiniz?
Uygulamada siparişlerim kısmı [açılmıyor|yüklenmiyor], son siparişlerimi [paylaşır mısınız|gönderir misiniz]?
Kaç tane siparişim var, listesini [verir misiniz|çıkarır mısınız]?
Son aylarda verdiğim siparişleri [bulamıyorum|göremiyorum], listeleyebilir misiniz?
Benim siparişlerim neler?
[Bütün|Tüm] siparişlerimi görmek istiyorum.
Son siparişlerimin numaralarını [gönderir misiniz|iletir misiniz|yazar mısınız]?
Daha önce aldığım ürünleri [hatırlamıyorum|unuttum], siparişlerimi gösterir misiniz?
Son {n} siparişimin numaralarını öğrenebilir miyim?
Hesabımda kaç sipariş var ve hangi durumda?
Geçmiş siparişlerim [nerede görünüyor|nereden görünüyor|nerede]?
Hesabımdaki [eski|önceki] siparişleri bir arada [görebilir miyim|görmem mümkün mü]?
[Muhasebe|Bütçe] için son {n} siparişimin dökümünü istiyorum.
Daha önce ne aldığımı [hatırlamıyorum|unuttum], sipariş listemi [gösterir misiniz|paylaşır mısınız]?
Önceki alışverişlerim [silinmiş gibi|kaybolmuş] görünüyor, [listeleyebilir misiniz|geri getirebilir misiniz]?
Bu yıl nelere para harcadığımı merak ettim, şimdiye kadarki siparişlerimi [sıralayabilir misiniz|listeleyebilir misiniz]?
En son hangi ürünleri almışım, bir özet [çıkarabilir misiniz|hazırlayabilir misiniz]?
Son {n} alışverişimin tarihlerini ve tutarlarını görmek [isterim|istiyorum].
Hesabıma bağlı ne kadar sipariş varsa hepsinin bir listesini [rica ediyorum|istiyorum].
Annem için aldığım bir şeyi yeniden alacaktım ama hangisiydi hatırlamıyorum, önceki siparişlerime [bakar mısınız|göz atar mısınız]?
Siparişlerim bölümü sürekli yükleniyor, içeriği göremiyorum; son {n} kaydı buradan paylaşır mısınız?
Teslim edilmiş ve iptal edilmiş tüm siparişlerimi bir arada [görebilir miyim|görmem mümkün mü]?
Sizden kaç kez alışveriş yapmışım, sipariş listemi [çıkarır mısınız|gönderir misiniz]?
Sipariş listemde en yeni {n} tanesini görmek istiyorum.
Harcamalarımı [kontrol ediyorum|gözden geçiriyorum], hesabımdan yapılan alışverişleri tek tek görebilir miyim?
Uygulamayı yeni telefona kurdum, eski siparişlerim [gözükmüyor|görünmüyor]; geçmişimi [listeleyebilir misiniz|gösterebilir misiniz]?
Son siparişlerim neler, kısaca [sayar mısınız|özetler misiniz]?
Bu hesapla en son {n} kez ne sipariş ettiğimi söyler misiniz?
Aktif ve tamamlanmış siparişlerimin numaralarıyla birlikte toplu bir listesini [istiyorum|rica ediyorum].
{date} verdiğim siparişleri [listeleyebilir misiniz|gösterebilir misiniz]?
Son {n} siparişimi görmek istiyorum, hangileri teslim edildi?
Daha önce aldığım ürünlerin listesine nereden [bakabilirim|ulaşabilirim]?
Bu yıl içinde kaç sipariş vermişim, döküm [alabilir miyim|çıkarabilir misiniz]?
""",
    "siparis_verilemiyor": """
Sipariş [veremiyorum|oluşturamıyorum], ödeme adımında hata alıyorum.
Sepeti onaylayınca sayfa [donuyor|kilitleniyor|takılıyor], sipariş tamamlanmıyor.
Siparişi tamamla deyince bir hata oluştu [yazıyor|diyor].
Uygulamadan sipariş vermeye çalışıyorum [ama|fakat] [olmuyor|bir türlü olmuyor].
Ödeme sayfasına [geçemiyorum|ilerleyemiyorum], sürekli başa dönüyor.
Sepetime ürün [ekleyemiyorum|eklenmiyor bir türlü].
Sipariş oluşturulamadı hatası alıyorum, [neden|sebebi ne]?
Checkout'ta takılı kalıyorum, sipariş veremiyorum.
Adres seçme ekranında [kalıyor|takılıyor], siparişi veremiyorum.
{product} almak istiyorum ama sipariş vermeme izin vermiyor.
Sipariş vermek istiyorum ama buton [çalışmıyor|tepki vermiyor].
Siparişi onayla dedim, hiçbir şey [olmadı|değişmedi].
İşlem şu anda gerçekleştirilemiyor diyor, sipariş veremiyorum.
Sepetteki ürünleri satın [alamıyorum|alamadım], hata veriyor.
Telefondan da bilgisayardan da denedim, sipariş [verilmiyor|geçmiyor].
[Bir türlü|Hiçbir şekilde] sipariş veremedim, sistemde [sorun mu var|arıza mı var]?
Siparişimi tamamlayamıyorum, sayfa [yenileniyor|kendini yeniliyor].
Sipariş verirken teslimat adresi [kaydedilmiyor|kaydolmuyor].
Ödeme onay ekranında [kalıyor|takılıp kalıyor], sipariş oluşmuyor.
{product} sepete eklenmiyor, satın alamıyorum.
Sipariş ver butonu gri, [tıklanmıyor|basılmıyor].
Sepetim [boşalıyor|kendiliğinden boşalıyor], sipariş veremiyorum ya.
Sipariş vermek istedim ama bir hata oluştu, tekrar deneyin yazıyor.
Sipariş aşamasında sistem beni dışarı [atıyor|çıkarıyor].
Sipariş tamamlanmıyor, sürekli error veriyor.
Sipariş tamamlanamadı diyor, param çekildi mi onu da [bilmiyorum|anlamadım].
Sepeti onaylayamıyorum, beyaz ekran [çıkıyor|geliyor].
Sepeti onaylarken kart bilgisi ekranı [açılmıyor|gelmiyor], sipariş veremiyorum.
Uygulama sipariş verirken [kapanıyor|çöküyor|kendiliğinden kapanıyor].
Sipariş oluşturmaya çalışınca sistem hatası alıyorum, yardım [eder misiniz|edebilir misiniz]?
Ödeme adımına geçince sayfa [donuyor|beyaz ekran oluyor|kilitleniyor], siparişi tamamlayamıyorum.
Sepeti onaylıyorum ama "bir hata oluştu" yazıp [başa dönüyor|çıkıyor|kapanıyor].
[Adres|Teslimat] seçme ekranında takılıyorum, sipariş veremiyorum.
Siparişi bitir butonuna basınca hiçbir şey [olmuyor|gerçekleşmiyor].
Kartımı girip ödemeyi tamamla dediğimde "sepetinizdeki ürünlerde değişiklik oldu" yazıp beni sepete geri [atıyor|gönderiyor].
Sepete ekle tuşuna basıyorum, sepetteki sayı artmıyor, ürün bir türlü eklenmiyor.
Alışverişi tamamlamak istiyorum [fakat|ama] teslimat seçenekleri yüklenmediği için bir sonraki adıma [geçemiyorum|ilerleyemiyorum].
{product} için satın al dediğimde "bu ürün bölgenize gönderilemiyor" uyarısı çıkıyor, sipariş veremiyorum.
Tarayıcıyı değiştirdim, önbelleği temizledim, yine de ödeme sayfası [açılmıyor|gelmiyor].
Sipariş özeti ekranında sözleşme onay kutusunu [işaretleyemiyorum|seçemiyorum], metin hiç yüklenmiyor.
Kapıda ödemeyi seçince sipariş tamamlanmıyor, ekranda bir hata kodu çıkıp [duruyor|duruyor sürekli].
Sepetim dolu olduğu halde ödemeye geç butonu hiç tepki vermiyor.
Üye olmadan alışveriş yapmaya çalışıyorum, bilgilerimi girdikten sonra sayfa hata veriyor ve sipariş [oluşmuyor|tamamlanmıyor].
{product} sepetimde duruyor ama satın alma adımında "stok bilgisi alınamadı" diyor, siparişi tamamlayamıyorum.
Bilgisayardan denediğimde ödeme butonuna basınca sayfa sonsuza kadar yükleniyor ve sipariş [düşmüyor|oluşmuyor].
Daha ödeme ekranına bile [ulaşamadım|gelemedim], sipariş adımı açılmadan hata veriyor; sepetimdekileri nasıl satın alacağım?
Sepete eklediğim {product} ödeme aşamasına gelince kendiliğinden siliniyor.
Sitenizden sipariş vermek [imkânsız hale geldi|neredeyse imkânsız oldu], son adımda hep teknik bir [arıza|aksaklık] çıkıyor.
Sepeti onayla butonuna basınca hiçbir şey [olmuyor|olmuyor, öylece kalıyor].
Siparişi tamamla dediğimde sayfa en başa [dönüyor|atıyor].
Adres seçme adımında takılıyorum, bir türlü sipariş [veremiyorum|tamamlayamıyorum].
{product} sepete eklenmiyor, o yüzden sipariş [oluşturamıyorum|veremiyorum].
Uygulamada "sipariş oluşturulurken bir hata oluştu" uyarısı [çıkıyor|çıkıp duruyor].
""",
    "eksik_urun": """
{order} numaralı siparişimden {product} eksik [çıktı|geldi].
{order} nolu siparişimde {product} yok, paket eksik [geldi|gönderilmiş].
Paketi açtım, {product} gelmemiş. Sipariş no: {order}
{order} siparişimde iki ürün vardı, biri eksik [geldi|çıktı].
{order} numaralı siparişimin içinden {product} çıkmadı.
Siparişim eksik geldi! {order}
{order} nolu siparişte {product} eksik, faturada var ama kutuda yok.
{date} teslim aldığım {order} numaralı siparişte {product} yoktu.
Kutuda [sadece|yalnızca] bir ürün vardı, {product} eksik. Sipariş {order}
{order} siparişimden bir parça eksik geldi, ne [yapmam lazım|yapmam gerekiyor|yapmalıyım]?
{order} numaralı siparişimde {product} eksik, [gönderir misiniz|gönderebilir misiniz|yollar mısınız]?
Paket eksik [geldi|elime ulaştı], sipariş numaram {order}.
{product} hiç gelmedi ama sipariş teslim edildi görünüyor, diğer ürünler [geldi|ulaştı]. Sipariş {order}
{order} nolu siparişimdeki set eksik çıktı, {product} yok.
{order} nolu siparişte 3 adet istedim, 2 adet geldi.
{order} siparişimde eksik ürün var: {product}
Eksik ürün bildirimi: sipariş {order}, ürün {product}
{order} numaralı siparişin kutusu açılmış gibiydi, {product} eksik.
{order} — {product} paketin içinde değildi
Sipariş {order}: {product} eksik geldi, parası iade mi olacak gönderilecek mi?
{order} nolu siparişimde aksesuarlar eksik [geldi|çıktı].
{order} numaralı siparişimde {product} eksik geldi, ayrı paketle mi [gelecek|gönderilecek]?
Siparişim eksik geldi, bir ürün [yok|ortada yok].
{product} paketten çıkmadı, eksik [gönderilmiş|yollanmış].
Siparişimde eksik ürün var, ne [yapmalıyım|yapmam gerekiyor|yapacağım]?
{order} nolu siparişim eksik geldi, {product} kutuda yoktu.
{order} numaralı siparişte toplam ürün adedi eksik.
Sipariş {order}: paketten {product} çıkmadı, gönderiminizi [kontrol edin|kontrol eder misiniz].
{order} siparişimde {product} eksik gönderilmiş, ne zaman [gönderilecek|tamamlanacak]?
{product} eksik, sipariş {order}, bir an önce gönderin.
{order} numaralı siparişte [üç|iki] ürün vardı, kutudan [sadece|yalnızca] biri çıktı; {product} eksik.
Paket sağlam geldi ama içinde {product} yoktu, sipariş {order}. Kırık ya da hasarlı bir şey yok, sadece eksik.
{order} nolu siparişin faturasında {product} yazıyor ama pakette yok.
Takımın bir parçası gelmedi, {order} numaralı siparişteki {product} eksik.
{order} siparişi [yarım|eksik] geldi, {product} hiç gönderilmemiş.
Kutuyu açtım, [içi boş çıktı|sadece fatura vardı|içinden bir şey çıkmadı]. Sipariş no {order}
Siparişimin bir kısmı gelmedi, ne yapmam [gerekiyor|lazım]?
Paketten bir ürün eksik [çıktı|geldi].
{order} numaralı siparişte iki koli olması gerekiyordu, [yalnızca|sadece] biri teslim edildi; {product} olan koli ulaşmadı.
{date} gelen {order} nolu kolide {product} dışında her şey vardı, o ürün kutudan hiç çıkmadı.
Sipariş {order}: kutu sağlam, ürünler sağlam, ama {product} sipariş özetinde olduğu halde pakette yok.
{order} siparişimde altılı set sipariş ettim, kutudan [yalnızca|sadece] dört tane çıktı.
{order} numaralı siparişle gelmesi gereken {product} teslimatta eksikti, kalan ürünü ne zaman [gönderirsiniz|yollarsınız]?
<elektronik> {order} nolu siparişteki {product} kutusunda adaptör ve kablo yoktu, eksik paketlenmiş.
Paket elime ulaştı ama ürünlerin yarısı içinde yok; kalanlar ayrıca mı [gönderilecek|gelecek]?
{product} teslim edilen kolinin içinde değildi, paketten çıkmayan tek ürün o.
{order} numaralı siparişte üç ürün vardı, kutudan [sadece|yalnızca] ikisi çıktı; {product} eksik.
Gelen ürün doğru ve sağlam ama parçalarından biri yok, sipariş {order}.
{order} nolu siparişin bir kalemi teslim [edilmedi|edilmemiş], faturada var ama pakette yok.
Siparişimin tamamı gelmedi, bir ürün hiç [gönderilmemiş|konmamış].
{product} kolide yoktu, {order} siparişi eksik teslim edildi.
{order} paketinden {product} çıkmadı, diğer ürünler [tamam|eksiksiz].
İki ürün sipariş ettim, kutudan [yalnızca|sadece] biri çıktı. Sipariş {order}
{order} siparişimde {product} eksik gönderilmiş.
Faturada iki ürün yazıyor, kutudan tek ürün çıktı. Sipariş {order}
{order} nolu siparişin faturasında {product} var ama ürün pakette yoktu; eksik ürünü [gönderin|gönderir misiniz|tamamlayın].
Fatura kutunun içindeydi ama {product} yoktu, sipariş {order}.
{order} siparişim eksik geldi, faturaya göre bir kalem teslim [edilmemiş|edilmedi].
Paketten [sadece|yalnızca] fatura ve bir ürün çıktı, {product} gelmedi. {order}
{order} numaralı siparişin irsaliyesinde {product} görünüyor ama paketten çıkmadı.
Siparişimdeki ürünlerden biri kutuda yok, sipariş {order}.
{order} siparişiyle gelmesi gereken hediye ürün pakette [yoktu|bulunmuyordu].
Parasını ödediğim {product} koliden çıkmadı, fatura tutarının tamamı çekilmiş. Sipariş {order}
{order} nolu siparişin kolisi geldi ama içinden {product} eksik çıktı.
""",
    "yanlis_urun": """
{order} numaralı siparişimde yanlış ürün [geldi|gönderilmiş].
{product} sipariş ettim, [bambaşka|alakasız|farklı] bir ürün geldi. Sipariş no: {order}
{order} nolu siparişimde {product} yerine başka bir şey [gönderilmiş|gelmiş|yollanmış].
Yanlış ürün gönderilmiş! Sipariş {order}
{order} siparişimde renk yanlış geldi, ben siyah [istemiştim|seçmiştim].
{order} numaralı siparişimde {product} yerine başka model [geldi|gönderilmiş].
{order} nolu siparişte beden yanlış gelmiş, etikette farklı yazıyor.
Paketten başkasının siparişi çıktı, sipariş no {order}.
{date} gelen {order} numaralı siparişte yanlış ürün var.
{order} siparişimde aldığım ürün bu değil, {product} istemiştim.
{product} yerine [alakasız|bambaşka|ilgisiz] bir ürün gönderdiniz, sipariş numaram {order}.
{order} numaralı siparişte gelen ürün sipariş ettiğimle aynı değil.
Wrong item geldi, {order} nolu sipariş.
{order} nolu siparişimde {product} bekliyordum, farklı marka gelmiş.
{order} siparişimde ürün yanlış, ne [yapmam gerekiyor|yapmalıyım|yapacağım]?
Sipariş ettiğim {product} değil, başka bir ürün geldi ({order}).
{order} numaralı siparişte gelen ürünün rengi ve modeli farklı.
{order} nolu siparişimde yanlış ürün var, [değiştirin lütfen|doğrusunu gönderin lütfen|değiştirir misiniz].
Yanlış ürün geldi: {order} numaralı siparişte {product} yok, yerine başka bir şey var.
{order} — yanlış ürün, {product} istemiştim
Bu ne ya, {order} siparişimde bambaşka ürün gelmiş!
{order} numaralı siparişin içinden başka bir ürün çıktı.
Siparişimde yanlış ürün [geldi|gönderilmiş].
{product} istedim, başka bir şey geldi.
Bana yanlış ürün göndermişsiniz, ne [yapacağım|yapmam lazım|yapmalıyım]?
{order} numaralı siparişimde beden farklı [gönderilmiş|gelmiş].
<giyim,ayakkabı> {order} nolu siparişte {product} yerine başka renk gelmiş.
Sipariş {order}: gelen ürün benim siparişim değil.
{order} siparişimde yanlış model gönderildi, {product} istemiştim.
{product} siparişime başka bir ürün konmuş, sipariş no {order}.
{order} numaralı siparişte {product} sipariş etmiştim, [kutudan bambaşka bir ürün çıktı|başka bir marka gönderilmiş|paketten alakasız bir şey çıktı].
Ürün sağlam ama benim istediğim değil: {order} nolu siparişte {product} yerine başkası geldi.
{order} siparişinde [beden|renk|model] yanlış gönderilmiş, {product} böyle değildi.
Paket başkasının siparişi [galiba|sanırım|herhalde], içinden {product} değil başka şeyler çıktı. Sipariş {order}
{order} nolu siparişteki ürün resimdekiyle aynı değil, {product} yerine [benzeri|taklidi] gelmiş.
Eksik değil, yanlış ürün gelmiş; sipariş numaram {order}.
Bana başkasının ürünü gelmiş, ne [yapayım|yapmam gerekiyor]?
Siparişimdeki ürün yanlış [gönderilmiş|gelmiş].
{order} numaralı siparişte kutunun üzerindeki etiket doğru ama içinden {product} yerine başka markanın ürünü çıktı.
{date} gelen {order} nolu pakette benim adım yazıyor [fakat|ama] içindeki ürünleri ben sipariş etmedim.
<giyim,ayakkabı> {order} numaralı siparişte {product} için seçtiğim renk gelmemiş, sipariş ekranımla [uyuşmuyor|tutmuyor].
<elektronik> {order} nolu siparişte {product} bekliyordum, kutudan eski nesil bir model çıktı.
{order} siparişimde adet doğru, ürün sağlam; ama gelen ürün sitede seçtiğim {product} değil.
<kozmetik> {order} numaralı siparişte {product} istemiştim, [farklı bir ton|başka bir çeşit|başka bir renk] gönderilmiş.
Sepetime eklediğim ürünle kapıma gelen ürün aynı değil, bu karışıklığı nasıl [düzelteceğiz|çözeceğiz]?
{product} diye sipariş verdim, paketi açınca [şaşırdım|şok oldum], içinden bambaşka bir şey çıktı.
{order} nolu siparişte {product} sipariş ettim, kutudan aynı markanın bambaşka ürünü çıktı.
Ürün kırık ya da eksik değil ama yanlış: {order} siparişimde istediğim {product} gelmedi, yerine farklı bir şey geldi.
<giyim,ayakkabı> {order} numaralı siparişte {size} beden istemiştim, farklı bir beden [gönderilmiş|gelmiş].
Paketin içinden başkasına ait ürünler çıktı, sipariş {order}; benim ürünüm [nerede|nerede kaldı]?
{order} siparişimde gelen ürünün barkodu ve modeli sipariş ettiğimle [uyuşmuyor|örtüşmüyor].
{product} yerine benzer ama farklı bir ürün göndermişsiniz, doğrusunu [istiyorum|bekliyorum].
Kutuyu açınca [şaşırdım|şaşırıp kaldım], sipariş ettiğim şey değil, bambaşka bir ürün.
<elektronik> {order} nolu siparişte {product} yerine farklı kapasitede bir model gelmiş.
{order} siparişimde {product} yerine bambaşka bir ürün geldi.
Başka birinin siparişi bana gelmiş [galiba|sanırım], sipariş no {order}
""",
    "hasarli_urun": """
<elektronik,ev & yaşam> {order} numaralı siparişimdeki {product} kırık geldi.
{order} nolu siparişte {product} hasarlı çıktı.
Ürün kutusu ezik, {product} çizik geldi. Sipariş no: {order}
{order} siparişimdeki ürün bozuk çıktı, [çalışmıyor|hiç çalışmıyor].
<elektronik,ev & yaşam> {product} paketten kırık çıktı! {order}
{order} numaralı siparişimde {product} defolu geldi.
<elektronik> {date} teslim aldığım {order} nolu siparişte {product} çalışmıyor.
{order} siparişimdeki {product} lekeli ve yırtık geldi.
{order} nolu siparişimin ürünü hasarlı, [fotoğrafları var|fotoğraflarını çektim].
Kargodan hasarlı çıktı, sipariş {order}. {product} kullanılamaz [durumda|halde].
<elektronik> {order} numaralı siparişte {product} ekranı çatlak geldi.
<elektronik,ev & yaşam> {product} açar açmaz bozuldu, sipariş numaram {order}.
{order} nolu siparişimde ürün ezik ve kırık.
<giyim,ayakkabı> {order} siparişimdeki {product} kusurlu, dikişleri [sökük|atmış].
Damaged ürün geldi, {order} numaralı sipariş.
<elektronik> {order} numaralı siparişte gelen {product} şarj [olmuyor|almıyor].
{order} nolu siparişimde {product} paramparça geldi!!
{order} numaralı siparişte ürün hasarlı, ambalaj da [yırtıktı|parçalanmıştı].
<elektronik,ev & yaşam> {product} kutusundan kırık çıktı, {order} nolu siparişim.
{order} siparişimdeki cam ürün [kırılmış|kırık çıktı].
<elektronik> {order} nolu sipariş: {product} arızalı geldi, [açılmıyor|hiç açılmıyor].
Hasarlı ürün bildirimi, sipariş {order}, ürün {product}.
{order} — {product} çizik ve göçük
<elektronik,ev & yaşam> {order} numaralı siparişimdeki {product} ilk kullanımda [bozuldu|arızalandı].
{product} hasarlı geldi.
Ürün kırık geldi, ne [yapmam lazım|yapmalıyım|yapmam gerekiyor]?
Siparişim hasarlı geldi, kutu [ezilmiş|paramparça].
<elektronik> {product} bozuk çıktı, [çalışmıyor|hiç çalışmıyor].
<elektronik,ev & yaşam> {order} numaralı siparişimde {product} kırık çıktı, iade mi değişim mi yapılır?
{order} nolu sipariş hasarlı ulaştı, kutu [yırtıktı|delinmişti].
<elektronik,ev & yaşam> {product} ilk gün bozuldu, sipariş {order}.
{order} numaralı siparişteki {product} [ezik|çizik] geldi, kutusu da [yırtıktı|ezilmişti].
<elektronik,ev & yaşam> {order} nolu siparişin ürünü doğru geldi ama {product} hasarlı, [çalışmıyor|açılmıyor].
<elektronik> {product} kutusundan çıktı, [hiç açılmadı|fişe takınca ses bile çıkmadı|bir kez bile çalışmadı], sipariş {order}.
Kargoda hasar görmüş, {product} [kırılmış|parçalanmış]; sipariş numarası {order}.
{order} siparişinde gelen {product} [lekeli|yırtık|defolu], bu şekilde [kullanamam|kullanılmaz].
Ürün doğru ama bozuk geldi, sipariş {order}.
Gelen ürün hasarlı, [fotoğraflarını|videosunu] [çektim|kaydettim].
Paketi [açtığımda|açınca|açar açmaz] ürün kırıktı.
{order} numaralı siparişim doğru ve eksiksiz geldi fakat {product} taşıma sırasında darbe almış, kullanılamayacak halde.
<elektronik> {date} teslim aldığım {order} nolu siparişteki {product} ilk çalıştırmada yanık kokusu yapıp kapandı.
{order} nolu siparişin kolisi ıslanmış, bu yüzden içindeki {product} zarar görmüş.
<kozmetik> {order} numaralı siparişteki {product} [ambalajı patlamış|kapağı kırılmış], içi kutuya akmış.
<ayakkabı> {order} siparişinde gelen {product} tabanı yerinden ayrılmış, bir teki tamamen bozuk.
<ev & yaşam> {order} nolu siparişteki {product} kutudan [çatlamış|parçalanmış] halde çıktı, kırık parçalar ortalıkta.
<elektronik> {product} kutusundan çıkardığım anda ekranında çizgiler vardı, hiç [kullanmadım bile|kullanamadım bile].
Ürün elime hasarlı ulaştı, kırık parçalarıyla ne yapmam [gerekiyor|lazım]?
{order} numaralı siparişte {product} geldi ama paket ezilmiş, ürün kırılmış.
Ürün doğru ürün ama kullanılamaz durumda, {order} siparişinde gelen {product} çizik ve göçük.
{order} nolu kargoyu açtığımda {product} parçalanmıştı, ne yapmam [gerekiyor|lazım]?
<elektronik> {order} siparişindeki {product} hiç açılmıyor, kutudan arızalı çıktı.
Gelen ürün hasarlı, kırık parçaların fotoğrafını [ekledim|gönderdim].
<elektronik,kozmetik> {order} siparişindeki {product} kırık geldi.
<elektronik> Kutu [ezilmiş|göçmüş], içindeki {product} çizik çıktı. Sipariş {order}
""",
    "kargo_takip": """
{order} numaralı siparişimin kargosu [nerede|nerede şu an|ne alemde]?
{order} nolu siparişimin kargo takip numarası [nedir|ne]?
Kargom [nerede|nerede kaldı|ne durumda]? Sipariş no: {order}
{order} siparişimin kargosu hangi [şubede|merkezde]?
{carrier} ile gelen kargom [nerede|ne durumda], sipariş {order}
{tracking} takip numaralı kargom ne durumda? Sipariş numaram {order}
{order} nolu siparişin kargosunu takip etmek [istiyorum|istiyordum].
Kargom hangi aşamada? {order}
{order} numaralı siparişimin kargo hareketlerini [görebilir miyim|paylaşır mısınız|gösterir misiniz]?
{carrier} takip numarası çalışmıyor, {order} siparişimin kargosu nerede?
{order} siparişimin kargosu dağıtıma [çıktı mı|çıkmış mı]?
Takip numaram yok, {order} nolu siparişin kargosu [nerede|hangi aşamada]?
{order} numaralı siparişim kargoya verildi diyor ama kargo nerede [göremiyorum|bulamıyorum].
{order} nolu siparişimin kargosu [ne zaman|hangi gün] gelir?
Kargo takip linki [açılmıyor|çalışmıyor], sipariş {order}.
{order} siparişimin kargosu hangi [ilde|şehirde]?
{date} kargoya verilen {order} numaralı siparişin kargosu nerede?
{carrier} kargom nerede kaldı? Sipariş numaram {order}
Kargom yolda mı? {order}
{order} nolu siparişin kargosu transfer merkezinde mi?
{order} numaralı siparişimin kargosunu nereden [takip ederim|takip edebilirim]?
KARGOM NEREDE {order}
{order} siparişimin kargo durumu [nedir|ne]?
{tracking} nolu gönderi nerede, {order} numaralı siparişim.
Kargo ne alemde, {order} nolu siparişim.
{order} numaralı siparişimin kargo firması ve takip numarasını [öğrenebilir miyim|iletir misiniz|söyler misiniz]?
{order} siparişimin kargosu şehrime [ulaştı mı|vardı mı|geldi mi]?
Kargo takibi için sipariş no: {order}
{order} numaralı siparişin kargosu [hangi aşamada|ne durumda], şimdiye kadar hiç hareket [görmedim|göremedim].
{carrier} sitesinde takip numarası bulunamadı diyor. Sipariş {order}
{order} nolu siparişin kargosu nerede ya, {since} bekliyorum!
Kargo takibi nasıl yapılıyor? {order} numaralı siparişim için.
{order} nolu siparişimin kargosu dağıtımda görünüyor, kurye ne zaman [gelir|uğrar]?
{order} siparişimin kargosunun nerede olduğunu [söyler misiniz|söyleyebilir misiniz|bildirir misiniz]?
Kargom {carrier} şubesinde mi bekliyor? Sipariş no {order}
{order} numaralı siparişimin kargo bilgisi [gelmedi|iletilmedi].
{product} kargom nerede? Sipariş {order}
{order} nolu siparişimin gönderisi hangi aktarma merkezinde?
Kargomu takip edemiyorum, {order} numaralı sipariş.
{order} kargo nerde
Kargom [nerede|nerde]?
Kargomun nerede olduğunu [öğrenebilir miyim|söyler misiniz]?
{tracking} takip numaralı kargom nerede?
{carrier} kargom hâlâ yolda mı?
Kargo takip numaramı [bulamıyorum|göremiyorum].
{order} numaralı siparişimin kargosu şu an nerede, takip numarası [nedir|ne]?
{carrier} takip sayfasında hareket [görünmüyor|gözükmüyor], sipariş {order}.
{order} nolu siparişimin kargo takip bilgisini [paylaşır mısınız|iletir misiniz|gönderir misiniz]?
{order} numaralı siparişin kargo hareketlerini görmek istiyorum, [şu an hangi şubede|hangi ilde|nereye kadar gelmiş]?
[Acelem yok|Acil değil], sadece merak ettim: {order} nolu sipariş şu an nerede?
{order} siparişimin takip linki [çalışmıyor|açılmıyor], kargo nerede görebilir miyim?
{order} numaralı siparişin [gönderi kodunu|takip numarasını] [paylaşır mısınız|iletir misiniz]?
Kargoya verildi bildirimi geldi, {order} nolu siparişi nereden takip [edebilirim|ederim]?
{order} siparişim dağıtıma [çıktı mı|çıkmış mı]?
Kargomu nereden takip [edebilirim|ederim]?
Takip numaramı nerede [görebilirim|bulabilirim]?
{order} numaralı siparişimin kargosu şu an hangi şehirde, son hareketi [neydi|ne]?
{order} nolu siparişi hangi kargo firması taşıyor, takip ekranına nasıl [ulaşırım|ulaşabilirim]?
[Acelem yok|Acil bir durum yok], teslim süresi de dolmadı; sadece {order} siparişimin kargo sürecini takip etmek istiyorum.
{carrier} sitesinde {tracking} numarasını sorguladım, sonuç çıkmadı; {order} siparişimin paketi nerede?
{order} numaralı siparişin paketi kuryeye teslim edildi mi, dağıtım listesinde mi?
{date} kargoya verilen {order} nolu gönderinin anlık konumunu [öğrenebilir miyim|söyleyebilir misiniz]?
{order} siparişim için kargo takip bağlantısını SMS olarak [iletebilir misiniz|gönderebilir misiniz]?
Paketimin hangi aktarma merkezinde olduğunu nasıl [görebilirim|öğrenebilirim]?
{order} siparişimin kargo hareketlerini görmek istiyorum, takip numarası [nedir|ne]?
Paketim şu an nerede, dağıtım şubesine [vardı mı|ulaştı mı]? Sipariş {order}
{carrier} ile gelen {order} numaralı gönderinin nerede olduğunu söyler misiniz?
Kargo bilgisi gelmedi, {order} nolu siparişimin gönderi kodunu [paylaşır mısınız|iletir misiniz]?
Gecikme yok, merak ediyorum sadece: {order} siparişim hangi aktarma merkezinde?
{order} numaralı paketin kurye bilgisine ve teslimat saatine [ulaşabilir miyim|erişebilir miyim]?
{order} kargom şu an nerede?
Kargo takip numaramı [iletir misiniz|gönderir misiniz|paylaşır mısınız]? Sipariş {order}
{order} hangi kargo firmasıyla geliyor, nereden takip [edebilirim|ederim]?
{order} nolu siparişim kargoya verilmiş, takip numarasını [alabilir miyim|öğrenebilir miyim]?
Kargom hangi şubede, dağıtıma [çıktı mı|çıkmış mı]? Sipariş {order}
{order} siparişimin kargo hareketlerini görmek istiyorum, takip linki [açılmıyor|çalışmıyor].
{carrier} takip ekranında {order} siparişimi bulamıyorum, takip kodu nedir?
Siparişim yola çıktı mı? {order}
{order} numaralı gönderinin son konumu [neresi|nedir]?
Kargom şu an hangi aşamada, ne zaman dağıtıma çıkacak? {order}
{order} siparişimin takip linkini {phone} numarasına SMS ile tekrar gönderir misiniz?
{order} nolu siparişim [hangi ilde|hangi şehirde], kapıma ne kadar kaldı?
Siparişim şu an yolda mı, nereye kadar [geldi|ulaştı]? {order}
{order} numaralı siparişim hangi aktarma merkezinden [çıktı|geçti], bir hareket var mı?
Siparişim [dağıtım şubesine|şehrime] ulaştı mı? {order}
""",
    "kargo_gecikme": """
{order} numaralı siparişimin kargosu [gecikti|gecikmede|geç kaldı].
{order} nolu siparişim {since} kargoda, hâlâ gelmedi!
Kargom [çok|epey|fena halde] gecikti, sipariş no: {order}
{order} siparişimin tahmini teslim tarihi geçti [ama|fakat] kargo gelmedi.
{carrier} kargom {since} yerinde sayıyor. Sipariş {order}
{date} kargoya verildi, hâlâ elimde değil. Sipariş numaram {order}
{order} numaralı siparişim neden bu kadar [gecikti|geç kaldı]?
Kargo gecikmesi var, {order} nolu sipariş.
{order} siparişim 2 günde gelecek denmişti, hâlâ yok.
{order} numaralı siparişin kargosu hâlâ gelmedi, bu ne [biçim iş|rezalet|saçmalık]!
Kargo {since} aynı şubede bekliyor, {order} numaralı siparişim.
{carrier} yine geç kaldı, {order} siparişim nerede kaldı?
{order} nolu siparişim teslim tarihini geçti, ne zaman [gelecek|gelir|elime ulaşacak]?
KARGO HALA GELMEDİ!!! {order}
{order} numaralı siparişim {since} yolda, normal mi bu?
Siparişim geç kaldı, {order}. Acil lazımdı.
{order} siparişimin kargosu gecikti, tahmini tarih de [değişmiş|ileri atılmış].
{order} nolu siparişin kargosu çok yavaş ilerliyor, {since} aynı yerde.
{date} gelmesi gerekiyordu, {order} numaralı sipariş hâlâ gelmedi.
{order} numaralı siparişim hâlâ yolda, ne zaman teslim [edilecek|edilir]?
Kargo delay var galiba, {order} nolu sipariş hâlâ gelmedi.
{carrier} {since} dağıtıma çıkarmıyor, sipariş {order}.
{order} siparişimde teslimat gecikmesi [yaşanıyor|var].
{order} nolu siparişimi {since} bekliyorum, rezalet.
{order} numaralı siparişin geç gelmesinin [sebebi|nedeni] ne?
Sipariş no {order}, kargo söz verilen tarihte [gelmedi|ulaşmadı].
{product} kargom gecikti, {order} numaralı sipariş.
{order} siparişim dağıtımda görünüyor ama bir türlü [gelmiyor|ulaşmıyor].
{order} nolu siparişim için tahmini teslim tarihi geçeli [çok oldu|epey oldu|bayağı oldu].
Kargom gecikti, hâlâ [gelmedi|ortada yok].
{since} kargo bekliyorum, gelmedi.
Siparişimin kargosu neden bu kadar [geç geliyor|gecikiyor]?
{carrier} kargomu hâlâ [getirmedi|teslim etmedi].
{order} numaralı siparişimin kargosu hâlâ yolda, teslim tarihi [geçti|çoktan geçti].
{order} nolu siparişim gecikti, kargo ne zaman [gelecek|gelir]?
{carrier} {order} siparişimi bir türlü getirmedi, gecikmenin [sebebi|nedeni] ne?
Teslim tarihi geçti [ama|fakat] kargo yok, sipariş {order}.
{order} numaralı siparişin tahmini teslim tarihi [çoktan geçti|geçeli epey oldu|çoktan doldu], kargo hâlâ yolda.
Nerede olduğunu görüyorum ama [gelmiyor|kıpırdamıyor]: {order} nolu sipariş {since} aynı şubede bekliyor.
{order} siparişimin teslim süresi aşıldı, neden bu kadar [gecikti|uzadı]?
Söz verilen tarihte gelmedi, {order} numaralı sipariş [hâlâ|halen] dağıtıma çıkmadı.
{carrier} {since} "yolda" diyor, sipariş {order}; bu kadar beklemek [normal mi|olağan mı]?
{order} nolu siparişim gecikmeli, [hızlandırabilir misiniz|hızlandırmanın bir yolu var mı]?
Kargom gecikti, söz verilen tarihte [gelmedi|teslim edilmedi].
Teslimat tarihi geçti ama paket hâlâ [yok|ortada yok].
{order} numaralı siparişin teslim günü olarak verilen tarih geçti, kargo kapıma gelmedi; gecikmenin [sebebi|nedeni] ne?
{date} kargoya verildi denmişti, tahmini teslim süresi çoktan doldu ama {order} nolu paket ortada yok.
{carrier} paketi {since} aktarma merkezinde bekletiyor, {order} siparişim teslim tarihini kaçırdı.
{order} siparişimi özel bir gün için almıştım, söz verilen sürede gelmediği için hediye geç kaldı.
Teslimat süresi üç iş günü yazıyordu, {order} numaralı sipariş ise {since} yolda.
{order} nolu siparişte kargonun nerede olduğunu biliyorum, sorun geç kalması; ne zaman teslim [edilecek|edilir]?
{product} siparişim {since} gecikmede, sipariş {order}; en azından yeni bir teslim tarihi [verin|söyleyin].
Kargom beklenen tarihten çok sonra hâlâ yolda, bu kadar gecikme [normal mi|kabul edilebilir mi]?
{order} numaralı siparişim için verilen teslim tarihi üzerinden {since} geçti, paket hâlâ elimde değil.
Kargo takibinde her gün aynı şey yazıyor, {order} nolu sipariş bir türlü adrese ulaşmıyor; bu gecikme ne zaman [bitecek|sona erecek]?
Haftaya taşınacağım, {order} siparişim o zamana kadar gelmezse ne olacak? Zaten geç kaldı.
{carrier} şubesi paketin geç geleceğini söyledi ama ne kadar geç, kimse bilmiyor. Sipariş {order}
Bayramdan önce gelir dediniz, bayram bitti, {order} nolu kargo yok.
{order} numaralı siparişimin teslimatı sürekli [erteleniyor|öteleniyor], her seferinde bir sonraki güne atılıyor.
Kargonun yavaşlığı artık sabrımı taşırdı, {since} bekliyorum ve sipariş {order} hâlâ teslim edilmedi.
Ayın başında verdiğim sipariş ay ortası oldu gelmedi, numarasını da [kaybettim|bulamıyorum].
{order} için tahmini teslim tarihi geçti, hâlâ ortada yok.
{since} yolda görünüyor, {order} neden bu kadar gecikti?
{carrier} paketimi {since} aynı aktarma merkezinde bekletiyor, sipariş {order}
{date} kargoya verilen {order} hâlâ gelmedi, söz verilen teslim günü geçti; neden bu kadar [gecikiyor|uzuyor]?
Tahmini teslimat iki kez ertelendi, {order} nolu siparişim ne zaman [gerçekten|nihayet] gelecek?
{since} "dağıtıma çıktı" yazıyor ama kurye bir türlü [gelmiyor|uğramıyor], sipariş {order}.
Kargom geç kaldı, {order} numaralı siparişin teslim süresi [çoktan doldu|çoktan aşıldı].
Hızlı teslimat diye aldım, {since} bekliyorum; {order} hâlâ teslim edilmedi.
{carrier} gönderim {since} hareket etmiyor, bu gecikme [normal mi|olağan mı]? Sipariş {order}
2 günde gelir yazıyordu, bir haftayı geçti. Sipariş no {order}
{order} siparişimi doğum günü için almıştım, gecikme yüzünden [yetişmeyecek|yetişemeyecek]; ne zaman teslim edersiniz?
Geç kalan kargom için ne yapabilirsiniz? {order} nolu sipariş {since} yolda.
Teslimat tarihi geçtiği halde {order} numaralı siparişten [haber yok|ses yok|bir haber yok].
""",
    "teslim_edildi_gorunuyor": """
{order} numaralı siparişim teslim edildi görünüyor [ama|fakat] elime [ulaşmadı|geçmedi].
{order} nolu sipariş teslim edildi diyor, ben teslim almadım!
Kargo teslim edildi yazıyor ama ürün bende değil. Sipariş no: {order}
{order} siparişim {date} teslim edilmiş görünüyor, kimse bir şey [getirmedi|bırakmadı].
{carrier} teslim ettim diyor ama gelmedi, sipariş {order}
{order} numaralı siparişte teslim alan kişi ben [değilim|değilim ki].
Teslim edildi görünüyor, gelmedi. {order}
{order} nolu siparişim komşuya mı bırakıldı, teslim edildi yazıyor ama [yok|ortada yok].
[Evdeydim|Bütün gün evdeydim], kimse gelmedi ama {order} numaralı sipariş teslim edildi olmuş.
{order} siparişim teslim edildi gözüküyor, kapıda da [yok|bir şey yok].
{tracking} takip numaralı kargo teslim edildi diyor ama teslim almadım. Sipariş {order}
{order} numaralı sipariş teslim edilmiş ama imza benim değil.
Siparişim teslim edildi görünüyor [ama|fakat] gelmedi, {order}
{order} nolu siparişim {date} teslim edildi görünüyor ama elimde değil.
Delivered yazıyor ama paket yok, {order} numaralı sipariş.
{order} siparişimi kim teslim aldı? Bana [gelmedi|ulaşmadı].
{carrier} kuryesi teslim edildi yapmış, paket ortada yok. Sipariş {order}
{order} numaralı siparişin teslim edildi bilgisi [yanlış|hatalı], ben almadım.
{order} nolu sipariş teslim edildi diyor, apartman görevlisinde de yok.
Teslim edilmedi ama sistemde teslim edildi görünüyor: {order}
{order} siparişim teslim edildi mesajı geldi ama kargo [gelmedi|ulaşmadı].
{product} teslim edildi görünüyor ama gelmedi, sipariş no {order}.
{order} numaralı siparişim teslim edildi olarak kapatılmış, ürün elime [ulaşmadı|geçmedi].
Teslim edildi görünüyor [ama|fakat] gelmedi.
Kargom teslim edildi diyor, ben [almadım|teslim almadım].
{carrier} teslim edildi dedi ama kargo bende değil.
Siparişim teslim edilmiş görünüyor ama ortada [yok|hiçbir şey yok].
{order} numaralı sipariş teslim edildi görünüyor, ben hiçbir paket [almadım|görmedim].
{order} nolu siparişim teslim edildi diyor ama kapıda da, kutuda da yok.
Sipariş {order} için teslim edildi SMS'i geldi ama ürün [gelmedi|ortada yok].
{order} numaralı sipariş teslim edildi görünüyor ama [kimseye imza atmadım|kimse zile basmadı|kapım hiç çalınmadı].
Teslim edildi bildirimi geldi, {order} nolu paket [kapıda|posta kutusunda|komşularda] yok.
{order} siparişine teslim edildi denmiş ama [ben evdeydim|evde bekliyordum], kargo gelmedi.
Uygulama teslim edildi diyor ama elime bir şey [ulaşmadı|geçmedi].
{order} numaralı sipariş teslim edildi diyor ama ne bina girişinde ne komşularda paket var; teslimat kanıtı var mı?
{date} teslim edildi diye bildirim aldığım {order} nolu paket elime hiç geçmedi, kime verildiğini [öğrenmek istiyorum|söyler misiniz].
{carrier} kuryesi paketi teslim etmiş gibi kapatmış, {order} siparişim bende yok; kamerada da kimse [gelmemiş|görünmüyor].
Kargo firması teslim ettik diyor ama ben hiçbir şey almadım, ne [yapmalıyım|yapmam gerekiyor]?
{order} numaralı siparişte "teslim edildi" yazıyor ama kapıma kimse gelmedi, zil bile [çalmadı|çalınmadı].
Kargo takibinde teslim alındı görünüyor, imza da benim değil. Sipariş {order}
{carrier} paketimi teslim etmiş gözüküyor, apartman görevlisine de sordum, onda da yok. {order}
Komşulara da sordum, {order} nolu sipariş kimseye bırakılmamış ama sistem teslim edildi diyor.
{date} teslim edildi bildirimi geldi, oysa o gün bütün gün evdeydim. Sipariş no {order}
Teslim edildi yazıyor ama ortada paket yok, ne [yapmam gerekiyor|yapmalıyım]?
""",
    "teslimat_suresi": """
Siparişler kaç günde teslim [ediliyor|edilir]?
Teslimat ne kadar [sürüyor|sürer]?
Şimdi sipariş versem en geç ne zaman [gelir|elime ulaşır]?
Kargolar [genelde|genellikle|ortalama] kaç günde geliyor?
{product} sipariş versem ne zaman elimde olur?
Aynı gün teslimat [var mı|yapıyor musunuz]?
Doğu illerine teslimat kaç gün [sürüyor|sürer]?
Hızlı teslimat seçeneği [var mı|mevcut mu]?
Sipariş verdikten sonra kaç gün içinde kargoya [veriliyor|teslim ediliyor]?
Teslimat süresi ne kadar, acil [lazım|ihtiyacım var].
[Hemen|Şimdi] sipariş versem ne zaman elimde olur?
Kargoya verilme süresi kaç gün?
İstanbul içi teslimat kaç gün [sürer|sürüyor]?
Hızlı teslimatla kaç saatte [geliyor|ulaşıyor]?
Yurt dışından gelen ürünler kaç günde [gelir|ulaşır]?
Teslimat süreleri hakkında bilgi [alabilir miyim|verir misiniz|rica ediyorum]?
Hafta sonu teslimat yapılıyor mu?
Teslimat süreniz ortalama ne kadar?
Ortalama kaç günde teslim [ediyorsunuz|ediliyor]?
Bayramdan önce gelir mi, sipariş vermek istiyorum?
Satıcı kaç günde kargolar, teslimat süresi [ne|ne kadar]?
Köye teslimat kaç günde [oluyor|yapılıyor]?
Büyük ev eşyalarında teslimat süresi ne kadar?
Kargo kaç günde gelir [genelde|genellikle|aşağı yukarı]?
Sipariş versem kaç günde [kapımda olur|elime geçer]?
Teslimat süreniz ne kadar, bilgi [verir misiniz|verebilir misiniz]?
Siparişlerin kargoya verilmesi ne kadar [sürüyor|zaman alıyor]?
Standart teslimat kaç gün?
Adrese teslim ne kadar zaman [alıyor|sürüyor]?
Hızlı teslimat seçersem kaç günde [gelir|elime ulaşır]?
Kargo süreniz ne kadar?
[Büyük şehirlere|Anadolu'ya|Küçük ilçelere] teslimat ortalama kaç günde oluyor?
Sipariş verirsem [kaç iş gününde|ne kadar sürede] elime ulaşır?
Hızlı teslimat seçeneğiniz var mı, [ne kadar sürüyor|kaç günde geliyor]?
Köye teslimat ne kadar [sürer|zaman alır]?
Mesai saatinden sonra verilen siparişler aynı gün mü kargolanıyor, yoksa ertesi iş günü mü?
{product} almak istiyorum ama doğum gününe [yetişmesi lazım|yetişmesi gerekiyor], genelde kaç günde teslim ediyorsunuz?
Kargolama süresiyle teslimat süresi ayrı mı hesaplanıyor, toplamda kaç gün beklemem [gerekir|lazım]?
Kırsal bölgelere gönderimlerde teslimat süreniz [uzuyor mu|daha mı uzun]?
Şimdi sipariş versem en geç ne zaman elimde olur?
İstanbul içine gönderim kaç iş günü [sürüyor|sürer]?
Hafta sonu verilen siparişler hafta içi mi kargoya çıkıyor?
{product} için tahmini teslimat süresi ne kadar?
Yurt dışından gönderilen ürünler kaç günde [geliyor|ulaşıyor]?
Aynı gün teslimatınız var mı, saat kaça kadar sipariş vermem [lazım|gerekiyor]?
""",
    "kargo_ucreti": """
Kargo ücreti ne kadar?
Kaç TL üzeri kargo bedava?
{amount} üzeri siparişlerde kargo ücretsiz mi?
Kargo ücretini kim [ödüyor|karşılıyor]?
Sepetimde kargo ücreti çıktı, [neden|niye]?
Kargo bedava değil [miydi|mi]?
{amount} kargo ücreti çok [fazla|yüksek|pahalı] değil mi?
Ücretsiz kargo kampanyası [var mı|yok mu]?
Kargo parası alıyor musunuz?
İade ederken kargo ücreti ödeyecek miyim?
Kapıda ödemede ekstra kargo ücreti var mı?
Kargo bedeli neden bu kadar [yüksek|fazla|pahalı]?
Kargo ücreti kaç para?
Birden fazla satıcıdan alınca kargo ücreti ayrı mı [alınıyor|ödeniyor]?
Kargo ücretsiz olması için sepet tutarı ne [olmalı|olmalıdır]?
Sıradan üyelerde kargo bedava mı?
Sepette {amount} kargo ücreti gösteriyor, doğru mu?
Kargo ücretini [öğrenebilir miyim|söyler misiniz]?
Minimum sepet tutarı ne kadar olursa kargo ücretsiz oluyor?
Kargo ücreti ürün fiyatına dahil mi?
Adaya gönderimde kargo ücreti [farklı mı|değişiyor mu]?
Neden iki kere kargo ücreti [yansıdı|eklendi] sepetime?
Kargo ücreti iade [edilir mi|ediliyor mu]?
[Büyük|İri|Hacimli] ürünlerde kargo ücreti ne kadar?
Kargo için ne kadar [ödeyeceğim|ödemem gerekiyor]?
Kargo ücreti sipariş tutarına göre mi [değişiyor|farklılık gösteriyor]?
Bu ürün için kargo ücreti ödeyecek miyim?
Neden kargo ücreti alındı, ücretsiz [yazıyordu|görünüyordu]?
Kargo bedava sınırı ne kadar?
Her siparişte kargo ücreti mi [ödüyorum|ödemem gerekiyor]?
Kargo bedava olması için sepet en az [ne kadar|kaç lira] olmalı?
[Küçük|Tek|Ufak] bir ürün alsam kargo ücreti öder miyim?
İade ederken kargo parasını kim ödüyor, alırken ne kadar?
Kargo ücreti neden bu kadar [yüksek|fazla] çıktı?
Sepetim {amount}, ücretsiz kargo sınırına ne kadar kaldı?
Hızlı teslimat seçersem ek bir kargo bedeli [ödüyor muyum|ödemem gerekiyor mu]?
Ağır ve hacimli ürünlerde kargo ücreti desiye göre mi hesaplanıyor?
Kampanyalı ürünlerde de kargo ücreti alıyor musunuz?
Kaç liralık alışverişte kargo bedava oluyor?
{amount} tutarındaki sepetime neden kargo ücreti eklendi?
Farklı satıcılardan aldığım ürünler için ayrı ayrı kargo ücreti mi [ödeyeceğim|ödemem gerekecek]?
Kargo bedeli ne kadar, ücretsiz gönderim sınırı [değişti mi|güncellendi mi]?
Kargo ücreti ürün fiyatına dahil mi, yoksa ödeme adımında mı [ekleniyor|yansıtılıyor]?
""",
    "iade_baslat": """
{order} numaralı siparişimi [maalesef|ne yazık ki|artık] iade etmek istiyorum, {reason}.
{order} nolu siparişteki {product} ürününü iade etmek [istiyorum|istiyorum, yardımcı olur musunuz|niyetindeyim].
{reason}, iade etmek [istiyorum|niyetindeyim|istiyorum artık]. Sipariş no: {order}
{order} siparişim için iade talebi [oluşturmak istiyorum|açmak istiyorum|oluşturmam gerekiyor].
İade [etmek|yapmak] istiyorum, {order} numaralı sipariş. Sebep: {reason}
{product} {reason}, iade [edeceğim|etmek istiyorum|yapacağım]. Sipariş {order}
{order} nolu siparişin iadesini [başlatır mısınız|başlatabilir misiniz|başlatmanız mümkün mü]?
Değişim istemiyorum, [direkt|doğrudan|düpedüz] iade istiyorum. {order} numaralı sipariş, {reason}.
{order} numaralı siparişimdeki ürünü geri [göndermek|yollamak] [istiyorum|niyetindeyim].
{date} teslim aldığım {order} nolu siparişi iade edebilir miyim? {reason}.
İade süreci [nasıl|ne şekilde] başlıyor? {order} siparişimi iade [edeceğim|etmek istiyorum|yapacağım].
{order} siparişimde {product} {reason}, iade talebi [açar mısınız|açabilir misiniz|oluşturur musunuz]?
Refund istiyorum, ürünü geri [yollayacağım|göndereceğim|postalayacağım]. Sipariş {order}
{order} numaralı siparişi iade etmek [istiyorum|niyetindeyim] çünkü {reason}.
{reason}. {order} nolu siparişimi iade etmek [istiyorum|istiyorum, yardımcı olur musunuz|istiyorum, ilgilenir misiniz].
İade talebi: {order}, {reason}
{order} siparişimdeki {product} için iade [başlatmak istiyorum|süreci başlatmak istiyorum|kaydı açmak istiyorum].
{order} nolu siparişimi iade edeceğim, [nasıl başlatırım|nereden başlatabilirim|ne yapmam gerekiyor]?
{product} iade etmek istiyorum, {reason}. Sipariş numaram {order}
{reason}, {order} numaralı siparişi iade [edin|edin lütfen|etmek istiyorum].
{order} siparişim için iade [oluştur|başlat|kaydı aç] lütfen, {reason}.
{order} numaralı siparişteki [ürünü|ürünleri] iade etmem mümkün mü? {reason}.
İade kaydı [açmak istiyorum|açtırmak istiyorum|oluşturmak istiyorum], sipariş {order}.
{order} nolu sipariş iade, {reason}.
{date} gelen {order} numaralı siparişi geri [vermek|göndermek|yollamak] istiyorum, {reason}.
{order} siparişimi iade etmek istiyorum, parayı [kartıma|karta] [yatırın|geri yükleyin|geri yatırın].
[Uygulamada|Sitede|Hesabımda] iade butonu çıkmıyor, {order} numaralı siparişi iade etmek [istiyorum|istiyorum, ne yapmalıyım].
{order} nolu siparişimin iadesini [yapmak|gerçekleştirmek] istiyorum, {reason}.
{product} {reason}, geri [göndermek|yollamak] istiyorum. {order}
{order} numaralı sipariş için iade talebi [oluşturabilir misiniz|açabilir misiniz|açar mısınız]? Nedeni: {reason}
{order} siparişini iade etmek [istiyorum|istiyorum, yardımcı olur musunuz|istiyorum, ne yapmam gerekiyor].
İade [etmek|yapmak] istiyorum, sipariş no {order}, {reason}.
{order} nolu siparişimi iade ediyorum, {reason}, değişim [istemiyorum|talep etmiyorum|düşünmüyorum].
{order} numaralı siparişimi geri [yollamak|göndermek] istiyorum, iade [başlatın|başlatır mısınız|sürecini başlatın].
{order} — iade istiyorum, {reason}
Ürün elime [ulaştı|geçti|geldi] ama {reason}, {order} numaralı siparişi iade etmek [istiyorum|niyetindeyim].
{order} iade
[Ürünü|Aldığım ürünü] iade etmek istiyorum, {reason}.
{product} iade etmek [istiyorum|istiyorum, nasıl yapabilirim|niyetindeyim].
İade talebi [oluşturmak|açmak] [istiyorum|istiyorum, yardımcı olur musunuz].
{reason}, iade etmek [istiyorum|istiyorum, nasıl yaparım].
[Aldığım|Satın aldığım] ürünü nasıl iade [ederim|edebilirim|edeceğim]?
{order} numaralı siparişi iade etmek istiyorum, ürün [kullanılmadı|hiç kullanılmadı|açılmadı bile].
{order} nolu siparişteki {product} geri gönderilecek, {reason}.
İade [başlatmak istiyorum|başlatmam gerekiyor|başlatmam lazım], sipariş {order}.
{order} numaralı siparişteki ürünü [kullanmadan|etiketini koparmadan|hiç açmadan] iade etmek istiyorum, {reason}.
İade [süresi|hakkım] dolmadan {order} nolu siparişi geri [göndermek|yollamak] istiyorum, {reason}.
{reason}; {order} siparişim için iade kaydı [açar mısınız|açabilir misiniz|oluşturur musunuz]?
İade talebi [oluşturmak|açmak] istiyorum ama sipariş numarasını [bulamıyorum|hatırlamıyorum|kaybettim].
{order} numaralı siparişi teslim aldım ama {reason}; iade sürecini benim için [başlatabilir misiniz|başlatır mısınız|başlatmanız mümkün mü]?
{product} elime [ulaştıktan|geçtikten] sonra [fark ettim|anladım] ki {reason}, {order} nolu siparişteki bu ürünü geri [vermek|göndermek] istiyorum.
{date} teslim edilen {order} siparişini [yasal süre|cayma süresi] içinde iade etmek istiyorum, ürün hâlâ kutusunda [duruyor|bekliyor].
{product} için iade talebi [açmam|oluşturmam] lazım, {reason}.
{order} numaralı siparişteki {product} beklediğim gibi çıkmadı, {reason}; geri [göndermek|yollamak] istiyorum.
[Cayma hakkımı kullanmak|Cayma hakkımdan yararlanmak] istiyorum, {order} nolu siparişi iade [edeceğim|etmek istiyorum].
İade kodu oluşturup {order} siparişimi geri [yollamak|göndermek] istiyorum, {reason}.
{product} hiç işime yaramadı, iade sürecini nasıl [başlatırım|başlatabilirim|başlatacağım]?
{order} siparişindeki ürünü iade etmek istiyorum, kutusu [açılmadı bile|hiç açılmadı|ağzı bile açılmadı].
{order} siparişindeki ürünü iade etmek istiyorum, {reason}. Nasıl [başlatırım|başlatabilirim|ilerlemeliyim]?
{product} bana [uymadı|uymadı maalesef|olmadı], iade talebi oluşturmak istiyorum. Sipariş {order}
[Uygulamada|Sitede] iade butonu çıkmıyor, {order} için iade talebini siz [açar mısınız|açabilir misiniz|oluşturur musunuz]?
{order} nolu siparişi geri [göndermek|yollamak] istiyorum, {reason}; iade kaydı [açabilir misiniz|açar mısınız]?
Ürünü [beğenmedim|sevmedim|hiç beğenmedim], iade [edebilir miyim|etmem mümkün mü]? Sipariş {order}
{date} teslim aldığım {product} için iade [başlatmak istiyorum|süreci başlatmak istiyorum|kaydı açmak istiyorum].
{order} numaralı siparişi iade [edeceğim|etmek istiyorum], süreci başlatır mısınız? {reason}.
{product} için iade talebi oluşturmak istiyorum, hangi adımları [izlemeliyim|takip etmeliyim|izlemem gerekiyor]?
""",
    "iade_durumu": """
{order} numaralı siparişimin iadesi [ne durumda|ne aşamada|ne alemde]?
{order} nolu siparişin iade süreci hangi [aşamada|noktada|safhada]?
[İadem|Yaptığım iade] ne [oldu|durumda]? Sipariş no: {order}
{order} siparişim için yaptığım iade [onaylandı mı|kabul edildi mi|onaylanmış mı]?
{date} iade kargosuna verdim, {order} numaralı siparişin iadesi [ne durumda|ne aşamada]?
İade ettiğim [ürün|paket] depoya ulaştı mı? {order}
{order} nolu siparişin iadesi hâlâ [incelemede mi|değerlendirmede mi|kontrolde mi]?
{order} numaralı siparişimin iade talebi [kabul edildi mi|onaylandı mı|kabul görmüş mü]?
İade durumumu [öğrenebilir miyim|söyler misiniz|paylaşır mısınız]? Sipariş {order}
{order} iadem {since} sonuçlanmadı.
{order} siparişimin iadesi [reddedilmiş mi|reddedildi mi], [neden|sebebi ne]?
{product} iadesi ne durumda? {order} numaralı sipariş.
İade sürecim [ne|hangi] aşamada? {order}
{order} nolu siparişimin iade işlemi [tamamlandı mı|sonuçlandı mı|bitti mi]?
{carrier} ile iade gönderdim, {order} siparişimin iadesi [ulaştı mı|size ulaştı mı|depoya vardı mı]?
{order} numaralı siparişin iadesi hangi aşamada, bilgi [alabilir miyim|verebilir misiniz|rica ediyorum]?
İade sürecim [ilerlemiyor|yerinde sayıyor|bir türlü ilerlemiyor], sipariş {order}.
{order} nolu siparişte iade talebim var, son durum [ne|nedir|ne oldu]?
{order} siparişimin iadesini gönderdim, teslim [almışlar mı|aldınız mı|alındı mı]?
{order} numaralı siparişin iade incelemesi ne zaman [biter|sonuçlanır|tamamlanır]?
{since} iade bekliyorum, {order} nolu sipariş.
{order} siparişimin iade durumu [nedir|ne|ne oldu]?
İade kargom size [ulaştı mı|ulaştı mı acaba|geldi mi], sipariş numaram {order}?
{order} numaralı siparişimin iadesi [onaylandı mı reddedildi mi|onaylandı mı yoksa reddedildi mi|kabul mü edildi ret mi edildi]?
İade ettiğim [ürün|ürünler] [ne durumda|ne oldu|ne alemde]?
İademin durumu [ne|nedir|ne oldu]?
{date} iade ettim, [ne durumda|ne aşamada|ne oldu]?
İade talebim [onaylandı mı|kabul edildi mi|onaylanmış mı]?
{order} numaralı siparişin iadesi ne zaman [sonuçlanır|netleşir|belli olur]?
{order} nolu siparişin iadesi [kabul edildi mi|onaylandı mı|kabul görmüş mü]?
İade ettiğim {product} ulaştı mı, sipariş {order}?
{order} numaralı siparişin iadesi [depoya ulaştı mı|onaylandı mı|depoya vardı mı]?
İade kargosunu verdim, {order} nolu siparişin iade süreci [nerede|ne aşamada|nerede kaldı]?
{order} siparişinin iadesi [reddedildi mi|incelemede mi|onay bekliyor mu], bilgi [alabilir miyim|verir misiniz]?
[Gönderdiğim|Yolladığım] iade ne durumda, [haber alamadım|bir şey yazmıyor|hiçbir bilgi yok]?
{order} nolu siparişe ait iade paketim teslim [alındı mı|edildi mi], incelemenin sonucunu [bekliyorum|merak ediyorum].
{carrier} aracılığıyla geri yolladığım {product} sizin tarafa [geçti mi|ulaştı mı]? Sipariş {order}
{order} siparişimin iadesi {since} beklemede görünüyor, iade talebim neden [ilerlemiyor|ilerleme kaydetmiyor|yerinde sayıyor]?
İade [başvurum|talebim] kabul mü edildi reddedildi mi, {order} numaralı sipariş için hiçbir [bilgilendirme|bildirim|açıklama] gelmedi.
{order} numaralı siparişten geri gönderdiğim ürünün incelemesi [bitti mi|tamamlandı mı|sonuçlandı mı]? Param değil, iadenin kabulünü [soruyorum|merak ediyorum].
İade paketim depoya [ulaşmış|varmış] görünüyor ama onay [çıkmadı|gelmedi], sipariş {order}.
{order} nolu siparişteki {product} için açtığım iade talebi hangi [adımda|aşamada], kabul [edilecek mi|edilir mi]?
İade kargosu teslim edildi diyor, {order} siparişi için satıcı iademi [onayladı mı|kabul etti mi]?
{since} iade talebim "inceleniyor" aşamasında, {order} numaralı sipariş; ne zaman karar [verilecek|verilir|çıkacak]?
Geri yolladığım ürün elinize [geçti mi|ulaştı mı], iadem reddedilirse ürünü bana geri mi [gönderirsiniz|yollarsınız]? Sipariş {order}
{order} iadem depoya [ulaştı mı|vardı mı|geldi mi]?
{order} için gönderdiğim iade onaylandı mı, bir bilgi [göremiyorum|bulamıyorum|yok ortada].
Geri [yolladığım|gönderdiğim] ürün [ne durumda|ne oldu]? Sipariş no {order}
{carrier} ile gönderdiğim iade {since} yolda [görünüyor|gözüküyor], son durumu nedir? {order}
{order} siparişi için gönderdiğim ürün satıcıya [ulaştı mı|vardı mı], iade [onaylandı mı|kabul edildi mi]?
İade ettiğim {product} depoya [ulaştı mı|vardı mı], [inceleme|kontrol] ne durumda? {order}
{order} nolu siparişin iade talebi hangi [aşamada|adımda|noktada]?
Ürünü {date} iade kargosuna [verdim|teslim ettim], iadem [kabul edildi mi|onaylandı mı]? Sipariş {order}
İade talebimin [durumunu|son durumunu] göremiyorum, {order} siparişi için onay [geldi mi|çıktı mı]?
{order} numaralı siparişin iadesi reddedilmiş görünüyor, [neden|sebebi nedir|niye]?
Geri gönderdiğim ürün hakkında hâlâ [bilgi yok|bir haber yok|ses yok], iade sürecim [nerede|ne aşamada]? Sipariş {order}
{order} iadem satıcı kontrolünde mi, sonuç ne zaman belli [olur|olacak]?
""",
    "iade_kargo_kodu": """
{order} numaralı siparişimin iade kargo kodu [nedir|ne|nedir acaba]?
{order} nolu sipariş için iade kodu [alabilir miyim|verebilir misiniz|iletebilir misiniz]?
İade kodum [gelmedi|ulaşmadı|hâlâ gelmedi], sipariş no: {order}
{order} siparişimi iade edeceğim, kargo kodu [lazım|gerekiyor|lazım bana].
[İade kargo kodunu|İade için kargo kodunu] bulamıyorum, {order} numaralı sipariş.
{order} nolu siparişin iade gönderi kodunu tekrar [gönderir misiniz|iletir misiniz|yollar mısınız]?
{carrier} şubesine gittim, iade kodu [soruyorlar|istiyorlar]. Sipariş {order}
{order} numaralı siparişte iade kodu SMS ile [gelmedi|ulaşmadı|düşmedi].
[İade için|İadem için] kargo kodu nedir? {order}
{order} siparişimin iade kodunu [kaybettim|kaybettim, yenisini alabilir miyim|bulamıyorum artık].
{order} nolu siparişin iade kodunun süresi [doldu mu|geçti mi|bitti mi]?
{order} numaralı sipariş iade kodu [çalışmıyor|geçmiyor], şube kabul [etmedi|etmiyor].
İade [gönderi|kargo] kodu lazım, {order} nolu sipariş.
{order} için iade kargo kodumu [öğrenebilir miyim|söyler misiniz|iletir misiniz]?
{order} siparişimin iadesi için anlaşmalı kargo kodu [ne|nedir|hangisi]?
İade talebi oluşturdum ama kod [gelmedi|hâlâ gelmedi|ulaşmadı]. Sipariş numaram {order}
{product} iadesi için kargo kodu [lazım|gerekli], sipariş {order}.
{order} numaralı siparişin iade kodunu [mail atar mısınız|e-postayla gönderir misiniz|maille iletir misiniz]?
Kargo şubesindeyim, {order} nolu siparişin iade kodunu [acil|hemen|acilen] [yazar mısınız|iletir misiniz]?
{order} siparişi için iade kodu nereden [bakılıyor|görülüyor|öğrenilir]?
{order} nolu siparişin iade kargo kodu [neydi|neydi acaba|ne olacaktı]?
İade kargo kodumu [bulamıyorum|göremiyorum|hiçbir yerde bulamıyorum].
İade kodu nereden [alınıyor|bulunuyor|temin ediliyor]?
{carrier} şubesi iade kodu istiyor, kod [nerede|nerde|nerede görünüyor]?
İade için kargo kodu [lazım|gerekiyor|lazım, yardımcı olur musunuz].
{order} numaralı siparişin iadesini göndereceğim, kodu [verir misiniz|iletir misiniz|paylaşır mısınız]?
{order} nolu sipariş için iade kodumu tekrar [gönderin|iletin|yollayın] lütfen.
İade kargo kodu [alamadım|gelmedi], sipariş {order}.
{order} iade kodu [lazım|gerekli] [acil|acilen|hemen].
{order} siparişinin iade kodunu SMS olarak tekrar [iletebilir misiniz|gönderebilir misiniz|atabilir misiniz]?
{order} numaralı siparişin iade kodu [SMS ile gelmedi|mailime düşmedi|e-postama gelmedi], tekrar [iletir misiniz|gönderir misiniz]?
[Kargo şubesi|Şubedeki görevli] iade kodu istiyor, {order} nolu sipariş için kodu nereden [bulurum|bulabilirim]?
{order} siparişim için [anlaşmalı kargo kodu|iade gönderi kodu|iade kargo kodu] [lazım|gerekiyor].
İade kodunu nereden [alacağım|bulacağım], şubede [bekliyorum|sıra bekliyorum].
{order} numaralı siparişi geri göndereceğim, paketin üzerine yazacağım iade kodunu [iletir misiniz|paylaşır mısınız]?
{carrier} görevlisi kodsuz iade kabul etmiyor, {order} nolu sipariş için geçerli bir iade kodu [oluşturabilir misiniz|tanımlayabilir misiniz]?
{product} iadesi için gelen kod [başka bir|farklı bir] siparişime aitmiş, {order} siparişinin doğru iade kodunu [rica ediyorum|istiyorum].
İade kodunun süresi [geçmiş|dolmuş] olabilir, yenisini nasıl [alırım|alabilirim]?
{order} iadesi için kargo şubesine [gittim|uğradım], kod [istiyorlar|soruyorlar], nereden [bulurum|bulabilirim]?
İade kodum SMS ile [gelmedi|ulaşmadı], sipariş numaram {order}
{order} nolu siparişi geri göndereceğim, anlaşmalı kargo kodunu [iletir misiniz|gönderir misiniz]?
{carrier} şubesinde iade kodu [geçersiz|hatalı] dediler, {order} için yeni kod [alabilir miyim|oluşturabilir misiniz]?
İade talebimi [oluşturdum|açtım] ama gönderi kodunu hiçbir yerde [göremiyorum|bulamıyorum]. Sipariş {order}
İade talebim [açıldı|oluşturuldu] ama kargoya [verirken|teslim ederken] kod soruyorlar, {order} için iade kodum nedir?
{order} nolu siparişin iade gönderi kodunu [bulamıyorum|göremiyorum], tekrar [iletir misiniz|gönderir misiniz]?
Ürünü paketledim, {carrier} şubesine götüreceğim; anlaşmalı iade kodunu [alabilir miyim|paylaşır mısınız]? Sipariş {order}
{order} iadesi için kargo kodu ekranda [görünmüyor|çıkmıyor|yer almıyor].
İade kodu SMS'le gelecek [dediniz|denmişti], gelmedi. {order}
{order} numaralı siparişin iadesi için ücretsiz kargo kodu [rica ediyorum|istiyorum|talep ediyorum].
İade gönderimi için kodu nerede [bulurum|görebilirim|bulabilirim]? Sipariş {order}
[Kurye|Kargo görevlisi] iade kodunu istiyor, {order} siparişine ait kodu [gönderir misiniz|iletir misiniz]?
""",
    "iade_kosullari": """
İade süresi kaç gün [acaba|oluyor|veriliyor]?
İade [koşulları|şartları] [nelerdir|neler|nedir]?
Kullanılmış ürün iade [edilebilir mi|alınıyor mu|kabul ediliyor mu]?
Etiketini [kopardığım|çıkardığım] ürünü iade [edebilir miyim|etmem mümkün mü]?
İndirimli ürünlerde iade [var mı|hakkı var mı|yapılıyor mu]?
İç çamaşırı iade [ediliyor mu|alınıyor mu|kabul ediliyor mu]?
İade kargo ücretini kim [ödüyor|karşılıyor|ödeyecek]?
[Kozmetik|Makyaj] ürünlerde iade hakkım var mı?
Ambalajı açılmış ürün iade [olur mu|edilir mi|kabul edilir mi]?
Kaç gün içinde iade etmem [gerekiyor|lazım|şart]?
Return policy [nedir|ne|nasıl]?
Hediye aldığım ürünü faturasız iade [edebilir miyim|etmem mümkün mü]?
Elektronik ürünlerde iade şartları [ne|neler|nasıl]?
[Kampanyalı ürünleri|Kampanyadan aldığım ürünleri] iade [edebilir miyim|etmek mümkün mü]?
Cayma hakkı kaç gün [sürüyor|geçerli]?
İade için orijinal kutusu [şart mı|gerekli mi|zorunlu mu]?
Kargo poşetini [attım|çöpe attım], yine de iade [edebilir miyim|olur mu]?
[Mağazadan|Fiziki mağazadan] iade [yapabilir miyim|mümkün mü]?
Setin [bir parçasını|sadece bir parçasını] iade [edebilir miyim|etmem mümkün mü]?
İade hakkım ne zaman [bitiyor|sona eriyor|doluyor]?
Denedim ama [beğenmedim|içime sinmedi], iade [edebilir miyim|olur mu]?
Hangi ürünlerde iade [yapılmıyor|kabul edilmiyor|yok]?
Kişiye özel ürünler iade [ediliyor mu|alınıyor mu]?
İade şartlarınızı [öğrenebilir miyim|söyler misiniz|anlatır mısınız]?
Yurt dışı ürünlerde iade nasıl [oluyor|işliyor|yapılıyor]?
Ürünü denedikten sonra iade etmek [mümkün mü|olur mu|mümkün oluyor mu]?
İade süresi [geçerse|dolarsa|kaçarsa] ne [oluyor|olur]?
Paketi açtıktan sonra iade hakkım [var mı|devam ediyor mu]?
İade için ürünün faturası [gerekli mi|şart mı|isteniyor mu]?
İade [ücretli mi|paralı mı|için ücret alınıyor mu]?
Faturası [kaybolan|kaybolmuş] ürünü iade [edebilir miyim|etmem mümkün mü]?
İndirimli aldığım ürünler de iade [ediliyor mu|kabul ediliyor mu]?
[Kozmetik|İç giyim|Küpe|Mayo] ürünlerinde iade hakkım var mı?
Kutusunu attım, iade yine de [kabul edilir mi|alınır mı]?
Hijyen ürünlerinde ambalaj açıldıysa iade hakkı [tamamen|büsbütün|bütünüyle] ortadan kalkıyor mu?
Birkaç kez [giydiğim|denediğim] ama sonra beğenmediğim bir ürünü geri gönderme [şansım|imkânım] var mı?
Kampanyada hediye olarak gelen ürünü de iade etmem [gerekiyor mu|şart mı], ana ürünü iade edersem ne olur?
Yasal cayma süresi teslimattan mı yoksa sipariş tarihinden mi [başlıyor|işlemeye başlıyor]?
Etiketini kopardığım bir ürünü iade [edebilir miyim|etme şansım var mı]?
İndirimli aldığım ürünlerde de iade hakkım [var mı|geçerli mi]?
Kozmetik ürünlerde ambalaj açılınca iade kabul [ediliyor mu|edilir mi]?
İade için ne kadar [sürem|vaktim|zamanım] var, süre teslimattan mı [başlıyor|işliyor]?
İade kargosunu kim ödüyor, benden ücret [kesilir mi|alınır mı]?
Hediye olarak aldığım ürünü faturasız iade [edebilir miyim|etmek mümkün mü]?
""",
    "degisim_talebi": """
{order} numaralı siparişimdeki ürünü {size} beden ile değiştirmek [istiyorum|istiyorum, mümkün mü].
{order} nolu siparişte {reason}, bir büyük bedenle değişim [yapabilir miyim|mümkün mü|yapılabilir mi]?
{reason}, {size} beden [istiyorum|lazım|rica ediyorum]. Sipariş no: {order}
{order} siparişimdeki {product} için değişim talebi [oluşturmak istiyorum|açmak istiyorum|oluşturmam lazım].
[İade değil|İade istemiyorum,] değişim istiyorum, {order} numaralı sipariş, {size} beden [olsun|olsun lütfen].
{product} {reason}, {size} ile [değiştirebilir misiniz|değiştirir misiniz|değiştirmeniz mümkün mü]? Sipariş {order}
{order} nolu siparişimdeki ürünün rengini [değiştirmek|başka bir renkle değiştirmek] istiyorum.
{order} numaralı siparişteki ürünü {size} numara ile [değişmek|değiştirmek] istiyorum, {reason}.
Değişim [yapmak|yaptırmak] istiyorum, {order}. {reason}.
{order} siparişimde {size} beden [istiyorum|lazım], değişim [mümkün mü|yapılabilir mi|olur mu]?
{reason}. {order} numaralı siparişimdeki ürünü değiştirmek [istiyorum|istiyorum, yardımcı olur musunuz].
{order} nolu siparişin [değişimi için|değişimini yapmak için] ne yapmalıyım? {size} lazım.
Exchange yapabilir miyiz? {order} siparişi, {size} beden.
{order} numaralı siparişteki {product} {size} olarak [değişsin|değiştirilsin|değişsin lütfen].
{order} siparişimdeki ürünü iade etmek [istemiyorum|niyetinde değilim], [sadece|yalnızca] bedenini değiştirmek istiyorum.
Beden değişimi talebi: {order}, {size}
{order} nolu siparişimde {reason}, değiştirmek [istiyorum|istiyorum lütfen|istiyorum, yardımcı olun].
<giyim> {product} bir beden büyüğü ile [değiştirilebilir mi|değiştirilir mi|değiştirilebiliyor mu]? Sipariş {order}. {reason}.
{order} numaralı siparişimin değişimini başlatır mısınız? {reason}.
{date} gelen {order} nolu siparişi {size} beden ile değiştirmek [istiyorum|istiyorum, mümkün mü].
{order} siparişimdeki ürünü başka [renkle|bir renkle|renkteki modeliyle] değiştirmek istiyorum.
{order} — değişim, {size} beden, {reason}
<giyim> {order} nolu siparişte {product} değişimi [yapmak|yaptırmak] istiyorum, {size} beden olsun.
Ürünü {size} beden ile [değiştirmek|değişim yapmak] istiyorum, {reason}.
Değişim [yapmak|yaptırmak] istiyorum, {reason}.
<giyim> {product} için beden değişimi nasıl [yapılır|yapılıyor|yapabilirim]?
Değişim talebi [oluşturmak|açmak] [istiyorum|istiyorum, yardımcı olur musunuz].
{order} numaralı siparişimdeki ürünü bir beden [küçüğüyle|küçüğü ile] değiştirmek [istiyorum|istiyorum, olur mu].
{order} nolu siparişte {size} beden istiyorum, {reason}.
{product} değişimi [istiyorum|talep ediyorum|yapmak istiyorum], sipariş {order}, {size} olsun.
{order} numaralı siparişteki ürünün [bir büyük|bir küçük|bir üst|bir alt] bedeniyle değişim istiyorum, {reason}.
[Para iadesi|Paramı geri] istemiyorum, {order} nolu siparişteki ürünü {size} ile [değiştirin|değiştirirseniz sevinirim].
{reason}, {order} siparişimdeki ürünü [aynı modelin başka bedeniyle|başka rengiyle|aynı ürünün farklı bedeniyle] değiştirmek istiyorum.
Beden değişimi yapmak istiyorum ama sipariş numaram [yanımda değil|elimde değil|aklımda değil].
{order} nolu siparişteki {product} güzel ama {reason}; aynı ürünün {size} bedeniyle [takas edebilir misiniz|değiştirebilir misiniz]?
{date} gelen {order} siparişimdeki ürünü {size} numarayla değiştirme talebi [oluşturmak|açmak] istiyorum.
{reason}, bu yüzden {order} numaralı siparişimdeki ürünün yerine {size} bedenini göndermenizi [istiyorum|rica ediyorum], değişim olsun.
{product} için beden değişimi istiyorum, {size} beden [olsun|olsun lütfen|gönderin].
{order} siparişimdeki {product} için [değişim|değişim talebi] istiyorum: {reason}, yerine {size} gönderebilir misiniz?
{order} nolu siparişte {size} beden istiyorum, {reason}. Değişim [yapar mısınız|yapabilir misiniz|mümkün mü]?
Değişim talebi: sipariş {order}, {reason}, yerine {size} gelsin [lütfen|rica ederim].
{order} siparişindeki ürünü iade etmek değil [değiştirmek|değişim yapmak] istiyorum, {reason}.
Ürünü geri [gönderip|yollayıp] aynısının {size} bedenini almak istiyorum, {reason}. Sipariş {order}
""",
    "para_iadesi_durumu": """
{order} numaralı siparişimin para iadesi ne zaman [yatar|yatacak|hesabıma geçer]?
{order} nolu siparişin parası hâlâ hesabıma [geçmedi|yatmadı|gelmedi].
Para iadem ne [durumda|alemde|oldu]? Sipariş no: {order}
{order} siparişi için iade onaylandı ama para [yatmadı|hâlâ yatmadı|gelmedi].
Refund [ne zaman|ne vakit] gelir? {order}
{order} numaralı siparişin ücret iadesi [yapıldı mı|gerçekleşti mi|yapılmış mı]?
{date} iade ettim, {order} nolu siparişin parası hâlâ [yok|gelmedi|ortada yok].
Param ne [zaman|vakit] iade edilecek, {order} numaralı sipariş?
{order} siparişimin iade tutarı kartıma [yansımadı|geçmedi|hâlâ yansımadı].
{order} nolu siparişin para iadesi {since} bekliyor.
{amount} iadem ne zaman [yatacak|yatar|geçecek]? Sipariş {order}
{order} numaralı siparişimin iadesi onaylandı, para ne zaman [hesabımda olur|hesabıma geçer|yatar]?
İade ettiğim ürünün parası [gelmedi|yatmadı|hâlâ gelmedi], sipariş numaram {order}.
{order} siparişimin para iadesi [tamamlandı mı|yapıldı mı|sonuçlandı mı]?
{order} nolu sipariş için iade ödemesi hangi tarihte [yapılacak|yapılır|gerçekleşecek]?
{order} numaralı siparişimin parası kartıma mı [yatacak|iade edilecek], ne zaman?
[Para iadesi|Para iadem] ne durumda? {order} nolu siparişim. IBAN'ım: {iban}
{order} siparişimin iptal parası hâlâ iade [edilmedi|edilmemiş|yapılmadı].
{order} nolu siparişin refund'ı ne [oldu|durumda]?
{order} numaralı siparişin iadesi için ödeme ne zaman [yapılır|yapılacak|gerçekleşir]?
Paramı geri istiyorum, {order} nolu siparişin iadesi hâlâ [yatmadı|gelmedi]!
{order} için iade edilen {amount} ne zaman hesabıma [geçer|geçecek|yatar]?
Bankam iade gelmedi [diyor|dedi], sipariş {order}.
{order} siparişimin para iadesini takip etmek [istiyorum|istiyorum, nereden bakabilirim].
Para iadem ne zaman [yatar|yatacak|hesabıma geçer]?
İade ettiğim ürünün parası hâlâ [gelmedi|yatmadı|ortada yok].
{since} param iade [edilmedi|yapılmadı].
Refund ne zaman [gelecek|yatacak]?
{order} numaralı siparişin parası ne zaman hesabıma [geçer|geçecek|yatar]?
{order} nolu siparişin iade tutarı hâlâ [yatmadı|gelmedi|yansımadı].
Para iadesi ne [oldu|durumda], sipariş {order}?
{order} numaralı siparişin iadesi onaylandı ama para [kartıma|hesabıma] hâlâ [yansımadı|geçmedi|yatmadı].
İade edilen {amount} ne zaman [kartıma|hesabıma] [geçer|yansır]? Sipariş {order}
{order} nolu siparişin para iadesi [hangi aşamada|bankaya gönderildi mi|ne aşamada]?
İadem onaylandı, param ne zaman [yatar|yatacak|hesabıma geçer]?
{order} numaralı siparişin iade tutarı olan {amount} bankama ulaşmadı, ödemenin gönderildiğini [teyit edebilir misiniz|doğrulayabilir misiniz|kontrol edebilir misiniz]?
{date} iadem onaylandı dediniz, {order} nolu siparişin parası [hangi gün|ne zaman] hesabıma geçmiş olur?
{order} siparişimin para iadesi {since} bekliyor, banka tarafında mı [takıldı|kaldı] yoksa sizde mi?
{order} nolu siparişi iptal ettim ama ücreti kartıma geri [yatmadı|dönmedi], ne kadar daha [beklemeliyim|beklemem gerekiyor]?
İadem kabul edildi yazıyor, ama {amount} hâlâ kartıma [dönmedi|yansımadı]; sipariş {order}.
{order} numaralı siparişte iade onaylandı, geri ödeme hangi hesaba ve ne zaman [yapılacak|yapılır]?
Ürünü geri [aldınız|teslim aldınız], tamam; peki paramı ne zaman [göreceğim|alacağım]? Sipariş {order}
Banka ekstremde {order} nolu siparişin iadesi [görünmüyor|gözükmüyor], ödemeyi [gönderdiniz mi|yaptınız mı]?
{date} iptal ettiğim {order} numaralı siparişin ücreti hâlâ hesabıma geri [yatmadı|dönmedi].
Para iadesi için {since} bekliyorum, kredi kartıma ne zaman [yansır|geçer|yansıyacak]?
{order} iadem onaylandı ama para hâlâ hesabıma [geçmedi|yatmadı].
Paramı ne zaman geri [alırım|alacağım|alabilirim]? Sipariş {order}
{order} siparişin iptal tutarı kartıma ne zaman [yansır|yansıyacak|geçer]?
{amount} iade edileceği [yazıyor|belirtilmiş] ama {since} bekliyorum. Sipariş {order}
Siparişi iptal ettim, iptal onayı da geldi ama para hâlâ kartıma [dönmedi|geri yatmadı|yansımadı]. Sipariş {order}
{order} nolu siparişim satıcı tarafından iptal [edildi|edilmiş], ödediğim {amount} ne zaman iade [edilir|edilecek]?
İptal edilen {order} siparişinin ücreti [ne zaman|hangi gün] geri yatar? {since} bekliyorum.
Stokta kalmadığı için iptal ettiğiniz {order} numaralı siparişin parası hesabıma [geçmedi|yatmadı|hâlâ geçmedi].
{order} iptal oldu ama kartımdan çekilen tutar geri [gelmedi|dönmedi], iadesi ne [aşamada|durumda]?
İptal ettiğim siparişin parasını hâlâ [alamadım|göremedim], banka sizden bir şey [gelmedi|gelmemiş] diyor. Sipariş no {order}
İade kargom size [ulaşmış|varmış], onay da verilmiş; geri ödeme hangi gün kartıma geçer? {order}
{order} nolu siparişin iadesi tamamlandı görünüyor ama para ortada yok, dekont [gönderebilir misiniz|paylaşabilir misiniz|iletebilir misiniz]?
{order} siparişinin iade tutarı hâlâ [yatmadı|gelmedi], para iadesi karta mı yapılıyor hesaba mı? IBAN'ım {iban}
{date} iptal talebim onaylandı, {order} için çekilen para taksitler halinde mi geri [yansıyacak|yatacak]?
[Siparişimi iptal etmiştim|Siparişimi iptal ettirmiştim], ücret iadesi hangi aşamada? {order}
{order} siparişinin iade tutarı {amount} görünüyor ama hesabıma daha az [yattı|geçti].
{order} nolu siparişin ücret iadesini ne zaman [alırım|görürüm|alabilirim]?
""",
    "odeme_problemi": """
Ödeme yaparken kartım [reddedildi|geri çevrildi|kabul edilmedi].
Kartımdan ödeme [alınmıyor|çekilmiyor|geçmiyor], hata [veriyor|alıyorum].
3D Secure ekranı [açılmıyor|gelmiyor|yüklenmiyor], ödeme [yapamıyorum|gerçekleştiremiyorum].
Ödeme sırasında banka onay vermedi hatası [alıyorum|veriyor|çıkıyor].
{card} numaralı kartımla ödeme [yapamıyorum|gerçekleştiremiyorum|yapılmıyor].
Kartımda limit var ama ödeme [reddediliyor|onaylanmıyor|geçmiyor].
Ödeme başarısız diyor ama param [çekilmiş|kesilmiş|hesabımdan düşmüş].
SMS doğrulama kodu [gelmiyor|ulaşmıyor|düşmüyor], ödeme [tamamlanmıyor|bitmiyor].
Kredi kartım [geçmiyor|kabul edilmiyor], [neden|niye|sebebi ne]?
Ödeme alınamadı hatası [alıyorum|alıyorum sürekli|çıkıyor].
Banka kartıyla ödeme [yapamıyorum|yapılmıyor|geçmiyor].
Ödeme sayfasında işlem zaman aşımına [uğradı|uğruyor].
Payment failed diyor [sürekli|hep|durmadan].
Kartım: {card}, ödeme hata [veriyor|veriyor, yardım edin].
Ödeme yaparken sayfa [kapandı|kapanıverdi|çöktü], para çekildi mi [bilmiyorum|emin değilim|anlamadım].
Sanal kartımla ödeme [yapılmıyor|yapamıyorum|geçmiyor].
Ödeme yapamıyorum, kartım bloke mi [oldu|oldu acaba|edildi]?
Ödeme onaylanmadı yazıyor, bankam sorun yok [diyor|dedi].
{amount} ödeme yapmaya çalıştım, kart [reddedildi|geçmedi|kabul edilmedi].
Kart bilgilerimi [girince|girdiğimde|yazınca] hata alıyorum.
Hediye çekiyle ödeme [yapamıyorum|yapılmıyor].
Ödeme ekranında banka listesi [gelmiyor|çıkmıyor|yüklenmiyor].
Ödeme işlemim yarıda kaldı, ne [yapmalıyım|yapmam gerekiyor|yapayım]?
Kartımdan para çekildi ama sipariş [oluşmadı|oluşmamış|görünmüyor].
Ödeme yöntemi geçersiz [diyor|uyarısı veriyor|yazıyor].
Cüzdan bakiyemle ödeme [yapamıyorum|yapılmıyor].
Ödeme yaparken bankanızdan onay alınamadı [diyor|uyarısı çıkıyor].
Ödeme adımında kart bilgileri kabul [edilmiyor|görmüyor].
Ödeme yapamıyorum, hep aynı hatayı [veriyor|gösteriyor].
Kart limitim [yetiyor|yeterli] ama işlem [reddediliyor|onaylanmıyor].
Kartım [limitli değil|bakiyem yeterli|bloke değil] ama ödeme [sürekli|her seferinde] reddediliyor.
3D Secure ekranında [SMS gelmiyor|kod kabul edilmiyor|şifre ekranı açılmıyor], ödeme tamamlanmıyor.
[Banka kartımla|Kredi kartımla|Sanal kartımla] ödeme yapamıyorum, hata [veriyor|alıyorum].
Ödeme sayfası "işlem başarısız" diyor, bankam sorun yok [diyor|dedi|söylüyor].
Ödeme yaparken "kart bilgileriniz doğrulanamadı" uyarısı [alıyorum|çıkıyor], oysa kartı başka sitelerde sorunsuz [kullanıyorum|kullanabiliyorum].
Yurt dışından aldığım kartla ödemeyi [denedim|yapmaya çalıştım], işlem hiçbir açıklama olmadan reddedildi.
{amount} tutarındaki alışverişimde banka onay sayfası açılıp hemen [kapanıyor|kayboluyor], ödeme [gerçekleşmiyor|tamamlanmıyor].
Ön ödemeli kartımı kabul etmiyorsunuz [sanırım|galiba|herhalde], her denemede ödeme başarısız oluyor.
Ödeme sayfasında 3D Secure ekranı [açılmıyor|gelmiyor], işlem yarıda [kalıyor|kesiliyor].
Kartımda limit var ama "işlem onaylanmadı" hatası [alıyorum|çıkıyor].
Banka onay SMS'i geliyor ama ödeme başarısız [diyor|görünüyor].
{amount} ödemeye çalışıyorum, kartım [reddediliyor|geçmiyor], bankam sorun yok diyor.
Sanal kartla ödeme [yapamıyorum|yapılmıyor], kart bilgileri hatalı diyor ama hepsi [doğru|eksiksiz doğru].
""",
    "cift_cekim": """
Kartımdan iki kez ödeme [çekildi|alındı|kesildi].
Aynı sipariş için iki kere para [çekilmiş|alınmış|kesilmiş].
{amount} iki defa kartımdan [çekildi|alındı]!
Çift çekim yapılmış, iade [bekliyorum|istiyorum|talep ediyorum].
Ödemem iki kez [alınmış|çekilmiş], ekstrede iki işlem [var|görünüyor].
Tek sipariş verdim, hesabımdan iki kere para [gitti|çıktı|çekildi].
Charged twice, kartımdan iki kez {amount} çekildi.
Hesap ekstremde aynı tutar iki kere [görünüyor|yazıyor|gözüküyor].
İki kere ödeme alındı, birini iade [edin|eder misiniz|etmenizi istiyorum].
{date} alışverişimde kartımdan çift çekim [olmuş|yapılmış].
Mükerrer çekim var, [kontrol eder misiniz|bakar mısınız|inceler misiniz]?
Ödeme ekranı [takıldı|dondu], tekrar denedim, iki kez [çekmişsiniz|almışsınız].
{card} numaralı kartımdan iki kez çekim [yapıldı|yapılmış].
Kartıma aynı siparişten iki provizyon [düştü|yansıdı].
Bir ürün aldım, iki kere ödeme yaptım gibi [görünüyor|gözüküyor|duruyor].
{amount} tutarında iki işlem var, biri [fazla|fazladan|yersiz].
Çift ödeme yapılmış, param ne zaman iade [edilir|edilecek]?
[Bankadan|Bankamdan] bildirim geldi, iki kez çekim [olmuş|yapılmış].
İki kez tahsilat yapılmış, bu nasıl [olur|olabilir]?
Paramı iki kere [aldınız|çektiniz]!
Aynı tutar kartımdan iki kere düştü, sipariş [bir tane|tek].
Double charge olmuş, iade [istiyorum|bekliyorum].
Ekstremde {amount} iki kere [yazıyor|görünüyor].
Kartımdan fazladan çekim [yapıldı|yapılmış].
Bir siparişin parası iki kez [çekilmiş|alınmış].
Kartımdan aynı ödeme iki kere alınmış, kontrol [eder misiniz|edebilir misiniz]?
Fazladan tahsilat yapılmış, iadesini [istiyorum|talep ediyorum].
Aynı alışveriş için hesabımdan iki ödeme [çıkmış|çekilmiş].
Çift ödeme alınmış, [düzeltin lütfen|düzeltir misiniz|bunu düzeltin].
Ekstremde {amount} tutarında mükerrer işlem [var|görünüyor].
Bir kere sipariş verdim ama ekstrede [iki ayrı|aynı tutarda iki] çekim [var|görünüyor].
Kartımdan {amount} iki kez çekilmiş, fazlasını iade [edin|eder misiniz].
Sipariş bir tane, ödeme [iki tane|mükerrer] alınmış.
Bankam iki ayrı provizyon görünüyor dedi, biri iptal [edilsin|edilsin lütfen].
Siparişi bir kere onayladım ama banka uygulamamda aynı mağazadan iki ayrı harcama var, birinin iadesini [rica ediyorum|istiyorum].
{date} yaptığım alışverişin ücreti kartımdan bir değil iki sefer tahsil [edilmiş|edildi].
Ödeme ekranında geri tuşuna basıp [yeniden|tekrar] ödedim, şimdi hesabımdan iki ayrı kez {amount} eksilmiş.
Telefonuma art arda iki harcama bildirimi düştü, oysa tek ürün aldım; fazla alınan ücret ne zaman geri [yatar|döner]?
{amount} tutarında tek bir sipariş verdim fakat kredi kartı borcum bunun iki katı [görünüyor|gözüküyor].
Bir alışveriş, iki ödeme. Bu nasıl [oldu|olabilir]?
{card} kartımdan aynı dakikada iki çekim yapılmış, fazladan alınanı geri [istiyorum|talep ediyorum].
Bankam "iş yeri iki kez tahsilat yapmış, iadeyi onlar başlatmalı" dedi; bu çifte ödemeyi [düzeltir misiniz|düzeltebilir misiniz]?
Uygulama ödeme sırasında [donunca|kilitlenince] tekrar denedim, sonuçta para iki kere gitti ama sipariş tek oluştu.
Hesap hareketlerime baktım, {date} aynı tutar iki satır halinde düşmüş; ikinci çekim [hatalı|fazladan].
Bir siparişe iki ödeme alınması kabul [edilemez|edilemez bir durum], fazladan kesilen {amount} iade edilmeli.
Banka kartımdan aynı alışveriş için iki kere para [kesildi|çekildi], hesabım eksiye düştü.
Tek siparişim var ama hem provizyon hem de ikinci bir tahsilat görünüyor, hangisi iptal [olacak|edilecek]?
Kartımdan mükerrer tahsilat yapıldığını fark ettim, fazladan ödenen tutarın kartıma iadesini [talep ediyorum|rica ediyorum].
Tek sipariş verdim [ama|fakat] kartımdan iki kez {amount} çekilmiş.
Ekstremde aynı alışveriş için iki ayrı tahsilat [görüyorum|var].
Ödeme hata verdi diye tekrar denedim, şimdi iki kere para [çekilmiş|alınmış].
{date} yaptığım alışveriş kartıma mükerrer yansımış, fazlasını iade [edin|eder misiniz].
""",
    "taksit_secenekleri": """
{amount} tutarındaki alışverişe kaç taksit [yapabiliyorsunuz|yapılıyor|çıkıyor]?
{amount} için taksit seçenekleri [neler|nelerdir|nedir]?
{product} almak istiyorum, {amount}, taksit var mı?
{amount} alışverişte hangi bankalara taksit [var|yapılıyor]?
{amount} ürünü 6 taksitle [alabilir miyim|almam mümkün mü]?
{amount} sepetime kaç taksit [çıkıyor|yapılıyor|uygulanıyor]?
Taksit seçenekleri [nelerdir|neler]? Tutar {amount}.
{amount} için vade farksız taksit [var mı|imkânı var mı|yapılıyor mu]?
{amount} tutar için 12 taksit [mümkün mü|yapılır mı|olur mu]?
Kredi kartıma {amount} alışverişte taksit [yapılıyor mu|uygulanıyor mu]?
{amount} olan ürüne taksit seçenekleri [görebilir miyim|gösterir misiniz]?
Installment options neler? {amount}
{amount} için en fazla kaç taksit [yapılıyor|var|çıkıyor]?
{amount} ödemeyi [bölebilir miyim|taksitlendirebilir miyim|parçalara bölebilir miyim]?
Sepet tutarım {amount}, taksitli [ödeyebilir miyim|ödemem mümkün mü]?
{amount} için hangi kartlarda taksit [var|uygulanıyor]?
{amount} harcamaya 3 taksit [olur mu|yapılır mı]?
{amount} tutarında taksit [imkanı|imkânı|olanağı] var mı?
Taksit [yapıyor musunuz|yapılıyor mu|imkânı sunuyor musunuz]?
Hangi bankalarda taksit [var|geçerli|yapılıyor]?
Taksit seçenekleri [neler|nelerdir|nasıl]?
Kaç taksite kadar [bölebiliyorum|bölünebiliyor|bölebilirim]?
{amount} ürün için taksit [yapabiliyor musunuz|yapılabiliyor mu]?
{amount} harcamada banka kartlarına taksit [var mı|yapılıyor mu]?
{amount} için taksit tablosunu [görebilir miyim|paylaşır mısınız|gösterir misiniz]?
{product} için {amount}, kaç taksit [olur|yapılıyor|çıkar]?
{amount} tutarı kaç aya [bölünebilir|bölünüyor|bölebilirim]?
{amount} alışveriş yapacağım, taksit [imkanları|seçenekleri|olanakları] neler?
Taksitli [alabilir miyim|almak mümkün mü|alma şansım var mı]?
Taksit [olanağınız|imkânınız|seçeneğiniz] var mı?
{amount} tutarındaki alışverişe [kaç taksit|taksit] [yapılabiliyor|uygulanabiliyor]?
[Bonus|World|Maximum] kartla {amount} için taksit [var mı|yapılıyor mu]?
Taksitli alırsam vade farkı [ödüyor muyum|ödemem gerekiyor mu|çıkar mı]?
Hangi kartlara taksit [imkanınız|imkânınız|seçeneğiniz] var?
{amount} tutarındaki sepetimi kredi kartıma dokuz taksitle bölebilir miyim, vade farkı [olur mu|çıkar mı|eklenir mi]?
{product} fiyatı {amount}, bunu aylık taksitlerle [ödemek istiyorum|ödemek niyetindeyim], hangi bankalarla [mümkün|olur]?
{amount} harcamada taksit sayısı karttan karta [değişiyor mu|farklı mı], en uzun vade [nedir|ne kadar]?
Alacağım ürünü [taksitlendirmek|taksitle almak] istiyorum, hangi seçenekleri [sunuyorsunuz|sağlıyorsunuz]?
{amount} tutarında alışverişe kaç taksit [yapabiliyorsunuz|yapılabiliyor]?
Bonus kartla {amount} ödemede 9 taksit [mümkün mü|olur mu]?
{amount} tutarındaki sepetim için vade farksız taksit seçeneği [var mı|mevcut mu]?
Taksitli alırsam {amount} tutara faiz [ekleniyor mu|biniyor mu]?
Kredi kartıma {amount} için 6 taksit [yapılabiliyor mu|olur mu]?
""",
    "kapida_odeme": """
Kapıda ödeme [var mı|yapılıyor mu|mevcut mu]?
Kapıda nakit [ödeyebilir miyim|ödemem mümkün mü|ödeme yapabilir miyim]?
Kapıda kredi kartıyla ödeme [yapılıyor mu|alınıyor mu|kabul ediliyor mu]?
Kapıda ödeme seçeneği neden [çıkmıyor|görünmüyor|gözükmüyor]?
Kapıda ödemede ek ücret [var mı|alınıyor mu|çıkıyor mu]?
Teslimatta ödeme [yapabilir miyim|mümkün mü|yapılabiliyor mu]?
Kapıda nakit [ödeyebiliyor muyum|verebiliyor muyum]?
Kapıda ödeme hangi ürünlerde [geçerli|var|yapılabiliyor]?
Kapıda ödeme limiti [ne kadar|nedir|kaç para]?
Kapıda ödeme [seçebilir miyim|seçmem mümkün mü], kartım [yok|bulunmuyor].
Ürünü görmeden ödemek [istemiyorum|içime sinmiyor], kapıda ödeme [yapılıyor mu|var mı]?
Kapıda ödeme ile sipariş [verebilir miyim|vermem mümkün mü|verilebiliyor mu]?
Kapıda ödemede kartla mı nakitle mi [ödeniyor|ödüyoruz]?
Kapıda ödeme seçtim, kurye pos cihazı [getirir mi|getiriyor mu|yanında olur mu]?
Kapıda ödeme hizmeti her şehirde [var mı|geçerli mi|sunuluyor mu]?
Kapıda ödeme yapınca fatura nasıl [geliyor|veriliyor|iletiliyor]?
Kapıda ödeme neden [kaldırıldı|kaldırıldı, artık yok mu|yok artık]?
Ödemeyi teslim alırken [yapsam|gerçekleştirsem] olur mu?
Kapıda ödeme ücreti [ne kadar|ne kadar tutuyor|kaç para]?
Kapıda ödemede taksit [var mı|yapılıyor mu]?
Kapıda ödeme seçeneğini [göremiyorum|bulamıyorum|hiçbir yerde göremiyorum].
Kapıda ödeme yapmak istiyorum, [mümkün mü|olur mu|yapabilir miyim].
Kapıda ödeme [yapabilir miyim|yapmam mümkün mü]?
Kapıda ödeme seçeneği hangi siparişlerde [var|geçerli|çıkıyor]?
Kapıda ödeme [yapılabiliyor mu|alınabiliyor mu], kartla?
Kapıda ödeme ücreti [alınıyor mu|kesiliyor mu|var mı]?
Kapıda ödeme seçeneği neden [pasif|kapalı|seçilemiyor]?
Kapıda ödeme yöntemi [var mı|mevcut mu]?
Kapıda ödeme yapınca ek ücret [çıkar mı|alınır mı|ödenir mi]?
Kapıda ödemeyi nakit [yapsam|versem] olur mu?
Kapıda [kartla|nakit|temassız] ödeme yapabiliyor muyum?
Kapıda ödeme seçeneği neden [çıkmıyor|görünmüyor|aktif değil]?
Kapıda ödemede ek ücret [alıyor musunuz|talep ediyor musunuz]?
Ürünü teslim alırken [ödesem|ödemeyi yapsam] olur mu?
Kapıda ödeme seçersem kuryeye temassız kartla [ödeyebilir miyim|ödeme yapabilir miyim]?
Adresime kapıda ödemeli sipariş [verebiliyor muyum|verebilir miyim], yoksa bazı bölgelerde bu seçenek kapalı mı?
Kapıda ödemeli siparişi teslim [almazsam|kabul etmezsem] bir ceza ya da ek ücret [çıkıyor mu|yansıtılıyor mu]?
İnternete kart bilgisi girmek [istemiyorum|içime sinmiyor], ürünü teslim alırken ödeme yapma imkânınız var mı?
Kurye geldiğinde nakit [versem|ödesem] sipariş olur mu?
Ödeme seçeneklerinde teslimatta ödeme yok, [neden|niye]?
Kapıda ödemeli siparişlerde ek hizmet bedeli [ne kadar|ne kadar tutuyor]?
Paket gelince kuryeye kartla [ödeyebilir miyim|ödesem olur mu], internetten kart girmek istemiyorum.
Kapıda ödeme yaparken kurye para üstü [verebiliyor mu|veriyor mu]?
Bu satıcıda neden kapıda ödeme [kapalı|yok|seçilemiyor]?
Önce ürünü göreyim sonra öderim diyorum, bu [mümkün mü|olur mu|yapılabilir mi]?
Kapıda kartla ödeme [yapabiliyor muyum|yapılabiliyor mu]?
Kapıda nakit öderken ek ücret [alınıyor mu|ödeniyor mu|çıkıyor mu]?
""",
    "fatura_ister": """
{order} numaralı siparişimin faturasını [gönderir misiniz|iletir misiniz|yollar mısınız]?
{order} nolu siparişin faturası bana [ulaşmadı|gelmedi|hâlâ ulaşmadı].
Fatura [istiyorum|rica ediyorum|talep ediyorum], sipariş no: {order}
{order} siparişimin e-faturasını mail [atabilir misiniz|atar mısınız|olarak gönderebilir misiniz]?
{order} numaralı siparişin faturasını tekrar [gönderin|iletin|yollayın] lütfen.
{invoice} numaralı faturayı tekrar [yollar mısınız|gönderir misiniz]? Sipariş {order}
{order} nolu siparişin faturası [lazım|gerekli], garanti için [istiyorlar|soruyorlar].
[Faturamı|Faturayı] bulamıyorum, {order} numaralı sipariş.
{order} siparişimin faturasını nereden [indirebilirim|indiririm|alabilirim]?
E-faturamı gönderir misiniz? {order}
{order} numaralı siparişimin faturası e-postama [gelmedi|düşmedi|ulaşmadı].
{order} nolu sipariş için fatura [talep ediyorum|istiyorum|rica ediyorum].
{product} faturası [lazım|gerekiyor], sipariş numaram {order}.
{order} siparişinin faturasının bir kopyasını [alabilir miyim|rica edebilir miyim|iletebilir misiniz]?
{date} aldığım [ürünün|ürünümün] faturası yok, {order} numaralı sipariş.
Muhasebe için {order} nolu siparişin faturası [gerekiyor|lazım|isteniyor].
{order} numaralı siparişin faturasını PDF olarak [alabilir miyim|gönderebilir misiniz]?
{order} siparişimin faturası [nerede|nerde|nerede kaldı]?
Fatura gelmedi! {order}
{invoice} nolu faturayı göremiyorum, {order} siparişine ait.
{order} nolu siparişin faturasını tekrar [mail atar mısınız|maille gönderir misiniz|e-postayla yollar mısınız]?
Faturamı [gönderir misiniz|iletir misiniz|yollayabilir misiniz]?
Siparişimin faturası [gelmedi|ulaşmadı|elime geçmedi].
{product} faturasını [alabilir miyim|gönderir misiniz|iletebilir misiniz]?
Fatura [lazım|gerekiyor], nereden [indiririm|indirebilirim|bulurum]?
{order} numaralı siparişin faturasını [gönderir misiniz|iletir misiniz], şirkete [lazım|gerekiyor].
{order} nolu siparişin e-arşiv faturası [nerede|nerde|nereden görülüyor]?
{order} faturası elime [ulaşmadı|geçmedi].
{order} siparişimin faturasını tekrar [yollayın|gönderin|iletin].
{order} numaralı siparişin faturasını [indiremiyorum|indiremiyorum, yardım eder misiniz].
{order} numaralı siparişin faturası [hesabımda|siparişlerimde|sipariş detayında] görünmüyor, [gönderir misiniz|iletir misiniz|yollar mısınız]?
[Muhasebeye|Muhasebeciye] vermem lazım, {order} nolu siparişin faturasını PDF olarak [atar mısınız|gönderir misiniz|iletir misiniz]?
{order} siparişimin faturası hiç kesilmemiş [galiba|sanırım|herhalde], bir kopyasını [istiyorum|rica ediyorum].
Bilgiler doğru, sadece faturanın kendisi [lazım|gerekiyor]: sipariş {order}.
{order} numaralı siparişin e-arşiv faturasını [indiremiyorum|açamıyorum|görüntüleyemiyorum], mail ile [yollar mısınız|gönderir misiniz]?
[Garanti için|Garanti başvurusu için] faturaya ihtiyacım var, {order} nolu siparişin faturasını [gönderin|iletin] lütfen.
Faturam nerede, siparişlerimde [bulamadım|göremedim]?
Geçen siparişin faturası [mailime düşmedi|elime ulaşmadı|e-postama gelmedi], tekrar [gönderir misiniz|iletir misiniz]?
{order} numaralı siparişin fatura bilgileri doğru, sadece faturayı hiç [görmedim|almadım]; e-posta adresime [iletir misiniz|gönderir misiniz]?
[İşyerim|Çalıştığım şirket] masraf belgesi istiyor, {order} nolu siparişime ait faturayı bana [ulaştırabilir misiniz|iletebilir misiniz]?
{date} teslim aldığım {order} numaralı siparişin faturası kutudan [çıkmadı|çıkmadı maalesef], dijital kopyasını [rica ediyorum|istiyorum].
{invoice} numaralı faturanın kendisini görmem gerekiyor, {order} siparişime ait; bana tekrar [yollar mısınız|gönderir misiniz]?
{product} için garanti başvurusu yapacağım, {order} nolu siparişin faturası elimde yok, [gönderebilir misiniz|iletebilir misiniz]?
Fatura bilgilerimde değişiklik istemiyorum; {order} numaralı siparişin faturası nereden indirilir onu [soruyorum|öğrenmek istiyorum].
Aldığım ürünlerin faturalarını toplu halde almam [mümkün mü|olur mu]?
Faturayı kutuya [koymamışsınız|eklememişsiniz], e-fatura olarak nereden [bulabilirim|indirebilirim]?
{order} siparişimin faturasını e-posta ile [alabilir miyim|gönderebilir misiniz]?
{order} faturası sipariş detayında [görünmüyor|yer almıyor], [gönderir misiniz|iletir misiniz]?
E-arşiv faturamı [bulamadım|göremedim], sipariş no {order}
{order} numaralı siparişe ait faturanın PDF'ini [iletir misiniz|gönderir misiniz|paylaşır mısınız]?
Garanti başvurusu için faturaya ihtiyacım [var|oldu], sipariş {order}
{order} numaralı siparişin faturası paketten [çıkmadı|çıkmadı maalesef], e-fatura olarak [gönderebilir misiniz|iletebilir misiniz]?
[Kutuda|Paketin içinde] fatura yoktu, {order} siparişimin faturasını {email} adresine mail [atar mısınız|gönderir misiniz]?
{order} nolu siparişin faturasını şirketim için [istiyorum|lazım], nereden [indirebilirim|alabilirim]?
Faturam gelmedi, {order} siparişinin faturasını tekrar [yollar mısınız|iletir misiniz]?
{product} aldığım siparişin faturasına [ihtiyacım var|ihtiyacım oldu], sipariş {order}
{order} siparişinin fatura PDF'i [açılmıyor|bozuk görünüyor], yeniden [gönderir misiniz|iletir misiniz]?
Muhasebe için {order} numaralı siparişin faturasını [rica ediyorum|istiyorum|talep ediyorum].
Fatura nerede görünüyor? {order} siparişimin faturasını [bulamadım|göremedim].
""",
    "fatura_bilgisi_degistir": """
Faturamı kurumsal olarak [kesebilir misiniz|düzenleyebilir misiniz|kesmeniz mümkün mü]?
Fatura bilgilerimi [değiştirmek|güncellemek] [istiyorum|istiyorum, yardımcı olur musunuz].
Faturayı şirket adına [istiyorum|almak istiyorum], vergi numarası [vereceğim|ileteceğim].
Fatura adresimi [güncellemem|değiştirmem] [lazım|gerekiyor].
Faturada adım [yanlış yazılmış|hatalı yazılmış|eksik yazılmış], [düzeltebilir misiniz|düzeltir misiniz]?
Bireysel fatura yerine kurumsal fatura [istiyorum|almak istiyorum|kesilmesini istiyorum].
Faturadaki TC kimlik numarasını [düzeltmek|güncellemek] istiyorum. TC: {tckn}
Fatura başka birinin adına [kesilsin istiyorum|kesilmesini istiyorum|düzenlensin istiyorum].
Vergi dairesi bilgisini faturaya [eklemek istiyorum|eklemek istiyorum, mümkün mü|ekletmek istiyorum].
Faturamdaki unvanı [değiştirebilir misiniz|güncelleyebilir misiniz|düzeltebilir misiniz]?
Kesilmiş faturayı şirketim adına yeniden [kesebilir misiniz|düzenleyebilir misiniz]?
Fatura bilgilerinde hata var, [güncellemek|düzeltmek] istiyorum.
Fatura adresini [farklı|başka] bir adres [yapmak|olarak girmek] istiyorum: {address}
E-fatura yerine e-arşiv olması [lazım|gerekiyor], [değiştirebilir misiniz|düzeltebilir misiniz]?
Fatura bilgilerime şirket unvanı [eklenecek|eklemem gerekiyor], nasıl [yaparım|yapabilirim]?
Faturayı babamın adına [kesin|düzenleyin] lütfen.
Faturada kimlik numaram [eksik|yazılmamış], [ekler misiniz|ekleyebilir misiniz]? TC: {tckn}
Şirket faturası için vergi numaramı nereye [gireceğim|yazacağım|girmem gerekiyor]?
Fatura adımı soyadımı [düzeltmek|düzelttirmek|güncellemek] istiyorum.
Faturadaki adres [eski|güncel değil], yenisi şu: {address}
Kurumsal fatura seçeneğini sonradan [ekleyebilir miyim|eklemek mümkün mü]?
Faturamı şahıs şirketim adına [alabilir miyim|kestirebilir miyim]?
Fatura bilgilerimi nereden [değiştirebilirim|güncelleyebilirim|düzenleyebilirim]?
Fatura unvanı [yanlış|hatalı] girildi, düzeltme [rica ediyorum|istiyorum].
Faturadaki firma adını [değiştirmek|güncellemek] istiyorum.
Fatura bilgilerim eski kalmış, [güncelleyebilir misiniz|yenileyebilir misiniz|güncellemeniz mümkün mü]?
Faturayı kurumsal [kesin|düzenleyin], vergi numaram [var|mevcut].
Fatura adresimi [değiştirmek|güncellemek] istiyorum.
Faturamı şirket adına [düzenleyebilir misiniz|kesebilir misiniz]?
Fatura bilgilerimi nasıl [güncellerim|değiştiririm|düzenleyebilirim]?
Faturadaki unvanı [düzeltmek|değiştirmek|güncellemek] istiyorum, şirket adı eksik yazılmış.
Vergi dairesi ve vergi numarasını [sonradan ekleyebilir miyim|faturaya işleyebilir misiniz|faturaya ekleyebilir misiniz]?
Fatura gelmiş ama [TC kimlik yerine vergi numaram|şahıs yerine şirketim] yazılmalıydı, [değiştirebilir misiniz|düzeltebilir misiniz]?
Faturayı kesilmeden önce kurumsal bilgilerimi girmek istiyorum, nereden [yapıyorum|yapabilirim]?
Faturanın kendisini değil, üzerindeki bilgileri [değiştirmek|güncellemek] istiyorum.
Fatura adresi eski evim [görünüyor|olarak kalmış], [yenisiyle güncelleyin|düzeltilsin|güncel adresimle değiştirin] lütfen.
Kesilmiş faturada ad soyad [hatalı|yanlış yazılmış], yeniden [düzenlenebilir mi|kesilebilir mi]?
Şirketim adına fatura istiyorum, [bireysel|şahsıma] kesilmiş.
Faturadaki vergi numaram bir hane eksik girilmiş, düzeltilip yeniden kesilmesini [istiyorum|rica ediyorum].
Fatura bana ulaştı ama üzerindeki şirket unvanı eski; yeni unvanımızla [düzenleyebilir misiniz|güncelleyebilir misiniz]?
Bundan sonraki faturalarımın bireysel değil şirketim adına kesilmesi için bilgilerimi [güncellemek|değiştirmek] istiyorum.
Faturada görünen adres [yanlış|hatalı], fatura adresi olarak bunu kullanın: {address}
Faturada soyadım evlenmeden önceki haliyle yazıyor, yeni soyadımla düzeltilmesini [rica ediyorum|istiyorum].
Kesilen faturada vergi dairesi yanlış seçilmiş, doğru vergi dairesiyle yeniden düzenlenmesini [istiyorum|talep ediyorum].
Faturada TC kimlik numaram [hatalı|yanlış] görünüyor, doğrusu {tckn}; faturayı bu bilgiyle [yenileyebilir misiniz|yeniden düzenleyebilir misiniz]?
Faturayı almakta sorun yok, sorun içeriğinde: kurumsal bilgiler eksik, şirket adı ve vergi numarası [eklensin|eklenmeli].
Faturayı şahsıma değil şirketime kesmeniz [gerekiyordu|lazımdı], [düzeltebilir misiniz|düzeltir misiniz]?
[Faturadaki|Faturada yazan] adres yanlış, {address} olarak [değiştirin|güncelleyin].
Faturada vergi numarası [eksik|yazılmamış], yeniden [düzenlemeniz|kesmeniz] gerekiyor.
Fatura ünvanını değiştirmek istiyorum, nereden [yapabilirim|halledebilirim]?
Kurumsal fatura istiyorum, vergi dairesi bilgilerimi nereye [gireceğim|yazacağım]?
""",
    "urun_bilgi": """
{product} hakkında bilgi [alabilir miyim|verebilir misiniz|rica ediyorum]?
{product} orijinal mi?
{product} hangi malzemeden [yapılmış|üretilmiş]?
{product} özellikleri [neler|nelerdir|nedir]?
{product} su geçirmez mi?
{product} kutusunda neler [var|çıkıyor]?
{product} kaç watt?
{product} hangi satıcıdan [geliyor|gönderiliyor|çıkıyor]?
{product} telefonumla uyumlu mu?
{product} pamuklu mu?
<giyim> {product} yıkanabilir [mi|mi, makineye atılabilir mi]?
{product} ölçüleri [nedir|ne|ne kadar]?
<elektronik> {product} garantili mi?
{product} için kullanım kılavuzu [var mı|mevcut mu|veriliyor mu]?
{product} Türkçe menülü mü?
{product} ürün detaylarını [alabilir miyim|paylaşır mısınız|öğrenebilir miyim]?
{product} hakkında detaylı bilgi [istiyorum|rica ediyorum|almak istiyorum].
{product} ağırlığı [ne kadar|kaç kilo]?
<giyim,ayakkabı> {product} hangi renklerde [var|satılıyor|üretiliyor]?
{product} yeni model mi?
{product} kaç yaş için [uygun|uygun oluyor|önerilir]?
<elektronik> {product} ile ilgili bir sorum var, şarjı ne kadar [gidiyor|dayanıyor|dayanır]?
{product} nerede [üretilmiş|üretiliyor|imal edilmiş]?
<giyim,ayakkabı> {product} kalıbı [nasıl|nasıl oluyor]?
Bu ürün hakkında bilgi [alabilir miyim|verebilir misiniz|almak istiyorum]?
Ürünün özellikleri [nelerdir|neler|nedir]?
[Ürün|Bu ürün] orijinal mi?
Sepetimdeki ürün hakkında soru [soracaktım|sormak istiyorum|sormak istemiştim].
<giyim,ayakkabı> {product} kaç renk seçeneği [var|bulunuyor]?
{product} ikinci el mi [sıfır mı|yeni mi]?
{product} için teknik özellikleri [paylaşır mısınız|gönderir misiniz|iletebilir misiniz]?
{product} hakkında [biraz|kısaca] bilgi [verir misiniz|verebilir misiniz]?
{product} kaliteli mi?
{product} ne işe [yarıyor|yarar]?
{product} [orijinal mi|ithal mi|yerli üretim mi]?
{product} ölçüleri nedir, [ağırlığı|boyutları|hacmi] ne kadar?
<elektronik> {product} kutudan [şarj aletiyle|aksesuarlarıyla] birlikte mi çıkıyor?
Bu ürünün özellikleri hakkında bilgi [alabilir miyim|verebilir misiniz]?
<kozmetik> {product} hassas cilt için uygun mu, içeriğinde paraben [var mı|bulunuyor mu]?
<elektronik> {product} hangi bağlantı özelliklerini [destekliyor|sunuyor], kaç yıl yazılım güncellemesi [alır|alacak]?
{product} ile aynı markanın önceki modeli arasında ne fark [var|bulunuyor]?
<kitap> {product} hangi yayınevinden [çıkmış|basılmış], baskısı ciltli mi?
{product} hangi malzemeden [üretiliyor|yapılıyor], yıkanabilir mi?
{product} kutu içeriğinde neler var, yanında başka parça [geliyor mu|çıkıyor mu]?
{product} ile benzerlerinden hangisi daha dayanıklı, özelliklerini [anlatır mısınız|açıklar mısınız]?
{product} kullanım [talimatı|kılavuzu] Türkçe mi?
{product} ürününün ölçüleri [nedir|ne kadar]?
{product} orijinal mi, faturalı mı [geliyor|gönderiliyor]?
<elektronik> {product} kaç watt, enerji sınıfı [nedir|ne]?
{product} hakkında detaylı bilgi [verebilir misiniz|paylaşabilir misiniz]?
<elektronik> {product} ile ilgili teknik özellikleri [paylaşır mısınız|iletir misiniz]?
""",
    "stok_sor": """
{product} stokta [var mı|var mı acaba|bulunuyor mu]?
{product} ne zaman stoğa [girer|girecek]?
{product} tükenmiş, tekrar [gelecek mi|gelir mi|satışa çıkar mı]?
<giyim> {product} {size} beden stokta [var mı|bulunuyor mu|kaldı mı]?
{product} stok durumu [nedir|ne|nasıl]?
{product} gelince haber [verir misiniz|verebilir misiniz]?
{product} neden satışta [değil|görünmüyor]?
{product} son kaç tane [kaldı|var]?
{product} stoklarda mı?
{product} stoklara ne zaman [gelir|girer|gelecek]?
<ayakkabı> {product} {size} numara [kalmadı mı|bitti mi|tükendi mi]?
{product} tekrar satışa [çıkacak mı|çıkar mı|sunulacak mı]?
{product} sepete eklenmiyor, stok [yok mu|bitti mi|kalmadı mı]?
{product} stokta görünmüyor, [bekleyeyim mi|beklemeye değer mi]?
{product} depoda [var mı|bulunuyor mu]?
{product} için stok bilgisi [alabilir miyim|verebilir misiniz|öğrenebilir miyim]?
{product} tükendi yazıyor, ne zaman [gelir|gelecek]?
{product} bulunuyor mu [şu an|şu sıralar|şimdilerde]?
{product} stok [yenilenecek mi|yenilenir mi]?
{product} kaç adet [var|kaldı]?
{product} yeniden stoğa girdiğinde [alabilir miyim|haber alabilir miyim]?
Bu ürün stokta [var mı|mevcut mu|bulunuyor mu]?
Tükenen ürünler ne zaman [gelir|gelecek|yeniden gelir]?
Aradığım ürün stokta yok, ne zaman [gelir|gelecek|gelir acaba]?
{product} ne zaman tekrar [gelir|gelecek|satışa çıkar]?
{product} stokta [kaldı mı|var mı hâlâ]?
{product} mevcut mu?
{product} stok bilgisi [var mı|verebilir misiniz]?
{product} tükendi mi?
<giyim> {product} {size} beden ne zaman [gelir|gelecek|stoğa girer]?
Stokta olmayan ürün ne zaman [gelir|gelecek]?
{product} tükendi yazıyor, [tekrar gelecek mi|stoğa ne zaman girer|yeniden gelir mi]?
{product} için stok uyarısı [kurabilir miyim|oluşturabilir miyim|açabilir miyim]?
{product} [depoda|mağazada] kaldı mı?
İstediğim ürün stokta yok, ne zaman [gelir|gelecek|gelir acaba]?
{product} ürününden birkaç adet almak [istiyorum|niyetindeyim], stokta yeterli sayıda [var mı|bulunuyor mu]?
<giyim,ayakkabı> {product} sadece {size} bedende tükenmiş görünüyor, o beden yeniden [gelecek mi|gelir mi]?
Kampanya başlamadan {product} tükenir mi, şu anki stok durumu [nasıl|ne]?
Favorilerimdeki ürün stokta yok [yazıyor|görünüyor], tekrar satışa [çıkacak mı|çıkar mı]?
{product} tekrar gelirse bana bildirim [gelir mi|gönderilir mi]?
{product} sayfasında "tükendi" yazıyor, yakında stok [yenilenecek mi|yenilenir mi]?
<giyim,ayakkabı> {product} için {size} beden bulunur mu, yoksa tamamen [bitti mi|tükendi mi]?
{product} mağazalarda var ama sitede yok, stoğa [eklenecek mi|girecek mi]?
{product} ürününden elinizde kaç tane [kaldı|var]?
Tükenmeden {product} almak [istiyorum|niyetindeyim], stok bitmek üzere mi?
{product} hangi depoda var, bir sonraki parti ne zaman [gelir|gelecek]?
Ürün satışa kapalı [görünüyor|gözüküyor], tekrar [açılacak mı|açılır mı]?
{product} stoklara ne zaman [girer|girecek]?
{product} tükendi yazıyor, tekrar [gelecek mi|gelir mi]?
{product} için "gelince haber ver" dedim, ne zaman [gelir|gelecek]?
{product} depoda kaç tane [kaldı|var]?
""",
    "fiyat_sor": """
{product} fiyatı ne kadar[?| acaba?|, söyler misiniz?]
{product} kaç TL?
{product} indirime girecek mi[?| acaba?|, bilginiz var mı?]
{product} fiyatı neden [arttı|yükseldi|zamlandı]?
{product} ne kadar?
{product} fiyatı sepette farklı görünüyor, [hangisi doğru|hangisi geçerli|hangisine güveneyim]?
{product} en uygun fiyatı [nedir|ne|ne kadar]?
{product} kaça?
{product} etiket fiyatı [nedir|ne kadar|kaç]?
{product} fiyat bilgisi [alabilir miyim|rica ediyorum|verir misiniz]?
{product} fiyatına KDV dahil mi[?|, yoksa üstüne mi ekleniyor?]
{product} fiyatı ne oldu, daha önce [farklıydı|başkaydı|daha düşüktü]?
{product} şu an kaç lira?
{product} için güncel fiyat [nedir|ne kadar|ne]?
{product} fiyatı düşer mi[?| ileride?| sizce?]
{product} diğer satıcıda daha ucuz, fiyatınız [ne|ne kadar|kaç]?
{product} kaç paraya [satılıyor|veriliyor]?
{product} fiyatı kargo dahil mi[?|, yoksa ayrıca mı ödüyorum?]
{product} ücreti ne kadar?
{product} fiyatını [öğrenebilir miyim|öğrenmek istiyorum|söyleyebilir misiniz]?
Bu ürünün fiyatı [ne kadar|kaç para|nedir]?
Fiyatı neden [değişti|oynadı|farklılaştı]?
Sepetteki ürünün fiyatı doğru mu[?|, emin olamadım?|, bir kontrol eder misiniz?]
{product} fiyatı kaç?
{product} ne kadara satılıyor?
{product} fiyatında indirim var mı[?| şu an?| acaba?]
{product} kaç liraya?
{product} fiyatı neden [farklı görünüyor|değişik çıkıyor|tutarsız görünüyor]?
{product} şu an ne kadar?
{product} fiyatını söyler misiniz[?| lütfen?]
Fiyat ne kadar[?| acaba?|, bilgi verir misiniz?]
{product} [sepette|uygulamada|sitede] neden farklı fiyat gösteriyor?
{product} indirime girecek mi, fiyatı [ne kadar|kaç|nedir]?
{product} için [kargo dahil|vergiler dahil|her şey dahil] son fiyat ne?
Bu ürünün güncel fiyatı [nedir|ne kadar|ne]?
{product} için kargo dahil ödeyeceğim toplam tutar ne kadar [tutuyor|ediyor|oluyor]?
{product} fiyatı sabah başka, akşam başka görünüyor; güncel satış fiyatı [hangisi|hangisi doğru|hangisi geçerli]?
{product} birden fazla satıcıda var, en düşük fiyatı [hangisi veriyor|kim veriyor|hangi satıcı sunuyor]?
Beğendiğim ürünün fiyatını [öğrenmek istiyorum|merak ediyorum], nasıl [bakabilirim|görebilirim]?
{product} kaç lira?
{product} fiyatı ne kadar, kargo dahil mi[?| acaba?]
{product} için en uygun fiyat bu mu[?|, daha aşağısı yok mu?]
""",
    "beden_danisma": """
<giyim> {product} için hangi bedeni [almalıyım|almam lazım|seçmeliyim]?
<giyim> {product} kalıbı dar mı, bir beden büyük mü [almalıyım|alsam iyi olur|almam gerekir]?
<giyim> Boyum 1.70, kilom 65, {product} hangi beden olur?
<giyim> {product} {size} beden bana olur mu[?| sizce?| acaba?]
{product} normal kalıp mı[?| yoksa dar mı?| acaba?]
Normalde {size} giyiyorum, {product} için ne [önerirsiniz|tavsiye edersiniz]?
<giyim> {product} beden tablosu [nerede|nereden görülüyor|hangi sekmede]?
<ayakkabı> {product} numarası küçük mü [geliyor|kalıyor]?
{product} için {size} mi almalıyım, bir büyüğü mü?
{product} ölçü tablosu var mı[?|, bulamadım?|, paylaşır mısınız?]
<giyim> {product} bedenleri standart mı[?| yoksa farklı mı?]
<ayakkabı> {product} dar mı geliyor, bir numara büyük mü [almalıyım|alayım|almak gerekir]?
<giyim> {product} oversize mı, kendi bedenimi mi [almalıyım|alsam olur]?
<giyim> {product} boyu uzun mu[?| kısa mı?]
<anne & bebek> {product} çocuk için hangi yaş bedeni[?| uygun?]
<giyim> {product} {size} bedenin ölçüleri [nedir|ne kadar|nelerdir]?
<giyim> {product} beden önerisi [alabilir miyim|rica ediyorum|verebilir misiniz]?
{product} kalıbı küçük mü[?| geliyor?]
<giyim> {product} bel ölçüsü kaç?
{product} esnek mi, {size} yeter mi?
Hangi bedeni almam [gerekir|gerekiyor|lazım]?
Beden tablonuz [nerede|nerede acaba|nereden bakılıyor]?
Beden konusunda [yardım lazım|yardıma ihtiyacım var|kararsız kaldım].
{product} kalıbı nasıl, büyük mü [geliyor|duruyor]?
<giyim> {product} için beden önerir misiniz[?| lütfen?]
{product} bana {size} olur mu sizce?
<giyim> {product} beden ölçüleri [nedir|neler|ne kadar]?
<giyim> {product} bedeni tam mı[?| oluyor?| geliyor?]
<giyim> {product} için beden seçemedim[.|, yardım eder misiniz?|, ne önerirsiniz?]
{product} {size} almayı düşünüyorum, uygun mu?
Kalıplarınız büyük mü küçük mü[?| oluyor?| geliyor?]
<giyim> {product} [yıkayınca çeker mi|yıkamada küçülür mü|yıkanınca daralır mı], hangi bedeni almalıyım?
<ayakkabı> {product} kalıbı [geniş ayağa|dar ayağa|dolgun ayağa] uygun mu, kaç numara [almalıyım|alayım]?
<giyim> {product} [boyum kısa|omuzlarım geniş|kollarım uzun], hangi beden uyar?
Beden seçerken neye dikkat [etmeliyim|etmem lazım|etmem gerekiyor]?
<ayakkabı> Spor ayakkabılarda {size} giyiyorum, {product} için aynı numara uyar mı?
<giyim> {product} üzerimde bol dursun istiyorum, bir beden büyük almak [mantıklı olur mu|doğru olur mu|iyi fikir mi]?
<giyim> Göğsüm geniş ve kollarım uzun, {product} modelinde hangi bedeni [önerirsiniz|tavsiye edersiniz]?
<giyim> Hediye alacağım, kişi genelde orta beden giyiyor; {product} için hangi bedeni [seçeyim|alayım|tercih edeyim]?
Normalde {size} giyiyorum, {product} kalıbı dar mı geniş mi?
{product} için beden tablosu var mı, hangi bedeni [almalıyım|almam doğru olur]?
{product} bir beden büyük mü alınmalı, yorumlarda küçük [diyorlar|yazıyorlar|dendiğini gördüm].
{product} ile ilgili beden önerisi alabilir miyim, iki beden arasında [kaldım|kararsızım|gidip geliyorum].
""",
    "garanti_servis": """
Garanti süresi kaç yıl[?| acaba?|, öğrenebilir miyim?]
Ürünüm bozuldu, garantiden [yararlanabilir miyim|faydalanabilir miyim]?
Yetkili servis [nerede|nerede bulunuyor|hangi adreste]?
{product} garantisi var mı?
Garanti belgesi kutudan [çıkmadı|hiç çıkmadı].
Garanti kapsamında tamir nasıl [yapılıyor|oluyor|işliyor]?
Servise nasıl [göndereceğim|yollayacağım|ulaştıracağım]?
{product} arızalandı, servis nerede?
İthalatçı garantili mi distribütör garantili mi[?|, bilgi verir misiniz?]
Garanti başvurusu nasıl [yapılır|yapılıyor|oluşturulur]?
Ürünün garantisi bitti mi, nasıl [öğrenirim|kontrol ederim|anlarım]?
Garantisi kaç yıl [oluyor|veriliyor]?
{product} için yetkili servis listesi var mı?
Garanti süresi içinde ürün değişimi [yapılıyor mu|mümkün mü]?
Servis ücreti [alınır mı|ödemem gerekir mi|talep ediliyor mu]?
Ekranı kırıldı, garantiye girer mi[?| acaba?]
Garanti belgemi kaybettim, ne [yapmalıyım|yapabilirim|yapmam lazım]?
Fatura garanti belgesi yerine geçer mi[?| acaba?]
Garanti için ürünü kime [göndereceğim|yollamalıyım|teslim edeceğim]?
{product} servise gitti, ne kadar sürer?
Garanti şartları [neler|nelerdir|nedir]?
Ürünüm garanti kapsamında mı[?| acaba?|, nasıl anlarım?]
Servis süresi ne kadar[?| sürüyor?]
Garanti kapsamı [nedir|neleri içeriyor|neleri kapsıyor]?
{product} garantisi kaç yıl?
Garantili ürün bozulursa ne [yapmalıyım|yapmak gerekiyor|yapılıyor]?
Servis başvurusunu nereden [yapıyorum|yapabilirim|oluşturuyorum]?
Garanti süresi ne kadar[?| oluyor?]
Tamir için servise göndermem [gerekiyor mu|şart mı|lazım mı]?
Garanti belgesi dijital mi[?| yoksa basılı mı?]
{product} [garanti belgesi|fatura] olmadan servise kabul edilir mi?
{product} garantisi [resmi distribütör|ithalatçı|üretici] garantisi mi?
Garanti süresi [fatura tarihinden mi|teslimattan mı] başlıyor?
Servis ürünü [geri göndermedi|bekletiyor|bir türlü iade etmedi], ne yapabilirim?
{product} arızalandı, garanti kapsamında tamir mi yapılıyor yoksa yenisiyle mi [değiştiriliyor|değişiyor]?
Garanti belgesinin onaylı bir kopyası gerekiyorsa bunu nereden [temin edebilirim|alabilirim|bulabilirim]?
{product} için uzatılmış garanti paketi satın alabilir miyim?
Servisten dönen cihazım aynı arızayı tekrar [verdi|gösterdi|yaptı], garanti kapsamında ne yapılır?
{product} çalışmayı bıraktı, garanti kapsamında tamir ediliyor mu?
Garanti belgesi kutudan çıkmadı, {product} için garantim geçerli mi?
Yetkili servis nerede, {product} arıza verdi.
{product} için garanti süresi kaç yıl?
Cihazım garantideyken servise nasıl [gönderebilirim|yollayabilirim|ulaştırabilirim]?
""",
    "satici_iletisim": """
{order} numaralı siparişimin satıcısıyla nasıl [iletişime geçebilirim|irtibat kurabilirim|görüşebilirim]?
{order} nolu siparişin satıcısına ulaşmak [istiyorum|istiyorum, yardımcı olur musunuz|gerekiyor].
Satıcıya soru sormak [istiyorum|istiyordum|istiyorum rica etsem], sipariş no: {order}
{order} siparişimin satıcısı kim[?| acaba?|, öğrenebilir miyim?]
{order} numaralı siparişteki satıcının iletişim bilgisi var mı[?|, paylaşır mısınız?]
Satıcıyla [görüşmem|konuşmam|yazışmam] lazım, {order} nolu sipariş.
{order} siparişinde satıcıya mesaj [atamıyorum|gönderemiyorum|yazamıyorum].
{product} satıcısına ulaşmak [istiyorum|istiyordum], sipariş {order}.
{order} numaralı siparişin satıcısı cevap [vermiyor|vermiyor, ne yapayım|vermiyor bir türlü].
Mağaza ile [iletişime geçmek|irtibat kurmak|görüşmek] istiyorum: {order}
{order} nolu siparişim hangi mağazadan [geliyor|gönderiliyor|çıkıyor]?
{order} siparişimin satıcısına not iletebilir misiniz[?| rica etsem?]
{order} numaralı sipariş için satıcıya [ulaşamıyorum|erişemiyorum|bir türlü ulaşamadım].
Satıcı firma [adını|ismini|unvanını] öğrenebilir miyim? {order}
{order} nolu siparişin satıcısına sorum var, nasıl [yazarım|iletirim|sorabilirim]?
{date} verdiğim {order} numaralı siparişin satıcısıyla konuşmak [istiyorum|istiyordum|istiyorum, mümkün mü].
{order} siparişimin satıcı bilgilerini [paylaşır mısınız|iletir misiniz|gönderebilir misiniz]?
Satıcıya sor [butonu|düğmesi] çalışmıyor, {order} numaralı sipariş.
{order} nolu siparişi gönderen satıcı kim[?| acaba?]
Satıcıyla nasıl iletişime [geçerim|geçebilirim]?
Satıcının telefonu var mı[?| acaba?|, aramak istiyorum?]
Satıcıya [ulaşamıyorum|bir türlü ulaşamıyorum|erişemiyorum].
{product} satıcısına nasıl soru [sorarım|sorabilirim|iletebilirim]?
{order} numaralı siparişte satıcıya nasıl [ulaşırım|ulaşabilirim|erişirim]?
{order} nolu siparişin satıcısı kim, ulaşmak [istiyorum|istiyordum].
{order} siparişimin satıcısıyla [görüşebilir miyim|konuşabilir miyim|yazışabilir miyim]?
Satıcı bilgisini öğrenmek [istiyorum|istiyordum|rica ediyorum], sipariş {order}.
{order} numaralı siparişin satıcısına mesaj [atamıyorum|iletemiyorum|gönderemiyorum].
{order} siparişini gönderen firmaya [ulaşmam lazım|ulaşmam gerekiyor|ulaşmak zorundayım].
{order} numaralı siparişin satıcısı hangi firma[?|, söyler misiniz?]
{order} numaralı siparişin satıcısına [fatura için|ürün hakkında|ürünün özellikleriyle ilgili] soru sormak istiyorum.
{order} nolu siparişin satıcısı mesajlarıma [dönmüyor|cevap vermiyor|yanıt vermiyor], aracı olur musunuz?
Satıcının [mağaza sayfasına|iletişim bilgisine|profiline] nasıl ulaşırım?
{order} numaralı siparişimle ilgili satıcıya {date} mesaj attım, hâlâ yanıt [gelmedi|yok|alamadım].
Satıcı mesajlarımı okuyup cevapsız bırakıyor, {order} nolu sipariş için onunla iletişim kurmamda yardımcı olur musunuz?
{order} siparişindeki {product} için hediye paketi isteyecektim, satıcıya bu notu nasıl [iletebilirim|gönderebilirim|ulaştırabilirim]?
{order} numaralı siparişi hangi mağaza gönderiyor, onlara doğrudan bir soru [yöneltmek|sormak|iletmek] istiyorum.
Sipariş {order}: satıcının bir e-posta adresi ya da iletişim formu var mı, kendisiyle [yazışmam gerek|yazışmam lazım|iletişim kurmalıyım].
{product} ile ilgili bir ayrıntıyı satıcıya danışmak istiyorum, {order} nolu siparişteki mağazaya nasıl yazarım?
{order} siparişimde satıcıyla yazışma ekranı [açılmıyor|donuyor|yüklenmiyor], mesajımı ona iletebilir misiniz?
{order} nolu siparişte satıcının bana yazdığı mesaja cevap veremiyorum, yanıt kutusu [kapalı|pasif görünüyor|kilitli].
{date} verdiğim {order} numaralı siparişin satıcısı sorularıma dönüş yapmıyor, mağazayı [uyarır mısınız|dürtebilir misiniz|bilgilendirir misiniz]?
{order} siparişimi hazırlayan satıcıya paketi kapıcıya bırakabileceğini [iletmek|söylemek|haber vermek] istiyorum.
{order} numaralı sipariş için satıcıyla iletişime geçmem gerekiyor ama mağaza sayfasında iletişim bilgisi [yok|bulunmuyor|göremedim].
Satıcı hiç dönüş yapmıyor, mağazaya başka nasıl [ulaşabilirim|erişebilirim|iletişim kurabilirim]?
{product} satan mağazaya bir şey sormak istiyorum, satıcıya mesaj nereden [gönderiliyor|yazılıyor|atılıyor]?
Satıcıyla doğrudan konuşabileceğim bir kanal var mı[?| acaba?]
{order} siparişimin satıcısına soru sormak istiyorum, nasıl [ulaşırım|ulaşabilirim]?
Satıcı mesajlarıma cevap vermiyor, {order} nolu sipariş.
{order} için satıcıyla iletişime geçebilir misiniz?
Satıcının telefon numarası var mı? Sipariş {order}
""",
    "kupon_kullanim": """
{coupon} kupon kodu [çalışmıyor|tutmuyor|işlemiyor].
{coupon} kodunu girdim ama indirim [uygulanmadı|yansımadı|düşmedi].
{coupon} kuponu geçersiz diyor, neden[?| acaba?| olabilir?]
Kuponum sepette [görünmüyor|çıkmıyor|gözükmüyor], kod {coupon}.
{coupon} kodu kullanılamıyor hatası veriyor.
Bana tanımlanan {coupon} kuponu [çalışmıyor|işlemiyor|kabul edilmiyor].
{coupon} indirim kodunu nereye [yazacağım|gireceğim|yazmam gerekiyor]?
{coupon} kuponu süresi dolmuş diyor, daha yeni [aldım|tanımlandı|geldi].
{coupon} kupon kodu işe [yaramıyor|yaramadı].
Sepetime {coupon} kodunu uygulayamıyorum.
{coupon} kuponu minimum sepet tutarı yüzünden mi [olmuyor|geçmiyor|çalışmıyor]?
{coupon} kodu hangi ürünlerde [geçerli|kullanılabiliyor|geçiyor]?
{coupon} kuponum [kaybolmuş|silinmiş|ortadan kalkmış], kullanamıyorum.
{coupon} kodunu denedim, bu kod size ait değil diyor.
{coupon} indirimi neden [düşmedi|yansımadı|uygulanmadı]?
{coupon} kuponunun son kullanma tarihi ne[?| zaman?]
Kampanya kodu {coupon} çalışmıyor!!
{coupon} kupon kodunu kullanmama yardımcı [olur musunuz|olabilir misiniz|olursanız sevinirim]?
{coupon} kodu bende hata [veriyor|veriyor sürekli|verip duruyor].
{coupon} kodum neden kabul [edilmiyor|görmüyor]?
Kupon kodum [çalışmıyor|işlemiyor|geçmiyor].
İndirim kuponu sepette [uygulanmıyor|düşmüyor|yansımıyor].
Kuponumu [kullanamıyorum|kullanamadım|bir türlü kullanamıyorum], neden?
Tanımlanan kupon [görünmüyor|ortada yok|hesapta çıkmıyor].
{coupon} kodu uygulanmıyor.
{coupon} kuponunu kullanamıyorum.
{coupon} kodu neden geçersiz[?| çıkıyor?| görünüyor?]
{coupon} kupon kodu hata veriyor.
{coupon} kuponu sepette [düşmüyor|işlemiyor|yansımıyor].
{coupon} kodum çalışmadı.
Kuponum sepette [görünmüyor|yok|listelenmiyor].
{coupon} kodunu girince "[kampanya koşulları sağlanmadı|geçersiz kod|kupon bulunamadı]" diyor, neden?
{coupon} sepette [indirim düşmüyor|görünmüyor|uygulanmıyor], süresi mi doldu?
Hediye çekimi sepette nasıl [kullanacağım|kullanabilirim|değerlendiririm]?
Kupon kodum hiç [çalışmıyor|tutmuyor|işlemiyor].
Sepette {coupon} yazıp uygula dediğimde hiçbir şey olmuyor, tutar aynı [kalıyor|duruyor|değişmiyor].
{coupon} kodunu doğum günüm için hediye olarak göndermiştiniz, şimdi kullanmak istiyorum ama [reddediliyor|kabul edilmiyor|olmuyor].
{coupon} kuponunu hangi kategorideki ürünlerde kullanabilirim, elektronikte kabul [etmiyor|görmüyor].
Arkadaşımın paylaştığı {coupon} kodunu kendi hesabımda kullanmam [mümkün mü|olur mu|mümkün müdür]?
{coupon} kodunu girince "bu kupon başka bir kampanyayla birleştirilemez" uyarısı çıkıyor, ne [yapmalıyım|yapabilirim|yapmam gerek]?
{coupon} kuponunu ödeme adımında nereye yazacağımı bulamadım, kod alanı [görünmüyor|yok|çıkmıyor].
E-postayla gelen {coupon} indirim koduyla sepetimden ne kadar düşeceğini [öğrenebilir miyim|söyler misiniz]?
{coupon} kodunu bir kez denedim, sipariş oluşmadı; şimdi "kullanılmış kupon" diyor.
{coupon} kuponum hesabımda tanımlı görünüyor ama sepette seçilebilir [değil|olmuyor|durmuyor].
İndirim kodum {coupon}, sepet tutarını yükselttim yine de geçerli [olmadı|sayılmadı].
{coupon} kodunu kullandım ama indirim sadece bir ürüne uygulandı, tüm sepete uygulanması gerekmiyor muydu?
Bana SMS ile bir indirim kodu geldi, bunu siparişte nasıl [kullanıyorum|kullanabilirim|kullanacağım]?
Kupon kodunu yazdım ama "geçersiz kupon" uyarısı aldım, kodu sizin tarafta kontrol [edebilir misiniz|eder misiniz|etme şansınız var mı]?
Uygulamada kupon alanı yok, elimdeki indirim kodunu nereye [gireceğim|yazacağım|yazmalıyım]?
{coupon} kodunu girince "kupon geçersiz" diyor.
{coupon} indirim kodu sepette uygulanmıyor, neden[?| acaba?]
Bana tanımlanan {coupon} kuponu hesabımda [görünmüyor|yer almıyor|çıkmıyor].
Kupon kodum {coupon}, minimum sepet tutarını geçtiğim halde [çalışmıyor|kabul edilmiyor|geçmiyor].
""",
    "kampanya_sor": """
Şu an hangi kampanyalar [var|geçerli|devam ediyor]?
Aktif kampanyalarınız [neler|nelerdir|hangileri]?
İndirim kampanyası var mı[?| şu sıralar?| acaba?]
Bu ay kampanya yapıyor musunuz?
Kampanyalardan nasıl haberdar [olurum|olabilirim|oluyorum]?
Güncel indirimler [neler|nelerdir|hangileri]?
Sepette indirim kampanyası var mı[?| şu an?]
Öğrenci indirimi var mı[?| acaba?|, nasıl yararlanırım?]
Bu hafta sonu indirim olacak mı?
Any campaigns şu an?
Kampanyalı ürünler [hangileri|neler|nerede listeleniyor]?
Elektronikte kampanya var mı[?| şu sıralar?]
İkinci ürüne indirim kampanyası devam ediyor mu[?| hâlâ?]
Yeni üyelere özel kampanya var mı[?| acaba?]
Kampanya bilgisi [alabilir miyim|rica ediyorum|verir misiniz]?
Şu anki fırsatlar [neler|nelerdir|hangileri]?
Yılbaşı indirimleri başladı mı?
Kampanyalar ne zaman [bitiyor|sona eriyor|son buluyor]?
Bankalara özel kampanya var mı[?| acaba?]
Kampanya sayfasını [bulamadım|göremedim], neler var?
İndirim var mı şu an?
Hangi kampanyalardan [yararlanabilirim|faydalanabilirim|istifade edebilirim]?
Şu an geçerli kampanyalar [neler|nelerdir|hangileri]?
Hangi ürünlerde indirim [var|bulunuyor|yapılıyor]?
Kampanya var mı bu [aralar|sıralar|günlerde]?
Yeni kampanyalar ne zaman [başlar|başlıyor|açıklanır]?
İndirim dönemi ne zaman[?| başlıyor?| geliyor?]
Kampanyalı ürünleri nasıl [görürüm|bulurum|listeleyebilirim]?
Sepette ekstra indirim var mı[?| şu an?]
Güncel kampanyalar hakkında bilgi [verir misiniz|alabilir miyim|rica ediyorum]?
[Okul|Bayram|Yılbaşı] kampanyası ne zaman başlıyor?
Bu ay [hangi kategorilerde|hangi markalarda|hangi ürünlerde] indirim var?
Sepette ek indirim veren bir kampanya var mı[?| acaba?]
Kampanyalardan nasıl haberdar [olabilirim|olurum]?
Kozmetik ürünlerinde üç al iki öde gibi bir kampanya [yapıyor musunuz|var mı|düzenliyor musunuz]?
Kartıma ekstra puan kazandıran bir alışveriş fırsatı var mı[?| şu sıralar?]
Büyük indirim günleri ne zaman başlayacak, önceden duyuru [yapıyor musunuz|yapılıyor mu]?
Mobil uygulamaya özel kampanyalarınız neler, sitede görünmeyen fırsatlar var mı?
Şu sıralar hangi kategorilerde indirim [var|yapılıyor|uygulanıyor]?
Black Friday indirimleri başladı mı?
Şu an geçerli bir sepette indirim kampanyası var mı[?| acaba?]
Yeni üyelere özel bir fırsat var mı[?| acaba?|, nasıl yararlanırım?]
Kredi kartına özel kampanyalarınız [neler|nelerdir|hangileri]?
""",
    "fiyat_dususu": """
{order} numaralı siparişi verdikten sonra fiyat düştü, farkı iade [eder misiniz|edebilir misiniz|ediyor musunuz]?
Aldığım {product} ertesi gün indirime girdi, fark iadesi [istiyorum|talep ediyorum|rica ediyorum].
{date} aldığım ürün şimdi daha ucuz, aradaki farkı [alabilir miyim|geri alabilir miyim|talep edebilir miyim]?
Ben {amount} ödedim, şimdi fiyatı düşmüş.
Fiyat düştü, fark iadesi [yapıyor musunuz|yapılıyor mu|mümkün mü]?
{product} fiyatı siparişten sonra düştü, farkı [isterim|istiyorum|geri istiyorum].
Siparişimi verdim, iki gün sonra kampanyaya girdi, [haksızlık bu|bu hiç adil değil|bu olmadı].
Ürünün fiyatı düşmüş, aradaki fark iade [ediliyor mu|edilir mi|yapılıyor mu]?
{amount} fark var, iade eder misiniz?
Aynı ürün şu an daha ucuz, ben pahalıya [aldım|almışım|aldım, üzüldüm].
Fiyat koruma uygulamanız var mı[?| acaba?]
Ürün indirime girdi, iptal edip yeniden mi [almalıyım|almam gerekiyor|alayım]?
{product} için ödediğim fiyat şimdi düştü, ne [yapabilirsiniz|yapılabilir|önerirsiniz]?
{date} sipariş verdim, fiyatı düştü, fark iadesi [alabilir miyim|mümkün mü|yapılır mı]?
Aldığım ürün indirime girmiş, farkı hesabıma [yatırır mısınız|yatırabilir misiniz|iade eder misiniz]?
Fiyat farkı iadesi talep [ediyorum|etmek istiyorum].
Sipariş verdikten sonra fiyat düşerse ne [oluyor|yapılıyor|oluyor, fark ödeniyor mu]?
Bana pahalıya [satılmış|satmışsınız], şimdi indirimde.
{product} fiyatı {amount} düşmüş, aradaki farkı alabilir miyim?
Fiyatı düşen ürün için fark iadesi [yapılıyor mu|var mı|uyguluyor musunuz]?
Kampanya başlamadan almıştım, fark [ödenir mi|iade edilir mi|karşılanır mı]?
Ucuzlayan ürün için para iadesi var mı[?| acaba?]
Aldıktan sonra fiyatı düştü, fark iadesi [istiyorum|talep ediyorum|bekliyorum].
Aldığım ürünün fiyatı [düştü|düşmüş|aşağı indi].
{product} fiyatı siparişten sonra [düştü|düşmüş].
Fiyat farkını geri [alabilir miyim|almam mümkün mü|alma şansım var mı]?
Ürün ucuzladı, ben pahalıya [aldım|almış oldum].
Fiyat düşüşü için iade var mı[?| acaba?]
Fiyatı düşen ürün için ne [yapabilirim|yapmam lazım|yapmalıyım]?
Fark iadesi [yapıyor musunuz|yapılıyor mu|uyguluyor musunuz]?
Aldığım ürünün fiyatı [ertesi hafta|kısa süre sonra] düştü, aradaki farkı alabilir miyim?
{order} numaralı siparişi aldıktan sonra indirime girdi, fark iadesi [yapıyor musunuz|mümkün mü]?
Fiyat garantiniz var mı, ürün [ucuzladı|indirime girdi]?
{product} için ödediğim fiyatla şu anki fiyat arasında {amount} fark var, bu farkı hesabıma iade [edebilir misiniz|eder misiniz]?
Sipariş {order} henüz elime ulaşmadan ürün indirime girdi; iptal etmeden farkı geri [alabilir miyim|almam mümkün mü]?
{date} tam fiyattan aldığım ürün şimdi kampanyada, bana da aynı indirim [yansıtılabilir mi|uygulanabilir mi]?
Aldığım ürünün fiyatı sepete eklediğim andan beri epey düştü, aradaki farkı [telafi ediyor musunuz|karşılıyor musunuz|iade ediyor musunuz]?
{product} aldıktan üç gün sonra {amount} ucuzladı, fark iadesi yapılıyor mu?
Sepette ödediğim fiyatla bugünkü fiyat aynı değil, {order} siparişim için indirimi bana da [uygular mısınız|yansıtır mısınız]?
Ben aldıktan hemen sonra indirim başladı, farkı kupon olarak [verir misiniz|tanımlar mısınız|verebilir misiniz]?
{date} aldığım {product} şimdi daha düşük fiyata satılıyor, aradaki farkı talep [ediyorum|etmek istiyorum].
Fiyat düştüğü için iade edip tekrar almam mı gerekiyor, yoksa farkı iade ediyor musunuz?
Aynı ürünü arkadaşım {amount} daha ucuza aldı, ben neden pahalıya [aldım|ödedim]?
Aldığım ürün kısa süre sonra indirime girdi, aradaki farkı iade [eder misiniz|edebilir misiniz]?
{product} aldıktan sonra fiyatı düştü, fark iadesi [alabilir miyim|mümkün mü]?
{date} {amount} ödediğim ürün şimdi daha ucuz, fark bana iade [edilir mi|edilebilir mi]?
Ben aldıktan hemen sonra kampanyaya girdi, farkı geri [istiyorum|talep ediyorum].
""",
    "uyelik_problem": """
Hesabıma giriş [yapamıyorum|yapamıyorum, yardım eder misiniz|yapamadım bir türlü].
Giriş yap deyince hata [veriyor|alıyorum|çıkıyor].
Hesabım kilitlendi, açar mısınız[?| lütfen?]
Doğrulama kodu [gelmiyor|ulaşmıyor|düşmüyor], giriş yapamıyorum.
Hesabım askıya alınmış, neden[?| acaba?|, hiçbir şey yapmadım?]
Üye olamıyorum, e-posta kayıtlı [diyor|uyarısı veriyor|hatası çıkıyor].
Login olamıyorum, sürekli hata [alıyorum|veriyor].
Hesabım birden [kapandı|kapanmış|kapatılmış].
Uygulamada oturum [açılmıyor|açamıyorum].
Kayıtlı e-posta adresim {email} ama giriş yapamıyorum.
Hesabıma başkası girmiş olabilir, yardım [edin|edin lütfen|eder misiniz].
İki tane hesabım var, [birleştirebilir misiniz|tek hesapta toplayabilir misiniz]?
Google ile girişte hata [alıyorum|veriyor|çıkıyor].
Hesabım dondurulmuş [görünüyor|gözüküyor].
Üyelik oluştururken telefon doğrulaması [yapılmıyor|tamamlanmıyor|gerçekleşmiyor].
SMS kodu gelmediği için hesabıma [giremiyorum|ulaşamıyorum]. Telefonum {phone}
Hesap bilgilerim görünmüyor, hesabım silinmiş [gibi|gibi duruyor|olabilir mi].
Giriş yaptıktan sonra otomatik çıkış [yapıyor|yapıyor, sürekli atıyor].
Hesabımda çok fazla deneme yapıldı diyor, [kilitli|kilitlenmiş].
Account'a giremiyorum.
Üyelik bilgilerim hatalı [görünüyor|gözüküyor|yansımış].
Yeni üyelik açamıyorum, hata [veriyor|alıyorum].
Hesabıma giremiyorum, yardım [eder misiniz|edebilir misiniz|rica ediyorum]?
Giriş yaparken hata [alıyorum|veriyor|çıkıyor].
Hesabım [açılmıyor|açılmıyor bir türlü].
Üyeliğim dondurulmuş, neden[?| acaba?]
Hesabıma [erişemiyorum|ulaşamıyorum].
Hesabım kilitli [görünüyor|gözüküyor].
Oturum [açamıyorum|açamıyorum, hata alıyorum].
Üye girişinde sorun [var|yaşıyorum|çıkıyor].
Hesabım [askıya alınmış|kilitlenmiş|erişime kapatılmış] görünüyor, giriş yapamıyorum.
Doğrulama kodu [gelmiyor|geç geliyor|hiç ulaşmıyor], hesabıma giremiyorum.
Başka biri hesabıma girmiş olabilir, [siparişlerimde tanımadığım ürünler var|ayarlarım değişmiş|adreslerim değiştirilmiş].
Uygulamaya girerken sürekli çıkış [yapıyor|yapıyor, atıyor beni].
Doğru şifreyi girdiğim halde "kullanıcı bulunamadı" uyarısı alıyorum, hesabım nereye [gitti|kayboldu]?
Yeni telefonumda uygulamaya giriş yapınca beyaz ekranda [kalıyor|takılıyor|donuyor], eski telefonda sorun yok.
Hesabıma giriş yaparken kayıtlı {email} adresime doğrulama e-postası [gelmiyor|ulaşmıyor].
Bildirimlerde tanımadığım bir cihazdan oturum açıldığını gördüm, hesabımın güvenliğinden [endişeliyim|şüpheleniyorum|tedirginim].
Hesabıma girmeye çalışınca "bir hata oluştu" diyor, şifrem doğru.
Üyelik kaydı tamamlanmıyor, doğrulama e-postasındaki link [çalışmıyor|açılmıyor|işe yaramıyor].
Hesabınız kapatıldı diye bir uyarı geldi, hiçbir şey [yapmadım|yapmamıştım].
Uygulamada profilime girince boş sayfa [geliyor|açılıyor|çıkıyor].
Facebook ile açtığım hesaba artık [giremiyorum|erişemiyorum].
Telefon numaram başka bir hesapta kayıtlı diyor, üye [olamıyorum|olamadım].
""",
    "sifre_unuttum": """
Şifremi [unuttum|unuttum, yardım|unutmuşum].
Şifremi unuttum, sıfırlama linki [gönderir misiniz|atar mısınız|yollar mısınız]?
Şifre sıfırlama maili [gelmiyor|ulaşmıyor|düşmüyor].
Şifremi hatırlamıyorum, nasıl giriş [yaparım|yapabilirim]?
Yeni şifre oluşturmak [istiyorum|istiyorum, nasıl yaparım].
Şifre yenileme bağlantısı [gönderin|iletin|yollayın] lütfen.
Şifremi hatırlamıyorum, sıfırlama linki [atar mısınız|gönderebilir misiniz]?
Şifremi sıfırlamak [istiyorum|istiyorum, yardımcı olur musunuz|gerekiyor].
Şifremi değiştirmek istiyorum ama eskisini [bilmiyorum|hatırlamıyorum].
Şifre sıfırlama linkinin süresi dolmuş, yenisini [gönderin|iletir misiniz|yollar mısınız].
Parolamı [unuttum|unutmuşum].
Şifremi unuttum, e-postam {email}
Şifre değiştirme ekranı [açılmıyor|yüklenmiyor|gelmiyor].
Şifremi unuttuğum için hesaba [giremiyorum|ulaşamıyorum].
Şifremi [yenileyemiyorum|yenileyemedim bir türlü].
Şifre sıfırlama kodu [gelmedi|ulaşmadı|hâlâ gelmedi].
Parola sıfırlama nasıl [yapılıyor|yapılır|oluyor]?
Şifremi kaç kere denedim olmadı, [sıfırlayın|sıfırlar mısınız].
Şifre hatırlatma maili [gönderir misiniz|iletir misiniz|atabilir misiniz]?
Yeni şifre linki [lazım|gerekiyor|istiyorum].
Şifremi sıfırlayamıyorum, [yardım|yardım edin|yardımcı olur musunuz].
Şifremi [hatırlamıyorum|hatırlayamıyorum].
Şifremi sıfırlayabilir misiniz[?| lütfen?]
Şifre sıfırlama linki [lazım|gerekiyor].
Şifremi unuttum, ne [yapmalıyım|yapabilirim|yapmam gerekiyor]?
Şifre yenilemek [istiyorum|istiyorum, nasıl oluyor].
Şifre sıfırlama e-postası [gelmedi|ulaşmadı].
Parolamı yenilemek [istiyorum|istiyorum, yardımcı olur musunuz].
Şifremi unuttum, yardım [eder misiniz|edebilir misiniz]?
Şifremi değiştirmem gerekiyor, eskisini [unuttum|hatırlamıyorum].
Şifre sıfırlama maili [gelmiyor|spam'a bile düşmüyor|bir türlü ulaşmıyor], tekrar gönderir misiniz?
Şifremi [hatırlamıyorum|değiştirmem lazım|unuttum], yeni şifre bağlantısı istiyorum.
Eski şifrem kabul [edilmiyor|görmüyor], sıfırlamak istiyorum.
Şifremi bir türlü hatırlayamadım, sıfırlama bağlantısını kayıtlı e-posta adresime [yollar mısınız|gönderir misiniz|iletir misiniz]?
Şifremi unuttuğum için birkaç kez yanlış girdim, şimdi yeni bir şifre oluşturmam [gerekiyor|lazım].
{email} adresime şifre yenileme bağlantısı iletebilir misiniz, eski şifreyi [hatırlamıyorum|unuttum].
Parolamı kaybettim, sıfırlamak için hangi adımları [izlemeliyim|takip etmeliyim|uygulamalıyım]?
Şifremi unuttum, telefonuma sıfırlama kodu [gönderebilir misiniz|yollayabilir misiniz|atar mısınız]?
"Şifremi unuttum"a bastım ama mail hiç [gelmedi|düşmedi|ulaşmadı].
Parolamı hatırlamıyorum, yeni parolayı nasıl [alırım|oluştururum|belirlerim]?
Şifre sıfırlama bağlantısının süresi dolmuş, tekrar [gönderin|yollayın|iletir misiniz].
""",
    "hesap_silme": """
Hesabımı silmek [istiyorum|istiyorum, yardımcı olur musunuz|istiyordum].
Üyeliğimi tamamen [kapatın|kapatır mısınız|sonlandırın].
KVKK kapsamında kişisel verilerimin silinmesini [talep ediyorum|istiyorum].
Hesabımı nasıl [silerim|silebilirim|sildirebilirim]?
Bütün bilgilerimin silinmesini [istiyorum|talep ediyorum|rica ediyorum].
Üyelikten çıkmak [istiyorum|istiyorum artık].
Hesabımı kapatmak istiyorum, bir daha [kullanmayacağım|kullanmam|girmeyeceğim].
Hesabımı tamamen silin lütfen.
Verilerimin silinmesi için başvuru [yapmak istiyorum|yapmam gerekiyor|oluşturmak istiyorum].
Hesabımı sildirmek istiyorum, kayıtlı e-postam {email}
Üyeliğimi iptal etmek [istiyorum|istiyorum, hesabım kapansın].
Kişisel verilerimin işlenmesini [istemiyorum|kabul etmiyorum], hesabımı silin.
Hesap silme seçeneği [nerede|nerede acaba|hangi menüde]?
Hesabımı dondurmak değil, tamamen silmek [istiyorum|istiyorum, bilginize].
KVKK madde 11 uyarınca verilerimin silinmesini istiyorum.
Artık alışveriş [yapmayacağım|yapmak istemiyorum], hesabımı kapatın.
Hesabımı silin ve bana bir daha mesaj [atmayın|göndermeyin|yollamayın].
Üyeliğimi sonlandırmak [istiyorum|istiyorum lütfen].
Hesabımın silinmesini talep ediyorum. Telefonum {phone}
Kayıtlı bilgilerim [silinsin|silinsin lütfen|sistemden kaldırılsın].
Hesabımı kalıcı olarak silmek [istiyorum|istiyorum, geri dönüşü olmasın].
Hesabımı kapatın [lütfen|rica ediyorum].
Hesabımın silinmesini [istiyorum|rica ediyorum].
Hesabımı tamamen silmek [istiyorum|istiyorum, nasıl yapacağım].
Üyeliğimi [silin|silin lütfen|silebilir misiniz].
Hesabımı kaldırmak [istiyorum|istiyorum artık].
Kişisel verilerimi silmenizi talep [ediyorum|ediyorum, gereğini rica ederim].
Hesabımı sonlandırmak [istiyorum|istiyorum lütfen].
Hesap silme işlemi nasıl [yapılır|yapılıyor|gerçekleştiriliyor]?
Hesabım silinsin [istiyorum|artık].
Üyeliğimi [sonlandırmak|kapatmak|bitirmek] ve bütün verilerimin silinmesini istiyorum.
KVKK kapsamında hesabımın ve kayıtlarımın silinmesini [talep ediyorum|istiyorum].
Hesabımı kalıcı olarak nasıl [silerim|silebilirim]?
Artık bu platformu [kullanmıyorum|kullanmayacağım], hesabımın ve alışveriş kayıtlarımın sistemden tamamen kaldırılmasını rica ediyorum.
Kişisel Verilerin Korunması Kanunu'na dayanarak hakkımda tuttuğunuz tüm bilgileri [imha etmenizi|silmenizi|yok etmenizi] istiyorum.
Hesabımı silersem bekleyen iadelerim ne olur? Yine de silmek istiyorum, süreci [başlatır mısınız|başlatabilir misiniz]?
Uygulamada hesabı kapat seçeneğini [bulamadım|göremedim], hesabımı benim yerime siler misiniz?
{email} adresiyle açılmış üyeliğimin sonlandırılmasını ve adresimin listelerinizden çıkarılmasını istiyorum.
Veri güvenliği konusunda endişelerim var, bu yüzden hesabımın kalıcı olarak [yok edilmesini|silinmesini] istiyorum.
Eşimle ortak kullandığımız hesabı kapatıp silmek istiyoruz, nasıl bir yol [izlemeliyiz|takip etmeliyiz]?
Silme talebimi iletiyorum; hesabım silindiğinde bana yazılı bir onay [gönderebilir misiniz|iletir misiniz]?
Kayıtlı telefonum {phone}; bu numarayla ilişkili hesabın kalıcı olarak kapatılmasını [talep ediyorum|istiyorum].
Bir daha giriş yapmayacağım, hesabım açık [kalmasın|durmasın]; tüm verilerimle birlikte kapatın.
Hesap silme talebim ne kadar sürede [sonuçlanır|tamamlanır]? Bir an önce silinmesini istiyorum.
Verilerimin üçüncü taraflarla paylaşılmasını [istemiyorum|kabul etmiyorum], hesabımı ve tüm kayıtlarımı silin.
Üyeliğimi iptal edip kişisel bilgilerimin anonim hale getirilmesini [istiyorum|talep ediyorum].
Benimle ilgili hiçbir kaydınız kalmasın, hesabı [silin|silin lütfen].
Üyeliğimi tamamen kapatmak istiyorum, hesabım [silinsin|kalıcı olarak silinsin].
Artık alışveriş yapmayacağım, hesabımı ve kayıtlı kartlarımı [silin|kaldırın].
KVKK kapsamında hesabımın ve kişisel verilerimin silinmesini [talep ediyorum|istiyorum].
Hesabımı nasıl kalıcı olarak [silebilirim|sildirebilirim]?
Hesabımı silmek istiyorum, kayıtlı adreslerim de [silinsin|kaldırılsın].
Üyelik hesabımın kapatılmasını ve kayıtlı adres ile telefon bilgilerimin silinmesini [istiyorum|talep ediyorum].
Premium üyeliğimi değil, hesabımın kendisini tamamen kapatmak istiyorum.
Hesabımı kapatırsam kayıtlı adreslerim ve kartlarım da silinir mi? Silinmesini [istiyorum|rica ediyorum].
Artık sizinle alışveriş yapmak istemiyorum, hesabımı tamamen [kaldırın|silin].
Profilimi, adreslerimi ve sipariş geçmişimi silip hesabı kapatmanızı [rica ediyorum|istiyorum].
Hesabımı nasıl tamamen [kapatabilirim|silebilirim]? Uygulamada seçeneği yok.
Hesabımın silinmesi için ne yapmam gerekiyor? E-postam {email}
{phone} numarasıyla açılan bu hesabı kullanmak istemiyorum, kalıcı olarak silinsin.
Eski hesabımı silmek istiyorum, yeni bir hesap açtım; eskisinin e-postası {email}
""",
    "iletisim_bilgisi_guncelle": """
Telefon numaramı değiştirmek istiyorum, yeni numaram {phone}
E-posta adresimi güncellemek istiyorum: {email}
Kayıtlı telefonumu [değiştiremiyorum|güncelleyemiyorum].
Hesabımdaki e-posta eski, yenisi {email}
Yeni telefon numaram {phone}, güncelleyebilir misiniz?
Mail adresimi değiştirmem [lazım|gerekiyor|şart].
Telefon numaramı güncellerken doğrulama kodu [gelmiyor|ulaşmıyor].
Hesabımdaki iletişim bilgilerini güncellemek [istiyorum|istiyorum, yardımcı olur musunuz].
Eski numaramı [kullanmıyorum|artık kullanmıyorum], yenisi: {phone}
E-posta adresimi değiştirmek istiyorum, nasıl [yaparım|yapabilirim|değiştiririm]?
İletişim bilgimi güncellemek istiyorum, yeni mail {email}
Cep telefonumu değiştirdim, hesaba eklemek [istiyorum|istiyorum, nasıl olacak].
Kayıtlı e-postama erişimim yok, değiştirebilir misiniz[?| lütfen?]
Telefon numaram değişti: {phone}
Hesaptaki mail adresim yanlış yazılmış, doğrusu {email}
İletişim bilgilerimi nereden [güncelliyorum|güncelleyebilirim|değiştirebilirim]?
SMS'ler eski numarama gidiyor, yeni numaram {phone}
Bildirimler eski e-postama gidiyor, güncelleyin lütfen: {email}
Telefon numarası değişikliği yapmak [istiyorum|istiyordum].
E-posta değişikliği talebim [var|bulunuyor].
İletişim bilgilerimi değiştirmek [istiyorum|istiyorum, yardımcı olur musunuz].
Telefon numaramı güncellemek [istiyorum|istiyordum].
E-posta adresimi değiştirmek [istiyorum|istiyordum].
İletişim bilgilerimi güncelleyebilir misiniz[?| lütfen?]
Yeni e-posta adresim {email}, güncelleyin lütfen.
Telefon numaram değişti, güncellemek [istiyorum|istiyorum, yardımcı olur musunuz].
Numaramı değiştirmek istiyorum: {phone}
Mail adresim [değişti|değişti, güncellenmesi lazım].
Telefonumu [güncelleyemiyorum|güncelleyemedim bir türlü].
Hesabımdaki telefonu değiştirmek [istiyorum|istiyorum, yenisini vereceğim].
Hesabımdaki [telefon numarasını|e-posta adresimi] değiştirmem gerekiyor, eski [hat kapandı|hattı iptal ettim].
Yeni telefonum {phone}, hesabıma bunu [tanımlar mısınız|kaydeder misiniz|işler misiniz]?
Bildirimler eski mail adresime gidiyor, yenisi {email}.
Numaramı başka bir hatla değiştirdim, bundan sonra doğrulama kodları {phone} numarasına gelsin.
Eski iş e-postamı kullanıyordum, işten ayrıldım; hesabımdaki adresi {email} olarak değiştirir misiniz?
Hesap ayarlarında e-posta alanı kilitli, değiştiremiyorum; yeni adresimi sisteme [işleyebilir misiniz|girebilir misiniz]?
Hem telefonumu hem e-postamı değiştirdim, ikisini birden nasıl [güncellerim|güncelleyebilirim]?
Hesabımdaki telefon numarası eski, {phone} ile değiştirmek istiyorum.
Kayıtlı e-postamı {email} olarak güncelleyebilir misiniz?
Numaram değişti, bildirimler eski hattıma [gidiyor|düşüyor]. Yeni numaram {phone}
Mail adresimi değiştirmek istiyorum, eskisine artık erişimim [yok|kalmadı].
""",
    "premium_uyelik": """
Premium üyelik ne kadar[?| tutuyor?|, ücreti nedir?]
Plus üyeliğin avantajları [neler|nelerdir|ne]?
Premium üyeliği nasıl iptal [ederim|edebilirim]?
Plus üyelikte kargo bedava mı[?| oluyor?]
Premium üyelik ücreti aylık mı yıllık mı[?| ödeniyor?]
Plus üyeliğe nasıl [geçerim|geçebilirim|katılırım]?
Premium üyeliğim otomatik yenilenmiş, [istemiyorum|onay vermemiştim|bunu istemiyorum].
Plus üyelik deneme süresi var mı[?| acaba?]
Premium membership neler sunuyor?
Plus üyelik ücretim iade [edilir mi|edilebilir mi|ediliyor mu]?
Premium üyelere özel indirim var mı[?| acaba?]
Plus üyeliğim aktif mi[?|, nasıl kontrol ederim?]
Premium üyeliği aile ile [paylaşabilir miyim|ortak kullanabilir miyim]?
Plus üyelik neden bu kadar [pahalı|yüksek|tuzlu]?
Premium üyelik kampanyası var mı[?| şu an?]
Plus üyelikten çıkmak [istiyorum|istiyorum, nasıl yaparım].
Premium üye oldum ama avantajlar [görünmüyor|yansımıyor|aktif olmadı].
Plus üyelikte hızlı teslimat var mı[?| acaba?]
Premium üyeliğin içinde neler [var|bulunuyor|sunuluyor]?
Plus üyelik ile normal üyelik farkı [ne|nedir|ne oluyor]?
Premium üyelik almaya değer mi[?| sizce?]
Premium üyelik [nedir|ne işe yarıyor]?
Plus üyelik ücreti ne kadar[?| tutuyor?]
Premium üyelikten nasıl [çıkarım|çıkabilirim|ayrılırım]?
Plus üyelik avantajları [neler|nelerdir]?
Premium üyelik iptali nasıl [yapılır|yapılıyor]?
Plus üye olmak [istiyorum|istiyorum, nasıl yapacağım].
Premium üyeliğim neden [yenilendi|otomatik yenilendi]?
Plus üyeliğin faydaları [neler|nelerdir]?
Premium üyelikte ücretsiz kargo var mı[?| acaba?]
Plus üyelikte [kargo|iade|değişim] gerçekten ücretsiz mi?
Premium üyeliği [dondurabilir miyim|bir süreliğine durdurabilir miyim|askıya alabilir miyim]?
Plus üyeliğin aylık ücreti kartımdan neden iki kez [çekildi|tahsil edildi]?
Plus üyelik ücretini yıllık ödersem daha ucuza [geliyor mu|mal oluyor mu]?
Premium üyeliği yarıda bırakırsam kalan sürenin parası iade [ediliyor mu|edilir mi]?
Plus üyeliğimin bitiş tarihini nereden [görebilirim|öğrenebilirim|kontrol edebilirim]?
Premium üyelikle gelen indirimler kampanyalı ürünlerde de geçerli mi[?| oluyor?]
Plus üyeliğin aylık ücreti ne kadar, istediğim zaman iptal [edebilir miyim|etmem mümkün mü]?
Premium üyelikte kargo her siparişte ücretsiz mi[?| oluyor?]
Plus üyeliğimi iptal etmek istiyorum, otomatik yenilensin [istemiyorum|istemem].
Deneme süresi bitince üyelik ücretli mi [oluyor|hale geliyor]?
Premium üyeliğin avantajları neler, değer mi[?| sizce?]
""",
    "insan_temsilci": """
Müşteri temsilcisiyle görüşmek [istiyorum|istiyorum lütfen|istiyordum].
Bir insanla konuşmak istiyorum, bota değil.
Canlı desteğe bağlar mısınız[?| lütfen?]
Temsilci lütfen.
Gerçek bir kişiyle [görüşebilir miyim|konuşabilir miyim|yazışabilir miyim]?
Yetkili biriyle konuşmak [istiyorum|istiyorum lütfen].
Bot değil insan istiyorum!
Beni bir müşteri temsilcisine [aktarın|aktarır mısınız|bağlayın].
Human agent please.
Telefonla görüşebileceğim bir temsilci var mı[?| acaba?]
Temsilciye bağlanmak istiyorum, [acil|acil durum|bekleyemem].
Otomatik cevap istemiyorum, biri bana [dönsün|geri dönsün|yazsın].
Bir yetkili beni arasın lütfen. Telefonum {phone}
Müşteri hizmetlerinden biriyle [konuşabilir miyim|görüşebilir miyim]?
Canlı destek hattı [nerede|nerede acaba|nasıl bulunuyor]?
Bu botla [anlaşamıyoruz|anlaşamadık|bir yere varamıyoruz], temsilci istiyorum.
Lütfen beni bir insana [yönlendirin|aktarın|bağlayın].
Temsilci ile görüşme talep [ediyorum|ediyorum lütfen].
Bir çalışanla [yazışmak|konuşmak|görüşmek] istiyorum.
Müşteri temsilcisi bağlayın artık!
Sorunumu bir insana [anlatmak|açıklamak|aktarmak] istiyorum.
Yetkili birine aktarır mısınız[?| lütfen?]
Temsilciyle görüşmek [istiyorum|istiyorum lütfen].
Bir temsilciye bağlanabilir miyim[?| lütfen?]
Canlı destek [istiyorum|lazım|rica ediyorum].
Gerçek biriyle konuşmak [istiyorum|istiyorum, bot değil].
İnsan temsilci lütfen.
Müşteri temsilcisi [istiyorum|lazım].
Bir yetkiliyle görüşmek [istiyorum|istiyorum lütfen].
Temsilci [bağlayın|bağlayın lütfen].
Bot ile konuşmak istemiyorum, [beni gerçek bir temsilciye aktarın|bir temsilciye bağlayın|beni temsilciye yönlendirin].
Otomatik cevaplar işime [yaramıyor|yaramıyor hiç], bir [çalışanınızla|yetkiliyle|personelinizle] yazışmak istiyorum.
Şikayetim yok, sadece durumu bir insana [anlatmam lazım|anlatmam gerekiyor|aktarmak istiyorum].
Temsilciye [nasıl bağlanırım|nasıl ulaşırım|nasıl aktarılırım], menüde seçeneği bulamadım.
Lütfen beni canlı destek kuyruğuna [alın|ekleyin].
Yazdıklarımı bir insan [okusun|görsün] istiyorum.
Konuyu bir temsilciyle telefonda konuşmak istiyorum, beni [arayabilir misiniz|arar mısınız]?
Operatöre [bağlan|bağla|bağlar mısın].
Bu konuyu yazışarak çözemeyeceğiz, lütfen bir müşteri temsilcisi beni telefonla arasın: {phone}
Sorunum karmaşık, otomatik asistanla değil, yetkin bir çalışanınızla birebir [görüşmek|konuşmak] istiyorum.
Şikayet etmiyorum, sadece bir insanla konuşmam gerekiyor; canlı destek ekibine [bağlanabilir miyim|aktarabilir misiniz]?
Kaç kez menüde dolaştım, bir türlü gerçek birine ulaşamadım; beni doğrudan bir temsilciye [aktarın|bağlayın].
Canlı sohbette bir uzmanla görüşme talep [ediyorum|ediyorum, mümkünse hemen].
Bir müşteri temsilcisinin bu talebi üstlenmesini istiyorum, makineyle yazışmak [istemiyorum|istemiyorum artık].
Bir çalışanınızın benimle iletişime geçmesini rica ediyorum, numaram sistemde [kayıtlı|mevcut].
Hangi saatlerde temsilciyle görüşebiliyorum, şu an bağlanmam mümkün mü[?| acaba?]
Gerçek bir kişiyle görüşebilir miyim, otomatik cevaplar işimi [görmüyor|çözmüyor].
Beni canlı desteğe [aktarın|aktarır mısınız|yönlendirin].
Otomatik yanıt istemiyorum, bir yetkili [dönsün|bana dönüş yapsın].
Temsilciye bağlanmak için ne yapmam [gerekiyor|lazım]?
""",
    "sikayet": """
Hizmetinizden hiç memnun [değilim|kalmadım].
Bu ne biçim hizmet, [rezalet|rezillik|olacak iş değil]!
Sürekli aynı sorunları [yaşıyorum|yaşıyorum, bıktım], şikayetçiyim.
Müşteri hizmetleriniz hiç cevap [vermiyor|vermiyor, muhatap bulamıyorum].
Kuryeniz çok [kaba|saygısız|terbiyesiz] davrandı, şikayet etmek istiyorum.
Satıcı beni [oyaladı|oyalayıp durdu|günlerce oyaladı], şikayet ediyorum.
Artık sizden alışveriş [yapmayacağım|yapmam|yapmayı düşünmüyorum].
Şikayetimi iletmek [istiyorum|istiyorum, kayda geçsin].
Tüketici hakem heyetine [başvuracağım|gideceğim|başvurmayı düşünüyorum]!
[Rezalet|Berbat|Felaket] bir deneyim yaşadım.
Sitenizde sürekli yanlış bilgi var, şikayetçiyim.
Verdiğiniz sözleri [tutmuyorsunuz|hiç tutmuyorsunuz|yerine getirmiyorsunuz].
Complaint bırakmak istiyorum.
Kaç kere yazdım, kimse [ilgilenmiyor|oralı olmuyor|umursamıyor].
Ürün açıklamaları [yanıltıcı|gerçeği yansıtmıyor|aldatıcı], şikayet ediyorum.
Bu kadar kötü hizmet [görmedim|görmemiştim|hiç görmedim].
Şikayet kaydı oluşturmak [istiyorum|istiyorum lütfen].
Hiçbir talebim düzgün [çözülmedi|sonuçlanmadı|ele alınmadı].
Temsilciniz telefonu yüzüme [kapattı|kapattı, inanamıyorum].
Sizi şikayetvar'a [yazacağım|yazacağım, haberiniz olsun].
Kurye kargoyu kapıya bırakıp gitti, zili bile [çalmadı|çalmadı, haber de vermedi].
Ya bu ne biçim iş, her seferinde bir sorun [çıkıyor|çıkıyor, yeter artık]!
Memnuniyetsizliğimi [bildirmek|iletmek|dile getirmek] istiyorum.
Hizmet kaliteniz çok [düştü|geriledi|kötüleşti].
Hizmetinizden çok [şikayetçiyim|şikayetçiyim, bilginize].
Bu yaşadığım [rezillik|rezalet|kabul edilemez].
Şikayetimi yetkiliye [iletin|iletir misiniz|ulaştırın].
Hiç memnun [kalmadım|kalmadım, çok üzgünüm].
Kötü hizmetiniz için şikayet [ediyorum|ediyorum, kayda alın].
Bir şikayetim [var|olacak|vardı].
[Kaçıncı kez|Tekrar tekrar|Defalarca] aynı şeyi yaşıyorum, hizmet kaliteniz çok düştü.
Sorunum çözülsün istemiyorum artık, sadece şikayetimi kayda [geçirin|alın].
Kurye paketi kapının önüne [fırlatıp|atıp] gitti, bu davranışı şikayet ediyorum.
Satıcının bana yazdığı mesajlar çok [kaba|saygısız|küstah], resmi şikayette bulunuyorum.
[Uygulamadaki|Sitedeki] fiyat ile sepetteki fiyat hep farklı, bu yanıltıcı bir [uygulama|tutum].
Paketleme [berbattı|özensizdi|baştan savmaydı], ürünler birbirine çarpmış, bunu bildirmek istiyorum.
Çağrı merkezinde yüzüme kapattılar, bunu kabul [etmiyorum|edemem].
Yaşadığım muameleyi kayda geçirmek istiyorum, [cevap beklemiyorum|yetkililer bilsin|dönüş beklemiyorum].
Her kampanya döneminde site çöküyor, bu kadar büyük bir firmaya hiç [yakışmıyor|yakışmıyor doğrusu].
Yıllardır sadık bir müşterinizim ama son aylarda yaşadığım aksaklıklar güvenimi tamamen [sarstı|yerle bir etti].
Bir sorunu çözdürmek için üç ayrı kez yazmam gerekmemeli, bu ilgisizlik beni çok [yoruyor|bıktırıyor|yıpratıyor].
Sipariş sonrası gelen reklam mesajlarından [bıktım|bıktım usandım], günde birkaç kez bildirim atıyorsunuz.
Olumsuz ürün yorumum yayınlanmadı, yorumları seçerek yayınlamanız hiç dürüst bir yaklaşım değil.
Kurye telefonda bana [bağırdı|sesini yükseltti], böyle bir üsluba maruz kalmayı hak etmiyorum.
Uygulamanız her güncellemeden sonra daha da [kötüleşiyor|bozuluyor], kullanmak işkence gibi.
İade sürecinizin bu kadar zahmetli olması müşteriyi [kaçırıyor|soğutuyor], bunu bilmenizi isterim.
Bana verilen cevaplar hep kopyala yapıştır, sorunumu okumadan yanıt [veriyorsunuz|yazıyorsunuz].
Beni aramanıza gerek yok, sadece ne kadar hayal kırıklığına uğradığımı bilmenizi [istedim|istiyorum].
İndirim diye gösterdiğiniz fiyatlar önceden şişirilmiş, müşteriyi [kandırmaya çalışıyorsunuz|aldatıyorsunuz].
Çağrı merkezinde uzun süre beklettiniz, sonra hat kendiliğinden kesildi; bu nasıl bir hizmet anlayışı?
Paketler hep fazladan plastikle ve dev kutularla geliyor, bu israfı kabul [etmiyorum|edemiyorum].
Açıkçası sizden bunu [beklemezdim|hiç beklemezdim], çok hayal kırıklığına uğradım.
Bu kadar kötü hizmet görmedim, hiçbir sorunuma çözüm [bulunmuyor|üretilmiyor].
Müşteri hizmetleriniz [berbat|rezalet|yerlerde], kimse sorumluluk almıyor.
Sürekli aynı kalıp cevabı [veriyorsunuz|yapıştırıyorsunuz], şikayetimi kayda alın.
""",
    "tesekkur": """
[Teşekkürler|Teşekkürler efendim].
Çok teşekkür ederim, sorun [çözüldü|halloldu|düzeldi].
Sağ olun, yardımcı [oldunuz|oldunuz çok].
Tamamdır, [teşekkürler|eyvallah].
İlginiz için teşekkür [ederim|ederim gerçekten].
Çok sağ olun, iyi çalışmalar.
Teşekkürler, kargom [geldi|ulaştı|elime geçti].
Tşk ederim.
Eyvallah, [hallettim|hallettik|oldu bu iş].
Thanks, çok yardımcı oldunuz.
Teşekkürler, başka sorum [yok|kalmadı].
Anladım, sağ [olun|olun efendim].
Çok hızlı [çözdünüz|hallettiniz], teşekkürler.
Yardımınız için [minnettarım|müteşekkirim].
Oldu, teşekkür ederim.
Tamam anlaşıldı, [teşekkürler|sağ olun].
Teşekkür ederim, iyi günler dilerim.
Emeğinize sağlık.
[Harikasınız|Süpersiniz|Çok iyisiniz], teşekkürler.
Sorunum [çözüldü|halloldu], teşekkür ederim.
Teşekkürler, ürün elime [ulaştı|geçti].
Teşekkür ederim.
Çok teşekkürler.
Sağ olun.
Teşekkürler, yardımcı [oldunuz|oldunuz, var olun].
Çok sağ olun, sorun [çözüldü|halloldu].
Teşekkürler, iyi çalışmalar.
İlginize [teşekkürler|teşekkür ederim].
Teşekkür ederim, hepsi bu kadar.
Çok teşekkürler, elinize sağlık.
Hızlı dönüşünüz için [çok teşekkürler|minnettarım|sağ olun].
Sorunum çözüldü, [ilginize|emeğinize|elinize] sağlık.
Yardımcı olduğunuz için sağ olun.
Bilgilendirme için çok teşekkürler, gayet [açıklayıcı|net|anlaşılır] oldu.
Anlayışınız için teşekkür ederim, kolay gelsin.
Süper, işimi gördü, sağ olun.
Sabırla yardımcı olduğunuz için teşekkür ederim, emeğinize sağlık.
Sorunum çözüldü, ilginiz için [teşekkürler|sağ olun].
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
Merhaba, orada kimse var mı[?| acaba?]
Alo?
Merhaba, yardımcı [olabilir misiniz|olur musunuz]?
Hello.
Selamün aleyküm.
Merhaba bir şey [soracaktım|soracağım|danışacaktım].
İyi çalışmalar.
Kimse yok mu[?| orada?]
Hi.
Merhaba, bakar mısınız[?| lütfen?]
Slm.
Mrb.
Hayırlı günler.
Merhabalar, kolay gelsin.
İyi günler, merhaba.
Selam, müsait [misiniz|misiniz acaba]?
Merhaba, bir sorum [var|vardı].
Selam, orada [mısınız|biri var mı]?
Merhaba efendim.
Günaydınlar.
Merhaba, [orada kimse var mı|yardımcı olabilecek biri var mı|bana bakan biri var mı]?
Selam, bir şey [soracaktım|danışacaktım|sormak istiyorum].
İyi günler, müsait [misiniz|misiniz acaba]?
Merhaba, bir konuda yardım almak [istiyordum|istiyorum].
İyi akşamlar, orada biri var mı acaba?
Selam, kolay gelsin.
Merhaba, müşteri hizmetleri burası mı[?| acaba?]
Merhaba, bir sorum [olacaktı|olacak].
İyi akşamlar, orada kimse var mı?
Selam, yardımcı olabilecek biri var mı[?| acaba?]
Günaydın, size bir şey danışmak [istiyorum|istiyordum].
""",
    "kapsam_disi": """
Hava durumu nasıl olacak?
Bana bir fıkra anlatır [mısın|mısınız]?
En iyi film [hangisi|hangisidir|sence hangisi]?
Maç kaç kaç bitti?
Bitcoin alınır mı?
Bana ödevimde yardım eder [misin|misiniz]?
Bir şarkı önerir [misin|misiniz]?
Dolar ne kadar oldu?
Eczane nöbetçi mi?
Yemek tarifi verir [misin|misiniz]?
Bana şiir yazar [mısın|mısınız]?
Otobüs saatleri ne?
Ehliyet sınavı ne zaman?
Hangi telefonu almalıyım, sen olsan?
Evlenmeli miyim[?| sence?]
Sen yapay zeka mısın?
Borsa yükselir mi[?| sence?]
Pizza siparişi verebilir miyim buradan?
Bana İngilizce öğretir misin?
Vergi iadesi nasıl alınır?
Uçak bileti bulabilir misin?
Kira artışı ne kadar olur?
Python kodu yazar mısın?
Yakınımda kuaför var mı?
Bana bir hikaye anlatır [mısın|mısınız]?
Hafta sonu hava yağmurlu mu?
Altın fiyatları ne olur[?| sence?]
Futbol maçı kaçta?
Bana tatil önerir [misin|misiniz]?
Hangi dizi [izlenir|izlenmeye değer]?
Hava durumu nasıl [olacak|görünüyor]?
Bana [bir yemek tarifi|güzel bir film|okunacak bir kitap] önerir misiniz?
Akşam [ne pişireyim|nereye gideyim|ne yapayım] sence?
Seçimlerde kime oy vermeliyim, sizin fikriniz ne?
Kızımın matematik ödevinde kesirli bir problem var, çözümünü [anlatır mısın|gösterir misin]?
Mercimek çorbası nasıl yapılır, hangi malzemeler [lazım|gerekiyor]?
Şirketinizde çalışmak istiyorum, iş başvurusu için özgeçmişimi nereye [göndermeliyim|yollamalıyım]?
Doğalgaz faturam bu ay çok yüksek geldi, dağıtım şirketine nasıl itiraz ederim?
Canım sıkıldı, bana komik bir şey [söylesene|anlatsana].
Kedim hiç mama yemiyor, veterinere götürmem gerekir mi[?| sence?]
Pasaport randevusunu nereden alabilirim, ne kadar sürüyor?
Sen hiç âşık oldun mu?
Bu sezon hangi takım şampiyon olur sence?
Konut kredisi faizleri düşer mi, şimdi ev almak [mantıklı mı|doğru olur mu]?
Şu İngilizce mektubu Türkçeye çevirebilir [misin|misiniz]?
İnternet hattım kesildi, modemi kapatıp açtım ama düzelmedi, ne [yapayım|yapmalıyım]?
Üniversite tercihinde bilgisayar mühendisliği mi yoksa tıp mı [yazmalıyım|seçmeliyim]?
Bu akşam hangi maçı [izlemeliyim|izlesem]?
Bana bir bilmece sorar [mısın|mısınız]?
Türkiye'nin başkenti neresi?
İstanbul'da trafik şu an nasıl?
Okullar ne zaman tatile girecek?
Annemin doğum günü için ne yazsam, güzel bir mesaj önerir [misin|misiniz]?
Kış lastiği ne zaman takılmalı?
Arabam çalışmıyor, akü mü bitti sence?
Dünyanın en yüksek dağı hangisi?
Kahve mi çay mı daha sağlıklı?
Şu an saat kaç oldu?
Bana motivasyon konuşması yapar [mısın|mısınız]?
Askerlik yoklaması nereden yapılır?
Tapu harcı ne kadar tutuyor?
Namaz vakitleri ne zaman?
Telefon numaramı başka operatöre taşımak istiyorum, nasıl yapılır?
Bankamın müşteri hizmetlerine nasıl [bağlanırım|ulaşırım]?
Trafik cezamı nereden [ödeyebilirim|ödeyebilirim, indirim var mı]?
Elektrik kesintisi ne zaman bitecek?
Emekli maaşları ne zaman [yatacak|yatıyor]?
Telefonumu yeni aldım, eski telefondaki fotoğrafları nasıl [aktarırım|taşırım]?
Kredi kartı borcumu bankam taksitlendirir mi, [ne dersiniz|sizce]?
Restoranın menüsünü gönderir misiniz, akşam yemeği için masa ayırtmak istiyorum.
Arabanın yağı kaç kilometrede bir [değişir|değiştirilmeli]?
Nüfus cüzdanımı kaybettim, yenisini nereden [çıkarırım|alırım]?
Taksi çağırabilir [misin|misiniz], havalimanına gideceğim?
Belediyeye yol çukuru için nasıl şikayet yazarım?
Sinema bileti de satıyor musunuz, hafta sonu için iki kişilik lazım.
Kargo şirketinde kurye olarak çalışmak istiyorum, başvuru nasıl yapılıyor?
Komşumun köpeği sürekli havlıyor, ne yapabilirim?
Hangi banka daha yüksek mevduat faizi veriyor?
""",
}
