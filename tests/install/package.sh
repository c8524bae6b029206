#!/usr/bin/env bash
# The application as a user gets it: the Debian package built with CPack, checked by lintian,
# installed by dpkg into a fresh root and run from there, far from the checkout; the desktop
# entry, the AppStream metadata, the man pages and the bash completion checked against the
# programs.
#
#   package.sh STEP     STEP: package (the fixture: builds the .deb, installs it), lintian, cli,
#                       gui, desktop-files, man-pages, completion, cmake-install
# Environment (set by tests/install/CMakeLists.txt): BUILD_DIR, SOURCE_DIR, WORK_DIR, VERSION,
# DEB_VERSION, APP_ID, CMAKE, CPACK.
set -euo pipefail

step=${1:?usage: package.sh STEP}
deb_dir=$WORK_DIR/deb
root=$WORK_DIR/root
bin=$root/usr/bin
share=$root/usr/share

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# A scratch folder and home of its own for each step, outside the source and build trees.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/sistercities-install-$step.XXXXXX")
pid=""
# A GUI left running by a failed step is ended with it.
trap '[ -z "$pid" ] || kill -KILL "$pid" 2> /dev/null || true; rm -rf "$scratch"' EXIT
export HOME=$scratch/home XDG_DATA_HOME=$scratch/home/data XDG_CONFIG_HOME=$scratch/home/config
export XDG_RUNTIME_DIR=$scratch/runtime LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
cd "$scratch"

# Steps that run the programs run them as a user would: an ordinary user (nobody, when the tests
# run as root), in a folder of their own, on a copy of the installed tree they may only read.
as_user=()
if [ "$(id -u)" = 0 ]; then
    as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi
become_user() {
    cp -a "$root" "$scratch/installed"
    bin=$scratch/installed/usr/bin
    if [ "$(id -u)" = 0 ]; then
        chown nobody:nogroup "$scratch"
        chown -R nobody:nogroup "$HOME" "$XDG_RUNTIME_DIR"
    fi
}

deb() {
    local debs=("$deb_dir"/sistercities_"$DEB_VERSION"_*.deb)
    [ -f "${debs[0]}" ] || fail "no package in $deb_dir: the step 'package' has not run"
    echo "${debs[0]}"
}

# The commands `sistercities-cli --help` lists.
cli_commands() {
    "$bin/sistercities-cli" --help |
        sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\).*/\1/p' | sort -u
}

# WIDTHxHEIGHT of a PNG file, from its header (big-endian, from byte 16).
png_size() {
    od -An -tu1 -j16 -N8 "$1" |
        awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'
}

# The long options a `--help` text lists, one a line.
help_options() {
    sed -n 's/^  \(-[a-z?], \)\{0,1\}\(--[a-z][a-z-]*\).*/\2/p' | sort -u
}

case $step in
package)
    rm -rf "$deb_dir" "$root"
    mkdir -p "$deb_dir"
    "$CPACK" -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$deb_dir" \
        > "$deb_dir/cpack.log" 2>&1 || { cat "$deb_dir/cpack.log"; fail "cpack"; }
    package=$(deb)
    # Installed by dpkg into a root of its own: its dependencies are those of this system, which
    # the root does not record, hence --force-depends (they are checked below).
    mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
    touch "$root/var/lib/dpkg/status"
    dpkg --root="$root" --force-depends --log=/dev/null -i "$package" > "$deb_dir/dpkg.log" 2>&1 ||
        { cat "$deb_dir/dpkg.log"; fail "dpkg -i"; }
    dpkg --root="$root" -s sistercities | grep -qx 'Status: install ok installed' ||
        fail "dpkg did not install the package"
    echo "built $package and installed it into $root"
    dpkg-deb -f "$package" Package Version Depends Recommends
    [ "$(dpkg-deb -f "$package" Version)" = "$DEB_VERSION" ] || fail "package version"
    depends=$(dpkg-deb -f "$package" Depends)
    # dpkg-shlibdeps found the libraries the executables link...
    for library in libqt6core6 libqt6widgets6 libqt6charts6 libqt6sql6 libsqlite3-0 libc6; do
        [[ $depends == *"$library ("* ]] || fail "Depends lacks $library: $depends"
    done
    # ...and the plugin Qt loads at run time is named by hand.
    [[ $depends == *libqt6sql6-sqlite* ]] || fail "Depends lacks libqt6sql6-sqlite"
    # This system, where the installed copy runs (steps cli and gui), has every dependency.
    IFS=',' read -ra clauses <<< "$depends"
    for clause in "${clauses[@]}"; do
        read -r name relation version <<< "$(tr -d '()' <<< "$clause")"
        installed=$(dpkg-query -W -f='${Version}' "$name" 2>/dev/null) ||
            fail "dependency $name is not installed here"
        if [ -n "$relation" ]; then
            dpkg --compare-versions "$installed" "$relation" "$version" ||
                fail "dependency $name $relation $version: $installed is installed"
        fi
    done
    ;;

