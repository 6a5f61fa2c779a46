"""The per-input budget: no one input may hold the others back for long.

Most limits are on work and are checked before the work is done (bytes per article, attributes per HTML
tag, blank lines in a row, characters per article: see the README). On top of them, reading one article
and extracting one article's events each get a time limit, `WARWIRE_INPUT_SECONDS` (default 30 s), enforced
with SIGALRM where a process can use it: in the main thread of the ingesting process and of each
`--workers` process. Past it the article is given up with one line naming it and the limit, and the run goes
on. (A signal is handled between Python steps, so a single long C call, such as lxml parsing one page, ends
before it is noticed: that is why the work limits come first.)
"""
from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from warwire.errors import ConfigError, InputError

DEFAULT_SECONDS = 30.0
SECONDS_ENV = "WARWIRE_INPUT_SECONDS"


class OverBudget(InputError):
    """An input ran past its time budget."""


class _Alarm(BaseException):
    """Raised by the alarm; a BaseException, so no library's `except Exception` can swallow it."""


def seconds() -> float:
    """The time budget of one article, from WARWIRE_INPUT_SECONDS (0 turns it off)."""
    value = os.environ.get(SECONDS_ENV, "").strip()
    if not value:
        return DEFAULT_SECONDS
    try:
        limit = float(value)
    except ValueError as exc:
        raise ConfigError(f"{SECONDS_ENV}={value!r}: not a number of seconds; unset it for {DEFAULT_SECONDS:g} s") from exc
    if limit < 0:
        raise ConfigError(f"{SECONDS_ENV}={value!r}: must be 0 (no limit) or more")
    return limit


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(what: str, doing: str) -> Iterator[None]:
    """Give the body `seconds()` to finish; past that, raise OverBudget naming `what` and the limit."""
    limit = seconds()
    if not limit or not _can_alarm() or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield  # no limit, no signals here, or a timer already runs (an outer budget): do not disturb it
        return

    armed = [True]

    def ring(signum: int, frame: FrameType | None) -> None:
        if armed[0]:  # once the body is over, a late alarm is ignored rather than raised somewhere else
            raise _Alarm()

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        yield
        armed[0] = False
    except _Alarm:
        armed[0] = False
        raise OverBudget(f"{what}: {doing} took over {limit:g} s, the time limit for one article "
                         f"({SECONDS_ENV}); skipped") from None
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
