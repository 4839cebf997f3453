#include "csvexport.h"

#include <core/bulk/csv.h>

#include <QSaveFile>

bool exportCsv(const QAbstractItemModel *model, const QList<int> &columns, const QString &path, QString *error)
{
    // QSaveFile: a failed export leaves an earlier file of that name as it was.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    QStringList fields;
    for (int c : columns)
        fields << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    f.write(cc::csv::line(fields).toUtf8());
    const int rows = model->rowCount();
    for (int r = 0; r < rows; ++r) {
        fields.clear();
        for (int c : columns)
            fields << model->index(r, c).data(Qt::DisplayRole).toString();
        f.write(cc::csv::line(fields).toUtf8());
    }
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}
