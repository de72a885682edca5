#pragma once

#include <QLoggingCategory>

// The SMS channels' own category, so their AT dialogue and HTTP requests can be switched on
// alone: QT_LOGGING_RULES="vocsync.alarms.sms.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSms)
