"""The worker tools page of an edition: five calculators and five documents to fill in.

Each calculator is a plain GET form with labelled number inputs; without JavaScript its
formula and a worked example (from handbooks/tools.yml, the cases the tests run) are the
answer. overrides/assets/quanyi-tools.js computes in the page: nothing is sent or stored.
The minimum-wage check offers the edition's own confirmed tiers from province.yml.
"""

from __future__ import annotations

from html import escape

from quanyi.web.letters import letters

SLUG = "tools"
SCRIPT = "assets/quanyi-tools.js"

ZH = {
    "title": "算一算、写一写：计算器和文书",
    "intro": "下面的计算器只在你的手机里计算，不会把你填的内容发出去，也不会保存。结果只供参考，"
             "拿不准的请拨打 12333 或 12348 问。",
    "calc": "计算", "yuan": "元", "formula": "怎么算", "example": "例子",
    "compensation": ("经济补偿", "《劳动合同法》第四十七条：每满一年付一个月工资；六个月以上不满一年按一年算；"
                     "不满六个月付半个月。月工资高于当地职工月平均工资三倍的，按三倍算，最多算十二年。"
                     "违法解除付两倍（第八十七条）；按第四十条辞退又没提前30天通知的，再加一个月工资。"),
    "compensation-example": "2020年1月1日入职，2023年7月1日离职，月工资5000元：3年6个月算4年，经济补偿20000元。",
    "double-wages": ("没签书面合同的二倍工资", "《劳动合同法》第八十二条、《劳动合同法实施条例》第六条、第七条："
                     "从第二个月起每月多付一个月工资，最多11个月。要在一年内申请仲裁"
                     "（《劳动争议调解仲裁法》第二十七条）。"),
    "double-wages-example": "干了6个月一直没签合同，月工资5000元：多付5个月，25000元。",
    "overtime": ("加班费", "《劳动法》第四十四条：工作日加班150%，休息日加班又不补休200%，法定节假日加班300%。"
                 "小时工资 = 月工资 ÷ 21.75 ÷ 8（劳社部发〔2008〕3号）。法定节假日一年13天"
                 "（《全国年节及纪念日放假办法》第二条）。"),
    "overtime-example": "月工资4350元，小时工资25元；工作日加班10小时：25 × 1.5 × 10 = 375元。",
    "minimum-wage": ("最低工资核对", "《最低工资规定》第十二条：加班工资，中班、夜班、高温、低温、井下、有毒有害等"
                     "津贴，以及国家规定的福利，都不算进最低工资。"),
    "minimum-wage-example": "月工资2800元，其中加班费500元：只算2300元；最低工资2500元，少了200元。",
    "unpaid": ("欠薪合计", "欠的工资 = 欠薪月数 × 约定月工资 − 已经付的（《劳动合同法》第三十条：足额按时支付）。"),
    "unpaid-example": "欠3个月，每月5000元，付过6000元：还欠9000元。",
    "fields": {"start": "入职日期", "end": "离职日期", "wage": "月工资（元）",
               "average": "当地职工月平均工资（元，不知道就空着）", "unlawful": "老板违法辞退（付两倍）",
               "notice": "按第四十条辞退，没提前30天通知", "months": "月数", "workday": "工作日加班小时数",
               "restday": "休息日加班小时数（没补休）", "holiday": "法定节假日加班小时数",
               "pay": "每月实发工资（元）", "overtime": "其中加班费（元）",
               "allowances": "其中夜班、高温等津贴（元）", "benefits": "其中福利（元）",
               "minimum": "当地月最低工资（元）", "paid": "已经付了多少（元）"},
    "say": {"compensation": "经济补偿：{years} 个月工资 × {base} 元，合计 {total} 元。",
            "compensation-capped": "月工资超过当地平均工资三倍：按 {base} 元、最多12年算，合计 {total} 元。",
            "double-wages": "多付 {months} 个月，合计 {total} 元。",
            "overtime": "小时工资 {hourly} 元，加班费合计 {total} 元。",
            "minimum-wage": "算进最低工资的是 {counted} 元，少了 {short} 元。",
            "minimum-wage-ok": "算进最低工资的是 {counted} 元，没有低于最低工资。",
            "unpaid": "还欠你 {total} 元。"},
    "no-average": "我们还没有核实本省的职工月平均工资，所以计算器不封顶；你知道数额的，可以填进去。",
    "tiers": "本版的最低工资：",
}
EN = {
    "title": "Calculators and documents",
    "intro": "These calculators work only on your phone: nothing you type is sent or saved. The results are a "
             "guide; if you are not sure, call 12333 or 12348.",
    "calc": "Calculate", "yuan": "yuan", "formula": "How it is worked out", "example": "Example",
    "compensation": ("Economic compensation", "Labour Contract Law, Article 47: one month's wage per full year; "
                     "six months or more count as a year, less than six months as half a month. Above three times "
                     "the local average monthly wage: paid at three times, for at most 12 years. Unlawful "
                     "dismissal: twice (Article 87). Dismissal under Article 40 without 30 days' notice: one "
                     "month's wage more."),
    "compensation-example": "Started 1 January 2020, left 1 July 2023, 5,000 yuan a month: 3 years 6 months "
                            "count as 4, compensation 20,000 yuan.",
    "double-wages": ("Double wages without a written contract", "Labour Contract Law, Article 82; Implementing "
                     "Regulations, Articles 6 and 7: one extra month's wage from the second month, at most 11 "
                     "months. Apply for arbitration within one year (Labour Dispute Mediation and Arbitration "
                     "Law, Article 27)."),
    "double-wages-example": "Six months with no contract, 5,000 yuan a month: 5 extra months, 25,000 yuan.",
    "overtime": ("Overtime pay", "Labour Law, Article 44: 150 % on workdays, 200 % on rest days without time off "
                 "in lieu, 300 % on public holidays. Hourly wage = monthly wage ÷ 21.75 ÷ 8 (劳社部发〔2008〕3号). "
                 "13 public holidays a year (Measures on National Holidays, Article 2)."),
    "overtime-example": "4,350 yuan a month is 25 yuan an hour; 10 hours on workdays: 25 × 1.5 × 10 = 375 yuan.",
    "minimum-wage": ("Minimum wage check", "Minimum Wage Provisions, Article 12: overtime pay; shift, night, "
                     "high- or low-temperature, underground and hazardous-work allowances; and benefits under "
                     "state rules do not count toward the minimum wage."),
    "minimum-wage-example": "2,800 yuan including 500 yuan overtime pay: 2,300 counts; against 2,500 yuan, "
                            "200 yuan short.",
    "unpaid": ("Unpaid wages", "Owed = months unpaid × agreed monthly wage − what was paid (Labour Contract Law, "
               "Article 30: wages in full and on time)."),
    "unpaid-example": "3 months at 5,000 yuan, 6,000 paid: 9,000 yuan still owed.",
    "fields": {"start": "Start date", "end": "End date", "wage": "Monthly wage (yuan)",
               "average": "Local average monthly wage (yuan; leave empty if unknown)",
               "unlawful": "Unlawful dismissal (twice)", "notice": "Article 40 dismissal without 30 days' notice",
               "months": "Months", "workday": "Overtime hours on workdays",
               "restday": "Overtime hours on rest days (no time off)", "holiday": "Overtime hours on public holidays",
               "pay": "Monthly pay (yuan)", "overtime": "of which overtime pay (yuan)",
               "allowances": "of which night, high-temperature and similar allowances (yuan)",
               "benefits": "of which benefits (yuan)", "minimum": "Local monthly minimum wage (yuan)",
               "paid": "Already paid (yuan)"},
    "say": {"compensation": "Compensation: {years} months' wages × {base} yuan, {total} yuan in all.",
            "compensation-capped": "Wage above three times the local average: at {base} yuan for at most 12 "
                                   "years, {total} yuan in all.",
            "double-wages": "{months} extra months, {total} yuan in all.",
            "overtime": "Hourly wage {hourly} yuan; overtime pay {total} yuan in all.",
            "minimum-wage": "{counted} yuan counts toward the minimum wage: {short} yuan short.",
            "minimum-wage-ok": "{counted} yuan counts toward the minimum wage: not below it.",
            "unpaid": "You are owed {total} yuan."},
    "no-average": "We have not yet checked this province's average monthly wage, so the calculator sets no cap; "
                  "if you know the figure, enter it.",
    "tiers": "This edition's minimum wage: ",
}
TEXT = {"zh": ZH, "en": EN}
# each calculator: its function in quanyi-tools.js and its inputs (name, kind)
FORMS = {
    "compensation": ("compensation", [("start", "date"), ("end", "date"), ("wage", "money"), ("average", "money?"),
                                      ("unlawful", "check"), ("notice", "check")]),
    "double-wages": ("doubleWages", [("months", "count"), ("wage", "money")]),
    "overtime": ("overtime", [("wage", "money"), ("workday", "hours?"), ("restday", "hours?"), ("holiday", "hours?")]),
    "minimum-wage": ("minimumWage", [("pay", "money"), ("overtime", "money?"), ("allowances", "money?"),
                                     ("benefits", "money?"), ("minimum", "money")]),
    "unpaid": ("unpaid", [("months", "count"), ("wage", "money"), ("paid", "money?")]),
}


