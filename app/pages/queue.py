"""İnceleme kuyruğu (review queue): the CS agent's one screen per drafted ticket.

A short script over serving/review.py, which owns every rule. The page remembers which `Ticket.version` the
agent is looking at and sends it with every action, so a save after someone else's is refused with a clear
message instead of overwriting it.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import streamlit as st
from sqlmodel import Session

from app.ui.session import engine, require
from db.contract import load_contract
from labeling.workbench import WorkbenchError, span_from_picks, token_labels, tokenize
from serving import review
from serving.drafting import DRAFTED

user = require("queue")
contract = load_contract()

PICK = "queue_pick"  # the selectbox of the ticket on screen
GOTO = "queue_goto"  # the ticket to show on the next run (set after approve / escalate / next)
SEEN = "queue_seen"  # ticket id -> the version the agent is working from
FLASH = "queue_flash"
PREVIEW = "queue_preview"
CLAIMED = "queue_claimed"  # the ticket this agent claimed last, released when they move on
REPLY_ERROR = "queue_reply_error"  # why an edited reply could not be kept (too long)
APPROVE_LABEL = "Onayla (approve)"
NEXT_LABEL = "Sonraki (next)"
PREVIOUS_LABEL = "Önceki (previous)"
SEARCH_LABEL = "Ara: metin, sipariş no., müşteri no. (search)"
REASON_LABEL = "Yükseltme nedeni (escalation reason)"
INTENT_LABEL = "Niyet (intent)"
CONFIRM_LABEL = "Uyarıları gördüm, yine de onayla (approve despite the warnings)"
INTENT_LABELS = dict(review.intent_options(contract))
ENTITY_TYPES = list(contract.entity_type_ids)
ENTITY_LABELS = {e.id: f"{e.label} ({e.id})" for e in contract.entity_types}

# Alt+A approves, Alt+N / Alt+P move on and back, Alt+E and Alt+F jump to the escalation reason and the search.
# Streamlit has no hotkeys of its own, so one listener (added once per browser tab) clicks the button whose
# text matches or focuses the input with that label. The script is a constant: no user data reaches it.
SHORTCUT_BUTTONS = {"KeyA": APPROVE_LABEL, "KeyN": NEXT_LABEL, "KeyP": PREVIOUS_LABEL}
SHORTCUT_INPUTS = {"KeyE": REASON_LABEL, "KeyF": SEARCH_LABEL, "KeyI": INTENT_LABEL}
SHORTCUTS = f"""
<script>
if (!window.destekShortcuts) {{
  window.destekShortcuts = true;
  const buttons = {json.dumps(SHORTCUT_BUTTONS)};
  const inputs = {json.dumps(SHORTCUT_INPUTS)};
  document.addEventListener("keydown", (event) => {{
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    if (buttons[event.code]) {{
      const label = buttons[event.code];
      const button = [...document.querySelectorAll("button")].find((b) => b.innerText.trim() === label);
      if (button && !button.disabled) {{
        event.preventDefault();
        button.click();
      }}
    }} else if (inputs[event.code]) {{
      const wanted = inputs[event.code];
      const input = [...document.querySelectorAll("input")].find((i) => i.getAttribute("aria-label") === wanted);
      if (input) {{
        event.preventDefault();
        input.focus();
      }}
    }}
  }});
}}
</script>
"""
SHORTCUT_HELP = (
    "Kısayollar (shortcuts): **Alt+A** onayla (approve) · **Alt+N** sonraki (next) · **Alt+P** önceki (previous) · "
    "**Alt+I** niyet (intent) · **Alt+E** yükseltme nedeni (escalation reason) · **Alt+F** ara (search)"
)


def done(message: str, *, move: bool = False, goto: int | None = None) -> None:
    """After a successful action: a toast on the next run, another ticket if `move` (None: the first), rerun."""
    st.session_state[FLASH] = message
    if move:
        st.session_state[GOTO] = goto
    st.session_state.pop(PREVIEW, None)
    st.rerun()


def failed(error: Exception) -> None:
    if isinstance(error, review.StaleTicketError):
        st.error(f"{error}\n\nYukarıdaki **Yenile (reload)** düğmesine basın.", icon="🔒")
    else:
        st.error(str(error), icon="⚠️")


def fields_line(value: Any) -> str:
    """A tool's arguments or result on one readable line ("status: kargoda · eta: 2026-12-08"), not a folded
    JSON tree the agent has to open on every ticket."""
    if not value:
        return "—"
    if not isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return " · ".join(
        f"{key}: {item if isinstance(item, str | int | float) else json.dumps(item, ensure_ascii=False)}"
        for key, item in value.items()
    )


def result_badge(result: dict[str, Any]) -> str:
    if not result.get("ok"):
        return f"✗ hata (error): {result.get('error')}"
    body = result.get("result") or {}
    if body.get("refused"):
        return f"⛔ reddedildi (refused): {body.get('refused_reason', '')}"
    if body.get("found") is False:
        return f"⚠️ bulunamadı (not found): {body.get('message', '')}"
    return "✓ başarılı (ok)"


st.title("İnceleme kuyruğu (review queue)")
st.caption(SHORTCUT_HELP)
if message := st.session_state.pop(FLASH, None):
    st.toast(message, icon="✅")
try:
    sla = review.SlaThresholds.from_env()
except ValueError as error:
    st.warning(f"SLA eşikleri okunamadı, varsayılanlar kullanılıyor (SLA thresholds ignored): {error}")
    sla = review.SlaThresholds()

with st.sidebar:
    search = st.text_input(SEARCH_LABEL, key="queue_f_search", max_chars=100)
    st.subheader("Filtreler (filters)")
    intents = st.multiselect(
        "Niyet filtresi (intent filter)",
        list(INTENT_LABELS),
        format_func=INTENT_LABELS.get,
        key="queue_f_intents",
        placeholder="Tümü (all)",
    )
    reasons = st.multiselect(
        "Yönlendirme nedeni (route reason)",
        list(review.HUMAN_REASONS),
        format_func=review.HUMAN_REASONS.get,
        key="queue_f_reasons",
        placeholder="Tümü (all)",
    )
    low, high = st.slider("Güven aralığı (confidence)", 0.0, 1.0, (0.0, 1.0), 0.05, key="queue_f_confidence")
    min_age = st.number_input(
        "En az bekleme, saat (min SLA age, hours)", min_value=0.0, value=0.0, step=1.0, key="queue_f_age"
    )
ACTION_LABELS = {review.APPROVED: "onaylandı (approved)", review.ESCALATED: "yükseltildi (escalated)"}
with Session(engine()) as session:
    handled = review.recently_handled(session, user.id)
with st.sidebar:
    st.subheader("Son işlemlerim (recently handled)")
    if not handled:
        st.caption("Henüz yok (none yet).")
    for item in handled:
        line, undo = st.columns([1.6, 1.4], vertical_alignment="center")
        line.markdown(
            f"**#{item.ticket_id}** · {ACTION_LABELS[item.action]} · {review.clock(item.at)}  \n{item.intent_label}"
        )
        if item.can_undo and undo.button("Geri al (undo)", key=f"queue_undo_{item.ticket_id}"):
            try:
                with Session(engine()) as session:
                    review.undo_approval(session, item.ticket_id, user.id)
                st.session_state.get(SEEN, {}).pop(item.ticket_id, None)
                done(f"Talep #{item.ticket_id} kuyruğa döndü (approval undone)", move=True, goto=item.ticket_id)
            except (review.ReviewError, review.StaleTicketError) as error:
                st.error(str(error))
    if any(item.can_undo for item in handled):
        st.caption(
            f"Onaylar {review.UNDO_WINDOW.seconds // 60} dakika içinde geri alınabilir; yan etkisi olanlar "
            "(iptal, iade) hariç. (Approvals can be undone for a short while, except side effects.)"
        )

filters = review.QueueFilters(tuple(intents), tuple(reasons), low, high, min_age or None, search=search)

with Session(engine()) as session:
    counts = review.queue_counts(session)
    items = review.list_queue(session, filters)
    taken = review.claimed_by_others(session, user.id)
    failed_tickets = review.failed_drafts(session) if counts.failed else []

if failed_tickets:
    # Above the queue: a ticket the bot could not draft is a customer waiting with nothing in front of anyone.
    with st.expander(
        f"⚠️ Taslağı hazırlanamayan talepler (drafting failed): {len(failed_tickets)}. Otomatik yeniden denenir; "
        "hemen denemek için seçin. (Retried automatically; pick one to retry now.)",
        expanded=False,
    ):
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "Talep (ticket)": f"#{item.ticket_id}",
                        "Hata türü (error type)": item.error,
                        "Deneme (attempts)": item.attempts,
                        "Bekleme, sa (age, h)": round(item.age_hours, 1),
                        "Metin (text)": item.preview,
                    }
                    for item in failed_tickets
                ]
            ),
            hide_index=True,
        )
        retry_id = st.selectbox(
            "Yeniden denenecek talep (ticket to retry)",
            [item.ticket_id for item in failed_tickets],
            format_func=lambda i: f"#{i}",
            key="queue_retry_pick",
        )
        if st.button("Şimdi yeniden dene (retry now)", key="queue_retry"):
            with Session(engine()) as session:
                try:
                    review.retry_draft(session, retry_id, user.id)
                except review.ReviewError as exc:
                    st.error(str(exc))
                else:
                    done(f"Talep #{retry_id} yeniden taslak kuyruğunda. (Ticket #{retry_id} is queued for drafting.)")


@st.fragment(run_every=5)
def drafting_progress(loaded_awaiting: int) -> None:
    """While the bot drafts in the background, the bar follows it every 5 s; new drafts join the queue on a
    click, never by themselves, so the ticket an agent is editing does not move under them."""
    with Session(engine()) as session:
        now = review.queue_counts(session)
    if not now.pending:
        st.caption(f"Tüm talepler taslaklandı (all {now.total} tickets drafted).")
        return
    st.progress(
        now.drafted / max(now.total, 1),
        text=f"Taslaklar hazırlanıyor: {now.drafted}/{now.total} (drafting in the background)",
    )
    arrived = now.awaiting_review - loaded_awaiting
    if arrived > 0 and st.button(f"{arrived} yeni taslağı göster (show new drafts)", key="queue_show_new"):
        st.rerun(scope="app")


if counts.pending:
    drafting_progress(counts.awaiting_review)
st.caption(
    f"İnceleme bekleyen (awaiting review): **{counts.awaiting_review}** · "
    f"otomatik yanıtlanan (auto-resolved): {counts.auto_resolved} · onaylanan (approved): {counts.approved} · "
    f"yükseltilen (escalated): {counts.escalated} · taslak bekleyen (pending): {counts.pending} · "
    f"taslağı başarısız (drafting failed): {counts.failed}"
)
ids = [item.ticket_id for item in items]
by_id = {item.ticket_id: item for item in items}
if GOTO in st.session_state:  # set by an action on the previous run; the selectbox is not drawn yet
    goto = st.session_state.pop(GOTO)
    if goto in ids:
        st.session_state[PICK] = goto
    elif ids:
        st.session_state[PICK] = ids[0]
    else:
        st.session_state.pop(PICK, None)
picked = st.session_state.get(PICK)
if picked is not None and picked not in ids:
    # Filtered out: follow the filters. Acted on elsewhere: keep it on screen, so a click is never applied to a
    # ticket the agent has not seen and their unsaved edits stay visible.
    with Session(engine()) as session:
        if review.ticket_status(session, picked) in {None, DRAFTED}:
            picked = ids[0] if ids else None
            st.session_state[PICK] = picked
if not items and picked is None:
    if filters != review.QueueFilters():
        st.info("Filtrelere uyan talep yok; filtreleri ya da aramayı temizleyin. (No ticket matches the filters.)")
        st.stop()
    st.success("Kuyrukta inceleme bekleyen taslak yok. (Nothing awaits review.)")
    if counts.pending and st.button("Yenile (reload)"):
        st.rerun()
    st.stop()

SLA_STYLE = {
    review.SLA_LABELS[review.SLA_OK]: "background-color: #e6f4ea",
    review.SLA_LABELS[review.SLA_WARN]: "background-color: #fff1d6",
    review.SLA_LABELS[review.SLA_BREACH]: "background-color: #fbe3e3; font-weight: 600",
}
if items:
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "Talep (ticket)": f"#{item.ticket_id}",
                    "SLA": review.SLA_LABELS[sla.level(item.age_hours)],
                    "Bekleme (waiting)": review.format_age(item.age_hours),
                    "Niyet (intent)": item.intent_label,
                    "Güven (confidence)": item.confidence,
                    "Neden (reason)": review.HUMAN_REASONS.get(item.reason, item.route_reason),
                    "Çalışan (claimed by)": taken.get(item.ticket_id, ""),
                    "Metin (text)": item.preview,
                }
                for item in items
            ]
        ).style.map(SLA_STYLE.get, subset=["SLA"]),
        hide_index=True,
        height=min(38 + 35 * len(items), 260),
        column_config={
            "Güven (confidence)": st.column_config.ProgressColumn(min_value=0.0, max_value=1.0, format="%.2f"),
        },
    )

with Session(engine()) as session:
    groups = review.identical_drafts(session, user.id, filters) if len(items) > 1 else []
if groups:
    with st.expander(
        f"Aynı taslaklar: {len(groups)} grup, {sum(len(g.tickets) for g in groups)} talep; toplu işlem "
        "(identical drafts: decide them together)",
        expanded=False,
    ):
        group_index = st.selectbox(
            "Grup (group)",
            range(len(groups)),
            format_func=lambda i: (
                f"{len(groups[i].tickets)} talep · {groups[i].intent_label} · {' '.join(groups[i].reply.split())[:60]}"
            ),
            key="queue_bulk_group",
        )
        group = groups[group_index]
        st.markdown(f"**Niyet (intent):** {group.intent_label} · **Yanıt (reply):**")
        st.info(group.reply)
        if group.tool_calls:
            st.caption("Araç çağrıları (tool calls): " + ", ".join(call["name"] for call in group.tool_calls))
        st.dataframe(
            pd.DataFrame([{"Talep (ticket)": f"#{i}", "Metin (text)": text} for i, text in group.previews.items()]),
            hide_index=True,
            height=min(38 + 35 * len(group.previews), 220),
        )
        seen_group = st.checkbox(
            f"{len(group.tickets)} talebi ve yanıtı okudum (I have read the tickets and the reply)",
            key=f"queue_bulk_seen_{group_index}",
        )
        approve_all, escalate_all = st.columns(2)
        if group.side_effects:
            approve_all.caption("Yan etkili taslaklar tek tek onaylanır. (Side effects: approve one by one.)")
        elif approve_all.button(f"Hepsini onayla ({len(group.tickets)}) (approve all)", disabled=not seen_group):
            with Session(engine()) as session:
                result = review.bulk_approve(session, group, user.id)
            for ticket_id, why in result.skipped:
                st.warning(f"#{ticket_id}: {why}")
            if not result.skipped:
                done(f"{len(result.done)} talep onaylandı (approved)", move=True, goto=None)
        bulk_reason = escalate_all.text_input(
            "Toplu yükseltme nedeni (reason)", key=f"queue_bulk_reason_{group_index}", max_chars=500
        )
        if escalate_all.button(f"Hepsini yükselt ({len(group.tickets)}) (escalate all)", disabled=not seen_group):
            try:
                with Session(engine()) as session:
                    result = review.bulk_escalate(session, group, user.id, bulk_reason)
            except review.ReviewError as error:
                st.error(str(error))
            else:
                for ticket_id, why in result.skipped:
                    st.warning(f"#{ticket_id}: {why}")
                if not result.skipped:
                    done(f"{len(result.done)} talep yükseltildi (escalated)", move=True, goto=None)

if picked is None:  # the oldest ticket nobody else is working on
    st.session_state[PICK] = picked = next((i for i in ids if i not in taken), ids[0])
options = ids if picked in ids else [picked, *ids]
ticket_id = st.selectbox(
    "Talep (ticket)",
    options,
    format_func=lambda i: (
        f"#{i} · {by_id[i].intent_label} · {review.format_age(by_id[i].age_hours)}"
        + (f" · {taken[i]} çalışıyor (claimed)" if i in taken else "")
        + (
            ""
            if sla.level(by_id[i].age_hours) == review.SLA_OK
            else " · SLA " + review.SLA_LABELS[sla.level(by_id[i].age_hours)]
        )
        if i in by_id
        else f"#{i} · listede değil (not in the list)"
    ),
    key=PICK,
)
after = ids[ids.index(ticket_id) + 1 :] + ids[: ids.index(ticket_id)] if ticket_id in ids else ids
after = [i for i in after if i not in taken]  # next and previous skip tickets another agent is working on
next_id = after[0] if after else None
previous_id = after[-1] if after else None

try:
    with Session(engine()) as session:
        view = review.load_ticket(session, ticket_id)
except review.ReviewError as error:  # the ticket is gone: show the list again
    st.session_state[GOTO] = None
    st.error(str(error))
    st.stop()
# Claim the ticket on screen (renewed on every rerun) and let go of the one the agent left.
with Session(engine()) as session:
    left_ticket = st.session_state.get(CLAIMED)
    if left_ticket is not None and left_ticket != ticket_id:
        review.release_ticket(session, left_ticket, user.id)
    holder = review.claim_ticket(session, ticket_id, user.id)
st.session_state[CLAIMED] = ticket_id
seen_versions: dict[int, int] = st.session_state.setdefault(SEEN, {})
seen = seen_versions.setdefault(ticket_id, view.version)
k = f"{ticket_id}_{seen}"  # widget keys: a saved change (new version) resets the widgets to the saved state

head, reload_column, previous_column, next_column = st.columns([4, 1.2, 1.2, 1.2], vertical_alignment="bottom")
head.subheader(f"Talep #{view.ticket_id}")
head.caption(
    f"{review.format_age(view.age_hours)} bekliyor (waiting), SLA {review.SLA_LABELS[sla.level(view.age_hours)]} · "
    f"neden (reason): {view.route_reason} · model: {view.model} · sürüm (version) {seen}"
)
if reload_column.button("Yenile (reload)", help="En son kaydedilen hâli yükle (load the latest saved state)"):
    seen_versions[ticket_id] = view.version
    st.session_state.pop(PREVIEW, None)
    st.rerun()
if previous_column.button(PREVIOUS_LABEL, disabled=previous_id is None, help="Alt+P"):
    done("Önceki talep (previous ticket)", move=True, goto=previous_id)
if next_column.button(NEXT_LABEL, disabled=next_id is None, help="Alt+N"):
    done("Sonraki talep (next ticket)", move=True, goto=next_id)
if view.version != seen:
    who = f" ({view.last_change[0]})" if view.last_change else ""
    st.warning(
        f"Bu talep siz açtıktan sonra değiştirildi{who}; kaydetmeden önce **Yenile (reload)**. "
        "(Changed by someone else since you opened it: reload before saving.)",
        icon="🔒",
    )
if view.awaiting_review and not holder.mine and holder.holder_id is not None:
    claim_note, take_column = st.columns([4, 1.4], vertical_alignment="center")
    claim_note.warning(
        f"Bu talep üzerinde **{holder.holder}** çalışıyor ({review.clock(holder.expires_at)} saatine kadar); "
        "kaydetmek için devralın. (Another agent is working on this ticket: take it over to save.)",
        icon="👤",
    )
    if take_column.button("Devral (take over)"):
        with Session(engine()) as session:
            review.claim_ticket(session, ticket_id, user.id, take_over=True)
        st.rerun()
if not view.awaiting_review:
    who = f", {view.last_change[0]}" if view.last_change else ""
    status = review.STATUS_LABELS.get(view.status, view.status)
    st.warning(f"Bu talep artık inceleme beklemiyor (durum: {status}{who}). (No longer awaiting review.)", icon="🔒")
if view.problems and not view.corrected:
    st.warning(f"Model yanıtındaki sorunlar (problems in the model's answer): {view.problems}")
elif view.problems:  # the agent has corrected the draft since: the model's problems are history, not a to-do
    st.caption(f"Modelin ilk yanıtındaki sorunlar (problems in the model's first answer): {view.problems}")

reply_key = f"queue_reply_{k}"
with Session(engine()) as session:
    kept_reply = review.unsaved_reply(session, ticket_id, user.id)


def keep_reply() -> None:
    """Store the edited reply as the agent leaves the box, so a reload or another ticket loses nothing."""
    try:
        with Session(engine()) as session:
            review.keep_unsaved_reply(session, ticket_id, user.id, st.session_state[reply_key], draft_reply=view.reply)
    except review.ReviewError as error:
        st.session_state[REPLY_ERROR] = str(error)


def back_to_draft() -> None:
    with Session(engine()) as session:
        review.keep_unsaved_reply(session, ticket_id, user.id, view.reply, draft_reply=view.reply)
    st.session_state[reply_key] = view.reply


left, right = st.columns([3, 2], gap="large")
with left:
    st.markdown("**Müşteri mesajı (masked text)**")
    st.html(
        '<div style="border:1px solid #ddd;border-radius:8px;padding:0.8em;line-height:1.8">'
        f"{review.highlight_html(view.text, view.entities)}</div>"
    )

    st.markdown(
        f"**Niyet (intent):** {view.intent_label} `{view.intent}`"
        + (f" · modelin tahmini (bot said): `{view.bot_intent}`" if view.intent != view.bot_intent else "")
        + f" · güven (confidence) **{view.confidence:.0%}**"
    )
    if view.alternatives:
        st.caption(
            "Diğer adaylar (alternatives): " + " · ".join(f"{label} `{i}` {p:.0%}" for i, label, p in view.alternatives)
        )
    intent_column, intent_button = st.columns([3, 2], vertical_alignment="bottom")
    intent_ids = list(INTENT_LABELS)
    new_intent = intent_column.selectbox(
        "Niyet (intent)",
        intent_ids,
        index=intent_ids.index(view.intent) if view.intent in INTENT_LABELS else None,
        format_func=INTENT_LABELS.get,
        key=f"queue_intent_{k}",
        placeholder="Niyet seçin (choose an intent)",
    )
    if intent_button.button("Niyeti düzelt (correct intent)"):
        try:
            with Session(engine()) as session:
                saved = review.correct_intent(session, ticket_id, seen, user.id, new_intent or "")
            seen_versions[ticket_id] = saved.version
            done(f"Niyet düzeltildi: {saved.intent_label} (intent corrected)")
        except (review.ReviewError, review.StaleTicketError) as error:
            failed(error)

    st.markdown("**Varlıklar (entities)**")
    # The quick way: click the span's first and last word in the message, pick its type, add.
    tokens = tokenize(view.text)
    if tokens:
        picks = st.pills(
            "Metinden seçin: varlığın ilk ve son kelimesine tıklayın (click the span's first and last word)",
            range(len(tokens)),
            selection_mode="multi",
            format_func=token_labels(tokens).__getitem__,
            key=f"queue_tokens_{k}",
        )
        type_column, add_column = st.columns([3, 2], vertical_alignment="bottom")
        picked_type = type_column.selectbox(
            "Seçilenin türü (type of the selection)",
            ENTITY_TYPES,
            format_func=ENTITY_LABELS.get,
            key=f"queue_ptype_{k}",
        )
        if picks:
            st.caption(
                f"Seçilen metin (selected text): «{view.text[tokens[min(picks)].start : tokens[max(picks)].end]}»"
            )
        if add_column.button("Seçileni ekle (add the selection)", disabled=not picks):
            try:
                span = span_from_picks(view.text, picks or [], picked_type)
                with Session(engine()) as session:
                    saved = review.add_entity(
                        session, ticket_id, seen, user.id, span["type"], span["value"], span["start"], span["end"]
                    )
                seen_versions[ticket_id] = saved.version
                done(f"Varlık eklendi: {ENTITY_LABELS[picked_type]} «{span['value']}» (entity added)")
            except (review.ReviewError, review.StaleTicketError, WorkbenchError) as error:
                failed(error)
    edited = st.data_editor(
        pd.DataFrame(view.entities or [], columns=["type", "value", "start", "end"]),
        num_rows="dynamic",
        hide_index=True,
        key=f"queue_entities_{k}",
        column_config={
            "type": st.column_config.SelectboxColumn(
                "Tür (type)", options=ENTITY_TYPES, required=True, format_func=ENTITY_LABELS.get
            ),
            "value": st.column_config.TextColumn("Değer (value)", required=True),
            "start": st.column_config.NumberColumn("Başlangıç (start)", disabled=True),
            "end": st.column_config.NumberColumn("Bitiş (end)", disabled=True),
        },
    )
    st.caption("Yeni satır ekleyin ya da değeri düzeltin; değer metinde geçmeli. (Values must occur in the text.)")
    if st.button("Varlıkları kaydet (save entities)"):
        try:
            with Session(engine()) as session:
                saved = review.set_entities(session, ticket_id, seen, user.id, edited.to_dict("records"))
            if saved.version == seen:
                st.info(
                    "Kaydedilecek değişiklik yok; yeni bir satır için tür ve değer girin. "
                    "(Nothing changed: a new row needs a type and a value.)"
                )
            else:
                seen_versions[ticket_id] = saved.version
                done("Varlıklar kaydedildi (entities saved)")
        except (review.ReviewError, review.StaleTicketError) as error:
            failed(error)

    st.markdown("**Araç çağrıları (tool calls)**")
    if not view.tool_calls:
        st.caption("Çağrı yok (no calls).")
    for number, call in enumerate(view.tool_calls, start=1):
        result = view.tool_results[number - 1] if number <= len(view.tool_results) else None
        st.markdown(f"{number}. `{call['name']}` " + (result_badge(result) if result else "· çalıştırılmadı (not run)"))
        st.caption(
            f"Argümanlar (arguments): {fields_line(call['arguments'])}  \n"
            f"Sonuç (result): {fields_line((result or {}).get('result'))}"
        )
    with st.expander("Araç çağrısını düzelt (fix a tool call)"):
        choices: list[int | None] = [*range(len(view.tool_calls)), None]
        index = st.selectbox(
            "Çağrı (call)",
            choices,
            format_func=lambda i: "+ Yeni çağrı (new call)" if i is None else f"{i + 1}. {view.tool_calls[i]['name']}",
            key=f"queue_call_{k}",
        )
        current = view.tool_calls[index] if index is not None else {"name": contract.tool_names[0], "arguments": {}}
        tool_names = list(contract.tool_names)
        tool_name = st.selectbox(
            "Araç (tool)", tool_names, index=tool_names.index(current["name"]), key=f"queue_tool_{k}_{index}"
        )
        arguments = st.text_area(
            "Argümanlar (arguments, JSON)",
            json.dumps(current["arguments"], ensure_ascii=False),
            key=f"queue_args_{k}_{index}",
            height=90,
        )
        preview_column, save_column, remove_column = st.columns(3)
        preview_clicked = preview_column.button("Önizle (preview)")
        save_clicked = save_column.button("Çağrıyı kaydet (save call)")
        remove_clicked = remove_column.button("Çağrıyı kaldır (remove call)", disabled=index is None)
        try:
            if preview_clicked:
                with Session(engine()) as session:
                    preview = review.preview_tool_call(session, ticket_id, index, tool_name, arguments)
                st.session_state[PREVIEW] = (k, index, preview)
            if save_clicked:
                with Session(engine()) as session:
                    review.fix_tool_call(session, ticket_id, seen, user.id, index, tool_name, arguments)
                    seen_versions[ticket_id] = review.load_ticket(session, ticket_id).version
                done("Araç çağrısı kaydedildi; yan etkiler onayda çalışır (saved; side effects run on approve)")
            if remove_clicked and index is not None:
                with Session(engine()) as session:
                    review.remove_tool_call(session, ticket_id, seen, user.id, index)
                    seen_versions[ticket_id] = review.load_ticket(session, ticket_id).version
                done("Araç çağrısı kaldırıldı (call removed)")
        except (review.ReviewError, review.StaleTicketError) as error:
            failed(error)
        shown = st.session_state.get(PREVIEW)
        if shown and shown[0] == k and shown[1] == index:
            preview = shown[2]
            st.markdown(f"**Önizleme sonucu (preview result):** {result_badge(preview.result or {})}")
            st.json((preview.result or {}).get("result") or {})
            st.info(f"**Önizleme yanıtı (preview reply):** {preview.reply}")
            st.caption("Önizleme hiçbir şeyi değiştirmez. (A preview changes nothing.)")

with right:
    reply = st.text_area(
        "Yanıt (reply)",
        view.reply if kept_reply is None else kept_reply,
        key=reply_key,
        height=150,
        on_change=keep_reply,
    )
    if message := st.session_state.pop(REPLY_ERROR, None):
        st.error(message, icon="⚠️")
    if kept_reply is not None:
        restored_column, back_column = st.columns([4, 1.6], vertical_alignment="center")
        restored_column.caption("✏️ Gönderilmemiş yanıtınız saklandı (your unsent reply is kept).")
        back_column.button("Taslağa dön (back to the draft)", on_click=back_to_draft)
    if view.ungrounded:
        st.warning(
            "Yanıttaki bu bilgiler araç sonuçlarında yok (not in the tool results): " + ", ".join(view.ungrounded)
        )

    # A draft with warnings is approved only after a tick: one keystroke must not send a wrong answer.
    warnings = review.approval_warnings(view)
    confirmed = True
    if warnings:
        st.warning(
            "Onaylamadan önce kontrol edin (check before approving):\n\n" + "\n".join(f"- {w}" for w in warnings)
        )
        confirmed = st.checkbox(CONFIRM_LABEL, key=f"queue_confirm_{k}")
    approve_column, escalate_column = st.columns(2)
    with approve_column:
        if st.button(
            APPROVE_LABEL,
            type="primary" if not warnings else "secondary",
            disabled=not confirmed or not view.awaiting_review or not holder.mine,
            help="Alt+A",
            use_container_width=True,
        ):
            try:
                with Session(engine()) as session:
                    saved = review.approve(session, ticket_id, seen, user.id, reply=reply)
                seen_versions[ticket_id] = saved.version
                done(
                    f"Talep #{ticket_id} onaylandı; kenar çubuğundan geri alınabilir (approved; undo in the sidebar)",
                    move=True,
                    goto=next_id,
                )
            except (review.ReviewError, review.StaleTicketError) as error:
                failed(error)
    with escalate_column:
        reason = st.text_input(
            REASON_LABEL, key=f"queue_reason_{k}", label_visibility="collapsed", placeholder=REASON_LABEL
        )
        if st.button(
            "Yükselt (escalate)", disabled=not view.awaiting_review or not holder.mine, use_container_width=True
        ):
            try:
                with Session(engine()) as session:
                    saved = review.escalate(session, ticket_id, seen, user.id, reason)
                seen_versions[ticket_id] = saved.version
                done(f"Talep #{ticket_id} yükseltildi (escalated)", move=True, goto=next_id)
            except (review.ReviewError, review.StaleTicketError) as error:
                failed(error)

    with st.expander("Sipariş bilgileri (order facts)", expanded=True):
        facts = view.facts
        if facts.customer_id is not None and facts.city is not None:
            st.caption(
                f"Müşteri #{facts.customer_id} · {facts.city}"
                + (" · Premium" if facts.is_premium else "")
                + f" · {facts.order_count} sipariş (orders)"
                + ("" if facts.matched else " · son siparişler (recent orders)")
            )
        if facts.note:
            st.info(facts.note)
        for order in facts.orders:
            st.markdown(f"**{order.order_number}**")
            st.markdown("\n".join(f"- {label}: {value}" for label, value in order.rows()))
    with Session(engine()) as session:
        earlier = review.earlier_tickets(session, ticket_id, view.customer_id)
    if earlier:
        with st.expander(f"Müşterinin önceki talepleri (earlier tickets): {len(earlier)}", expanded=False):
            for item in earlier:
                st.markdown(
                    f"**#{item.ticket_id}** · {review.local_day(item.created_at)} · "
                    f"{review.STATUS_LABELS.get(item.status, item.status)} · {item.intent_label}  \n{item.preview}"
                )

st.html(SHORTCUTS, unsafe_allow_javascript=True)
