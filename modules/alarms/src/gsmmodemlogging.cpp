#include "gsmmodemlogging.h"

// Debug (the AT dialogue, PDUs, URLs: phone numbers and message text) is off by default.
Q_LOGGING_CATEGORY(lcSms, "vocsync.alarms.sms", QtInfoMsg)
