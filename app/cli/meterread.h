#pragma once

#include "vocsync/acquisition/templatelibrary.h"
#include "vocsync/core/plant.h"

namespace vocsync::cli {

/// How `modbus read` and `dlt645 read` poll and print.
struct ReadPlan
{
    int count = 1;       ///< readings to print
    int retries = 2;     ///< failed polls tolerated in a row
    bool json = false;
    bool frames = false; ///< raw frames on stderr
};

/// Polls `device` through the station's MeterPoller until `plan.count` readings came or too
/// many polls failed in a row; prints readings on stdout. Returns the exit code.
int readMeter(const QString &command, const acquisition::TemplateLibrary &templates,
              const Device &device, const ReadPlan &plan);

} // namespace vocsync::cli
