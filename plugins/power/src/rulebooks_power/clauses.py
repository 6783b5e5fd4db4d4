"""The power rulebook's clauses (seed 篇8), as the digest numbers them.

Much of 篇8 is management concept; the digest's "Reading:" turns the rules it
can into computations, and every number of a reading is a parameter (marked an
assumption where the seed gives none).
"""

from rulebooks import Clause, Family

from .clause_texts import TEXT_ZH

G, F = (Family.GRADING,), (Family.FOLLOW_UP,)

CLAUSES = (
    # Eligibility and selection
    Clause("power.e1", G, "A customer manager must have good professional ethics, no bad business record, good "
           "health, a college diploma (大專) or higher and at least one year of power-business experience; failing "
           "any one makes the candidate ineligible, and the finding names each condition that failed.",
           text_zh=TEXT_ZH["power.e1"]),
    Clause("power.e2", G, "Selection scores education, qualifications/seniority, past performance, a written exam "
           "and an interview and combines them by weighted calculation into a first composite measure; a "
           "candidate reaching the pass score is selected.", text_zh=TEXT_ZH["power.e2"]),
    # Grades
    Clause("power.g1", G, "Senior customer manager: rich management, policy and legal knowledge and strong market "
           "analysis; organises customer management; plans key-account development; manages level 1 and below.",
           text_zh=TEXT_ZH["power.g1"]),
    Clause("power.g2", G, "Level-1 customer manager: fairly rich knowledge and strong market analysis; strong market "
           "development, negotiation, runs large-account development; assists seniors and coordinates level 2 and "
           "below.", text_zh=TEXT_ZH["power.g2"]),
    Clause("power.g3", G, "Level-2 customer manager: its conditions are missing in the seed. Assumption: between "
           "level 1 and trainee, given on the trainee conditions and a score threshold; every level-2 decision says "
           "so.", text_zh=TEXT_ZH["power.g3"]),
    Clause("power.g4", G, "Trainee customer manager: meets the basic eligibility (e1), some market analysis, knows "
           "the basic products, business and processes, some public-relations, social and marketing ability.",
           text_zh=TEXT_ZH["power.g4"]),
    # Assessment and pay
    Clause("power.a1", G, "The yearly assessment combines performance, behaviour and ability indicators by weights, "
           "performance weighing most; weights that do not sum to one or do not give performance the largest "
           "share are a configuration error.", text_zh=TEXT_ZH["power.a1"]),
    Clause("power.a2", G, "Assessment results drive promotion and demotion between grades (customers' feedback is an "
           "input, through the behaviour score): one grade up on reaching the next grade's threshold with its "
           "conditions, one grade down below the demotion score.", text_zh=TEXT_ZH["power.a2"]),
    Clause("power.a3", G, "Pay = base salary of the grade + performance pay + the behaviour-assessment score at the "
           "site's rate.", text_zh=TEXT_ZH["power.a3"]),
    Clause("power.a4", F, "Each year an assessment plan (purpose, principles, content, timing) is made, and after the "
           "assessment the plan, standards and methods are revised: two recurring due items a year.",
           text_zh=TEXT_ZH["power.a4"]),
    # Core customers
    Clause("power.k1", G, "Core customers: the smallest top set of customers by business volume that reaches the "
           "site's share of the total (ties at the boundary all included), with its head-count share beside it.",
           text_zh=TEXT_ZH["power.k1"]),
    Clause("power.k2", G, "Quantitative assessment of a manager per period: new customers gained and the growth of "
           "their customers' business volume.", text_zh=TEXT_ZH["power.k2"]),
)
