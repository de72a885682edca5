#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vocsync::modbus::detail {

/// The JSON path of the first member whose key already occurred in the same object
/// ("values[2].scale"), if any. QJsonDocument silently keeps only one of two equal keys, so a
/// template with "scale" written twice would lose one without a word; this catches it.
/// Run it only on text QJsonDocument has accepted.
std::optional<QString> findDuplicateKey(const QByteArray &json);

} // namespace vocsync::modbus::detail