lintian)
    # Warnings fail too: the package has none (one override: it is not uploaded to Debian).
    lintian --fail-on error,warning --info "$(deb)"
    ;;

cli)
    # Nothing in the installed files points into the checkout or the build tree (a folder of
    # either, which says more than a short checkout path like /src would).
    paths=(-e "$BUILD_DIR/")
    for folder in "$SOURCE_DIR"/*/; do paths+=(-e "$folder"); done
    if grep -rlaF "${paths[@]}" "$root"; then fail "paths into the checkout or the build"; fi
    become_user
    cli() { "${as_user[@]}" "$bin/sistercities-cli" "$@"; }
    [ "$(cli --version)" = "sistercities-cli $VERSION" ] || fail "--version: $(cli --version)"

    cli init --db my.sqlite
    # The bundled dataset, compiled in: as many pairings as the fact file has rows.
    expected=$(($(wc -l < "$SOURCE_DIR/resources/dataset/register/pairings.tsv") - 1))
    count=$(cli --db my.sqlite pairings --count)
    [ "$count" = "$expected" ] || fail "installed init: $count pairings, the facts $expected"
    # The user's own database, created on first use under XDG_DATA_HOME.
    [ "$(cli pairings --count)" = "$expected" ] || fail "the default database"
    [ -f "$XDG_DATA_HOME/SisterCities/sistercities/sistercities.sqlite" ] ||
        fail "no database under $XDG_DATA_HOME"
    # Translations compiled in.
    japanese=$(cli --lang ja figures list)
    grep -q 'キャプション' <<< "$japanese" || fail "no Japanese figure list: $japanese"

    cli --db my.sqlite figures export --out figures
    # Every figure (maps only when named) and, beside each, the full list of its sources.
    figures=$(cli figures list --format json | grep '"id"' | grep -vc '"map-')
    [ "$(ls figures/*.png | wc -l)" = "$figures" ] ||
        fail "figures export wrote $(ls figures/*.png | wc -l) PNG files, not $figures"
    [ "$(ls figures/*.sources.txt | wc -l)" = "$figures" ] ||
        fail "figures export wrote $(ls figures/*.sources.txt | wc -l) sources files"
    for png in figures/*.png; do
        [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' ')" = "89504e470d0a1a0a" ] ||
            fail "$png is not a PNG"
    done
    # 160 mm × 100 mm at 300 dpi: 1890 pixels wide.
    size=$(png_size figures/fig03-en.png)
    [ "${size%x*}" = 1890 ] || fail "fig03 is $size pixels, not 1890 wide"
    echo "installed CLI: $count pairings, $(ls figures/*.png | wc -l) figures"
    ;;

gui)
    become_user
    version=$(QT_QPA_PLATFORM='' DISPLAY='' WAYLAND_DISPLAY='' \
        "${as_user[@]}" "$bin/sistercities" --version)
    [ "$version" = "sistercities $VERSION" ] || fail "sistercities --version without a display"
    # (A simple command: $! is the application itself, setpriv replacing itself with it.)
    QT_QPA_PLATFORM=offscreen "${as_user[@]}" "$bin/sistercities" > gui.log 2>&1 &
    pid=$!
    # Ready means: the database of the first start is in place and the application has gone
    # idle (no CPU used for half a second: the window is up, waiting for events). A fixed wait
    # failed on a loaded machine; 60 s is only the limit.
    database=$XDG_DATA_HOME/SisterCities/sistercities/sistercities.sqlite
    cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null; }
    waited=0
    while :; do
        if ! kill -0 "$pid" 2>/dev/null; then
            status=0
            wait "$pid" || status=$?
            cat gui.log
            fail "the installed GUI ended by itself after about $((waited / 2)) s (status $status)"
        fi
        before=$(cpu)
        sleep 0.5
        waited=$((waited + 1))
        [ -f "$database" ] && [ "$(cpu)" = "$before" ] && break
        [ "$waited" -lt 120 ] ||
            { cat gui.log; fail "the GUI created no database or did not settle within 60 s"; }
    done
    settings=$XDG_CONFIG_HOME/SisterCities/sistercities.conf
    # SIGTERM (a session ending) closes the window as the user would: it saves its state, and
    # the application ends with status 0, neither killed by the signal nor crashed.
    kill -TERM "$pid"
    status=0
    wait "$pid" || status=$?
    pid=""
    cat gui.log
    [ "$status" = 0 ] || fail "the GUI ended with status $status after SIGTERM"
    grep -q "^lastDatabase=.*sistercities.sqlite" "$settings" ||
        fail "the window did not save its state on SIGTERM"
    if grep -Ei 'could not load|not loaded|driver not|cannot|fatal' gui.log; then
        fail "the GUI complained"
    fi
    echo "installed GUI started offscreen, ended with status $status on SIGTERM"
    ;;

desktop-files)
    desktop=$share/applications/$APP_ID.desktop
    metainfo=$share/metainfo/$APP_ID.metainfo.xml
    desktop-file-validate "$desktop"
    appstreamcli validate --no-net "$metainfo"
    for language in zh_CN ja ko; do
        grep -q "^Name\[$language\]=" "$desktop" || fail "no Name[$language]"
        grep -q "^Comment\[$language\]=" "$desktop" || fail "no Comment[$language]"
    done
    exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [ -x "$bin/$exec_name" ] || fail "Exec=$exec_name is not installed"
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    [ -f "$share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon $icon"
    # Each PNG is as large as the folder it is in says.
    pngs=0
    for png in "$share"/icons/hicolor/*x*/apps/"$icon".png; do
        folder=$(basename "$(dirname "$(dirname "$png")")")
        [ "$(png_size "$png")" = "$folder" ] || fail "$png is $(png_size "$png")"
        pngs=$((pngs + 1))
    done
    [ "$pngs" -ge 6 ] || fail "only $pngs PNG sizes"
    grep -q "<release version=\"$VERSION\"" "$metainfo" || fail "metainfo lacks release $VERSION"
    grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo" ||
        fail "metainfo does not launch $APP_ID.desktop"

    # The screenshots, as a release build with SISTERCITIES_SCREENSHOT_URL writes them: valid,
    # and every image one of docs/screenshots/.
    "$CMAKE" -DCHANGELOG="$SOURCE_DIR/CHANGELOG.md" -DVERSION="$VERSION" -DAPP_ID="$APP_ID" \
        -DTEMPLATE_DIR="$SOURCE_DIR/packaging" -DOUTPUT_DIR="$scratch" -DPACKAGE=sistercities \
        -DDEB_VERSION="$DEB_VERSION" -DMAINTAINER="Test <test@example.org>" \
        -DSCREENSHOT_URL=https://example.org/docs/screenshots/ \
        -P "$SOURCE_DIR/packaging/GenerateReleaseFiles.cmake"
    appstreamcli validate --no-net "$scratch/sistercities.metainfo.xml"
    url='https://example.org/docs/screenshots/'
    images=$(sed -n "s|.*<image[^>]*>$url\([^<]*\)</image>.*|\1|p" \
        "$scratch/sistercities.metainfo.xml")
    [ -n "$images" ] || fail "no screenshots with SISTERCITIES_SCREENSHOT_URL set"
    for image in $images; do
        [ -f "$SOURCE_DIR/docs/screenshots/$image" ] || fail "screenshot $image does not exist"
    done
    echo "desktop entry, metainfo, $pngs icon sizes and $(echo "$images" | wc -l) screenshots valid"
    ;;

