// list-load: every customer of the sandbox into the customer list model (pages of 2000), and the
// longest event-loop stall meanwhile, measured by a 1 ms timer probe. Also memory: peak and steady
// RSS growth per customer. Prints one JSON object.

#include "benchsupport.h"

#include <customerlistmodel.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <malloc.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto client = clientFromEnvironment();
    CustomerListModel model;
    model.setClient(client.get());

    malloc_trim(0);
    const qint64 baseline = procStatusKb("VmRSS");
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 longestStall = 0;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestStall = std::max(longestStall, now - lastTick);
        lastTick = now;
    });
    qint64 firstRows = -1;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&] {
        if (firstRows < 0)
            firstRows = clock.elapsed();
    });
    bool failed = false;
    QObject::connect(&model, &CustomerListModel::loadFailed, [&](const cc::ApiError &e) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(e.details()));
        failed = true;
        app.quit();
    });
    QObject::connect(&model, &CustomerListModel::loaded, &app, &QCoreApplication::quit);
    clock.start();
    probe.start();
    model.load({});
    app.exec();
    const qint64 elapsed = clock.elapsed();
    probe.stop();
    if (failed)
        return 1;
    const qint64 peak = procStatusKb("VmHWM");
    malloc_trim(0);
    const qint64 steady = procStatusKb("VmRSS");
    const int rows = model.rowCount();
    QJsonObject o;
    o.insert(u"value", double(elapsed));
    o.insert(u"unit", QStringLiteral("ms"));
    o.insert(u"customers", rows);
    o.insert(u"first_rows_ms", double(firstRows));
    o.insert(u"longest_stall_ms", double(longestStall));
    o.insert(u"peak_rss_growth_bytes_per_customer", rows ? double(peak - baseline) * 1024.0 / rows : 0.0);
    o.insert(u"steady_rss_growth_bytes_per_customer", rows ? double(steady - baseline) * 1024.0 / rows : 0.0);
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
