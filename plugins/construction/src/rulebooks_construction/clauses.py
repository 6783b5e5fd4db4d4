"""The construction rulebook's clauses (seed 篇12), as the digest numbers them.

The digest's IDs follow the source's sections 3–5: a = admission (§4.1),
k = classes and visits (§4.2, §5.2), r = archives and ranking (§4.3, §5.1).
"""

from rulebooks import Clause, Family

from .clause_texts import TEXT_ZH

G, F, C = Family.GRADING, Family.FOLLOW_UP, Family.CONDUCT

CLAUSES = (
    # Admission (客戶準入)
    Clause("construction.a1", (G,), "Each partner has one admission form set (入網審批表): 1 main form and 3 "
           "attached forms. Reading: a partner with an incomplete set is not admitted.",
           text_zh=TEXT_ZH["construction.a1"]),
    Clause("construction.a2", (G,), "The form's address, staff and equipment are checked on site by the introducing "
           "unit; any item left unclear counts as not meeting the condition.",
           text_zh=TEXT_ZH["construction.a2"]),
    Clause("construction.a3", (C,), "Admission comes before any negotiation of project cooperation. Reading: "
           "negotiating with a partner not yet admitted is a violation of the introducing unit.",
           text_zh=TEXT_ZH["construction.a3"]),
    # Classes and visits (客戶分級, 走訪)
    Clause("construction.k1", (G,), "Admitted partners are classed A, B, C or D by the partner office; the class is "
           "internal and never shown to the partner.",
           text_zh=TEXT_ZH["construction.k1"]),
    Clause("construction.k2", (F,), "Each class has a minimum visit frequency (the seed's table is missing; assumed: "
           "A monthly, B every 2 months, C quarterly, D every 6 months).",
           text_zh=TEXT_ZH["construction.k2"]),
    Clause("construction.k3", (F,), "Partners based outside the city may be visited less often, but at least once "
           "every 6 months.",
           text_zh=TEXT_ZH["construction.k3"]),
    Clause("construction.k4", (F,), "Senior management visits every A partner and the B partners marked for it at "
           "least once a year.",
           text_zh=TEXT_ZH["construction.k4"]),
    Clause("construction.k5", (F, C), "Each visit updates the partner's data and passes it on to the partner office; "
           "a partner with a project expected soon is visited more often (assumed: the interval halves).",
           text_zh=TEXT_ZH["construction.k5"]),
    Clause("construction.k6", (G,), "A class may change at any time (a bid won or lost); the unit in charge proposes "
           "it and the partner office decides with the market development department.",
           text_zh=TEXT_ZH["construction.k6"]),
    # Archives and ranking (歸檔及評價)
    Clause("construction.r1", (F,), "A and B partners' archives are archived every 6 months; C and D archives are "
           "kept up to date but not archived; extra archiving may be added.",
           text_zh=TEXT_ZH["construction.r1"]),
    Clause("construction.r2", (G,), "An archive holds the partner's region, connections, track record, cooperation "
           "record, post-completion reviews and credit standing.",
           text_zh=TEXT_ZH["construction.r2"]),
    Clause("construction.r3", (G,), "Partners are ranked by the completeness of their admission forms and archives; "
           "a top-ranked partner outstanding in the past year in contract performance, safety and quality and "
           "cooperation may get fee discounts and priority service.",
           text_zh=TEXT_ZH["construction.r3"]),
    Clause("construction.r4", (G,), "A and B partners are key partners: their materials must be complete; one that "
           "cannot provide them is deemed not to meet the condition (reported for reclassification under k6).",
           text_zh=TEXT_ZH["construction.r4"]),
)
