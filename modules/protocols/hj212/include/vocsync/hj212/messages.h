#pragma once

#include "vocsync/hj212/packet.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace vocsync::hj212 {

/// Command codes used by VocSync (HJ 212-2017 6.6.5 Table 9). The same CN serves a request
/// and its upload. The table is open: any other 4-digit CN parses and is logged.
namespace cn {
inline constexpr int SetTimeout = 1000;
inline constexpr int GetTime = 1011;          ///< request, and the field's time upload
inline constexpr int SetTime = 1012;
inline constexpr int TimeCalibrationRequest = 1013; ///< field asks the center for the time
inline constexpr int GetRtdInterval = 1061;   ///< request, and the interval upload
inline constexpr int SetRtdInterval = 1062;
inline constexpr int GetMinInterval = 1063;
inline constexpr int SetMinInterval = 1064;
inline constexpr int SetPassword = 1072;
inline constexpr int RealTimeData = 2011;
inline constexpr int StopRealTimeData = 2012;
inline constexpr int FacilityState = 2021;
inline constexpr int StopFacilityState = 2022;
inline constexpr int DayData = 2031;
inline constexpr int FacilityRunTime = 2041;
inline constexpr int MinuteData = 2051;
inline constexpr int HourData = 2061;
inline constexpr int RestartTime = 2081;
inline constexpr int RequestAnswer = 9011;
inline constexpr int ExecutionAnswer = 9012;
inline constexpr int NoticeAnswer = 9013;
inline constexpr int DataAnswer = 9014;
inline constexpr int Heartbeat = 9015;        ///< 2025 and vendor extensions
} // namespace cn

/// QnRtn of a 9011 request answer (HJ 212-2017 Table 6).
enum class QnRtn : int {
    Ready = 1, Rejected = 2, BadPassword = 3, BadMn = 4, BadSt = 5, BadFlag = 6, BadQn = 7,
    BadCn = 8, BadCrc = 9, Unknown = 100
};
/// ExeRtn of a 9012 execution answer (HJ 212-2017 Table 7).
enum class ExeRtn : int {
    Success = 1, Failed = 2, BadCondition = 3, Timeout = 4, Busy = 5, SystemFault = 6,
    NoData = 100
};
QString qnRtnText(int code);  ///< "ready to execute", "password error", ...
QString exeRtnText(int code); ///< "success", "no data", ...
/// One line naming a CN: "2011 real-time data", "9014 data answer", "4321 (unknown)".
QString commandName(int cn);
/// True for the history CNs a center may ask a range of (2031, 2041, 2051, 2061).
bool isHistoryCn(int cn);
/// The data flag's meaning (HJ 212-2017 Table 8; P from 2005): 'N' -> "normal", ...
QString dataFlagText(char flag);

/// Answers, version aware (hj212.md §8, §13.11): 2017/2025 echo the request's QN in the
/// header with ST=91 and Flag=4 (version bits kept); 2005 answers carry the QN (and for 9014
/// the CN) inside CP and no header QN.
Packet dataAnswer(const Packet &upload);                    ///< 9014
Packet noticeAnswer(const Packet &notice);                  ///< 9013
Packet requestAnswer(const Packet &request, QnRtn rtn);     ///< 9011
Packet executionAnswer(const Packet &request, ExeRtn rtn);  ///< 9012

/// A request from the center to a field unit: QN from `qn`, ST, CN, PW, MN, Flag with A set
/// (answer requested) in the unit's version.
Packet request(Version v, const QByteArray &qn, QByteArrayView st, int cn, QByteArrayView pw,
               QByteArrayView mn);
/// History request: `request()` + BeginTime/EndTime (UTC ms, written in the peer's zone).
Packet historyRequest(Version v, const QByteArray &qn, QByteArrayView st, int cn,
                      QByteArrayView pw, QByteArrayView mn, std::int64_t fromMs,
                      std::int64_t toMs, int utcOffsetS = 8 * 3600);

/// Hands out QNs (YYYYMMDDhhmmsszzz, station-local time) that never repeat within this
/// generator, even when several are asked for in the same millisecond (later ones step the
/// millisecond forward).
class QnGenerator
{
public:
    explicit QnGenerator(int utcOffsetS = 8 * 3600);
    QByteArray next(std::int64_t nowUtcMs);

private:
    int m_utcOffsetS;
    std::int64_t m_lastMs = 0;
};

} // namespace vocsync::hj212
