"""Slot values and the frame around a ticket body: openers, closers, side remarks, noise vocabularies.

Why a separate module: the body templates (templates.py) say *what* the customer asks; this module holds
*how else* it is dressed (greeting, context, sign-off, typos) and the slot values that vary inside it.
Frame lists are partitioned between the held-out split and the others exactly like the body templates, so
the held-out split sees greetings and sign-offs that training never saw.

Rules that keep the gold labels honest:
- Literal text here never contains an entity (no carrier, date, amount, code): those only come from slots,
  so every entity in a ticket is a marked span. tests/test_corpus.py scans these lists for that.
- Person-name cues ("adım", "Saygılarımla") are kept exactly as serving/pii.py recognises them.
"""

from __future__ import annotations

# ── Frame: openers, context clauses, side remarks, closers ───────────────────────────────────────────────

# A register is one way of writing a whole ticket: its opener, closer, emoji, case and line breaks are chosen
# together (generator.REGISTERS), so a "Slm" never ends in "Saygılarımla". Lists are split held-out/training
# like the body templates.
REGISTER_OPENERS: dict[str, tuple[str, ...]] = {
    "formal": (
        "Sayın yetkili,",
        "Sayın ilgili,",
        "Sayın yetkililere,",
        "Merhaba, iyi çalışmalar dilerim.",
        "Sayın müşteri hizmetleri,",
        "İyi günler dilerim,",
        "Merhabalar, kolay gelsin.",
        "Değerli müşteri hizmetleri ekibi,",
        "Merhaba, iyi günler.",
        "Değerli destek ekibi,",
        "İyi çalışmalar dilerim,",
        "Saygıdeğer yetkili,",
    ),
    "polite": (
        "Merhaba,",
        "Merhabalar,",
        "İyi günler,",
        "Kolay gelsin,",
        "Merhaba iyi çalışmalar,",
        "İyi akşamlar,",
        "Günaydın,",
        "Merhaba müşteri hizmetleri,",
        "Merhaba, kolay gelsin.",
        "Merhaba arkadaşlar,",
        "Hayırlı günler,",
        "Merhaba, bir sorum olacak.",
        "Selam ekip,",
        "Merhaba yardım lazım.",
        "Selamlar,",
        "Hocam merhaba,",
        "İyi geceler,",
        "Hayırlı akşamlar,",
        "Merhaba, size bir şey danışacaktım.",
        "Selamün aleyküm,",
        "Merhaba, rahatsız ediyorum ama",
        "Merhaba, bilgi almak istiyorum.",
        "Kolaylıklar dilerim,",
        "Tekrar merhaba,",
    ),
    "curt": ("Merhaba.", "Selam.", "Bakar mısınız,", "Soru:", "Merhaba", "Bilgi:", "Acil,", "Kısaca:"),
    "angry": (
        "Bakın,",
        "Artık yeter,",
        "Şaka gibi,",
        "Ya arkadaş,",
        "Yeter artık!",
        "Bu ne biçim iş,",
        "Bıktım artık,",
        "İnanılır gibi değil,",
        "Sabrım tükendi,",
        "Ciddi misiniz?",
    ),
    "sms": ("slm", "mrb", "selam", "merhabalar", "s.a", "iyi gunler", "slm kolay gelsin", "mrb ya", "hey", "selamm"),
}
OPENERS: tuple[str, ...] = tuple(o for group in REGISTER_OPENERS.values() for o in group)

# Context clauses add realistic detail without changing the request. {odate} is the order's date.
ORDER_CONTEXT: tuple[str, ...] = (
    "{odate} sipariş vermiştim.",
    "Siparişi {odate} vermiştim.",
    "{odate} ödemesini yaptım.",
    "Ürünü hediye olarak almıştım.",
    "Bu benim ilk siparişim.",
    "Daha önce de yazdım ama dönüş olmadı.",
    "Uygulamada bir şey göremiyorum.",
    "Siparişin ekran görüntüsü elimde.",
    "{odate} sipariş verdim, hâlâ bir gelişme yok.",
    "Kapıda ödeme seçmiştim.",
    "Kredi kartıyla ödedim.",
    "Doğum günü hediyesiydi.",
    "Sipariş ekranında her şey normal görünüyor.",
    "Çağrı merkezine bir türlü ulaşamadım.",
    "Uygulama sürekli aynı şeyi gösteriyor.",
    "Canlı destekte çok bekledim.",
)

GENERAL_CONTEXT: tuple[str, ...] = (
    "İnternetim yavaş, o yüzden [kısa|hızlı] yazıyorum.",
    "Mobilden yazıyorum, [yazım hatalarını|hatalarımı] mazur görün.",
    "Konuyu tekrar tekrar anlatmak istemiyorum.",
    "Bilgisayardan da [denedim|baktım], sonuç aynı.",
    "Acil dönüş rica ediyorum.",
    "Çok acil!",
    "Uygulamadan da baktım ama bulamadım.",
    "Daha önce hiç böyle bir sorun yaşamadım.",
    "Sitenizi uzun süredir kullanıyorum.",
    "Yardımcı olursanız çok sevinirim.",
    "Bilgi verirseniz sevinirim.",
    "Mobil uygulamayı kullanıyorum.",
    "Web sitesinden de denedim.",
    "Anlayışınız için teşekkürler.",
    "Lütfen ilgilenin.",
    "Nereye yazacağımı bilemedim, buraya yazıyorum.",
    "SSS sayfasında cevabını bulamadım.",
    "Cevabınızı bekliyorum.",
)

