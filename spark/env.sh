# Sourced by the spark/ scripts: a Spark home built from Maven Central, newsie's Spark jar, and how to run
# Spark's own entry points with `java -cp` (what bin/spark-submit, sbin/start-master.sh, ... do).
#   SPARK_HOME          default target/spark-home (built on first use; set NEWSIE_SPARK_HOME to use another)
#   SPARK_LOCAL_IP      127.0.0.1: drivers, executors, master, workers and their web UIs bind to loopback only
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
spark_version="$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' "$root/pom.xml" | head -1)"
export SPARK_HOME="${NEWSIE_SPARK_HOME:-$root/target/spark-home}"
export SPARK_SCALA_VERSION=2.13   # what bin/load-spark-env.sh exports; Spark's launcher needs it to find jars/
export SPARK_LOCAL_IP=127.0.0.1
newsie_spark_jar="$root/target/newsie-spark.jar"
# Spark's JVM options for Java 17 (org.apache.spark.launcher.JavaModuleOptions), kept in the pom for the tests too
read -r -a spark_java_opts <<< "$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' "$root/pom.xml" | head -1)"

# Copies Spark and everything it needs from Maven Central into $SPARK_HOME/jars, the layout of a Spark distribution.
build_spark_home() {
  if [ -f "$SPARK_HOME/RELEASE" ] && grep -q "^Spark $spark_version " "$SPARK_HOME/RELEASE"; then
    return 0
  fi
  echo "spark: building a Spark $spark_version home in $SPARK_HOME from Maven Central (the first time downloads about 300 MB) ..." >&2
  rm -rf "$SPARK_HOME/jars"
  mkdir -p "$SPARK_HOME/jars" "$SPARK_HOME/conf"
  mvn -q -B -f "$root/spark/pom.xml" -Dspark.version="$spark_version" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$SPARK_HOME/jars" >&2
  cp "$root/spark/log4j2.properties" "$SPARK_HOME/conf/log4j2.properties"
  echo "Spark $spark_version (Scala 2.13) from Maven Central, laid out by newsie's spark/env.sh" > "$SPARK_HOME/RELEASE"
}

# Builds target/newsie-spark.jar when a source, a model file or the pom is newer than it.
build_newsie_jar() {
  if [ ! -f "$newsie_spark_jar" ] || [ -n "$(find "$root/src/main" "$root/models" "$root/pom.xml" -newer "$newsie_spark_jar" -print -quit)" ]; then
    echo "spark: building target/newsie-spark.jar ..." >&2
    (cd "$root" && mvn -q -B package -DskipTests >&2)
  fi
}

# Runs a Spark class (SparkSubmit, Master, Worker) as Spark's scripts do: java -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*".
# JVM options first. It replaces the shell it runs in (exec): start it in the background (`spark_class ... &`, then
# $! is the JVM itself) or in a subshell (`(spark_class -Xmx1g org.apache.spark.deploy.SparkSubmit ...)`).
spark_class() {
  local jvm=()
  while [ $# -gt 0 ] && [ "${1#-}" != "$1" ]; do jvm+=("$1"); shift; done
  exec java "${jvm[@]}" "${spark_java_opts[@]}" -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" "$@"
}

# A TCP port on the loopback address that nothing listens on.
free_port() {
  local port
  for _ in $(seq 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "spark: no free port found" >&2
  return 1
}

# Waits until FILE contains TEXT (a fixed string), at most SECONDS; fails when PID died first.
wait_for_log() {
  local file=$1 text=$2 seconds=$3 pid=$4
  for _ in $(seq $((seconds * 5))); do
    grep -qF -- "$text" "$file" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { echo "spark: process $pid ended; its log $file:" >&2; tail -20 "$file" >&2; return 1; }
    sleep 0.2
  done
  echo "spark: '$text' did not appear in $file within ${seconds}s" >&2
  return 1
}
