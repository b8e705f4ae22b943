"""Mask personal data (KVKK) in support tickets before any model, annotator or training file sees them.

Why this module exists: the contract says TC kimlik no, phone numbers, e-mail addresses, IBANs, card numbers,
person names and street addresses must never reach a model, Label Studio or a training file, while order
numbers, tracking numbers, amounts, dates, coupon and invoice codes must survive untouched, because the bot
needs them to call its tools. An 11-digit order number looks like a TC kimlik no and a 10-digit one starting
with 5 looks like a mobile number, so numbers are decided by checksums (python-stdnum) and by the label word
closest to them ("tc", "tel", "sipariş", "takip" ...), never by their shape alone. A card's expiry and CVV
("12/27", "123") look like a date and a small number, so they are masked only right after their own label
("son kullanma", "SKT", "CVV", "güvenlik kodu" ...), and dates, amounts and counts elsewhere survive.

How: detectors run in a fixed order (e-mail, IBAN, card, phone, TCKN, card expiry and CVV, address, person),
each on the text with earlier finds blanked, so the more certain (and the longer) reading of a piece of text
wins; each find is replaced by a placeholder such as ``[TELEFON]``. Numbers are found in the ways customers
write them: IBANs, cards and phones with spaces, dashes or dots between digit groups (checksums still decide
IBANs and cards), and a TC kimlik no unbroken or in groups of 2-4 digits ("100 000 001 46", "1000.000.0146")
under the same checksum and label rules. A second, different value of the same type gets ``[TELEFON_2]``; the
same value repeated keeps its placeholder, so a model can still tell "the same phone again" from "another
phone". Placeholders already in the text are left alone and their names are not reused, so ``mask`` is
idempotent and safe to run on agent-edited drafts.

Entity spans are annotated on the masked text, but tools sometimes report offsets into the original ticket;
``MaskResult.map_span`` translates them, and ``MaskResult.originals`` gives the values behind the placeholders
for the short-lived per-ticket store (which must never be persisted).

Benchmark (not asserted anywhere): masking 50,000 synthetic tickets of about 90 characters, each with one to
three pieces of personal data next to order/tracking numbers, amounts and coupons, took 7.2-10 s of CPU time
(145-200 microseconds a ticket, the confirming second pass included) on a shared 2-core development box;
tickets without personal data skip the second pass and cost about half. The 20,000 tickets of
``generate("pool", 20000, 7)`` (81 characters on average, a quarter with personal data) take 48-51
microseconds a ticket on the same box.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

from stdnum import iban, luhn
from stdnum.tr import tckimlik

PLACEHOLDER_NAMES: dict[str, str] = {
    "tckn": "TCKN",
    "phone": "TELEFON",
    "email": "EPOSTA",
    "iban": "IBAN",
    "card": "KART",
    "person": "AD",
    "address": "ADRES",
    "card_expiry": "SKT",
    "cvv": "CVV",
}
"""Type id -> placeholder stem; the type ids are the ones the rest of Destek logs and counts."""

_PLACEHOLDER_RE = re.compile(r"\[(?:" + "|".join(PLACEHOLDER_NAMES.values()) + r")(?:_\d+)?\]")

_EMAIL_RE = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")

# TR + 24 digits, spaces, dashes or dots allowed between digits ("TR33 0006 1005 ...", "TR33.0006.1005 ...");
# mod-97 is checked afterwards.
_IBAN_RE = re.compile(r"(?<!\w)TR(?:[ .\-]?\d){24}(?!\w)", re.IGNORECASE)

# Either one unbroken run of 13-19 digits, or groups of four (4-4-4-4, 4-4-4-4-3, 4-4-4-1..) or 4-6-5 (Amex)
# with one consistent separator. Loose "any digit with an optional space" patterns would glue neighbouring
# numbers (an order number followed by a phone) into a fake card.
_CARD_RE = re.compile(
    r"(?<!\w)(?:\d{13,19}"
    r"|\d{4}(?P<sep>[ .\-])\d{4}(?P=sep)\d{4}(?P=sep)\d{1,4}(?:(?P=sep)\d{1,3})?"
    r"|\d{4}(?P<amex>[ .\-])\d{6}(?P=amex)\d{4,5})(?!\w)"
)

# A TC kimlik no: 11 digits unbroken, or a run of three or more groups of 2-4 digits joined by one consistent
# separator ("100 000 001 46", "1000.000.0146", "1000-000-0146"). An order number (8-11 digits) is never a
# group, so one next to a grouped number is not glued into it; a run that a digit and a separator touch on
# either side is part of a dotted amount or date ("1.249.000,90"). The pattern starts with a bare digit and
# checks what precedes it afterwards, which lets the engine skip to digits (twice as fast as a lookbehind
# first).
_TCKN_RE = re.compile(
    r"[0-9](?<!\w\d)(?:(?<=[1-9])\d{10}(?!\w)"
    r"|(?<!\d[.,/\-]\d)\d{1,3}(?P<sep>[ .\-])\d{2,4}(?:(?P=sep)\d{2,4})+(?!\w)(?![.,/\-]\d))"
)

# Turkish numbers: mobile 5xx, landline area codes 2xx-4xx and 850, written with +90/0090, with the trunk 0
# (also "(0532)"), or bare (mobile only, decided by layout and label words in _find_phones).
_AREA = r"(?:[2-4]\d\d|5\d\d|850)"
_SEP = r"[ \u00a0.\-]?"
_PHONE_RE = re.compile(
    rf"(?<![\w+])(?:"
    rf"(?P<intl>(?:\+|00)\s?90{_SEP}\(?{_AREA}\)?)"
    rf"|(?P<paren>\(0{_AREA}\))"
    rf"|(?P<trunk>0{_SEP}\(?{_AREA}\)?)"
    rf"|(?P<bare>\(?5\d\d\)?)"
    rf"){_SEP}\d{{3}}{_SEP}\d{{2}}{_SEP}\d{{2}}(?!\w)"
)

# Label words that say what a nearby number is. A suffix ("TC'm") and a trailing "no"/"numarası"/"numaram"
# belong to the label in front, so "sipariş numaram" is one order label and "tel no" is not the order word "no".
_LABEL_RE = re.compile(
    r"\b(?:(?P<tckn>t\.?\s?c\.?(?:\s?kimlik)?(?!\w)|tckn\w*|kimli[kğ]\w*|vatanda[şs]l[ıi]k\w*)"
    r"|(?P<order>sipari[şs]\w*|order\w*|no\b|nolu\b)"
    r"|(?P<phone>(?:tel|telefon\w*|cep\w*|gsm|whatsapp\w*|numaram\w*|ara|aray\w*|aran\w*)\b)"
    r"|(?P<tracking>takip\w*|kargo\w*|g[öo]nderi\w*|barkod\w*)"
    r"|(?P<card>kart\w*|kredi\b|visa\b|mastercard\b|troy\b))"
    r"(?:['’]\w+)?(?:\s*(?:no\b|numaras[ıi]\w*|numaram\w*|kodu\w*))?",
    re.IGNORECASE,
)
_LABEL_REACH = 40  # longest label plus separators; only bounds the search, never decides
_GAP_BEFORE_RE = re.compile(r"[\s:#=.\-]*$")
# After the number only a suffix and spaces may come before its label: a comma or full stop ends the phrase.
_GAP_AFTER_RE = re.compile(r"(?:['’]\w*)?[ \t:\-]*(?:(?:numaral[ıi]|no['’]lu)\s+)?", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.!?;]\s|\n")
_NOT_MASKED_KINDS = frozenset({"order", "tracking"})

# Between a card-code label and its value: the label's suffix ("SKT'si"), then at most two plain words
# ("tarihi de", "kodu:"), never a digit or a sentence mark, so a label cannot reach into the next phrase.
_CODE_GAP = r"(?!\w)(?:['’]\w+)?(?:[ \t]*[:=\-]?[ \t]*[^\W\d_]+){0,2}?[ \t]*[:=\-]?[ \t]*"
# Expiry: month/year ("12/27", "12-2027") after its label; a full date ("12/11/2026") has a day and is no
# expiry, so nothing like "/2026" may follow the value (and the gap before it holds no digit).
_EXPIRY_RE = re.compile(
    r"\b(?:son\s+kullan(?:ma|[ıi]m)(?:\s+tarih\w*)?|(?:s\.?k\.?t|exp(?:iry|iration)?)\b\.?"
    r"|ge[çc]erlilik(?:\s+tarih\w*)?|valid\s+thru)"
    + _CODE_GAP
    + r"(?P<value>(?:0?[1-9]|1[0-2])[ \t]?[/.\-][ \t]?(?:\d\d|20\d\d))(?!\w)(?![/.\-]\d)",
    re.IGNORECASE,
)
# CVV: 3-4 digits after its label ("CVV2 123", "güvenlik kodu 123", "kartın arkasındaki 3 haneli kod 123"); not
# an amount ("... 250 TL", "123,50").
_CVV_RE = re.compile(
    r"\b(?:cvv2?|cvc2?|cv2|g[üu]venlik\s+(?:kod|numara)\w*|arkas[ıi]ndaki(?:\s+\S+){0,3}?\s+kod\w*)"
    + _CODE_GAP
    + r"(?P<value>\d{3,4})(?!\w)(?![.,/\-]\d)(?!\s*(?:tl\b|₺|lira))",
    re.IGNORECASE,
)
# Stems every expiry or CVV label contains (searched in the lower-cased text, where "İ" becomes "i" plus a
# combining dot, hence no stem has an "i"): most tickets have none and skip both patterns.
_CARD_CODE_HINT_RE = re.compile(r"son\s+kul|s\.?k\.?t|exp|ge[çc]er|valid|cv|g[üu]ven|arkas")

_UPPER = "A-ZÇĞİÖŞÜÂÎÛ"
_LOWER = "a-zçğıöşüâîû"
_NAME_WORD = rf"(?:[{_UPPER}][{_LOWER}]+|[{_UPPER}]{{2,}})(?!\w)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"

# The leading lookaheads only skip positions that cannot start a trigger; they halve the scanning time.
_PERSON_RE = re.compile(
    r"(?=[AaBbIiİıSs])\b(?i:(?:"
    r"ad[ıi]m(?:\s+(?:ve\s+)?soyad[ıi]m)?"
    r"|[iı]smim(?:\s+(?:ve\s+)?soy[iı]smim)?"
    r"|ad[ıi]?\s*[-/]?\s*soyad[ıi]?"
    r"|[iı]sim\s*[-/]?\s*soy[iı]sim"
    r"|soyad[ıi]m|soy[iı]smim"
    r"|say[ıi]n"
    r"|(?P<ben>ben)"
    r")\b)"
    rf"[ \t]*[:\-]?[ \t]*(?P<name>{_NAME})"
)
# The name in a signature must end its line: "Saygılarımla, Ayşe Yılmaz" but not "Teşekkürler Aras Kargo'ya".
_SIGNATURE_RE = re.compile(
    r"(?=[SsİIiıTtKk])\b(?i:(?:sayg[ıi]lar[ıi]mla|sayg[ıi]lar|sevgilerimle|sevgiler|iyi\s+[çc]al[ıi][şs]malar|iyi\s+g[üu]nler"
    r"|te[şs]ekk[üu]rler|te[şs]ekk[üu]r\s+ederim|kolay\s+gelsin))"
    rf"[ \t]*[,.!]?\s*(?P<name>{_NAME})[ \t]*[.!]?[ \t]*(?=\r?\n|$)"
)
# "ben" only introduces a name at the start of a sentence or after a greeting ("Merhaba, ben Ayşe").
_BEN_PREFIX_RE = re.compile(r"(?:^|[.!?,;:\n]|\b(?:merhaba|selam\w*|g[üu]nler))\s*$", re.IGNORECASE)
# After "ben", a name may carry the copula ("Ben Ayşe'yim") but no case suffix ("ben Aras'tan aldım").
_CASE_SUFFIX_RE = re.compile(r"['’](?!y?[ıiuü][mz]\b)")

_TITLES = frozenset({"bey", "hanım", "hanim", "hn", "hnm"})
# Capitalised words that follow a trigger but are not names: brands, carriers, calendar words, ticket words.
_NOT_NAMES = frozenset(
    {
        "merhaba", "selam", "iyi", "günler", "teşekkürler", "teşekkür", "sipariş", "siparişim", "siparişimi",
        "kargo", "kargom", "yurtiçi", "mng", "ptt", "sürat", "trendyol", "express", "hepsijet", "hepsiburada",
        "ups", "kolay", "gelsin", "amazon", "iphone", "samsung", "apple", "xiaomi", "nike", "adidas",
        "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
        "aralık", "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar", "türkiye",
        "müşteri", "müşteriniz", "müşterimiz", "yetkili", "ilgili", "destek", "tl", "plus", "premium",
    }
)  # fmt: skip


def _spellings(words: tuple[str, ...], lower: bool = True) -> str:
    """Regex alternatives for the lower, Capitalised and UPPER (Turkish İ) spellings, longest first.

    Mixed case is left out on purpose: "mAh" after a number is a battery's capacity, not a mahalle.
    """
    variants = set()
    for word in words:
        variants |= {word[0].upper() + word[1:], word.upper(), word.replace("i", "İ").upper()}
        if lower:
            variants.add(word)
    return "|".join(re.escape(variant) for variant in sorted(variants, key=len, reverse=True))


# Street addresses: the maximal run of address components, kept only if it contains a street-level anchor
# (neighbourhood, street, avenue, boulevard, building), so that "No: 12" or "İstanbul" alone survive.
_PROVINCES = (
    "Adana", "Adıyaman", "Afyonkarahisar", "Afyon", "Ağrı", "Aksaray", "Amasya", "Ankara", "Antalya", "Ardahan",
    "Artvin", "Aydın", "Balıkesir", "Bartın", "Batman", "Bayburt", "Bilecik", "Bingöl", "Bitlis", "Bolu", "Burdur",
    "Bursa", "Çanakkale", "Çankırı", "Çorum", "Denizli", "Diyarbakır", "Düzce", "Edirne", "Elazığ", "Erzincan",
    "Erzurum", "Eskişehir", "Gaziantep", "Giresun", "Gümüşhane", "Hakkari", "Hakkâri", "Hatay", "Iğdır", "Isparta",
    "İstanbul", "Istanbul", "İzmir", "Izmir", "Kahramanmaraş", "Karabük", "Karaman", "Kars", "Kastamonu", "Kayseri",
    "Kırıkkale", "Kırklareli", "Kırşehir", "Kilis", "Kocaeli", "Konya", "Kütahya", "Malatya", "Manisa", "Mardin",
    "Mersin", "Muğla", "Muş", "Nevşehir", "Niğde", "Ordu", "Osmaniye", "Rize", "Sakarya", "Samsun", "Siirt", "Sinop",
    "Sivas", "Şanlıurfa", "Şırnak", "Tekirdağ", "Tokat", "Trabzon", "Tunceli", "Uşak", "Van", "Yalova", "Yozgat",
    "Zonguldak",
)  # fmt: skip
# Typed on a keyboard without Turkish letters, "Eskişehir" is "Eskisehir": both spellings are addresses.
_PROVINCE = _spellings(
    tuple(
        dict.fromkeys(
            _PROVINCES + tuple(p.translate(str.maketrans("çğıöşüÇĞİÖŞÜâ", "cgiosuCGIOSUa")) for p in _PROVINCES)
        )
    ),
    lower=False,
)


# Streets may be numbered ("1453 Sk.", "2. Cadde"); neighbourhoods and buildings need a word name ("19 Mayıs
# Mah.", "Gül Apt."), so that "20000 MAH" in a power bank's name is no address.
_STREET_ANCHOR = (
    "(?:"
    + _spellings(("sokağı", "sokagi", "sokak", "sok.", "sok", "sk.", "sk"))
    + "|"
    + _spellings(
        ("caddesi", "cadde", "cad.", "cad", "cd.", "cd", "bulvarı", "bulvari", "bulvar", "bulv.", "blv.", "blv")
    )
    + r")(?!\w)"
)
_AREA_ANCHOR = (
    "(?:"
    + _spellings(
        ("mahallesi", "mahalle", "mah.", "mah", "mh.", "mh", "apartmanı", "apartmani", "apartman", "apt.", "apt")
    )
    + "|"
    + _spellings(("sitesi", "blok"), lower=False)  # lower-case "sitesi" is any web site ("Trendyol sitesi")
    + r")(?!\w)"
)
_CAPITALISED_WORD = rf"(?!Adres)[{_UPPER}]\w*\.?"
_PLACE_WORD = rf"(?:{_CAPITALISED_WORD}|(?<!\d)\d{{1,5}}\.?)"
_ADDRESS_COMPONENT = (
    rf"(?:(?:{_PLACE_WORD}[ \t]+){{1,4}}{_STREET_ANCHOR}"
    rf"|(?:{_PLACE_WORD}[ \t]+){{0,3}}{_CAPITALISED_WORD}[ \t]+{_AREA_ANCHOR}"
    r"|(?:No|NO|no)[ \t]*[:.]?[ \t]*\d{1,4}[A-Za-z]?(?:[ \t]*/[ \t]*\d{1,4}[A-Za-z]?)?(?![\d])"
    r"|(?:Daire[ \t]*[:.]?|D[ \t]*[:.])[ \t]*\d{1,4}(?!\d)"
    r"|(?:Kat[ \t]*[:.]?|K[ \t]*[:.])[ \t]*\d{1,3}(?!\d)"
    r"|(?<!\d)\d{5}(?!\d)"
    rf"|(?:{_PLACE_WORD}[ \t]*[/,\-][ \t]*|{_PLACE_WORD}[ \t]+)?(?:{_PROVINCE})(?!\w))"
)
# The leading guard (a word start that can begin a component) lets the engine skip most positions cheaply.
_ADDRESS_RE = re.compile(
    rf"(?<!\w)(?=[{_UPPER}\dNn]){_ADDRESS_COMPONENT}(?:(?:[ \t]*[,;/\-][ \t]*|\s+){_ADDRESS_COMPONENT})*"
)
_ANCHOR_RE = re.compile(rf"(?<!\w)(?:{_STREET_ANCHOR}|{_AREA_ANCHOR})")
# Substrings every anchor contains (searched in the lower-cased text): a cheap test before the run pattern.
_ANCHOR_HINT_RE = re.compile(r"mah|mh|sok|sk|cad|cd|bulv|blv|apt|apart|sitesi|blok")


@dataclass(frozen=True)
class PiiSpan:
    """One replaced piece of personal data, with offsets on both sides so that spans can be carried across."""

    type: str
    start: int  # offsets in the ORIGINAL text
    end: int
    masked_start: int  # offsets of the placeholder in the MASKED text
    masked_end: int
    placeholder: str


@dataclass(frozen=True)
class MaskResult:
    """The masked text plus what was replaced where, so offsets and values can be recovered within a ticket."""

    text: str
    spans: tuple[PiiSpan, ...]

    def map_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Translate original [start, end) to masked offsets; None if it touches personal data.

        Why None: an entity that overlaps a masked value (say an "order number" that was really a phone) has
        no honest counterpart in the masked text, and guessing would put personal data back into labels.
        """
        shift = 0
        for span in self.spans:
            if span.start < end and start < span.end:
                return None
            if span.end > start:
                break
            shift = span.masked_end - span.end
        return start + shift, end + shift

    def originals(self, original_text: str) -> dict[str, str]:
        """Placeholder -> original value (first spelling seen), for the per-ticket store that is never persisted.

        The original text is passed in rather than kept on the result so that a MaskResult can be logged or
        cached without carrying personal data.
        """
        values: dict[str, str] = {}
        for span in self.spans:
            values.setdefault(span.placeholder, original_text[span.start : span.end])
        return values


