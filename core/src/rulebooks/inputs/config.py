"""Site configuration: which packs a site enables, in what precedence, with what parameters.

A TOML file describes one or more sites::

    [sites.tianhe]
    name = "Tianhe club"
    timezone = "Asia/Shanghai"
    currency = "CNY"
    packs = ["fitness"]             # precedence order; a nested list is a group of equal rank

    [sites.tianhe.parameters.fitness]
    claim_full_days = 7

A scenario may carry the same table inline under `site:`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import orjson

from rulebooks.inputs.convert import make_converter, structure_or_explain
from rulebooks.errors import ConfigError, InputError
from rulebooks.engine.manager import PackManager
from rulebooks.messages import DEFAULT_LANGUAGE, LANGUAGES
from rulebooks.model import Site
from rulebooks.params import negative_amounts, overridden

SITE_KEYS = ("name", "timezone", "currency", "language", "packs", "parameters")


@attrs.frozen(slots=True)
class SiteSetup:
    """A site resolved against the installed packs: its parameter values per pack."""

    site: Site
    params: dict[str, Any] = attrs.field(eq=False)
    versions: dict[str, str] = attrs.field(eq=False)

    @property
    def config_hash(self) -> str:
        """A fingerprint of everything that decides the outcome besides the events."""
        doc = {
            "site": self.site.id, "timezone": self.site.timezone.key, "currency": self.site.currency,
            "packs": [list(g) for g in self.site.packs],
            "versions": self.versions,
            "parameters": {p: {f.name: _plain(getattr(v, f.name)) for f in attrs.fields(type(v))}
                           for p, v in self.params.items()},
        }
        return hashlib.sha256(orjson.dumps(doc, option=orjson.OPT_SORT_KEYS)).hexdigest()[:16]

    def overrides(self, pack: str) -> dict[str, Any]:
        return overridden(self.params[pack])


def _plain(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return str(value)


def load_config(path: Path) -> dict[str, dict[str, Any]]:
    """The raw site tables of a configuration file, by site id."""
    from rulebooks.inputs.sources import load_toml

    doc = load_toml(path)
    extra = sorted(set(doc) - {"sites"})
    if extra:
        raise ConfigError(f"unknown top-level key(s): {', '.join(extra)}; expected [sites.NAME] tables",
                          file=str(path), place=extra[0])
    sites = doc.get("sites")
    if not isinstance(sites, dict) or not sites:
        raise ConfigError("no sites: expected at least one [sites.NAME] table", file=str(path))
    for sid, table in sites.items():
        if not isinstance(table, dict):
            raise ConfigError("expected a table of site settings", file=str(path), place=f"sites.{sid}")
    return sites


def pick_site(sites: dict[str, dict[str, Any]], wanted: str | None, file: str) -> tuple[str, dict[str, Any]]:
    if wanted is None:
        if len(sites) == 1:
            return next(iter(sites.items()))
        raise ConfigError(f"the file describes several sites ({', '.join(sorted(sites))}); choose one with --site",
                          file=file)
    if wanted not in sites:
        raise ConfigError(f"no site {wanted!r}; the file describes: {', '.join(sorted(sites))}", file=file)
    return wanted, sites[wanted]


def resolve_site(site_id: str, table: dict[str, Any], manager: PackManager, *, file: str | None,
                 place: str, lines: dict[str, int] | None = None) -> SiteSetup:
    """Check a site table against the installed packs and build its parameter values."""

    def err(message: str, at: str) -> ConfigError:
        line = None
        if lines is not None:
            from rulebooks.inputs.convert import _nearest_line
            line = _nearest_line(lines, at)
        return ConfigError(message, file=file, place=at, line=line)

    unknown = sorted(set(table) - set(SITE_KEYS))
    if unknown:
        raise err(f"unknown site setting(s): {', '.join(unknown)}; expected {', '.join(SITE_KEYS)}",
                  f"{place}.{unknown[0]}")
    conv = make_converter()
    name = table.get("name", site_id)
    if not isinstance(name, str):
        raise err(f"expected text, got {name!r}", f"{place}.name")
    zone = structure_or_explain(conv, table.get("timezone", "Asia/Shanghai"), ZoneInfo, file=file,
                                place=f"{place}.timezone", lines=lines)
    currency = table.get("currency", "CNY")
    if not (isinstance(currency, str) and len(currency) == 3 and currency.isalpha() and currency.isupper()):
        raise err(f"expected a three-letter currency code such as CNY, got {currency!r}", f"{place}.currency")
    language = table.get("language", DEFAULT_LANGUAGE)
    if language not in LANGUAGES:
        raise err(f"expected one of {', '.join(LANGUAGES)} (the language of the site's reports), got {language!r}",
                  f"{place}.language")
    packs_raw = table.get("packs")
    if not isinstance(packs_raw, list) or not packs_raw:
        raise err("expected a list of packs in precedence order, such as packs = [\"fitness\"]", f"{place}.packs")
    groups: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for i, entry in enumerate(packs_raw):
        group = entry if isinstance(entry, list) else [entry]
        if not group or not all(isinstance(p, str) for p in group):
            raise err("expected a pack name, or a list of pack names of equal rank", f"{place}.packs[{i}]")
        for p in group:
            if p in seen:
                raise err(f"pack {p!r} is listed twice", f"{place}.packs[{i}]")
            seen.add(p)
            if p not in manager.packs:
                if p in manager.failed:
                    raise err(f"pack {p!r} is installed but failed to load: {manager.failed[p].reason}",
                              f"{place}.packs[{i}]")
                if p in manager.blocked:
                    raise err(f"pack {p!r} is blocked on this machine", f"{place}.packs[{i}]")
                installed = ", ".join(manager.names()) or "none"
                raise err(f"unknown pack {p!r}; installed packs: {installed}", f"{place}.packs[{i}]")
        # Equal rank: the order written inside a group must not change the outcome or the fingerprint.
        groups.append(tuple(sorted(group)))
    overrides = table.get("parameters", {})
    if not isinstance(overrides, dict):
        raise err("expected a table of parameters per pack", f"{place}.parameters")
    params: dict[str, Any] = {}
    for pack_name in sorted(overrides):
        if pack_name not in seen:
            raise err(f"parameters for pack {pack_name!r}, which this site does not enable "
                      f"(enabled: {', '.join(sorted(seen))})", f"{place}.parameters.{pack_name}")
        if not isinstance(overrides[pack_name], dict):
            raise err("expected a table of parameter values", f"{place}.parameters.{pack_name}")
    for pack_name in sorted(seen):
        cls = manager.get(pack_name).params_class
        values = overrides.get(pack_name, {})
        at = f"{place}.parameters.{pack_name}"
        known = {f.name for f in attrs.fields(cls)}
        bad = sorted(set(values) - known)
        if bad:
            raise err(f"pack {pack_name} has no parameter {bad[0]!r}; its parameters: {', '.join(sorted(known))}",
                      f"{at}.{bad[0]}")
        params[pack_name] = structure_or_explain(conv, values, cls, file=file, place=at, lines=lines)
        negative = negative_amounts(params[pack_name])
        if negative:
            raise err(f"an amount must not be negative, got {getattr(params[pack_name], negative[0])}",
                      f"{at}.{negative[0]}")
    site = Site(id=site_id, name=name, timezone=zone, currency=currency, language=language, packs=tuple(groups),
                parameters={k: dict(v) for k, v in overrides.items()})
    versions = {p: manager.get(p).info.version for p in sorted(seen)}
    return SiteSetup(site, params, versions)


def site_from_config(path: Path, wanted: str | None, manager: PackManager) -> SiteSetup:
    sites = load_config(path)
    site_id, table = pick_site(sites, wanted, str(path))
    return resolve_site(site_id, table, manager, file=str(path), place=f"sites.{site_id}")


def check_config(path: Path, manager: PackManager) -> list[SiteSetup]:
    """Every site of a configuration file, resolved; the first problem raises."""
    sites = load_config(path)
    return [resolve_site(sid, sites[sid], manager, file=str(path), place=f"sites.{sid}") for sid in sorted(sites)]


__all__ = ["SiteSetup", "load_config", "resolve_site", "site_from_config", "check_config", "InputError"]
