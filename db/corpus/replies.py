"""Gold replies: short Turkish answers grounded in the backend rows behind the gold tool calls.

Why so strict: evaluation counts a reply as hallucinated when it states an order status, date, amount, tracking
number, carrier or code that is not in the tool results. The gold reply must be the example the bot learns
from, so it states only what the demo rows of the called tools hold, and for policy questions (no tool) it
states no specifics at all. Anything a tool would generate on the spot (a new return code, a case id) is not
known here and is never quoted.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from db.corpus.backend import Backend, Row, format_day, format_tl
from db.models import ORDER_STATUSES, REFUND_STATUSES, RETURN_STATUSES, SHIPPED_STATUSES
from db.policy import RETURN_WINDOW_DAYS


@dataclass(frozen=True)
class Gold:
    """What the reply may draw on: the ticket's customer, the rows its calls touch, and what is missing."""

    intent: str
    customer: Row
    order: Row | None
    product: Row | None
    calls: list[dict[str, Any]]
    missing: str | None
    coupon_code: str | None
    amount: float | None
    limit: int | None


ASK: dict[str, tuple[str, ...]] = {
    "order": (
        "Size yardımcı olabilmem için sipariş numaranızı paylaşır mısınız?",
        "Hangi siparişinizle ilgili olduğunu görebilmem için sipariş numaranızı yazar mısınız?",
        "Sipariş numaranızı iletirseniz hemen kontrol edeyim.",
    ),
    "product": (
        "Hangi ürünü sorduğunuzu yazar mısınız? Ürün adını paylaşırsanız hemen bakayım.",
        "Kontrol edebilmem için ürünün adını paylaşır mısınız?",
    ),
    "coupon": (
        "Kontrol edebilmem için kupon kodunu paylaşır mısınız?",
        "Kupon kodunu yazarsanız neden uygulanmadığına bakayım.",
    ),
    "amount": (
        "Hangi tutar için taksit seçeneklerini öğrenmek istediğinizi yazar mısınız?",
        "Sepet tutarınızı paylaşırsanız size uygun taksit seçeneklerini iletebilirim.",
    ),
    "address": (
        "Adres değişikliği için sipariş numaranızı ve yeni teslimat adresinizi paylaşır mısınız?",
        "Hangi siparişin adresini değiştirmek istediğinizi ve yeni adresinizi yazar mısınız?",
    ),
}

# Policy answers without specifics: no amounts, durations or dates the backend did not give.
POLICY: dict[str, tuple[str, ...]] = {
    "teslimat_suresi": (
        "Teslimat süresi satıcıya ve teslimat adresinize göre değişir; her ürünün sayfasında tahmini teslim "
        "tarihi yer alır. Siparişinizden sonra kargo takibini Siparişlerim sayfasından yapabilirsiniz.",
        "Tahmini teslim tarihi ürün sayfasında ve sepette gösterilir; satıcı ve adrese göre farklılık gösterir.",
    ),
    "kargo_ucreti": (
        "Kargo ücreti satıcıya ve sepet tutarına göre değişir; ödeme adımındaki sepet özetinde kargo ücretini "
        "görebilirsiniz. Ücretsiz kargo sunan ürünlerde bu bilgi ürün sayfasında yazar.",
        "Kargo ücreti sepet özetinde gösterilir; satıcının ücretsiz kargo koşulları ürün sayfasında yer alır.",
    ),
    "iade_kosullari": (
        f"Ürünleri teslim aldığınız tarihten itibaren {RETURN_WINDOW_DAYS} gün içinde, kullanılmamış ve "
        "orijinal ambalajında olmak kaydıyla iade edebilirsiniz. İade talebini Siparişlerim sayfasından "
        "oluşturabilirsiniz. Hijyen ürünleri ve kişiye özel ürünler iade kapsamında değildir.",
        f"İade süresi teslimattan itibaren {RETURN_WINDOW_DAYS} gündür. Ürünün kullanılmamış ve eksiksiz olması "
        "gerekir; talebi Siparişlerim sayfasından başlatabilirsiniz.",
    ),
    "kapida_odeme": (
        "Kapıda ödeme, satıcının bu seçeneği sunduğu ürünlerde ödeme adımında görünür; uygun değilse seçenek "
        "listede çıkmaz.",
        "Kapıda ödeme seçeneği satıcıya ve ürüne göre değişir; ödeme adımında seçenekler arasında görebilirsiniz.",
    ),
    "garanti_servis": (
        "Garanti süresi ve yetkili servis bilgisi ürünün garanti belgesinde ve ürün sayfasında yer alır. "
        "Faturanız garanti belgesi yerine de geçer; arıza durumunda yetkili servise başvurabilirsiniz.",
        "Garanti koşulları üreticiye göre değişir; ürün sayfasındaki garanti bilgisini ve faturanızı "
        "yetkili servise ibraz ederek başvurabilirsiniz.",
    ),
    "premium_uyelik": (
        "Premium üyelik avantajlarını ve güncel ücretini Hesabım > Premium sayfasında görebilir, üyeliğinizi "
        "aynı sayfadan yönetebilirsiniz.",
        "Premium üyeliğin ayrıcalıkları ve ücreti Hesabım sayfasındaki Premium bölümünde yer alır.",
    ),
    "selamlama": (
        "Merhaba, size nasıl yardımcı olabilirim?",
        "Merhaba, hoş geldiniz. Hangi konuda yardımcı olabilirim?",
    ),
    "tesekkur": (
        "Rica ederiz, iyi günler dileriz.",
        "Biz teşekkür ederiz. Başka bir konuda yardımcı olabilirsem yazmanız yeterli.",
    ),
    "kapsam_disi": (
        "Bu konuda yardımcı olamıyorum; siparişleriniz, kargo, iade, ödeme ve ürünlerle ilgili sorularınızda "
        "yardımcı olabilirim.",
        "Üzgünüm, bu konu hizmet kapsamımız dışında. Sipariş, kargo ve iade konularında yardımcı olabilirim.",
    ),
}

