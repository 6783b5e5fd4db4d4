"""What rulebooks writes: the report as a table (reports.table), JSON and a JSON Lines decision log (reports.data),
in the reader's language (reports.words)."""
