"""The JSON Schemas: published copies up to date, and the claim schema agreeing with the parser."""

import jsonschema
import pytest
import yaml

from factcheck.claims.claimfile import read_claim_file
from factcheck.commands.schema import claims_schema

from helpers import ROOT, invoke  # noqa: E402


@pytest.mark.parametrize("name", ["claims", "report"])
def test_published_schema_is_current(name):
    published = (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert invoke("schema", name).stdout == published, (
        f"regenerate: factcheck schema {name} > schemas/{name}.schema.json")


def test_schemas_are_valid_draft_7():
    jsonschema.Draft7Validator.check_schema(claims_schema())


class Yaml12ish(yaml.SafeLoader):
    """Dates stay text, as in the YAML 1.2 that editors' language servers speak."""


Yaml12ish.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

CASES = {
    "bundled example": (ROOT / "claims" / "banten-bengkulu.yaml").read_text(encoding="utf-8"),
    "every kind": """\
source: [a, b]
language: id
claims:
  - {id: q, quote: "kata", speaker: X, ignore: Q301, reason: why}
  - {said: kata, speaker: X}
  - {date: 2025-10-24, context: c}
  - {figure: 70.000, context: c}
""",
    "empty claims": "claims:\n",
    "unknown key": "claims:\n  - qoute: kata\n",
    "two kinds": "claims:\n  - {quote: a, said: b, speaker: X}\n",
    "said without speaker": "claims:\n  - said: kata\n",
    "ignore without reason": "claims:\n  - {quote: a, ignore: [Q301]}\n",
    "unknown code": "claims:\n  - {quote: a, ignore: [Q999], reason: r}\n",
    "bad date": "claims:\n  - {date: 24/10/2025, context: c}\n",
    "no claims key": "source: a\n",
    "unknown file key": "claims: []\nsauce: a\n",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_schema_and_the_parser_agree(tmp_path, case):
    text = CASES[case]
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    parsed = read_claim_file(path, "c.yaml")
    parser_ok = not parsed.problems and not any(c.problems for c in parsed.claims)
    schema_ok = jsonschema.Draft7Validator(claims_schema()).is_valid(yaml.load(text, Loader=Yaml12ish))
    assert schema_ok == parser_ok
