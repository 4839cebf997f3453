// filter: with every customer loaded, one keystroke in the instant filter until the view's model
// (the proxy) is updated: median and p95 over a typed sequence of words, each typed and erased
// letter by letter. Prints one JSON object.

#include "benchsupport.h"

#include <customerfilterproxy.h>
#include <customerlistmodel.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto client = clientFromEnvironment();
    CustomerListModel model;
    CustomerFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CustomerListModel::Company); // the view sorts, as in the app
    model.setClient(client.get());
    QObject::connect(&model, &CustomerListModel::loaded, &app, &QCoreApplication::quit);
    QObject::connect(&model, &CustomerListModel::loadFailed, &app, [&] { app.exit(1); });
    model.load({});
    if (app.exec() != 0)
        return 1;

    QList<double> samples;
    const QStringList words = {QStringLiteral("lisboa"),        QStringLiteral("dental"),           QStringLiteral("gmbh"),
                               QStringLiteral("erp-0042"),      QStringLiteral("contoso"),          QStringLiteral("aurora"),
                               QStringLiteral("lisboa dental"), QStringLiteral("\"dental lisboa\"")};
    for (const QString &word : words) {
        QString typed;
        auto keystroke = [&](const QString &text) {
            QElapsedTimer t;
            t.start();
            proxy.setFilterText(text);
            volatile int rows = proxy.rowCount(); // what the view asks first
            (void)rows;
            samples << t.nsecsElapsed() / 1e6;
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                std::fprintf(stderr, "'%s' %.1f ms %d rows\n", qPrintable(text), samples.last(), int(proxy.rowCount()));
        };
        for (QChar c : word) {
            typed += c;
            keystroke(typed);
        }
        while (!typed.isEmpty()) {
            typed.chop(1);
            keystroke(typed);
        }
    }
    std::sort(samples.begin(), samples.end());
    const double median = samples.at(samples.size() / 2);
    const double p95 = samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(samples.size() * 0.95)));
    QJsonObject o;
    o.insert(u"value", p95);
    o.insert(u"unit", QStringLiteral("ms"));
    o.insert(u"median_ms", median);
    o.insert(u"p95_ms", p95);
    o.insert(u"keystrokes", int(samples.size()));
    o.insert(u"rows", model.rowCount());
    o.insert(u"target", 16);
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
