// The CI replay of the HJ 212 fuzz corpus: the fuzz target's body (tests/fuzz/hj212_fuzzbody.h)
// over every seed in tests/fuzz/corpus/hj212 and every crash reproducer in
// tests/fuzz/regressions/hj212, built with gcc like every other test. Seeds named ok-* must be
// accepted by parseFrame, rej-<reason>-* rejected with that reason (the names say what each seed
// is for; files named by their SHA-1 are what the fuzzer added and carry no expectation).
#include "../fuzz/hj212_fuzzbody.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace hj = vocsync::hj212;

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private:
    static QString dir(const char *relative)
    {
        return qEnvironmentVariable("VOCSYNC_SOURCE_DIR") + QLatin1Char('/') +
               QLatin1String(relative);
    }
    static QFileInfoList files(const QString &path)
    {
        return QDir(path).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    }
    static void addRows(const QFileInfoList &list)
    {
        for (const QFileInfo &f : list)
            QTest::newRow(qPrintable(f.dir().dirName() + QLatin1Char('/') + f.fileName()))
                << f.absoluteFilePath();
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }
    /// The first line of a seed with its terminator, as parseFrame sees a frame.
    static QByteArray firstFrame(const QByteArray &data)
    {
        const qsizetype eol = data.indexOf('\n');
        return eol < 0 ? data : data.left(eol + 1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("VOCSYNC_SOURCE_DIR"), "VOCSYNC_SOURCE_DIR not set");
        // The seeds for every example frame of hj212.md §12 and every rejection reason.
        const QFileInfoList seeds = files(dir("tests/fuzz/corpus/hj212"));
        int ok = 0;
        int rejected = 0;
        for (const QFileInfo &f : seeds) {
            ok += f.fileName().startsWith(QLatin1String("ok-"));
            rejected += f.fileName().startsWith(QLatin1String("rej-"));
        }
        QVERIFY2(ok >= 19, qPrintable(QStringLiteral("%1 ok-* seeds").arg(ok)));
        QVERIFY2(rejected >= 12, qPrintable(QStringLiteral("%1 rej-* seeds").arg(rejected)));
        QVERIFY2(seeds.size() <= 250, "corpus over 250 files: merge it (-merge=1)");
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        addRows(files(dir("tests/fuzz/corpus/hj212")));
    }
    void corpus()
    {
        QFETCH(QString, path);
        const QByteArray data = read(path);
        const QByteArray failure =
            hj212fuzz::run(reinterpret_cast<const std::uint8_t *>(data.constData()),
                           static_cast<std::size_t>(data.size()));
        QVERIFY2(failure.isEmpty(), failure.constData());

        const QString name = QFileInfo(path).fileName();
        hj::Packet p;
        hj::Rejection why;
        const bool accepted = hj::parseFrame(firstFrame(data), p, why);
        if (name.startsWith(QLatin1String("ok-"))) {
            QVERIFY2(accepted, qPrintable(QStringLiteral("rejected (%1 at %2): %3")
                                              .arg(hj::reasonKey(why.reason))
                                              .arg(why.offset)
                                              .arg(why.message)));
        } else if (name.startsWith(QLatin1String("rej-"))) {
            QVERIFY2(!accepted, "accepted");
            const QString expected = name.section(QLatin1Char('-'), 1, 1);
            QCOMPARE(hj::reasonKey(why.reason), expected);
        }
    }

    void regressions_data()
    {
        QTest::addColumn<QString>("path");
        const QFileInfoList list = files(dir("tests/fuzz/regressions/hj212"));
        if (list.isEmpty())
            QTest::newRow("none") << QString();
        addRows(list);
    }
    void regressions()
    {
        QFETCH(QString, path);
        if (path.isEmpty())
            QSKIP("no crash reproducers in tests/fuzz/regressions/hj212");
        const QByteArray data = read(path);
        const QByteArray failure =
            hj212fuzz::run(reinterpret_cast<const std::uint8_t *>(data.constData()),
                           static_cast<std::size_t>(data.size()));
        QVERIFY2(failure.isEmpty(), failure.constData());
    }
};

QTEST_APPLESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