# Two topics in one ticket: a side remark after the main request, always framed as secondary
# ("bir de", "bu arada", "o ayrı konu"). The gold intent stays the body's intent and the remark's topic is
# recorded as `second_intent`; side remarks carry no entity, so the gold labels stay unambiguous.
SIDE_REMARKS: tuple[tuple[str, str], ...] = (
    ("Bir de kupon kodum çalışmıyor ama o ayrı konu, önce bunu halledelim.", "kupon_kullanim"),
    ("Bu arada uygulamanız çok yavaşladı, giriş yaparken de takılıyor.", "uyelik_problem"),
    ("Ayrıca kampanyalar hakkında da bilgi isterim ama öncelik bu.", "kampanya_sor"),
    ("Bir de faturam e-postama gelmedi, o da sonra bakılsın.", "fatura_ister"),
    ("Bu arada geçen seferki iademin parası da hâlâ yatmadı ama şimdilik bu önemli.", "para_iadesi_durumu"),
    ("Ha bir de şifremi sıfırlayamıyorum, o da ayrı bir dert.", "sifre_unuttum"),
    ("Kargo ücretini de sormak istiyordum ama o sonra.", "kargo_ucreti"),
    ("Premium üyelik neler sunuyor onu da merak ediyorum, sonra bakarım.", "premium_uyelik"),
    ("Ayrıca taksit seçeneklerini de öğrenmek isterim, acelesi yok.", "taksit_secenekleri"),
    ("Bir de başka bir ürünün stoğunu soracaktım, o ikinci planda.", "stok_sor"),
    ("Bu arada hesabımdaki telefon numarası eski, onu da sonra güncelleriz.", "iletisim_bilgisi_guncelle"),
    ("Öbür siparişim de gecikti ama önce bunu çözelim.", "kargo_gecikme"),
    ("Kapıda ödeme var mı onu da sonra sorarım.", "kapida_odeme"),
    ("Bir de fatura adresimi şirket olarak değiştirmem lazım, o sonra.", "fatura_bilgisi_degistir"),
)

# How a second topic built from another intent's template is tied on after the main request (prefix, suffix).
SECOND_TOPIC_FRAMES: tuple[tuple[str, str], ...] = (
    ("Bir de ", ""),
    ("Ayrıca ", ""),
    ("Bu arada ", " O da ayrı konu."),
    ("Ha unutmadan, ", ""),
    ("Bir de şunu soracaktım: ", ""),
    ("Aklıma gelmişken, ", " Acelesi yok."),
    ("Başka bir konu: ", ""),
    ("Bir de ufak bir soru: ", " Ama önce yukarıdaki konu."),
)

# Angry customers threaten to take it elsewhere; such words route to a human (stats.ESCALATION_RE reads them).
ESCALATIONS: tuple[str, ...] = (
    "Çözülmezse Tüketici Hakem Heyeti'ne başvuracağım.",
    "Şikayetvar'a yazacağım, haberiniz olsun.",
    "CİMER'e şikayet edeceğim.",
    "Bu tam bir rezalet.",
    "Dolandırıcı mısınız siz?",
    "Avukatıma danışacağım.",
    "Tüketici hakem heyetine gitmekten başka çarem kalmadı.",
    "Rezalet bir hizmet, herkese anlatacağım.",
    "Dolandırıcılıktan şikayetçi olacağım.",
    "Gerekirse dava açarım.",
    "Şikayetvar'da yüzlerce şikayet var, şimdi nedenini anladım.",
    "Tüketici mahkemesine gideceğim.",
)

# Sarcasm: praise that means the opposite; the intent is still the request, not a thank-you.
SARCASM: tuple[str, ...] = (
    "Tebrikler, müşteri memnuniyetinde çığır açtınız.",
    "Harika hizmet gerçekten, bravo size.",
    "Ne kadar da hızlısınız, hayran kaldım.",
    "Sağ olun, sayenizde sabır çalışması yaptım.",
    "Müthiş bir deneyim oldu, hiç unutmayacağım.",
    "Çok güzel, tam beklediğim gibi bir hizmet (!)",
    "Bravo, yine başardınız.",
    "Eksik olmayın, çok yardımcı oldunuz (!)",
)