def _turkish_fold(value: str) -> str:
    """Lower-case with Turkish dotted/dotless i, so "IŞIK" and "Işık" are the same name."""
    return value.replace("I", "ı").replace("İ", "i").lower()


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """Overwrite the given spans (same length) so later detectors and label reading see them as a placeholder.

    The filler is NUL, neither a word character nor a separator: like a placeholder, a blanked value cannot
    be read as a label, a name or part of an address, and still stands between a label and a number.
    """
    for start, end in spans:
        text = text[:start] + "\0" * (end - start) + text[end:]
    return text


class _LabelContext:
    """The ticket as label words are read from it: personal data blanked, sentence starts indexed.

    Why blank: a label inside an e-mail or an address ("siparis@shop.com", "Moda Cad. No: 5") says nothing
    about a number next to it ("No" would read as an order label), and after masking it is gone anyway.
    Built lazily, because most numbers (a 0-prefixed phone, a checksum-failing order number) need no context.
    """

    def __init__(self, work: str) -> None:
        self._work = work

    @cached_property
    def ctx(self) -> str:
        return _blank(self._work, [(start, end) for _, start, end in _find_addresses(self._work)])

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [match.end() for match in _SENTENCE_END_RE.finditer(self.ctx)]

    def _last_label(self, start: int, end: int) -> re.Match[str] | None:
        last = None
        for match in _LABEL_RE.finditer(self.ctx, start, end):
            last = match
        return last

    def kind(self, start: int, end: int) -> str | None:
        """What the label words around ctx[start:end] say it is: tckn, order, phone, tracking, card, or None.

        A label right before the number wins ("tel: 5321234567"), then one right after it ("12345678950
        numaralı siparişim"), then the nearest one earlier in the same sentence ("sipariş numaram da
        5123456789"). Only separators may stand between an adjacent label and the number, and distances are
        never counted in characters, because masking changes lengths and must not change decisions.
        """
        gap = _GAP_BEFORE_RE.search(self.ctx, max(0, start - _LABEL_REACH), start)
        gap_start = gap.start() if gap else start
        before = self._last_label(max(0, gap_start - _LABEL_REACH), gap_start)
        if before and before.end() == gap_start:
            return before.lastgroup
        after = _LABEL_RE.match(self.ctx, _GAP_AFTER_RE.match(self.ctx, end).end())
        if after:
            return after.lastgroup
        sentence_start = (
            self.sentence_starts[bisect_right(self.sentence_starts, gap_start) - 1]
            if (self.sentence_starts and self.sentence_starts[0] <= gap_start)
            else 0
        )
        nearest = self._last_label(sentence_start, gap_start)
        return nearest.lastgroup if nearest else None


