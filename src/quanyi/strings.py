"""The string catalogue: every fixed wording the product shows, in both languages, and date and number formats.

Content is written by editors in handbooks/; what the code itself adds to pages, PDFs, feeds and
messages (labels, headings, notes) lives here and nowhere else.
"""

from __future__ import annotations

import datetime as dt

LANGS = ("zh", "en")
"""Languages of every handbook; Chinese is the source language."""

WORDS = {
    "zh": {
        "local-rule": "{name}规定",
        "based-on": "依据",
        "in-force": "自{date}起施行",
        "in-force-unknown": "施行日期待确认",
        "applies-to": "本版适用于",
        "national-applies": "全国通用版（不含地方规定）",
        "switch-province": "更换省份",
        "picker-label": "你在哪里打工？输入省份或城市：",
        "picker-hint": "例如：东莞",
        "picker-none": "没有找到这个地方。请在下面的列表里找你工作的省份，或拨打 12333 问一问。",
        "picker-national": "不知道选哪个？看全国版",
        "to-be-confirmed": "待确认",
        "confirm-12333": "待确认，请拨打 12333 核实",
        "area": "地区",
        "places-tbd": "（包括哪些地方：待确认，请拨打 12333）",
        "monthly": "月最低工资（元）",
        "hourly": "小时最低工资（元）",
        "effective": "施行日期",
        "reviewed": "最后核对",
        "source": "来源",
        "yuan-month": "每月{n}元",
        "yuan-month-range": "每月{low}元到{high}元，各地不同",
        "yuan-hour": "每小时{n}元",
        "list-sep": "；",
        "place-sep": "、",
        "your-province": "你所在的省份",
        "national": "全国版",
        "edition": "{name}版",
        "contents": "目录",
    },
    "en": {
        "local-rule": "{name} rule",
        "based-on": "Based on",
        "in-force": "in force from {date}",
        "in-force-unknown": "date in force to be confirmed",
        "applies-to": "This edition applies to",
        "national-applies": "all of China (national rules only, no local rules)",
        "switch-province": "Choose another province",
        "picker-label": "Where do you work? Type a province or city:",
        "picker-hint": "e.g. Dongguan",
        "picker-none": "No place of that name found. Find your province in the list below, or call 12333 to ask.",
        "picker-national": "Not sure? Read the national edition",
        "to-be-confirmed": "to be confirmed",
        "confirm-12333": "to be confirmed: call 12333 to check",
        "area": "Area",
        "places-tbd": " (which places: to be confirmed, call 12333)",
        "monthly": "Monthly minimum (yuan)",
        "hourly": "Hourly minimum (yuan)",
        "effective": "In force from",
        "reviewed": "Last reviewed",
        "source": "Source",
        "yuan-month": "{n} yuan a month",
        "yuan-month-range": "{low} to {high} yuan a month, by area",
        "yuan-hour": "{n} yuan an hour",
        "list-sep": "; ",
        "place-sep": ", ",
        "your-province": "your province",
        "national": "National edition",
        "edition": "{name} edition",
        "contents": "Contents",
    },
}

