#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "vocsync.ui")
