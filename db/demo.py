"""The demo commerce backend: deterministic, realistic Turkish customers, products, orders and their aftermath.

The bot's tools, the synthetic ticket corpus and the review app all need a backend whose orders really exist,
belong to the right customer and sit in every lifecycle state, so that a draft can be grounded and checked.
`build_demo(seed)` gives the same customers, products, order numbers, ownership and statuses for the same
seed; `today` only shifts the dates, so the demo always looks fresh (a "delivered 3 days ago" order is
still returnable whenever it is built).

Rows are plain dicts keyed by column name, with explicit ids: building 150,000 SQLModel instances takes
tens of seconds, dicts take about a second and go straight into a bulk `insert()`.
"""

from __future__ import annotations

import random
import string
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from itertools import accumulate
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import SQLModel

from db.models import (
    Campaign,
    Coupon,
    Customer,
    InstallmentPlan,
    Invoice,
    Order,
    OrderItem,
    Product,
    Refund,
    Return,
    Shipment,
    ShipmentEvent,
)
from db.policy import FREE_SHIPPING_KURUS, RETURN_WINDOW_DAYS, SHIPPING_FEE_KURUS

Row = dict[str, Any]

# ── Vocabulary ────────────────────────────────────────────────────────────────────────────────────

FIRST_NAMES_F = (
    "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Merve", "Büşra", "Özlem", "Gülşen", "Şeyma", "Çiğdem",
    "Ebru", "Derya", "Selin", "Gizem", "İrem", "Ece", "Damla", "Tuğba", "Sevgi", "Dilek", "Esra", "Aslı", "Pınar",
    "Yağmur", "Sıla", "Hülya", "Gönül", "Songül", "Bahar", "Nazlı", "Şule", "Öykü", "Rüya", "Ümran", "Gülay",
)  # fmt: skip
FIRST_NAMES_M = (
    "Ahmet", "Mehmet", "Mustafa", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Ömer", "Murat",
    "Emre", "Burak", "Çağlar", "Oğuz", "Uğur", "Barış", "Serkan", "Gökhan", "Eren", "Kerem", "Tolga", "Doğan",
    "Ercan", "Yiğit", "Arda", "Can", "Berk", "Furkan", "Onur", "Şükrü", "Ümit", "Görkem", "Çetin", "İlker",
)  # fmt: skip
MIDDLE_NAMES = ("Nur", "Can", "Su", "Naz", "Ali", "Efe", "Gül", "Deniz")
LAST_NAMES = (
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan",
    "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Çakır",
    "Erdoğan", "Yavuz", "Acar", "Şen", "Aktaş", "Güler", "Yalçın", "Güneş", "Bulut", "Keskin", "Ünal", "Bozkurt",
    "Işık", "Uçar", "Tekin", "Gündoğdu", "Karaca", "Akın", "Uysal", "Sarı", "Altun", "Özer", "Ekinci", "İnce",
    "Gökçe", "Türkmen", "Çiftçi", "Özgür", "Ateş", "Soylu", "Başaran",
)  # fmt: skip
EMAIL_DOMAINS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "yandex.com",
)
MOBILE_PREFIXES = (
    "501",
    "505",
    "506",
    "507",
    "530",
    "531",
    "532",
    "533",
    "534",
    "535",
    "536",
    "537",
    "538",
    "539",
    "541",
    "542",
    "543",
    "544",
    "545",
    "546",
    "551",
    "552",
    "553",
    "554",
    "555",
    "559",
)

# City -> district -> neighbourhoods (mahalle), weighted towards the big cities as real order volume is.
CITIES: dict[str, dict[str, tuple[str, ...]]] = {
    "İstanbul": {
        "Kadıköy": ("Moda", "Caferağa", "Fenerbahçe", "Göztepe", "Koşuyolu"),
        "Beşiktaş": ("Levent", "Etiler", "Sinanpaşa", "Bebek"),
        "Üsküdar": ("Altunizade", "Kuzguncuk", "Acıbadem", "Çengelköy"),
        "Şişli": ("Mecidiyeköy", "Teşvikiye", "Fulya", "Esentepe"),
        "Bakırköy": ("Ataköy", "Yeşilköy", "Kartaltepe"),
        "Ataşehir": ("Barbaros", "Küçükbakkalköy", "İçerenköy"),
        "Esenyurt": ("Fatih", "Cumhuriyet", "Saadetdere"),
        "Pendik": ("Kaynarca", "Güzelyalı", "Çamçeşme"),
    },
    "Ankara": {
        "Çankaya": ("Kızılay", "Bahçelievler", "Ayrancı", "Çayyolu"),
        "Keçiören": ("Etlik", "Ayvalı", "Bağlum"),
        "Yenimahalle": ("Batıkent", "Demetevler", "Ostim"),
    },
    "İzmir": {
        "Karşıyaka": ("Bostanlı", "Alaybey", "Mavişehir"),
        "Bornova": ("Kazımdirik", "Erzene", "Evka 3"),
        "Konak": ("Alsancak", "Göztepe", "Güzelyalı"),
    },
    "Bursa": {"Nilüfer": ("Görükle", "Ataevler", "Fethiye"), "Osmangazi": ("Çekirge", "Soğanlı")},
    "Antalya": {"Muratpaşa": ("Lara", "Şirinyalı", "Fener"), "Konyaaltı": ("Liman", "Hurma", "Uncalı")},
    "Adana": {"Seyhan": ("Reşatbey", "Ziyapaşa"), "Çukurova": ("Toros", "Güzelyalı")},
    "Konya": {"Selçuklu": ("Bosna Hersek", "Feritpaşa"), "Meram": ("Yenişehir", "Havzan")},
    "Gaziantep": {"Şahinbey": ("Karataş", "Güneykent"), "Şehitkamil": ("İbrahimli", "Sarıgüllük")},
    "Kocaeli": {"İzmit": ("Yahya Kaptan", "Kozluk"), "Gebze": ("Güzeller", "Osman Yılmaz")},
    "Eskişehir": {"Tepebaşı": ("Batıkent", "Hoşnudiye"), "Odunpazarı": ("Vişnelik", "Büyükdere")},
    "Kayseri": {"Melikgazi": ("Alpaslan", "Gültepe"), "Kocasinan": ("Erciyesevler", "Mithatpaşa")},
    "Trabzon": {"Ortahisar": ("Kemerkaya", "Boztepe", "Çukurçayır")},
    "Samsun": {"Atakum": ("Körfez", "Mimar Sinan"), "İlkadım": ("Kale", "Pazar")},
    "Mersin": {"Yenişehir": ("Pozcu", "Limonluk"), "Mezitli": ("Viranşehir", "Davultepe")},
    "Diyarbakır": {"Kayapınar": ("Diclekent", "Huzurevleri")},
    "Muğla": {"Bodrum": ("Gümbet", "Yalıkavak", "Bitez"), "Fethiye": ("Karagözler", "Çalış")},
    "Denizli": {"Pamukkale": ("Kınıklı", "Zeytinköy"), "Merkezefendi": ("Sırakapılar", "Sümer")},
    "Erzurum": {"Yakutiye": ("Muratpaşa", "Kazımkarabekir")},
}
CITY_WEIGHTS = {"İstanbul": 30, "Ankara": 12, "İzmir": 10, "Bursa": 6, "Antalya": 5, "Kocaeli": 4}
STREETS = (
    "Atatürk Cad.", "Cumhuriyet Cad.", "İstiklal Cad.", "Bağdat Cad.", "Gazi Mustafa Kemal Bulvarı", "Caferağa Sok.",
    "Gül Sok.", "Lale Sok.", "Menekşe Sok.", "Papatya Sok.", "Çınar Sok.", "Ihlamur Sok.", "Okul Sok.", "Barış Sok.",
    "Şehit Er Hasan Yılmaz Sok.", "Kavaklı Sok.", "Zambak Sok.", "Fevzi Çakmak Cad.", "İnönü Cad.", "Yeşil Sok.",
)  # fmt: skip
WAREHOUSES = (
    "Esenyurt/İstanbul",
    "Tuzla/İstanbul",
    "Gebze/Kocaeli",
    "Sincan/Ankara",
    "Kemalpaşa/İzmir",
    "Nilüfer/Bursa",
)

