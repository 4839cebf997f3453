#include "mcalistmodel.h"

#include <core/i18n/translations.h>

#include <QLocale>

#include <algorithm>

McaListModel::Group McaListModel::groupOf(cc::McaStatus status)
{
    switch (status) {
    case cc::McaStatus::Required: return Group::Required;
    case cc::McaStatus::LinkGenerated: return Group::Pending;
    case cc::McaStatus::LinkExpired: return Group::ExpiredLinks;
    case cc::McaStatus::CustomerAccepted: return Group::ReadyToCreate;
    case cc::McaStatus::AgreementCreated: return Group::Compliant;
    }
    return Group::Required;
}

QString McaListModel::groupName(Group group)
{
    switch (group) {
    case Group::Required: return tr("Required");
    case Group::Pending: return tr("Pending");
    case Group::ExpiredLinks: return tr("Expired links");
    case Group::ReadyToCreate: return tr("Ready to create");
    case Group::Compliant: return tr("Compliant");
    }
    return {};
}

QString McaListModel::groupDescription(Group group)
{
    switch (group) {
    case Group::Required: return tr("No acceptance link has been generated for the customer yet.");
    case Group::Pending: return tr("The customer has an acceptance link and has not accepted yet.");
    case Group::ExpiredLinks: return tr("The customer's acceptance link expired before they accepted.");
    case Group::ReadyToCreate: return tr("The customer accepted: the agreement can be recorded.");
    case Group::Compliant: return tr("The agreement is in place.");
    }
    return {};
}

QString McaListModel::statusName(cc::McaStatus status)
{
    // The names ccadmin prints too: one term per status in the whole product.
    return cc::mcaStatusDisplayName(status);
}

int McaListModel::urgency(cc::McaStatus status)
{
    // The order a staffer works through them: nothing done yet, a link to send again, an
    // agreement to record, a customer to chase, done.
    switch (status) {
    case cc::McaStatus::Required: return 0;
    case cc::McaStatus::LinkExpired: return 1;
    case cc::McaStatus::CustomerAccepted: return 2;
    case cc::McaStatus::LinkGenerated: return 3;
    case cc::McaStatus::AgreementCreated: return 4;
    }
    return 5;
}

McaListModel::McaListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

McaListModel::~McaListModel() = default;

QUuid McaListModel::keyOf(const QUuid &customerId, const QUuid &instanceId)
{
    return QUuid::createUuidV5(customerId, instanceId.toRfc4122());
}

void McaListModel::setClient(cc::CloudCockpitClient *client)
{
    cancel();
    m_client = client;
}

void McaListModel::cancel()
{
    ++m_generation;
    if (m_pages)
        m_pages->cancel();
    setLoading(false);
}

void McaListModel::clear()
{
    cancel();
    // Refreshes of the last session's rows end silently.
    m_queue.clear();
    m_batches.clear();
    m_batchLeft.clear();
    m_running = 0;
    m_customerBusy.clear();
    m_customerErrors.clear();
    beginResetModel();
    m_rows.clear();
    m_rowOfKey.clear();
    m_rowsOfCustomer.clear();
    m_counts = {};
    m_total = 0;
    m_loaded = false;
    endResetModel();
    Q_EMIT countsChanged();
    Q_EMIT statusesChanged();
}

void McaListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void McaListModel::load()
{
    if (!m_client)
        return;
    cancel();
    if (!m_pages) {
        auto fetch = [this](int page, QObject *context, cc::Callback<cc::McaPage> callback) -> cc::CallHandle {
            if (!m_client)
                return {};
            // Every agreement, compliant ones too: the counts and the list's column need them all.
            cc::McaQuery q;
            q.pageNumber = page;
            q.pageSize = m_pageSize;
            return m_client->listMcas(q, context, std::move(callback));
        };
        cc::OrderedPages<cc::McaPage>::Handlers handlers;
        handlers.page = [this](cc::McaPage &&page) { appendPage(std::move(page)); };
        handlers.failed = [this](const cc::ApiError &error) {
            setLoading(false);
            Q_EMIT loadFailed(error);
        };
        handlers.done = [this](const cc::PagingSummary &) {
            m_loaded = true;
            setLoading(false);
            Q_EMIT loaded();
        };
        m_pages = std::make_unique<cc::OrderedPages<cc::McaPage>>(std::move(fetch), std::move(handlers));
    }
    m_replaceOnFirstPage = true;
    setLoading(true);
    // Pages of a listing of agreements are small (no addresses); four at a time as ccadmin does.
    m_pages->start(m_pageSize, /*allPages=*/true, /*concurrency=*/3);
}

