"""For pack authors: the test kit, the conformance check, the scaffold and its templates, scenario expectations."""
