/* Language tags, for the Contributing page's form (annotate.js): an annotation's `language`, checked as
   make check checks it where this browser can know it, in make check's words; where it cannot (a language
   its CLDR does not name), nothing is said, and the pull request's checks, the authority, say it.
   tests/test_browser_annotate_fields.py compares its lines with make check's. */
(function () {
  "use strict";

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
  window.edition.languageTag = LANGUAGE_TAG; /* annotate.js: a tag the schemas' pattern refuses */
})();