def _find_cards(text: str, labels: _LabelContext) -> list[tuple[str, int, int]]:
    """Luhn-valid card numbers; a bare 13-14 digit run also needs a card word, as tracking numbers look alike."""
    found = []
    for match in _CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if not 13 <= len(digits) <= 19 or not luhn.is_valid(digits):
            continue
        kind = labels.kind(match.start(), match.end())
        if kind in _NOT_MASKED_KINDS:
            continue
        if kind == "card" or len(digits) >= 15 or not match.group().isdigit():
            found.append(("card", match.start(), match.end()))
    return found


def _find_phones(text: str, labels: _LabelContext) -> list[tuple[str, int, int]]:
    """Phone numbers; a bare 10-digit 5xx number is a phone only in phone layout or after a phone word."""
    found = []
    for match in _PHONE_RE.finditer(text):
        if match.group("bare"):
            kind = labels.kind(match.start(), match.end())
            in_layout = not match.group().isdigit()
            if kind in _NOT_MASKED_KINDS or not (kind == "phone" or in_layout):
                continue
        found.append(("phone", match.start(), match.end()))
    return found


def _grouped_tckns(run: re.Match[str]) -> list[tuple[int, int]]:
    """Spans of checksum-valid 11-digit windows of whole groups in a grouped run, left to right.

    Why windows rather than the whole run: a count or a day after the number ("TC 100 000 001 46 12 gündür")
    makes the run longer than 11 digits, and must not hide the number in front of it.
    """
    groups = run.group().split(run.group("sep"))
    starts = list(accumulate((len(group) + 1 for group in groups), initial=run.start()))  # separator: 1 char
    found = []
    first = 0
    while first < len(groups):
        last, length = first, 0
        while last < len(groups) and length < 11:
            length += len(groups[last])
            last += 1
        digits = "".join(groups[first:last])
        if len(digits) == 11 and tckimlik.is_valid(digits):
            found.append((starts[first], starts[last] - 1))
            first = last
        else:
            first += 1
    return found


