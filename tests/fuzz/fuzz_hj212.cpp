// libFuzzer target for the HJ 212 codec (docs/hj212-benchmarks.md, "Fuzzing"): parseFrame with
// and without the CRC check, parseSegment, StreamFramer in reads of varying size, Reassembler,
// toJson and the encode/parse round trip. The checks live in hj212_fuzzbody.h, which the CI
// replay (tests/hj212/tst_fuzzcorpus.cpp) runs over the seed corpus and the regressions.
//   build/fuzz-hj/tests/fuzz/fuzz_hj212 -dict=tests/fuzz/hj212.dict -max_len=4096 \
//     -rss_limit_mb=2048 -max_total_time=600 NEW_CORPUS_DIR tests/fuzz/corpus/hj212
#include "hj212_fuzzbody.h"

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray failure = hj212fuzz::run(data, size);
    if (failure.isEmpty())
        return 0;
    std::fprintf(stderr, "fuzz_hj212: %s\n", failure.constData());
    __builtin_trap(); // a property of the codec failed: libFuzzer saves the input as a crash
}
