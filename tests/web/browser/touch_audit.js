// The touch and text audit of tests/web/browser/test_touch.py, run in the page: what is too small, too close or too
// small to read, among the targets a finger can reach (checked by hit-testing each one at its centre).
() => {
  const doc = document.documentElement, vw = doc.clientWidth;
  const name = el => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/)[0] : '')
    + ' "' + (el.textContent || el.getAttribute('aria-label') || el.title || '').trim().replace(/\s+/g, ' ').slice(0, 24) + '"';
  // a link inside a sentence is exempt, as in WCAG 2.5.8: making it 44 px tall would break the line
  const inSentence = el => { if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!block || /^H[1-6]$/.test(block.tagName)) return false;
    return block.textContent.replace(/\s+/g, '').length > el.textContent.replace(/\s+/g, '').length + 1; };
  const shown = el => { for (let e = el; e; e = e.parentElement) { const s = getComputedStyle(e);
      if (s.visibility === 'hidden' || s.display === 'none' || parseFloat(s.opacity) === 0) return false; } return true; };
  const offset = el => { let x = window.scrollX, y = window.scrollY;
    for (let e = el.parentElement; e; e = e.parentElement) { x += e.scrollLeft; y += e.scrollTop; } return [x, y]; };
  const reachable = el => { const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return null;
    el.scrollIntoView({block: 'center', inline: 'nearest'});
    const q = el.getBoundingClientRect();
    const hit = document.elementFromPoint(q.left + q.width / 2, q.top + q.height / 2);
    if (!hit || !(el === hit || el.contains(hit) || (el.tagName === 'LABEL' && hit.closest('label') === el))) return null;
    const [x, y] = offset(el);
    return {left: q.left + x, right: q.right + x, top: q.top + y, bottom: q.bottom + y, width: q.width, height: q.height}; };
  const candidates = [...document.querySelectorAll('a[href], button, label[for], input:not([type=hidden]), select, summary')]
    .filter(el => shown(el) && !inSentence(el));
  const targets = [];
  for (const el of candidates) { const r = reachable(el); if (r) targets.push([el, r]); }
  window.scrollTo(0, 0);
  const small = targets.filter(([, r]) => r.width < 43.5 || r.height < 43.5)
    .map(([el, r]) => `${name(el)} ${Math.round(r.width)}x${Math.round(r.height)}`);
  const close = [];
  for (let i = 0; i < targets.length; i++) for (let j = i + 1; j < targets.length; j++) {
    const [ea, a] = targets[i], [eb, b] = targets[j];
    if (ea.contains(eb) || eb.contains(ea)) continue;
    // a button drawn inside a text field (search, clear) is the field's own part
    const field = e => e.tagName === 'INPUT' && /^(search|text)$/.test(e.type);
    const within = (o, i) => i.left >= o.left - 1 && i.right <= o.right + 1 && i.top >= o.top - 1 && i.bottom <= o.bottom + 1;
    if ((field(ea) && within(a, b)) || (field(eb) && within(b, a))) continue;
    const dx = Math.max(a.left, b.left) - Math.min(a.right, b.right);
    const dy = Math.max(a.top, b.top) - Math.min(a.bottom, b.bottom);
    if (Math.max(dx, dy) < 7.5) close.push(`${name(ea)} ~ ${name(eb)}: ${Math.round(Math.max(dx, dy))} px`);
  }
  const fonts = [], seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) { const el = walker.currentNode.parentElement;
    if (!walker.currentNode.textContent.trim() || seen.has(el) || !shown(el)) continue; seen.add(el);
    const r = el.getBoundingClientRect(); if (r.width === 0 || r.height === 0) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    const min = el.closest('.md-content p, .md-content li') && !el.closest('table, .admonition, details, .quanyi-dl__how, .quanyi-dl__facts') ? 16 : 15;
    if (size < min - 0.01) fonts.push(`${name(el)} ${size}px (min ${min})`); }
  // a table wider than the screen scrolls in its own box, with a shadow as the cue that there is more
  const tables = [...document.querySelectorAll('.md-content table')]
    .filter(t => t.scrollWidth > t.clientWidth + 1 && !getComputedStyle(t).backgroundAttachment.includes('local'))
    .map(t => `table "${t.textContent.trim().slice(0, 24)}" ${t.scrollWidth} px in ${t.clientWidth} px, no cue`);
  return {targets: targets.length, small, close, fonts, tables, wide: doc.scrollWidth > vw ? doc.scrollWidth : 0};
}
