"""Nothing the kit does at run time reaches the network: sockets are blocked for these tests."""

from __future__ import annotations

import socket
from pathlib import Path

import polars as pl
import pytest
import pytest_socket

import kit
import kit.charts as kc


@pytest.fixture
def no_network():
    # urllib3 (used by trafilatura) opens a local IPv6 socket at import to see whether IPv6 exists;
    # that probe touches no network, so import it before sockets are blocked
    import trafilatura  # noqa: F401

    pytest_socket.disable_socket(allow_unix_socket=True)
    try:
        yield
    finally:
        pytest_socket.enable_socket()


def test_sockets_really_are_blocked(no_network: None) -> None:
    with pytest.raises(pytest_socket.SocketBlockedError):
        socket.create_connection(("127.0.0.1", 9))


def test_textstat_counts_syllables_from_cmudict_offline(no_network: None) -> None:
    import textstat

    # CMUdict, not the pyphen fallback: pyphen hyphenates "area" and "idea" as one piece (1 syllable),
    # CMUdict says 3; textstat 0.7.9+ would try to download CMUdict through NLTK here and fail
    assert textstat.syllable_count("area") == 3
    assert textstat.syllable_count("idea") == 3
    assert textstat.syllable_count("cooperation") == 5
    score = textstat.flesch_reading_ease("The cease-fire held on Thursday. Nobody was hurt.")
    assert 0 < score < 120


def test_kit_pipeline_and_chart_export_offline(no_network: None, tmp_path: Path) -> None:
    docs = kit.load(Path(__file__).resolve().parents[1] / "data" / "sample")
    sents, toks = kit.segment(docs)
    chart = kc.sentence_lengths(sents, tokens=toks)
    written = kc.save(chart, tmp_path / "chart")
    assert written["png"].stat().st_size > 1000
    assert "<svg" in written["svg"].read_text()
    html = written["html"].read_text()
    assert "https://cdn" not in html and "vegaEmbed" in html  # Vega inlined, no CDN
    assert pl.read_csv(written["csv"]).height == sents.height


def test_html_extraction_offline(no_network: None) -> None:
    page = "<html><body><article>" + "<p>Real article text goes here, sentence after sentence.</p>" * 10
    page += "</article></body></html>"
    docs = kit.load(pl.DataFrame({"doc_id": ["x"], "text": ["plain"]}))
    assert docs.height == 1
    from kit.corpus import extract_html

    assert "Real article text" in (extract_html(page)["text"] or "")
