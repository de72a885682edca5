// Sub-packets (HJ 212-2017 6.3.2 Flag bit D, C.47-C.50): a CP too long for one packet is cut
// at item boundaries; each part repeats DataTime and carries its own QN, PNUM and PNO.
#include "encoder.h"

namespace vocsync::hj212 {

QList<Packet> split(const Packet &p, const std::function<QByteArray()> &nextQn,
                    const EncodeOptions &options)
{
    qsizetype cpAt = 0;
    const QByteArray whole = encodeSegmentAt(p, options, cpAt);
    const qsizetype cpLimit = p.version() == Version::V2005 ? kMaxCp2005 : kMaxCp2017;
    if (whole.size() <= kMaxSegment && whole.size() - cpAt <= cpLimit)
        return {p};

    // The size of a part without items, with the widest PNUM/PNO and a QN, so every part fits.
    Packet base = p;
    base.factors.clear();
    base.fields.clear();
    base.warnings.clear();
    base.flag = (p.flag < 0 ? 0 : p.flag) | kFlagSubpackets;
    base.pnum = 9999;
    base.pno = 9999;
    if (nextQn || !p.qn.isEmpty())
        base.qn.assign("00000000000000000");
    const QByteArray empty = encodeSegmentAt(base, options, cpAt);
    const qsizetype emptyCp = empty.size() - cpAt;

    struct Item
    {
        bool field;
        qsizetype index;
        qsizetype size;
    };
    std::vector<Item> items;
    for (qsizetype i = 0; i < static_cast<qsizetype>(p.fields.size()); ++i) {
        QByteArray text;
        appendField(text, p.fields[static_cast<size_t>(i)]);
        items.push_back({true, i, text.size() + 1});
    }
    for (qsizetype i = 0; i < static_cast<qsizetype>(p.factors.size()); ++i) {
        QByteArray text;
        appendFactor(text, p.factors[static_cast<size_t>(i)], options.utcOffsetS);
        items.push_back({false, i, text.size() + 1});
    }

    if (items.empty())
        return {p};
    QList<Packet> parts;
    qsizetype used = 0;
    for (const Item &item : items) {
        const bool full =
            used + item.size > kMaxSegment - empty.size() || used + item.size > cpLimit - emptyCp;
        if (parts.isEmpty() || (full && used > 0)) {
            Packet part = base;
            part.qn.clear();
            parts.append(std::move(part));
            used = 0;
        }
        Packet &part = parts.last();
        if (item.field)
            part.fields.push_back(p.fields[static_cast<size_t>(item.index)]);
        else
            part.factors.push_back(p.factors[static_cast<size_t>(item.index)]);
        used += item.size;
    }
    const int count = static_cast<int>(parts.size());
    for (int i = 0; i < count; ++i) {
        Packet &part = parts[i];
        part.pnum = count;
        part.pno = i + 1;
        part.qn.assign(nextQn ? QByteArrayView(nextQn()) : p.qn.view());
    }
    return parts;
}

} // namespace vocsync::hj212