CARRIER_FORMATS: dict[str, tuple[str, int, int]] = {
    # carrier: (tracking-number prefix, total digits, share of shipments)
    "Trendyol Express": ("72", 13, 22),
    "Yurtiçi Kargo": ("1", 12, 16),
    "Aras Kargo": ("3", 13, 14),
    "HepsiJet": ("11", 14, 12),
    "MNG Kargo": ("6", 11, 10),
    "PTT Kargo": ("27", 13, 8),
    "Sürat Kargo": ("8", 10, 7),
    "Kolay Gelsin": ("40", 12, 6),
    "UPS": ("9", 10, 5),
}

CLOTHING_SIZES = ("XS", "S", "M", "L", "XL", "XXL")
SHOE_SIZES = tuple(str(n) for n in range(36, 46))
BABY_SIZES = ("0-3 Ay", "3-6 Ay", "6-9 Ay", "9-12 Ay", "12-18 Ay")
COLORS = ("Siyah", "Beyaz", "Lacivert", "Gri", "Bej", "Haki", "Bordo", "Ekru", "Mavi", "Kırmızı", "Yeşil", "Pembe")


@dataclass(frozen=True)
class _Category:
    """How products of one category are named, priced and sized."""

    brands: tuple[str, ...]
    sellers: tuple[str, ...]
    types: tuple[tuple[str, int, int, tuple[str, ...] | None], ...]  # (type, min TL, max TL, sizes on offer)
    per_type: int  # products generated per type
    colored: bool
    blurb: str


