#include "hj212/registry.h"

#include "vocsync/acquisition/hj212server.h"

#include <algorithm>

namespace vocsync::acquisition::hj212server {

QStringList Registry::set(const QList<TransmitterConfig> &transmitters, const Plant &plant)
{
    QStringList warnings;
    m_byMn.clear();
    for (const TransmitterConfig &c : transmitters) {
        RegisteredTransmitter t;
        t.config = c;
        for (auto it = c.points.cbegin(); it != c.points.cend(); ++it) {
            const MonitoringPoint *p = plant.point(it.value());
            if (!p || p->key == 0) {
                warnings << Hj212Server::tr("transmitter %1: channel %2 is bound to point %3, "
                                            "which is not in the plant")
                                .arg(c.mn)
                                .arg(it.key())
                                .arg(it.value());
                continue;
            }
            PointBinding b;
            b.pointId = p->id;
            b.key = p->key;
            for (Quantity q : kAllQuantities)
                b.decimals[static_cast<size_t>(index(q))] = p->decimals(q);
            t.bindings.insert(it.key(), b);
        }
        if (m_byMn.contains(c.mn))
            warnings << Hj212Server::tr("transmitter %1 is listed twice; the last entry counts")
                            .arg(c.mn);
        m_byMn.insert(c.mn, std::move(t));
    }
    return warnings;
}

const RegisteredTransmitter *Registry::find(const QString &mn) const
{
    auto it = m_byMn.constFind(mn);
    return it == m_byMn.cend() ? nullptr : &it.value();
}

QStringList Registry::mns() const
{
    QStringList l = m_byMn.keys();
    std::sort(l.begin(), l.end());
    return l;
}

AuthResult Registry::check(const hj212::Packet &p) const
{
    const RegisteredTransmitter *t = find(p.mn.toString());
    if (!t)
        return AuthResult::UnknownMn;
    if (!t->config.enabled)
        return AuthResult::Disabled;
    const bool answer = p.cn >= 9011 && p.cn <= 9014;
    if (answer && p.pw.isEmpty())
        return AuthResult::Ok;
    if (p.pw.view() != QByteArrayView(t->config.password.toUtf8()))
        return AuthResult::BadPassword;
    return AuthResult::Ok;
}

} // namespace vocsync::acquisition::hj212server
