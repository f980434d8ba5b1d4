#!/usr/bin/env bash
# Opens JShell with the whole Jiceng library (core, rules, json, testkit and their dependencies) on the class path.
# Run from anywhere; arguments go to jshell, for example a script:  examples/jshell/open.sh examples/jshell/quorum.jsh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -pl governance-json,governance-testkit -am package dependency:build-classpath -DskipTests \
  -Dmaven.javadoc.skip -DincludeScope=runtime -DexcludeGroupIds=io.github.jiceng \
  -Dmdep.outputFile=target/jshell-classpath.txt
jars=""
for module in governance-core governance-rules governance-json governance-testkit; do
  jars="$jars:$module/target/$module-0.1.0-SNAPSHOT.jar"
done
exec jshell --class-path "${jars#:}:$(cat governance-json/target/jshell-classpath.txt)" "$@"
