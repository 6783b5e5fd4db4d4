"""What rulebooks writes: the report as a table, JSON and a JSON Lines decision log."""
