#include "draftsdialog.h"

#include <core/i18n/translations.h>

#include <addproviderinstanceform.h>
#include <internalidentifierform.h>
#include <mcaform.h>

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int DraftIndexRole = Qt::UserRole;

bool sameDraft(const DraftStore::Draft &a, const DraftStore::Draft &b)
{
    return a.form == b.form && a.customerId == b.customerId;
}

} // namespace

DraftsDialog::DraftsDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_discardAll(new QPushButton(this))
    , m_later(new QPushButton(this))
{
    setObjectName(QStringLiteral("draftsDialog"));
    setModal(false);
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("draftsIntro"));
    m_list->setObjectName(QStringLiteral("draftsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true); // a few hundred rows at most, but no reason to measure each
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setColumnCount(3);
    m_list->header()->setStretchLastSection(false);
    // The form's name and the date are read whole (German "Microsoft-Kundenvereinbarung" was cut to
    // "Microsoft-Kun…"); the customer's name takes the rest.
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_restore->setObjectName(QStringLiteral("restoreDraftButton"));
    m_discard->setObjectName(QStringLiteral("discardDraftsButton"));
    m_discardAll->setObjectName(QStringLiteral("discardAllDraftsButton"));
    m_later->setObjectName(QStringLiteral("laterDraftsButton"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_discardAll, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_later, QDialogButtonBox::RejectRole);
    m_restore->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    // The box's accepted/rejected would close the dialog on Restore too: each button acts alone.
    connect(m_restore, &QPushButton::clicked, this, &DraftsDialog::restoreSelected);
    connect(m_discard, &QPushButton::clicked, this, &DraftsDialog::discardSelected);
    connect(m_discardAll, &QPushButton::clicked, this, &DraftsDialog::discardAll);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &DraftsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &DraftsDialog::restoreSelected);

    retranslate();
    resize(640, 360);
}

void DraftsDialog::setDrafts(const QList<DraftStore::Draft> &drafts)
{
    m_drafts = drafts;
    fill();
}

QList<DraftStore::Draft> DraftsDialog::selectedDrafts() const
{
    QList<DraftStore::Draft> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->isSelected())
            out << m_drafts.at(item->data(0, DraftIndexRole).toInt());
    }
    return out;
}

void DraftsDialog::restoreSelected()
{
    const QList<DraftStore::Draft> selected = selectedDrafts();
    if (selected.size() != 1)
        return;
    drop(selected);
    Q_EMIT restoreRequested(selected.first());
}

void DraftsDialog::discardSelected()
{
    const QList<DraftStore::Draft> selected = selectedDrafts();
    if (selected.isEmpty())
        return;
    drop(selected);
    Q_EMIT discardRequested(selected);
}

void DraftsDialog::discardAll()
{
    const QList<DraftStore::Draft> all = m_drafts;
    if (all.isEmpty())
        return;
    drop(all);
    Q_EMIT discardRequested(all);
}

void DraftsDialog::drop(const QList<DraftStore::Draft> &drafts)
{
    m_drafts.erase(std::remove_if(m_drafts.begin(), m_drafts.end(),
                                  [&drafts](const DraftStore::Draft &d) {
                                      return std::any_of(drafts.cbegin(), drafts.cend(),
                                                         [&d](const DraftStore::Draft &o) { return sameDraft(d, o); });
                                  }),
                   m_drafts.end());
    fill();
    if (m_drafts.isEmpty())
        accept();
}

void DraftsDialog::fill()
{
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(m_drafts.size());
    for (qsizetype i = 0; i < m_drafts.size(); ++i) {
        const DraftStore::Draft &d = m_drafts.at(i);
        QString form = DraftStore::formTitle(d.form);
        if (d.form == InternalIdentifierForm::Name)
            form = tr("Internal identifier");
        else if (d.form == McaForm::Name)
            form = tr("Microsoft Customer Agreement");
        else if (d.form == AddProviderInstanceForm::Name)
            form = tr("Add provider instance");
        auto *item = new QTreeWidgetItem({form, d.customerName, cc::i18n::formatDateTime(d.savedAt)});
        item->setData(0, DraftIndexRole, int(i));
        items << item;
    }
    m_list->addTopLevelItems(items);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first()); // Enter restores the newest
    m_intro->setText(tr("%n form(s) you did not save can be reopened. Restore one, discard the ones you no longer "
                        "need, or decide later: they are kept until you save or discard them.",
                        "", int(m_drafts.size())));
    updateButtons();
}

void DraftsDialog::updateButtons()
{
    const int selected = int(m_list->selectedItems().size());
    m_restore->setEnabled(selected == 1);
    m_discard->setEnabled(selected > 0);
    m_discardAll->setEnabled(!m_drafts.isEmpty());
}

void DraftsDialog::retranslate()
{
    setWindowTitle(tr("Unsaved changes"));
    m_list->setHeaderLabels({tr("Form"), tr("Customer"), tr("Saved")});
    m_list->setAccessibleName(tr("Unsaved forms"));
    m_restore->setText(tr("&Restore"));
    m_discard->setText(tr("&Discard"));
    m_discardAll->setText(tr("Discard &all"));
    m_later->setText(tr("&Later"));
    fill(); // the form names and dates follow the language
}

void DraftsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
