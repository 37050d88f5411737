"""The cache of the loaded knowledge beside the database (bot/cuecache.py).

A restart takes the knowledge (its cues included) from the cache only when the same files
were parsed and checked by the same code; any other content is parsed and checked again, so
a broken file fails to load whatever the cache holds.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import pickle
from pathlib import Path

import pytest

from bot.content import load_checked, load_knowledge
from bot.cuecache import MAGIC, CueCache, PickledCues, cache_key, cache_path
from bot.cues import Cues
from bot.describe import Describer
from bot.fakeserver import FakeServer
from bot.knowledge import Knowledge, default_root
from bot.yamlfile import ContentError, ContentFiles
from tests.test_process import BotProcess

DESCRIBE = "conversations/lang/en.describe.yaml"
INSIGHT = "conversations/lang/en.insight.yaml"


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    db = tmp_path / "advisor.sqlite3"
    db.write_bytes(b"")
    path = cache_path(str(db))
    assert path == tmp_path / "advisor.sqlite3.cues"
    return path


def own_describe(tmp_path: Path, old: str, new: str, rel: str = DESCRIBE,
                 own: str = "own") -> ContentFiles:
    """The shipped content with the organisation's own copy of one file (the English cue
    file unless told), changed."""
    text = (default_root() / rel).read_text(encoding="utf-8")
    assert old in text
    target = tmp_path / own / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return ContentFiles(default_root(), tmp_path / own)


SECRET = b"123456:the-bot-token"  # a fake token: what the cache is signed with


def load_all(content: Path | ContentFiles, path: Path, secret: bytes = SECRET) -> Knowledge:
    """The knowledge as `check` and the one-off commands load it: then saved if read."""
    cache = CueCache(path, secret)
    knowledge = load_knowledge(content, cache)
    cache.save()
    return knowledge


def load(content: Path | ContentFiles, path: Path, secret: bytes = SECRET) -> dict[str, Cues]:
    """The cues of `load_all`."""
    return dict(load_all(content, path, secret).cues)


def stored_in(cache: Path) -> tuple[str, Knowledge]:
    """The key and knowledge a cache file holds (written by the test's own loads), signature
    checked."""
    data = cache.read_bytes()
    assert data.startswith(MAGIC)
    signature, body = data[len(MAGIC) : len(MAGIC) + 32], data[len(MAGIC) + 32 :]
    assert signature == hmac.new(SECRET, body, hashlib.sha256).digest()
    key, knowledge = pickle.loads(body)  # noqa: S301 - the test's own file
    return key, knowledge


def signed(key: str, knowledge: Knowledge, secret: bytes = SECRET) -> bytes:
    """A cache file's bytes, as the advisor writes them."""
    body = pickle.dumps((key, knowledge))
    return MAGIC + hmac.new(secret, body, hashlib.sha256).digest() + body


def test_no_cache_without_a_database_file(tmp_path: Path) -> None:
    assert cache_path(":memory:") is None
    assert cache_path(str(tmp_path / "not-yet.sqlite3")) is None  # a one-off plan or check
    assert cache_path(str(tmp_path / "not-yet.sqlite3"), made=True) is not None  # run


def test_a_restart_reads_the_cues_it_wrote(cache: Path) -> None:
    parsed = load_knowledge(default_root()).cues
    first = load(default_root(), cache)
    assert cache.is_file() and first == parsed
    key, stored = stored_in(cache)
    assert key == cache_key(ContentFiles(default_root())) and stored.cues == parsed
    # Prove the next load takes the cache: mark the stored English cues, key unchanged.
    stored.cues["en"].stop_words = frozenset({"marked-by-the-test"})
    cache.write_bytes(signed(key, stored))
    cache.chmod(0o600)
    again = load(default_root(), cache)
    assert again["en"].stop_words == frozenset({"marked-by-the-test"})


def test_a_restart_reads_the_cues_when_the_reader_is_made(cache: Path) -> None:
    load_all(default_root(), cache)  # the first start writes the cache
    restarted = load_all(default_root(), cache)
    assert isinstance(restarted.cues, PickledCues) and not restarted.cues.loaded
    text = "Bakery, 4 of us, sales down 40%, cash for 2 weeks, we deliver on WhatsApp now."
    reading = Describer(restarted).read(text, prefer="en")
    assert restarted.cues.loaded
    assert reading == Describer(load_knowledge(default_root())).read(text, prefer="en")
    assert {"revenue_change", "cash_runway", "sector"} <= set(reading.answers)


@pytest.mark.parametrize("forged", ["another token", "unsigned"])
def test_a_cache_not_signed_with_the_token_is_never_unpickled(cache: Path, forged: str) -> None:
    key = cache_key(ContentFiles(default_root()))
    marked = load_knowledge(default_root())
    marked.cues["en"].stop_words = frozenset({"planted"})
    # Anyone who can write the data folder but does not hold the token: pickles run code.
    assert key is not None
    cache.write_bytes(signed(key, marked, b"654321:another") if forged == "another token"
                      else pickle.dumps((key, marked)))
    cache.chmod(0o600)
    cues = load(default_root(), cache)
    assert cues["en"].stop_words != frozenset({"planted"})
    assert stored_in(cache)[1].cues == cues  # parsed, then written again, signed


def test_no_token_no_cache(tmp_path: Path) -> None:
    db = tmp_path / "advisor.sqlite3"
    db.write_bytes(b"")
    assert CueCache.beside(str(db), "").path is None
    assert CueCache.beside(str(db), "123456:abc").path == tmp_path / "advisor.sqlite3.cues"


def test_changed_cue_files_are_parsed_again(cache: Path, tmp_path: Path) -> None:
    shipped = load(default_root(), cache)
    files = own_describe(tmp_path, "breaks: [but,", "breaks: [but, yet,")
    changed = load(files, cache)
    assert "yet" in changed["en"].breaks and "yet" not in shipped["en"].breaks
    assert stored_in(cache)[0] == cache_key(files)


def test_a_broken_cue_file_fails_whatever_the_cache_holds(cache: Path, tmp_path: Path) -> None:
    load(default_root(), cache)
    files = own_describe(tmp_path, "breaks: [but,", "breaks: [[but],")
    with pytest.raises(ContentError, match=r"en\.describe\.yaml"):
        load(files, cache)


def test_changed_texts_are_read_again(cache: Path, tmp_path: Path) -> None:
    shipped = load_all(default_root(), cache)
    said = shipped.texts["en"]["messages"]["bot_short_description"]
    files = own_describe(tmp_path, said, "Changed by the test.", INSIGHT)
    changed = load_all(files, cache)  # not the cached knowledge of the shipped files
    assert changed.texts["en"]["messages"]["bot_short_description"] == "Changed by the test."
    assert stored_in(cache)[0] == cache_key(files)
    assert load_all(files, cache).texts == changed.texts  # now from the cache


@pytest.mark.parametrize(("rel", "old", "new"), [
    ("knowledge/rules.yaml", "rules:", "rules: [broken"),
    (INSIGHT, "bot_short_description:", "bot_short_description: [broken"),
])
def test_any_broken_file_fails_whatever_the_cache_holds(
    cache: Path, tmp_path: Path, rel: str, old: str, new: str
) -> None:
    load(default_root(), cache)
    files = own_describe(tmp_path, old, new, rel)
    with pytest.raises(ContentError, match=rf"{tmp_path / 'own' / rel}:\d+: invalid YAML"):
        load(files, cache)


def test_the_same_files_elsewhere_are_read_again(cache: Path, tmp_path: Path) -> None:
    # Errors name an organisation's file by its full path: knowledge read from another
    # folder would name the old one.
    first = load_all(own_describe(tmp_path, "breaks: [but,", "breaks: [but, yet,"), cache)
    moved = own_describe(tmp_path, "breaks: [but,", "breaks: [but, yet,", own="moved")
    again = load_all(moved, cache)
    assert first.root.own == tmp_path / "own" and again.root == moved
    assert stored_in(cache)[0] == cache_key(moved) != cache_key(first.root)


def test_warnings_come_back_with_the_cache(cache: Path, tmp_path: Path) -> None:
    text = (default_root() / "conversations/lang/fr.yaml").read_text(encoding="utf-8")
    tight = text.replace("\u00a0:", " :", 1)
    assert tight != text
    files = own_describe(tmp_path, text, tight, "conversations/lang/fr.yaml")
    read = load_all(files, cache).warnings
    assert any("non-breaking space" in w for w in read)
    assert stored_in(cache)[1].warnings == read
    assert load_all(files, cache).warnings == read  # from the cache: `check` says the same


def test_knowledge_in_use_is_still_cached(cache: Path) -> None:
    # `check` and a reload evaluate every rule before saving, and `run` saves seconds after
    # it starts, when owners' answers have already been tested against conditions.
    pending = CueCache(cache, SECRET)
    checked = load_checked(default_root(), pending)
    assert any("test" in vars(q.ask_when) for q in checked.questions if q.ask_when)
    pending.save()
    key, stored = stored_in(cache)
    assert key == cache_key(ContentFiles(default_root()))
    assert [q.ask_when for q in stored.questions] == [q.ask_when for q in checked.questions]
    assert load_all(default_root(), cache).rules == checked.rules


def test_a_damaged_cache_is_parsed_over(cache: Path) -> None:
    cache.write_bytes(b"half a file")
    cues = load(default_root(), cache)
    assert cues == load_knowledge(default_root()).cues
    assert stored_in(cache)[0] == cache_key(ContentFiles(default_root()))


def test_a_cache_it_cannot_write_still_loads(tmp_path: Path) -> None:
    # A folder gone from under the database stands for any folder it cannot write (tests run
    # as root, for whom permissions do not stop a write).
    path = tmp_path / "gone" / "advisor.sqlite3.cues"
    cues = load(default_root(), path)
    assert cues == load_knowledge(default_root()).cues and not path.exists()


def test_a_cache_others_may_write_is_never_unpickled(cache: Path) -> None:
    key = cache_key(ContentFiles(default_root()))
    assert key is not None
    marked = load_knowledge(default_root())
    marked.cues["en"].stop_words = frozenset({"planted"})
    cache.write_bytes(signed(key, marked))  # rightly signed, but the group may write it
    cache.chmod(0o664)
    assert load(default_root(), cache)["en"].stop_words != frozenset({"planted"})
    assert cache.stat().st_mode & 0o077 == 0  # rewritten, the user's own


def test_content_changed_while_read_is_not_cached(cache: Path, tmp_path: Path) -> None:
    files = own_describe(tmp_path, "breaks: [but,", "breaks: [but, yet,")
    pending = CueCache(cache, SECRET)
    load_knowledge(files, pending)
    # The organisation saves its cue file again before the parsed cues are written.
    assert files.own is not None
    target = files.own / DESCRIBE
    target.write_text(target.read_text(encoding="utf-8").replace("yet,", "still,", 1),
                      encoding="utf-8")
    pending.save()
    assert not cache.exists()  # else the cues of the old text would stand for the new
    assert "still" in load(files, cache)["en"].breaks


def test_an_earlier_crash_leaves_no_temporary_file(cache: Path) -> None:
    left = cache.with_name(cache.name + "k2j4.tmp")
    left.write_bytes(b"half")
    load(default_root(), cache)
    assert cache.is_file() and not left.exists()


async def test_run_caches_the_cues_after_it_starts_and_a_restart_reads_them(
    server: FakeServer, tmp_path: Path
) -> None:
    bot = BotProcess(server, tmp_path)
    cache = tmp_path / "advisor.sqlite3.cues"
    try:
        await bot.start()  # a new folder: no database yet, the cues are parsed
        assert not cache.exists()  # written once polling runs, not before the start ends
        for _ in range(200):
            if cache.exists():
                break
            await asyncio.sleep(0.1)
        assert cache.is_file(), bot.log
        assert "content read from" not in bot.log
        await bot.kill()
        await bot.start()
        assert f"content read from {cache}: unchanged since it was checked" in bot.log
    finally:
        if bot.proc is not None and bot.proc.returncode is None:
            await bot.kill()


async def test_run_after_a_content_change_reads_the_new_content(
    server: FakeServer, tmp_path: Path
) -> None:
    said = load_knowledge(default_root()).texts["en"]["messages"]["bot_short_description"]
    files = own_describe(tmp_path, said, "Before the change.", INSIGHT)
    assert files.own is not None
    bot = BotProcess(server, tmp_path, env={"ADVISOR_CONTENT_DIR": str(files.own)})
    cache = tmp_path / "advisor.sqlite3.cues"

    def short_descriptions() -> list[str]:
        return [str(params.get("short_description")) for method, params in server.api.calls
                if method == "setMyShortDescription" and not params.get("language_code")]

    try:
        await bot.start()
        for _ in range(200):
            if cache.exists():
                break
            await asyncio.sleep(0.1)
        assert cache.is_file(), bot.log
        await bot.kill()
        # The organisation edits its file while the bot is stopped: the cached knowledge,
        # signed and of this code, is of other bytes and must not be served.
        target = files.own / INSIGHT
        target.write_text(target.read_text(encoding="utf-8").replace(
            "Before the change.", "After the change.", 1), encoding="utf-8")
        await bot.start()
        assert "content read from" not in bot.log
        assert short_descriptions() == ["Before the change.", "After the change."]
    finally:
        if bot.proc is not None and bot.proc.returncode is None:
            await bot.kill()
