"""The Rapporten screen: the anonymised annual report, previewed and saved as PDF."""
