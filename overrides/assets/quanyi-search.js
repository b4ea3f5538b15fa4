/* Quanyi search: the header's search box and the search page, backed by one Pagefind index
   per edition (src/quanyi/web/search.py). Plain ES5, so that old Android WebViews can parse it
   and say "not in this browser" when Pagefind (ES2020, WebAssembly) cannot run.

   Chinese queries are split into words here, against the list of words in the index
   (pagefind/words-zh.json), so a query splits exactly where the index does: legal terms from
   the search dictionary stay whole, and browsers without Intl.Segmenter work too. */
(function () {
  "use strict";

  var zh = /^zh/i.test(document.documentElement.lang);
  var T = zh ? {
    hint: "输入要找的词，例如：工资、加班、工伤",
    searching: "正在搜索……",
    none: "没有找到。试试别的词，或者看",
    contents: "本版目录",
    found: function (n) { return "找到 " + n + " 个页面"; },
    partly: function (words) { return "（没有页面包含所有的词，这些页面包含：" + words + "）"; },
    unsupported: "这个浏览器不能搜索。请从本版目录找到内容：",
    offline: "离线版不能搜索。按“搜索”会打开网上的搜索页；也可以看",
    failed: "搜索没有成功（网络可能断了）。请稍后再试，或者看"
  } : {
    hint: "Type a word, for example: wages, overtime, injury",
    searching: "Searching…",
    none: "Nothing found. Try another word, or see",
    contents: "this edition's contents",
    found: function (n) { return n === 1 ? "1 page found" : n + " pages found"; },
    partly: function (words) { return " (no page has all the words; these have: " + words + ")"; },
    unsupported: "Search does not work in this browser. Please use the contents: ",
    offline: "The offline copy cannot search. Pressing Enter opens the search online; or see",
    failed: "Search failed (perhaps the connection dropped). Try again later, or see"
  };
  var HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
  var CJK = "[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]";
  // the index has spaces between Chinese words; readers should not see them
  var GAP = new RegExp("(" + CJK + ")((?:</?mark>)*) ((?:</?mark>)*)(?=" + CJK + ")", "g");
  var MAX_RESULTS = 10, MAX_SECTIONS = 3;

  var configNode = document.getElementById("__config");
  var base = configNode ? JSON.parse(configNode.textContent).base : ".";
  var root = absolute(base + "/");

  function absolute(path) {
    var a = document.createElement("a");
    a.href = path;
    return a.href;
  }

  function supported() {
    if (location.protocol === "file:") return false; // the offline copy: no index to fetch
    if (typeof Promise === "undefined" || typeof WebAssembly !== "object" || !window.JSON) return false;
    try {
      importModule = new Function("u", "return import(u)"); // a SyntaxError where modules are unknown
      return true;
    } catch (e) {
      return false;
    }
  }
  var importModule = null;
  var canSearch = supported();

  // --- words ---------------------------------------------------------------------------

  var vocabulary = null; // {words: {word: 1}, starts: {char: 1}, longest: n}
  var wordsPromise = null;

  function loadWords() {
    if (!wordsPromise) {
      wordsPromise = fetch(root + "pagefind/words-zh.json").then(function (r) {
        if (!r.ok) throw new Error("words " + r.status);
        return r.json();
      }).then(function (list) {
        var v = { words: {}, starts: {}, longest: 1 };
        for (var i = 0; i < list.length; i++) {
          v.words[list[i]] = 1;
          v.starts[list[i].charAt(0)] = 1;
          if (list[i].length > v.longest) v.longest = list[i].length;
        }
        vocabulary = v;
        return v;
      });
    }
    return wordsPromise;
  }

  // Forward maximum matching against the indexed words; other text splits at spaces.
  function split(text) {
    var out = [], i = 0, n = text.length;
    while (i < n) {
      var c = text.charAt(i);
      if (HAN.test(c)) {
        var w = c;
        for (var len = Math.min(vocabulary.longest, n - i); len > 1; len--) {
          if (vocabulary.words[text.substr(i, len)]) { w = text.substr(i, len); break; }
        }
        out.push(w);
        i += w.length;
      } else if (/\s/.test(c)) {
        out.push(c);
        i++;
      } else {
        var j = i;
        while (j < n && !HAN.test(text.charAt(j)) && !/\s/.test(text.charAt(j))) j++;
        out.push(text.slice(i, j));
        i = j;
      }
    }
    return out;
  }

  // Pagefind wants every word of a query on a page, so words that cannot help are left out:
  // question words and particles (拖欠工资怎么办 searches 拖欠 工资), and single characters
  // that start no indexed word.
  var STOP = {};
  ("的 了 吗 呢 吧 啊 呀 么 嘛 怎么 怎么办 怎样 怎么样 如何 什么 为什么 哪里 哪儿 谁 多少 办 请问 " +
   "我 我们 你 你们 他 她 他们 自己 能不能 可不可以 可以 应该").replace(/\S+/g, function (w) { STOP[w] = 1; });

  function prepare(query) {
    var words = zh ? split(query) : query.split(/\s+/), kept = [], all = [];
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      if (/^\s*$/.test(w)) continue;
      all.push(w);
      if (zh && STOP[w]) continue;
      if (zh && w.length === 1 && HAN.test(w) && !vocabulary.words[w] && !vocabulary.starts[w]) continue;
      kept.push(w);
    }
    return kept.length ? kept : all;
  }

  // No page has every word: try with fewer, dropping single characters first, then the last word.
  function fewer(words) {
    for (var i = words.length - 1; i >= 0; i--) {
      if (words[i].length === 1) return words.slice(0, i).concat(words.slice(i + 1));
    }
    return words.slice(0, -1);
  }

  function searchWords(pagefind, words, first) {
    return pagefind.search(words.join(" ")).then(function (found) {
      if (found && found.results.length) return { found: found, words: words, all: first };
      if (words.length > 1) return searchWords(pagefind, fewer(words), false);
      return { found: null, words: words, all: first };
    });
  }

  // Pagefind splits Chinese queries with Intl.Segmenter, which knows neither our index nor
  // our dictionary (and is missing before Chrome 87): give it ours for Chinese words.
  function installSegmenter() {
    var Native = window.Intl && Intl.Segmenter;
    if (Native && Native.quanyi) return;
    function Segmenter(locale, options) {
      this.locale = String(locale || "");
      this.granularity = (options && options.granularity) || "grapheme";
      this.native = Native ? new Native(locale, options) : null;
    }
    Segmenter.quanyi = true;
    Segmenter.supportedLocalesOf = function (locales) {
      return Native ? Native.supportedLocalesOf(locales) : [].concat(locales || []);
    };
    Segmenter.prototype.resolvedOptions = function () {
      return { locale: this.locale, granularity: this.granularity };
    };
    Segmenter.prototype.segment = function (text) {
      var parts;
      text = String(text);
      if (this.granularity === "word" && /^zh/i.test(this.locale)) parts = split(text);
      else if (this.native) return this.native.segment(text);
      else if (this.granularity === "word") parts = text.split(/(\s+)/);
      else parts = text.match(/[\ud800-\udbff][\udc00-\udfff]|[\s\S]/g) || [];
      var out = [], index = 0;
      for (var i = 0; i < parts.length; i++) {
        if (!parts[i]) continue;
        out.push({ segment: parts[i], index: index, input: text, isWordLike: /\S/.test(parts[i]) });
        index += parts[i].length;
      }
      return out;
    };
    if (!window.Intl) window.Intl = {};
    Intl.Segmenter = Segmenter;
  }

  // --- Pagefind --------------------------------------------------------------------------

  var engines = {};

  function engine(edition) {
    if (!engines[edition]) {
      var bundle = root + "pagefind/" + edition + "/pagefind.js";
      engines[edition] = Promise.all([zh ? loadWords() : null, importModule(bundle)]).then(function (r) {
        if (zh) installSegmenter();
        var pagefind = r[1];
        // main thread: a worker would segment queries with its own Intl.Segmenter
        return pagefind.options({ noWorker: true, baseUrl: new URL(root).pathname, excerptLength: 24 })
          .then(function () { return pagefind; });
      });
      engines[edition]["catch"](function () { delete engines[edition]; });
    }
    return engines[edition];
  }

  // --- results ---------------------------------------------------------------------------

  function tidy(html) {
    return String(html || "").replace(/\u200b/g, "").replace(GAP, "$1$2$3");
  }

  function text(html) {
    var div = document.createElement("div");
    div.innerHTML = tidy(html);
    return div.textContent;
  }

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content) node.textContent = content;
    return node;
  }

  function contentsLink(edition) {
    var a = el("a", "", T.contents);
    // from the file system (the offline copy) a folder does not open its index.html
    a.href = root + (zh ? "" : "en/") + edition + "/" + (location.protocol === "file:" ? "index.html" : "");
    return a;
  }

  function View(container) {
    this.status = container.querySelector(".quanyi-results__status");
    this.list = container.querySelector(".quanyi-results__list");
    this.edition = container.getAttribute("data-edition") || "national";
    this.seq = 0;
  }

  View.prototype.say = function (message, link) {
    this.status.textContent = message;
    if (link) {
      this.status.appendChild(document.createTextNode(" "));
      this.status.appendChild(link);
    }
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
    engine(edition).then(function (pagefind) {
      return searchWords(pagefind, prepare(query), true);
    }).then(function (outcome) {
      var found = outcome.found, results = found ? found.results.slice(0, MAX_RESULTS) : [];
      return Promise.all(results.map(function (r) { return r.data(); })).then(function (pages) {
        if (seq !== view.seq) return;
        view.show(pages, found ? found.results.length : 0, edition, outcome.all ? "" : outcome.words.join(" "));
      });
    })["catch"](function (error) {
      if (seq !== view.seq) return;
      view.list.innerHTML = "";
      view.say(error instanceof SyntaxError ? T.unsupported : T.failed, contentsLink(edition));
    });
  };

  View.prototype.show = function (pages, total, edition, partly) {
    this.list.innerHTML = "";
    if (!total) return this.say(T.none, contentsLink(edition));
    this.say(T.found(total) + (partly ? T.partly(partly) : ""));
    for (var i = 0; i < pages.length; i++) this.list.appendChild(item(pages[i]));
  };

  // sections with more of the query's words first, then Pagefind's own score
  function relevance(section) {
    var seen = {}, distinct = 0, score = 0, marks = /<mark>([\s\S]*?)<\/mark>/g, m;
    while ((m = marks.exec(section.excerpt || ""))) {
      var w = m[1].toLowerCase();
      if (!seen[w]) { seen[w] = 1; distinct++; }
    }
    var locations = section.weighted_locations || [];
    for (var i = 0; i < locations.length; i++) score += locations[i].balanced_score || 0;
    return distinct * 1e6 + score;
  }

  function item(page) {
    var li = el("li", "md-search-result__item quanyi-result");
    var a = el("a", "quanyi-result__title", text(page.meta && page.meta.title));
    a.href = page.url;
    li.appendChild(a);
    var sections = [];
    for (var i = 0; i < (page.sub_results || []).length; i++) {
      var sub = page.sub_results[i];
      // the page's own heading is the result's title already
      if (sub.url.split("#")[0] !== page.url || text(sub.title) !== text(page.meta && page.meta.title)) sections.push(sub);
    }
    // Pagefind lists sections in page order; show the few that match best
    sections.sort(function (a, b) { return relevance(b) - relevance(a); });
    sections = sections.slice(0, MAX_SECTIONS);
    if (!sections.length) {
      var p = el("p", "quanyi-result__excerpt");
      p.innerHTML = tidy(page.excerpt);
      li.appendChild(p);
      return li;
    }
    var ul = el("ul", "quanyi-result__sections");
    for (var j = 0; j < sections.length; j++) {
      var s = el("li");
      var link = el("a", "", text(sections[j].title));
      link.href = sections[j].url;
      var excerpt = el("p", "quanyi-result__excerpt");
      excerpt.innerHTML = tidy(sections[j].excerpt);
      s.appendChild(link);
      s.appendChild(excerpt);
      ul.appendChild(s);
    }
    li.appendChild(ul);
    return li;
  }

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
    else if (location.protocol === "file:") overlay.say(T.offline, contentsLink(overlay.edition));
    else overlay.say(T.unsupported, contentsLink(overlay.edition));
    var composing = false;
    var later = function () {
      if (!canSearch) return;
      clearTimeout(timer);
      timer = setTimeout(function () { overlay.search(input.value); }, 300);
    };
    // while a Chinese input method composes, the box holds pinyin: wait for the characters
    input.addEventListener("compositionstart", function () { composing = true; });
    input.addEventListener("compositionend", function () { composing = false; later(); });
    input.addEventListener("input", function (event) {
      if (!composing && !event.isComposing) later();
    });
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
      if (event.target.closest && event.target.closest("a") && toggle) toggle.checked = false;
    });
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
