// Replies of a meter to ReadData (0x11) and ReadAddress (0x13), DL/T 645-2007 (应用层: 读数据,
// 读通信地址) and the control code (控制码 C): D7 = 1 reply, D6 = 1 abnormal reply, D5 = 1
// follow-up frame.
#include "vocsync/dlt645/frame.h"

#include <QCoreApplication>
#include <QStringList>

namespace vocsync::dlt645 {

namespace {

constexpr std::uint8_t kFollowUpBit = 0x20;
constexpr std::uint8_t kFunctionMask = 0x1F;

QString hex(std::uint32_t v, int width)
{
    return QString::number(v, 16).rightJustified(width, QLatin1Char('0')).toUpper();
}

Error replyError(const Frame &frame, const QString &message)
{
    return Error{message, frame.address.toString()};
}

} // namespace

Result<ReadReply> parseReadReply(const Frame &frame, const Address &expected, std::uint32_t di)
{
    // A wildcard request is answered with the meter's own address, so any address matches it.
    if (expected.wire != Address::wildcard().wire && frame.address.wire != expected.wire)
        return replyError(frame, QCoreApplication::translate("vocsync::dlt645",
                                                             "reply from meter %1, expected %2")
                                     .arg(frame.address.toString(), expected.toString()));
    const std::uint8_t normal = kReplyBit | ReadData;
    const std::uint8_t normalMore = normal | kFollowUpBit;
    const std::uint8_t abnormal = kReplyBit | kAbnormalBit | ReadData;
    if (frame.control == abnormal) {
        // Abnormal reply: exactly one error status byte (error word, 错误信息字).
        if (frame.data.size() != 1)
            return replyError(frame, QCoreApplication::translate(
                                         "vocsync::dlt645",
                                         "abnormal reply with %1 data bytes, expected 1 error byte")
                                         .arg(frame.data.size()));
        ReadReply r;
        r.di = di;
        r.errorCode = static_cast<std::uint8_t>(frame.data[0]);
        if (r.errorCode == 0)
            return replyError(frame, QCoreApplication::translate(
                                         "vocsync::dlt645", "abnormal reply without an error bit"));
        return r;
    }
    if (frame.control != normal && frame.control != normalMore)
        return replyError(frame,
                          QCoreApplication::translate(
                              "vocsync::dlt645",
                              "control code 0x%1 is not a reply to a read (0x91, 0xB1 or 0xD1)")
                              .arg(hex(frame.control, 2)));
    if (frame.data.size() < 4)
        return replyError(frame, QCoreApplication::translate("vocsync::dlt645",
                                                             "read reply of %1 bytes has no data "
                                                             "identifier")
                                     .arg(frame.data.size()));
    std::uint32_t echoed = 0;
    for (int i = 3; i >= 0; --i)
        echoed = (echoed << 8) | static_cast<std::uint8_t>(frame.data[i]);
    if (echoed != di)
        return replyError(
            frame, QCoreApplication::translate("vocsync::dlt645",
                                               "reply carries data identifier %1, requested %2")
                       .arg(hex(echoed, 8), hex(di, 8)));
    ReadReply r;
    r.di = di;
    r.payload = frame.data.mid(4);
    return r;
}

QString errorText(std::uint8_t code)
{
    // Error word of the abnormal reply (错误信息字), bit 0 first; bit 7 is reserved.
    static const char *const bits[] = {
        QT_TRANSLATE_NOOP("vocsync::dlt645", "other error (其他错误)"),
        QT_TRANSLATE_NOOP("vocsync::dlt645", "no data requested (无请求数据)"),
        QT_TRANSLATE_NOOP("vocsync::dlt645", "wrong password or not authorised (密码错/未授权)"),
        QT_TRANSLATE_NOOP("vocsync::dlt645", "baud rate cannot be changed (通信速率不能更改)"),
        QT_TRANSLATE_NOOP("vocsync::dlt645", "too many annual time zones (年时区数超)"),
        QT_TRANSLATE_NOOP("vocsync::dlt645", "too many daily time periods (日时段数超)"),
        QT_TRANSLATE_NOOP("vocsync::dlt645", "too many tariffs (费率数超)"),
        QT_TRANSLATE_NOOP("vocsync::dlt645", "reserved bit 7 (保留)"),
    };
    if (code == 0)
        return QCoreApplication::translate("vocsync::dlt645", "no error bit set");
    QStringList parts;
    for (int bit = 0; bit < 8; ++bit) {
        if (code & (1u << bit))
            parts << QCoreApplication::translate("vocsync::dlt645", bits[bit]);
    }
    return parts.join(QLatin1String("; "));
}

Result<Address> parseReadAddressReply(const Frame &frame)
{
    const std::uint8_t reply = kReplyBit | ReadAddress;
    if (frame.control != reply)
        return replyError(
            frame, QCoreApplication::translate(
                       "vocsync::dlt645", "control code 0x%1 is not a read-address reply (0x93)")
                       .arg(hex(frame.control, 2)));
    if (frame.data.size() != 6)
        return replyError(
            frame, QCoreApplication::translate("vocsync::dlt645",
                                               "read-address reply with %1 data bytes, expected 6")
                       .arg(frame.data.size()));
    Address a;
    for (int i = 0; i < 6; ++i)
        a.wire[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(frame.data[i]);
    // The data must be a real address (BCD digits) and agree with the frame's address field,
    // which some meters leave at the wildcard they were asked with.
    if (a.wire != frame.address.wire && frame.address.wire != Address::wildcard().wire)
        return replyError(frame, QCoreApplication::translate(
                                     "vocsync::dlt645",
                                     "read-address reply names %1 in its data but %2 in its "
                                     "address field")
                                     .arg(a.toString(), frame.address.toString()));
    if (!Address::fromString(a.toString()).ok())
        return replyError(
            frame, QCoreApplication::translate(
                       "vocsync::dlt645", "read-address reply carries %1, not 12 decimal digits")
                       .arg(a.toString()));
    return a;
}

} // namespace vocsync::dlt645