# Story sentences for longer tickets: a timeline, an earlier contact, a screenshot. Slots as in ORDER_CONTEXT
# ({odate}: the order's date, {paid}: what the customer paid, {prevticket}: an earlier ticket's number).
STORY_LINES: tuple[str, ...] = (
    "Daha önce {prevticket} numaralı talebi açtım ama [kimse dönmedi|hâlâ yanıt yok|otomatik bir mesaj geldi sadece].",
    "Ekran görüntüsü ekledim, orada da [görünüyor|açıkça belli oluyor].",
    "Canlı desteğe yazdım, beni [bekletip|yarım saat oyalayıp] sohbeti kapattılar.",
    "Çağrı merkezini aradım, [uzun süre|epey bir] müzik dinledim sonra hat kesildi.",
    "Uygulamada sürekli aynı durum yazıyor, hiçbir şey [değişmiyor|ilerlemiyor].",
    "[Vardiyalı|Tam zamanlı] çalışıyorum, sürekli evde bekleyemem.",
    "Yıllardır buradan alışveriş yaparım, hiç böyle bir sorun [yaşamadım|görmedim].",
    "Ekran görüntülerini saklıyorum, istenirse [gönderirim|paylaşırım].",
    "Bir önceki talebim {prevticket} numarasıyla kayıtlı, oradan da bakabilirsiniz.",
    "İlk defa bu kadar uzun süre bir sonuç [alamıyorum|göremiyorum].",
    "[Öğrenciyim|Emekliyim|Asgari ücretle çalışıyorum], bu para benim için az değil.",
    "Her [sabah|akşam] bildirimleri kontrol ediyorum, yeni bir bilgi yok.",
    "Mağazaya gidip sordum, oradan da buraya yönlendirdiler.",
    "Aynı sorunu [arkadaşım|iş arkadaşım|komşum] da yaşamış, demek ki tek ben değilim.",
    "Üç kez form doldurdum, her seferinde [otomatik cevap geldi|aynı kalıp cümleyi okudum].",
    "[Yurt dışına çıkacağım|Taşınıyorum|Ameliyat olacağım], o yüzden acelem var.",
    "Mesai saatlerinde konuşamıyorum, [yazılı dönerseniz|mesajla bilgi verirseniz] sevinirim.",
    "Bildirimde başka, [uygulamada|e-postada] başka bir şey yazıyor, hangisine inanayım?",
    "Bu [hesabı|üyeliği] yıllardır kullanıyorum, [sadık bir müşterinizim|sürekli alışveriş yapıyorum].",
    "Sorunu anlatan bir video da çektim, [nereye yükleyeceğimi|nasıl ileteceğimi] bilmiyorum.",
    "Uygulamayı silip yeniden yükledim, yine [aynı|değişen bir şey yok].",
    "Yorumlara baktım, [benzer şikayetler|aynı dertten yakınanlar] var.",
)
# Story sentences about a purchase: only for tickets about an order (a password question has no parcel).
ORDER_STORY_LINES: tuple[str, ...] = (
    "{odate} sipariş verdim ve o [günden beri|andan itibaren] [takip ediyorum|bekliyorum].",
    "Siparişi {paid} ödeyerek verdim, [ucuz bir ürün de değil|az bir para değil].",
    "[Eşime|Kız kardeşime|Babama|Yeğenime] hediye olarak almıştım, özel bir [gün|kutlama] için lazımdı.",
    "[Kapıcıya|Site güvenliğine] ve komşulara da sordum, kimse bir şey bilmiyor.",
    "[Annem|Anneannem|Kayınvalidem] için sipariş vermiştim, o da merakla bekliyor.",
    "{odate} ödemeyi yaptım, kartımdan {paid} çekildi.",
    "Satıcıya da mesaj attım ama [cevap gelmedi|görüldü bırakıldı].",
    "[Kampanyada|İndirim döneminde] görüp almıştım, fiyatı uygundu diye.",
    "Bebeğim için almıştım, [acil lazım|onsuz idare edemiyoruz].",
    "Siparişi verirken her şey normaldi, sonrasında [işler karıştı|bir tuhaflık başladı].",
    "Evde [küçük çocuk|yaşlı annem] var, kapıyı her zaman açabiliyoruz, zil de çalışıyor.",
    "Kargo şubesini aradım, [bilgi veremeyiz dediler|sistemde görünmüyor dediler].",
    "Paranın [iadesi|karşılığı] olmadan [başka sipariş veremem|yeni bir şey alamam].",
    "[Bayram|Düğün|Tatil] öncesi lazım olduğu için özellikle erken sipariş vermiştim.",
)

# A customer who half remembers the order number: no order_number entity, the bot asks. {digits} is the tail.
PARTIAL_ORDER_REMARKS: tuple[str, ...] = (
    "Sipariş numarasını bulamadım, sonu {digits} ile bitiyor.",
    "Sonu {digits} olan sipariş.",
    "Numaranın tamamı elimde değil, son haneleri {digits}.",
    "Siparişin sonu {digits} diye hatırlıyorum.",
    "Sipariş no aklımda değil ama sonu {digits} galiba.",
    "Son dört hanesi {digits} olan siparişim.",
)

# Sentences that carry what the customer paid ({paid}, an amount entity) for tickets about an order.
AMOUNT_CONTEXT: tuple[str, ...] = (
    "Toplam {paid} ödedim.",
    "{paid} tutarındaki siparişim bu.",
    "Kartımdan {paid} çekildi.",
    "Bu siparişe {paid} verdim.",
    "Sepet tutarı {paid} idi.",
    "Ürüne {paid} ödedim, ona göre bakın.",
    "Hesabımdan {paid} çıktı.",
    "{paid} ödeme yaptım.",
)

