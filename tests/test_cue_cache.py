"""The cache of parsed description cues beside the database (bot/cuecache.py).

A restart takes the cues from the cache only when the same files were parsed and checked by
the same code; any other content is parsed and checked again, so a broken cue file fails
to load whatever the cache holds.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from bot.content import load_knowledge
from bot.cuecache import cache_key, cache_path
from bot.knowledge import default_root
from bot.yamlfile import ContentError, ContentFiles

DESCRIBE = "conversations/lang/en.describe.yaml"


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    db = tmp_path / "advisor.sqlite3"
    db.write_bytes(b"")
    path = cache_path(str(db))
    assert path == tmp_path / "advisor.sqlite3.cues"
    return path


def own_describe(tmp_path: Path, old: str, new: str) -> ContentFiles:
    """The shipped content with the organisation's own English cue file, changed."""
    text = (default_root() / DESCRIBE).read_text(encoding="utf-8")
    assert old in text
    target = tmp_path / "own" / DESCRIBE
    target.parent.mkdir(parents=True)
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return ContentFiles(default_root(), tmp_path / "own")


def test_no_cache_without_a_database_file(tmp_path: Path) -> None:
    assert cache_path(":memory:") is None
    assert cache_path(str(tmp_path / "not-yet.sqlite3")) is None  # a one-off plan or check


def test_a_restart_reads_the_cues_it_wrote(cache: Path) -> None:
    parsed = load_knowledge(default_root()).cues
    first = load_knowledge(default_root(), cache).cues
    assert cache.is_file() and first == parsed
    key, stored = pickle.loads(cache.read_bytes())
    assert key == cache_key(ContentFiles(default_root())) and stored == parsed
    # Prove the next load takes the cache: mark the stored English cues, key unchanged.
    stored["en"].stop_words = frozenset({"marked-by-the-test"})
    cache.write_bytes(pickle.dumps((key, stored)))
    again = load_knowledge(default_root(), cache).cues
    assert again["en"].stop_words == frozenset({"marked-by-the-test"})


def test_changed_cue_files_are_parsed_again(cache: Path, tmp_path: Path) -> None:
    shipped = load_knowledge(default_root(), cache).cues
    files = own_describe(tmp_path, "breaks: [but,", "breaks: [but, yet,")
    changed = load_knowledge(files, cache).cues
    assert "yet" in changed["en"].breaks and "yet" not in shipped["en"].breaks
    assert pickle.loads(cache.read_bytes())[0] == cache_key(files)


def test_a_broken_cue_file_fails_whatever_the_cache_holds(cache: Path, tmp_path: Path) -> None:
    load_knowledge(default_root(), cache)
    files = own_describe(tmp_path, "breaks: [but,", "breaks: [[but],")
    with pytest.raises(ContentError, match="en.describe.yaml"):
        load_knowledge(files, cache)


def test_a_damaged_cache_is_parsed_over(cache: Path) -> None:
    cache.write_bytes(b"half a file")
    cues = load_knowledge(default_root(), cache).cues
    assert cues == load_knowledge(default_root()).cues
    assert pickle.loads(cache.read_bytes())[0] == cache_key(ContentFiles(default_root()))


def test_a_cache_it_cannot_write_still_loads(tmp_path: Path) -> None:
    # A folder gone from under the database stands for any folder it cannot write (tests run
    # as root, for whom permissions do not stop a write).
    path = tmp_path / "gone" / "advisor.sqlite3.cues"
    cues = load_knowledge(default_root(), path).cues
    assert cues == load_knowledge(default_root()).cues and not path.exists()
    assert not list(tmp_path.rglob("*.tmp"))
