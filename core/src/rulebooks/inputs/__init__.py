"""What rulebooks reads: scenario files and ledgers, site configurations, their schema and conversion."""
