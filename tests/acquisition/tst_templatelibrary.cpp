// TemplateLibrary: the shipped device templates (embedded from resources/devices/) and a user
// folder read at start: new templates, one overriding a shipped id, broken files reported by
// file and JSON path without stopping the others.
#include "vocsync/acquisition/templatelibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace vocsync;
using namespace vocsync::acquisition;

namespace {

QString shippedDir()
{
    return qEnvironmentVariable("VOCSYNC_SOURCE_DIR") + QStringLiteral("/resources/devices");
}

QJsonObject shipped(const QString &id)
{
    QFile f(shippedDir() + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool write(const QString &path, const QJsonObject &o)
{
    return write(path, QJsonDocument(o).toJson());
}

int countOf(const QList<TemplateInfo> &list, const QString &id)
{
    return static_cast<int>(
        std::count_if(list.begin(), list.end(), [&](const TemplateInfo &t) { return t.id == id; }));
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

} // namespace

class TestTemplateLibrary : public QObject
{
    Q_OBJECT

private slots:
    /// builtin() holds exactly the files of resources/devices/, each as its JSON says.
    void builtinListsEveryShippedFile()
    {
        const QStringList files =
            QDir(shippedDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 7, qPrintable(shippedDir()));
        const TemplateLibrary lib = TemplateLibrary::builtin();
        QVERIFY2(lib.errors().isEmpty(), qPrintable(lib.errors().value(0).toString()));
        const QList<TemplateInfo> list = lib.list();
        QCOMPARE(list.size(), files.size());
        for (const QString &file : files) {
            const QString id = QFileInfo(file).completeBaseName();
            const TemplateInfo *info = lib.info(id);
            QVERIFY2(info, qPrintable(id));
            const QJsonObject json = shipped(id);
            QCOMPARE(info->id, id);
            QCOMPARE(info->protocol, json.value(QLatin1String("protocol")).toString());
            QCOMPARE(info->manufacturer, json.value(QLatin1String("manufacturer")).toString());
            QCOMPARE(info->model, json.value(QLatin1String("model")).toString());
            QCOMPARE(info->file, QStringLiteral(":/vocsync/devices/") + file);
            QVERIFY(!info->user);
            QCOMPARE(countOf(list, id), 1);
            const bool modbus = info->protocol == QLatin1String("modbus");
            QCOMPARE(lib.modbusTemplate(id) != nullptr, modbus);
            QCOMPARE(lib.dlt645Template(id) != nullptr, !modbus);
            const qsizetype values = json.value(QLatin1String("values")).toArray().size();
            if (modbus)
                QCOMPARE(static_cast<qsizetype>(lib.modbusTemplate(id)->values.size()), values);
            else
                QCOMPARE(static_cast<qsizetype>(lib.dlt645Template(id)->values.size()), values);
        }
        // Sorted by manufacturer, then model.
        for (qsizetype i = 1; i < list.size(); ++i) {
            QVERIFY(std::tie(list[i - 1].manufacturer, list[i - 1].model) <=
                    std::tie(list[i].manufacturer, list[i].model));
        }
        QVERIFY(!lib.info(QStringLiteral("no-such-meter")));
        QVERIFY(!lib.modbusTemplate(QStringLiteral("no-such-meter")));
    }

    /// A new template in the user folder is listed as the user's, beside every shipped one.
    void userTemplateAdded()
    {
        QTemporaryDir dir;
        QJsonObject t = shipped(QStringLiteral("generic-modbus-meter"));
        t.insert(QStringLiteral("id"), QStringLiteral("site-meter"));
        t.insert(QStringLiteral("model"), QStringLiteral("Site meter 1"));
        QVERIFY(write(dir.filePath(QStringLiteral("site-meter.json")), t));
        QJsonObject d = shipped(QStringLiteral("dlt645-2007-single-phase"));
        d.insert(QStringLiteral("id"), QStringLiteral("site-dlt"));
        QVERIFY(write(dir.filePath(QStringLiteral("site-dlt.json")), d));
        QVERIFY(write(dir.filePath(QStringLiteral("notes.txt")), "not a template"));

        const TemplateLibrary builtin = TemplateLibrary::builtin();
        const TemplateLibrary lib = TemplateLibrary::withUserDirectory(dir.path());
        QVERIFY2(lib.errors().isEmpty(), qPrintable(lib.errors().value(0).toString()));
        QCOMPARE(lib.list().size(), builtin.list().size() + 2);
        const TemplateInfo *info = lib.info(QStringLiteral("site-meter"));
        QVERIFY(info);
        QVERIFY(info->user);
        QCOMPARE(info->model, QStringLiteral("Site meter 1"));
        QCOMPARE(info->file, dir.filePath(QStringLiteral("site-meter.json")));
        QVERIFY(lib.modbusTemplate(QStringLiteral("site-meter")));
        QVERIFY(lib.dlt645Template(QStringLiteral("site-dlt")));
        QVERIFY(lib.info(QStringLiteral("site-dlt"))->user);
        for (const TemplateInfo &b : builtin.list()) {
            QVERIFY(lib.info(b.id));
            QVERIFY(!lib.info(b.id)->user);
        }
    }

    /// A user file with a shipped template's id replaces the shipped one.
    void userTemplateOverridesShipped()
    {
        QTemporaryDir dir;
        QJsonObject t = shipped(QStringLiteral("acrel-adl400"));
        t.insert(QStringLiteral("model"), QStringLiteral("ADL400 (site firmware)"));
        QJsonArray values = t.value(QLatin1String("values")).toArray();
        values.removeLast();
        t.insert(QStringLiteral("values"), values);
        QVERIFY(write(dir.filePath(QStringLiteral("acrel-adl400.json")), t));

        const int shippedValues =
            static_cast<int>(TemplateLibrary::builtin()
                                 .modbusTemplate(QStringLiteral("acrel-adl400"))
                                 ->values.size());
        const TemplateLibrary lib = TemplateLibrary::withUserDirectory(dir.path());
        QVERIFY2(lib.errors().isEmpty(), qPrintable(lib.errors().value(0).toString()));
        QCOMPARE(lib.list().size(), TemplateLibrary::builtin().list().size());
        QCOMPARE(countOf(lib.list(), QStringLiteral("acrel-adl400")), 1);
        const TemplateInfo *info = lib.info(QStringLiteral("acrel-adl400"));
        QVERIFY(info->user);
        QCOMPARE(info->model, QStringLiteral("ADL400 (site firmware)"));
        QCOMPARE(info->file, dir.filePath(QStringLiteral("acrel-adl400.json")));
        QCOMPARE(
            static_cast<int>(lib.modbusTemplate(QStringLiteral("acrel-adl400"))->values.size()),
            shippedValues - 1);
    }

    /// Broken files are reported, each naming its file and the JSON path (or the line), and
    /// the good files of the same folder are still read.
    void brokenFilesReported()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("a-syntax.json")),
                      "{\"id\": \"a-syntax\",\n  \"protocol\": "));
        QJsonObject badType = shipped(QStringLiteral("generic-modbus-meter"));
        badType.insert(QStringLiteral("id"), QStringLiteral("b-type"));
        QJsonArray values = badType.value(QLatin1String("values")).toArray();
        QJsonObject v1 = values.at(1).toObject();
        v1.insert(QStringLiteral("type"), QStringLiteral("float99"));
        values.replace(1, v1);
        badType.insert(QStringLiteral("values"), values);
        QVERIFY(write(dir.filePath(QStringLiteral("b-type.json")), badType));
        QJsonObject badDi = shipped(QStringLiteral("dlt645-2007-generic"));
        badDi.insert(QStringLiteral("id"), QStringLiteral("c-di"));
        values = badDi.value(QLatin1String("values")).toArray();
        QJsonObject d2 = values.at(2).toObject();
        d2.insert(QStringLiteral("di"), QStringLiteral("0201XX00"));
        values.replace(2, d2);
        badDi.insert(QStringLiteral("values"), values);
        QVERIFY(write(dir.filePath(QStringLiteral("c-di.json")), badDi));
        QJsonObject wrongId = shipped(QStringLiteral("generic-modbus-meter"));
        wrongId.insert(QStringLiteral("id"), QStringLiteral("something-else"));
        QVERIFY(write(dir.filePath(QStringLiteral("d-wrong-id.json")), wrongId));
        QJsonObject good = shipped(QStringLiteral("generic-modbus-meter"));
        good.insert(QStringLiteral("id"), QStringLiteral("e-good"));
        QVERIFY(write(dir.filePath(QStringLiteral("e-good.json")), good));

