"""The bridge against a real Label Studio 1.23 on 127.0.0.1: push, annotate through the API, pull, webhooks.

The server starts from tests/fixtures/labelstudio-data.tar.gz, a data dir that already went through the
migrations (rebuild it with `scripts/labelstudio.sh fixture` after a Label Studio upgrade; an old one
still works, the server just migrates it at start). One server serves the whole module; each test uses
its own project title, so tests do not see each other's tasks.
"""

from __future__ import annotations

import os
import shutil
import tarfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from label_studio_sdk import LabelStudio
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.contract import load_contract
from db.models import Annotation, AnnotationTask
from labeling.labelstudio import (
    LabelStudioAuthError,
    SyncSummary,
    connect,
    make_webhook_server,
    pull,
    push,
    register_webhook,
)
from labeling.ls_config import label_config, prediction_results
from tests.integration.servers import free_port, running_server
from tests.test_labelstudio import DRAFT_FIELDS, TEXT, add_ticket, rows, span

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "labelstudio-data.tar.gz"
# The credentials baked into the fixture (scripts/labelstudio.sh fixture): a throwaway loopback-only admin.
ADMIN, PASSWORD, TOKEN = "admin@destek.local", "destek-test-password", "destektest0123456789abcdef0123456789abcd"
START_TIMEOUT_S = 240  # from the fixture it takes ~15 s; a cold migration several minutes on a slow disk


def _label_studio_bin() -> str | None:
    """LABEL_STUDIO_BIN, else the separate venv made by scripts/labelstudio.sh install, else PATH."""
    for candidate in (os.environ.get("LABEL_STUDIO_BIN"), ROOT / ".venv-ls" / "bin" / "label-studio"):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    return shutil.which("label-studio")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Label Studio server on a free loopback port, started from a copy of the pre-migrated data dir."""
    binary = _label_studio_bin()
    if binary is None:
        pytest.skip("label-studio is not installed (scripts/labelstudio.sh install puts it in .venv-ls)")
    if not FIXTURE.is_file():
        pytest.skip(f"{FIXTURE.name} is missing (scripts/labelstudio.sh fixture builds it)")
    work = tmp_path_factory.mktemp("labelstudio")
    with tarfile.open(FIXTURE) as archive:
        archive.extractall(work, filter="data")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
        "LATEST_VERSION_CHECK": "false",
        "SSRF_PROTECTION_ENABLED": "false",  # only here: the webhook test posts to a loopback receiver
    }
    command = [binary, "start", "--no-browser", "--internal-host", "127.0.0.1", "--port", str(port)]
    command += ["--data-dir", str(work / "data"), "--username", ADMIN, "--password", PASSWORD, "--user-token", TOKEN]
    with running_server(
        "Label Studio",
        command,
        health_url=f"{url}/health",
        env=env,
        log_path=work / "server.log",
        timeout_s=START_TIMEOUT_S,
    ):
        yield url


@pytest.fixture
def client(server: str) -> LabelStudio:
    return connect(server, TOKEN)


def _annotate(client: LabelStudio, task_id: int, **fields: Any) -> Any:
    """Save an annotation as an annotator does in the UI: the prediction's result with some fields changed."""
    merged = {**DRAFT_FIELDS, **fields}
    return client.annotations.create(task_id, result=prediction_results(TEXT, **merged), lead_time=12.5)


def _ls_result(from_name: str, kind: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"id": "manual", "from_name": from_name, "to_name": "text", "type": kind, "value": value}


def test_wrong_token_is_rejected_by_the_real_server(server: str) -> None:
    with pytest.raises(LabelStudioAuthError, match="rejected the API token"):
        connect(server, "0" * 40)


