#include "vocsync/core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "vocsync.core")