TRANSFERRED = (
    "Talebinizi ilgili ekibimize aktardım; en kısa sürede size dönüş yapılacak.",
    "Konuyu uzman ekibimize ilettim, sizinle en kısa sürede iletişime geçecekler.",
    "Talebinizi bir müşteri temsilcisine aktardım; kısa süre içinde dönüş yapılacak.",
)


def compose_reply(rng: random.Random, backend: Backend, gold: Gold) -> str:
    """The gold reply for a ticket."""
    if gold.missing is not None:
        return rng.choice(ASK[gold.missing])
    if not gold.calls:
        return rng.choice(POLICY[gold.intent])
    parts = [_reply_for_call(rng, backend, gold, call) for call in gold.calls]
    return " ".join(part for part in parts if part)


def _reply_for_call(rng: random.Random, backend: Backend, gold: Gold, call: dict[str, Any]) -> str:
    name = call["name"]
    demo = backend.demo
    order = gold.order
    if name == "transfer_to_human":
        return rng.choice(TRANSFERRED)
    if name == "list_customer_orders":
        orders = demo.orders_of(gold.customer["id"])[: call["arguments"].get("limit", 5)]
        listed = ", ".join(f"{o['order_number']} ({ORDER_STATUSES[o['status']]})" for o in orders)
        return f"Son siparişleriniz: {listed}."
    if name == "send_password_reset":
        return (
            "Kayıtlı e-posta adresinize şifre sıfırlama bağlantısı gönderdik; bağlantı ile yeni şifrenizi "
            "belirleyebilirsiniz."
        )
    if name == "list_campaigns":
        active = [c["title"] for c in demo.campaigns if c["starts_on"] <= backend.today <= c["ends_on"]]
        if not active:
            return "Şu anda aktif bir kampanya bulunmuyor."
        return "Şu an aktif kampanyalarımız: " + ", ".join(active) + "."
    if name == "get_installment_options":
        return _installments(backend, gold.amount or 0.0)
    if name == "validate_coupon":
        return _coupon(backend, gold)
    if name in ("get_product_info", "check_stock"):
        return _product(gold, name)
    assert order is not None, f"{name} needs an order"
    number = order["order_number"]
    shipment = demo.shipment_of(order["id"])
    status = order["status"]
    if name == "get_order_status":
        if gold.intent == "satici_iletisim":
            return (
                f"{number} numaralı siparişinizin satıcısı {order['seller']}. Satıcıya sipariş detayındaki "
                "'Satıcıya Sor' alanından mesaj gönderebilirsiniz."
            )
        return _order_status(order, shipment)
    if name == "track_shipment":
        return _tracking(backend, gold, order, shipment)
    if name == "cancel_order":
        if status == "hazirlaniyor":
            return f"{number} numaralı siparişiniz iptal edildi. Ödemeniz, ödeme yaptığınız yönteme iade edilecek."
        if status == "iptal":
            return f"{number} numaralı siparişiniz zaten iptal edilmiş görünüyor."
        return (
            f"{number} numaralı siparişiniz kargoya verildiği için iptal edilemiyor. Teslim aldıktan sonra "
            "Siparişlerim sayfasından iade talebi oluşturabilirsiniz."
        )
    if name == "update_delivery_address":
        if status == "hazirlaniyor":
            return f"{number} numaralı siparişinizin teslimat adresi güncellendi."
        return (
            f"{number} numaralı siparişiniz kargoya verildiği için teslimat adresi değiştirilemiyor; "
            f"gönderiniz {shipment['carrier']} ile yolda (takip no: {shipment['tracking_number']})."
            if shipment
            else f"{number} numaralı siparişinizin teslimat adresi bu aşamada değiştirilemiyor."
        )
    if name == "report_order_problem":
        label = {"eksik_urun": "eksik ürün", "yanlis_urun": "yanlış ürün", "hasarli_urun": "hasarlı ürün"}
        return (
            f"{number} numaralı siparişiniz için {label[gold.intent]} kaydı oluşturdum. Ekibimiz inceleyip size "
            "dönüş yapacak; mümkünse ürünün ve paketin fotoğraflarını saklayın."
        )
    if name == "start_return_process":
        if _returnable(backend, order):
            return (
                f"{number} numaralı siparişiniz için iade talebiniz oluşturuldu. İade kargo kodunuz ve son gönderim "
                "tarihiniz Siparişlerim sayfasında yer alıyor."
            )
        return _not_returnable(order)
    if name == "create_exchange_request":
        if _returnable(backend, order):
            size = call["arguments"].get("size")
            what = f"{size} beden ile " if size else ""
            return f"{number} numaralı siparişiniz için {what}değişim talebiniz oluşturuldu."
        return _not_returnable(order)
    if name == "get_return_status":
        ret = demo.return_of(order["id"])
        if ret is None:
            return f"{number} numaralı siparişiniz için bir iade talebi bulunmuyor."
        label = RETURN_STATUSES[ret["status"]]
        if gold.intent == "iade_kargo_kodu":
            return f"{number} numaralı siparişinizin iade kargo kodu: {ret['return_code']}. İade durumu: {label}."
        return f"{number} numaralı siparişinizin iade durumu: {label}. İade kargo kodunuz {ret['return_code']}."
    if name == "get_refund_status":
        refund = demo.refund_of(order["id"])
        if refund is None:
            return f"{number} numaralı siparişiniz için henüz bir para iadesi kaydı bulunmuyor."
        amount = format_tl(refund["amount_kurus"])
        if refund["status"] == "tamamlandi":
            return (
                f"{amount} tutarındaki para iadeniz tamamlandı; bankanıza bağlı olarak hesabınıza yansıması "
                "birkaç iş günü sürebilir."
            )
        return (
            f"{amount} tutarındaki {REFUND_STATUSES[refund['status']]}; en geç {format_day(refund['expected_date'])} "
            "tarihinde hesabınıza yansıması bekleniyor."
        )
    if name == "send_invoice":
        invoice = demo.invoice_of(order["id"])
        if invoice is None:
            return f"{number} numaralı siparişinizin faturası henüz kesilmedi; kargoya verildiğinde düzenlenecek."
        return f"{invoice['invoice_number']} numaralı faturanız kayıtlı e-posta adresinize gönderildi."
    raise ValueError(f"no reply for tool {name!r}")


