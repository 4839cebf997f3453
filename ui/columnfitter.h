#pragma once

#include <QObject>

class QTableView;

// Sizes the customer list's columns up to Instances to the list's width (the narrow ones to their
// header and usual content, the rest shared by company and domain), so that none of them, and no
// right-aligned count, is cut off at the edge. Done while the widths are the defaults: once the
// user sizes or moves a column, or widths were saved, they are left alone.
class ColumnFitter final : public QObject
{
    Q_OBJECT
public:
    explicit ColumnFitter(QTableView *table);

    // Restores saved widths and order; when there were none, the columns follow the list's width.
    void restoreState(const QByteArray &state);
    QByteArray saveState() const;
    // "Fit columns to the list": back to following the list's width.
    void fitAgain();
    // Headers of another length (a language change): fits again while following the width.
    void refit();
    // Shows or hides a column without taking it for the user sizing one.
    void setColumnShown(int column, bool shown);
    bool isAutoFit() const { return m_autoFit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    QTableView *m_table;
    bool m_autoFit = false;
    bool m_fitting = false;
};
