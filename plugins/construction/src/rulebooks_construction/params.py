"""Every number and every site choice of the construction rulebook, in one place.

The seed's visit table (§4.2.2) is missing: the four intervals are the
digest's assumption, as are the halved interval for a partner with a project
expected soon and the share of partners that counts as top-ranked.
"""

from __future__ import annotations

from decimal import Decimal

import attrs
from rulebooks import param


def _every(months: int, grade: str) -> int:
    return param(months, clause="construction.k2", minimum=1, assumption=True,
                 description=f"a class {grade} partner is visited at least once in this many calendar months "
                             "(the seed's table is missing; the digest's assumption)")


@attrs.frozen(slots=True)
class ConstructionParameters:
    attached_forms_required: int = param(3, clause="construction.a1", minimum=0,
                                         description="attached forms (附表) in a complete admission form set, "
                                                     "besides its one main form (主表)")
    visit_every_months_a: int = _every(1, "A")
    visit_every_months_b: int = _every(2, "B")
    visit_every_months_c: int = _every(3, "C")
    visit_every_months_d: int = _every(6, "D")
    out_of_town_max_months: int = param(6, clause="construction.k3", minimum=1,
                                        description="a partner based outside the city (外埠) is visited at least "
                                                    "once in this many calendar months, whatever its class")
    senior_visit_every_months: int = param(12, clause="construction.k4", minimum=1,
                                           description="senior management (公司高層) visits every A partner and the "
                                                       "marked B partners at least once in this many months")
    expected_project_interval: Decimal = param(Decimal("0.5"), clause="construction.k5", minimum=Decimal("0.01"),
                                               maximum=Decimal(1), assumption=True,
                                               description="while a project is expected (擬合作項目), the visit "
                                                           "interval is this share of the usual one, counted in days "
                                                           "and rounded down")
    archive_months: int = param(6, clause="construction.r1", minimum=1,
                                description="A and B partners' archives are archived (存檔) at least once in this "
                                            "many calendar months")
    top_rank_share: Decimal = param(Decimal("0.10"), clause="construction.r3", minimum=Decimal(0),
                                    maximum=Decimal(1), assumption=True,
                                    description="the share of partners, by rank, that counts as top-ranked (排名靠前); "
                                                "partners tied at the boundary are all included")
    review_months: int = param(12, clause="construction.r3", minimum=1,
                               description="the past year (過往一年) of performance reviews read for preferential terms")
    negotiation_fine: Decimal | None = param(None, clause="construction.a3", minimum=Decimal(0),
                                             description="negotiating with a partner not yet admitted: fine set by "
                                                         "the site for the introducing unit; none set means a "
                                                         "violation with no amount (the seed gives none)")
    unreported_visit_fine: Decimal | None = param(None, clause="construction.k5", minimum=Decimal(0),
                                                  description="a visit whose updated data was not passed on to the "
                                                              "partner office: fine set by the site; none set means a "
                                                              "violation with no amount (the seed gives none)")

    def visit_every_months(self, grade: str) -> int:
        return getattr(self, f"visit_every_months_{grade.lower()}")