def _find_tckns(text: str, labels: _LabelContext) -> list[tuple[str, int, int]]:
    """Checksum-valid TC kimlik numbers, unbroken or grouped, except those labelled as an order or tracking number.

    Grouped forms follow the same label policy: customers group order numbers too ("sipariş no 1000 000 0146").
    """
    spans: list[tuple[int, int]] = []
    for match in _TCKN_RE.finditer(text):
        if match.group("sep"):
            spans += _grouped_tckns(match)
        elif tckimlik.is_valid(match.group()):
            spans.append(match.span())
    return [("tckn", start, end) for start, end in spans if labels.kind(start, end) not in _NOT_MASKED_KINDS]


def _find_card_codes(text: str) -> list[tuple[str, int, int]]:
    """Card expiry dates and CVVs, each only right after its own label (the value alone is a date or a count)."""
    if not _CARD_CODE_HINT_RE.search(text.lower()):
        return []
    found = [("card_expiry", match.start("value"), match.end("value")) for match in _EXPIRY_RE.finditer(text)]
    return found + [("cvv", match.start("value"), match.end("value")) for match in _CVV_RE.finditer(text)]


def _find_addresses(text: str) -> list[tuple[str, int, int]]:
    """Maximal runs of address components that contain a street-level anchor.

    Most tickets hold no address, so a search for the anchor stems spares them the run pattern.
    """
    found: list[tuple[str, int, int]] = []
    if not _ANCHOR_HINT_RE.search(text.lower()):
        return found
    position = 0
    while match := _ADDRESS_RE.search(text, position):
        if _ANCHOR_RE.search(text, match.start(), match.end()):
            found.append(("address", match.start(), match.end()))
            position = match.end()
        else:  # "Kadıköy/İstanbul" alone is no address, but "İstanbul Apt." inside it may start one
            position = match.start() + 1
    return found