# Sentences that date the order ({odate}); a date entity, relative or absolute.
DATE_CONTEXT: tuple[str, ...] = (
    "Siparişi {odate} verdim.",
    "{odate} sipariş etmiştim.",
    "{odate} satın aldım.",
    "Sipariş tarihi {odate}.",
    "{odate} ödemesini yapmıştım.",
    "{odate} sepeti onayladım.",
    "Alışverişi {odate} yaptım.",
    "{odate} verilen siparişten bahsediyorum.",
)

REGISTER_CLOSERS: dict[str, tuple[str, ...]] = {
    "formal": (
        "Gereğini saygılarımla arz ederim.",
        "Bilgilerinize sunarım.",
        "İlginiz için şimdiden teşekkür ederim.",
        "Yardımlarınızı rica ederim.",
        "Konunun takibini rica ederim.",
        "Dönüşünüzü rica ederim.",
        "Gereğinin yapılmasını rica ederim.",
        "İyi çalışmalar dilerim.",
        "Anlayışınız için teşekkür ederim.",
        "Bilgi vermenizi rica ederim.",
        "Vakit ayırdığınız için teşekkürler.",
        "Saygılarımla.",
    ),
    "polite": (
        "Teşekkürler.",
        "Şimdiden teşekkür ederim.",
        "İyi çalışmalar.",
        "Yardımcı olursanız sevinirim.",
        "Dönüşünüzü bekliyorum.",
        "Kolay gelsin.",
        "İlginiz için teşekkürler.",
        "Sağ olun.",
        "Teşekkür ederim, iyi günler.",
        "Cevap verirseniz sevinirim.",
        "Allah razı olsun.",
        "Çok teşekkürler şimdiden.",
        "Şimdiden çok sağ olun.",
        "Eline emeğine sağlık.",
        "Yardımınız için minnettarım.",
        "İyi akşamlar dilerim.",
        "Hayırlı işler.",
        "Rica etsem bakar mısınız?",
        "Elinize sağlık.",
        "Kusura bakmayın, teşekkürler.",
        "Bekliyorum, teşekkürler.",
        "Sevgiler.",
    ),
    "curt": ("Tşk.", "Bekliyorum.", "Acil.", "Sağ olun.", "Dönüş bekliyorum.", "Teşekkürler."),
    "angry": (
        "Acil dönüş bekliyorum!",
        "Hemen dönüş yapın!",
        "Derhal çözülmesini istiyorum.",
        "Artık bir cevap verin!",
        "Muhatap bulamıyorum, rezalet.",
        "Yazıklar olsun.",
        "Son kez yazıyorum.",
        "Bir daha alışveriş yapmam.",
        "Bu işi çözün artık.",
        "Cevap bekliyorum, otomatik mesaj değil!",
    ),
    "sms": (
        "tsk",
        "tskler",
        "sagolun",
        "bekliyorum",
        "tesekkurler",
        "ok tsk",
        "sgl",
        "hadi bakalim",
        "acil pls",
        "cevap pls",
    ),
}
CLOSERS: tuple[str, ...] = tuple(c for group in REGISTER_CLOSERS.values() for c in group)

# Letter sign-offs followed by the customer's name on the next line: the form serving/pii.py detects. The
# comma matters: a bare "Saygılarımla" on its own line after "Teşekkürler." reads as a name to the masker.
SIGNATURE_CUES: tuple[str, ...] = (
    "Saygılarımla,",
    "Saygılar,",
    "İyi çalışmalar,",
    "Teşekkürler,",
    "İyi günler,",
    "Teşekkür ederim,",
    "Sevgilerimle,",
    "Kolay gelsin,",
)

# "adım Ayşe Yılmaz": the cue and its spelling variants that serving/pii.py recognises.
NAME_INTROS: tuple[str, ...] = ("Adım", "Ben", "İsmim", "Adım soyadım", "Ad soyad:")

# ── Slot values ───────────────────────────────────────────────────────────────────────────────────────

MONTHS: tuple[str, ...] = (
    "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran",
    "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık",
)  # fmt: skip
WEEKDAYS: tuple[str, ...] = ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar")
# The Turkish locative suffix after a written day-month date: "12 Kasım'da", "3 Mart'ta".
MONTH_LOCATIVE: dict[str, str] = {
    "Ocak": "'ta", "Şubat": "'ta", "Mart": "'ta", "Nisan": "'da", "Mayıs": "'ta", "Haziran": "'da",
    "Temmuz": "'da", "Ağustos": "'ta", "Eylül": "'de", "Ekim": "'de", "Kasım": "'da", "Aralık": "'ta",
}  # fmt: skip