void McaListModel::appendPage(cc::McaPage &&page)
{
    const int generation = m_generation;
    if (m_replaceOnFirstPage) {
        m_replaceOnFirstPage = false;
        // The rows of a customer read on its own since (the details) are as new as the listing's:
        // the listing replaces everything, one reset.
        beginResetModel();
        m_rows.clear();
        m_rowOfKey.clear();
        m_rowsOfCustomer.clear();
        m_counts = {};
        m_total = m_pages->summary().totalCount;
        m_rows.reserve(size_t(std::clamp(m_total, 0, 250000)));
        endResetModel();
        if (generation != m_generation)
            return;
    }
    QList<cc::McaItem> fresh;
    fresh.reserve(page.items.size());
    for (cc::McaItem &item : page.items) {
        if (m_rowOfKey.contains(keyOf(item.customerId, item.providerInstanceId)))
            continue; // read on its own while the listing ran: that answer is the newer one
        fresh.append(std::move(item));
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (cc::McaItem &item : fresh) {
            const int row = int(m_rows.size());
            m_rowOfKey.insert(keyOf(item.customerId, item.providerInstanceId), row);
            m_rowsOfCustomer.insert(item.customerId, row);
            ++m_counts[size_t(groupOf(item.status))];
            m_rows.push_back(Row{std::move(item), OutcomeState::None, {}, {}});
        }
        endInsertRows();
        if (generation != m_generation)
            return;
        Q_EMIT countsChanged();
        Q_EMIT statusesChanged();
        if (generation != m_generation)
            return;
        QSet<QUuid> customers;
        for (size_t i = size_t(first); i < m_rows.size(); ++i)
            customers.insert(m_rows[i].item.customerId);
        for (const QUuid &c : std::as_const(customers)) {
            Q_EMIT customerChanged(c);
            if (generation != m_generation)
                return;
        }
    }
    Q_EMIT progress(int(m_rows.size()), m_total);
}

int McaListModel::rowOf(const QUuid &customerId, const QUuid &instanceId) const
{
    return m_rowOfKey.value(keyOf(customerId, instanceId), -1);
}

QList<cc::McaItem> McaListModel::itemsOf(const QUuid &customerId) const
{
    QList<cc::McaItem> out;
    for (auto it = m_rowsOfCustomer.constFind(customerId); it != m_rowsOfCustomer.cend() && it.key() == customerId; ++it)
        out.append(m_rows[size_t(it.value())].item);
    std::sort(out.begin(), out.end(), [](const cc::McaItem &a, const cc::McaItem &b) {
        const int ua = urgency(a.status);
        const int ub = urgency(b.status);
        return ua != ub ? ua < ub : a.providerInstanceName < b.providerInstanceName;
    });
    return out;
}

std::optional<cc::McaStatus> McaListModel::statusOf(const QUuid &customerId) const
{
    std::optional<cc::McaStatus> best;
    for (auto it = m_rowsOfCustomer.constFind(customerId); it != m_rowsOfCustomer.cend() && it.key() == customerId; ++it) {
        const cc::McaStatus s = m_rows[size_t(it.value())].item.status;
        if (!best || urgency(s) < urgency(*best))
            best = s;
    }
    return best;
}

bool McaListModel::isCustomerBusy(const QUuid &customerId) const
{
    return m_customerBusy.value(customerId) > 0;
}

void McaListModel::upsert(const cc::McaItem &item)
{
    const QUuid key = keyOf(item.customerId, item.providerInstanceId);
    const int row = m_rowOfKey.value(key, -1);
    if (row >= 0) {
        Row &r = m_rows[size_t(row)];
        --m_counts[size_t(groupOf(r.item.status))];
        r.item = item;
        ++m_counts[size_t(groupOf(r.item.status))];
        emitRow(row);
    } else {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rowOfKey.insert(key, at);
        m_rowsOfCustomer.insert(item.customerId, at);
        ++m_counts[size_t(groupOf(item.status))];
        m_rows.push_back(Row{item, OutcomeState::None, {}, {}});
        endInsertRows();
    }
    Q_EMIT countsChanged();
    Q_EMIT statusesChanged();
}

