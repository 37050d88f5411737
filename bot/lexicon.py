"""Whether a typed word is a real word of a language the reader knows.

A real word is never read as a typo of a cue word: "selling" is not "shelling", "form" is not
"farm". The words are wordfreq's small lists for the reader's languages (every word in them
is used at least once per million words), read straight from the files wordfreq ships, on the
first description read, never at start-up. Importing wordfreq itself would also load its
tokenizers and language data (14 MB more), which a lookup of one lowercase word never needs.
"""

from __future__ import annotations

import gzip
import importlib.util
import unicodedata
from array import array
from functools import cache, lru_cache
from pathlib import Path

import msgpack

LANGUAGES = ("en", "fr", "es")
#: wordfreq's list format ("cBpack"): a header, then buckets of words by falling frequency.
PACK_HEADER = {b"format": b"cB", b"version": 1}


class Words:
    """A sorted word list kept as one block of UTF-8 and where each word starts.

    About 1 MB for the three languages' 81,000 words; a set of the same words takes 10 MB.
    """

    def __init__(self, encoded: list[bytes]) -> None:
        encoded.sort()
        kept = [w for i, w in enumerate(encoded) if i == 0 or w != encoded[i - 1]]
        self.blob = b"".join(kept)
        self.starts = array("I", [0])
        for word in kept:
            self.starts.append(self.starts[-1] + len(word))

    def __contains__(self, word: str) -> bool:
        key, low, high = word.encode(), 0, len(self.starts) - 1
        while low < high:  # a binary search over the sorted words
            middle = (low + high) // 2
            if self.blob[self.starts[middle]:self.starts[middle + 1]] < key:
                low = middle + 1
            else:
                high = middle
        return low < len(self.starts) - 1 and \
            self.blob[self.starts[low]:self.starts[low + 1]] == key


@cache
def real_words() -> Words:
    """Every word of the reader's languages' small wordfreq lists."""
    spec = importlib.util.find_spec("wordfreq")  # finds the package without importing it
    if spec is None or spec.origin is None:
        raise RuntimeError("The wordfreq package is not installed; reinstall the advisor.")
    folder = Path(spec.origin).parent / "data"
    encoded: list[bytes] = []  # kept as UTF-8 bytes from the file: half the memory of str
    for lang in LANGUAGES:
        pack = msgpack.unpackb(gzip.decompress((folder / f"small_{lang}.msgpack.gz").read_bytes()),
                               raw=True)
        if not pack or pack[0] != PACK_HEADER:
            raise RuntimeError(f"wordfreq's list for {lang} is not in the format this reads.")
        for bucket in pack[1:]:
            encoded.extend(bucket)
    return Words(encoded)


@lru_cache(maxsize=65536)
def is_real_word(word: str) -> bool:
    """Whether the word is common in any of the reader's languages (so no typo).

    A word with a digit is never one: a number is not a typo of a cue word.
    """
    if any(c.isdigit() for c in word):
        return False
    return unicodedata.normalize("NFC", word.casefold()) in real_words()
