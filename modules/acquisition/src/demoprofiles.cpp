#include "demoprofiles.h"

#include <cmath>

namespace vocsync::acquisition::demo {

namespace {

constexpr int hm(int h, int m)
{
    return h * 60 + m;
}

using S = Schedule;
constexpr FacilityKind P = FacilityKind::Production;
constexpr FacilityKind T = FacilityKind::Treatment;

// E01 furniture (Mon-Fri two shifts, Saturday morning): spray booths and a dryer; exhaust fans
// on VFDs, an activated-carbon adsorber and a catalytic combustion unit (RCO).
const std::vector<Window> kE01Shifts = {{hm(8, 0), hm(12, 0)}, {hm(13, 0), hm(17, 30)}};
const std::vector<Window> kE01Dryer = {{hm(8, 20), hm(12, 20)}, {hm(13, 20), hm(18, 0)}};
// E02 packaging printing (Mon-Sat, long day): gravure presses and a laminator in print jobs;
// RTO with its main fan, plus a workshop exhaust fan.
const std::vector<Window> kE02Shifts = {{hm(7, 30), hm(11, 30)}, {hm(12, 0), hm(20, 0)}};
// E03 chemical (24/7): batch reactors, a charge mixer and batch distillation; scrubber,
// activated carbon and the induced-draft fan run around the clock.
const std::vector<Window> kR101 = {{hm(0, 30), hm(5, 0)},
                                   {hm(6, 30), hm(11, 0)},
                                   {hm(12, 30), hm(17, 0)},
                                   {hm(18, 30), hm(23, 0)}};
const std::vector<Window> kR102 = {{hm(2, 0), hm(5, 40)},
                                   {hm(8, 0), hm(11, 40)},
                                   {hm(14, 0), hm(17, 40)},
                                   {hm(20, 0), hm(23, 20)}};
const std::vector<Window> kMixer = {
    {hm(5, 0), hm(6, 10)}, {hm(11, 0), hm(12, 10)}, {hm(17, 0), hm(18, 10)}};
const std::vector<Window> kStill = {{hm(1, 0), hm(11, 30)}, {hm(13, 0), hm(23, 20)}};
// E04 small furniture workshop (early shifts, Saturday morning).
const std::vector<Window> kE04Shifts = {{hm(7, 30), hm(11, 30)}, {hm(13, 0), hm(17, 0)}};
const std::vector<Window> kE04Dryer = {{hm(7, 50), hm(11, 50)}, {hm(13, 20), hm(17, 30)}};

std::vector<FacilityProfile> buildFacilities()
{
    // clang-format off: one facility per paragraph reads better than one field per line
    return {
        // ---- E01 湖州安吉恒美家具有限公司
        {.id = "E01-F01", .workshopId = "E01-W1", .lineId = "E01-W1-L1", .name = "1#底漆喷漆房",
         .kind = P, .type = "spray_booth", .ratedKw = 15, .pf = 0.84, .windows = kE01Shifts},
        {.id = "E01-F02", .workshopId = "E01-W1", .lineId = "E01-W1-L2", .name = "2#面漆喷漆房",
         .kind = P, .type = "spray_booth", .ratedKw = 15, .pf = 0.84, .voltageV = 385,
         .windows = kE01Shifts},
        {.id = "E01-F03", .workshopId = "E01-W1", .lineId = "E01-W1-L2", .name = "3#面漆喷漆房",
         .kind = P, .type = "spray_booth", .ratedKw = 18.5, .pf = 0.85, .windows = kE01Shifts,
         .noisePct = 2.5},
        {.id = "E01-F04", .workshopId = "E01-W2", .lineId = "E01-W2-L3", .name = "热风烘干房",
         .kind = P, .type = "dryer", .ratedKw = 45, .loadFactor = 0.75, .pf = 0.92, .voltageV = 400,
         .windows = kE01Dryer, .idleBetweenRuns = true, .rampS = 30, .noisePct = 1.5,
         .gridFrequency = true},
        {.id = "E01-F05", .workshopId = "E01-W3", .name = "1#喷漆废气排风机", .kind = T,
         .type = "exhaust_fan", .ratedKw = 30, .pf = 0.86, .schedule = S::FollowLinks, .rampS = 45,
         .noisePct = 1.5, .vfd = true},
        {.id = "E01-F06", .workshopId = "E01-W3", .name = "2#喷漆废气排风机", .kind = T,
         .type = "exhaust_fan", .ratedKw = 22, .pf = 0.86, .schedule = S::FollowLinks, .rampS = 45,
         .noisePct = 1.5, .vfd = true},
        {.id = "E01-F07", .workshopId = "E01-W3", .name = "活性炭吸附装置", .kind = T,
         .type = "activated_carbon", .ratedKw = 11, .pf = 0.83, .schedule = S::FollowLinks,
         .rampS = 35},
        {.id = "E01-F08", .workshopId = "E01-W3", .name = "催化燃烧装置(RCO)", .kind = T,
         .type = "rco", .ratedKw = 37, .loadFactor = 0.7, .pf = 0.9, .voltageV = 400,
         .schedule = S::FollowLinks, .rampS = 60, .gridFrequency = true, .warmupMin = 15},
        // ---- E02 浙江长兴华彩包装印刷有限公司
        {.id = "E02-F01", .workshopId = "E02-W1", .lineId = "E02-W1-L1", .name = "1#十色凹版印刷机",
         .kind = P, .type = "gravure_press", .ratedKw = 90, .loadFactor = 0.7, .pf = 0.88,
         .voltageV = 390, .schedule = S::Jobs, .windows = kE02Shifts, .idleBetweenRuns = true,
         .rampS = 60, .noisePct = 2.5, .gridFrequency = true},
        {.id = "E02-F02", .workshopId = "E02-W1", .lineId = "E02-W1-L2", .name = "2#八色凹版印刷机",
         .kind = P, .type = "gravure_press", .ratedKw = 75, .loadFactor = 0.7, .pf = 0.88,
         .voltageV = 390, .schedule = S::Jobs, .windows = kE02Shifts, .idleBetweenRuns = true,
         .rampS = 60, .noisePct = 2.5},
        {.id = "E02-F03", .workshopId = "E02-W2", .lineId = "E02-W2-L3", .name = "干式复合机",
         .kind = P, .type = "laminator", .ratedKw = 55, .loadFactor = 0.65, .pf = 0.87,
         .voltageV = 390, .schedule = S::Jobs, .windows = kE02Shifts, .idleBetweenRuns = true,
         .rampS = 50},
        {.id = "E02-F04", .workshopId = "E02-W3", .name = "RTO主引风机", .kind = T,
         .type = "exhaust_fan", .ratedKw = 75, .pf = 0.87, .voltageV = 390,
         .schedule = S::FollowLinks, .rampS = 60, .noisePct = 1.2, .vfd = true},
        {.id = "E02-F05", .workshopId = "E02-W3", .name = "蓄热式焚烧炉(RTO)", .kind = T,
         .type = "rto", .ratedKw = 22, .loadFactor = 0.75, .pf = 0.86, .voltageV = 390,
         .schedule = S::FollowLinks, .rampS = 40, .noisePct = 2.5, .gridFrequency = true,
         .warmupMin = 20},
        {.id = "E02-F06", .workshopId = "E02-W1", .name = "印刷车间排风机", .kind = T,
         .type = "exhaust_fan", .ratedKw = 15, .pf = 0.85, .voltageV = 390,
         .schedule = S::FollowLinks, .rampS = 30},
        // ---- E03 浙江德清恒达精细化工有限公司
        {.id = "E03-F01", .workshopId = "E03-W1", .lineId = "E03-W1-L1", .name = "R101反应釜",
         .kind = P, .type = "reactor", .ratedKw = 22, .loadFactor = 0.75, .pf = 0.84,
         .schedule = S::Batches, .windows = kR101, .idleBetweenRuns = true, .rampS = 30,
         .noisePct = 3},
        {.id = "E03-F02", .workshopId = "E03-W1", .lineId = "E03-W1-L2", .name = "R102反应釜",
         .kind = P, .type = "reactor", .ratedKw = 18.5, .loadFactor = 0.75, .pf = 0.84,
         .schedule = S::Batches, .windows = kR102, .idleBetweenRuns = true, .rampS = 30,
         .noisePct = 3},
        {.id = "E03-F03", .workshopId = "E03-W1", .lineId = "E03-W1-L1", .name = "配料混合釜",
         .kind = P, .type = "mixer", .ratedKw = 11, .pf = 0.82, .schedule = S::Batches,
         .windows = kMixer, .rampS = 30},
        {.id = "E03-F04", .workshopId = "E03-W2", .lineId = "E03-W2-L3", .name = "精馏塔",
         .kind = P, .type = "distillation", .ratedKw = 30, .loadFactor = 0.7, .pf = 0.86,
         .voltageV = 400, .schedule = S::Batches, .windows = kStill, .idleBetweenRuns = true,
         .rampS = 40, .noisePct = 1.5, .gridFrequency = true},
        {.id = "E03-F05", .workshopId = "E03-W3", .name = "喷淋洗涤塔", .kind = T,
         .type = "spray_tower", .ratedKw = 15, .pf = 0.85, .schedule = S::Continuous, .rampS = 30,
         .gridFrequency = true},
        {.id = "E03-F06", .workshopId = "E03-W3", .name = "活性炭吸附装置", .kind = T,
         .type = "activated_carbon", .ratedKw = 7.5, .pf = 0.82, .schedule = S::Continuous,
         .rampS = 30},
        {.id = "E03-F07", .workshopId = "E03-W3", .name = "废气处理引风机", .kind = T,
         .type = "exhaust_fan", .ratedKw = 45, .pf = 0.87, .voltageV = 400,
         .schedule = S::Continuous, .rampS = 50, .noisePct = 1.2, .vfd = true},
        // ---- E04 湖州南浔森雅家居有限公司
        {.id = "E04-F01", .workshopId = "E04-W1", .lineId = "E04-W1-L1", .name = "1#喷漆房",
         .kind = P, .type = "spray_booth", .ratedKw = 11, .pf = 0.83, .windows = kE04Shifts},
        {.id = "E04-F02", .workshopId = "E04-W1", .lineId = "E04-W1-L1", .name = "2#喷漆房",
         .kind = P, .type = "spray_booth", .ratedKw = 11, .pf = 0.83, .windows = kE04Shifts,
         .noisePct = 2.5},
        {.id = "E04-F03", .workshopId = "E04-W1", .lineId = "E04-W1-L1", .name = "烘干房",
         .kind = P, .type = "dryer", .ratedKw = 30, .loadFactor = 0.75, .pf = 0.92,
         .windows = kE04Dryer, .idleBetweenRuns = true, .rampS = 30, .noisePct = 1.5},
        {.id = "E04-F04", .workshopId = "E04-W2", .name = "废气排风机", .kind = T,
         .type = "exhaust_fan", .ratedKw = 18.5, .pf = 0.86, .schedule = S::FollowLinks,
         .rampS = 40, .noisePct = 1.5, .vfd = true},
        {.id = "E04-F05", .workshopId = "E04-W2", .name = "UV光氧催化设备", .kind = T,
         .type = "uv_photolysis", .ratedKw = 5.5, .loadFactor = 0.9, .pf = 0.9,
         .schedule = S::FollowLinks, .rampS = 20, .noisePct = 1},
        {.id = "E04-F06", .workshopId = "E04-W2", .name = "活性炭吸附箱", .kind = T,
         .type = "activated_carbon", .ratedKw = 7.5, .pf = 0.82, .schedule = S::FollowLinks,
         .rampS = 30},
    };
    // clang-format on
}

} // namespace

const std::vector<EnterpriseProfile> &enterpriseProfiles()
{
    static const std::vector<EnterpriseProfile> profiles = {
        {"E01", true, hm(12, 0), 30},
        {"E02", true, -1, 30},
        {"E03", false, -1, 30},
        {"E04", true, hm(11, 30), 30},
    };
    return profiles;
}

const std::vector<FacilityProfile> &facilityProfiles()
{
    static const std::vector<FacilityProfile> profiles = buildFacilities();
    return profiles;
}

const FacilityProfile *facilityProfile(const QString &facilityId)
{
    for (const FacilityProfile &p : facilityProfiles()) {
        if (facilityId == QLatin1String(p.id))
            return &p;
    }
    return nullptr;
}

const EnterpriseProfile *enterpriseProfile(const QString &enterpriseId)
{
    for (const EnterpriseProfile &p : enterpriseProfiles()) {
        if (enterpriseId == QLatin1String(p.id))
            return &p;
    }
    return nullptr;
}

double runningCurrentA(const FacilityProfile &p)
{
    return p.ratedKw * p.loadFactor * 1000.0 / (std::sqrt(3.0) * p.voltageV * p.pf);
}

RunThresholds thresholdsFor(const FacilityProfile &p)
{
    const double i = runningCurrentA(p);
    const auto tenth = [](double x) { return std::max(0.1, std::round(x * 10.0) / 10.0); };
    RunThresholds t;
    t.quantity = Quantity::CurrentA;
    t.off = tenth(kOffFraction * i);
    t.run = tenth(kRunFraction * i);
    t.overload = tenth(kOverloadFraction * i);
    t.hysteresis = tenth(0.02 * i);
    t.minDwellS = 60;
    return t;
}

} // namespace vocsync::acquisition::demo
