"""Fixtures for the store's tests: an open store in a fresh data folder, and sample records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from designer.storage import Store


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir)
    yield opened
    opened.close()
