import pytest

from factcheck.sources.library import read_source

from factcheck.text.document import Source

ENGLISH = """\
---
title: Indonesia and Vietnam sign rice deal
published: 2025-10-25
language: en
---
JAKARTA - Indonesia and Vietnam signed a rice supply agreement on Friday, Oct. 24, 2025, officials said.
The deal covers 1.5 million tonnes of rice at US$450 per tonne, a price 3% below last year's.
Inflation rose 0.2 percentage points to 2.35% in September.
The trade minister visited the port of Tanjung Priok yesterday.
The first shipment will leave next Friday, the ministry said.
A committee met on Thursday (10/23/2025) to review the quotas.
The ministry's audit found 1,250 tonnes missing from the warehouse.
Unemployment fell by 0.5 percentage points.
"""


@pytest.fixture
def english(tmp_path) -> Source:
    """A short English article with a published date."""
    path = tmp_path / "rice-deal.md"
    path.write_text(ENGLISH, encoding="utf-8")
    return read_source(path)
