#pragma once

#include "vocsync/core/result.h"
#include "vocsync/dlt645/devicetemplate.h"
#include "vocsync/modbus/devicetemplate.h"

#include <QList>
#include <QString>

#include <map>

namespace vocsync::acquisition {

/// What a user picks a template by.
struct TemplateInfo
{
    QString id;
    QString protocol;     ///< "modbus" or "dlt645"
    QString manufacturer;
    QString model;
    QString description;
    QString manual;
    QString file;         ///< where it was read from (":/vocsync/devices/x.json" or a path)
    bool user = false;    ///< from the user template folder (overrides a shipped one)
    int defaultBaud = 9600; ///< the meter's factory line settings
    char defaultParity = 'N';
};

/// The device templates known to the station: the shipped ones (resources/devices/, embedded)
/// and the user's own folder, read at start without a rebuild. A user file with a shipped
/// template's id replaces it. Bad files are skipped and reported, never fatal.
class TemplateLibrary
{
public:
    /// The user template folder: QStandardPaths::AppDataLocation + "/devices"
    /// (~/.local/share/VocSync/devices on Linux, %APPDATA%/VocSync/devices on Windows).
    static QString userDirectory();

    /// The shipped templates only.
    static TemplateLibrary builtin();
    /// Shipped templates, then every *.json in `userDir` (default userDirectory()).
    static TemplateLibrary withUserDirectory(const QString &userDir = userDirectory());

    /// Adds one file (JSON, "protocol" modbus or dlt645); its "id" must equal its file name.
    Status addFile(const QString &path, bool user);
    /// Adds every *.json in `dir` (sorted); returns how many were added. Errors go to errors().
    int addDirectory(const QString &dir, bool user);

    QList<TemplateInfo> list() const; ///< sorted by manufacturer, model
    const TemplateInfo *info(const QString &id) const;
    const modbus::DeviceTemplate *modbusTemplate(const QString &id) const;
    const dlt645::DeviceTemplate *dlt645Template(const QString &id) const;
    /// Files that could not be used, each naming the file and the JSON path.
    const QList<Error> &errors() const { return m_errors; }

private:
    struct Entry
    {
        TemplateInfo info;
        std::optional<modbus::DeviceTemplate> modbus;
        std::optional<dlt645::DeviceTemplate> dlt645;
    };
    std::map<QString, Entry> m_entries;
    QList<Error> m_errors;
};

} // namespace vocsync::acquisition
