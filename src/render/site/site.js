// lexwatch tracker site: the change filter and the provision search.
// Plain JavaScript, no framework, no network: the search data is a local
// script (assets/search-data.js). Without JavaScript every page still lists
// every change and every provision.
"use strict";

(function () {
  var RANK = { none: 0, info: 1, low: 2, medium: 3, high: 4 };

  function params() {
    var out = {};
    var query = window.location.search.replace(/^\?/, "");
    if (!query) return out;
    query.split("&").forEach(function (pair) {
      var i = pair.indexOf("=");
      var key = decodeURIComponent((i < 0 ? pair : pair.slice(0, i)).replace(/\+/g, " "));
      var value = i < 0 ? "" : decodeURIComponent(pair.slice(i + 1).replace(/\+/g, " "));
      out[key] = value;
    });
    return out;
  }

  // Keeps the chosen filter or query in the address, so it can be shared.
  function remember(name, value) {
    try {
      var url = window.location.pathname + (value ? "?" + name + "=" + encodeURIComponent(value) : "");
      window.history.replaceState(null, "", url + window.location.hash);
    } catch (e) {
      // file:// pages may refuse; the filter works all the same.
    }
  }

  // --- the change filter -----------------------------------------------------

  function setUpFilter() {
    var form = document.getElementById("filter");
    if (!form) return;
    var severity = document.getElementById("filter-severity");
    var category = document.getElementById("filter-category");
    var status = document.getElementById("filter-status");
    var changes = Array.prototype.slice.call(document.querySelectorAll(".change"));

    function apply() {
      var least = RANK[severity.value] || 0;
      var wanted = category.value;
      var shown = 0;
      changes.forEach(function (change) {
        var findings = Array.prototype.slice.call(change.querySelectorAll(".finding"));
        var match = (!least && !wanted) || findings.some(function (f) {
          var rank = RANK[f.getAttribute("data-severity")] || 0;
          return rank >= least && (!wanted || f.getAttribute("data-category") === wanted);
        });
        change.hidden = !match;
        if (match) shown += 1;
      });
      status.textContent = status.getAttribute("data-showing") + " " + shown + " " +
        status.getAttribute("data-of") + " " + changes.length;
      status.setAttribute("data-shown", String(shown));
    }

    var start = params();
    if (start.severity && RANK[start.severity]) severity.value = start.severity;
    if (start.category) {
      Array.prototype.forEach.call(category.options, function (o) {
        if (o.value === start.category) category.value = start.category;
      });
    }
    severity.addEventListener("change", function () { remember("severity", severity.value); apply(); });
    category.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    form.hidden = false;
    apply();
  }

  // --- the search ------------------------------------------------------------

  function normalize(text) {
    return text.toLowerCase().replace(/ё/g, "е").replace(/[«»"“”„]/g, " ").replace(/\s+/g, " ").trim();
  }

  function count(haystack, needle) {
    if (!needle) return 0;
    var n = 0;
    var at = haystack.indexOf(needle);
    while (at >= 0) {
      n += 1;
      at = haystack.indexOf(needle, at + needle.length);
    }
    return n;
  }

  // Every word must occur; the whole phrase in the heading counts most,
  // then the phrase in the text, then the words one by one.
  function score(entry, phrase, words) {
    var heading = normalize(entry.heading || "");
    var text = normalize(entry.text);
    var all = heading + " " + text;
    for (var i = 0; i < words.length; i++) {
      if (all.indexOf(words[i]) < 0) return 0;
    }
    var s = 1000 * count(heading, phrase) + 100 * count(text, phrase);
    words.forEach(function (w) { s += count(all, w); });
    return s;
  }

  // A line of the text around the first match, with the match marked
  // (built as DOM nodes: statute text is never parsed as HTML).
  function snippet(entry, phrase, words) {
    var lines = entry.text.split("\n");
    var best = lines[0] || "";
    for (var i = 0; i < lines.length; i++) {
      var line = normalize(lines[i]);
      if (line.indexOf(phrase) >= 0 || line.indexOf(words[0]) >= 0) { best = lines[i]; break; }
    }
    var p = document.createElement("p");
    p.className = "snippet";
    p.lang = entry.lang;
    var lower = best.toLowerCase().replace(/ё/g, "е");
    var needle = lower.indexOf(phrase) >= 0 ? phrase : words[0];
    var at = lower.indexOf(needle);
    if (at < 0) {
      p.textContent = best;
      return p;
    }
    p.appendChild(document.createTextNode(best.slice(0, at)));
    var mark = document.createElement("mark");
    mark.textContent = best.slice(at, at + needle.length);
    p.appendChild(mark);
    p.appendChild(document.createTextNode(best.slice(at + needle.length)));
    return p;
  }

  function setUpSearch() {
    var form = document.getElementById("search");
    if (!form) return;
    var input = document.getElementById("q");
    var section = document.getElementById("results");
    var status = document.getElementById("results-status");
    var list = document.getElementById("results-list");
    var data = window.lexwatchSearch || [];

    function run(query) {
      var phrase = normalize(query);
      list.textContent = "";
      if (!phrase) {
        section.hidden = true;
        return;
      }
      var words = phrase.split(" ");
      var hits = [];
      data.forEach(function (entry, index) {
        var s = score(entry, phrase, words);
        if (s > 0) hits.push({ entry: entry, score: s, index: index });
      });
      hits.sort(function (a, b) { return b.score - a.score || a.index - b.index; });
      hits.forEach(function (hit) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = hit.entry.url;
        a.lang = hit.entry.lang;
        a.textContent = hit.entry.act + " " + hit.entry.citation +
          (hit.entry.heading ? ". " + hit.entry.heading : "");
        li.appendChild(a);
        li.appendChild(snippet(hit.entry, phrase, words));
        list.appendChild(li);
      });
      status.textContent = hits.length
        ? status.getAttribute("data-found") + " " + hits.length
        : status.getAttribute("data-none");
      section.hidden = false;
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      remember("q", input.value);
      run(input.value);
    });
    var start = params();
    if (start.q) {
      input.value = start.q;
      run(start.q);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpFilter();
    setUpSearch();
  });
})();