def _order_status(order: Row, shipment: Row | None) -> str:
    number, status = order["order_number"], order["status"]
    label = ORDER_STATUSES[status]
    if status == "hazirlaniyor":
        return (
            f"{number} numaralı siparişiniz şu anda {label}; satıcı: {order['seller']}. Tahmini teslim tarihi "
            f"{format_day(order['estimated_delivery'])}."
        )
    if status in ("kargoda", "dagitimda") and shipment:
        return (
            f"{number} numaralı siparişiniz {label}: {shipment['carrier']}, takip numarası "
            f"{shipment['tracking_number']}. Tahmini teslim tarihi {format_day(shipment['estimated_delivery'])}."
        )
    if status == "teslim_edildi" and shipment:
        return f"{number} numaralı siparişiniz {shipment['carrier']} ile {label}."
    return f"{number} numaralı siparişinizin durumu: {label}."


def _tracking(backend: Backend, gold: Gold, order: Row, shipment: Row | None) -> str:
    number = order["order_number"]
    if shipment is None:
        return f"{number} numaralı siparişiniz henüz kargoya verilmedi; durumu: {ORDER_STATUSES[order['status']]}."
    events = backend.demo.events_of(shipment["id"])
    last = events[-1] if events else None
    where = f" Son hareket: {last['description']} ({last['location']})." if last else ""
    head = (
        f"{number} numaralı siparişinizin kargosu {shipment['carrier']} ile gönderildi, takip numarası "
        f"{shipment['tracking_number']}."
    )
    if gold.intent == "teslim_edildi_gorunuyor":
        return (
            f"Kargo kaydında {number} numaralı siparişinizin {shipment['carrier']} tarafından teslim edildiği "
            f"görünüyor (takip no: {shipment['tracking_number']})."
        )
    if order["status"] in SHIPPED_STATUSES and order["status"] not in ("kargoda", "dagitimda"):
        return head + where
    eta = f" Tahmini teslim tarihi {format_day(shipment['estimated_delivery'])}."
    if gold.intent == "kargo_gecikme":
        return "Gecikme için özür dileriz. " + head + where + eta
    return head + where + eta