CATEGORIES: dict[str, _Category] = {
    "giyim": _Category(
        brands=("Mavi", "LC Waikiki", "Koton", "DeFacto", "Colin's", "Trendyol Collection", "Network", "Ipekyol"),
        sellers=("Trendyol", "Moda Depo", "Boyner", "Kiğılı Giyim"),
        types=(
            ("Deri Ceket", 1500, 6000, CLOTHING_SIZES),
            ("Oversize Tişört", 150, 600, CLOTHING_SIZES),
            ("Basic Tişört", 100, 400, CLOTHING_SIZES),
            ("Slim Fit Gömlek", 300, 1200, CLOTHING_SIZES),
            ("Mom Jean", 400, 1500, CLOTHING_SIZES),
            ("Skinny Jean", 400, 1500, CLOTHING_SIZES),
            ("Kapüşonlu Sweatshirt", 350, 1200, CLOTHING_SIZES),
            ("Triko Kazak", 400, 1400, CLOTHING_SIZES),
            ("Trençkot", 1500, 4500, CLOTHING_SIZES),
            ("Şişme Mont", 1200, 5000, CLOTHING_SIZES),
            ("Midi Elbise", 500, 2000, CLOTHING_SIZES),
            ("Keten Pantolon", 400, 1500, CLOTHING_SIZES),
            ("Eşofman Altı", 250, 900, CLOTHING_SIZES),
            ("Örme Hırka", 350, 1200, CLOTHING_SIZES),
        ),
        per_type=6,
        colored=True,
        blurb="Kalıbı normaldir, kendi bedeninizi almanızı öneririz.",
    ),
    "ayakkabı": _Category(
        brands=("Nike", "Adidas", "Puma", "Skechers", "New Balance", "Hotiç", "Derimod", "Lumberjack", "Kinetix"),
        sellers=("Flo Mağazacılık", "Trendyol", "Ayakkabı Dünyası", "SuperStep"),
        types=(
            ("Sneaker", 1000, 5000, SHOE_SIZES),
            ("Koşu Ayakkabısı", 1500, 6000, SHOE_SIZES),
            ("Deri Bot", 1500, 5000, SHOE_SIZES),
            ("Topuklu Ayakkabı", 600, 2500, SHOE_SIZES[:6]),
            ("Loafer", 900, 3500, SHOE_SIZES),
            ("Sandalet", 300, 1500, SHOE_SIZES),
            ("Çizme", 1500, 5500, SHOE_SIZES[:6]),
            ("Babet", 300, 1200, SHOE_SIZES[:6]),
        ),
        per_type=6,
        colored=True,
        blurb="Dar kalıptır, bir numara büyük almanızı öneririz.",
    ),
    "elektronik": _Category(
        brands=("Apple", "Samsung", "Xiaomi", "Anker", "JBL", "Huawei", "Lenovo", "Logitech", "Baseus"),
        sellers=("Teknosa", "Vatan Bilgisayar", "MediaMarkt", "Hepsiburada", "TeknoKent Bilişim"),
        types=(
            ("Kablosuz Kulaklık", 700, 9000, None),
            ("Akıllı Saat", 1500, 15000, None),
            ("Bluetooth Hoparlör", 800, 6000, None),
            ("Powerbank 20000 mAh", 500, 1800, None),
            ("iPhone 15 Kılıf", 100, 900, None),
            ("Şarj Adaptörü 20W", 250, 1000, None),
            ("Robot Süpürge", 6000, 30000, None),
            ("Tablet 10.1 inç", 5000, 25000, None),
            ("Oyuncu Mouse", 400, 3000, None),
            ("Mekanik Klavye", 1000, 5000, None),
            ("USB-C Kablo 1 m", 100, 500, None),
            ("Akıllı Telefon 128 GB", 12000, 65000, None),
        ),
        per_type=4,
        colored=False,
        blurb="2 yıl resmi distribütör garantilidir.",
    ),
    "ev & yaşam": _Category(
        brands=("Karaca", "Taç", "English Home", "Madame Coco", "Arzum", "Fakir", "Philips", "Tefal", "Paşabahçe"),
        sellers=("Karaca Resmi Mağaza", "Evim Güzel", "Trendyol", "Hepsiburada"),
        types=(
            ("Nevresim Takımı", 500, 2500, None),
            ("Airfryer", 2500, 9000, None),
            ("Çelik Tencere Seti", 2000, 9000, None),
            ("Türk Kahvesi Makinesi", 1200, 4500, None),
            ("Banyo Havlusu", 150, 700, None),
            ("Yastık", 150, 900, None),
            ("Masa Lambası", 300, 1500, None),
            ("Kahve Fincanı Seti", 300, 1500, None),
            ("Halı 160x230", 1500, 7000, None),
            ("Elektrikli Süpürge", 3000, 15000, None),
            ("Buharlı Ütü", 1000, 4000, None),
        ),
        per_type=4,
        colored=False,
        blurb="Ücretsiz kargo ile gönderilir.",
    ),
    "kozmetik": _Category(
        brands=("Flormar", "Golden Rose", "L'Oréal Paris", "Nivea", "La Roche-Posay", "Pastel", "Garnier", "Bioderma"),
        sellers=("Gratis", "Watsons", "Kozmetik Çarşı", "Trendyol"),
        types=(
            ("Nemlendirici Krem", 150, 900, None),
            ("Güneş Kremi SPF 50", 250, 1100, None),
            ("Maskara", 100, 600, None),
            ("Mat Ruj", 80, 500, None),
            ("Şampuan 500 ml", 80, 400, None),
            ("Parfüm 100 ml", 600, 4500, None),
            ("Yüz Temizleme Jeli", 150, 800, None),
            ("Fondöten", 200, 1200, None),
            ("Saç Kremi", 80, 400, None),
        ),
        per_type=4,
        colored=False,
        blurb="Dermatolojik olarak test edilmiştir.",
    ),
    "anne & bebek": _Category(
        brands=("Prima", "Sleepy", "Molfix", "Chicco", "Philips Avent", "Kraft", "Joie", "Uni Baby"),
        sellers=("Bebek Dünyası", "e-bebek", "Trendyol"),
        types=(
            ("Bebek Bezi 5 Numara", 400, 1200, None),
            ("Islak Mendil 12'li", 200, 600, None),
            ("Mama Sandalyesi", 1500, 7000, None),
            ("Bebek Arabası", 4000, 30000, None),
            ("Biberon Seti", 300, 1500, None),
            ("Bebek Tulumu", 200, 800, BABY_SIZES),
            ("Oto Koltuğu", 3000, 15000, None),
            ("Emzik 2'li", 100, 400, None),
        ),
        per_type=3,
        colored=False,
        blurb="Bebek sağlığına uygun malzemeden üretilmiştir.",
    ),
    "spor": _Category(
        brands=("Domyos", "Nike", "Adidas", "Under Armour", "Columbia", "Stanley", "Kinetix"),
        sellers=("Decathlon", "Spor Market", "Trendyol", "Intersport"),
        types=(
            ("Yoga Matı", 200, 1200, None),
            ("Dambıl Seti", 500, 3000, None),
            ("Koşu Taytı", 300, 1500, CLOTHING_SIZES),
            ("Spor Çanta", 400, 2000, None),
            ("Termos Matara", 300, 2500, None),
            ("Kamp Çadırı", 1500, 9000, None),
            ("Bisiklet Kaskı", 600, 3000, ("S", "M", "L")),
            ("Spor Tişört", 200, 900, CLOTHING_SIZES),
        ),
        per_type=4,
        colored=True,
        blurb="Nefes alan kumaş, yoğun antrenmana uygundur.",
    ),
    "süpermarket": _Category(
        brands=("Kurukahveci Mehmet Efendi", "Komili", "Çaykur", "Ariel", "Finish", "Filiz", "Selpak", "Torku"),
        sellers=("Migros", "Trendyol Market", "Hepsiburada Market"),
        types=(
            ("Türk Kahvesi 500 g", 200, 500, None),
            ("Sızma Zeytinyağı 1 L", 300, 700, None),
            ("Siyah Çay 1 kg", 200, 450, None),
            ("Toz Deterjan 6 kg", 300, 800, None),
            ("Bulaşık Makinesi Tableti 60'lı", 300, 900, None),
            ("Makarna 500 g", 20, 60, None),
            ("Tuvalet Kağıdı 32'li", 250, 600, None),
            ("Fındık Kreması 400 g", 100, 250, None),
        ),
        per_type=2,
        colored=False,
        blurb="Son tüketim tarihi en az 6 ay olan ürünler gönderilir.",
    ),
}
BOOKS = (
    ("Kürk Mantolu Madonna", "Sabahattin Ali", "Yapı Kredi Yayınları"), ("Tutunamayanlar", "Oğuz Atay", "İletişim"),
    ("İnce Memed", "Yaşar Kemal", "Yapı Kredi Yayınları"), ("Saatleri Ayarlama Enstitüsü", "Ahmet Hamdi Tanpınar",
    "Dergah Yayınları"), ("Çalıkuşu", "Reşat Nuri Güntekin", "İnkılap Kitabevi"),
    ("Suç ve Ceza", "Fyodor Dostoyevski", "İş Bankası Kültür Yayınları"), ("Simyacı", "Paulo Coelho", "Can Yayınları"),
    ("Küçük Prens", "Antoine de Saint-Exupéry", "Can Yayınları"), ("1984", "George Orwell", "Can Yayınları"),
    ("Hayvan Çiftliği", "George Orwell", "Can Yayınları"), ("Sefiller", "Victor Hugo", "İş Bankası Kültür Yayınları"),
    ("Şeker Portakalı", "José Mauro de Vasconcelos", "Can Yayınları"), ("Dönüşüm", "Franz Kafka", "Can Yayınları"),
    ("Fareler ve İnsanlar", "John Steinbeck", "Sel Yayıncılık"),
    ("Aylak Adam", "Yusuf Atılgan", "Yapı Kredi Yayınları"),
    ("Beyaz Zambaklar Ülkesinde", "Grigory Petrov", "İş Bankası Kültür Yayınları"),
)  # fmt: skip
BOOK_SELLERS = ("Kitapyurdu", "D&R", "BKM Kitap")

