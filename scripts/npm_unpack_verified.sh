#!/bin/sh
# Usage: npm_unpack_verified.sh NAME VERSION INTEGRITY
# Fetches NAME@VERSION's tarball with npm into the current directory, checks it against the
# registry's sha512 integrity pinned by the caller, and unpacks it into ./package. The
# vendoring scripts call it so that nothing unverified is ever copied into the tree.
set -eu

NAME=$1
VERSION=$2
INTEGRITY=$3

npm pack --silent "$NAME@$VERSION" >/dev/null
TARBALL="$NAME-$VERSION.tgz"
ACTUAL="sha512-$(openssl dgst -sha512 -binary "$TARBALL" | base64 | tr -d '\n')"
if [ "$ACTUAL" != "$INTEGRITY" ]; then
    echo "$NAME $VERSION: integrity mismatch" >&2
    echo "  expected $INTEGRITY" >&2
    echo "  got      $ACTUAL" >&2
    exit 1
fi
tar -xzf "$TARBALL"
