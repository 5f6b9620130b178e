"""Two ``stancemap ingest`` processes into one store at the same time (SQLite and a real
PostgreSQL server): every text stored once, no entity or proposition split in two."""

from __future__ import annotations

import random
import subprocess
import sys

from test_store_support import db_url, make_doc  # noqa: F401 - fixture

from stancemap.shards import write_shard
from stancemap.store import open_store

COUNTRIES = ["POL", "SVK", "EST", "USA", "DEU", "FRA", "HUN", "UKR"]
GIVEN = ["Anna", "Piotr", "Kaja", "Jan", "Maria", "Tomas", "Ilona", "Marek"]
ORGS = ["NATO", "European Union", "United Nations"]
LABELS = ["sending NATO troops to Ukraine", "troops of NATO sent to Ukraine",
          "lifting sanctions on Belarus", "lifting the sanctions on Belarus now"]
N = 300  # documents per ingest process


def person(k: int) -> tuple[str, str]:
    """Person ``k``: a full name with its own surname, and a country."""
    surname = "Kowal" + chr(97 + k // 26 % 26) + chr(97 + k % 26) + "ski"
    return f"{GIVEN[k % 8]} {surname}", COUNTRIES[k * 3 % 8]


def people_of(k: int) -> list[int]:
    """The people of the k-th document of a shard: new ones keep coming, so two processes
    at the same point of their shards meet the same new people at the same time."""
    return sorted({k // 2, (k + 1) // 2 + 1, (k * 7) % (N // 2)})


def _doc(shard: int, k: int):
    """Shard ``shard``'s document ``k``: its people (a full name with its country, or the
    surname alone), an organisation and a stance."""
    rnd = random.Random(k)
    names = [person(p) for p in people_of(k)]
    shown = [n if (rnd.random() < 0.6 or shard) else n.split()[-1] for n, _ in names]
    org, label = rnd.choice(ORGS), rnd.choice(LABELS)
    text = (f"Story {shard}-{k}. " + " ".join(f"{n} spoke." for n in shown)
            + f" {org} met. {shown[0]} backs {label}.")
    actors = [(n, "person", c if " " in n else None, n)
              for n, (_, c) in zip(shown, names, strict=True)]
    actors.append((org, "organization", None, org))
    return make_doc(f"d{shard}-{k}", text, actors=actors,
                    stances=[(shown[0], label, "support", f"backs {label}")])


def _ingest(shard: str, db: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "stancemap.cli", "ingest", shard, "--db", db,
                             "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_two_ingests_at_once_split_no_entity(db_url, tmp_path):  # noqa: F811
    # Each shard also holds every 10th document of the other: stored once all the same.
    a = write_shard([(_doc(0, k), None) for k in range(N)]
                    + [(_doc(1, k), None) for k in range(0, N, 10)], str(tmp_path / "a"))
    b = write_shard([(_doc(1, k), None) for k in range(N)]
                    + [(_doc(0, k), None) for k in range(0, N, 10)], str(tmp_path / "b"))
    open_store(db_url).close()  # the schema first, as a deployment would
    procs = [_ingest(a, db_url), _ingest(b, db_url)]
    for p in procs:
        _, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
    db = open_store(db_url)
    assert db.scalar("SELECT COUNT(*) FROM documents") == 2 * N
    assert db.scalar("SELECT COUNT(DISTINCT content_hash) FROM documents") == 2 * N
    people = db.fetchall("SELECT name, country FROM entities WHERE kind = 'person'")
    want = {person(p) for k in range(N) for p in people_of(k)}
    assert len(people) == len(want)  # one entity each ...
    assert set(people) == want  # ... with the full name and the country
    assert db.scalar("SELECT COUNT(*) FROM entities WHERE kind = 'organization'") == 3
    assert db.scalar("SELECT COUNT(*) FROM propositions") == 2
    # every person mentioned is linked to the entity of its surname
    wrong = db.scalar("SELECT COUNT(*) FROM doc_actors a JOIN entities e ON e.id = a.entity_id "
                      "WHERE a.kind = 'person' AND e.name NOT LIKE '%' || a.name")
    assert wrong == 0
    db.close()
