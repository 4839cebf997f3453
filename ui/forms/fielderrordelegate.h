#pragma once

#include <QStyledItemDelegate>

// Paints a red frame on a table cell whose model data holds a message under FieldErrorRole.
class FieldErrorDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
