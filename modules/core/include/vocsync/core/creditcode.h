#pragma once

#include "vocsync/core/result.h"

#include <QChar>
#include <QStringView>

namespace vocsync {

/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from
/// "0123456789ABCDEFGHJKLMNPQRTUWXY" (no I, O, Z, S, V):
///   1 registration authority, 2 entity category, 3-8 administrative division (GB/T 2260),
///   9-17 organisation code (GB 11714), 18 check character (clause 5 of GB 32100-2015).
namespace creditcode {

/// Check character for the first 17 characters: C18 = 31 - (sum(Ci * Wi) mod 31), with weights
/// Wi = 3^(i-1) mod 31 and 31 written as '0'. Null QChar if a character is not in the set.
QChar checkCharacter(QStringView first17);

/// Validates a code; on failure the Error says what is wrong and `where` the 1-based position
/// of the offending character ("position 18").
Status validate(QStringView code);

} // namespace creditcode
} // namespace vocsync
