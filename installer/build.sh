#!/usr/bin/env bash
# Builds Parley's native installer for the platform this runs on, with the JDK's own jlink and jpackage.
#
#   installer/build.sh                 Linux: app-image + .deb   Windows: .msi   macOS: .dmg
#   installer/build.sh --image-only    only the app-image (fast; what installer/smoke-test.sh uses)
#   installer/build.sh --skip-maven    reuse target/ from an earlier `./mvnw package`
#
# Output goes to target/installer/: the app-image (Linux: target/installer/image/parley/bin/parley) and
# parley_<version>-1_amd64.deb / Parley-<version>.msi / Parley-<version>.dmg. The version is the pom's project.version.
#
# Layout of the image (why: see installer/README.md):
#   runtime  = jlink of the JDK modules the shaded jar needs (jdeps) + the JavaFX modules from the Maven platform
#              jars that `./mvnw package` copies to target/jpackage/javafx (maven-dependency-plugin);
#   app      = the thin jar target/parley-<version>.jar + target/jpackage/lib/*.jar (everything but JavaFX) on the
#              class path; Monocle (headless `export-png`) is added to the javafx.graphics module before jlink.
#   Linux: a training run of the app-image's launcher (headless window on the sample articles) lists the classes a
#   launch loads (lib/app/parley.classlist); the app-image gets its class-data archive (lib/app/parley.jsa) from it
#   here, the .deb's postinst makes it at the installed place (JDK 17 maps an archive only where it was made).
#
# Needs a JDK 17+ with jlink/jpackage (JAVA_HOME, else the one on PATH). Linux host tools: objcopy (binutils, for
# --strip-debug), and for the .deb also fakeroot and dpkg-deb. Windows: WiX 3 on PATH. macOS: Xcode command line tools.
# Environment: PARLEY_EXTRA_MODULES=mod1,mod2 adds JDK modules to the runtime (e.g. jdk.localedata).
set -euo pipefail
# Empty arrays are expanded as ${a[@]+"${a[@]}"}: macOS's bash 3.2 calls "${a[@]}" unbound under set -u.

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

image_only=false
skip_maven=false
for arg in "$@"; do
  case "$arg" in
    --image-only) image_only=true ;;
    --skip-maven) skip_maven=true ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

log() { printf '[installer] %s\n' "$*"; }
die() { printf '[installer] ERROR: %s\n' "$*" >&2; exit 1; }

# --- JDK tools -------------------------------------------------------------------------------------------------
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ]; then
  jdk_bin="$JAVA_HOME/bin"
else
  jpackage_on_path="$(command -v jpackage || true)"
  [ -n "$jpackage_on_path" ] || die "no jpackage: install a JDK 17+ (Debian: openjdk-17-jdk) or set JAVA_HOME"
  jdk_bin="$(dirname "$(readlink -f "$jpackage_on_path" 2>/dev/null || echo "$jpackage_on_path")")"
fi
JLINK="$jdk_bin/jlink"; JPACKAGE="$jdk_bin/jpackage"; JDEPS="$jdk_bin/jdeps"; JAVA="$jdk_bin/java"; JAR="$jdk_bin/jar"
java_major="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[ "${java_major:-0}" -ge 17 ] 2>/dev/null || die "JDK 17 or newer needed (found ${java_major:-unknown} in $jdk_bin)"
log "JDK $java_major from $jdk_bin"

# --- Platform --------------------------------------------------------------------------------------------------
case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) die "unsupported platform $(uname -s)" ;;
esac
if [ "$os" = linux ]; then
  command -v objcopy >/dev/null || die "objcopy missing: jlink --strip-debug needs it (apt-get install binutils)"
  if ! $image_only; then
    command -v fakeroot >/dev/null || die "fakeroot missing: the .deb needs it (apt-get install fakeroot)"
    command -v dpkg-deb >/dev/null || die "dpkg-deb missing: the .deb needs it (apt-get install dpkg)"
  fi
fi

# --- Maven build -----------------------------------------------------------------------------------------------
if ! $skip_maven; then
  log "building the jars (./mvnw package, tests skipped)"
  ./mvnw -B -q -DskipTests package
fi
version_file="target/classes/parley/version.properties"
[ -f "$version_file" ] || die "$version_file missing: run ./mvnw package first (or drop --skip-maven)"
version="$(sed -n 's/^version=//p' "$version_file" | tr -d '\r')"
[ -n "$version" ] || die "no version in $version_file"
thin_jar="target/parley-$version.jar"
fat_jar="target/parley.jar"
for f in "$thin_jar" "$fat_jar" target/jpackage/lib target/jpackage/javafx; do
  [ -e "$f" ] || die "$f missing: run ./mvnw package first (or drop --skip-maven)"
done
log "Parley $version for $os"

out="target/installer"
rm -rf "$out"
mkdir -p "$out/fxmods" "$out/input"

