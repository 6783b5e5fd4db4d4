def conduct_findings(ctx):
    return []
