"""Resolution: participant spans -> actors, toponyms -> places, time expressions -> dates."""

from sitroom.resolve.actors import document_resolver
from sitroom.resolve.events import events
from sitroom.resolve.places import event_location, places
from sitroom.resolve.times import event_date, times

__all__ = ["document_resolver", "event_date", "event_location", "events", "places", "times"]
