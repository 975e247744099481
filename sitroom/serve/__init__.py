"""Faces of sitroom: the command line (and later the JSON API and web page)."""
