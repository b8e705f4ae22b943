"""The ML lead's cockpit: quality against the SLA, where the bot errs, what humans taught it, and the buttons
that turn that into a new adapter (build a dataset, retrain, promote, roll back).

Everything it shows or does goes through training.cockpit and training.jobs; this script only lays it out.
Long jobs run in the background (see training.jobs's docstring for where their logs live), so the page stays
responsive and their status survives reloads.
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st
from sqlmodel import Session

from app.ui.queue_fill import fill_queue_button
from app.ui.session import engine, require
from db.labels import strategy_label
from serving.hotswap import SwapError
from serving.operations import TIME_ZONE_LABEL, DraftQuality, draft_quality
from serving.review import local_day
from training import cockpit, jobs as training_jobs
from training.config import available_configs
from training.registry import RegistryError

FLASH_KEY = "cockpit_flash"
WATCHED_KEY = "cockpit_watched_jobs"
JOB_STATES = {"running": "running", "succeeded": "complete", "failed": "error", "cancelled": "error"}
JOB_LABELS = {"running": "çalışıyor", "succeeded": "tamamlandı", "failed": "başarısız", "cancelled": "iptal edildi"}
PERIODS = {"Son 7 gün": 7, "Son 30 gün": 30, "Tümü (all)": None}
#: Integer ticks for every count axis: no 0.2 steps between drafts or corrections.
COUNT_AXIS = alt.Axis(format="d", tickMinStep=1)
ROUTE_LABELS = {"auto": "Otomatik (auto)", "human": "Temsilci (human)"}
FIELD_LABELS = {
    "intent": "Niyet (intent)",
    "entities": "Varlıklar (entities)",
    "tool_calls": "Araç çağrıları (tool calls)",
    "reply": "Yanıt (reply)",
}

user = require("cockpit")
db = engine()


def done(message: str) -> None:
    """Show `message` after a full rerun (so every table reflects the change)."""
    st.session_state[FLASH_KEY] = message
    st.rerun()


def fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    return f"{value:.2f} s" if unit == "s" else f"{value:.3f}"


def sla_chart(history: pd.DataFrame, sla: cockpit.Sla) -> alt.LayerChart:
    """One metric over time, with its SLA target as a dashed red rule."""
    points = history[history["metric"] == sla.key]
    line = (
        alt.Chart(points)
        .mark_line(point=True)
        .encode(
            x=alt.X("created_at:T", title="Tarih (date)"),
            y=alt.Y("value:Q", title=None, scale=alt.Scale(zero=False)),
            color=alt.Color("data_name:N", title="Veri (eval set)"),
            tooltip=["created_at:T", "data_name:N", "adapter:N", "n:Q", alt.Tooltip("value:Q", format=".3f")],
        )
    )
    rule = alt.Chart(pd.DataFrame({"target": [sla.target]})).mark_rule(color="red", strokeDash=[6, 4])
    return (line + rule.encode(y="target:Q")).properties(title=sla.label, height=220)


def validity_chart(live: DraftQuality) -> alt.Chart:
    """Stored drafts per day, valid and invalid stacked."""
    frame = pd.DataFrame(
        [{"gün": pd.Timestamp(d.day), "durum": "Geçerli (valid)", "taslak": d.valid} for d in live.daily]
        + [{"gün": pd.Timestamp(d.day), "durum": "Geçersiz (invalid)", "taslak": d.invalid} for d in live.daily]
    )
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("gün:T", title=f"Gün (day, {TIME_ZONE_LABEL})", axis=alt.Axis(format="%d.%m", labelAngle=0)),
            y=alt.Y("taslak:Q", title="Taslak sayısı (drafts)", axis=COUNT_AXIS, stack=True),
            color=alt.Color(
                "durum:N",
                title="Durum (validity)",
                scale=alt.Scale(domain=["Geçerli (valid)", "Geçersiz (invalid)"], range=["#4c78a8", "#e45756"]),
            ),
            tooltip=[alt.Tooltip("gün:T", format="%d.%m.%Y"), "durum:N", "taslak:Q"],
        )
        .properties(height=240)
    )


def routes_chart(live: DraftQuality) -> alt.Chart:
    """Route decisions by reason, most frequent first."""
    frame = pd.DataFrame(
        [{"gerekçe": r.label, "rota": ROUTE_LABELS.get(r.route, r.route), "taslak": r.count} for r in live.routes]
    )
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("sum(taslak):Q", title="Taslak sayısı (drafts)", axis=COUNT_AXIS),
            y=alt.Y("gerekçe:N", title="Gerekçe (reason)", sort="-x"),
            color=alt.Color("rota:N", title="Rota (route)"),
            tooltip=["gerekçe:N", "rota:N", "taslak:Q"],
        )
        .properties(height=max(120, 30 * frame["gerekçe"].nunique()))
    )


st.title("Model kokpiti (ML cockpit)")
if FLASH_KEY in st.session_state:
    st.success(st.session_state.pop(FLASH_KEY))

data_names = cockpit.eval_data_names(db)
data_name = (
    st.selectbox("Değerlendirme verisi (eval set)", data_names, help="Reports are compared on the same tickets.")
    if data_names
    else None
)
report = cockpit.latest_report(db, data_name) if data_name else None
NO_REPORT = (
    "Henüz değerlendirme raporu yok (no eval report yet). Yukarıdaki düğmeyle çalıştırın, ya da komut satırında "
    "(run one with the button above, or on the command line): `destek data generate --split heldout --n 200 "
    "--seed 7 --out runs/heldout.jsonl && destek eval --data runs/heldout.jsonl --out runs/eval` — or a retrain, "
    "whose gate stores its reports too."
)

quality, confusion, corrections, active, training, adapters = st.tabs(
    [
        "Kalite (quality)",
        "Karışıklık (confusion)",
        "Düzeltmeler (corrections)",
        "Aktif öğrenme (active learning)",
        "Veri ve eğitim (data & training)",
        "Adaptörler (adapters)",
    ]
)

with quality:
    st.subheader("Canlı taslaklar (live drafts)")
    live_period = st.radio("Dönem (period)", list(PERIODS), index=0, horizontal=True, key="live_period")
    with Session(db) as session:
        live = draft_quality(session, days=PERIODS[live_period])
    if not live.drafts:
        st.info(
            "Bu dönemde taslak yok (no drafts in this period). Bot, biletleri `destek draft` ile, API'de "
            "(`destek serve`) ya da `destek demo` ile taslaklar; geçerlilik ve rota kararları buraya gelir. "
            "(The bot's drafts fill this: validity and route decisions, before any eval.)"
        )
    else:
        drafts_col, valid_col, invalid_col, auto_col = st.columns(4)
        drafts_col.metric("Taslak (drafts)", live.drafts)
        valid_col.metric("Geçerli (valid)", f"%{100 * (live.valid_share or 0):.1f}", help=f"{live.valid} taslak")
        invalid_col.metric("Geçersiz (invalid)", live.invalid, help="Sözleşmeye uymayan model yanıtı (invalid output)")
        auto_col.metric("Otomatik rota (auto route)", f"%{100 * (live.auto_share or 0):.1f}")
        left, right = st.columns(2)
        left.altair_chart(validity_chart(live), width="stretch")
        right.altair_chart(routes_chart(live), width="stretch")
    st.subheader("Değerlendirme (evaluation)")
    run_col, size_col = st.columns([3, 1])
    eval_size = size_col.number_input(
        "Bilet (tickets)", min_value=10, max_value=5000, value=training_jobs.EVAL_TICKETS, step=50, key="eval_tickets"
    )
    run_col.caption(
        f"Etkin adaptörü `{training_jobs.eval_data_path(db)}` üzerinde puanlar; dosya yoksa önce üretilir (scores the "
        "active adapter on this held-out file, generated first when missing). İlerleme (progress): Veri ve eğitim "
        "→ İşler (data & training → jobs)."
    )
    if run_col.button("Değerlendirme çalıştır (run an eval)", icon=":material/play_arrow:"):
        try:
            job = training_jobs.start_eval(db, n=int(eval_size), user_id=user.id, username=user.username)
        except training_jobs.JobError as exc:
            st.error(str(exc))
        else:
            done(f"Değerlendirme başladı (eval started): {job.id}")
    if report is None:
        st.info(NO_REPORT)
    else:
        st.caption(
            f"Son rapor (latest report) #{report.id}: {local_day(report.created_at)} · {report.n} bilet · "
            f"model `{report.model}` · adaptör `{report.adapter or 'yok (base model)'}`"
        )
        for column, status in zip(st.columns(len(cockpit.SLAS)), report.scorecard, strict=True):
            sla = status.sla
            column.metric(
                sla.label,
                fmt(status.value, sla.unit),
                delta=None if status.margin is None else f"{status.margin:+.3f} vs SLA {sla.target:g}",
                delta_color="normal" if sla.higher_is_better else "inverse",
                help=f"SLA: {'>' if sla.higher_is_better else '<'} {sla.target:g}",
            )
        long = cockpit.quality_long(cockpit.quality_history(db, data_name))
        grid = st.columns(2)
        for index, sla in enumerate(cockpit.SLAS):
            if (long["metric"] == sla.key).any():
                grid[index % 2].altair_chart(sla_chart(long, sla), width="stretch")
            else:
                grid[index % 2].caption(f"{sla.label}: bu veride ölçülmedi (not scored on this eval set).")

with confusion:
    if report is None:
        st.info(NO_REPORT)
    elif not report.metrics.get("confusion"):
        st.info("Bu raporda niyet etiketi yok (this report scored no intents): evaluate a file with gold intents.")
    else:
        matrix = cockpit.confusion_frame(report)
        base = alt.Chart(matrix).encode(
            x=alt.X("predicted:N", title="Tahmin (predicted)"), y=alt.Y("gold:N", title="Doğru (gold)")
        )
        heat = base.mark_rect().encode(
            color=alt.Color("count:Q", scale=alt.Scale(scheme="blues"), title="Bilet"),
            tooltip=["gold:N", "predicted:N", "count:Q"],
        )
        text = base.mark_text(fontSize=9).encode(text=alt.condition("datum.count > 0", "count:Q", alt.value("")))
        side = max(300, 22 * matrix["gold"].nunique())
        st.altair_chart((heat + text).properties(height=side, width=side), width="content")
        st.subheader("Niyet bazında (per intent) — en zayıf önce (weakest first)")
        st.dataframe(
            cockpit.per_intent_frame(report),
            hide_index=True,
            column_config={
                "f1": st.column_config.ProgressColumn("F1", min_value=0.0, max_value=1.0, format="%.3f"),
                "precision": st.column_config.NumberColumn(format="%.3f"),
                "recall": st.column_config.NumberColumn(format="%.3f"),
            },
        )

with corrections:
    period = st.radio("Dönem (period)", list(PERIODS), index=2, horizontal=True)
    volume = cockpit.corrections_by_intent(db, days=PERIODS[period])
    if volume.empty:
        st.info(
            "Henüz düzeltme yok (no corrections yet): agents' changes to intents, entities, tool calls and "
            "replies in the review queue show up here."
        )
    else:
        st.metric("Düzeltme (corrections)", int(volume["count"].sum()))
        volume = volume.assign(alan=volume["field"].map(lambda name: FIELD_LABELS.get(name, name)))
        bars = (
            alt.Chart(volume)
            .mark_bar()
            .encode(
                x=alt.X("sum(count):Q", title="Düzeltme sayısı (corrections)", axis=COUNT_AXIS),
                y=alt.Y("etiket:N", sort="-x", title="Niyet (intent)"),
                color=alt.Color("alan:N", title="Alan (field)"),
                tooltip=[
                    alt.Tooltip("etiket:N", title="Niyet (intent)"),
                    alt.Tooltip("intent:N", title="id"),
                    alt.Tooltip("alan:N", title="Alan (field)"),
                    alt.Tooltip("count:Q", title="Düzeltme (corrections)"),
                ],
            )
            .properties(height=max(200, 22 * volume["intent"].nunique()))
        )
        st.altair_chart(bars, width="stretch")

with active:
    if filled_note := st.session_state.pop("ck_filled", None):
        st.success(filled_note)
    queue = cockpit.annotation_queue(db)
    summary = cockpit.queue_summary(queue)
    if queue.empty:
        st.info(
            "Etiketleme kuyruğu boş (the annotation queue is empty). Aşağıdaki düğme, `destek select` gibi, "
            "havuzdan en faydalı biletleri seçer (the button picks the most useful pool tickets)."
        )
    else:
        left, middle, right = st.columns(3)
        left.metric("Açık görev (open tasks)", summary.open)
        middle.metric("Toplam (total)", summary.total)
        right.metric("Parti (batches)", summary.batches)
        st.markdown(f"Son strateji (latest strategy): **{strategy_label(summary.latest_strategy or '')}**")
        shown = queue.assign(strategy=queue["strategy"].map(strategy_label))
        st.dataframe(
            shown,
            hide_index=True,
            column_config={
                "batch": "Parti (batch)",
                "strategy": "Strateji (strategy)",
                "created_at": st.column_config.DatetimeColumn(
                    f"Oluşturuldu (created, {TIME_ZONE_LABEL})", format="DD.MM.YYYY HH:mm"
                ),
                "total": "Toplam (total)",
                "open": "Açık (open)",
                "done": "Biten (done)",
            },
        )
    if filled_note := fill_queue_button(db, user.id, key="ck_fill", primary=queue.empty):
        st.session_state["ck_filled"] = filled_note
        st.rerun()  # the table above shows the new batch

with training:
    st.subheader("Veri setleri (dataset versions)")
    datasets = cockpit.datasets_frame(db)
    if datasets.empty:
        st.info("Henüz veri seti yok (no dataset yet): build one below or with `destek dataset build`.")
    else:
        st.dataframe(datasets, hide_index=True)
    st.subheader("Eğitim koşuları (training runs)")
    runs = cockpit.training_runs_frame(db)
    if runs.empty:
        st.info("Henüz eğitim yok (no training run yet): start a retrain below or `destek retrain`.")
    else:
        st.dataframe(runs, hide_index=True)

    st.subheader("İşler (jobs)")
    build_col, retrain_col = st.columns(2)
    with build_col:
        st.caption("Etiketlerden yeni bir SFT veri seti sürümü (a new SFT dataset version from human labels).")
        if st.button("Veri seti oluştur (build dataset)", icon=":material/dataset:"):
            try:
                job = training_jobs.start_dataset_build(db, user_id=user.id, username=user.username)
            except training_jobs.JobError as exc:
                st.error(str(exc))
            else:
                done(f"İş başladı (job started): {job.id}")
    with retrain_col:
        where = st.radio(
            "Nerede? (where)",
            [training_jobs.WHERE_LOCAL, training_jobs.WHERE_MODAL],
            format_func={"local": "Yerel (local GPU/CPU)", "modal": "Modal (bulut GPU)"}.get,
            horizontal=True,
        )
        configs = available_configs()
        default = training_jobs.DEFAULT_CONFIGS[where]
        config = st.selectbox(
            "Eğitim ayarı (config)", configs, index=configs.index(default) if default in configs else 0
        )
        gate_limit = st.number_input("Gate bilet sınırı (gate limit, 0 = config)", min_value=0, value=0, step=50)
        if where == training_jobs.WHERE_MODAL and not training_jobs.modal_available():
            st.warning("`modal` kurulu değil (not installed): `pip install modal && modal token new`.")
        st.caption("Build → train → gate; geçen adaptör otomatik yayına alınır (a candidate that passes is promoted).")
        if st.button("Yeniden eğit (retrain)", type="primary", icon=":material/model_training:"):
            try:
                job = training_jobs.start_retrain(
                    db, where=where, config=config, gate_limit=int(gate_limit) or None, user_id=user.id,
                    username=user.username,
                )  # fmt: skip
            except training_jobs.JobError as exc:
                st.error(str(exc))
            else:
                done(f"Yeniden eğitim başladı (retrain started): {job.id}")

    jobs = training_jobs.list_jobs(db, limit=5)
    running = {job.id for job in jobs if job.running}
    st.session_state.setdefault(WATCHED_KEY, set()).update(running)

    @st.fragment(run_every=2 if running else None)
    def job_panel() -> None:
        """Re-reads the jobs every 2 s while one runs; a full rerun when one ends refreshes the tables."""
        current = training_jobs.list_jobs(db, limit=5)
        if not current:
            st.caption("Henüz iş yok (no jobs yet).")
            return
        watched = st.session_state.get(WATCHED_KEY, set())
        if any(job.id in watched and not job.running for job in current):
            st.session_state[WATCHED_KEY] = {job.id for job in current if job.running}
            st.rerun(scope="app")
        for job in current:
            minutes, seconds = divmod(int(job.elapsed_s), 60)
            label = f"{job.title} · {JOB_LABELS.get(job.state, job.state)} · {minutes} dk {seconds} sn"
            with st.status(label, state=JOB_STATES.get(job.state, "error"), expanded=job.running):
                st.caption(f"{job.id} · {job.username or '?'} · {local_day(job.started_at)}")
                if job.steps > 1:
                    st.progress(min(job.step, job.steps) / job.steps, text=f"Adım (step) {job.step}/{job.steps}")
                if job.note:
                    st.warning(job.note)
                st.code(job.log_tail or "(henüz çıktı yok / no output yet)", language="text")
                st.caption(f"Günlük (log): `{job.log_path}`")
                if job.running and st.button("İptal et (cancel)", key=f"cancel-{job.id}"):
                    try:
                        training_jobs.cancel_job(db, job.id, user_id=user.id)
                    except training_jobs.JobError as exc:
                        st.error(str(exc))
                    else:
                        st.rerun(scope="app")

    job_panel()

with adapters:
    current_name = cockpit.active_adapter(db)
    st.markdown(f"Yayındaki adaptör (active adapter): **{current_name or 'yok — temel model (base model)'}**")
    table = cockpit.adapters_frame(db)
    if table.empty:
        st.info("Henüz adaptör yok (no adapters yet): a retrain registers one as a candidate.")
    else:
        st.dataframe(
            table,
            hide_index=True,
            column_config={
                "gate_passed": st.column_config.CheckboxColumn("Gate geçti (passed)"),
                **{
                    key: st.column_config.NumberColumn(format="%.3f")
                    for key in ("intent_accuracy", "tool_call_accuracy", "hallucination_rate", "threshold")
                },
            },
        )
        promote_col, rollback_col = st.columns(2)
        with promote_col:
            st.subheader("Yayına al (promote)")
            choices = cockpit.promotable_adapters(db)
            if not choices:
                st.caption("Yayına alınacak başka adaptör yok (nothing else to promote).")
            else:
                name = st.selectbox("Adaptör", choices)
                verdict = table.set_index("name").loc[name, "gate_passed"]
                if not (pd.notna(verdict) and bool(verdict)):
                    st.warning("Bu adaptör gate'i geçmedi veya ölçülmedi (it failed or skipped the gate).")
                sure = st.checkbox(
                    f"Eminim: `{name}` yayına alınsın (I confirm)", key=f"confirm-promote-{name}-{current_name}"
                )
                if st.button("Yayına al (promote)", type="primary", disabled=not sure):
                    try:
                        promotion = cockpit.promote_adapter(db, name, user_id=user.id, username=user.username)
                    except (RegistryError, SwapError) as exc:
                        st.error(str(exc))
                    else:
                        done(f"{name} yayında. {promotion.summary()}")
        with rollback_col:
            st.subheader("Geri al (roll back)")
            target = cockpit.rollback_candidate_name(db)
            if target is None:
                st.caption("Geri dönülecek önceki adaptör yok (nothing to roll back to).")
            else:
                sure = st.checkbox(
                    f"Eminim: `{current_name}` → `{target}` (I confirm)", key=f"confirm-rollback-{current_name}"
                )
                if st.button("Geri al (roll back)", disabled=not sure):
                    try:
                        restored = cockpit.rollback_adapter(db, user_id=user.id)
                    except (RegistryError, SwapError) as exc:
                        st.error(str(exc))
                    else:
                        done(f"Geri alındı (rolled back). {restored.summary()}")
    history = cockpit.adapter_history(db)
    if not history.empty:
        st.subheader("Geçmiş (promotion history)")
        st.dataframe(history, hide_index=True)
