"""When to try a waiting handout again, and the retry itself, for the window's timer and the command line.

The schedule is plain logic over the outbox notes (``next_try``, ``due``),
so it is tested without Qt or a clock.  A failure only a person can fix (a
wrong address, an expired sign-in, a refused account) is not retried by
itself: it waits for "Retry" in the outbox view or ``outbox --retry``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from designer.domain import Clinic, SentRecord

from .errors import FailureKind, MailError
from .outbox import STOPS_EVERY_SEND, Outbox
from .outbox_entry import OutboxEntry
from .passwords import get_password
from .signin import uses_sign_in

# Trying again cannot help until someone changes something.
NEEDS_A_PERSON = {
    FailureKind.ADDRESS,
    FailureKind.SETTINGS,
    FailureKind.PASSWORD_NEEDED,
    FailureKind.AUTH,
    FailureKind.RECIPIENT,
    FailureKind.SENDER,
    FailureKind.KEYRING,
    FailureKind.OUTBOX,
    FailureKind.SIGN_IN_NEEDED,
    FailureKind.SIGN_IN_EXPIRED,
    FailureKind.SIGN_IN_CANCELLED,
    FailureKind.CONSENT,
    FailureKind.ADMIN_CONSENT,
    FailureKind.SMTP_DISABLED,
}
# After these every other waiting handout would fail the same way, so a retry round stops.
STOPS_A_ROUND = STOPS_EVERY_SEND | (NEEDS_A_PERSON - {FailureKind.ADDRESS, FailureKind.RECIPIENT, FailureKind.OUTBOX})
STOPS_A_ROUND |= {FailureKind.NETWORK}


@dataclass(frozen=True)
class Backoff:
    """Wait ``first`` after a failure, twice as long after each further one, never more than ``longest``."""

    first: dt.timedelta = dt.timedelta(minutes=1)
    longest: dt.timedelta = dt.timedelta(hours=1)
    most_tries: int = 24  # then it waits for a person: about a day of an unreachable server

    def delay(self, attempts: int) -> dt.timedelta:
        doubled = self.first * (2 ** max(attempts - 1, 0))
        return min(doubled, self.longest)


BACKOFF = Backoff()


def _time(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def interrupted(entry: OutboxEntry) -> bool:
    """True when the designer stopped (crashed, was closed) while this handout was being sent."""
    return bool(entry.sending_since)


def next_try(entry: OutboxEntry, backoff: Backoff = BACKOFF) -> dt.datetime | None:
    """When the handout is due to be tried by itself again, or None when it waits for a person."""
    if interrupted(entry):
        return _time(entry.sending_since) or dt.datetime.min.replace(tzinfo=dt.UTC)
    if entry.attempts == 0:
        # Whoever put it in the outbox is sending it now; the timer only steps in when that did not finish.
        created = _time(entry.created_at) or dt.datetime.min.replace(tzinfo=dt.UTC)
        return created + backoff.first
    if entry.last_error_kind in NEEDS_A_PERSON or entry.attempts >= backoff.most_tries:
        return None
    last = _time(entry.last_attempt_at) or dt.datetime.min.replace(tzinfo=dt.UTC)
    return last + backoff.delay(entry.attempts)


def due(entries: Iterable[OutboxEntry], now: dt.datetime, backoff: Backoff = BACKOFF) -> list[OutboxEntry]:
    """The waiting handouts whose next try has come, oldest first."""
    found = [entry for entry in entries if (moment := next_try(entry, backoff)) is not None and moment <= now]
    return sorted(found, key=lambda entry: (entry.created_at, entry.id))


def reason(entry: OutboxEntry, backoff: Backoff = BACKOFF, now: dt.datetime | None = None) -> str:
    """Why the handout is waiting and what happens next, in plain words (the outbox view and ``outbox``)."""
    if interrupted(entry):
        return "The designer closed while this was being sent. It will be tried again (with the same Message-ID)."
    if entry.attempts == 0:
        return "Not tried yet."
    tried = f"Tried {entry.attempts} time{'s' if entry.attempts != 1 else ''}: {entry.last_error}"
    moment = next_try(entry, backoff)
    if moment is None:
        return f"{tried} Waits for you: press Retry when this is sorted out."
    if moment <= (now or dt.datetime.now(dt.UTC)):
        return f"{tried} Due again: tried within a minute while the designer is open, or press Retry."
    return f"{tried} Next try by itself at {moment.astimezone().strftime('%H:%M')}."


@dataclass(frozen=True)
class RetryResult:
    """One handout tried: sent (``record``), or not (``error``)."""

    entry: OutboxEntry
    record: SentRecord | None = None
    error: MailError | None = None


def retry_outbox(
    outbox: Outbox,
    clinic: Clinic,
    *,
    everything: bool = False,
    only: Collection[str] | None = None,
    now: dt.datetime | None = None,
    password: str | None = None,
    backoff: Backoff = BACKOFF,
    **deliver_options: Any,
) -> list[RetryResult]:
    """Try the handouts that are due (or ``everything`` waiting, or ``only`` these ids), oldest first.

    One result per handout tried.
    The password for password sign-in is taken from the keyring when not
    given; account sign-in renews its token by itself.  A failure of the
    server, the settings or the sign-in stops the round: the rest would fail
    the same way and stay waiting.  The caller writes each ``record`` in the
    client's sent log.
    """
    moment = now or dt.datetime.now(dt.UTC)
    waiting = outbox.pending()
    chosen = waiting if everything or only is not None else due(waiting, moment, backoff)
    if only is not None:
        chosen = [entry for entry in chosen if entry.id in only]
    settings = deliver_options.get("settings") or clinic.mail
    if password is None and settings.user.strip() and not uses_sign_in(settings):
        password = get_password(settings)
    results: list[RetryResult] = []
    for entry in chosen:
        try:
            results.append(RetryResult(entry, record=outbox.deliver(entry, clinic, password, **deliver_options)))
        except MailError as error:
            results.append(RetryResult(entry, error=error))
            if error.kind in STOPS_A_ROUND:
                break
    return results
