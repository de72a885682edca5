#include "logging.h"

Q_LOGGING_CATEGORY(lcSync, "vocsync.sync")
