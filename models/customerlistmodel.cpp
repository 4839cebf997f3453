#include "customerlistmodel.h"

#include "mcalistmodel.h"
#include "resellerdirectory.h"

#include <core/i18n/translations.h>

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>

CustomerListModel::CustomerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString CustomerListModel::directLabel()
{
    return tr("Direct");
}

QString CustomerListModel::deletedLabel()
{
    return tr("Deleted");
}

void CustomerListModel::setClient(cc::CloudCockpitClient *client)
{
    cancel();
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (m_client)
        connect(m_client, &cc::CloudCockpitClient::getRetryScheduled, this, &CustomerListModel::onRetryScheduled);
}

void CustomerListModel::setMcaSource(McaListModel *mca)
{
    if (m_mca)
        disconnect(m_mca, nullptr, this, nullptr);
    m_mca = mca;
    if (!m_mca)
        return;
    // One change for the whole column: a page of agreements touches hundreds of customers, and a
    // view repaints only the rows it shows.
    connect(m_mca, &McaListModel::statusesChanged, this, [this] {
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, McaStatus), index(int(m_rows.size()) - 1, McaStatus), {Qt::DisplayRole, Qt::UserRole});
    });
}

void CustomerListModel::setResellerDirectory(ResellerDirectory *directory)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    auto namesChanged = [this] {
        // The names arrived (or changed): the column shows them in place.
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, Reseller), index(int(m_rows.size()) - 1, Reseller));
    };
    if (m_directory)
        connect(m_directory, &ResellerDirectory::changed, this, namesChanged);
    namesChanged();
}

void CustomerListModel::cancel()
{
    stop(m_loading ? Outcome::Cancelled : m_outcome);
}

void CustomerListModel::stop(Outcome outcome)
{
    abandonCalls();
    m_outcome = outcome;
    setLoading(false);
}

void CustomerListModel::abandonCalls()
{
    ++m_generation;
    if (m_pages)
        m_pages->cancel();
    m_correlationIds.clear();
    m_retrying = false;
}

void CustomerListModel::clear()
{
    stop(Outcome::Complete);
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_search.clear();
    m_total = 0;
    m_duplicates = 0;
    m_showsEarlier = false;
    m_completeAt = {};
    endResetModel();
}

void CustomerListModel::load(const cc::CustomerQuery &query)
{
    if (!m_client) {
        clear();
        m_query = query;
        return;
    }
    // The rows shown stay until the first page replaces them: a reload that fails or is
    // cancelled before then leaves the list as it was (marked as not current).
    // (Loading goes on without a pause: the window reads a pause as a load that ended.)
    abandonCalls();
    m_query = query;
    if (!m_pages) {
        // The pages stream in a few at a time and are appended in order; the fetcher trusts no
        // count the server gives (see cc::OrderedPages).
        auto fetch = [this](int page, QObject *context, cc::Callback<cc::CustomerSummaryPage> callback) {
            cc::CustomerQuery q = m_query;
            q.pageNumber = page;
            q.pageSize = m_pageSize;
            if (!m_client)
                return cc::CallHandle();
            // Our own correlation id, to tell this load's retries from other calls'.
            cc::RequestOptions options;
            options.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_correlationIds.insert(options.correlationId);
            return m_client->listCustomerSummaries(
                q, context,
                [this, id = options.correlationId, callback = std::move(callback)](const cc::Result<cc::CustomerSummaryPage> &r) {
                    m_correlationIds.remove(id);
                    m_retrying = false;
                    callback(r);
                },
                options, /*withSearchText=*/true);
        };
        cc::OrderedPages<cc::CustomerSummaryPage>::Handlers handlers;
        handlers.page = [this](cc::CustomerSummaryPage &&page) { appendPage(std::move(page)); };
        handlers.failed = [this](const cc::ApiError &error) {
            stop(Outcome::Failed);
            Q_EMIT loadFailed(error);
        };
        handlers.done = [this](const cc::PagingSummary &summary) {
            m_duplicates = summary.duplicates;
            m_outcome = Outcome::Complete;
            m_completeAt = QDateTime::currentDateTime();
            m_correlationIds.clear();
            setLoading(false);
            Q_EMIT loaded();
        };
        m_pages = std::make_unique<cc::OrderedPages<cc::CustomerSummaryPage>>(std::move(fetch), std::move(handlers));
    }
    m_showsEarlier = !m_rows.empty();
    m_outcome = Outcome::Loading;
    setLoading(true);
    m_pages->start(m_pageSize, /*allPages=*/true, m_concurrency);
}

void CustomerListModel::onRetryScheduled(const QString &correlationId, int delayMs)
{
    if (!m_loading || !m_correlationIds.contains(correlationId))
        return;
    m_retrying = true;
    m_retryAt = QDeadlineTimer(delayMs);
    Q_EMIT retryScheduled(delayMs);
}

void CustomerListModel::appendPage(cc::CustomerSummaryPage &&page)
{
    // A view or slot may cancel or reload from inside our signals: then this load is over.
    const int generation = m_generation;
    if (m_pages->summary().pages == 1) {
        if (!m_rows.empty()) {
            // The first page of the new load replaces the rows of the last one.
            beginResetModel();
            m_rows.clear();
            m_rows.shrink_to_fit();
            m_search.clear();
            endResetModel();
            if (generation != m_generation)
                return;
        }
        m_showsEarlier = false;
        m_completeAt = {}; // until this load is complete, the rows are not a whole list
        m_duplicates = 0;
        m_total = m_pages->summary().totalCount;
        // The count comes from the server: a hint for the allocation, never a promise.
        const int expected = std::clamp(m_total, 0, 250000);
        m_rows.reserve(size_t(expected));
        m_search.reserveRows(expected);
    }
    if (!page.items.isEmpty()) {
        // Shared with the result: copying a row only takes a reference to its text, and the page's
        // search texts become one block of the index as they are.
        if (page.searchEnds.size() != page.items.size())
            page.makeSearchTexts();
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.items.size()) - 1);
        m_rows.insert(m_rows.end(), page.items.cbegin(), page.items.cend());
        m_search.appendBlock(page.searchTexts, page.searchEnds);
        endInsertRows();
        if (generation != m_generation)
            return;
    }
    Q_EMIT progress(int(m_rows.size()), m_total);
}

void CustomerListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

int CustomerListModel::rowOf(const QUuid &id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

QUuid CustomerListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : QUuid();
}

QList<QUuid> CustomerListModel::resellerIds() const
{
    QSet<QUuid> set;
    for (const Row &r : m_rows)
        if (!r.resellerId.isNull())
            set.insert(r.resellerId);
    QList<QUuid> out(set.cbegin(), set.cend());
    std::sort(out.begin(), out.end(), [](const QUuid &a, const QUuid &b) { return a.toString() < b.toString(); });
    return out;
}

void CustomerListModel::updateCustomer(const cc::Customer &customer)
{
    const int row = rowOf(customer.id);
    if (row < 0)
        return;
    m_rows[size_t(row)] = cc::CustomerSummary::fromCustomer(customer);
    m_search.replace(row, cc::CustomerSummary::searchTextOf(m_rows[size_t(row)].text));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CustomerListModel::updateInternalIdentifier(const QUuid &id, const QString &value)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    using F = cc::CustomerSummary::Field;
    const cc::CustomerSummary old = m_rows[size_t(row)];
    cc::CustomerSummary &r = m_rows[size_t(row)];
    r.text.clear();
    const QByteArray utf8 = value.toUtf8();
    for (int f = 0; f < F::FieldCount; ++f)
        r.setField(F(f), f == F::InternalIdentifier ? QByteArrayView(utf8) : old.utf8(F(f)));
    m_search.replace(row, cc::CustomerSummary::searchTextOf(r.text));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    using F = cc::CustomerSummary::Field;
    switch (role) {
    case IdRole: return r.id;
    case HaystackRole: return QString::fromUtf8(m_search.text(index.row()));
    case ResellerIdRole: return r.resellerId;
    case DeletedRole: return r.isDeleted;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Company: return r.field(F::CompanyName);
        case Domain: return r.field(F::Domain);
        case InternalId: return r.field(F::InternalIdentifier);
        case Reseller:
            return r.resellerId.isNull() ? directLabel()
                   : m_directory         ? m_directory->displayName(r.resellerId)
                                         : ResellerDirectory::shortId(r.resellerId);
        case ProviderInstances: return QLocale().toString(r.providerCount);
        case Deleted: return r.isDeleted ? deletedLabel() : QString();
        case Country: return r.field(F::Country);
        case City: return r.field(F::City);
        case Email: return r.field(F::Email);
        case Created:
            return r.createdSecs ? cc::i18n::formatDate(QDateTime::fromSecsSinceEpoch(r.createdSecs).toLocalTime().date())
                                 : QString();
        case McaStatus:
            if (m_mca)
                if (const auto status = m_mca->statusOf(r.id))
                    return McaListModel::statusName(*status);
            return QString();
        }
        break;
    case Qt::AccessibleDescriptionRole:
        // A screen reader moving along a row says which column it is in and whose row it is:
        // the cell's own text alone ("1", "Direct") means nothing out of sight of the headers.
        if (index.column() == Company)
            return headerData(Company, Qt::Horizontal, Qt::DisplayRole);
        return tr("%1, %2", "a cell's column header, the row's company")
            .arg(headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString(), r.field(F::CompanyName));
    case Qt::ToolTipRole:
        if (index.column() == Reseller && !r.resellerId.isNull())
            return r.resellerId.toString(QUuid::WithoutBraces);
        if (index.column() == McaStatus && m_mca) {
            // A customer in two Microsoft instances: the column shows the most urgent, the tip each.
            QStringList lines;
            for (const cc::McaItem &item : m_mca->itemsOf(r.id))
                lines << tr("%1: %2", "provider instance: MCA status")
                             .arg(item.providerInstanceName, McaListModel::statusName(item.status));
            if (!lines.isEmpty())
                return lines.join(u'\n');
        }
        if (r.isDeleted)
            return tr("This customer is deleted.");
        break;
    case Qt::UserRole:
        // Sort keys: numbers and dates sort as such.
        if (index.column() == ProviderInstances)
            return r.providerCount;
        if (index.column() == Created)
            return r.createdSecs;
        if (index.column() == Deleted)
            return r.isDeleted;
        if (index.column() == McaStatus) {
            // The most urgent first; customers without a Microsoft agreement last.
            const auto status = m_mca ? m_mca->statusOf(r.id) : std::nullopt;
            return status ? McaListModel::urgency(*status) : 99;
        }
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == ProviderInstances)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        // Greyed as disabled text is: the palette's role, so it reads in a dark palette too.
        if (r.isDeleted && qGuiApp)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Company: return tr("Company");
    case Domain: return tr("Domain");
    case InternalId: return tr("Internal ID");
    case Reseller: return tr("Reseller");
    case ProviderInstances: return tr("Instances");
    case Deleted: return tr("Status");
    case Country: return tr("Country");
    case City: return tr("City");
    case Email: return tr("Email");
    case Created: return tr("Created");
    case McaStatus: return tr("MCA status");
    }
    return {};
}
