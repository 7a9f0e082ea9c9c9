#!/usr/bin/env python3
"""Extracts every JSON example under docs/server-side/v2 of 100mslive/100ms-docs into committed test fixtures.

Usage: eng/extract-docs-corpus [--repo GIT_DIR_OR_CHECKOUT] [--commit SHA] [--out DIR] [--check]

Reads the docs straight from git (a bare mirror or a checkout both work), so the output depends only on the commit.
Writes tests/HmsSdk.Tests/Conformance/Corpus/<id>.json (one file per example, the parsed JSON re-indented,
key order kept) and tests/HmsSdk.Tests/Conformance/Corpus/manifest.json (provenance, route and every mend).
Only JSON syntax is mended (comments, trailing commas, `...` elisions, unquoted <placeholders>); every mend is
listed per example. Values are never changed. --check regenerates into memory and fails if the committed files
differ (use it in CI to prove the corpus is what the script makes of that commit).
"""
import argparse
import json
import os
import re
import subprocess
import sys

DEFAULT_REPO = "/work/.mirror/100mslive+100ms-docs/repo"
DEFAULT_COMMIT = "ef3cd8040bc0e61448cadf600eb61e30866eb99e"
ROOT = "docs/server-side/v2"
SKIP_DIRS = ("docs/server-side/v2/api-reference/legacy-api-v1/",)
API_BASE = re.compile(r"^https?://api(?:-nonprod)?\.100ms\.live/v2")

# Blocks outside <Request>/<ResponseBox> whose role the page text gives but markup does not. Keyed by
# (source relative to docs/server-side/v2, block index); the value overrides the heuristic classification.
# kind "skip" keeps the block out of the corpus with the reason given.
OVERRIDES = {
    ("how-to-guides/build-attendance.mdx", 5): {"kind": "skip", "reason": "JavaScript console output, not JSON"},
    ("how-to-guides/enable-transcription-and-summary.mdx", 2): {"kind": "artifact", "reason": "transcript file content, not an API body"},
    ("how-to-guides/enable-transcription-and-summary.mdx", 3): {"kind": "artifact", "reason": "summary file content, not an API body"},
    ("how-to-guides/make-api-calls.mdx", 0): {"kind": "error", "status": 401},
    ("api-reference/recording-assets/overview.mdx", 0): {"kind": "object", "method": "GET", "path": "/recording-assets/{asset_id}"},
    ("api-reference/active-rooms/send-message.mdx", 2): {"kind": "request"},
    ("api-reference/active-rooms/send-message.mdx", 3): {"kind": "request"},
    ("how-to-guides/create-large-rooms.mdx", 2): {"kind": "error", "status": 400},
    ("how-to-guides/create-large-rooms.mdx", 3): {"kind": "error", "status": 400},
    ("how-to-guides/Session Initiation Protocol (SIP)/SIP-DTMF-transmission.mdx", 0): {"kind": "request", "method": "POST", "path": "/sip/dtmf"},
    ("how-to-guides/Session Initiation Protocol (SIP)/SIP-DTMF-transmission.mdx", 1): {"kind": "response", "status": 200, "method": "POST", "path": "/sip/dtmf"},
    ("how-to-guides/Session Initiation Protocol (SIP)/SIP-DTMF-transmission.mdx", 2): {"kind": "error", "status": 400, "method": "POST", "path": "/sip/dtmf"},
    ("how-to-guides/Session Initiation Protocol (SIP)/SIP-DTMF-transmission.mdx", 3): {"kind": "error", "status": 400, "method": "POST", "path": "/sip/dtmf"},
}

# Brace repairs the generic mends cannot infer: (source, block) -> [(exact text, replacement, reason)].
# Applied to the raw block before the generic mends and recorded as "brace" mends.
BRACE_REPAIRS = {
    ("api-reference/policy/create-template-via-api.mdx", 1): [
        ('            }\n        }\n    "plugins": {', '            }\n        }\n    },\n    "plugins": {',
         "destinations is not closed before top-level plugins (the indentation and the request put plugins at the top level)"),
        ('            "mode": "caption"\n        }\n    }\n    },\n    "createdAt"', '            "mode": "caption"\n        }\n    },\n    "createdAt"',
         "the brace missing above is extra here"),
    ],
}