        TemplateLibrary lib = TemplateLibrary::builtin();
        QCOMPARE(lib.addDirectory(dir.path(), true), 1);
        const QList<Error> errors = lib.errors();
        for (const Error &e : errors)
            qInfo("%s", qPrintable(e.toString()));
        QCOMPARE(errors.size(), 4);
        const Error syntax = errorFor(errors, QStringLiteral("a-syntax.json"));
        QVERIFY2(syntax.where.contains(QLatin1String("line 2")), qPrintable(syntax.toString()));
        const Error type = errorFor(errors, QStringLiteral("b-type.json"));
        QCOMPARE(type.where, QStringLiteral("b-type.json: values[1].type"));
        QVERIFY2(type.message.contains(QLatin1String("float99")), qPrintable(type.message));
        const Error di = errorFor(errors, QStringLiteral("c-di.json"));
        QVERIFY2(di.where.startsWith(QLatin1String("c-di.json: values[2]")),
                 qPrintable(di.toString()));
        const Error id = errorFor(errors, QStringLiteral("d-wrong-id.json"));
        QCOMPARE(id.where, QStringLiteral("d-wrong-id.json: id"));
        QVERIFY2(id.message.contains(QLatin1String("something-else")), qPrintable(id.message));

        QVERIFY(lib.info(QStringLiteral("e-good")));
        QVERIFY(lib.info(QStringLiteral("e-good"))->user);
        for (const char *bad : {"a-syntax", "b-type", "c-di", "d-wrong-id", "something-else"})
            QVERIFY2(!lib.info(QString::fromLatin1(bad)), bad);
        // The shipped ones are untouched.
        QCOMPARE(lib.list().size(), TemplateLibrary::builtin().list().size() + 1);
    }

    /// addFile reports one file directly; a folder that does not exist is no error.
    void singleFileAndMissingFolder()
    {
        TemplateLibrary lib = TemplateLibrary::builtin();
        const Status missing = lib.addFile(QStringLiteral("/nonexistent/x.json"), true);
        QVERIFY(!missing);
        QCOMPARE(missing.error().where, QStringLiteral("/nonexistent/x.json"));
        QVERIFY(lib.errors().isEmpty()); // addFile returns its error, addDirectory collects them

        QTemporaryDir dir;
        QJsonObject t = shipped(QStringLiteral("eastron-sdm630"));
        t.insert(QStringLiteral("id"), QStringLiteral("one"));
        QVERIFY(write(dir.filePath(QStringLiteral("one.json")), t));
        QVERIFY(lib.addFile(dir.filePath(QStringLiteral("one.json")), true));
        QVERIFY(lib.modbusTemplate(QStringLiteral("one")));
        QVERIFY(write(dir.filePath(QStringLiteral("two.json")), t)); // id "one" in two.json
        const Status wrong = lib.addFile(dir.filePath(QStringLiteral("two.json")), true);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().where, QStringLiteral("two.json: id"));
        QVERIFY(!lib.info(QStringLiteral("two")));

        const TemplateLibrary none =
            TemplateLibrary::withUserDirectory(dir.filePath(QStringLiteral("no-such-folder")));
        QVERIFY(none.errors().isEmpty());
        QCOMPARE(none.list().size(), TemplateLibrary::builtin().list().size());
        QVERIFY(TemplateLibrary::userDirectory().endsWith(QLatin1String("/devices")));
    }
};

QTEST_GUILESS_MAIN(TestTemplateLibrary)
#include "tst_templatelibrary.moc"
