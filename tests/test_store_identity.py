"""Cross-document identity in the real store: same-named bodies of different countries stay
apart, and one person is never stored under two types (issue #10)."""

from __future__ import annotations

from test_store_support import db_url, make_doc  # noqa: F401 - fixture

from stancemap.store import Store


def _entities(st: Store) -> list[tuple[str, str, str | None]]:
    return [tuple(r) for r in st.db.fetchall(
        "SELECT name, kind, country FROM entities WHERE kind <> 'country' ORDER BY id")]


def _court_doc(doc_id: str, country: str | None, where: str) -> object:
    text = f"The Constitutional Court ruled on the law in {where}."
    return make_doc(doc_id, text,
                    actors=[("Constitutional Court", "organization", country,
                             "Constitutional Court")])


def test_same_named_courts_of_two_countries_stay_apart(db_url):  # noqa: F811
    st = Store(db_url)
    st.add(_court_doc("de", "DEU", "Karlsruhe"))
    st.add(_court_doc("pl", "POL", "Warsaw"))
    st.add(_court_doc("de2", "DEU", "Karlsruhe again"))
    assert sorted(_entities(st)) == [("Constitutional Court", "organization", "DEU"),
                                     ("Constitutional Court", "organization", "POL")]
    # Each document's court is its own country's entity.
    rows = dict(st.db.fetchall(
        "SELECT d.doc_id, e.country FROM doc_actors a JOIN documents d ON d.id = a.document_id "
        "JOIN entities e ON e.id = a.entity_id"))
    assert rows == {"de": "DEU", "pl": "POL", "de2": "DEU"}
    # Ambiguous now: a country-less mention joins neither.
    st.add(_court_doc("x", None, "an unnamed country"))
    assert len(_entities(st)) == 3
    st.close()


def test_country_less_body_joins_the_single_candidate(db_url):  # noqa: F811
    st = Store(db_url)
    st.add(_court_doc("none1", None, "a capital"))
    st.add(_court_doc("de", "DEU", "Karlsruhe"))  # the country-less entity takes DEU
    st.add(_court_doc("none2", None, "another capital"))  # one candidate: joins it
    assert _entities(st) == [("Constitutional Court", "organization", "DEU")]
    st.add(_court_doc("pl", "POL", "Warsaw"))
    assert len(_entities(st)) == 2
    st.close()


def _trump_doc(doc_id: str, kind: str, extra: str) -> object:
    text = f"Donald Trump said {extra}."
    return make_doc(doc_id, text, actors=[("Donald Trump", kind, "USA", "Donald Trump")],
                    stances=[("Donald Trump", "tariffs on imports", "support", f"said {extra}")])


def test_person_then_organisation_is_one_person(db_url):  # noqa: F811
    st = Store(db_url)
    st.add(_trump_doc("p", "person", "tariffs work"))
    st.add(_trump_doc("o", "organization", "tariffs help"))
    assert _entities(st) == [("Donald Trump", "person", "USA")]
    assert st.db.scalar("SELECT COUNT(DISTINCT entity_id) FROM doc_actors") == 1
    st.close()


def test_organisation_then_person_is_retyped_to_the_person(db_url):  # noqa: F811
    st = Store(db_url)
    st.add(_trump_doc("o", "organization", "tariffs help"))
    st.add(_trump_doc("p", "person", "tariffs work"))
    st.add(_trump_doc("o2", "organization", "tariffs pay"))
    assert _entities(st) == [("Donald Trump", "person", "USA")]
    assert st.db.scalar("SELECT COUNT(DISTINCT entity_id) FROM doc_actors") == 1
    # Another writer's index learns the retyped entity through the identity clock.
    other = Store(db_url)
    other.add(_trump_doc("p2", "person", "tariffs win"))
    assert len(_entities(other)) == 1
    st.close()
    other.close()


def test_bare_surname_and_other_given_name_never_cross_types(db_url):  # noqa: F811
    st = Store(db_url)
    st.add(_trump_doc("p", "person", "tariffs work"))
    text = "Trump Media and Eric Trump said tariffs hurt."
    st.add(make_doc("o", text, actors=[("Trump Media", "organization", "USA", "Trump Media"),
                                       ("Eric Trump", "organization", "USA", "Eric Trump")]))
    kinds = sorted((n, k) for n, k, _ in _entities(st))
    assert kinds == [("Donald Trump", "person"), ("Eric Trump", "organization"),
                     ("Trump Media", "organization")]
    st.close()


def test_body_stored_before_country_keys_is_still_found(db_url):  # noqa: F811
    st = Store(db_url)
    st.add(_court_doc("de", "DEU", "Karlsruhe"))
    with st.db.transaction():
        st.db.execute("UPDATE entities SET key = 'constitutional court' "
                      "WHERE kind = 'organization'")
    st.close()
    again = Store(db_url)  # loads the old-style key
    again.add(_court_doc("de2", "DEU", "Karlsruhe again"))
    again.add(_court_doc("pl", "POL", "Warsaw"))
    assert sorted(c for _, _, c in _entities(again)) == ["DEU", "POL"]
    again.close()


def test_reanalysis_keeps_an_ambiguous_mention_where_it_was(db_url):  # noqa: F811
    st = Store(db_url)
    st.add(_court_doc("de", "DEU", "Karlsruhe"))
    none = _court_doc("none", None, "a capital")
    st.add(none)  # one candidate: joins the German court
    st.add(_court_doc("pl", "POL", "Warsaw"))
    assert st.add(none, replace=True)[0] == "replaced"  # two candidates now: stays put
    assert sorted(c for _, _, c in _entities(st)) == ["DEU", "POL"]
    st.close()
