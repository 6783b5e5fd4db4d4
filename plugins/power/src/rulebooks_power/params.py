"""Every number and every site setting of the power rulebook, in one place.

The seed gives the eligibility conditions (大專, one year) and the shape of
pay, nothing else: the selection and assessment weights, the pass score, the
grade thresholds, the demotion score and the plan's timing are the digest's
assumptions, marked so.  The base salaries and the score rate are the site's
own (none set: the pay is not computed and the finding asks for them).

The parameter object checks itself: a site whose weights do not sum to one,
whose assessment weights do not give performance the largest share, or whose
grade thresholds are not in the grades' order is refused by `rulebooks check`
(exit 2) with the parameters named.
"""

from __future__ import annotations

from decimal import Decimal

import attrs
from rulebooks import param

# 學歷, lowest first.  高中 and 中專 are the same level (secondary); a candidate's record may use either.
EDUCATION_LEVELS = ("初中", "高中", "中專", "大專", "本科", "碩士", "博士")
EDUCATION_RANK = {"初中": 0, "高中": 1, "中專": 1, "大專": 2, "本科": 3, "碩士": 4, "博士": 5}

SELECTION_PARTS = ("education", "seniority", "performance", "exam", "interview")
ASSESSMENT_PARTS = ("performance", "behaviour", "ability")
GRADES = ("senior", "level1", "level2", "trainee")  # highest first

ONE = Decimal(1)
HUNDRED = Decimal(100)


def _weight(default: str, clause: str, what: str) -> Decimal:
    return param(Decimal(default), clause=clause, minimum=Decimal(0), maximum=ONE, assumption=True,
                 description=f"the weight of {what} in the weighted calculation (the seed gives no weights)")


def _score(default: int, clause: str | tuple[str, ...], description: str, assumption: bool = True) -> Decimal:
    return param(Decimal(default), clause=clause, minimum=Decimal(0), maximum=HUNDRED, assumption=assumption,
                 description=description)


def _base(grade: str) -> Decimal | None:
    return param(None, clause="power.a3", minimum=Decimal(0),
                 description=f"the base salary (基礎工資) of a {grade} customer manager, set by the site; "
                             "none set: the pay is not computed")


@attrs.frozen(slots=True)
class PowerParameters:
    min_education: str = param("大專", clause="power.e1", choices=EDUCATION_LEVELS,
                               description="the lowest education (學歷) a customer manager may have: 大專以上")
    min_experience_years: Decimal = param(ONE, clause="power.e1", minimum=Decimal(0),
                                          description="years of power-business experience at least (一年以上)")
    selection_weight_education: Decimal = _weight("0.2", "power.e2", "education (學歷)")
    selection_weight_seniority: Decimal = _weight("0.2", "power.e2", "qualifications and seniority (資歷)")
    selection_weight_performance: Decimal = _weight("0.2", "power.e2", "past performance (業績)")
    selection_weight_exam: Decimal = _weight("0.2", "power.e2", "the written exam (筆試)")
    selection_weight_interview: Decimal = _weight("0.2", "power.e2", "the interview (面試)")
    pass_score: Decimal = _score(60, ("power.e2", "power.g4"),
                                 "the selection composite (of 100) a candidate must reach to be selected; a "
                                 "selected eligible candidate may be a trainee")
    senior_threshold: Decimal = _score(90, "power.g1", "the composite (of 100) a senior customer manager reaches")
    level1_threshold: Decimal = _score(80, "power.g2", "the composite (of 100) a level-1 customer manager reaches")
    level2_threshold: Decimal = _score(70, "power.g3", "the composite (of 100) a level-2 customer manager reaches "
                                                       "(the seed gives no level-2 conditions at all)")
    assessment_weight_performance: Decimal = _weight("0.5", "power.a1", "the performance indicators (績效指標)")
    assessment_weight_behaviour: Decimal = _weight("0.3", "power.a1", "the behaviour indicators (行為指標)")
    assessment_weight_ability: Decimal = _weight("0.2", "power.a1", "the ability indicators (能力指標)")
    demotion_below: Decimal = _score(60, "power.a2", "an assessment composite below this demotes one grade")
    base_salary_senior: Decimal | None = _base("senior")
    base_salary_level1: Decimal | None = _base("level-1")
    base_salary_level2: Decimal | None = _base("level-2")
    base_salary_trainee: Decimal | None = _base("trainee")
    behaviour_score_rate: Decimal | None = param(None, clause="power.a3", minimum=Decimal(0),
                                                 description="the money one point of the behaviour-assessment "
                                                             "score (行為考核評分) is worth in pay, set by the site; "
                                                             "none set: the pay is not computed")
    plan_due_month: int = param(1, clause="power.a4", minimum=1, maximum=12, assumption=True,
                                description="the year's assessment plan is due by the end of this month of the "
                                            "year (the seed says only 每年)")
    revision_days: int = param(30, clause="power.a4", minimum=1, assumption=True,
                               description="the plan and standards are revised within this many days after the "
                                           "year's last assessment (the seed says only 每年)")
    core_share: Decimal = param(Decimal("0.8"), clause="power.k1", minimum=Decimal("0.01"), maximum=ONE,
                                description="core customers bring this share of the total business volume (80%)")

    def __attrs_post_init__(self) -> None:
        # Checked here so that a site's configuration is refused by `rulebooks check`, before any rule runs.
        problems = []
        for clause, parts, prefix in (("power.e2", SELECTION_PARTS, "selection_weight_"),
                                      ("power.a1", ASSESSMENT_PARTS, "assessment_weight_")):
            names = [prefix + p for p in parts]
            total = sum((getattr(self, n) for n in names), Decimal(0))
            if total != ONE:
                terms = " + ".join(f"{n} {getattr(self, n)}" for n in names)
                problems.append(f"the weights {terms} sum to {total}, not 1 ({clause})")
        performance = self.assessment_weight_performance
        bigger = [f"assessment_weight_{p} {getattr(self, 'assessment_weight_' + p)}" for p in ASSESSMENT_PARTS[1:]
                  if getattr(self, "assessment_weight_" + p) >= performance]
        if bigger:
            problems.append(f"assessment_weight_performance {performance} must be the largest weight, but "
                            f"{' and '.join(bigger)} is not smaller (power.a1: 績效方面的考核應占較大權重)")
        ladder = [("senior_threshold", self.senior_threshold), ("level1_threshold", self.level1_threshold),
                  ("level2_threshold", self.level2_threshold), ("pass_score", self.pass_score)]
        for (hi_name, hi), (lo_name, lo) in zip(ladder, ladder[1:]):
            if hi < lo:
                problems.append(f"{hi_name} {hi} is below {lo_name} {lo}: a higher grade needs a higher composite")
        if problems:
            raise ValueError("; ".join(problems))

    def selection_weights(self) -> dict[str, Decimal]:
        return {p: getattr(self, "selection_weight_" + p) for p in SELECTION_PARTS}

    def assessment_weights(self) -> dict[str, Decimal]:
        return {p: getattr(self, "assessment_weight_" + p) for p in ASSESSMENT_PARTS}

    def threshold(self, grade: str) -> Decimal:
        return {"senior": self.senior_threshold, "level1": self.level1_threshold,
                "level2": self.level2_threshold, "trainee": self.pass_score}[grade]

    def base_salary(self, grade: str) -> Decimal | None:
        return getattr(self, "base_salary_" + grade)
