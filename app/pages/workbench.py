"""Etiketleme: the annotator's workbench. One ticket at a time from the mini-dataset or an active-learning batch,
the bot's prediction pre-filled; intent, entity spans and tool calls are corrected here and saved or skipped.

All decisions (which ticket, validation, corrections, progress, agreement) live in labeling.workbench.
"""

from __future__ import annotations

import html
import json
from typing import Any

import streamlit as st

from app.ui.queue_fill import fill_queue_button
from app.ui.session import engine, require
from db.contract import load_contract
from db.labels import strategy_label
from labeling.workbench import (
    WorkbenchConfig,
    WorkbenchError,
    WorkItem,
    agreement,
    entity_type_label,
    find_span,
    intent_label,
    marked_segments,
    next_task,
    occurrences,
    progress,
    save_annotation,
    skip_ticket,
    span_from_picks,
    suggest_calls,
    sync_mini_tasks,
    token_labels,
    tokenize,
)

user = require("workbench")

ALL = "__all__"
ITEM, WORK, FLASH, NOTE = "wb_item", "wb_work", "wb_flash", "wb_note"
SCORE_HELP = (
    "Aktif öğrenmenin öncelik puanı (active-learning priority): partiyi seçen stratejinin bu bileti sıraladığı yer; "
    "yüksek puan önce etiketlenir. Strateji, botun en emin olmadığı (uncertainty) ya da botla ikinci bir "
    "sınıflandırıcının anlaşamadığı (disagreement) ve birbirine benzemeyen biletleri öne alır "
    "(labeling/active.py). Mini veri setinde puan 0'dır."
)
QUEUE_HELP = (
    "Etiketleme kuyruğunu aktif öğrenme doldurur (active learning fills the annotation queue): etiketlenmemiş "
    "biletlerden en yararlı olanları seçer, komut satırında `destek select` ile ya da buradaki düğmeyle."
)
FIELD_NAMES = {"intent": "niyet (intent)", "entities": "varlıklar (entities)", "tool_calls": "araçlar (tool calls)"}
MARK_STYLE = "background:#ffe08a;border-radius:3px;padding:0 2px"

db = engine()
config = WorkbenchConfig.from_env()
contract = load_contract()
intent_ids = list(contract.intent_ids)
entity_types = list(contract.entity_type_ids)
tool_names = list(contract.tool_names)

if not st.session_state.get("wb_synced"):
    sync_mini_tasks(db, config)
    st.session_state["wb_synced"] = True


def start_work(item: WorkItem | None) -> None:
    """Put a ticket on the desk with its pre-fill as the editable starting point."""
    st.session_state[ITEM] = item
    if item is None:
        st.session_state[WORK] = None
        return
    work: dict[str, Any] = {"uid": 0, "entities": [], "calls": []}
    for span in item.prefill.entities:
        add_span(work, span)
    set_calls(work, item.prefill.tool_calls)
    st.session_state[WORK] = work


def add_span(work: dict[str, Any], span: dict[str, Any]) -> None:
    work["uid"] += 1
    work["entities"].append({**span, "uid": work["uid"]})


def set_calls(work: dict[str, Any], calls: list[dict[str, Any]]) -> None:
    work["calls"] = []
    for call in calls:
        work["uid"] += 1
        args = call.get("arguments") or {}
        text = args if isinstance(args, str) else json.dumps(args, ensure_ascii=False)
        work["calls"].append({"uid": work["uid"], "name": call.get("name"), "args": text})


def highlighted(text: str, spans: list[dict[str, Any]]) -> str:
    pieces = []
    for piece, kind in marked_segments(text, spans):
        if kind is None:
            pieces.append(html.escape(piece))
        else:
            label = html.escape(entity_type_label(kind).split(" · ")[0])
            pieces.append(
                f'<mark style="{MARK_STYLE}" title="{label}">{html.escape(piece)} <small>{label}</small></mark>'
            )
    return f'<div style="white-space:pre-wrap;font-size:1.1rem;line-height:1.8">{"".join(pieces)}</div>'


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