# Carriers as customers write them; the key is the contract's carrier name (the demo's Shipment.carrier).
CARRIER_SPELLINGS: dict[str, tuple[str, ...]] = {
    "Yurtiçi Kargo": ("Yurtiçi Kargo", "Yurtiçi", "yurtiçi kargo", "yurtici"),
    "Aras Kargo": ("Aras Kargo", "Aras", "aras kargo", "aras"),
    "MNG Kargo": ("MNG Kargo", "MNG", "mng kargo", "mng"),
    "PTT Kargo": ("PTT Kargo", "PTT", "ptt kargo", "ptt"),
    "Sürat Kargo": ("Sürat Kargo", "Sürat", "sürat kargo"),
    "Trendyol Express": ("Trendyol Express", "trendyol express", "TEX"),
    "HepsiJet": ("HepsiJet", "Hepsijet", "hepsijet"),
    "UPS": ("UPS", "ups", "UPS Kargo"),
    "Kolay Gelsin": ("Kolay Gelsin", "kolay gelsin"),
}

# Return reasons as the customer writes them (the return_reason entity, and the tool's `reason`).
# Return reasons, typed like product slots: each says which product categories it can be said of (None: any).
# "Ayakkabı ayağımı vurdu" about a coffee machine, or "rengi soluk" about toilet paper, reads as nonsense.
_FIT = frozenset({"giyim", "ayakkabı", "spor", "anne & bebek"})
_WORN = frozenset({"giyim", "spor", "anne & bebek"})
_SHOES = frozenset({"ayakkabı"})
_COLOURED = frozenset({"giyim", "ayakkabı", "spor", "anne & bebek", "ev & yaşam", "elektronik", "kozmetik"})
_MADE = frozenset({"giyim", "ayakkabı", "spor", "anne & bebek", "ev & yaşam", "elektronik"})
RETURN_REASONS: tuple[tuple[str, frozenset[str] | None], ...] = (
    ("beden küçük geldi", _FIT),
    ("beden büyük geldi", _FIT),
    ("rengi fotoğraftakinden farklı", _COLOURED),
    ("kumaşı çok kalitesiz", _WORN),
    ("ürünü beğenmedim", None),
    ("kalıbı dar", _FIT),
    ("kalıbı geniş geldi", _FIT),
    ("ayakkabı ayağımı vurdu", _SHOES),
    ("yanlış beden sipariş etmişim", _FIT),
    ("ürün açıklamadaki gibi değil", None),
    ("rengi soluk", _COLOURED),
    ("dikişleri sökük", _WORN | _SHOES),
    ("vazgeçtim", None),
    ("beklediğim gibi çıkmadı", None),
    ("kumaşı terletiyor", _WORN),
    ("ölçüleri tutmadı", _FIT | {"ev & yaşam"}),
    ("boyu kısa geldi", _WORN),
    ("üzerimde durmadı", _WORN),
    ("malzemesi ucuz duruyor", _MADE),
    ("fotoğrafta daha güzel görünüyordu", _MADE | {"kozmetik"}),
    ("ihtiyacım kalmadı", None),
    ("aynısından iki tane gelmiş", None),
    ("sesi çok kötü", frozenset({"elektronik"})),
    ("boyutu beklediğimden küçük", frozenset({"ev & yaşam", "elektronik"})),
    ("kokusu ağır geldi", frozenset({"kozmetik"})),
    ("cildime uymadı", frozenset({"kozmetik"})),
    ("bebeğime küçük geldi", frozenset({"anne & bebek"})),
    ("son kullanma tarihi yakın", frozenset({"süpermarket", "kozmetik"})),
    ("tabanı sert", _SHOES),
    ("kalitesi kötü", _MADE),
)

# Exchange reasons: also return_reason spans, since they say why the item goes back (for another size or colour).
EXCHANGE_REASONS: tuple[tuple[str, frozenset[str] | None], ...] = (
    ("beden küçük geldi", _FIT),
    ("beden büyük geldi", _FIT),
    ("kalıbı dar", _FIT),
    ("kalıbı geniş geldi", _FIT),
    ("rengini beğenmedim", _COLOURED),
    ("ayakkabı ayağımı vurdu", _SHOES),
    ("boyu uzun geldi", _WORN),
    ("yanlış beden seçmişim", _FIT),
    ("numarası küçük", _SHOES),
    ("üzerime olmadı", _WORN),
    ("kolları kısa", _WORN),
    ("bebeğime büyük geldi", frozenset({"anne & bebek"})),
    ("beklediğim gibi çıkmadı", None),
    ("ürünü beğenmedim", None),
)

# Cancel reasons: literal text (not an entity); the tool's `reason` is the short paraphrase.
CANCEL_REASONS: tuple[tuple[str, str], ...] = (
    ("yanlışlıkla sipariş verdim", "yanlışlıkla sipariş"),
    ("başka yerden daha ucuza buldum", "başka yerde daha ucuz"),
    ("vazgeçtim", "müşteri vazgeçti"),
    ("yanlış ürünü seçmişim", "yanlış ürün seçildi"),
    ("iki kere sipariş vermişim", "mükerrer sipariş"),
    ("artık ihtiyacım kalmadı", "ihtiyaç kalmadı"),
    ("teslimat çok uzun sürecek", "teslimat süresi uzun"),
    ("adresi yanlış girdim", "yanlış adres"),
    ("bütçem yetmiyor", "bütçe"),
    ("bedeni yanlış seçtim", "yanlış beden"),
)

