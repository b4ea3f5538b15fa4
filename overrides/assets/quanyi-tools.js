/* Quanyi worker tools: the five calculators, run only in this page (nothing sent, nothing stored).
   The rules (articles in handbooks/tools.yml, which the tests run against these functions):
   compensation: LCL Art. 47 (and 87 for 2x, 40 for one month in lieu of notice);
   double wages: LCL Art. 82, Implementing Regulations Arts. 6-7; overtime: Labour Law Art. 44,
   monthly / 21.75 / 8 (劳社部发〔2008〕3号); minimum wage: 最低工资规定 Arts. 5 and 12, LCL Art. 72 (by the hour,
   against the hourly minimum); unpaid wages: agreed - paid. A result's "say" names the form's wording for it. */
(function () {
  "use strict";
  var cents = function (x) { return Math.round(x * 100 + 1e-6) / 100; };

  /* months between two ISO dates: full months, then the remaining days */
  function service(start, end) {
    var a = new Date(start + "T00:00:00Z"), b = new Date(end + "T00:00:00Z");
    if (isNaN(a) || isNaN(b) || b < a) return null;
    var m = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
    if (b.getUTCDate() < a.getUTCDate()) m -= 1;
    return m;
  }

  /* LCL Art. 47: one month per full year; 6 months or more counts as a year, less as half.
     Above 3x the local average monthly wage: paid at 3x, for at most 12 years. */
  function compensation(o) {
    var months = o.months, years = Math.floor(months / 12), rest = months % 12;
    var n = years + (rest >= 6 ? 1 : rest > 0 ? 0.5 : 0), base = o.wage, capped = false;
    if (o.average > 0 && o.wage > 3 * o.average) {
      base = 3 * o.average; n = Math.min(n, 12); capped = true;
    }
    var total = n * base * (o.unlawful ? 2 : 1) + (o.notice ? o.wage : 0);
    return {years: n, base: cents(base), capped: capped, total: cents(total), say: capped ? "capped" : "result"};
  }

  /* LCL Art. 82, Regulations Arts. 6-7: the extra month's wage from the second month, at most 11 months */
  function doubleWages(o) {
    var n = Math.max(0, Math.min(o.months - 1, 11));
    return {months: n, total: cents(n * o.wage)};
  }

  /* Labour Law Art. 44: 150 % on workdays, 200 % on rest days with no time off in lieu, 300 % on holidays */
  function overtime(o) {
    var hourly = o.wage / 21.75 / 8;
    var total = hourly * (1.5 * (o.workday || 0) + 2 * (o.restday || 0) + 3 * (o.holiday || 0));
    return {hourly: cents(hourly), total: cents(total)};
  }

  /* 最低工资规定 Art. 12: overtime pay, shift/night/high-temperature allowances and benefits do not count.
     Art. 5, LCL Art. 72: paid by the hour (hours given), against the hourly minimum for those hours. */
  function minimumWage(o) {
    var counted = o.pay - (o.overtime || 0) - (o.allowances || 0) - (o.benefits || 0);
    if (o.hours > 0) {
      if (!(o.hourly > 0)) return {missing: "hourly"};
      var owed = o.hourly * o.hours;
      return {counted: cents(counted), rate: cents(counted / o.hours), hours: o.hours,
              short: cents(Math.max(0, owed - counted)), say: counted < owed - 1e-9 ? "hourly" : "hourly-ok"};
    }
    if (!(o.minimum > 0)) return {missing: "minimum"};
    return {counted: cents(counted), short: cents(Math.max(0, o.minimum - counted)),
            say: counted < o.minimum ? "result" : "ok"};
  }

  function unpaid(o) {
    return {total: cents(Math.max(0, o.months * o.wage - (o.paid || 0)))};
  }

  var tools = {compensation: compensation, doubleWages: doubleWages, overtime: overtime,
               minimumWage: minimumWage, unpaid: unpaid, service: service};
  window.quanyiTools = tools;

  /* the forms: each <form data-tool> names its function; its <output> shows the result in words */
  var zh = document.documentElement.lang !== "en";
  var say = zh ? {bad: "请填写一个数字（可以带小数点）：", dates: "离职日期要在入职日期之后。", yuan: " 元"}
               : {bad: "Please enter a number (a decimal point is fine): ", dates: "The end date must be after the start date.", yuan: " yuan"};
  function read(form) {
    var o = {}, bad = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) return;
      if (el.type === "checkbox") { o[el.name] = el.checked; return; }
      if (el.type === "date") { o[el.name] = el.value; return; }
      if (el.value.trim() === "") { if (el.required) bad.push(el); o[el.name] = 0; return; }
      var x = Number(el.value.replace(/[,，\s]/g, ""));
      if (!isFinite(x) || x < 0) bad.push(el); else o[el.name] = x;
    });
    return {o: o, bad: bad};
  }
  function show(form) {
    var out = form.querySelector("output"), r = read(form), o = r.o, name = form.getAttribute("data-tool");
    if (r.bad.length) {
      out.textContent = say.bad + r.bad.map(function (el) { return el.labels[0].textContent; }).join("、");
      out.className = "quanyi-tool__error"; return;
    }
    if (o.start !== undefined) {
      o.months = service(o.start, o.end);
      if (o.months === null) { out.textContent = say.dates; out.className = "quanyi-tool__error"; return; }
    }
    var res = tools[name](o);
    if (res.missing) {  /* a field this case needs, e.g. the hourly minimum when hours are given */
      out.textContent = say.bad + form.elements[res.missing].labels[0].textContent;
      out.className = "quanyi-tool__error"; return;
    }
    var tpl = form.getAttribute("data-say-" + (res.say || "result"));
    out.className = "quanyi-tool__result";
    out.textContent = tpl.replace(/\{(\w+)\}/g, function (_, k) { return k in res ? res[k] : o[k]; });
    out.setAttribute("data-total", res.total !== undefined ? res.total : res.short);
    var letter = document.querySelector("[data-fill=" + name + "]");
    if (letter) {  /* the tally's total into the demand letter, again after each new sum */
      var prev = letter.getAttribute("data-amount") || "【金额】";
      letter.value = letter.value.replace("共欠" + prev + "元", "共欠" + res.total + "元");
      letter.setAttribute("data-amount", res.total);
    }
  }
  document.addEventListener("submit", function (e) {
    if (e.target.hasAttribute("data-tool")) { e.preventDefault(); show(e.target); }
  });
  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("[data-copy],[data-print]");
    if (!b) return;
    var id = b.getAttribute("data-copy") || b.getAttribute("data-print"), box = document.getElementById(id);
    if (b.hasAttribute("data-copy")) {
      box.select();
      if (navigator.clipboard) navigator.clipboard.writeText(box.value); else document.execCommand("copy");
    } else {  /* print only this document, as plain text on A4 (quanyi-tools.css) */
      var copy = document.createElement("div"), html = document.documentElement;
      copy.className = "quanyi-print-copy"; copy.textContent = box.value;
      document.body.appendChild(copy); html.classList.add("quanyi-printing");
      window.print();
      html.classList.remove("quanyi-printing"); copy.remove();
    }
  });
}());
