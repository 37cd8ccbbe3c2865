#!/bin/sh
# Vendors axe-core, the accessibility checker the browser tests run on every page of the
# person's flow, into tests/browser/vendor/axe-core/ so that tests need no network. Fetches
# the pinned release with npm and checks it against the sha512 integrity pinned below.
set -eu

VERSION=4.14.1
INTEGRITY=sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==

REPO=$(cd "$(dirname "$0")/.." && pwd)
DEST="$REPO/tests/browser/vendor/axe-core"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
"$REPO/scripts/npm_unpack_verified.sh" axe-core "$VERSION" "$INTEGRITY"
mkdir -p "$DEST"
cp package/axe.min.js package/LICENSE package/LICENSE-3RD-PARTY.txt "$DEST/"
printf 'axe-core %s\n%s\n' "$VERSION" "$INTEGRITY" >"$DEST/VERSION"
echo "vendored axe-core $VERSION into $DEST"
