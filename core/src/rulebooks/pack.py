"""What a pack declares about itself: its metadata (`PackInfo`) and its clause list (`Clause`)."""

from __future__ import annotations

import re
from typing import Any

import attrs

from rulebooks.messages import Text
from rulebooks.model import Family

CLAUSE_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9][a-z0-9_]*)+$")
PACK_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _clause_id(instance: Any, attribute: attrs.Attribute, value: str) -> None:
    if not CLAUSE_ID.match(value):
        raise ValueError(f"clause ID {value!r} is not of the form pack.section.item")


@attrs.frozen(slots=True)
class Clause:
    """One clause of a rulebook, as the pack's README clause table lists it.

    `summary` is the English digest; `text_zh` the seed's own Chinese wording,
    which a Chinese report shows.  `computable=False` clauses are documented
    with `why_not` (pure etiquette, for instance) and never cited by a finding.
    """

    id: str = attrs.field(validator=_clause_id)
    families: tuple[Family, ...]
    summary: str
    computable: bool = True
    why_not: str | None = None
    text_zh: str | None = None

    def text(self, language: str = "en") -> str:
        """The clause in the reader's language: the seed's wording in Chinese, the digest in English."""
        return self.text_zh if language == "zh" and self.text_zh else self.summary

    def __attrs_post_init__(self) -> None:
        if not self.computable and not self.why_not:
            raise ValueError(f"clause {self.id} is not computable but says not why")
        if self.computable and not self.families:
            raise ValueError(f"clause {self.id} names no rule family")


@attrs.frozen(slots=True)
class PackInfo:
    """A pack's metadata (returned by `rulebooks_pack`)."""

    name: str
    version: str
    title_en: str
    title_zh: str
    seed_articles: tuple[str, ...]
    clauses: tuple[Clause, ...]
    api_version: str
    decided_by: Text  # who settles what no clause settles: "director (總監)", or a message in two languages
    # The clause that gives the decider the last word (fitness.follow.12: "…goes to the director, whose
    # interpretation is final"), where the rulebook has one: a finding the decider rules on cites it.
    decider_clause: str | None = None

    def __attrs_post_init__(self) -> None:
        if not PACK_NAME.match(self.name):
            raise ValueError(f"pack name {self.name!r} must be lower-case letters, digits and _")
        ids = [c.id for c in self.clauses]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"clause IDs declared twice: {', '.join(dupes)}")
        wrong = [i for i in ids if not i.startswith(self.name + ".")]
        if wrong:
            raise ValueError(f"clause IDs must start with '{self.name}.': {', '.join(wrong)}")
        if self.decider_clause is not None and self.decider_clause not in ids:
            raise ValueError(f"decider_clause {self.decider_clause!r} is not one of the pack's clauses")

    @property
    def families(self) -> tuple[Family, ...]:
        present = {f for c in self.clauses if c.computable for f in c.families}
        return tuple(f for f in Family if f in present)

    def clause(self, clause_id: str) -> Clause | None:
        for c in self.clauses:
            if c.id == clause_id:
                return c
        return None
