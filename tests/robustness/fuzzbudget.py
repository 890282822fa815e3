"""The fuzzing budget of tests/robustness: hypothesis settings shared by its fuzz tests.

The default keeps the whole suite within a few minutes on 2 cores. For a longer run, scale
every example count: `FACTCHECK_FUZZ_SCALE=20 pytest tests/robustness` (docs/development.md#robustness-tests)."""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, settings

SCALE = float(os.environ.get("FACTCHECK_FUZZ_SCALE", "1") or 1)
# CI gates on the same examples every run (a fixed seed); developers' runs explore new ones
IN_CI = os.environ.get("CI", "").lower() in ("true", "1")
# a hang guard, not a speed target: one example through the command line may take this long
HANG_GUARD = timedelta(seconds=30)


def fuzz(examples: int, *, deadline: timedelta | None = HANG_GUARD) -> settings:
    """Settings for a fuzz test running `examples` examples by default (times the scale)."""
    return settings(max_examples=max(1, round(examples * SCALE)), deadline=deadline, derandomize=IN_CI,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])
