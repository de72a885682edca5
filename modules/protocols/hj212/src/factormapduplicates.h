#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vocsync::hj212::detail {

/// The JSON path ("factors[3].unit") of the first member whose key already occurred in the
/// same object, if any. QJsonDocument silently keeps only one of two equal keys, so a factor
/// map with "unit" written twice would lose one without a word. Run it only on text
/// QJsonDocument has accepted (it does not validate).
std::optional<QString> findDuplicateFactorMapKey(const QByteArray &json);

} // namespace vocsync::hj212::detail