# Fake coupon codes that the demo backend does not know (the tool answers "not found").
UNKNOWN_COUPONS: tuple[str, ...] = (
    "INDIRIM75", "YAZ2024", "HOSGELDIN20", "KIS25", "SEPET100", "BAYRAM15", "OKUL20", "ILKALISVERIS",
)  # fmt: skip

# Amounts for installment questions (TL), written in the customer's styles by the generator.
AMOUNTS_TL: tuple[float, ...] = (
    249.9,
    399.0,
    899.99,
    1249.9,
    1500.0,
    2499.0,
    3250.0,
    4999.9,
    7800.0,
    12999.0,
    18499.0,
    27500.0,
)

# Sizes for tickets about a product that has none in the demo (the customer asks anyway).
GENERIC_SIZES: tuple[str, ...] = ("XS", "S", "M", "L", "XL", "XXL", "36", "38", "40", "42", "44")

# ── Personal data (fake, in the forms serving/pii.py detects) ─────────────────────────────────────────

FIRST_NAMES: tuple[str, ...] = (
    "Ayşe", "Fatma", "Zeynep", "Elif", "Merve", "Büşra", "Esra", "Derya", "Selin", "Gizem", "Ebru", "Hatice",
    "Mehmet", "Ahmet", "Mustafa", "Emre", "Burak", "Can", "Murat", "Hakan", "Serkan", "Okan", "Onur", "Yusuf",
)  # fmt: skip
LAST_NAMES: tuple[str, ...] = (
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
    "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Koç", "Kurt", "Özkan", "Şimşek", "Polat",
)  # fmt: skip
NEIGHBOURHOODS: tuple[str, ...] = (
    "Atatürk", "Cumhuriyet", "Bahçelievler", "Yenişehir", "Fatih", "Barbaros", "Esentepe", "Kazımdirik",
    "Mimar Sinan", "Gazi Osman Paşa", "Yeşilyurt", "Güzelyalı", "Fevzi Çakmak", "İnönü",
)  # fmt: skip
STREETS: tuple[str, ...] = (
    "Gül", "Lale", "Menekşe", "Çınar", "Zambak", "Papatya", "Akasya", "Ihlamur", "Karanfil", "Nergis", "Söğüt",
)  # fmt: skip
AVENUES: tuple[str, ...] = ("Cumhuriyet", "İstiklal", "Atatürk", "Gazi", "Barış", "Hürriyet", "Bağdat")
APARTMENTS: tuple[str, ...] = ("Lale", "Deniz", "Güneş", "Yıldız", "Huzur", "Park", "Bahar")
DISTRICTS: tuple[tuple[str, str], ...] = (
    ("Kadıköy", "İstanbul"), ("Üsküdar", "İstanbul"), ("Beşiktaş", "İstanbul"), ("Esenyurt", "İstanbul"),
    ("Çankaya", "Ankara"), ("Keçiören", "Ankara"), ("Bornova", "İzmir"), ("Karşıyaka", "İzmir"),
    ("Nilüfer", "Bursa"), ("Osmangazi", "Bursa"), ("Muratpaşa", "Antalya"), ("Seyhan", "Adana"),
    ("Selçuklu", "Konya"), ("Tepebaşı", "Eskişehir"), ("Ortahisar", "Trabzon"), ("Atakum", "Samsun"),
)  # fmt: skip
EMAIL_DOMAINS: tuple[str, ...] = ("gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com")

# Clauses that carry one piece of personal data; {pii} is replaced by the value.
PHONE_CLAUSES: tuple[str, ...] = (
    "Telefonum: {pii}",
    "Bana {pii} numarasından ulaşabilirsiniz.",
    "Cep: {pii}",
    "Tel {pii}",
    "Lütfen beni arayın: {pii}",
    "İletişim için tel: {pii}",
)
EMAIL_CLAUSES: tuple[str, ...] = (
    "E-posta adresim {pii}",
    "Mail adresim: {pii}",
    "Bana {pii} adresinden dönebilirsiniz.",
    "mail: {pii}",
)
IBAN_CLAUSES: tuple[str, ...] = (
    "IBAN numaram: {pii}",
    "Param şu IBAN'a yatırılsın: {pii}",
    "Hesabım {pii}",
)
CARD_CLAUSES: tuple[str, ...] = (
    "Kart numaram {pii}",
    "{pii} numaralı kartımla ödedim.",
    "Kartım: {pii}",
)
TCKN_CLAUSES: tuple[str, ...] = (
    "TC kimlik no: {pii}",
    "TC: {pii}",
    "Kimlik numaram {pii}",
)

# ── Noise ────────────────────────────────────────────────────────────────────────────────────────────

EMOJIS_ANGRY: tuple[str, ...] = ("😡", "🤬", "😤", "😡😡", "👎")
EMOJIS_SAD: tuple[str, ...] = ("😢", "😞", "🙁", "😔")
EMOJIS_PLEASE: tuple[str, ...] = ("🙏", "🙏🙏", "🙏🏻")
EMOJIS_HAPPY: tuple[str, ...] = ("😊", "👍", "🙂", "❤️")

