"""The documents of the tools page, from ``handbooks/documents.yml`` (:mod:`quanyi.content.documents`).

Each is an editable text box, in Chinese, the working language of these documents, that the worker
fills in, copies or prints (quanyi-tools.css prints only the box on A4); each edition says what the
document is for, and the English edition offers the same Chinese text. The unpaid-wages tally
writes its total into the demand letter (共欠【金额】元). The printed handbooks carry the same
documents blank (:mod:`quanyi.print.documents`).
"""

from __future__ import annotations

from html import escape

from quanyi.content.documents import FILLED_BY_TALLY
from quanyi.strings import strings
from quanyi.urls import DOCUMENTS_ANCHOR


def letters(edition) -> list[str]:
    t = strings(edition.lang, "tools")
    if not edition.documents:
        return []
    lines = [f"## {t['documents']} {{#{DOCUMENTS_ANCHOR}}}", "", t["documents-intro"], ""]
    for document in edition.documents:
        name = document.name[edition.lang]
        lines += [f"### {name} {{#{document.id}}}", "", document.about[edition.lang], ""]
        fill = ' data-fill="unpaid"' if document.id == FILLED_BY_TALLY[0] else ""
        rows = min(22, max(8, document.text.count("\n") + 3))
        lines += [f'<div class="quanyi-letter"><label for="letter-{document.id}">{escape(name)}</label>'
                  f'<textarea id="letter-{document.id}" lang="zh" rows="{rows}"{fill}>{escape(document.text)}'
                  f'</textarea><p><button type="button" data-copy="letter-{document.id}">{t["copy"]}</button> '
                  f'<button type="button" data-print="letter-{document.id}">{t["print"]}</button></p></div>', ""]
    return lines
