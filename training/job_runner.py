"""The runner of one background job (training.jobs): `python -P training/job_runner.py <job folder> <lock fd>`.

training.jobs.start_job starts it detached, by its file path (so neither the `training` package nor anything
beside this file is imported), with an flock'ed descriptor of the job's `running.lock` inherited as <lock fd>
and held until it exits. Standard library only, so it starts in a fraction of a second even when importing
training.jobs (pandas, SQLModel) takes seconds. It runs the steps of the folder's `job.json` in order with
their stdout and stderr appended to `output.log`, records each step in `status.json` and the result at the
end; SIGTERM (training.jobs.cancel_job) stops the step it runs and records "cancelled". Exit status 0 when
every step succeeded, else 1.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

JOB_FILE, STATUS_FILE, LOG_FILE = "job.json", "status.json", "output.log"
RUNNING, SUCCEEDED, FAILED, CANCELLED = "running", "succeeded", "failed", "cancelled"


def write_status(folder: Path, data: dict) -> None:
    """Replace status.json atomically (temp file + rename), so a reader never sees half a file."""
    temporary = folder / f".{STATUS_FILE}.runner.tmp"
    temporary.write_text(json.dumps(data), encoding="utf-8")
    temporary.replace(folder / STATUS_FILE)


def run(folder: Path) -> int:
    """Run the job in `folder`; returns the runner's exit status."""
    steps = json.loads((folder / JOB_FILE).read_text(encoding="utf-8"))["steps"]
    cancelled = False
    current: subprocess.Popen | None = None

    def on_term(signum, frame) -> None:
        nonlocal cancelled
        cancelled = True
        if current is not None and current.poll() is None:
            current.terminate()

    signal.signal(signal.SIGTERM, on_term)
    state, number, returncode = SUCCEEDED, 0, 0
    with (folder / LOG_FILE).open("ab", buffering=0) as log:
        for number, argv in enumerate(steps, start=1):
            write_status(folder, {"state": RUNNING, "step": number})
            log.write(("$ " + " ".join(argv) + "\n").encode())
            try:
                current = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
                returncode = current.wait()
            except OSError as exc:
                log.write(f"cannot start the command: {exc}\n".encode())
                returncode = 127
            if cancelled:
                state = CANCELLED
                log.write(b"cancelled\n")
                break
            if returncode != 0:
                state = FAILED
                log.write(f"step {number} failed with exit status {returncode}\n".encode())
                break
    finished_at = datetime.now(UTC).isoformat()
    write_status(folder, {"state": state, "step": number, "returncode": returncode, "finished_at": finished_at})
    return 0 if state == SUCCEEDED else 1


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1])))
