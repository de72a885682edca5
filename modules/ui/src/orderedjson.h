#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace vocsync::ui {

/// A JSON value with the members of its objects in the order written (QJsonObject sorts
/// them): the packet log shows a decoded packet's fields in the order the codec wrote them,
/// header first, and its numbers as written ("0.804", not 0.80400000000000005).
struct OrderedJson
{
    enum class Kind { Object, Array, String, Number, Bool, Null };
    Kind kind = Kind::Null;
    QString key;                 ///< member name inside an object, else empty
    QString text;                ///< strings unescaped; numbers and literals as written
    QList<OrderedJson> children; ///< members or elements

    bool isScalar() const { return kind != Kind::Object && kind != Kind::Array; }
    /// The member named `key` of an object, or nullptr.
    const OrderedJson *member(const QString &key) const;

    /// Nothing when `json` is not one complete JSON value.
    static std::optional<OrderedJson> parse(QByteArrayView json);
    /// Indented by two spaces; objects and arrays of scalars that fit in `inlineWidth`
    /// characters stay on one line (a factor with its parts).
    QString pretty(int inlineWidth = 96) const;
    /// The value as JSON text on one line.
    QString compact() const;
};

} // namespace vocsync::ui
