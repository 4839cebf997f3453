#include "searchbar.h"

#include "accessibility.h"
#include "icons.h"

#include <resellerdirectory.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_searchFieldLabel(new QLabel(this))
    , m_searchField(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_filter(new QLineEdit(this))
    , m_includeDeleted(new QCheckBox(this))
    , m_resellerLabel(new QLabel(this))
    , m_reseller(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_debounce(new QTimer(this))
    , m_top(new QHBoxLayout)
    , m_bottom(new QHBoxLayout)
{
    setObjectName(QStringLiteral("searchBar"));
    m_searchField->setObjectName(QStringLiteral("searchFieldCombo"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_includeDeleted->setObjectName(QStringLiteral("includeDeletedCheck"));
    m_includeDeleted->setChecked(true);
    m_reseller->setObjectName(QStringLiteral("resellerFilterCombo"));
    m_reseller->addItem(QString(), QUuid());
    m_searchFieldLabel->setObjectName(QStringLiteral("searchFieldLabel"));
    m_reseller->addItem(QString(), QStringLiteral("direct"));
    m_resellerLabel->setBuddy(m_reseller);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setIcon(icons::themed(QStringLiteral("view-refresh")));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    m_search->installEventFilter(this);
    m_filter->installEventFilter(this);

    // The space left goes to the search and filter fields, whose hints are the longest texts.
    m_top->addWidget(m_searchFieldLabel);
    m_top->addWidget(m_searchField);
    m_top->addWidget(m_search, 1);
    m_top->addSpacing(12);
    m_top->addWidget(m_filter, 1);
    m_top->addWidget(m_includeDeleted);
    m_top->addWidget(m_resellerLabel);
    m_top->addWidget(m_reseller);
    m_top->addWidget(m_refresh);
    m_bottom->addStretch(1); // empty (no height) while the bar fits in one row
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(0);
    rows->addLayout(m_top);
    rows->addLayout(m_bottom);

    const QList<QWidget *> chain = tabChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    connect(m_debounce, &QTimer::timeout, this, &SearchBar::queryChanged);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        Q_EMIT queryChanged();
    });
    connect(m_searchField, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_search->text().isEmpty())
            Q_EMIT queryChanged();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &SearchBar::filterTextChanged);
    connect(m_includeDeleted, &QCheckBox::toggled, this, &SearchBar::queryChanged);
    connect(m_reseller, &QComboBox::currentIndexChanged, this, &SearchBar::onResellerChosen);
    connect(m_refresh, &QPushButton::clicked, this, &SearchBar::queryChanged);

    retranslate();
}

cc::CustomerQuery SearchBar::query(bool withReseller) const
{
    cc::CustomerQuery q;
    q.searchValue = m_search->text().trimmed();
    q.searchField = cc::SearchField(m_searchField->currentData().toInt());
    q.includeDeleted = m_includeDeleted->isChecked();
    if (withReseller)
        q.resellerId = m_reseller->currentData().toUuid();
    return q;
}

QString SearchBar::filterText() const
{
    return m_filter->text();
}

void SearchBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void SearchBar::focusFilter()
{
    m_filter->setFocus();
}

void SearchBar::clearSearch()
{
    m_search->clear();
    m_debounce->stop();
    Q_EMIT queryChanged();
}

void SearchBar::clearFilter()
{
    m_filter->clear();
}

void SearchBar::reset()
{
    m_debounce->stop();
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockReseller(m_reseller);
        m_search->clear();
        m_seenResellers.clear();
        m_queriedReseller = QUuid();
        while (m_reseller->count() > FixedResellerItems)
            m_reseller->removeItem(FixedResellerItems);
        m_reseller->setCurrentIndex(0);
    }
    m_filter->clear();
    if (m_directOnly) {
        m_directOnly = false;
        Q_EMIT directOnlyChanged(false);
    }
}

void SearchBar::setResellerDirectory(const ResellerDirectory *directory)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (m_directory)
        connect(m_directory, &ResellerDirectory::changed, this, &SearchBar::fillResellers);
    fillResellers();
}

bool SearchBar::directOnly() const
{
    return m_directOnly;
}

