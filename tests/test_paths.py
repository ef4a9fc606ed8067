"""Where the designer finds its drawings and templates: in a checkout, after pip, and inside the packaged designer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from designer import paths


def _shared(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "share" / "programme-designer" / name
    folder.mkdir(parents=True)
    return folder


def test_a_checkout_reads_its_own_folders() -> None:
    assert paths.IMAGES_DIR == paths.PROJECT_DIR / "images"
    assert paths.TEMPLATES_DIR == paths.PROJECT_DIR / "templates"


def test_a_normal_install_reads_the_prefix_share_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    installed = _shared(tmp_path / "prefix", "templates")
    monkeypatch.setattr(paths, "PROJECT_DIR", tmp_path / "site-packages")  # no pyproject.toml beside the package
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "prefix"))
    assert paths._shared_folder("templates") == installed


def test_the_packaged_designer_reads_inside_its_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PyInstaller marks the program frozen and names its folder; sys.prefix may be anything then."""
    inside = _shared(tmp_path / "bundle", "images")
    _shared(tmp_path / "elsewhere", "images")
    monkeypatch.setattr(paths, "PROJECT_DIR", tmp_path / "bundle")
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "elsewhere"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert paths._shared_folder("images") == inside
