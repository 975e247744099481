"""The spaCy pipeline, loaded once per process; exposes plain ``Annotations``.

The spaCy ``Doc`` returned here may be handed to ``extract`` (which reads the
parse) but never crosses a process boundary or reaches the store.
"""

from sitroom.nlp.pipeline import MODEL_NAME, annotate, annotate_many, load, model_version

__all__ = ["MODEL_NAME", "annotate", "annotate_many", "load", "model_version"]