ORDER_STATUS_WEIGHTS = {
    "hazirlaniyor": 8, "kargoda": 10, "dagitimda": 4, "teslim_edildi": 60, "iptal": 8,
    "iade_surecinde": 5, "iade_edildi": 5,
}  # fmt: skip
ORDER_NUMBER_LENGTHS = {8: 6, 9: 10, 10: 70, 11: 14}
PAYMENT_METHODS = {"Kredi kartı": 70, "Banka kartı": 15, "Kapıda ödeme": 8, "Cüzdan": 7}
CANCEL_REASONS = (
    "Vazgeçtim",
    "Yanlışlıkla sipariş verdim",
    "Daha uygun fiyat buldum",
    "Teslimat süresi uzun",
    "Adres hatalı girildi",
    "Satıcı tarafından stok yetersizliği nedeniyle iptal edildi",
)
RETURN_REASONS = (
    "Beden küçük geldi",
    "Beden büyük geldi",
    "Ürün beklentimi karşılamadı",
    "Ürün kusurlu çıktı",
    "Yanlış ürün gönderildi",
    "Renk görseldeki gibi değil",
    "Fikrimi değiştirdim",
)

# Coupons relative to today: (code, description, percent, fixed kuruş, min basket kuruş, from, until, category).
COUPONS = (
    ("INDIRIM50", "Sepette 50 TL indirim", None, 5000, 25000, -10, 20, None),
    ("KASIM100", "Kasım fırsatı: 100 TL indirim", None, 10000, 75000, -5, 25, None),
    ("HOSGELDIN10", "İlk siparişe özel %10 indirim", 10, None, 0, -365, 365, None),
    ("SEPET30", "200 TL ve üzeri sepette 30 TL indirim", None, 3000, 20000, -3, 10, None),
    ("MODA20", "Giyimde %20 indirim", 20, None, 0, -7, 14, "giyim"),
    ("AYAKKABI15", "Ayakkabıda %15 indirim", 15, None, 50000, -4, 10, "ayakkabı"),
    ("ELEKTRONIK250", "Elektronikte 250 TL indirim", None, 25000, 300000, -6, 12, "elektronik"),
    ("KOZMETIK25", "Kozmetikte %25 indirim", 25, None, 0, -2, 12, "kozmetik"),
    ("BEBEK75", "Anne & bebek ürünlerinde 75 TL indirim", None, 7500, 60000, -8, 8, "anne & bebek"),
    ("KITAP10", "Kitapta %10 indirim", 10, None, 0, -30, 30, "kitap"),
    ("MARKET40", "Süpermarkette 40 TL indirim", None, 4000, 40000, -1, 6, "süpermarket"),
    ("SPOR15", "Spor ürünlerinde %15 indirim", 15, None, 0, -9, 9, "spor"),
    ("EVIM100", "Ev & yaşamda 100 TL indirim", None, 10000, 100000, -3, 18, "ev & yaşam"),
    ("YAZINDIRIMI", "Yaz indirimi: %15", 15, None, 0, -100, -40, None),
    ("EFSANE150", "Efsane günler: 150 TL indirim", None, 15000, 100000, -45, -30, None),
    ("BLACKFRIDAY", "Black Friday: %20 indirim", 20, None, 50000, -40, -35, None),
    ("YILBASI200", "Yılbaşı: 200 TL indirim", None, 20000, 150000, -330, -300, None),
    ("BAHAR15", "Bahar kampanyası: %15 indirim", 15, None, 0, 10, 40, None),
    ("BAYRAM50", "Bayram: 50 TL indirim", None, 5000, 30000, 5, 20, None),
)
PERSONAL_COUPON_SHARE = 0.03

# Campaigns relative to today: (title, description, starts, ends).
CAMPAIGNS = (
    ("Efsane Günler", "Seçili ürünlerde %60'a varan indirim", -3, 7),
    ("Kargo Bedava Haftası", "150 TL ve üzeri siparişlerde kargo bedava", -2, 5),
    ("Elektronikte Peşin Fiyatına 9 Taksit", "Seçili bankaların kredi kartlarına peşin fiyatına 9 taksit", -10, 20),
    ("Kozmetikte 2 Al 1 Öde", "Seçili kozmetik ürünlerinde 2 al 1 öde", -5, 9),
    ("Kitap Şenliği", "Tüm kitaplarda %30'a varan indirim", -1, 14),
    ("Süpermarket Fırsatları", "Market alışverişinde sepette ek %10 indirim", 0, 3),
    ("Yılbaşı İndirimi", "Yılbaşına özel seçili ürünlerde %40 indirim", -330, -300),
    ("Anneler Günü", "Anne & bebek ürünlerinde %25 indirim", -200, -190),
    ("Black Friday", "Tüm kategorilerde büyük indirim", -40, -35),
    ("Yaz Sezonu Sonu", "Giyim ve ayakkabıda sezon sonu indirimi", -100, -70),
    ("Bahar Kampanyası", "Yeni sezon giyimde %20 indirim", 10, 25),
)