# --- JavaFX modules: only the platform jars (javafx-<m>-<ver>-<platform>.jar); the plain jars are empty shells. ---
# Monocle (headless rendering for `export-png` and the training run) lives in javafx.graphics's packages. It goes
# into that module's jar here, before jlink: patched in at launch (--patch-module) it worked too, but the JVM turns
# class data sharing off whenever a module is patched, and the archive is what makes the window open in time.
monocle_jar="$(ls target/jpackage/lib/openjfx-monocle-*.jar 2>/dev/null | head -n 1 || true)"
fx_modules=""
for jar in target/jpackage/javafx/javafx-*.jar; do
  base="$(basename "$jar" .jar)"                   # javafx-graphics-21.0.12-linux
  rest="${base#javafx-}"                           # graphics-21.0.12-linux
  module="${rest%%-*}"                             # graphics
  classifier="${rest#"$module"-}"; classifier="${classifier#*-}"   # linux (or the version when there is none)
  case "$classifier" in
    [0-9]*) continue ;;                            # no platform classifier: skip the empty jar
  esac
  cp "$jar" "$out/fxmods/"
  if [ "$module" = graphics ] && [ -n "$monocle_jar" ]; then
    mkdir -p "$out/monocle"
    (cd "$out/monocle" && "$JAR" xf "$root/$monocle_jar" com)
    # `jar --update` on a modular jar adds the new package to the module descriptor's package list.
    "$JAR" --update --file "$out/fxmods/$(basename "$jar")" -C "$out/monocle" com
    rm -rf "$out/monocle"
  fi
  fx_modules="${fx_modules:+$fx_modules,}javafx.$module"
done
[ -n "$fx_modules" ] || die "no JavaFX platform jars in target/jpackage/javafx"

# --- JDK modules: what jdeps finds in the shaded jar (every dependency's classes in one file), plus a few that
#     are only reached by reflection or service lookup: other charsets for articles, zip file systems. -----------
log "jdeps (JDK modules the application uses)"
jdk_modules="$("$JDEPS" --print-module-deps --ignore-missing-deps --multi-release 17 "$fat_jar" | tail -n 1)"
case "$jdk_modules" in java.base*) ;; *) die "jdeps gave no module list: $jdk_modules" ;; esac
modules="$jdk_modules,jdk.charsets,jdk.zipfs${PARLEY_EXTRA_MODULES:+,$PARLEY_EXTRA_MODULES},$fx_modules"
log "modules: $modules"

# --- Runtime ---------------------------------------------------------------------------------------------------
start=$(date +%s)
log "jlink runtime"
# No --compress: it shrinks the runtime from 94 to 58 MB, but the installers compress better without it
# (measured .deb: 32.9 MB uncompressed runtime, 49.2 MB compressed), and downloads matter more than disk.
"$JLINK" --module-path "$out/fxmods" --add-modules "$modules" \
  --strip-debug --strip-native-commands --no-header-files --no-man-pages --output "$out/runtime"
log "jlink took $(( $(date +%s) - start )) s; runtime $(du -sh "$out/runtime" | cut -f1)"

