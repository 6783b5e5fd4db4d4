"""Errors a user can cause, with a message a shop manager can act on.

Everything here is caught by the command line and printed without a
traceback; any other exception is a bug and shows one only under --debug.
"""

from __future__ import annotations


class RulebooksError(Exception):
    """Base of every error the command line reports as a plain message."""

    exit_code = 2


class InputError(RulebooksError):
    """Bad input: names the file, the place inside it and what was expected."""

    def __init__(self, message: str, *, file: str | None = None, place: str | None = None,
                 line: int | None = None) -> None:
        self.file = file
        self.place = place
        self.line = line
        self.detail = message
        super().__init__(self._render())

    def _render(self) -> str:
        where = []
        if self.file:
            where.append(self.file if self.line is None else f"{self.file}:{self.line}")
        if self.place:
            where.append(self.place)
        return f"{', '.join(where)}: {self.detail}" if where else self.detail

    def located(self, *, file: str | None = None, line: int | None = None,
                prefix: str | None = None) -> InputError:
        """The same error with the file, line or an outer place filled in."""
        place = self.place
        if prefix:
            place = prefix if not place else (f"{prefix}{place}" if place.startswith("[") else f"{prefix}.{place}")
        out = InputError(self.detail, file=self.file or file, place=place,
                         line=self.line if self.line is not None else line)
        out.exit_code = self.exit_code  # a broken pack named by a site stays the pack's failure (3)
        return out


class ConfigError(InputError):
    """A site configuration that cannot be used as written."""


class PackError(RulebooksError):
    """A pack that failed: it could not load, or one of its hooks broke."""

    exit_code = 3

    def __init__(self, pack: str, reason: str, *, hook: str | None = None) -> None:
        self.pack = pack
        self.hook = hook
        self.reason = reason  # what went wrong, without the pack's name: what `rulebooks packs` lists
        where = f"pack {pack!r}" + (f", hook {hook}" if hook else "")
        super().__init__(f"{where}: {reason}")
