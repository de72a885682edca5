// Child process of tst_durability: ingests a deterministic stream of samples as fast as it
// can and prints "committed <n>" each time the writer reports a commit, until it is killed.
// Usage: durability_child DB START_INDEX POINTS
#include "testdb.h"

#include "vocsync/storage/samplewriter.h"

#include <QCoreApplication>

#include <atomic>
#include <cstdio>

using namespace vocsync;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: durability_child DB START_INDEX POINTS\n");
        return 2;
    }
    const std::int64_t start = args.at(2).toLongLong();
    const int points = args.at(3).toInt();
    storage::WriterOptions options;
    options.batchRows = 5000;
    options.flushIntervalMs = 20;
    storage::SampleWriter writer(args.at(1), options);
    QObject::connect(&writer, &storage::SampleWriter::committed, [](quint64 total) {
        // Printed from the writer thread after COMMIT returned: these samples are durable.
        std::printf("committed %llu\n", static_cast<unsigned long long>(total));
        std::fflush(stdout);
    });
    if (Status s = writer.start(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
        return 1;
    }
    std::printf("started\n");
    std::fflush(stdout);
    constexpr std::int64_t kT0 = 1577808000000; // as tst_durability: in the past
    std::int64_t i = start;
    for (;;) {
        SampleBatch batch;
        const int n = 500 + static_cast<int>(i % 1500);
        for (int k = 0; k < n; ++k, ++i)
            batch.push_back(testdb::sequenceSample(i, points, kT0));
        writer.enqueue(std::move(batch));
        if (writer.stats().queued > 200000)
            writer.flush();
    }
}
