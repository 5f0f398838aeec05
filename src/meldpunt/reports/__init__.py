"""Statistics with disclosure control and PDF/CSV builders: plain data in, bytes out."""
