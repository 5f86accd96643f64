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
   /about/contributing/?paragraph=<link>&quote=<words> fills the form in.
   What it checks against the site is annotate-checks.js's, a web address annotate-addresses.js's, a language tag
   annotate-languages.js's, and the file it writes annotate-file.js's: each listed before this script, which reads
   them from window.edition. */
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
  var element = window.edition.element;
  var normalise = window.edition.normaliseSpace;
  var languageProblem = window.edition.languageProblem;
  var LANGUAGE_TAG = window.edition.languageTag;
  var problem = window.edition.problem;
  var tooLong = window.edition.tooLong;
  var addressProblem = window.edition.addressProblem;
  var findParagraph = window.edition.findParagraph;
  var movedNote = window.edition.movedNote;
  var checkQuote = window.edition.checkQuote;
  var sourceFile = window.edition.sourceFile;
  var freshId = window.edition.freshId;
  var today = window.edition.today;
  var fileText = window.edition.fileText;
  var AUTHOR_KEY = "edition.annotate.author";
  /* The schemas' pattern refusing an HTML character reference, `;` or not (hooks/core/text.py: NO_REFERENCE_PATTERN;
     tests/test_annotate_form_patterns.py compares the two). */
  var NO_REFERENCE = /^(?![\s\S]*&(?:#[0-9]|#[xX][0-9a-fA-F]|[lL][tT]|[gG][tT]|[aA][mM][pP]|[qQ][uU][oO][tT]|[A-Za-z][A-Za-z0-9]*;))/;
  /* The schemas' patterns for a text that shows something and holds no control character
     (hooks/core/text.py: VISIBLE_PATTERN, NO_CONTROL_PATTERN; tests/test_annotate_form_patterns.py compares them). */
  var VISIBLE = /[^\s\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff]/;
  var NO_CONTROL = /^[^\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\u202a-\u202e\u2066-\u2069\u2028\u2029]*$/;
  /* The annotation schema's plain-text pattern (hooks/core/schema_messages.py: PLAIN_TEXT), its longest name
     and web address (hooks/core/text.py: LINE_LIMIT, URL_LIMIT), and its pattern for author.url (text.py:
     URL_PATTERN, whose `(?!\n)` JavaScript's `$` needs not); tests/test_annotate_form_patterns.py compares them. */
  var PLAIN_TEXT = /^[^<>]*$/;
  var NAME_LIMIT = 300;
  var URL_LIMIT = 2000;
  var WEB_ADDRESS = /^https?:\/\/[^\s"<>\\^`{|}\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+$/;
  var anchors = null;

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
      var unread = orcid.value.trim() && addressProblem("author.url", orcid.value.trim());
      if (unread) return [unread, orcid];
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