st.title("Etiketleme (annotation)")
if flash := st.session_state.pop(FLASH, None):
    st.success(flash)

# ── Batch and progress ──
batches = progress(db, user_id=user.id)
if st.session_state.pop("wb_show_all", False):  # after filling the queue: show every batch
    st.session_state["wb_batch"] = ALL
options = [ALL] + [b.batch for b in batches]
by_name = {b.batch: b for b in batches}
batch = st.selectbox(
    "Parti (batch)",
    options,
    format_func=lambda b: "Tüm partiler (all batches)" if b == ALL else f"{b} · {strategy_label(by_name[b].strategy)}",
    key="wb_batch",
)
shown = batches if batch == ALL else [by_name[batch]]
total, done = sum(b.total for b in shown), sum(b.done_for_me for b in shown)
mine_waiting = sum(b.mine_awaiting_second for b in shown)
line = f"Hedefe ilerleme (progress): {done} / {total} bilet sizin için tamam (done for you)"
if mine_waiting:
    line += f"; {mine_waiting} tanesi ikinci etiketleyiciyi bekliyor (waits for a second annotator)"
st.progress(done / total if total else 0.0, text=line)
labels_by_user: dict[str, int] = {}
for b in shown:
    for name, n in b.labels.items():
        labels_by_user[name] = labels_by_user.get(name, 0) + n
waiting = sum(b.awaiting_second for b in shown)
st.caption(
    "Etiketleyenler (labels by annotator): "
    + (", ".join(f"{name}: {n}" for name, n in labels_by_user.items()) or "henüz yok")
    + f" · ikinci etiket bekleyen (awaiting a second label): {waiting}"
)

# ── The ticket on the desk ──
wanted = None if batch == ALL else batch
item: WorkItem | None = st.session_state.get(ITEM)
if item is None or st.session_state.get("wb_item_batch") != batch:
    start_work(next_task(db, user.id, batch=wanted, config=config))
    st.session_state["wb_item_batch"] = batch
    item = st.session_state[ITEM]
work = st.session_state.get(WORK)

if item is None or work is None:
    if total:
        st.success("Bu partide size ait etiketlenecek bilet kalmadı. (Nothing left for you to label here.)")
    else:
        st.info("Etiketleme kuyruğu boş. (The annotation queue is empty.)")
    st.caption(QUEUE_HELP)
    if filled_note := fill_queue_button(db, user.id, key="wb_fill", primary=not total):
        st.session_state[FLASH] = filled_note
        st.session_state["wb_show_all"] = True
        start_work(None)
        st.rerun()
