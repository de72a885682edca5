#pragma once

#include "hj212settings.h"

#include "vocsync/acquisition/factormaplibrary.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"
#include "vocsync/core/transmitter.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QThread>

#include <cstdint>

namespace vocsync::acquisition {
class Hj212Server;
class SampleSource;
} // namespace vocsync::acquisition
namespace vocsync::storage {
class FactorWriter;
}
namespace vocsync::sync {
class UpstreamForwarder;
}
namespace vocsync::ui {
class TransmittersPage;
}

namespace vocsync::gui {

class Hj212DemoPeers;

/// Wires HJ 212 (STYLE.md 1: wiring only). The station's Hj212Server on the acquisition
/// thread, with the MN registry of the database (in demo mode the demo plant's transmitters,
/// saved there when it has none) and the port of Hj212Settings; its factor values to a
/// FactorWriter on a thread of its own; the UpstreamForwarder on another, fed with the
/// server's factor values and the samples of every source (forwardSamplesOf); the
/// transmitters page; and in demo mode the far ends (Hj212DemoPeers). The composition root
/// connects the server's samples like any source's (AppContext::connectSource).
class Hj212Host : public QObject
{
    Q_OBJECT
public:
    /// Creates the forwarder (not started yet), so sources can be connected to it at once.
    Hj212Host(QThread *acquisitionThread, QString dbPath, Plant plant, bool demo,
              QObject *parent = nullptr);
    ~Hj212Host() override;

    /// Reads the registry and the newest stored data times (so a gap across a restart is
    /// backfilled), creates the server on the acquisition thread (which must be running) and
    /// starts it, the factor writer and the forwarder; in demo mode the peers once the server
    /// listens. Nothing when hj212/enabled is false.
    Status start();
    /// Stops the demo peers and the server (blocking until they have), then the forwarder and
    /// the factor writer with what they hold; call before the acquisition thread quits.
    void stop();

    /// Null until start() (and when HJ 212 is disabled).
    acquisition::Hj212Server *server() const { return m_server; }
    sync::UpstreamForwarder *forwarder() const { return m_forwarder; }
    const QList<TransmitterConfig> &transmitters() const { return m_transmitters; }
    void connectPage(ui::TransmittersPage *page);
    /// The samples of `source` are forwarded upstream too.
    void forwardSamplesOf(acquisition::SampleSource *source);

signals:
    /// A packet was rejected (unknown MN, wrong password, unreadable): for the status bar;
    /// `alarm` when the transmitter is configured to raise an alarm on rejections.
    void rejectedPacket(const QString &message, bool alarm);
    /// The server listens on `port` (0: not; `error` says why).
    void listening(quint16 port, const QString &error);

private:
    Status loadRegistry();
    QHash<QString, std::int64_t> lastDataTimes() const;
    void startServer();
    void listened(quint16 port, const QString &error);
    void startDemoPeers(quint16 stationPort);
    void onRejected(const QString &mn, const QString &peer, const QString &reason, bool alarm);

    QThread *m_acquisitionThread;
    QString m_dbPath;
    Plant m_plant;
    bool m_demo;
    Hj212Settings m_settings;
    acquisition::FactorMapLibrary m_maps;
    QList<TransmitterConfig> m_transmitters;
    QHash<QString, QString> m_factorMapOf;        ///< MN -> factor map id
    acquisition::Hj212Server *m_server = nullptr; ///< lives on m_acquisitionThread
    bool m_retriedAnyPort = false;
    QThread m_factorThread;
    storage::FactorWriter *m_factorWriter = nullptr; ///< lives on m_factorThread
    QThread m_forwarderThread;
    sync::UpstreamForwarder *m_forwarder = nullptr; ///< lives on m_forwarderThread
    QThread m_demoThread;
    Hj212DemoPeers *m_peers = nullptr; ///< lives on m_demoThread
};

} // namespace vocsync::gui
