"""Whether a typed word is a real word of a language the reader knows.

A real word is never read as a typo of a cue word: "selling" is not "shelling", "form" is not
"farm". Word frequencies come from wordfreq's small lists (a few MB, loaded on the first
description read, never at start-up).
"""

from __future__ import annotations

from functools import lru_cache

#: Zipf frequency from which a word counts as real (about once per million words).
REAL_WORD_ZIPF = 3.0
LANGUAGES = ("en", "fr", "es")


@lru_cache(maxsize=65536)
def is_real_word(word: str) -> bool:
    """Whether the word is common in any of the reader's languages (so no typo)."""
    from wordfreq import zipf_frequency  # lazily: only descriptions need it

    return any(zipf_frequency(word, lang, wordlist="small") >= REAL_WORD_ZIPF
               for lang in LANGUAGES)
