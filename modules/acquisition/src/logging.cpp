#include "vocsync/acquisition/logging.h"

Q_LOGGING_CATEGORY(lcAcquisition, "vocsync.acquisition")
