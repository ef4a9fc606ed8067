"""Writing a file whole or not at all."""

import errno
import os

import pytest

from designer import safe_files


def test_replaces_the_file_whole(tmp_path):
    target = tmp_path / "plan.json"
    target.write_bytes(b"old")
    status = safe_files.write_file_atomically(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert status.st_size == len(b"new content")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_a_full_disk_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "plan.json"
    target.write_bytes(b"old")

    def disk_full(fd, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(safe_files.os, "write", disk_full)
    with pytest.raises(OSError) as caught:
        safe_files.write_file_atomically(target, b"new")
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_file_mode_is_applied(tmp_path):
    target = tmp_path / "private.json"
    safe_files.write_file_atomically(target, b"{}", mode=0o600)
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