man-pages)
    man_dir=$share/man/man1
    for page in sistercities sistercities-cli; do
        [ -f "$man_dir/$page.1.gz" ] || fail "no man page $page.1.gz"
        warnings=$(MANWIDTH=80 man --warnings -l "$man_dir/$page.1.gz" 2>&1 > /dev/null)
        [ -z "$warnings" ] || fail "$page.1: $warnings"
        grep -q "^\.TH .*\"Sister Cities $VERSION\"" <<< "$(zcat "$man_dir/$page.1.gz")" ||
            fail "$page.1 is not of version $VERSION"
    done
    man_text=$(zcat "$man_dir/sistercities-cli.1.gz" | sed 's/\\-/-/g')
    # The options a part of a man page describes as entries (.B, .BI or .BR lines), one a line.
    entries() { # TEXT START: from the line matching START to the next heading
        awk -v start="$2" '$0 ~ start { inside = 1; next }
            inside && /^\.S[HS]/ { inside = 0 }
            inside && /^\.B[IR]? / { print }' <<< "$1" | grep -o -- '--[a-z][a-z-]*' | sort -u
    }
    shared=$(entries "$man_text" '^[.]SH GLOBAL OPTIONS'; entries "$man_text" '^[.]SH FILTERS')
    commands=$(cli_commands)
    [ "$(echo "$commands" | wc -l)" -ge 8 ] || fail "read only these commands: $commands"
    for command in $commands; do
        grep -q "^\.SS \"$command[ \"]" <<< "$man_text" || fail "sistercities-cli.1 lacks $command"
        described=$(entries "$man_text" "^[.]SS \"$command[ \"]"; echo "$shared")
        for option in $("$bin/sistercities-cli" "$command" --help | help_options); do
            grep -qx -- "$option" <<< "$described" ||
                fail "sistercities-cli.1 does not describe $command $option"
        done
    done
    usage=$("$bin/sistercities-cli" --help)
    global=$(head -n 1 <<< "$usage" | grep -o -- '--[a-z][a-z-]*')
    for option in $global --help --version; do
        grep -qx -- "$option" <<< "$shared" || fail "sistercities-cli.1 does not describe $option"
    done
    # The exit statuses the program uses: 0, 1 and 2.
    statuses=$(sed -n '/^\.SH EXIT STATUS/,/^\.SH [^E]/p' <<< "$man_text" | tr '\n' ' ')
    grep -q '\.B 0 .*\.B 1 .*\.B 2 ' <<< "$statuses" ||
        fail "sistercities-cli.1 lacks an exit status"
    gui_text=$(zcat "$man_dir/sistercities.1.gz" | sed 's/\\-/-/g')
    gui_described=$(entries "$gui_text" '^[.]SH OPTIONS')
    for option in $("$bin/sistercities" --help | help_options); do
        grep -qx -- "$option" <<< "$gui_described" ||
            fail "sistercities.1 does not describe $option"
    done
    echo "man pages describe $(echo "$commands" | wc -l) commands and every option"
    ;;

