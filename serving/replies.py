"""Grounded Turkish replies: per-intent templates filled only from tool results.

Templates are the floor the contract asks for: every status, date, amount, tracking number, carrier and
code in a reply is copied from a tool result, so the grounding check passes by construction (and still runs,
to catch a template bug). Policy answers for intents with no tool state no figures at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from db.policy import RETURN_WINDOW_DAYS
from serving.grounding import format_turkish_date

GREETING = "Merhaba,"
CLOSING = "Başka bir konuda yardımcı olabilirsem memnuniyetle."

#: Answers for intents that call no tool: general policy, no invented specifics (no dates, amounts or codes).
POLICY_REPLIES: dict[str, str] = {
    "teslimat_suresi": "Siparişler satıcı tarafından genellikle 1-3 iş günü içinde kargoya verilir; tahmini teslim "
    "tarihini sipariş detayında görebilirsiniz. Sipariş numaranızı paylaşırsanız durumu hemen kontrol ederim.",
    "kargo_ucreti": "Kargo ücreti satıcıya ve sepet tutarına göre değişir; ödeme adımında sepetinizde açıkça "
    "gösterilir. Ücretsiz kargo fırsatı olan ürünler ürün sayfasında belirtilir.",
    "iade_kosullari": f"Teslim aldığınız ürünleri teslimattan itibaren {RETURN_WINDOW_DAYS} gün içinde, "
    "kullanılmamış ve orijinal ambalajında iade edebilirsiniz. İade talebini Siparişlerim sayfasından ya da "
    "bana sipariş numaranızı yazarak başlatabilirsiniz.",
    "kapida_odeme": "Kapıda ödeme seçeneği, satıcı destekliyorsa ödeme adımında görünür; nakit veya kartla "
    "ödeyebilirsiniz.",
    "garanti_servis": "Ürünleriniz üretici garantisi kapsamındadır; garanti belgesi ve faturanızla yetkili servise "
    "başvurabilirsiniz. Faturanıza ihtiyacınız varsa sipariş numaranızı yazmanız yeterli.",
    "premium_uyelik": "Premium üyelikle ücretsiz kargo ve size özel kampanyalardan yararlanabilirsiniz; "
    "üyeliğinizi Hesabım > Üyelik sayfasından başlatabilir veya iptal edebilirsiniz.",
    "selamlama": "Merhaba, ben Destek asistanı. Size nasıl yardımcı olabilirim?",
    "tesekkur": "Rica ederim, iyi günler dileriz!",
    "kapsam_disi": "Bu konuda yardımcı olamıyorum; siparişleriniz, kargo, iade ve ödeme konularında memnuniyetle "
    "destek olurum.",
}

#: What the bot asks for when the ticket lacks an argument the tool needs.
ASK_FOR: dict[str, str] = {
    "order_number": "Size yardımcı olabilmem için sipariş numaranızı paylaşır mısınız?",
    "product": "Hangi ürünü sorduğunuzu (ürün adı veya bağlantısı) paylaşır mısınız?",
    "coupon_code": "Kullanmaya çalıştığınız kupon kodunu yazar mısınız?",
    "amount": "Taksit seçeneklerini hesaplayabilmem için sepet tutarını paylaşır mısınız?",
    "address": "Yeni teslimat adresinizi paylaşır mısınız?",
}
FALLBACK = "Talebinizi aldık; bir müşteri temsilcimiz en kısa sürede size dönüş yapacak."


@dataclass(frozen=True)
class Reply:
    text: str
    source: str  # "template", "policy", "ask" or "fallback"


def _date(value: str | None) -> str:
    return format_turkish_date(date.fromisoformat(value)) if value else ""


def _order_status(r: dict[str, Any]) -> str:
    text = f"{r['order_number']} numaralı siparişinizin durumu: {r['status_text']}."
    if r.get("delivered_on"):
        text += f" Teslim tarihi: {_date(r['delivered_on'])}."
    elif r.get("carrier") and r.get("tracking_number"):
        text += f" Kargo firması {r['carrier']}, takip numarası {r['tracking_number']}."
    if r.get("estimated_delivery") and not r.get("delivered_on"):
        text += f" Tahmini teslimat: {_date(r['estimated_delivery'])}."
    if r.get("late"):
        text += " Gecikme için özür dileriz, gönderinizi takip ediyoruz."
    return text


def _track(r: dict[str, Any]) -> str:
    if not r.get("shipped"):
        return f"{r['order_number']} numaralı siparişiniz henüz kargoya verilmedi; durumu: {r['status_text']}."
    text = (
        f"{r['order_number']} numaralı siparişiniz {r['carrier']} ile gönderildi, "
        f"takip numarası {r['tracking_number']}."
    )
    events = r.get("events") or []
    if events:
        last = events[-1]
        text += f" Son hareket: {last['event']} ({last['location']})."
    if r.get("delivered_on"):
        text += f" {_date(r['delivered_on'])} tarihinde teslim edildi."
    elif r.get("estimated_delivery"):
        text += f" Tahmini teslimat: {_date(r['estimated_delivery'])}."
    if r.get("late"):
        text += " Gecikme için özür dileriz; kargo firmasıyla iletişimdeyiz."
    return text


def _cancel(r: dict[str, Any]) -> str:
    text = f"{r['order_number']} numaralı siparişiniz iptal edildi."
    refund = r.get("refund")
    if refund:
        expected = _date(refund["expected_date"])
        text += f" {refund['amount_text']} tutarındaki iadeniz {expected} tarihine kadar kartınıza yansır."
    return text


def _return(r: dict[str, Any]) -> str:
    return (
        f"İade talebiniz oluşturuldu ({r['return_id']}). İade kodunuz {r['return_code']}; ürünü "
        f"{_date(r['deadline'])} tarihine kadar kargoya teslim edebilirsiniz."
    )


def _return_status(r: dict[str, Any]) -> str:
    if not r.get("has_return"):
        return f"{r['order_number']} numaralı sipariş için bir iade talebi bulunmuyor."
    return f"{r['return_id']} numaralı iadenizin durumu: {r['status_text']}. İade kargo kodunuz: {r['return_code']}."


def _refund(r: dict[str, Any]) -> str:
    if not r.get("has_refund"):
        return f"{r['order_number']} numaralı sipariş için başlatılmış bir para iadesi bulunmuyor."
    return (
        f"{r['order_number']} numaralı siparişinizin para iadesi: {r['refund_status_text']}. Tutar "
        f"{r['amount_text']}, tahmini tarih {_date(r['expected_date'])}."
    )


def _product(r: dict[str, Any]) -> str:
    if not r.get("found"):
        return r.get("message", FALLBACK)
    sizes = f" Bedenler: {', '.join(r['sizes'])}." if r.get("sizes") else ""
    return f"{r['product']}: fiyatı {r['price_text']}, satıcı {r['seller']}.{sizes}"


def _stock(r: dict[str, Any]) -> str:
    if not r.get("found"):
        return r.get("message", FALLBACK)
    text = f"{r['product']}: {r['quantity_band']}."
    if r.get("restock_date"):
        text += f" Tahmini stok tarihi: {_date(r['restock_date'])}."
    return text


def _coupon(r: dict[str, Any]) -> str:
    verdict = "geçerli" if r.get("valid") else "şu anda kullanılamıyor"
    return f"{r['coupon_code']} kuponu {verdict}. {r['reason']}"


def _campaigns(r: dict[str, Any]) -> str:
    campaigns = r.get("campaigns") or []
    if not campaigns:
        return "Şu anda aktif bir kampanya bulunmuyor."
    listed = "; ".join(f"{c['title']} ({_date(c['ends_on'])} tarihine kadar)" for c in campaigns[:3])
    return f"Güncel kampanyalarımız: {listed}."


def _installments(r: dict[str, Any]) -> str:
    plans = r.get("plans") or []
    if not plans:
        return r.get("message", "Bu tutar için taksit seçeneği bulunmuyor.")
    best = sorted(plans, key=lambda p: -p["installments"])[:3]
    listed = "; ".join(f"{p['bank']} {p['installments']} taksit, aylık {p['monthly_text']}" for p in best)
    return f"{r['amount_text']} için taksit seçenekleri: {listed}."


def _orders(r: dict[str, Any]) -> str:
    orders = r.get("orders") or []
    if not orders:
        return "Hesabınızda sipariş bulunmuyor."
    listed = "; ".join(
        f"{o['order_number']} ({_date(o['date'])}, {o['status_text']}, {o['total_text']})" for o in orders
    )
    return f"Son siparişleriniz: {listed}."


def _transfer(r: dict[str, Any]) -> str:
    return (
        f"Talebinizi {r['queue_text']} ekibine ilettim; bir müşteri temsilcisi yaklaşık "
        f"{r['expected_wait_minutes']} dakika içinde size dönüş yapacak."
    )


def _problem(r: dict[str, Any]) -> str:
    return f"{r['problem_text'].capitalize()} kaydınız oluşturuldu ({r['case_id']}). {r.get('message', '')}".strip()


def _invoice(r: dict[str, Any]) -> str:
    return f"{r['invoice_number']} numaralı faturanız kayıtlı e-posta adresinize gönderildi."


def _simple(key: str, done: str) -> Any:
    return lambda r: done if r.get(key) else FALLBACK


TEMPLATES: dict[str, Any] = {
    "get_order_status": _order_status,
    "track_shipment": _track,
    "cancel_order": _cancel,
    "update_delivery_address": lambda r: f"{r['order_number']} numaralı siparişinizin teslimat adresi güncellendi.",
    "report_order_problem": _problem,
    "start_return_process": _return,
    "get_return_status": _return_status,
    "create_exchange_request": lambda r: (
        f"Değişim talebiniz oluşturuldu ({r['exchange_id']}). {r.get('message', '')}".strip()
    ),
    "get_refund_status": _refund,
    "send_invoice": _invoice,
    "get_product_info": _product,
    "check_stock": _stock,
    "validate_coupon": _coupon,
    "list_campaigns": _campaigns,
    "get_installment_options": _installments,
    "list_customer_orders": _orders,
    "send_password_reset": _simple("sent", "Şifre sıfırlama bağlantısı kayıtlı e-posta adresinize gönderildi."),
    "transfer_to_human": _transfer,
}


def _one(result: dict[str, Any]) -> str:
    """The sentence for one tool result: its refusal, its not-found answer, or its template."""
    if not result.get("ok"):
        return FALLBACK
    body = result.get("result") or {}
    if body.get("refused"):
        return body.get("refused_reason") or FALLBACK
    if body.get("found") is False and "message" in body and result["name"] not in {"get_product_info", "check_stock"}:
        return body["message"]
    return TEMPLATES[result["name"]](body)


def compose_reply(intent: str | None, tool_results: list[dict[str, Any]], missing: str | None) -> Reply:
    """The customer-facing reply for a draft, built only from the tool results."""
    if intent is None:
        return Reply(FALLBACK, "fallback")
    if missing:
        return Reply(f"{GREETING} {ASK_FOR.get(missing, FALLBACK)}", "ask")
    if not tool_results:
        if intent in POLICY_REPLIES:
            return Reply(POLICY_REPLIES[intent], "policy")
        return Reply(FALLBACK, "fallback")
    sentences = list(dict.fromkeys(_one(result) for result in tool_results))
    return Reply(" ".join([GREETING, *sentences, CLOSING]), "template")
