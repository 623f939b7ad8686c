#!/bin/sh
# Smoke test of the built .deb (run by `mvn -Pinstaller package`): unpack it, give the jars the times its postinst
# gives them, start the packaged launcher up to the window's first frame (JavaFX headless platform), and fail when
# Kumo does not start, the JVM rejects the AOT cache, or a later start loads what only a first start needs.
set -eu
installer_dir="$1"
check_dir="$2"
rm -rf "$check_dir"
mkdir -p "$check_dir"
deb=$(ls "$installer_dir"/kumo_*.deb | head -n 1)
dpkg-deb -x "$deb" "$check_dir"
find "$check_dir/opt/kumo/lib/app" -name '*.jar' -exec touch -m -d @1767225600 {} +
until_first_frame="-Dkumo.exitAfterFirstFrame=true -Dglass.platform=Headless -Dprism.order=sw"
output=$(JAVA_TOOL_OPTIONS="-Dkumo.reportFirstFrame=true $until_first_frame" \
    "$check_dir/opt/kumo/bin/Kumo" --data-dir "$check_dir/data" 2>&1)
echo "$output" | grep -v '^Picked up JAVA_TOOL_OPTIONS'
echo "$output" | grep -q '^kumo-first-frame-ms=' || { echo "smoke test: the packaged Kumo did not show its window" >&2; exit 1; }
if echo "$output" | grep -q '\[error *\]\[aot'; then
    echo "smoke test: the JVM rejected the packaged AOT cache" >&2
    exit 1
fi
# the cache is trained on a start of an existing data directory: a start of any later day does not load Flyway's
# migration classes (every class of the cache is loaded at each start, so a class only the first start needs costs
# every start memory; FlywayException and ErrorCode are loaded either way, as the schema check names them)
later=$(JAVA_TOOL_OPTIONS="-Xlog:class+load $until_first_frame" \
    "$check_dir/opt/kumo/bin/Kumo" --data-dir "$check_dir/data" 2>&1)
if echo "$later" | grep -q '\] org\.flywaydb\.core\.Flyway '; then
    echo "smoke test: a start on an existing data directory loads Flyway (the AOT cache was trained on a new one)" >&2
    exit 1
fi
echo "smoke test: $deb starts, with its AOT cache"
