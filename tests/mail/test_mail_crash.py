"""A designer killed in the middle of a send (SIGKILL, in another process): nothing is lost, nothing goes twice."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from designer.mail import Outbox
from designer.mail.retry import due, reason, retry_outbox

from .conftest import Mailbox
from .test_mail_outbox import add_handout

SENDER_SCRIPT = """
import json, sys
from pathlib import Path
from designer.domain import Clinic
from designer.mail import Outbox

outbox = Outbox(Path(sys.argv[1]))
clinic = Clinic.from_dict(json.loads(sys.argv[2]))
[entry] = outbox.pending()
outbox.deliver(entry, clinic, None)
print("sent")
"""


@dataclass
class HoldingMailbox(Mailbox):
    """A server that holds its answer to RCPT until released: the moment the sender is killed."""

    reached: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        self.reached.set()
        while not self.released.is_set():
            await asyncio.sleep(0.02)
        return await super().handle_RCPT(server, session, envelope, address, options)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_killed_mid_send_the_handout_waits_and_goes_exactly_once(
    tmp_path, pdf_bytes, clinic, settings_for, start_server
):
    server = start_server(mailbox=HoldingMailbox())
    outbox = Outbox(tmp_path / "outbox")
    added = add_handout(outbox, pdf_bytes)
    clinic = replace(clinic, mail=settings_for(server.port))
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    sender = subprocess.Popen(
        [sys.executable, "-c", SENDER_SCRIPT, str(outbox.folder), json.dumps(clinic.to_dict())],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert server.mailbox.reached.wait(60), sender.stderr.read().decode() if sender.poll() is not None else ""
        os.kill(sender.pid, signal.SIGKILL)
        assert sender.wait(30) == -signal.SIGKILL
    finally:
        server.mailbox.released.set()
        if sender.poll() is None:
            sender.kill()
            sender.wait()

    [waiting] = outbox.pending()  # not lost: PDF and note are still there
    assert waiting.id == added.id and waiting.pdf_path.read_bytes() == pdf_bytes
    assert waiting.sending_since and waiting.message_id
    assert "closed while this was being sent" in reason(waiting)
    assert server.mailbox.messages == []  # the server never took it
    assert due([waiting], dt.datetime.now(dt.UTC)) == [waiting]  # the next timer tick picks it up

    [result] = retry_outbox(outbox, clinic)

    assert result.record is not None, result.error
    [received] = server.mailbox.messages
    assert received["Message-ID"] == waiting.message_id
    assert outbox.pending() == []
    assert retry_outbox(outbox, clinic, everything=True) == []  # and nothing is left to send twice
    assert len(server.mailbox.messages) == 1
