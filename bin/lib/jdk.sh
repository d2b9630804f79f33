# Finds a JDK 25 or newer for ExamRoom. Sourced by bin/examroom and .ci/run; prints nothing itself.
#   examroom_find_jdk   → prints the JDK's home on stdout, or returns 1 when there is none.

examroom_java_major() { # JAVA_EXECUTABLE → major version on stdout
    local line
    line=$("$1" -version 2>&1 | head -n 1) || return 1
    line=${line#*\"}
    line=${line%%\"*}
    case "$line" in
        1.*) line=${line#1.} ;;
    esac
    printf '%s\n' "${line%%[.+-]*}"
}

examroom_is_jdk25() { # DIR → true when DIR/bin/java and DIR/bin/javac are Java 25 or newer
    local major
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
    major=$(examroom_java_major "$1/bin/java") || return 1
    case "$major" in ''|*[!0-9]*) return 1 ;; esac
    [ "$major" -ge 25 ]
}

examroom_find_jdk() {
    local candidate onpath
    if [ -n "${JAVA_HOME:-}" ] && examroom_is_jdk25 "$JAVA_HOME"; then
        printf '%s\n' "$JAVA_HOME"; return 0
    fi
    if onpath=$(command -v javac 2>/dev/null); then
        candidate=$(cd "$(dirname "$(readlink -f "$onpath")")/.." && pwd)
        if examroom_is_jdk25 "$candidate"; then printf '%s\n' "$candidate"; return 0; fi
    fi
    for candidate in \
        /usr/lib/jvm/temurin-2[5-9]* /usr/lib/jvm/java-2[5-9]* /usr/lib/jvm/jdk-2[5-9]* /usr/lib/jvm/*2[5-9]* \
        /opt/java/openjdk /opt/jdk-2[5-9]* /opt/java/jdk-2[5-9]* \
        "$HOME"/.sdkman/candidates/java/2[5-9]* "$HOME"/.jdks/*2[5-9]* \
        /Library/Java/JavaVirtualMachines/*2[5-9]*/Contents/Home; do
        if [ -d "$candidate" ] && examroom_is_jdk25 "$candidate"; then
            printf '%s\n' "$candidate"; return 0
        fi
    done
    return 1
}

examroom_no_jdk_message() {
    cat >&2 <<'MSG'
ExamRoom needs a JDK 25 (or newer), and none was found in JAVA_HOME, on the PATH, or in the usual
places (/usr/lib/jvm, /opt/java, ~/.sdkman, ~/.jdks).
Install one, for example Eclipse Temurin 25:
  Debian/Ubuntu:  https://adoptium.net/installation/linux/  then  apt-get install temurin-25-jdk
  SDKMAN:         sdk install java 25-tem
  Other systems:  https://adoptium.net/temurin/releases/?version=25
then run again, or point JAVA_HOME at it:  export JAVA_HOME=/path/to/jdk-25
MSG
}
