/* A web address the Contributing page's form (annotate.js) takes for `author.url` only if the browser reads it,
   as the pull request's checks take it (hooks/core/site_addresses.py: field_address_problems): the schema's
   pattern let through `https://orcid.org:99999/x` and `https://a%20b.org/`, which no browser follows and the
   checks refuse. The browser's URL parser judges; the line, in the checks' words, says which part is at fault. */
(function () {
  "use strict";

  var problem = window.edition.problem;
  /* What a host may not hold (hooks/core/site_addresses.py: RE_HOST_CHARACTER, the URL standard's forbidden
     domain code points; tests/test_annotate_form_patterns.py compares them), and the checks' fixes (HOST_FIX there,
     ADDRESS_HINT in hooks/core/annotation_checks.py). */
  var HOST_CHARACTER = /[\s\x00-\x1f\x7f%<>^|\\]/;
  var HOST_FIX = "copy the whole address from the browser's address bar";
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

  /* A value as the checks name it in a line: between '…', or "…" where a ' ends it (problems.py: named_value). */
  function named(value) {
    return value.charAt(0) === "'" || value.charAt(value.length - 1) === "'" ? '"' + value + '"' : "'" + value + "'";
  }

  /* The parts of an address as written, which the line names (site_addresses.py: unread_address splits it so):
     the address with `scheme://`, its authority, host and port. Only named: the browser has judged it. */
  function writtenParts(address) {
    var scheme = address.slice(0, address.indexOf(":"));
    var rest = address.slice(scheme.length + 1).replace(/\\/g, "/").replace(/^\/+/, "");
    var end = rest.search(/[/?#]/);
    var authority = end === -1 ? rest : rest.slice(0, end);
    var hostPort = authority.slice(authority.lastIndexOf("@") + 1);
    var colon = hostPort.lastIndexOf(":");
    var withPort = colon > hostPort.lastIndexOf("]");
    return {
      scheme: scheme, rest: rest, authority: authority,
      host: withPort ? hostPort.slice(0, colon) : hostPort, port: withPort ? hostPort.slice(colon + 1) : ""
    };
  }

  /* Whether the checks' reader (Python's urlsplit) finds a host to name: `https://:80/` names none, and a host with
     `[` or `]` is one only as an IPv6 address between them. */
  function namesHost(host) {
    var open = host.indexOf("["), close = host.indexOf("]");
    if (open === -1 && close === -1) return Boolean(host);
    return open !== -1 && close !== -1 && parsed("http://[" + host.slice(open + 1, close) + "]/") !== null;
  }

  /* A character a host holds, as the checks name it: a space, or the character between quotes. */
  function character(held) {
    return held === " " ? "a space" : named(held);
  }

  /* The problem with an address field (`field`) no browser reads, in the checks' words, or null where one does:
     a host that is none, a character no host holds, a port that is no number from 0 to 65535, or a host unread. */
  function addressProblem(field, address) {
    if (readable(address)) return null;
    var parts = writtenParts(address), value = named(address);
    if (!namesHost(parts.host)) return problem(field, value + " is not a web address", ADDRESS_HINT);
    var held = HOST_CHARACTER.exec(parts.host);
    if (held) return problem(field, value + " is no address: its host, " + named(parts.host) + ", holds " + character(held[0]), HOST_FIX);
    if (parts.port && !parsed("http://a:" + parts.port + "/")) {
      var fixed = parts.scheme + "://" + parts.authority.slice(0, -parts.port.length - 1) + parts.rest.slice(parts.authority.length);
      return problem(field, value + " is no address: its port, " + named(parts.port) + ", is no number from 0 to 65535",
        "write " + fixed + ", or the port's number");
    }
    return problem(field, value + " is no address: its host, " + named(parts.host) + ", cannot be read", ADDRESS_HINT);
  }

  window.edition.addressProblem = addressProblem;
})();
