"""The loaded knowledge, kept beside the database so a restart need not read the content again.

Reading the content takes a good part of a start: the YAML files are parsed and checked, and
the cue files expand to some 50,000 cues. A restart instead unpickles the Knowledge an
earlier start built (cues included), which takes a fraction of that. A cache entry is used
only when it was written from the same bytes by the same code: its key is a hash of every
content YAML file (the organisation's and the shipped ones) and of where each folder is, of
the advisor's own source, and of the Python and PyYAML versions, taken before the files are
read and again before the entry is used or written, so a file saved meanwhile is never
cached under the wrong key. So knowledge is only ever taken from the cache after exactly
these files passed exactly these checks (its warnings included), and `check` and `run` stay
as strict as without it.

The file lives in the database's folder, which the operator already keeps private and
writable; a cache that cannot be read or written is ignored (the content is read instead).
Unpickling runs code a file names, so the file is only read when it is owned by the user
reading it and writable by no one else, and when its HMAC, keyed by the bot's token (which
lives in the environment, not in that folder), is right: a file written by anyone else is
never unpickled. Without a token there is no cache.

Most of an entry is the description cues, which only a description needs: they are pickled
apart, inside the entry and under its signature, and unpickled when first read (see
`PickledCues`), so a restart polls sooner; `run` reads them a few seconds after it polls.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import hashlib
import hmac
import io
import logging
import operator
import os
import pickle
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.cues import Cue, Cues
from bot.knowledge import Knowledge
from bot.yamlfile import ContentFiles

log = logging.getLogger(__name__)

#: What a cache file starts with, then the HMAC of the rest, then the pickle.
MAGIC = b"msme-advisor knowledge 2\n"
#: The advisor's source, whose every change may change how the content is read.
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
    """A hash of everything the loaded knowledge depends on; None if a file cannot be read."""
    digest = hashlib.sha256(f"{sys.version}\0{yaml.__version__}".encode())
    # Where the folders are: errors name an organisation's file by its full path.
    digest.update(f"{files.shipped.resolve()}\0{files.own and files.own.resolve()}\0".encode())
    roots = [("src", SOURCE, "*.py")]
    # The content's YAML files, and the learned reader's model, whose header is checked.
    roots += [(f"{name}/{folder}", root / folder, pattern) for name, root in
              (("shipped", files.shipped), ("own", files.own)) if root is not None
              for folder in CONTENT_FOLDERS for pattern in ("*.yaml", "*.model")]
    try:
        for label, folder, pattern in roots:
            for path in sorted(folder.rglob(pattern)):
                if path.is_file():
                    digest.update(f"{label}/{path.relative_to(folder)}\0".encode())
                    digest.update(path.read_bytes())
    except OSError as exc:  # an unreadable file the loader may never open: no cache
        log.info("content cache not used: %s", exc)
        return None
    return digest.hexdigest()


#: A cue's fields, in the order Cue() takes them.
_CUE_FIELDS = operator.attrgetter(*(f.name for f in dataclasses.fields(Cue)))


def _reduce_cue(cue: Cue) -> tuple[type[Cue], tuple[object, ...]]:
    """A cue pickled as Cue(*fields)."""
    # A slotted dataclass's own pickling sets each field through Python code: unpickling
    # ~50,000 cues so took about as long as parsing them.
    return Cue, _CUE_FIELDS(cue)


def _pickled(value: object) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {Cue: _reduce_cue}
    pickler.dump(value)
    return buffer.getvalue()


class PickledCues(Mapping[str, Cues]):
    """Each language's description cues, unpickled when first read.

    Unpickling some 50,000 cues is most of what reading a cache entry costs; the bytes come
    from an entry whose signature was checked (see the module's docstring).
    """

    def __init__(self, blob: bytes) -> None:
        self._blob: bytes | None = blob
        self._cues: dict[str, Cues] | None = None
        self._lock = threading.Lock()  # the reader's warm-up thread and a handler may race

    def _loaded(self) -> dict[str, Cues]:
        if self._cues is None:
            with self._lock:
                if self._cues is None and self._blob is not None:
                    self._cues = pickle.loads(self._blob)  # noqa: S301 - signed: see above
                    self._blob = None
        assert self._cues is not None  # noqa: S101 - set above, under the lock
        return self._cues

    @property
    def loaded(self) -> bool:
        """Whether the cues were unpickled (read) yet."""
        return self._cues is not None

    def __getitem__(self, lang: str) -> Cues:
        return self._loaded()[lang]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())

    def __reduce__(self) -> tuple[type[PickledCues], tuple[bytes]]:
        # Pickled as the cues it holds now (a test may have changed one since it was read).
        blob = self._blob if self._cues is None else _pickled(self._cues)
        assert blob is not None  # noqa: S101 - one of the two is always set
        return PickledCues, (blob,)


def _dumps(entry: tuple[str, Knowledge]) -> bytes:
    key, knowledge = entry
    light = copy.copy(knowledge)  # the knowledge in use keeps its cues as they are
    light.cues = PickledCues(_pickled(dict(knowledge.cues)))
    return _pickled((key, light))


def _trusted(path: Path) -> bool:
    """Whether the file is this user's own and no one else may write it."""
    info = path.stat()
    return info.st_uid == os.geteuid() and not info.st_mode & 0o022


@dataclass
class CueCache:
    """The cache file of one database's advisor, and knowledge read but not yet written to it.

    Writing takes a tenth of a second or more that a start need not wait for: `run` saves a few
    seconds after it began polling, the one-off commands as soon as the content is read.
    """

    path: Path | None
    secret: bytes = b""  # signs the file: derived from the bot's token; none, no cache
    files: ContentFiles | None = None
    key: str | None = None  # of the files before they were read
    pending: tuple[str, Knowledge] | None = None

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

    def knowledge(self, read: Callable[[], Knowledge]) -> Knowledge:
        """The knowledge from the cache when it holds these files', else read (to save)."""
        key = self.key
        if self.path is None or self.files is None or key is None:
            return read()
        if cache_key(self.files) != key:  # a file changed since begin(): read it as it is
            return read()
        with contextlib.suppress(Exception):  # missing, truncated or another version's: parse
            if not _trusted(self.path):
                raise PermissionError("another user may write it")  # parsed, then rewritten
            data = self.path.read_bytes()
            signature, body = data[len(MAGIC) : len(MAGIC) + 32], data[len(MAGIC) + 32 :]
            if not (data.startswith(MAGIC)
                    and hmac.compare_digest(signature, self._signature(body))):
                raise ValueError("not signed with this token")  # parsed, then rewritten
            stored_key, knowledge = pickle.loads(body)  # noqa: S301 - checked: see the docstring
            if stored_key == key and isinstance(knowledge, Knowledge):
                self.pending = None
                log.info("content read from %s: unchanged since it was checked", self.path)
                return knowledge
        knowledge = read()
        self.pending = (key, knowledge)
        return knowledge

    def save(self) -> None:
        """Write the knowledge read last, if the cache did not hold it and no file changed."""
        if self.path is None or self.files is None or self.pending is None:
            return
        key, knowledge = self.pending
        self.pending = None
        if cache_key(self.files) != key:
            log.info("content cache not written: the content changed since it was read")
            return
        try:
            body = _dumps((key, knowledge))
        except Exception as exc:  # changed while pickled (run saves in a thread), or unpicklable
            log.info("content cache not written: %s", exc)
            return
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
            log.info("content cache not written to %s: %s", self.path, exc)
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