# Installment plans: (bank, card programme, [(installments, min TL, monthly interest %)]).
INSTALLMENT_PLANS = (
    ("Garanti BBVA", "Bonus", ((3, 500, 0.0), (6, 1500, 0.0), (9, 3000, 2.99), (12, 5000, 3.49))),
    ("Yapı Kredi", "World", ((3, 500, 0.0), (6, 2000, 1.99), (12, 5000, 3.49))),
    ("Akbank", "Axess", ((3, 400, 0.0), (6, 1500, 0.0), (9, 4000, 2.79))),
    ("İş Bankası", "Maximum", ((3, 500, 0.0), (6, 1500, 1.49), (12, 6000, 3.29))),
    ("QNB", "CardFinans", ((3, 750, 0.0), (6, 2000, 2.49))),
    ("Ziraat Bankası", "Bankkart Combo", ((2, 300, 0.0), (4, 1000, 0.0), (9, 5000, 2.99))),
    ("Halkbank", "Paraf", ((3, 500, 0.0), (6, 2500, 1.99))),
)


# ── The data ──────────────────────────────────────────────────────────────────────────────────────


@dataclass
class DemoData:
    """Every seeded row, keyed by column name with explicit ids, plus the lookups a ticket generator needs."""

    today: date
    customers: list[Row]
    products: list[Row]
    orders: list[Row]
    items: list[Row]
    shipments: list[Row]
    events: list[Row]
    returns: list[Row]
    refunds: list[Row]
    invoices: list[Row]
    coupons: list[Row]
    campaigns: list[Row]
    installment_plans: list[Row]
    addresses: dict[int, str] = field(default_factory=dict)
    """Each customer's home address (orders carry their own copy in `delivery_address`)."""

    @cached_property
    def _index(self) -> dict[str, dict[Any, Any]]:
        """Lookup tables, built on first use (the corpus generator asks thousands of questions per second)."""
        orders_of: dict[int, list[Row]] = defaultdict(list)
        for order in self.orders:
            orders_of[order["customer_id"]].append(order)
        for orders in orders_of.values():
            orders.sort(key=lambda o: o["created_at"], reverse=True)
        items_of: dict[int, list[Row]] = defaultdict(list)
        for item in self.items:
            items_of[item["order_id"]].append(item)
        events_of: dict[int, list[Row]] = defaultdict(list)
        for event in self.events:
            events_of[event["shipment_id"]].append(event)
        return {
            "customer": {c["id"]: c for c in self.customers},
            "product": {p["id"]: p for p in self.products},
            "order": {o["id"]: o for o in self.orders},
            "order_number": {o["order_number"]: o for o in self.orders},
            "orders_of": dict(orders_of),
            "items_of": dict(items_of),
            "shipment_of": {s["order_id"]: s for s in self.shipments},
            "events_of": dict(events_of),
            "return_of": {r["order_id"]: r for r in self.returns},
            "refund_of": {r["order_id"]: r for r in self.refunds},
            "invoice_of": {i["order_id"]: i for i in self.invoices},
        }

    def customer(self, customer_id: int) -> Row:
        return self._index["customer"][customer_id]

    def product(self, product_id: int) -> Row:
        return self._index["product"][product_id]

    def order(self, order_id: int) -> Row:
        return self._index["order"][order_id]

    def order_by_number(self, order_number: str) -> Row | None:
        return self._index["order_number"].get(order_number)

    def orders_of(self, customer_id: int) -> list[Row]:
        """The customer's orders, newest first."""
        return self._index["orders_of"].get(customer_id, [])

    def items_of(self, order_id: int) -> list[Row]:
        return self._index["items_of"].get(order_id, [])

    def shipment_of(self, order_id: int) -> Row | None:
        return self._index["shipment_of"].get(order_id)

    def events_of(self, shipment_id: int) -> list[Row]:
        """A shipment's carrier events, oldest first."""
        return self._index["events_of"].get(shipment_id, [])

    def return_of(self, order_id: int) -> Row | None:
        return self._index["return_of"].get(order_id)

    def refund_of(self, order_id: int) -> Row | None:
        return self._index["refund_of"].get(order_id)

    def invoice_of(self, order_id: int) -> Row | None:
        return self._index["invoice_of"].get(order_id)

    def tables(self) -> list[tuple[type[SQLModel], list[Row]]]:
        """(table, rows) in foreign-key order, as `seed_demo` inserts them."""
        return [
            (Customer, self.customers),
            (Product, self.products),
            (Order, self.orders),
            (OrderItem, self.items),
            (Shipment, self.shipments),
            (ShipmentEvent, self.events),
            (Return, self.returns),
            (Refund, self.refunds),
            (Invoice, self.invoices),
            (Coupon, self.coupons),
            (Campaign, self.campaigns),
            (InstallmentPlan, self.installment_plans),
        ]


# ── Building ──────────────────────────────────────────────────────────────────────────────────────


def _ascii(text_: str) -> str:
    """Turkish letters folded to ASCII, as e-mail local parts are written."""
    return text_.translate(str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")).lower().replace(" ", "")


def _weighted(rng: random.Random, weights: dict[Any, int]) -> Any:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choices(string.digits, k=n))


