"""Every address in one place: the site address, the language rule, feeds, short links, downloads."""

from __future__ import annotations

from quanyi import urls


def test_site_url_is_read_as_plain_yaml_despite_renderer_tags(tmp_path, monkeypatch):
    monkeypatch.delenv(urls.ENV, raising=False)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nsite_url: https://quanyi.example.org\n"
        "extra:\n  key: !ENV [KEY, none]\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n",
        encoding="utf-8")
    assert urls.site_url(tmp_path) == "https://quanyi.example.org/"
    assert urls.configured_site_url(tmp_path) == ("https://quanyi.example.org", 2)


def test_environment_overrides_the_config(tmp_path, monkeypatch):
    (tmp_path / "mkdocs.yml").write_text("site_url: https://quanyi.example.org/\n", encoding="utf-8")
    monkeypatch.setenv(urls.ENV, "https://laodong.example.cn")
    assert urls.site_url(tmp_path) == "https://laodong.example.cn/"


def test_missing_address_is_a_recognised_placeholder(tmp_path, monkeypatch):
    monkeypatch.delenv(urls.ENV, raising=False)
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    assert urls.site_url(tmp_path) == urls.PLACEHOLDER and urls.is_placeholder(urls.PLACEHOLDER)


def test_placeholders():
    for url in ("https://quanyi.example.org/", "http://localhost:8000/", "https://example.com", "ftp://q.cn/", "/"):
        assert urls.is_placeholder(url), url
    for url in ("https://quanyi.org.cn/", "https://laodong.gov.cn/"):
        assert not urls.is_placeholder(url), url


def test_language_rule_zh_at_the_root_en_below():
    assert urls.edition_path("zh", "beijing") == "beijing/"
    assert urls.edition_path("en", "beijing", "wages") == "en/beijing/wages/"
    assert urls.edition_path("en", "beijing", "index") == "en/beijing/"
    assert urls.edition_url("https://q.example.org/", "zh", "beijing") == "https://q.example.org/beijing/"
    assert urls.edition_url("https://q.example.org", "en", "beijing") == "https://q.example.org/en/beijing/"
    assert urls.page_url("https://q.cn/", "en", "gansu", "whats-new") == "https://q.cn/en/gansu/whats-new/"
    assert urls.feed_url("https://q.cn/", "zh", "gansu") == "https://q.cn/gansu/feed.xml"


def test_short_links_are_stable_and_unambiguous():
    key = urls.short_key("beijing", "beijing-minimum-wage-2025")
    assert key == urls.short_key("beijing", "beijing-minimum-wage-2025")
    assert len(key) == urls.KEY_LENGTH and not set(key) & set("01lo")
    assert urls.short_path("en", "beijing", "x") == f"en/u/{urls.short_key('beijing', 'x')}/"


def test_download_names():
    assert urls.download_path("gansu", "en", "booklet") == "downloads/gansu-en-booklet.pdf"
    assert urls.download_name("gansu", "zh", "offline") == "gansu-zh-offline.zip"
