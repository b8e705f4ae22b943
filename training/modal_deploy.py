"""`modal deploy -m training.modal_deploy` (from the repository root): the nightly retrain as a Modal Cron job.

See training/modal_app.py (`build_nightly_app`) for what runs where. The training config is
$DESTEK_NIGHTLY_CONFIG where you deploy (default `qwen2.5-7b-modal`); it sets the GPU and the time limit.
Importing this module needs the `modal` client: it exists only for `modal deploy`.
"""

from __future__ import annotations

import os

from training.config import load_config
from training.modal_app import build_nightly_app

app, nightly = build_nightly_app(load_config(os.environ.get("DESTEK_NIGHTLY_CONFIG", "qwen2.5-7b-modal")))