class _Builder:
    """One pass of generation: each phase consumes its own seeded random stream in a fixed order, so a seed
    fixes everything but the dates, which are offsets from `today`."""

    def __init__(self, seed: int, today: date) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.today = today
        # Everything happened before 09:00 Istanbul time today, so no event lies in the demo's future.
        self.anchor = datetime.combine(today, time(6, 0), UTC)
        self.cities = list(CITIES)
        self.city_weights = [CITY_WEIGHTS.get(c, 2) for c in self.cities]
        self.used_tracking: set[str] = set()

    def phase(self, name: str) -> random.Random:
        """A fresh random stream per phase, so the catalogue is the same whatever the number of customers."""
        self.rng = random.Random(f"{self.seed}:{name}")
        return self.rng

    def when(self, minutes_ago: float) -> datetime:
        return self.anchor - timedelta(minutes=int(minutes_ago))

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def address(self) -> tuple[str, str]:
        """(address line, city), e.g. "Moda Mah. Caferağa Sok. No:12 D:3 Kadıköy/İstanbul"."""
        rng = self.rng
        city = rng.choices(self.cities, weights=self.city_weights)[0]
        district = rng.choice(list(CITIES[city]))
        mahalle = rng.choice(CITIES[city][district])
        door = f" D:{rng.randint(1, 24)}" if rng.random() < 0.8 else ""
        line = f"{mahalle} Mah. {rng.choice(STREETS)} No:{rng.randint(1, 180)}{door} {district}/{city}"
        return line, city

    def customers(self, n: int) -> tuple[list[Row], dict[int, str]]:
        rng = self.phase("customers")
        rows: list[Row] = []
        addresses: dict[int, str] = {}
        used_emails: set[str] = set()
        for cid in range(1, n + 1):
            first = rng.choice(FIRST_NAMES_F if rng.random() < 0.52 else FIRST_NAMES_M)
            if rng.random() < 0.1:
                first = f"{first} {rng.choice(MIDDLE_NAMES)}"
            last = rng.choice(LAST_NAMES)
            f, lname = _ascii(first), _ascii(last)
            local = rng.choice((f"{f}.{lname}", f"{f}{lname}", f"{f[0]}.{lname}", f"{f}_{lname}"))
            if rng.random() < 0.4:
                local += str(rng.randint(1, 99) if rng.random() < 0.5 else rng.randint(1965, 2006))
            email = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
            while email in used_emails:
                email = f"{local}{rng.randint(100, 999)}@{email.split('@')[1]}"
            used_emails.add(email)
            phone = f"+90 {rng.choice(MOBILE_PREFIXES)} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}"
            line, city = self.address()
            addresses[cid] = line
            rows.append(
                {
                    "id": cid,
                    "full_name": f"{first} {last}",
                    "email": email,
                    "phone": phone,
                    "city": city,
                    "is_premium": rng.random() < 0.15,
                    "created_at": self.when(rng.randint(60 * 1440, 6 * 365 * 1440)),
                }
            )
        return rows, addresses

    def products(self) -> list[Row]:
        rng = self.phase("products")
        rows: list[Row] = []

        def add(
            name: str, category: str, brand: str, seller: str, price_tl: int, sizes: list[str] | None, description: str
        ) -> None:
            pid = len(rows) + 1
            out_of_stock = rng.random() < 0.14
            stock = 0 if out_of_stock else rng.choice((rng.randint(1, 5), rng.randint(6, 50), rng.randint(51, 900)))
            restock = self.day(rng.randint(2, 30)) if out_of_stock and rng.random() < 0.7 else None
            rows.append(
                {
                    "id": pid,
                    "sku": f"TY{pid:07d}",
                    "name": name,
                    "category": category,
                    "brand": brand,
                    "seller": seller,
                    "price_kurus": price_tl * 100 - 10,
                    "sizes": sizes,
                    "stock": stock,
                    "restock_date": restock,
                    "description": description,
                }
            )

        for category, spec in CATEGORIES.items():
            for type_name, lo, hi, sizes in spec.types:
                combos = [(b, c) for b in spec.brands for c in (COLORS if spec.colored else ("",))]
                picked = rng.sample(combos, min(spec.per_type, len(combos)))
                if spec.colored:  # a black one always exists: customers ask for "siyah deri ceket"
                    picked[0] = (picked[0][0], "Siyah")
                for brand, color in dict.fromkeys(picked):
                    name = " ".join(part for part in (brand, color, type_name) if part)
                    offered = None
                    if sizes:
                        start = rng.randint(0, max(0, len(sizes) - 4))
                        offered = list(sizes[start : start + rng.randint(min(4, len(sizes)), len(sizes))])
                    price = rng.randrange(lo, hi + 1, 10) if hi - lo >= 20 else rng.randint(lo, hi)
                    add(name, category, brand, rng.choice(spec.sellers), price, offered, f"{name}. {spec.blurb}")
        for title, author, publisher in BOOKS:
            add(
                f"{title} - {author}",
                "kitap",
                publisher,
                rng.choice(BOOK_SELLERS),
                rng.randrange(80, 400, 10),
                None,
                f"{title}, {author}. {publisher} baskısı.",
            )
        return rows

    def order_number(self, used: set[str]) -> str:
        rng = self.rng
        while True:
            length = _weighted(rng, ORDER_NUMBER_LENGTHS)
            if length == 10 and rng.random() < 0.2:
                number = "5" + _digits(rng, 9)  # looks like a mobile number without the leading 0
            else:
                number = rng.choice("123456789") + _digits(rng, length - 1)
            if number not in used:
                used.add(number)
                return number

    def tracking_number(self, carrier: str) -> str:
        prefix, length, _ = CARRIER_FORMATS[carrier]
        while True:
            number = prefix + _digits(self.rng, length - len(prefix))
            if number not in self.used_tracking:
                self.used_tracking.add(number)
                return number


