"""Setting up a sharded PostgreSQL index: `factcheck index init --shard URL --shard URL …`.

The coordinator (the database `index` names) keeps `meta`, `documents` and `files`; its
`postings` is a table partitioned by hash of the gram, one partition per shard, each a
`postgres_fdw` foreign table on that shard's server, where a plain `factcheck.postings`
holds the rows. Queries go to the coordinator, which asks every shard at once
(`async_capable`); writers load each shard directly (`factcheck.sources.index.postgres`).
This needs a superuser on the coordinator once (postgres_fdw and the operator class are
created); the shards need only a user that may create a schema.

The same layout on Citus: docs/index.md.
"""

from __future__ import annotations

import json

from factcheck.sources.index.location import IndexUnavailable, redacted
from factcheck.sources.index.postgres import (LAYOUT_VERSION, POSTINGS, POSTINGS_INDEX, SCHEMA, TABLES, _reason,
                                              connect, psycopg)
from factcheck.sources.index.grams import fingerprint

# An identity hash: the gram is already a uniform 64-bit hash, so the shard of a gram is a
# sum and a remainder that a writer computes without asking the server.
GRAM_OPS = f"""
CREATE FUNCTION {SCHEMA}.gram_hash(value bigint, seed bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT value';
CREATE OPERATOR CLASS {SCHEMA}.gram_ops FOR TYPE bigint USING hash AS
    OPERATOR 1 =, FUNCTION 2 {SCHEMA}.gram_hash(bigint, bigint);
"""
_SHARD_KEYS = ("host", "port", "dbname", "user")  # what is recorded of a shard: never its password


def init_sharded(url: str, shard_urls: list[str]) -> None:
    """Create an empty index at `url` whose postings are spread over `shard_urls` (in this
    order: partition i is shard i). Refuses an index that exists already."""
    if psycopg is None:
        connect(url)  # raises the message saying what to install
    from psycopg.conninfo import conninfo_to_dict

    if len(shard_urls) < 2:
        raise IndexUnavailable("a sharded index needs at least two shards")
    shards = [conninfo_to_dict(u) for u in shard_urls]
    try:
        with connect(url) as db:
            if db.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.meta",)).fetchone()[0]:
                raise IndexUnavailable(f"{redacted(url)} already holds an index (schema {SCHEMA!r}); "
                                       "drop it first to lay it out again")
            for shard_url in shard_urls:
                with connect(shard_url) as shard:
                    shard.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
                    shard.execute(f"DROP TABLE IF EXISTS {SCHEMA}.postings")
                    shard.execute(POSTINGS)
                    shard.execute(POSTINGS_INDEX)
            with db.transaction():
                db.execute("CREATE EXTENSION IF NOT EXISTS postgres_fdw")
                db.execute(f"CREATE SCHEMA {SCHEMA}")
                db.execute(TABLES)
                db.execute(GRAM_OPS)
                db.execute(f"CREATE TABLE {SCHEMA}.postings (gram bigint NOT NULL, document bigint NOT NULL) "
                           f"PARTITION BY HASH (gram {SCHEMA}.gram_ops)")
                for i, shard in enumerate(shards):
                    server = f"{SCHEMA}_shard_{i}"
                    db.execute(f"DROP SERVER IF EXISTS {server} CASCADE")
                    options = ", ".join(f"{key} {_literal(shard[key])}" for key in ("host", "port", "dbname")
                                        if shard.get(key))
                    db.execute(f"CREATE SERVER {server} FOREIGN DATA WRAPPER postgres_fdw OPTIONS ({options}, "
                               "fetch_size '10000', async_capable 'true')")
                    login = ", ".join(f"{key} {_literal(shard[key])}" for key in ("user", "password")
                                      if shard.get(key))
                    db.execute(f"CREATE USER MAPPING FOR CURRENT_USER SERVER {server}"
                               + (f" OPTIONS ({login})" if login else ""))
                    db.execute(f"CREATE FOREIGN TABLE {SCHEMA}.postings_{i} PARTITION OF {SCHEMA}.postings "
                               f"FOR VALUES WITH (MODULUS {len(shards)}, REMAINDER {i}) SERVER {server} "
                               f"OPTIONS (schema_name '{SCHEMA}', table_name 'postings')")
                recorded = [{k: s[k] for k in _SHARD_KEYS if s.get(k)} for s in shards]
                db.cursor().executemany(f"INSERT INTO {SCHEMA}.meta VALUES (%s, %s)", [
                    ("layout", LAYOUT_VERSION), ("grams", fingerprint()), ("shards", json.dumps(recorded)),
                    ("postings", "0")])
    except psycopg.Error as exc:
        raise IndexUnavailable(f"cannot lay out the index {redacted(url)}: {_reason(exc)}") from None


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
