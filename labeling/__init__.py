"""Getting human labels: active-learning selection and the Label Studio bridge."""

from labeling.labelstudio import (
    LabelStudioError,
    PushSummary,
    SyncSummary,
    connect,
    handle_webhook,
    pull,
    push,
    register_webhook,
    serve_webhook,
)

__all__ = [
    "LabelStudioError",
    "PushSummary",
    "SyncSummary",
    "connect",
    "handle_webhook",
    "pull",
    "push",
    "register_webhook",
    "serve_webhook",
]
