#!/bin/sh
# Starts Tekigo Studio on macOS: double-click the .app (its Contents/MacOS/tekigo-studio runs this),
# or run this file from a terminal.
# Tekigo Studio を起動します。Java 21 以降が必要です（同梱の jre/、JAVA_HOME、PATH の順に探します）。
# Java: the runtime bundled in jre/ when there is one, then $JAVA_HOME, then macOS's java_home -v 21+, then
# java on the PATH; 21 or newer.
# Workspace: $TEKIGO_WORKSPACE, else ~/tekigo-workspace. Other arguments go to the workbench.
here=$(cd "$(dirname "$0")" && pwd)

if [ -x "$here/jre/bin/java" ]; then
  java="$here/jre/bin/java"
elif [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
elif [ -x /usr/libexec/java_home ] && /usr/libexec/java_home -v 21+ >/dev/null 2>&1; then
  java="$(/usr/libexec/java_home -v 21+)/bin/java"
else
  java=$(command -v java || true)
fi
major=0
if [ -n "$java" ]; then
  major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
fi
if [ -z "$java" ] || [ "${major:-0}" -lt 21 ]; then
  cat >&2 <<MESSAGE
Tekigo Studio を起動できません: Java 21 以降が見つかりません${java:+（$java は Java ${major:-?}）}。
Java 21 以降（例: Eclipse Temurin 21 https://adoptium.net/ja/）をインストールし、
JAVA_HOME を設定するか java を PATH に入れてから、もう一度起動してください。

Tekigo Studio cannot start: it needs Java 21 or newer${java:+ ($java is Java ${major:-?})}.
Install Java 21 or newer (for example Eclipse Temurin 21 from https://adoptium.net/),
then set JAVA_HOME or put java on the PATH, and start Tekigo Studio again.
MESSAGE
  # Started from Finder there is no terminal to read this in: say it in a dialog too.
  if [ ! -t 2 ] && command -v osascript >/dev/null 2>&1; then
    osascript -e 'display alert "Tekigo Studio: Java 21 以降が必要です / Java 21 or newer is needed" message "Java 21 以降（例: Eclipse Temurin 21 https://adoptium.net/ja/）をインストールしてから、もう一度起動してください。\n\nInstall Java 21 or newer (for example Eclipse Temurin 21 from https://adoptium.net/), then start Tekigo Studio again."' >/dev/null 2>&1
  fi
  exit 1
fi

# -showsplash: the launcher shows splash.bmp (with the workbench's progress) where the product has its native
# fragment (Linux x86_64); elsewhere it does nothing. -name titles that window.
set -- -showsplash -name "Tekigo Studio" -data "${TEKIGO_WORKSPACE:-$HOME/tekigo-workspace}" "$@"
# Java 23 and newer warn of sun.misc.Unsafe on every start unless told it is allowed.
if [ "$major" -ge 23 ]; then
  set -- --sun-misc-unsafe-memory-access=allow -jar "$here"/plugins/org.eclipse.equinox.launcher_*.jar "$@"
else
  set -- -jar "$here"/plugins/org.eclipse.equinox.launcher_*.jar "$@"
fi
# SWT on macOS must run on the process's first thread.
cd "$here" && exec "$java" -XstartOnFirstThread -Xdock:name="Tekigo Studio" -Xmx1g "$@"