completion)
    # Asks the installed completion what it offers after the words given.
    offered() {
        bash -c '
            source "$1"; shift
            COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
            complete -p "$1" > /dev/null
            function=$(complete -p "$1" | sed -n "s/.*-F \([^ ]*\) .*/\1/p")
            "$function" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" \
                2> /dev/null
            printf "%s\n" "${COMPREPLY[@]}"' \
            completion "$share/bash-completion/completions/$1" "$@"
    }
    commands=$(cli_commands)
    offered_commands=$(offered sistercities-cli "")
    for command in $commands; do
        grep -qx -- "$command" <<< "$offered_commands" || fail "completion lacks $command"
        offered_options=$(offered sistercities-cli "$command" --)
        for option in $("$bin/sistercities-cli" "$command" --help | help_options); do
            grep -qx -- "$option" <<< "$offered_options" ||
                fail "completion lacks $command $option"
        done
    done
    # (Read whole before grep: grep -q stops reading, and pipefail would see the writer fail.)
    languages=$(offered sistercities-cli --db my.sqlite --lang "")
    grep -qx ja <<< "$languages" || fail "--lang values: $languages"
    formats=$(offered sistercities-cli figures export --format "")
    grep -qx svg <<< "$formats" || fail "export formats: $formats"
    actions=$(offered sistercities-cli figures "")
    grep -qx export <<< "$actions" || fail "figures actions: $actions"
    offered_gui=$(offered sistercities --)
    for option in $("$bin/sistercities" --help | help_options); do
        grep -qx -- "$option" <<< "$offered_gui" || fail "sistercities completion lacks $option"
    done
    echo "bash completion offers $(echo "$commands" | wc -l) commands and every option"
    ;;

cmake-install)
    # `cmake --install` into a prefix puts the same files where the package does, but for the
    # package's lintian overrides.
    "$CMAKE" --install "$BUILD_DIR" --prefix "$scratch/prefix" --strip > install.log
    (cd "$scratch/prefix" && find . -type f | sort) > installed.txt
    (cd "$root/usr" && find . -type f | grep -vx './share/lintian/overrides/sistercities' |
        sort) > packaged.txt
    diff packaged.txt installed.txt || fail "cmake --install and the package differ"
    [ "$("$scratch/prefix/bin/sistercities-cli" --version)" = "sistercities-cli $VERSION" ] ||
        fail "the installed CLI's version"
    "$scratch/prefix/bin/sistercities-cli" init --db from-prefix.sqlite
    echo "cmake --install: $(wc -l < installed.txt) files, as in the package"
    ;;

*)
    fail "unknown step $step"
    ;;
esac
