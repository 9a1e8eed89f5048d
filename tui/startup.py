"""The reader process's start: Python's cyclic garbage collector waits for the first frame.

Starting the reader makes some hundred thousand objects (Textual, the reader's modules, the first
screen) and none of them is garbage yet, so a full collection in the middle of the start only
delays the first frame. `hold()` turns the collector off as the process starts; `release()`, once
the first frame is drawn, moves everything made so far to the permanent generation (it lives as long
as the process, so later full collections need not walk it again) and turns the collector back on,
with a young generation large enough that switching articles rarely waits for a pass.
Only the process's own start holds it: an app run inside a test never does, so `release()` is then
nothing.
"""

from __future__ import annotations

import gc

_held = False
# After the start: a young-generation pass every 20,000 new objects, not every 700 (an article's switch makes
# some tens of thousands, so passes, and the older generations' passes they bring, land in fewer switches).
THRESHOLDS = (20_000, 20, 20)


def hold() -> None:
    """Turn the collector off until `release()`."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """After the first frame: keep what the start made out of later collections, and collect again."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.set_threshold(*THRESHOLDS)
        gc.enable()


def held() -> bool:
    """Whether the collector is held off by `hold()`."""
    return _held
