#pragma once

#include <QLoggingCategory>

/// One logging category per module (STYLE.md 7): vocsync.<module>.
Q_DECLARE_LOGGING_CATEGORY(lcAcquisition)
