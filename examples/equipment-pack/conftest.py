# The rulebooks test kit is a pytest plugin that installing rulebooks registers (entry point
# pytest11): scenario files under examples/ are tests, and its fixtures serve the pack's own tests.
# Here its pack manager holds this pack alone, so rulebooks_cli and rulebooks_evaluate see only it.

import pytest
from rulebooks.authoring.testing import isolated_manager

import rulebooks_equipment.pack


@pytest.fixture(scope="session")
def rulebooks_manager():
    return isolated_manager(rulebooks_equipment.pack)
