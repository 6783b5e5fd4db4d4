"""The machinery of one evaluation: the plugin manager, the pack context, the timeline and the evaluation itself."""
