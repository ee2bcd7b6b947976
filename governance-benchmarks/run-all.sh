#!/bin/sh
# Runs every benchmark of governance-benchmarks and writes the raw results under target/results/, which
# RESULTS.md quotes. Build first: ./mvnw -q -DskipTests package (from the repository root). Takes about 25 minutes
# on 2 cores; nothing else should run meanwhile.
set -e
cd "$(dirname "$0")/.."
jar=governance-benchmarks/target/benchmarks.jar
out=governance-benchmarks/target/results
mkdir -p "$out"
java -version 2>&1 | head -1 > "$out/machine.txt"
nproc >> "$out/machine.txt"
java -jar $jar EvaluateBenchmark -prof gc -f 3 -rf text -rff "$out/evaluate.txt" > "$out/evaluate.log" 2>&1
java -Xms1g -Xmx1g -cp $jar io.meshgov.benchmarks.CpuRatio 30 > "$out/cpu-ratio.txt" 2> "$out/cpu-ratio.log"
java -jar $jar EvaluateBenchmark -bm sample -tu us -rf text -rff "$out/evaluate-latency.txt" > "$out/evaluate-latency.log" 2>&1
java -jar $jar BatchBenchmark -prof gc -f 3 -rf text -rff "$out/batch.txt" > "$out/batch.log" 2>&1
java -jar $jar BuildBenchmark -rf text -rff "$out/build.txt" > "$out/build.log" 2>&1
java -jar $jar ScalingBenchmark -prof gc -rf text -rff "$out/scaling.txt" > "$out/scaling.log" 2>&1
java -cp $jar io.meshgov.benchmarks.Footprint > "$out/footprint.txt" 2> "$out/footprint.log"
java -Xmx256m -cp $jar io.meshgov.benchmarks.EndToEnd 100000 > "$out/end-to-end.txt" 2> "$out/end-to-end.log"
java -cp $jar io.meshgov.benchmarks.ColdStart governance-cli/target/meshgov.jar 10 > "$out/cold-start-jar.txt" 2> "$out/cold-start-jar.log"
java -cp $jar io.meshgov.benchmarks.ColdStart governance-cli/target/meshgov 10 > "$out/cold-start-launcher.txt" 2> "$out/cold-start-launcher.log"
java -cp $jar io.meshgov.benchmarks.LayeredStart governance-cli/target/meshgov 8 > "$out/layered-start.txt" 2> "$out/layered-start.log"
echo "results in $out"
