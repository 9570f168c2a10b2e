# Sourced by ./twolayer and benchmarks/run: prints the home of a JDK >= 25 (the project's floor), or fails clearly.
# Order: JAVA_HOME if it is >= 25, then /usr/lib/jvm/*25* and any JDK >= 25 under /usr/lib/jvm, then java on PATH.

java_feature() { # feature version of the java binary $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1 || echo 0
}

find_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && (( $(java_feature "$JAVA_HOME/bin/java") >= 25 )); then
    echo "$JAVA_HOME"; return
  fi
  local d
  for d in /usr/lib/jvm/*25* /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if [[ -x "$d/bin/java" ]] && (( $(java_feature "$d/bin/java") >= 25 )); then echo "$d"; return; fi
  done
  if command -v java >/dev/null && (( $(java_feature "$(command -v java)") >= 25 )); then
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"; return
  fi
  echo "error: no JDK >= 25 found (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm/*, PATH). Install one, e.g. Temurin 25, or set JAVA_HOME." >&2
  return 1
}
