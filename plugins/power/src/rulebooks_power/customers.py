"""Core customers (k1) and each manager's new customers and volume growth (k2), per year.

k1 reading: rank the year's customers by business volume and take the
smallest top set whose volume reaches `core_share` of the total; customers
tied with the last one taken are all taken (the file's order never decides),
and the set's head-count share is reported beside it.  Every comparison is
exact; percentages are shown to two places.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

import attrs
from rulebooks import Family, Finding, Grade, Subject, person

from .events import CustomerVolume, NewCustomer
from .text import _, percent, plain


@attrs.frozen(slots=True)
class Volumes:
    by_year: dict[int, dict[str, CustomerVolume]]

    @classmethod
    def build(cls, ctx) -> Volumes:
        by_year: dict[int, dict[str, CustomerVolume]] = defaultdict(dict)
        for v in ctx.timeline.of_type(CustomerVolume):
            seen = by_year[v.year].get(v.customer)
            if seen is not None:
                raise ctx.input_error(v, "customer", f"customer {v.customer} already has a volume for {v.year} "
                                                     f"({seen.id}): one record per customer and year")
            by_year[v.year][v.customer] = v
        return cls(dict(by_year))


def core_set(volumes: dict[str, Decimal], share: Decimal) -> tuple[list[str], list[str]]:
    """(the core customers, highest volume first, the ones among them tied at the boundary)."""
    ranked = sorted(volumes, key=lambda c: (-volumes[c], c))
    total = sum(volumes.values(), Decimal(0))
    target = share * total
    taken, running = [], Decimal(0)
    for c in ranked:
        if running >= target and taken:
            break
        taken.append(c)
        running += volumes[c]
    boundary = volumes[taken[-1]]
    tied = [c for c in ranked if volumes[c] == boundary]
    extra = [c for c in tied if c not in taken]
    if extra:
        taken += extra
        return taken, tied
    return taken, []


def core_findings(ctx) -> Iterator[Finding]:
    share = ctx.params.core_share
    for year, records in sorted(ctx.shared(Volumes.build).by_year.items()):
        volumes = {c: v.volume for c, v in records.items()}
        total = sum(volumes.values(), Decimal(0))
        subject = Subject("year", str(year))
        evidence = tuple(v.id for v in records.values())
        if total == 0:
            yield Finding(family=Family.GRADING, subjects=(subject,), outcome=Grade(_("no core customers")),
                          clauses=("power.k1",), on=_year_end(year), evidence=evidence,
                          reason=_("the customers' total volume for {year} is 0: no customer brings a share of it "
                                   "(k1)", year=str(year)))
            continue
        core, tied = core_set(volumes, share)
        core_volume = sum((volumes[c] for c in core), Decimal(0))
        args = dict(year=str(year), count=len(core), customers=tuple(core),
                    sum=" + ".join(str(plain(volumes[c])) for c in core), core=plain(core_volume),
                    total=plain(total), volume_share=percent(core_volume, total), share=percent(share, Decimal(1)),
                    all=len(volumes), head_share=percent(Decimal(len(core)), Decimal(len(volumes))))
        if tied:
            reason = _("core customers of {year} (k1): by volume, the top {count} ({customers}) bring {sum} = {core} "
                       "of the total {total} ({volume_share}%), reaching the core share {share}%; {tied} tie at "
                       "{boundary} at the boundary and are all included; they are {count} of {all} customers "
                       "({head_share}% by head count)", tied=tuple(tied), boundary=plain(volumes[tied[0]]), **args)
        else:
            reason = _("core customers of {year} (k1): by volume, the top {count} ({customers}) bring {sum} = {core} "
                       "of the total {total} ({volume_share}%), reaching the core share {share}%; they are {count} "
                       "of {all} customers ({head_share}% by head count)", **args)
        yield Finding(family=Family.GRADING, subjects=(subject,),
                      outcome=Grade(_("core customers: {count}", count=len(core)), core_volume),
                      clauses=("power.k1",), on=_year_end(year), evidence=evidence, reason=reason)
        for rank, c in enumerate(core, start=1):
            yield Finding(family=Family.GRADING, subjects=(Subject("customer", c), subject),
                          outcome=Grade(_("core customer"), volumes[c]), clauses=("power.k1",),
                          on=_year_end(year), evidence=(records[c].id,),
                          reason=_("{customer} is core customer {rank} of {count} for {year}, with volume {volume} "
                                   "(k1): differentiated service", customer=c, rank=rank, count=len(core),
                                   year=str(year), volume=plain(volumes[c])))


def _year_end(year: int):
    import datetime as dt

    return dt.date(year, 12, 31)


def manager_findings(ctx) -> Iterator[Finding]:
    """k2: for each manager and year, the new customers gained and their customers' volume against the year before."""
    by_year = ctx.shared(Volumes.build).by_year
    new: dict[tuple[str, int], list[NewCustomer]] = defaultdict(list)
    for n in ctx.timeline.of_type(NewCustomer):
        new[(n.manager, n.day.year)].append(n)
    served: dict[tuple[str, int], list[CustomerVolume]] = defaultdict(list)
    for year, records in by_year.items():
        for v in records.values():
            if v.manager is not None:
                served[(v.manager, year)].append(v)
    for manager, year in sorted(set(new) | set(served)):
        gained = new[(manager, year)]
        mine = sorted(served[(manager, year)], key=lambda v: v.customer)
        now = sum((v.volume for v in mine), Decimal(0))
        before_records = by_year.get(year - 1)
        subjects = (Subject("staff", manager), Subject("year", str(year)))
        evidence = tuple(x.id for x in gained) + tuple(v.id for v in mine)
        base = dict(staff=person(manager), year=str(year), new=len(gained),
                    new_customers=tuple(x.customer for x in gained) or (_("none"),), customers=len(mine),
                    volume=plain(now))
        if before_records is None:
            yield Finding(family=Family.GRADING, subjects=subjects,
                          outcome=Grade(_("new customers: {new}", new=len(gained)), Decimal(len(gained))),
                          clauses=("power.k2",), on=_year_end(year), evidence=evidence,
                          reason=_("{staff} in {year} (k2): new customers {new} ({new_customers}); their {customers} "
                                   "customers' volume {volume}; no volumes are on record for {prior}, so the growth "
                                   "is not known", prior=str(year - 1), **base))
            continue
        then = sum((before_records[v.customer].volume for v in mine if v.customer in before_records), Decimal(0))
        change = now - then
        signed = ("+" if change >= 0 else "") + str(plain(change))
        growth = (_("{signed} ({rate}%)", signed=signed, rate=("+" if change >= 0 else "") + str(percent(change, then)))
                  if then else _("{signed} (none the year before)", signed=signed))
        yield Finding(family=Family.GRADING, subjects=subjects,
                      outcome=Grade(_("new customers: {new}, volume {growth}", new=len(gained), growth=growth),
                                    plain(change)),
                      clauses=("power.k2",), on=_year_end(year), evidence=evidence,
                      reason=_("{staff} in {year} (k2): new customers {new} ({new_customers}); the volume of their "
                               "{customers} customers is {volume} against {before} in {prior}: {growth}",
                               before=plain(then), prior=str(year - 1), growth=growth, **base))
