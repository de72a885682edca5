#include "vocsync/acquisition/factormaplibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace vocsync::acquisition {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("vocsync::acquisition::FactorMapLibrary", s);
}

// Shipped maps, embedded from resources/hj212/ (modules/acquisition/CMakeLists.txt).
const QString kBuiltinDir = QStringLiteral(":/vocsync/hj212");

/// An include naming no known map is not fatal (its codes simply do not resolve), but the
/// user should hear of it: a typo in "includes" would otherwise look like unknown codes.
void reportMissingIncludes(const hj212::FactorMapSet &maps, QList<Error> *errors)
{
    for (const hj212::FactorMap *m : maps.list()) {
        for (qsizetype i = 0; i < m->includes.size(); ++i) {
            if (maps.map(m->includes.at(i)))
                continue;
            errors->append(
                Error{tr("includes \"%1\", which is not a known factor map; its codes "
                         "will not resolve")
                          .arg(m->includes.at(i)),
                      QFileInfo(m->file).fileName() + QStringLiteral(": includes[%1]").arg(i)});
        }
    }
}

} // namespace

QString FactorMapLibrary::userDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/hj212");
}

FactorMapLibrary FactorMapLibrary::builtin()
{
    FactorMapLibrary lib;
    lib.addDirectory(kBuiltinDir, false);
    reportMissingIncludes(lib.m_maps, &lib.m_errors);
    return lib;
}

FactorMapLibrary FactorMapLibrary::withUserDirectory(const QString &userDir)
{
    FactorMapLibrary lib;
    lib.addDirectory(kBuiltinDir, false);
    if (!userDir.isEmpty() && QFileInfo(userDir).isDir())
        lib.addDirectory(userDir, true);
    // Checked once every map is in: a user map may include another user map, and a user
    // file may replace a shipped one that others include.
    reportMissingIncludes(lib.m_maps, &lib.m_errors);
    return lib;
}

Status FactorMapLibrary::addFile(const QString &path, bool user)
{
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("cannot read: %1").arg(f.errorString()), path};
    Result<hj212::FactorMap> r = hj212::parseFactorMap(f.readAll(), name);
    if (!r)
        return r.error();
    hj212::FactorMap map = std::move(r).value();
    const QString expected = QFileInfo(path).completeBaseName();
    if (map.id != expected) {
        return Error{
            tr("the factor map id \"%1\" must equal the file name \"%2\"").arg(map.id, expected),
            name + QStringLiteral(": id")};
    }
    map.file = path;
    map.user = user;
    m_maps.add(std::move(map));
    return {};
}

int FactorMapLibrary::addDirectory(const QString &dir, bool user)
{
    QDir d(dir);
    const QStringList files = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    int added = 0;
    for (const QString &f : files) {
        const Status s = addFile(d.filePath(f), user);
        if (s)
            ++added;
        else
            m_errors.append(s.error());
    }
    return added;
}

} // namespace vocsync::acquisition
