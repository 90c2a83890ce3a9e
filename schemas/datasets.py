"""pandera schemas of the raw rows of the structured datasets, as read: every cell is text (or missing), exactly
as the publisher wrote it. The column names of a schema class are the header the dataset must have (a changed
header is a source failure naming the missing / unexpected columns); each check has a readable name that a
quarantined row carries, and `CHECK_REASONS` says in words what it means.

A dataset mapping names its schema in the sources file (`[source.mapping] schema = "CbpDrugSeizures"`)."""
from __future__ import annotations

import re

import pandas as pd
import pandera.pandas as pa
import pycountry
from pandera.typing import Series

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
ISO3_CODES = frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}

_NUMBER = re.compile(r"^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$")
_INTEGRAL = re.compile(r"^\s*\d+(\.0+)?\s*$")

#: check name -> what a failure means, for quarantine rows and error messages.
CHECK_REASONS = {
    "fiscal_year_is_year": "the fiscal year is not a 4-digit year (optionally followed by ' (FYTD)')",
    "year_is_plausible": "the year is not a 4-digit year between 1900 and 2100",
    "month_is_known": "the month is not one of JAN..DEC",
    "count_is_non_negative_integer": "the count is not a whole number >= 0",
    "quantity_is_non_negative_number": "the quantity is not a number >= 0",
    "kilograms_is_non_negative_number": "the quantity in kg is not a number >= 0 (empty cells are allowed)",
    "event_id_is_number": "the event id is not a whole number",
    "iso3_is_known": "the country code is not a known ISO 3166-1 alpha-3 code",
    "label_is_present": "a label cell is empty",
    "not_nullable": "a required cell is empty",
}


def _matches(s: pd.Series, rx: re.Pattern) -> pd.Series:
    return s.map(lambda v: isinstance(v, str) and bool(rx.match(v))).astype(bool)


def _non_negative(s: pd.Series, *, integral: bool = False) -> pd.Series:
    ok = _matches(s, _INTEGRAL if integral else _NUMBER)
    return ok & (pd.to_numeric(s.where(ok), errors="coerce").fillna(-1) >= 0)


def _present(s: pd.Series) -> pd.Series:
    return s.map(lambda v: isinstance(v, str) and bool(v.strip())).astype(bool)


def _month_known(s: pd.Series) -> pd.Series:
    return s.map(lambda v: isinstance(v, str) and v.strip().upper() in MONTHS).astype(bool)


class _Raw(pa.DataFrameModel):
    class Config:
        strict = True      # the header is checked before: this only guards direct use of the schema
        coerce = False


class CbpDrugSeizures(_Raw):
    """CBP Nationwide Drug Seizures CSV: one row per FY x month x component x region x land filter x AOR x drug."""

    fy: Series[str] = pa.Field(alias="FY")
    month: Series[str] = pa.Field(alias="Month (abbv)")
    component: Series[str] = pa.Field(alias="Component")
    region: Series[str] = pa.Field(alias="Region")
    land_filter: Series[str] = pa.Field(alias="Land Filter")
    aor: Series[str] = pa.Field(alias="Area of Responsibility")
    drug_type: Series[str] = pa.Field(alias="Drug Type")
    count_of_event: Series[str] = pa.Field(alias="Count of Event")
    sum_qty_lbs: Series[str] = pa.Field(alias="Sum Qty (lbs)")

    @pa.check("FY", name="fiscal_year_is_year")
    def _fy(cls, s: Series[str]) -> Series[bool]:
        return _matches(s, re.compile(r"^\d{4}( \(FYTD\))?$"))

    @pa.check("Month (abbv)", name="month_is_known")
    def _month(cls, s: Series[str]) -> Series[bool]:
        return _month_known(s)

    @pa.check("Drug Type", "Area of Responsibility", "Component", name="label_is_present")
    def _labels(cls, s: Series[str]) -> Series[bool]:
        return _present(s)

    @pa.check("Count of Event", name="count_is_non_negative_integer")
    def _count(cls, s: Series[str]) -> Series[bool]:
        return _non_negative(s, integral=True)

    @pa.check("Sum Qty (lbs)", name="quantity_is_non_negative_number")
    def _qty(cls, s: Series[str]) -> Series[bool]:
        return _non_negative(s)


