#pragma once

// The window's import of internal identifiers (Customers > Import internal identifiers…): the
// file's rows with their old and new values and each problem next to its cell, then each row's
// outcome. The same core as `ccadmin internal-id import` (core/bulk); the dialog talks to this
// model, never to the client.

#include <core/api/cloudcockpitclient.h>
#include <core/bulk/importrunner.h>

#include <QAbstractTableModel>
#include <QPointer>

class InternalIdImportModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RowColumn,
        CustomerColumn,
        OldColumn,
        NewColumn,
        ProblemColumn,
        OutcomeColumn,
        CorrelationColumn,
        ColumnCount
    };
    // "problem", "changed" (cleared included) or "unchanged": what the dialog's filter matches.
    static constexpr int KindRole = Qt::UserRole + 1;
    enum class State
    {
        Empty,
        Loaded,
        Checking,
        Checked,
        Applying,
        Done
    };

    explicit InternalIdImportModel(cc::CloudCockpitClient *client, QObject *parent = nullptr);

    // Reads the file and guesses the mapping; false with a message when it cannot be read.
    bool openFile(const QString &path, QString *error);
    QStringList header() const { return m_header; }
    cc::bulk::ColumnMapping mapping() const { return m_mapping; }
    void setMapping(const cc::bulk::ColumnMapping &mapping); // back to Loaded: check again
    // Reads the customer list once and checks every row (stateChanged, or checkFailed).
    void check();
    const cc::bulk::Plan &plan() const { return m_plan; }
    // Sends the rows that change something; only when checked without problems.
    void apply(int concurrency = cc::bulk::ImportRunner::DefaultConcurrency);
    void cancel(); // no new rows; those in flight finish
    bool saveResults(const QString &path, QString *error) const;
    State state() const { return m_state; }
    int finishedWrites() const;
    int toSend() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void stateChanged();
    void checkFailed(const cc::ApiError &error);
    void progress(int finished, int total);
    // A row was applied: the list and the details show the new value without a reload.
    void internalIdentifierChanged(const QUuid &customerId, const QString &value);

private:
    struct Line
    {
        int fileRow = 0;
        QString key;      // the key cell as written
        QString newValue; // the new-value cell as written
        int planIndex = -1;
        QList<cc::bulk::Problem> problems;
    };
    void setState(State state);
    void rebuildLines();
    void readOldValues();

    QPointer<cc::CloudCockpitClient> m_client;
    cc::csv::Table m_table;
    QStringList m_header;
    cc::bulk::ColumnMapping m_mapping;
    QList<cc::bulk::KnownCustomer> m_customers;
    cc::bulk::Plan m_plan;
    QList<Line> m_lines;
    QHash<int, int> m_lineOfPlan; // plan index -> line
    cc::bulk::ImportRunner *m_runner = nullptr;
    QObject *m_listing = nullptr;
    int m_oldValueReads = 0; // GETs in flight for reseller rows' old values
    int m_generation = 0;    // of check(): answers to an earlier one are dropped
    State m_state = State::Empty;
};