def _name_length(name: str, strict: bool) -> int:
    """Characters of `name` that are a person's name: cut at a title (Bey, Hanım) or a known non-name word.

    Returns 0 to reject. With a weak trigger (strict: "ben", a signature) any non-name word rejects the
    whole candidate, because "Ben Aras Kargo'dan aldım" is about a carrier, not a person.
    """
    length = 0
    for word in re.finditer(r"\S+", name):
        folded = _turkish_fold(word.group())
        if folded in _TITLES:
            break
        if folded in _NOT_NAMES:
            if strict:
                return 0
            break
        length = word.end()
    return length


def _find_persons(text: str) -> list[tuple[str, int, int]]:
    """Names after "adım", "ismim", "soyadım", "ad soyad", "Sayın", a sentence-initial "ben", and in signatures."""
    found = []
    for match in _PERSON_RE.finditer(text):
        start = match.start("name")
        strict = match.group("ben") is not None
        if strict and not _BEN_PREFIX_RE.search(text, max(0, match.start() - 30), match.start()):
            continue
        end = start + _name_length(match.group("name"), strict)
        if end > start and not (strict and _CASE_SUFFIX_RE.match(text, end)):
            found.append(("person", start, end))
    for match in _SIGNATURE_RE.finditer(text):
        length = _name_length(match.group("name"), strict=True)
        if length:
            found.append(("person", match.start("name"), match.start("name") + length))
    return found


