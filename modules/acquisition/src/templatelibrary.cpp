#include "vocsync/acquisition/templatelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace vocsync::acquisition {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("vocsync::acquisition::TemplateLibrary", s);
}

// Shipped templates, embedded from resources/devices/ (modules/acquisition/CMakeLists.txt).
const QString kBuiltinDir = QStringLiteral(":/vocsync/devices");

} // namespace

QString TemplateLibrary::userDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/devices");
}

TemplateLibrary TemplateLibrary::builtin()
{
    TemplateLibrary lib;
    lib.addDirectory(kBuiltinDir, false);
    return lib;
}

TemplateLibrary TemplateLibrary::withUserDirectory(const QString &userDir)
{
    TemplateLibrary lib = builtin();
    if (!userDir.isEmpty() && QFileInfo(userDir).isDir())
        lib.addDirectory(userDir, true);
    return lib;
}

Status TemplateLibrary::addFile(const QString &path, bool user)
{
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("cannot read: %1").arg(f.errorString()), path};
    const QByteArray json = f.readAll();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        // The protocol parsers report the exact position.
        auto r = modbus::parseTemplate(json, name);
        return r ? Error{tr("not a JSON object"), path} : r.error();
    }
    const QString protocol = doc.object().value(QStringLiteral("protocol")).toString();
    Entry e;
    if (protocol == QLatin1String("dlt645")) {
        auto r = dlt645::parseTemplate(json, name);
        if (!r)
            return r.error();
        e.dlt645 = std::move(r).value();
        const auto &t = *e.dlt645;
        e.info = {t.id,     protocol, t.manufacturer, t.model,       t.description,
                  t.manual, path,     user,           t.defaultBaud, t.defaultParity};
    } else {
        auto r = modbus::parseTemplate(json, name);
        if (!r)
            return r.error();
        e.modbus = std::move(r).value();
        const auto &t = *e.modbus;
        e.info = {t.id,           QStringLiteral("modbus"),
                  t.manufacturer, t.model,
                  t.description,  t.manual,
                  path,           user,
                  t.defaultBaud,  t.defaultParity};
    }
    const QString expected = QFileInfo(path).completeBaseName();
    if (e.info.id != expected) {
        return Error{
            tr("the template id \"%1\" must equal the file name \"%2\"").arg(e.info.id, expected),
            name + QStringLiteral(": id")};
    }
    m_entries[e.info.id] = std::move(e);
    return {};
}

int TemplateLibrary::addDirectory(const QString &dir, bool user)
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

QList<TemplateInfo> TemplateLibrary::list() const
{
    QList<TemplateInfo> out;
    for (const auto &[id, e] : m_entries)
        out.append(e.info);
    std::sort(out.begin(), out.end(), [](const TemplateInfo &a, const TemplateInfo &b) {
        return std::tie(a.manufacturer, a.model, a.id) < std::tie(b.manufacturer, b.model, b.id);
    });
    return out;
}

const TemplateInfo *TemplateLibrary::info(const QString &id) const
{
    auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it->second.info;
}

const modbus::DeviceTemplate *TemplateLibrary::modbusTemplate(const QString &id) const
{
    auto it = m_entries.find(id);
    return it == m_entries.end() || !it->second.modbus ? nullptr : &*it->second.modbus;
}

const dlt645::DeviceTemplate *TemplateLibrary::dlt645Template(const QString &id) const
{
    auto it = m_entries.find(id);
    return it == m_entries.end() || !it->second.dlt645 ? nullptr : &*it->second.dlt645;
}

} // namespace vocsync::acquisition
