from rulebooks import Credit, Family, Finding, Subject
from .events import Sale


def attribute_sales(ctx):
    for sale in ctx.timeline.of_type(Sale):
        yield Finding(family=Family.ATTRIBUTION, subjects=(Subject("sale", sale.id),),
                      outcome=Credit.whole(sale.handler), clauses=("fitness.claim.3",),
                      reason="no claim was raised; the handler keeps the sale", on=sale.day, evidence=(sale.id,))
