"""Deterministic entity candidates: the identifiers, amounts, dates and carriers that patterns find better than a
270M model copies them.

Why beside the model: order and tracking numbers, invoice numbers, amounts, dates and carrier names have forms
that rules describe exactly (digits in groups, "1.249,90 TL", "3 gün önce", "yurtiçi"), and a wrong digit in an
order number sends the whole draft to the wrong order. The model keeps what only it can judge (the product as
the customer names it, the return reason, the size) and the intent. Where the customer is known, a number is
checked against their own orders and shipments: an order number that is theirs is an order number, whatever
the text around it says, and a tracking number of their shipment is never taken for an order number. A
catalogue product named word for word is a product candidate too, and so is a product the customer ordered
named by its kind alone ("dambıl setinin", "şampuan"): the model then only has to find the products neither
can spell.

Every candidate is a span of the masked text (`text[start:end] == value`), like the model's entities.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache

from sqlmodel import Session, col, or_, select

from db.contract import load_contract
from db.models import Coupon, Order, OrderItem, Product, Shipment
from serving.output import Entity
from serving.prompt import PATTERN_ENTITY_TYPES

ORDER_DIGITS = range(8, 12)
# Carriers print 10 to 14 digits (UPS and Sürat 10, MNG 11, Yurtiçi 12, Aras and PTT 13, HepsiJet 14).
TRACKING_DIGITS = range(10, 15)

# One character in, one character out: Turkish letters to ASCII and lower case, so that a single pattern
# reads "Gündür", "GUNDUR" and "gundur", and match offsets are offsets into the original text.
_ASCII_FOLD = str.maketrans("ÇĞİIÖŞÜçğıöşüÂâÎîÛû", "cgiiosucgiosuaaiiuu")


def fold_ascii(text: str) -> str:
    """Lower case and Turkish letters as ASCII, one character for one, so offsets into it are offsets into text."""
    folded = text.translate(_ASCII_FOLD)
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


_TURKISH_LETTERS = re.compile("[çğıöşüÇĞİÖŞÜ]")


def writes_turkish_letters(text: str) -> bool:
    """Whether the text uses Turkish letters at all: then "hali" is not "halı", while an ASCII-only writer
    means either."""
    return _TURKISH_LETTERS.search(text) is not None


def spelt_as(written: str, name: str) -> bool:
    """Whether `written` spells `name` letter for letter (case aside), Turkish letters included, given that both
    fold to the same text. A capital I reads either way: a brand's "IKEA" is "ikea", a "Işık" is "ışık"."""
    return all(w.lower() == n.lower() or "I" in (w, n) or "İ" in (w, n) for w, n in zip(written, name, strict=True))


@dataclass(frozen=True)
class KnownFacts:
    """What the backend knows about the ticket's customer (numbers a candidate can be checked against) and the
    catalogue's products as customers write them (`product_mentions`)."""

    order_numbers: frozenset[str] = frozenset()
    tracking_numbers: frozenset[str] = frozenset()
    coupon_codes: frozenset[str] = field(default_factory=frozenset)  # folded with `fold_ascii`
    product_mentions: frozenset[str] = field(default_factory=frozenset)  # folded with `fold_ascii`
    own_product_mentions: frozenset[str] = field(default_factory=frozenset)  # `own_product_mentions`, as named


def known_facts(session: Session, customer_id: int | None) -> KnownFacts:
    """The customer's order and tracking numbers, the coupon codes they may use (general ones and their own) and
    the short names of the products they ordered; without a customer, only the general coupon codes."""
    orders: list[str] = []
    tracking: list[str] = []
    ordered: list[tuple[str, str]] = []
    if customer_id is not None:
        ordered = list(
            session.exec(
                select(Product.name, Product.brand)
                .join(OrderItem, col(OrderItem.product_id) == Product.id)
                .join(Order, col(Order.id) == OrderItem.order_id)
                .where(Order.customer_id == customer_id)
                .distinct()
            )
        )
        orders = list(session.exec(select(Order.order_number).where(Order.customer_id == customer_id)))
        tracking = list(
            session.exec(
                select(Shipment.tracking_number)
                .join(Order, col(Order.id) == Shipment.order_id)
                .where(Order.customer_id == customer_id)
            )
        )
    owner = col(Coupon.customer_id).is_(None)
    if customer_id is not None:
        owner = or_(owner, Coupon.customer_id == customer_id)
    codes = session.exec(select(Coupon.code).where(owner))
    products = session.exec(select(Product.name, Product.brand, Product.category))
    return KnownFacts(
        frozenset(orders),
        frozenset(tracking),
        frozenset(fold_ascii(code) for code in codes),
        frozenset(m for name, brand, category in products for m in product_mentions(name, brand, category)),
        frozenset(m for name, brand in ordered for m in own_product_mentions(name, brand)),
    )


