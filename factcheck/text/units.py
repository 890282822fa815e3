"""Units of measure: which words name them, what they measure, and how they convert.

A figure's unit is a CLDR unit id ("duration-hour", "length-kilometer", "area-hectare") or
one of ours for what CLDR does not measure: "people" (orang, jiwa, people) and "unit"
(unit, units). The words come from CLDR through babel (`factcheck.lang.cldr.unit_names`:
"jam", "hours", "km", "kilometers", "mph") and from the language tables (`unit_words`:
"hektar", "tons"). Units of one dimension with a fixed ratio convert ("3 km" is "3.000
meter"); a month or a year does not convert to days, nor degrees Celsius to Fahrenheit.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from factcheck.lang import cldr, tables

PEOPLE, UNIT = "people", "unit"

# unit id -> its size in the dimension's base unit (None: no fixed ratio to the others)
SIZES: dict[str, Decimal | None] = {
    "duration-second": Decimal(1), "duration-minute": Decimal(60), "duration-hour": Decimal(3600),
    "duration-day": Decimal(86400), "duration-week": Decimal(604800), "duration-month": None,
    "duration-year": None, "duration-decade": None, "duration-century": None,
    "length-millimeter": Decimal("0.001"), "length-centimeter": Decimal("0.01"), "length-meter": Decimal(1),
    "length-kilometer": Decimal(1000), "length-inch": Decimal("0.0254"), "length-foot": Decimal("0.3048"),
    "length-yard": Decimal("0.9144"), "length-mile": Decimal("1609.344"), "length-nautical-mile": Decimal(1852),
    "mass-gram": Decimal("0.001"), "mass-kilogram": Decimal(1), "mass-tonne": Decimal(1000),
    "mass-pound": Decimal("0.45359237"), "mass-ounce": Decimal("0.028349523125"),
    "area-square-meter": Decimal(1), "area-square-kilometer": Decimal(1_000_000), "area-hectare": Decimal(10_000),
    "area-acre": Decimal("4046.8564224"), "area-square-foot": Decimal("0.09290304"),
    "area-square-mile": Decimal("2589988.110336"),
    "volume-milliliter": Decimal("0.001"), "volume-liter": Decimal(1), "volume-cubic-meter": Decimal(1000),
    "volume-gallon": Decimal("3.785411784"), "volume-barrel": Decimal("158.987294928"),
    "speed-kilometer-per-hour": Decimal(1), "speed-mile-per-hour": Decimal("1.609344"), "speed-knot": Decimal("1.852"),
    "power-watt": Decimal(1), "power-kilowatt": Decimal(1000), "power-megawatt": Decimal(1_000_000),
    "power-gigawatt": Decimal(1_000_000_000),
    "energy-kilowatt-hour": Decimal(1), "energy-megawatt-hour": Decimal(1000),
    "temperature-celsius": None, "temperature-fahrenheit": None, "temperature-generic": None,
    PEOPLE: Decimal(1), UNIT: Decimal(1),
}


def dimension(unit: str) -> str:
    """What a unit measures: "duration", "length", … ("people" and "unit" their own)."""
    return unit.split("-", 1)[0]


def label(unit: str) -> str:
    """A unit as reports name it: "hour", "kilometer", "mile-per-hour", "people"."""
    return unit.split("-", 1)[1] if "-" in unit else unit


@cache
def unit_words(language: str = "auto") -> dict[str, str]:
    """Every word or abbreviation naming a unit (lower case) -> its unit id."""
    return cldr.unit_names(language, tuple(u for u in SIZES if "-" in u)) | dict(tables(language).unit_words)


def is_unit(unit: str | None) -> bool:
    """Is this one of the units of measure (not a currency, a share or nothing)?"""
    return unit in SIZES


def ratio(a: str, b: str) -> Decimal | None:
    """How many b one a is, when the two convert ("length-kilometer", "length-meter" -> 1000)."""
    if a == b:
        return Decimal(1)
    if dimension(a) != dimension(b) or SIZES.get(a) is None or SIZES.get(b) is None:
        return None
    return SIZES[a] / SIZES[b]


def compatible(a: str, b: str) -> bool:
    """Do two units measure one thing comparably: equal, convertible, or a generic degree
    against a scale of degrees?"""
    if ratio(a, b) is not None:
        return True
    return dimension(a) == dimension(b) == "temperature" and "temperature-generic" in (a, b)
