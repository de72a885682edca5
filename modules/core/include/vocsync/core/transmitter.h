#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace vocsync {

/// A data acquisition transmitter (数采仪) that calls the station over HJ 212 (the MN
/// registry). Packets from an MN not registered, or with another password, are rejected.
/// The factor map (`factorMap`, resources/hj212/<id>.json or a user file) says what each
/// factor code means; `points` binds the map's channel numbers to monitoring points, so
/// electrical factors become samples of those points.
struct TransmitterConfig
{
    QString mn;            ///< 24 hex (2017) or 14 chars (2005); others tolerated
    QString name;
    QString enterpriseId;  ///< may be empty
    QString password;      ///< PW the transmitter must send (6 characters in the standard)
    QString factorMap = QStringLiteral("vocsync-electric"); ///< factor map id
    QMap<int, QString> points;  ///< channel number -> monitoring point id
    int backfillCn = 2051;      ///< CN of the history request that fills a gap (2051 or 2011)
    int rtdIntervalS = 60;      ///< expected real-time interval (for gap detection)
    bool alarmOnReject = false; ///< raise a station alarm when its packets are rejected
    bool enabled = true;
};

} // namespace vocsync
