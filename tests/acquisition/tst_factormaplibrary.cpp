// FactorMapLibrary: the shipped HJ 212 factor maps (embedded from resources/hj212/) and a user
// folder read at start: a user map replacing a shipped one, new maps including shipped ones,
// broken files reported by file and JSON path without stopping the others.
#include "vocsync/acquisition/factormaplibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vocsync;
using namespace vocsync::acquisition;

namespace {

QString shippedDir()
{
    return qEnvironmentVariable("VOCSYNC_SOURCE_DIR") + QStringLiteral("/resources/hj212");
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// The error about `file`, or an empty one.
Error errorFor(const QList<Error> &errors, const QString &file)
{
    for (const Error &e : errors) {
        if (e.where.startsWith(file))
            return e;
    }
    return {};
}

QString nameOf(const FactorMapLibrary &lib, const char *map, const char *code)
{
    const auto m = lib.maps().resolve(QString::fromLatin1(map), code);
    return m ? m->name : QStringLiteral("-");
}

} // namespace

class TestFactorMapLibrary : public QObject
{
    Q_OBJECT

private slots:
    /// builtin() holds exactly the files of resources/hj212/, read from the resources.
    void builtinListsEveryShippedFile()
    {
        const QStringList files =
            QDir(shippedDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 3, qPrintable(shippedDir()));
        const FactorMapLibrary lib = FactorMapLibrary::builtin();
        QVERIFY2(lib.errors().isEmpty(), qPrintable(lib.errors().value(0).toString()));
        QCOMPARE(lib.maps().list().size(), files.size());
        for (const QString &file : files) {
            const QString id = QFileInfo(file).completeBaseName();
            const hj212::FactorMap *m = lib.maps().map(id);
            QVERIFY2(m, qPrintable(id));
            QCOMPARE(m->file, QStringLiteral(":/vocsync/hj212/") + file);
            QVERIFY(!m->user);
        }
        const auto nmhc = lib.maps().resolve(QStringLiteral("vocsync-electric"), "a24088");
        QVERIFY(nmhc);
        QCOMPARE(nmhc->name, QStringLiteral("非甲烷总烃"));
        QCOMPARE(nmhc->unit, QStringLiteral("mg/m³"));
        const auto current = lib.maps().resolve(QStringLiteral("vocsync-electric"), "x01007");
        QVERIFY(current);
        QCOMPARE(current->quantity, Quantity::CurrentA);
        QCOMPARE(current->channel, 7);
    }

