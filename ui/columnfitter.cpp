#include "columnfitter.h"

#include <customerlistmodel.h>

#include <QAbstractProxyModel>
#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

ColumnFitter::ColumnFitter(QTableView *table)
    : QObject(table)
    , m_table(table)
{
    // The widths on a wide screen, until fitted or restored.
    m_table->setColumnWidth(CustomerListModel::Company, 280);
    m_table->setColumnWidth(CustomerListModel::Domain, 240);
    m_table->setColumnWidth(CustomerListModel::InternalId, 110);
    m_table->setColumnWidth(CustomerListModel::Reseller, 90);
    m_table->setColumnWidth(CustomerListModel::ProviderInstances, 80);
    m_table->setColumnWidth(CustomerListModel::Deleted, 70);
    m_table->setColumnWidth(CustomerListModel::Country, 70);
    m_table->viewport()->installEventFilter(this);
    QHeaderView *header = m_table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        // The last column stretches with the list by itself; any other resize not made by fit()
        // is the user's.
        const QHeaderView *h = m_table->horizontalHeader();
        int last = h->count() - 1; // the last column shown is the one that stretches
        while (last > 0 && h->isSectionHidden(h->logicalIndex(last)))
            --last;
        if (!m_fitting && logical != h->logicalIndex(last))
            m_autoFit = false;
    });
    connect(header, &QHeaderView::sectionMoved, this, [this] { m_autoFit = false; });
}

void ColumnFitter::restoreState(const QByteArray &state)
{
    m_autoFit = !m_table->horizontalHeader()->restoreState(state);
}

QByteArray ColumnFitter::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

void ColumnFitter::fitAgain()
{
    m_autoFit = true;
    fit();
}

void ColumnFitter::refit()
{
    if (m_autoFit && m_table->isVisible())
        fit();
}

void ColumnFitter::setColumnShown(int column, bool shown)
{
    if (m_table->isColumnHidden(column) == !shown)
        return;
    {
        const QScopedValueRollback guard(m_fitting, true); // not the user sizing a column
        m_table->setColumnHidden(column, !shown);
    }
    refit();
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_table->viewport() && m_autoFit)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit()
{
    QHeaderView *h = m_table->horizontalHeader();
    const QFontMetrics fm = m_table->fontMetrics();
    // A cell's text is drawn inside the style's focus-frame margin plus a pixel on either side; a
    // few pixels more keep it off the grid line.
    const int margin = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 4;
    const auto widthFor = [&](int column, std::initializer_list<QString> samples) {
        int w = h->sectionSizeHint(column);
        for (const QString &sample : samples)
            w = std::max(w, fm.horizontalAdvance(sample) + margin);
        return w;
    };
    const int internalId = widthFor(CustomerListModel::InternalId, {QStringLiteral("0000000000")});
    int reseller = widthFor(CustomerListModel::Reseller, {QStringLiteral("00000000"), CustomerListModel::directLabel()});
    // The resellers' names, once known: the longest, but never more than a fifth of the list (a
    // long name is elided; its tooltip has the ID).
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_table->model());
    const auto *customers = qobject_cast<const CustomerListModel *>(proxy ? proxy->sourceModel() : m_table->model());
    if (const ResellerDirectory *directory = customers ? customers->resellerDirectory() : nullptr) {
        int widest = 0;
        for (const QUuid &id : directory->ids())
            widest = std::max(widest, fm.horizontalAdvance(directory->name(id)) + margin);
        reseller = std::max(reseller, std::min(widest, m_table->viewport()->width() / 5));
    }
    const int instances = widthFor(CustomerListModel::ProviderInstances, {QStringLiteral("000")});
    // A list of customers almost always scrolls: keep room for the vertical scroll bar, so that the
    // columns do not move when it appears.
    int space = m_table->viewport()->width();
    if (!m_table->verticalScrollBar()->isVisible())
        space -= m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table->verticalScrollBar());
    const auto shown = [this](int column) { return !m_table->isColumnHidden(column); };
    const int rest = space - (shown(CustomerListModel::InternalId) ? internalId : 0) -
                     (shown(CustomerListModel::Reseller) ? reseller : 0) -
                     (shown(CustomerListModel::ProviderInstances) ? instances : 0);
    // 280 : 240, the widths on a wide screen; either takes all when the other is hidden.
    int company = std::max(160, rest * 7 / 13);
    int domain = std::max(140, rest - company);
    if (!shown(CustomerListModel::Domain))
        company = std::max(160, rest);
    if (!shown(CustomerListModel::Company))
        domain = std::max(140, rest);
    const QScopedValueRollback guard(m_fitting, true);
    m_table->setColumnWidth(CustomerListModel::Company, company);
    m_table->setColumnWidth(CustomerListModel::Domain, domain);
    m_table->setColumnWidth(CustomerListModel::InternalId, internalId);
    m_table->setColumnWidth(CustomerListModel::Reseller, reseller);
    m_table->setColumnWidth(CustomerListModel::ProviderInstances, instances);
    // The columns further right (scrolled to, or shown from the header's menu) keep their width,
    // but never narrower than their title in this language.
    for (int column : {CustomerListModel::Deleted, CustomerListModel::Country, CustomerListModel::City, CustomerListModel::Email,
                       CustomerListModel::Created})
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column), h->sectionSizeHint(column)));
}