else:
    tid = item.ticket_id
    st.subheader(f"Bilet #{tid}")
    notes = [
        f"parti (batch) {item.batch}",
        f"strateji (strategy) {strategy_label(item.strategy)}",
        f"öncelik puanı (active-learning priority) {item.score:.0f}",
    ]
    if item.labelled_by_others:
        notes.append("uyum için ikinci etiketleyicisiniz (you are the second annotator)")
    st.caption(" · ".join(notes), help=SCORE_HELP)
    text_slot = st.empty()
    prefill = item.prefill
    source = {"draft": "botun taslağı (bot draft)", "gold": "içe aktarılan etiket (imported label)"}
    if prefill.source in source:
        line = f"Ön-doldurma (pre-filled from): {source[prefill.source]}"
        if prefill.confidence is not None:
            line += f", güven {prefill.confidence:.2f}"
        if prefill.alternatives:
            line += "; olasılıklar: " + ", ".join(f"{intent_label(i)} {p:.2f}" for i, p in prefill.alternatives)
        st.caption(line)

    intent = st.selectbox(
        "Niyet (intent)",
        intent_ids,
        index=intent_ids.index(prefill.intent) if prefill.intent in intent_ids else None,
        format_func=intent_label,
        placeholder="Niyet seçin (choose an intent)",
        key=f"wb_intent_{tid}",
    )

    st.markdown("**Varlıklar (entities)**")
    if not work["entities"]:
        st.caption("Varlık yok (no spans).")
    for entity in list(work["entities"]):
        uid = entity["uid"]
        c1, c2, c3 = st.columns([3, 3, 1], vertical_alignment="center")
        c1.text(f"{entity['value']}  [{entity['start']}–{entity['end']}]")
        entity["type"] = c2.selectbox(
            "Tür (type)",
            entity_types,
            index=entity_types.index(entity["type"]),
            format_func=entity_type_label,
            key=f"wb_etype_{tid}_{uid}",
            label_visibility="collapsed",
        )
        if c3.button("Sil (remove)", key=f"wb_edel_{tid}_{uid}"):
            work["entities"] = [e for e in work["entities"] if e["uid"] != uid]
            st.rerun()

    by_tokens, by_text = st.tabs(["Metinden tıklayarak (click the tokens)", "Yazarak (type the exact text)"])
    tokens = tokenize(item.text)
    token_names = token_labels(tokens)
    with by_tokens:
        if tokens:
            picked = st.pills(
                "Varlığın ilk ve son tokenine tıklayın (click the span's first and last token)",
                range(len(tokens)),
                selection_mode="multi",
                format_func=token_names.__getitem__,
                key=f"wb_tokens_{tid}_{work['uid']}",  # a new key after each added span clears the picks
            )
            c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
            kind = c1.selectbox("Tür (type)", entity_types, format_func=entity_type_label, key=f"wb_ttype_{tid}")
            if picked:
                chosen = item.text[tokens[min(picked)].start : tokens[max(picked)].end]
                st.caption(f"Seçilen metin (selected text): «{chosen}»")
            if c2.button("Aralığı ekle (add span)", key=f"wb_addtok_{tid}"):
                try:
                    add_span(work, span_from_picks(item.text, picked or [], kind))
                except WorkbenchError as exc:
                    st.error(str(exc))
                else:
                    st.rerun()
    with by_text:
        c1, c2, c3 = st.columns([3, 1, 2])
        value = c1.text_input("Metin (exact text)", key=f"wb_sub_{tid}")
        occurrence = c2.number_input("Kaçıncı (occurrence)", min_value=1, value=1, step=1, key=f"wb_occ_{tid}")
        kind = c3.selectbox("Tür (type)", entity_types, format_func=entity_type_label, key=f"wb_stype_{tid}")
        if value.strip():
            st.caption(f"Metinde {len(occurrences(item.text, value))} kez geçiyor (occurrences).")
        if st.button("Metni ekle (add span)", key=f"wb_addsub_{tid}"):
            try:
                add_span(work, find_span(item.text, value, kind, int(occurrence)))
            except WorkbenchError as exc:
                st.error(str(exc))
            else:
                st.rerun()

    st.markdown("**Araç çağrıları (tool calls)**")
    if not work["calls"]:
        st.caption("Araç çağrısı yok (no call).")
    for call in list(work["calls"]):
        uid = call["uid"]
        c1, c2, c3 = st.columns([2, 4, 1], vertical_alignment="center")
        call["name"] = c1.selectbox(
            "Araç (tool)",
            tool_names,
            index=tool_names.index(call["name"]) if call["name"] in tool_names else None,
            key=f"wb_cname_{tid}_{uid}",
        )
        call["args"] = c2.text_area("Argümanlar (JSON arguments)", value=call["args"], key=f"wb_cargs_{tid}_{uid}")
        if c3.button("Sil (remove)", key=f"wb_cdel_{tid}_{uid}"):
            work["calls"] = [c for c in work["calls"] if c["uid"] != uid]
            st.rerun()
    c1, c2 = st.columns(2)
    if c1.button("Araç çağrısı ekle (add tool call)", key=f"wb_addcall_{tid}"):
        work["uid"] += 1
        work["calls"].append({"uid": work["uid"], "name": tool_names[0], "args": "{}"})
        st.rerun()
    if c2.button("Kurallara göre öner (suggest from rules)", key=f"wb_suggest_{tid}"):
        suggestion = suggest_calls(item.text, intent, work["entities"])
        if suggestion.calls or suggestion.complete:
            set_calls(work, suggestion.calls)
        st.session_state[NOTE] = (tid, suggestion.message, suggestion.complete)
        st.rerun()
    note = st.session_state.get(NOTE)
    if note and note[0] == tid:
        (st.info if note[2] else st.warning)(note[1])

    text_slot.html(highlighted(item.text, work["entities"]))

    st.divider()
    reason = st.text_input("Atlama nedeni (skip reason, optional)", key=f"wb_reason_{tid}")
    save_col, skip_col = st.columns(2)
    if save_col.button("Kaydet (save)", type="primary", key="wb_save", width="stretch", shortcut="Mod+Enter"):
        try:
            result = save_annotation(
                db,
                user.id,
                tid,
                intent=intent,
                entities=[{k: e[k] for k in ("type", "value", "start", "end")} for e in work["entities"]],
                tool_calls=[{"name": c["name"], "arguments": c["args"]} for c in work["calls"]],
                task_id=item.task_id,
                config=config,
            )
        except WorkbenchError as exc:
            st.error(f"Kaydedilemedi (not saved): {exc}")
        else:
            changed = ", ".join(result.changed) or "değişiklik yok (no change to the draft)"
            message = f"Bilet #{tid} kaydedildi (saved). Düzeltilen alanlar (corrected fields): {changed}."
            if result.awaiting_second:
                message += (
                    " Bu bilet uyum ölçümü için ikinci bir etiketleyiciyi bekliyor; sizin payınız tamam. "
                    "(The ticket waits for a second annotator; your part is done.)"
                )
            st.session_state[FLASH] = message
            st.session_state.pop(NOTE, None)
            start_work(None)
            st.rerun()
    if skip_col.button("Atla (skip)", key="wb_skip", width="stretch", shortcut="Alt+S"):
        skip_ticket(db, user.id, tid, task_id=item.task_id, reason=reason)
        st.session_state[FLASH] = f"Bilet #{tid} atlandı (skipped); diğer etiketleyicilere açık kalır."
        start_work(None)
        st.rerun()

