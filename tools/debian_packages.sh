#!/bin/sh
# Install the Debian packages of a purpose that are not installed yet, where this machine lets us
# (root with apt-get, as on CI); otherwise name the command that would. Never downloads anything
# but Debian's packages.
#
#     sh tools/debian_packages.sh "WHAT THEY ARE FOR" PACKAGE...
purpose=$1
shift
missing=""
for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing $purpose:$missing"
    apt-get update -qq || exit 1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null || exit 1
else
    echo "not installed, $purpose: sudo apt-get install$missing" >&2
fi
