def follow_up_findings(ctx):
    return []
