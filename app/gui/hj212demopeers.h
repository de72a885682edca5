#pragma once

#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"
#include "vocsync/core/transmitter.h"
#include "vocsync/hj212/factormap.h"

#include <QObject>
#include <QString>

namespace vocsync::acquisition {
class DemoTransmitter;
class Hj212Server;
} // namespace vocsync::acquisition

namespace vocsync::gui {

/// The far ends of HJ 212 in demo mode, so the transmitters page shows live traffic: the demo
/// plant's simulated transmitters (acquisition::DemoTransmitter), TCP clients of the station's
/// server like real field units, and a demo central platform (an Hj212Server that accepts the
/// station's upstream MN and answers its packets) for the upstream forwarder. Two demo
/// upstream targets are kept in the database: the demo platform (its port changes each run)
/// and a platform that is down, whose queue shows store-and-forward at work. Lives on a thread
/// of its own (it stands for other machines); talk to it through queued calls.
class Hj212DemoPeers : public QObject
{
    Q_OBJECT
public:
    Hj212DemoPeers(Plant plant, QList<TransmitterConfig> transmitters, hj212::FactorMapSet maps,
                   QString dbPath, QObject *parent = nullptr);
    ~Hj212DemoPeers() override;

    /// The MN and password the demo upstream targets forward under.
    static QString upstreamMn(int index);
    static constexpr char kUpstreamPassword[] = "654321";

public slots:
    /// Starts the demo platform, saves the demo targets, then the transmitters, which connect
    /// to 127.0.0.1:`stationPort`. targetsReady follows (the forwarder re-reads its targets).
    void start(quint16 stationPort);
    void stop();

signals:
    void targetsReady();
    void problem(const QString &message);

private:
    Status saveTargets(quint16 platformPort);

    Plant m_plant;
    QList<TransmitterConfig> m_transmitters;
    hj212::FactorMapSet m_maps;
    QString m_dbPath;
    acquisition::DemoTransmitter *m_units = nullptr;
    acquisition::Hj212Server *m_platform = nullptr;
};

} // namespace vocsync::gui