# Colloquial and chat spellings a support team sees every day (word -> replacements).
COLLOQUIAL: dict[str, tuple[str, ...]] = {
    "nerede": ("nerde", "nerdee"),
    "geliyor": ("geliyo",),
    "gelmedi": ("gelmedii", "gelmedı"),
    "istiyorum": ("istiyom", "istiyrum"),
    "bir": ("bi",),
    "değil": ("diil", "degil"),
    "merhaba": ("mrb", "meraba"),
    "teşekkürler": ("tşk", "tşkler", "tesekkurler"),
    "lütfen": ("lütfn", "lutfen", "lütfeen"),
    "şimdi": ("şimdii", "simdi"),
    "yapacağım": ("yapcam", "yapıcam"),
    "ediyorum": ("ediyom",),
    "siparişim": ("sipariim", "sipraişim", "siparisim"),
    "kargom": ("kargoom",),
    "hala": ("hla",),
    "hâlâ": ("hala", "hâla"),
    "ne": ("nee",),
    "neden": ("niye", "nedenn"),
    "zaman": ("zmn",),
    "yardımcı": ("yardımcıı", "yardimci"),
    "olur": ("olurr",),
    "musunuz": ("mısınız", "musnuz"),
    "misiniz": ("misniz", "mısınız"),
    "mı": ("mi",),
    "mi": ("mı",),
    "bilgi": ("bilgii",),
    "gün": ("gn",),
}

