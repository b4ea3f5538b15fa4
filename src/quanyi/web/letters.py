"""The five documents of the tools page, in Chinese, the working language of these documents.

Each is an editable text box the worker fills in, copies or prints (quanyi-tools.css prints
only the box on A4); the English edition explains each and offers the same Chinese text.
The unpaid-wages tally writes its total into the demand letter (【金额】).
"""

from __future__ import annotations

from html import escape

# id, Chinese name, English explanation, the Chinese text
LETTERS = [
    ("demand-letter", "催告函（讨要工资）",
     "A wage demand letter: tells the employer in writing how much it owes and by when to pay (Labour Contract "
     "Law, Articles 30 and 85). Keep a copy and proof that you sent it.",
     "催告函\n\n致：【单位名称】\n\n我是【姓名】，身份证号【号码】，从【入职日期】起在你单位做【岗位】工作。"
     "你单位从【年月】到【年月】没有足额支付我的工资，共欠【金额】元。\n\n"
     "根据《劳动合同法》第三十条，用人单位应当及时足额支付劳动报酬。请你单位在收到本函之日起【7】日内付清。"
     "逾期不付，我将向劳动保障监察机构投诉，或者申请劳动仲裁，并依照《劳动合同法》第八十五条要求加付赔偿金。\n\n"
     "本人：【姓名】　电话：【电话】\n日期：【日期】"),
    ("resignation-notice", "被迫解除劳动合同通知书",
     "A notice ending the contract because of the employer's fault (Labour Contract Law, Article 38), which keeps "
     "your right to economic compensation (Article 46, item 1). Write the real reason; keep a copy and proof of "
     "delivery.",
     "被迫解除劳动合同通知书\n\n致：【单位名称】\n\n我是【姓名】，身份证号【号码】，从【入职日期】起在你单位工作。"
     "因你单位【未及时足额支付劳动报酬 / 未依法为我缴纳社会保险费 / 未按照劳动合同约定提供劳动保护或者劳动条件】，"
     "根据《劳动合同法》第三十八条，我从【日期】起解除与你单位的劳动合同。\n\n"
     "根据《劳动合同法》第四十六条第一项，请你单位依法支付经济补偿，结清工资，并依照第五十条出具解除劳动合同的证明，"
     "办理档案和社会保险关系转移手续。\n\n本人：【姓名】　电话：【电话】\n日期：【日期】"),
    ("arbitration-application", "劳动仲裁申请书",
     "An application for labour arbitration in the usual structure: the parties, the claims, the facts and "
     "reasons, the evidence (Labour Dispute Mediation and Arbitration Law, Article 28). Arbitration is free "
     "(Article 53); apply within one year (Article 27).",
     "劳动仲裁申请书\n\n申请人：【姓名】，性别【】，出生日期【】，身份证号【】，住址【】，电话【】\n"
     "被申请人：【单位名称】，住所【】，法定代表人【】，电话【】\n\n仲裁请求：\n"
     "一、请求裁决被申请人支付【年月】至【年月】拖欠的工资【金额】元；\n二、【其他请求，例如经济补偿、二倍工资、加班费，各写数额】\n\n"
     "事实和理由：\n【什么时候入职，做什么工作，工资多少，发生了什么事，老板怎么说的】\n\n"
     "证据和证据来源：见所附证据清单。\n\n此致\n【地名】劳动人事争议仲裁委员会\n\n申请人：【签名】\n日期：【日期】"),
    ("work-injury-checklist", "工伤认定申请材料清单",
     "A checklist for applying for work-injury recognition: the employer applies within 30 days; if it does "
     "not, you or your family may apply within one year (Regulations on Work-Related Injury Insurance, Article "
     "17), with the documents listed in Article 18.",
     "工伤认定申请材料清单（《工伤保险条例》第十七条、第十八条）\n\n"
     "□ 工伤认定申请表（到当地人力资源社会保障部门领取）\n"
     "□ 和单位有劳动关系的证明：劳动合同、工资条、工作证、考勤记录、同事证言等（没签合同也可以用这些）\n"
     "□ 医疗诊断证明，或者职业病诊断证明书（职业病诊断鉴定书）\n□ 身份证复印件\n\n"
     "时间：单位应当在受伤之日起30日内申请；单位不申请的，本人或者近亲属、工会在1年内可以直接申请。\n"
     "受伤时间：【日期】　地点：【】　怎么受的伤：【】　证人：【姓名、电话】"),
    ("evidence-list", "证据清单",
     "An evidence list to attach to a complaint or an arbitration application: each piece of evidence, what it "
     "proves, and whether you hand in the original or a copy.",
     "证据清单\n\n提交人：【姓名】　日期：【日期】\n\n"
     "序号｜证据名称｜证明什么｜页数｜原件还是复印件\n"
     "1｜【劳动合同 / 工资条 / 银行流水】｜【劳动关系、工资数额】｜【】｜【】\n"
     "2｜【考勤记录 / 工作群聊天记录】｜【加班时间】｜【】｜【】\n"
     "3｜【催告函和寄送凭证】｜【已经讨要过工资】｜【】｜【】\n4｜【】｜【】｜【】｜【】"),
]


def letters(lang: str) -> list[str]:
    zh = lang == "zh"
    lines = [f"## {'文书：填好就能用' if zh else 'Documents to fill in'} {{#documents}}", "",
             ("在框里把【】换成你的情况，然后复制或者打印（A4）。" if zh else
              "These documents are written in Chinese, the language the employer and the arbitration commission "
              "use. Replace each 【】 with your details in the box, then copy or print it (A4)."), ""]
    for ident, name, english, text in LETTERS:
        lines += [f"### {name} {{#{ident}}}", ""]
        if not zh:
            lines += [english, ""]
        fill = ' data-fill="unpaid"' if ident == "demand-letter" else ""
        lines += [f'<div class="quanyi-letter"><label for="letter-{ident}">{escape(name)}</label>'
                  f'<textarea id="letter-{ident}" lang="zh" rows="14"{fill}>{escape(text)}</textarea>'
                  f'<p><button type="button" data-copy="letter-{ident}">{"复制文字" if zh else "Copy the text"}'
                  f'</button> <button type="button" data-print="letter-{ident}">{"打印" if zh else "Print"}'
                  "</button></p></div>", ""]
    return lines
