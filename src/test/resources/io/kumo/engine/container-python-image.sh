#!/bin/sh
# Builds a small Python image from this machine's own /usr/bin/python3 and its libraries, for container tests on a
# machine that cannot pull images: usage: container-python-image.sh RUNTIME IMAGE
set -eu
runtime=$1
image=$2
python=$(readlink -f /usr/bin/python3)
version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/usr/bin" "$root/usr/lib" "$root/tmp" "$root/etc" "$root/proc" "$root/dev" "$root/sys" "$root/project" "$root/output" "$root/root"
chmod 1777 "$root/tmp"
for link in bin:usr/bin sbin:usr/bin lib:usr/lib lib64:usr/lib64; do
    ln -s "${link#*:}" "$root/${link%%:*}"
done
for program in "$python" "$(readlink -f /bin/sh)" "$(command -v sleep)" "$(command -v cat)"; do
    cp -L "$program" "$root/usr/bin/"
    ldd "$program" | grep -o '/[^ ]*' | while read -r library; do
        mkdir -p "$root/usr$(dirname "${library#/usr}")"
        cp -L "$library" "$root/usr${library#/usr}"
    done
done
ln -sf "$(basename "$(readlink -f /bin/sh)")" "$root/usr/bin/sh"
ln -s "$(basename "$python")" "$root/usr/bin/python3"
ln -s "$(basename "$python")" "$root/usr/bin/python"
cp -a "/usr/lib/python$version" "$root/usr/lib/"
echo 'root:x:0:0:root:/root:/bin/sh' > "$root/etc/passwd"
echo 'root:x:0:' > "$root/etc/group"
tar -C "$root" -cf "$root.tar" .
trap 'rm -rf "$root" "$root.tar"' EXIT
"$runtime" import --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' "$root.tar" "$image" >/dev/null
