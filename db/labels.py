"""What a user reads for an id: one language per label, Turkish with the English in parentheses.

Every page and command shows roles, audit actions, active-learning strategies and yes/no values through these
maps, so a label is written once. An id without a label is shown as it is (a new action is never hidden).
"""

from __future__ import annotations

ROLE_LABELS: dict[str, str] = {
    "agent": "Müşteri temsilcisi",
    "annotator": "Etiketleyici",
    "ml_lead": "ML lideri",
    "admin": "Yönetici",
}

#: Every action id written to the audit log (db.users.record and training.registry), in Turkish (English).
ACTION_LABELS: dict[str, str] = {
    "auth.signed_in": "Oturum açtı (signed in)",
    "auth.signed_out": "Oturumu kapattı (signed out)",
    "auth.failed": "Hatalı giriş denemesi (failed sign-in)",
    "auth.throttled": "Giriş geçici olarak engellendi (sign-in throttled)",
    "user.created": "Kullanıcı eklendi (user created)",
    "user.password_set": "Parola değiştirildi (password set)",
    "user.enabled": "Hesap etkinleştirildi (account enabled)",
    "user.disabled": "Hesap devre dışı bırakıldı (account disabled)",
    "review.approved": "Taslak onaylandı (draft approved)",
    "review.escalated": "Bilet yükseltildi (ticket escalated)",
    "review.approval_undone": "Onay geri alındı (approval undone)",
    "review.draft_retried": "Taslak yeniden denendi (draft retried)",
    "review.claim_taken_over": "Bilet devralındı (ticket taken over)",
    "review.intent_corrected": "Niyet düzeltildi (intent corrected)",
    "review.entities_corrected": "Varlıklar düzeltildi (entities corrected)",
    "review.tool_calls_corrected": "Araç çağrıları düzeltildi (tool calls corrected)",
    "workbench.annotated": "Bilet etiketlendi (ticket annotated)",
    "workbench.skipped": "Bilet atlandı (ticket skipped)",
    "workbench.queue_filled": "Etiketleme kuyruğu dolduruldu (annotation queue filled)",
    "job.started": "İş başlatıldı (job started)",
    "job.cancelled": "İş iptal edildi (job cancelled)",
    "adapter.promote": "Adaptör yayına alındı (adapter promoted)",
    "adapter.rollback": "Adaptör geri alındı (adapter rolled back)",
    "adapter.install_default": "Varsayılan adaptör kuruldu (default adapter installed)",
    "adapter.rescored": "Adaptörün değerlendirmesi ve eşiği yenilendi (adapter gate and threshold rescored)",
}

#: Active-learning strategies (labeling.active.STRATEGIES), as the workbench names a batch's strategy.
STRATEGY_LABELS: dict[str, str] = {
    "random": "Rastgele (random)",
    "least_confidence": "En düşük güven (least confidence)",
    "margin": "En dar fark (margin)",
    "entropy": "Entropi (entropy)",
    "committee": "Kurul anlaşmazlığı (committee disagreement)",
    "diversity": "Çeşitlilik (diversity)",
    "cold_start": "Soğuk başlangıç (cold start)",
    "class_balance": "Sınıf dengesi (class balance)",
    "uncertainty_diversity": "Belirsizlik ve çeşitlilik (uncertainty and diversity)",
    "mini": "Mini veri seti (mini dataset)",
}


def role_label(role: str) -> str:
    """ "Etiketleyici (annotator)"; an unknown role as it is."""
    return f"{ROLE_LABELS[role]} ({role})" if role in ROLE_LABELS else role


def action_label(action: str) -> str:
    """ "Taslak onaylandı (draft approved)"; an unknown action id as it is."""
    return ACTION_LABELS.get(action, action)


def strategy_label(strategy: str) -> str:
    return STRATEGY_LABELS.get(strategy, strategy)


def yes_no(value: bool) -> str:
    return "evet (yes)" if value else "hayır (no)"
