// vocsync: the GUI workstation (DESIGN.md, Interfaces). Wiring only: options, locale and
// translations, then the AppContext composes the services and the main window.
#include "appcontext.h"
#include "quitonsignal.h"

#include "vocsync/core/sample.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/appearance.h"
#include "vocsync/ui/mainwindow.h"
#include "vocsync/ui/uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

constexpr std::int64_t kDemoHistoryMs = 7 * vocsync::timeutil::kDayMs;
/// --screenshot gives up waiting for data after this long and takes the picture anyway.
constexpr int kScreenshotTimeoutMs = 180'000;
/// Time for the last redraws (coalesced at 40 ms) before the screenshot.
constexpr int kScreenshotSettleMs = 1500;

/// Installs the VocSync catalog and Qt's own for the chosen language; sets the default
/// locale so numbers and dates follow it.
void installTranslations(QApplication &app, vocsync::ui::UiLanguage language)
{
    const QString locale = vocsync::ui::translationLocaleName(language, QLocale::system());
    QLocale::setDefault(QLocale(locale));
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(locale), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/vocsync_%1").arg(locale)))
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
        QCoreApplication::translate("main", "Start on this page: overview or trend."),
        QCoreApplication::translate("main", "page"));
    const QCommandLineOption facility(
        QStringLiteral("facility"),
        QCoreApplication::translate("main", "Show the trend of this facility id."),
        QCoreApplication::translate("main", "id"));
    parser.addOptions({demo, db, screenshot, page, facility});
    parser.process(app);

    using vocsync::gui::quitOnTerminationSignals;
    vocsync::gui::AppContext::Options options;
    options.demo = parser.isSet(demo);
    options.dbPath = parser.isSet(db) ? parser.value(db) : defaultDatabase(options.demo);
    options.demoHistoryMs = kDemoHistoryMs;
    vocsync::gui::AppContext context(options);
    if (const vocsync::Status started = context.start(); !started) {
        std::fprintf(stderr, "vocsync: %s\n", qPrintable(started.error().toString()));
        return 1;
    }
    vocsync::ui::MainWindow *window = context.window();
    if (parser.isSet(facility))
        window->showFacilityTrend(parser.value(facility));
    if (parser.isSet(page))
        window->showPage(parser.value(page) == QLatin1String("trend")
                             ? vocsync::ui::MainWindow::Page::Trend
                             : vocsync::ui::MainWindow::Page::Overview);

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
        QObject::connect(&context, &vocsync::gui::AppContext::ready, &app,
                         [grab] { QTimer::singleShot(kScreenshotSettleMs, grab); });
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
