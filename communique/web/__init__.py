"""The web app and JSON API: ``create_app(db_path)`` (see :mod:`communique.web.app`)."""
