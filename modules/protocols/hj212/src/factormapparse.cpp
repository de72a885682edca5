// parseFactorMap: the strict reader of one factor map file (docs/hj212-factors.md).
#include "vocsync/hj212/factormap.h"

#include "factormapduplicates.h"
#include "factormappattern.h"
#include "factormapreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace vocsync::hj212 {

namespace {

using detail::FactorMapPattern;
using detail::FactorMapReader;
using Need = FactorMapReader::Need;

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::hj212", text);
}

// A map lists a standard's table (a few hundred codes); the cap keeps a hostile file from
// stalling the start.
constexpr qsizetype kMaxFactors = 5000;
// Channels are bound to monitoring points per transmitter; {ch:4} is the widest field.
constexpr int kMaxChannel = 9999;
// Resolution of a value: HJ 212 types go to N1.6 (a20007); 9 leaves room for user maps.
constexpr int kMaxDecimals = 9;

bool validId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    return pattern.match(id).hasMatch();
}

QString quantityChoices()
{
    QStringList keys;
    for (Quantity q : kAllQuantities)
        keys.append(quantityKey(q));
    return keys.join(QLatin1String(", "));
}

/// One member of "factors" at `path`; `pattern` receives the parsed code.
Status readFactor(const QJsonObject &o, const QString &path, const QString &file,
                  FactorMap::Entry *entry, FactorMapPattern *pattern)
{
    FactorMapReader r(o, path, file);
    r.allow({"code", "name", "nameEn", "unit", "decimals", "quantity", "channel"});
    FactorMeaning &m = entry->meaning;
    if (const std::optional<QString> code = r.text("code", Need::Required)) {
        QString why;
        if (const auto p = FactorMapPattern::parse(*code, &why))
            *pattern = *p;
        else
            r.fail("code", why);
        entry->pattern = *code;
        m.code = *code;
    }
    m.name = r.text("name", Need::Required).value_or(QString());
    m.nameEn = r.text("nameEn").value_or(QString());
    const std::optional<QString> unit = r.text("unit");
    m.unit = unit.value_or(QString());
    m.decimals = r.integer("decimals", 0, kMaxDecimals).value_or(-1);
    if (const std::optional<QString> key = r.text("quantity")) {
        m.quantity = quantityFromKey(*key);
        if (!m.quantity)
            r.fail("quantity",
                   tr("unknown quantity \"%1\"; expected one of: %2").arg(*key, quantityChoices()));
    }
    const std::optional<int> channel = r.integer("channel", 1, kMaxChannel);
    if (!r.ok())
        return r.error();

    if (channel && !m.quantity)
        r.fail("channel", tr("a channel binds an electrical quantity to a monitoring point; "
                             "give \"quantity\" too, or drop \"channel\""));
    else if (channel && pattern->isPattern())
        r.fail("channel", tr("a pattern takes its channel from the code's {ch:N} field"));
    else if (m.quantity && !pattern->isPattern() && !channel)
        r.fail("channel", tr("an exact code with a quantity needs \"channel\" (1..%1), the "
                             "number its monitoring point is bound to")
                              .arg(kMaxChannel));
    if (r.ok() && m.quantity) {
        // Samples are stored in the quantity's unit (kW, not W): a different unit would store
        // every value off by a factor.
        const QString expected = quantityUnit(*m.quantity);
        if (unit && *unit != expected)
            r.fail("unit", tr("unit \"%1\" contradicts quantity %2, which is stored in %3")
                               .arg(*unit, quantityKey(*m.quantity), expected));
        m.unit = expected;
        m.channel = channel.value_or(0);
    }
    return r.ok() ? Status() : Status(r.error());
}

/// The entry before `index` whose code matches the same received codes, if any.
std::optional<qsizetype> clash(const QList<FactorMapPattern> &seen, const FactorMapPattern &p)
{
    for (qsizetype i = 0; i < seen.size(); ++i) {
        // An exact code beside a pattern that covers it is allowed: the exact one wins.
        if (seen[i].isPattern() != p.isPattern())
            continue;
        if (seen[i].overlaps(p))
            return i;
    }
    return std::nullopt;
}

