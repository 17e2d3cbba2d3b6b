"""Countries in their Russian forms, mapped to ISO 3166-1 alpha-2 codes: the public face of three modules.

`summitkit.lexicons.country_names` holds the gazetteer (CLDR's names via Babel, plus the short,
official and adjective forms news use), `summitkit.lexicons.country_mentions` finds those names in a
text, and `summitkit.lexicons.provinces` maps provinces to their state. Plugins import all of it from
here.
"""

from __future__ import annotations

from summitkit.lexicons.country_mentions import CountryMention, find_countries, names_unrecognised
from summitkit.lexicons.country_names import ADJECTIVES, COMBINING_FORMS, UNRECOGNISED_NAMES, country_code, lemma
from summitkit.lexicons.provinces import REGION_NAMES, REGION_STEMS, region_country

__all__ = [
    "ADJECTIVES",
    "COMBINING_FORMS",
    "REGION_NAMES",
    "REGION_STEMS",
    "UNRECOGNISED_NAMES",
    "CountryMention",
    "country_code",
    "find_countries",
    "lemma",
    "names_unrecognised",
    "region_country",
]