def test_push_annotate_pull_round_trip(engine: Engine, client: LabelStudio) -> None:
    title = "Destek round trip"
    first, second = add_ticket(engine), add_ticket(engine, intent="kargo_takip")

    summary = push(engine, client, [first, second], project_title=title, strategy="margin")
    assert summary.pushed == [first, second]
    assert push(engine, client, [first, second], project_title=title).already_there == [first, second]
    project = client.projects.get(summary.project_id)
    assert project.task_number == 2
    assert project.label_config == label_config(load_contract())  # stored verbatim, so a re-push never updates it

    tasks = {task.data["ticket_id"]: task for task in client.tasks.list(project=summary.project_id)}
    prediction = tasks[first].predictions[0]
    assert (prediction.score, prediction.model_version) == (0.62, "lora-2026-11-20")
    with Session(engine) as session:
        recorded = {t.ticket_id: t.labelstudio_task_id for t in session.exec(select(AnnotationTask))}
    assert recorded == {first: tasks[first].id, second: tasks[second].id}

    # The annotator keeps the Turkish spans, drops the size, changes the intent; a second one breaks a span.
    kept = [span("order_number", "4815162342"), span("product", "ığdır işi şal")]
    annotation = _annotate(client, tasks[first].id, intent="iade_baslat", entities=kept)
    product = span("product", "ığdır işi şal")
    start, end = product["start"] + 1, product["end"] + 1  # one character off, as an offset bug would be
    shifted = {"start": start, "end": end, "text": product["value"], "labels": ["product"]}
    broken = [*prediction_results(TEXT, **DRAFT_FIELDS), _ls_result("entities", "labels", shifted)]
    client.annotations.create(tasks[second].id, result=broken)

    result = pull(engine, client, title)
    assert (result.created, result.updated, result.unchanged) == (1, 0, 0)
    assert [task_id for task_id, _ in result.skipped] == [tasks[second].id]
    assert pull(engine, client, summary.project_id) == SyncSummary(unchanged=1, skipped=result.skipped)
    [stored] = rows(engine, Annotation)
    assert (stored.intent, stored.entities, stored.external_id) == ("iade_baslat", kept, f"labelstudio:{annotation.id}")
    assert [TEXT[s["start"] : s["end"]] for s in stored.entities] == ["4815162342", "ığdır işi şal"]

    client.annotations.update(annotation.id, result=prediction_results(TEXT, **{**DRAFT_FIELDS, "intent": "sikayet"}))
    assert pull(engine, client, title).updated == 1
    assert [(a.intent, a.is_current) for a in rows(engine, Annotation)] == [("iade_baslat", False), ("sikayet", True)]


def test_webhook_round_trip(engine: Engine, client: LabelStudio) -> None:
    title = "Destek webhook"
    ticket_id = add_ticket(engine)
    project_id = push(engine, client, [ticket_id], project_title=title).project_id
    receiver = make_webhook_server("127.0.0.1", 0, engine, secret="hook-secret")
    thread = threading.Thread(target=receiver.serve_forever, daemon=True)
    thread.start()
    try:
        hook_url = f"http://127.0.0.1:{receiver.server_port}/labelstudio"
        hook = register_webhook(client, project_id, hook_url, secret="hook-secret")
        assert register_webhook(client, project_id, hook_url, secret="hook-secret") == hook
        [task] = client.tasks.list(project=project_id)

        annotation = _annotate(client, task.id, intent="iade_baslat")
        _wait_for(lambda: [a.intent for a in rows(engine, Annotation)] == ["iade_baslat"])
        client.annotations.update(annotation.id, result=prediction_results(TEXT, **{**DRAFT_FIELDS, "reply": "Tamam."}))
        _wait_for(lambda: [a.is_current for a in rows(engine, Annotation)] == [False, True])
    finally:
        receiver.shutdown()
        receiver.server_close()
        thread.join(timeout=5)
    assert rows(engine, Annotation)[-1].reply == "Tamam."
    assert pull(engine, client, title) == SyncSummary(unchanged=1)  # the webhook already brought everything


def _wait_for(condition: Any, timeout_s: float = 20) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"the webhook did not arrive within {timeout_s} s")
        time.sleep(0.2)