# --- Application input: thin jar + non-JavaFX dependencies, all on the class path. -----------------------------
cp "$thin_jar" "$out/input/"
cp target/jpackage/lib/*.jar "$out/input/"
rm -f "$out/input"/openjfx-monocle-*.jar          # now inside javafx.graphics (above)
# C1 only: a desktop session is short; on 2 cores the C2 compiler cost more CPU than it saved (benchmarks.md, run 11).
java_options=(--java-options "-XX:TieredStopAtLevel=1")
if [ "$os" = linux ]; then
  # The class-data archive made below (app-image) or by the .deb's postinst. A missing or stale archive (one made for
  # other jars) is ignored by the JVM without a word, so a failed training run or dump only costs launch speed.
  java_options+=(--java-options "-XX:SharedArchiveFile=\$APPDIR/parley.jsa")
fi
if [ "$java_major" -ge 24 ]; then
  # JDK 24+ warn about JavaFX's native loading and sun.misc.Unsafe use; both are expected.
  java_options+=(--java-options "--enable-native-access=javafx.graphics"
                 --java-options "--sun-misc-unsafe-memory-access=allow")
fi

# jpackage on macOS refuses an app-version whose first number is 0 (CFBundleVersion). Until Parley reaches 1.0 the
# bundle carries 1.0.0 there; `parley --version` and the .dmg file name keep the pom's version.
app_version="$version"
if [ "$os" = macos ] && [ "${version%%.*}" = 0 ]; then app_version=1.0.0; fi

common=(--app-version "$app_version" --vendor "Parley" --copyright "Copyright the Parley authors"
        --description "Diplomatic events from news articles, on a timeline with their evidence."
        --runtime-image "$out/runtime" --input "$out/input" --main-jar "$(basename "$thin_jar")"
        --main-class parley.Main ${java_options[@]+"${java_options[@]}"})

case "$os" in
  linux)
    name=parley
    image_args=(--name "$name" --icon assets/icons/png/parley-256.png)
    ;;
  windows)
    name=Parley
    image_args=(--name "$name" --icon assets/icons/parley.ico)
    ;;
  macos)
    name=Parley
    image_args=(--name "$name" --icon assets/icons/parley.icns --mac-package-identifier app.parley
                --mac-package-name Parley)
    ;;
esac

start=$(date +%s)
log "jpackage app-image"
"$JPACKAGE" --type app-image "${common[@]}" "${image_args[@]}" --dest "$out/image"
log "app-image took $(( $(date +%s) - start )) s; $(du -sh "$out/image" | cut -f1) in $out/image"

# --- Class-data archive (Linux) ----------------------------------------------------------------------------------
# A training run: the sample articles imported into a scratch store, then the window opened on it headless (Monocle)
# until its first complete frame (parley.ui.TrainingRun), with the JVM listing every class it loads. The archive made
# from that list holds those classes already parsed, verified and laid out, so a launch maps them in one go (issue 17:
# the whole window at 100,000 events opened about 0.5 s sooner; docs/benchmarks.md, run 14).
if [ "$os" = linux ]; then
  start=$(date +%s)
  log "training run (headless window on the sample articles) and class-data archive"
  launcher="$out/image/$name/bin/$name"
  appdir="$out/image/$name/lib/app"
  training="$(mktemp -d)"
  headless=(env -u DISPLAY -u WAYLAND_DISPLAY -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS)
  "${headless[@]}" timeout 180 "$launcher" import --db "$training/store" assets/samples >"$training/import.log" 2>&1 \
    || { cat "$training/import.log" >&2; die "training run: import of assets/samples failed"; }
  "${headless[@]}" JAVA_TOOL_OPTIONS="-Dparley.exitAfterFirstFrame=true -Dglass.platform=Monocle \
-Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1200-32 -XX:DumpLoadedClassList=$appdir/parley.classlist" \
    timeout 180 "$launcher" --db "$training/store" >"$training/window.log" 2>&1 \
    || { cat "$training/window.log" >&2; die "training run: the window did not open and close"; }
  # -Xshare:dump writes the archive the launcher's -XX:SharedArchiveFile names (the VM exits once it is written).
  "${headless[@]}" JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$appdir/parley.classlist" \
    timeout 300 "$launcher" --version >"$training/dump.log" 2>&1 \
    || { cat "$training/dump.log" >&2; die "class-data archive: -Xshare:dump failed"; }
  rm -rf "$training"
  [ -s "$appdir/parley.jsa" ] || die "class-data archive: no $appdir/parley.jsa"
  log "$(grep -vc '^[#@]' "$appdir/parley.classlist") classes listed; archive $(du -h "$appdir/parley.jsa" | cut -f1); \
took $(( $(date +%s) - start )) s"
  # The installed package makes its own archive from the list (postinst): this one maps only in this folder.
  cp "$appdir/parley.classlist" "$out/input/"
fi
$image_only && exit 0

# --- Installer -------------------------------------------------------------------------------------------------
# Paths relative to the project root (the current directory): Git Bash would hand /c/... paths to jpackage.exe.
# File associations (.html/.txt/.pdf/.eml) only on Linux, where they just add Parley under "Open with". On Windows and
# macOS they are left out until tried there: jpackage registers itself as the handler of the extension (ProgId /
# CFBundleDocumentTypes), and taking over .txt or .html from the user's editor or browser would be hostile.
associations=()
for props in installer/"$os"/associations/*.properties; do
  [ -f "$props" ] && associations+=(--file-associations "$props")
done

start=$(date +%s)
case "$os" in
  linux)
    # installer/linux holds the .desktop and maintainer-script templates that replace jpackage's own.
    log "jpackage .deb"
    "$JPACKAGE" --type deb "${common[@]}" "${image_args[@]}" ${associations[@]+"${associations[@]}"} \
      --resource-dir installer/linux --linux-package-name parley --linux-deb-maintainer "parley@localhost" \
      --linux-app-category misc --linux-shortcut \
      --linux-package-deps libgtk-3-0 --dest "$out"
    ;;
  windows)
    # NOT VERIFIED here (built on Linux only). A second launcher with a console runs the command line.
    log "jpackage .msi"
    "$JPACKAGE" --type msi "${common[@]}" "${image_args[@]}" ${associations[@]+"${associations[@]}"} \
      --add-launcher parley-cli=installer/windows/parley-cli.properties \
      --win-menu --win-menu-group Parley --win-shortcut --win-dir-chooser \
      --win-upgrade-uuid 6f1d8a52-3c47-4b8e-9d7a-2e5f0c9b4a13 --dest "$out"
    ;;
  macos)
    # NOT VERIFIED here (built on Linux only). Unsigned: Gatekeeper asks on first start.
    log "jpackage .dmg"
    "$JPACKAGE" --type dmg "${common[@]}" "${image_args[@]}" ${associations[@]+"${associations[@]}"} --dest "$out"
    [ "$app_version" = "$version" ] || mv "$out/Parley-$app_version.dmg" "$out/Parley-$version.dmg"
    ;;
esac
log "installer took $(( $(date +%s) - start )) s"
ls -l "$out"/*.deb "$out"/*.msi "$out"/*.dmg 2>/dev/null || true
