"""The equipment rulebook's clauses (seed 篇10), as the digest numbers them."""

from rulebooks import Clause, Family

CLAUSES = (
    Clause("equipment.v1", (), "Purpose of call-backs: learn how the equipment runs and how satisfied the "
           "customer is, feed quality and service improvements, keep the customer and win repeat and "
           "spare-parts sales.", computable=False,
           why_not="it states why call-backs are made; it sets no obligation, deadline or outcome that "
                   "records could show met or missed (the obligations are equipment.v2 to v4)"),
    Clause("equipment.v2", (Family.FOLLOW_UP,), "A call-back is made by phone, letter or visit and recorded "
           "on a filed form; an informal greeting card (birthday, moving house, promotion) is logged but "
           "is not the formal call-back."),
    Clause("equipment.v3", (Family.FOLLOW_UP,), "A call-back is due one month after installation and "
           "commissioning: check operation, solve problems, remind the customer of operation, repair and "
           "maintenance points."),
    Clause("equipment.v4", (Family.GRADING,), "What call-backs find classifies customers as gold (金牌), "
           "important (重要) or general (一般)."),
)
