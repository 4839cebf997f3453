#include "offertypemarginmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

OfferTypeMarginModel::OfferTypeMarginModel(QObject *parent) : QAbstractTableModel(parent) {}

QString OfferTypeMarginModel::ruleDisplayName(cc::MarginRule rule)
{
    switch (rule) {
    case cc::MarginRule::Markup: return tr("Markup");
    case cc::MarginRule::Margin: return tr("Margin");
    case cc::MarginRule::SplitMargin: return tr("Split margin");
    case cc::MarginRule::ErpMinusDiscount: return tr("ERP minus discount");
    }
    return {};
}

QString OfferTypeMarginModel::pathFor(cc::OfferType type, int column)
{
    const QString base = u"offertypemargins[" + cc::offerTypeName(type).toLower() + u']';
    switch (column) {
    case Percent: return base + QStringLiteral(".value");
    case Rule: return base + QStringLiteral(".marginrule.name");
    default: return base;
    }
}

void OfferTypeMarginModel::setAvailableTypes(const QList<cc::OfferType> &types)
{
    beginResetModel();
    m_available = types;
    // Rows for types the new instance does not sell make no sense any more.
    m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(), [&](const cc::OfferTypeMargin &m) { return !types.contains(m.offerType); }),
                 m_rows.end());
    m_errors.clear();
    endResetModel();
}

QList<cc::OfferType> OfferTypeMarginModel::unusedTypes() const
{
    QList<cc::OfferType> out;
    for (cc::OfferType t : m_available) {
        bool used = false;
        for (const auto &m : m_rows)
            used = used || m.offerType == t;
        if (!used)
            out << t;
    }
    return out;
}

bool OfferTypeMarginModel::addRow()
{
    const auto unused = unusedTypes();
    if (unused.isEmpty())
        return false;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append({unused.first(), {0, cc::MarginRule::Markup}});
    endInsertRows();
    Q_EMIT edited();
    return true;
}

void OfferTypeMarginModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

void OfferTypeMarginModel::setMargins(const QList<cc::OfferTypeMargin> &margins)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &m : margins)
        if (m_available.contains(m.offerType))
            m_rows << m;
    endResetModel();
}

void OfferTypeMarginModel::setErrors(const QHash<QString, QString> &errors)
{
    m_errors = errors;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString OfferTypeMarginModel::errorAt(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const cc::OfferType t = m_rows.at(row).offerType;
    QString e = m_errors.value(pathFor(t, column));
    if (e.isEmpty() && column == Percent)
        e = m_errors.value(pathFor(t, Type) + QStringLiteral(".value"));
    if (e.isEmpty() && column == Type)
        e = m_errors.value(pathFor(t, Type));
    return e;
}

int OfferTypeMarginModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OfferTypeMarginModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfferTypeMarginModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cc::OfferTypeMargin &m = m_rows.at(index.row());
    const QString error = errorAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Type: return cc::offerTypeName(m.offerType);
        case Percent: return QString(QLocale().toString(m.margin.value, 'f', 2) + QStringLiteral(" %"));
        case Rule: return ruleDisplayName(m.margin.rule);
        case Example: {
            const auto price = cc::applyMargin(m.margin.rule, m.margin.value, SamplePrice);
            return price ? tr("%1 → %2").arg(QLocale().toString(SamplePrice, 'f', 2), QLocale().toString(*price, 'f', 2))
                         : tr("not defined");
        }
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Type: return int(m.offerType);
        case Percent: return m.margin.value;
        case Rule: return int(m.margin.rule);
        }
        break;
    case OfferTypeRole: return int(m.offerType);
    case RuleRole: return int(m.margin.rule);
    case ErrorRole: return error;
    case Qt::ToolTipRole:
        if (!error.isEmpty())
            return error;
        break;
    case Qt::AccessibleDescriptionRole:
        return error;
    case Qt::ForegroundRole:
        if (!error.isEmpty())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Percent || index.column() == Example)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

bool OfferTypeMarginModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    cc::OfferTypeMargin &m = m_rows[index.row()];
    switch (index.column()) {
    case Type: {
        const auto t = cc::OfferType(value.toInt());
        if (t != m.offerType && !unusedTypes().contains(t))
            return false; // each offer type at most once
        m.offerType = t;
        break;
    }
    case Percent: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok)
            return false;
        m.margin.value = v;
        break;
    }
    case Rule: m.margin.rule = cc::MarginRule(value.toInt()); break;
    default: return false;
    }
    // The row's errors are about the old value.
    for (int c = 0; c < ColumnCount; ++c)
        m_errors.remove(pathFor(m.offerType, c));
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags OfferTypeMarginModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != Example)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant OfferTypeMarginModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Type: return tr("Offer type");
    case Percent: return tr("Percentage");
    case Rule: return tr("Rule");
    case Example: return tr("Example price");
    }
    return {};
}