#: Words of a trailing specification that customers leave out ("Xiaomi Tablet 10.1 inç" is "xiaomi tablet").
_SPEC_UNITS = frozenset({"ml", "l", "lt", "g", "gr", "kg", "m", "cm", "mm", "inc", "gb", "tb", "mah", "w", "numara"})


def _without_spec(name: str) -> str:
    """`name` without a trailing specification: from the first word with a digit on, when every word from
    there is a number or a unit ("Halı 160x230", "Şampuan 500 ml", "Bebek Bezi 5 Numara"); "iPhone 15 Kılıf"
    and "Güneş Kremi SPF 50" keep theirs: a word that is not a unit follows the number, or the number belongs to
    the capitals before it."""
    words = name.split()
    for i, word in enumerate(words):
        if any(c.isdigit() for c in word):
            spec = all(any(c.isdigit() for c in w) or fold_ascii(w) in _SPEC_UNITS for w in words[i:])
            if i and spec and not words[i - 1].isupper():
                return " ".join(words[:i])
            break
    return name


def product_mentions(name: str, brand: str, category: str) -> list[str]:
    """How a customer names a catalogue product word for word, folded: the full name, the name without its
    brand ("siyah deri ceket" for "LC Waikiki Siyah Deri Ceket"), both without a trailing specification
    ("xiaomi tablet" for "Xiaomi Tablet 10.1 inç"), and a book by its title ("calikusu" for
    "Çalıkuşu - Reşat Nuri Güntekin"). Only forms of two words or more, and titles of five letters or more:
    one common word ("kablo") or a number ("1984") is not enough to say which product a ticket means."""
    forms = [name]
    if name.startswith(brand + " "):
        forms.append(name[len(brand) + 1 :])
    if category != "kitap":
        forms.extend([_without_spec(form) for form in forms])
    if category == "kitap" and " - " in name:
        title = name.split(" - ")[0]
        forms.append(title)
    kept = []
    for form in dict.fromkeys(fold_ascii(f).strip() for f in forms):
        words = form.split()
        if len(words) >= 2 or (category == "kitap" and sum(c.isalpha() for c in form) >= 5):
            kept.append(form)
    return kept


#: Colour words a product name carries after its brand ("Columbia Kırmızı Dambıl Seti"), folded: customers
#: name the product without them ("dambıl setinin bir tanesi çatlamış").
_COLOURS = frozenset(
    fold_ascii(c)
    for c in [
        "Siyah",
        "Beyaz",
        "Lacivert",
        "Gri",
        "Bej",
        "Haki",
        "Bordo",
        "Ekru",
        "Mavi",
        "Kırmızı",
        "Yeşil",
        "Pembe",
        "Mor",
        "Sarı",
        "Turuncu",
        "Kahverengi",
        "Krem",
        "Antrasit",
        "Lila",
        "Vizon",
        "Füme",
        "Altın",
        "Gümüş",
        "Turkuaz",
        "Pudra",
        "Hardal",
        "Taba",
        "Camel",
        "Ten",
        "Kemik",
        "Indigo",
    ]
)


def own_product_mentions(name: str, brand: str) -> list[str]:
    """How a customer names a product they ordered, as the catalogue writes it: its kind, without brand, colour
    or trailing specification ("Dambıl Seti", "Şampuan" for "Bioderma Şampuan 500 ml"), and the brand with the
    kind ("Puma Sneaker" for "Puma Yeşil Sneaker"). Unlike `product_mentions`, a single common word counts
    here: "şampuan" in a ticket of a customer who ordered one shampoo names that product, while across the
    whole catalogue it would name none. Forms of fewer than four letters ("Çay") are left out. Not folded,
    because one word folds onto others: "Halı" (a rug) onto "hali" ("liste halinde", "PDF halini"), which
    `extract` tells apart when the ticket writes Turkish letters (`spelt_as`)."""
    rest = name[len(brand) + 1 :] if name.startswith(brand + " ") else name
    words = _without_spec(rest).split()
    while words and fold_ascii(words[0]) in _COLOURS:
        words = words[1:]
    if not words:
        return []
    kind = " ".join(words)
    forms = (kind, f"{brand} {kind}")
    return [f for f in forms if sum(c.isalpha() for c in f) >= 4]


