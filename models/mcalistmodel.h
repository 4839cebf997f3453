#pragma once

#include <core/api/cloudcockpitclient.h>
#include <core/api/orderedpages.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <array>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

// The Microsoft Customer Agreement (MCA) attestation status of the tenant's customers: one row per
// customer and Microsoft provider instance. Since 5 January 2026 it decides whether the partner
// may sell to the customer at all, so the window shows it in three places from this one model:
// the MCA view (counts per group, the rows of each), the customer list's optional column and the
// details pane. The listing streams in pages (cc::OrderedPages) like the customer list; a single
// customer's read (the details) or a refresh updates its rows in place.
class McaListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Company,
        Instance,
        Status,
        Signatory,
        When,
        Outcome,
        ColumnCount
    };
    enum Role
    {
        CustomerIdRole = Qt::UserRole + 1,
        InstanceIdRole,
        StatusRole,
        GroupRole,
        SortRole,
        OutcomeStateRole
    };

    // The groups CloudCockpit's portal shows as cards (the contract's description of GET
    // /v1/Customers/mca): Required = required, Pending = linkgenerated, Expired links =
    // linkexpired, Ready to create = customeraccepted; agreementcreated is compliant.
    enum class Group
    {
        Required,
        Pending,
        ExpiredLinks,
        ReadyToCreate,
        Compliant
    };
    static constexpr int GroupCount = 5;
    static Group groupOf(cc::McaStatus status);
    static QString groupName(Group group);           // "Expired links"
    static QString groupDescription(Group group);    // what the group means and what to do
    static QString statusName(cc::McaStatus status); // "Link generated"
    // The status that needs the most attention first (for a customer in two instances).
    static int urgency(cc::McaStatus status);

    // What a refresh of a row came to.
    enum class OutcomeState
    {
        None,
        Queued,
        Running,
        Refreshed,
        Failed
    };

    explicit McaListModel(QObject *parent = nullptr);
    ~McaListModel() override;

    void setClient(cc::CloudCockpitClient *client);
    // Reads every page of the listing; the rows shown stay until the first page replaces them.
    void load();
    void cancel();
    void clear();
    bool isLoading() const { return m_loading; }
    // A listing has been read completely since the last clear().
    bool isLoaded() const { return m_loaded; }
    // The rows are a listing's (complete, or streaming in), not only customers read one by one:
    // the counts mean the tenant's.
    bool hasListing() const { return m_loaded || (m_loading && !m_replaceOnFirstPage); }
    int totalCount() const { return m_total; }
    int count(Group group) const { return m_counts[size_t(group)]; }

    int rowOf(const QUuid &customerId, const QUuid &instanceId) const;
    const cc::McaItem &itemAt(int row) const { return m_rows[size_t(row)].item; }
    // The customer's rows, most urgent first.
    QList<cc::McaItem> itemsOf(const QUuid &customerId) const;
    // The most urgent status of the customer's rows; nullopt when it has none (yet).
    std::optional<cc::McaStatus> statusOf(const QUuid &customerId) const;

    // Reads the customer's agreement in each of the instances afresh (GET .../mca) and updates or
    // adds its rows; customerRead when all answered.
    void readCustomer(const QUuid &customerId, const QList<QUuid> &instanceIds);
    // Asks Microsoft for the status of these rows again (POST .../mca/status, then GET .../mca),
    // at most refreshConcurrency() at a time; each row shows its outcome.
    void refreshRows(const QList<int> &rows);
    // The same for a customer's instances (the details pane's Refresh).
    void refreshCustomer(const QUuid &customerId, const QList<QUuid> &instanceIds);
    bool isRefreshing() const { return m_running > 0 || !m_queue.empty(); }
    void setRefreshConcurrency(int n) { m_refreshConcurrency = std::max(1, n); }
    int refreshConcurrency() const { return m_refreshConcurrency; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    // The error of the customer's last read or refresh, when it failed.
    cc::ApiError customerError(const QUuid &customerId) const { return m_customerErrors.value(customerId); }
    bool isCustomerBusy(const QUuid &customerId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The language changed: headers and cells are words of the new one.
    void retranslate();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void progress(int loaded, int total);
    void loaded();
    void loadFailed(const cc::ApiError &error);
    void countsChanged();
    // Some statuses changed (a page, a read, a refresh): for views that show them per customer.
    void statusesChanged();
    // The customer's rows (or its error) changed: a read, a refresh, a page of the listing.
    void customerChanged(const QUuid &customerId);
    // A read or refresh of the customer failed (once per failure, for a banner).
    void customerFailed(const QUuid &customerId, const cc::ApiError &error);
    // A refresh of several rows ended: how many were refreshed and how many failed.
    void refreshFinished(int refreshed, int failed);

private:
    struct Row
    {
        cc::McaItem item;
        OutcomeState outcome = OutcomeState::None;
        QString outcomeText;
        QString correlationId;
    };
    struct Job
    {
        QUuid customerId;
        QUuid instanceId;
        bool post = true; // false: a read alone
        int batch = 0;
    };
    static QUuid keyOf(const QUuid &customerId, const QUuid &instanceId);
    void appendPage(cc::McaPage &&page);
    void setLoading(bool loading);
    void upsert(const cc::McaItem &item);
    void setOutcome(int row, OutcomeState state, const QString &text, const QString &correlationId = {});
    void enqueue(const Job &job);
    void pump();
    void finishJob(const Job &job, bool ok);
    void recount();
    void emitRow(int row);

    QPointer<cc::CloudCockpitClient> m_client;
    std::vector<Row> m_rows;
    QHash<QUuid, int> m_rowOfKey;
    QMultiHash<QUuid, int> m_rowsOfCustomer;
    std::array<int, GroupCount> m_counts{};
    std::unique_ptr<cc::OrderedPages<cc::McaPage>> m_pages;
    QHash<QUuid, cc::ApiError> m_customerErrors;
    QHash<QUuid, int> m_customerBusy; // jobs queued or running per customer
    std::deque<Job> m_queue;
    QHash<int, std::pair<int, int>> m_batches; // batch -> (refreshed, failed) while it runs
    QHash<int, int> m_batchLeft;
    int m_nextBatch = 1;
    int m_running = 0;
    int m_refreshConcurrency = 4;
    int m_generation = 0;
    int m_total = 0;
    int m_pageSize = 1000;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_replaceOnFirstPage = false;
};

// The MCA view's rows: one group (a count clicked) or all, and an instant filter over company,
// instance and signatory; sorts by what a column means (status by urgency, dates as dates).
class McaFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit McaFilterProxy(QObject *parent = nullptr);
    void setGroup(std::optional<McaListModel::Group> group);
    std::optional<McaListModel::Group> group() const { return m_group; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<McaListModel::Group> m_group;
    QStringList m_terms;
};
