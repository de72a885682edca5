#pragma once

#include "vocsync/core/sample.h"

#include <QObject>
#include <QString>

namespace vocsync::acquisition {

/// Connection state of a source, for the status bar and device health.
enum class LinkState { Disconnected, Connecting, Connected, Degraded };
QString linkStateKey(LinkState s); ///< "disconnected", "connecting", "connected", "degraded"

/// Anything that produces samples: meter transports and the demo plant simulator alike, so
/// nothing downstream knows where samples come from (DESIGN.md, data flow). A source lives on
/// the acquisition thread; consumers connect to samplesReady with queued connections.
class SampleSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SampleSource() override = default;

    virtual QString name() const = 0;
    virtual LinkState linkState() const = 0;

public slots:
    virtual void start() = 0;
    virtual void stop() = 0;

signals:
    void samplesReady(const vocsync::SampleBatch &batch);
    void linkStateChanged(vocsync::acquisition::LinkState state, const QString &detail);
};

} // namespace vocsync::acquisition
