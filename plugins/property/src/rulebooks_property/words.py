"""The forbidden words of c1w, matched the way the digest reads the seed.

A listed word of two or more characters counts wherever it is said, except
inside an allowed phrase (對不起, 不好意思, 不客氣 by default); a one-character
entry (不) counts only when said on its own, between punctuation, spaces or
the ends of the text ("不,這個要等" — but not 不錯, 不用擔心, nor 對不起).
Longer words are matched first, so 不是我管的 is one word, not 不 and 不是.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# What separates one utterance from the next: punctuation (full- and half-width) and spaces.
BREAK = "\\s,.!?;:\"'()\\[\\]、,。!?;:「」『』()…—\\~~"
_SEGMENT = re.compile(f"[^{BREAK}]+")


def forbidden_words(text: str, forbidden: Sequence[str], allowed: Sequence[str]) -> tuple[str, ...]:
    """The forbidden words said in `text`, in the order said (repeats once each)."""
    found: dict[str, int] = {}
    longer = sorted((w for w in forbidden if len(w) > 1), key=len, reverse=True)
    single = {w for w in forbidden if len(w) == 1}
    for segment in _SEGMENT.finditer(text):
        said = segment.group()
        if said in single:
            found.setdefault(said, segment.start())
            continue
        # An allowed phrase is blanked out first: what it holds is never a forbidden word.
        for phrase in sorted(allowed, key=len, reverse=True):
            said = said.replace(phrase, "\0" * len(phrase))
        for word in longer:
            at = said.find(word)
            while at >= 0:
                found.setdefault(word, segment.start() + at)
                said = said[:at] + "\0" * len(word) + said[at + len(word):]
                at = said.find(word)
    return tuple(sorted(found, key=found.__getitem__))
