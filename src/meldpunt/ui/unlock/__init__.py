"""The unlock screen shown while Meldpunt is locked."""