def _returnable(backend: Backend, order: Row) -> bool:
    """The demo's return rule: delivered, within the window, and no return opened yet."""
    if order["status"] != "teslim_edildi" or backend.demo.return_of(order["id"]) is not None:
        return False
    return backend.days_ago(order["delivered_at"].date()) <= RETURN_WINDOW_DAYS


def _not_returnable(order: Row) -> str:
    number = order["order_number"]
    if order["status"] == "teslim_edildi":
        return (
            f"{number} numaralı siparişiniz için teslimattan itibaren {RETURN_WINDOW_DAYS} günlük iade ve değişim "
            "süresi dolduğu için talep oluşturulamıyor."
        )
    status = ORDER_STATUSES[order["status"]]
    return f"{number} numaralı siparişiniz için talep oluşturulamıyor; sipariş durumu: {status}."


def _product(gold: Gold, tool: str) -> str:
    product = gold.product
    assert product is not None, "a product call needs the product row"
    name = product["name"]
    if tool == "check_stock":
        if product["stock"] > 0:
            return f"{name} şu anda stokta, hemen sipariş verebilirsiniz."
        if product["restock_date"]:
            return f"{name} şu an stokta yok; {format_day(product['restock_date'])} tarihinde stoğa girmesi bekleniyor."
        return f"{name} şu an stokta yok ve yeniden stoğa giriş tarihi henüz belli değil."
    price = format_tl(product["price_kurus"])
    sizes = f" Mevcut bedenler: {', '.join(product['sizes'])}." if product["sizes"] else ""
    if gold.intent == "fiyat_sor":
        return f"{name} ürününün güncel fiyatı {price}; satıcı: {product['seller']}."
    if gold.intent == "beden_danisma":
        return f"{product['description']}{sizes}"
    return f"{product['description']} Fiyatı {price}, satıcı: {product['seller']}.{sizes}"


def _coupon(backend: Backend, gold: Gold) -> str:
    code = gold.coupon_code or ""
    coupon = backend.coupon_by_code.get(code.lower())
    if coupon is None:
        return f"{code} kodu sistemimizde bulunamadı; kodu kontrol edip tekrar deneyebilir misiniz?"
    code = coupon["code"]
    today = backend.today
    if coupon["customer_id"] is not None and coupon["customer_id"] != gold.customer["id"]:
        return f"{code} kuponu başka bir hesaba tanımlı olduğu için sizin hesabınızda kullanılamıyor."
    if coupon["valid_until"] < today:
        return f"{code} kuponunun süresi {format_day(coupon['valid_until'])} tarihinde dolmuş."
    if coupon["valid_from"] > today:
        return f"{code} kuponu {format_day(coupon['valid_from'])} tarihinde geçerli olmaya başlayacak."
    minimum = (
        f" En az {format_tl(coupon['min_basket_kurus'])} tutarındaki sepetlerde geçerlidir."
        if coupon["min_basket_kurus"]
        else ""
    )
    category = f" Yalnızca {coupon['category']} kategorisinde kullanılabilir." if coupon["category"] else ""
    return (
        f"{code} kuponu geçerli: {coupon['description']}. Son kullanma tarihi "
        f"{format_day(coupon['valid_until'])}.{minimum}{category}"
    )


def _installments(backend: Backend, amount: float) -> str:
    kurus = round(amount * 100)
    best: dict[str, tuple[int, str]] = {}
    for plan in backend.demo.installment_plans:
        if plan["min_amount_kurus"] <= kurus and plan["max_installments"] > best.get(plan["bank"], (0, ""))[0]:
            best[plan["bank"]] = (plan["max_installments"], plan["card_program"])
    if not best:
        return f"{format_tl(kurus)} tutarı için taksit seçeneği bulunmuyor; tek çekim ödeme yapabilirsiniz."
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:3]
    listed = ", ".join(f"{bank} {program} ile {count} taksit" for bank, (count, program) in ranked)
    return f"{format_tl(kurus)} tutarı için: {listed}."
