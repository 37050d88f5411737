"""The parsed description cues, kept beside the database so a restart need not expand them.

The cue files expand to some 50,000 cues, which takes most of a start (0.6 s of ~1.2 s on
the benchmark machine); unpickling the result takes a third of that. A cache entry is used
only when it was written from the same bytes by the same code: its key is a hash of every
content file (the organisation's and the shipped ones), of the advisor's own source and of
the Python version. So cues are only ever taken from the cache after exactly these files
passed exactly these checks, and `check` and `run` stay as strict as without it.

The file lives in the database's folder, which the operator already keeps private and
writable; a cache that cannot be read or written is ignored (the cues are parsed instead).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from bot.cues import Cues
from bot.yamlfile import ContentFiles

log = logging.getLogger(__name__)

#: The advisor's source, whose every change may change how cues are parsed.
SOURCE = Path(__file__).parent
CONTENT_FOLDERS = ("knowledge", "conversations")


def cache_path(db_path: str) -> Path | None:
    """Where the cache of a database's advisor lives: beside it, once it exists.

    None for an in-memory database, or before the first `run` created the file, so that a
    one-off `plan` or `check` in some folder leaves nothing behind there.
    """
    db = Path(db_path)
    if db_path == ":memory:" or not db.is_file():
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


def cached_cues(path: Path | None, files: ContentFiles,
                parse: Callable[[], dict[str, Cues]]) -> dict[str, Cues]:
    """The cues from the cache when it holds these files' cues, else parsed and cached."""
    if path is None:
        return parse()
    key = cache_key(files)
    with contextlib.suppress(Exception):  # missing, truncated or from another version: parse
        with path.open("rb") as f:
            stored_key, cues = pickle.load(f)  # noqa: S301 - see the module's docstring
        if stored_key == key:
            return dict(cues)
    cues = parse()
    tmp: str | None = None
    try:  # written whole, then renamed, so a crash never leaves half a cache
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump((key, cues), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        log.info("cue cache not written to %s: %s", path, exc)
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return cues
