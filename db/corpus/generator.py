"""The synthetic Turkish ticket corpus: labelled tickets that reference real rows of the demo backend.

Why it exists: Destek has no real tickets, yet the bot, the review app, active learning and evaluation all need
realistic ones with gold labels. A ticket is built compositionally in one register (formal letter, polite,
curt, angry, SMS style), which picks every piece below and the noise together:

    (opener) + (name introduction) + body template with slots + (partial-number remark) + (context, date and
    amount sentences) + (story) + (second topic) + (sarcasm, escalation) + (contact clause) + (one sign-off:
    a closer, or a signature cue and the name)

and then passed through noise transforms (no Turkish characters, lower/upper case, typos, chat spellings,
emoji, punctuation). Every piece is a segment that knows whether it is literal text, an entity or personal
data, and transforms act on segments, so the final offsets of every span are computed after all transforms
and always index the text exactly.

Gold rules (documented here because evaluation depends on them):
- The intent is the body's intent. A second topic ("bir de ...", "bu arada ...") is framed as secondary, never
  carries an entity, is never a confusable neighbour of the intent, and is recorded as `second_intent`.
- An order intent whose ticket gives no order number has no gold tool call (the bot must ask for it); the same
  holds for a product, coupon or amount question without the product, code or amount, and for an order number
  cut short ("48215", "sonu 482 olan sipariş"), which is no order_number entity either.
- Tool arguments reference the ticket customer's own rows; `reason` comes from the customer's words (the
  return-reason span, the stated cancel reason) or a short paraphrase; `address` is the masked placeholder
  "[ADRES]".
- A product slot only takes products of the template's categories (sizes only for garments and shoes).
- Dates are spanned whole ("geçen salı", "geçen ay"); durations ("2 günde") are never dates.
- The reply states only facts of the backend rows behind the gold calls (or none, for policy answers).

Held-out generalisation: each intent's body templates (and every frame list) are split so that the held-out
split uses lines that mini and pool never use (every HELDOUT_EVERY-th line of each group).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

from db.contract import load_contract
from db.corpus import fakes, phrases
from db.corpus.backend import Backend, Row, fold, product_fits, upper_tr
from db.corpus.replies import Gold, compose_reply
from db.corpus.templates import TEMPLATES
from db.demo import DemoData, build_demo

Split = Literal["mini", "heldout", "pool"]
SPLITS: tuple[str, ...] = ("mini", "heldout", "pool")
HELDOUT_EVERY = 4
"""Line i of a template group or frame list is held out when i % HELDOUT_EVERY == 1 (a quarter)."""

CALIBRATION_EVERY = 5
"""About one in CALIBRATION_EVERY training-side templates is set aside for calibration (`calibration_template`)."""

MISSING_SHARE = 0.12
"""Share of tickets of an intent with a required identifier (order number, product, code, amount) without it."""

# Relative frequency of intents: order status, shipping and returns dominate a real e-commerce desk.
INTENT_WEIGHTS: dict[str, float] = {
    "siparis_status": 8.0, "kargo_takip": 8.0, "kargo_gecikme": 5.0, "teslim_edildi_gorunuyor": 3.0,
    "teslimat_suresi": 2.0, "kargo_ucreti": 2.0, "iade_baslat": 6.0, "iade_durumu": 4.0, "iade_kargo_kodu": 2.5,
    "iade_kosullari": 2.5, "siparis_iptal": 4.0, "siparis_adres_degistir": 2.0, "siparis_gecmisi": 1.5,
    "siparis_verilemiyor": 1.5, "eksik_urun": 2.0, "yanlis_urun": 2.0, "hasarli_urun": 2.5, "degisim_talebi": 3.0,
    "para_iadesi_durumu": 4.0, "odeme_problemi": 2.0, "cift_cekim": 1.5, "taksit_secenekleri": 1.5,
    "kapida_odeme": 1.3, "fatura_ister": 2.0, "fatura_bilgisi_degistir": 1.3, "urun_bilgi": 1.5, "stok_sor": 1.5,
    "fiyat_sor": 1.3, "beden_danisma": 1.3, "garanti_servis": 1.3, "satici_iletisim": 1.3, "kupon_kullanim": 1.5,
    "kampanya_sor": 1.3, "fiyat_dususu": 1.3, "uyelik_problem": 1.5, "sifre_unuttum": 1.5, "hesap_silme": 1.3,
    "iletisim_bilgisi_guncelle": 1.3, "premium_uyelik": 1.3, "insan_temsilci": 1.5, "sikayet": 2.0,
    "tesekkur": 1.3, "selamlama": 1.3, "kapsam_disi": 1.3,
}  # fmt: skip

# The slot a tool call cannot do without, for intents whose tool needs something other than an order number.
REQUIRED_SLOT: dict[str, str] = {
    "urun_bilgi": "product", "stok_sor": "product", "fiyat_sor": "product", "beden_danisma": "product",
    "kupon_kullanim": "coupon", "taksit_secenekleri": "amount", "siparis_adres_degistir": "address",
}  # fmt: skip

# Product categories an intent's templates accept unless a line says otherwise (see templates.py).
INTENT_CATEGORIES: dict[str, frozenset[str]] = {
    "beden_danisma": frozenset({"giyim", "ayakkabı"}),
    "garanti_servis": frozenset({"elektronik"}),
}
SIZED_INTENTS = frozenset({"beden_danisma", "degisim_talebi"})
"""Intents whose product must come in sizes (size advice, exchange for another size)."""

PARTIAL_SHARE = 0.04
"""Share of order tickets whose order number is cut short (5 to 7 digits): the bot must ask, like MISSING_SHARE."""

EIGHT_DIGIT_SHARE = 0.24
"""Share of order tickets drawn from 8-digit orders: older accounts and marketplace orders carry them."""

SECOND_TOPIC_SHARE = 0.075
"""Share of tickets with a second topic framed as secondary; its intent goes in the record's `second_intent`."""

STORY_SHARE = 0.1
"""Share of (non-curt) tickets that tell a short story: a timeline, an earlier ticket, a screenshot."""

