/* Quanyi search: the header's search box and the search page.

   Each edition and language has one small index (search-index/<lang>/<edition>.json, made
   by src/quanyi/web/search/): its sections as plain text. Words are found in that text
   directly, so nothing a segmenter does can make a word go missing. A query is read the way
   a worker writes it:
   - words from handbooks/search-words.yml: 开除 also looks for 辞退 and 解除劳动合同;
     question words and fillers (怎么办, 吗, how, can I) are left out;
   - key terms typed in pinyin (jiabanfei) or with a same-sounding wrong character (加斑费),
     traditional characters (勞動) and full-width letters are turned into the handbook's;
   - sections are ranked by how much of the query they cover, then by where the words are
     (heading first) and by how much the heading reads like the question (没交怎么办): a
     page that has only some of the words still comes up.
   Plain ES5 with XMLHttpRequest, so old Android WebViews can search too. Nothing is stored
   on the phone, and nothing is fetched from anywhere but this site. The offline copy, opened
   from the file system, cannot fetch at all: there the same files come as scripts
   (search-index/<lang>/<edition>.js, made by src/quanyi/web/offline.py), and results link
   to the pages' index.html files. */
(function () {
  "use strict";

  var zh = /^zh/i.test(document.documentElement.lang);
  var LANG = zh ? "zh" : "en";
  var INDEX = "search-index/"; // src/quanyi/urls.py: SEARCH_INDEX
  var T = zh ? {
    hint: "输入要找的事，例如：老板不发工资、加班费、受伤了",
    searching: "正在搜索……",
    none: "没有找到。换个说法试试，或者看",
    contents: "本版目录",
    ask: "也可以拨打 12333（劳动保障）或 12348（法律援助）问。",
    found: function (n) { return "找到 " + n + " 处"; },
    partly: "没有一处包含所有的词，下面是最接近的。",
    also: function (words) { return "也找了：" + words; },
    meant: function (words) { return "按“" + words + "”找"; },
    unsupported: "这个浏览器不能搜索。请从本版目录找到内容：",
    offline: "离线版的搜索没有成功（可能缺了文件，请重新解压）。请看",
    failed: "搜索没有成功（网络可能断了）。请稍后再试，或者看",
    list: "、"
  } : {
    hint: "Type what happened, for example: boss didn't pay, overtime, injured at work",
    searching: "Searching…",
    none: "Nothing found. Try other words, or see",
    contents: "this edition's contents",
    ask: "You can also call 12333 (labour) or 12348 (legal aid).",
    found: function (n) { return n === 1 ? "1 section found" : n + " sections found"; },
    partly: "No section has all the words; these come closest.",
    also: function (words) { return "Also searched for: " + words; },
    meant: function (words) { return "Searched for “" + words + "”"; },
    unsupported: "Search does not work in this browser. Please use the contents: ",
    offline: "Search in the offline copy failed (a file may be missing: unpack the zip again). See",
    failed: "Search failed (perhaps the connection dropped). Try again later, or see",
    list: ", "
  };
  var MAX_RESULTS = 10;
  // ranking weights, measured with `quanyi benchmark-search` (README: Search)
  var W = { part: 0.3, partWords: 0, rest: 0.3, free: 0.7, weak: 0.3, heading: 3, headingShare: 0.8, title: 3, cites: 0.3, synonym: 0.9, k: 1.2, b: 0.5, asked: 1.5 };
  var HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
  var WORDCHAR = /[a-z0-9]/;

  // the site's root is where this script lives, one folder up (assets/quanyi-search.js)
  var self = document.currentScript || document.querySelector("script[src$='assets/quanyi-search.js']");
  var root = self ? self.src.replace(/assets\/quanyi-search\.js.*$/, "") : absolute("./");
  var rootPath = root.replace(/^[a-z]+:\/\/[^\/]*/i, ""); // links in results: /guangdong/wages/#pay-slips

  function absolute(path) {
    var a = document.createElement("a");
    a.href = path;
    return a.href;
  }

  // the offline copy: pages opened from the file system, where nothing can be fetched
  var LOCAL = location.protocol === "file:";
  var canSearch = !!window.JSON && (LOCAL || !!window.XMLHttpRequest);

  // --- text ------------------------------------------------------------------------------

  function fold(text) {
    text = String(text || "");
    if (text.normalize) text = text.normalize("NFKC"); // full-width ＡＢＣ１２ become ABC12
    return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ").replace(/^ | $/g, "");
  }

  function count(text, word) {
    var n = 0, at = text.indexOf(word);
    while (at !== -1 && n < 20) { n++; at = text.indexOf(word, at + word.length); }
    return n;
  }

  // the pieces a heading is compared by: pairs of characters in Chinese (怎么, 申请),
  // word stems in English; headings are often the question a worker asks (没交怎么办)
  function pieces(text) {
    var out = {}, n = 0, i;
    if (zh) {
      text = text.replace(/[^\u3400-\u9fff0-9a-z]+/g, " ");
      for (i = 0; i + 1 < text.length; i++) {
        if (text.charAt(i) !== " " && text.charAt(i + 1) !== " " && !out[text.substr(i, 2)]) { out[text.substr(i, 2)] = 1; n++; }
      }
    } else {
      var tokens = text.match(/[a-z0-9]+/g) || [];
      for (i = 0; i < tokens.length; i++) if (!out[stem(tokens[i])]) { out[stem(tokens[i])] = 1; n++; }
    }
    return { set: out, n: n };
  }

  function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  // English: a word finds its other forms (injured, injury, injuries), words start at a boundary
  function stem(word) {
    if (word.length < 5) return word;
    word = word.replace(/ies$/, "y").replace(/(ing|ed|er|es|s)$/, "");
    if (word.length >= 5) word = word.replace(/[ye]$/, "");
    return word;
  }

  function englishPattern(phrase) {
    var parts = phrase.split(" "), out = [];
    for (var i = 0; i < parts.length; i++) out.push(escapeRe(stem(parts[i])));
    return new RegExp("(^|[^a-z0-9])(" + out.join("[a-z0-9']*[^a-z0-9]+") + ")", "g");
  }

  // --- the engine ------------------------------------------------------------------------

  function Engine(index, words) {
    var i;
    this.pages = index.pages;
    this.docs = [];
    var all = [], total = 0;
    for (i = 0; i < index.docs.length; i++) {
      var d = index.docs[i];
      var doc = { page: d[0], anchor: d[1], heading: d[2], body: d[3],
                  h: fold(d[2]), b: d[3].toLowerCase(), c: d[4].toLowerCase(), t: fold(index.pages[d[0]][1]) };
      doc.len = doc.b.length || 1;
      doc.pieces = pieces(doc.h);
      doc.top = !i || index.docs[i - 1][0] !== d[0]; // the page's first section: its link has no anchor
      total += doc.len;
      this.docs.push(doc);
      all.push(doc.h, doc.b, doc.t);
    }
    this.avg = total / (this.docs.length || 1);
    this.all = "\n" + all.join("\n") + "\n";
    this.words = words.words || {};
    this.ignore = {};
    for (i = 0; i < (words.ignore || []).length; i++) this.ignore[words.ignore[i]] = 1;
    this.same = {};
    for (i = 0; i < (words.same || []).length; i++) {
      for (var j = 0; j < words.same[i].length; j++) this.same[words.same[i][j]] = words.same[i];
    }
    this.terms = [];
    this.spelled = {}; // pinyin without spaces -> term
    for (i = 0; i < (words.terms || []).length; i++) {
      var syllables = words.terms[i][1].split(" ");
      this.terms.push({ word: words.terms[i][0], sounds: syllables });
      this.spelled[syllables.join("")] = words.terms[i][0];
    }
    // parts of terms too: zhongcai is the 仲裁 of 劳动仲裁
    for (i = 0; i < this.terms.length; i++) {
      var t = this.terms[i];
      for (var from = 0; from < t.sounds.length; from++) {
        for (var to = from + 2; to <= t.sounds.length; to++) {
          var sp = t.sounds.slice(from, to).join("");
          if (!this.spelled[sp]) this.spelled[sp] = t.word.substr(from, to - from);
        }
      }
    }
    this.sounds = {}; // character -> its blurred readings
    var groups = (words.readings || "").split("|");
    for (i = 0; i < groups.length; i++) {
      var g = groups[i].split(":"), sound = blur(g[0]), chars = g[1] || "";
      for (var k = 0; k < chars.length; k++) {
        (this.sounds[chars.charAt(k)] = this.sounds[chars.charAt(k)] || {})[sound] = 1;
      }
    }
    this.traditional = {};
    var pairs = words.traditional || "";
    for (i = 0; i + 1 < pairs.length; i += 2) this.traditional[pairs.charAt(i)] = pairs.charAt(i + 1);
    // the words a query can start with at each character: what workers type, the handbook's terms
    this.starts = {};
    var keys = [];
    for (var w in this.words) keys.push(w);
    for (w in this.same) keys.push(w);
    for (i = 0; i < this.terms.length; i++) keys.push(this.terms[i].word);
    for (i = 0; i < keys.length; i++) (this.starts[keys[i].charAt(0)] = this.starts[keys[i].charAt(0)] || []).push(keys[i]);
    // keys that are not all Chinese characters (N+1, 996), longest first
    this.mixed = [];
    for (i = 0; i < keys.length; i++) if (!/^[\u3400-\u9fff]+$/.test(keys[i]) && /[^a-z ]/.test(keys[i])) this.mixed.push(keys[i]);
    this.mixed.sort(function (a, b) { return b.length - a.length; });
    // English: the words of the text, for spelling mistakes
    this.vocabulary = null;
  }

  // how input methods and accents blur a reading: zh/z, ch/c, sh/s, l/n, ng/n
  // (src/quanyi/web/search/tables.py blurs the same way)
  function blur(s) {
    return s.replace(/^([zcs])h/, "$1").replace(/^l/, "n").replace(/ng$/, "n");
  }

  Engine.prototype.known = function (text) { return this.all.indexOf(text) !== -1; };

  // A single-character filler (了, 的, 吗) that a word may have inside it: 包工头跑了 is 包工头跑
  Engine.prototype.filler = function (c) { return c.length === 1 && !!this.ignore[c]; };

  // The longest known word at this point of the query, allowing fillers inside it:
  // 断了手指 is 断手指, 辞职要提前 is 辞职提前. Returns [word, characters it took].
  Engine.prototype.wordAt = function (run, at) {
    var keys = this.starts[run.charAt(at)] || [], best = null;
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i], k = 0, j = at;
      while (j < run.length && k < key.length) {
        if (run.charAt(j) === key.charAt(k)) { j++; k++; }
        else if (k > 0 && this.filler(run.charAt(j))) j++;
        else break;
      }
      if (k === key.length && (!best || key.length > best[0].length)) best = [key, j - at];
    }
    return best;
  };

  // What one piece of the query can also be written as: the handbook's words for it.
  Engine.prototype.alternatives = function (text, free) {
    var alts = [{ text: text, weight: 1 }], seen = {}, self = this;
    seen[text] = 1;
    function add(w, weight) {
      if (!seen[w]) { seen[w] = 1; alts.push({ text: w, weight: weight }); }
      var group = self.same[w];
      for (var i = 0; group && i < group.length; i++) {
        if (!seen[group[i]]) { seen[group[i]] = 1; alts.push({ text: group[i], weight: weight * 0.9 }); }
      }
    }
    var means = this.words[text] || [];
    for (var i = 0; i < means.length; i++) add(means[i], W.synonym);
    add(text, 1);
    // a Chinese word of three or more characters is also found by its parts, weakly:
    // 拖欠工资 by 拖欠 and 工资, so that a heading 工资被拖欠 counts
    if (zh) {
      var whole = alts.length;
      for (var j = 0; j < whole; j++) {
        var w = alts[j].text;
        if (w.length < 3 || !HAN.test(w)) continue;
        for (var k = 0; k + 2 <= w.length; k += 2) part(w.substr(k, 2), alts[j].weight);
        if (w.length % 2) part(w.substr(w.length - 2), alts[j].weight);
      }
    }
    function part(p, weight) {
      if (!seen[p] && !self.ignore[p] && self.known(p)) { seen[p] = 1; alts.push({ text: p, weight: weight * (free ? W.part : W.partWords) }); }
    }
    return alts;
  };

  // A key term that this stretch of the query sounds like, when the stretch itself is not in the text.
  Engine.prototype.soundsLike = function (q, at) {
    for (var i = 0; i < this.terms.length; i++) {
      var term = this.terms[i], n = term.word.length, window = q.substr(at, n);
      if (window.length !== n || window === term.word || this.known(window)) continue;
      var same = 0, ok = true;
      for (var k = 0; k < n && ok; k++) {
        var c = window.charAt(k);
        if (c === term.word.charAt(k)) { same++; continue; }
        var heard = this.sounds[c];
        ok = !!(heard && heard[blur(term.sounds[k])]);
      }
      if (ok && same >= 1) return term.word;
    }
    return null;
  };

  // Pinyin typed in a Chinese edition: jiabanfei, gong shang.
  Engine.prototype.pinyin = function (letters) {
    var out = [], i = 0;
    while (i < letters.length) {
      var best = "";
      for (var spelled in this.spelled) {
        if (spelled.length > best.length && letters.substr(i, spelled.length) === spelled) best = spelled;
      }
      if (!best) return null;
      out.push(this.spelled[best]);
      i += best.length;
    }
    return out;
  };

  // The query as concepts: each a list of alternatives, any of which may match.
  Engine.prototype.read = function (query) {
    var q = fold(query), concepts = [], notes = { also: [], meant: [] }, i;
    if (zh) {
      var plain = "";
      for (i = 0; i < q.length; i++) plain += this.traditional[q.charAt(i)] || q.charAt(i);
      q = plain;
      for (i = 0; i < this.mixed.length; i++) {
        var at = q.indexOf(this.mixed[i]);
        if (at === -1) continue;
        this.concept(this.mixed[i], concepts, notes);
        q = q.slice(0, at) + " " + q.slice(at + this.mixed[i].length);
      }
      var runs = q.match(/[a-z]+(?: [a-z]+)*|[0-9]+|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g) || [];
      for (i = 0; i < runs.length; i++) {
        if (HAN.test(runs[i])) this.readChinese(runs[i], concepts, notes);
        else this.readLatin(runs[i], concepts, notes);
      }
    } else {
      this.readEnglish(q, concepts, notes);
    }
    return { concepts: concepts, notes: notes };
  };

  Engine.prototype.concept = function (text, concepts, notes, weak) {
    var alts = this.alternatives(text);
    for (var i = 1; i < alts.length; i++) notes.also.push(alts[i].text);
    concepts.push({ text: text, alts: alts, weak: !!weak });
  };

  Engine.prototype.readLatin = function (run, concepts, notes) {
    // pinyin: the whole run (gong shang ren ding), else word by word (jiabanfei zenme suan)
    var whole = /^[a-z ]+$/.test(run) ? this.pinyin(run.replace(/ /g, "")) : null;
    var parts = whole ? [] : run.split(" ");
    var terms = whole || [];
    for (var j = 0; j < parts.length; j++) {
      var spelled = /^[a-z]+$/.test(parts[j]) ? this.pinyin(parts[j]) : null;
      if (spelled) terms = terms.concat(spelled);
      else if (parts[j].length > 2 || (/[a-z]/.test(parts[j]) && this.known(parts[j]))) this.concept(parts[j], concepts, notes);
    }
    for (var i = 0; i < terms.length; i++) { notes.meant.push(terms[i]); this.concept(terms[i], concepts, notes); }
  };

  Engine.prototype.readChinese = function (run, concepts, notes) {
    var free = "", i = 0, self = this;
    function flush() {
      // words the file does not know: the longest stretches the text has (up to 4 characters),
      // each also found by its two-character parts, so that a phrase the text words differently
      // still finds something; single characters weigh least
      var j = 0;
      while (j < free.length) {
        var len = Math.min(4, free.length - j);
        while (len > 1 && !self.known(free.substr(j, len))) len--;
        var piece = free.substr(j, len);
        if (len === 1 && self.filler(piece)) { j++; continue; }
        if (len > 1 || self.known(piece)) {
          concepts.push({ text: piece, alts: self.alternatives(piece, true), weak: len === 1, free: true });
        }
        j += len;
      }
      free = "";
    }
    while (i < run.length) {
      var word = this.wordAt(run, i), typo = this.soundsLike(run, i), stop = "";
      for (var len = Math.min(8, run.length - i); len > 1 && !stop; len--) {
        if (this.ignore[run.substr(i, len)]) stop = run.substr(i, len);
      }
      if (typo && (!word || typo.length > word[1])) {
        flush();
        notes.meant.push(typo);
        this.concept(typo, concepts, notes);
        i += typo.length;
      } else if (word && word[1] >= stop.length) {
        flush();
        this.concept(word[0], concepts, notes);
        i += word[1];
      } else if (stop) {
        flush();
        i += stop.length;
      } else {
        free += run.charAt(i); // single-character fillers are dropped in flush, unless part of a word
        i++;
      }
    }
    flush();
  };

  Engine.prototype.readEnglish = function (q, concepts, notes) {
    var tokens = q.match(/[a-z0-9]+(?:'[a-z]+)?/g) || [], i = 0;
    while (i < tokens.length) {
      var found = 0;
      for (var n = Math.min(5, tokens.length - i); n >= 1 && !found; n--) {
        var phrase = tokens.slice(i, i + n).join(" ");
        if (this.words[phrase] || this.same[phrase]) { this.concept(phrase, concepts, notes); found = n; }
        else if (n === 1 && this.ignore[phrase]) found = 1;
      }
      if (!found) {
        var t = tokens[i].replace(/'s$/, "");
        var near = t.length >= 5 && !this.known(stem(t)) ? this.nearest(t) : null;
        if (near) { notes.meant.push(near); this.concept(near, concepts, notes); }
        else if (t.length > 2 || (t.length === 2 && !/[0-9]/.test(t))) this.concept(t, concepts, notes); // not 2 or 12
        found = 1;
      }
      i += found;
    }
  };

  // The word of the text one letter away (two for long words): arbitraton is arbitration.
  Engine.prototype.nearest = function (word) {
    if (!this.vocabulary) {
      var seen = {}, list = [], found = this.all.match(/[a-z]{5,}/g) || [];
      for (var i = 0; i < found.length; i++) if (!seen[found[i]]) { seen[found[i]] = 1; list.push(found[i]); }
      this.vocabulary = list;
    }
    var limit = word.length >= 8 ? 2 : 1, best = null, bestD = limit + 1;
    for (var j = 0; j < this.vocabulary.length; j++) {
      var v = this.vocabulary[j];
      if (Math.abs(v.length - word.length) > limit) continue;
      var d = distance(word, v, limit);
      if (d < bestD) { bestD = d; best = v; }
    }
    return best;
  };

  function distance(a, b, limit) {
    var prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev.push(j);
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var low = i;
      for (j = 1; j <= b.length; j++) {
        cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1)));
        if (cur[j] < low) low = cur[j];
      }
      if (low > limit) return limit + 1;
      prev = cur;
    }
    return prev[b.length];
  }

  // How strongly one alternative matches one section: heading, page title, then the text.
  Engine.prototype.strength = function (alt, doc) {
    var tf, head, inTitle, inCites, m;
    if (zh) {
      tf = count(doc.b, alt.text); head = doc.h.indexOf(alt.text) !== -1 ? alt.text.length : 0;
      inTitle = doc.t.indexOf(alt.text) !== -1; inCites = doc.c.indexOf(alt.text) !== -1;
    } else {
      var re = alt.re || (alt.re = englishPattern(alt.text));
      tf = (doc.b.match(re) || []).length; re.lastIndex = 0; m = re.exec(doc.h); re.lastIndex = 0;
      head = m ? m[2].length : 0; inTitle = !!doc.t.match(re); inCites = !!doc.c.match(re);
    }
    if (!tf && !head && !inTitle && !inCites) return 0;
    var k = W.k, norm = 1 - W.b + W.b * doc.len / this.avg;
    var body = tf ? tf * (k + 1) / (tf + k * norm) : 0;
    // a heading that is mostly the word (劳动仲裁) says more than one that only has it (申请劳动仲裁)
    var heading = head ? W.heading * (1 - W.headingShare + W.headingShare * Math.min(1, head / doc.h.length)) : 0;
    return alt.weight * (heading + (inTitle ? W.title : 0) + body + (inCites ? W.cites : 0));
  };

  Engine.prototype.search = function (query) {
    var reading = this.read(query), concepts = reading.concepts, docs = this.docs, n = docs.length, i, j;
    var scores = [], weightTotal = 0;
    for (i = 0; i < n; i++) scores.push({ doc: docs[i], score: 0, covered: 0, hits: [] });
    var used = [], strong = false;
    for (j = 0; j < concepts.length; j++) if (!concepts[j].weak) strong = true;
    for (j = 0; j < concepts.length; j++) {
      var c = concepts[j], row = [], df = 0;
      for (i = 0; i < n; i++) {
        // the best alternative, plus a little for each other one: a section on 周末加班 that has
        // both 休息日 and 加班费 beats one that has only one of them
        var best = 0, bestAlt = null, rest = 0;
        for (var a = 0; a < c.alts.length; a++) {
          var s = this.strength(c.alts[a], docs[i]);
          if (s > best) { rest += best; best = s; bestAlt = c.alts[a]; } else rest += s;
        }
        if (best) best += Math.min(rest, best) * W.rest;
        row.push([best, bestAlt]);
        if (best > 0) df++;
      }
      if (!df) continue; // a word the handbook never uses cannot help, nor count against a section
      var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (c.weak ? W.weak : c.free ? W.free : 1);
      if (!c.weak || !strong) weightTotal += idf;
      used.push(c);
      for (i = 0; i < n; i++) {
        if (!row[i][0]) continue;
        scores[i].score += idf * row[i][0];
        if (!c.weak || !strong) scores[i].covered += idf;
        scores[i].hits.push(row[i][1]);
        for (var b = 0; b < c.alts.length; b++) if (c.alts[b] !== row[i][1]) scores[i].hits.push(c.alts[b]);
      }
    }
    // a heading that reads like the question (骑手和平台算劳动关系吗: 什么时候算劳动关系),
    // question words included, lifts a section the query already matches
    var asked = pieces(fold(query));
    var results = [];
    for (i = 0; i < n; i++) {
      var r = scores[i];
      if (!r.score) continue;
      var hp = r.doc.pieces, shared = 0;
      for (var key in hp.set) if (asked.set[key]) shared++;
      if (hp.n) r.score *= 1 + W.asked * shared / hp.n;
      r.coverage = weightTotal ? Math.min(1, r.covered / weightTotal) : 0;
      if (!r.coverage) continue; // only single characters matched: not a result
      r.rank = r.score * r.coverage * r.coverage;
      results.push(r);
    }
    results.sort(function (x, y) { return y.rank - x.rank || x.doc.page - y.doc.page; });
    var notes = reading.notes;
    return { results: results, complete: !results.length || results[0].coverage > 0.999, used: used,
             also: unique(notes.also).slice(0, 6), meant: unique(notes.meant) };
  };

  function unique(list) {
    var seen = {}, out = [];
    for (var i = 0; i < list.length; i++) if (!seen[list[i]]) { seen[list[i]] = 1; out.push(list[i]); }
    return out;
  }

  Engine.prototype.url = function (doc) {
    // from the file system a folder does not open its index.html
    return rootPath + this.pages[doc.page][0] + (LOCAL ? "index.html" : "") + (doc.anchor && !doc.top ? "#" + doc.anchor : "");
  };

  // A short piece of the section around its best match, the matches marked.
  Engine.prototype.excerpt = function (result) {
    var doc = result.doc, text = doc.body, lower = doc.b, at = -1, hits = result.hits, i, m;
    var span = zh ? 60 : 180;
    for (i = 0; i < hits.length && at === -1; i++) {
      if (zh) at = lower.indexOf(hits[i].text);
      else { hits[i].re = hits[i].re || englishPattern(hits[i].text); hits[i].re.lastIndex = 0; m = hits[i].re.exec(lower); if (m) at = m.index + m[1].length; }
    }
    var start = Math.max(0, at - (zh ? 12 : 40));
    if (start > 0) {
      var stop = text.slice(Math.max(0, start - 20), start).search(zh ? /[。！？；]/ : /[.!?;] /);
      if (stop !== -1) start = Math.max(0, start - 20) + stop + 1;
    }
    var piece = text.substr(start, span), lowPiece = piece.toLowerCase(), marks = [];
    for (i = 0; i < hits.length; i++) {
      if (zh) {
        var w = hits[i].text, p = lowPiece.indexOf(w);
        while (w && p !== -1) { marks.push([p, p + w.length]); p = lowPiece.indexOf(w, p + w.length); }
      } else {
        var re = englishPattern(hits[i].text);
        while ((m = re.exec(lowPiece))) {
          var s = m.index + m[1].length, e = s + m[2].length;
          while (e < lowPiece.length && WORDCHAR.test(lowPiece.charAt(e))) e++;
          marks.push([s, e]);
        }
      }
    }
    marks.sort(function (x, y) { return x[0] - y[0] || y[1] - x[1]; });
    var parts = [], last = 0;
    for (i = 0; i < marks.length; i++) {
      if (marks[i][0] < last) continue;
      parts.push([piece.slice(last, marks[i][0]), false], [piece.slice(marks[i][0], marks[i][1]), true]);
      last = marks[i][1];
    }
    parts.push([piece.slice(last), false]);
    return { before: start > 0, parts: parts, after: start + span < text.length };
  };

  // --- loading ---------------------------------------------------------------------------

  function getJSON(path, done) {
    if (LOCAL) return getScript(path, done);
    var xhr = new XMLHttpRequest();
    xhr.open("GET", root + path);
    xhr.onload = function () {
      if (xhr.status !== 200) return done(new Error(path + " " + xhr.status));
      var data;
      try { data = JSON.parse(xhr.responseText); } catch (e) { return done(e); }
      done(null, data);
    };
    xhr.onerror = function () { done(new Error(path)); };
    xhr.send();
  }

  // The offline copy: the file as a script that leaves its data in window.quanyiData[path].
  function getScript(path, done) {
    var data = window.quanyiData = window.quanyiData || {};
    if (data[path]) return done(null, data[path]);
    var script = document.createElement("script");
    script.src = root + path.replace(/\.json$/, ".js");
    script.onload = function () {
      if (data[path]) done(null, data[path]);
      else done(new Error(path));
    };
    script.onerror = function () { done(new Error(path)); };
    document.getElementsByTagName("head")[0].appendChild(script);
  }

  var engines = {}, waiting = {};

  function engine(edition, done) {
    if (engines[edition]) return done(null, engines[edition]);
    if (waiting[edition]) return waiting[edition].push(done);
    var queue = waiting[edition] = [done], got = {}, failed = null, left = 2;
    function finish(name) {
      return function (error, data) {
        failed = failed || error;
        got[name] = data;
        if (--left) return;
        delete waiting[edition];
        var made = null;
        if (!failed) {
          try { made = engines[edition] = window.quanyiSearch.last = new Engine(got.index, got.words); }
          catch (e) { failed = e; }
        }
        for (var i = 0; i < queue.length; i++) queue[i](failed, made);
      };
    }
    getJSON(INDEX + LANG + "/" + edition + ".json", finish("index"));
    getJSON(INDEX + LANG + "/words.json", finish("words"));
  }

  // --- results ---------------------------------------------------------------------------

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content) node.textContent = content;
    return node;
  }

  function contentsLink(edition) {
    var a = el("a", "", T.contents);
    // from the file system (the offline copy) a folder does not open its index.html
    a.href = root + (zh ? "" : "en/") + edition + "/" + (LOCAL ? "index.html" : "");
    return a;
  }

  function View(container) {
    this.status = container.querySelector(".quanyi-results__status");
    this.list = container.querySelector(".quanyi-results__list");
    this.edition = container.getAttribute("data-edition") || "national";
    this.seq = 0;
  }

  View.prototype.say = function (message, link, more) {
    this.status.textContent = message;
    if (link) {
      this.status.appendChild(document.createTextNode(" "));
      this.status.appendChild(link);
      this.status.appendChild(document.createTextNode(zh ? "。" : "."));
    }
    if (more) this.status.appendChild(el("span", "quanyi-results__more", " " + more));
  };

  View.prototype.clear = function (message) {
    this.seq++;
    this.list.innerHTML = "";
    this.say(message || "");
  };

  View.prototype.search = function (query) {
    var view = this, seq = ++this.seq, edition = this.edition;
    query = String(query || "").replace(/^\s+|\s+$/g, "");
    if (!query) return this.clear(T.hint);
    if (!canSearch) return this.say(T.unsupported, contentsLink(edition));
    this.say(T.searching);
    engine(edition, function (error, found) {
      if (seq !== view.seq) return;
      if (error) {
        view.list.innerHTML = "";
        return view.say(LOCAL ? T.offline : T.failed, contentsLink(edition));
      }
      view.show(found, found.search(query), edition);
    });
  };

  View.prototype.show = function (engine, outcome, edition) {
    this.list.innerHTML = "";
    var results = outcome.results;
    if (!results.length) return this.say(T.none, contentsLink(edition), T.ask);
    var notes = [T.found(results.length)];
    if (outcome.meant.length) notes.push(T.meant(outcome.meant.join(T.list)));
    if (!outcome.complete) notes.push(T.partly);
    this.say(notes.join(zh ? "。" : ". ") + (zh ? "" : ""));
    if (outcome.also.length) this.status.appendChild(el("span", "quanyi-results__also", " " + T.also(outcome.also.join(T.list))));
    for (var i = 0; i < Math.min(MAX_RESULTS, results.length); i++) this.list.appendChild(item(engine, results[i]));
  };

  function item(engine, result) {
    var doc = result.doc, li = el("li", "md-search-result__item quanyi-result");
    var a = el("a", "quanyi-result__title", doc.heading);
    a.href = engine.url(doc);
    li.appendChild(a);
    var title = engine.pages[doc.page][1];
    if (title && title !== doc.heading) li.appendChild(el("span", "quanyi-result__page", title));
    var ex = engine.excerpt(result), p = el("p", "quanyi-result__excerpt");
    if (ex.before) p.appendChild(document.createTextNode("…"));
    for (var i = 0; i < ex.parts.length; i++) {
      if (!ex.parts[i][0]) continue;
      p.appendChild(ex.parts[i][1] ? el("mark", "", ex.parts[i][0]) : document.createTextNode(ex.parts[i][0]));
    }
    if (ex.after) p.appendChild(document.createTextNode("…"));
    if (doc.body) li.appendChild(p);
    return li;
  }

  // for tests and the benchmark: the same engine, without the page around it
  window.quanyiSearch = { Engine: Engine, fold: fold, stem: stem, weights: W };

  // --- wiring ----------------------------------------------------------------------------

  function param(name) {
    var match = new RegExp("[?&]" + name + "=([^&#]*)").exec(location.search);
    if (!match) return "";
    try {
      return decodeURIComponent(match[1].replace(/\+/g, " "));
    } catch (e) {
      return "";
    }
  }

  var form = document.querySelector("form[data-quanyi-overlay]");
  var toggle = document.getElementById("__search");
  var overlay = form && new View(document.querySelector(".md-search .quanyi-results"));
  var pageNode = document.querySelector("[data-search-page]");

  if (overlay) {
    var input = form.querySelector("input[type=search]");
    var timer = null;
    if (canSearch) overlay.say(T.hint);
    else overlay.say(T.unsupported, contentsLink(overlay.edition));
    var composing = false;
    var later = function () {
      if (!canSearch) return;
      clearTimeout(timer);
      timer = setTimeout(function () { overlay.search(input.value); }, 250);
    };
    // while a Chinese input method composes, the box holds pinyin: wait for the characters
    input.addEventListener("compositionstart", function () { composing = true; });
    input.addEventListener("compositionend", function () { composing = false; later(); });
    input.addEventListener("input", function (event) {
      if (!composing && !event.isComposing) later();
    });
    // start fetching the index as soon as the reader opens the search, not when they finish typing
    input.addEventListener("focus", function () { if (canSearch) engine(overlay.edition, function () {}); });
    form.addEventListener("submit", function (event) {
      if (!canSearch) return; // the search page explains
      event.preventDefault();
      clearTimeout(timer);
      overlay.search(input.value);
      input.blur(); // closes the phone's keyboard, so the results can be seen
    });
    form.addEventListener("reset", function () {
      overlay.clear(T.hint);
      input.focus();
    });
    if (toggle) {
      toggle.addEventListener("change", function () {
        if (toggle.checked) input.focus();
      });
      // on wide screens the box is in the header: opening it shows where results will be
      input.addEventListener("focus", function () { toggle.checked = true; });
    }
    document.addEventListener("keydown", function (event) {
      if ((event.key === "Escape" || event.keyCode === 27) && toggle && toggle.checked) {
        toggle.checked = false;
        input.blur();
      }
    });
    overlay.list.addEventListener("click", function (event) {
      // a result on this very page only scrolls: close the search to show it
      var target = event.target;
      while (target && target !== overlay.list && target.tagName !== "A") target = target.parentNode;
      if (target && target.tagName === "A" && toggle) toggle.checked = false;
    });
    // the edition's home has a search form of its own; the offline copy has no search page
    // for it to open, so there it searches in the header's box
    var homeForm = document.querySelector("form.edition-search");
    if (LOCAL && canSearch && homeForm) {
      homeForm.addEventListener("submit", function (event) {
        event.preventDefault();
        input.value = homeForm.querySelector("input[type=search]").value;
        if (toggle) toggle.checked = true;
        overlay.search(input.value);
      });
    }
  }

  if (pageNode) {
    var results = new View(pageNode);
    var edition = param("edition");
    results.edition = /^[a-z]+$/.test(edition) ? edition : "national";
    var query = param("q");
    if (form) {
      form.querySelector("input[name=edition]").value = results.edition;
      form.querySelector("input[type=search]").value = query;
      overlay.edition = results.edition;
    }
    results.search(query);
  }
})();

