#include "offertypemarginmodel.h"

#include <QLocale>

#include <algorithm>

OfferTypeMarginModel::OfferTypeMarginModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString OfferTypeMarginModel::ruleDisplayName(cc::MarginRule rule)
{
    return cc::marginRuleDisplayName(rule);
}

QString OfferTypeMarginModel::offerTypeDisplayName(cc::OfferType type)
{
    return cc::offerTypeDisplayName(type);
}

QString OfferTypeMarginModel::example(cc::MarginRule rule, double percent)
{
    const auto price = cc::applyMargin(rule, percent, SamplePrice);
    return price ? tr("%1 → %2").arg(QLocale().toString(SamplePrice, 'f', 2), QLocale().toString(*price, 'f', 2))
                 : tr("not defined");
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

QModelIndex OfferTypeMarginModel::indexForPath(const QString &path) const
{
    static const QString prefix = QStringLiteral("offertypemargins[");
    if (!path.startsWith(prefix))
        return {};
    const qsizetype close = path.indexOf(u']', prefix.size());
    if (close < 0)
        return {};
    const QStringView key = QStringView(path).mid(prefix.size(), close - prefix.size());
    std::optional<cc::OfferType> type = cc::offerTypeFromName(key);
    bool isIndex = false;
    const int entry = key.toInt(&isIndex);
    if (!type && isIndex && entry >= 0 && entry < m_rows.size()) {
        // A server may name a dictionary entry by its position in the body: "offerTypeMargins[2]"
        // is the third entry as sent, and the body's keys go out sorted by name (QJsonObject).
        QList<cc::OfferType> sent;
        for (const auto &m : m_rows)
            sent << m.offerType;
        std::sort(sent.begin(), sent.end(),
                  [](cc::OfferType a, cc::OfferType b) { return cc::offerTypeName(a) < cc::offerTypeName(b); });
        type = sent.at(entry);
    }
    if (!type)
        return {};
    const QStringView rest = QStringView(path).mid(close + 1);
    int column = Type;
    // ".margin": the entry's margin as a whole, as some servers name the dictionary's value.
    if (rest == u".value" || rest == u".margin" || rest == u".margin.value")
        column = Percent;
    else if (rest.startsWith(u".marginrule"))
        column = Rule;
    else if (!rest.isEmpty())
        return {};
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).offerType == *type)
            return index(row, column);
    return {};
}

void OfferTypeMarginModel::setAvailableTypes(const QList<cc::OfferType> &types)
{
    beginResetModel();
    m_available = types;
    // Rows for types the new instance does not sell make no sense any more.
    m_rows.erase(
        std::remove_if(m_rows.begin(), m_rows.end(), [&](const cc::OfferTypeMargin &m) { return !types.contains(m.offerType); }),
        m_rows.end());
    m_errors.clear();
    endResetModel();
}

QList<cc::OfferType> OfferTypeMarginModel::unusedTypes() const
{
    QList<cc::OfferType> out;
    for (cc::OfferType t : m_available)
        if (std::none_of(m_rows.cbegin(), m_rows.cend(), [t](const cc::OfferTypeMargin &m) { return m.offerType == t; }))
            out << t;
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
    for (int c = 0; c < ColumnCount; ++c)
        m_errors.remove(pathFor(m_rows.at(row).offerType, c));
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
        if (m_available.contains(m.offerType) && std::none_of(m_rows.cbegin(), m_rows.cend(), [&](const cc::OfferTypeMargin &r) {
                return r.offerType == m.offerType;
            }))
            m_rows << m;
    m_errors.clear();
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
    if (e.isEmpty() && column == Rule)
        e = m_errors.value(pathFor(t, Type) + QStringLiteral(".marginrule"));
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
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Type: return offerTypeDisplayName(m.offerType);
        case Percent: return QString(QLocale().toString(m.margin.value, 'f', 2) + QStringLiteral(" %"));
        case Rule: return ruleDisplayName(m.margin.rule);
        case Example: return example(m.margin.rule, m.margin.value);
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
    case ErrorRole: return errorAt(index.row(), index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const QString error = errorAt(index.row(), index.column());
        if (!error.isEmpty())
            return error;
        if (index.column() == Example)
            return tr("What this rule makes of a price of %1").arg(QLocale().toString(SamplePrice, 'f', 2));
        break;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Percent || index.column() == Example)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

bool OfferTypeMarginModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    cc::OfferTypeMargin &m = m_rows[index.row()];
    if (role == ErrorRole) {
        const QString path = pathFor(m.offerType, index.column());
        if (value.toString().isEmpty())
            m_errors.remove(path);
        else
            m_errors.insert(path, value.toString());
        Q_EMIT dataChanged(index, index, {ErrorRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const cc::OfferType before = m.offerType;
    switch (index.column()) {
    case Type: {
        const auto t = cc::OfferType(value.toInt());
        if (t != m.offerType && (!m_available.contains(t) || !unusedTypes().contains(t)))
            return false; // each offer type at most once, and only those the instance sells
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
    case Rule: {
        const int r = value.toInt();
        if (r < 0 || r > int(cc::MarginRule::ErpMinusDiscount))
            return false;
        m.margin.rule = cc::MarginRule(r);
        break;
    }
    default: return false;
    }
    // The row's errors are about the old value.
    for (int c = 0; c < ColumnCount; ++c) {
        m_errors.remove(pathFor(before, c));
        m_errors.remove(pathFor(m.offerType, c));
    }
    m_errors.remove(pathFor(before, Type) + QStringLiteral(".marginrule"));
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
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole)
        return section == Example ? tr("What each rule makes of a price of %1").arg(QLocale().toString(SamplePrice, 'f', 2))
                                  : QVariant();
    switch (section) {
    case Type: return tr("Offer type");
    case Percent: return tr("Percentage");
    case Rule: return tr("Rule");
    case Example: return tr("Example price");
    }
    return {};
}