void SearchBar::onResellerChosen()
{
    const bool directOnly = m_reseller->currentIndex() == 1;
    const QUuid reseller = m_reseller->currentData().toUuid();
    if (directOnly != m_directOnly) {
        m_directOnly = directOnly;
        Q_EMIT directOnlyChanged(directOnly);
    }
    // "All" and "Direct customers only" ask the server the same: only a reseller is a new query.
    if (reseller != m_queriedReseller) {
        m_queriedReseller = reseller;
        Q_EMIT queryChanged();
    }
}

void SearchBar::fillResellers()
{
    QList<QUuid> ids = m_seenResellers;
    if (m_directory)
        ids += m_directory->ids();
    const QList<QUuid> sorted = m_directory ? m_directory->sortedByName(ids) : ids;
    const int currentIndex = m_reseller->currentIndex();
    const QUuid current = m_reseller->currentData().toUuid();
    const QSignalBlocker block(m_reseller);
    while (m_reseller->count() > FixedResellerItems)
        m_reseller->removeItem(FixedResellerItems);
    for (const QUuid &r : sorted) {
        m_reseller->addItem(m_directory ? m_directory->displayName(r) : ResellerDirectory::shortId(r), r);
        m_reseller->setItemData(m_reseller->count() - 1, r.toString(QUuid::WithoutBraces), Qt::ToolTipRole);
    }
    // The same choice, wherever the names put it.
    m_reseller->setCurrentIndex(current.isNull() ? std::min(currentIndex, FixedResellerItems - 1)
                                                 : std::max(0, m_reseller->findData(current)));
}

void SearchBar::addResellers(const QList<QUuid> &resellers)
{
    bool added = false;
    for (const QUuid &r : resellers) {
        if (!r.isNull() && !m_seenResellers.contains(r)) {
            m_seenResellers << r;
            added = true;
        }
    }
    if (added)
        fillResellers();
}

void SearchBar::setResellerFilterShown(bool shown)
{
    m_reseller->setVisible(shown);
    m_resellerLabel->setVisible(shown);
}

QList<QWidget *> SearchBar::tabChain() const
{
    return {m_searchField, m_search, m_filter, m_includeDeleted, m_reseller, m_refresh};
}

void SearchBar::saveState(QSettings &s) const
{
    s.setValue(QStringLiteral("window/searchField"), m_searchField->currentIndex());
    s.setValue(QStringLiteral("window/includeDeleted"), m_includeDeleted->isChecked());
}

void SearchBar::restoreState(const QSettings &s)
{
    const int searchField = s.value(QStringLiteral("window/searchField"), 0).toInt(); // read from disk: any number
    m_searchField->setCurrentIndex(searchField >= 0 && searchField < m_searchField->count() ? searchField : 0);
    const QSignalBlocker block(m_includeDeleted);
    m_includeDeleted->setChecked(s.value(QStringLiteral("window/includeDeleted"), true).toBool());
}