# Registers: one way of writing per ticket. Weights are (calm intents, angry-prone intents).
REGISTERS: dict[str, tuple[float, float]] = {
    "formal": (0.08, 0.06), "polite": (0.49, 0.3), "curt": (0.2, 0.18), "angry": (0.08, 0.32), "sms": (0.15, 0.14),
}  # fmt: skip
ANGRY_PRONE = frozenset({
    "kargo_gecikme", "sikayet", "teslim_edildi_gorunuyor", "cift_cekim", "hasarli_urun", "eksik_urun", "yanlis_urun",
    "para_iadesi_durumu", "insan_temsilci", "iade_durumu", "odeme_problemi",
})  # fmt: skip
# Intents that are never a second topic, and groups whose members must not be each other's second topic
# (a ticket about "kargo nerede" with "kargo gecikti" tied on would have no single right label).
NO_SECOND = frozenset({"selamlama", "tesekkur", "kapsam_disi", "insan_temsilci", "sikayet"})
CONFUSABLE: tuple[frozenset[str], ...] = (
    frozenset({"fatura_ister", "fatura_bilgisi_degistir"}),
    frozenset({"eksik_urun", "hasarli_urun", "yanlis_urun", "iade_baslat", "degisim_talebi"}),
    frozenset({"kargo_gecikme", "kargo_takip", "siparis_status", "teslim_edildi_gorunuyor", "teslimat_suresi"}),
    frozenset({"iade_durumu", "iade_kargo_kodu", "para_iadesi_durumu", "iade_kosullari", "iade_baslat"}),
    frozenset({"odeme_problemi", "cift_cekim", "siparis_verilemiyor", "taksit_secenekleri", "kapida_odeme"}),
    frozenset({"uyelik_problem", "sifre_unuttum", "hesap_silme", "iletisim_bilgisi_guncelle"}),
    frozenset({"urun_bilgi", "stok_sor", "fiyat_sor", "beden_danisma", "fiyat_dususu", "kampanya_sor"}),
    frozenset({"kupon_kullanim", "kampanya_sor", "fiyat_dususu"}),
)
# A cancel reason the customer states in the template's own words ("vazgeçtim", "yanlışlıkla verdim").
_CANCEL_CUE_RE = re.compile(r"vazge[cç]tim|yanl[ıi][sş]l[ıi]kla(?: \w+)?|yanl[ıi][sş] verdim")

# Which date of the order a body's {date} means, and since when its {since} counts.
DATE_SOURCE: dict[str, str] = {
    "teslim_edildi_gorunuyor": "delivered", "eksik_urun": "delivered", "yanlis_urun": "delivered",
    "hasarli_urun": "delivered", "iade_baslat": "delivered", "degisim_talebi": "delivered", "fiyat_dususu": "created",
    "iade_durumu": "returned", "para_iadesi_durumu": "returned", "kargo_takip": "shipped", "kargo_gecikme": "shipped",
}  # fmt: skip

# transfer_to_human reasons: the short note an agent reads first in the queue.
TRANSFER_REASONS: dict[str, tuple[str, ...]] = {
    "siparis_verilemiyor": ("sipariş verilemiyor, ödeme adımında hata", "müşteri sipariş oluşturamıyor"),
    "teslim_edildi_gorunuyor": ("teslim edildi görünüyor ama müşteri teslim almadı",),
    "odeme_problemi": ("ödeme hatası, kart reddediliyor", "müşteri ödeme yapamıyor"),
    "cift_cekim": ("çift çekim, fazla tahsilat iadesi", "karttan iki kez ödeme alınmış"),
    "fatura_bilgisi_degistir": ("fatura bilgisi değişikliği talebi", "kurumsal fatura talebi"),
    "fiyat_dususu": ("fiyat düşüşü sonrası fark iadesi talebi",),
    "uyelik_problem": ("hesaba giriş sorunu", "üyelik hesabı sorunu"),
    "hesap_silme": ("KVKK kapsamında hesap silme talebi",),
    "iletisim_bilgisi_guncelle": ("iletişim bilgisi güncelleme talebi",),
    "insan_temsilci": ("müşteri temsilci ile görüşmek istiyor",),
    "sikayet": ("genel şikayet", "müşteri hizmet kalitesinden şikayetçi"),
}

_CATEGORY_TAG_RE = re.compile(r"<([^>]+)>\s*")
_TOKEN_RE = re.compile(r"\{(\w+)\}|\[([^\]]+)\]")
_WORD_RE = re.compile(r"[^\W\d_]+")
# Words the PII masker reads as labels of nearby numbers: a typo there could turn an order number into "PII".
_LABEL_STEMS = (
    "sipari", "order", "takip", "kargo", "nolu", "numara", "fatura", "kimlik", "kart", "tel", "gönderi", "kupon", "kod",
)  # fmt: skip
_ORDER_LABEL_RE = re.compile(r"sipari[şs]|order|\bno\b|nolu|numaral")
_PERSON_TRIGGERS = ("adım", "ismim", "sayın", "ben ", "ad soyad")


# ── Templates ────────────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Template:
    """One body template line, parsed into literal text, alternatives and slots."""

    id: str
    intent: str
    text: str
    parts: tuple[tuple[str, Any], ...]
    slots: frozenset[str]
    heldout: bool
    categories: frozenset[str] = frozenset()
    """Product categories the template makes sense for (empty: any); from a `<cat,cat>` line prefix or the
    intent's INTENT_CATEGORIES."""


def _parse(text: str) -> tuple[tuple[str, Any], ...]:
    parts: list[tuple[str, Any]] = []
    cursor = 0
    for match in _TOKEN_RE.finditer(text):
        if match.start() > cursor:
            parts.append(("lit", text[cursor : match.start()]))
        if match.group(1):
            parts.append(("slot", match.group(1)))
        else:
            parts.append(("alt", tuple(match.group(2).split("|"))))
        cursor = match.end()
    if cursor < len(text):
        parts.append(("lit", text[cursor:]))
    return tuple(parts)


def _group_key(intent: str, slots: frozenset[str]) -> bool:
    """Whether a template carries what its intent's tool needs (order number, product, code, amount, address)."""
    required = "order" if load_contract().intent(intent).needs_order else REQUIRED_SLOT.get(intent)
    if required is None:
        return True
    if intent == "siparis_adres_degistir":
        return {"order", "address"} <= slots
    return required in slots


@cache
def all_templates() -> tuple[Template, ...]:
    """Every body template; held-out membership is decided per (intent, complete/incomplete) group."""
    result: list[Template] = []
    for intent, block in TEMPLATES.items():
        counters = {True: 0, False: 0}
        for n, raw in enumerate(block.strip().splitlines()):
            line, categories = _categories_of(intent, raw.strip())
            parts = _parse(line)
            slots = frozenset(payload for kind, payload in parts if kind == "slot")
            key = _group_key(intent, slots)
            index = counters[key]
            counters[key] += 1
            held = index % HELDOUT_EVERY == 1
            result.append(Template(f"{intent}/{n:03d}", intent, line, parts, slots, held, categories))
    return tuple(result)


def _categories_of(intent: str, line: str) -> tuple[str, frozenset[str]]:
    """(line without its `<cat,cat>` prefix, the product categories it accepts).

    Why typed slots: "boyum 1.70, kilom 65, <product> hangi beden olur?" only reads right with a garment, and
    "<product> ekranı çatlak geldi" only with a device; a prefix on the line overrides the intent's default."""
    match = _CATEGORY_TAG_RE.match(line)
    if match is None:
        return line, INTENT_CATEGORIES.get(intent, frozenset())
    return line[match.end() :], frozenset(c.strip() for c in match.group(1).split(","))


def reason_fits(categories: frozenset[str] | None, category: str) -> bool:
    """Whether a return reason typed with `categories` (None: any product) can be said of a `category` product."""
    return categories is None or category in categories


