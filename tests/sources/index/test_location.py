"""Index URLs: which name a server, and how messages show them (never with a password)."""

import pytest

from factcheck.sources.index.location import check, is_server, redacted


@pytest.mark.parametrize("url, shown", [
    ("postgresql://editor:s3cret@db.example:5432/archive", "postgresql://editor:***@db.example:5432/archive"),
    ("postgresql://editor@db.example/archive?password=s3cret&sslmode=require",
     "postgresql://editor@db.example/archive?password=***&sslmode=require"),
    ("postgres://db.example/archive", "postgres://db.example/archive"),
    ("postgresql://u:p%40ss@[::1]:5432/a#fragment", "postgresql://u:***@[::1]:5432/a"),
])
def test_redacted_hides_every_password(url, shown):
    assert redacted(url) == shown


def test_only_postgresql_urls_name_a_server():
    assert is_server("postgresql://h/db") and is_server("postgres://h/db")
    assert not is_server(None) and not is_server("") and not is_server("/var/index.sqlite3")
    with pytest.raises(ValueError, match="must be a postgresql://") as error:
        check("mysql://root:hunter2@db/x")
    assert "hunter2" not in str(error.value)
