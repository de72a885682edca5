#pragma once

#include "vocsync/core/result.h"
#include "vocsync/hj212/factormap.h"

#include <QList>
#include <QString>

namespace vocsync::acquisition {

/// The HJ 212 factor maps known to the station: the shipped ones (resources/hj212/*.json,
/// embedded at :/vocsync/hj212) and the user's folder, read at start without a rebuild. A user
/// file with a shipped map's id replaces it; a bad file is skipped and reported (errors()),
/// never fatal. docs/hj212-factors.md documents the format and VocSync's own convention.
class FactorMapLibrary
{
public:
    /// AppDataLocation + "/hj212" (~/.local/share/VocSync/hj212, %APPDATA%/VocSync/hj212).
    static QString userDirectory();
    static FactorMapLibrary builtin();
    static FactorMapLibrary withUserDirectory(const QString &userDir = userDirectory());

    /// Adds one file; its "id" must equal its file name without ".json".
    Status addFile(const QString &path, bool user);
    /// Adds every *.json in `dir` (sorted); returns how many were added.
    int addDirectory(const QString &dir, bool user);

    const hj212::FactorMapSet &maps() const { return m_maps; }
    const QList<Error> &errors() const { return m_errors; }

private:
    hj212::FactorMapSet m_maps;
    QList<Error> m_errors;
};

} // namespace vocsync::acquisition