def calibration_template(template_id: str) -> bool:
    """Whether a training-side template is kept out of the shipped adapter's training data for calibration.

    Why: confidence must be calibrated on phrasings the model never saw, as held-out tickets are, yet never
    on the held-out tickets themselves. A stable hash of the template id picks about a fifth of the
    templates, so the same ones are set aside on every machine and in every version of Python.
    """
    return int(hashlib.sha256(template_id.encode()).hexdigest(), 16) % CALIBRATION_EVERY == 0


def _side(items: Iterable[Any], heldout: bool) -> list[Any]:
    """The part of a frame list that one side (held-out or not) may use."""
    return [item for i, item in enumerate(items) if (i % HELDOUT_EVERY == 1) == heldout]


@dataclass(frozen=True)
class _Pools:
    """Everything one side of the held-out partition may draw from."""

    complete: dict[str, list[Template]]
    incomplete: dict[str, list[Template]]
    openers: dict[str, list[str]]
    closers: dict[str, list[str]]
    order_context: list[tuple[tuple[str, Any], ...]]
    general_context: list[tuple[tuple[str, Any], ...]]
    side_remarks: list[tuple[str, str]]
    signature_cues: list[str]
    name_intros: list[str]
    clauses: dict[str, list[str]]
    slotless: dict[str, list[Template]]
    second_frames: list[tuple[str, str]]
    escalations: list[tuple[tuple[str, Any], ...]]
    sarcasm: list[tuple[tuple[str, Any], ...]]
    story: list[tuple[tuple[str, Any], ...]]
    order_story: list[tuple[tuple[str, Any], ...]]
    partial_remarks: list[str]
    amount_context: list[tuple[tuple[str, Any], ...]]
    date_context: list[tuple[tuple[str, Any], ...]]
    wording: dict[str, list[str]]
    """phrases.WORDING key -> the alternatives this side may use (keys without any are left out)."""
    wording_re: re.Pattern[str] | None


@cache
def _pools(heldout: bool) -> _Pools:
    complete: dict[str, list[Template]] = {}
    incomplete: dict[str, list[Template]] = {}
    slotless: dict[str, list[Template]] = {}
    wording = {key: side for key, options in phrases.WORDING.items() if (side := _side(options, heldout))}
    for template in all_templates():
        if template.heldout != heldout:
            continue
        target = complete if _group_key(template.intent, template.slots) else incomplete
        target.setdefault(template.intent, []).append(template)
        if not template.slots and not template.text.isupper() and template.intent not in NO_SECOND:
            slotless.setdefault(template.intent, []).append(template)
    return _Pools(
        complete=complete,
        incomplete=incomplete,
        openers={name: _side(lines, heldout) for name, lines in phrases.REGISTER_OPENERS.items()},
        closers={name: _side(lines, heldout) for name, lines in phrases.REGISTER_CLOSERS.items()},
        order_context=[_parse(line) for line in _side(phrases.ORDER_CONTEXT, heldout)],
        general_context=[_parse(line) for line in _side(phrases.GENERAL_CONTEXT, heldout)],
        side_remarks=_side(phrases.SIDE_REMARKS, heldout),
        slotless=slotless,
        second_frames=_side(phrases.SECOND_TOPIC_FRAMES, heldout),
        escalations=[_parse(line) for line in _side(phrases.ESCALATIONS, heldout)],
        sarcasm=[_parse(line) for line in _side(phrases.SARCASM, heldout)],
        story=[_parse(line) for line in _side(phrases.STORY_LINES, heldout)],
        order_story=[_parse(line) for line in _side(phrases.ORDER_STORY_LINES, heldout)],
        partial_remarks=_side(phrases.PARTIAL_ORDER_REMARKS, heldout),
        amount_context=[_parse(line) for line in _side(phrases.AMOUNT_CONTEXT, heldout)],
        date_context=[_parse(line) for line in _side(phrases.DATE_CONTEXT, heldout)],
        signature_cues=_side(phrases.SIGNATURE_CUES, heldout),
        name_intros=_side(phrases.NAME_INTROS, heldout),
        clauses={
            "phone": _side(phrases.PHONE_CLAUSES, heldout),
            "email": _side(phrases.EMAIL_CLAUSES, heldout),
        },
        wording=wording,
        wording_re=_wording_pattern(wording),
    )


def _wording_pattern(wording: dict[str, list[str]]) -> re.Pattern[str] | None:
    """One alternation of the wording keys, longest first, as written and with a capital first letter."""
    forms = {form for key in wording for form in (key, upper_tr(key[0]) + key[1:])}
    if not forms:
        return None
    alternation = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


# ── Segments ─────────────────────────────────────────────────────────────────────────────────────────


@dataclass
class Seg:
    """A piece of ticket text: literal ("lit"), an entity ("ent"), personal data ("pii") or a PII cue ("keep")."""

    text: str
    kind: str = "lit"
    label: str | None = None


# ── One ticket ───────────────────────────────────────────────────────────────────────────────────────


