"""Province data: ``handbooks/provinces/<code>/province.yml``, its schema and loader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from quanyi.content import schema as s
from quanyi.content.model import Province, Regulation
from quanyi.content.yamlfile import load
from quanyi.problems import Problems

# The 31 provincial-level divisions of mainland China, by their pinyin codes.
DIVISIONS = {
    "beijing": ("北京市", "Beijing"), "tianjin": ("天津市", "Tianjin"),
    "hebei": ("河北省", "Hebei"), "shanxi": ("山西省", "Shanxi"),
    "neimenggu": ("内蒙古自治区", "Inner Mongolia"), "liaoning": ("辽宁省", "Liaoning"),
    "jilin": ("吉林省", "Jilin"), "heilongjiang": ("黑龙江省", "Heilongjiang"),
    "shanghai": ("上海市", "Shanghai"), "jiangsu": ("江苏省", "Jiangsu"),
    "zhejiang": ("浙江省", "Zhejiang"), "anhui": ("安徽省", "Anhui"),
    "fujian": ("福建省", "Fujian"), "jiangxi": ("江西省", "Jiangxi"),
    "shandong": ("山东省", "Shandong"), "henan": ("河南省", "Henan"),
    "hubei": ("湖北省", "Hubei"), "hunan": ("湖南省", "Hunan"),
    "guangdong": ("广东省", "Guangdong"), "guangxi": ("广西壮族自治区", "Guangxi"),
    "hainan": ("海南省", "Hainan"), "chongqing": ("重庆市", "Chongqing"),
    "sichuan": ("四川省", "Sichuan"), "guizhou": ("贵州省", "Guizhou"),
    "yunnan": ("云南省", "Yunnan"), "xizang": ("西藏自治区", "Tibet"),
    "shaanxi": ("陕西省", "Shaanxi"), "gansu": ("甘肃省", "Gansu"),
    "qinghai": ("青海省", "Qinghai"), "ningxia": ("宁夏回族自治区", "Ningxia"),
    "xinjiang": ("新疆维吾尔自治区", "Xinjiang"),
}

# The seven geographic regions (七大地理分区) in which people look for a province, and their order.
REGIONS = {
    "north": (("华北", "North"), ("beijing", "tianjin", "hebei", "shanxi", "neimenggu")),
    "northeast": (("东北", "Northeast"), ("liaoning", "jilin", "heilongjiang")),
    "east": (("华东", "East"), ("shanghai", "jiangsu", "zhejiang", "anhui", "fujian", "jiangxi", "shandong")),
    "central": (("华中", "Central"), ("henan", "hubei", "hunan")),
    "south": (("华南", "South"), ("guangdong", "guangxi", "hainan")),
    "southwest": (("西南", "Southwest"), ("chongqing", "sichuan", "guizhou", "yunnan", "xizang")),
    "northwest": (("西北", "Northwest"), ("shaanxi", "gansu", "qinghai", "ningxia", "xinjiang")),
}

STATUSES = ("confirmed", "to-be-confirmed")

WAGE_TIERS = s.Map({
    "status": s.Field(s.OneOf(STATUSES)),
    "effective": s.Field(s.Nullable(s.Date())),
    "reviewed": s.Field(s.Nullable(s.Date())),  # null until someone has checked the figures
    "source": s.Field(s.Nullable(s.Map({
        "title": s.Field(s.Str()),
        "url": s.Field(s.Nullable(s.Url()), required=False),
    }))),
    "tiers": s.Field(s.List(s.Map({
        "area": s.Field(s.lang_text()),
        "monthly": s.Field(s.Nullable(s.Number())),
        "hourly": s.Field(s.Nullable(s.Number())),
        # the cities and counties in this tier; null until a source names them (the site says "to be confirmed")
        "places": s.Field(s.Nullable(s.lang_text(s.List(s.Str(), min_items=1))), required=False),
    }), min_items=1)),
    "note": s.Field(s.lang_text(), required=False),
}, description="a minimum wage entry")

VALUE_KINDS = {"wage-tiers": WAGE_TIERS}

REGULATION = s.Map({
    "id": s.Field(s.Str()),
    "name": s.Field(s.lang_text()),
    "issuer": s.Field(s.lang_text(), required=False),
    "number": s.Field(s.Nullable(s.Str()), required=False),
    "effective": s.Field(s.Nullable(s.Date())),
    "source": s.Field(s.Nullable(s.Url()), required=False),
    # false while only a description is known: the site then shows it without 《》
    "official-title": s.Field(s.Bool(), required=False),
}, description="a regulation")

CONTACT = s.Map({
    "name": s.Field(s.lang_text()),
    "phone": s.Field(s.Str()),
    "note": s.Field(s.lang_text(), required=False),
}, description="a contact")


def province_schema(value_kinds: dict[str, str]) -> s.Map:
    """Schema of province.yml; every value declared in values.yml is required."""
    values = s.Map({vid: s.Field(VALUE_KINDS[kind]) for vid, kind in value_kinds.items()},
                   description="the province's data values")
    return s.Map({
        "code": s.Field(s.OneOf(tuple(DIVISIONS))),
        "name": s.Field(s.lang_text()),
        "short": s.Field(s.lang_text()),
        "values": s.Field(values),
        "regulations": s.Field(s.List(REGULATION)),
        "contacts": s.Field(s.List(CONTACT)),
    }, description="province data")


def load_province(directory: Path, value_kinds: dict[str, str], problems: Problems,
                  labels: dict[str, dict[str, str]] | None = None) -> Province | None:
    """``labels``: each value's name in zh and en (values.yml), for the messages."""
    path = directory / "province.yml"
    code = directory.name
    if code not in DIVISIONS:
        problems.error(directory, 1, f"'{code}' is not a provincial-level division",
                       "name the folder with the pinyin code of one of the 31 divisions, "
                       "e.g. shaanxi, guangdong, neimenggu")
        return None
    if not path.exists():
        problems.error(directory, 1, "province folder has no province.yml",
                       f"create it with: .venv/bin/quanyi new-province {code}")
        return None
    doc = load(path, problems)
    if doc is None or not s.validate(province_schema(value_kinds), doc, problems):
        return None
    data = doc.data
    if data["code"] != code:
        problems.error(path, doc.line(("code",)), f"code '{data['code']}' does not match "
                       f"the folder name '{code}'", f"write 'code: {code}'")
        return None
    regulations: dict[str, Regulation] = {}
    for i, reg in enumerate(data["regulations"] or []):
        if reg["id"] in regulations:
            problems.error(path, doc.line(("regulations", i, "id")),
                           f"regulation id '{reg['id']}' is used twice", "give each regulation its own id")
        regulations[reg["id"]] = Regulation(
            reg["id"], reg["name"], reg.get("issuer"), reg.get("number"), reg["effective"], reg.get("source"),
            reg.get("official-title", True))
    for vid, value in data["values"].items():
        line = doc.line(("values", vid, "reviewed"))
        if value["status"] == "confirmed" and value["reviewed"] is None and not _reported(problems, path, line):
            problems.error(path, line, f"{_label(labels, vid)}标为已确认，但还没有人核对（reviewed 是空的）/ "
                           f"'{vid}' is confirmed, but nobody has checked it ('reviewed' is empty)",
                           "核对来源后填上核对日期（YYYY-MM-DD）；还没核对就写 status: to-be-confirmed / "
                           "check the source and write the day you checked it (YYYY-MM-DD); until then "
                           "write status: to-be-confirmed")
    return Province(code, data["name"], data["short"], data["values"], regulations,
                    data["contacts"] or [], path, doc.lines)