FENCE_OPEN = re.compile(r"^(\s*)```\s*([A-Za-z0-9_+-]*)\s*$")
FENCE_CLOSE = re.compile(r"^\s*```\s*$")
ROUTE_TAG = re.compile(r'<(Get|Post|Put|Patch|Delete|Endpoint)Request\s+title="([^"]*)"')
ROUTE_TEXT = re.compile(r"^\s*(?:\*\*)?(GET|POST|PUT|PATCH|DELETE)(?:\*\*)?\s+`?(https?://[^\s`]+|/[^\s`]+)`?\s*$")
RESPONSE_BOX = re.compile(r'<ResponseBox\b[^>]*?(?:status="(\d{3})[^"]*")?[^>]*>')
HEADING = re.compile(r"^\s*#{1,6}\s+(.*)$")


def git(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True, text=True).stdout


def normalize_route(url):
    """https://api.100ms.live/v2/rooms/<room_id>?x=1 -> (/rooms/{room_id}, x=1); :trunkId -> {trunkId}."""
    url = url.strip().strip("'\"")
    url = API_BASE.sub("", url)
    query = ""
    if "?" in url:
        url, query = url.split("?", 1)
    url = re.sub(r"<([^>]+)>", lambda m: "{" + m.group(1).strip().replace(" ", "_") + "}", url)
    url = re.sub(r"/:([A-Za-z_]+)", r"/{\1}", url)
    url = url.rstrip("/") or "/"
    return url, query


# ---- mending: every function returns (text, [mend records]); strings are never touched ----

def _scan(text):
    """Yields (index, char, in_string) for every char."""
    in_str = False
    esc = False
    for i, c in enumerate(text):
        yield i, c, in_str
        if in_str:
            if esc:
                esc = False
            elif c == "\\":
                esc = True
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True


def line_of(text, index):
    return text.count("\n", 0, index) + 1


def strip_comments(text):
    out, mends, i = [], [], 0
    in_str, esc = False, False
    while i < len(text):
        c = text[i]
        if in_str:
            out.append(c)
            if esc:
                esc = False
            elif c == "\\":
                esc = True
            elif c == '"':
                in_str = False
            i += 1
            continue
        if c == '"':
            in_str = True
            out.append(c)
            i += 1
            continue
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
            mends.append({"kind": "comment", "line": line_of(text, i), "removed": text[i:end].strip()})
            i = end
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = len(text) if end < 0 else end + 2
            mends.append({"kind": "comment", "line": line_of(text, i), "removed": text[i:end].strip()})
            i = end
            continue
        out.append(c)
        i += 1
    return "".join(out), mends


ELISION_LINE = re.compile(r"^[ \t]*(?:\.+|…)[ \t]*,?[ \t]*$", re.M)


def strip_elisions(text):
    mends = []
    def whole_line(m):
        mends.append({"kind": "ellipsis", "line": line_of(text, m.start()), "removed": m.group(0).strip()})
        return ""
    text = ELISION_LINE.sub(whole_line, text)
    # inline `...` / `…` outside strings, with one adjacent comma
    out, i = [], 0
    spans = []
    for idx, c, in_str in _scan(text):
        if not in_str and (text.startswith("...", idx) or c == "…"):
            if spans and idx < spans[-1][1]:
                continue
            spans.append((idx, idx + (1 if c == "…" else 3)))
    for start, end in spans:
        s, e = start, end
        # swallow one comma after (or before, when the elision ends a list) plus whitespace
        j = e
        while j < len(text) and text[j] in " \t":
            j += 1
        if j < len(text) and text[j] == ",":
            e = j + 1
        else:
            k = s - 1
            while k >= 0 and text[k] in " \t\n":
                k -= 1
            if k >= 0 and text[k] == ",":
                s = k
        mends.append({"kind": "ellipsis", "line": line_of(text, start), "removed": text[s:e].strip()})
        out.append((s, e))
    for s, e in reversed(out):
        text = text[:s] + text[e:]
    return text, mends


