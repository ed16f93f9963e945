"""Storage of the review queue (SQLAlchemy; SQLite by default, PostgreSQL by URL).

All database access of the program goes through this package. It never imports Qt.
"""
