"""The parsed description cues, kept beside the database so a restart need not expand them.

The cue files expand to some 50,000 cues, which takes a good part of a start (knowledge
loads in 0.55 s on the benchmark machine, quiet, and in 0.34 s with the cues unpickled
instead). A cache entry is used only when it was written from the same bytes by the same
code: its key is a hash of every content file (the organisation's and the shipped ones), of
the advisor's own source and of the Python version. So cues are only ever taken from the
cache after exactly these files passed exactly these checks, and `check` and `run` stay as
strict as without it.

The file lives in the database's folder, which the operator already keeps private and
writable; a cache that cannot be read or written is ignored (the cues are parsed instead).
Unpickling runs code a file names, so the file is signed with an HMAC keyed by the bot's
token (which lives in the environment, not in that folder): a file written by anyone who
does not hold the token is never unpickled. Without a token there is no cache.
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


def cache_key(files: ContentFiles) -> str:
    """A hash of everything the parsed cues depend on."""
    digest = hashlib.sha256(sys.version.encode())
    roots = [("src", SOURCE, "*.py")]
    roots += [(f"{name}/{folder}", root / folder, "*") for name, root in
              (("shipped", files.shipped), ("own", files.own)) if root is not None
              for folder in CONTENT_FOLDERS]
    for label, folder, pattern in roots:
        for path in sorted(folder.rglob(pattern)):
            if path.is_file():
                digest.update(f"{label}/{path.relative_to(folder)}\0".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass
class CueCache:
    """The cache file of one database's advisor, and cues parsed but not yet written to it.

    Writing takes a tenth of a second or more that a start need not wait for: `run` saves a few
    seconds after it began polling, the one-off commands as soon as the cues are parsed.
    """

    path: Path | None
    secret: bytes = b""  # signs the file (the bot's token); none: no cache
    pending: tuple[str, dict[str, Cues]] | None = None

    @classmethod
    def beside(cls, db_path: str, token: str, made: bool = False) -> CueCache:
        """The cache of the database at db_path (see `cache_path`), signed with the token."""
        return cls(cache_path(db_path, made) if token else None, token.encode())

    def _signature(self, body: bytes) -> bytes:
        return hmac.new(self.secret, body, hashlib.sha256).digest()

    def cues(self, files: ContentFiles, parse: Callable[[], dict[str, Cues]]) -> dict[str, Cues]:
        """The cues from the cache when it holds these files' cues, else parsed (to save)."""
        if self.path is None or not self.secret:
            return parse()
        key = cache_key(files)
        with contextlib.suppress(Exception):  # missing, truncated or another version's: parse
            data = self.path.read_bytes()
            signature, body = data[len(MAGIC) : len(MAGIC) + 32], data[len(MAGIC) + 32 :]
            if not (data.startswith(MAGIC)
                    and hmac.compare_digest(signature, self._signature(body))):
                raise ValueError("not signed with this token")  # parsed instead, then rewritten
            stored_key, cues = pickle.loads(body)  # noqa: S301 - signed: see the docstring
            if stored_key == key:
                self.pending = None
                log.info("description cues read from %s", self.path)
                return dict(cues)
        cues = parse()
        self.pending = (key, cues)
        return cues

    def save(self) -> None:
        """Write the cues parsed last, if the cache did not hold them; never raises OSError."""
        if self.path is None or self.pending is None or not self.secret:
            return
        body = pickle.dumps(self.pending, protocol=pickle.HIGHEST_PROTOCOL)
        tmp: str | None = None
        try:  # written whole, then renamed, so a crash never leaves half a cache
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name,
                                       suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(MAGIC + self._signature(body) + body)
            os.replace(tmp, self.path)
            self.pending = None
        except OSError as exc:
            log.info("cue cache not written to %s: %s", self.path, exc)
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
