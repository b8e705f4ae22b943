"""Tests for serving.pii: what must be masked, what must survive, and that offsets survive masking.

The table is the specification in examples: every row is a real-looking ticket fragment with the exact masked
text expected, so a regression shows the precise string that changed.
"""

import random
import re

import pytest
from stdnum import iban, luhn
from stdnum.tr import tckimlik

from serving.pii import PLACEHOLDER_NAMES, MaskResult, PiiSpan, find_pii, leaked_pii, mask

# Checksum-valid identifiers (checked in test_fixtures_are_what_they_claim), so that a pass is not an accident
# of the detector accepting anything with the right length.
TCKN_A = "12345678950"
TCKN_B = "98765432150"
TCKN_C = "10000000146"
TCKN_D = "56341298750"
IBAN_A = "TR330006100519786457841326"
IBAN_B = "TR210001000012345678901234"
CARD_VISA = "4111111111111111"
CARD_MC = "5500000000000004"
CARD_AMEX = "378282246310005"
# Look-alikes that must not pass the checksums.
ORDER_11_NOT_TCKN = "48151623420"
ORDER_11_BAD_CHECKSUM = "12345678951"
CARD_BAD_LUHN = "5500000000000005"
TRACKING_LUHN_VALID = "7281933001249"


def test_fixtures_are_what_they_claim() -> None:
    for number in (TCKN_A, TCKN_B, TCKN_C, TCKN_D):
        assert tckimlik.is_valid(number)
    for number in (ORDER_11_NOT_TCKN, ORDER_11_BAD_CHECKSUM):
        assert not tckimlik.is_valid(number)
    for number in (IBAN_A, IBAN_B):
        assert iban.is_valid(number)
    for number in (CARD_VISA, CARD_MC, CARD_AMEX, TRACKING_LUHN_VALID):
        assert luhn.is_valid(number)
    assert not luhn.is_valid(CARD_BAD_LUHN)