# Every other fixed wording, by the part of the product that shows it: strings(lang, part)[key].
_COMPARE = {
    "zh": {"title": "{name}与全国版有哪些不同", "national": "全国版", "none": "（无）",
           "intro": "本页列出{name}版与全国版的每一处不同：在哪一节、怎样改、全国版原文和地方文字，以及依据的规定。",
           "data": "{name}的数据", "changes": "地方规定", "count": "共 {n} 处不同。"},
    "en": {"title": "What is different in {name}", "national": "National edition", "none": "(nothing)",
           "intro": "This page lists every difference between the {name} edition and the national edition: "
                    "the section, how it changes, the national text beside the local text, "
                    "and the rule it is based on.",
           "data": "{name} figures", "changes": "Local rules", "count": "{n} difference(s)."},
}
_OPERATIONS = {
    "zh": {"replace": "替换本节", "append": "在本节末尾补充", "prepend": "在本节开头补充",
           "insert-after": "在本节之后新增一节", "remove": "删除本节"},
    "en": {"replace": "replaces the section", "append": "adds to the end of the section",
           "prepend": "adds to the start of the section", "insert-after": "adds a new section after it",
           "remove": "removes the section"},
}
_WHATSNEW = {
    "zh": {"title": "最近更新", "national": "全国", "affects": "涉及：", "sep": "、", "none": "暂无更新。",
           "intro": "法律或标准变化时，我们在这里说明变了什么，并在同一天更新手册。最新的在最前面。",
           "feed": "**怎样收到更新：**在 RSS 阅读器（收集新闻的软件）里添加[这个订阅地址](feed.xml)"
                   "（长按链接可以复制）。在浏览器里打开它，会看到订阅的说明和最近的更新；"
                   "有的浏览器只显示一页代码，这也是正常的。没有阅读器，常回来看看这一页就行。",
           "updated": "更新于{date}：{title}"},
    "en": {"title": "What's new", "national": "All of China", "affects": "Affects: ", "sep": ", ",
           "none": "No updates yet.",
           "intro": "When a law or an amount changes, we say here what changed, and update the handbook "
                    "the same day. Newest first.",
           "feed": "**How to get updates:** add [this feed address](feed.xml) to a feed reader (an app that "
                   "collects news; long-press the link to copy it). Opened in a browser it explains itself and lists "
                   "the updates; some browsers show a page of code instead, which is normal too. Without a reader, "
                   "come back to this page now and then.",
           "updated": "Updated on {date}: {title}"},
}
# A feed opened in a browser (assets/feed.xsl, made by quanyi.updates.feeds): what it is and how to subscribe.
_FEED = {
    "zh": {"what": "这是“最近更新”的订阅源（RSS / Atom）：法律或标准有变化、手册更新时，订阅了它的阅读器会自动收到。",
           "how": "怎样订阅：把下面这个地址复制到 RSS 阅读器（收集新闻的软件）里。",
           "page": "没有阅读器？在网页上看最近更新", "entries": "最近的更新", "none": "暂无更新。"},
    "en": {"what": "This is the feed (RSS / Atom) of What's new: when a law or an amount changes and the handbook "
                   "is updated, feed readers that subscribe to it get the news by themselves.",
           "how": "To subscribe, copy the address below into a feed reader (an app that collects news).",
           "page": "No feed reader? Read What's new on the website", "entries": "Latest updates",
           "none": "No updates yet."},
}
_HOME = {
    "zh": {"first-steps": "遇到这些事，先看这里", "call": "有问题，打电话问",
           "12333": "劳动保障：工资、合同、社保、工伤", "12348": "法律援助和法律咨询"},
    "en": {"first-steps": "Start here", "call": "Questions? Call",
           "12333": "Labour: wages, contracts, social insurance, injury", "12348": "Legal aid and legal advice"},
}
_PRINT = {
    "zh": {"applies": "适用地区", "language": "语言", "language-name": "中文", "edition-date": "版本日期",
           "rules-as-of": "规定截至", "national": "全国（只含全国性规定）", "contents": "目录",
           "hotlines": "有问题，打电话", "appendix": "附录：求助电话和联系方式", "contacts": "本地联系方式",
           "no-contacts": "本版还没有经过核实的本地电话。请拨打下面的全国热线，他们会告诉你当地的部门。",
           "12333": "人力资源和社会保障咨询、投诉：工资、劳动合同、社会保险、工伤",
           "12348": "法律援助和法律咨询",
           "online": "扫码阅读网上最新版", "build": "版本",
           # a build whose site address is still the placeholder (urls.is_placeholder): every page is stamped
           # with both languages' "draft", and the QR code's place says why there is none
           "draft": "样稿 · 请勿印发", "no-address": "网址尚未设置：这是样稿",
           "set-address": "在 {config} 里填写 site_url（或设置 {env}）后重新生成。",
           # the fill-in pages at the end of every handbook (print/paper.py)
           "job": "我的工作", "job-intro": "把这些写下来，和合同、工资条放在一起。出了问题时用得上。",
           "employer": "单位名称（营业执照上的名字）", "employer-address": "单位地址",
           "boss-phone": "老板或管事人的电话", "start-date": "哪天开始上班", "ymd": "____年____月____日",
           "agreed-wage": "说好的工资", "wage-units": "每月 / 每天 / 每小时 ________ 元",
           "payday": "每月几号发工资", "contract": "签了书面劳动合同吗", "insurance": "单位给我交社会保险吗",
           "yes": "是", "no": "否", "not-sure": "不知道",
           "log": "上班记录", "log-month": "____年____月", "log-date": "日期", "log-start": "上班",
           "log-end": "下班", "log-overtime": "加班（小时）", "log-wage": "拿到的工资（元）", "log-total": "合计",
           "log-why": "自己记的就是证据。要加班费，你要证明加过班（《劳动争议司法解释（一）》第四十二条）。"
                      "单位也必须把发给你的工资记下来，保存两年以上（《工资支付暂行规定》第六条）。",
           "card": "求助电话卡", "card-cut": "沿虚线剪下，放在钱包里。一张自己留着，一张给工友。",
           "card-back": "求助电话卡（背面）", "card-back-cut": "剪下以前先在背面填好。",
           "card-call": "有问题，打电话", "card-12333": "劳动保障：工资、合同、社保、工伤",
           "card-12348": "法律援助", "card-tell": "打电话时说清楚：", "card-name": "我的名字",
           "card-employer": "单位名称", "card-address": "单位地址",
           # the blank documents in the appendix (print/documents.py, from handbooks/documents.yml)
           "documents": "附录：空白文书",
           "documents-intro": "这几份文书可以复印，或者剪下来，用笔填好再交出去。在横线上写，横线下面的小字说明写什么；"
                              "符合的，在方框里打勾。交出去以前，自己留一份复印件。",
           "documents-online": "在手机上填写、复制或者打印，用网站上的「算一算、写一写」页：",
           "document-label": ""},
    "en": {"applies": "Applies to", "language": "Language", "language-name": "English",
           "edition-date": "Edition date", "rules-as-of": "Rules as of",
           "national": "All of China (national rules only)", "contents": "Contents",
           "hotlines": "Questions? Call", "appendix": "Appendix: hotlines and contacts",
           "contacts": "Local contacts",
           "no-contacts": "This edition has no confirmed local numbers yet. Call the national hotlines below: "
                          "they will tell you the local office.",
           "12333": "Human resources and social security: questions and complaints about wages, "
                    "contracts, social insurance and work injury",
           "12348": "Legal aid and legal advice",
           "online": "Scan to read the latest edition online", "build": "Version",
           "draft": "DRAFT · not for distribution", "no-address": "Site address not set yet: this is a draft",
           "set-address": "Set site_url in {config} (or {env}), then build again.",
           "job": "My job", "job-intro": "Write these down and keep this page with your contract and pay slips. "
                                       "You will need them if something goes wrong.",
           "employer": "Employer’s name (as on its business licence)", "employer-address": "Employer’s address",
           "boss-phone": "Boss’s or manager’s phone", "start-date": "Date I started",
           "ymd": "day ______ month ______ year ________", "agreed-wage": "Agreed wage",
           "wage-units": "________ yuan a month / a day / an hour", "payday": "Payday (day of the month)",
           "contract": "Did I sign a written labour contract?",
           "insurance": "Does my employer pay my social insurance?",
           "yes": "Yes", "no": "No", "not-sure": "Not sure",
           "log": "Hours log", "log-month": "Month ________ Year ________", "log-date": "Date",
           "log-start": "Start", "log-end": "End", "log-overtime": "Overtime hours",
           "log-wage": "Pay received (yuan)", "log-total": "Total",
           "log-why": "Your own record is evidence: to claim overtime pay, you must show you worked it "
                      "(SPC Interpretation (I) on Labour Disputes, Article 42). Your employer must keep a record "
                      "of the wages it pays you for at least two years (Provisional Regulations on Wage Payment, "
                      "Article 6).",
           "card": "Hotline card", "card-cut": "Cut along the dashed line and keep it in your wallet: one for you, "
                                              "one for a workmate.",
           "card-back": "Hotline card (back)", "card-back-cut": "Fill in the back before you cut.",
           "card-call": "Questions? Call", "card-12333": "Labour: wages, contracts, social insurance, injury",
           "card-12348": "Legal aid", "card-tell": "When you call, say:", "card-name": "My name",
           "card-employer": "Employer", "card-address": "Employer’s address",
           "documents": "Appendix: blank documents",
           "documents-intro": "These documents are in Chinese, the language employers and arbitration commissions "
                              "use. Photocopy a page or cut it out, and fill it in by hand: write on the lines (the "
                              "small print under a line says what goes there) and tick the boxes that apply. Keep a "
                              "copy before you hand it in.",
           "documents-online": "To fill them in on your phone, then copy or print them, use the tools page of the "
                               "website:",
           "document-label": "The document, in Chinese:"},
}
# What a shared link shows (web/share.py, web/sharecards.py): the card's lines, and the description of
# pages that have no text of their own (an edition's home, search). {edition}: "广东省版", "全国版和各省版本".
_SHARE = {
    "zh": {"tagline": "拖欠工资、工伤、被辞退：先看这里", "editions": "全国版和各省版本",
           "12333": "劳动保障", "12348": "法律援助",
           "description": "{handbook}（{edition}）：拖欠工资、工伤、被辞退，先看这里。"
                          "有问题拨打 12333（劳动保障）或 12348（法律援助）。",
           "image-alt": "{handbook} · {edition}"},
    "en": {"tagline": "Unpaid wages, injured, dismissed? Start here", "editions": "National and provincial editions",
           "12333": "Labour", "12348": "Legal aid",
           "description": "{handbook}, {edition}. Unpaid wages, injured at work, dismissed? Start here. "
                          "Call 12333 (labour) or 12348 (legal aid).",
           "image-alt": "{handbook} · {edition}"},
}
# Inside an offline copy (src/quanyi/web/offline.py): it holds one edition in one language.
_OFFLINE_COPY = {
    "zh": {"only": "这个离线版只有{name}。其他省份和英文版请打开网上版。",
           "saved": "这是离线版，{date}制作。",
           "online": "打开网上最新版",
           "print": "打印版（PDF）不在离线版里，请在网上版的下载页下载。"},
    "en": {"only": "This offline copy holds only the {name}, in English. "
                   "For other provinces and the Chinese text, open the online edition.",
           "saved": "This is the offline copy, made on {date}.",
           "online": "Open the online edition",
           "print": "The print files (PDF) are not in the offline copy: download them from the online "
                    "edition's downloads page."},
}
# The downloads page: one card per edition, in the page's language; each file says what it is for in plain
# words, the printing details come in small print under it.
_DOWNLOADS = {
    "zh": {"intro": "每个版本有四种文件：手册、小册子、折页和离线版。先在下面找到你工作所在省份的版本。",
           "choose": "选择版本", "in-this-language": "中文版的手册和折页",
           "wechat": "在微信里不能直接下载。请点右上角「···」，选「在浏览器打开」，再点下载。",
           "pages": "{n} 页", "not-built": "PDF 文件由 `make site` 生成。",
           "home-label": "打印和离线版：", "home": "下载本版的手册、小册子、折页和离线版",
           "handbook": "手册", "handbook-what": "在手机上看，或者用 A5 纸打印。",
           "handbook-how": "打印：用 A5 纸；只有 A4 纸也可以，打印时选「适合纸张大小」。",
           "booklet": "小册子", "booklet-what": "给工友看的小册子：在复印店用 A4 纸双面打印，对折装订。",
           "booklet-how": "打印：A4 纸横向，双面打印，选「短边翻转」。印好后整叠对折，在折缝上钉两个订书钉。",
           "brochure": "折页", "brochure-what": "一张纸的折页：适合发放。",
           "brochure-how": "打印：A4 纸横向，双面打印，选「短边翻转」。印好后折成三折。",
           "offline": "离线版", "offline-what": "没有网络也能看：下载后解压，打开 index.html。",
           "offline-how": "解压后的文件夹可以拷到 U 盘或别的手机上。"},
    "en": {"intro": "Each edition comes as four files: a handbook, a booklet, a leaflet and an offline copy. "
                    "First find the edition of the province where you work.",
           "choose": "Choose an edition", "in-this-language": "Handbooks and leaflets in English",
           "wechat": "WeChat cannot download files. Tap “···” at the top right, choose “Open in Browser”, "
                     "then tap the download again.",
           "pages": "{n} pages", "not-built": "The PDF files are made by `make site`.",
           "home-label": "Print and offline:",
           "home": "Download this edition: handbook, booklet, leaflet, offline copy",
           "handbook": "Handbook", "handbook-what": "To read on your phone, or to print on A5 paper.",
           "handbook-how": "Printing: A5 paper; on A4 paper, choose “Fit to page”.",
           "booklet": "Booklet", "booklet-what": "A small booklet to pass around at work: print it at a copy shop "
                                               "on both sides of A4 paper, then fold and staple it.",
           "booklet-how": "Printing: A4 landscape, both sides, “flip on short edge”. Fold the printed stack in "
                          "half and staple it twice along the fold.",
           "brochure": "Leaflet", "brochure-what": "One folded sheet: for handing out.",
           "brochure-how": "Printing: A4 landscape, both sides, “flip on short edge”. Fold it in three.",
           "offline": "Offline copy", "offline-what": "To read without internet: download it, unzip it, "
                                                      "open index.html.",
           "offline-how": "You can copy the unzipped folder to a USB stick or to another phone."},
}

