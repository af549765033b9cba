import pytest

from geodata.country_names import display_name, resolve


@pytest.mark.parametrize("name, iso3", [
    ("the Netherlands", "NLD"), ("Holland", "NLD"), ("Dutch", "NLD"), ("UK", "GBR"), ("Britain", "GBR"),
    ("US", "USA"), ("Italian", "ITA"), ("Prato", "ITA"), ("Stockholm", "SWE"), ("Kosovo", "XKX"),
    ("Ivory Coast", "CIV"), ("Turkey", "TUR"), ("Burma", "MMR"), ("U.K.", "GBR"), ("ITA", "ITA"),
    ("Italy", "ITA"), ("South Africa", "ZAF"),
])
def test_names_aliases_demonyms_and_cities_resolve_to_iso3(name, iso3):
    assert resolve(name) == iso3


def test_there_is_no_fuzzy_matching():
    assert resolve("Itly") is None
    assert resolve("Netherland") is None


def test_display_names_are_the_short_names_readers_know():
    assert [display_name(c) for c in ["NLD", "KOR", "IRN", "XKX"]] == ["Netherlands", "South Korea", "Iran", "Kosovo"]



def test_countries_are_named_as_readers_know_them_on_the_map_too(built):
    import json

    names = {f["properties"]["iso3"]: f["properties"]["name"]
             for f in json.loads((built / "map.geojson").read_text(encoding="utf-8"))["features"]}
    assert names["RUS"] == "Russia" and names["ATG"] == "Antigua and Barbuda" and names["VAT"] == "Vatican City"
    assert not [n for n in names.values() if n.endswith(".") or ", " in n]
