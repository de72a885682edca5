#pragma once

#include <QLoggingCategory>

/// The ui module's logging category (STYLE.md 7).
Q_DECLARE_LOGGING_CATEGORY(lcUi)