# The note on an English section or local rule whose Chinese text changed after it was translated
# (web/tree.py): under the section's heading or the box's label, linking to the Chinese. {link}: the link.
_TRANSLATION = {
    "zh": {"title": "译文可能过时。", "section": "这一节的中文原文在翻译以后改过。两者不一样时，以{link}为准。",
           "overlay": "这条地方规定的中文原文在翻译以后改过。两者不一样时，以{link}为准。", "link": "中文原文"},
    "en": {"title": "This translation may be out of date.",
           "section": "The Chinese text of this section has changed since it was translated. "
                      "Where they differ, the {link} is more recent.",
           "overlay": "The Chinese text of this local rule has changed since it was translated. "
                      "Where they differ, the {link} is more recent.", "link": "Chinese text"},
}


# The tools page (web/tools.py, web/letters.py): five calculators, each with its rule and a worked example,
# and the documents to fill in. Every citation is checked against reference/statutes/ (tests/web/test_tools.py);
# the examples are the handbook's own worked examples. {…} in "say": what the calculator found.
_TOOLS = {
    "zh": {
        "title": "算一算、写一写：计算器和文书",
        "intro": "下面的计算器只在你的手机里计算，不会把你填的内容发出去，也不会保存。结果只供参考，"
                 "拿不准的请拨打 12333 或 12348 问。",
        "calc": "计算", "yuan": "元", "formula": "怎么算", "example": "例子", "hour": "每小时",
        "compensation": "经济补偿",
        "compensation-rule": "每满一年付一个月工资；六个月以上不满一年按一年算；不满六个月付半个月"
                             "（《劳动合同法》第四十七条）。月工资是离职前12个月的平均工资，按应得工资算：计时工资或者计件工资，加上奖金、津贴和补贴，"
                             "都要算进去；平均下来低于当地最低工资的，按最低工资算；干了不到12个月的，按实际干的月数算平均"
                             "（《劳动合同法实施条例》第二十七条）。月工资高于当地上年度职工月平均工资三倍的，按三倍算，"
                             "最多算十二年（《劳动合同法》第四十七条）。违法解除付两倍（《劳动合同法》第八十七条）。"
                             "按《劳动合同法》第四十条辞退，又没有提前30天书面通知的，再加一个月工资，按上个月的工资算"
                             "（《劳动合同法实施条例》第二十条）。",
        "compensation-example": "干了3年5个月，最后12个月平均每月工资4000元：3个满年算3个月，剩下5个月算半个月，"
                                "一共3.5个月 × 4000元 = 14000元。违法辞退付两倍：28000元。",
        "double-wages": "没签书面合同的二倍工资",
        "double-wages-rule": "超过一个月没签书面劳动合同，从第二个月起每月多付一个月工资，最多11个月"
                             "（《劳动合同法》第八十二条、《劳动合同法实施条例》第六条、第七条）。要在一年内申请仲裁"
                             "（《劳动争议调解仲裁法》第二十七条）。",
        "double-wages-example": "干了6个月一直没签合同，月工资5000元：多付5个月，25000元。",
        "overtime": "加班费",
        "overtime-rule": "工作日加班付150%，休息日加班又不补休付200%，法定节假日加班付300%（《劳动法》第四十四条）。"
                         "按劳动合同约定的你本人的工资算（《工资支付暂行规定》第十三条）。"
                         "小时工资 = 月工资 ÷ 21.75 ÷ 8（劳社部发〔2008〕3号）。法定节假日一年13天：元旦1天，"
                         "春节4天，清明节1天，劳动节2天，端午节1天，中秋节1天，国庆节3天"
                         "（《全国年节及纪念日放假办法》第二条）。",
        "overtime-example": "月工资3480元，小时工资 3480 ÷ 21.75 ÷ 8 = 20元。工作日加班10小时 300元，周六加班8小时"
                            "没补休 320元，国庆节加班8小时 480元：一共1100元。",
        "minimum-wage": "最低工资核对",
        "minimum-wage-rule": "加班工资，中班、夜班、高温、低温、井下、有毒有害等津贴，以及国家规定的福利，"
                             "都不算进最低工资（《最低工资规定》第十二条）。按月拿工资的，和月最低工资比；非全日制按小时拿工资的，"
                             "和小时最低工资比（《最低工资规定》第五条、《劳动合同法》第七十二条）。",
        "minimum-wage-example": "月工资2800元，其中加班费500元：只算2300元；最低工资2500元，少了200元。"
                                "按小时算：干了40小时拿800元，每小时20元；小时最低工资23.7元，少了148元。",
        "unpaid": "欠薪合计",
        "unpaid-rule": "欠的工资 = 欠薪月数 × 约定月工资 − 已经付的。老板要按时足额发工资（《劳动合同法》第三十条）。",
        "unpaid-example": "欠3个月，每月5000元，付过6000元：还欠9000元。",
        "fields": {"start": "入职日期", "end": "离职日期", "wage": "月工资（元）",
                   "compensation.wage": "离职前12个月的平均月工资（元）",
                   "average": "当地上年度职工月平均工资（元，不知道就空着）", "unlawful": "老板违法辞退（付两倍）",
                   "notice": "按《劳动合同法》第四十条辞退，没提前30天书面通知", "months": "月数",
                   "workday": "工作日加班小时数",
                   "restday": "休息日加班小时数（没补休）", "holiday": "法定节假日加班小时数",
                   "pay": "实发工资（元）", "overtime": "其中加班费（元）",
                   "allowances": "其中夜班、高温等津贴（元）", "benefits": "其中福利（元）",
                   "hours": "按小时拿工资的：这些工资干了多少小时（按月拿的不填）",
                   "minimum": "当地月最低工资（元）", "hourly": "当地小时最低工资（元）", "paid": "已经付了多少（元）"},
        "say": {"compensation": "经济补偿：{years} 个月工资 × {base} 元，合计 {total} 元。",
                "compensation-capped": "月工资超过当地平均工资三倍：按 {base} 元、最多12年算，合计 {total} 元。",
                "double-wages": "多付 {months} 个月，合计 {total} 元。",
                "overtime": "小时工资 {hourly} 元，加班费合计 {total} 元。",
                "minimum-wage": "算进最低工资的是 {counted} 元，少了 {short} 元。",
                "minimum-wage-ok": "算进最低工资的是 {counted} 元，没有低于最低工资。",
                "minimum-wage-hourly": "每小时算进最低工资的是 {rate} 元，{hours} 小时一共少了 {short} 元。",
                "minimum-wage-hourly-ok": "每小时算进最低工资的是 {rate} 元，没有低于小时最低工资。",
                "unpaid": "还欠你 {total} 元。"},
        "no-average": "我们还没有核实本省的职工月平均工资，所以计算器不封顶；你知道数额的，可以填进去。",
        "tiers": "本版的最低工资：",
        "documents": "文书：填好就能用",
        "documents-intro": "在框里把【】换成你的情况；写着几样、用「/」隔开的，留下符合的。然后复制或者打印（A4）。",
        "copy": "复制文字", "print": "打印",
    },
    "en": {
        "title": "Calculators and documents",
        "intro": "These calculators work only on your phone: nothing you type is sent or saved. The results are a "
                 "guide; if you are not sure, call 12333 or 12348.",
        "calc": "Calculate", "yuan": "yuan", "formula": "How it is worked out", "example": "Example",
        "hour": "an hour",
        "compensation": "Economic compensation",
        "compensation-rule": "One month's wage per full year; six months or more count as a year, less than six "
                             "months as half a month (Labour Contract Law, Article 47). The monthly wage is the "
                             "average of the 12 months before you left, counting what you were due: time or "
                             "piece-rate pay plus bonuses, allowances and subsidies; if that average is below the "
                             "local minimum wage, the minimum wage is used; if you worked less than 12 months, the "
                             "average is over the months you worked (Regulations for the Implementation of the "
                             "Labour Contract Law, Article 27). Above three times the local average monthly wage "
                             "of the previous year: paid at three times, for at most 12 years (Labour Contract Law, "
                             "Article 47). Unlawful dismissal: twice (Labour Contract Law, Article 87). Dismissal "
                             "under Labour Contract Law, Article 40 without 30 days' written notice: one month's "
                             "wage more, at the previous month's wage (Regulations for the Implementation of the "
                             "Labour Contract Law, Article 20).",
        "compensation-example": "3 years 5 months, an average of 4,000 yuan a month over the last 12 months: 3 full "
                                "years count as 3 months, the 5 months left as half a month; 3.5 months × 4,000 "
                                "yuan = 14,000 yuan. Unlawful dismissal: twice, 28,000 yuan.",
        "double-wages": "Double wages without a written contract",
        "double-wages-rule": "After one month without a written labour contract: one extra month's wage for each "
                             "month from the second, at most 11 months (Labour Contract Law, Article 82; "
                             "Regulations for the Implementation of the Labour Contract Law, Articles 6 and 7). "
                             "Apply for arbitration within one year (Labour Dispute Mediation and Arbitration Law, "
                             "Article 27).",
        "double-wages-example": "Six months with no contract, 5,000 yuan a month: 5 extra months, 25,000 yuan.",
        "overtime": "Overtime pay",
        "overtime-rule": "150 % on workdays, 200 % on rest days without time off in lieu, 300 % on public holidays "
                         "(Labour Law, Article 44), of your own wage as the labour contract sets it (Provisional "
                         "Regulations on Wage Payment, Article 13). Hourly wage = monthly wage ÷ 21.75 ÷ 8 "
                         "(劳社部发〔2008〕3号). 13 public holidays a year: New Year 1 day, Spring Festival 4, "
                         "Qingming 1, Labour Day 2, Dragon Boat Festival 1, Mid-Autumn Festival 1, National Day 3 "
                         "(Measures on National Holidays, Article 2).",
        "overtime-example": "3,480 yuan a month is 3,480 ÷ 21.75 ÷ 8 = 20 yuan an hour. 10 hours on workdays 300 "
                            "yuan, 8 hours on a Saturday with no day off instead 320 yuan, 8 hours on National Day "
                            "480 yuan: 1,100 yuan in all.",
        "minimum-wage": "Minimum wage check",
        "minimum-wage-rule": "Overtime pay; shift, night, high- or low-temperature, underground and hazardous-work "
                             "allowances; and benefits under state rules do not count toward the minimum wage "
                             "(Provisions on Minimum Wages, Article 12). Paid by the month: compare with the monthly "
                             "minimum wage; paid by the hour in part-time work: with the hourly minimum wage "
                             "(Provisions on Minimum Wages, Article 5; Labour Contract Law, Article 72).",
        "minimum-wage-example": "2,800 yuan including 500 yuan overtime pay: 2,300 counts; against 2,500 yuan, "
                                "200 yuan short. By the hour: 800 yuan for 40 hours is 20 yuan an hour; against "
                                "23.7 yuan an hour, 148 yuan short.",
        "unpaid": "Unpaid wages",
        "unpaid-rule": "Owed = months unpaid × agreed monthly wage − what was paid. Wages must be paid in full and "
                       "on time (Labour Contract Law, Article 30).",
        "unpaid-example": "3 months at 5,000 yuan, 6,000 paid: 9,000 yuan still owed.",
        "fields": {"start": "Start date", "end": "End date", "wage": "Monthly wage (yuan)",
                   "compensation.wage": "Average monthly wage over the last 12 months (yuan)",
                   "average": "Local average monthly wage of the previous year (yuan; leave empty if unknown)",
                   "unlawful": "Unlawful dismissal (twice)",
                   "notice": "Dismissed under Labour Contract Law, Article 40, without 30 days' written notice",
                   "months": "Months", "workday": "Overtime hours on workdays",
                   "restday": "Overtime hours on rest days (no time off)",
                   "holiday": "Overtime hours on public holidays",
                   "pay": "Pay received (yuan)", "overtime": "of which overtime pay (yuan)",
                   "allowances": "of which night, high-temperature and similar allowances (yuan)",
                   "benefits": "of which benefits (yuan)",
                   "hours": "Paid by the hour: hours worked for this pay (leave empty if paid by the month)",
                   "minimum": "Local monthly minimum wage (yuan)", "hourly": "Local hourly minimum wage (yuan)",
                   "paid": "Already paid (yuan)"},
        "say": {"compensation": "Compensation: {years} months' wages × {base} yuan, {total} yuan in all.",
                "compensation-capped": "Wage above three times the local average: at {base} yuan for at most 12 "
                                       "years, {total} yuan in all.",
                "double-wages": "{months} extra months, {total} yuan in all.",
                "overtime": "Hourly wage {hourly} yuan; overtime pay {total} yuan in all.",
                "minimum-wage": "{counted} yuan counts toward the minimum wage: {short} yuan short.",
                "minimum-wage-ok": "{counted} yuan counts toward the minimum wage: not below it.",
                "minimum-wage-hourly": "{rate} yuan an hour counts toward the minimum wage: {short} yuan short "
                                       "for {hours} hours.",
                "minimum-wage-hourly-ok": "{rate} yuan an hour counts toward the minimum wage: not below the "
                                          "hourly minimum.",
                "unpaid": "You are owed {total} yuan."},
        "no-average": "We have not yet checked this province's average monthly wage, so the calculator sets no cap; "
                      "if you know the figure, enter it.",
        "tiers": "This edition's minimum wage: ",
        "documents": "Documents to fill in",
        "documents-intro": "These documents are written in Chinese, the language the employer and the arbitration "
                           "commission use. Replace each 【】 with your details in the box (where it lists choices "
                           "split by “/”, keep those that apply), then copy or print it (A4).",
        "copy": "Copy the text", "print": "Print",
    },
}

PARTS = {
    "compare": _COMPARE,
    "operations": _OPERATIONS,
    "whatsnew": _WHATSNEW,
    "feed": _FEED,
    "print": _PRINT,
    "home": _HOME,
    "offline-copy": _OFFLINE_COPY,
    "share": _SHARE,
    "downloads": _DOWNLOADS,
    "translation": _TRANSLATION,
    "tools": _TOOLS,
}


def strings(lang: str, part: str) -> dict[str, str]:
    """The fixed wording of one part of the product (``compare``, ``whatsnew``, ``print`` …) in ``lang``."""
    table = PARTS[part][lang]
    return table if isinstance(table, dict) else {"": table}


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def word(lang: str, key: str, **kw) -> str:
    return WORDS[lang][key].format(**kw)


def date(d: dt.date | None, lang: str) -> str:
    if d is None:
        return word(lang, "to-be-confirmed")
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def number(n: float | int | None, lang: str) -> str:
    if n is None:
        return word(lang, "to-be-confirmed")
    text = f"{n:,.2f}".rstrip("0").rstrip(".") if isinstance(n, float) else f"{n:,}"
    return text.replace(",", "") if lang == "zh" else text
