"""Names and passphrases of the staff in test offices."""

COORDINATOR = "coord"
COORDINATOR_PASS = "de kat zit op de mat 42"
STAT_PASS = "cijfers zonder namen 2025"
INTAKE_PASS = "aan de balie in leuven"
