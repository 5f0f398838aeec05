"""The groups of the intake form, in the order a desk worker asks the questions."""
