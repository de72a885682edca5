#include "alarmlogging.h"

Q_LOGGING_CATEGORY(lcAlarms, "vocsync.alarms")