def _input(tool: str, name: str, kind: str, label: str, value: str = "") -> str:
    ident = f"{tool}-{name}"
    if kind == "check":
        return (f'<p class="quanyi-tool__check"><input type="checkbox" id="{ident}" name="{name}">'
                f'<label for="{ident}">{label}</label></p>')
    typ = ' type="date" required' if kind == "date" else \
        f' type="text" inputmode="{"numeric" if kind == "count" else "decimal"}"' + ("" if kind.endswith("?") else
                                                                                 " required")
    return (f'<p class="quanyi-tool__field"><label for="{ident}">{label}</label>'
            f'<input id="{ident}" name="{name}"{typ} autocomplete="off"{f" value={value!r}" if value else ""}></p>')


def _tiers(edition) -> tuple[str, str]:
    """The edition's confirmed monthly minimum wages as words, and the lowest as the form's default."""
    value = edition.province.values.get("minimum-wage", {}) if edition.province else {}
    if value.get("status") != "confirmed" or not value.get("tiers"):
        return "", ""
    lang = edition.lang
    sep = "；" if lang == "zh" else "; "
    words = sep.join(f"{t['area'][lang]} {t['monthly']} {TEXT[lang]['yuan']}" for t in value["tiers"])
    return TEXT[lang]["tiers"] + words, str(value["tiers"][0]["monthly"])