def _take(work: str, found: list[tuple[str, int, int]], new: list[tuple[str, int, int]]) -> str:
    """Add the new spans that overlap nothing found so far; return the working text with them blanked."""
    kept = []
    for span in new:
        if all(span[2] <= start or end <= span[1] for _, start, end in found):
            found.append(span)
            kept.append((span[1], span[2]))
    return _blank(work, kept)


def _detect(text: str) -> list[tuple[str, int, int]]:
    """One detection pass: (type, start, end) spans, non-overlapping and sorted; placeholders are never found.

    Detectors run from the most certain to the least (e-mail, IBAN, card, phone, TCKN, card expiry and CVV,
    address, person), each on the text with placeholders and earlier finds blanked, as a second pass over the
    masked text sees them. Expiry and CVV come after the long numbers, so that a label cannot claim the first
    digits of a phone or card ("güvenlik kodu 532 123 45 67") as a CVV.
    """
    found: list[tuple[str, int, int]] = []
    work = _blank(text, [(match.start(), match.end()) for match in _PLACEHOLDER_RE.finditer(text)])
    if "@" in work:
        work = _take(work, found, [("email", match.start(), match.end()) for match in _EMAIL_RE.finditer(work)])
    work = _take(
        work,
        found,
        [("iban", match.start(), match.end()) for match in _IBAN_RE.finditer(work) if iban.is_valid(match.group())],
    )
    labels = _LabelContext(work)
    for find_numbers in (_find_cards, _find_phones, _find_tckns):
        work = _take(work, found, find_numbers(work, labels))
    work = _take(work, found, _find_card_codes(work))
    work = _take(work, found, _find_addresses(work))
    _take(work, found, _find_persons(work))
    return sorted(found, key=lambda span: span[1])


