#pragma once

#include <QByteArrayView>

#include <cstdint>

namespace vocsync::samplecsv::detail {

/// Fast path for the canonical times the samples CSV is written with:
/// "YYYY-MM-DDTHH:MM:SS[.mmm](Z|+HH:MM|-HH:MM)". Going through QDateTime costs microseconds
/// per row, which dominates an import of millions of rows. Returns false for any other form
/// (the caller then asks timeutil::parseIso, which also knows the station's zone).
bool parseCanonicalTime(QByteArrayView text, std::int64_t *utcMs);

} // namespace vocsync::samplecsv::detail