# Other ways to say the same words, in every register: customers do not share one phrasebook. A key (lower case,
# whole words) is replaced by one of its alternatives about half the time; the alternatives are split like every
# frame list, so held-out tickets also use wordings that training never saw. Each alternative fits wherever the
# key stands in the templates (same case ending, same person), and none changes what the ticket asks for.
WORDING: dict[str, tuple[str, ...]] = {
    # Asking
    "istiyorum": ("isterim", "istiyordum", "isterdim", "istemekteyim", "talep ediyorum", "istiyoruz"),
    "rica ediyorum": ("rica ederim", "talep ediyorum", "bekliyorum", "istirham ediyorum", "rica edeceğim"),
    "öğrenebilir miyim": (
        "öğrenmek istiyorum",
        "öğrenmem mümkün mü",
        "öğrenebilir miyiz",
        "öğrenmek isterim",
        "öğrenme şansım var mı",
    ),
    "bilgi alabilir miyim": (
        "bilgi verebilir misiniz",
        "bilgi rica ediyorum",
        "bilgilendirir misiniz",
        "bilgi almak istiyorum",
        "bilgi almam mümkün mü",
    ),
    "bilgi verir misiniz": (
        "bilgilendirir misiniz",
        "haber verir misiniz",
        "açıklar mısınız",
        "yazar mısınız",
        "bilgi verebilir misiniz",
    ),
    "kontrol eder misiniz": (
        "kontrol edebilir misiniz",
        "bakar mısınız",
        "inceler misiniz",
        "bakabilir misiniz",
        "kontrol etmeniz mümkün mü",
        "sorgular mısınız",
    ),
    "yardımcı olur musunuz": (
        "yardımcı olabilir misiniz",
        "destek olur musunuz",
        "yardım eder misiniz",
        "el atar mısınız",
        "ilgilenir misiniz",
    ),
    "yardımcı olabilir misiniz": (
        "yardımcı olur musunuz",
        "destek olabilir misiniz",
        "yardım edebilir misiniz",
        "ilgilenebilir misiniz",
        "bir el atar mısınız",
    ),
    "söyler misiniz": (
        "iletir misiniz",
        "yazar mısınız",
        "paylaşır mısınız",
        "belirtir misiniz",
        "söyleyebilir misiniz",
    ),
    "mümkün mü": ("olur mu", "mümkün müdür", "yapılabilir mi", "imkanı var mı", "mümkün mü acaba"),
    "lütfen": ("rica etsem", "zahmet olmazsa", "mümkünse", "rica ederim", "lütfen ama"),
    # Time and urgency
    "ne zaman": ("hangi tarihte", "ne vakit", "hangi gün", "kaç gün içinde", "ne zamana kadar"),
    "hâlâ": ("halen", "hala", "hâlâ daha", "hala daha", "hâlen"),
    "hemen": ("derhal", "bir an önce", "acilen", "hemen şimdi", "vakit kaybetmeden"),
    "en kısa sürede": ("bir an evvel", "en kısa zamanda", "acilen", "ivedilikle", "en yakın zamanda"),
    "şu an": ("şu anda", "şimdi", "şu sıralar", "an itibarıyla", "şu dakika"),
    "tekrar": ("yeniden", "bir daha", "tekrardan", "yine", "bir kez daha"),
    "yine": ("gene", "tekrar", "yeniden", "bir kez daha", "yine aynı şekilde"),
    # Connectives
    "ama": ("fakat", "ancak", "lakin", "ne var ki", "yalnız"),
    "fakat": ("ama", "ancak", "lakin", "ne var ki", "yalnız"),
    "çünkü": ("zira", "sebebi şu:", "nedeni şu:", "çünkü ki", "şöyle ki"),
    "sadece": ("yalnızca", "yalnız", "sırf", "bir tek", "salt"),
    "neden": ("niye", "niçin", "ne diye", "ne sebeple", "hangi nedenle"),
    "nasıl": ("ne şekilde", "hangi yolla", "hangi adımlarla", "ne yaparak", "ne biçimde"),
    # Waiting and problems
    "bekliyorum": ("beklemekteyim", "bekleyip duruyorum", "bekliyoruz", "bekler durumdayım", "bekliyorum sizden"),
    "dönüş bekliyorum": (
        "geri dönüş bekliyorum",
        "cevap bekliyorum",
        "yanıt bekliyorum",
        "dönüşünüzü bekliyorum",
        "geri bildirim bekliyorum",
        "haber bekliyorum",
    ),
    "sorun": ("problem", "sıkıntı", "aksaklık", "terslik"),
    "hiçbir bilgi yok": (
        "hiçbir haber yok",
        "ses seda yok",
        "bilgi verilmedi",
        "kimse bilgi vermiyor",
        "tık yok",
        "hiçbir açıklama yok",
    ),
    "gelmedi": ("ulaşmadı", "gelmedi daha", "bir türlü gelmedi", "ulaşmadı bana", "gelmedi bir türlü"),
    "görünüyor": ("gözüküyor", "yazıyor", "görünmekte", "duruyor", "yazıyor ekranda"),
    "yazıyor": ("görünüyor", "gözüküyor", "yazmakta", "diyor", "ibaresi var"),
    "bilmiyorum": ("bilemiyorum", "emin değilim", "çözemedim", "anlayamadım", "fikrim yok"),
    "anlamadım": ("anlayamadım", "çözemedim", "kavrayamadım", "bir şey anlamadım", "anlam veremedim"),
    # Ordering
    "sipariş verdim": (
        "sipariş geçtim",
        "sipariş oluşturdum",
        "alışveriş yaptım",
        "siparişimi verdim",
        "sipariş vermiştim",
    ),
    "satın aldım": ("aldım", "satın almıştım", "sipariş ettim", "edindim", "aldım sizden"),
    "uygulamada": ("mobil uygulamada", "app'te", "uygulamanızda", "telefondan bakınca", "uygulamadan bakınca"),
    "sitede": ("web sitesinde", "sitenizde", "internet sitenizde", "sayfada", "sitenin üzerinde"),
    "acil": ("acilen", "ivedi", "çok acil", "aciliyeti var", "önemli"),
    "rezalet": ("skandal", "felaket", "utanç verici", "berbat", "kepazelik"),
    "sürekli": ("devamlı", "hep", "durmadan", "habire", "her defasında"),
    "yıllardır": ("senelerdir", "uzun zamandır", "yıllar yılı", "epey zamandır", "çok uzun süredir"),
    "maalesef": ("ne yazık ki", "üzülerek söylüyorum", "malesef", "yazık ki", "ne yazık"),
    "ulaşamıyorum": ("erişemiyorum", "bağlanamıyorum", "ulaşamadım", "kimseyi bulamıyorum", "irtibat kuramıyorum"),
    "olmuyor": ("gerçekleşmiyor", "olmadı", "yapılamıyor", "sonuç vermiyor", "başarısız oluyor"),
    "çalışmıyor": ("işlemiyor", "geçmiyor", "çalışmıyor hiç", "tepki vermiyor", "çalışmadı"),
    "hata veriyor": ("hata alıyorum", "error veriyor", "uyarı veriyor", "hata mesajı çıkıyor", "hata çıkıyor"),
    "yetkili": ("sorumlu", "ilgili kişi", "yetkili biri", "amir", "sorumlu kişi"),
    "müşteri hizmetleri": ("çağrı merkezi", "destek ekibi", "müşteri destek", "müşteri temsilcileri", "destek hattı"),
    "arkadaşlar": ("ekip", "beyler", "hanımlar beyler", "dostlar", "yetkililer"),
    # Politeness and sign-off words
    "teşekkürler": ("teşekkür ederim", "sağ olun", "çok teşekkürler", "teşekkürler şimdiden", "minnettarım"),
    "teşekkür ederim": ("teşekkürler", "sağ olun", "çok teşekkür ederim", "teşekkür ediyorum", "eyvallah"),
    "iyi günler": ("iyi çalışmalar", "hayırlı günler", "iyi akşamlar", "esen kalın", "sağlıcakla kalın"),
    "kolay gelsin": ("iyi çalışmalar", "kolaylıklar dilerim", "hayırlı işler", "işiniz rast gelsin", "kolaylıklar"),
    "sevinirim": ("memnun olurum", "çok sevinirim", "minnettar olurum", "iyi olur", "müteşekkir olurum"),
    "merhaba": ("merhabalar", "selam", "selamlar", "iyi günler", "merhaba ekip"),
}

DEASCII: dict[str, str] = {"ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u", "â": "a", "î": "i", "û": "u",
                           "Ç": "C", "Ğ": "G", "İ": "I", "Ö": "O", "Ş": "S", "Ü": "U", "Â": "A"}  # fmt: skip
