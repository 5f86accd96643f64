/* What the Contributing page's form (annotate.js) checks against the published site, as make annotate
   checks it: the paragraph a link points at, from /anchors.json (an id that moved followed to its new place,
   a page gone named with where its paragraphs went), and the quoted words, in that paragraph of the page
   itself, once, whole words. A problem is an Error naming its field, in make check's words with its hint. */
(function () {
  "use strict";

  var normalise = window.edition.normaliseSpace;
  /* The annotation schema's longest quote (hooks/core/text.py: QUOTE_LIMIT; tests/test_annotate_form_patterns.py
     compares them). */
  var QUOTE_LIMIT = 2000;
  var PARAGRAPH_ID = /^p[1-9][0-9]*$/; /* hooks/core/paragraphs.py: RE_PARAGRAPH_ID */
  var MOVED = "moved"; /* hooks/core/anchor_export.py: an old address's entry, which `moved_to` leads on */

  /* Every start of `quote` in `text`, overlaps counted (hooks/core/quotes.py: find_quote). */
  function occurrences(text, quote) {
    var count = 0, index = quote ? text.indexOf(quote) : -1;
    while (index !== -1) {
      count += 1;
      index = text.indexOf(quote, index + 1);
    }
    return count;
  }

  function problem(field, message, hint) {
    var error = new Error(message);
    error.field = field;
    error.hint = hint;
    return error;
  }

  /* A text longer than its field takes, in make check's words (hooks/core/schema_messages.py: too_long), counted
     as the schema counts, by code point (an emoji is one character, not a UTF-16 pair); null if it fits. */
  function tooLong(field, what, text, limit) {
    var length = Array.from(text).length;
    if (length <= limit) return null;
    var most = limit.toLocaleString("en");
    return problem(field, what + " " + length.toLocaleString("en") + " characters long, more than the " + most + " it may have",
      "shorten it to " + most + " characters or fewer");
  }

  /* `p1–p3, p5`: the gap a deleted paragraph left, as the build's PageInventory.id_range names it. */
  function idRange(ids) {
    var numbers = ids.map(function (pid) { return Number(pid.slice(1)); }).sort(function (a, b) { return a - b; });
    var runs = [];
    numbers.forEach(function (number) {
      var run = runs[runs.length - 1];
      if (run && number === run[run.length - 1] + 1) { run.push(number); } else if (!run || number !== run[run.length - 1]) { runs.push([number]); }
    });
    return runs.map(function (run) {
      return run.length > 1 ? "p" + run[0] + "–p" + run[run.length - 1] : "p" + run[0];
    }).join(", ");
  }

  /* The published paragraph a link points at, from any host or base path, as find_page does. An id that moved
     (a page move or a redirect: anchors.json lists it at its old address as `moved`, hooks/core/anchor_export.py)
     is followed to the paragraph it leads to now, which the site's own pages would show the reader. */
  function findParagraph(entries, link) {
    /* An empty field is missing, as the words and the name are (annotate.js), and as make annotate says its URL
       is (hooks/cli/annotate.py: missing_inputs): read as an address, '' was this page, "not a paragraph". */
    if (!link) throw problem("paragraph", "the paragraph link is missing", "copy the link of the ¶ number of the paragraph the words are from");
    var url;
    try {
      url = new URL(link, location.href);
    } catch (error) {
      throw problem("paragraph", "'" + link + "' is not a link", "copy the link of a paragraph's ¶ number");
    }
    var id = window.edition.fragmentId(url.hash);
    if (!PARAGRAPH_ID.test(id)) {
      throw problem("paragraph", "'" + link + "' does not point at a paragraph", "it must end in #p1, #p2, …");
    }
    var path = url.pathname.replace(/index\.html$/, "");
    var pages = entries.filter(function (entry) {
      var numbered = entry.kind === "paragraph" || (entry.kind === MOVED && PARAGRAPH_ID.test(entry.id));
      return numbered && entry.page !== "/" && path.endsWith(entry.page);
    });
    if (!pages.length) {
      throw problem("paragraph", "'" + link + "' leads to no page with numbered paragraphs", "open a page of a text and copy the link of a paragraph's ¶ number");
    }
    var page = pages.reduce(function (a, b) { return b.page.length > a.page.length ? b : a; }).page;
    var here = pages.filter(function (entry) { return entry.page === page; });
    var found = here.filter(function (entry) { return entry.id === id; })[0];
    if (!found) {
      /* the paragraphs the page has; a page that moved whole, the new page's, named as make annotate names it */
      var shown = here.filter(function (entry) { return entry.kind === "paragraph"; });
      var movedTo = shown.length ? null : pageMovedTo(entries, here);
      if (movedTo) {
        throw problem("paragraph", "'" + link + "': that page moved to " + movedTo.place + ", which has no paragraph '" + id + "'",
          "it has " + (idRange(movedTo.ids) || "no numbered paragraphs") + ": copy the link of a paragraph's ¶ number there");
      }
      if (!shown.length) throw goneProblem(entries, link, id, here);
      throw problem("paragraph", "no paragraph '" + id + "' on that page", "it has " + idRange(shown.map(function (entry) { return entry.id; })));
    }
    return found.kind === MOVED ? movedParagraph(entries, link, found) : { page: page, id: id };
  }

  /* The entry each of a gone page's moved ids (`olds`) leads to, a place the site has; undefined where none. */
  function movedEnds(entries, olds) {
    return olds.map(function (old) {
      return entries.filter(function (entry) { return entry.url === old.moved_to && entry.kind !== MOVED; })[0];
    });
  }

  /* The page a gone page moved to whole, from its old ids' entries (`olds`): the one page they lead to under the same
     id, as a page move carries them (hooks/cli/moved_links.py: follow_link, gone_page_line); its address's path and
     its paragraphs; null where none kept its id, or those that did are on several pages. Ids redirected keeping
     their numbers look the same here, and make annotate reads them alike. */
  function pageMovedTo(entries, olds) {
    var targets = movedEnds(entries, olds);
    var carried = targets.filter(function (target, index) { return target && target.id === olds[index].id; });
    var page = carried.length ? carried[0].page : null;
    if (!page || carried.some(function (target) { return target.page !== page; })) return null;
    var to = new URL(carried[0].url.replace(/^\//, ""), window.edition.siteRoot());
    var shown = entries.filter(function (entry) { return entry.page === page && entry.kind === "paragraph"; });
    return { place: to.pathname, ids: shown.map(function (entry) { return entry.id; }) };
  }

  /* The line for an id a gone page never sent on (`olds`: its paragraphs' moved entries), as make annotate says it
     (hooks/cli/moved_links.py: gone_page_problem): the one page its paragraphs all went to, where to copy the link
     from; spread over pages, or onto no paragraph, none is named. */
  function goneProblem(entries, link, id, olds) {
    var targets = movedEnds(entries, olds);
    var pages = targets.filter(function (target) { return target && target.kind === "paragraph"; })
      .map(function (target) { return target.page; });
    var said = "'" + link + "': that page is gone, and '" + id + "' is none of its paragraphs that moved (" +
      idRange(olds.map(function (old) { return old.id; })) + ")";
    if (pages.length === targets.length && pages.every(function (page) { return page === pages[0]; })) {
      var to = new URL(targets[0].url.replace(/^\//, ""), window.edition.siteRoot());
      return problem("paragraph", said + ": they went to " + to.pathname, "copy the link of a paragraph's ¶ number there");
    }
    return problem("paragraph", said, "open the page a paragraph is on now and copy the link of its ¶ number");
  }

  /* Where a moved id's entry leads (`moved_to`, the address of an entry the site has), if that is a paragraph:
     the new page and id, and the new address's path, which the status line names. `moved_to` is absolute, or
     from the site's root on a site built without a host (`SITE_URL=`), read as citation.js reads a redirect. */
  function movedParagraph(entries, link, moved) {
    var to = new URL(moved.moved_to.replace(/^\//, ""), window.edition.siteRoot());
    var place = to.pathname + to.hash;
    var target = entries.filter(function (entry) { return entry.url === moved.moved_to && entry.kind !== MOVED; })[0];
    if (!target || target.kind !== "paragraph") {
      throw problem("paragraph", "'" + link + "' moved to " + place + ", which is not a paragraph", "copy the link of a paragraph's ¶ number there");
    }
    return { page: target.page, id: target.id, movedTo: place };
  }

  /* The status line's sentence on a link followed to its paragraph's new place; none for a link to it there. */
  function movedNote(target) {
    return target.movedTo ? "That paragraph moved to " + target.movedTo + ". " : "";
  }

  /* A paragraph's text as readers see it and as the build matches quotes: without the ¶ link.
     Also its words without note numbers (Paragraph.reading_text), where whole words are judged. */
  function paragraphTexts(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var texts = {}, words = {};
    doc.querySelectorAll("article p[id]").forEach(function (p) {
      if (!PARAGRAPH_ID.test(p.id)) return;
      var copy = p.cloneNode(true);
      copy.querySelectorAll("a.paragraph-link, .paragraph-actions").forEach(function (node) { node.remove(); });
      texts[p.id] = normalise(copy.textContent);
      copy.querySelectorAll("a.footnote-ref").forEach(function (note) { (note.closest("sup") || note).remove(); });
      words[p.id] = normalise(copy.textContent);
    });
    return { texts: texts, words: words };
  }

  /* Quoted words in a message, cut after a whole word in 60 characters, the ellipsis included
     (hooks/core/text.py: shorten, which the build's messages use). Characters are counted as Python
     counts them, by code point: an emoji or a 𝑥 is one, not a UTF-16 pair to cut in two. */
  function shorten(text) {
    var chars = Array.from(text);
    if (chars.length <= 60) return text;
    var head = chars.slice(0, 60).join(""), space = head.lastIndexOf(" ");
    var cut = space === -1 ? chars.slice(0, 59).join("") : head.slice(0, space);
    return cut.replace(/[ ,;:\u2013\u2014-]+$/, "") + "\u2026";
  }

  /* The quote widened to whole words if it starts or ends inside one, else null (quotes.py: whole_words). */
  function wholeWords(text, quote) {
    var letter = /[\p{L}\p{N}]/u;
    var at = text.indexOf(quote);
    if (at === -1 || text.indexOf(quote, at + 1) !== -1) return null;
    /* code points, as Python's whole_words reads them: a letter outside the BMP (𝑥) is one, not a UTF-16 pair */
    var chars = Array.from(text);
    var start = Array.from(text.slice(0, at)).length;
    var end = start + Array.from(quote).length;
    while (start > 0 && letter.test(chars[start]) && letter.test(chars[start - 1])) start -= 1;
    while (end < chars.length && letter.test(chars[end - 1]) && letter.test(chars[end])) end += 1;
    var widened = chars.slice(start, end).join("");
    return widened === quote ? null : widened;
  }

  function checkQuote(target, quote) {
    var wanted = normalise(quote);
    if (!wanted) return Promise.reject(problem("quote", "the words are missing", "copy the words you comment on from the paragraph"));
    /* before the page is fetched: a quote longer than any paragraph cannot be in one */
    var overLimit = tooLong("quote", "the quote is", wanted, QUOTE_LIMIT);
    if (overLimit) return Promise.reject(overLimit);
    return fetch(new URL(target.page.replace(/^\//, ""), window.edition.siteRoot()).href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(target.page + ": HTTP " + response.status);
        return response.text();
      })
      .then(function (html) {
        var read = paragraphTexts(html), texts = read.texts;
        var found = occurrences(texts[target.id] || "", wanted);
        var shown = shorten(wanted);
        if (found === 1) {
          var widened = wholeWords(read.words[target.id] || "", wanted);
          if (widened) throw problem("quote", "'" + shown + "' starts or ends inside a word in " + target.id, "quote whole words: '" + shorten(widened) + "'");
          return wanted;
        }
        if (found > 1) {
          throw problem("quote", "'" + shown + "' occurs " + found + " times in " + target.id, "quote more words, so that it occurs once");
        }
        var elsewhere = Object.keys(texts).filter(function (pid) { return pid !== target.id && occurrences(texts[pid], wanted); });
        var hint = elsewhere.length
          ? "it is in " + elsewhere.join(", ") + " of this page: annotate " + elsewhere[0] + " instead"
          : "copy the words exactly as they appear in the paragraph";
        throw problem("quote", "'" + shown + "' is not in " + target.id, hint);
      });
  }

  window.edition.problem = problem;
  window.edition.tooLong = tooLong;
  window.edition.findParagraph = findParagraph;
  window.edition.movedNote = movedNote;
  window.edition.checkQuote = checkQuote;
})();
