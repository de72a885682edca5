#include "vocsync/modbus/devicetemplate.h"

#include <algorithm>

namespace vocsync::modbus {

namespace {

constexpr int kAddressSpace = 0x10000;

/// A half-open register range [begin, end) of one function; ints so that end may be 0x10000.
struct Range
{
    std::uint8_t function = ReadHoldingRegisters;
    int begin = 0;
    int end = 0;
};

ReadRequest request(std::uint8_t function, int begin, int end)
{
    ReadRequest r;
    r.function = function;
    r.address = static_cast<std::uint16_t>(begin);
    r.count = static_cast<std::uint16_t>(end - begin);
    return r;
}

} // namespace

std::vector<ReadRequest> planReads(std::vector<RegisterSpan> spans, const PlanOptions &options)
{
    const int maxRegisters = std::clamp(options.maxRegisters, 1, kMaxReadRegisters);
    const int maxGap = std::max(options.maxGap, 0);

    std::vector<Range> ranges;
    ranges.reserve(spans.size());
    for (const RegisterSpan &s : spans) {
        if (s.count == 0)
            continue;
        ranges.push_back({s.function, s.address, std::min(s.address + s.count, kAddressSpace)});
    }
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) {
        return a.function != b.function ? a.function < b.function
                                        : (a.begin != b.begin ? a.begin < b.begin : a.end < b.end);
    });

    std::vector<ReadRequest> reads;
    std::optional<Range> open; // the read being grown
    for (const Range &span : ranges) {
        if (open && open->function == span.function) {
            if (span.end <= open->end)
                continue; // already covered (duplicate or nested span)
            const bool holeFits = span.begin - open->end <= maxGap;
            if (holeFits && span.end - open->begin <= maxRegisters) {
                open->end = span.end;
                continue;
            }
        }
        // The span does not fit: close the open read and start at the first register it does
        // not already cover, so overlapping spans are not read twice.
        int begin = span.begin;
        if (open) {
            reads.push_back(request(open->function, open->begin, open->end));
            if (open->function == span.function)
                begin = std::max(begin, open->end);
        }
        // A span longer than one read is cut into full reads; its tail stays open for merging.
        while (span.end - begin > maxRegisters) {
            reads.push_back(request(span.function, begin, begin + maxRegisters));
            begin += maxRegisters;
        }
        open = Range{span.function, begin, span.end};
    }
    if (open)
        reads.push_back(request(open->function, open->begin, open->end));
    return reads;
}

std::vector<RegisterSpan> templateSpans(const DeviceTemplate &t, bool withRatios)
{
    std::vector<RegisterSpan> spans;
    spans.reserve(t.values.size() + 2);
    const auto add = [&spans](const ValueDef &v) {
        spans.push_back({v.function, v.address, static_cast<std::uint16_t>(registerCount(v.type))});
    };
    for (const ValueDef &v : t.values)
        add(v);
    if (withRatios && t.ptRegister)
        add(*t.ptRegister);
    if (withRatios && t.ctRegister)
        add(*t.ctRegister);
    return spans;
}

} // namespace vocsync::modbus
