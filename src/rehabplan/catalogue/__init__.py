"""
The exercise catalogue: common rehab exercises by id, with their instructions.

rehabplan ships a catalogue of stretches, strengthening, activation, soft-tissue
release, nerve glides, balance and mobility exercises across the body, each with
an id, a name, a category, a body region, the equipment it needs and numbered
instructions written for rehabplan.
Programme files refer to them by id; a user's catalogue file (a TOML or JSON
table with the same keys) adds exercises or replaces shipped ones by id.

>>> catalogue = default_catalogue()
>>> catalogue.get("calf-stretch-straight-knee").name
'Calf stretch, straight knee'
>>> [e.id for e in catalogue.search("heel drop")][:2]
['eccentric-heel-drop-bent-knee', 'eccentric-heel-drop-straight-knee']

The catalogue data is read from the package once, when it is first used.
"""

from rehabplan.catalogue._catalogue import (
    Catalogue,
    catalogue_schema,
    default_catalogue,
    load_catalogue,
)
from rehabplan.catalogue._entry import CATEGORIES, ENTRY_KEYS, REGIONS, CatalogueEntry

__all__ = [
    "CATEGORIES",
    "ENTRY_KEYS",
    "REGIONS",
    "Catalogue",
    "CatalogueEntry",
    "catalogue_schema",
    "default_catalogue",
    "load_catalogue",
]
