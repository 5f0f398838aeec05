"""Qt item models of the windows: table models with column constants and custom roles."""
