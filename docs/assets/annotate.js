/* "Annotate in the browser" on the Contributing page: the web twin of `make annotate`, for
   contributors without a clone of the repository. It checks a paragraph link and the quoted words
   against the published site (anchors.json and the page itself), writes the annotation's file as
   `make annotate` would, and opens the repository's "new file" form on GitHub with it, where
   committing leads to GitHub's *Create pull request* page. The pull request's checks build the site: they remain the
   authority; this page only catches the common mistakes before them.

   Everything it reads is on the page or published beside it: the placeholder
   `<div class="annotate-form" data-new-file="https://github.com/<owner>/<repo>/new/<branch>">` (the
   repository's new-file form, which forks the repository for anyone without write access and
   offers the pull request), Material's __config (the site's root), /anchors.json (every paragraph,
   annotation id and policy area) and the annotated page. Without JavaScript the placeholder stays
   hidden and the page's other instructions stand. A link such as
   /about/contributing/?paragraph=<link>&quote=<words> fills the form in. */
(function () {
  "use strict";

  var MOTIVATIONS = [ /* annotations/schema/annotation.schema.json, in the order people choose them */
    ["commenting", "Comment"],
    ["questioning", "Question"],
    ["describing", "Description"],
    ["linking", "Link"],
    ["classifying", "Classification"],
    ["editing", "Editorial note"]
  ];
  var SLUG_WORDS = 5; /* hooks/core/annotations.py: an id is the quote's first five words */
  /* hooks/core/annotations.py: PLACEHOLDER_BODY, which make check refuses to publish */
  var BODY = "Write the annotation here, in Markdown. Link other paragraphs as migration-and-transnationalism/introduction.md#p3.\n";
  var element = window.edition.element;
  var normalise = window.edition.normaliseSpace;
  var AUTHOR_KEY = "edition.annotate.author";
  /* The schemas' pattern for `language`, a record's and an annotation's alike (hooks/core/text.py: LANGUAGE_PATTERN,
     whose `(?!\n)` JavaScript's `$` needs not; tests/test_annotate_form_patterns.py compares the two). */
  var LANGUAGE_TAG = /^(?:(?:[A-Za-z]{2,3})(?:-(?:[A-Za-z]{3}(?:-[A-Za-z]{3}){0,2}))?(?:-(?:[A-Za-z]{4}))?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*)(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+)$/;
  /* make check's lines on a language tag the schemas' pattern takes (hooks/core/languages.py: UNNAMED, UNKNOWN,
     LANGUAGE_HINT), and the two-letter languages CLDR names or writes otherwise (`iw`: `he`), through Babel (ISO 639-1's);
     tests/test_annotate_form_patterns.py compares the copies. Any other two-letter language is a slip (`xx`); a longer one this browser cannot tell from one
     it has no name for (its CLDR names fewer languages than Babel's: `grc`, `aa`), so the pull request's checks say. */
  var LANGUAGE_UNNAMED = "is not a language tag as CLDR writes it";
  var LANGUAGE_UNKNOWN = "names no language CLDR knows";
  var LANGUAGE_HINT = "write a language's tag, with a script, region or variants after it if need be: fr, es-419, pt-BR, zh-Hant, ca-ES-valencia";
  var TWO_LETTER_LANGUAGES = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";
  /* Languages this browser writes otherwise (Intl.getCanonicalLocales: `tl` as `fil`) where make check takes them as
     written or asks for another tag (`twi`: `tw`): of them the form says nothing (tests/test_browser_annotate_fields.py
     finds them all in Chromium, against Babel). */
  var INTL_DIFFERS = "fat jaw sh tl twi";
  /* The schemas' pattern refusing an HTML character reference, `;` or not (hooks/core/text.py: NO_REFERENCE_PATTERN;
     tests/test_annotate_form_patterns.py compares the two). */
  var NO_REFERENCE = /^(?![\s\S]*&(?:#[0-9]|#[xX][0-9a-fA-F]|[lL][tT]|[gG][tT]|[aA][mM][pP]|[qQ][uU][oO][tT]|[A-Za-z][A-Za-z0-9]*;))/;
  /* The schemas' patterns for a text that shows something and holds no control character
     (hooks/core/text.py: VISIBLE_PATTERN, NO_CONTROL_PATTERN; tests/test_annotate_form_patterns.py compares them). */
  var VISIBLE = /[^\s\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff]/;
  var NO_CONTROL = /^[^\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\u202a-\u202e\u2066-\u2069\u2028\u2029]*$/;
  /* The annotation schema's plain-text pattern (hooks/core/schema_messages.py: PLAIN_TEXT), its longest name, quote
     and web address (hooks/core/text.py: LINE_LIMIT, QUOTE_LIMIT, URL_LIMIT), and its pattern for author.url (text.py:
     URL_PATTERN, whose `(?!\n)` JavaScript's `$` needs not); tests/test_annotate_form_patterns.py compares them. */
  var PLAIN_TEXT = /^[^<>]*$/;
  var NAME_LIMIT = 300;
  var QUOTE_LIMIT = 2000;
  var URL_LIMIT = 2000;
  var PARAGRAPH_ID = /^p[1-9][0-9]*$/; /* hooks/core/paragraphs.py: RE_PARAGRAPH_ID */
  var MOVED = "moved"; /* hooks/core/anchor_export.py: an old address's entry, which `moved_to` leads on */
  var WEB_ADDRESS = /^https?:\/\/[^\s"<>\\^`{|}\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+$/;
  var anchors = null;

  /* Every start of `quote` in `text`, overlaps counted (hooks/core/quotes.py: find_quote). */
  function occurrences(text, quote) {
    var count = 0, index = quote ? text.indexOf(quote) : -1;
    while (index !== -1) {
      count += 1;
      index = text.indexOf(quote, index + 1);
    }
    return count;
  }

  function loadAnchors() {
    if (!anchors) {
      anchors = fetch(new URL("anchors.json", window.edition.siteRoot()).href, { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error("anchors.json: HTTP " + response.status);
          return response.json();
        })
        .catch(function (error) {
          anchors = null; /* let the next try fetch it again */
          throw error;
        });
    }
    return anchors;
  }

  /* `tag` as this browser writes it (Intl.getCanonicalLocales: `eng` as `en`, `en-UK` as `en-GB`, `pt-br` as `pt-BR`) if
     it names it too (Intl.DisplayNames); null where it cannot say (an extension, a variant, no Intl), never a guess. */
  function namedTag(tag) {
    try {
      var written = Intl.getCanonicalLocales(tag)[0];
      return new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }).of(written) ? written : null;
    } catch (error) {
      return null; /* an extended-language or private-use tag (RangeError), or a browser without Intl */
    }
  }

  /* make check's message on a tag it asks to write otherwise, and its [message, hint] asking for `named`. */
  function unnamed(tag) {
    return "'" + tag + "' " + LANGUAGE_UNNAMED;
  }

  function askFor(tag, named) {
    return [unnamed(tag), "did you mean '" + named + "'?"];
  }

  /* make check's line on a well-formed language tag (hooks/core/languages.py: language_problem), where this browser
     can know it: [message, hint], or null to let the pull request's checks, the authority, say. */
  function languageProblem(tag) {
    var written = tag.replace(/_/g, "-"), language = written.split("-")[0].toLowerCase(), named;
    if (!LANGUAGE_TAG.test(tag)) { /* a locale's `pt_BR`, `en_UK`: a tag but for its underscore */
      if (written === tag || !LANGUAGE_TAG.test(written)) return null;
      var dashed = languageProblem(written); /* `en-UK`'s tag to write (`en-GB`) is `en_UK`'s too */
      if (dashed) return dashed[0] === unnamed(written) ? [unnamed(tag), dashed[1]] : null;
      named = namedTag(written);
      return named && named.toLowerCase() === written.toLowerCase() ? askFor(tag, named) : null;
    }
    var extended = /^[A-Za-z]{2,3}-([A-Za-z]{3}(?:-.*)?)$/.exec(tag); /* `zh-yue`, which BCP 47 writes `yue` */
    if (extended) {
      named = !languageProblem(extended[1]) && namedTag(extended[1]);
      return named && named.toLowerCase() === extended[1].toLowerCase() ? askFor(tag, named) : null;
    }
    if (INTL_DIFFERS.split(" ").indexOf(language) !== -1) return null;
    /* a language and a region only: this browser drops variants make check names (`hy-arevela`: `hy`) and rewrites
       scripts it takes (`sr-Qaai`: `sr-Zinh`) */
    named = /^[A-Za-z]{2,3}(?:-(?:[A-Za-z]{2}|[0-9]{3}))?$/.test(tag) && namedTag(tag);
    if (named && named.toLowerCase() !== tag.toLowerCase()) return askFor(tag, named);
    if (language.length === 2 && TWO_LETTER_LANGUAGES.split(" ").indexOf(language) === -1) {
      return ["'" + tag + "' " + LANGUAGE_UNKNOWN, LANGUAGE_HINT];
    }
    return null;
  }
  window.edition.languageProblem = languageProblem; /* tests/test_browser_annotate_fields.py compares it with make check's */

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

  /* The docs file of a page, by the layout DESIGN.md fixes: /<source>/ is <source>/index.md and
     /<source>/<section>/ is <source>/<section>.md. */
  function sourceFile(page) {
    var parts = page.split("/").filter(Boolean);
    return parts.length === 1 ? parts[0] + "/index.md" : parts.join("/") + ".md";
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

  /* An id made of the quote's first words, numbered if the site has it already (ids are never reused)
     or if it has a paragraph's form (`p7`), as `make annotate` does (fresh_annotation_id). */
  function freshId(entries, quote) {
    var words = quote.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").split("-");
    var base = words.slice(0, SLUG_WORDS).join("-") || "annotation";
    var taken = {};
    entries.forEach(function (entry) { taken[entry.id] = true; });
    var candidate = base, number = 2;
    while (taken[candidate] || /^p[0-9]+$/.test(candidate)) {
      candidate = base + "-" + number;
      number += 1;
    }
    return candidate;
  }

  function today() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  /* The file, as `make annotate` writes it. Strings are written as JSON strings, which YAML reads
     as double-quoted scalars: any quote or name is safe, whatever characters it holds. */
  function fileText(fields) {
    var lines = [
      "---",
      "# yaml-language-server: $schema=../schema/annotation.schema.json",
      "id: " + fields.id,
      "target:",
      "  page: " + fields.page,
      "  paragraph: " + fields.paragraph,
      "  quote: " + JSON.stringify(fields.quote),
      "motivation: " + fields.motivation,
      "tags: [" + fields.tags.join(", ") + "]",
      "author:",
      "  name: " + JSON.stringify(fields.author)
    ];
    if (fields.url) lines.push("  url: " + JSON.stringify(fields.url));
    lines.push("created: " + fields.created);
    if (fields.language) lines.push("language: " + JSON.stringify(fields.language)); /* `no` (Norwegian) unquoted is false */
    lines.push("---", "", fields.body.trim() ? fields.body.trim() + "\n" : BODY);
    return lines.join("\n");
  }

  function field(label, control, help) {
    var wrapper = element("p", { "class": "annotate-form__field" });
    var caption = element("label", { "for": control.id }, label);
    wrapper.appendChild(caption);
    if (help) {
      var note = element("span", { "class": "annotate-form__help", id: control.id + "-help" }, help);
      control.setAttribute("aria-describedby", note.id);
      wrapper.appendChild(note);
    }
    wrapper.appendChild(control);
    return wrapper;
  }

  function areaChoices(entries) {
    var fieldset = element("fieldset", { "class": "annotate-form__areas" });
    fieldset.appendChild(element("legend", {}, "Policy areas (optional)"));
    entries.forEach(function (entry) {
      var match = /^\/policy-areas\/([a-z0-9-]+)\/$/.exec(entry.page);
      if (entry.kind !== "heading" || !match || match[1] !== entry.id) return;
      var label = element("label", { "class": "annotate-form__area" });
      var box = element("input", { type: "checkbox", name: "tags", value: entry.id });
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + entry.label));
      fieldset.appendChild(label);
    });
    return fieldset;
  }

  function build(placeholder, entries) {
    var params = new URLSearchParams(location.search);
    var form = element("form", { "class": "annotate-form__form", novalidate: "" });
    var link = element("input", { type: "url", id: "annotate-paragraph", name: "paragraph", required: "", autocomplete: "off" });
    link.value = params.get("paragraph") || "";
    var quote = element("textarea", { id: "annotate-quote", name: "quote", rows: "2", required: "" });
    quote.value = params.get("quote") || "";
    var author = element("input", { type: "text", id: "annotate-author", name: "author", required: "", autocomplete: "name" });
    var orcid = element("input", { type: "url", id: "annotate-url", name: "url", autocomplete: "url" });
    var known = remembered();
    author.value = known.name || "";
    orcid.value = known.url || "";
    var motivation = element("select", { id: "annotate-motivation", name: "motivation" });
    MOTIVATIONS.forEach(function (pair) { motivation.appendChild(element("option", { value: pair[0] }, pair[1])); });
    var body = element("textarea", { id: "annotate-body", name: "body", rows: "6" });
    var language = element("input", { type: "text", id: "annotate-language", name: "language", autocomplete: "off", autocapitalize: "none", spellcheck: "false" });
    form.appendChild(field("Paragraph link", link, "the link of the paragraph's ¶ number, ending in #p1, #p2, …"));
    form.appendChild(field("Words you annotate", quote, "copied from that paragraph, enough of them to occur only once there"));
    form.appendChild(field("Your name", author, "as it will be credited"));
    form.appendChild(field("A page about you (optional)", orcid, "an ORCID iD link is welcome, e.g. https://orcid.org/0000-0002-1825-0097"));
    form.appendChild(field("Motivation", motivation));
    form.appendChild(areaChoices(entries));
    form.appendChild(field("Your annotation (Markdown; you can also write it on GitHub)", body));
    form.appendChild(field("Its language (optional)", language, "if you write it in another language than English: fr, es, pt-BR, …"));
    var submit = element("button", { type: "submit", "class": "md-button md-button--primary" }, "Check and prepare the file");
    form.appendChild(element("p")).appendChild(submit);
    var status = element("p", { "class": "annotate-form__status", role: "status", id: "annotate-status" });
    var result = element("div", { "class": "annotate-form__result", hidden: "" });
    placeholder.appendChild(form);
    placeholder.appendChild(status);
    placeholder.appendChild(result);

    /* The fields under the quote, in the order the form shows them: [problem, control] of the first one
       wrong, or null. They are checked after the paragraph and the words above them, so that a message is
       about the first wrong field from the top, not the third (an empty form sent the reader to the name). */
    function laterProblem() {
      if (!VISIBLE.test(author.value)) {  /* spaces or invisible characters alone: blank, as the schema says */
        return [problem("author.name", "your name is missing", "write it as it should be credited"), author];
      }
      if (!NO_CONTROL.test(author.value)) {
        return [problem("author.name", "'" + normalise(author.value) + "' holds control characters no one can see", "delete them"), author];
      }
      var overLimit = tooLong("author.name", "your name is", normalise(author.value), NAME_LIMIT);
      if (overLimit) {
        return [overLimit, author];
      }
      if (!PLAIN_TEXT.test(author.value)) {
        return [problem("author.name", "'" + normalise(author.value) + "' has '<' or '>'", "write plain text: the tooltip of the passage it annotates would read markup here as HTML"), author];
      }
      if (!NO_REFERENCE.test(author.value)) {
        return [problem("author.name", "'" + normalise(author.value) + "' writes a character as an HTML reference (&…;)", "write the character itself, & for &amp;: the page would show the character the reference stands for"), author];
      }
      overLimit = tooLong("author.url", "the address is", orcid.value.trim(), URL_LIMIT);
      if (overLimit) {
        return [overLimit, orcid];
      }
      if (orcid.value.trim() && !WEB_ADDRESS.test(orcid.value.trim())) {
        return [problem("author.url", "'" + orcid.value.trim() + "' is not a web address", "write it in full, starting with https://"), orcid];
      }
      var tagProblem = language.value.trim() && languageProblem(language.value.trim());
      if (tagProblem) {
        return [problem("language", tagProblem[0], tagProblem[1]), language];
      }
      if (language.value.trim() && !LANGUAGE_TAG.test(language.value.trim())) {
        return [problem("language", "'" + language.value.trim() + "' is not a BCP 47 language tag", "write a language's tag, with a script, region or variants after it if need be: fr, es-419, pt-BR, zh-Hant, ca-ES-valencia"), language];
      }
      return null;
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      form.after(status); /* back under the form, from the field an earlier message was about (report) */
      result.hidden = true;
      status.classList.remove("annotate-form__status--error");
      form.querySelectorAll("[aria-invalid]").forEach(function (control) {
        control.removeAttribute("aria-invalid");
        control.setAttribute("aria-describedby", control.id + "-help");
      });
      var target;
      try {
        target = findParagraph(entries, link.value.trim());
      } catch (error) {
        report(status, error, link);
        return;
      }
      status.textContent = "Checking the words against the page\u2026";
      checkQuote(target, quote.value)
        .then(function (words) {
          var later = laterProblem();
          if (later) {
            report(status, later[0], later[1]);
            return;
          }
          var fields = {
            id: freshId(entries, words),
            page: sourceFile(target.page),
            paragraph: target.id,
            quote: words,
            motivation: motivation.value,
            tags: Array.prototype.map.call(form.querySelectorAll("input[name=tags]:checked"), function (box) { return box.value; }),
            author: normalise(author.value),
            url: orcid.value.trim(),
            created: today(),
            body: body.value,
            language: language.value.trim()
          };
          remember({ name: fields.author, url: fields.url });
          show(placeholder, result, status, fields, movedNote(target));
        })
        .catch(function (error) {
          report(status, error, error.field === "quote" ? quote : link, movedNote(target));
        });
    });
  }

  /* The contributor's name and page, kept in this browser only, for their next annotation. */
  function remembered() {
    try {
      return JSON.parse(window.localStorage.getItem(AUTHOR_KEY) || "{}") || {};
    } catch (error) {
      return {}; /* storage blocked or unreadable: nothing remembered */
    }
  }

  function remember(author) {
    try {
      window.localStorage.setItem(AUTHOR_KEY, JSON.stringify(author));
    } catch (error) {
      /* storage blocked: the form simply asks again next time */
    }
  }

  /* `note`, if any, says first where the link was followed to: the line names that paragraph, not the link's.
     The line stands under the field it is about, which takes the focus: under the form it was out of
     sight, some 600 px below the field, and a reader saw the focus move there with no word of why. */
  function report(status, error, control, note) {
    if (control) control.closest(".annotate-form__field").after(status);
    status.classList.add("annotate-form__status--error");
    status.textContent = (note || "") + (error.hint ? error.message + " (" + error.hint + ")" : "Could not check it: " + error.message);
    if (!control) return;
    /* The field is marked invalid and described by the message too, so it is read on focus. */
    control.setAttribute("aria-invalid", "true");
    control.setAttribute("aria-describedby", control.id + "-help " + status.id);
    control.focus();
  }

  function show(placeholder, result, status, fields, note) {
    var text = fileText(fields);
    var name = fields.id + ".md";
    var github = new URL(placeholder.getAttribute("data-new-file"));
    github.searchParams.set("filename", "annotations/notes/" + name);
    github.searchParams.set("value", text);
    result.textContent = "";
    result.appendChild(element("p", {}, "annotations/notes/" + name + ":"));
    var pre = element("pre", { "class": "annotate-form__file" });
    /* Material scrolls a code block's <code>, and makes it focusable only for the blocks it renders. */
    pre.appendChild(element("code", { tabindex: "0" }, text));
    result.appendChild(pre);
    var actions = element("p", { "class": "annotate-form__actions" });
    actions.appendChild(element("a", { "class": "md-button md-button--primary annotate-form__github", href: github.href }, "Propose it on GitHub"));
    var copy = element("button", { type: "button", "class": "md-button annotate-form__copy" }, "Copy the file");
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(text).then(
        function () { copy.textContent = "Copied"; },
        function () { copy.textContent = "Copy failed: select the text above"; }
      );
    });
    actions.appendChild(document.createTextNode(" "));
    actions.appendChild(copy);
    result.appendChild(actions);
    result.hidden = false;
    status.textContent = note + "The words are in " + fields.paragraph + ", once. The file is ready: propose it on GitHub" +
      " (sign in, commit it, then choose Create pull request on the page that follows; an editor records its permanent link before merging)," +
      " or copy it into annotations/notes/" + name + " in a clone and run make check and make anchors.";
  }

  function attach() {
    var placeholder = document.querySelector(".annotate-form[data-new-file]");
    if (!placeholder || placeholder.getAttribute("data-ready")) return;
    placeholder.setAttribute("data-ready", "true");
    loadAnchors()
      .then(function (entries) {
        build(placeholder, entries);
        placeholder.hidden = false;
      })
      .catch(function () {
        placeholder.removeAttribute("data-ready"); /* stays hidden: the instructions above still apply */
      });
  }

  window.edition.onEveryPage(attach);
})();
