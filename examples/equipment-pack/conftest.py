# The rulebooks test kit: scenario files under examples/ are tests; fixtures for the pack's own tests.
pytest_plugins = ["rulebooks.testing"]