# ── Inter-annotator agreement ──
st.divider()
st.subheader("Uyum (agreement)")
report = agreement(db, batch=wanted)
if report.n_tickets == 0:
    st.info("Henüz iki etiketleyicinin etiketlediği bilet yok. (No ticket has two annotators yet.)")
else:
    m1, m2, m3, m4 = st.columns(4)
    m1.metric("Ortak bilet (shared tickets)", report.n_tickets)
    m2.metric("Niyet uyumu (intent agreement)", percent(report.intent_agreement))
    m3.metric("Cohen kappa (niyet)", "—" if report.kappa is None else f"{report.kappa:.2f}")
    m4.metric("Varlık uyumu (entity agreement)", percent(report.entity_agreement))
    st.dataframe(
        [
            {
                "etiketleyici A (annotator A)": p.annotator_a,
                "etiketleyici B (annotator B)": p.annotator_b,
                "bilet (tickets)": p.n,
                "niyet uyumu (intent agreement)": percent(p.intent_agreement),
                "kappa (Cohen's kappa)": "—" if p.kappa is None else round(p.kappa, 3),
                "varlık uyumu (entity agreement)": percent(p.entity_agreement),
                "araç uyumu (tool-call agreement)": percent(p.tool_call_agreement),
            }
            for p in report.pairs
        ],
        hide_index=True,
    )
    st.markdown(f"**Uyuşmazlıklar (disagreements to adjudicate): {len(report.disagreements)}**")
    for d in report.disagreements:
        with st.expander(f"Bilet #{d.ticket_id} · {', '.join(FIELD_NAMES.get(f, f) for f in d.fields)}"):
            st.text(d.text)
            st.dataframe(
                [
                    {
                        "etiketleyici (annotator)": name,
                        "niyet (intent)": intent_label(labels["intent"]),
                        "varlıklar (entities)": "; ".join(
                            f"{entity_type_label(e['type'])}={e['value']}" for e in labels["entities"]
                        )
                        or "—",
                        "araçlar (tools)": "; ".join(c["name"] for c in labels["tool_calls"]) or "—",
                    }
                    for name, labels in d.labels.items()
                ],
                hide_index=True,
            )
