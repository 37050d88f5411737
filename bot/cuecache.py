"""The parsed description cues, kept beside the database so a restart need not expand them.

The cue files expand to some 50,000 cues, which takes a good part of a start (knowledge
loads in 0.55 s on the benchmark machine, quiet, and in 0.34 s with the cues unpickled
instead). A cache entry is used only when it was written from the same bytes by the same
code: its key is a hash of every content YAML file (the organisation's and the shipped ones),
of the advisor's own source, and of the Python and PyYAML versions, taken before the files are
read and again before the entry is used or written, so a file saved meanwhile is never
cached under the wrong key. So cues are only ever taken from the cache after exactly these
files passed exactly these checks, and `check` and `run` stay as strict as without it.

The file lives in the database's folder, which the operator already keeps private and
writable; a cache that cannot be read or written is ignored (the cues are parsed instead).
Unpickling runs code a file names, so the file is only read when it is owned by the user
reading it and writable by no one else, and when its HMAC, keyed by the bot's token (which
lives in the environment, not in that folder), is right: a file written by anyone else is
never unpickled. Without a token there is no cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.cues import Cues
from bot.yamlfile import ContentFiles

log = logging.getLogger(__name__)

#: What a cache file starts with, then the HMAC of the rest, then the pickle.
MAGIC = b"msme-advisor cues 1\n"
#: The advisor's source, whose every change may change how cues are parsed.
SOURCE = Path(__file__).parent
CONTENT_FOLDERS = ("knowledge", "conversations")


def cache_path(db_path: str, made: bool = False) -> Path | None:
    """Where the cache of a database's advisor lives: beside it, once it exists.

    None for an in-memory database, or when the file is not there (unless `made`: `run`
    creates it), so that a one-off `plan` or `check` in some folder leaves nothing there.
    """
    db = Path(db_path)
    if db_path == ":memory:" or not (made or db.is_file()):
        return None
    return db.with_name(db.name + ".cues")


def cache_key(files: ContentFiles) -> str | None:
    """A hash of everything the parsed cues depend on; None if a file cannot be read."""
    digest = hashlib.sha256(f"{sys.version}\0{yaml.__version__}".encode())
    roots = [("src", SOURCE, "*.py")]
    roots += [(f"{name}/{folder}", root / folder, "*.yaml") for name, root in
              (("shipped", files.shipped), ("own", files.own)) if root is not None
              for folder in CONTENT_FOLDERS]
    try:
        for label, folder, pattern in roots:
            for path in sorted(folder.rglob(pattern)):
                if path.is_file():
                    digest.update(f"{label}/{path.relative_to(folder)}\0".encode())
                    digest.update(path.read_bytes())
    except OSError as exc:  # an unreadable file the loader may never open: no cache
        log.info("cue cache not used: %s", exc)
        return None
    return digest.hexdigest()


def _trusted(path: Path) -> bool:
    """Whether the file is this user's own and no one else may write it."""
    info = path.stat()
    return info.st_uid == os.geteuid() and not info.st_mode & 0o022


@dataclass
class CueCache:
    """The cache file of one database's advisor, and cues parsed but not yet written to it.

    Writing takes a tenth of a second or more that a start need not wait for: `run` saves a few
    seconds after it began polling, the one-off commands as soon as the cues are parsed.
    """

    path: Path | None
    secret: bytes = b""  # signs the file: derived from the bot's token; none, no cache
    files: ContentFiles | None = None
    key: str | None = None  # of the files before they were read
    pending: tuple[str, dict[str, Cues]] | None = None

    @classmethod
    def beside(cls, db_path: str, token: str, made: bool = False) -> CueCache:
        """The cache of the database at db_path (see `cache_path`), signed with the token."""
        if not token:
            return cls(None)
        secret = hmac.new(token.encode(), b"msme-advisor cue cache", hashlib.sha256).digest()
        return cls(cache_path(db_path, made), secret)

    def _signature(self, body: bytes) -> bytes:
        return hmac.new(self.secret, body, hashlib.sha256).digest()

    def begin(self, files: ContentFiles) -> None:
        """Before the content is read: the key of the files as they are now."""
        if self.path is not None and self.secret:
            self.files, self.key = files, cache_key(files)

    def cues(self, parse: Callable[[], dict[str, Cues]]) -> dict[str, Cues]:
        """The cues from the cache when it holds these files' cues, else parsed (to save)."""
        key = self.key
        if self.path is None or self.files is None or key is None:
            return parse()
        if cache_key(self.files) != key:  # a file changed while the content was read
            return parse()
        with contextlib.suppress(Exception):  # missing, truncated or another version's: parse
            if not _trusted(self.path):
                raise PermissionError("another user may write it")  # parsed, then rewritten
            data = self.path.read_bytes()
            signature, body = data[len(MAGIC) : len(MAGIC) + 32], data[len(MAGIC) + 32 :]
            if not (data.startswith(MAGIC)
                    and hmac.compare_digest(signature, self._signature(body))):
                raise ValueError("not signed with this token")  # parsed, then rewritten
            stored_key, cues = pickle.loads(body)  # noqa: S301 - checked: see the docstring
            if stored_key == key:
                self.pending = None
                log.info("description cues read from %s", self.path)
                return dict(cues)
        cues = parse()
        self.pending = (key, cues)
        return cues

    def save(self) -> None:
        """Write the cues parsed last, if the cache did not hold them and no file changed."""
        if self.path is None or self.files is None or self.pending is None:
            return
        key, cues = self.pending
        self.pending = None
        if cache_key(self.files) != key:
            log.info("cue cache not written: the content changed since it was read")
            return
        body = pickle.dumps((key, cues), protocol=pickle.HIGHEST_PROTOCOL)
        for stale in self.path.parent.glob(self.path.name + "*.tmp"):  # an earlier crash's
            with contextlib.suppress(OSError):
                stale.unlink()
        tmp: str | None = None
        try:  # written whole, then renamed, so a crash never leaves half a cache
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name,
                                       suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(MAGIC + self._signature(body) + body)
            os.replace(tmp, self.path)
        except OSError as exc:
            log.info("cue cache not written to %s: %s", self.path, exc)
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
