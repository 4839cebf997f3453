#pragma once

// Customers > Export…: the rows a view shows now, in its order, the columns it shows, with its
// (translated) headers, as CSV through the one safe writer (core/bulk/csv.h): a formula-looking
// cell is written as text.

#include <QAbstractItemModel>
#include <QList>
#include <QString>

// Writes the model's DisplayRole text of `columns` (in that order) for every row; false with a
// message when the file cannot be written.
bool exportCsv(const QAbstractItemModel *model, const QList<int> &columns, const QString &path, QString *error);
