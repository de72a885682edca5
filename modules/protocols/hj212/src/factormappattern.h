#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace vocsync::hj212::detail {

/// A factor map's "code": an exact code ("a24088") or a pattern with one channel field,
/// prefix + "{ch:N}" + suffix ("x01{ch:3}", "g102{ch:2}", "SB{ch:1}"), N digits (1..4) that
/// give the channel (VocSync's convention) or the standard's device number.
struct FactorMapPattern
{
    /// Longest code a factor map accepts; the codec keeps factor codes inline up to this size
    /// (packet.h FactorCode).
    static constexpr int kMaxCodeLength = 24;

    std::string prefix; ///< ASCII; for an exact code, the whole code
    std::string suffix;
    int digits = 0; ///< 0: exact code

    bool isPattern() const { return digits > 0; }
    qsizetype length() const
    {
        return static_cast<qsizetype>(prefix.size() + suffix.size()) + digits;
    }

    /// Reads `text`; on failure `error` says why (a translated sentence).
    static std::optional<FactorMapPattern> parse(const QString &text, QString *error);

    /// The channel field's value when `code` matches (digits only in the field), without
    /// allocating. An exact code matches itself with value 0.
    std::optional<int> match(std::string_view code) const;
    /// The code for `channel` (zero-padded to N digits); empty when it does not fit.
    QString format(int channel) const;
    /// Largest channel number N digits hold (9, 99, 999, 9999).
    int maxChannel() const;
    /// True when some code matches both (same length, fixed characters compatible).
    bool overlaps(const FactorMapPattern &other) const;
};

} // namespace vocsync::hj212::detail
