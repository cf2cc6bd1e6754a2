#!/usr/bin/env bash
# Packs retake, installs the tarball into a throwaway global prefix (no dev dependencies),
# and checks that the installed command runs. CI runs this after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
echo "packed $tarball: $(tar -tzf "$work/$tarball" | sed 's|^package/||' | awk -F/ '{print $1}' | sort -u | tr '\n' ' ')"
if tar -tzf "$work/$tarball" | grep -qE '^package/(src|test|scripts|node_modules)/'; then echo "the tarball ships development files" >&2; exit 1; fi
npm install -g --prefix "$work/prefix" --no-audit --no-fund "$work/$tarball" >/dev/null
export PATH="$work/prefix/bin:$PATH" RETAKE_HOME="$work/home"
cd "$work"
version=$(retake --version)
[ "$version" = "$(node -p "require('$OLDPWD/package.json').version")" ] || { echo "retake --version printed '$version'" >&2; exit 1; }
retake plan --demo --format yaml | head -n 3 | grep -q '^schemaVersion: 1$' || { echo "retake plan --demo did not print a plan" >&2; exit 1; }
[ ! -d "$work/prefix/lib/node_modules/retake/node_modules/vitest" ] || { echo "dev dependencies were installed" >&2; exit 1; }
echo "pack check passed: retake $version installs from the tarball and plans"
