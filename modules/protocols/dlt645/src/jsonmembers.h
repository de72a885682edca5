#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vocsync::dlt645::detail {

/// The JSON path ("values[1].di") of the first object member whose name already occurred in
/// the same object. QJsonDocument keeps only one of two equal names without a word, so a
/// template with "di" written twice would silently lose one. Call only on text that
/// QJsonDocument accepted.
std::optional<QString> findRepeatedMember(const QByteArray &json);

} // namespace vocsync::dlt645::detail
