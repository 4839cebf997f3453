#pragma once

#include "fielderrorrole.h"

#include <core/domain/types.h>

#include <QAbstractTableModel>
#include <QHash>

// The editable "margins per offer type" table: one row per offer type (each at most once, from
// the provider instance's offer types), its percentage and rule, and a live example of what the
// rule makes of a sample price. No rows means "use the instance margin for every offer type".
// Field errors (client or server) attach to a cell through the row's normalised path, e.g.
// "offertypemargins[license].value" -> (row of License, Percent).
class OfferTypeMarginModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Type,
        Percent,
        Rule,
        Example,
        ColumnCount
    };
    enum Role
    {
        ErrorRole = FieldErrorRole,
        OfferTypeRole = Qt::UserRole + 1,
        RuleRole
    };
    static constexpr double SamplePrice = 100.0;

    explicit OfferTypeMarginModel(QObject *parent = nullptr);

    void setAvailableTypes(const QList<cc::OfferType> &types);
    QList<cc::OfferType> availableTypes() const { return m_available; }
    QList<cc::OfferType> unusedTypes() const;
    bool addRow(); // adds the first unused offer type; false when none is left
    void removeRow(int row);
    QList<cc::OfferTypeMargin> margins() const { return m_rows; }
    void setMargins(const QList<cc::OfferTypeMargin> &margins);

    // Errors keyed by normalised path: "offertypemargins[license].value" lands on the row's
    // percentage, "...marginrule(.name)" on its rule, "offertypemargins[license]" on its type; an
    // entry may also be named by its position in the body sent ("offertypemargins[2].value").
    void setErrors(const QHash<QString, QString> &errors);
    QString errorAt(int row, int column) const;
    QModelIndex indexForPath(const QString &path) const; // invalid: no such row
    static QString pathFor(cc::OfferType type, int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // EditRole edits a cell (the row's errors go: they were about the old value); ErrorRole sets
    // or clears the cell's error and is not an edit.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString ruleDisplayName(cc::MarginRule rule);
    static QString offerTypeDisplayName(cc::OfferType type);
    // "100.00 → 110.00" in the UI locale, or "not defined" where the rule has no result.
    static QString example(cc::MarginRule rule, double percent);

Q_SIGNALS:
    void edited(); // the user changed the table (not errors)

private:
    QList<cc::OfferType> m_available;
    QList<cc::OfferTypeMargin> m_rows;
    QHash<QString, QString> m_errors;
};