def build_demo(seed: int = 7, *, n_customers: int = 2000, n_orders: int = 20000, today: date | None = None) -> DemoData:
    """The demo backend for `seed`: same rows for the same seed; `today` (default: today) only shifts dates."""
    if n_customers < 1 or n_orders < 1:
        raise ValueError("build_demo needs at least one customer and one order")
    b = _Builder(seed, today or date.today())
    customers, addresses = b.customers(n_customers)
    products = b.products()
    rng = b.phase("orders")
    by_seller: dict[str, list[Row]] = defaultdict(list)
    for product in products:
        by_seller[product["seller"]].append(product)
    carriers = list(CARRIER_FORMATS)
    carrier_weights = [share for _, _, share in CARRIER_FORMATS.values()]
    # Some customers buy far more often than others, as on a real marketplace.
    activity = list(accumulate(rng.lognormvariate(0, 0.5) for _ in customers))
    customer_ids = [c["id"] for c in customers]

    data = DemoData(b.today, customers, products, [], [], [], [], [], [], [], [], [], [], addresses)
    used_numbers: set[str] = set()
    minutes_per_day = 1440
    for oid in range(1, n_orders + 1):
        # Every customer gets at least one order; the rest follow each customer's activity.
        customer_id = oid if oid <= n_customers else rng.choices(customer_ids, cum_weights=activity)[0]
        status = _weighted(rng, ORDER_STATUS_WEIGHTS)
        number = b.order_number(used_numbers)
        first = rng.choice(products)
        seller = first["seller"]
        chosen = [first] + [rng.choice(by_seller[seller]) for _ in range(rng.choice((0, 0, 0, 1, 1, 2)))]
        items = []
        for product in chosen:
            quantity = 1 if rng.random() < 0.85 or product["sizes"] else rng.randint(2, 4)
            size = rng.choice(product["sizes"]) if product["sizes"] else None
            items.append(
                {
                    "id": len(data.items) + len(items) + 1,
                    "order_id": oid,
                    "product_id": product["id"],
                    "quantity": quantity,
                    "unit_price_kurus": product["price_kurus"],
                    "size": size,
                }
            )
        subtotal = sum(i["unit_price_kurus"] * i["quantity"] for i in items)
        total = subtotal + (SHIPPING_FEE_KURUS if subtotal < FREE_SHIPPING_KURUS else 0)
        payment = _weighted(rng, PAYMENT_METHODS)
        address = addresses[customer_id] if rng.random() < 0.88 else b.address()[0]

        # Timeline in minutes before the anchor: created -> shipped -> delivered.
        ship_delay = rng.randint(4 * 60, 40 * 60)
        transit = rng.randint(20 * 60, 4 * minutes_per_day)
        late = False
        if status == "hazirlaniyor":
            created_ago = rng.randint(10, 2 * minutes_per_day)
        elif status == "iptal":
            created_ago = rng.randint(60, 240 * minutes_per_day)
        elif status == "kargoda":
            late = rng.random() < 0.25
            shipped_ago = rng.randint(6, 15) * minutes_per_day if late else rng.randint(60, 3 * minutes_per_day)
            created_ago = shipped_ago + ship_delay
        elif status == "dagitimda":
            late = rng.random() < 0.2
            shipped_ago = rng.randint(5, 9) * minutes_per_day if late else rng.randint(20 * 60, 3 * minutes_per_day)
            created_ago = shipped_ago + ship_delay
        else:
            if status == "teslim_edildi":
                recent = rng.random() < 0.35
                delivered_ago = (
                    rng.randint(60, 14 * minutes_per_day)
                    if recent
                    else rng.randint(16 * minutes_per_day, 400 * minutes_per_day)
                )
            elif status == "iade_surecinde":
                delivered_ago = rng.randint(2 * minutes_per_day, 20 * minutes_per_day)
            else:  # iade_edildi
                delivered_ago = rng.randint(16 * minutes_per_day, 300 * minutes_per_day)
            shipped_ago = delivered_ago + transit
            created_ago = shipped_ago + ship_delay
        created_at = b.when(created_ago)

        order = {
            "id": oid,
            "order_number": number,
            "customer_id": customer_id,
            "status": status,
            "created_at": created_at,
            "total_kurus": total,
            "payment_method": payment,
            "delivery_address": address,
            "seller": seller,
            "estimated_delivery": None,
            "delivered_at": None,
            "cancelled_at": None,
            "cancel_reason": None,
        }
        data.orders.append(order)
        data.items.extend(items)

        if status == "hazirlaniyor":
            order["estimated_delivery"] = b.day(rng.randint(2, 5))
            continue
        if status == "iptal":
            cancelled_at = created_at + timedelta(minutes=rng.randint(5, min(20 * 60, created_ago - 1)))
            order["cancelled_at"] = cancelled_at
            order["cancel_reason"] = rng.choice(CANCEL_REASONS)
            if payment != "Kapıda ödeme":
                days_since = (b.anchor - cancelled_at).days
                refund_status = "tamamlandi" if days_since > 7 else rng.choice(("beklemede", "islemde"))
                _refund(data, oid, None, total, refund_status, cancelled_at)
            continue

        shipped_at = b.when(created_ago - ship_delay)
        carrier = rng.choices(carriers, weights=carrier_weights)[0]
        if status == "kargoda":
            estimated = (shipped_at + timedelta(days=rng.randint(2, 3) if late else rng.randint(2, 5))).date()
        elif status == "dagitimda":
            estimated = (shipped_at + timedelta(days=3)).date() if late else b.day(rng.randint(0, 1))
        else:
            estimated = (shipped_at + timedelta(days=rng.randint(2, 4))).date()
        sid = len(data.shipments) + 1
        shipment = {
            "id": sid,
            "order_id": oid,
            "carrier": carrier,
            "tracking_number": b.tracking_number(carrier),
            "shipped_at": shipped_at,
            "estimated_delivery": estimated,
            "delivered_at": None,
        }
        data.shipments.append(shipment)
        order["estimated_delivery"] = estimated
        data.invoices.append(
            {
                "id": len(data.invoices) + 1,
                "order_id": oid,
                "last_sent_at": None,
                "invoice_number": f"GIB{shipped_at.year}{100000 + oid * 7:09d}",
                "issued_at": shipped_at - timedelta(minutes=rng.randint(10, 120)),
            }
        )

        destination = address.rsplit(" ", 1)[1]  # "Kadıköy/İstanbul"
        origin = rng.choice(WAREHOUSES)
        steps = [
            (shipped_at, f"{origin} Şube", "Gönderi kabul edildi"),
            (
                shipped_at + timedelta(hours=rng.randint(2, 8)),
                f"{origin.split('/')[1]} Transfer Merkezi",
                "Transfer merkezinde",
            ),
        ]
        dest_city = destination.split("/")[1]
        if dest_city != origin.split("/")[1]:
            steps.append(
                (
                    shipped_at + timedelta(hours=rng.randint(12, 30)),
                    f"{dest_city} Transfer Merkezi",
                    "Transfer merkezinde",
                )
            )
        if status == "kargoda":
            steps = [s for s in steps if s[0] < b.anchor] or steps[:1]
        elif status == "dagitimda":
            out = b.anchor - timedelta(minutes=rng.randint(30, 240))
            steps = [s for s in steps if s[0] < out - timedelta(hours=2)]
            steps += [
                (out - timedelta(hours=2), f"{destination} Şube", "Dağıtım şubesinde"),
                (out, f"{destination} Şube", "Dağıtıma çıktı"),
            ]
        else:
            delivered_at = b.when(created_ago - ship_delay - transit)
            order["delivered_at"] = shipment["delivered_at"] = delivered_at
            out = delivered_at - timedelta(minutes=rng.randint(60, 300))
            steps = [s for s in steps if s[0] < out - timedelta(hours=3)]
            steps += [
                (out - timedelta(hours=3), f"{destination} Şube", "Dağıtım şubesinde"),
                (out, f"{destination} Şube", "Dağıtıma çıktı"),
                (delivered_at, destination, "Teslim edildi"),
            ]
        for at, location, description in steps:
            data.events.append(
                {
                    "id": len(data.events) + 1,
                    "shipment_id": sid,
                    "at": at,
                    "location": location,
                    "description": description,
                }
            )

        if status in ("iade_surecinde", "iade_edildi") or (status == "teslim_edildi" and rng.random() < 0.04):
            delivered_at = order["delivered_at"]
            window = min(RETURN_WINDOW_DAYS * minutes_per_day, int((b.anchor - delivered_at).total_seconds() // 60))
            returned_at = delivered_at + timedelta(minutes=rng.randint(30, max(31, window - 30)))
            if status == "teslim_edildi":
                return_status = "reddedildi"
            elif status == "iade_edildi":
                return_status = "onaylandi"
            else:
                return_status = rng.choice(("olusturuldu", "kargoya_verildi", "depoda", "incelemede", "onaylandi"))
            rid = len(data.returns) + 1
            data.returns.append(
                {
                    "id": rid,
                    "return_number": f"IAD{rid:08d}",
                    "order_id": oid,
                    "status": return_status,
                    "reason": rng.choice(RETURN_REASONS),
                    "created_at": returned_at,
                    "return_code": "".join(rng.choices(string.ascii_uppercase + string.digits, k=8)),
                    "deadline": (returned_at + timedelta(days=7)).date(),
                }
            )
            if return_status == "onaylandi":
                refund_status = "tamamlandi" if status == "iade_edildi" else rng.choice(("beklemede", "islemde"))
                _refund(data, oid, rid, subtotal, refund_status, returned_at + timedelta(days=rng.randint(3, 6)))

    for code, description, percent, fixed, min_basket, start, end, category in COUPONS:
        data.coupons.append(
            _coupon(data, code, description, percent, fixed, min_basket, (b.day(start), b.day(end)), category)
        )
    for customer in rng.sample(customers, max(1, int(n_customers * PERSONAL_COUPON_SHARE))):
        code = "OZEL" + "".join(rng.choices(string.ascii_uppercase + string.digits, k=6))
        valid = (b.day(-5), b.day(rng.randint(5, 30)))
        data.coupons.append(_coupon(data, code, "Size özel %15 indirim", 15, None, 10000, valid, None, customer["id"]))
    for n, (title, description, start, end) in enumerate(CAMPAIGNS, start=1):
        data.campaigns.append(
            {"id": n, "title": title, "description": description, "starts_on": b.day(start), "ends_on": b.day(end)}
        )
    for bank, program, plans in INSTALLMENT_PLANS:
        for installments, min_tl, interest in plans:
            data.installment_plans.append(
                {
                    "id": len(data.installment_plans) + 1,
                    "bank": bank,
                    "card_program": program,
                    "max_installments": installments,
                    "min_amount_kurus": min_tl * 100,
                    "monthly_interest_percent": interest,
                }
            )
    return data


def _refund(data: DemoData, order_id: int, return_id: int | None, amount: int, status: str, at: datetime) -> None:
    data.refunds.append(
        {
            "id": len(data.refunds) + 1,
            "order_id": order_id,
            "return_id": return_id,
            "amount_kurus": amount,
            "status": status,
            "created_at": at,
            "expected_date": (at + timedelta(days=7)).date(),
        }
    )


def _coupon(
    data: DemoData,
    code: str,
    description: str,
    percent: int | None,
    fixed_kurus: int | None,
    min_basket_kurus: int,
    valid: tuple[date, date],
    category: str | None,
    customer_id: int | None = None,
) -> Row:
    return {
        "id": len(data.coupons) + 1,
        "code": code,
        "description": description,
        "discount_percent": percent,
        "discount_kurus": fixed_kurus,
        "min_basket_kurus": min_basket_kurus,
        "valid_from": valid[0],
        "valid_until": valid[1],
        "customer_id": customer_id,
        "category": category,
    }


# ── Seeding ───────────────────────────────────────────────────────────────────────────────────────


class AlreadySeededError(RuntimeError):
    """The commerce tables already hold rows; seeding on top would clash on ids and order numbers."""


def seed_demo(engine: Engine, data: DemoData) -> dict[str, int]:
    """Bulk-insert the demo in one transaction and return row counts per table; refuses a non-empty backend."""
    tables = data.tables()
    with engine.begin() as connection:
        filled = {
            model.__tablename__: count
            for model, _ in tables
            if (count := connection.execute(select(func.count()).select_from(model.__table__)).scalar_one())
        }
        if filled:
            found = ", ".join(f"{name}: {count} rows" for name, count in filled.items())
            raise AlreadySeededError(f"the commerce tables are not empty ({found}); seed a fresh database")
        for model, rows in tables:
            if rows:
                connection.execute(insert(model.__table__), rows)
        if connection.dialect.name == "postgresql":
            _advance_sequences(connection, [model for model, rows in tables if rows])
    return {model.__tablename__: len(rows) for model, rows in tables}


def _advance_sequences(connection: Connection, models: list[type[SQLModel]]) -> None:
    """Explicit ids leave PostgreSQL's id sequences at 1; move them past the seeded ids so later inserts work."""
    for model in models:
        name = connection.dialect.identifier_preparer.quote(model.__tablename__)
        connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT MAX(id) FROM {name}))"))