// The province picker (web/picker.py): typing a province or a city keeps only the editions it
// names; Enter opens the one that is left. Without this script the field is hidden and the
// whole list shows.
(function () {
  var ENDING = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|县|区|盟)$/;

  function norm(text) {
    return text.toLowerCase().replace(/\s+county\b/g, "").replace(/[\s·,，、。.]/g, "").replace(ENDING, "");
  }

  function matches(query, words) {
    for (var i = 0; i < words.length; i++) {
      // a Chinese name inside what was typed (广东东莞 holds 东莞) counts; a pinyin one does not
      // ("beijing" holds "jin", a word of Shanxi's)
      var inside = /[^\x00-\x7f]/.test(words[i]) && query.indexOf(words[i]) !== -1;
      if (words[i] && (words[i].indexOf(query) !== -1 || inside)) return true;
    }
    return false;
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-picker]"), function (input) {
    var box = input.closest(".quanyi-picker");
    // the national edition stays in view whatever is typed
    var links = Array.prototype.filter.call(box.querySelectorAll("li > a"), function (a) {
      return !a.closest(".quanyi-picker__national");
    });
    var none = box.querySelector(".quanyi-picker__none");
    function update() {
      var query = norm(input.value);
      var left = [];
      links.forEach(function (a) {
        var words = a.getAttribute("data-places") || norm(a.textContent);
        var show = !query || matches(query, words.split(" "));
        a.parentNode.hidden = !show;
        if (show) left.push(a);
      });
      Array.prototype.forEach.call(box.querySelectorAll(".quanyi-picker__region"), function (region) {
        region.hidden = !region.querySelector("li:not([hidden])");
      });
      none.hidden = !query || left.length > 0;
      return left;
    }
    input.addEventListener("input", update);
    input.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      var left = update();
      if (left.length === 1) window.location.href = left[0].href;
      event.preventDefault();
    });
  });
})();
