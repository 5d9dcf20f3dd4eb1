#!/usr/bin/env bash
# Sets up a Debian 12 machine for oversight, builds it, and runs what you ask for.
#
#   ./setup.sh run [ARGS...]   install what is missing, build, run the main job (`oversight run ARGS`)
#   ./setup.sh test            install what is missing, build, run every test (Release, then ASan+UBSan),
#                              then fuzz the iXBRL reader for 60 s (OVERSIGHT_FUZZ_SECONDS)
#   ./setup.sh build           install what is missing and build (build/oversight)
#   ./setup.sh bench           build and run the benchmarks (bench/README in the main README)
#
# Idempotent: packages already installed are not touched, and it is silent about them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

packages=(
  build-essential cmake pkg-config ccache git
  libquantlib0-dev libpoco-dev libeigen3-dev libboost-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  liblemon-dev libkainjow-mustache-dev libxlsxwriter-dev libcairo2-dev libpango1.0-dev
  sqlite3 qpdf poppler-utils fonts-dejavu-core time bc
  clang libclang-rt-14-dev
)

install_missing() {
  local missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

jobs=$(nproc 2>/dev/null || echo 2)

# build DIR [cmake options...]
build() {
  local dir=$1; shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
  cmake --build "$dir" -j "$jobs" -- --no-print-directory
}

mode=${1:-build}
[ $# -gt 0 ] && shift
install_missing
case "$mode" in
  build)
    build build
    ;;
  run)
    build build -DOVERSIGHT_BUILD_TESTS=OFF -DOVERSIGHT_BUILD_BENCH=OFF
    build/oversight run "$@"
    ;;
  test)
    build build -DOVERSIGHT_WERROR=ON -DOVERSIGHT_BUILD_TESTS=ON -DOVERSIGHT_BUILD_BENCH=ON
    ctest --test-dir build --output-on-failure -j "$jobs"
    # The same suite under AddressSanitizer and UndefinedBehaviorSanitizer.
    build build-asan -DOVERSIGHT_SANITIZE=ON -DOVERSIGHT_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      LSAN_OPTIONS=suppressions="$PWD/tests/sanitizer/lsan.supp":print_suppressions=0 \
      ctest --test-dir build-asan --output-on-failure -j "$jobs"
    # The iXBRL reader under libFuzzer (clang, ASan+UBSan) for a bounded time, seeded with
    # the sample filings. Only the reader and the fuzz target are built.
    cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOVERSIGHT_FUZZ=ON \
      -DOVERSIGHT_SANITIZE=ON -DOVERSIGHT_BUILD_TESTS=OFF -DOVERSIGHT_BUILD_BENCH=OFF >/dev/null
    cmake --build build-fuzz --target ixbrl_reader_fuzz -j "$jobs" -- --no-print-directory
    rm -rf build-fuzz/corpus && mkdir -p build-fuzz/corpus
    cp fixtures/ixbrl-samples/*.html fixtures/ixbrl-samples/*.xhtml fixtures/ixbrl-samples/*.xml build-fuzz/corpus/
    if ! build-fuzz/tests/fuzz/ixbrl_reader_fuzz build-fuzz/corpus -max_total_time="${OVERSIGHT_FUZZ_SECONDS:-60}" \
      -max_len=65536 -rss_limit_mb=2048 -artifact_prefix=build-fuzz/ -print_final_stats=1 >build-fuzz/fuzz.log 2>&1; then
      tail -n 80 build-fuzz/fuzz.log
      echo "setup: the iXBRL reader fuzzer found a crash (input saved as build-fuzz/crash-*)" >&2
      exit 1
    fi
    grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec)' build-fuzz/fuzz.log
    ;;
  bench)
    build build -DOVERSIGHT_BUILD_BENCH=ON
    build/bench/oversight_bench "$@"
    bench/england_ingest.sh build
    ;;
  *)
    echo "usage: ./setup.sh [build|run|test|bench] [ARGS...]" >&2
    exit 2
    ;;
esac
