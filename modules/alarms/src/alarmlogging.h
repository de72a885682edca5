#pragma once

#include <QLoggingCategory>

/// The alarms module's category (STYLE.md 7): vocsync.alarms.
Q_DECLARE_LOGGING_CATEGORY(lcAlarms)
