// vocsync: the GUI workstation (DESIGN.md, Interfaces). Wiring only: options, locale and
// translations, then the AppContext composes the services and the main window.
#include "appcontext.h"
#include "quitonsignal.h"

#include "vocsync/alarms/alarm.h"
#include "vocsync/analysis/event.h"
#include "vocsync/core/sample.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/appearance.h"
#include "vocsync/ui/mainwindow.h"
#include "vocsync/ui/statetimelinepage.h"
#include "vocsync/ui/uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

constexpr std::int64_t kDemoHistoryMs = 7 * vocsync::timeutil::kDayMs;
/// Facility profiles (rated level, normal load) are learnt from this much stored history.
constexpr std::int64_t kLearnMs = 7 * vocsync::timeutil::kDayMs;
/// At start the live analysis replays this much stored history (the demo: all it generated,
/// so its alarm pages show the week's anomalies).
constexpr std::int64_t kReplayMs = vocsync::timeutil::kHourMs;
/// --screenshot gives up waiting for data after this long and takes the picture anyway.
constexpr int kScreenshotTimeoutMs = 180'000;
/// Time for the last redraws (coalesced at 40 ms) before the screenshot.
constexpr int kScreenshotSettleMs = 1500;

/// Installs the VocSync catalog and Qt's own for the chosen language; sets the default
/// locale so numbers and dates follow it. VOCSYNC_TRANSLATIONS_DIR names a folder whose
/// vocsync_<locale>.qm is used instead of the built-in one, so a translator can try a catalog
/// without rebuilding.
void installTranslations(QApplication &app, vocsync::ui::UiLanguage language)
{
    const QString locale = vocsync::ui::translationLocaleName(language, QLocale::system());
    QLocale::setDefault(QLocale(locale));
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(locale), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    const QString dir = qEnvironmentVariable("VOCSYNC_TRANSLATIONS_DIR");
    const bool external =
        !dir.isEmpty() && own->load(QStringLiteral("vocsync_%1").arg(locale), dir);
    if (external || own->load(QStringLiteral(":/i18n/vocsync_%1").arg(locale)))
        QCoreApplication::installTranslator(own);
}

void applyStationZone()
{
    const QTimeZone zone(vocsync::ui::UiSettings().stationTimeZone());
    if (zone.isValid())
        vocsync::timeutil::setStationZone(zone);
}

QString defaultDatabase(bool demo)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(demo ? QStringLiteral("vocsync-demo.db")
                                   : QStringLiteral("vocsync.db"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VocSync"));
    QCoreApplication::setApplicationName(QStringLiteral("VocSync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VOCSYNC_VERSION_STRING));
    qRegisterMetaType<vocsync::SampleBatch>();
    qRegisterMetaType<vocsync::analysis::Event>();
    qRegisterMetaType<vocsync::alarms::Alarm>();
    installTranslations(app, vocsync::ui::UiSettings().language());
    vocsync::ui::applyAppearance(app);
    applyStationZone();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "VocSync: supervision of VOC pollution-control facilities."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run on the built-in demo plant with simulated "
                                            "meters (7 days of history are generated)."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("main", "Use this station database."),
                                QCoreApplication::translate("main", "file"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Once data is shown, save the main window to this "
                                            "PNG file and quit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "Start on this page: overview, trend, timeline, "
                                            "alarms, alarm-history, alarm-rules, devices or "
                                            "transmitters."),
        QCoreApplication::translate("main", "page"));
    const QCommandLineOption day(
        QStringLiteral("day"),
        QCoreApplication::translate("main", "Show this station day on the timeline page."),
        QCoreApplication::translate("main", "yyyy-MM-dd"));
    const QCommandLineOption enterprise(
        QStringLiteral("enterprise"),
        QCoreApplication::translate("main", "Show this enterprise id on the timeline page."),
        QCoreApplication::translate("main", "id"));
    const QCommandLineOption facility(
        QStringLiteral("facility"),
        QCoreApplication::translate("main", "Show the trend of this facility id."),
        QCoreApplication::translate("main", "id"));
    parser.addOptions({demo, db, screenshot, page, facility, day, enterprise});
    parser.process(app);

    using vocsync::gui::quitOnTerminationSignals;
    vocsync::gui::AppContext::Options options;
    options.demo = parser.isSet(demo);
    options.dbPath = parser.isSet(db) ? parser.value(db) : defaultDatabase(options.demo);
    options.demoHistoryMs = kDemoHistoryMs;
    options.learnMs = kLearnMs;
    options.replayMs = options.demo ? kDemoHistoryMs : kReplayMs;
    vocsync::gui::AppContext context(options);
    if (const vocsync::Status started = context.start(); !started) {
        std::fprintf(stderr, "vocsync: %s\n", qPrintable(started.error().toString()));
        return 1;
    }
    vocsync::ui::MainWindow *window = context.window();
    if (parser.isSet(facility))
        window->showFacilityTrend(parser.value(facility));
    if (parser.isSet(enterprise))
        window->timelinePage()->setEnterprise(parser.value(enterprise));
    if (parser.isSet(day)) {
        const QDate date = QDate::fromString(parser.value(day), Qt::ISODate);
        if (!date.isValid()) {
            std::fprintf(stderr, "vocsync: --day: not a date: %s\n", qPrintable(parser.value(day)));
            return 2;
        }
        window->timelinePage()->setDay(date);
    }
    if (parser.isSet(page)) {
        const auto chosen = vocsync::ui::MainWindow::pageFromKey(parser.value(page));
        if (!chosen) {
            std::fprintf(stderr, "vocsync: --page: unknown page %s\n",
                         qPrintable(parser.value(page)));
            return 2;
        }
        window->showPage(*chosen);
    }

    if (parser.isSet(screenshot)) {
        // The picture of a fixed size, whatever geometry the settings remember.
        window->resize(1280, 800);
        const QString file = parser.value(screenshot);
        const auto grab = [window, file] {
            const bool saved = window->grab().save(file);
            if (!saved)
                std::fprintf(stderr, "vocsync: cannot write %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        };
        // Once data is there, the page reads its own again (timeline, history search).
        QObject::connect(window, &vocsync::ui::MainWindow::pageRefreshed, &app,
                         [grab] { QTimer::singleShot(kScreenshotSettleMs, grab); });
        QObject::connect(&context, &vocsync::gui::AppContext::ready, window,
                         &vocsync::ui::MainWindow::refreshCurrentPage);
        QTimer::singleShot(kScreenshotTimeoutMs, &app, [grab] {
            std::fprintf(stderr, "vocsync: no data after %d s, taking the screenshot anyway\n",
                         kScreenshotTimeoutMs / 1000);
            grab();
        });
    }
    quitOnTerminationSignals(&app);
    window->show();
    return QApplication::exec();
}
