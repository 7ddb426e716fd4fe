"""Shared timing for the benchmark scripts: best-of-N wall and CPU time, and peak memory.

Peak memory is the resident set's high-water mark, which the kernel lets us reset
before each run (``/proc/self/clear_refs``), so each step's peak is its own. It
counts memory polars allocates in Rust, which ``tracemalloc`` would miss.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path


def reset_peak() -> None:
    """Reset the resident-set high-water mark (Linux; a no-op elsewhere)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_mb() -> float:
    """Peak resident memory of this process in MB since the last :func:`reset_peak`."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(step: Callable[[], object], repeat: int) -> tuple[float, float, float, float]:
    """First wall time, best wall time, least CPU time (seconds) and peak resident memory (MB).

    CPU time counts every thread, so it exceeds wall time when polars runs in parallel.
    """
    first, best, cpu, peak = 0.0, float("inf"), float("inf"), 0.0
    for k in range(repeat):
        reset_peak()
        t0, c0 = time.perf_counter(), time.process_time()
        step()
        took = time.perf_counter() - t0
        cpu = min(cpu, time.process_time() - c0)
        first = took if k == 0 else first
        best = min(best, took)
        peak = max(peak, peak_mb())
    return first, best, cpu, peak