def _label(labels: dict[str, dict[str, str]] | None, vid: str) -> str:
    """A value's Chinese name for messages (最低工资标准), or its id when values.yml did not load."""
    return ((labels or {}).get(vid) or {}).get("zh") or f"'{vid}'"


def _reported(problems: Problems, path: Path, line: int) -> bool:
    """An error at this line already (e.g. an impossible date, read as empty): one message is enough."""
    return any(p.path == problems.rel(path) and p.line == line for p in problems.errors)


def data_warnings(province: Province, today: dt.date, problems: Problems,
                  labels: dict[str, dict[str, str]] | None = None) -> None:
    """Figures that readers should not rely on without checking: say so to editors too."""
    stale = today - dt.timedelta(days=365)
    for vid, value in province.values.items():
        line = province.line("values", vid, "reviewed")
        unchecked = value["reviewed"] is None and value["status"] != "confirmed"  # confirmed: an error already
        if unchecked and not _reported(problems, province.path, line):
            problems.warning(province.path, line, f"{_label(labels, vid)}还没有人核对（reviewed 是空的）/ "
                             f"nobody has checked '{vid}' yet ('reviewed' is empty)",
                             f"核对来源后填上核对日期，例如 reviewed: {today.isoformat()} / check the source, then "
                             f"write the day you checked it, e.g. reviewed: {today.isoformat()}")
        if value["status"] == "to-be-confirmed":
            problems.warning(province.path, province.line("values", vid, "status"),
                             f"'{vid}' is to be confirmed; the site shows \"待确认\" instead of the figures",
                             "check the figures with the provincial human resources and social security "
                             "department, then set 'status: confirmed' and 'reviewed' to the day you checked")
        else:
            for i, tier in enumerate(value.get("tiers") or []):
                if len(value["tiers"]) > 1 and not tier.get("places"):
                    problems.warning(province.path, province.line("values", vid, "tiers", i),
                                     f"'{vid}': the places in {tier['area']['en']} are not listed; the site shows "
                                     "\"待确认\" beside the tier",
                                     "add 'places: {zh: [城市, …], en: [City, …]}' from the notice")
                for form in ("monthly", "hourly"):
                    if tier.get(form) is None:
                        problems.warning(province.path, province.line("values", vid, "tiers", i),
                                         f"'{vid}' {form} figure for {tier['area']['en']} is unknown; "
                                         "the site shows \"待确认\"", "add the confirmed figure when you have it")
            if value.get("effective") is None:
                problems.warning(province.path, province.line("values", vid, "effective"),
                                 f"'{vid}' has no confirmed date in force; the site shows \"待确认\"",
                                 "add the date from the official notice")
        if value["reviewed"] is not None and value["reviewed"] < stale:
            problems.warning(province.path, province.line("values", vid, "reviewed"),
                             f"'{vid}' was last reviewed on {value['reviewed']}, over 12 months ago",
                             "check it against the official source and update 'reviewed'")
    if not province.contacts:
        problems.warning(province.path, province.line("contacts"),
                         "no local contacts: editions point readers to 12333 and 12348 only",
                         "add contacts you have confirmed (never guess a number or address)")
