/* A web address the Contributing page's form (annotate.js) takes for `author.url` only if the browser reads it,
   as the pull request's checks take it (hooks/core/site_addresses.py: field_address_problems): the schema's
   pattern let through `https://orcid.org:99999/x` and `https://a%20b.org/`, which no browser follows and the
   checks refuse. The browser's URL parser judges; the line, in the checks' words, says which part is at fault. */
(function () {
  "use strict";

  var problem = window.edition.problem;
  /* What a host may not hold (hooks/core/host_characters.py: RE_HOST_CHARACTER, the URL standard's forbidden
     domain code points; tests/test_annotate_form_patterns.py compares them), and the checks' fixes (HOST_FIX in
     hooks/core/site_addresses.py, ADDRESS_HINT in hooks/core/annotation_checks.py). */
  var HOST_CHARACTER = /[\x00-\x20\x7f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000%<>^|\\]/;
  var ESCAPES = /(?:%[0-9A-Fa-f]{2})+/g; /* host_characters.py: RE_ESCAPES, RE_ESCAPED_CHARACTER */
  var ESCAPED_CHARACTER = /[\x00-\x20\x7f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000%<>^|\\#/:?@\[\]]/;
  /* The names of the spaces past ASCII those hold, as Python's unicodedata gives them (host_characters.py: _character);
     a control has none there. Keyed by the code in hex. */
  var SPACE_NAMES = {
    "a0": "no-break space", "1680": "ogham space mark", "2000": "en quad", "2001": "em quad", "2002": "en space",
    "2003": "em space", "2004": "three-per-em space", "2005": "four-per-em space", "2006": "six-per-em space",
    "2007": "figure space", "2008": "punctuation space", "2009": "thin space", "200a": "hair space",
    "2028": "line separator", "2029": "paragraph separator", "202f": "narrow no-break space",
    "205f": "medium mathematical space", "3000": "ideographic space"
  };
  var HOST_FIX = "copy the whole address from the browser's address bar";
  var NO_ADDRESS = "is no address: its host, after '//', cannot be read";
  var NO_HOST = "is no address: it names no host after '//'";
  var ADDRESS_HINT = "copy the address from the browser's address bar, e.g. https://orcid.org/0000-0002-1825-0097";

  /* The address as this browser's URL parser reads it, or null where it reads none. */
  function parsed(text) {
    try {
      return new URL(text);
    } catch (error) {
      return null;
    }
  }

  /* Whether a browser reads the address. Chromium reads a host holding a space or a `%` that decodes to no host's
     character (`a%20b.org`), escaped, where the standard, other browsers and the checks' reader read none. */
  function readable(address) {
    var url = parsed(address);
    if (!url) return false;
    try {
      return !HOST_CHARACTER.test(decodeURIComponent(url.hostname));
    } catch (error) {
      return false; /* an escape that is no character */
    }
  }

  /* A character an address never means (a zero-width space, a direction mark, every space but U+0020), written as its
     escape, `\u200e`, as the checks write an address (problems.py: visible with `address`, the characters Python
     counts unprintable, Unicode's C and Z but the space): `'ab.org'` looked right. */
  var UNSEEN = /(?! )[\p{C}\p{Z}]/gu;
  var WRITTEN = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };
  function visible(text) {
    return text.replace(UNSEEN, function (char) {
      var code = char.codePointAt(0), width = code < 0x100 ? 2 : code < 0x10000 ? 4 : 8;
      return WRITTEN[char] || "\\" + { 2: "x", 4: "u", 8: "U" }[width] + ("0000000" + code.toString(16)).slice(-width);
    });
  }

  /* An address as it is typed, which a line offers (site_addresses.py: typed_address): written as its escape, a
     character that shows nothing was a backslash once pasted. A browser sends it percent-encoded in a user's name,
     a path, a query or a fragment (`%E2%80%8B`), a space too, and maps it to nothing in a host, where it is left out
     (the browser has read that host: the caller asks it). */
  function typedAddress(scheme, authority, tail) {
    var at = authority.lastIndexOf("@"), user = authority.slice(0, at + 1), host = authority.slice(at + 1);
    return unsplit(scheme, percentEncoded(user) + host.replace(UNSEEN, ""), percentEncoded(tail));
  }

  /* Text of an address with each space and each unprintable character percent-encoded, as UTF-8 (_percent_encoded). */
  function percentEncoded(text) {
    return text.replace(/[\p{C}\p{Z}]/gu, function (char) {
      try {
        return encodeURIComponent(char);
      } catch (error) {
        return char; /* half a character, which no file holds */
      }
    });
  }

  /* A value as the checks name it in a line: between '…', or "…" where a ' ends it (problems.py: named_value). */
  function named(value) {
    return visible(value.charAt(0) === "'" || value.charAt(value.length - 1) === "'" ? '"' + value + '"' : "'" + value + "'");
  }

  /* The parts of an address as written, which the line names (site_addresses.py: unread_address splits it so):
     its scheme, all after `scheme:` (slashes off, a backslash a slash), its authority, host, port, and the rest.
     The port is all after the host's first `:` (`a:1:2`), or after `]:` in an IPv6 host. Only named: the browser
     has judged the address. */
  function writtenParts(address) {
    var scheme = address.slice(0, address.indexOf(":"));
    var rest = address.slice(scheme.length + 1).replace(/\\/g, "/").replace(/^\/+/, "");
    var end = rest.search(/[/?#]/);
    var authority = end === -1 ? rest : rest.slice(0, end);
    var hostPort = authority.slice(authority.lastIndexOf("@") + 1);
    var bracketed = hostPort.charAt(0) === "[" && hostPort.indexOf("]") !== -1;
    var colon = bracketed ? hostPort.indexOf("]:") + 1 : hostPort.indexOf(":");
    var withPort = bracketed ? colon > 0 : colon !== -1;
    return {
      scheme: scheme, authority: authority, tail: rest.slice(authority.length),
      host: withPort ? hostPort.slice(0, colon) : hostPort, port: withPort ? hostPort.slice(colon + 1) : ""
    };
  }

  /* An address put back together as Python's urlunsplit does, which the checks' fixes are: an empty `?` or `#`
     is left out (`https://a/x?` is offered as `https://a/x`). */
  function unsplit(scheme, authority, tail) {
    var hash = tail.indexOf("#"), beforeHash = hash === -1 ? tail : tail.slice(0, hash);
    var fragment = hash === -1 ? "" : tail.slice(hash + 1), mark = beforeHash.indexOf("?");
    var query = mark === -1 ? "" : beforeHash.slice(mark + 1), path = mark === -1 ? beforeHash : beforeHash.slice(0, mark);
    return scheme + "://" + authority + path + (query ? "?" + query : "") + (fragment ? "#" + fragment : "");
  }

  /* Why the checks' reader (Python's urlsplit, which MkDocs and the exports read addresses with) names no host in
     the address as written, in their words (site_addresses.py: hostless, NO_ADDRESS, NO_HOST); null where it names
     one. It names none in `https:///x`, which a browser reads as `https://x/`, nor in `https://@/`; and refuses
     a `[` without its `]`, or one holding no IPv6 address (a zone, `%25eth0`, it reads as part of one). */
  function hostless(address) {
    var match = /^[^:\/?#]+:\/\/([^\/?#]*)/.exec(address);
    var netloc = match ? match[1] : "", open = netloc.indexOf("["), close = netloc.indexOf("]");
    if ((open === -1) !== (close === -1)) return NO_ADDRESS;
    if (open !== -1 && !parsed("http://[" + netloc.slice(open + 1, close).split("%")[0] + "]/")) return NO_ADDRESS;
    var hostPort = netloc.slice(netloc.lastIndexOf("@") + 1);
    var host = open !== -1 ? hostPort.slice(hostPort.indexOf("[") + 1, hostPort.indexOf("]")) : hostPort.split(":")[0];
    return host ? null : NO_HOST;
  }

  /* A character a host holds, as the checks name it: a space, one shown between quotes, or another by its code and
     name (`U+00A0 (no-break space)`). */
  function character(held) {
    if (held === " ") return "a space";
    var code = held.charCodeAt(0), hex = code.toString(16);
    if (!SPACE_NAMES[hex] && !/[\x00-\x1f\x7f-\x9f]/.test(held)) return named(held);
    return "U+" + ("000" + hex.toUpperCase()).slice(-4) + " (" + (SPACE_NAMES[hex] || "a control character") + ")";
  }

  /* The first character a browser refuses in a host, named, and as written when it is escaped (`%20`, a space)
     (hooks/core/host_characters.py: host_character): a browser reads a host's escapes first (`%61.org` is
     `a.org`), so `%` alone is named only when it escapes nothing (`%zz`) or itself (`%25`). */
  function hostCharacter(host) {
    var typed = HOST_CHARACTER.exec(host.replace(ESCAPES, "").replace(/%/g, ""));
    if (typed) return character(typed[0]);
    var escapes = host.match(ESCAPES) || [];
    for (var i = 0; i < escapes.length; i++) {
      /* read as UTF-8, a byte that is none U+FFFD, as Python's unquote reads it: `%C2%A0` is a no-break space */
      var bytes = escapes[i].slice(1).split("%").map(function (hex) { return parseInt(hex, 16); });
      var decoded = new TextDecoder().decode(new Uint8Array(bytes));
      var found = ESCAPED_CHARACTER.exec(decoded);
      if (found) return character(found[0]) + " (written " + named(escapes[i]) + ")";
    }
    return host.replace(ESCAPES, "").indexOf("%") !== -1 ? named("%") : null;
  }

  /* A host's line with its port's half after it, when that is wrong too (site_addresses.py: _and_port). */
  function andPort(why, portFault) {
    return portFault ? why + ", and " + portFault : why;
  }

  /* The problem with an address field (`field`) no browser reads, in the checks' words, or null where one does:
     a host that is none, a character no host holds, a port that is no number from 0 to 65535, or a host unread;
     a bad host and a bad port in one line (`https://a%20b.org:99999/`), the fix one the browser reads. */
  function addressProblem(field, address) {
    var value = named(address), why = hostless(address), fix;
    if (why) return problem(field, value + " " + why, ADDRESS_HINT);
    if (readable(address)) return null;
    var parts = writtenParts(address);
    var portFault = parts.port && !parsed("http://a:" + parts.port + "/") ?
      "its port, " + named(parts.port) + ", is no number from 0 to 65535" : null;
    var authority = portFault ? parts.authority.slice(0, -parts.port.length - 1) : parts.authority;
    var orPort = portFault ? ", or the port's number" : "";
    var zone = parts.host.charAt(0) === "[" ? parts.host.indexOf("%") : -1;
    if (zone !== -1) {
      fix = typedAddress(parts.scheme, authority.replace(parts.host.slice(zone, -1), ""), parts.tail);
      return problem(field, value + andPort(" is no address: its host, " + named(parts.host) + ", names an IPv6 zone, " +
        named(parts.host.slice(zone, -1)) + ", which no browser reads", portFault),
        readable(fix) ? "write " + fix + orPort : ADDRESS_HINT);
    }
    var held = hostCharacter(parts.host);
    if (held) {
      return problem(field, value + andPort(" is no address: its host, " + named(parts.host) + ", holds " + held, portFault),
        HOST_FIX);
    }
    var unreadHost = " is no address: its host, " + named(parts.host) + ", cannot be read";
    if (!portFault) return problem(field, value + unreadHost, ADDRESS_HINT);
    fix = unsplit(parts.scheme, authority, parts.tail);
    /* `https://999.1.1.1:99999/`: without its port, no address still */
    if (!readable(fix)) return problem(field, value + andPort(unreadHost, portFault), ADDRESS_HINT);
    fix = typedAddress(parts.scheme, authority, parts.tail);
    return problem(field, value + " is no address: " + portFault, readable(fix) ? "write " + fix + orPort : ADDRESS_HINT);
  }

  window.edition.addressProblem = addressProblem;
})();
