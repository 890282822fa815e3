"""Tests for factcheck.files: whole files or none (interrupted writes: tests/robustness/test_files.py)."""

import pytest

from factcheck.files import write_atomic


def test_writes_are_whole_and_keep_the_permissions(tmp_path):
    path = tmp_path / "sub" / "f.txt"
    write_atomic(path, "één\n")
    assert path.read_bytes() == "één\n".encode()
    path.chmod(0o640)
    write_atomic(path, b"two")
    assert path.read_bytes() == b"two" and path.stat().st_mode & 0o777 == 0o640
    with pytest.raises(FileExistsError):
        write_atomic(path, b"three", replace=False)
    assert path.read_bytes() == b"two"
    assert sorted(p.name for p in path.parent.iterdir()) == ["f.txt"]