void McaListModel::emitRow(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void McaListModel::setOutcome(int row, OutcomeState state, const QString &text, const QString &correlationId)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    Row &r = m_rows[size_t(row)];
    r.outcome = state;
    r.outcomeText = text;
    r.correlationId = correlationId;
    Q_EMIT dataChanged(index(row, Outcome), index(row, Outcome));
}

void McaListModel::readCustomer(const QUuid &customerId, const QList<QUuid> &instanceIds)
{
    const int batch = m_nextBatch++;
    for (const QUuid &i : instanceIds)
        enqueue({customerId, i, /*post=*/false, batch});
    if (instanceIds.isEmpty())
        Q_EMIT customerChanged(customerId);
    pump();
}

void McaListModel::refreshRows(const QList<int> &rows)
{
    const int batch = m_nextBatch++;
    for (int row : rows) {
        if (row < 0 || row >= int(m_rows.size()))
            continue;
        const cc::McaItem &item = m_rows[size_t(row)].item;
        const OutcomeState now = m_rows[size_t(row)].outcome;
        if (now == OutcomeState::Queued || now == OutcomeState::Running)
            continue; // already on its way
        enqueue({item.customerId, item.providerInstanceId, /*post=*/true, batch});
        setOutcome(row, OutcomeState::Queued, tr("Waiting…"));
    }
    pump();
}

void McaListModel::refreshCustomer(const QUuid &customerId, const QList<QUuid> &instanceIds)
{
    const int batch = m_nextBatch++;
    for (const QUuid &i : instanceIds) {
        enqueue({customerId, i, /*post=*/true, batch});
        setOutcome(rowOf(customerId, i), OutcomeState::Queued, tr("Waiting…"));
    }
    pump();
}

void McaListModel::enqueue(const Job &job)
{
    m_queue.push_back(job);
    ++m_batchLeft[job.batch];
    m_batches.insert(job.batch, m_batches.value(job.batch));
    const bool wasIdle = m_customerBusy.value(job.customerId) == 0;
    ++m_customerBusy[job.customerId];
    m_customerErrors.remove(job.customerId);
    if (wasIdle)
        Q_EMIT customerChanged(job.customerId);
}

void McaListModel::pump()
{
    const int generation = m_generation;
    while (m_client && m_running < m_refreshConcurrency && !m_queue.empty()) {
        const Job job = m_queue.front();
        m_queue.pop_front();
        ++m_running;
        setOutcome(rowOf(job.customerId, job.instanceId), OutcomeState::Running, job.post ? tr("Refreshing…") : tr("Reading…"));
        // The stored status is read after the refresh (the contract: POST asks Microsoft, GET .../mca
        // reads what was stored). A refresh whose answer was lost is read back too: asking again
        // is the user's choice.
        auto read = [this, job]() {
            m_client->getMca(job.customerId, job.instanceId, this, [this, job](const cc::Result<cc::McaItem> &r) {
                if (!r.ok()) {
                    m_customerErrors.insert(job.customerId, r.error());
                    setOutcome(rowOf(job.customerId, job.instanceId), OutcomeState::Failed, r.error().message(),
                               r.error().correlationId);
                    finishJob(job, false);
                    return;
                }
                upsert(r.value());
                if (job.post)
                    setOutcome(rowOf(job.customerId, job.instanceId), OutcomeState::Refreshed, tr("Refreshed"),
                               r.correlationId());
                finishJob(job, true);
            });
        };
        if (!job.post) {
            read();
        } else {
            m_client->refreshMcaStatus(job.customerId, job.instanceId, this,
                                       [this, job, read](const cc::Result<cc::McaRefresh> &r) {
                                           if (!r.ok() && !r.error().outcomeUnknown) {
                                               m_customerErrors.insert(job.customerId, r.error());
                                               setOutcome(rowOf(job.customerId, job.instanceId), OutcomeState::Failed,
                                                          r.error().message(), r.error().correlationId);
                                               finishJob(job, false);
                                               return;
                                           }
                                           read();
                                       });
        }
        if (generation != m_generation)
            return;
    }
}

