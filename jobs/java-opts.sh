# Sourced by jobs/posttrends and jobs/bench.sh: the JVM options of a local (embedded Spark) run.
# The module flags spark-submit adds on Java 17 (Spark 4.1.1's JavaModuleOptions): without them a
# big local run fails once cached blocks spill to disk (Kryo cannot reach java.nio internals).
spark_module_opts=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)
# JIT: Spark's generated row converters for wide nested rows are larger than HotSpot's 8000-byte
# "huge method" limit and would otherwise run interpreted.
spark_module_opts+=(-XX:-DontCompileHugeMethods)
# Heap of a local run when JAVA_OPTS is not set: 2 GB keeps the whole JVM under 3 GB of resident
# memory (docs/PERFORMANCE.md); raise it with JAVA_OPTS for very large batches.
default_java_opts="-Xmx2g"
