# The rulebooks test kit is a pytest plugin that installing rulebooks registers (entry point
# pytest11): scenario files under examples/ are tests, and its fixtures serve the pack's own tests.