def quote_placeholders(text):
    """Unquoted <placeholder> or {{placeholder}} tokens in value position become strings."""
    mends, spans = [], []
    for idx, c, in_str in _scan(text):
        if in_str:
            continue
        if c == "<":
            end = text.find(">", idx)
            if end > idx and "\n" not in text[idx:end]:
                if not spans or idx >= spans[-1][1]:
                    spans.append((idx, end + 1))
        elif text.startswith("{{", idx):
            end = text.find("}}", idx)
            if end > idx and "\n" not in text[idx:end] and (not spans or idx >= spans[-1][1]):
                spans.append((idx, end + 2))
    for s, e in reversed(spans):
        token = text[s:e]
        mends.append({"kind": "placeholder", "line": line_of(text, s), "quoted": token})
        text = text[:s] + json.dumps(token) + text[e:]
    mends.reverse()
    return text, mends


def close_unterminated_strings(text):
    """A line with an odd number of unescaped quotes ends inside a string: close it where the line ends."""
    lines, mends = text.split("\n"), []
    for n, line in enumerate(lines):
        if len(re.findall(r'(?<!\\)"', line)) % 2 == 1:
            mends.append({"kind": "unterminated_string", "line": n + 1, "text": line.strip()})
            lines[n] = line.rstrip() + '"'
    return "\n".join(lines), mends


VALUE_END = re.compile(r'(?:"|\d|true|false|null|\}|\])\s*$')
MEMBER_START = re.compile(r'^\s*(?:"|\{|\[)')


def insert_missing_commas(text):
    """A value that ends a line followed by a line starting a new member or element needs a comma between."""
    lines, mends = text.split("\n"), []
    nonblank = [n for n, l in enumerate(lines) if l.strip()]
    for a, b in zip(nonblank, nonblank[1:]):
        if VALUE_END.search(lines[a]) and MEMBER_START.match(lines[b]):
            mends.append({"kind": "missing_comma", "line": a + 1, "after": lines[a].strip()})
            lines[a] = lines[a].rstrip() + ","
    return "\n".join(lines), mends


def strip_trailing_commas(text):
    mends, spans = [], []
    for idx, c, in_str in _scan(text):
        if in_str or c != ",":
            continue
        j = idx + 1
        while j < len(text) and text[j] in " \t\r\n":
            j += 1
        if j < len(text) and text[j] in "}]":
            spans.append(idx)
    for idx in reversed(spans):
        text = text[:idx] + text[idx + 1:]
    mends = [{"kind": "trailing_comma", "line": line_of(text, i)} for i in spans]
    return text, mends


def strip_trailing_text(text):
    """Text after the closing bracket of the top-level value (e.g. a stray quote) is not JSON."""
    decoder = json.JSONDecoder()
    stripped = text.strip()
    try:
        _, end = decoder.raw_decode(stripped)
    except json.JSONDecodeError:
        return text, []
    rest = stripped[end:].strip()
    if not rest:
        return text, []
    return stripped[:end], [{"kind": "trailing_text", "removed": rest}]


class DuplicateKeys:
    def __init__(self):
        self.found = []

    def __call__(self, pairs):
        seen = {}
        for k, v in pairs:
            if k in seen:
                self.found.append(k)
            seen[k] = v
        return seen


def mend(raw):
    text = raw.replace("\r\n", "\n").replace("\t", "    ")
    mends = []
    for step in (strip_comments, strip_elisions, close_unterminated_strings, quote_placeholders,
                 insert_missing_commas, strip_trailing_commas, strip_trailing_text):
        text, m = step(text)
        mends.extend(m)
    dup = DuplicateKeys()
    value = json.loads(text, object_pairs_hook=dup)
    for key in dup.found:
        mends.append({"kind": "duplicate_key", "key": key, "kept": "last"})
    return value, mends


# ---- block discovery ----

def curl_parts(body):
    """Method, url and --data body of a curl command (or None when the block is not curl)."""
    if "curl" not in body:
        return None
    method = None
    m = re.search(r"(?:--request|-X)\s+([A-Z]+)", body)
    if m:
        method = m.group(1)
    url = None
    m = re.search(r"['\"](https?://[^'\"]+)['\"]", body) or re.search(r"\s(https?://\S+)", body)
    if m:
        url = m.group(1)
    data = None
    m = re.search(r"(?:--data-raw|--data-binary|--data|-d)\s+'", body)
    if m:
        start = m.end()
        end = body.find("'", start)
        while end > 0 and body[end - 1] == "\\":
            end = body.find("'", end + 1)
        data = body[start:end if end > 0 else len(body)]
    if data is not None and method is None:
        method = "POST"
    return {"method": method or "GET", "url": url, "data": data}