# ── Numbers ─────────────────────────────────────────────────────────────────────────────────────────────

# A run of digit groups joined by single spaces, dashes or dots ("481 516 2342", "5875-082110", "4815.162.342").
_DIGIT_RUN = re.compile(r"(?<![\w.,])\d+(?:[ \-.]\d+)*(?![\w])")
_GROUP_SEPARATOR = re.compile(r"[ \-.]")
_AMOUNT_AFTER = re.compile(r"\s?(?:tl|lira|₺)", re.IGNORECASE)
_TRACKING_CUE = re.compile(r"(?:takip|gonderi|kargo|barkod)(?: no\b| kodu| numarasi)?")
_ORDER_CUE = re.compile(r"siparis|order|\bno\b|nolu|numarali")
_INVOICE = re.compile(r"(?<!\w)gib\d{10,16}(?!\w)")


def _number_candidates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) for each number of 8 to 13 digits as written, groups joined.

    A first group that is already 8+ digits long is a number on its own: "4815162342 3 gündür" is an order
    number and a day count, not 11 digits. Shorter first groups are joined with the groups that follow while
    the digits fit ("481 516 2342").
    """
    found = []
    for match in _DIGIT_RUN.finditer(text):
        if _AMOUNT_AFTER.match(text, match.end()) or "," in match.group():
            continue
        groups = [(m.start(), m.end()) for m in re.finditer(r"\d+", match.group())]
        base = match.start()
        i = 0
        while i < len(groups):
            start, end = groups[i]
            digits = match.group()[start:end]
            j = i
            if len(digits) < ORDER_DIGITS.start:
                while j + 1 < len(groups) and len(digits) < TRACKING_DIGITS.stop - 1:
                    nxt = match.group()[groups[j + 1][0] : groups[j + 1][1]]
                    if len(digits) + len(nxt) > TRACKING_DIGITS.stop - 1:
                        break
                    digits += nxt
                    j += 1
                    end = groups[j][1]
            if ORDER_DIGITS.start <= len(digits) < TRACKING_DIGITS.stop:
                found.append((base + start, base + end, digits))
            i = j + 1
    return found


# What a number is, said right after it: "4815162342 numaralı sipariş", "7281933001 takip numaralı kargo".
_ORDER_AFTER = re.compile(r"[ .,:]*(?:numarali |nolu |no'lu |no )?siparis")
_TRACKING_AFTER = re.compile(r"[ .,:]*(?:(?:takip|gonderi|kargo takip) (?:numarali|nolu|no|kodlu)|nolu gonderi)")


def _number_type(folded: str, start: int, digits: str, known: KnownFacts, end: int | None = None) -> str:
    """order_number or tracking_number: the customer's own rows first, then the words right after it, then the
    words before it, then length."""
    if digits in known.order_numbers:
        return "order_number"
    if digits in known.tracking_numbers:
        return "tracking_number"
    if end is not None:
        if _TRACKING_AFTER.match(folded, end):
            return "tracking_number"
        if _ORDER_AFTER.match(folded, end) and len(digits) in ORDER_DIGITS:
            return "order_number"
    before = folded[max(0, start - 30) : start]
    tracking_cues = [m.end() for m in _TRACKING_CUE.finditer(before) if m.group() != "kargo"]
    order_cues = [m.start() for m in _ORDER_CUE.finditer(before)]
    if tracking_cues and (not order_cues or tracking_cues[-1] >= order_cues[-1]):
        return "tracking_number"
    return "order_number" if len(digits) in ORDER_DIGITS else "tracking_number"


# ── Amounts ─────────────────────────────────────────────────────────────────────────────────────────────

_NUMBER_WORDS = "bir|iki|uc|dort|bes|alti|yedi|sekiz|dokuz|on|yirmi|otuz|kirk|elli|altmis|yetmis|seksen|doksan|yuz|bin"
# The currency, and after "lira" a case ending written without an apostrophe ("12 bin liralık alışveriş",
# "500 liraya", "200 liradan"): the ending stays outside the span, as after an apostrophe ("1.500 TL'lik").
_CURRENCY = r"(?:(?:tl|₺)(?!\w)|lira(?=(?:li[kg]\w{0,3}|y[aiu]|yla|dan?|nin|mi?z?)?(?!\w)))"
# What a number with two decimals may measure instead of money ("1,80 boyunda", "2,50 metre", "4,75 puan").
_MEASURE_UNITS = r"(?:m|cm|mm|km|kg|gr?|lt?|ml|metre|inc|gb|tb|mah|w|watt|v|volt|kilo|boy\w*|puan|yildiz|derece|adet)"
_AMOUNT = re.compile(
    rf"(?<![\w.,])(?:₺\s?\d+(?:[.\s]\d{{3}})*(?:,\d{{1,2}})?(?!\d)"
    rf"|\d{{1,3}}(?:[.\s]\d{{3}})+(?:,\d{{1,2}})?\s?{_CURRENCY}"
    rf"|\d+(?:,\d{{1,2}})?\s?{_CURRENCY}"
    rf"|\d+(?:,\d{{1,2}})?\s?bin\s{_CURRENCY}"
    rf"|(?:(?:{_NUMBER_WORDS})\s)+{_CURRENCY}"  # round sums in words: "bin lira", "iki bin bes yuz tl"
    # a price with kuruş and no currency, as a receipt or the basket shows it ("toplam 249,89 yazıyordu")
    rf"|(?<!%)(?<!saat )\d{{1,3}}(?:\.\d{{3}})*,\d{{2}}(?![\w,]|\s?{_MEASURE_UNITS}(?!\w)))"
)


# ── Dates ───────────────────────────────────────────────────────────────────────────────────────────────

_MONTHS = "ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik"
_WEEKDAYS = "pazartesi|sali|carsamba|persembe|cumartesi|cuma|pazar"
# "cumaya yetişsin", "salıdan beri": the day is the span, the case ending stays outside. Not after "pazar",
# whose "pazara", "pazarda" are the market.
_WEEKDAY_SUFFIX = r"(?<!pazar)(?:ya|ye|dan|den|da|de)"
# "24 kasımda", "3 aralıkta", "2 ekimden beri": a month's case ending is often written without the apostrophe;
# as after one ("24 Kasım'da"), the ending stays outside the span.
_MONTH_SUFFIX = r"(?=(?:[dt][ae](?:n|ki)?|y?[ae]|n?[iu]n)?(?!\w))"
_DATE = re.compile(
    rf"(?<!\w)\d{{1,2}} (?:{_MONTHS}){_MONTH_SUFFIX}"
    r"|(?<!\w)(?:\d{1,3} gun (?:once|evvel)|\d{1,3} gundur|(?:\d{1,2}|bir|iki|uc) hafta (?:once|dir)"
    r"|dun|bugun|evvelsi gun|onceki gun|(?:gecen|gectigimiz) (?:hafta|ay|yil|sene))(?!\w)"
    rf"|(?<!\w)(?:gecen )?(?:{_WEEKDAYS})(?=[ .,!?'’]|$|{_WEEKDAY_SUFFIX}(?!\w))"
)
# A weekday that names a schedule, not a day in the past: "pazar günleri", "cuma namazı" are not dates here.
_NOT_A_DAY_AFTER = re.compile(r" (?:gunleri|namazi|pazari|yeri)(?!\w)")


# ── Carriers, coupons and catalogue products ──────────────────────────────────────────────────────────

#: Spellings customers use beside the contract's carrier names (ASCII-folded, lower case).
_CARRIER_EXTRA = {
    "Yurtiçi Kargo": ("yurt ici", "yurtici"),
    "Trendyol Express": ("trendyol ekspres", "trendyol express", "tex"),
    "HepsiJet": ("hepsi jet", "hepsijet"),
    "Kolay Gelsin": ("kolaygelsin",),
    "Sürat Kargo": ("surat kargo",),
    "UPS": ("ups kargo",),
}


@cache
def _carrier_pattern() -> re.Pattern[str]:
    """Every carrier spelling, longest first, with up to four letters of case suffix ("arastan"): one alternation."""
    spellings: set[str] = set()
    for carrier in load_contract().carriers:
        folded = fold_ascii(carrier)
        spellings.add(folded)
        spellings.add(re.sub(r"\s*kargo$", "", folded))
        spellings.update(_CARRIER_EXTRA.get(carrier, ()))
    spellings.discard("")
    alternation = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?=['’]|\w{{0,4}}(?!\w))")


_COUPON_SHAPE = re.compile(r"(?<!\w)[a-zçğıöşü]{3,}\d{1,4}(?!\w)", re.IGNORECASE)
_COUPON_CUE = re.compile(r"kupon|kod|indirim|uygula")
# Codes as shops print them, in capitals: "BLACKFRIDAY kodu", "kod: OZEL1F9BP7". Not inside a masked
# placeholder ("[TELEFON_2]"), and 6 characters at least, so "ACİL" or "KDV" written in capitals are not codes.
_CAPITALS_CODE = re.compile(r"(?<![\w\[])[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ0-9]{5,19}(?![\w\]])")
# "X kodu", "X kuponu", and typing it in: "X yazıp", "X girince", "X girdiğimde" (on folded text)
_CODE_WORD_AFTER = re.compile(r"\s(?:kod|kupon|indirim kod|kampanya kod|yazip|girince|girdigimde)")
_CODE_WORD_BEFORE = re.compile(r"(?:kod|kupon)\w*\s?:?\s$")  # on folded text
_SHOUTING = 0.5  # share of capitals among the letters from which a ticket is written in capitals throughout
_MASKED = re.compile(r"\[[A-ZÇĞİÖŞÜ]+(?:_\d+)?\]")  # "[TELEFON]", "[ADRES_2]": capitals the customer did not write


def _capitals_code_spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Coupon codes written in capitals in a ticket that mentions a coupon: letters with digits anywhere in it
    ("OZEL1F9BP7"), letters alone only right next to a coupon word or typing it in ("BLACKFRIDAY kodu", "kod:
    YAZINDIRIMI", "YAZINDIRIMI yazıp uygula").

    Why capitals: a code without digits looks like any word, and case is the one thing that sets it apart. A
    ticket written all in capitals says nothing that way, so it gets none of these."""
    # Whether the customer shouts is read from the other words: neither the candidate codes nor the masked
    # placeholders count, so "BLACKFRIDAY kodu geçmiyor [TELEFON]" is not a ticket in capitals.
    rest = _CAPITALS_CODE.sub(" ", _MASKED.sub(" ", text))
    letters = [c for c in rest if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) / len(letters) >= _SHOUTING:
        return []
    spans = []
    for match in _CAPITALS_CODE.finditer(text):
        code = match.group()
        if _INVOICE.fullmatch(fold_ascii(code)):
            continue
        has_digits = any(c.isdigit() for c in code)
        beside_code_word = bool(
            _CODE_WORD_AFTER.match(folded, match.end())
            or _CODE_WORD_BEFORE.search(folded, max(0, match.start() - 16), match.start())
        )
        if (has_digits and sum(c.isalpha() for c in code) >= 3) or (not has_digits and beside_code_word):
            spans.append(match.span())
    return spans