def calculator(edition, tool: str) -> list[str]:
    t = TEXT[edition.lang]
    fn, fields = FORMS[tool]
    heading, rule = t[tool]
    says = {key.split("-")[-1] if key != tool else "result": text
            for key, text in t["say"].items() if key.startswith(tool)}
    attrs = "".join(f' data-say-{k}="{escape(v)}"' for k, v in sorted(says.items()))
    tiers, default = _tiers(edition) if tool == "minimum-wage" else ("", "")
    lines = [f"## {heading} {{#{tool}}}", "", f"**{t['formula']}**{'：' if edition.lang == 'zh' else ': '}{rule}", "",
             f"**{t['example']}**{'：' if edition.lang == 'zh' else ': '}{t[tool + '-example']}", ""]
    if tool == "compensation":
        lines += [t["no-average"], ""]
    if tiers:
        lines += [tiers, ""]
    inputs = "".join(_input(tool, name, kind, t["fields"][name], default if name == "minimum" else "")
                     for name, kind in fields)
    lines += [f'<form class="quanyi-tool" data-tool="{fn}" method="get" action="#{tool}"{attrs}>{inputs}'
              f'<p><button type="submit">{t["calc"]}</button></p>'
              f'<output class="quanyi-tool__result" aria-live="polite"></output></form>', ""]
    return lines


def title(lang: str) -> str:
    return TEXT[lang]["title"]


def tools_page(edition, front_matter: list[str], switch: list[str]) -> str:
    t = TEXT[edition.lang]
    lines = [*front_matter, f"# {t['title']}", "", *switch, t["intro"], ""]
    for tool in FORMS:
        lines += calculator(edition, tool)
    lines += letters(edition.lang)
    return "\n".join(lines).strip() + "\n"
