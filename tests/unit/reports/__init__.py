"""Tests of the annual report: statistics, disclosure control, PDF and open data."""