def blocks_of(text):
    """Every fenced block with index, language, body and the markup context in force at its opening fence."""
    lines = text.split("\n")
    route, ctx, status, heading, prev = None, None, None, "", ""
    i, index = 0, 0
    while i < len(lines):
        line = lines[i]
        m = ROUTE_TAG.search(line)
        if m:
            route = (None if m.group(1) == "Endpoint" else m.group(1).upper(), m.group(2), m.group(1) == "Endpoint")
        m = ROUTE_TEXT.match(line)
        if m:
            route = (m.group(1), m.group(2), False)
        if re.search(r"<Request\b", line):
            ctx, status = "request", None
        m = RESPONSE_BOX.search(line)
        if m:
            ctx = "response"
            s = re.search(r'status="(\d{3})', line)
            status = int(s.group(1)) if s else 200
        if re.search(r"</(Request|ResponseBox)>", line):
            ctx, status = None, None
        m = HEADING.match(line)
        if m:
            heading = m.group(1)
        m = FENCE_OPEN.match(line)
        if m:
            j = i + 1
            while j < len(lines) and not FENCE_CLOSE.match(lines[j]):
                j += 1
            indent = len(m.group(1))
            body = "\n".join(l[indent:] if l[:indent].strip() == "" else l for l in lines[i + 1:j])
            yield {"index": index, "lang": m.group(2), "body": body, "route": route, "ctx": ctx,
                   "status": status, "heading": heading, "line": i + 1, "prev": prev}
            index += 1
            i = j + 1
            continue
        if line.strip():
            prev = line.strip()
        i += 1


def looks_json(body):
    s = strip_comments(body)[0].strip()
    return s.startswith("{") or s.startswith("[")


def classify(rel, block):
    """(kind, status, json text) or None when the block holds no JSON example."""
    body = block["body"]
    curl = curl_parts(body)
    if curl is not None:
        if curl["data"] is None or not looks_json(curl["data"]):
            return None
        return {"kind": "request", "text": curl["data"], "method": curl["method"], "url": curl["url"]}
    if block["lang"] not in ("json", "") or not looks_json(body):
        return None
    if rel.endswith("configure-webhooks/webhook.md"):
        return {"kind": "webhook", "text": body}
    first = strip_comments(body)[1]
    note = first[0]["removed"].lower() if first and first[0]["line"] <= 2 else ""
    if block["ctx"] == "response":
        status = block["status"] or 200
        return {"kind": "response" if status < 400 else "error", "status": status, "text": body}
    if block["ctx"] == "request" or "request" in note:
        return {"kind": "request", "text": body}
    if block["route"] and block["route"][2]:
        return {"kind": "object", "text": body}
    heading = block["heading"].lower()
    if "response" in heading:
        return {"kind": "response", "status": 200, "text": body}
    if "request" in heading:
        return {"kind": "request", "text": body}
    return {"kind": "unclassified", "text": body}


def slug(rel):
    s = re.sub(r"\.(mdx|md)$", "", rel).lower()
    s = re.sub(r"[^a-z0-9/]+", "-", s).strip("-")
    s = re.sub(r"-?/-?", "/", s)
    return s.replace("/", "--")