def _value_key(pii_type: str, value: str) -> str:
    """Normalise a value so that spellings of one datum share a placeholder ("0532 123 45 67" = "+905321234567")."""
    if pii_type == "phone":
        return re.sub(r"\D", "", value)[-10:]
    if pii_type in ("tckn", "iban", "card", "card_expiry", "cvv"):
        return re.sub(r"[\W_]", "", value).upper()
    return " ".join(_turkish_fold(value).split())


def _render(text: str, found: list[tuple[str, int, int]]) -> MaskResult:
    """Replace the found spans by placeholders, numbering distinct values per type in order of appearance."""
    used = set(_PLACEHOLDER_RE.findall(text))
    assigned: dict[tuple[str, str], str] = {}
    counters: dict[str, int] = {}
    pieces: list[str] = []
    spans: list[PiiSpan] = []
    cursor = 0
    masked_length = 0
    for pii_type, start, end in found:
        key = (pii_type, _value_key(pii_type, text[start:end]))
        if key not in assigned:
            placeholder = ""
            while not placeholder or placeholder in used:
                counters[pii_type] = counters.get(pii_type, 0) + 1
                suffix = "" if counters[pii_type] == 1 else f"_{counters[pii_type]}"
                placeholder = f"[{PLACEHOLDER_NAMES[pii_type]}{suffix}]"
            used.add(placeholder)
            assigned[key] = placeholder
        placeholder = assigned[key]
        pieces.append(text[cursor:start])
        masked_start = masked_length + start - cursor
        masked_length = masked_start + len(placeholder)
        pieces.append(placeholder)
        spans.append(PiiSpan(pii_type, start, end, masked_start, masked_length, placeholder))
        cursor = end
    pieces.append(text[cursor:])
    return MaskResult("".join(pieces), tuple(spans))


