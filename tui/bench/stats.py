"""The bench's arithmetic: medians, percentiles, ratios, speeds (tested in tests/test_bench.py)."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def median(values: Sequence[float]) -> float:
    """The median (the mean of the two middle values for an even count)."""
    if not values:
        raise ValueError("median of no values")
    return statistics.median(values)


def percentile(values: Sequence[float], p: float) -> float:
    """The nearest-rank percentile: the smallest value with at least p% of the values at or below it."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 < p <= 100:
        raise ValueError(f"percentile must be in (0, 100], not {p}")
    ordered = sorted(values)
    return ordered[max(1, math.ceil(p / 100 * len(ordered))) - 1]


def ratio(part: float, whole: float) -> float:
    """part / whole; NaN when whole is not positive (a figure that could not be measured)."""
    return part / whole if whole > 0 else math.nan


def speed(size: float, seconds: float) -> float:
    """Bytes per second."""
    return ratio(size, seconds)


def bracketed(size: float, before: float, after: float) -> float:
    """Seconds that `size` bytes take at the mean of two measured speeds (bytes/s) taken around it."""
    return ratio(size, (before + after) / 2)


def shares(items: Sequence[str], n: int) -> list[list[str]]:
    """Items dealt round-robin into n shares (one per worker process): sizes differ by one at most."""
    if n < 1:
        raise ValueError(f"need at least one share, not {n}")
    return [list(items[i::n]) for i in range(n)]


def mb(size: float) -> float:
    """Bytes in MiB."""
    return size / 2**20