void McaListModel::finishJob(const Job &job, bool ok)
{
    --m_running;
    if (--m_customerBusy[job.customerId] <= 0)
        m_customerBusy.remove(job.customerId);
    auto &tally = m_batches[job.batch];
    (ok ? tally.first : tally.second) += 1;
    const bool batchDone = --m_batchLeft[job.batch] <= 0;
    if (!m_customerBusy.contains(job.customerId))
        Q_EMIT customerChanged(job.customerId);
    if (!ok && m_customerErrors.contains(job.customerId))
        Q_EMIT customerFailed(job.customerId, m_customerErrors.value(job.customerId));
    if (batchDone) {
        const auto result = m_batches.take(job.batch);
        m_batchLeft.remove(job.batch);
        if (job.post)
            Q_EMIT refreshFinished(result.first, result.second);
    }
    pump();
}

int McaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int McaListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant McaListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const cc::McaItem &item = r.item;
    switch (role) {
    case CustomerIdRole: return item.customerId;
    case InstanceIdRole: return item.providerInstanceId;
    case StatusRole: return int(item.status);
    case GroupRole: return int(groupOf(item.status));
    case OutcomeStateRole: return int(r.outcome);
    case SortRole:
        switch (index.column()) {
        case Status: return urgency(item.status);
        case When: {
            const QDateTime &at = item.status == cc::McaStatus::LinkGenerated || item.status == cc::McaStatus::LinkExpired
                                      ? item.linkExpiresAt
                                      : item.agreementDate;
            return at.isValid() ? at.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        }
        case Outcome: return int(r.outcome);
        default: return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Company: return item.companyName;
        case Instance:
            return item.providerInstanceName.isEmpty() ? item.providerInstanceId.toString(QUuid::WithoutBraces)
                                                       : item.providerInstanceName;
        case Status: return statusName(item.status);
        case Signatory: {
            QStringList name{item.firstName.trimmed(), item.lastName.trimmed()};
            name.removeAll(QString());
            return name.join(u' ');
        }
        case When:
            if (item.status == cc::McaStatus::LinkGenerated && item.linkExpiresAt.isValid())
                return tr("Link expires %1").arg(cc::i18n::formatDateTime(item.linkExpiresAt));
            if (item.status == cc::McaStatus::LinkExpired && item.linkExpiresAt.isValid())
                return tr("Link expired %1").arg(cc::i18n::formatDateTime(item.linkExpiresAt));
            if (item.agreementDate.isValid())
                return tr("Accepted %1").arg(cc::i18n::formatDateTime(item.agreementDate));
            return QString();
        case Outcome: return r.outcomeText;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Signatory && !item.email.isEmpty())
            return item.phone.isEmpty() ? item.email : tr("%1, %2", "signatory email, phone").arg(item.email, item.phone);
        if (index.column() == Status)
            return groupDescription(groupOf(item.status));
        if (index.column() == Outcome && !r.correlationId.isEmpty())
            return tr("Correlation ID: %1").arg(r.correlationId);
        break;
    }
    return {};
}

QVariant McaListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Company: return tr("Company");
    case Instance: return tr("Provider instance");
    case Status: return tr("Status");
    case Signatory: return tr("Signatory");
    case When: return tr("Date");
    case Outcome: return tr("Refresh");
    }
    return {};
}

void McaListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

McaFilterProxy::McaFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(McaListModel::SortRole);
}

void McaFilterProxy::setGroup(std::optional<McaListModel::Group> group)
{
    if (m_group == group)
        return;
    m_group = group;
    invalidateRowsFilter();
}

void McaFilterProxy::setText(const QString &text)
{
    QStringList terms = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateRowsFilter();
}

bool McaFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_group) {
        const QVariant g = m->index(sourceRow, 0, sourceParent).data(McaListModel::GroupRole);
        if (!g.isValid() || g.toInt() != int(*m_group))
            return false;
    }
    if (m_terms.isEmpty())
        return true;
    QString haystack;
    for (int c : {McaListModel::Company, McaListModel::Instance, McaListModel::Status, McaListModel::Signatory})
        haystack += m->index(sourceRow, c, sourceParent).data().toString().toCaseFolded() + u'\n';
    haystack += m->index(sourceRow, McaListModel::Signatory, sourceParent).data(Qt::ToolTipRole).toString().toCaseFolded();
    for (const QString &t : m_terms)
        if (!haystack.contains(t))
            return false;
    return true;
}