def _to_original(spans: tuple[PiiSpan, ...], masked_start: int, masked_end: int) -> tuple[int, int]:
    """Map a masked-text range that touches no placeholder back to original offsets (inverse of map_span)."""
    shift = 0
    for span in spans:
        if span.masked_end > masked_start:
            break
        shift = span.masked_end - span.end
    return masked_start - shift, masked_end - shift


def mask(text: str) -> MaskResult:
    """Replace personal data by typed placeholders; idempotent, and never reuses a placeholder already present.

    Idempotence is guaranteed, not hoped for: masking can expose a reading that the raw value hid (say an
    address run that had swallowed a phone's last digits), so detection is repeated on the masked text until
    it finds nothing, and every later find is mapped back onto the original. Usually one extra pass confirms.
    """
    found = _detect(text)
    result = _render(text, found)
    while found and (more := _detect(result.text)):
        found += [(pii_type, *_to_original(result.spans, start, end)) for pii_type, start, end in more]
        found.sort(key=lambda span: span[1])
        result = _render(text, found)
    return result


def find_pii(text: str) -> list[tuple[str, int, int]]:
    """All personal data in `text` as (type, start, end) in original offsets, non-overlapping and sorted.

    These are exactly the spans `mask` replaces; placeholders already in the text are never reported.
    """
    return [(span.type, span.start, span.end) for span in mask(text).spans]


def leaked_pii(text: str) -> list[tuple[str, str]]:
    """(type, value) of personal data still visible in an already masked text; empty means safe to ship.

    It runs the very same detectors as `mask` (one pass, which is all a masked text needs), so a dataset build
    fails exactly when masking was skipped or a text was edited after masking, and never on an order number
    that `mask` deliberately kept.
    """
    return [(pii_type, text[start:end]) for pii_type, start, end in _detect(text)]
