#include "vocsync/storage/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "vocsync.storage")
