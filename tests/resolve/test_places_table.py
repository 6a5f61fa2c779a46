"""Place mentions as written in the dev corpus (../shared/eval/dev), resolved against the shipped gazetteer.

Each row is a short mention phrase from a dev article, with the place an analyst puts on the map:
name, admin1, country and a reference point (the settlement's centre; for a region, its capital, which
the region's point must lie near). Reference points are independent of the gazetteer's own data.
"""
from __future__ import annotations

import math

import pytest

from warwire.resolve.places import Gazetteer

# mention, name, admin1, country, precision, lat, lon
S = "settlement"
A = "admin1"
TABLE: list[tuple[str, str, str | None, str, str, float, float]] = [
    ("Kherson", "Kherson", "Kherson Oblast", "UA", S, 46.636, 32.617),
    ("the southern city of Kherson", "Kherson", "Kherson Oblast", "UA", S, 46.636, 32.617),
    ("Kyiv", "Kyiv", "Kyiv", "UA", S, 50.450, 30.524),
    ("central Kyiv", "Kyiv", "Kyiv", "UA", S, 50.450, 30.524),
    ("the capital Kyiv", "Kyiv", "Kyiv", "UA", S, 50.450, 30.524),
    ("Mykolaiv", "Mykolaiv", "Mykolaiv Oblast", "UA", S, 46.975, 31.995),
    ("Odesa", "Odesa", "Odesa Oblast", "UA", S, 46.482, 30.723),
    ("Kharkiv", "Kharkiv", "Kharkiv Oblast", "UA", S, 49.993, 36.231),
    ("Lviv", "Lviv", "Lviv Oblast", "UA", S, 49.839, 24.030),
    ("Dnipro", "Dnipro", "Dnipropetrovsk Oblast", "UA", S, 48.465, 35.046),
    ("Dnipropetrovsk", "Dnipro", "Dnipropetrovsk Oblast", "UA", S, 48.465, 35.046),
    ("Zaporizhzhia", "Zaporizhzhia", "Zaporizhzhia Oblast", "UA", S, 47.838, 35.139),
    ("central city of Cherkasy", "Cherkasy", "Cherkasy Oblast", "UA", S, 49.444, 32.060),
    ("Sumy", "Sumy", "Sumy Oblast", "UA", S, 50.907, 34.798),
    ("Zhytomyr", "Zhytomyr", "Zhytomyr Oblast", "UA", S, 50.254, 28.658),
    ("Vinnytsia", "Vinnytsia", "Vinnytsia Oblast", "UA", S, 49.233, 28.468),
    ("Chernihiv", "Chernihiv", "Chernihiv Oblast", "UA", S, 51.498, 31.289),
    ("Khmelnytskyi", "Khmelnytskyi", "Khmelnytskyi Oblast", "UA", S, 49.422, 26.987),
    ("Kremenchuk", "Kremenchuk", "Poltava Oblast", "UA", S, 49.066, 33.410),
    ("Kramatorsk", "Kramatorsk", "Donetsk Oblast", "UA", S, 48.723, 37.556),
    ("Sloviansk", "Sloviansk", "Donetsk Oblast", "UA", S, 48.866, 37.616),
    ("Pokrovsk", "Pokrovsk", "Donetsk Oblast", "UA", S, 48.282, 37.176),
    ("Vuhledar", "Vuhledar", "Donetsk Oblast", "UA", S, 47.779, 37.248),
    ("Vovchansk", "Vovchansk", "Kharkiv Oblast", "UA", S, 50.291, 36.941),
    ("Kupyansk", "Kupiansk", "Kharkiv Oblast", "UA", S, 49.710, 37.615),
    ("Kupiansk", "Kupiansk", "Kharkiv Oblast", "UA", S, 49.710, 37.615),
    ("Lyman", "Lyman", "Donetsk Oblast", "UA", S, 48.989, 37.808),
    ("Kostyantynivka", "Kostiantynivka", "Donetsk Oblast", "UA", S, 48.527, 37.707),
    ("Gulyaypole", "Huliaipole", "Zaporizhzhia Oblast", "UA", S, 47.664, 36.256),
    ("Lysychansk", "Lysychansk", "Luhansk Oblast", "UA", S, 48.904, 38.442),
    ("Lugansk", "Luhansk", "Luhansk Oblast", "UA", S, 48.574, 39.307),
    ("Orikhiv", "Orikhiv", "Zaporizhzhia Oblast", "UA", S, 47.567, 35.785),
    ("Pryluky", "Pryluky", "Chernihiv Oblast", "UA", S, 50.593, 32.387),
    ("Synelnykove", "Synelnykove", "Dnipropetrovsk Oblast", "UA", S, 48.318, 35.517),
    # a village GeoNames has no point for: the raion centre (Volnovakha), at raion precision
    ("Rozdolne in the southern part of Ukraine's Donbas region", "Rozdolne", "Donetsk Oblast", "UA", "raion",
     47.601, 37.497),
    ("Moscow", "Moscow", "Moscow", "RU", S, 55.756, 37.617),
    ("Smolensk", "Smolensk", "Smolensk Oblast", "RU", S, 54.782, 32.045),
    ("Votkinsk", "Votkinsk", "Udmurtia", "RU", S, 57.051, 53.987),
    ("St. Petersburg", "Saint Petersburg", "Saint Petersburg", "RU", S, 59.934, 30.335),
    ("in Samara", "Samara", "Samara Oblast", "RU", S, 53.195, 50.100),
    ("Siem Reap", "Siem Reap", None, "KH", S, 13.362, 103.860),
    ("SIEM REAP", "Siem Reap", None, "KH", S, 13.362, 103.860),
    ("Warsaw", "Warsaw", None, "PL", S, 52.230, 21.011),
    ("Geneva", "Geneva", None, "CH", S, 46.204, 6.143),
    ("Brussels", "Brussels", None, "BE", S, 50.850, 4.352),
    ("Munich", "Munich", None, "DE", S, 48.137, 11.575),
    ("Tehran", "Tehran", None, "IR", S, 35.689, 51.389),
    ("Abu Dhabi", "Abu Dhabi", None, "AE", S, 24.453, 54.377),
    # regions: the point must lie within REGION_KM of the capital given
    ("Kherson region", "Kherson Oblast", "Kherson Oblast", "UA", A, 46.636, 32.617),
    ("Mykolaiv region", "Mykolaiv Oblast", "Mykolaiv Oblast", "UA", A, 46.975, 31.995),
    ("the Rostov border region", "Rostov Oblast", "Rostov Oblast", "RU", A, 47.222, 39.720),
    ("Zaporizhzhia region", "Zaporizhzhia Oblast", "Zaporizhzhia Oblast", "UA", A, 47.838, 35.139),
    ("eastern Donetsk region", "Donetsk Oblast", "Donetsk Oblast", "UA", A, 48.015, 37.802),
    ("the Kharkiv region", "Kharkiv Oblast", "Kharkiv Oblast", "UA", A, 49.993, 36.231),
    ("Odesa region", "Odesa Oblast", "Odesa Oblast", "UA", A, 46.482, 30.723),
    ("the Lviv region", "Lviv Oblast", "Lviv Oblast", "UA", A, 49.839, 24.030),
    ("the Kyiv region", "Kyiv Oblast", "Kyiv Oblast", "UA", A, 50.450, 30.524),
    ("the Zhytomyr region", "Zhytomyr Oblast", "Zhytomyr Oblast", "UA", A, 50.254, 28.658),
    ("Vinnytsia region", "Vinnytsia Oblast", "Vinnytsia Oblast", "UA", A, 49.233, 28.468),
    ("Khmelnytskyi region", "Khmelnytskyi Oblast", "Khmelnytskyi Oblast", "UA", A, 49.422, 26.987),
    ("the Dnipropetrovsk region", "Dnipropetrovsk Oblast", "Dnipropetrovsk Oblast", "UA", A, 48.465, 35.046),
    ("Kursk region", "Kursk Oblast", "Kursk Oblast", "RU", A, 51.730, 36.193),
    ("Novgorod region", "Novgorod Oblast", "Novgorod Oblast", "RU", A, 58.522, 31.275),
    ("Kherson regions", "Kherson Oblast", "Kherson Oblast", "UA", A, 46.636, 32.617),
    ("Lugansk province", "Luhansk Oblast", "Luhansk Oblast", "UA", A, 48.574, 39.307),
    ("Crimea", "Crimea", "Crimea", "UA", A, 44.952, 34.102),
    ("Tatarstan", "Tatarstan", "Tatarstan", "RU", A, 55.796, 49.106),
    ("Udmurtia", "Udmurtia", "Udmurtia", "RU", A, 56.852, 53.205),
    ("Donbas region", "Donbas", None, "UA", "region", 48.015, 37.802),
    ("the Black Sea", "Black Sea", None, "", "region", 43.4, 34.3),
    ("Russia", "Russia", None, "RU", "country", 55.756, 37.617),
    ("Ukraine", "Ukraine", None, "UA", "country", 50.450, 30.524),
    ("Poland", "Poland", None, "PL", "country", 52.230, 21.011),
    ("US", "United States", None, "US", "country", 38.907, -77.037),
]
SETTLEMENT_KM = 10
REGION_KM = 200  # a region's point is its settlements' mean: inside it, near its middle
COUNTRY_KM = 1500


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def check(row: tuple[str, str, str | None, str, str, float, float]) -> str | None:
    """None when the mention resolves right, else what went wrong."""
    mention, name, admin1, country, precision, lat, lon = row
    loc = Gazetteer.default().resolve(mention)
    if loc is None:
        return f"{mention!r}: not found"
    got = (loc.name, loc.admin1, loc.country or "", loc.precision)
    if got != (name, admin1, country, precision):
        return f"{mention!r}: got {got}, want {(name, admin1, country, precision)}"
    limit = {S: SETTLEMENT_KM, "raion": SETTLEMENT_KM, "country": COUNTRY_KM}.get(precision, REGION_KM)
    d = km((loc.lat or 0.0, loc.lon or 0.0), (lat, lon))
    if d > limit:
        return f"{mention!r}: {d:.0f} km from the reference point (limit {limit})"
    return None


def test_table_is_big_enough() -> None:
    assert len(TABLE) >= 60


def test_at_least_95_percent_of_dev_mentions_resolve_right() -> None:
    misses = [m for m in (check(r) for r in TABLE) if m]
    accuracy = 1 - len(misses) / len(TABLE)
    assert accuracy >= 0.95, "\n".join(misses)


@pytest.mark.parametrize("mention", ["Kherson", "Kyiv", "Mykolaiv region", "the Rostov border region", "Siem Reap",
                                     "Rozdolne in the southern part of Ukraine's Donbas region"])
def test_seed_places_are_exactly_right(mention: str) -> None:
    row = next(r for r in TABLE if r[0] == mention)
    assert check(row) is None