@dataclass
class _Ticket:
    """The state of one ticket while it is written: chosen rows, slot values (reused when a slot repeats)."""

    rng: random.Random
    backend: Backend
    intent: str
    customer: Row
    order: Row | None
    slots: frozenset[str] = frozenset()
    product: Row | None = None
    values: dict[str, list[Seg]] = field(default_factory=dict)
    first: dict[str, Seg] = field(default_factory=dict)
    cancel_reason: Seg | None = None
    categories: frozenset[str] = frozenset()
    partial: bool = False
    missing_order_remark: bool = False
    amount: float | None = None
    limit: int | None = None
    coupon_code: str | None = None

    # Slots ----------------------------------------------------------------------------------------------

    def fill(self, slot: str) -> list[Seg]:
        """Segments for a slot; a slot used twice repeats the same value (and both spans are marked)."""
        if slot not in self.values:
            segs = getattr(self, f"_slot_{slot}")()
            self.values[slot] = segs
            for seg in segs:
                if seg.kind in ("ent", "pii"):
                    self.first.setdefault(slot, seg)
            return segs
        return [Seg(seg.text, seg.kind, seg.label) for seg in self.values[slot]]

    def _slot_order(self) -> list[Seg]:
        number = self._need_order()["order_number"]
        rng = self.rng
        if self.partial:  # cut short while copying: 5 to 7 digits, no entity, the bot must ask for the number
            keep = rng.randint(5, 7)
            return [Seg(number[:keep] if rng.random() < 0.6 else number[-keep:])]
        written = number
        roll = rng.random()
        if roll < 0.08 and len(number) >= 9 and not number.startswith("5"):
            cut = rng.choice((3, 4, 5))
            written = number[:cut] + " " + number[cut:]
            if len(number) >= 10 and rng.random() < 0.5:
                written = number[:3] + " " + number[3:6] + " " + number[6:]
        elif roll < 0.11 and len(number) >= 9:
            written = number[:4] + "-" + number[4:]
        segs = [Seg(written, "ent", "order_number")]
        if rng.random() < 0.05:
            segs.insert(0, Seg("#"))
        return segs

    def _slot_product(self) -> list[Seg]:
        rng = self.rng
        if self.product is None:
            self.product = self._choose_product()
        unique = self.intent in REQUIRED_SLOT and REQUIRED_SLOT[self.intent] == "product"
        mentions = self.backend.mentions(self.product, unique=unique)
        return [Seg(rng.choice(mentions), "ent", "product")]

    def _needs_sizes(self) -> bool:
        return "size" in self.slots or self.intent in SIZED_INTENTS

    def _choose_product(self) -> Row:
        """A product the template makes sense for: from the order's items when there is an order, of the
        template's categories, and with sizes when the ticket talks about sizes."""
        backend = self.backend
        sized = self._needs_sizes()
        if self.order is not None:
            items = [backend.demo.product(i["product_id"]) for i in backend.demo.items_of(self.order["id"])]
            fitting = [p for p in items if product_fits(p, self.categories, sized=sized)]
            return self.rng.choice(fitting or items)
        return self.rng.choice(backend.products_for(self.categories, sized=sized))

    def _slot_paid(self) -> list[Seg]:
        """What the customer paid for the order, exactly or rounded the way people say it ("bin lira")."""
        rng = self.rng
        total = self._need_order()["total_kurus"] / 100
        if total >= 100 and rng.random() < 0.3:
            total = float(round(total / 50) * 50)
        return [Seg(_write_amount(rng, total), "ent", "amount")]

    def _slot_prevticket(self) -> list[Seg]:
        """An earlier support ticket's number: six digits, so neither an order number nor personal data."""
        number = "".join(self.rng.choices("0123456789", k=6))
        return [Seg(self.rng.choice((number, "#" + number, "TLP-" + number)))]

    def _slot_carrier(self) -> list[Seg]:
        shipment = self.backend.demo.shipment_of(self.order["id"]) if self.order else None
        carrier = shipment["carrier"] if shipment else self.rng.choice(list(phrases.CARRIER_SPELLINGS))
        return [Seg(self.rng.choice(phrases.CARRIER_SPELLINGS[carrier]), "ent", "cargo_company")]

    def _slot_tracking(self) -> list[Seg]:
        shipment = self.backend.demo.shipment_of(self.order["id"]) if self.order else None
        number = shipment["tracking_number"] if shipment else "72" + "".join(self.rng.choices("0123456789", k=11))
        return [Seg(number, "ent", "tracking_number")]

    def _slot_reason(self) -> list[Seg]:
        """A reason that can be said of the product going back: the ticket's product, chosen now if no slot
        named it yet (so that a later {product} names the same one)."""
        if self.product is None:
            self.product = self._choose_product()
        options = phrases.EXCHANGE_REASONS if self.intent == "degisim_talebi" else phrases.RETURN_REASONS
        fitting = [text for text, categories in options if reason_fits(categories, self.product["category"])]
        return [Seg(self.rng.choice(fitting), "ent", "return_reason")]

    def _slot_creason(self) -> list[Seg]:
        """The customer's cancel reason; the gold call's `reason` is these words as finally written."""
        text, _paraphrase = self.rng.choice(phrases.CANCEL_REASONS)
        seg = Seg(text)
        self.cancel_reason = seg
        return [seg]

    def _slot_coupon(self) -> list[Seg]:
        rng = self.rng
        roll = rng.random()
        own = self.backend.personal_coupons.get(self.customer["id"])
        if roll < 0.2 and own:
            code = rng.choice(own)["code"]
        elif roll < 0.8:
            code = rng.choice(self.backend.general_coupons)["code"]
        else:
            code = rng.choice(phrases.UNKNOWN_COUPONS)
        self.coupon_code = code
        return [Seg(code, "ent", "coupon_code")]

    def _slot_amount(self) -> list[Seg]:
        rng = self.rng
        order = self.order
        if order is not None and self.intent in ("cift_cekim", "para_iadesi_durumu", "fiyat_dususu"):
            refund = self.backend.demo.refund_of(order["id"])
            kurus = refund["amount_kurus"] if refund and self.intent == "para_iadesi_durumu" else order["total_kurus"]
            value = kurus / 100
        else:
            value = rng.choice(phrases.AMOUNTS_TL)
        self.amount = value
        return [Seg(_write_amount(rng, value), "ent", "amount")]

    def _days_back(self, source: str) -> int:
        order = self.order
        if order is None:
            return self.rng.randint(1, 20)
        demo = self.backend.demo
        moment = order["created_at"]
        if source == "delivered" and order["delivered_at"]:
            moment = order["delivered_at"]
        elif source == "shipped" and (shipment := demo.shipment_of(order["id"])):
            moment = shipment["shipped_at"]
        elif source == "returned" and (ret := demo.return_of(order["id"])):
            moment = ret["created_at"]
        return max(0, self.backend.days_ago(moment.date()))

    def _slot_date(self) -> list[Seg]:
        return self._date_segs(self._days_back(DATE_SOURCE.get(self.intent, "created")))

    def _slot_odate(self) -> list[Seg]:
        return self._date_segs(self._days_back("created"))

    def _date_segs(self, days: int) -> list[Seg]:
        rng = self.rng
        if days == 0:
            return [Seg("bugün", "ent", "date")]
        if days == 1:
            return [Seg("dün", "ent", "date")]
        if days == 2:
            return [Seg(rng.choice(("evvelsi gün", "önceki gün", "2 gün önce")), "ent", "date")]
        day = self.backend.date_back(days)
        today = self.backend.today
        last_week = 1 <= days - today.weekday() <= 7  # the day lies in the previous calendar week
        if days <= 6 or (last_week and rng.random() < 0.5):
            roll = rng.random()
            if roll < 0.4 and days <= 10:
                return [Seg(f"{days} gün önce", "ent", "date")]
            weekday = phrases.WEEKDAYS[day.weekday()]
            # "geçen salı" is one date: the whole phrase is the span (the contract's date covers weekdays)
            segs = [Seg(f"geçen {weekday}" if last_week and roll < 0.75 else weekday, "ent", "date")]
            if rng.random() < 0.4:
                segs.append(Seg(" günü"))
            return segs
        roll = rng.random()
        if last_week and roll < 0.5:
            return [Seg("geçen hafta", "ent", "date")]
        if days in (7, 14) and roll < 0.6:
            count = rng.choice(("bir", "1") if days == 7 else ("iki", "2"))
            return [Seg(f"{count} hafta önce", "ent", "date")]
        previous_month = (today.month - 2) % 12 + 1
        if day.month == previous_month and days <= 45 and roll < 0.4:
            return [Seg(rng.choice(("geçen ay", "geçen ay", "geçtiğimiz ay")), "ent", "date")]
        if days <= 20 and roll < 0.7:
            return [Seg(f"{days} gün önce", "ent", "date")]
        month = phrases.MONTHS[day.month - 1]
        segs = [Seg(f"{day.day} {month}", "ent", "date")]
        if rng.random() < 0.6:
            segs.append(Seg(phrases.MONTH_LOCATIVE[month]))
        return segs

    def _slot_since(self) -> list[Seg]:
        days = max(2, self._days_back(DATE_SOURCE.get(self.intent, "created")))
        return [Seg(f"{days} gündür", "ent", "date")]

    def _slot_invoice(self) -> list[Seg]:
        invoice = self.backend.demo.invoice_of(self._need_order()["id"])
        number = invoice["invoice_number"] if invoice else "GIB2026" + "".join(self.rng.choices("0123456789", k=9))
        return [Seg(number, "ent", "invoice_number")]

    def _slot_size(self) -> list[Seg]:
        rng = self.rng
        sizes: list[str] = []
        current = None
        if self.order is not None and self.intent == "degisim_talebi":
            mine = self.product["id"] if self.product is not None else None
            items = self.backend.demo.items_of(self.order["id"])
            sized = [i for i in items if i["size"] and mine in (None, i["product_id"])]
            if sized:
                item = rng.choice(sized)
                self.product = self.backend.demo.product(item["product_id"])
                current = item["size"]
        if self.product is None and self.intent in ("beden_danisma", "stok_sor"):
            self.product = self._choose_product()
        if self.product is not None and self.product["sizes"]:
            sizes = [s for s in self.product["sizes"] if s != current]
        return [Seg(rng.choice(sizes or list(phrases.GENERIC_SIZES)), "ent", "size")]

    def _slot_n(self) -> list[Seg]:
        self.limit = self.rng.choice((2, 3, 3, 5, 10))
        words = {2: "iki", 3: "üç", 5: "beş", 10: "on"}
        return [Seg(str(self.limit) if self.rng.random() < 0.6 else words[self.limit])]

    def _slot_address(self) -> list[Seg]:
        return [Seg(fakes.address(self.rng), "pii", "address")]

    def _slot_phone(self) -> list[Seg]:
        known = self.customer["phone"] if self.intent != "iletisim_bilgisi_guncelle" else None
        return [Seg(fakes.phone(self.rng, known), "pii", "phone")]

    def _slot_email(self) -> list[Seg]:
        value = fakes.email(self.rng, self.customer["full_name"])
        if self.intent not in ("iletisim_bilgisi_guncelle", "uyelik_problem"):
            value = self.customer["email"]
        return [Seg(value, "pii", "email")]

    def _slot_iban(self) -> list[Seg]:
        return [Seg(fakes.iban(self.rng), "pii", "iban")]

    def _slot_card(self) -> list[Seg]:
        return [Seg(fakes.card(self.rng), "pii", "card")]

    def _slot_tckn(self) -> list[Seg]:
        return [Seg(fakes.tckn(self.rng), "pii", "tckn")]

    def _need_order(self) -> Row:
        if self.order is None:
            orders = self.backend.demo.orders_of(self.customer["id"])
            self.order = self.rng.choice(orders[:5])
        return self.order

    # Rendering ------------------------------------------------------------------------------------------

    def render(self, parts: Iterable[tuple[str, Any]]) -> list[Seg]:
        segs: list[Seg] = []
        for kind, payload in parts:
            if kind == "lit":
                segs.append(Seg(payload))
            elif kind == "alt":
                segs.append(Seg(self.rng.choice(payload)))
            else:
                segs.extend(self.fill(payload))
        return segs