CASES: list[tuple[str, str]] = [
    # TC kimlik no: checksum plus label words
    (f"TC kimlik numaram {TCKN_A}, siparişim gelmedi.", "TC kimlik numaram [TCKN], siparişim gelmedi."),
    (f"T.C. {TCKN_A} ve TCKN: {TCKN_B}", "T.C. [TCKN] ve TCKN: [TCKN_2]"),
    (f"kimlik no {TCKN_D}", "kimlik no [TCKN]"),
    (f"fatura bilgisi için {TCKN_C} kullanın", "fatura bilgisi için [TCKN] kullanın"),
    (f"İsmim Mehmet. TC'm {TCKN_C}. Kargo takip 7281933001245", "İsmim [AD]. TC'm [TCKN]. Kargo takip 7281933001245"),
    # 11-digit order numbers: failing the checksum, or labelled as an order
    (f"sipariş no {TCKN_A} nerede?", f"sipariş no {TCKN_A} nerede?"),
    (f"{TCKN_A} numaralı siparişim nerede?", f"{TCKN_A} numaralı siparişim nerede?"),
    (f"Siparişim {ORDER_11_BAD_CHECKSUM} gelmedi", f"Siparişim {ORDER_11_BAD_CHECKSUM} gelmedi"),
    (f"{ORDER_11_NOT_TCKN} ne zaman gelir", f"{ORDER_11_NOT_TCKN} ne zaman gelir"),
    # TC kimlik no in groups of 2-4 digits, one separator throughout; checksum and labels decide as unbroken
    ("TC kimlik no 1000 000 0146", "TC kimlik no [TCKN]"),
    ("TC kimlik no 100 000 001 46", "TC kimlik no [TCKN]"),
    ("100.000.001.46 kimlik numaram", "[TCKN] kimlik numaram"),
    ("TC: 1000-000-0146.", "TC: [TCKN]."),
    ("fatura için 1234 567 8950 kullanın", "fatura için [TCKN] kullanın"),
    ("TC 100 000 001 46 12 gündür bekliyorum", "TC [TCKN] 12 gündür bekliyorum"),
    (f"TC {TCKN_C} ve 100 000 001 46 aynı", "TC [TCKN] ve [TCKN] aynı"),
    # grouped order numbers: the closest label wins, the checksum must hold, neighbours are never glued in
    ("sipariş no 1000 000 0146 nerede?", "sipariş no 1000 000 0146 nerede?"),
    ("1000 000 0146 numaralı siparişim", "1000 000 0146 numaralı siparişim"),
    ("kargo takip 1000-000-0146", "kargo takip 1000-000-0146"),
    ("Siparişim 4815 1623 420 gelmedi", "Siparişim 4815 1623 420 gelmedi"),
    ("12345678 950 TL ödedim", "12345678 950 TL ödedim"),
    ("5017208482 100 000 001 46", "5017208482 [TCKN]"),
    ("toplam 1.000.000.014,60 TL", "toplam 1.000.000.014,60 TL"),
    # 10-digit order numbers starting with 5 vs bare mobile numbers
    ("Siparişim 5123456789 nerede", "Siparişim 5123456789 nerede"),
    ("5123456789", "5123456789"),
    ("sipariş no: 5321234567 iptal", "sipariş no: 5321234567 iptal"),
    ("5123456789 numaralı siparişim", "5123456789 numaralı siparişim"),
    ("5123456789 kargoya verildi mi?", "5123456789 kargoya verildi mi?"),
    ("sipariş 4815162342 tel 05321234567", "sipariş 4815162342 tel [TELEFON]"),
    ("Siparişim 4815162342, numaram 5321234567", "Siparişim 4815162342, numaram [TELEFON]"),
    ("tel 05321234567 5123456789 siparişim", "tel [TELEFON] 5123456789 siparişim"),
    ("532 123 45 67 beni arayın", "[TELEFON] beni arayın"),
    ("whatsapp 5321234567", "whatsapp [TELEFON]"),
    ("Telefonlarım 5321234567 ve 0533 987 65 43", "Telefonlarım [TELEFON] ve [TELEFON_2]"),
    # phone layouts
    ("+90 532 123 45 67", "[TELEFON]"),
    ("0 532 123 45 67 numaralı telefondan aradım", "[TELEFON] numaralı telefondan aradım"),
    ("Cep: 05321234567'den ulaşabilirsiniz", "Cep: [TELEFON]'den ulaşabilirsiniz"),
    ("(0532) 123 45 67 veya 0212 555 12 34", "[TELEFON] veya [TELEFON_2]"),
    ("0532-123-45-67 / 0532.123.45.67", "[TELEFON] / [TELEFON]"),
    ("+905321234567 ve 05321234567 aynı numara", "[TELEFON] ve [TELEFON] aynı numara"),
    ("0090 216 123 45 67 iş yerim", "[TELEFON] iş yerim"),
    ("0532.123.45.67 arayın", "[TELEFON] arayın"),
    ("0 (532) 123 45 67", "[TELEFON]"),
    ("+90 532 123 4567 ve 0532-123-4567", "[TELEFON] ve [TELEFON]"),
    # e-mail, with Turkish letters in and around it
    ("ayse.yilmaz@gmail.com adresime fatura gönderin", "[EPOSTA] adresime fatura gönderin"),
    ("E-postam: şükrü.öztürk@örnek.com.tr'dir.", "E-postam: [EPOSTA]'dir."),
    ("Mail:İpek_Çelik@firma.com.tr, yedek ipek@x.co", "Mail:[EPOSTA], yedek [EPOSTA_2]"),
    # IBAN with and without spaces (mod-97 checked)
    ("IBAN: TR33 0006 1005 1978 6457 8413 26 hesabıma iade", "IBAN: [IBAN] hesabıma iade"),
    (f"iade {IBAN_B}'e yapılsın", "iade [IBAN]'e yapılsın"),
    ("IBAN: TR33.0006.1005.1978.6457.8413.26", "IBAN: [IBAN]"),
    ("tr33 0006 1005 1978 6457 8413 26 hesabıma", "[IBAN] hesabıma"),
    ("TR33-0006-1005-1978-6457-8413-26", "[IBAN]"),
    ("IBAN TR33.0006.1005.1978.6457.8413.27 yanlış", "IBAN TR33.0006.1005.1978.6457.8413.27 yanlış"),
    # cards: Luhn decides; tracking numbers survive
    ("4111 1111 1111 1111 kartımdan iki kez çekildi", "[KART] kartımdan iki kez çekildi"),
    (f"kart {CARD_MC} ve {CARD_BAD_LUHN}", f"kart [KART] ve {CARD_BAD_LUHN}"),
    ("3782 822463 10005 ile ödedim", "[KART] ile ödedim"),
    ("5500-0000-0000-0004 numaralı kart", "[KART] numaralı kart"),
    ("4111.1111.1111.1111 ile ödedim", "[KART] ile ödedim"),
    ("kart 4111.1111.1111.1112 reddedildi", "kart 4111.1111.1111.1112 reddedildi"),
    # card expiry and CVV: only right after their own label
    ("son kullanma 12/27 cvv 123", "son kullanma [SKT] cvv [CVV]"),
    ("SKT: 12/2027", "SKT: [SKT]"),
    ("son kullanma tarihi 12-27", "son kullanma tarihi [SKT]"),
    ("exp 12/27", "exp [SKT]"),
    ("güvenlik kodu 123", "güvenlik kodu [CVV]"),
    ("cvc: 1234", "cvc: [CVV]"),
    ("CVV2 123", "CVV2 [CVV]"),
    ("kartın arkasındaki 3 haneli kod 123", "kartın arkasındaki 3 haneli kod [CVV]"),
    ("Kartımın son kullanma tarihi de 1/28, CVV kodu: 456", "Kartımın son kullanma tarihi de [SKT], CVV kodu: [CVV]"),
    ("SON KULLANMA TARİHİ 09/26 GÜVENLİK KODU 456", "SON KULLANMA TARİHİ [SKT] GÜVENLİK KODU [CVV]"),
    (
        "SKT 12/27, yeni kartın SKT'si 01/30, eskisi exp 12-27",
        "SKT [SKT], yeni kartın SKT'si [SKT_2], eskisi exp [SKT]",
    ),
    ("güvenlik kodu 532 123 45 67", "güvenlik kodu [TELEFON]"),
    ("Kargo takip no 7281933001245", "Kargo takip no 7281933001245"),
    (f"paket {TRACKING_LUHN_VALID} hâlâ yolda", f"paket {TRACKING_LUHN_VALID} hâlâ yolda"),
    # amounts, dates, coupon and invoice codes
    ("Tutar 249,90 TL, toplam 1.249,90 TL", "Tutar 249,90 TL, toplam 1.249,90 TL"),
    ("12 Kasım'da, yani 12.11.2026 tarihinde", "12 Kasım'da, yani 12.11.2026 tarihinde"),
    ("INDIRIM50 kuponu, fatura GIB2026000012345", "INDIRIM50 kuponu, fatura GIB2026000012345"),
    ("12/27'de sipariş verdim", "12/27'de sipariş verdim"),
    ("12/11/2026 tarihinde sipariş verdim", "12/11/2026 tarihinde sipariş verdim"),
    ("3 gün önce 349,90 TL ödedim, kupon INDIRIM50", "3 gün önce 349,90 TL ödedim, kupon INDIRIM50"),
    ("5017208482 nolu siparişim 2 adet", "5017208482 nolu siparişim 2 adet"),
    ("son kullanma tarihi 12/11/2026 olan ürün", "son kullanma tarihi 12/11/2026 olan ürün"),
    ("Son kullanma tarihi geçti mi? 12/27'de aldım", "Son kullanma tarihi geçti mi? 12/27'de aldım"),
    ("son kullanma tarihi. 12/27'de sipariş verdim", "son kullanma tarihi. 12/27'de sipariş verdim"),
    ("güvenlik kodu gelmedi, 3 kez denedim", "güvenlik kodu gelmedi, 3 kez denedim"),
    ("güvenlik kodu yüzünden 250 TL kesildi", "güvenlik kodu yüzünden 250 TL kesildi"),
    ("expres kargo 12/27 teslim", "expres kargo 12/27 teslim"),
    # person names
    ("Merhaba, adım Şükrü Öztürk. Siparişim gelmedi.", "Merhaba, adım [AD]. Siparişim gelmedi."),
    ("Merhaba ben İpek Çelik, siparişim 4815162342 nerede?", "Merhaba ben [AD], siparişim 4815162342 nerede?"),
    ("ismim Ayşe, soyadım Yılmaz", "ismim [AD], soyadım [AD_2]"),
    ("adım soyadım Ayşe Yılmaz", "adım soyadım [AD]"),
    ("Ad Soyad: Mehmet Ali Kaya", "Ad Soyad: [AD]"),
    ("Adım Ayşe Hanım", "Adım [AD] Hanım"),
    ("İsmim AYŞE YILMAZ", "İsmim [AD]"),
    ("Ben Aras Kargo'dan aldım, hâlâ gelmedi", "Ben Aras Kargo'dan aldım, hâlâ gelmedi"),
    ("Ben de bekliyorum. Ben Ayşe'yim.", "Ben de bekliyorum. Ben [AD]'yim."),
    ("Sayın Müşterimiz, siparişiniz kargoda", "Sayın Müşterimiz, siparişiniz kargoda"),
    ("Saygılarımla, Ayşe Yılmaz", "Saygılarımla, [AD]"),
    ("Siparişim gelmedi.\nSaygılar,\nİpek Çelik", "Siparişim gelmedi.\nSaygılar,\n[AD]"),
    # addresses: the maximal run of components with a street-level anchor
    (
        "Adresim: Caferağa Mah. Moda Cad. No: 12/3 D:5 Kadıköy/İstanbul, teslim edilmedi",
        "Adresim: [ADRES], teslim edilmedi",
    ),
    (
        "Kızılay Mahallesi Atatürk Bulvarı No:25 Kat 2 Daire 5 Çankaya, Ankara adresine",
        "[ADRES] adresine",
    ),
    ("Yeni adres: 1453. Sokak No:7 D:2 34710 Kadıköy/İstanbul", "Yeni adres: [ADRES]"),
    ("Gül Apt. Kat 3, Bağdat Cd. yakınında", "[ADRES] yakınında"),
    ("Sipariş No: 12345678 ve İstanbul şubesi", "Sipariş No: 12345678 ve İstanbul şubesi"),
    ("LOGİTECH POWERBANK 20000 MAH ve Anker 10000 mAh", "LOGİTECH POWERBANK 20000 MAH ve Anker 10000 mAh"),
    ("Trendyol sitesi açılmıyor", "Trendyol sitesi açılmıyor"),
    ("MODA MAH. BAHARİYE CAD. NO:5 KADIKÖY/İSTANBUL", "[ADRES]"),
    # everything together, and placeholders already present
    (
        f"Merhaba, adım Şükrü Öztürk, TC {TCKN_A}. Sipariş 4815162342 için 0532 123 45 67'den arayın. "
        "Adres: Moda Cad. No:5 Kadıköy/İstanbul",
        "Merhaba, adım [AD], TC [TCKN]. Sipariş 4815162342 için [TELEFON]'den arayın. Adres: [ADRES]",
    ),
    ("[TELEFON] ve 05339876543", "[TELEFON] ve [TELEFON_2]"),
    ("Adım [AD], tel [TELEFON], TC [TCKN]", "Adım [AD], tel [TELEFON], TC [TCKN]"),
    ("SKT [SKT], CVV [CVV], yeni kart cvv 789", "SKT [SKT], CVV [CVV], yeni kart cvv [CVV_2]"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mask_table(text: str, expected: str) -> None:
    assert mask(text).text == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mask_is_idempotent(text: str, expected: str) -> None:
    again = mask(expected)
    assert again.text == expected
    assert again.spans == ()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spans_point_at_value_and_placeholder(text: str, expected: str) -> None:
    result = mask(text)
    previous_end = 0
    for span in result.spans:
        assert span.start >= previous_end
        previous_end = span.end
        assert result.text[span.masked_start : span.masked_end] == span.placeholder
        assert span.placeholder.startswith("[") and span.placeholder.endswith("]")
        assert result.map_span(span.start, span.end) is None
    assert [(s.type, s.start, s.end) for s in result.spans] == find_pii(text)


def test_span_types_and_placeholders() -> None:
    text = (
        f"TC {TCKN_A}, tel 05321234567, ali@x.com, {IBAN_A}, kart {CARD_VISA}, adım Ayşe Yılmaz, "
        "Moda Cad. No:5 Kadıköy/İstanbul"
    )
    result = mask(text)
    assert [(s.type, s.placeholder) for s in result.spans] == [
        ("tckn", "[TCKN]"),
        ("phone", "[TELEFON]"),
        ("email", "[EPOSTA]"),
        ("iban", "[IBAN]"),
        ("card", "[KART]"),
        ("person", "[AD]"),
        ("address", "[ADRES]"),
    ]
    assert all(isinstance(span, PiiSpan) for span in result.spans)


def test_same_value_same_placeholder_different_value_next_number() -> None:
    result = mask("05321234567, +90 532 123 45 67, 0533 111 22 33, 0532 123 45 67")
    assert result.text == "[TELEFON], [TELEFON], [TELEFON_2], [TELEFON]"
    names = mask("Adım Ayşe Işık. Saygılarımla,\nAYŞE IŞIK")
    assert names.text == "Adım [AD]. Saygılarımla,\n[AD]"


def test_existing_placeholder_names_are_not_reused() -> None:
    result = mask("[TELEFON_2] eski, yeni 05321234567 ve 05331112233")
    assert result.text == "[TELEFON_2] eski, yeni [TELEFON] ve [TELEFON_3]"


def test_originals_maps_placeholders_back() -> None:
    text = "Tel 0532 123 45 67, yine 05321234567; e-posta ayşe@örnek.com; adım İpek Çelik"
    result = mask(text)
    assert result.originals(text) == {
        "[TELEFON]": "0532 123 45 67",
        "[EPOSTA]": "ayşe@örnek.com",
        "[AD]": "İpek Çelik",
    }
    assert mask("sipariş 4815162342").originals("sipariş 4815162342") == {}


def test_new_forms_keep_their_originals() -> None:
    text = (
        "TC 100 000 001 46, IBAN TR33.0006.1005.1978.6457.8413.26, tel 0532.123.45.67, "
        "kart 4111.1111.1111.1111 son kullanma 12/27 cvv 123"
    )
    result = mask(text)
    assert result.text == "TC [TCKN], IBAN [IBAN], tel [TELEFON], kart [KART] son kullanma [SKT] cvv [CVV]"
    assert [span.type for span in result.spans] == ["tckn", "iban", "phone", "card", "card_expiry", "cvv"]
    assert result.originals(text) == {
        "[TCKN]": "100 000 001 46",
        "[IBAN]": "TR33.0006.1005.1978.6457.8413.26",
        "[TELEFON]": "0532.123.45.67",
        "[KART]": "4111.1111.1111.1111",
        "[SKT]": "12/27",
        "[CVV]": "123",
    }
    assert PLACEHOLDER_NAMES["card_expiry"] == "SKT" and PLACEHOLDER_NAMES["cvv"] == "CVV"
    assert leaked_pii(result.text) == []
    assert leaked_pii("kartın son kullanma tarihi 12/27, güvenlik kodu 123") == [
        ("card_expiry", "12/27"),
        ("cvv", "123"),
    ]


def test_map_span_simple_and_overlap() -> None:
    text = "tel 05321234567 sipariş 4815162342"
    result = mask(text)
    start = text.index("4815162342")
    mapped = result.map_span(start, start + 10)
    assert mapped is not None
    assert result.text[mapped[0] : mapped[1]] == "4815162342"
    assert result.map_span(0, 3) == (0, 3)
    phone_start = text.index("0532")
    assert result.map_span(phone_start, phone_start + 11) is None
    assert result.map_span(phone_start + 2, phone_start + 4) is None
    assert result.map_span(0, len(text)) is None


def _order_number(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(7, 10)))


def _tckn(rng: random.Random) -> str:
    base = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    digits = base + tckimlik.calc_check_digits(base)
    layouts = ("{}" * 11, "{}{}{} {}{}{} {}{}{} {}{}", "{}{}{}{}.{}{}{}.{}{}{}{}", "{}{}{}{}-{}{}{}-{}{}{}{}")
    return rng.choice(layouts).format(*digits)


def _phone(rng: random.Random) -> str:
    digits = f"5{rng.randint(0, 5)}{rng.randint(0, 9)}{rng.randint(1000000, 9999999)}"
    layouts = (
        "0{0}{1}{2} {3}{4}{5} {6}{7} {8}{9}",
        "+90 {0}{1}{2} {3}{4}{5} {6}{7} {8}{9}",
        "0{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}",
        "({0}{1}{2}) {3}{4}{5}-{6}{7}-{8}{9}",
        "0{0}{1}{2}.{3}{4}{5}.{6}{7}.{8}{9}",
    )
    return rng.choice(layouts).format(*digits)


def _random_ticket(rng: random.Random) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """A ticket of shuffled fragments; returns the text, entity spans and PII spans in original offsets."""
    entities = [
        ("Sipariş ", _order_number(rng)),
        ("siparişim ", "5" + "".join(str(rng.randint(0, 9)) for _ in range(9))),
        ("takip no ", "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(12, 14)))),
        ("kupon ", "INDIRIM50"),
        ("tutar ", "1.249,90 TL"),
        ("tarih ", "12 Kasım"),
        ("fatura ", "GIB2026000012345"),
        ("beden ", "42"),
    ]
    pii = [
        ("TC ", _tckn(rng)),
        ("tel ", _phone(rng)),
        ("e-posta ", rng.choice(["ayşe@örnek.com.tr", "ali.veli@gmail.com"])),
        ("IBAN ", rng.choice([IBAN_A, "TR33 0006 1005 1978 6457 8413 26", IBAN_B, "TR33.0006.1005.1978.6457.8413.26"])),
        ("kart ", rng.choice([CARD_VISA, "4111 1111 1111 1111", CARD_MC, "4111.1111.1111.1111"])),
        (rng.choice(["son kullanma ", "SKT: ", "exp "]), rng.choice(["12/27", "01/2030", "9-28"])),
        (rng.choice(["cvv ", "CVC: ", "güvenlik kodu "]), rng.choice(["123", "4567"])),
        ("adım ", rng.choice(["Şükrü Öztürk", "İpek Çelik", "Ayşe"])),
        ("adres ", "Caferağa Mah. Moda Cad. No:12 D:3 Kadıköy/İstanbul"),
    ]
    fillers = ["merhaba,", "lütfen", "hâlâ gelmedi.", "yardım edin!", "teşekkürler,", "ve"]
    fragments = [(label, value, True) for label, value in rng.sample(entities, rng.randint(1, 5))]
    fragments += [(label, value, False) for label, value in rng.sample(pii, rng.randint(0, 4))]
    rng.shuffle(fragments)
    text = ""
    entity_spans: list[tuple[int, int]] = []
    pii_spans: list[tuple[int, int]] = []
    for label, value, is_entity in fragments:
        text += rng.choice(fillers) + " " + label
        (entity_spans if is_entity else pii_spans).append((len(text), len(text) + len(value)))
        text += value + " ; "
    return text, entity_spans, pii_spans


def test_map_span_random_tickets() -> None:
    rng = random.Random(20261126)
    for _ in range(500):
        text, entity_spans, pii_spans = _random_ticket(rng)
        result = mask(text)
        for start, end in entity_spans:
            mapped = result.map_span(start, end)
            assert mapped is not None, (text, text[start:end])
            assert result.text[mapped[0] : mapped[1]] == text[start:end], text
        for start, end in pii_spans:
            assert result.map_span(start, end) is None, (text, text[start:end])
            # As a whole token: a CVV's three digits may well occur inside an order or invoice number.
            assert not re.search(rf"(?<!\w){re.escape(text[start:end])}(?!\w)", result.text), text
        assert leaked_pii(result.text) == []
        assert mask(result.text).text == result.text


# Fragments glued at random: labels, numbers, names and address parts in orders no ticket would use, which is
# where a second pass could read something the first did not (an address run swallowing a phone's digits).
FUZZ_FRAGMENTS = (
    "tel", "sipariş", "no", "TC", "kimlik", "numaralı", "siparişim", "kart", "takip", "05321234567", "5321234567",
    "5123456789", TCKN_A, "532 123 45 67", "4111 1111 1111 1111", IBAN_A, "ali@x.com", "Adım", "adım", "Ayşe",
    "Yılmaz", "ben", "Ben", "Merhaba,", "Saygılarımla,", "\n", "Moda", "Cad.", "No:5", "Mah.", "Kadıköy/İstanbul",
    "D:3", "Kat", "2", "[TELEFON]", "[AD]", "[TCKN_2]", "'den", ",", ".", "arayın", "kargo", "Hanım",
    "7281933001245", "1.249,90", "TL", "12.11.2026", "Sayın", "İpek", "Çelik", "34710", "Sk.", "Apt.", "whatsapp",
    "0212 555 12 34", "100 000 001 46", "1000.000.0146", "4111.1111.1111.1111", "SKT:", "son kullanma", "cvv",
    "güvenlik kodu", "12/27", "123", "[SKT]", "[CVV_2]", "exp", "12/11/2026",
)  # fmt: skip


def test_mask_is_idempotent_on_random_fragments() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(
            rng.choice(FUZZ_FRAGMENTS) + rng.choice([" ", " ", "", ": ", ", "]) for _ in range(rng.randint(1, 12))
        )
        masked = mask(text).text
        assert mask(masked).text == masked, text
        assert leaked_pii(masked) == [], text


def test_leaked_pii_on_masked_and_unmasked_text() -> None:
    text = f"Sipariş 4815162342, tel 0532 123 45 67, TC {TCKN_A}, ali@x.com, adım İpek Çelik"
    assert leaked_pii(text) == [
        ("phone", "0532 123 45 67"),
        ("tckn", TCKN_A),
        ("email", "ali@x.com"),
        ("person", "İpek Çelik"),
    ]
    assert leaked_pii(mask(text).text) == []
    assert leaked_pii("sipariş no 5123456789, takip 7281933001245, 1.249,90 TL") == []


def test_mask_result_is_frozen() -> None:
    result = mask("tel 05321234567")
    assert isinstance(result, MaskResult)
    with pytest.raises(AttributeError):
        result.text = "x"  # type: ignore[misc]
