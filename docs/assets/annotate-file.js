/* The annotation's file, as `make annotate` writes it, for the Contributing page's form (annotate.js): its
   id made of the quote's first words and new to the site, its page's file in docs/, today's date, and
   its text, front matter and body. */
(function () {
  "use strict";

  var SLUG_WORDS = 5; /* hooks/core/annotations.py: an id is the quote's first five words */
  /* hooks/core/annotations.py: PLACEHOLDER_BODY, which make check refuses to publish */
  var BODY = "Write the annotation here, in Markdown. Link other paragraphs as migration-and-transnationalism/introduction.md#p3.\n";

  /* The docs file of a page, by the layout DESIGN.md fixes: /<source>/ is <source>/index.md and
     /<source>/<section>/ is <source>/<section>.md. */
  function sourceFile(page) {
    var parts = page.split("/").filter(Boolean);
    return parts.length === 1 ? parts[0] + "/index.md" : parts.join("/") + ".md";
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

  window.edition.sourceFile = sourceFile;
  window.edition.freshId = freshId;
  window.edition.today = today;
  window.edition.fileText = fileText;
})();
