#!/bin/sh
# Vendors GOV.UK Frontend's built JavaScript and CSS into takedown/static/vendor/govuk-frontend/
# so that the app needs no npm at run time. Fetches the pinned release with npm (from the
# registry npm is configured for), checks the tarball against the registry's published
# sha512 integrity pinned below, and rewrites the CSS to drop the GOV.UK font, which only
# GOV.UK services may use. Re-run after changing VERSION and INTEGRITY together.
set -eu

VERSION=6.6.0
INTEGRITY=sha512-xctkWrQvLnvQt7fyjQ3MGX9S0wz0x0RQuLxCeoXF+s8EjGICG81/DYQGKN5qgO+0KVT12UAaRwUsGY6fulRcRg==

REPO=$(cd "$(dirname "$0")/.." && pwd)
DEST="$REPO/takedown/static/vendor/govuk-frontend"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
"$REPO/scripts/npm_unpack_verified.sh" govuk-frontend "$VERSION" "$INTEGRITY"
BUILT=package/dist/govuk

mkdir -p "$DEST"
# The source maps are not vendored, so their references go too.
sed -e 's|//# sourceMappingURL=.*$||' "$BUILT/govuk-frontend.min.js" >"$DEST/govuk-frontend.min.js"
# No crown, no logotype, no GDS Transport: drop the @font-face rules and use the
# system's own sans-serif font stack instead.
sed -e 's#@font-face{font-family:GDS Transport;[^}]*}##g' \
    -e 's#font-family:GDS Transport,arial,sans-serif#font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif#g' \
    -e 's#/\*\# sourceMappingURL=[^*]*\*/##g' \
    "$BUILT/govuk-frontend.min.css" >"$DEST/govuk-frontend.min.css"
if grep -q 'GDS Transport' "$DEST/govuk-frontend.min.css"; then
    echo "govuk-frontend $VERSION: the GOV.UK font is still referenced; update the rewrite" >&2
    exit 1
fi

# The npm package carries no licence file; its package.json says MIT and its README names
# the copyright holder. This is the upstream repository's LICENSE.txt.
cat >"$DEST/LICENSE" <<'LICENSE'
The MIT License (MIT)

Copyright (C) 2018 Crown Copyright (Government Digital Service)

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
LICENSE
printf 'govuk-frontend %s\n%s\n' "$VERSION" "$INTEGRITY" >"$DEST/VERSION"
echo "vendored govuk-frontend $VERSION into $DEST"