Status readIncludes(FactorMapReader &r, const QString &file, FactorMap *map)
{
    const std::optional<QJsonArray> includes = r.array("includes");
    if (!r.ok() || !includes)
        return r.ok() ? Status() : Status(r.error());
    for (qsizetype i = 0; i < includes->size(); ++i) {
        const QString path = QStringLiteral("includes[%1]").arg(i);
        const QString where = FactorMapReader::where(file, path);
        const QJsonValue v = includes->at(i);
        if (!v.isString() || !validId(v.toString()))
            return Error{tr("expected the id of another factor map, such as \"hj212-2017\""),
                         where};
        const QString id = v.toString();
        if (id == map->id)
            return Error{tr("a factor map cannot include itself"), where};
        if (map->includes.contains(id))
            return Error{tr("\"%1\" is already included").arg(id), where};
        map->includes.append(id);
    }
    return {};
}

Result<QJsonObject> readDocument(QByteArrayView json, const QString &file)
{
    QByteArray text = json.toByteArray();
    // A UTF-8 byte order mark (Windows editors) is not JSON; drop it before parsing.
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = text.left(parseError.offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const QString position = tr("line %1, column %2")
                                     .arg(before.count('\n') + 1)
                                     .arg(QString::fromUtf8(before.mid(lineStart)).size() + 1);
        return Error{tr("JSON syntax error: %1").arg(parseError.errorString()),
                     FactorMapReader::where(file, position)};
    }
    if (!doc.isObject())
        return Error{tr("a factor map holds one JSON object"), file};
    if (const std::optional<QString> duplicate = detail::findDuplicateFactorMapKey(text))
        return Error{tr("this key occurs twice in one object"),
                     FactorMapReader::where(file, *duplicate)};
    return doc.object();
}

} // namespace

Result<FactorMap> parseFactorMap(QByteArrayView json, const QString &file)
{
    const Result<QJsonObject> root = readDocument(json, file);
    if (!root)
        return root.error();
    FactorMapReader r(*root, QString(), file);
    r.allow({"id", "name", "description", "includes", "factors"});
    FactorMap map;
    map.file = file;
    map.id = r.text("id", Need::Required).value_or(QString());
    if (r.ok() && !validId(map.id))
        r.fail("id", tr("\"%1\" is not a valid id; use a-z, 0-9, '.', '_' and '-'").arg(map.id));
    map.name = r.text("name", Need::Required).value_or(QString());
    map.description = r.text("description").value_or(QString());
    if (Status s = readIncludes(r, file, &map); !s)
        return s.error();
    const std::optional<QJsonArray> factors = r.array("factors", Need::Required);
    if (r.ok() && factors->size() > kMaxFactors)
        r.fail("factors",
               tr("%1 factors; a map holds at most %2").arg(factors->size()).arg(kMaxFactors));
    if (!r.ok())
        return r.error();

    QList<FactorMapPattern> seen;
    for (qsizetype i = 0; i < factors->size(); ++i) {
        const QString path = QStringLiteral("factors[%1]").arg(i);
        if (!factors->at(i).isObject())
            return Error{tr("expected an object"), FactorMapReader::where(file, path)};
        FactorMap::Entry entry;
        FactorMapPattern pattern;
        if (Status s = readFactor(factors->at(i).toObject(), path, file, &entry, &pattern); !s)
            return s.error();
        if (const std::optional<qsizetype> j = clash(seen, pattern)) {
            const QString other = map.entries.at(*j).pattern;
            const QString message =
                other == entry.pattern
                    ? tr("code \"%1\" is already defined by factors[%2]").arg(other).arg(*j)
                    : tr("\"%1\" matches the same codes as factors[%2] (\"%3\")")
                          .arg(entry.pattern)
                          .arg(*j)
                          .arg(other);
            return Error{message, FactorMapReader::where(file, path + QStringLiteral(".code"))};
        }
        seen.append(pattern);
        map.entries.append(std::move(entry));
    }
    return map;
}

} // namespace vocsync::hj212