void SearchBar::retranslate()
{
    // The texts keep the context ("MainWindow") they were translated in before the bar was its
    // own class, so that every language keeps them.
    {
        // Renaming the items must not look like a new choice (it would reload the list).
        const QSignalBlocker block(m_searchField);
        const int current = std::max(0, m_searchField->currentIndex());
        m_searchField->clear();
        m_searchField->addItem(QCoreApplication::translate("MainWindow", "Company name"), int(cc::SearchField::CompanyName));
        m_searchField->addItem(QCoreApplication::translate("MainWindow", "Domain"), int(cc::SearchField::Domain));
        m_searchField->addItem(QCoreApplication::translate("MainWindow", "Internal identifier"),
                               int(cc::SearchField::InternalIdentifier));
        m_searchField->addItem(QCoreApplication::translate("MainWindow", "Provider customer ID"),
                               int(cc::SearchField::ProviderCustomerId));
        m_searchField->setCurrentIndex(current);
    }
    // A visible label: on Linux a combo box is announced by its label, never by an accessible name.
    m_searchFieldLabel->setText(QCoreApplication::translate("MainWindow", "Searc&h in:"));
    accessibility::labelField(m_searchFieldLabel, m_searchField);
    m_searchField->setAccessibleName(QCoreApplication::translate("MainWindow", "Search in"));
    m_search->setPlaceholderText(QCoreApplication::translate("MainWindow", "Search the server (Ctrl+F)"));
    m_search->setAccessibleName(QCoreApplication::translate("MainWindow", "Server search"));
    m_filter->setPlaceholderText(QCoreApplication::translate("MainWindow", "Filter loaded customers instantly"));
    m_filter->setAccessibleName(QCoreApplication::translate("MainWindow", "Local filter"));
    m_filter->setToolTip(QCoreApplication::translate(
        "MainWindow",
        "Shows the loaded customers whose name, domain, identifier, reseller, place or email hold every word typed, "
        "in any order. Put a phrase in double quotes to find it as written."));
    m_includeDeleted->setText(QCoreApplication::translate("MainWindow", "Include &deleted"));
    m_resellerLabel->setText(QCoreApplication::translate("MainWindow", "Rese&ller:"));
    accessibility::labelField(m_resellerLabel, m_reseller);
    m_reseller->setItemText(0, QCoreApplication::translate("MainWindow", "All"));
    m_reseller->setItemText(1, tr("Direct customers only"));
    m_reseller->setAccessibleName(QCoreApplication::translate("MainWindow", "Reseller filter"));
    m_refresh->setText(QCoreApplication::translate("MainWindow", "&Refresh"));
    m_refresh->setToolTip(QCoreApplication::translate("MainWindow", "Reload the customers (F5)"));
}

void SearchBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fitRows(); // hints of another length
    }
    QWidget::changeEvent(event);
}

void SearchBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitRows();
}

void SearchBar::fitRows()
{
    const auto hintWidth = [](const QLineEdit *edit) {
        QStyleOptionFrame option;
        option.initFrom(edit);
        const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
        return edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 2 * frame + 4 +
               std::max(0, -edit->fontMetrics().minLeftBearing()) + 1 + edit->textMargins().left() + edit->textMargins().right();
    };
    const int spacing = std::max(0, m_top->spacing());
    const QList<QWidget *> filters{m_includeDeleted, m_resellerLabel, m_reseller};
    int needed = m_searchFieldLabel->sizeHint().width() + spacing + m_searchField->sizeHint().width() +
                 m_search->sizeHint().width() + 12 + m_filter->sizeHint().width() + m_refresh->sizeHint().width() + 4 * spacing;
    for (QWidget *w : filters)
        needed += w->sizeHint().width() + spacing;
    // Both fields get the same share of what is left over their size hints.
    needed +=
        2 * std::max({0, hintWidth(m_search) - m_search->sizeHint().width(), hintWidth(m_filter) - m_filter->sizeHint().width()});
    const bool oneRow = width() >= needed;
    if (oneRow == (m_top->indexOf(m_includeDeleted) >= 0))
        return;
    for (QWidget *w : filters) {
        m_top->removeWidget(w);
        m_bottom->removeWidget(w);
    }
    m_top->removeWidget(m_refresh);
    if (oneRow) {
        for (QWidget *w : filters)
            m_top->addWidget(w);
        m_bottom->setContentsMargins(0, 0, 0, 0);
    } else {
        for (int i = 0; i < filters.size(); ++i)
            m_bottom->insertWidget(i, filters.at(i));
        // The gap the window's layout puts between its rows.
        m_bottom->setContentsMargins(0, style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, this), 0, 0);
    }
    m_top->addWidget(m_refresh);
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_search || watched == m_filter) &&
        handleFieldKey(static_cast<QLineEdit *>(watched), static_cast<QKeyEvent *>(event)))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool SearchBar::handleFieldKey(QLineEdit *field, QKeyEvent *event)
{
    if (event->modifiers() != Qt::NoModifier && event->modifiers() != Qt::KeypadModifier)
        return false;
    if (event->key() == Qt::Key_Escape && !field->text().isEmpty()) {
        if (field == m_search)
            clearSearch();
        else
            field->clear();
        return true;
    }
    if (event->key() == Qt::Key_Down && m_downHandler)
        return m_downHandler();
    return false;
}
