"""The Beheer screen: staff accounts, audit trail, backups and retention."""
