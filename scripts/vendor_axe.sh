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
npm pack --silent "axe-core@$VERSION" >/dev/null
TARBALL="axe-core-$VERSION.tgz"
ACTUAL="sha512-$(openssl dgst -sha512 -binary "$TARBALL" | base64 | tr -d '\n')"
if [ "$ACTUAL" != "$INTEGRITY" ]; then
    echo "axe-core $VERSION: integrity mismatch" >&2
    echo "  expected $INTEGRITY" >&2
    echo "  got      $ACTUAL" >&2
    exit 1
fi
tar -xzf "$TARBALL"
mkdir -p "$DEST"
cp package/axe.min.js package/LICENSE package/LICENSE-3RD-PARTY.txt "$DEST/"
printf 'axe-core %s\n%s\n' "$VERSION" "$INTEGRITY" >"$DEST/VERSION"
echo "vendored axe-core $VERSION into $DEST"
