#!/usr/bin/env python3
"""Serve the undoc demo (or any directory tree) on 127.0.0.1, Python standard library only.

usage: python3 scripts/serve.py [--port N] [--csp] [--root PREFIX=DIR ...] [--verbose]

Without --root the demo mapping is used (paths relative to the repository):
    /         -> www/
    /pkg/     -> pkg/
    /seeds/   -> tests/seeds/
    /corpus/  -> tests/corpus/dev/
    /tests/seeds/, /tests/corpus/ -> the same paths (the explorer's index names its texts so)
Each --root PREFIX=DIR replaces that default mapping (give several; the longest prefix wins),
e.g. --root /=dist to serve a Vite build. --port 0 (the default is 8080) picks a free port.
The first line printed on standard output is the URL, e.g. "undoc: serving http://127.0.0.1:8080/".
--csp adds the strict Content-Security-Policy the widget is written for.
"""
import argparse
import http.server
import os
import posixpath
import sys
import urllib.parse

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# /tests/seeds/ and /tests/corpus/: the texts www/collection.json names by their paths here.
DEFAULT_ROOTS = [("/", "www"), ("/pkg/", "pkg"), ("/seeds/", "tests/seeds"), ("/corpus/", "tests/corpus/dev"),
                 ("/tests/seeds/", "tests/seeds"), ("/tests/corpus/", "tests/corpus")]
NOWHERE = os.path.join(os.devnull, "undoc-not-found")  # never exists: a 404
# img-src allows the pages' <link rel="icon" href="data:,"> (no favicon request).
CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:"
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".wasm": "application/wasm",
    ".json": "application/json; charset=utf-8",
    ".map": "application/json; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".ts": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
}


def parse_roots(specs):
    roots = []
    for spec in specs:
        prefix, sep, directory = spec.partition("=")
        if not sep or not prefix.startswith("/"):
            raise SystemExit(f"serve.py: --root wants PREFIX=DIR with PREFIX starting with '/', got {spec!r}")
        if not prefix.endswith("/"):
            prefix += "/"
        roots.append((prefix, os.path.abspath(os.path.join(REPO, directory))))
    roots.sort(key=lambda r: len(r[0]), reverse=True)
    return roots


class Handler(http.server.SimpleHTTPRequestHandler):
    roots = []
    csp = False
    verbose = False
    server_version = "undoc-serve"
    sys_version = ""
    extensions_map = {"": "application/octet-stream", **TYPES}

    def translate_path(self, path):
        path = urllib.parse.unquote(urllib.parse.urlsplit(path).path)
        for prefix, directory in self.roots:
            if path == prefix[:-1] or path.startswith(prefix):
                rest = path[len(prefix):]
                parts = [p for p in posixpath.normpath("/" + rest).split("/") if p and p not in (".", "..")]
                full = os.path.join(directory, *parts)
                # Never leave the mapped directory (symlinks included).
                real = os.path.realpath(full)
                if real != directory and not real.startswith(directory + os.sep):
                    return NOWHERE
                return full
        return NOWHERE

    def list_directory(self, path):  # no directory listings
        self.send_error(404, "Not Found")
        return None

    def guess_type(self, path):
        return TYPES.get(os.path.splitext(path)[1].lower(), "application/octet-stream")

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        if self.csp:
            self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def log_message(self, format, *args):
        if self.verbose:
            sys.stderr.write("serve: %s\n" % (format % args))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, default=8080, help="port on 127.0.0.1 (0: any free port)")
    ap.add_argument("--root", action="append", default=[], metavar="PREFIX=DIR",
                    help="map a URL prefix to a directory (replaces the demo mapping)")
    ap.add_argument("--csp", action="store_true", help="send a strict Content-Security-Policy header")
    ap.add_argument("--verbose", action="store_true", help="log every request on standard error")
    args = ap.parse_args()

    Handler.roots = parse_roots(args.root or [f"{p}={d}" for p, d in DEFAULT_ROOTS])
    Handler.csp = args.csp
    Handler.verbose = args.verbose
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    httpd.daemon_threads = True
    port = httpd.server_address[1]
    print(f"undoc: serving http://127.0.0.1:{port}/" + (" (with CSP)" if args.csp else ""), flush=True)
    for prefix, directory in sorted(Handler.roots):
        print(f"  {prefix:<10} -> {os.path.relpath(directory, REPO)}", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()


if __name__ == "__main__":
    main()
