// bulk-patch: N internal-identifier PATCHes through the service layer with bounded concurrency,
// against a sandbox in another process. Prints the wall time in milliseconds on stdout.
// Environment: CLOUDCOCKPIT_API_URL, CLOUDCOCKPIT_TENANT, CLOUDCOCKPIT_TOKEN; argv: ids file, concurrency.

#include <core/api/cloudcockpitclient.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_bulkpatch IDS_FILE CONCURRENCY\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read ids\n");
        return 2;
    }
    QList<QUuid> ids;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            ids << QUuid::fromString(QString::fromLatin1(line));
    }
    const int concurrency = std::max(1, atoi(argv[2]));

    cc::CloudCockpitClient client;
    cc::ConnectionSettings s;
    s.apiUrl = QUrl(qEnvironmentVariable("CLOUDCOCKPIT_API_URL"));
    s.tenant = qEnvironmentVariable("CLOUDCOCKPIT_TENANT");
    client.setConnection(s);
    client.setCredentials(cc::Credentials::fromToken(qEnvironmentVariable("CLOUDCOCKPIT_TOKEN")));

    int next = 0;
    int done = 0;
    int failed = 0;
    QElapsedTimer timer;
    std::function<void()> launch = [&] {
        if (next >= ids.size())
            return;
        const int i = next++;
        cc::InternalIdentifierUpdate u;
        u.internalIdentifier = QStringLiteral("BULK-%1").arg(i, 6, 10, QLatin1Char('0'));
        client.updateInternalIdentifier(ids.at(i), u, &app, [&](const cc::Result<cc::Done> &r) {
            if (!r.ok())
                ++failed;
            if (++done == ids.size())
                app.quit();
            else
                launch();
        });
    };
    timer.start();
    for (int i = 0; i < concurrency; ++i)
        launch();
    if (ids.isEmpty())
        return 0;
    app.exec();
    const qint64 ms = timer.elapsed();
    if (failed > 0) {
        std::fprintf(stderr, "%d of %d requests failed\n", failed, int(ids.size()));
        return 1;
    }
    std::printf("%lld\n", static_cast<long long>(ms));
    return 0;
}
