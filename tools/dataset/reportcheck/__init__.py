"""check_report.py's pieces: the report tables and FIGURES.md (see tools/dataset/README.md)."""