def _product_pattern(mentions: frozenset[str]) -> re.Pattern[str] | None:
    """Product mentions, longest first, as whole words with up to four letters of case suffix outside the span
    ("siyah deri ceketin" names "siyah deri ceket"): one alternation."""
    if not mentions:
        return None
    alternation = "|".join(re.escape(m) for m in sorted(mentions, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?=['’]|\w{{0,4}}(?!\w))")


#: The whole catalogue's pattern, compiled once per catalogue (a customer's own products are compiled per ticket).
_catalogue_pattern = cache(_product_pattern)


# ── Sizes and return reasons ───────────────────────────────────────────────────────────────────────

# A size is a letter size or a garment/shoe number next to a word that makes it one: "38 numara", "L beden",
# "bedenim M", "XL olarak değişsin", "42 giyiyorum". Without such a word "40" is a count and "s" a letter.
_SIZE_SHAPE = re.compile(
    r"(?<![\w.,'’-])(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|2[4-9]|3\d|4\d|5[0-6]|\d{1,2}-\d{1,2} ay)(?![\w'’-])"
)
# "beden", the doubled letters people type ("beeden") and a letter dropped ("bden", "bedn", "been", "bdn")
_BEDEN = r"b+e+d+e+n|bde?n|bedn|been"
_SIZE_CUE_AFTER = re.compile(
    rf"[.,]? ?(?:(?:{_BEDEN}|numara(?!l))\w*"
    r"|(?:olarak|olsun|olur|olsa|yeter\w*|giy\w*|lazim|istiyorum|m[iu])(?!\w)"
    r"|(?:ile|ie) degis|al(?:mali|sam|mayi|ayim))"
)
# "yerine M gönderin", "yerine 39 gelsin": what an exchange asks for instead is a size.
_SIZE_CUE_BEFORE = re.compile(r"(?:beden(?:i|im|imiz)?|numara(?:m|si|mi|yi)?|boyut|yerine)\s?:?\s?$")
_SIZE_WORD = re.compile(_BEDEN)
_UNIT_AFTER_NUMBER = re.compile(r"\d\s?$")  # "2 m kablo": a letter right after a number is a unit, not a size
_CLAUSE_END = re.compile(r"\s*(?:[.,;!?]|$)")


def _size_spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Sizes (see _SIZE_SHAPE) with a size word right before or after them. A letter size needs less: in
    capitals in a ticket not typed in capitals ("XL", "M"), a two-letter one is a size wherever it stands; and
    any letter size is one when "beden" comes shortly before ("Beden değişimi talebi: 21467708, S", "beden
    degisimi talebi: 5820427725, l"), and so is a number that ends its clause there ("..., 44."). A number
    followed by TL is an amount, never a size."""
    shouting = text.isupper()
    spans = []
    for match in _SIZE_SHAPE.finditer(folded):
        start, end = match.span()
        written = text[start:end]
        capital_letters = written.isalpha() and written.isupper() and not shouting
        if _AMOUNT_AFTER.match(folded, end):
            continue
        if (
            _SIZE_CUE_AFTER.match(folded, end)
            or _SIZE_CUE_BEFORE.search(folded[max(0, start - 16) : start])
            or (capital_letters and len(written) > 1)
            or (
                (written.isalpha() or _CLAUSE_END.match(folded, end))
                and _SIZE_WORD.search(folded[max(0, start - 40) : start])
                and not _UNIT_AFTER_NUMBER.search(folded[max(0, start - 3) : start])
            )
        ):
            spans.append((start, end))
    return spans


_WORDS_AFTER_A_PRODUCT = frozenset({"size", "return_reason"})

RETURN_REASON_INTENTS = frozenset({"iade_baslat", "degisim_talebi"})
"""Intents whose ticket says why an item goes back: only there is a stated reason a return_reason entity."""

# Why an item goes back, as customers put it: a part of the item and what is wrong with it ("beden küçük
# geldi", "kalıbı dar", "rengi fotoğraftakinden farklı", "kumaşı çok kalitesiz"), or a verb phrase ("ürünü
# beğenmedim", "ayağımı vurdu", "yanlış beden seçmişim", "ihtiyacım kalmadı").
_PART = (
    r"beden(?:i)?|numara(?:si)?|kalib(?:i)?|kalip|rengi|renk|kumas(?:i)?|malzeme(?:si)?|kalite(?:si)?|boyu|boy"
    r"|kol(?:lari)?|kol boyu|paca(?:lari)?|olcu(?:leri)?|dikis(?:leri)?|model(?:i)?|fermuar(?:i)?|dugme(?:leri)?"
    r"|taban(?:i)?|urun|sesi|kokusu|boyutu|bebegime"
)
_FAULT = (
    r"kucuk|buyuk|dar|genis|bol|kisa|uzun|soluk|solmus|farkli|kalitesiz|kotu|ince|sert|sokuk|yirtik|lekeli"
    r"|bozuk|agir|sikiyor|terletiyor|kasiyor|ucuz duruyor|ucuz gorunuyor|kalitesiz duruyor"
)
_RETURN_REASON = re.compile(
    rf"(?<!\w)(?:(?:{_PART}) (?:(?:cok|biraz|fazla|asiri|epey) )?"
    r"(?:(?:fotograftakinden|gorseldekinden|resimdekinden|sitedekinden|bekledigimden) )?"
    rf"(?:{_FAULT})(?: (?:geldi|oldu|cikti|duruyor))?"
    # "mont dar geldi": a size that did not fit is a reason even when the product, not a part, comes before it.
    r"|(?:(?:cok|biraz|fazla|asiri|epey) )?(?:kucuk|buyuk|dar|genis|bol|kisa|uzun) geldi"
    r"|(?:(?:urunu|rengini|modelini|kumasini|kalibini|ayakkabiyi|urun) )?begenmedim"
    r"|(?:ayakkabi )?ayagimi (?:vurdu|vuruyor|sikiyor|sikti)"
    r"|yanlis (?:beden|numara|renk|urun) (?:secmisim|sectim|siparis etmisim|siparis ettim|almisim|aldim)"
    r"|(?:urun )?aciklama(?:daki|da yazdigi) gibi degil"
    r"|bekledigim gibi (?:cikmadi|degil|gelmedi)"
    r"|olculeri (?:tutmadi|uymadi)"
    r"|uzerimde (?:iyi )?durmadi|uzerime (?:olmadi|olmuyor|uymadi)|ustume olmadi"
    r"|(?:artik )?ihtiyacim kalmadi"
    r"|vazgectim|cildime (?:uymadi|iyi gelmedi)|son kullanma tarihi (?:yakin|gecmis|gecmek uzere)"
    r"|aynisindan iki tane gelmis"
    r"|fotografta daha guzel gorunuyordu)"
    r"(?!\w)"
)


def _carrier_spans(folded: str) -> list[tuple[int, int]]:
    """Carrier mentions; "kolay gelsin" is also how Turkish letters greet, so it needs "kargo" (or "şube",
    "kurye", "ile", an apostrophe's case ending: "Kolay Gelsin ile gelen", "Kolay Gelsin'den") after it, and
    "aras" followed by an i is a form of "aramak" or "ara", not Aras Kargo. In "aras kargom(u)" the customer's
    own parcel ("kargom": my parcel) follows the name, so the span is the name alone."""
    spans = []
    for match in _carrier_pattern().finditer(folded):
        start, end = match.span()
        if folded[start:end].endswith(" kargo") and folded.startswith("m", end):
            end -= len(" kargo")
        if folded[start:end] == "kolay gelsin" and not (
            re.match(r" (?:kargo|sube|kurye|ile(?!\w))|['’]", folded[end:])
            or folded[max(0, start - 8) : start].startswith("kargo")
        ):
            continue
        if folded[start:end] == "aras" and folded.startswith("i", end):  # "arasın" (call), "arasında" (between)
            continue
        spans.append((start, end))
    return spans


def extract(text: str, known: KnownFacts = KnownFacts(), intent: str | None = None) -> list[Entity]:
    """Pattern candidates in the masked `text`, sorted by position: the PATTERN_ENTITY_TYPES, sizes, and, when
    `intent` is a return or exchange (RETURN_REASON_INTENTS), the stated return reason; and the catalogue's
    products the ticket names word for word (`known.product_mentions`).

    Sizes and reasons are also the model's to write; patterns add what a 270M model misses (it wrote 8% of
    the held-out return reasons) and `merge` keeps the model's finds beside them."""
    folded = fold_ascii(text)
    entities: list[Entity] = []

    def add(entity_type: str, start: int, end: int) -> None:
        entity = Entity(entity_type, text[start:end], start, end)
        if entity not in entities:
            entities.append(entity)

    for start, end, digits in _number_candidates(text):
        add(_number_type(folded, start, digits, known, end), start, end)
    for match in _INVOICE.finditer(folded):
        add("invoice_number", *match.span())
    for match in _AMOUNT.finditer(folded):
        add("amount", *match.span())
    for match in _DATE.finditer(folded):
        if match.group()[0].isdigit() or not _NOT_A_DAY_AFTER.match(folded, match.end()):
            add("date", *match.span())
    for start, end in _carrier_spans(folded):
        add("cargo_company", start, end)
    coupon_context = _COUPON_CUE.search(folded) is not None
    for start, end in _size_spans(text, folded):
        add("size", start, end)
    if intent in RETURN_REASON_INTENTS:
        for match in _RETURN_REASON.finditer(folded):
            add("return_reason", *match.span())
    for match in _COUPON_SHAPE.finditer(text):
        code = fold_ascii(match.group())
        if code in known.coupon_codes or (coupon_context and not _INVOICE.fullmatch(code)):
            add("coupon_code", *match.span())
    for code in known.coupon_codes:
        for match in re.finditer(rf"(?<!\w){re.escape(code)}(?!\w)", folded):
            add("coupon_code", *match.span())
    if coupon_context:
        for start, end in _capitals_code_spans(text, folded):
            if not any(e.start < end and start < e.end for e in entities):  # a carrier or product in capitals
                add("coupon_code", start, end)
    products = _catalogue_pattern(known.product_mentions)
    if products is not None:
        for match in products.finditer(folded):
            add("product", *match.span())
    # The customer's own products by their kind ("dambıl seti"), where the catalogue found no name; spelt as
    # the product is when the ticket writes Turkish letters ("liste halinde" does not name their "halı").
    own = _product_pattern(frozenset(fold_ascii(m) for m in known.own_product_mentions))
    if own is not None:
        spelt = writes_turkish_letters(text)
        for match in own.finditer(folded):
            start, end = match.span()
            if spelt and not any(
                fold_ascii(name) == match.group() and spelt_as(text[start:end], name)
                for name in known.own_product_mentions
            ):
                continue
            if not any(e.type == "product" and e.start < end and start < e.end for e in entities):
                add("product", start, end)
    entities.sort(key=lambda e: (e.start, e.end))
    return entities


def merge(
    model_entities: Collection[Entity],
    candidates: Collection[Entity],
    *,
    catalogue: frozenset[str] = frozenset(),
) -> list[Entity]:
    """The draft's entities: the candidates, and the model's entities of the types it writes (product, size,
    return reason) that overlap no candidate of a pattern type or of their own type (a number the model called a
    product, a size both found). A product that runs into a size or reason ("Eşofman Altı XL") is cut before it.

    With the `catalogue` (`KnownFacts.product_mentions`), a model product none of whose words the catalogue
    knows is dropped: the 270M model sometimes spans a phrase ("elime ulaştı") as the product, and the tool
    call would then look that up."""
    kept = []
    for entity in model_entities:
        if entity.type in PATTERN_ENTITY_TYPES or any(
            entity.start < c.end and c.start < entity.end and (c.type in PATTERN_ENTITY_TYPES or c.type == entity.type)
            for c in candidates
        ):
            continue
        if entity.type == "product" and catalogue and not _names_a_catalogue_word(entity.value, catalogue):
            continue
        entity = _product_before(_without_product_label(entity), candidates)
        if entity is not None:
            kept.append(entity)
    return sorted([*kept, *candidates], key=lambda e: (e.start, e.end))


@cache
def _catalogue_stems(catalogue: frozenset[str]) -> frozenset[str]:
    """The first four letters of every catalogue word of four letters or more, and the shorter words whole."""
    return frozenset(word[:4] for mention in catalogue for word in re.findall(r"[a-z]{3,}", mention))


def _names_a_catalogue_word(value: str, catalogue: frozenset[str]) -> bool:
    """Whether a word of `value` starts like a catalogue word: a stem, so that "ceketim" and "tencere setinin"
    still name the catalogue's "ceket" and "tencere seti" (and a brand the model copied counts too)."""
    stems = _catalogue_stems(catalogue)
    return any(word[:4] in stems for word in re.findall(r"[a-z]{3,}", fold_ascii(value)))


# "ürün caykur deterjan", "ürünüm: siyah bot": the word that introduces a product is no part of its name.
_PRODUCT_LABEL = re.compile(r"urun(?:u|um)?\s*:?\s+(?=\S)")


def _without_product_label(entity: Entity) -> Entity:
    """A product entity without a leading "ürün" / "ürünü" / "ürünüm" (and a colon) that the model copied with
    the name; a product that is nothing else, and any other entity, as it is. The generated gold never starts
    a product with it, and a customer who writes "ürün X" names X."""
    label = _PRODUCT_LABEL.match(fold_ascii(entity.value)) if entity.type == "product" else None
    if label is None:
        return entity
    return Entity(entity.type, entity.value[label.end() :], entity.start + label.end(), entity.end)


def _product_before(entity: Entity, candidates: Collection[Entity]) -> Entity | None:
    """A product entity cut before the first size or return-reason candidate that starts inside it (trailing
    spaces and commas dropped; None when nothing is left); any other entity as it is. A product name does not
    end in the size the customer asks for or in what is wrong with it."""
    inside = [c.start for c in candidates if c.type in _WORDS_AFTER_A_PRODUCT and entity.start <= c.start < entity.end]
    if entity.type != "product" or not inside:
        return entity
    value = entity.value[: min(inside) - entity.start].rstrip(" ,")
    return Entity(entity.type, value, entity.start, entity.start + len(value)) if value else None