_ONES = ("", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz")
_TENS = ("", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan")


def number_words(n: int) -> str:
    """A whole number below a million in Turkish words: 1250 -> "bin iki yüz elli" (no "bir" before yüz/bin)."""
    thousands, rest = divmod(n, 1000)
    hundreds, below = divmod(rest, 100)
    words = []
    if thousands:
        words += ([number_words(thousands)] if thousands > 1 else []) + ["bin"]
    if hundreds:
        words += ([_ONES[hundreds]] if hundreds > 1 else []) + ["yüz"]
    words += [w for w in (_TENS[below // 10], _ONES[below % 10]) if w]
    return " ".join(words)


def _write_amount(rng: random.Random, value: float) -> str:
    """An amount as Turkish customers write it: "1.249,90 TL", "1249,90 TL", "2.500 lira", "₺899,99",
    "1.249₺", and round sums in words ("bin lira", "iki bin beş yüz TL")."""
    lira, kurus = int(value), round((value - int(value)) * 100)
    if not kurus and lira % 50 == 0 and 100 <= lira < 100_000 and rng.random() < 0.35:
        return f"{number_words(lira)} {rng.choice(('lira', 'lira', 'TL'))}"
    grouped = f"{lira:,}".replace(",", ".")
    plain = str(lira)
    number = rng.choice((grouped, plain)) if lira >= 1000 else plain
    if kurus or rng.random() < 0.3:
        number += f",{kurus:02d}"
    style = rng.random()
    if style < 0.45:
        return f"{number} TL"
    if style < 0.7:
        return f"{number} lira"
    if style < 0.8:
        return f"₺{number}"
    if style < 0.92:
        return f"{number}₺"
    return f"{number}TL"


# ── Frame and noise ──────────────────────────────────────────────────────────────────────────────────


def pick_register(rng: random.Random, intent: str) -> str:
    """The ticket's register; angry ones are likelier where something went wrong (late, damaged, charged twice)."""
    column = 1 if intent in ANGRY_PRONE else 0
    names = list(REGISTERS)
    return rng.choices(names, weights=[REGISTERS[name][column] for name in names])[0]


def _frame(
    ticket: _Ticket, pools: _Pools, body: list[Seg], style: set[str], register: str, *, shout: bool
) -> tuple[list[Seg], str | None]:
    """Dress a body for its register: opener, story, context, second topic, threats, contact, one sign-off.

    Returns (segments, second intent or None). The register decides everything together, so a text-message
    "slm" never ends in "Saygılarımla" and a letter never ends in "tsk". At most one sign-off: a letter ends
    either in a closing sentence or in a signature cue with the name below it, never both. A shouting customer
    (caps lock) gets no greeting: a capitalised line after "İyi günler," would read as a signature name to the
    PII masker.
    """
    rng = ticket.rng
    intent = ticket.intent
    bare = intent in ("selamlama", "tesekkur")
    formal = register == "formal" and not bare
    segs: list[Seg] = []
    multiline = not bare and not shout and rng.random() < {"formal": 0.4, "polite": 0.012}.get(register, 0.0)
    sep = "\n" if multiline else " "
    second: str | None = None

    opener = None
    opener_share = {"formal": 1.0, "polite": 0.72, "curt": 0.25, "angry": 0.3, "sms": 0.45}[register]
    if not bare and not shout and rng.random() < opener_share:
        opener = rng.choice(pools.openers[register])
        segs += [Seg(opener), Seg(sep)]
    introduced = not bare and not shout and rng.random() < {"formal": 0.25, "polite": 0.07}.get(register, 0.0)
    if introduced:
        if opener is not None and opener[-1].isalpha():  # "Slm, Ben Ayşe": the masker needs the boundary
            segs.insert(1, Seg(","))
        cue = rng.choice(pools.name_intros)
        segs += [Seg(cue, "keep"), Seg(" "), Seg(ticket.customer["full_name"], "pii", "person"), Seg(". ")]
        style.add("name_intro")
    first = body[0]
    # "Merhaba, siparişim ..." mostly goes on in lower case; after an opener that ends mid-sentence ("Merhaba, sizi
    # rahatsız ediyorum ama") it always does.
    open_ended = opener is not None and sep == " " and not introduced and opener[-1] not in ".!?:"
    lower_p = 0.7 if open_ended and opener[-1] == "," else 1.0 if open_ended and opener[-1].isalpha() else 0.0
    if first.kind == "lit" and rng.random() < lower_p:
        # In place: a body that opens with the cancel reason keeps its gold `reason` in the words as written.
        first.text = fold(first.text[:1]) + first.text[1:]
    segs += [first, *body[1:]]
    last = body[-1]
    if last.text and last.text[-1] not in ".?!)":
        segs.append(Seg("."))  # "no: 1051-976509 18 Kasım'da" would glue the date's day onto the number
    if bare:
        return segs, None

    def add_line(parts: tuple[tuple[str, Any], ...]) -> None:
        rendered = ticket.render(parts)
        head = rendered[0]
        if head.text[:1].islower():  # a sentence that opens with a slot: "Dün sipariş verdim."
            rendered[0] = Seg(upper_tr(head.text[:1]) + head.text[1:], head.kind, head.label)
            if head.kind in ("ent", "pii"):
                for slot, seg in ticket.first.items():
                    if seg is head:
                        ticket.first[slot] = rendered[0]
        segs.extend([Seg(" "), *rendered])

    if ticket.missing_order_remark and ticket.order is not None:  # "sonu 482 olan": still no order number entity
        digits = ticket.order["order_number"][-4:]
        remark = rng.choice(pools.partial_remarks)
        segs += [Seg(" " + remark.replace("{digits}", digits if "dört" in remark else digits[-rng.choice((3, 4)) :]))]
        style.add("partial_order")
    if register in ("formal", "polite") and rng.random() < 0.25:
        lines = pools.order_context if ticket.order is not None and rng.random() < 0.6 else pools.general_context
        add_line(rng.choice(lines))
    if ticket.order is not None and "odate" not in ticket.values and rng.random() < 0.22:
        add_line(rng.choice(pools.date_context))
    if ticket.order is not None and "paid" not in ticket.values and rng.random() < 0.15:
        add_line(rng.choice(pools.amount_context))
    if register != "curt" and not shout and rng.random() < STORY_SHARE:
        usable = pools.story + pools.order_story if ticket.order is not None else pools.story
        for line in rng.sample(usable, rng.choice((2, 3, 3, 4))):
            add_line(line)
        style.add("story")
    if not shout and rng.random() < SECOND_TOPIC_SHARE:
        second = _second_topic(ticket, pools, segs)
        if second is not None:
            style.add("side_topic")
    if register == "angry":
        if rng.random() < 0.22:
            add_line(rng.choice(pools.sarcasm))
            style.add("sarcasm")
        if rng.random() < 0.3:
            add_line(rng.choice(pools.escalations))
            style.add("escalation")
    if not shout and rng.random() < {"formal": 0.3, "polite": 0.14, "angry": 0.06, "curt": 0.04}.get(register, 0.0):
        kind = rng.choice(("phone", "phone", "email"))
        if kind not in ticket.values:
            before, after = rng.choice(pools.clauses[kind]).split("{pii}")
            segs += [Seg(" " + before), *ticket.fill(kind), Seg(after)]
    if shout:
        return segs, second
    if formal and multiline and rng.random() < 0.5:
        segs += [Seg("\n"), Seg(rng.choice(pools.signature_cues), "keep"), Seg("\n")]
        segs.append(Seg(ticket.customer["full_name"], "pii", "person"))
        style.add("signature")
    elif rng.random() < {"formal": 1.0, "polite": 0.5, "curt": 0.25, "angry": 0.45, "sms": 0.4}[register]:
        segs += [Seg(sep), Seg(rng.choice(pools.closers[register]))]
    if formal:
        style.add("formal")
    return segs, second


def _second_topic(ticket: _Ticket, pools: _Pools, segs: list[Seg]) -> str | None:
    """Tie a second, secondary topic on after the request: a side remark or another intent's slot-free template.

    The primary intent keeps the label (the customer asks for it first and frames the rest as "bir de ...");
    the second one is returned for the record's `second_intent`. Confusable neighbours are never paired.
    """
    rng = ticket.rng
    intent = ticket.intent
    close = set().union(*(group for group in CONFUSABLE if intent in group)) | {intent}
    if rng.random() < 0.35:
        remarks = [(text, other) for text, other in pools.side_remarks if other not in close]
        text, other = rng.choice(remarks)
        segs += [Seg(" "), Seg(text)]
        return other
    candidates = [other for other in pools.slotless if other not in close]
    other = rng.choice(candidates)
    template = rng.choice(pools.slotless[other])
    prefix, suffix = rng.choice(pools.second_frames)
    rendered = ticket.render(template.parts)
    if not prefix.endswith(": ") and rendered and rendered[0].text:
        rendered[0] = Seg(fold(rendered[0].text[:1]) + rendered[0].text[1:])
    tail = rendered[-1].text if rendered else ""
    end = "" if tail and tail[-1] in ".?!" else "."
    segs += [Seg(" " + prefix), *rendered, Seg(end + suffix)]
    return other


_NEIGHBOURS: dict[str, str] = {
    "a": "sq", "e": "wr", "i": "uo", "ı": "uo", "o": "ip", "u": "yı", "r": "et", "t": "ry", "y": "tu", "s": "ad",
    "d": "sf", "k": "jl", "l": "kş", "m": "nö", "n": "bm", "g": "fh", "h": "gj", "z": "x", "c": "vç", "b": "vn",
}  # fmt: skip
"""Keys beside each other on a Turkish Q keyboard: the letter a slipping finger hits instead."""


def _typo(rng: random.Random, word: str) -> str:
    """One slip per word: a dropped, doubled, swapped or neighbouring key, or one dotless/dotted i mixed up.

    Only one i/ı in the word changes: people type "hesabimdaki", not the full swap "hesabimdakı"."""
    i = rng.randrange(1, len(word) - 1)
    op = rng.random()
    if op < 0.25:
        return word[:i] + word[i + 1 :]
    if op < 0.42:
        return word[:i] + word[i] + word[i:]
    if op < 0.57:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op < 0.75 and word[i] in _NEIGHBOURS:
        return word[:i] + rng.choice(_NEIGHBOURS[word[i]]) + word[i + 1 :]
    positions = [n for n, c in enumerate(word) if c in "ıi"]
    if not positions:
        return word[:i] + word[i + 1 :]
    n = rng.choice(positions)
    return word[:n] + ("i" if word[n] == "ı" else "ı") + word[n + 1 :]


WORDING_SHARE = 0.6
"""Chance that each phrases.WORDING key in a ticket's literal text is said another way."""


def _vary_wording(rng: random.Random, pools: _Pools, segs: list[Seg], style: set[str]) -> None:
    """Say some stock words another way (phrases.WORDING), in literal text only; a capital stays a capital.

    Why: with one phrasebook, ten thousand tickets share a few hundred words (type-token ratio 0.23), and a model
    taught on them meets real customers."""
    if pools.wording_re is None:
        return

    def replace(match: re.Match[str]) -> str:
        written = match.group()
        key = fold(written[0]) + written[1:]
        if rng.random() >= WORDING_SHARE:
            return written
        style.add("wording")
        chosen = rng.choice(pools.wording[key])
        return upper_tr(chosen[0]) + chosen[1:] if written[0].isupper() else chosen

    for seg in segs:
        if seg.kind == "lit":
            seg.text = pools.wording_re.sub(replace, seg.text)


def _rewrite_words(segs: list[Seg], rewrite: Any) -> None:
    """Apply `rewrite(word) -> str` to the words of literal segments, in place."""
    for seg in segs:
        if seg.kind == "lit":
            seg.text = _WORD_RE.sub(lambda m: rewrite(m.group()), seg.text)


# Per register: (colloquial spellings, typos, lower case, no Turkish letters, stretched punctuation, emoji).
_NOISE: dict[str, tuple[float, float, float, float, float, float]] = {
    "formal": (0.0, 0.05, 0.0, 0.02, 0.0, 0.0),
    "polite": (0.15, 0.18, 0.1, 0.04, 0.06, 0.07),
    "curt": (0.3, 0.3, 0.3, 0.06, 0.08, 0.03),
    "angry": (0.25, 0.35, 0.1, 0.05, 0.5, 0.2),
    "sms": (0.7, 0.45, 0.75, 1.0, 0.2, 0.2),
}


def _noise(ticket: _Ticket, segs: list[Seg], style: set[str], register: str, *, shout: bool) -> None:
    """Chat spellings, typos, case, no Turkish characters, emoji and punctuation, as the register writes.

    Typos touch literal text only, never an entity or personal data, so every label stays right. Text typed
    without Turkish letters is so throughout, the customer's name and address included: a keyboard does not
    switch layouts for a name.
    """
    rng = ticket.rng
    colloquial_p, typo_p, lower_p, deascii_p, punct_p, emoji_p = _NOISE[register]

    def protected(word: str) -> bool:
        """Words that tell what a nearby number or code is ("sipariş", "takip", "kargo", "kupon"): no typo there."""
        low = fold(word)
        return any(stem in low for stem in _LABEL_STEMS)

    if rng.random() < colloquial_p:

        def colloquial(word: str) -> str:
            options = phrases.COLLOQUIAL.get(fold(word))
            if options and not protected(word) and rng.random() < 0.6:
                style.add("colloquial")
                return rng.choice(options)
            return word

        _rewrite_words(segs, colloquial)
    if rng.random() < typo_p:
        candidates = [
            (n, m) for n, seg in enumerate(segs) if seg.kind == "lit" for m in _WORD_RE.finditer(seg.text)
            if len(m.group()) >= 5 and not protected(m.group())
        ]  # fmt: skip
        for n, match in rng.sample(candidates, min(len(candidates), rng.choice((1, 1, 2, 3)))):
            seg = segs[n]
            if seg.text[match.start() : match.end()] == match.group():
                seg.text = seg.text[: match.start()] + _typo(rng, match.group()) + seg.text[match.end() :]
                style.add("typo")
    body_text = fold("".join(seg.text for seg in segs))
    may_shout = not any(seg.kind in ("pii", "keep") for seg in segs) and not any(
        trigger in body_text for trigger in _PERSON_TRIGGERS
    )
    if shout and may_shout:
        for seg in segs:
            seg.text = upper_tr(seg.text)
        style.add("upper")
    elif rng.random() < lower_p:
        for seg in segs:
            if seg.kind != "pii":
                seg.text = fold(seg.text)
        style.add("lower")
    # After the case change: "İyi" lower-cased, then folded to ASCII, is "iyi"; the other order gives "ıyi".
    if rng.random() < deascii_p:
        table = str.maketrans(phrases.DEASCII)
        for seg in segs:
            seg.text = seg.text.translate(table)
        style.add("deascii")
    if rng.random() < punct_p:
        last = segs[-1]
        if last.kind == "lit" and last.text and last.text[-1] in ".?!":
            mark = last.text[-1]
            last.text = last.text[:-1] + rng.choice(("", mark * 2, mark * 3, "!?", "..."))
            style.add("punctuation")
    if rng.random() < emoji_p and segs[-1].kind == "lit":
        angry = register == "angry" or ticket.intent in ANGRY_PRONE
        pool = phrases.EMOJIS_ANGRY + phrases.EMOJIS_SAD if angry else phrases.EMOJIS_PLEASE + phrases.EMOJIS_HAPPY
        segs.append(Seg(" " + rng.choice(pool)))
        style.add("emoji")


def _assemble(segs: list[Seg]) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Join segments into the ticket text, with entity and PII spans at their final offsets."""
    pieces: list[str] = []
    entities: list[dict[str, Any]] = []
    pii: list[dict[str, Any]] = []
    offset = 0
    for seg in segs:
        end = offset + len(seg.text)
        if seg.kind == "ent":
            entities.append({"type": seg.label, "value": seg.text, "start": offset, "end": end})
        elif seg.kind == "pii":
            pii.append({"type": seg.label, "start": offset, "end": end})
        pieces.append(seg.text)
        offset = end
    return "".join(pieces), entities, pii


# ── Gold tool calls ──────────────────────────────────────────────────────────────────────────────────


def _cancel_reason(ticket: _Ticket, text: str) -> str:
    """The reason the customer gives for cancelling, in their words; "müşteri talebi" when they give none."""
    if ticket.cancel_reason is not None and ticket.cancel_reason.text.strip():
        return ticket.cancel_reason.text.strip()
    match = _CANCEL_CUE_RE.search(fold(text))
    return text[match.start() : match.end()] if match else "müşteri talebi"


def _text_of(ticket: _Ticket, slot: str) -> str | None:
    seg = ticket.first.get(slot)
    return seg.text if seg is not None else None


def _gold_calls(ticket: _Ticket, template: Template, text: str) -> tuple[list[dict[str, Any]], str | None]:
    """The contract's tools for the intent with arguments from the ticket; (calls, what is missing).

    A number cut short ("48215", "sonu 482 olan") is no order number: no call, the bot asks, as when none is
    given. A cancel reason is the customer's own words as written in `text`, where they give one."""
    intent = ticket.intent
    contract_intent = load_contract().intent(intent)
    if not _group_key(intent, template.slots) or ticket.partial:
        return [], "order" if contract_intent.needs_order else REQUIRED_SLOT[intent]
    rng = ticket.rng
    order_number = ticket.order["order_number"] if ticket.order is not None else None
    calls: list[dict[str, Any]] = []
    for tool in contract_intent.tools:
        args: dict[str, Any]
        if tool in ("get_order_status", "track_shipment", "get_return_status", "get_refund_status", "send_invoice"):
            args = {"order_number": order_number}
        elif tool == "cancel_order":
            args = {"order_number": order_number, "reason": _cancel_reason(ticket, text)}
        elif tool == "update_delivery_address":
            args = {"order_number": order_number, "address": "[ADRES]"}
        elif tool == "report_order_problem":
            args = {"order_number": order_number, "problem_type": intent}
            if (product := _text_of(ticket, "product")) is not None:
                args["product"] = product
        elif tool == "start_return_process":
            args = {"order_number": order_number, "reason": _text_of(ticket, "reason") or "müşteri iade talebi"}
        elif tool == "create_exchange_request":
            args = {"order_number": order_number, "reason": _text_of(ticket, "reason") or "beden/renk değişimi"}
            if (size := _text_of(ticket, "size")) is not None:
                args["size"] = size
        elif tool in ("get_product_info", "check_stock"):
            args = {"product": _text_of(ticket, "product")}
        elif tool == "validate_coupon":
            args = {"coupon_code": _text_of(ticket, "coupon")}
        elif tool == "get_installment_options":
            args = {"amount": ticket.amount}
        elif tool == "list_customer_orders":
            args = {"limit": ticket.limit} if ticket.limit is not None else {}
        elif tool == "transfer_to_human":
            args = {"reason": rng.choice(TRANSFER_REASONS[intent])}
        else:  # list_campaigns, send_password_reset: no arguments
            args = {}
        calls.append({"name": tool, "arguments": args})
    return calls, None


# ── The corpus ───────────────────────────────────────────────────────────────────────────────────────


def _looks_like_tckn(number: str) -> bool:
    """An 11-digit order number that passes the TC kimlik checksum: only a nearby label tells them apart."""
    if len(number) != 11 or number[0] == "0":
        return False
    digits = [int(c) for c in number]
    tenth = (sum(digits[0:9:2]) * 7 - sum(digits[1:8:2])) % 10
    return digits[9] == tenth and digits[10] == sum(digits[:10]) % 10


def _labels_order(template: Template) -> bool:
    """Whether the template names the number an order number ("sipariş", "no", "nolu", "numaralı", "order")."""
    literal = "".join(payload for kind, payload in template.parts if kind == "lit")
    return _ORDER_LABEL_RE.search(fold(literal)) is not None


def intent_counts(n: int) -> dict[str, int]:
    """How many tickets of each intent a corpus of n gets: INTENT_WEIGHTS by largest remainder, exact sum."""
    total = sum(INTENT_WEIGHTS.values())
    shares = {intent: n * weight / total for intent, weight in INTENT_WEIGHTS.items()}
    counts = {intent: int(share) for intent, share in shares.items()}
    rest = sorted(shares, key=lambda i: (counts[i] - shares[i], i))
    for intent in rest[: n - sum(counts.values())]:
        counts[intent] += 1
    return counts


def _order_fits(backend: Backend, order: Row, template: Template, intent: str) -> bool:
    """Whether the order holds a product the template can talk about (a device for "ekranı çatlak")."""
    if not template.categories or "product" not in template.slots:
        return True
    sized = "size" in template.slots or intent in SIZED_INTENTS
    return any(
        product_fits(backend.demo.product(item["product_id"]), template.categories, sized=sized)
        for item in backend.demo.items_of(order["id"])
    )


def _pick(backend: Backend, pools: _Pools, rng: random.Random, intent: str) -> tuple[Template, Row | None]:
    """A body template and, for order intents, an order in a fitting state that holds a fitting product."""
    contract_intent = load_contract().intent(intent)
    complete = pools.complete.get(intent, [])
    incomplete = pools.incomplete.get(intent, [])
    missing_first = incomplete and (not complete or rng.random() < MISSING_SHARE)
    for attempt in range(20):
        template = rng.choice(incomplete if missing_first else complete)
        if not (contract_intent.needs_order or intent == "fiyat_dususu"):
            return template, None
        for _ in range(40):
            order = backend.pick_order(rng, intent, EIGHT_DIGIT_SHARE)
            if "order" in template.slots and _looks_like_tckn(order["order_number"]) and not _labels_order(template):
                continue
            if attempt == 19 or _order_fits(backend, order, template, intent):  # a tiny demo may lack the kind
                return template, order
    raise RuntimeError(f"no order fits any {intent} template")  # only with no order in the intent's pools


def _one(backend: Backend, pools: _Pools, rng: random.Random, intent: str) -> dict[str, Any]:
    contract_intent = load_contract().intent(intent)
    template, order = _pick(backend, pools, rng, intent)
    customer = backend.demo.customer(order["customer_id"]) if order else rng.choice(backend.demo.customers)
    ticket = _Ticket(rng, backend, intent, customer, order, template.slots, categories=template.categories)
    if contract_intent.needs_order:
        if "order" in template.slots:
            ticket.partial = rng.random() < PARTIAL_SHARE
        else:
            ticket.missing_order_remark = rng.random() < 0.2
    style: set[str] = {"partial_order"} if ticket.partial else set()
    register = pick_register(rng, intent)
    body = ticket.render(template.parts)
    shout = register == "angry" and rng.random() < 0.06
    segs, second = _frame(ticket, pools, body, style, register, shout=shout)
    _vary_wording(rng, pools, segs, style)
    _noise(ticket, segs, style, register, shout=shout)
    text, entities, pii = _assemble(segs)
    if pii:
        style.add("pii")
    calls, missing = _gold_calls(ticket, template, text)
    gold = Gold(
        intent=intent,
        customer=customer,
        order=ticket.order,
        product=ticket.product,
        calls=calls,
        missing=missing,
        coupon_code=ticket.coupon_code,
        amount=ticket.amount,
        limit=ticket.limit,
    )
    return {
        "text": text,
        "customer_id": customer["id"],
        "intent": intent,
        "entities": entities,
        "pii": pii,
        "tool_calls": calls,
        "reply": compose_reply(rng, backend, gold),
        "template": template.id,
        "register": register,
        "second_intent": second,
        "style": sorted(style),
    }


def generate(split: Split, n: int, seed: int, *, demo: DemoData | None = None) -> list[dict[str, Any]]:
    """`n` labelled tickets for `split`; the same (split, n, seed, demo) always gives the same records.

    `demo` defaults to `build_demo(seed)`; pass one in to reuse it across calls (building it takes seconds).
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, got {split!r}")
    if n < 0:
        raise ValueError("n must be >= 0")
    backend = Backend(demo if demo is not None else build_demo(seed))
    pools = _pools(split == "heldout")
    rng = random.Random(f"destek-corpus:{split}:{seed}")
    plan = [intent for intent, count in intent_counts(n).items() for _ in range(count)]
    rng.shuffle(plan)
    records = []
    for index, intent in enumerate(plan):
        record = {"id": f"{split}-{seed}-{index:06d}"} | _one(backend, pools, rng, intent)
        records.append(record)
    return records


def write_jsonl(records: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write records one JSON object per line (UTF-8, Turkish characters unescaped); returns the count.

    Missing parent folders are created, so `--out runs/mini.jsonl` works in a fresh checkout."""
    count = 0
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