def extract(repo, commit):
    files = [f for f in git(repo, "ls-tree", "-r", "--name-only", commit, ROOT).splitlines()
             if f.endswith((".md", ".mdx")) and not f.startswith(SKIP_DIRS)]
    examples, skipped, problems = [], [], []
    for path in sorted(files):
        rel = path[len(ROOT) + 1:]
        text = git(repo, "show", f"{commit}:{path}")
        for block in blocks_of(text):
            found = classify(rel, block)
            override = OVERRIDES.get((rel, block["index"]))
            if override and override["kind"] == "skip":
                skipped.append({"source": rel, "block": block["index"], "reason": override["reason"]})
                continue
            if found is None:
                continue
            if override:
                found = {**found, **{k: v for k, v in override.items() if k != "reason"}}
            if found["kind"] == "unclassified":
                problems.append(f"{rel} block {block['index']} (line {block['line']}): add an OVERRIDES entry")
                continue
            method = found.get("method")
            url = found.get("url")
            if "path" in found:
                route_path, query = found["path"], ""
            elif block["route"] and not block["route"][2]:
                # the page's route title names the parameters; curl examples fill them with sample ids
                route_path, query = normalize_route(block["route"][1])
                if url:
                    query = normalize_route(url)[1] or query
                method = method or block["route"][0]
            elif url:
                route_path, query = normalize_route(url)
            else:
                route_path, query = None, ""
            if block["route"] and not method and not (block["route"][2]):
                method = block["route"][0]
            text, repairs = found["text"], []
            for old, new, reason in BRACE_REPAIRS.get((rel, block["index"]), []):
                if text.count(old) != 1:
                    problems.append(f"{rel} block {block['index']}: brace repair no longer matches: {reason}")
                    continue
                repairs.append({"kind": "brace", "line": line_of(text, text.index(old)), "reason": reason})
                text = text.replace(old, new)
            try:
                value, mends = mend(text)
                mends = repairs + mends
            except json.JSONDecodeError as e:
                problems.append(f"{rel} block {block['index']} (line {block['line']}): {e}")
                continue
            kind = found["kind"]
            if kind == "webhook" and not (isinstance(value, dict) and "type" in value):
                kind = "webhook-fragment"
            ident = f"{slug(rel)}.b{block['index']}"
            entry = {
                "id": ident,
                "file": f"{ident}.json",
                "source": f"{ROOT}/{rel}",
                "block": block["index"],
                "line": block["line"],
                "kind": kind,
                "method": method if route_path else None,
                "path": route_path,
            }
            if query:
                entry["query"] = query
            if "status" in found and kind in ("response", "error"):
                entry["status"] = found["status"]
            if kind == "webhook":
                entry["eventType"] = value["type"]
            if found.get("reason"):
                entry["note"] = found["reason"]
            if override and override.get("reason"):
                entry["note"] = override["reason"]
            entry["mends"] = mends
            examples.append((entry, value))
    return examples, skipped, problems


def render(value):
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repo", default=DEFAULT_REPO, help="git dir or checkout of 100mslive/100ms-docs")
    ap.add_argument("--commit", default=DEFAULT_COMMIT)
    ap.add_argument("--out", default=os.path.join(here, "..", "tests", "HmsSdk.Tests", "Conformance", "Corpus"))
    ap.add_argument("--check", action="store_true", help="fail if the committed corpus differs")
    args = ap.parse_args()
    commit = git(args.repo, "rev-parse", args.commit + "^{commit}").strip()
    examples, skipped, problems = extract(args.repo, commit)
    if problems:
        print("cannot extract:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    by_kind = {}
    for entry, _ in examples:
        by_kind[entry["kind"]] = by_kind.get(entry["kind"], 0) + 1
    mended = [e for e, _ in examples if e["mends"]]
    mend_kinds = {}
    for e in mended:
        for m in e["mends"]:
            mend_kinds[m["kind"]] = mend_kinds.get(m["kind"], 0) + 1
    manifest = {
        "docsRepository": "https://github.com/100mslive/100ms-docs",
        "docsCommit": commit,
        "root": ROOT,
        "generatedBy": "eng/extract-docs-corpus",
        "counts": {"examples": len(examples), "byKind": dict(sorted(by_kind.items())),
                   "mendedExamples": len(mended), "mends": dict(sorted(mend_kinds.items()))},
        "examples": [e for e, _ in examples],
        "skipped": skipped,
    }
    files = {e["file"]: render(v) for e, v in examples}
    files["manifest.json"] = render(manifest)
    out = os.path.normpath(args.out)
    if args.check:
        existing = set(os.listdir(out)) if os.path.isdir(out) else set()
        stale = sorted(existing - set(files))
        changed = sorted(n for n, c in files.items()
                         if not os.path.exists(os.path.join(out, n)) or open(os.path.join(out, n), encoding="utf-8").read() != c)
        if stale or changed:
            print(f"corpus out of date: {len(changed)} changed, {len(stale)} stale", file=sys.stderr)
            return 1
        print("corpus up to date")
        return 0
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.endswith(".json") and name not in files:
            os.remove(os.path.join(out, name))
    for name, content in files.items():
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    print(f"{len(examples)} examples {dict(sorted(by_kind.items()))}, {len(mended)} mended {dict(sorted(mend_kinds.items()))}, "
          f"{len(skipped)} skipped, docs commit {commit} -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
