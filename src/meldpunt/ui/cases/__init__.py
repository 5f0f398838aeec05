"""Case files: the Dossiers list, the case screen, tasks, referrals and letters."""