    /// A user file with a shipped map's id replaces it, for the maps that include it too; a
    /// new user map may include shipped ones.
    void userMapOverridesShipped()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("hj212-2017.json")), R"({
            "id": "hj212-2017", "name": "site edition",
            "factors": [{"code": "a24088", "name": "NMHC site", "unit": "ppm", "decimals": 2}]})"));
        QVERIFY(write(dir.filePath(QStringLiteral("site-meters.json")), R"({
            "id": "site-meters", "name": "site", "includes": ["vocsync-electric"],
            "factors": [{"code": "FAN{ch:2}I", "quantity": "current_a",
                         "name": "fan current"}]})"));
        QVERIFY(write(dir.filePath(QStringLiteral("readme.txt")), "not a map"));

        const FactorMapLibrary lib = FactorMapLibrary::withUserDirectory(dir.path());
        QVERIFY2(lib.errors().isEmpty(), qPrintable(lib.errors().value(0).toString()));
        QCOMPARE(lib.maps().list().size(), FactorMapLibrary::builtin().maps().list().size() + 1);
        const hj212::FactorMap *m2017 = lib.maps().map(QStringLiteral("hj212-2017"));
        QVERIFY(m2017->user);
        QCOMPARE(m2017->file, dir.filePath(QStringLiteral("hj212-2017.json")));
        QCOMPARE(m2017->entries.size(), 1);
        QVERIFY(!lib.maps().map(QStringLiteral("vocsync-electric"))->user);
        QCOMPARE(nameOf(lib, "vocsync-electric", "a24088"), QStringLiteral("NMHC site"));
        QCOMPARE(nameOf(lib, "vocsync-electric", "a25002"), QStringLiteral("-")); // replaced
        QCOMPARE(nameOf(lib, "site-meters", "a24088"), QStringLiteral("NMHC site"));
        const auto fan = lib.maps().resolve(QStringLiteral("site-meters"), "FAN03I");
        QVERIFY(fan);
        QCOMPARE(fan->channel, 3);
        QCOMPARE(lib.maps().codeFor(QStringLiteral("site-meters"), Quantity::CurrentA, 4),
                 QStringLiteral("FAN04I"));
        QCOMPARE(lib.maps().codeFor(QStringLiteral("site-meters"), Quantity::VoltageV, 4),
                 QStringLiteral("x02004"));
        // The shipped library is untouched.
        QCOMPARE(nameOf(FactorMapLibrary::builtin(), "vocsync-electric", "a24088"),
                 QStringLiteral("非甲烷总烃"));
    }

    /// Broken files are reported with file and JSON path, the good ones beside them are read,
    /// and a missing include is reported without dropping the map.
    void brokenFilesReported()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("a-syntax.json")), "{\"id\": \"a-syntax\",\n ]"));
        QVERIFY(write(dir.filePath(QStringLiteral("b-unit.json")), R"({"id":"b-unit","name":"B",
            "factors":[{"code":"a1","name":"A"},
                       {"code":"v{ch:2}","quantity":"voltage_v","unit":"kV","name":"V"}]})"));
        QVERIFY(write(dir.filePath(QStringLiteral("c-wrong-id.json")),
                      R"({"id":"something-else","name":"C","factors":[]})"));
        QVERIFY(write(dir.filePath(QStringLiteral("d-include.json")),
                      R"({"id":"d-include","name":"D","includes":["hj212-2017","hj212-2099"],
                          "factors":[{"code":"zz1","name":"Z"}]})"));
        QVERIFY(write(
            dir.filePath(QStringLiteral("vocsync-electric.json")),
            R"({"id":"vocsync-electric","name":"broken",
                "factors":[{"code":"x{ch:9}","name":"X"}]})"));

        const FactorMapLibrary lib = FactorMapLibrary::withUserDirectory(dir.path());
        const QList<Error> errors = lib.errors();
        for (const Error &e : errors)
            qInfo("%s", qPrintable(e.toString()));
        QCOMPARE(errors.size(), 5);
        const Error syntax = errorFor(errors, QStringLiteral("a-syntax.json"));
        QVERIFY2(syntax.where.contains(QLatin1String("line 2")), qPrintable(syntax.toString()));
        const Error unit = errorFor(errors, QStringLiteral("b-unit.json"));
        QCOMPARE(unit.where, QStringLiteral("b-unit.json: factors[1].unit"));
        QVERIFY2(unit.message.contains(QLatin1String("kV")), qPrintable(unit.message));
        const Error id = errorFor(errors, QStringLiteral("c-wrong-id.json"));
        QCOMPARE(id.where, QStringLiteral("c-wrong-id.json: id"));
        QVERIFY2(id.message.contains(QLatin1String("something-else")), qPrintable(id.message));
        const Error include = errorFor(errors, QStringLiteral("d-include.json"));
        QCOMPARE(include.where, QStringLiteral("d-include.json: includes[1]"));
        QVERIFY2(include.message.contains(QLatin1String("hj212-2099")),
                 qPrintable(include.message));
        const Error electric = errorFor(errors, QStringLiteral("vocsync-electric.json"));
        QCOMPARE(electric.where, QStringLiteral("vocsync-electric.json: factors[0].code"));

        for (const char *bad : {"a-syntax", "b-unit", "c-wrong-id", "something-else"})
            QVERIFY2(!lib.maps().map(QString::fromLatin1(bad)), bad);
        // The map with a missing include is kept; its other include still resolves.
        QCOMPARE(nameOf(lib, "d-include", "zz1"), QStringLiteral("Z"));
        QCOMPARE(nameOf(lib, "d-include", "a24088"), QStringLiteral("非甲烷总烃"));
        // A broken user file does not replace the shipped map of the same id.
        const hj212::FactorMap *electricMap = lib.maps().map(QStringLiteral("vocsync-electric"));
        QVERIFY(!electricMap->user);
        QCOMPARE(lib.maps().resolve(QStringLiteral("vocsync-electric"), "x02003")->channel, 3);
    }

    /// addFile reports one file directly; a folder that does not exist is no error.
    void singleFileAndMissingFolder()
    {
        FactorMapLibrary lib = FactorMapLibrary::builtin();
        const Status missing = lib.addFile(QStringLiteral("/nonexistent/x.json"), true);
        QVERIFY(!missing);
        QCOMPARE(missing.error().where, QStringLiteral("/nonexistent/x.json"));
        QVERIFY(lib.errors().isEmpty()); // addFile returns its error, addDirectory collects them

        QTemporaryDir dir;
        const QByteArray one = R"({"id":"one","name":"One","factors":[{"code":"o1","name":"O"}]})";
        QVERIFY(write(dir.filePath(QStringLiteral("one.json")), one));
        QVERIFY(lib.addFile(dir.filePath(QStringLiteral("one.json")), true));
        QVERIFY(lib.maps().map(QStringLiteral("one"))->user);
        QVERIFY(write(dir.filePath(QStringLiteral("two.json")), one)); // id "one" in two.json
        const Status wrong = lib.addFile(dir.filePath(QStringLiteral("two.json")), true);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().where, QStringLiteral("two.json: id"));
        QVERIFY(!lib.maps().map(QStringLiteral("two")));

        const FactorMapLibrary none =
            FactorMapLibrary::withUserDirectory(dir.filePath(QStringLiteral("no-such-folder")));
        QVERIFY(none.errors().isEmpty());
        QCOMPARE(none.maps().list().size(), FactorMapLibrary::builtin().maps().list().size());
        QVERIFY(FactorMapLibrary::userDirectory().endsWith(QLatin1String("/hj212")));
    }
};

QTEST_GUILESS_MAIN(TestFactorMapLibrary)
#include "tst_factormaplibrary.moc"