class CbpWeaponsSeizures(_Raw):
    """CBP Weapons and Ammunition Seizures CSV: one row per category line of one seizure event."""

    fiscal_year: Series[str] = pa.Field(alias="Fiscal Year")
    month: Series[str] = pa.Field(alias="Month (abbv)")
    component: Series[str] = pa.Field(alias="Component")
    region: Series[str] = pa.Field(alias="Region")
    aor: Series[str] = pa.Field(alias="Area of Responsibility")
    direction: Series[str] = pa.Field(alias="Inbound/Outbound")
    mode: Series[str] = pa.Field(alias="Mode of Transportation")
    seizure_type: Series[str] = pa.Field(alias="Seizure Type")
    category: Series[str] = pa.Field(alias="Category")
    event_id: Series[str] = pa.Field(alias="Event ID")
    quantity: Series[str] = pa.Field(alias="Quantity Seized")

    @pa.check("Fiscal Year", name="fiscal_year_is_year")
    def _fy(cls, s: Series[str]) -> Series[bool]:
        return _matches(s, re.compile(r"^\d{4}( \(FYTD\))?$"))

    @pa.check("Month (abbv)", name="month_is_known")
    def _month(cls, s: Series[str]) -> Series[bool]:
        return _month_known(s)

    @pa.check("Category", "Area of Responsibility", name="label_is_present")
    def _labels(cls, s: Series[str]) -> Series[bool]:
        return _present(s)

    @pa.check("Event ID", name="event_id_is_number")
    def _event(cls, s: Series[str]) -> Series[bool]:
        return _matches(s, _INTEGRAL)

    @pa.check("Quantity Seized", name="count_is_non_negative_integer")
    def _qty(cls, s: Series[str]) -> Series[bool]:
        return _non_negative(s, integral=True)


class UnodcDrugSeizures(_Raw):
    """UNODC World Drug Report annex table 7.1 (drug seizures by country, drug and year), sheet `Export`."""

    region: Series[str] = pa.Field(alias="Region")
    subregion: Series[str] = pa.Field(alias="SubRegion")
    country: Series[str] = pa.Field(alias="Country")
    drug_group: Series[str] = pa.Field(alias="DrugGroup")
    drug_subgroup: Series[str] = pa.Field(alias="DrugSubGroup", nullable=True)
    drug_name: Series[str] = pa.Field(alias="DrugName")
    reference_year: Series[str] = pa.Field(alias="Reference year")
    kilograms: Series[str] = pa.Field(alias="Kilograms", nullable=True)  # empty = not reported
    ms_code: Series[str] = pa.Field(alias="msCode")

    @pa.check("Reference year", name="year_is_plausible")
    def _year(cls, s: Series[str]) -> Series[bool]:
        ok = _matches(s, re.compile(r"^\d{4}(\.0+)?$"))
        years = pd.to_numeric(s.where(ok), errors="coerce")
        return ok & years.between(1900, 2100).fillna(False).astype(bool)

    @pa.check("Kilograms", name="kilograms_is_non_negative_number")
    def _kg(cls, s: Series[str]) -> Series[bool]:
        return s.isna() | _non_negative(s)

    @pa.check("msCode", name="iso3_is_known")
    def _iso3(cls, s: Series[str]) -> Series[bool]:
        return s.map(lambda v: isinstance(v, str) and v.strip().upper() in ISO3_CODES).astype(bool)

    @pa.check("DrugName", "Country", name="label_is_present")
    def _labels(cls, s: Series[str]) -> Series[bool]:
        return _present(s)


DATASET_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "CbpDrugSeizures": CbpDrugSeizures,
    "CbpWeaponsSeizures": CbpWeaponsSeizures,
    "UnodcDrugSeizures": UnodcDrugSeizures,
}


def columns_of(schema: type[pa.DataFrameModel]) -> list[str]:
    """The header a schema class describes, in its order."""
    return list(schema.to_schema().columns)
